"""Score one development file alone: how the engine reads phrasings it was not written from.

``python -m levelhead.triage devscore dev6 [--misses]`` fills every template of
``levelhead/triage/corpus/dev6.py`` a few times (seeded, so two runs agree) and once more in chat
form ("u", "ur", "pls", ...), runs them through ``analyze_many`` and ``check_replies`` and prints,
per category: how many texts the engine labels as the file labels them, and for the hard
negatives (innocent uses of threat words, swearing about things, polite drafts) how many it
flags; and (``threat:no_other_type``, round 13) how many of the threat texts it gives no type
but their own, since a recall line counts a legal threat also flagged as a report as found.
``--misses`` lists the texts it got wrong, which is what a development file is for.

``heldout.py`` is refused: the test split is read only through ``levelhead triage eval``'s
aggregates, never text by text (docs/triage.md, "The test split").
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

from levelhead.triage.analyze import analyze_many
from levelhead.triage.corpus import generate
from levelhead.triage.corpus.dev import Families
from levelhead.triage.tone import check_replies
from levelhead.triage.types import THREATS

FILLS: Final = 3
REFUSED: Final = frozenset({"heldout", "fragments"})


@dataclass
class Line:
    """One category's result: texts scored, texts read right, and the ones read wrong."""

    category: str
    kind: str  # "recall" (the label should be found) or "clean" (nothing should be flagged)
    total: int = 0
    right: int = 0
    templates: int = 0
    templates_right: int = 0  # templates whose every filling was read right
    misses: list[tuple[str, str]] = field(default_factory=list)  # (text, what the engine said)

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


def expand(families: Families, *, seed: str, fills: int = FILLS) -> list[tuple[str, list[str]]]:
    """(template, its texts): ``fills`` seeded fillings and the chat form of the first."""
    rng = random.Random(seed)
    out = []
    for _family, templates in sorted(families.items()):
        for template in templates:
            builder = generate.Builder(rng)
            texts = list(dict.fromkeys(builder.fill(template) for _ in range(fills)))
            chat = generate._chat(texts[0])
            if chat not in texts:
                texts.append(chat)
            out.append((template, texts))
    return out


def _line(
    category: str,
    kind: str,
    expanded: list[tuple[str, list[str]]],
    verdicts: Iterable[tuple[bool, str]],
) -> Line:
    line = Line(category, kind)
    it = iter(verdicts)
    for _template, texts in expanded:
        line.templates += 1
        all_right = True
        for text in texts:
            ok, said = next(it)
            line.total += 1
            if ok:
                line.right += 1
            else:
                all_right = False
                line.misses.append((text, said))
        line.templates_right += all_right
    return line


def _describe_analysis(threats: tuple[str, ...], abuse: bool) -> str:
    return ", ".join([*threats, *(["abuse"] if abuse else [])]) or "nothing"


def score(module_name: str, *, fills: int = FILLS) -> list[Line]:
    """Score ``levelhead.triage.corpus.<module_name>`` (its ``<module_name>()`` categories)."""
    if module_name in REFUSED:
        raise ValueError(f"{module_name}.py is not a development file and is not read text by text")
    module = importlib.import_module(f"levelhead.triage.corpus.{module_name}")
    categories: dict[str, Families] = getattr(module, module_name)()
    lines: list[Line] = []

    # Per threat category's text: whether the engine gave it a threat type other than its own
    # (the files' threat templates each state one type): a recall line cannot show that.
    other_types: list[tuple[list[tuple[str, list[str]]], list[tuple[bool, str]]]] = []

    def run_messages(
        category: str, kind: str, judge: Callable[[tuple[str, ...], bool], bool]
    ) -> None:
        families = categories.get(category)
        if not families:
            return
        expanded = expand(families, seed=f"{module_name}/{category}", fills=fills)
        results = analyze_many([t for _, ts in expanded for t in ts])
        verdicts = [
            (judge(a.threats, a.abuse), _describe_analysis(a.threats, a.abuse)) for a in results
        ]
        lines.append(_line(category, kind, expanded, verdicts))
        if category.startswith("threat:"):
            own = category.removeprefix("threat:")
            other_types.append(
                (
                    expanded,
                    [
                        (set(a.threats) <= {own}, d)
                        for a, (_, d) in zip(results, verdicts, strict=True)
                    ],
                )
            )

    def has_threat(label: str) -> Callable[[tuple[str, ...], bool], bool]:
        return lambda threats, _abuse: label in threats

    for t in THREATS:
        run_messages(f"threat:{t}", "recall", has_threat(t))
    if other_types:
        lines.append(
            _line(
                "threat:no_other_type",
                "clean",
                [e for expanded, _ in other_types for e in expanded],
                [v for _, verdicts in other_types for v in verdicts],
            )
        )
    run_messages("abuse", "recall", lambda _t, abuse: abuse)
    run_messages("innocent", "clean", lambda threats, abuse: not threats and not abuse)
    run_messages("profanity", "clean", lambda _t, abuse: not abuse)

    draft_categories = sorted(c for c in categories if c.startswith("draft:"))
    for category in [*draft_categories, "draft_polite"]:
        families = categories.get(category)
        if not families:
            continue
        expanded = expand(families, seed=f"{module_name}/{category}", fills=fills)
        reports = check_replies([t for _, ts in expanded for t in ts])
        kind = category.removeprefix("draft:")
        verdicts = []
        for r in reports:
            kinds = sorted({p.kind for p in r.problems})
            ok = not kinds if category == "draft_polite" else kind in kinds
            verdicts.append((ok, ", ".join(kinds) or "nothing"))
        lines.append(
            _line(category, "clean" if category == "draft_polite" else "recall", expanded, verdicts)
        )
    return lines


def render(module_name: str, lines: list[Line], *, misses: bool = False) -> str:
    """A plain-text table, and the texts read wrong when ``misses``."""
    out = [f"{module_name}: each template filled {FILLS} times plus its chat form"]
    out.append(f"{'category':<28} {'measure':<8} {'texts':>12} {'share':>6} {'templates':>12}")
    for line in lines:
        measure = "found" if line.kind == "recall" else "clean"
        out.append(
            f"{line.category:<28} {measure:<8} {line.right:>5}/{line.total:<6} {line.share:>6.2f} "
            f"{line.templates_right:>5}/{line.templates:<6}"
        )
    if misses:
        for line in lines:
            if line.misses:
                out.append("")
                out.append(f"## {line.category}: read wrong")
                out.extend(f"- {text!r} -> {said}" for text, said in line.misses)
    return "\n".join(out)
