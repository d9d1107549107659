"""Building test emails the way mail programs send them."""

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from levelhead.conversations.ingest import process_raw, receive_raw
from levelhead.core import clock


def make_email(
    *,
    sender: str = "Ada Lovelace <ada@example.test>",
    to: str = "hello@clayandkiln.test",
    subject: str = "Where is my order A1001?",
    body: str = "Hello, my order has not arrived yet. Can you check?",
    html: str | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = message_id or make_msgid(domain="example.test")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, content_type, data in attachments or []:
        maintype, subtype = content_type.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def arrive(shop, raw=None, **email):  # untyped, as the tests use what it returns freely
    """An email as the shop receives it: stored raw, then processed, as the endpoint and the
    worker do; the ``InboundRaw``. ``raw``: the MIME bytes, else ``make_email(**email)``."""
    stored, _ = receive_raw(
        shop, "email", raw if raw is not None else make_email(**email), source="test"
    )
    return process_raw(stored.pk)
