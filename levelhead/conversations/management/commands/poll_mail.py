"""``levelhead poll_mail``: poll the shops' IMAP mailboxes, once or in a loop.

``levelhead worker`` already polls every ``IMAP_POLL_SECONDS``; this command is for running the
poller on its own (cron, systemd, a test) or for polling one mailbox now.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections

from levelhead.conversations.channels.email_in.imap import PollResult, poll_all, poll_mailbox


class Command(BaseCommand):
    help = "Poll the shops' IMAP mailboxes for customer email."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="poll once, then exit")
        parser.add_argument("--mailbox", type=int, help="only this mailbox (its id)")
        parser.add_argument("--batch-size", type=int, help="messages fetched per IMAP request")
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="seconds between polls (default IMAP_POLL_SECONDS)",
        )

    def handle(self, *args: object, **options: object) -> None:
        interval = options["interval"] or settings.IMAP_POLL_SECONDS or 60
        while True:
            batch_size = options["batch_size"]
            if options["mailbox"]:
                mailbox_id = int(options["mailbox"])  # type: ignore[call-overload]
                results = [poll_mailbox(mailbox_id, batch_size=batch_size)]  # type: ignore[arg-type]
            else:
                results = poll_all(batch_size=batch_size)  # type: ignore[arg-type]
            for result in results:
                self._report(result)
            if options["once"]:
                return
            close_old_connections()
            time.sleep(float(interval))  # type: ignore[arg-type]

    def _report(self, result: PollResult) -> None:
        line = (
            f"mailbox {result.mailbox_id}: {result.fetched} fetched, {result.stored} stored, "
            f"{result.known} already known, {result.processed} processed"
        )
        if result.error:
            self.stderr.write(f"{line}; error: {result.error}")
        else:
            self.stdout.write(line)
