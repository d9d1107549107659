from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Run background work: outgoing email and other queued tasks (Django's tasks framework)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", action="store_true", help="run what is due, then exit")

    def handle(self, *args: object, **options: object) -> None:
        from levelhead.outbox.services import sweep

        # Anything left queued by a worker that died is put back first.
        sweep()
        worker_args = ["--no-startup-delay", "--no-reload", "--queue-name", "*"]
        if options["batch"]:
            worker_args.append("--batch")
        call_command("db_worker", *worker_args)
