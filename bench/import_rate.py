"""CSV import rate: orders per second through ``levelhead.orders.imports.import_orders``.

    .venv/bin/python bench/import_rate.py [--orders 20000] [--no-postgres]

Generates a CSV of N orders (1–3 items each, a third with tracking), imports it into a fresh
SQLite database and, when PostgreSQL answers at BENCH_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/postgres), into a bench database of its own
(levelhead_bench_import, created and dropped here). Each run also times a baseline on the same
file in the same process: a plain ``csv.reader`` pass over it. Prints orders/s and the ratio.
The record is verified after each import (not timed).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from levelhead.orders.csv_format import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
BENCH_DB = "levelhead_bench_import"
TARGET = 2000


def make_csv(n: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    statuses = ["placed", "paid", "processing", "dispatched", "delivered", "cancelled"]
    for i in range(n):
        placed = start + timedelta(minutes=7 * i)
        status = rng.choice(statuses)
        customer = rng.randrange(max(1, n * 3 // 4))
        items = [
            (f"SKU-{rng.randrange(500)}", f"Item {rng.randrange(500)}", rng.randint(1, 3))
            for _ in range(rng.randint(1, 3))
        ]
        prices = [f"{rng.randint(300, 9000) / 100:.2f}" for _ in items]
        shipped = status in ("dispatched", "delivered") or rng.random() < 0.1
        for j, ((sku, title, qty), price) in enumerate(zip(items, prices, strict=True)):
            first = j == 0
            writer.writerow(
                [
                    f"B{100000 + i}",
                    f"Customer {customer}" if first else "",
                    f"c{customer}@example.test" if first else "",
                    f"+44 7700 {customer:06d}" if first and customer % 3 == 0 else "",
                    placed.isoformat() if first else "",
                    status if first else "",
                    "GBP" if first else "",
                    "",
                    (placed + timedelta(days=3)).date().isoformat() if first else "",
                    sku,
                    title,
                    qty,
                    price,
                    "Royal Mail" if shipped and first else "",
                    f"RM{i:09d}GB" if shipped and first else "",
                    f"https://track.example/RM{i:09d}GB" if shipped and first else "",
                    f"ext-{i}" if first else "",
                ]
            )
    return out.getvalue().encode()


def baseline(content: bytes) -> float:
    """Seconds for a plain csv.reader pass over the same bytes (decode + split into cells)."""
    t0 = time.perf_counter()
    rows = sum(1 for _ in csv.reader(io.StringIO(content.decode("utf-8"), newline="")))
    assert rows > 1
    return time.perf_counter() - t0


def child(path: str, orders: int) -> None:
    """Runs in a subprocess with the database chosen through the environment."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "levelhead.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from levelhead.accounts.services import create_shop
    from levelhead.orders.imports import import_orders
    from levelhead.orders.models import Order
    from levelhead.records.services import verify_all

    call_command("migrate", verbosity=0)
    shop = create_shop(name="Bench", slug="bench", timezone="Europe/London", currency="GBP")
    content = Path(path).read_bytes()
    base = min(baseline(content) for _ in range(3))
    t0, c0 = time.perf_counter(), time.process_time()
    run = import_orders(shop, content, filename="bench.csv", via="cli")
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert run.status == "done", run.errors[:5]
    assert Order.objects.filter(shop=shop).count() == orders
    checked, broken = verify_all()
    assert broken is None, broken
    print(
        json.dumps(
            {
                "db": connection.vendor,
                "orders": orders,
                "seconds": elapsed,
                "cpu": cpu,
                "load": os.getloadavg()[0],
                "rate": orders / elapsed,
                "baseline_rate": orders / base,
                "events": checked,
            }
        )
    )


def run_child(env: dict[str, str], path: str, orders: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", path, "--orders", str(orders)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def postgres_available() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_URL, connect_timeout=3).close()
    except Exception:
        return False
    return True


def pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(sql)


def report(result: dict) -> None:
    ok = "meets" if result["rate"] >= TARGET else "MISSES"
    print(
        f"{result['db']:<10} {result['orders']:>7} orders in {result['seconds']:6.2f} s = "
        f"{result['rate']:8.0f} orders/s  ({ok} the {TARGET}/s target)\n"
        f"{'':<10} baseline csv.reader pass: {result['baseline_rate']:10.0f} orders/s; import is "
        f"{result['rate'] / result['baseline_rate']:.3f}× the baseline "
        f"({result['events']} events verified)\n"
        f"{'':<10} import process CPU {result['cpu']:.2f} s; load average "
        f"{result['load']:.1f} on {os.cpu_count()} cores (other work slows every figure here)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.orders)
        return 0
    with tempfile.TemporaryDirectory(prefix="lh-bench-import-") as tmp:
        path = os.path.join(tmp, "orders.csv")
        content = make_csv(args.orders)
        Path(path).write_bytes(content)
        print(f"CSV: {args.orders} orders, {content.count(b'\n') - 1} rows, {len(content):,} bytes")
        sqlite_env = {"LEVELHEAD_HOME": tmp, "LEVELHEAD_SQLITE_PATH": os.path.join(tmp, "b.db")}
        env = {k: v for k, v in sqlite_env.items()}
        os.environ.pop("DATABASE_URL", None)
        report(run_child(env, path, args.orders))
        if args.no_postgres:
            return 0
        if not postgres_available():
            print(f"postgresql skipped: nothing answers at {PG_URL}")
            return 0
        pg_admin(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        pg_admin(f"CREATE DATABASE {BENCH_DB}")
        try:
            url = PG_URL.rsplit("/", 1)[0] + "/" + BENCH_DB
            report(run_child({"LEVELHEAD_HOME": tmp, "DATABASE_URL": url}, path, args.orders))
        finally:
            pg_admin(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
