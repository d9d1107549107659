"""The pipeline in batches: what a worker does with many stored inputs at once."""

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from levelhead.accounts.models import WebhookSecret
from levelhead.conversations import ingest
from levelhead.conversations.channels.email_in.parse import parse_email
from levelhead.conversations.ingest import process_pending, process_raws, receive_raw
from levelhead.conversations.models import Case, InboundRaw, Message, RawStatus
from levelhead.conversations.tasks import process_inbound
from levelhead.orders.models import Customer
from levelhead.records.models import Event
from levelhead.records.services import verify_all

from .mime import make_email
from .test_inbound_webhook import SECRET, post


def store(shop, *bodies):
    return [receive_raw(shop, "email", body, source="test")[0] for body in bodies]


def customer_email(n, **kwargs):
    return make_email(sender=f"Customer {n} <c{n}@example.test>", subject=f"Question {n}", **kwargs)


def test_a_batch_threads_each_message_as_if_the_ones_before_were_filed(cast):
    first = make_email(message_id="<b1@example.test>")
    follow_up = make_email(body="Any news?? Still nothing.", message_id="<b2@example.test>")
    reply = make_email(
        subject="Re: something else",
        body="As I said before.",
        in_reply_to="<b2@example.test>",
    )
    stranger = make_email(sender="Zed <zed@example.test>", subject="Hello")
    raws = process_raws([r.pk for r in store(cast.shop_a, first, follow_up, reply, stranger)])
    assert [r.status for r in raws] == [RawStatus.PROCESSED] * 4, [r.error for r in raws]
    ada_case = Case.objects.get(customer=cast.order_a.customer)
    assert ada_case.messages.count() == 3 and ada_case.order == cast.order_a
    assert len(ada_case.heat_trajectory) == 3
    zed = Case.objects.get(customer__email="zed@example.test")
    assert zed.messages.count() == 1 and Customer.objects.filter(email="zed@example.test").count()
    kinds = list(Event.objects.filter(stream=f"case:{ada_case.pk}").values_list("kind", flat=True))
    assert kinds == ["case.created", *["message.received"] * 3]
    assert verify_all()[1] is None


def test_the_same_message_twice_in_one_batch_is_filed_once(cast):
    body = make_email(message_id="<twice@example.test>")
    raws = process_raws([r.pk for r in store(cast.shop_a, body, body)])
    assert [r.status for r in raws] == [RawStatus.PROCESSED, RawStatus.DUPLICATE]
    assert raws[0].message_id == raws[1].message_id
    assert Message.objects.count() == 1


def test_one_bad_input_fails_alone_and_the_rest_of_its_batch_is_filed(cast, monkeypatch):
    def fragile(body):
        if b"BOOM" in body:
            raise RuntimeError("the parser tripped")
        return parse_email(body)

    monkeypatch.setitem(ingest.PARSERS, "email", fragile)
    bodies = [customer_email(1), customer_email(2, body="BOOM"), customer_email(3)]
    raws = process_raws([r.pk for r in store(cast.shop_a, *bodies)])
    assert [r.status for r in raws] == [RawStatus.PROCESSED, RawStatus.FAILED, RawStatus.PROCESSED]
    assert "the parser tripped" in raws[1].error and raws[1].message_id is None
    assert Message.objects.count() == 2 and Case.objects.count() == 2
    assert verify_all()[1] is None


def test_a_batch_costs_the_same_queries_whatever_its_size(cast):
    def queries(count, start):
        raws = store(cast.shop_a, *(customer_email(start + i) for i in range(count)))
        with CaptureQueriesContext(connection) as ctx:
            done = process_raws([r.pk for r in raws])
        assert {r.status for r in done} == {RawStatus.PROCESSED}
        return len(ctx.captured_queries)

    assert queries(3, 200) == queries(30, 300)


def test_the_database_going_away_leaves_inputs_waiting_not_failed(cast, monkeypatch):
    raws = store(cast.shop_a, customer_email(1), customer_email(2))

    def gone(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(ingest, "_update_case", gone)
    with pytest.raises(OperationalError):
        process_pending()
    assert set(InboundRaw.objects.values_list("status", flat=True)) == {RawStatus.RECEIVED}
    monkeypatch.undo()
    assert process_pending() == 2
    assert {r.status for r in InboundRaw.objects.filter(pk__in=[r.pk for r in raws])} == {
        RawStatus.PROCESSED
    }


def test_process_pending_files_everything_waiting_in_batches(cast):
    store(cast.shop_a, *(customer_email(i) for i in range(7)))
    assert process_pending(batch_size=3) == 7
    assert not InboundRaw.objects.filter(status=RawStatus.RECEIVED).exists()
    assert Message.objects.count() == 7
    assert process_pending() == 0


def test_posts_only_store_and_the_worker_queues_one_drain_for_them_all(client, cast):
    WebhookSecret.objects.create(shop=cast.shop_a, source="email", secret=SECRET)
    for i in range(5):
        assert post(client, cast.shop_a, customer_email(i)).status_code == 202
    waiting = DBTaskResult.objects.ready().filter(task_path=process_inbound.module_path)
    assert not waiting.exists()  # a post costs its INSERT, nothing more
    assert ingest.schedule_if_waiting()  # the worker's clock tick
    assert ingest.schedule_if_waiting()
    assert waiting.count() == 1  # one drain waiting is enough
    assert process_inbound.call() == 5
    assert Message.objects.count() == 5
    assert not ingest.schedule_if_waiting()


def test_a_case_reached_twice_in_one_batch_is_one_case_with_both_messages(cast):
    topics = [make_email(subject=f"Topic {n}", message_id=f"<t{n}@example.test>") for n in range(3)]
    for body in topics:  # three open cases of one customer, filed one after another
        process_raws([r.pk for r in store(cast.shop_a, body)])
    by_reply = make_email(subject="Re: Topic 0", body="Hello??", in_reply_to="<t0@example.test>")
    by_subject = make_email(subject="RE: topic 0", body="Anyone there?")
    other = make_email(subject="Re: Topic 1", body="And this one.")
    new = make_email(subject="Topic 9", body="Something new.")
    raws = process_raws([r.pk for r in store(cast.shop_a, by_reply, by_subject, other, new)])
    assert {r.status for r in raws} == {RawStatus.PROCESSED}
    cases = {c.subject: c for c in Case.objects.all()}
    assert set(cases) == {"Topic 0", "Topic 1", "Topic 2", "Topic 9"}
    assert cases["Topic 0"].messages.count() == 3 and cases["Topic 1"].messages.count() == 2
    # Both messages' heat is on the case: it was one object, not two written over each other.
    assert len(cases["Topic 0"].heat_trajectory) == 3
    assert verify_all()[1] is None
