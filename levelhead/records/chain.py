"""The hash chain of the record, in plain Python so a third party can re-run it.

Each event belongs to a *stream* (one order, one case). Its hash covers the stream, its position
in the stream, the previous hash of that stream, the kind, the actor, the time and a *digest* of
its content — never the content itself, so personal data can later be erased while every hash
still verifies. A second, global chain links every event of the deployment in the order written,
so deleting a whole stream, or the last event of one, is detected as well.

See docs/record.md for the format; this module is the reference implementation of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

FORMAT_VERSION = 1
GENESIS = "0" * 64


def canonical_json(value: Any) -> bytes:
    """Stable bytes for hashing: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def content_digest(salt: str, data: Mapping[str, Any]) -> str:
    """Digest of an event's content. The random salt keeps short values (a phone number) from
    being guessed from the digest once the content itself has been erased."""
    return hashlib.sha256(salt.encode() + b"\x00" + canonical_json(data)).hexdigest()


@dataclass(frozen=True)
class EventHeader:
    """The hashed part of an event: everything but the content, which is covered by its digest."""

    stream: str
    seq: int
    prev_hash: str
    kind: str
    actor: str
    occurred_at: str
    content_digest: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "v": FORMAT_VERSION,
            "stream": self.stream,
            "seq": self.seq,
            "prev": self.prev_hash,
            "kind": self.kind,
            "actor": self.actor,
            "at": self.occurred_at,
            "content": self.content_digest,
        }

    def hash(self) -> str:
        return hashlib.sha256(canonical_json(self.as_dict())).hexdigest()


def link_hash(previous_link: str, event_hash: str) -> str:
    """The global chain: each link commits to the one before it and to the event's own hash."""
    return hashlib.sha256(f"{previous_link}:{event_hash}".encode()).hexdigest()


@dataclass(frozen=True)
class ExportedEvent:
    header: EventHeader
    hash: str
    salt: str | None
    data: Mapping[str, Any] | None


@dataclass(frozen=True)
class Problem:
    position: int
    reason: str


@dataclass(frozen=True)
class StreamHead:
    """Where a stream stood when it was exported: its last event's number and hash (0 and
    ``GENESIS`` for a stream with no events)."""

    seq: int
    hash: str


def verify_stream(
    events: Iterable[ExportedEvent], head: StreamHead | None = None
) -> Problem | None:
    """Verify one stream on its own, as exported: numbering from 1 without gaps, every hash, every
    link to the previous event, and every content that has not been erased against its digest.

    With the ``head`` the export names, also that it ends there: events left out at the end are
    found. The head is as trustworthy as the file it came in (someone who cuts the tail can edit
    it too); checking it against the deployment's record, or a signed head, settles that."""
    prev = GENESIS
    count = 0
    for position, event in enumerate(events, start=1):
        header = event.header
        if header.seq != position:
            return Problem(position, f"expected event number {position}, found {header.seq}")
        if header.prev_hash != prev:
            return Problem(position, "does not link to the event before it")
        if header.hash() != event.hash:
            return Problem(position, "its hash does not match its header")
        erased = event.data is None or event.salt is None
        if not erased and content_digest(event.salt, event.data) != header.content_digest:  # type: ignore[arg-type]
            return Problem(position, "its content does not match its digest")
        prev = event.hash
        count = position
    if head is not None:
        if count < head.seq:
            return Problem(
                count + 1,
                f"the export ends at #{count} but names #{head.seq} as the stream's last event "
                "(events at the end were left out)",
            )
        if count > head.seq or prev != head.hash:
            return Problem(count, "the last event is not the head the export names")
    return None
