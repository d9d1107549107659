"""Frozen result types of the triage engine and their JSON forms."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

THREATS: Final = ("legal", "report", "chargeback", "review", "violence")
DEMANDS: Final = ("refund", "replacement", "compensation", "cancel", "expedite", "manager")
ISSUES: Final = (
    "not_received",
    "late",
    "damaged",
    "wrong_item",
    "missing_item",
    "not_as_described",
    "billing",
    "return",
    "no_reply",
    "other",
    "none",
)
TONE_KINDS: Final = (
    "threat",
    "insult",
    "sarcasm",
    "condescension",
    "blame",
    "shouting",
    "dismissive",
    "overpromise",
    "contradicts_record",
)
BLOCKING_KINDS: Final = frozenset({"threat", "insult"})


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: characters ``[start, end)`` of the original text that support ``label``."""

    start: int
    end: int
    label: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the engine reads in one customer message."""

    heat: int
    abuse: bool
    threats: tuple[str, ...]
    demands: tuple[str, ...]
    issue: str
    language: str
    spans: tuple[Span, ...]
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "heat": self.heat,
            "abuse": self.abuse,
            "threats": list(self.threats),
            "demands": list(self.demands),
            "issue": self.issue,
            "language": self.language,
            "spans": [s.to_dict() for s in self.spans],
            "notes": list(self.notes),
        }

    def to_json(self) -> str:
        return _dumps(self.to_dict())


@dataclass(frozen=True, slots=True)
class ToneProblem:
    """One thing in a seller's draft that should not go out as written."""

    kind: str
    start: int
    end: int
    reason: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "reason": self.reason,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class ToneReport:
    """The tone guard's verdict on a draft; no problems means the draft is fine."""

    problems: tuple[ToneProblem, ...]
    block: bool
    alternative: str | None
    notes: tuple[str, ...] = ()

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(p.kind for p in self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "problems": [p.to_dict() for p in self.problems],
            "block": self.block,
            "alternative": self.alternative,
            "notes": list(self.notes),
        }

    def to_json(self) -> str:
        return _dumps(self.to_dict())


@dataclass(frozen=True, slots=True)
class ReplyFacts:
    """What the record shows about the order a draft talks about.

    ``None`` means the record does not show it (so a draft claiming it contradicts the record).
    ``updates_sent`` counts the status updates already sent to the customer, ``refunded_at`` is the
    time a refund was issued. Adapters build this from the order and its events.
    """

    dispatched_at: datetime | None = None
    delivered_at: datetime | None = None
    tracking_number: str | None = None
    updates_sent: int = 0
    refunded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class HeatPoint:
    """The heat of one message of a case."""

    index: int
    heat: int
    at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "heat": self.heat,
            "at": self.at.isoformat() if self.at else None,
        }


@dataclass(frozen=True, slots=True)
class HeatTrajectory:
    """The heat of a case over its customer messages, oldest first."""

    points: tuple[HeatPoint, ...] = field(default_factory=tuple)
    current: int = 0
    peak: int = 0
    trend: str = "steady"

    def to_dict(self) -> dict[str, Any]:
        return {
            "points": [p.to_dict() for p in self.points],
            "current": self.current,
            "peak": self.peak,
            "trend": self.trend,
        }

    def to_json(self) -> str:
        return _dumps(self.to_dict())
