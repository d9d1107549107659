"""append_events_bulk writes the same chain as append_event, only faster."""

from datetime import UTC, datetime

import pytest
from django.db import connection, transaction

from levelhead.records import chain
from levelhead.records.models import ChainHead, Event
from levelhead.records.services import (
    NewEvent,
    append_event,
    append_events_bulk,
    export_stream,
    parse_export,
    verify_all,
)


def test_bulk_events_verify_and_continue_existing_streams(cast):
    with transaction.atomic():
        append_event(shop=cast.shop_a, stream="order:900", kind="note.added", data={"n": 0})
    created = append_events_bulk(
        [
            NewEvent(cast.shop_a.pk, "order:900", "note.added", "import:csv", {"n": 1}),
            NewEvent(cast.shop_a.pk, "order:901", "order.created", cast.owner, {"n": 2}),
            NewEvent(cast.shop_b.pk, "order:902", "order.created", None, {"n": 3}),
            NewEvent(
                cast.shop_a.pk,
                "order:900",
                "note.added",
                "import:csv",
                {"n": 4},
                datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
            ),
        ]
    )
    assert [(e.stream, e.seq) for e in created] == [
        ("order:900", 2),
        ("order:901", 1),
        ("order:902", 1),
        ("order:900", 3),
    ]
    assert created[1].actor == f"user:{cast.owner.pk}" and created[1].actor_user == cast.owner
    assert created[2].actor == "system"
    checked, broken = verify_all()
    assert broken is None and checked == Event.objects.count()
    assert ChainHead.objects.get(pk=1).last_event_id == created[-1].pk
    assert chain.verify_stream(parse_export(export_stream("order:900"))) is None


def test_single_appends_after_a_bulk_keep_the_chain(cast):
    append_events_bulk(
        [NewEvent(cast.shop_a.pk, f"order:{i}", "order.created", data={"i": i}) for i in range(50)]
    )
    with transaction.atomic():
        append_event(shop=cast.shop_a, stream="order:7", kind="note.added", data={})
    assert Event.objects.get(stream="order:7", seq=2).kind == "note.added"
    assert verify_all()[1] is None


def test_bulk_of_many_events_in_batches_verifies(cast):
    items = [
        NewEvent(cast.shop_b.pk, f"order:{i % 300}", "note.added", data={"i": i})
        for i in range(2500)
    ]
    created = append_events_bulk(items)
    assert len(created) == 2500
    assert verify_all() == (Event.objects.count(), None)


def test_empty_bulk_writes_nothing(cast):
    before = Event.objects.count()
    assert append_events_bulk([]) == []
    assert Event.objects.count() == before


def test_tampering_after_a_bulk_is_detected(cast):
    created = append_events_bulk(
        [NewEvent(cast.shop_a.pk, "order:55", "note.added", data={"i": i}) for i in range(3)]
    )
    with connection.cursor() as cursor:
        cursor.execute("UPDATE records_event SET seq = 9 WHERE id = %s", [created[1].pk])
    _, broken = verify_all()
    assert broken is not None and broken.event_id == created[1].pk


@pytest.mark.django_db(transaction=True)
def test_a_failed_bulk_leaves_nothing_behind(cast):
    before = (Event.objects.count(), ChainHead.objects.get(pk=1).link)
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        append_events_bulk([NewEvent(cast.shop_a.pk, "order:66", "note.added", data={})])
        raise ZeroDivisionError
    assert (Event.objects.count(), ChainHead.objects.get(pk=1).link) == before
    assert verify_all()[1] is None
