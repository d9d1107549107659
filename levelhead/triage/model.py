"""The linear model: a vocabulary, one weight matrix, and the heads that read its columns.

Stored as ``models/triage.json.gz`` (vocabulary and head layout) and ``models/triage-weights.npy``
(float32, loaded with ``allow_pickle=False``): nothing is unpickled, nothing is downloaded.
"""

from __future__ import annotations

import gzip
import itertools
import json
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from levelhead.triage import features
from levelhead.triage.features import RuleHits
from levelhead.triage.normalise import Normalised

MODEL_DIR: Final = Path(__file__).resolve().parent / "models"
META_FILE: Final = "triage.json.gz"
WEIGHTS_FILE: Final = "triage-weights.npy"
FORMAT: Final = 1
_WORD_CACHE_LIMIT: Final = 200_000


@dataclass(frozen=True, slots=True)
class Head:
    """Columns ``[start, end)`` of the weight matrix and how to read them."""

    name: str
    kind: str  # "binary", "multiclass" or "regression"
    start: int
    end: int
    classes: tuple[str, ...] = ()
    threshold: float = 0.5


class Model:
    """Loaded weights plus a per-instance cache of word -> feature rows (the only mutable state)."""

    def __init__(self, meta: dict[str, Any], weights: npt.NDArray[np.float32]) -> None:
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
            )
            for h in meta["heads"]
        }
        self.info: dict[str, Any] = meta.get("info", {})
        n_dense = len(self.dense_names)
        expected = (self.n_sparse + n_dense + 1, max(h.end for h in self.heads.values()))
        if weights.shape != expected:
            raise ValueError(f"weights have shape {weights.shape}, expected {expected}")
        self.sparse_w = weights[: self.n_sparse]
        # Outputs x features: gathering a text's feature columns from this layout and summing
        # along the contiguous axis is several times faster than rows of ``sparse_w``.
        self.sparse_wt = np.ascontiguousarray(self.sparse_w.T)
        self.dense_w = weights[self.n_sparse : self.n_sparse + n_dense]
        self.bias = weights[-1]
        self._word_cache: dict[str, tuple[int, ...]] = {}
        self._word_arrays: dict[str, array[int]] = {}
        self._lock = threading.Lock()

    def _word_rows(self, word: str) -> tuple[int, ...]:
        rows = self._word_cache.get(word)
        if rows is None:
            vocab = self.vocab
            rows = tuple(vocab[k] for k in features.word_keys(word) if k in vocab)
            with self._lock:
                if len(self._word_cache) >= _WORD_CACHE_LIMIT:
                    self._word_cache.clear()
                self._word_cache[word] = rows
        return rows

    def _text_rows(self, folded: str, out: array[int] | None = None) -> array[int]:
        """Vocabulary rows of a folded text, possibly repeated (words share n-grams), appended
        to ``out`` (a C array of int64, cheap to hand to numpy)."""
        ws = features.words(folded)
        cache = self._word_arrays
        if out is None:
            out = array("q")
        for w in set(ws):
            rows = cache.get(w)
            if rows is None:
                rows = array("q", self._word_rows(w))
                with self._lock:
                    if len(cache) >= _WORD_CACHE_LIMIT:
                        cache.clear()
                    cache[w] = rows
            out.extend(rows)
        if len(ws) > 1:
            get = self.vocab.get
            for i in map(get, [f"b:{a} {b}" for a, b in itertools.pairwise(ws)]):
                if i is not None:
                    out.append(i)
        return out

    def rows(self, folded: str) -> list[int]:
        """Distinct vocabulary rows present in a folded text."""
        return sorted(set(self._text_rows(folded)))  # type: ignore[arg-type]

    def scores(self, items: list[tuple[Normalised, RuleHits]]) -> npt.NDArray[np.float32]:
        """Raw linear scores, one row per item, one column per output.

        The distinct rows of every text are found for the whole batch at once: (text, row) pairs
        are made unique and sorted with numpy, summed per text in row order, L2-scaled.
        """
        n_out = self.bias.shape[0]
        if not items:
            return np.zeros((0, n_out), dtype=np.float32)
        n = len(items)
        lengths = np.empty(n, dtype=np.int64)
        flat: array[int] = array("q")
        before = 0
        for k, (norm, _hits) in enumerate(items):
            self._text_rows(norm.text, flat)
            lengths[k] = len(flat) - before
            before = len(flat)
        size = max(self.n_sparse, 1)
        keys = np.repeat(np.arange(n, dtype=np.int64) * size, lengths)
        keys += np.frombuffer(flat, dtype=np.int64)
        keys.sort()
        if keys.size > 1:
            keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
        text_of = keys // size
        counts = np.bincount(text_of, minlength=n)
        sums = np.zeros((n, n_out), dtype=np.float32)
        if keys.size:
            gathered = np.take(self.sparse_wt, keys - text_of * size, axis=1)
            present = np.flatnonzero(counts)
            starts = np.concatenate(([0], np.cumsum(counts[present])[:-1]))
            sums[present] = np.add.reduceat(gathered, starts, axis=1).T
        with np.errstate(divide="ignore"):
            scale = np.where(counts > 0, 1.0 / np.sqrt(np.maximum(counts, 1)), 0.0)
        sums *= scale.astype(np.float32)[:, None]
        dense = [features.dense_features(norm, hits) for norm, hits in items]
        out: npt.NDArray[np.float32] = (
            sums + np.asarray(dense, dtype=np.float32) @ self.dense_w + self.bias
        )
        return out

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
    """Load a model from ``directory``; raises FileNotFoundError if it has not been trained."""
    with gzip.open(directory / META_FILE, "rt", encoding="utf-8") as f:
        meta = json.load(f)
    weights = np.load(directory / WEIGHTS_FILE, allow_pickle=False)
    return Model(meta, weights.astype(np.float32, copy=False))


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
