import logging
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections

log = logging.getLogger(__name__)


def _enqueue_mail_poll() -> None:
    """Queue one poll of the shops' mailboxes unless one is already waiting to run, so a slow
    server never piles polls up in the queue."""
    from django_tasks_db.models import DBTaskResult

    from levelhead.conversations.tasks import poll_mailboxes

    waiting = DBTaskResult.objects.ready().filter(task_path=poll_mailboxes.module_path).exists()
    if not waiting:
        poll_mailboxes.enqueue()


def _mail_poll_scheduler(interval: float, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            _enqueue_mail_poll()
        except Exception:  # the database restarting, say: the next tick tries again
            log.exception("could not enqueue the mailbox poll")
        finally:
            close_old_connections()
        stop.wait(interval)


class Command(BaseCommand):
    help = (
        "Run background work: outgoing email, polling the shops' mailboxes every "
        "IMAP_POLL_SECONDS, and other queued tasks (Django's tasks framework)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", action="store_true", help="run what is due, then exit")

    def handle(self, *args: object, **options: object) -> None:
        from levelhead.outbox.services import sweep

        # Anything left queued by a worker that died is put back first.
        sweep()
        worker_args = ["--no-startup-delay", "--no-reload", "--queue-name", "*"]
        stop = threading.Event()
        if options["batch"]:
            worker_args.append("--batch")
        elif settings.IMAP_POLL_SECONDS > 0:
            # A small clock thread only enqueues; the polling itself runs as a task, so any
            # number of workers share it and a poll is retried like any other task.
            threading.Thread(
                target=_mail_poll_scheduler,
                args=(float(settings.IMAP_POLL_SECONDS), stop),
                name="mail-poll-scheduler",
                daemon=True,
            ).start()
        try:
            call_command("db_worker", *worker_args)
        finally:
            stop.set()
