"""``analyze``: heat, abuse, threats, demands, issue and language of customer messages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from levelhead.triage import model as model_mod
from levelhead.triage.features import RuleHits, find_rules
from levelhead.triage.language import detect_language
from levelhead.triage.normalise import Normalised, normalise
from levelhead.triage.rules import Hit
from levelhead.triage.types import (
    DEMANDS,
    ISSUES,
    THREATS,
    Analysis,
    HeatPoint,
    HeatTrajectory,
    Span,
)

MAX_CHARS: Final = 20_000
# A rule hit is confirmed by a modest model probability; the model alone must be sure.
CONFIRM: Final = 0.02
ALONE: Final = 0.9
ABUSE_CONFIRM: Final = 0.025
ABUSE_ALONE: Final = 0.9
# Issues in order of precedence when a message names several (see the labelling guide).
ISSUE_PRECEDENCE: Final = (
    "damaged",
    "wrong_item",
    "missing_item",
    "not_as_described",
    "not_received",
    "late",
    "billing",
    "return",
    "no_reply",
)


def prepare(text: str) -> tuple[str, Normalised, RuleHits, tuple[str, ...]]:
    """Bound, normalise and run the rules on one text."""
    notes: list[str] = []
    if len(text) > MAX_CHARS:
        notes.append(f"truncated: analysed the first {MAX_CHARS} characters of {len(text)}")
        text = text[:MAX_CHARS]
    if not text.strip():
        notes.append("empty text")
    norm = normalise(text)
    return text, norm, find_rules(norm), tuple(notes)


def _span(norm: Normalised, hit: Hit, label: str) -> Span:
    start, end = norm.original_span(hit.start, hit.end)
    return Span(start=start, end=end, label=label, text=norm.original[start:end])


def _rule_heat(norm: Normalised, hits: RuleHits) -> int:
    heat = 10.0
    heat += 25 if hits.issues else 0
    heat += 30 if hits.abuse else 0
    heat += 10 * min(len(hits.profanity), 2)
    heat += 20 if hits.threats else 0
    heat += 15 * norm.caps_ratio if norm.letters >= 12 else 0
    heat += min(norm.original.count("!"), 5) * 3
    return int(max(0, min(100, round(heat))))


def analyze_many(texts: Sequence[str], *, model: model_mod.Model | None = None) -> list[Analysis]:
    """Analyse customer messages in one batch (faster than one by one)."""
    if model is None:
        model = model_mod.get()
    prepared = [prepare(t) for t in texts]
    if not prepared:
        return []
    probs: dict[str, list[float]] = {}
    issue_probs = None
    if model is not None:
        scores = model.scores([(n, h) for _, n, h, _ in prepared])
        for name in model.heads:
            if model.heads[name].kind != "multiclass":
                probs[name] = model.read(scores, name).tolist()
        issue_probs = model.read(scores, "issue")
    results = []
    for i, (_text, norm, hits, notes) in enumerate(prepared):
        language = detect_language(norm.text)
        english = language == "en"
        spans: list[Span] = []
        threats: list[str] = []
        for t in THREATS:
            rule = [h for h in hits.threats if h.label == t]
            p = probs[f"threat:{t}"][i] if probs else 1.0
            if (rule and p >= CONFIRM) or (english and p >= ALONE and probs):
                threats.append(t)
                spans.extend(_span(norm, h, f"threat:{t}") for h in rule)
        demands: list[str] = []
        for d in DEMANDS:
            rule = [h for h in hits.demands if h.label == d]
            p = probs[f"demand:{d}"][i] if probs else 1.0
            if (rule and p >= CONFIRM) or (english and p >= ALONE and probs):
                demands.append(d)
                spans.extend(_span(norm, h, f"demand:{d}") for h in rule)
        p_abuse = probs["abuse"][i] if probs else 1.0
        abuse = bool(
            (hits.abuse and p_abuse >= ABUSE_CONFIRM) or (probs and p_abuse >= ABUSE_ALONE)
        )
        if abuse:
            spans.extend(_span(norm, h, "abuse") for h in hits.abuse)
        spans.extend(_span(norm, h, "profanity") for h in hits.profanity)
        if issue_probs is not None and model is not None:
            classes = model.heads["issue"].classes
            issue = classes[int(issue_probs[i].argmax())]
        else:
            found = {h.label for h in hits.issues}
            issue = next((x for x in ISSUE_PRECEDENCE if x in found), "none")
        assert issue in ISSUES
        spans.extend(_span(norm, h, f"issue:{issue}") for h in hits.issues if h.label == issue)
        if probs:
            heat = int(max(0, min(100, round(probs["heat"][i] * 100))))
        else:
            heat = _rule_heat(norm, hits)
        if not norm.text.strip():
            heat, issue = 0, "none"
        extra = () if model is not None else ("no trained model found: rules only",)
        spans.sort(key=lambda s: (s.start, s.end, s.label))
        results.append(
            Analysis(
                heat=heat,
                abuse=abuse,
                threats=tuple(threats),
                demands=tuple(demands),
                issue=issue,
                language=language,
                spans=tuple(spans),
                notes=notes + extra,
            )
        )
    return results


def analyze(text: str) -> Analysis:
    """Analyse one customer message."""
    return analyze_many([text])[0]


def heat_trajectory(
    messages: Sequence[str | Analysis],
    *,
    times: Sequence[datetime] | None = None,
    smoothing: float = 0.6,
) -> HeatTrajectory:
    """The heat of a case over its customer messages, oldest first.

    ``current`` weights the latest message by ``smoothing`` and the case's history by the rest,
    so one calm line after a furious thread does not read as "cooled down". ``trend`` compares the
    latest message with the mean of the ones before it.
    """
    if times is not None and len(times) != len(messages):
        raise ValueError("times must have one entry per message")
    texts = [m for m in messages if isinstance(m, str)]
    analysed = iter(analyze_many(texts)) if texts else iter(())
    heats = [m.heat if isinstance(m, Analysis) else next(analysed).heat for m in messages]
    if not heats:
        return HeatTrajectory()
    points = tuple(
        HeatPoint(index=i, heat=h, at=times[i] if times is not None else None)
        for i, h in enumerate(heats)
    )
    current = float(heats[0])
    for h in heats[1:]:
        current = smoothing * h + (1 - smoothing) * current
    trend = "steady"
    if len(heats) > 1:
        before = sum(heats[:-1]) / (len(heats) - 1)
        if heats[-1] - before >= 10:
            trend = "rising"
        elif before - heats[-1] >= 10:
            trend = "falling"
    return HeatTrajectory(points=points, current=round(current), peak=max(heats), trend=trend)
