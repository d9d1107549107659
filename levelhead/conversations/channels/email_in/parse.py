"""Reading one email (raw MIME bytes) into an ``Incoming``, whatever state it arrives in."""

from __future__ import annotations

import email
import html as htmllib
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

import nh3

from levelhead.conversations.inbound import Incoming, IncomingAttachment, ParseError
from levelhead.conversations.text import clean_line, split_quoted

MAX_BODY_CHARS = 200_000
MAX_RECIPIENTS = 50
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ATTACHMENT_TYPES = {
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "text/plain",
    "text/csv",
}
ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "div",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}


def sanitise_html(value: str) -> str:
    """Customer HTML made safe to show: no scripts, styles, event handlers, forms or remote
    images (tracking pixels); links keep only http, https and mailto."""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "title", "head", "template", "noscript"},
        attributes={"a": {"href", "title"}, "td": {"colspan", "rowspan"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def html_to_text(value: str) -> str:
    marked = (
        value.replace("<br>", "\n")
        .replace("<br/>", "\n")
        .replace("<br />", "\n")
        .replace("</p>", "\n\n")
        .replace("</div>", "\n")
        .replace("</li>", "\n")
    )
    text = htmllib.unescape(nh3.clean(marked, tags=set()))
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


def _payload(part: Message) -> bytes:
    """A leaf part's decoded bytes (never a sub-message: walk() reaches those itself)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _decode(part: Message, notes: list[str]) -> str:
    payload = _payload(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except LookupError:
        notes.append(f"unknown charset {charset!r}: read as UTF-8 with replacements")
    except UnicodeDecodeError:
        notes.append(f"text was not valid {charset}: read with replacements")
    return _guess(payload)


def _guess(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _unescaped(value: str) -> str:
    """Raw 8-bit bytes in a header (against the standard, but common) arrive from the parser as
    escapes; read them as UTF-8, else Windows-1252."""
    if value.isascii():
        return value
    try:
        return _guess(value.encode("ascii", "surrogateescape"))
    except UnicodeEncodeError:  # already text
        return value


def _words(value: str) -> str:
    """A header's text with RFC 2047 encoded words decoded, whatever charset they claim."""
    if "=?" not in value:
        return value
    try:
        parts = decode_header(value)
    except Exception:  # a broken encoded word: show it as it came
        return value
    out = []
    for data, charset in parts:
        if isinstance(data, str):
            out.append(data)
            continue
        try:
            out.append(data.decode(charset or "raw-unicode-escape"))
        except (LookupError, UnicodeDecodeError):
            out.append(_guess(data))
    return "".join(out)


class _Headers:
    """The first value of each header as sent (unfolded), read once."""

    def __init__(self, msg: Message) -> None:
        self.values: dict[str, str] = {}
        for name, value in msg.raw_items():
            key = name.lower()
            if key not in self.values and isinstance(value, str):
                self.values[key] = _unescaped(" ".join(value.split()))

    def raw(self, name: str) -> str:
        """Undecoded: for addresses, whose display names are decoded after splitting."""
        return self.values.get(name.lower(), "")

    def text(self, name: str) -> str:
        return " ".join(_words(self.raw(name)).split())


def _address(value: str) -> tuple[str, str]:
    name, address = parseaddr(value)
    return " ".join(_words(name).split()), address


def _automated(msg: Message, sender: str, subject: str) -> str:
    content_type = msg.get_content_type()
    report = (msg.get_param("report-type") or "") if content_type == "multipart/report" else ""
    local = sender.partition("@")[0].lower()
    if report == "delivery-status" or local in {"mailer-daemon", "postmaster"}:
        return "bounce"
    auto = str(msg.get("Auto-Submitted") or "no").strip().lower()
    precedence = str(msg.get("Precedence") or "").strip().lower()
    if auto != "no" or precedence in {"bulk", "auto_reply", "junk", "list"}:
        return "auto-reply"
    # Not X-Auto-Response-Suppress: that asks others not to auto-reply to this message, and
    # mail programs and ticket systems put it on ordinary mail written by people.
    if msg.get("X-Autoreply") or msg.get("X-Autorespond"):
        return "auto-reply"
    lowered = subject.lower()
    if lowered.startswith(("out of office", "automatic reply", "auto:", "autoreply")):
        return "auto-reply"
    return ""


def parse_email(raw: bytes) -> Incoming:
    """Parse raw MIME. Broken parts are worked around and noted; only a message with no sender
    at all is refused (``ParseError``), and then the raw bytes stay stored by the caller.

    The standard library's lenient parser (``compat32``) reads the structure; headers are
    decoded here, once each: the ``email.policy.default`` header objects cost ten times more
    than everything else together."""
    if not raw.strip():
        raise ParseError("The message is empty.")
    msg = email.message_from_bytes(raw)
    notes: list[str] = [f"parser: {d.__class__.__name__}" for d in msg.defects[:5]]
    headers = _Headers(msg)
    name, address = _address(headers.raw("From"))
    address = clean_line(address).lower()
    if "@" not in address:
        reply_name, reply_address = _address(headers.raw("Reply-To"))
        if "@" not in reply_address:
            raise ParseError("The message has no sender address (From).")
        name, address = reply_name, clean_line(reply_address).lower()
    subject = clean_line(headers.text("Subject"))[:300]

    text_parts: list[str] = []
    html_parts: list[str] = []
    attachments: list[IncomingAttachment] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        content_type = part.get_content_type()
        filename = part.get_filename()
        if disposition == "attachment" or (disposition == "inline" and filename):
            data = _payload(part)
            filename = clean_line(_words(_unescaped(filename or "attachment")))[:200]
            if content_type not in ATTACHMENT_TYPES:
                notes.append(f"attachment {filename!r} ({content_type}) not accepted: kept in raw")
            elif len(data) > MAX_ATTACHMENT_BYTES:
                notes.append(f"attachment {filename!r} is over 10 MB: kept in raw")
            else:
                attachments.append(IncomingAttachment(filename, content_type, data))
            continue
        if content_type == "text/plain":
            text_parts.append(_decode(part, notes))
        elif content_type == "text/html":
            html_parts.append(_decode(part, notes))

    html = sanitise_html("\n".join(html_parts)) if html_parts else ""
    body = "\n\n".join(text_parts) if text_parts else html_to_text(html)
    if len(body) > MAX_BODY_CHARS:
        notes.append(f"body truncated to {MAX_BODY_CHARS} characters (the raw message is kept)")
        body = body[:MAX_BODY_CHARS]
    main, quoted = split_quoted(body)

    # Where the message was delivered first (the shop's own address, with the reply token),
    # then To and Cc.
    recipients = [
        address.lower()
        for h in ("Delivered-To", "X-Original-To", "To", "Cc")
        if (value := headers.raw(h))
        for _, address in getaddresses([value])
        if "@" in address
    ]
    if len(recipients) > MAX_RECIPIENTS:
        notes.append(f"{len(recipients)} recipients: only the first {MAX_RECIPIENTS} were read")
        # Addresses that may carry a reply token (local+token@) are kept before the others, so
        # a long To line does not cut the case's own address off.
        recipients.sort(key=lambda address: "+" not in address.partition("@")[0])
        recipients = recipients[:MAX_RECIPIENTS]
    date = headers.raw("Date")
    try:
        sent_at = parsedate_to_datetime(date) if date else None
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = None
    except (TypeError, ValueError, IndexError):
        sent_at = None
        notes.append("the Date header could not be read")
    return Incoming(
        channel="email",
        sender=address,
        sender_name=clean_line(name)[:200],
        subject=subject,
        text=main,
        quoted=quoted,
        html=html,
        external_id=clean_line(headers.raw("Message-ID"))[:300],
        in_reply_to=clean_line(headers.raw("In-Reply-To"))[:300],
        references=tuple(headers.raw("References").split())[-50:],
        recipients=tuple(recipients),
        sent_at=sent_at,
        attachments=tuple(attachments),
        automated=_automated(msg, address, subject),
        notes=tuple(notes),
    )
