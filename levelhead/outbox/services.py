"""Queue an email inside a change's transaction; deliver it later, once, with retries."""

from __future__ import annotations

import logging
import time
from datetime import timedelta
from email.utils import make_msgid
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import F, Q

from levelhead.core import clock
from levelhead.records.services import append_event

from .models import OutboundEmail, State

log = logging.getLogger(__name__)

# A claim older than this is taken to be from a worker that died mid-send.
STALE_CLAIM = timedelta(minutes=10)
# How long a worker keeps trying to record a sent email while the database is away.
RECORD_SENT_SECONDS = STALE_CLAIM.total_seconds() - 60


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, 4 min … capped at an hour."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


def queue_email(
    *,
    shop: Any,
    to: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    stream: str = "",
    headers: dict[str, str] | None = None,
) -> OutboundEmail:
    """Queue an email in the caller's transaction; the worker is told once the change commits."""
    domain = (shop.sender_email or "levelhead.localhost").rpartition("@")[2] or "localhost"
    email = OutboundEmail.objects.create(
        shop=shop,
        stream=stream,
        to=to,
        from_address=shop.from_address,
        subject=subject,
        body_text=body_text,
        body_html=body_html,
        headers=headers or {},
        message_id=make_msgid(domain=domain),
    )
    transaction.on_commit(lambda: _enqueue(email.pk))
    return email


def _enqueue(email_id: int, delay: timedelta | None = None) -> None:
    from .tasks import deliver_email

    task = deliver_email.using(run_after=clock.now() + delay) if delay else deliver_email
    task.enqueue(email_id)


def _claim(email_id: int) -> OutboundEmail | None:
    """Take the email for sending with a conditional UPDATE, so only one worker ever sends it."""
    now = clock.now()
    claimable = Q(state=State.QUEUED, next_attempt_at__lte=now) | Q(
        state=State.SENDING, claimed_at__lt=now - STALE_CLAIM
    )
    taken = OutboundEmail.objects.filter(claimable, pk=email_id).update(
        state=State.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    return OutboundEmail.objects.select_related("shop").get(pk=email_id) if taken else None


def deliver(email_id: int) -> str:
    """Send one queued email if it is due; record the outcome. Safe to run twice."""
    email = _claim(email_id)
    if email is None:
        return "not due"
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=email.from_address,
        to=[email.to],
        headers={"Message-ID": email.message_id, **email.headers},
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    try:
        # Slow I/O outside any transaction: a database lock is never held while SMTP talks.
        message.send(fail_silently=False)
    except Exception as exc:  # any transport failure is retried; the reason is kept
        return _failed(email, exc)
    _record_sent(email)
    return "sent"


def _record_sent(email: OutboundEmail) -> None:
    """Record that the SMTP server took the email. If the database is away just then (a
    restart), keep trying for most of the claim's lifetime: giving up would leave the claim to
    go stale and the email to be sent a second time."""
    deadline = time.monotonic() + RECORD_SENT_SECONDS
    delay = 0.5
    while True:
        try:
            with transaction.atomic():
                OutboundEmail.objects.filter(pk=email.pk).update(
                    state=State.SENT, sent_at=clock.now(), last_error=""
                )
                if email.stream:
                    append_event(
                        shop=email.shop,
                        stream=email.stream,
                        kind="notification.sent",
                        data={
                            "outbound_id": email.pk,
                            "to": email.to,
                            "message_id": email.message_id,
                        },
                    )
            return
        except (OperationalError, InterfaceError) as exc:
            if time.monotonic() > deadline:
                raise
            log.warning("email %s was sent; recording it failed (%s), trying again", email.pk, exc)
            connection.close()  # a broken connection is replaced on the next query
            time.sleep(delay)
            delay = min(delay * 2, 10.0)


def _failed(email: OutboundEmail, exc: Exception) -> str:
    error = f"{type(exc).__name__}: {exc}"[:2000]
    give_up = email.attempts >= settings.OUTBOX_MAX_ATTEMPTS
    delay = backoff(email.attempts)
    with transaction.atomic():
        OutboundEmail.objects.filter(pk=email.pk).update(
            state=State.FAILED if give_up else State.QUEUED,
            next_attempt_at=clock.now() + delay,
            last_error=error,
        )
        if give_up and email.stream:
            append_event(
                shop=email.shop,
                stream=email.stream,
                kind="notification.failed",
                data={"outbound_id": email.pk, "to": email.to, "error": error},
            )
        if not give_up:
            transaction.on_commit(lambda: _enqueue(email.pk, delay))
    log.warning("email %s to %s failed (attempt %s): %s", email.pk, email.to, email.attempts, error)
    return "failed" if give_up else "retry"


def retry_now(email: OutboundEmail) -> None:
    """Put a failed email back in the queue (the seller pressed "retry")."""
    with transaction.atomic():
        OutboundEmail.objects.filter(pk=email.pk, state=State.FAILED).update(
            state=State.QUEUED, next_attempt_at=clock.now(), attempts=0
        )
        transaction.on_commit(lambda: _enqueue(email.pk))


def sweep() -> int:
    """Re-enqueue every email that is due (a lost task, a worker killed mid-send)."""
    now = clock.now()
    due = OutboundEmail.objects.filter(
        Q(state=State.QUEUED, next_attempt_at__lte=now)
        | Q(state=State.SENDING, claimed_at__lt=now - STALE_CLAIM)
    ).values_list("pk", flat=True)
    count = 0
    for pk in due:
        _enqueue(pk)
        count += 1
    return count
