"""Setting up a machine: the generated secret key, `levelhead demo` on a fresh SQLite file, and
the interpreter finder of `make demo` / `make test`. Each runs as a real process, as a person
setting levelhead up would run it."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from levelhead.orders.status import Status

ROOT = Path(__file__).resolve().parents[3]
PRINT_KEY = "import levelhead.settings as s; print(s.SECRET_KEY)"


def _env(home: Path, **extra: str) -> dict[str, str]:
    """This environment without anything that would point levelhead elsewhere."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LEVELHEAD_", "DATABASE_")) and k != "SECRET_KEY"
    }
    env.update(LEVELHEAD_HOME=str(home), **extra)
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 60) -> str:
    result = subprocess.run(
        args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_secret_key_is_generated_once_into_the_home_and_reused(tmp_path):
    home = tmp_path / "home"
    first = _run([sys.executable, "-c", PRINT_KEY], _env(home), tmp_path).strip()
    key_file = home / "secret_key"
    assert key_file.read_text().strip() == first
    assert len(first) >= 50
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600  # private to its owner
    again = _run([sys.executable, "-c", PRINT_KEY], _env(home), tmp_path).strip()
    assert again == first
    # Another home gets a key of its own.
    other = _run([sys.executable, "-c", PRINT_KEY], _env(tmp_path / "other"), tmp_path).strip()
    assert other != first


def test_a_secret_key_from_the_environment_wins_and_is_not_written(tmp_path):
    home = tmp_path / "home"
    env = _env(home, SECRET_KEY="from-the-environment-" + "x" * 40)
    assert _run([sys.executable, "-c", PRINT_KEY], env, tmp_path).strip() == env["SECRET_KEY"]
    assert not (home / "secret_key").exists()


@dataclass(frozen=True)
class DemoRows:
    shops: list[str]
    orders: int
    last_order_id: int
    statuses: dict[str, int]
    per_shop: list[int]
    events: int
    last_event_id: int
    users: int


def _demo_rows(database: Path) -> DemoRows:
    with sqlite3.connect(database) as conn:

        def column(sql: str) -> list[Any]:
            return [row[0] for row in conn.execute(sql)]

        orders, last_order_id = conn.execute(
            "SELECT COUNT(*), MAX(id) FROM orders_order"
        ).fetchone()
        events, last_event_id = conn.execute(
            "SELECT COUNT(*), MAX(id) FROM records_event"
        ).fetchone()
        return DemoRows(
            shops=column("SELECT slug FROM accounts_shop ORDER BY slug"),
            orders=orders,
            last_order_id=last_order_id,
            statuses=dict(conn.execute("SELECT status, COUNT(*) FROM orders_order GROUP BY 1")),
            per_shop=column("SELECT COUNT(*) FROM orders_order GROUP BY shop_id ORDER BY shop_id"),
            events=events,
            last_event_id=last_event_id,
            users=column("SELECT COUNT(*) FROM accounts_user")[0],
        )


def test_demo_seeds_a_fresh_sqlite_file_and_a_second_run_reuses_it(tmp_path):
    home = tmp_path / "var"
    # Even with a database configured, the demo stays on its own SQLite file.
    env = _env(home, DATABASE_URL="postgres://nobody@127.0.0.1:1/nowhere", COLUMNS="400")
    demo = [sys.executable, "-m", "levelhead", "demo", "--no-serve"]
    out = _run(demo, env, tmp_path, timeout=300)
    database = home / "levelhead.sqlite3"
    assert str(database) in out and "levelhead-demo" in out

    first = _demo_rows(database)
    assert first.shops == ["bright-socks", "clay-and-kiln", "papier-atelier"]
    assert 190 <= first.orders <= 210
    assert set(first.statuses) == {s.value for s in Status}  # every status has orders
    assert all(n >= 50 for n in first.per_shop)
    assert first.events > first.orders and first.users >= 6

    again = _run(demo, env, tmp_path, timeout=300)
    assert "reusing" in again
    assert _demo_rows(database) == first  # nothing added, nothing lost
    # The demo's record verifies (other commands do honour DATABASE_URL: leave it out).
    verify = [sys.executable, "-m", "levelhead", "records", "verify"]
    verified = _run(verify, _env(home), tmp_path)
    assert verified.startswith("OK")


def _find_python(
    tmp_path: Path, names: dict[str, str], python: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run bootstrap.sh's ``find_python`` alone, with a PATH holding only ``names``: each a
    link to this interpreter ("new") or a Python that reports 3.11 ("old")."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, kind in names.items():
        target = bin_dir / name
        if kind == "new":
            target.symlink_to(sys.executable)
        else:
            target.write_text("#!/bin/sh\nexit 1\n")  # `sys.version_info >= (3, 12)` is false
            target.chmod(0o755)
    source = (ROOT / "scripts" / "bootstrap.sh").read_text()
    start = source.index("find_python() {")
    function = source[start : source.index("\n}\n", start) + 3]
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    if python is not None:
        env["PYTHON"] = python
    return subprocess.run(
        ["/bin/bash", "-c", function + "find_python"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_the_interpreter_finder_skips_pythons_older_than_3_12(tmp_path):
    found = _find_python(tmp_path, {"python3": "old", "python3.13": "old", "python3.12": "new"})
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == str(tmp_path / "bin" / "python3.12")


def test_the_interpreter_finder_honours_python(tmp_path):
    chosen = tmp_path / "elsewhere" / "my-python"
    chosen.parent.mkdir()
    chosen.symlink_to(sys.executable)
    found = _find_python(tmp_path, {"python3.13": "new", "python3": "new"}, python=str(chosen))
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == str(chosen)


def test_the_interpreter_finder_fails_when_there_is_no_python_3_12(tmp_path):
    found = _find_python(tmp_path, {"python3": "old", "python3.12": "old"})
    assert found.returncode == 1 and found.stdout == ""
