"""All of a message's rules in one pass over its tokens.

``Rule.matches`` runs one rule: it checks the rule's clauses against the text's atoms, finds where
the rule's start tokens are and tries the pattern there. Done rule by rule, that is ~45 set checks,
~15 searches for token positions and ~45 calls per message. ``RuleSet`` turns the rules' own
prefilters (``prefilter.clauses_for``, ``prefilter.start_keys``) around: one dictionary lookup per
token (and one per token's first three letters) says which clauses the token satisfies and which
rules may start at it. Then each rule whose clauses are all satisfied is tried at its candidate
positions in order, exactly as ``Rule.matches`` would try it, so the matches are the same
(``test_ruleset.py`` checks every rule on the corpus).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter
from typing import Final, cast

from levelhead.triage import prefilter, rules
from levelhead.triage.normalise import Normalised, tokenise
from levelhead.triage.rules import Rule

_Entry = tuple[tuple[int, ...], tuple[int, ...]]  # (rules that may start here, clauses satisfied)
_NOTHING: Final[_Entry] = ((), ())
_RULES: Final = itemgetter(0)
_CLAUSES: Final = itemgetter(1)
_ENTRY_LIMIT: Final = 100_000


class RuleSet:
    """Rules run together; ``run`` gives the matches of each rule that matches."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._match = [r.pattern.match for r in self.rules]
        clause_ids: dict[frozenset[str], int] = {}
        word_rules: dict[str, list[int]] = {}
        prefix_rules: dict[str, list[int]] = {}
        word_clauses: dict[str, set[int]] = {}
        prefix_clauses: dict[str, set[int]] = {}
        needs: list[frozenset[int]] = []
        digit_rules: list[int] = []
        scanned: list[int] = []
        for r, rule in enumerate(self.rules):
            ids = set()
            for clause in rule.clauses:
                cid = clause_ids.setdefault(clause, len(clause_ids))
                ids.add(cid)
                for atom in clause:
                    if atom.startswith(prefilter.PREFIX):
                        prefix_clauses.setdefault(atom[1:], set()).add(cid)
                    else:
                        word_clauses.setdefault(atom, set()).add(cid)
            needs.append(frozenset(ids))
            if rule.starts is None:
                scanned.append(r)
                continue
            for key in sorted(rule.starts):
                if key == prefilter.DIGIT_KEY:
                    digit_rules.append(r)
                elif key.startswith(prefilter.PREFIX):
                    prefix_rules.setdefault(key[1:], []).append(r)
                else:
                    word_rules.setdefault(key, []).append(r)
        self._needs = needs
        # Whether a message allows each rule, in C: a rule that needs one clause (most) is allowed
        # when that clause is satisfied, one that needs none by a clause always present (-1); the
        # few that need several are checked one by one.
        self._first = [next(iter(need)) if len(need) == 1 else -1 for need in needs]
        self._several = tuple(r for r, need in enumerate(needs) if len(need) > 1)
        self._digit_rules = tuple(digit_rules)
        self._scanned = tuple(scanned)
        self._by_word = _entries(word_rules, word_clauses)
        self._by_prefix = _entries(prefix_rules, prefix_clauses)
        # token -> its word entry, its three-letter start's entry and (a token that starts with a
        # digit) the digit rules' entry in one, learnt as tokens are met; bounded, then started
        # again.
        self._entries: dict[str, _Entry] = {}

    def _entry(self, word: str) -> _Entry:
        parts = [
            e for e in (self._by_word.get(word), self._by_prefix.get(word[:3])) if e is not None
        ]
        if word[:1].isdecimal() and self._digit_rules:  # ``\d``: a decimal digit
            parts.append((self._digit_rules, ()))
        if not parts:
            entry = _NOTHING
        elif len(parts) == 1:
            entry = parts[0]
        else:
            entry = (
                tuple(sorted({r for e in parts for r in e[0]})),
                tuple(sorted({c for e in parts for c in e[1]})),
            )
        if len(self._entries) >= _ENTRY_LIMIT:
            self._entries = {}
        self._entries[word] = entry
        return entry

    def run(
        self, text: str, words: Sequence[str], starts: Sequence[int]
    ) -> dict[int, list[re.Match[str]]]:
        """What ``rule.matches`` finds in ``text``, for each rule (by index) that finds anything
        (``words`` and ``starts`` are the text's ``normalise.tokenise`` tokens and offsets)."""
        looked_up = list(map(self._entries.get, words))
        if None in looked_up:  # tokens not met before
            for i, entry in enumerate(looked_up):
                if entry is None:
                    looked_up[i] = self._entry(words[i])
        entries = cast(list[_Entry], looked_up)
        # (Built with map, compress and union, so the per-token work stays in C.)
        starters = list(map(_RULES, entries))
        candidates = list(compress(zip(starts, starters, strict=True), starters))
        satisfied = set().union(*map(_CLAUSES, entries))
        n = len(self.rules)
        satisfied.add(-1)
        ok = list(map(satisfied.__contains__, self._first))
        needs = self._needs
        for r in self._several:
            ok[r] = needs[r] <= satisfied
        found: dict[int, list[re.Match[str]]] = {}
        ends = [0] * n
        tried = [-1] * n
        match = self._match
        for start, rule_ids in candidates:
            for r in rule_ids:
                if ok[r] and start >= ends[r] and start != tried[r]:
                    tried[r] = start
                    m = match[r](text, start)
                    if m is not None:
                        if r in found:
                            found[r].append(m)
                        else:
                            found[r] = [m]
                        ends[r] = m.end()
        for r in self._scanned:
            if ok[r]:
                scanned = list(self.rules[r].pattern.finditer(text))
                if scanned:
                    found[r] = scanned
        return found


def _entries(rules: dict[str, list[int]], clauses: dict[str, set[int]]) -> dict[str, _Entry]:
    return {
        key: (tuple(rules.get(key, ())), tuple(sorted(clauses.get(key, ()))))
        for key in rules.keys() | clauses.keys()
    }


# --- The message rules, as ``features.find_rules`` reads them -----------------------------------

_LABELLED: Final = (
    *(("abuse", "abuse", r) for r in rules.ABUSE_RULES),
    ("profanity", "profanity", rules.PROFANITY),
    *(("threats", label, r) for label, r in rules.THREAT_RULES),
    *(("demands", label, r) for label, r in rules.DEMAND_RULES),
    *(("issues", label, r) for label, r in rules.ISSUE_RULES),
)
MESSAGE_RULES: Final = RuleSet([r for _, _, r in _LABELLED])
GROUPS: Final = ("abuse", "profanity", "threats", "demands", "issues")  # ``RuleHits`` order
_GROUP_OF: Final = tuple(GROUPS.index(g) for g, _, _ in _LABELLED)
_LABEL_OF: Final = tuple(label for _, label, _ in _LABELLED)
_ABUSE: Final = GROUPS.index("abuse")
_NEGATABLE: Final = frozenset({GROUPS.index("threats"), GROUPS.index("demands")})


def find_all(norm: Normalised) -> list[list[rules.Hit]]:
    """Hits per group in ``GROUPS`` order, each merged: what ``rules.find_abuse`` …
    ``find_issues`` return."""
    text = norm.text
    words, starts = norm.words, norm.starts
    if "\u0131" in text:
        text = rules.scan_of(norm).text
        words, starts = tokenise(text)
    hits: list[list[rules.Hit]] = [[] for _ in GROUPS]
    Hit = rules.Hit
    guards = rules.Guards(text)
    for r, matches in MESSAGE_RULES.run(text, words, starts).items():
        group = _GROUP_OF[r]
        label = _LABEL_OF[r]
        out = hits[group]
        if group == _ABUSE:
            for m in matches:
                start, end = rules.trim(text, m.start(), m.end())
                if end > start:
                    out.append(Hit(label, start, end))
        elif group in _NEGATABLE:
            for m in matches:
                start, end = m.span()
                # A hit inside one already kept for the label changes nothing once merged: its
                # guards are not run (the rules of a word class often overlap).
                inside = False
                for h in out:
                    if h.start <= start and end <= h.end and h.label == label:
                        inside = True
                        break
                if inside or guards.drop(label, start, end):
                    continue
                out.append(Hit(label, start, end))
        else:
            out.extend([Hit(label, m.start(), m.end()) for m in matches])
    return [rules.merge(h) if len(h) > 1 else h for h in hits]
