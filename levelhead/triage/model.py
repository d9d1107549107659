"""The linear model: a vocabulary, one weight matrix, and the heads that read its columns.

Stored as ``models/triage.json.gz`` (vocabulary and head layout) and ``models/triage-weights.npy``
(float32, loaded with ``allow_pickle=False``): nothing is unpickled, nothing is downloaded.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from levelhead.triage import features, vectors
from levelhead.triage.features import RuleHits
from levelhead.triage.normalise import Normalised

MODEL_DIR: Final = Path(__file__).resolve().parent / "models"
META_FILE: Final = "triage.json.gz"
WEIGHTS_FILE: Final = "triage-weights.npy"
FORMAT: Final = 2  # 2: key counts over distinct words (``features.text_keys``)
# (and, when the meta names a word-vector table, the mean vector of the text's distinct words)
_WORD_CACHE_LIMIT: Final = 200_000
_BIGRAM: Final = "b:"


@dataclass(frozen=True, slots=True)
class Head:
    """Columns ``[start, end)`` of the weight matrix and how to read them."""

    name: str
    kind: str  # "binary", "multiclass" or "regression"
    start: int
    end: int
    classes: tuple[str, ...] = ()
    threshold: float = 0.5
    alone: float = 0.9  # p at which the head flags a text no rule found (``train.alone_threshold``)


class Model:
    """Loaded weights plus a per-instance cache of word -> feature rows (the only mutable state)."""

    def __init__(
        self,
        meta: dict[str, Any],
        weights: npt.NDArray[np.float32],
        table: vectors.WordVectors | None = None,
    ) -> None:
        if meta.get("format") != FORMAT:
            raise ValueError(f"unsupported triage model format {meta.get('format')!r}")
        self.vocab: dict[str, int] = {k: i for i, k in enumerate(meta["vocab"])}
        self.n_sparse = len(self.vocab)
        self.dense_names: tuple[str, ...] = tuple(meta["dense"])
        if self.dense_names != features.DENSE:
            raise ValueError("model was trained with other dense features; retrain it")
        self.heads: dict[str, Head] = {
            h["name"]: Head(
                name=h["name"],
                kind=h["kind"],
                start=h["start"],
                end=h["end"],
                classes=tuple(h.get("classes", ())),
                threshold=float(h.get("threshold", 0.5)),
                alone=float(h.get("alone", 0.9)),
            )
            for h in meta["heads"]
        }
        self.info: dict[str, Any] = meta.get("info", {})
        n_dense = len(self.dense_names)
        n_emb = int(meta["vectors"]["dims"]) if meta.get("vectors") else 0
        if n_emb and (table is None or table.dims != n_emb):
            raise ValueError("model was trained with a word-vector table that is not given")
        self.table = table if n_emb else None
        expected = (self.n_sparse + n_dense + n_emb + 1, max(h.end for h in self.heads.values()))
        if weights.shape != expected:
            raise ValueError(f"weights have shape {weights.shape}, expected {expected}")
        self.sparse_w = weights[: self.n_sparse]
        self.dense_w = weights[self.n_sparse : self.n_sparse + n_dense]
        self.emb_w = weights[self.n_sparse + n_dense : self.n_sparse + n_dense + n_emb]
        self.bias = weights[-1]
        self._pairs = _PairTable(meta["vocab"])
        self._words = _WordVectors(self)

    def word_rows(self, word: str) -> list[int]:
        """Vocabulary rows of one word's keys (a row twice when its n-gram occurs twice)."""
        vocab = self.vocab
        return [vocab[k] for k in features.word_keys(word) if k in vocab]

    def scores(self, items: list[tuple[Normalised, RuleHits]]) -> npt.NDArray[np.float32]:
        """Raw linear scores, one row per item, one column per output.

        A text's sparse part is the sum of the cached vectors of its distinct words (each the sum
        of its keys' weight rows) plus the rows of its distinct known bigrams, found for the whole
        batch at once with numpy, scaled by 1 / sqrt(the number of keys counted). Sums run in
        float64 in an order fixed by the text alone, so a text scores the same in any batch.
        """
        n_out = self.bias.shape[0]
        n = len(items)
        if not n:
            return np.zeros((0, n_out), dtype=np.float32)
        uniq = [set(norm.words) for norm, _ in items]
        sums, counts, e_sums, e_counts = self._words.sum_per_text(uniq)
        b_sums, b_counts = self._pairs.sum_per_text(
            [norm.words for norm, _ in items], self.sparse_w
        )
        sums += b_sums
        counts += b_counts
        with np.errstate(divide="ignore"):
            scale = np.where(counts > 0, 1.0 / np.sqrt(np.maximum(counts, 1)), 0.0)
        sums *= scale[:, None]
        if self.table is not None:  # the mean word vector's part: its words' cached projections
            sums += e_sums / np.maximum(e_counts, 1.0)[:, None]
        dense = np.asarray(
            [features.dense_features(norm, hits) for norm, hits in items], dtype=np.float64
        )
        sums += dense @ self.dense_w.astype(np.float64)
        sums += self.bias
        out: npt.NDArray[np.float32] = sums.astype(np.float32)
        return out

    def sentence_heads(self) -> tuple[str, ...]:
        """The heads trained on single sentences with no rule signal ("sent:<head>")."""
        return tuple(h for h in self.heads if h.startswith("sent:"))

    def sentence_max(
        self,
        norms: list[Normalised],
        heads: tuple[str, ...],
        scores: npt.NDArray[np.float32] | None = None,
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64], list[list[tuple[int, int]]]]:
        """Per text and head (binary ``sent:`` heads): the highest probability over the text's
        sentences, which sentence it was, and each text's sentence token ranges.

        A sentence is scored like a text (its distinct words' cached vectors, its bigrams, the
        mean word vector) without the dense signals; the ``sent:`` heads were trained so, and
        their dense rows are zero, so a one-sentence text's score is its ``scores`` row when
        given.
        """
        ranges = [features.sentences(n) for n in norms]
        cols = np.asarray([self.heads[h].start for h in heads], dtype=np.int64)
        best = np.zeros((len(norms), len(heads)), dtype=np.float64)
        where = np.zeros((len(norms), len(heads)), dtype=np.int64)
        many = [i for i, rs in enumerate(ranges) if len(rs) > 1 or scores is None]
        if scores is not None:
            one = [i for i, rs in enumerate(ranges) if len(rs) == 1]
            if one:
                z1 = scores[np.asarray(one)][:, cols].astype(np.float64)
                best[one] = 1.0 / (1.0 + np.exp(-z1))
        pieces = [norms[i].words[a:b] for i in many for a, b in ranges[i]]
        if not pieces:
            return best, where, ranges
        sums, counts, e_sums, e_counts = self._words.sum_per_text([set(p) for p in pieces], cols)
        b_sums, b_counts = self._pairs.sum_per_text(pieces, self.sparse_w, cols)
        sums += b_sums
        counts += b_counts
        with np.errstate(divide="ignore"):
            scale = np.where(counts > 0, 1.0 / np.sqrt(np.maximum(counts, 1)), 0.0)
        sums *= scale[:, None]
        if self.table is not None:
            sums += e_sums / np.maximum(e_counts, 1.0)[:, None]
        z = sums + self.bias[cols].astype(np.float64)
        p = 1.0 / (1.0 + np.exp(-z))
        # Each text's best sentence per head, for all texts at once: the maximum of its block of
        # rows, and the first row that reaches it (what ``argmax`` gives).
        sizes = np.fromiter((len(ranges[i]) for i in many), dtype=np.int64, count=len(many))
        filled = np.flatnonzero(sizes)
        offsets = (np.cumsum(sizes) - sizes)[filled]
        top = np.maximum.reduceat(p, offsets, axis=0)
        rows = np.arange(len(p), dtype=np.int64)[:, None]
        at_top = p == np.repeat(top, sizes[filled], axis=0)
        first = np.minimum.reduceat(np.where(at_top, rows, len(p)), offsets, axis=0)
        texts = np.asarray(many, dtype=np.int64)[filled]
        best[texts] = top
        where[texts] = first - offsets[:, None]
        return best, where, ranges

    def read(self, scores: npt.NDArray[np.float32], name: str) -> npt.NDArray[np.float64]:
        """Probabilities (binary, multiclass) or values (regression) of one head."""
        head = self.heads[name]
        s = scores[:, head.start : head.end].astype(np.float64)
        if head.kind == "binary":
            return 1.0 / (1.0 + np.exp(-s[:, 0]))
        if head.kind == "multiclass":
            s = s - s.max(axis=1, keepdims=True)
            e = np.exp(s)
            return e / e.sum(axis=1, keepdims=True)
        return s[:, 0]


def load(directory: Path = MODEL_DIR) -> Model:
    """Load a model from ``directory``; raises FileNotFoundError if it has not been trained.

    A model trained with word vectors names their table; it is read from ``directory`` or,
    when not there, from the package's models directory, and must have the recorded checksum.
    """
    with gzip.open(directory / META_FILE, "rt", encoding="utf-8") as f:
        meta = json.load(f)
    weights = np.load(directory / WEIGHTS_FILE, allow_pickle=False)
    table = None
    if meta.get("vectors"):
        info = meta["vectors"]
        path = directory / info["file"]
        if not path.is_file():
            path = MODEL_DIR / info["file"]
        raw = path.read_bytes()
        if hashlib.sha256(raw).hexdigest() != info["sha256"]:
            raise ValueError(f"{path} is not the word-vector table the model was trained with")
        table = vectors.load(path)
    return Model(meta, weights.astype(np.float32, copy=False), table)


_cache: dict[Path, Model | None] = {}
_cache_lock = threading.Lock()


def get(directory: Path = MODEL_DIR) -> Model | None:
    """The shipped model, loaded once; None when no model has been trained yet."""
    if directory in _cache:
        return _cache[directory]
    with _cache_lock:
        if directory not in _cache:
            try:
                _cache[directory] = load(directory)
            except FileNotFoundError:
                _cache[directory] = None
        return _cache[directory]


def clear_cache() -> None:
    """Forget loaded models (after training a new one in the same process)."""
    with _cache_lock:
        _cache.clear()


class _WordVectors:
    """word -> the sum of its keys' weight rows (float64) and how many keys it has, cached.

    Vectors live in one growing matrix; a word's slot never changes until the cache is cleared
    (at ``_WORD_CACHE_LIMIT`` words), which starts a fresh matrix rather than reusing the old one.
    """

    def __init__(self, model: Model) -> None:
        self._model = model
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        # Columns [0, n_out): the sum of the word's keys' rows; [n_out, 2 n_out): its word
        # vector times the model's rows for the mean vector (zeros without a table).
        n_out = self._model.bias.shape[0]
        self._slot: dict[str, int] = {}
        self._vec = np.zeros((1024, 2 * n_out), dtype=np.float64)
        self._n = np.zeros((1024, 2), dtype=np.int64)  # keys counted, has a word vector

    def _add(self, new: list[str]) -> None:
        """Compute and store the vectors of words not yet cached (caller holds the lock)."""
        if len(self._slot) + len(new) > _WORD_CACHE_LIMIT:
            self._reset()
        rows: array[int] = array("q")
        lengths = np.empty(len(new), dtype=np.int64)
        for k, w in enumerate(new):
            r = self._model.word_rows(w)
            rows.extend(r)
            lengths[k] = len(r)
        first = len(self._slot)
        need = first + len(new)
        if need > self._n.shape[0]:
            cap = max(need, 2 * self._n.shape[0])
            vec = np.zeros((cap, self._vec.shape[1]), dtype=np.float64)
            vec[:first] = self._vec[:first]
            n = np.zeros((cap, 2), dtype=np.int64)
            n[:first] = self._n[:first]
            self._vec, self._n = vec, n
        n_out = self._model.bias.shape[0]
        flat = np.frombuffer(rows, dtype=np.int64)
        present = np.flatnonzero(lengths)
        if flat.size:
            gathered = self._model.sparse_w[flat].astype(np.float64)
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[present]
            self._vec[first + present, :n_out] = np.add.reduceat(gathered, starts, axis=0)
        self._n[first : first + len(new), 0] = lengths
        table = self._model.table
        if table is not None:
            t_rows: array[int] = array("q")
            t_len = np.empty(len(new), dtype=np.int64)
            for k, w in enumerate(new):
                r = table.rows(w)
                t_rows.extend(r)
                t_len[k] = len(r)
            t_flat = np.frombuffer(t_rows, dtype=np.int64)
            has = np.flatnonzero(t_len)
            if t_flat.size:
                starts = np.concatenate(([0], np.cumsum(t_len)[:-1]))[has]
                means = np.add.reduceat(table.table[t_flat].astype(np.float64), starts, axis=0)
                means *= table.scale / t_len[has][:, None]
                self._vec[first + has, n_out:] = means @ self._model.emb_w.astype(np.float64)
                self._n[first + has, 1] = 1
        for k, w in enumerate(new):
            self._slot[w] = first + k

    def sum_per_text(
        self, uniq: list[set[str]], cols: npt.NDArray[np.int64] | None = None
    ) -> tuple[
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
        npt.NDArray[np.float64],
    ]:
        """Per text: the sum of its words' key vectors, their number of keys, the sum of their
        word vectors' projections and how many of its words have a word vector (only the
        outputs ``cols`` when given)."""
        n_out = self._model.bias.shape[0]
        with self._lock:
            if cols is None:  # (a sentence pass follows its texts' pass: its words are cached)
                new = set().union(*uniq).difference(self._slot)
                if new:
                    self._add(sorted(new))
            try:
                get = self._slot.__getitem__
                slots = np.fromiter(map(get, itertools.chain.from_iterable(uniq)), np.int64)
            except KeyError:  # not so (called alone, or the cache was reset in between)
                self._add(sorted(set().union(*uniq).difference(self._slot)))
                get = self._slot.__getitem__
                slots = np.fromiter(map(get, itertools.chain.from_iterable(uniq)), np.int64)
            vec, nkeys = self._vec, self._n
        width = n_out if cols is None else len(cols)
        lengths = np.fromiter(map(len, uniq), dtype=np.int64, count=len(uniq))
        both = np.zeros((len(uniq), 2 * width), dtype=np.float64)
        counts = np.zeros((len(uniq), 2), dtype=np.float64)
        present = np.flatnonzero(lengths)
        if slots.size:
            starts = np.concatenate(([0], np.cumsum(lengths[present])[:-1]))
            rows = vec[slots] if cols is None else vec[slots[:, None], np.r_[cols, cols + n_out]]
            both[present] = np.add.reduceat(rows, starts, axis=0)
            counts[present] = np.add.reduceat(nkeys[slots], starts, axis=0)
        return both[:, :width], counts[:, 0], both[:, width:], counts[:, 1]


class _PairTable:
    """The vocabulary's bigrams as sorted integer codes (first word id x words + second word id),
    so the known bigrams of a whole batch are found with one ``searchsorted``."""

    def __init__(self, vocab: list[str]) -> None:
        ids: dict[str, int] = {}
        firsts, seconds, rows = [], [], []
        for row, key in enumerate(vocab):
            if key.startswith(_BIGRAM):
                a, _, b = key[len(_BIGRAM) :].partition(" ")
                firsts.append(ids.setdefault(a, len(ids)))
                seconds.append(ids.setdefault(b, len(ids)))
                rows.append(row)
        self.ids = ids
        self.width = max(len(ids), 1)
        codes = np.asarray(firsts, dtype=np.int64) * self.width + np.asarray(
            seconds, dtype=np.int64
        )
        order = np.argsort(codes, kind="stable")
        self.codes = codes[order]
        self.rows = np.asarray(rows, dtype=np.int64)[order]

    def sum_per_text(
        self,
        texts: list[tuple[str, ...]],
        weights: npt.NDArray[np.float32],
        cols: npt.NDArray[np.int64] | None = None,
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Per text: the sum of the weight rows of its distinct known bigrams, and their number."""
        n = len(texts)
        sums = np.zeros((n, weights.shape[1] if cols is None else len(cols)), dtype=np.float64)
        counts = np.zeros(n, dtype=np.float64)
        if not self.codes.size:
            return sums, counts
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
        total = int(lengths.sum())
        if total < 2:
            return sums, counts
        get = self.ids.get
        ids = np.fromiter(
            map(get, itertools.chain.from_iterable(texts), itertools.repeat(-1)),
            dtype=np.int64,
            count=total,
        )
        text_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
        ok = (ids[:-1] >= 0) & (ids[1:] >= 0) & (text_of[:-1] == text_of[1:])
        codes = ids[:-1][ok] * self.width + ids[1:][ok]
        where = np.searchsorted(self.codes, codes)
        where[where == self.codes.size] = 0
        found = self.codes[where] == codes
        if not found.any():
            return sums, counts
        keys = text_of[:-1][ok][found] * len(self.rows) + where[found]
        keys.sort()  # (numpy 2's np.unique hashes, slower here than a sort)
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # distinct per text
        owner = keys // len(self.rows)
        rows = self.rows[keys - owner * len(self.rows)]
        per_text = np.bincount(owner, minlength=n)
        present = np.flatnonzero(per_text)
        starts = np.concatenate(([0], np.cumsum(per_text[present])[:-1]))
        picked = weights[rows] if cols is None else weights[rows[:, None], cols]
        sums[present] = np.add.reduceat(picked.astype(np.float64), starts, axis=0)
        counts[:] = per_text
        return sums, counts
