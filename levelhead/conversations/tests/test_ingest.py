from django.core import mail
from django.core.mail import EmailMultiAlternatives

from levelhead.conversations import services
from levelhead.conversations.ingest import PARSERS, process_raw, receive_raw
from levelhead.conversations.models import Case, InboundRaw, Message, RawStatus
from levelhead.outbox.services import deliver
from levelhead.records.models import Event
from levelhead.records.services import verify_all

from .mime import make_email


def ingest_bytes(shop, raw, key=""):
    stored, _ = receive_raw(shop, "email", raw, source="webhook", external_key=key)
    return process_raw(stored.pk)


def test_new_email_opens_a_case_linked_to_customer_and_order(cast):
    raw = ingest_bytes(cast.shop_a, make_email())
    assert raw.status == RawStatus.PROCESSED, raw.error
    case = Case.objects.get()
    assert case.customer == cast.order_a.customer
    assert case.order == cast.order_a
    assert case.status == "open" and case.due_at is not None
    message = case.messages.get()
    assert message.raw == raw and message.direction == "in"
    kinds = list(Event.objects.filter(stream=f"case:{case.pk}").values_list("kind", flat=True))
    assert kinds == ["case.created", "message.received"]
    assert verify_all()[1] is None


def test_same_message_twice_is_stored_once(cast):
    raw = make_email(message_id="<dup@example.test>")
    ingest_bytes(cast.shop_a, raw)
    second = ingest_bytes(cast.shop_a, raw)
    assert second.status == RawStatus.DUPLICATE
    assert Message.objects.count() == 1


def test_re_poll_with_the_same_key_stores_nothing_new(cast):
    raw = make_email()
    first, created = receive_raw(cast.shop_a, "email", raw, source="imap:INBOX", external_key="7:1")
    again, created_again = receive_raw(
        cast.shop_a, "email", raw, source="imap:INBOX", external_key="7:1"
    )
    assert created and not created_again and first.pk == again.pk


def test_reply_threads_by_in_reply_to(cast):
    ingest_bytes(cast.shop_a, make_email(message_id="<first@example.test>"))
    ingest_bytes(
        cast.shop_a,
        make_email(subject="Totally different", body="And?", in_reply_to="<first@example.test>"),
    )
    assert Case.objects.count() == 1 and Message.objects.count() == 2


def test_reply_token_threads_even_without_headers(cast):
    ingest_bytes(cast.shop_a, make_email())
    case = Case.objects.get()
    ingest_bytes(
        cast.shop_a,
        make_email(subject="new subject", to=f"hello+{case.reply_token}@clayandkiln.test"),
    )
    assert Case.objects.count() == 1


def test_another_customers_token_does_not_thread(cast):
    ingest_bytes(cast.shop_a, make_email())
    case = Case.objects.get()
    ingest_bytes(
        cast.shop_a,
        make_email(sender="mallory@example.test", to=f"hello+{case.reply_token}@clayandkiln.test"),
    )
    assert Case.objects.count() == 2


def test_auto_reply_is_kept_but_not_the_customer_speaking(cast):
    raw = ingest_bytes(cast.shop_a, make_email(headers={"Auto-Submitted": "auto-replied"}))
    assert raw.status == RawStatus.IGNORED and "auto-reply" in raw.error
    assert not Case.objects.exists()


def test_unparseable_input_is_kept_failed_and_retryable(cast):
    raw = ingest_bytes(cast.shop_a, b"Subject: no sender here\r\n\r\nhello")
    assert raw.status == RawStatus.FAILED
    assert "no sender" in raw.error
    assert bytes(InboundRaw.objects.get(pk=raw.pk).body).startswith(b"Subject: no sender")
    assert not Case.objects.exists() and not Message.objects.exists()


def test_failure_mid_pipeline_leaves_nothing_half_written(cast, monkeypatch):
    from levelhead.conversations import ingest as pipeline

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline, "_update_case", explode)
    raw = ingest_bytes(cast.shop_a, make_email())
    assert raw.status == RawStatus.FAILED and "disk full" in raw.error
    assert not Case.objects.exists() and not Message.objects.exists()
    assert not Event.objects.filter(stream__startswith="case:").exists()
    monkeypatch.undo()
    assert process_raw(raw.pk).status == RawStatus.PROCESSED


def test_agent_reply_goes_out_threaded_and_the_customers_answer_comes_back(cast):
    ingest_bytes(cast.shop_a, make_email(message_id="<q1@example.test>"))
    case = Case.objects.get()
    out = services.reply(case, "Your parcel left on Monday with Royal Mail.", actor=cast.agent)
    case.refresh_from_db()
    assert case.status == "waiting" and case.due_at is None and case.first_response_at
    assert out.outbound_id is not None and deliver(out.outbound_id) == "sent"
    sent = mail.outbox[0]
    assert isinstance(sent, EmailMultiAlternatives)
    assert sent.extra_headers["In-Reply-To"] == "<q1@example.test>"
    assert sent.extra_headers["Reply-To"] == f"hello+{case.reply_token}@clayandkiln.test"
    assert sent.subject == "Re: Where is my order A1001?"
    html, mimetype = sent.alternatives[0]
    assert mimetype == "text/html" and "Your parcel left on Monday with Royal Mail." in str(html)
    answer = make_email(subject=sent.subject, body="Thanks!", in_reply_to=out.external_id)
    ingest_bytes(cast.shop_a, answer)
    case.refresh_from_db()
    assert case.status == "open" and case.messages.count() == 3


def test_the_analyse_step_is_a_named_step_that_fills_triage(cast, monkeypatch):
    from levelhead.conversations import analysis

    monkeypatch.setattr(
        analysis,
        "analyse_texts",
        lambda texts: [
            {
                "heat": 88,
                "abuse": True,
                "threats": ["chargeback"],
                "demands": ["refund"],
                "issue": "not_received",
                "language": "en",
                "spans": [],
            }
            for _ in texts
        ],
    )
    ingest_bytes(cast.shop_a, make_email())
    case = Case.objects.get()
    assert case.heat == 88 and case.priority == 3 and case.heat_trajectory == [88]
    assert case.flags["threats"] == ["chargeback"] and case.flags["abuse"] is True


def test_chat_and_phone_have_a_parser_slot():
    assert "email" in PARSERS
