"""The ``levelhead`` command: the triage engine's own CLI, and Django's management commands.

``levelhead triage …`` runs without Django (the engine is pure Python). Everything else —
``demo``, ``serve``, ``worker``, ``seed``, ``records verify``, ``migrate``, ``createsuperuser`` —
is a management command, so ``DATABASE_URL`` and the other settings apply to all of them.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "triage":
        from levelhead.triage.cli import main as triage_main

        return triage_main(argv[2:])
    if len(argv) > 1 and argv[1] == "demo":
        # The demo always runs on its own SQLite file, whatever database is configured.
        os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "levelhead.settings")
    from django.core.management import execute_from_command_line

    argv[0] = "levelhead"
    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
