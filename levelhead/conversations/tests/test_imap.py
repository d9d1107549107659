"""IMAP polling against a real dovecot: every message stored exactly once, whatever happens."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from levelhead.accounts.models import Membership
from levelhead.conversations.channels.email_in import imap
from levelhead.conversations.channels.email_in.services import MailboxData, save_mailbox
from levelhead.conversations.models import Case, InboundRaw, Mailbox, Message, RawStatus
from levelhead.core.testing.cast import build_cast

from .mime import make_email

KEY = Fernet.generate_key().decode()


@pytest.fixture(autouse=True)
def _encryption_key(settings):
    settings.ENCRYPTION_KEYS = [KEY]


def connect_mailbox(shop, server, *, folder="INBOX", password=None) -> Mailbox:
    owner = Membership.objects.get(shop=shop, role="owner")
    return save_mailbox(
        shop,
        MailboxData(
            host=server.host,
            port=server.port,
            security="none",
            username=server.username,
            folder=folder,
        ),
        password=password or server.password,
        by=owner,
    )


def emails(count: int, start: int = 0) -> list[bytes]:
    return [
        make_email(
            sender=f"Customer {n} <customer{n}@example.test>",
            subject=f"Question {n} about my order",
            body=f"Hello, this is message {n}.",
            message_id=f"<msg-{n}@example.test>",
        )
        for n in range(start, start + count)
    ]


def stored_once(shop, count: int) -> None:
    """Each of the ``count`` messages is in the raw store and in a case exactly once."""
    raws = InboundRaw.objects.filter(shop=shop)
    assert raws.count() == count
    assert raws.values("external_key").distinct().count() == count
    assert not raws.exclude(status=RawStatus.PROCESSED).exists()
    messages = Message.objects.filter(shop=shop)
    assert messages.count() == count
    assert messages.values("external_id").distinct().count() == count


@pytest.fixture
def mailbox(cast, imap_server) -> Mailbox:
    return connect_mailbox(cast.shop_a, imap_server)


def test_new_messages_become_cases(cast, imap_server, mailbox):
    uids = imap_server.deliver(*emails(3))
    result = imap.poll_mailbox(mailbox.pk)
    assert (result.fetched, result.stored, result.processed, result.error) == (3, 3, 3, "")
    assert Case.objects.filter(shop=cast.shop_a).count() == 3
    stored_once(cast.shop_a, 3)
    mailbox.refresh_from_db()
    assert mailbox.last_uid == max(uids)
    assert mailbox.uidvalidity == imap_server.uidvalidity()
    assert mailbox.last_success_at is not None and mailbox.last_error == ""
    raw = InboundRaw.objects.get(external_key=f"{mailbox.uidvalidity}:{uids[0]}")
    assert raw.source == f"imap:{mailbox.pk}:INBOX" and raw.channel == "email"
    # BODY.PEEK on a read-only folder: the seller's own mail program still sees them unread.
    conn = imap_server.client()
    conn.select("INBOX", readonly=True)
    _, flags = conn.uid("FETCH", "1:*", "(FLAGS)")
    conn.logout()
    assert all(b"\\Seen" not in item for item in flags)


def test_polling_again_stores_nothing_twice(cast, imap_server, mailbox):
    imap_server.deliver(*emails(3))
    imap.poll_mailbox(mailbox.pk)
    assert imap.poll_mailbox(mailbox.pk).fetched == 0
    # Even a lost checkpoint refetches everything without storing any of it again.
    Mailbox.objects.filter(pk=mailbox.pk).update(last_uid=0)
    again = imap.poll_mailbox(mailbox.pk)
    assert (again.fetched, again.stored) == (3, 0)
    imap_server.deliver(*emails(1, start=3))
    assert imap.poll_mailbox(mailbox.pk).stored == 1
    stored_once(cast.shop_a, 4)


def test_a_changed_uidvalidity_refetches_without_duplicates(cast, imap_server):
    first = emails(2)
    imap_server.deliver(*first, folder="Support")
    mailbox = connect_mailbox(cast.shop_a, imap_server, folder="Support")
    assert imap.poll_mailbox(mailbox.pk).stored == 2
    old = Mailbox.objects.get(pk=mailbox.pk).uidvalidity

    # The folder is rebuilt (a server migration): same messages, new UIDs, new UIDVALIDITY.
    imap_server.rebuild("Support", *first, *emails(1, start=2))
    result = imap.poll_mailbox(mailbox.pk)
    assert result.uidvalidity_changed
    assert (result.fetched, result.known, result.stored) == (3, 2, 1)
    mailbox.refresh_from_db()
    assert mailbox.uidvalidity != old and mailbox.last_uid == 3
    stored_once(cast.shop_a, 3)


def test_the_checkpoint_and_the_stored_batch_commit_together(
    cast, imap_server, mailbox, monkeypatch
):
    imap_server.deliver(*emails(3))
    real_advance = imap._advance

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("the poller dies between storing and advancing")

    monkeypatch.setattr(imap, "_advance", crash)
    with pytest.raises(KeyboardInterrupt):
        imap.poll_mailbox(mailbox.pk)
    mailbox.refresh_from_db()
    assert mailbox.last_uid == 0  # not advanced …
    assert not InboundRaw.objects.exists()  # … and the batch stored with it was rolled back

    monkeypatch.setattr(imap, "_advance", real_advance)
    result = imap.poll_mailbox(mailbox.pk)
    assert (result.fetched, result.stored, result.processed) == (3, 3, 3)
    stored_once(cast.shop_a, 3)


def test_the_checkpoint_never_moves_backwards(mailbox):
    Mailbox.objects.filter(pk=mailbox.pk).update(uidvalidity=7, last_uid=5)
    imap._advance(mailbox, 7, 3)  # a slower poller finishing an older batch
    imap._advance(mailbox, 8, 9)  # a poller that read another UIDVALIDITY
    assert Mailbox.objects.get(pk=mailbox.pk).last_uid == 5
    imap._advance(mailbox, 7, 6)
    assert Mailbox.objects.get(pk=mailbox.pk).last_uid == 6


def test_server_down_is_recorded_and_everything_arrives_once_it_is_back(cast, imap_server, mailbox):
    imap_server.deliver(*emails(2))
    assert imap.poll_mailbox(mailbox.pk).stored == 2
    imap_server.deliver(*emails(2, start=2))
    imap_server.stop()

    down = imap.poll_mailbox(mailbox.pk)
    assert "refused" in down.error.lower()
    mailbox.refresh_from_db()
    assert "refused" in mailbox.last_error.lower() and mailbox.last_polled_at is not None
    assert InboundRaw.objects.count() == 2

    imap_server.start()
    back = imap.poll_mailbox(mailbox.pk)
    assert (back.stored, back.error) == (2, "")
    mailbox.refresh_from_db()
    assert mailbox.last_error == ""
    stored_once(cast.shop_a, 4)


def test_a_wrong_password_is_recorded_not_raised(cast, imap_server):
    mailbox = connect_mailbox(cast.shop_a, imap_server, password="wrong")
    result = imap.poll_mailbox(mailbox.pk)
    assert result.error.startswith("Login failed")
    assert Mailbox.objects.get(pk=mailbox.pk).last_error.startswith("Login failed")


def test_a_missing_folder_is_recorded(cast, imap_server):
    mailbox = connect_mailbox(cast.shop_a, imap_server, folder="Nowhere")
    assert "cannot be opened" in imap.poll_mailbox(mailbox.pk).error


def test_check_connection_reports_the_folder(imap_server):
    imap_server.deliver(*emails(2))
    text = imap.check_connection(
        imap_server.host,
        imap_server.port,
        "none",
        imap_server.username,
        imap_server.password,
        "INBOX",
    )
    assert text == "Connected: 2 messages in INBOX."
    with pytest.raises(imap.MailboxError, match="Login failed"):
        imap.check_connection(
            imap_server.host, imap_server.port, "none", imap_server.username, "nope", "INBOX"
        )


def test_the_password_is_encrypted_at_rest(mailbox, imap_server, settings):
    row = Mailbox.objects.values("password_encrypted").get(pk=mailbox.pk)
    assert imap_server.password not in row["password_encrypted"]
    assert Mailbox.objects.get(pk=mailbox.pk).password() == imap_server.password
    # A rotated key list still reads it; a wrong key is a clear error, recorded on the mailbox.
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode(), KEY]
    assert Mailbox.objects.get(pk=mailbox.pk).password() == imap_server.password
    settings.ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    assert "cannot be decrypted" in imap.poll_mailbox(mailbox.pk).error


def test_poll_mail_command_and_task_poll_every_enabled_mailbox(cast, imap_server, capsys):
    from levelhead.conversations.tasks import poll_mailboxes

    mailbox = connect_mailbox(cast.shop_a, imap_server)
    imap_server.deliver(*emails(2))
    call_command("poll_mail", "--once")
    assert "2 stored" in capsys.readouterr().out
    imap_server.deliver(*emails(1, start=2))
    assert poll_mailboxes.call() == {"mailboxes": 1, "stored": 1, "errors": 0}
    Mailbox.objects.filter(pk=mailbox.pk).update(enabled=False)
    imap_server.deliver(*emails(1, start=3))
    assert poll_mailboxes.call() == {"mailboxes": 0, "stored": 0, "errors": 0}
    stored_once(cast.shop_a, 3)


class SharedDatabase:
    """The test database, reachable by a ``levelhead`` subprocess. PostgreSQL: the test database
    by name. SQLite's test database lives in memory, so it is copied to a file for the subprocess
    and copied back afterwards (the backup API: milliseconds, no migrations)."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.file = tmp_path / "shared.sqlite3"
        self.sqlite = connection.vendor == "sqlite"

    def env(self) -> dict[str, str]:
        env = {**os.environ, "LEVELHEAD_HOME": str(self.tmp_path / "home")}
        env["LEVELHEAD_ENCRYPTION_KEY"] = KEY
        env["LOG_LEVEL"] = "WARNING"
        if self.sqlite:
            env.pop("DATABASE_URL", None)
            env["LEVELHEAD_SQLITE_PATH"] = str(self.file)
        else:
            url = urlsplit(os.environ["DATABASE_URL"])
            name = connection.settings_dict["NAME"]
            env["DATABASE_URL"] = urlunsplit(url._replace(path=f"/{name}"))
        return env

    def publish(self) -> None:
        if self.sqlite:
            connection.ensure_connection()
            with sqlite3.connect(self.file) as target:
                connection.connection.backup(target)

    def reload(self) -> None:
        if self.sqlite:
            connection.ensure_connection()
            with sqlite3.connect(self.file) as source:
                source.backup(connection.connection)

    def raw_count(self) -> int:
        if self.sqlite:
            with sqlite3.connect(self.file, timeout=5) as db:
                return db.execute("SELECT count(*) FROM conversations_inboundraw").fetchone()[0]
        return InboundRaw.objects.count()


def poll_mail(shared: SharedDatabase, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "levelhead", "poll_mail", "--once", *args],
        env=shared.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_batch_then_restarted_stores_every_message_once(imap_server, tmp_path):
    total = 80
    cast = build_cast()
    mailbox = connect_mailbox(cast.shop_a, imap_server)
    uids = imap_server.deliver(*emails(total))
    shared = SharedDatabase(tmp_path)
    shared.publish()

    worker = poll_mail(shared, "--batch-size", "20")
    deadline = time.monotonic() + 60
    count = 0
    while time.monotonic() < deadline and worker.poll() is None:
        try:
            count = shared.raw_count()
        except sqlite3.OperationalError:  # the file is still being set up: look again
            count = 0
        if count >= 20:  # the first batch of 20 is committed; the second is on its way
            break
        time.sleep(0.01)
    assert worker.poll() is None, "the poller finished before it could be killed"
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)
    assert worker.returncode == -signal.SIGKILL
    worker.stdout.close()  # type: ignore[union-attr]
    worker.stderr.close()  # type: ignore[union-attr]

    restarted = poll_mail(shared, "--batch-size", "20")
    _, err = restarted.communicate(timeout=120)
    assert restarted.returncode == 0, err.decode()
    assert "error" not in err.decode()

    shared.reload()
    stored_once(cast.shop_a, total)
    mailbox.refresh_from_db()
    assert mailbox.last_uid == max(uids)


def test_the_worker_scheduler_keeps_at_most_one_poll_waiting(db):
    from django_tasks_db.models import DBTaskResult

    from levelhead.conversations.tasks import poll_mailboxes
    from levelhead.core.management.commands.worker import _enqueue_mail_poll

    _enqueue_mail_poll()
    _enqueue_mail_poll()  # the worker is busy: the second tick adds nothing
    waiting = DBTaskResult.objects.filter(task_path=poll_mailboxes.module_path)
    assert waiting.count() == 1
