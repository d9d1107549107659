"""Benchmark of the triage engine: throughput, latency, model load, memory, and baselines.

    .venv/bin/python bench/triage.py [--n 3000]

Messages are the corpus test split, joined to about 300 characters each. Everything runs on one
core (BLAS threads are pinned to 1). VADER and alt-profanity-check run on the same messages.
Besides the cold and warm passes over them, a pass over 1,200 messages of the training split
shows the speed on messages the caches have not seen (round 14).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from levelhead.triage import model as model_mod
from levelhead.triage.analyze import analyze_many
from levelhead.triage.corpus.generate import CORPUS_DIR, read_jsonl

BATCH = 300


def messages(n: int, split: str = "test") -> list[str]:
    rows = [r["text"] for r in read_jsonl(CORPUS_DIR / "messages.jsonl") if r["split"] == split]
    out, buf, i = [], "", 0
    while len(out) < n:
        buf = (buf + " " + rows[i % len(rows)]).strip()
        i += 1
        if len(buf) >= 280:
            out.append(buf[:320])
            buf = ""
    return out


def rate(fn, texts: list[str]) -> float:
    started = time.perf_counter()
    for i in range(0, len(texts), BATCH):
        fn(texts[i : i + BATCH])
    return len(texts) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    texts = messages(args.n)
    print(f"{len(texts)} messages, mean {statistics.mean(map(len, texts)):.0f} characters")

    started = time.perf_counter()
    model = model_mod.load()
    print(f"model load: {(time.perf_counter() - started) * 1000:.0f} ms")
    # A new process's whole start: importing the engine (its rules are compiled at import) and
    # loading the model, as the CLI and each worker pay it.
    start_code = (
        "import time; t = time.perf_counter(); import levelhead.triage; "
        "from levelhead.triage import model; model.load(); print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", start_code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    print(
        f"engine start in a new process (import and model load): {float(out.stdout) * 1000:.0f} ms"
    )

    def ours(batch: list[str]) -> object:
        return analyze_many(batch, model=model)

    cold = rate(ours, texts)
    warm = rate(ours, texts)
    print(f"triage batch throughput: {cold:,.0f} msg/s cold cache, {warm:,.0f} msg/s warm")
    # The warm figure reads the same messages again, so every cache (word vectors, the rules'
    # kept pairs) holds them; a worker that has run a while meets new messages made of known
    # words. Messages from the training split, never read in this process, after the above.
    others = messages(1200, split="train")
    unseen = rate(ours, others)
    print(f"triage on {len(others):,} messages the caches have not seen: {unseen:,.0f} msg/s")
    single = []
    for t in texts[:1000]:
        s = time.perf_counter()
        analyze_many([t], model=model)
        single.append((time.perf_counter() - s) * 1000)
    single.sort()
    p50 = single[len(single) // 2]
    p99 = single[int(len(single) * 0.99) - 1]
    print(f"single message latency: p50 {p50:.2f} ms, p99 {p99:.2f} ms")

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    v = rate(lambda b: [vader.polarity_scores(t) for t in b], texts)
    print(f"VADER: {v:,.0f} msg/s  (triage is {warm / v:.1f}x VADER's speed)")
    try:
        from profanity_check import predict_prob

        predict_prob(["warm up"])
        a = rate(predict_prob, texts)
        print(f"alt-profanity-check: {a:,.0f} msg/s  (triage is {warm / a:.1f}x its speed)")
    except ImportError:
        print("alt-profanity-check: not installed")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (whole process, baselines included): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
