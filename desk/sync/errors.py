"""Why a sync file is refused: one exception class per reason, each with a message for the clerk.

`open_sealed` checks in a fixed order (damaged, format, sender, signature, recipient,
decryption, schema) and raises the first that applies; `reason` is a short stable word for the
audit line the refusal leaves.
"""

from __future__ import annotations

from typing import ClassVar


class SyncFileRefused(Exception):
    """A sync file that must not be loaded; str(error) is the Chinese message for the clerk."""

    reason: ClassVar[str] = "refused"


class SyncFileDamaged(SyncFileRefused):
    """Not JSON, cut short (a pulled USB stick), or missing what every sync file has."""

    reason = "damaged"


class UnknownSyncFormat(SyncFileRefused):
    """Not a sync file at all, or written by a newer release in a format this one cannot read."""

    reason = "unknown_format"


class UnknownSender(SyncFileRefused):
    """From a station (or township) whose public key has not been registered here."""

    reason = "unknown_sender"


class AlteredFile(SyncFileRefused):
    """The signature does not match, or the encrypted part does not decrypt: changed on the way,
    or signed with a key other than the registered one."""

    reason = "altered"


class WrongRecipient(SyncFileRefused):
    """A good file, but meant for another township or station."""

    reason = "wrong_recipient"


class InvalidSyncPayload(SyncFileRefused):
    """Signed and decrypted, but its content breaks the format's rules (a sender's bug)."""

    reason = "invalid_payload"


class RecipientKeyMissing(ValueError):
    """Sealing without the recipient's public key, and no unencrypted file was asked for."""


class PayloadTooLarge(ValueError):
    """More than one file can encrypt at once (2 GiB): the export must be split."""


class PublicKeyFileInvalid(ValueError):
    """A public-key file that cannot be used; the message says why, in Chinese."""
