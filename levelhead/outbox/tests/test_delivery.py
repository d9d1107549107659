import socket
from datetime import timedelta

import pytest
from django.core import mail

from levelhead.core import clock
from levelhead.outbox import services
from levelhead.outbox.models import OutboundEmail, State
from levelhead.records.models import Event


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def queued(cast, django_capture_on_commit_callbacks):
    from django.db import transaction

    with transaction.atomic():
        return services.queue_email(
            shop=cast.shop_a,
            to="ada@example.test",
            subject="Hello",
            body_text="Body",
            stream=f"order:{cast.order_a.pk}",
        )


def test_delivery_sends_once_with_our_message_id_and_records_it(queued):
    assert services.deliver(queued.pk) == "sent"
    assert services.deliver(queued.pk) == "not due"  # a second run does nothing
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["ada@example.test"]
    assert sent.extra_headers["Message-ID"] == queued.message_id
    assert "Clay & Kiln" in sent.from_email
    queued.refresh_from_db()
    assert queued.state == State.SENT and queued.attempts == 1
    event = Event.objects.filter(kind="notification.sent").get()
    assert event.data["outbound_id"] == queued.pk


def test_smtp_refusing_is_retried_with_backoff(queued, settings):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 2},
        }
    }
    assert services.deliver(queued.pk) == "retry"
    queued.refresh_from_db()
    assert queued.state == State.QUEUED and queued.attempts == 1
    assert "Connection" in queued.last_error or "refused" in queued.last_error.lower()
    assert queued.next_attempt_at > clock.now() + timedelta(seconds=20)
    # Not due yet: a worker picking it up early does nothing.
    assert services.deliver(queued.pk) == "not due"


def test_gives_up_after_the_last_attempt_and_records_the_failure(queued, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 2
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 2},
        }
    }
    later = clock.now() + timedelta(hours=2)
    assert services.deliver(queued.pk) == "retry"
    with clock.frozen_at(later):
        assert services.deliver(queued.pk) == "failed"
    queued.refresh_from_db()
    assert queued.state == State.FAILED
    assert Event.objects.filter(kind="notification.failed").count() == 1


def test_stale_claim_from_a_dead_worker_is_taken_over(queued):
    OutboundEmail.objects.filter(pk=queued.pk).update(
        state=State.SENDING, claimed_at=clock.now() - timedelta(hours=1)
    )
    assert services.deliver(queued.pk) == "sent"


def test_fresh_claim_is_not_taken_twice(queued):
    OutboundEmail.objects.filter(pk=queued.pk).update(state=State.SENDING, claimed_at=clock.now())
    assert services.deliver(queued.pk) == "not due"
    assert mail.outbox == []


def test_queueing_enqueues_the_task_only_after_commit(cast, django_capture_on_commit_callbacks):
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        email = services.queue_email(
            shop=cast.shop_a, to="x@example.test", subject="s", body_text="b"
        )
        assert not DBTaskResult.objects.exists()
    task = DBTaskResult.objects.get()
    assert task.args_kwargs["args"] == [email.pk]
