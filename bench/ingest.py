"""Inbound ingest, end to end: raw MIME posted to the signed endpoint of a running server (and
read from a real IMAP server), stored, then parsed, threaded, linked, triaged and filed into cases
by the background worker.

    .venv/bin/python bench/ingest.py                  # SQLite, 1,000 messages
    .venv/bin/python bench/ingest.py --postgres       # PostgreSQL (database levelhead_bench_ingest)
    .venv/bin/python bench/ingest.py --messages 3000 --serve uvicorn

Prints, for the endpoint, the accept rate (HTTP 202s per second: the raw input is stored) and the
end-to-end rate (from the first POST to the last message filed in a case); for IMAP (a private
dovecot, as in the tests; skipped with a note when dovecot is not installed) the rate of
`levelhead poll_mail --once` fetching, storing and filing a full folder; and as the baseline, in
the same run, the pipeline in-process (stored, then filed) without HTTP, IMAP or a worker.
The server is `levelhead serve --wsgi --workers 2` (gunicorn, as the README deploys the HTTP
side at scale) with its one background worker, or `--serve uvicorn` (one ASGI process).
Target (DESIGN.md): end to end ≥ 200 messages/s on this 2-core machine.
"""

from __future__ import annotations

import argparse
import contextlib
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
BENCH_DB = "levelhead_bench_ingest"
HOME = Path(tempfile.gettempdir()) / "levelhead-bench-ingest"
PORT = 8341
SECRET = "bench-inbound-secret"
WARM_UP = 40  # messages posted and filed before the measurement starts

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
from levelhead.accounts.models import User, WebhookSecret
from levelhead.accounts.services import create_shop
from levelhead.core import clock
from levelhead.orders.services import OrderData, create_order
owner = User.objects.create_user("bench-owner", password="levelhead-bench")
shop = create_shop(name="Bench Shop", slug="bench", owner=owner, sender_email="help@bench.test")
WebhookSecret.objects.create(shop=shop, source="email", secret="{SECRET}")
for i in range({orders}):
    create_order(shop, OrderData(number=f"B{{10000 + i}}", customer_name=f"Customer {{i}}",
        customer_email=f"c{{i}}@example.test", currency="GBP", total=Decimal("20"),
        placed_at=clock.now() - timedelta(days=3)))
"""
    levelhead = str(ROOT / ".venv/bin/levelhead")
    subprocess.run([levelhead, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT)
    subprocess.run([levelhead, "shell", "-c", script], env=env, check=True, cwd=ROOT)


def messages(count: int, customers: int, seed: int = 5) -> list[bytes]:
    from email.message import EmailMessage
    from email.utils import make_msgid

    rng = random.Random(seed)
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


def post_all(
    bodies: list[bytes], clients: int, prefix: str = "bench"
) -> tuple[float, int, list[float]]:
    """Post every body, signed, from ``clients`` threads on kept-alive connections (delivery
    ids ``<prefix>-<n>``). Returns the seconds taken, the count refused and each POST's time."""
    import hashlib
    import hmac

    queue = list(enumerate(bodies))
    lock = threading.Lock()
    failures = [0]
    latencies: list[float] = []

    def work() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while True:
            with lock:
                if not queue:
                    break
                i, body = queue.pop()
            sig = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
            sent = time.perf_counter()
            conn.request(
                "POST",
                "/inbound/email/bench/",
                body=body,
                headers={
                    "Content-Type": "message/rfc822",
                    "X-Levelhead-Signature": sig,
                    "X-Levelhead-Delivery": f"{prefix}-{i}",
                },
            )
            response = conn.getresponse()
            response.read()
            latencies.append(time.perf_counter() - sent)
            if response.status != 202:
                with lock:
                    failures[0] += 1

    start = time.perf_counter()
    threads = [threading.Thread(target=work) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, failures[0], latencies


def query(env: dict[str, str], sql: str, params: tuple = ()) -> tuple:  # type: ignore[type-arg]
    """One row from the bench database, read directly (a `levelhead shell` per look would
    spend a core starting Django while the server and the worker are being measured)."""
    if "DATABASE_URL" in env:
        import psycopg

        with psycopg.connect(env["DATABASE_URL"]) as conn:
            return conn.execute(sql, params or None).fetchone()  # type: ignore[return-value]
    import sqlite3

    with sqlite3.connect(env["LEVELHEAD_SQLITE_PATH"], timeout=30) as conn:
        return conn.execute(sql.replace("%s", "?"), params).fetchone()  # type: ignore[no-any-return]


def wait_processed(env: dict[str, str], source: str, count: int, timeout: float) -> bool:
    """Wait until ``count`` inputs of ``source`` are processed, looking every 50 ms on one
    connection (a new connection per look would cost PostgreSQL a backend start each time)."""
    sql = "SELECT count(*) FROM conversations_inboundraw WHERE source = %s AND status <> 'received'"
    deadline = time.perf_counter() + timeout
    if "DATABASE_URL" in env:
        import psycopg

        conn: Any = psycopg.connect(env["DATABASE_URL"], autocommit=True)
    else:
        import sqlite3

        conn = sqlite3.connect(env["LEVELHEAD_SQLITE_PATH"], timeout=30)
        sql = sql.replace("%s", "?")
    with contextlib.closing(conn):
        while conn.execute(sql, (source,)).fetchone()[0] < count:
            if time.perf_counter() > deadline:
                return False
            time.sleep(0.05)
    return True


TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_table() -> dict[int, tuple[int, str, float]]:
    """pid → (parent pid, command line, CPU seconds used so far) for every process we can read."""
    table = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        table[int(entry.name)] = (
            int(fields[1]),
            cmdline,
            (int(fields[11]) + int(fields[12])) / TICK,
        )
    return table


def cpu_by_part(server_pid: int, db: str) -> dict[str, float]:
    """CPU seconds used so far by each part of the measurement: the web processes, the
    background worker, PostgreSQL's backends for the bench database and its shared
    processes (WAL writer, checkpointer …), and this client. Diff two of these around a run."""
    table = _proc_table()
    parts = dict.fromkeys(("web", "worker", "postgres", "postgres shared", "client"), 0.0)
    tree, todo = set(), [server_pid]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo += [child for child, (ppid, _, _) in table.items() if ppid == pid]
    for pid, (_, cmdline, seconds) in table.items():
        if pid in tree:
            parts["worker" if cmdline.endswith("levelhead worker") else "web"] += seconds
        elif cmdline.startswith("postgres: ") and f" {db} " in cmdline:
            parts["postgres"] += seconds
        elif cmdline.startswith("postgres: ") and not any(
            word in cmdline for word in (" idle", " in transaction", "(")
        ):
            parts["postgres shared"] += seconds
    usage = os.times()
    parts["client"] = usage.user + usage.system
    return parts


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
from levelhead.conversations.ingest import process_pending, receive_raw
from levelhead.triage import analyze
import bench_ingest_messages as m
analyze("warm up")  # the worker has the engine loaded already
shop = Shop.objects.get(slug="bench")
bodies = m.messages({count}, 200)
t = time.perf_counter()
for i, body in enumerate(bodies):
    receive_raw(shop, "email", body, source="baseline", external_key=str(i))
process_pending()
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


def imap_rate(env: dict[str, str], count: int) -> float | None:
    """Messages per second for `levelhead poll_mail --once` reading a folder of ``count``
    messages from a private dovecot and filing them, from the first message stored to the
    last one filed (the database's own timestamps: the command's start-up is not counted);
    None when dovecot is not installed."""
    sys.path.insert(0, str(ROOT))
    from levelhead.core.testing import imap

    if imap.dovecot_path() is None:
        return None
    servers = imap.running_dovecot()
    server = next(servers)
    try:
        server.deliver(*messages(count, 200, seed=9))
        connect = f"""
from levelhead.accounts.models import Membership
from levelhead.conversations.channels.email_in.services import MailboxData, save_mailbox
owner = Membership.objects.get(shop__slug="bench", role="owner")
shop = owner.shop
save_mailbox(shop, MailboxData(host="{server.host}", port={server.port}, security="none",
    username="{server.username}"), password="{server.password}", by=owner)
"""
        levelhead = str(ROOT / ".venv/bin/levelhead")
        subprocess.run([levelhead, "shell", "-c", connect], env=env, check=True, cwd=ROOT)
        subprocess.run([levelhead, "poll_mail", "--once"], env=env, check=True, cwd=ROOT)
        filed, first, last = query(
            env,
            "SELECT count(*), min(received_at), max(processed_at) "
            "FROM conversations_inboundraw WHERE source LIKE 'imap:%'",
        )
        if isinstance(first, str):  # SQLite keeps them as text
            from datetime import datetime

            first, last = datetime.fromisoformat(first), datetime.fromisoformat(last)
        return int(filed) / (last - first).total_seconds()
    finally:
        servers.close()


def start_server(env: dict[str, str], serve: str, workers: int) -> subprocess.Popen[bytes]:
    command = [str(ROOT / ".venv/bin/levelhead"), "serve", "--port", str(PORT)]
    command += ["--workers", str(workers)]
    if serve == "gunicorn":
        command += ["--wsgi"]
    return subprocess.Popen(
        command,
        env={**env, "LOG_LEVEL": "WARNING", "IMAP_POLL_SECONDS": "0"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--serve", choices=["gunicorn", "uvicorn"], default="gunicorn")
    parser.add_argument("--no-imap", action="store_true", help="skip the IMAP measurement")
    parser.add_argument("--web-workers", type=int, default=2, help="server processes (2)")
    args = parser.parse_args()
    shutil.rmtree(HOME, ignore_errors=True)
    HOME.mkdir(parents=True)
    env = setup_database(args.postgres)
    print(f"database: {'PostgreSQL' if args.postgres else 'SQLite'}; preparing…", flush=True)
    prepare(env, orders=200)
    bodies = messages(args.messages, 200)
    server = start_server(env, args.serve, args.web_workers)
    try:
        wait_for(PORT)
        # A running server: every web process has loaded the app (Django imports the URLs
        # and the views on a process's first request) and the worker has filed mail before.
        warm = messages(WARM_UP, 200, seed=1)
        post_all(warm, args.clients, prefix="warm-up")
        wait_processed(env, "webhook", WARM_UP, timeout=120)
        before = cpu_by_part(server.pid, BENCH_DB)
        start = time.perf_counter()
        accept_seconds, failures, latencies = post_all(bodies, args.clients)
        if not wait_processed(env, "webhook", WARM_UP + args.messages, timeout=600):
            print("gave up waiting for the worker after 600 s")
        total = time.perf_counter() - start
        after = cpu_by_part(server.pid, BENCH_DB)
    finally:
        server.terminate()
        server.wait(timeout=30)
    imap = None if args.no_imap else imap_rate(env, args.messages)
    base_count = min(args.messages, 1000)
    base_rate = base_count / baseline(env, base_count)
    accept_rate = args.messages / accept_seconds
    e2e = args.messages / total
    print(
        f"\n{args.messages} messages, {args.clients} clients, {failures} refused, "
        f"{args.serve} × {args.web_workers}"
    )
    latencies.sort()
    print(
        f"POST answered in {latencies[len(latencies) // 2] * 1000:.1f} ms p50, "
        f"{latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms p95"
    )
    print(f"{'measure':<44}{'msg/s':>8}{'/ baseline':>12}")
    rows = [
        ("endpoint: accepted (stored raw, HTTP 202)", accept_rate),
        ("endpoint: end to end (filed in a case)", e2e),
    ]
    if imap is not None:
        rows.append(("IMAP: poll_mail, first stored to last filed", imap))
    rows.append(("baseline: pipeline in-process", base_rate))
    for label, rate in rows:
        print(f"{label:<44}{rate:>8.0f}{rate / base_rate:>12.2f}")
    if imap is None and not args.no_imap:
        print("IMAP: not measured (dovecot is not installed: apt-get install dovecot-imapd)")
    print("target: end to end ≥ 200 msg/s")
    print("\nCPU per message during the endpoint run (ms; all processes' user + system time):")
    spent = {part: (after[part] - before[part]) * 1000 / args.messages for part in after}
    for part, ms in spent.items():
        print(f"  {part:<18}{ms:>7.2f}")
    print(f"  {'all':<18}{sum(spent.values()):>7.2f}   (2 cores: {2000 / e2e:.2f} ms per message)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
