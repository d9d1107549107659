"""levelhead.triage: the pure-Python triage engine (no Django).

``analyze`` reads a customer message; ``check_reply`` checks a seller's draft; ``heat_trajectory``
follows a case's heat over its messages. See docs/triage.md.
"""

from levelhead.triage.analyze import analyze, analyze_many, heat_trajectory
from levelhead.triage.tone import check_replies, check_reply
from levelhead.triage.types import (
    DEMANDS,
    ISSUES,
    THREATS,
    TONE_KINDS,
    Analysis,
    HeatPoint,
    HeatTrajectory,
    ReplyFacts,
    Span,
    ToneProblem,
    ToneReport,
)

__all__ = [
    "DEMANDS",
    "ISSUES",
    "THREATS",
    "TONE_KINDS",
    "Analysis",
    "HeatPoint",
    "HeatTrajectory",
    "ReplyFacts",
    "Span",
    "ToneProblem",
    "ToneReport",
    "analyze",
    "analyze_many",
    "check_replies",
    "check_reply",
    "heat_trajectory",
]
