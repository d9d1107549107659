"""The live inbox for real: a browser on `levelhead serve` (uvicorn, websockets) with its worker,
Redis between them, and an email posted to the inbound endpoint. The new case appears in the open
inbox without a reload: worker → Redis → the page's websocket → htmx."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import os
import subprocess
import sys
import uuid

import pytest

from levelhead.core.testing import unavailable, wait_for_server
from levelhead.core.testing.smtp import free_port

from .mime import make_email

pytestmark = pytest.mark.browser
SECRET = "live-secret"
PASSWORD = "a-long-test-password-9"
SETUP = f"""
from levelhead.accounts.models import User, WebhookSecret
from levelhead.accounts.services import create_shop
owner = User.objects.create_user("olive", password="{PASSWORD}")
shop = create_shop(name="Live Shop", slug="live", owner=owner, sender_email="help@live.test")
WebhookSecret.objects.create(shop=shop, source="email", secret="{SECRET}")
"""


def require_redis(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        unavailable(f"Redis is not reachable at {url}: {exc}")


def post_email(port: int, body: bytes) -> int:
    signature = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(
        "POST", "/inbound/email/live/", body=body, headers={"X-Levelhead-Signature": signature}
    )
    response = conn.getresponse()
    response.read()
    return response.status


def test_a_new_email_appears_in_the_open_inbox_through_the_websocket(browser_page, tmp_path):
    from playwright.sync_api import expect

    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    require_redis(redis_url)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        LEVELHEAD_HOME=str(tmp_path),
        REDIS_URL=redis_url,
        REDIS_PREFIX=f"lh-test-{uuid.uuid4().hex}",
        IMAP_POLL_SECONDS="0",
        LOG_LEVEL="WARNING",
    )
    levelhead = [sys.executable, "-m", "levelhead"]
    subprocess.run([*levelhead, "migrate", "-v", "0"], env=env, check=True, timeout=300)
    subprocess.run([*levelhead, "shell", "-c", SETUP], env=env, check=True, timeout=120)
    port = free_port()
    server = subprocess.Popen(
        [*levelhead, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_server(port)
        page = browser_page
        base = f"http://127.0.0.1:{port}"
        page.goto(f"{base}/login/")
        page.fill("#id_username", "olive")
        page.fill("#id_password", PASSWORD)
        with page.expect_websocket(lambda ws: "/ws/shops/live/inbox/" in ws.url) as socket:
            page.click("button[type=submit]")
        expect(page).to_have_url(f"{base}/shops/live/inbox/")
        rows = page.locator("#case-rows .case-row")
        expect(rows).to_have_count(0)
        assert not socket.value.is_closed()
        page.evaluate("window.__still_here = true")

        body = make_email(subject="Where is my parcel?", body="It has been two weeks. Please!")
        assert post_email(port, body) == 202
        expect(rows).to_have_count(1, timeout=20_000)
        expect(rows.first).to_contain_text("Where is my parcel?")
        assert page.evaluate("window.__still_here") is True  # updated in place, no reload
    finally:
        server.terminate()
        server.wait(timeout=30)
