"""Connecting a shop's mailbox: the owner's change, atomic and recorded (never the password)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from django.db import transaction

from levelhead.accounts.models import Membership
from levelhead.conversations.models import Mailbox
from levelhead.core.errors import LevelheadError, NotAllowed
from levelhead.records.services import append_event, shop_stream


@dataclass(frozen=True)
class MailboxData:
    host: str
    port: int
    security: str
    username: str
    folder: str = "INBOX"
    enabled: bool = True


def save_mailbox(shop: Any, data: MailboxData, *, password: str, by: Membership) -> Mailbox:
    """Connect the shop's mailbox or change it. A blank password keeps the stored one. Another
    server or account is another mailbox: a fresh row, so its checkpoint and its de-duplication
    keys (``imap:<id>:<folder>``) never mix with the old one's."""
    if not by.is_owner or by.shop_id != shop.pk:
        raise NotAllowed("Only the shop's owner can connect a mailbox.")
    with transaction.atomic():
        current = Mailbox.objects.select_for_update().filter(shop=shop).first()
        same_account = current is not None and (
            current.host.lower(),
            current.username,
        ) == (data.host.lower(), data.username)
        if not password and not same_account:
            raise LevelheadError("Enter the mailbox's password.", field="password")
        old = _public(current) if current is not None else None
        if current is not None and not same_account:
            current.delete()
            current = None
        mailbox = current or Mailbox(shop=shop)
        for name, value in asdict(data).items():
            setattr(mailbox, name, value)
        if password:
            mailbox.set_password(password)
        if old is not None and old["folder"] != data.folder:
            mailbox.uidvalidity, mailbox.last_uid = None, 0  # another folder, another checkpoint
        mailbox.last_error = ""
        mailbox.save()
        append_event(
            shop=shop,
            stream=shop_stream(shop.pk),
            kind="mailbox.connected" if old is None or not same_account else "mailbox.changed",
            actor=by.user,
            data={"old": old, "new": _public(mailbox), "password_changed": bool(password)},
        )
    return mailbox


def _public(mailbox: Mailbox) -> dict[str, Any]:
    return {
        "id": mailbox.pk,
        "host": mailbox.host,
        "port": mailbox.port,
        "security": mailbox.security,
        "username": mailbox.username,
        "folder": mailbox.folder,
        "enabled": mailbox.enabled,
    }
