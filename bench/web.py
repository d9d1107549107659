"""Web latency: the order list, the order page, the inbox and the case page over HTTP, logged
in, 4 concurrent clients against 2 server processes, with a bare Django page measured in the same
run as the baseline.

    .venv/bin/python bench/web.py                     # PostgreSQL, 20 shops, 100,000 orders,
                                                      # 50,000 cases, 250,000 messages
    .venv/bin/python bench/web.py --orders 20000      # a smaller seed (10,000 cases)
    .venv/bin/python bench/web.py --sqlite            # SQLite, 20,000 orders by default
    .venv/bin/python bench/web.py --pages inbox,case  # only these pages (and the baselines)
    .venv/bin/python bench/web.py --serve uvicorn-x2  # how the 2 processes are run (see below)

The database is seeded with ``levelhead seed`` once and reused while it holds the same numbers of
shops, orders, cases and messages (a seed with the orders but no cases gets its cases added):
PostgreSQL in a database of its own (levelhead_bench_web, on BENCH_POSTGRES_URL, default
postgres://postgres@127.0.0.1:5432/postgres), SQLite in /tmp/levelhead-bench/.

Every client logs in as owner1 (the biggest shop) with its own session and keeps its connection
alive, as a browser does; all four hit one page at a time. Pages: the order list (page 1, a
search by customer name, the late filter), order pages (a different order each request), the
inbox (the default view, the overdue view, the owner's own cases) and case pages (a different
case each request). Baselines: ``/bench/baseline/`` (see bench/web_site.py) and ``/api/health``
(no query).

Serving modes (``--serve``):
  uvicorn-workers  ``levelhead serve --workers 2``: one socket, two uvicorn worker processes
  uvicorn-x2       two ``levelhead serve`` processes on two ports, clients split between them
  gunicorn         ``levelhead serve --wsgi --workers 2``: two gunicorn sync workers (WSGI),
                   the default: how pages are served at scale
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
BENCH_DB = "levelhead_bench_web"
SQLITE_DIR = Path(tempfile.gettempdir()) / "levelhead-bench"
PASSWORD = "levelhead-bench"
HOST = "127.0.0.1"
# p95 ms on PostgreSQL with the full seed
TARGETS = {"order list": 50.0, "order page": 30.0, "inbox": 50.0, "case page": 30.0}
PAGES = ("orders", "inbox", "case")


# ---------------------------------------------------------------- database


def levelhead(env: dict[str, str], *args: str, quiet: bool = False) -> str:
    """Run a ``levelhead`` command with the bench's environment; its output (or failure)."""
    proc = subprocess.run(
        [str(ROOT / ".venv/bin/levelhead"), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE if quiet else None,
        text=True,
        check=True,
    )
    return proc.stdout or ""


def django_eval(env: dict[str, str], code: str) -> object:
    """Evaluate ``code`` (which must set ``result``) inside Django; return it from JSON."""
    script = (
        "import json, django; django.setup()\n" + code + "\nprint('RESULT ' + json.dumps(result))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        env={**env, "DJANGO_SETTINGS_MODULE": "levelhead.settings"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def base_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
    env.update(LEVELHEAD_HOME=str(home), PYTHONPATH=str(ROOT), LOG_LEVEL="WARNING")
    return env


def prepare_database(args: argparse.Namespace) -> dict[str, str]:
    """An environment pointing at a database holding exactly the requested seed."""
    SQLITE_DIR.mkdir(parents=True, exist_ok=True)
    env = base_env(SQLITE_DIR / "home")
    if args.sqlite:
        path = SQLITE_DIR / f"web-{args.shops}x{args.orders}.sqlite3"
        env["LEVELHEAD_SQLITE_PATH"] = str(path)
    else:
        import psycopg

        url = PG_URL.rsplit("/", 1)[0] + f"/{BENCH_DB}"
        env["DATABASE_URL"] = url
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]
            ).fetchone()
            if not exists:
                conn.execute(f"CREATE DATABASE {BENCH_DB}")
    levelhead(env, "migrate", "-v0")
    have = django_eval(
        env,
        "from levelhead.core.bulk_seed import seeded_cases, seeded_orders, seeded_shops\n"
        "result = [seeded_orders(), len(seeded_shops()), *seeded_cases()]",
    )
    shape = (
        f"{args.orders:,} orders, {args.shops} shops, {args.cases:,} cases, "
        f"{args.messages:,} messages"
    )
    want = [args.orders, args.shops, args.cases, args.messages]
    if have == want and not args.reseed:
        print(f"Reusing the seeded database ({shape}).")
        return env
    if have[:2] == want[:2] and have[2:] == [0, 0] and not args.reseed:
        print(f"Adding {args.cases:,} cases and {args.messages:,} messages to the seeded orders …")
        started = time.monotonic()
        levelhead(
            env,
            "seed",
            "--add-cases",
            f"--cases={args.cases}",
            f"--messages={args.messages}",
            f"--password={PASSWORD}",
        )
        print(f"Seeded in {time.monotonic() - started:.0f} s.")
        analyze(args, env)
        return env
    print(f"Seeding {shape} …")
    if args.sqlite:
        Path(env["LEVELHEAD_SQLITE_PATH"]).unlink(missing_ok=True)
    else:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {BENCH_DB}")
    levelhead(env, "migrate", "-v0")
    started = time.monotonic()
    levelhead(
        env,
        "seed",
        f"--shops={args.shops}",
        f"--orders={args.orders}",
        f"--cases={args.cases}",
        f"--messages={args.messages}",
        f"--password={PASSWORD}",
    )
    print(f"Seeded in {time.monotonic() - started:.0f} s.")
    analyze(args, env)
    return env


def analyze(args: argparse.Namespace, env: dict[str, str]) -> None:
    """Fresh planner statistics after a bulk load (PostgreSQL)."""
    if not args.sqlite:
        import psycopg

        with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")


def sample(env: dict[str, str]) -> dict:
    """What the clients ask for: shop 1's id and slug, order numbers, a name to search for,
    case ids."""
    return django_eval(
        env,
        "import random\n"
        "from collections import Counter\n"
        "from levelhead.accounts.models import Shop\n"
        "from levelhead.conversations.models import Case\n"
        "from levelhead.orders.models import Order\n"
        "shop = Shop.objects.get(slug='seed-shop-1')\n"
        "numbers = list(Order.objects.filter(shop=shop).values_list('number', flat=True))\n"
        "random.Random(4).shuffle(numbers)\n"
        "names = Counter(n.split()[-1] for n in Order.objects.filter(shop=shop)"
        ".values_list('customer__name', flat=True)[:2000])\n"
        "late = Order.objects.filter(shop=shop).late(__import__('datetime').date.today()).count()\n"
        "cases = list(Case.objects.filter(shop=shop).values_list('pk', flat=True))\n"
        "random.Random(5).shuffle(cases)\n"
        "statuses = Counter(Case.objects.filter(shop=shop).values_list('status', flat=True))\n"
        "result = {'id': shop.pk, 'slug': shop.slug, 'numbers': numbers[:400],"
        " 'orders': len(numbers), 'late': late, 'cases': cases[:400], 'n_cases': len(cases),"
        " 'case_statuses': dict(statuses),"
        " 'name': sorted(names, key=lambda n: (names[n], n))[len(names) // 2]}",
    )  # type: ignore[return-value]


# ---------------------------------------------------------------- servers


@dataclass
class Servers:
    procs: list[subprocess.Popen] = field(default_factory=list)
    ports: list[int] = field(default_factory=list)

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def start_servers(env: dict[str, str], mode: str, port: int, log: Path) -> Servers:
    env = {**env, "DJANGO_SETTINGS_MODULE": "bench.web_site"}
    servers = Servers()
    commands = {
        "uvicorn-workers": [[port, "--workers", "2"]],
        "uvicorn-x2": [[port, "--workers", "1"], [port + 1, "--workers", "1"]],
        "gunicorn": [[port]],
    }[mode]
    with log.open("w") as out:
        for p, *extra in commands:
            cmd = [str(ROOT / ".venv/bin/levelhead"), "serve", "--no-worker", f"--port={p}", *extra]
            if mode == "gunicorn":
                # WSGI for plain pages: two sync worker processes on one socket.
                cmd = [*cmd, "--wsgi", "--workers", "2"]
            servers.procs.append(
                subprocess.Popen(
                    cmd, env=env, cwd=ROOT, stdout=out, stderr=out, start_new_session=True
                )
            )
            servers.ports.append(int(p))
    deadline = time.monotonic() + 60
    for p in servers.ports:
        while True:
            try:
                conn = http.client.HTTPConnection(HOST, p, timeout=2)
                conn.request("GET", "/api/health")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or any(pr.poll() is not None for pr in servers.procs):
                servers.stop()
                raise SystemExit(f"the server did not start; see {log}")
            time.sleep(0.3)
    # Let every worker process finish starting (a multi-worker server answers from the first).
    time.sleep(2)
    return servers


# ---------------------------------------------------------------- clients


class Client:
    """One browser: a kept-alive connection, its cookies, logged in as the shop's owner."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, bytes]:
        headers = {"Host": f"{HOST}:{self.port}", "User-Agent": "levelhead-bench"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{HOST}:{self.port}/login/"
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
        except (http.client.HTTPException, OSError):
            # The server closed a kept-alive connection: open a new one, as a browser would.
            self.conn.close()
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
        data = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        return response.status, data

    def login(self, username: str, password: str) -> None:
        status, page = self.request("GET", "/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or token is None:
            raise SystemExit(f"login page: HTTP {status}")
        form = urlencode(
            {
                "csrfmiddlewaretoken": token.group(1).decode(),
                "username": username,
                "password": password,
                "next": "/",
            }
        )
        status, _ = self.request("POST", "/login/", form)
        if status != 302 or "sessionid" not in self.cookies:
            raise SystemExit(f"could not log in as {username}: HTTP {status}")


@dataclass
class Result:
    name: str
    latencies: list[float]
    seconds: float
    cpu: float = 0.0  # seconds of CPU in the servers, PostgreSQL and the clients, all requests

    @property
    def cpu_ms(self) -> float:
        """CPU per request, all processes together: steadier than latency on a shared VM."""
        return self.cpu / len(self.latencies) * 1000

    def pct(self, q: float) -> float:
        values = sorted(self.latencies)
        return values[min(len(values) - 1, round(q * (len(values) - 1)))] * 1000

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds


def cpu_seconds(pid: int) -> float:
    """User and system CPU a process has used, from /proc (0 where there is none)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """The process and every process under it (gunicorn's master and workers), from /proc."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            with contextlib.suppress(OSError, ValueError):
                todo += [int(c) for c in task.read_text().split()]
    return found


class CpuMeter:
    """CPU used by the servers (every process they started), the database's backends for the
    bench database (PostgreSQL), and this process (the clients) between two readings."""

    def __init__(self, servers: Servers, env: dict[str, str]) -> None:
        self.servers, self.env = servers, env

    def pids(self) -> list[int]:
        pids = [p for proc in self.servers.procs for p in descendants(proc.pid)]
        url = self.env.get("DATABASE_URL")
        if url:
            import psycopg

            with psycopg.connect(url, autocommit=True) as conn:
                rows = conn.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    " AND pid <> pg_backend_pid()"
                ).fetchall()
            pids += [row[0] for row in rows]
        return pids

    def read(self) -> dict[int, float]:
        return {pid: cpu_seconds(pid) for pid in self.pids()}

    @staticmethod
    def used(before: dict[int, float], after: dict[int, float]) -> float:
        return sum(after[p] - before.get(p, 0.0) for p in after)


def run(
    clients: list[Client],
    name: str,
    paths: list[str],
    requests: int,
    warmup: int,
    meter: CpuMeter | None = None,
) -> Result:
    """Every client requests the paths in turn; latencies after the warm-up count."""
    latencies: list[list[float]] = [[] for _ in clients]
    errors: list[str] = []
    barrier = threading.Barrier(len(clients) + 1)

    def work(i: int, client: Client) -> None:
        try:
            for n in range(warmup):
                client.request("GET", paths[(i * 7919 + n) % len(paths)])
            barrier.wait()
            for n in range(requests):
                path = paths[(i * 7919 + warmup + n) % len(paths)]
                t0 = time.perf_counter()
                status, _ = client.request("GET", path)
                latencies[i].append(time.perf_counter() - t0)
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")
        except BaseException as exc:  # report, and let the others finish
            errors.append(repr(exc))
            if not barrier.broken:
                barrier.abort()

    threads = [threading.Thread(target=work, args=(i, c)) for i, c in enumerate(clients)]
    for t in threads:
        t.start()
    before = meter.read() if meter else {}
    own = time.process_time()
    with contextlib.suppress(threading.BrokenBarrierError):
        barrier.wait()  # a client failed during the warm-up: it is reported below
    started = time.perf_counter()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - started
    cpu = time.process_time() - own + (meter.used(before, meter.read()) if meter else 0.0)
    if errors:
        raise SystemExit(f"{name}: {len(errors)} failed requests, e.g. {errors[0]}")
    return Result(name, [x for per in latencies for x in per], seconds, cpu)


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    parser.add_argument("--shops", type=int, default=20)
    parser.add_argument("--orders", type=int, help="default 100,000 (20,000 with --sqlite)")
    parser.add_argument("--cases", type=int, help="default: half the orders")
    parser.add_argument("--messages", type=int, help="default: five a case")
    parser.add_argument(
        "--pages",
        default=",".join(PAGES),
        help=f"comma-separated, of {', '.join(PAGES)} (the baselines always run)",
    )
    parser.add_argument("--reseed", action="store_true", help="seed again even if it matches")
    parser.add_argument(
        "--serve", choices=["uvicorn-workers", "uvicorn-x2", "gunicorn"], default="gunicorn"
    )
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--requests", type=int, default=150, help="per client and page")
    parser.add_argument("--warmup", type=int, default=15, help="per client and page, not timed")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure the pages in turn this many times and pool the timings, so that every "
        "page (and the baseline) sees the same changes in the machine's load",
    )
    parser.add_argument("--port", type=int, default=8710)
    args = parser.parse_args()
    if args.orders is None:
        args.orders = 20_000 if args.sqlite else 100_000
    if args.cases is None:
        args.cases = args.orders // 2
    if args.messages is None:
        args.messages = 5 * args.cases
    chosen = set(args.pages.split(","))
    if not chosen <= set(PAGES):
        parser.error(f"--pages: choose among {', '.join(PAGES)}")
    if not shutil.which(str(ROOT / ".venv/bin/levelhead")):
        raise SystemExit("run `make` first: .venv/bin/levelhead is missing")

    env = prepare_database(args)
    facts = sample(env)
    slug = facts["slug"]
    statuses = ", ".join(f"{k} {v:,}" for k, v in sorted(facts["case_statuses"].items()))
    print(
        f"Shop 1 holds {facts['orders']:,} orders ({facts['late']:,} late) and "
        f"{facts['n_cases']:,} cases ({statuses}); searching for {facts['name']!r}. "
        f"Serving: {args.serve}."
    )
    log = SQLITE_DIR / f"web-server-{'sqlite' if args.sqlite else 'postgres'}.log"
    servers = start_servers(env, args.serve, args.port, log)
    meter = CpuMeter(servers, env)
    try:
        clients = [Client(servers.ports[i % len(servers.ports)]) for i in range(args.clients)]
        for client in clients:
            client.login("owner1", PASSWORD)
        base = f"/shops/{slug}/orders/"
        inbox = f"/shops/{slug}/inbox/"
        pages = [
            ("baseline: bare page, 1 query", [f"/bench/baseline/?shop={facts['id']}"]),
            ("baseline: /api/health", ["/api/health"]),
        ]
        if "orders" in chosen:
            pages += [
                ("order list", [base]),
                ("order list: search", [base + "?" + urlencode({"q": facts["name"]})]),
                ("order list: late", [base + "?late=on"]),
                ("order page", [f"{base}{n}/" for n in facts["numbers"]]),
            ]
        if "inbox" in chosen:
            pages += [
                ("inbox", [inbox]),
                ("inbox: overdue", [inbox + "?view=overdue"]),
                ("inbox: mine", [inbox + "?view=mine"]),
            ]
        if "case" in chosen and facts["cases"]:
            pages.append(("case page", [f"{inbox}cases/{pk}/" for pk in facts["cases"]]))
        pooled: dict[str, Result] = {}
        for _ in range(args.rounds):
            for name, paths in pages:
                r = run(clients, name, paths, args.requests, args.warmup, meter)
                if name in pooled:
                    pooled[name].latencies += r.latencies
                    pooled[name].seconds += r.seconds
                    pooled[name].cpu += r.cpu
                else:
                    pooled[name] = r
        results = list(pooled.values())
    finally:
        servers.stop()

    db = "SQLite" if args.sqlite else "PostgreSQL"
    base_p95 = results[0].pct(0.95)
    print(
        f"\n{db}, {args.orders:,} orders, {args.cases:,} cases and {args.messages:,} messages "
        f"in {args.shops} shops; {args.clients} clients, {args.requests} requests each per page "
        f"and round, {args.rounds} round(s); "
        f"{args.serve}; {os.cpu_count()} CPUs"
    )
    base_cpu = results[0].cpu_ms or 1.0
    print(
        f"{'page':<30} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'p95 / baseline':>15}"
        f" {'CPU ms/req':>11} {'CPU / baseline':>15}"
    )
    for r in results:
        print(
            f"{r.name:<30} {r.pct(0.5):>8.1f} {r.pct(0.95):>8.1f} {r.rps:>8.0f} "
            f"{r.pct(0.95) / base_p95:>14.2f}x {r.cpu_ms:>11.2f} {r.cpu_ms / base_cpu:>14.2f}x"
        )
    if not args.sqlite:
        for r in results:
            target = next((t for k, t in TARGETS.items() if r.name.startswith(k)), None)
            if target is not None:
                verdict = "meets" if r.pct(0.95) <= target else "MISSES"
                print(f"  {r.name}: p95 {r.pct(0.95):.1f} ms {verdict} the {target:.0f} ms target")


if __name__ == "__main__":
    main()
