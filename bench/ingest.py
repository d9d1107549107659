"""Inbound ingest, end to end: raw MIME posted to the signed endpoint of a running server, stored,
then parsed, threaded, linked, triaged and filed into cases by the background worker.

    .venv/bin/python bench/ingest.py                  # SQLite, 1,000 messages
    .venv/bin/python bench/ingest.py --postgres       # PostgreSQL (database levelhead_bench_ingest)
    .venv/bin/python bench/ingest.py --messages 3000

Prints the accept rate (HTTP 202s per second: the raw input is stored) and the end-to-end rate
(from the first POST to the last message filed in a case), with the ratio between them, and the
same pipeline run in-process without HTTP or a worker as a baseline measured in the same run.
Target (DESIGN.md): end to end ≥ 200 messages/s on this 2-core machine.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
BENCH_DB = "levelhead_bench_ingest"
HOME = Path(tempfile.gettempdir()) / "levelhead-bench-ingest"
PORT = 8341
SECRET = "bench-inbound-secret"

OPENERS = [
    "Hi, where is my order {n}? It was due last week.",
    "My parcel {n} arrived damaged, the mug is cracked. I want a replacement.",
    "THIS IS RIDICULOUS. Order {n} never came and nobody answers. Refund me or I go to my bank.",
    "Hello, could you tell me if order {n} can be gift wrapped? Thanks!",
    "wrong item in order {n}, i ordered blue socks and got green ones. pls fix",
    "Thank you so much, order {n} arrived and it's lovely.",
]


def setup_database(postgres: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["LEVELHEAD_HOME"] = str(HOME)
    if postgres:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {BENCH_DB}")
        env["DATABASE_URL"] = PG_URL.rsplit("/", 1)[0] + f"/{BENCH_DB}"
    else:
        env["LEVELHEAD_SQLITE_PATH"] = str(HOME / "ingest.sqlite3")
    return env


def prepare(env: dict[str, str], orders: int) -> None:
    """Migrate, then a shop with orders and an inbound secret, made through the services."""
    script = f"""
from datetime import timedelta
from decimal import Decimal
from levelhead.accounts.models import WebhookSecret
from levelhead.accounts.services import create_shop
from levelhead.core import clock
from levelhead.orders.services import OrderData, create_order
shop = create_shop(name="Bench Shop", slug="bench", sender_email="help@bench.test")
WebhookSecret.objects.create(shop=shop, source="email", secret="{SECRET}")
for i in range({orders}):
    create_order(shop, OrderData(number=f"B{{10000 + i}}", customer_name=f"Customer {{i}}",
        customer_email=f"c{{i}}@example.test", currency="GBP", total=Decimal("20"),
        placed_at=clock.now() - timedelta(days=3)))
"""
    levelhead = str(ROOT / ".venv/bin/levelhead")
    subprocess.run([levelhead, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT)
    subprocess.run([levelhead, "shell", "-c", script], env=env, check=True, cwd=ROOT)


def messages(count: int, customers: int) -> list[bytes]:
    from email.message import EmailMessage
    from email.utils import make_msgid

    rng = random.Random(5)
    out = []
    for i in range(count):
        c = rng.randrange(customers)
        msg = EmailMessage()
        msg["From"] = f"Customer {c} <c{c}@example.test>"
        msg["To"] = "help@bench.test"
        msg["Subject"] = f"Order B{10000 + c}" if i % 3 else f"Question {i}"
        msg["Message-ID"] = make_msgid(domain="bench.example")
        msg.set_content(rng.choice(OPENERS).format(n=f"B{10000 + c}") + "\n\nThanks\n" * (i % 2))
        out.append(msg.as_bytes())
    return out


def post_all(bodies: list[bytes], clients: int) -> tuple[float, int]:
    import hashlib
    import hmac

    queue = list(enumerate(bodies))
    lock = threading.Lock()
    failures = [0]

    def work() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while True:
            with lock:
                if not queue:
                    break
                i, body = queue.pop()
            sig = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
            conn.request(
                "POST",
                "/inbound/email/bench/",
                body=body,
                headers={
                    "Content-Type": "message/rfc822",
                    "X-Levelhead-Signature": sig,
                    "X-Levelhead-Delivery": f"bench-{i}",
                },
            )
            response = conn.getresponse()
            response.read()
            if response.status != 202:
                with lock:
                    failures[0] += 1

    start = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, failures[0]


def count_processed(env: dict[str, str]) -> int:
    out = subprocess.run(
        [
            str(ROOT / ".venv/bin/levelhead"),
            "shell",
            "-c",
            "from levelhead.conversations.models import InboundRaw as R;"
            "print(R.objects.exclude(status='received').count())",
        ],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip().splitlines()[-1])


def wait_for(port: int, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/health")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("the server did not start")


def baseline(env: dict[str, str], count: int) -> float:
    """The same pipeline in one process, no HTTP, no worker: what the machine can do at best."""
    script = f"""
import time
from levelhead.accounts.models import Shop
from levelhead.conversations.ingest import process_raw, receive_raw
import bench_ingest_messages as m
shop = Shop.objects.get(slug="bench")
bodies = m.messages({count}, 200)
t = time.perf_counter()
for i, body in enumerate(bodies):
    raw, _ = receive_raw(shop, "email", body, source="baseline", external_key=str(i))
    process_raw(raw.pk)
print(time.perf_counter() - t)
"""
    env = {**env, "PYTHONPATH": str(ROOT / "bench")}
    shutil.copy(__file__, ROOT / "bench" / "bench_ingest_messages.py")
    try:
        out = subprocess.run(
            [str(ROOT / ".venv/bin/levelhead"), "shell", "-c", script],
            env=env,
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    finally:
        (ROOT / "bench" / "bench_ingest_messages.py").unlink(missing_ok=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    shutil.rmtree(HOME, ignore_errors=True)
    HOME.mkdir(parents=True)
    env = setup_database(args.postgres)
    print(f"database: {'PostgreSQL' if args.postgres else 'SQLite'}; preparing…", flush=True)
    prepare(env, orders=200)
    bodies = messages(args.messages, 200)
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/levelhead"), "serve", "--port", str(PORT)],
        env={**env, "LOG_LEVEL": "WARNING"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(PORT)
        start = time.perf_counter()
        accept_seconds, failures = post_all(bodies, args.clients)
        while count_processed(env) < args.messages:
            if time.perf_counter() - start > 600:
                print("gave up waiting for the worker after 600 s")
                break
            time.sleep(0.5)
        total = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=20)
    base = baseline(env, min(args.messages, 500))
    base_rate = min(args.messages, 500) / base
    accept_rate = args.messages / accept_seconds
    e2e = args.messages / total
    print(f"\n{args.messages} messages, {args.clients} clients, {failures} refused")
    print(f"{'measure':<38}{'msg/s':>10}")
    print(f"{'accepted (stored raw, HTTP 202)':<38}{accept_rate:>10.0f}")
    print(f"{'end to end (filed in a case)':<38}{e2e:>10.0f}   target ≥ 200")
    print(f"{'baseline: pipeline in-process':<38}{base_rate:>10.0f}")
    print(f"ratio end-to-end / baseline: {e2e / base_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
