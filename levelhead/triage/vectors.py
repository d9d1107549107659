"""Word meanings at run time: the distilled MiniLM word vectors (``distil.py``) and a text's mean.

The table (``models/minilm-vectors.npz``, int8 with one scale per dimension, loaded with
``allow_pickle=False``) holds every WordPiece token of the encoder and the words of
``minilm-words.txt`` that split into several pieces. Any other word gets the mean of its pieces'
vectors (greedy longest-match WordPiece, as BERT splits it); a word with no piece (emoji, some
scripts) has no vector. Nothing is downloaded; no torch.
"""

from __future__ import annotations

import threading
import unicodedata
import zipfile
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

MODEL_DIR: Final = Path(__file__).resolve().parent / "models"

VECTORS_FILE: Final = "minilm-vectors.npz"
_MAX_WORD: Final = 100


class WordVectors:
    """word -> its distilled vector (float64), or None."""

    def __init__(
        self, keys: list[str], vectors: npt.NDArray[np.int8], scale: npt.NDArray[np.float64]
    ) -> None:
        self.index: dict[str, int] = {k: i for i, k in enumerate(keys)}
        self.table = vectors
        self.scale = scale
        self.dims = int(vectors.shape[1])

    def rows(self, word: str) -> list[int]:
        """Table rows whose mean is the word's vector: the word itself, else its WordPiece
        pieces; [] when a piece cannot be matched."""
        row = self.index.get(word)
        if row is not None:
            return [row]
        if len(word) > _MAX_WORD:
            return []
        if not word.isascii():
            word = unicodedata.normalize("NFD", word)
            word = "".join(c for c in word if unicodedata.category(c) != "Mn")
            row = self.index.get(word)
            if row is not None:
                return [row]
        index = self.index
        out: list[int] = []
        start, n = 0, len(word)
        while start < n:
            end = n
            found = None
            while start < end:
                found = index.get(word[start:end] if start == 0 else "##" + word[start:end])
                if found is not None:
                    break
                end -= 1
            if found is None:
                return []
            out.append(found)
            start = end
        return out

    def vector(self, word: str) -> npt.NDArray[np.float64] | None:
        rows = self.rows(word)
        if not rows:
            return None
        v: npt.NDArray[np.float64] = self.table[rows].astype(np.float64).mean(axis=0)
        return v * self.scale

    def text_mean(self, words: list[str] | tuple[str, ...] | set[str]) -> npt.NDArray[np.float64]:
        """Mean vector of a text's distinct words that have one (zeros when none has)."""
        vecs = [v for w in sorted(set(words)) if (v := self.vector(w)) is not None]
        if not vecs:
            return np.zeros(self.dims)
        out: npt.NDArray[np.float64] = np.sum(vecs, axis=0) / len(vecs)
        return out


def load(path: Path = MODEL_DIR / VECTORS_FILE) -> WordVectors:
    with zipfile.ZipFile(path) as z:
        with z.open("keys.npy") as f:
            keys = np.load(f, allow_pickle=False).item().decode("utf-8").split("\n")
        with z.open("vectors.npy") as f:
            vectors = np.load(f, allow_pickle=False)
        with z.open("scale.npy") as f:
            scale = np.load(f, allow_pickle=False).astype(np.float64)
    return WordVectors(keys, vectors, scale)


_cache: dict[Path, WordVectors | None] = {}
_lock = threading.Lock()


def get(path: Path = MODEL_DIR / VECTORS_FILE) -> WordVectors | None:
    """The shipped table, loaded once; None when it is missing."""
    with _lock:
        if path not in _cache:
            try:
                _cache[path] = load(path)
            except FileNotFoundError:
                _cache[path] = None
        return _cache[path]
