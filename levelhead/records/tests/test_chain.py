import json

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from levelhead.records import chain
from levelhead.records.models import Event
from levelhead.records.services import (
    append_event,
    erase_content,
    export_stream,
    parse_export,
    verify_all,
)


def _append(shop, stream="order:1", n=1, **data):
    with transaction.atomic():
        return [
            append_event(shop=shop, stream=stream, kind="note.added", data={"n": i, **data})
            for i in range(n)
        ]


def _sql(statement, params=()):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


@pytest.mark.django_db(transaction=True)
def test_append_outside_a_transaction_is_refused(cast):
    with pytest.raises(RuntimeError, match="inside the transaction"):
        append_event(shop=cast.shop_a, stream="order:x", kind="note.added")


def test_fresh_record_verifies(cast):
    _append(cast.shop_a, n=3)
    checked, broken = verify_all()
    assert broken is None
    assert checked == Event.objects.count() >= 3


def test_edited_content_is_detected(cast):
    events = _append(cast.shop_a, n=3)
    _sql("UPDATE records_event SET data = %s WHERE id = %s", [json.dumps({"n": 99}), events[1].id])
    _, broken = verify_all()
    assert broken is not None and broken.event_id == events[1].id
    assert "edited" in broken.reason


def test_edited_header_is_detected(cast):
    events = _append(cast.shop_a, n=3)
    _sql("UPDATE records_event SET kind = 'refund.issued' WHERE id = %s", [events[0].id])
    _, broken = verify_all()
    assert broken is not None and broken.event_id == events[0].id


def test_deleted_event_is_detected(cast):
    events = _append(cast.shop_a, n=3)
    _sql("DELETE FROM records_event WHERE id = %s", [events[1].id])
    _, broken = verify_all()
    assert broken is not None and broken.event_id == events[2].id


def test_deleted_last_event_is_detected(cast):
    events = _append(cast.shop_a, n=3)
    _sql("DELETE FROM records_event WHERE id = %s", [events[2].id])
    _, broken = verify_all()
    assert broken is not None and "end of the record" in broken.reason


def test_inserted_event_is_detected(cast):
    events = _append(cast.shop_a, n=2)
    e = events[0]
    _sql(
        "INSERT INTO records_event (shop_id, stream, seq, kind, actor, occurred_at, data, salt,"
        " content_digest, prev_hash, hash, link) SELECT shop_id, stream, 99, kind, actor,"
        " occurred_at, data, salt, content_digest, prev_hash, hash, link FROM records_event"
        " WHERE id = %s",
        [e.id],
    )
    _, broken = verify_all()
    assert broken is not None and broken.seq == 99


def test_reordered_events_are_detected(cast):
    a, b = _append(cast.shop_a, n=2)
    # Swap the two events' positions in the stream (and their timestamps), as a forger would.
    _sql("UPDATE records_event SET seq = 1000 WHERE id = %s", [a.id])
    _sql("UPDATE records_event SET seq = %s WHERE id = %s", [a.seq, b.id])
    _sql("UPDATE records_event SET seq = %s WHERE id = %s", [b.seq, a.id])
    _, broken = verify_all()
    assert broken is not None and broken.event_id == a.id


def test_records_verify_command_exits_nonzero_and_names_the_event(cast, capsys):
    events = _append(cast.shop_a, n=2)
    call_command("records", "verify")
    assert "OK" in capsys.readouterr().out
    _sql("UPDATE records_event SET actor = 'user:999' WHERE id = %s", [events[0].id])
    with pytest.raises(SystemExit) as exit_info:
        call_command("records", "verify")
    assert exit_info.value.code == 1
    assert f"BROKEN at event {events[0].id}" in capsys.readouterr().err


def test_stream_export_verifies_on_its_own_and_detects_gaps(cast):
    _append(cast.shop_a, stream="order:77", n=3)
    document = json.loads(json.dumps(export_stream("order:77")))
    assert chain.verify_stream(parse_export(document)) is None
    del document["events"][1]
    problem = chain.verify_stream(parse_export(document))
    assert problem is not None and problem.position == 2


def test_erasure_keeps_the_chain_verifiable(cast):
    events = _append(cast.shop_a, stream="order:5", n=2, phone="+44 7700 900123")
    erase_content(events[0], reason="customer asked")
    erased = Event.objects.get(pk=events[0].pk)
    assert erased.data == {} and erased.erased_at is not None
    assert verify_all()[1] is None
    assert chain.verify_stream(parse_export(export_stream("order:5"))) is None
