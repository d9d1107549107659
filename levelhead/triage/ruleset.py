"""All of a message's rules in one pass over its tokens.

``Rule.matches`` runs one rule: it checks the rule's clauses against the text's atoms, finds where
the rule's start tokens are and tries the pattern there. Done rule by rule, that is ~45 set checks,
~15 searches for token positions and ~45 calls per message. ``RuleSet`` turns the rules' own
prefilters (``prefilter.clauses_for``, ``prefilter.start_keys``) around: one dictionary lookup per
token (and one per token's first three letters) says which clauses the token satisfies (a bit
mask) and which rules may start at it. The masks' union is what the message satisfies. At each
token that starts rules, the rules whose clauses are all satisfied are then tried in order,
exactly as ``Rule.matches`` would try them, so the matches are the same (``test_ruleset.py``
checks every rule on the corpus). Which of a token's rules pass depends only on which of the
clauses they need the message has, so that choice is kept per token and combination, as a tuple
of (rule, match function) pairs: a message makes no list the size of the rule set and checks no
rule's clauses itself. A rule's match at a token inside its own last match is not kept
(``Rule.matches`` does not try there); that rare try is made anyway and dropped.

Every rule is given every clause ``prefilter`` can prove for it (``prefilter.all_clauses``), not
only the few ``clauses_for`` finds worth a set check: here a clause costs nothing more than its
words in the lookup table. For a rule with no start tokens (it scans the whole text, ~30 times
the cost of a try at a token) that was so from the start; for the rest since round 12 (159 → 132
tries a bench message, ~4 % of the engine's time, the same matches).

Round 14, two more ways to try less, again with the same matches:

- A rule that is an alternation at its top level ("wrong item|not what i ordered|...") is tried
  branch by branch (``prefilter.top_branches``): each branch has its own start tokens, clauses
  and gates, so at a token only the branches that can start there are tried, in their order; the
  first that matches is the rule's match there, exactly as the alternation's (a later branch's
  match at the same token starts inside it and is dropped, as any match inside the last is).
- At a token that is a rule's whole start word, the rule is tried only when the next token is one
  the rule can continue with (``prefilter.next_keys``): "the" starts ~40 rules, each wanting a
  different next word. Such a token's entry keeps, by next token, a ``_Sub`` of the gated units
  that may follow, with its own clauses and kept pairs: the next tokens met after "the" are far
  fewer than the combinations of a message's clauses, so these stay learnt across messages (a
  first version kept, per combination of clauses, the pairs per next token: on texts the caches
  had not seen it missed five times a message and cleared its caches every 1,500 messages, and
  was no faster than round 13's loop). All branches of one rule are gated at a token, or none, so
  they keep their order; the ungated units' pairs and the sub's are other rules, whose order
  changes nothing found.

A bench message went from ~142 tries to ~62 (the tries that remain are those that cost most in
the regular-expression engine), and ``run`` from 110 to ~88 µs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import reduce
from itertools import compress
from operator import itemgetter, or_
from typing import Any, Final, cast

from levelhead.triage import prefilter, rules
from levelhead.triage.normalise import Normalised, tokenise
from levelhead.triage.rules import Rule

_Pair = tuple[int, Callable[[str, int], "re.Match[str] | None"]]
_Kept = tuple[_Pair, ...]
# The units gated on one next token: (the clauses they need as a bit mask, by which of those a
# message satisfies their pairs, the unit ids).
_Sub = tuple[int, dict[int, _Kept], tuple[int, ...]]
# Per token: (every unit that may start here, the clauses it satisfies as a bit mask, the clauses
# its ungated units need as a bit mask, by which of those a message satisfies the ungated units'
# (rule, match function) pairs, the ungated unit ids, the gated units with the atoms their next
# token must give (``prefilter.next_keys``), and by next token the gated units' ``_Sub``). Kept
# pairs and subs are filled as messages come.
_Entry = tuple[
    tuple[int, ...],
    int,
    int,
    dict[int, _Kept],
    tuple[int, ...],
    dict[int, frozenset[str]],
    dict[str, _Sub],
]
_RULES: Final = itemgetter(0)
_CLAUSES: Final = itemgetter(1)
_ENTRY_LIMIT: Final = 100_000
_KEPT_LIMIT: Final = 50_000  # kept tuples in all (~10 MB at most), then all started again


class RuleSet:
    """Rules run together; ``run`` gives the matches of each rule that matches."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        # What is tried at a token: a rule, or one of the branches of a rule that is an
        # alternation at its top level (each with its own start tokens, clauses and next-token
        # gates; tried in order, so the first that matches is the rule's match there).
        units = [(r, part) for r, rule in enumerate(self.rules) for part in _parts(rule)]
        self.owners = tuple(r for r, _ in units)  # each unit's rule
        self._pairs = tuple(
            (r, self.rules[r].pattern.match if whole else re.compile(part).match)
            for r, (whole, part) in units
        )
        patterns = [part for _, (_, part) in units]
        clause_ids: dict[frozenset[str], int] = {}
        word_rules: dict[str, list[int]] = {}
        prefix_rules: dict[str, list[int]] = {}
        word_clauses: dict[str, int] = {}
        prefix_clauses: dict[str, int] = {}
        needs: list[int] = []
        digit_rules: list[int] = []
        scanned: list[int] = []
        for u, pattern in enumerate(patterns):
            need = 0
            for clause in prefilter.every_clause(pattern):
                bit = 1 << clause_ids.setdefault(clause, len(clause_ids))
                need |= bit
                for atom in clause:
                    if atom.startswith(prefilter.PREFIX):
                        prefix_clauses[atom[1:]] = prefix_clauses.get(atom[1:], 0) | bit
                    else:
                        word_clauses[atom] = word_clauses.get(atom, 0) | bit
            needs.append(need)
            starts = prefilter.filters(pattern)[1]
            if starts is None:
                scanned.append(u)
                continue
            for key in sorted(starts):
                if key == prefilter.DIGIT_KEY:
                    digit_rules.append(u)
                elif key.startswith(prefilter.PREFIX):
                    prefix_rules.setdefault(key[1:], []).append(u)
                else:
                    word_rules.setdefault(key, []).append(u)
        self._needs = tuple(needs)
        self._scanned = tuple(
            (units[u][0], needs[u], self.rules[units[u][0]].pattern.finditer) for u in scanned
        )
        self._nothing: _Entry = ((), 0, 0, {}, (), {}, {})
        self._digit = self._make(tuple(digit_rules), 0)
        following = [prefilter.following(pattern) for pattern in patterns]
        self._by_word = {
            word: self._make(
                tuple(word_rules.get(word, ())),
                word_clauses.get(word, 0),
                {
                    u: atoms
                    for u in word_rules.get(word, ())
                    if (atoms := following[u].get(word)) is not None
                },
            )
            for word in word_rules.keys() | word_clauses.keys()
        }
        self._by_prefix = {
            key: self._make(tuple(prefix_rules.get(key, ())), prefix_clauses.get(key, 0))
            for key in prefix_rules.keys() | prefix_clauses.keys()
        }
        # token -> its word entry, its three-letter start's entry and (a token that starts with a
        # digit) the digit rules' entry in one, learnt as tokens are met; bounded, then started
        # again. Tokens with the same parts share the entry made of them (and its kept pairs).
        self._entries: dict[str, _Entry] = {}
        self._merged: dict[tuple[str, str, bool], _Entry] = {}
        self._filled: list[dict[Any, Any]] = []  # the stores holding kept pairs or subs
        self._kept_count = 0

    def _make(
        self,
        ids: tuple[int, ...],
        clauses: int,
        gates: dict[int, frozenset[str]] | None = None,
    ) -> _Entry:
        gates = gates or {}
        if gates:
            # The branches of one rule are tried in their order: all gated here, or none.
            loose = {self.owners[u] for u in ids if u not in gates}
            gates = {u: a for u, a in sorted(gates.items()) if self.owners[u] not in loose}
        plain = tuple(u for u in ids if u not in gates)
        return (ids, clauses, self._need_of(plain), {}, plain, gates, {})

    def _need_of(self, ids: tuple[int, ...]) -> int:
        """The clauses the units ``ids`` need, as one bit mask."""
        needed = 0
        for u in ids:
            needed |= self._needs[u]
        return needed

    def _entry(self, word: str) -> _Entry:
        by_word = self._by_word.get(word)
        by_prefix = self._by_prefix.get(word[:3])
        digit = word[:1].isdecimal() and bool(self._digit[0])  # ``\d``: a decimal digit
        parts = [e for e in (by_word, by_prefix) if e is not None]
        if digit:
            parts.append(self._digit)
        if not parts:
            entry = self._nothing
        elif len(parts) == 1:
            entry = parts[0]
        else:
            key = (
                word if by_word is not None else "",
                word[:3] if by_prefix is not None else "",
                digit,
            )
            found = self._merged.get(key)
            if found is None:
                clauses = 0
                for e in parts:
                    clauses |= e[1]
                ids = tuple(sorted({u for e in parts for u in e[0]}))
                # A unit that may also start here by the token's first letters or digit is
                # tried whatever follows: its gate holds only for the whole word.
                other = {u for e in parts[1:] for u in e[0]}
                gates = by_word[5] if by_word is not None else {}
                gates = {u: atoms for u, atoms in gates.items() if u not in other}
                found = self._merged[key] = self._make(ids, clauses, gates)
            entry = found
        if len(self._entries) >= _ENTRY_LIMIT:
            self._entries = {}
        self._entries[word] = entry
        return entry

    def _keep(self, kept: dict[int, _Kept], ids: tuple[int, ...], satisfied: int) -> _Kept:
        """The (rule, match) pairs of the units ``ids`` whose clauses ``satisfied`` holds (only
        the clauses those units need are set), remembered in ``kept`` for the next message."""
        needs, pair = self._needs, self._pairs
        pairs = tuple(pair[u] for u in ids if needs[u] & satisfied == needs[u])
        self._remember(kept, satisfied, pairs)
        return pairs

    def _sub(self, entry: _Entry, after: str) -> _Sub:
        """The entry's gated units that may be tried before the token ``after`` ("" at the
        text's end), remembered for the next time that token follows."""
        prefix = prefilter.PREFIX + after[: prefilter.PREFIX_LEN]
        digit = after[:1].isdecimal()
        ids = tuple(
            u
            for u, atoms in entry[5].items()
            if after in atoms or prefix in atoms or (digit and prefilter.DIGIT_KEY in atoms)
        )
        sub: _Sub = (self._need_of(ids), {}, ids)
        self._remember(entry[6], after, sub)
        return sub

    def _remember(self, store: dict[Any, Any], key: object, value: object) -> None:
        """Keep ``value`` in ``store`` (an entry's kept pairs or subs, a sub's kept pairs),
        counted against ``_KEPT_LIMIT``: past it, everything kept is forgotten and learnt again."""
        if self._kept_count >= _KEPT_LIMIT:
            for filled in self._filled:
                filled.clear()
            self._filled, self._kept_count = [], 0
        self._kept_count += 1
        if not store:
            self._filled.append(store)
        store[key] = value

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
        # (Built with map, compress and reduce, so the per-token work stays in C; a third of the
        # tokens satisfy no clause, and OR-ing their 0 into a ~1,000-bit mask is left out.)
        satisfied = reduce(or_, filter(None, map(_CLAUSES, entries)), 0)
        found: dict[int, list[re.Match[str]]] = {}
        after = (*words[1:], "") if words else ()  # the token after each token
        for start, entry, nxt in compress(
            zip(starts, entries, after, strict=True), map(_RULES, entries)
        ):
            key = satisfied & entry[2]
            pairs = entry[3].get(key)
            if pairs is None:
                pairs = self._keep(entry[3], entry[4], key)
            if entry[5]:  # units tried only before certain next tokens
                sub = entry[6].get(nxt)
                if sub is None:
                    sub = self._sub(entry, nxt)
                if sub[2]:
                    key = satisfied & sub[0]
                    more = sub[1].get(key)
                    if more is None:
                        more = self._keep(sub[1], sub[2], key)
                    if more:  # other rules than ``pairs``': their order does not matter
                        pairs = pairs + more if pairs else more
            for r, match in pairs:
                m = match(text, start)
                if m is not None:
                    # Tried even inside the rule's last match (rare), but kept only after it.
                    previous = found.get(r)
                    if previous is None:
                        found[r] = [m]
                    elif start >= previous[-1].end():
                        previous.append(m)
        for r, need, scan in self._scanned:
            if need & satisfied == need:
                scanned = list(scan(text))
                if scanned:
                    found[r] = scanned
        return found


def _parts(rule: Rule) -> list[tuple[bool, str]]:
    """(whole, pattern): the rule's pattern, or its top-level branches when each has start
    tokens (a rule that scans the text stays whole)."""
    pattern = rule.pattern.pattern
    if rule.starts is None:
        return [(True, pattern)]
    branches = prefilter.top_branches(pattern)
    if len(branches) < 2 or any(prefilter.filters(b)[1] is None for b in branches):
        return [(True, pattern)]
    return [(False, b) for b in branches]


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
    guards = None  # made for the first negatable hit
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
                if inside:
                    continue
                if guards is None:
                    guards = rules.Guards(text)
                if guards.drop(label, start, end):
                    continue
                out.append(Hit(label, start, end))
        else:
            out.extend([Hit(label, m.start(), m.end()) for m in matches])
    return [rules.merge(h) if len(h) > 1 else h for h in hits]
