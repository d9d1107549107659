"""Secrets kept in the database (a shop's mailbox password) encrypted at rest with Fernet.

The key comes from ``LEVELHEAD_ENCRYPTION_KEY`` (``Fernet.generate_key()``; several keys separated
by commas rotate: the first encrypts, any of them decrypts). Without it a key is derived from
``SECRET_KEY`` so the demo works out of the box; that ties the stored secrets to SECRET_KEY and
keeps both in one place, so production sets its own key.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


class DecryptionError(Exception):
    """The stored secret cannot be read with the configured key(s)."""


def configured() -> bool:
    """Whether a key of its own is set (and not the SECRET_KEY fallback)."""
    return bool(settings.ENCRYPTION_KEYS)


def _fernet() -> MultiFernet:
    keys = list(settings.ENCRYPTION_KEYS)
    if not keys:
        digest = hashlib.sha256(b"levelhead-encryption-v1:" + settings.SECRET_KEY.encode()).digest()
        keys = [base64.urlsafe_b64encode(digest).decode()]
    return MultiFernet([Fernet(key.encode()) for key in keys])


def encrypt(value: str) -> str:
    return _fernet().encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise DecryptionError(
            "The stored secret cannot be decrypted: LEVELHEAD_ENCRYPTION_KEY changed?"
        ) from exc
