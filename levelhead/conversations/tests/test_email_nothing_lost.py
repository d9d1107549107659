"""Outgoing replies when the SMTP server is down, then refusing, then accepting: each reply
reaches the real server (aiosmtpd) exactly once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from aiosmtpd.controller import Controller

from levelhead.conversations import ingest, services
from levelhead.core import clock
from levelhead.core.testing.smtp import SmtpSink, free_port
from levelhead.outbox import services as outbox
from levelhead.outbox.models import OutboundEmail, State
from levelhead.records.models import Event

from .mime import make_email


class RefusingSink(SmtpSink):
    """Answers "451 try again later" to every message until told to accept."""

    def __init__(self) -> None:
        super().__init__()
        self.refusing = True
        self.refused = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refusing:
            self.refused += 1
            return "451 4.3.0 Mailbox busy, try again later"
        return await super().handle_DATA(server, session, envelope)


def run_worker() -> list[str]:
    """What ``levelhead worker`` does for email: deliver every message that is due."""
    due = OutboundEmail.objects.filter(state=State.QUEUED, next_attempt_at__lte=clock.now())
    return [outbox.deliver(pk) for pk in due.order_by("pk").values_list("pk", flat=True)]


def test_smtp_down_then_refusing_then_accepting_sends_every_reply_once(cast, settings):
    host, port = "127.0.0.1", free_port()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": host, "port": port, "timeout": 5},
        }
    }
    replies = []
    for n in range(3):
        raw, _ = ingest.receive_raw(
            cast.shop_a,
            "email",
            make_email(sender=f"c{n}@example.test", subject=f"Order question {n}"),
            source="test",
        )
        case = ingest.process_raw(raw.pk).message.case  # type: ignore[union-attr]
        replies.append(services.reply(case, f"Reply {n}: it left today.", actor=cast.agent))
    ids = {m.outbound.message_id for m in replies}  # type: ignore[union-attr]
    start = clock.now()

    with clock.frozen_at(start):
        assert run_worker() == ["retry"] * 3  # nothing listening on the port

    sink = RefusingSink()
    controller = Controller(sink, hostname=host, port=port, ready_timeout=10)
    controller.start()
    try:
        with clock.frozen_at(start + timedelta(seconds=10)):
            assert run_worker() == []  # not due yet: the backoff holds
        with clock.frozen_at(start + timedelta(minutes=1)):
            assert run_worker() == ["retry"] * 3  # up, but refusing
        assert sink.refused == 3 and sink.messages == []

        sink.refusing = False
        with clock.frozen_at(start + timedelta(minutes=5)):
            assert run_worker() == ["sent"] * 3
        with clock.frozen_at(start + timedelta(hours=2)):
            assert run_worker() == []  # nothing left, nothing sent again
            assert outbox.sweep() == 0
            assert {outbox.deliver(m.outbound_id) for m in replies} == {"not due"}  # type: ignore[arg-type]
    finally:
        controller.stop()

    received = [mail.message["Message-ID"] for mail in sink.messages]
    assert sorted(received) == sorted(ids)  # each reply exactly once
    emails = OutboundEmail.objects.filter(message_id__in=ids)
    assert {(e.state, e.attempts) for e in emails} == {(State.SENT, 3)}
    assert Event.objects.filter(kind="notification.sent").count() == 3
    for message in replies:
        assert "In-Reply-To" in message.outbound.headers  # type: ignore[union-attr]
