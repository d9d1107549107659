"""Evaluation on the corpus test split and on the public data, with baselines side by side."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from levelhead.triage import model as model_mod
from levelhead.triage.analyze import analyze_many
from levelhead.triage.corpus.generate import CORPUS_DIR, read_jsonl
from levelhead.triage.tone import check_replies
from levelhead.triage.train import PUBLIC_DIR, public_split, read_public
from levelhead.triage.types import DEMANDS, ISSUES, THREATS, ReplyFacts

DEFAULT_REPORT: Final = Path(__file__).resolve().parents[2] / "docs" / "triage-eval.md"
POLITE_LIMIT: Final = 0.05

# Bitext intents that name one of our demands or issues (others have no counterpart).
BITEXT_DEMANDS: Final = {
    "get_refund": "refund",
    "cancel_order": "cancel",
    "contact_human_agent": "manager",
}
BITEXT_ISSUES: Final = {"payment_issue": "billing"}


@dataclass(frozen=True, slots=True)
class Score:
    label: str
    tp: int
    fp: int
    fn: int
    support: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(label: str, gold: Sequence[bool], pred: Sequence[bool]) -> Score:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    return Score(label, tp, fp, fn, sum(gold))


@dataclass
class Section:
    title: str
    scores: list[Score]
    extra: list[str]


def facts_from(d: dict[str, Any] | None) -> ReplyFacts | None:
    if d is None:
        return None
    from datetime import UTC, datetime

    t = datetime(2025, 1, 1, tzinfo=UTC)
    return ReplyFacts(
        dispatched_at=t if d.get("dispatched") else None,
        delivered_at=t if d.get("delivered") else None,
        tracking_number="LH123" if d.get("tracking") else None,
        updates_sent=int(d.get("updates_sent", 0)),
        refunded_at=t if d.get("refunded") else None,
    )


def eval_messages(rows: list[dict[str, Any]]) -> Section:
    results = analyze_many([r["text"] for r in rows])
    scores = []
    for t in THREATS:
        scores.append(
            score(
                f"threat:{t}", [t in r["threats"] for r in rows], [t in a.threats for a in results]
            )
        )
    scores.append(
        score("threat:any", [bool(r["threats"]) for r in rows], [bool(a.threats) for a in results])
    )
    for d in DEMANDS:
        scores.append(
            score(
                f"demand:{d}", [d in r["demands"] for r in rows], [d in a.demands for a in results]
            )
        )
    scores.append(score("abuse", [r["abuse"] for r in rows], [a.abuse for a in results]))
    for i in ISSUES:
        scores.append(
            score(f"issue:{i}", [r["issue"] == i for r in rows], [a.issue == i for a in results])
        )
    scores.append(
        score("heat>=50", [r["heat"] >= 50 for r in rows], [a.heat >= 50 for a in results])
    )
    mae = sum(abs(r["heat"] - a.heat) for r, a in zip(rows, results, strict=True)) / max(
        len(rows), 1
    )
    lang = sum(r["language"] == a.language for r, a in zip(rows, results, strict=True)) / max(
        len(rows), 1
    )
    issue_acc = sum(r["issue"] == a.issue for r, a in zip(rows, results, strict=True)) / max(
        len(rows), 1
    )
    foreign = [a for r, a in zip(rows, results, strict=True) if r["language"] != "en"]
    invented = sum(1 for a in foreign if a.threats)
    return Section(
        f"Corpus test split: customer messages ({len(rows)})",
        scores,
        [f"heat mean absolute error: {mae:.1f} points", f"issue accuracy: {issue_acc:.3f}",
         f"language accuracy: {lang:.3f}",
         f"non-English messages with an invented threat: {invented} of {len(foreign)}"],
    )  # fmt: skip


def eval_drafts(rows: list[dict[str, Any]]) -> Section:
    reports = check_replies([r["text"] for r in rows], [facts_from(r["facts"]) for r in rows])
    scores = []
    kinds = ("threat", "insult", "sarcasm", "condescension", "blame", "shouting", "dismissive",
             "overpromise", "contradicts_record")  # fmt: skip
    for k in kinds:
        scores.append(
            score(
                f"tone:{k}", [k in r["problems"] for r in rows], [k in rep.kinds for rep in reports]
            )
        )
    scores.append(
        score(
            "block",
            [bool({"threat", "insult"} & set(r["problems"])) for r in rows],
            [rep.block for rep in reports],
        )
    )
    polite = [rep for r, rep in zip(rows, reports, strict=True) if not r["problems"]]
    flagged = sum(1 for rep in polite if rep.problems)
    with_alt = sum(
        1 for r, rep in zip(rows, reports, strict=True) if r["problems"] and rep.alternative
    )
    return Section(
        f"Corpus test split: seller drafts ({len(rows)})",
        scores,
        [f"polite drafts flagged: {flagged} of {len(polite)} "
         f"({flagged / max(len(polite), 1):.1%}; limit 5%)",
         f"drafts with problems that got a calmer alternative: {with_alt} "
         f"of {len(rows) - len(polite)}"],
    )  # fmt: skip


def eval_public(public_dir: Path, log: Callable[[str], None]) -> list[Section]:
    sections: list[Section] = []
    model = model_mod.get()
    go = read_public("goemotions__anger.csv", public_dir)
    if go is None:
        log(f"public data: {public_dir}/goemotions__anger.csv not found, skipped")
    else:
        rows = [(t, y == "1") for t, y in go if public_split(t) == "test"]
        texts = [t for t, _ in rows]
        gold = [y for _, y in rows]
        ours = _head(model, texts, "anger")
        heat = [a.heat >= 50 for a in analyze_many(texts)]
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()
        v = [vader.polarity_scores(t)["compound"] <= -0.05 for t in texts]
        sections.append(Section(
            f"GoEmotions anger (held-out fifth, {len(rows)} rows)",
            [score("ours: anger head", gold, ours), score("ours: heat>=50", gold, heat),
             score("VADER compound<=-0.05", gold, v)],
            ["Ours was trained on the other four fifths of this file (CC BY 4.0) plus the corpus."],
        ))  # fmt: skip
    dv = read_public("davidson__offensive.csv", public_dir)
    if dv is None:
        log(f"public data: {public_dir}/davidson__offensive.csv not found, skipped")
    else:
        rows = [(t, y == "1") for t, y in dv if public_split(t) == "test"]
        texts = [t for t, _ in rows]
        gold = [y for _, y in rows]
        ours = _head(model, texts, "offensive")
        abuse = [a.abuse for a in analyze_many(texts)]
        from profanity_check import predict

        apc = [bool(x) for x in predict(texts)]
        sections.append(Section(
            f"Davidson offensive (held-out fifth, {len(rows)} rows)",
            [score("ours: offensive head", gold, ours),
             score("ours: abuse (aimed at seller)", gold, abuse),
             score("alt-profanity-check", gold, apc)],
            ["Ours was trained on the other four fifths of this file (MIT) plus the corpus. "
             "alt-profanity-check's own training data includes Davidson's tweets, "
             "so its figure is optimistic."],
        ))  # fmt: skip
    bx = read_public("bitext__intent.csv", public_dir)
    if bx is None:
        log(f"public data: {public_dir}/bitext__intent.csv not found, skipped")
    else:
        texts = [t for t, _ in bx]
        results = analyze_many(texts)
        scores = []
        for intent, demand in BITEXT_DEMANDS.items():
            scores.append(
                score(
                    f"{intent} -> demand:{demand}",
                    [y == intent for _, y in bx],
                    [demand in a.demands for a in results],
                )
            )
        for intent, issue in BITEXT_ISSUES.items():
            scores.append(
                score(
                    f"{intent} -> issue:{issue}",
                    [y == intent for _, y in bx],
                    [a.issue == issue for a in results],
                )
            )
        threats = sum(1 for a in results if a.threats)
        held = [a for (t, _), a in zip(bx, results, strict=True) if public_split(t) == "test"]
        held_threats = sum(1 for a in held if a.threats)
        sections.append(Section(
            f"Bitext intents (all {len(bx)} rows)", scores,
            ["No head is trained on Bitext's intents. The threat sentence heads read the training "
             "four fifths of its texts as sentences that state no threat (round 8), so the threat "
             "count that measures them is the held-out fifth's.",
             f"messages given a threat (Bitext has none): {held_threats} of the {len(held)} "
             f"held-out rows; {threats} of all {len(bx)}"],
        ))  # fmt: skip
    return sections


def _head(model: model_mod.Model | None, texts: list[str], head: str) -> list[bool]:
    if model is None:
        return [False] * len(texts)
    from levelhead.triage.analyze import prepare

    prepared = [prepare(t) for t in texts]
    scores = model.scores([(n, h) for _, n, h, _ in prepared])
    p = model.read(scores, head)
    return [bool(x >= model.heads[head].threshold) for x in p]


def render(sections: list[Section], seconds: float) -> str:
    lines = ["# Triage evaluation", "", "Written by `levelhead triage eval`.", ""]
    for s in sections:
        lines += [
            f"## {s.title}",
            "",
            "| label | precision | recall | F1 | support |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {x.label} | {x.precision:.3f} | {x.recall:.3f} | {x.f1:.3f} | {x.support} |"
            for x in s.scores
        ]
        lines += [""] + [f"- {e}" for e in s.extra] + [""]
    lines.append(f"Evaluation took {seconds:.1f} s.")
    return "\n".join(lines) + "\n"


def evaluate(
    corpus_dir: Path = CORPUS_DIR,
    public_dir: Path = PUBLIC_DIR,
    log: Callable[[str], None] = print,
) -> list[Section]:
    started = time.perf_counter()
    messages = [m for m in read_jsonl(corpus_dir / "messages.jsonl") if m["split"] == "test"]
    drafts = [d for d in read_jsonl(corpus_dir / "drafts.jsonl") if d["split"] == "test"]
    sections = [eval_messages(messages), eval_drafts(drafts), *eval_public(public_dir, log)]
    log(f"evaluated in {time.perf_counter() - started:.1f}s")
    return sections
