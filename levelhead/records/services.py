"""Writing to the record. Every service that changes something calls ``append_event`` inside its
own transaction, so the change and its event commit together or not at all."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import OuterRef, Subquery

from levelhead.core import clock
from levelhead.core.bulk_insert import insert_rows

from . import chain
from .models import ChainHead, Event


def actor_label(user: Any) -> str:
    """A stable label for who did it: a user's id (names can be erased), or a system actor."""
    if user is None:
        return "system"
    if isinstance(user, str):
        return user
    return f"user:{user.pk}"


def order_stream(order_id: int) -> str:
    return f"order:{order_id}"


def shop_stream(shop_id: int) -> str:
    return f"shop:{shop_id}"


def append_event(
    *,
    shop: Any,
    stream: str,
    kind: str,
    actor: Any = None,
    data: dict[str, Any] | None = None,
    occurred_at: datetime | None = None,
) -> Event:
    """Append one event to ``stream`` and to the global chain; must run inside the caller's
    transaction so the change it records and the event commit together."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("append_event must run inside the transaction of the change it records")
    data = data or {}
    # The lock serialises writers: on PostgreSQL through the row lock, on SQLite through the
    # IMMEDIATE transaction that already holds the database's write lock.
    head = _locked_head()
    last = Event.objects.filter(stream=stream).order_by("-seq").values_list("seq", "hash").first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, chain.GENESIS)
    moment = occurred_at or clock.now()
    salt = secrets.token_hex(16)
    header = chain.EventHeader(
        stream=stream,
        seq=seq,
        prev_hash=prev,
        kind=kind,
        actor=actor_label(actor),
        occurred_at=chain.format_time(moment),
        content_digest=chain.content_digest(salt, data),
    )
    event_hash = header.hash()
    link = chain.link_hash(head.link, event_hash)
    event = Event.objects.create(
        shop_id=shop.pk,
        stream=stream,
        seq=seq,
        kind=kind,
        actor=header.actor,
        actor_user=actor if actor is not None and not isinstance(actor, str) else None,
        occurred_at=moment,
        data=data,
        salt=salt,
        content_digest=header.content_digest,
        prev_hash=prev,
        hash=event_hash,
        link=link,
    )
    head.last_event_id = event.pk
    head.link = link
    head.save(update_fields=["last_event_id", "link"])
    return event


@dataclass(frozen=True)
class NewEvent:
    """One event to append in bulk; the same fields ``append_event`` takes."""

    shop_id: int
    stream: str
    kind: str
    actor: Any = None
    data: dict[str, Any] = field(default_factory=dict)
    occurred_at: datetime | None = None


def append_events_bulk(items: list[NewEvent]) -> list[Event]:
    """Append many events at once (imports, seeding), in the order given, with the same hashes,
    stream numbering and global links as ``append_event``: one lock, a few queries, multi-row
    inserts. Opens a transaction of its own if the caller has none."""
    ids, rows = _append_bulk(items)
    db = transaction.get_connection().alias
    names = [f.attname for f in Event._meta.concrete_fields]
    # Positional, in the model's field order (id first, erased_at between salt and digest).
    return [
        Event.from_db(db, names, (pk, *row[:9], None, *row[9:]))
        for pk, row in zip(ids, rows, strict=True)
    ]


def append_event_rows(items: list[NewEvent]) -> list[int]:
    """``append_events_bulk`` for callers that need only the new events' ids (the inbound
    pipeline): the same chain, without building an Event per row."""
    return _append_bulk(items)[0]


def _append_bulk(items: list[NewEvent]) -> tuple[list[int], list[tuple[Any, ...]]]:
    if not items:
        return [], []
    with transaction.atomic():
        head = ChainHead.objects.select_for_update().get(pk=1)
        tips = _stream_tips({item.stream for item in items})
        link = head.link
        now = clock.now()
        rows = []
        for item in items:
            seq, prev = tips.get(item.stream, (0, chain.GENESIS))
            moment = item.occurred_at or now
            salt = secrets.token_hex(16)
            actor = actor_label(item.actor)
            digest = chain.content_digest(salt, item.data)
            event_hash = chain.EventHeader(
                item.stream, seq + 1, prev, item.kind, actor, chain.format_time(moment), digest
            ).hash()
            link = chain.link_hash(link, event_hash)
            tips[item.stream] = (seq + 1, event_hash)
            user_id = None if item.actor is None or isinstance(item.actor, str) else item.actor.pk
            rows.append(
                (
                    item.shop_id,
                    item.stream,
                    seq + 1,
                    item.kind,
                    actor,
                    user_id,
                    moment,
                    item.data,
                    salt,
                    digest,
                    prev,
                    event_hash,
                    link,
                )
            )
        ids = insert_rows(Event, EVENT_COLUMNS, rows)
        # The global chain follows the ids: they must rise in the order the links were made.
        if ids != sorted(ids) or len(set(ids)) != len(ids) or ids[0] <= head.last_event_id:
            raise RuntimeError("the inserted events' ids are out of order; the chain would break")
        head.last_event_id = ids[-1]
        head.link = link
        head.save(update_fields=["last_event_id", "link"])
    return ids, rows


EVENT_COLUMNS = (
    "shop_id",
    "stream",
    "seq",
    "kind",
    "actor",
    "actor_user_id",
    "occurred_at",
    "data",
    "salt",
    "content_digest",
    "prev_hash",
    "hash",
    "link",
)


def _stream_tips(streams: set[str], chunk: int = 5000) -> dict[str, tuple[int, str]]:
    """The last (seq, hash) of each stream that already has events: one query a chunk, each
    stream's last event found through the (stream, seq) index."""
    tips: dict[str, tuple[int, str]] = {}
    names = sorted(streams)
    for start in range(0, len(names), chunk):
        last = Event.objects.filter(stream=OuterRef("stream")).order_by("-seq").values("seq")[:1]
        for stream, seq, event_hash in Event.objects.filter(
            stream__in=names[start : start + chunk], seq=Subquery(last)
        ).values_list("stream", "seq", "hash"):
            tips[stream] = (seq, event_hash)
    return tips


def _locked_head() -> ChainHead:
    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        # Created by a migration; recreated here after a flush. Two first writers racing to
        # create it: one wins, the other waits on the row and locks it.
        try:
            with transaction.atomic():
                ChainHead.objects.create(pk=1, last_event_id=0, link=chain.GENESIS)
        except IntegrityError:
            pass
        head = ChainHead.objects.select_for_update().get(pk=1)
    return head


def erase_content(event: Event, *, reason: str, actor: Any = None) -> None:
    """Erase an event's personal content on request; its digest stays, so the chain verifies."""
    with transaction.atomic():
        locked = Event.objects.select_for_update().get(pk=event.pk)
        if locked.erased_at:
            return
        Event.objects.filter(pk=locked.pk).update(data={}, salt="", erased_at=clock.now())
        append_event(
            shop=locked.shop,
            stream=locked.stream,
            kind="record.erased",
            actor=actor,
            data={"erased_seq": locked.seq, "reason": reason},
        )


def header_of(event: Event) -> chain.EventHeader:
    return chain.EventHeader(
        stream=event.stream,
        seq=event.seq,
        prev_hash=event.prev_hash,
        kind=event.kind,
        actor=event.actor,
        occurred_at=chain.format_time(event.occurred_at),
        content_digest=event.content_digest,
    )


@dataclass(frozen=True)
class BrokenEvent:
    event_id: int
    stream: str
    seq: int
    reason: str


def verify_all(*, batch: int = 2000) -> tuple[int, BrokenEvent | None]:
    """Walk the whole record in written order; return how many events were checked and the first
    broken one (an edit, a deletion, an insertion or a reordering), if any."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        # One snapshot for the head and every event, so writers carrying on meanwhile are not
        # mistaken for tampering (SQLite's IMMEDIATE transaction holds writers back instead).
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        return _verify(batch)


def _verify(batch: int) -> tuple[int, BrokenEvent | None]:
    head = ChainHead.objects.filter(pk=1).first()
    tips: dict[str, tuple[int, str]] = {}
    link = chain.GENESIS
    checked = 0
    last_id = 0
    for event in Event.objects.order_by("id").iterator(chunk_size=batch):
        checked += 1
        last_id = event.id
        header = header_of(event)
        seq, prev = tips.get(event.stream, (0, chain.GENESIS))

        def broken(
            reason: str, event: Event = event, checked: int = checked
        ) -> tuple[int, BrokenEvent]:
            return checked, BrokenEvent(event.id, event.stream, event.seq, reason)

        if event.seq != seq + 1:
            return broken(f"expected #{seq + 1} of {event.stream}, found #{event.seq}")
        if event.prev_hash != prev:
            return broken("does not link to the previous event of its stream")
        if header.hash() != event.hash:
            return broken("its stored hash does not match its contents (edited)")
        if event.erased_at is None and chain.content_digest(event.salt, event.data) != (
            event.content_digest
        ):
            return broken("its content does not match its digest (edited)")
        if chain.link_hash(link, event.hash) != event.link:
            return broken("the global chain breaks here (an event before it was removed or moved)")
        link = event.link
        tips[event.stream] = (event.seq, event.hash)
    if head is not None and (head.last_event_id != last_id or head.link != link):
        return checked, BrokenEvent(
            head.last_event_id, "", 0, "events at the end of the record were removed"
        )
    return checked, None


def export_stream(stream: str) -> dict[str, Any]:
    """One stream's events in the export format, verifiable with ``chain.verify_stream``, with
    the stream's head: its last event as of the global chain's head read first, so an event
    appended meanwhile is neither half in the export nor mistaken for one left out."""
    head = ChainHead.objects.filter(pk=1).first()
    as_of = (head.last_event_id, head.link) if head else (0, chain.GENESIS)
    events = list(Event.objects.filter(stream=stream, id__lte=as_of[0]).order_by("seq"))
    return {
        "format": "levelhead-record",
        "version": chain.FORMAT_VERSION,
        "stream": stream,
        "head": {
            "seq": events[-1].seq if events else 0,
            "hash": events[-1].hash if events else chain.GENESIS,
            "as_of_event": as_of[0],
            "as_of_link": as_of[1],
        },
        "events": [
            {
                "header": header_of(e).as_dict(),
                "hash": e.hash,
                "salt": e.salt or None,
                "data": None if e.erased_at else e.data,
            }
            for e in events
        ],
    }


def parse_head(document: dict[str, Any]) -> chain.StreamHead | None:
    """The head an export names; ``None`` for an export made before exports carried one."""
    head = document.get("head")
    if head is None:
        return None
    return chain.StreamHead(seq=int(head["seq"]), hash=str(head["hash"]))


@dataclass(frozen=True)
class RecordCheck:
    problem: str | None
    later_events: int = 0  # events of the stream written after the export


def check_export_against_record(document: dict[str, Any]) -> RecordCheck:
    """Compare an export with this deployment's record: the events it holds must be the stream's
    events as of the global chain position it names (that position's link must be the record's),
    none left out at the end. Meaningful where the record itself verifies (``verify_all``)."""
    head = document.get("head") or {}
    if "as_of_event" not in head or "as_of_link" not in head:
        return RecordCheck("the export names no head to compare with the record")
    as_of = int(head["as_of_event"])
    if as_of and not Event.objects.filter(pk=as_of, link=head["as_of_link"]).exists():
        return RecordCheck(f"the record's global chain has no link {head['as_of_link']} at {as_of}")
    stream = document["stream"]
    recorded = list(
        Event.objects.filter(stream=stream, id__lte=as_of)
        .order_by("seq")
        .values_list("hash", flat=True)
    )
    exported = [item["hash"] for item in document["events"]]
    for seq, (ours, theirs) in enumerate(zip(recorded, exported, strict=False), start=1):
        if ours != theirs:
            return RecordCheck(f"#{seq} differs from event #{seq} of {stream} in the record")
    if len(recorded) != len(exported):
        return RecordCheck(
            f"the record holds {len(recorded)} events of {stream} as of event {as_of}; "
            f"the export has {len(exported)}"
        )
    later = Event.objects.filter(stream=stream, id__gt=as_of).count()
    return RecordCheck(None, later)


def parse_export(document: dict[str, Any]) -> list[chain.ExportedEvent]:
    events = []
    for item in document["events"]:
        h = item["header"]
        events.append(
            chain.ExportedEvent(
                header=chain.EventHeader(
                    stream=h["stream"],
                    seq=h["seq"],
                    prev_hash=h["prev"],
                    kind=h["kind"],
                    actor=h["actor"],
                    occurred_at=h["at"],
                    content_digest=h["content"],
                ),
                hash=item["hash"],
                salt=item["salt"],
                data=item["data"],
            )
        )
    return events
