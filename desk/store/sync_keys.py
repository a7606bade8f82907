"""Sync keys in the database: this computer's own key pair (PEM) and the public keys registered
here (the township's on a station; each station's on a township)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.store.timestamps import stamp
from desk.sync.canonical import b64decode, b64encode
from desk.sync.keys import PrivateKeyPem, PrivateKeys, PublicKeyFile

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class RegisteredKey:
    key_file: PublicKeyFile
    registered_at: str


def store_new_keys(db: Database, now: dt.datetime | None = None) -> PrivateKeyPem:
    """Make and keep this computer's key pair; inside the caller's transaction (setup)."""
    pem = PrivateKeys.generate().to_pem()
    with db.atomic():
        db.execute(
            "INSERT INTO sync_keys (id, signing_pem, encryption_pem, created_at)"
            " VALUES (1, ?, ?, ?)",
            [pem.signing, pem.encryption, stamp(now or dt.datetime.now())],
        )
    return pem


def own_keys(db: Database) -> PrivateKeyPem | None:
    row = db.execute("SELECT signing_pem, encryption_pem FROM sync_keys WHERE id = 1").fetchone()
    return PrivateKeyPem(signing=row[0], encryption=row[1]) if row else None


def register_key(db: Database, key_file: PublicKeyFile, now: dt.datetime) -> None:
    """Register (or replace) a partner's public keys; the caller audits."""
    with db.atomic():
        db.execute(
            "INSERT INTO sync_partners (code, name, role, signing_key, encryption_key,"
            " fingerprint, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name, role = excluded.role,"
            " signing_key = excluded.signing_key, encryption_key = excluded.encryption_key,"
            " fingerprint = excluded.fingerprint, registered_at = excluded.registered_at",
            [
                key_file.code,
                key_file.name,
                key_file.role,
                b64encode(key_file.signing_key),
                b64encode(key_file.encryption_key),
                key_file.fingerprint,
                stamp(now),
            ],
        )


def registered_key(db: Database, code: str) -> PublicKeyFile | None:
    found = registered_keys(db, code=code)
    return found[0].key_file if found else None


def registered_keys(
    db: Database, *, code: str | None = None, role: str | None = None
) -> list[RegisteredKey]:
    sql = "SELECT code, name, role, signing_key, encryption_key, registered_at FROM sync_partners"
    conditions, params = [], []
    if code is not None:
        conditions.append("code = ?")
        params.append(code)
    if role is not None:
        conditions.append("role = ?")
        params.append(role)
    if conditions:
        sql += " WHERE " + " AND ".join(conditions)
    return [
        RegisteredKey(
            PublicKeyFile(
                code=row[0],
                name=row[1],
                role=row[2],
                signing_key=b64decode(row[3]),
                encryption_key=b64decode(row[4]),
            ),
            registered_at=row[5],
        )
        for row in db.execute(sql + " ORDER BY code", params)
    ]
