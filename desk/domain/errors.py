"""The one error type that validation raises: messages per field, in Chinese."""

from __future__ import annotations


class InvalidInput(ValueError):
    """Input that breaks a rule; `errors` maps each field name to what is wrong with it."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = dict(errors)


class FieldError(ValueError):
    """A single value that breaks a rule; the message is for the clerk."""
