import os
import signal
import subprocess
import sys
from types import FrameType

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Run the web server (ASGI: pages, API and websockets) with a background worker."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("WEB_WORKERS", "1")),
            help="web processes (default 1)",
        )
        parser.add_argument(
            "--wsgi",
            action="store_true",
            help="serve pages and the API with gunicorn's sync workers, which answer plain pages "
            "faster than ASGI; no websockets there: route /ws/ to a plain `levelhead serve`",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="do not start the background worker (run `levelhead worker` elsewhere)",
        )

    def handle(self, *args: object, **options: object) -> None:
        # SIGTERM (a service manager stopping us) must run the clean-up below, so the worker
        # stops with the server; uvicorn re-raises the signal it caught once it has shut down.
        signal.signal(signal.SIGTERM, _exit)
        worker = None
        if not options["no_worker"]:
            # The worker is a separate process so a slow email never holds up a page.
            worker = subprocess.Popen(
                [sys.executable, "-m", "levelhead", "worker"], env=_persistent()
            )
        host, port, workers = str(options["host"]), str(options["port"]), str(options["workers"])
        try:
            if options["wsgi"]:
                # Measured on this kind of machine: two gunicorn sync workers answer a page in
                # about half the time two uvicorn processes take (docs/benchmarks.md).
                gunicorn = [sys.executable, "-m", "gunicorn", "levelhead.wsgi:application"]
                gunicorn += ["--workers", workers, "--bind", f"{host}:{port}"]
                # The app and every view imported once in the master (levelhead/wsgi.py), not
                # by each worker on its first request.
                gunicorn += ["--preload"]
                server = subprocess.Popen([*gunicorn, "--access-logfile", "-"], env=_persistent())
                try:
                    server.wait()
                finally:
                    _stop(server)
            else:
                import uvicorn

                uvicorn.run(
                    "levelhead.asgi:application",
                    host=host,
                    port=int(port),
                    workers=int(workers),
                    log_level="info",
                    lifespan="off",
                )
        finally:
            if worker is not None:
                _stop(worker)


def _persistent() -> dict[str, str]:
    """The environment for processes that serve one request or task at a time (gunicorn's sync
    workers, the background worker): a persistent database connection each, which costs less
    per request than taking one from a pool and checking it. ASGI keeps the pool."""
    env = dict(os.environ)
    env.setdefault("DATABASE_POOL", "0")
    env.setdefault("DATABASE_CONN_MAX_AGE", "600")
    return env


def _exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ask a child to stop, and make it if it does not within ten seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
