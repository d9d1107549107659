"""The channel-neutral shape of one inbound message, as every channel's parser produces it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class IncomingAttachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Incoming:
    channel: str
    sender: str  # email address, phone number or chat visitor id
    sender_name: str = ""
    subject: str = ""
    text: str = ""  # what the customer wrote this time
    quoted: str = ""  # quoted earlier messages and the signature, folded away but kept
    html: str = ""  # sanitised
    external_id: str = ""  # Message-ID or chat message id: the de-duplication key
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # where it was sent: reply tokens live here
    sent_at: datetime | None = None
    attachments: tuple[IncomingAttachment, ...] = ()
    automated: str = ""  # "auto-reply" or "bounce": not the customer speaking
    notes: tuple[str, ...] = field(default_factory=tuple)  # what the parser had to work around


class ParseError(ValueError):
    """The input cannot be read as a message at all; the raw input stays stored and visible."""
