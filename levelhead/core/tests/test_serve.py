"""`levelhead serve` as a service manager runs it: started, then stopped with SIGTERM."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from levelhead.core.testing import unavailable, wait_for_server
from levelhead.core.testing.smtp import free_port


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.parametrize("mode", [[], ["--wsgi"]], ids=["asgi", "wsgi"])
def test_sigterm_stops_the_server_and_its_worker(tmp_path, mode):
    if not Path("/proc").is_dir():
        unavailable("this test reads the server's child processes from /proc (Linux)")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(LEVELHEAD_HOME=str(tmp_path), LOG_LEVEL="WARNING", IMAP_POLL_SECONDS="0")
    command = [sys.executable, "-m", "levelhead"]
    subprocess.run([*command, "migrate", "-v", "0"], env=env, check=True, timeout=120)
    port = free_port()
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port), *mode],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_server(port)
        started = children(server.pid)
        assert len(started) == 2 if mode else len(started) == 1  # the worker (and gunicorn)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in started if alive(pid)], "a child outlived the server"
    finally:
        if server.poll() is None:
            server.kill()


def test_the_wsgi_module_imports_every_view_without_touching_the_database(tmp_path):
    """gunicorn preloads levelhead.wsgi before forking its workers: the views must be imported
    there (not on each worker's first request), and no database connection may be opened,
    since the forks would share it."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    # A database that cannot be reached: any connection attempt would fail the import.
    env.update(
        LEVELHEAD_HOME=str(tmp_path),
        DATABASE_URL="postgres://nobody@127.0.0.1:9/none",
        DATABASE_POOL="0",
    )
    probe = (
        "import sys, levelhead.wsgi\n"
        "from django.db import connections\n"
        "assert 'levelhead.orders.views' in sys.modules\n"
        "assert 'levelhead.conversations.views' in sys.modules\n"
        "assert connections['default'].connection is None\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
