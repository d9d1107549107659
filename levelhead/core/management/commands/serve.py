import os
import subprocess
import sys

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
            "--no-worker",
            action="store_true",
            help="do not start the background worker (run `levelhead worker` elsewhere)",
        )

    def handle(self, *args: object, **options: object) -> None:
        import uvicorn

        worker = None
        if not options["no_worker"]:
            # The worker is a separate process so a slow email never holds up a page.
            worker = subprocess.Popen([sys.executable, "-m", "levelhead", "worker"])
        try:
            uvicorn.run(
                "levelhead.asgi:application",
                host=str(options["host"]),
                port=int(options["port"]),  # type: ignore[call-overload]
                workers=int(options["workers"]),  # type: ignore[call-overload]
                log_level="info",
                lifespan="off",
            )
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)
