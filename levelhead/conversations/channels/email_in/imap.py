"""Polling a shop's IMAP mailbox: every message stored exactly once, none lost.

For each mailbox: log in, open the folder read-only, compare UIDVALIDITY with the checkpoint, then
fetch the messages above ``last_uid`` in batches (``BODY.PEEK[]``: nothing is marked read). A
batch is stored with ``ingest.receive_raws`` (idempotent per ``UIDVALIDITY:UID``) and the
checkpoint moved past it in the same transaction, with a conditional UPDATE that never moves it
backwards: a crash either stored the batch and moved the checkpoint, or did neither, so nothing is
stored twice and nothing is skipped. The stored batch is then processed in one go
(``ingest.process_raws``); a poll first finishes anything a dead poller stored but did not process.

When UIDVALIDITY changes (the folder was rebuilt), the checkpoint restarts at 0 and every message is
fetched again under new keys; a message whose Message-ID this mailbox already delivered is not
stored again. Connection and login errors are recorded on the mailbox and retried next poll.
No database transaction is held while the IMAP server is talking.
"""

from __future__ import annotations

import email.parser
import imaplib
import logging
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import batched

from django.conf import settings
from django.db import transaction

from levelhead.conversations import ingest
from levelhead.conversations.models import InboundRaw, Mailbox, MailboxSecurity, Message, RawStatus
from levelhead.conversations.text import clean_line
from levelhead.core import clock, crypto

log = logging.getLogger(__name__)

IMAP_ERRORS = (imaplib.IMAP4.error, OSError, EOFError)
UID_IN = re.compile(rb"\bUID (\d+)")


class MailboxError(Exception):
    """The mailbox cannot be reached, logged into or opened; the message is for the seller."""


@dataclass(frozen=True)
class PollResult:
    mailbox_id: int
    fetched: int = 0  # messages read from the server
    stored: int = 0  # new raw rows
    known: int = 0  # already delivered by this mailbox (same Message-ID): not stored again
    processed: int = 0  # raw rows run through the pipeline
    uidvalidity_changed: bool = False
    error: str = ""


def _describe(exc: BaseException, host: str, port: int) -> str:
    if isinstance(exc, MailboxError):
        return str(exc)
    if isinstance(exc, socket.gaierror):
        return f"Unknown host {host!r}."
    if isinstance(exc, ConnectionRefusedError):
        return f"Connection refused by {host}:{port}."
    if isinstance(exc, TimeoutError):
        return f"No answer from {host}:{port} in time."
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {host}:{port} failed: {exc}"
    if isinstance(exc, imaplib.IMAP4.abort | EOFError):
        return f"The server at {host}:{port} closed the connection: {exc}"
    if isinstance(exc, imaplib.IMAP4.error):
        text = exc.args[0] if exc.args else exc
        if isinstance(text, bytes):
            text = text.decode(errors="replace")
        return f"The server said: {text}"
    return f"{type(exc).__name__}: {exc}"


def connect(host: str, port: int, security: str, username: str, password: str) -> imaplib.IMAP4:
    """An IMAP connection, logged in; ``MailboxError`` with a readable reason otherwise."""
    timeout = settings.IMAP_TIMEOUT_SECONDS
    try:
        if security == MailboxSecurity.SSL:
            context = ssl.create_default_context()
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                host, port, ssl_context=context, timeout=timeout
            )
        else:
            conn = imaplib.IMAP4(host, port, timeout=timeout)
            if security == MailboxSecurity.STARTTLS:
                conn.starttls(ssl.create_default_context())
    except IMAP_ERRORS as exc:
        raise MailboxError(_describe(exc, host, port)) from exc
    try:
        conn.login(username, password)
    except IMAP_ERRORS as exc:
        _logout(conn)
        raise MailboxError(f"Login failed: {_describe(exc, host, port)}") from exc
    return conn


def _logout(conn: imaplib.IMAP4) -> None:
    try:
        conn.logout()
    except Exception:  # the connection is already gone; nothing is waiting on it
        log.debug("IMAP logout failed", exc_info=True)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def select(conn: imaplib.IMAP4, folder: str) -> tuple[int, int]:
    """Open the folder read-only; return its UIDVALIDITY and message count."""
    typ, data = conn.select(_quoted(folder), readonly=True)
    if typ != "OK":
        detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
        raise MailboxError(f"The folder {folder!r} cannot be opened: {detail}")
    _, values = conn.response("UIDVALIDITY")
    if not values or values[0] is None:
        raise MailboxError(f"The server gave no UIDVALIDITY for {folder!r}.")
    exists = int(data[0]) if data and data[0] else 0
    return int(values[0]), exists


def check_connection(
    host: str, port: int, security: str, username: str, password: str, folder: str
) -> str:
    """Log in and open the folder, as the settings page's "test connection" does."""
    conn = connect(host, port, security, username, password)
    try:
        _, exists = select(conn, folder)
    except IMAP_ERRORS as exc:
        raise MailboxError(_describe(exc, host, port)) from exc
    finally:
        _logout(conn)
    return f"Connected: {exists} message{'s' if exists != 1 else ''} in {folder}."


def new_uids(conn: imaplib.IMAP4, last_uid: int) -> list[int]:
    """UIDs above the checkpoint, ascending. ``n:*`` always includes the newest message even
    when its UID is below n, so the answer is filtered here."""
    typ, data = conn.uid("SEARCH", f"UID {last_uid + 1}:*")
    if typ != "OK":
        raise MailboxError(f"UID SEARCH failed: {data!r}")
    found = (data[0] or b"").split() if data else []
    return sorted(uid for uid in (int(x) for x in found) if uid > last_uid)


def fetch(conn: imaplib.IMAP4, uids: tuple[int, ...]) -> dict[int, bytes]:
    """The raw messages for ``uids`` (without setting \\Seen); expunged ones are absent."""
    typ, data = conn.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
    if typ != "OK":
        raise MailboxError(f"UID FETCH failed: {data!r}")
    bodies: dict[int, bytes] = {}
    items = list(data or [])
    for index, item in enumerate(items):
        if not isinstance(item, tuple):
            continue
        meta, body = item
        found = UID_IN.search(meta)
        if found is None and index + 1 < len(items) and isinstance(items[index + 1], bytes):
            found = UID_IN.search(items[index + 1])  # some servers send UID after the body
        if found is not None:
            bodies[int(found.group(1))] = body
    return bodies


def _message_id(body: bytes) -> str:
    try:
        headers = email.parser.BytesHeaderParser().parsebytes(body)
        return clean_line(str(headers.get("Message-ID", "") or ""))[:300]
    except Exception:  # an unreadable header: store it and let the pipeline say why
        return ""


def _known(mailbox: Mailbox, bodies: dict[int, bytes]) -> set[int]:
    """The UIDs whose Message-ID this mailbox already delivered (a folder rebuilt under a new
    UIDVALIDITY, or the same message filed twice)."""
    ids = {uid: message_id for uid, body in bodies.items() if (message_id := _message_id(body))}
    delivered = set(
        Message.objects.filter(
            shop_id=mailbox.shop_id, external_id__in=set(ids.values()), raw__source=mailbox.source
        ).values_list("external_id", flat=True)
    )
    return {uid for uid, message_id in ids.items() if message_id in delivered}


def _advance(mailbox: Mailbox, uidvalidity: int, uid: int) -> None:
    """Move the checkpoint past ``uid``: only forward, and only under the same UIDVALIDITY."""
    Mailbox.objects.filter(pk=mailbox.pk, uidvalidity=uidvalidity, last_uid__lt=uid).update(
        last_uid=uid
    )


def _record(mailbox_id: int, error: str) -> None:
    now = clock.now()
    changes = {"last_polled_at": now, "last_error": error[:2000]}
    if not error:
        changes["last_success_at"] = now
    Mailbox.objects.filter(pk=mailbox_id).update(**changes)


def finish_stored(mailbox: Mailbox) -> int:
    """Process what a poller stored but did not get to process (it was killed, say)."""
    pending = InboundRaw.objects.filter(
        shop_id=mailbox.shop_id, source=mailbox.source, status=RawStatus.RECEIVED
    ).values_list("pk", flat=True)
    count = 0
    for chunk in batched(list(pending), ingest.BATCH_SIZE):
        count += len(ingest.process_raws(chunk))
    return count


def _checkpoint(mailbox: Mailbox, uidvalidity: int) -> bool:
    """Make the stored UIDVALIDITY the server's; returns whether it changed from a known one."""
    if mailbox.uidvalidity == uidvalidity:
        return False
    changed = mailbox.uidvalidity is not None
    if changed:
        log.warning(
            "mailbox %s: UIDVALIDITY %s -> %s, fetching the folder again",
            mailbox.pk,
            mailbox.uidvalidity,
            uidvalidity,
        )
    Mailbox.objects.filter(pk=mailbox.pk, uidvalidity=mailbox.uidvalidity).update(
        uidvalidity=uidvalidity, last_uid=0
    )
    mailbox.refresh_from_db(fields=["uidvalidity", "last_uid"])
    if mailbox.uidvalidity != uidvalidity:
        raise MailboxError("Another poller saw a different UIDVALIDITY; trying again next poll.")
    return changed


def _batches(uids: list[int], size: int) -> Iterator[tuple[int, ...]]:
    return batched(uids, max(size, 1))


def poll_mailbox(mailbox_id: int, *, batch_size: int | None = None) -> PollResult:
    """Fetch what is new in one mailbox, store it, advance the checkpoint, process it."""
    mailbox = Mailbox.objects.select_related("shop").get(pk=mailbox_id)
    if not mailbox.enabled:
        return PollResult(mailbox_id, error="disabled")
    processed = finish_stored(mailbox)
    try:
        password = mailbox.password()
    except crypto.DecryptionError as exc:
        _record(mailbox.pk, str(exc))
        return PollResult(mailbox_id, processed=processed, error=str(exc))
    try:
        conn = connect(mailbox.host, mailbox.port, mailbox.security, mailbox.username, password)
    except MailboxError as exc:
        log.warning("mailbox %s: %s", mailbox.pk, exc)
        _record(mailbox.pk, str(exc))
        return PollResult(mailbox_id, processed=processed, error=str(exc))
    fetched = stored = known = 0
    changed = False
    error = ""
    try:
        uidvalidity, _ = select(conn, mailbox.folder)
        changed = _checkpoint(mailbox, uidvalidity)
        for chunk in _batches(
            new_uids(conn, mailbox.last_uid), batch_size or settings.IMAP_BATCH_SIZE
        ):
            bodies = fetch(conn, chunk)
            already = _known(mailbox, bodies)
            with transaction.atomic():
                raws = ingest.receive_raws(
                    mailbox.shop,
                    "email",
                    [
                        (bodies[uid], f"{uidvalidity}:{uid}")
                        for uid in chunk
                        if uid in bodies and uid not in already
                    ],
                    source=mailbox.source,
                )
                # The rows and the checkpoint commit together (expunged UIDs are passed over).
                _advance(mailbox, uidvalidity, chunk[-1])
            fetched += len(bodies)
            known += len(already)
            stored += len(raws)
            if raws:
                processed += len(ingest.process_raws([raw.pk for raw in raws]))
    except (MailboxError, *IMAP_ERRORS) as exc:
        error = _describe(exc, mailbox.host, mailbox.port)
        log.warning("mailbox %s: %s", mailbox.pk, error)
    finally:
        _logout(conn)
    _record(mailbox.pk, error)
    return PollResult(mailbox_id, fetched, stored, known, processed, changed, error)


def poll_all(*, batch_size: int | None = None) -> list[PollResult]:
    """Poll every enabled mailbox; one mailbox failing does not stop the others."""
    results = []
    for mailbox_id in list(Mailbox.objects.filter(enabled=True).values_list("pk", flat=True)):
        try:
            results.append(poll_mailbox(mailbox_id, batch_size=batch_size))
        except Exception as exc:  # a database error, say: logged, and the next poll retries
            log.exception("mailbox %s: poll failed", mailbox_id)
            results.append(PollResult(mailbox_id, error=f"{type(exc).__name__}: {exc}"))
    return results
