import logging
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import InterfaceError, OperationalError, close_old_connections, connections

log = logging.getLogger(__name__)


def _enqueue_mail_poll() -> None:
    """Queue one poll of the shops' mailboxes unless one is already waiting to run, so a slow
    server never piles polls up in the queue."""
    from django_tasks_db.models import DBTaskResult

    from levelhead.conversations.tasks import poll_mailboxes

    waiting = DBTaskResult.objects.ready().filter(task_path=poll_mailboxes.module_path).exists()
    if not waiting:
        poll_mailboxes.enqueue()


def _enqueue_waiting_inbound() -> None:
    from levelhead.conversations.ingest import schedule_if_waiting

    schedule_if_waiting()


def _clock(jobs: list[tuple[float, Callable[[], None]]], stop: threading.Event) -> None:
    """Run each job every ``interval`` seconds (first at once) until ``stop`` is set. While the
    database is away a job's failure is logged once, not on every tick."""
    due = [0.0] * len(jobs)
    failing = [False] * len(jobs)
    while not stop.is_set():
        now = time.monotonic()
        for i, (interval, job) in enumerate(jobs):
            if now < due[i]:
                continue
            due[i] = now + interval
            try:
                job()
            except (OperationalError, InterfaceError) as exc:
                if not failing[i]:
                    log.warning("%s: the database is unreachable (%s)", job.__name__, exc)
                failing[i] = True
                connections.close_all()
                continue
            except Exception:  # a bug in a job must not stop the clock
                log.exception("scheduled job %s failed", job.__name__)
            finally:
                close_old_connections()
            if failing[i]:
                log.warning("%s: the database is back", job.__name__)
                failing[i] = False
        stop.wait(max(0.1, min(due) - time.monotonic()))


class Command(BaseCommand):
    help = (
        "Run background work: outgoing email, inbound messages (looked for every "
        "INBOUND_POLL_SECONDS), polling the shops' mailboxes every IMAP_POLL_SECONDS, and "
        "other queued tasks (Django's tasks framework)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", action="store_true", help="run what is due, then exit")

    def handle(self, *args: object, **options: object) -> None:
        worker_args = ["--no-startup-delay", "--no-reload", "--queue-name", "*"]
        worker_args += ["--interval", str(settings.TASKS_POLL_SECONDS)]
        stop = threading.Event()
        if options["batch"]:
            worker_args.append("--batch")
        else:
            # A small clock thread only enqueues; the work itself runs as tasks, so any number
            # of workers share it and it is retried like any other task.
            jobs: list[tuple[float, Callable[[], None]]] = [
                (settings.INBOUND_POLL_SECONDS, _enqueue_waiting_inbound)
            ]
            if settings.IMAP_POLL_SECONDS > 0:
                jobs.append((float(settings.IMAP_POLL_SECONDS), _enqueue_mail_poll))
            threading.Thread(
                target=_clock, args=(jobs, stop), name="worker-clock", daemon=True
            ).start()
        try:
            _run_through_outages(worker_args, retry=not options["batch"])
        finally:
            stop.set()


def _catch_up() -> None:
    """Put back what a worker that died (or lost the database) left: emails due or claimed long
    ago, inbound input stored but never scheduled."""
    from levelhead.conversations.ingest import schedule_if_waiting
    from levelhead.outbox.services import sweep

    sweep()
    schedule_if_waiting()


def _run_through_outages(worker_args: list[str], *, retry: bool) -> None:
    """Run the tasks framework's worker; when the database goes away (restarted, failed over),
    wait for it and carry on rather than exit: the task that was running is retried through
    ``_catch_up``, since its work is idempotent."""
    delay = 1.0
    while True:
        started = time.monotonic()
        try:
            _catch_up()
            call_command("db_worker", *worker_args)
            return
        except (OperationalError, InterfaceError) as exc:
            if not retry:
                raise
            if time.monotonic() - started > 60:
                delay = 1.0
            log.warning("the database is unreachable (%s); trying again in %.0f s", exc, delay)
            connections.close_all()
            time.sleep(delay)
            delay = min(delay * 2, 15.0)
