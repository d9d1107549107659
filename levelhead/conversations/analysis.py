"""The analyse step of the ingest pipeline: the triage engine reads each customer message."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)


def analyse_texts(texts: Sequence[str]) -> list[dict[str, Any] | None]:
    """The triage engine's reading of each text as JSON-ready data (None where it cannot run),
    in one call of the engine: a batch is much faster than one text at a time."""
    try:
        from levelhead.triage import analyze_many
    except ImportError:  # the engine is optional for the pipeline; the step is still there
        return [None] * len(texts)
    try:
        return [dict(result.to_dict()) for result in analyze_many(list(texts))]
    except Exception:  # an engine failure must not lose a message
        log.exception("triage failed; the messages are kept without analysis")
        return [None] * len(texts)


def analyse_text(text: str) -> dict[str, Any] | None:
    return analyse_texts([text])[0]


def abuse_spans(result: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The abuse evidence of a reading: what is masked for staff (a case's subject keeps only
    these; its messages keep the whole reading)."""
    spans = (result or {}).get("spans") or []
    return [s for s in spans if str(s.get("label", "")).startswith("abuse")]


def subject_spans(subjects: Sequence[str]) -> list[list[dict[str, Any]]]:
    """The abuse spans of each subject, in one call of the engine."""
    return [abuse_spans(result) for result in analyse_texts(subjects)]


def priority_from(analysis: dict[str, Any] | None, current: int) -> int:
    """Urgent for abuse, threats or a furious message; high for an angry one or a lost order."""
    if not analysis:
        return current
    heat = int(analysis.get("heat") or 0)
    if analysis.get("abuse") or analysis.get("threats") or heat >= 75:
        return max(current, 3)
    if heat >= 50 or analysis.get("issue") in {"not_received", "damaged", "wrong_item"}:
        return max(current, 2)
    return current


def merge_flags(flags: dict[str, Any], analysis: dict[str, Any] | None) -> dict[str, Any]:
    """A case's flags: every threat and demand it has seen, abuse if ever, the latest issue."""
    if not analysis:
        return flags
    merged = dict(flags)
    merged["abuse"] = bool(flags.get("abuse")) or bool(analysis.get("abuse"))
    for key in ("threats", "demands"):
        merged[key] = sorted(set(flags.get(key, [])) | set(analysis.get(key) or []))
    if analysis.get("issue") not in (None, "none"):
        merged["issue"] = analysis["issue"]
    return merged
