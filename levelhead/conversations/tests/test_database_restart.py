"""The database restarted under traffic: every inbound message stored once, every reply sent once.

The running product (``levelhead serve --wsgi`` with its worker, as deployed) talks to a PostgreSQL
server of the test's own, which the test stops and starts while customers' messages are being
posted and while a reply is half-way through the SMTP server. Posting retries until it gets a 202,
as email providers do.
"""

import hashlib
import hmac
import http.client
import os
import subprocess
import sys
import threading
import time

import psycopg
import pytest

from levelhead.core.testing.postgres import private_postgres  # noqa: F401  (fixture)
from levelhead.core.testing.smtp import free_port, running_smtp_server

from .mime import make_email

SECRET = "restart-secret"
INBOUND = 60
REPLIES = 4
SETUP = f"""
from levelhead.accounts.models import User, WebhookSecret
from levelhead.accounts.services import create_shop
from levelhead.conversations import services
from levelhead.conversations.ingest import process_pending, receive_raw
from levelhead.conversations.models import Case
from levelhead.conversations.tests.mime import make_email

owner = User.objects.create_user("owner", password="not-used-here")
shop = create_shop(name="Restart", slug="restart", owner=owner, sender_email="help@restart.test")
WebhookSecret.objects.create(shop=shop, source="email", secret="{SECRET}")
for i in range({REPLIES}):
    body = make_email(sender=f"Early {{i}} <early{{i}}@example.test>", subject=f"Early {{i}}")
    receive_raw(shop, "email", body, source="setup", external_key=str(i))
process_pending()
for case in Case.objects.order_by("pk"):
    services.reply(case, "Your parcel left on Monday with Royal Mail.", actor=owner)
"""


def post_until_stored(port: int, index: int, deadline: float) -> None:
    body = make_email(
        sender=f"Customer {index} <c{index}@example.test>",
        subject=f"Order question {index}",
        message_id=f"<restart-{index}@example.test>",
    )
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request(
                "POST",
                "/inbound/email/restart/",
                body=body,
                headers={
                    "X-Levelhead-Signature": signature,
                    "X-Levelhead-Delivery": f"delivery-{index}",
                },
            )
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status == 202:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"message {index} was never accepted")


def counts(url: str) -> tuple[int, ...]:
    with psycopg.connect(url, connect_timeout=3) as conn:
        row = conn.execute(
            """SELECT
                (SELECT count(*) FROM conversations_inboundraw WHERE source = 'webhook'),
                (SELECT count(DISTINCT external_key) FROM conversations_inboundraw
                    WHERE source = 'webhook'),
                (SELECT count(*) FROM conversations_inboundraw
                    WHERE source = 'webhook' AND status = 'processed'),
                (SELECT count(*) FROM conversations_message WHERE direction = 'in'),
                (SELECT count(*) FROM outbox_outboundemail WHERE state = 'sent')"""
        ).fetchone()
    assert row is not None
    return tuple(row)


@pytest.mark.postgres_only
def test_database_restarted_mid_traffic_loses_nothing_and_doubles_nothing(
    private_postgres,  # noqa: F811
    tmp_path,
):
    private_postgres.create_database("levelhead")
    url = private_postgres.url("levelhead")
    with running_smtp_server() as smtp:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            DATABASE_URL=url,
            LEVELHEAD_HOME=str(tmp_path / "home"),
            EMAIL_HOST=smtp.host,
            EMAIL_PORT=str(smtp.port),
            IMAP_POLL_SECONDS="0",
            LOG_LEVEL="WARNING",
        )
        levelhead = [sys.executable, "-m", "levelhead"]
        subprocess.run([*levelhead, "migrate", "-v", "0"], env=env, check=True, timeout=300)
        subprocess.run([*levelhead, "shell", "-c", SETUP], env=env, check=True, timeout=120)

        smtp.delay = 3.0  # the first reply is still in the SMTP server when the database stops
        port = free_port()
        log_path = tmp_path / "serve.log"
        server = subprocess.Popen(
            [*levelhead, "serve", "--wsgi", "--workers", "2", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_path.open("wb"),  # a file: a pipe nobody reads would fill and block
        )
        try:
            deadline = time.monotonic() + 240

            def post_all() -> None:
                for i in range(INBOUND):
                    post_until_stored(port, i, deadline)

            posted = threading.Thread(target=post_all)
            assert smtp.receiving.wait(60), "the worker never started sending"
            posted.start()
            time.sleep(0.5)
            private_postgres.stop()  # mid-send, mid-posting
            time.sleep(3)
            private_postgres.start()
            smtp.delay = 0.0
            posted.join(timeout=240)
            assert not posted.is_alive()

            expected = (INBOUND, INBOUND, INBOUND, INBOUND + REPLIES, REPLIES)
            seen = final = None
            while time.monotonic() < deadline:
                seen = counts(url)
                if seen == expected:
                    break
                time.sleep(0.5)
            time.sleep(2 if seen == expected else 0)  # nothing more arrives later either
            final = counts(url)
        finally:
            server.terminate()
            server.wait(timeout=30)
        log = log_path.read_text(errors="replace")
        assert final == expected, f"(stored, distinct, processed, in, sent): {final}\n{log[-3000:]}"
        ids = [mail.message["Message-ID"] for mail in smtp.messages]
        assert len(ids) == REPLIES and len(set(ids)) == REPLIES, ids
        assert "recording it failed" in log, "the reply was not caught mid-send"
