import json

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from levelhead.records import chain
from levelhead.records.models import ChainHead, Event
from levelhead.records.services import (
    RecordCheck,
    append_event,
    check_export_against_record,
    erase_content,
    export_stream,
    parse_export,
    parse_head,
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


def _export(stream):
    return json.loads(json.dumps(export_stream(stream)))


def _verify_export_file(tmp_path, document, *args):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document))
    call_command("records", "verify-export", str(path), *args)


def test_an_export_names_its_head_and_a_missing_tail_is_detected(cast):
    events = _append(cast.shop_a, stream="order:78", n=3)
    document = _export("order:78")
    head = parse_head(document)
    assert head == chain.StreamHead(seq=3, hash=events[-1].hash)
    assert chain.verify_stream(parse_export(document), head) is None

    del document["events"][-1]  # the last event left out
    problem = chain.verify_stream(parse_export(document), parse_head(document))
    assert problem is not None and problem.position == 3
    assert "left out" in problem.reason
    del document["events"][:]  # all of them
    problem = chain.verify_stream(parse_export(document), parse_head(document))
    assert problem is not None and problem.position == 1


def test_an_empty_streams_export_verifies_against_its_empty_head(cast):
    document = _export("order:nothing")
    assert document["events"] == []
    assert parse_head(document) == chain.StreamHead(0, chain.GENESIS)
    assert chain.verify_stream(parse_export(document), parse_head(document)) is None


def test_a_head_that_is_not_the_last_event_is_detected(cast):
    _append(cast.shop_a, stream="order:79", n=2)
    document = _export("order:79")
    document["head"]["hash"] = "f" * 64
    problem = chain.verify_stream(parse_export(document), parse_head(document))
    assert problem is not None and problem.position == 2


def test_an_event_written_during_the_export_is_left_for_the_next_one(cast):
    _append(cast.shop_a, stream="order:80", n=2)
    head_before = ChainHead.objects.get(pk=1).last_event_id
    # A writer commits this event after the export has read the chain's head.
    later = _append(cast.shop_a, stream="order:80")[0]
    ChainHead.objects.filter(pk=1).update(last_event_id=head_before)
    document = _export("order:80")
    assert [e["header"]["seq"] for e in document["events"]] == [1, 2]
    assert document["head"]["as_of_event"] == head_before < later.pk
    assert chain.verify_stream(parse_export(document), parse_head(document)) is None


def test_a_tail_cut_with_a_rewritten_head_passes_alone_but_not_against_the_record(cast, tmp_path):
    events = _append(cast.shop_a, stream="order:81", n=3)
    document = _export("order:81")
    check = check_export_against_record(document)
    assert check.problem is None and check.later_events == 0

    # A forger drops the last event and rewrites the head to match: the file alone still
    # verifies (the head is only as good as the file), the deployment's record does not agree.
    forged = json.loads(json.dumps(document))
    del forged["events"][-1]
    forged["head"].update(seq=2, hash=events[1].hash)
    assert chain.verify_stream(parse_export(forged), parse_head(forged)) is None
    problem = check_export_against_record(forged).problem
    assert problem is not None and "holds 3 events of order:81" in problem
    # Claiming an earlier position of the global chain needs that position's link.
    forged["head"]["as_of_event"] = events[1].pk
    assert "no link" in (check_export_against_record(forged).problem or "")
    forged["head"]["as_of_link"] = events[1].link
    # …and with it, the export is honestly the whole stream as of then, one event since.
    assert check_export_against_record(forged) == RecordCheck(None, later_events=1)

    edited = json.loads(json.dumps(document))
    edited["events"][1]["hash"] = "0" * 64
    assert "#2 differs" in (check_export_against_record(edited).problem or "")


def test_verify_export_command_reports_a_missing_tail(cast, tmp_path, capsys):
    _append(cast.shop_a, stream="order:82", n=2)
    document = _export("order:82")
    _verify_export_file(tmp_path, document, "--against-record")
    assert "OK: 2 events verified; the stream's whole record" in capsys.readouterr().out

    _append(cast.shop_a, stream="order:82")  # written after the export
    _verify_export_file(tmp_path, document, "--against-record")
    assert "with 1 written since" in capsys.readouterr().out

    del document["events"][-1]
    with pytest.raises(SystemExit) as exit_info:
        _verify_export_file(tmp_path, document)
    assert exit_info.value.code == 1
    assert "BROKEN at #2" in capsys.readouterr().err

    del document["head"]  # an export from before heads: verified, with the limit said
    _verify_export_file(tmp_path, document)
    assert "events after the last one cannot be ruled out" in capsys.readouterr().out
