"""A headless Chromium page for browser tests, driven by Playwright's sync API.

Playwright's own browser download cannot work on this machine, so the tests drive Debian's
Chromium (``apt-get install chromium``; ``.ci/run`` installs it). In CI (``CI=true``) a missing
Chromium fails the test; on a laptop without it the test is skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connections

from levelhead.core.testing import unavailable

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    """Debian's Chromium (or ``LEVELHEAD_CHROMIUM``), if it is installed."""
    configured = os.environ.get("LEVELHEAD_CHROMIUM", "/usr/bin/chromium")
    if os.access(configured, os.X_OK):
        return configured
    return shutil.which("chromium")


def require_chromium() -> str:
    path = chromium_path()
    if path is not None:
        return path
    message = (
        "Chromium is not installed (looked for /usr/bin/chromium); install it with "
        "`apt-get install chromium` or set LEVELHEAD_CHROMIUM to its path"
    )
    unavailable(message)


@pytest.fixture
def browser_page(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A fresh Chromium page (its own context: no cookies carried between tests)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    # The sync API runs an event loop in this thread; the test's own ORM calls are still
    # synchronous and sequential, so Django's async-safety guard does not apply to them.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(15_000)
        page = context.new_page()
        try:
            yield page
        finally:
            browser.close()
            # Django keeps connections per context, and Playwright's sync API gives the test body
            # a context of its own: close what the test opened there, or PostgreSQL's pooled
            # connection is never returned and blocks dropping the test database.
            connections.close_all()
    _wait_for_live_server_requests()


def _wait_for_live_server_requests(timeout: float = 5.0) -> None:
    """Let the live server finish the closed browser's keep-alive connections.

    Each one is served by a thread holding a database connection until the socket closes; left
    running, they keep PostgreSQL's test database busy when pytest-django comes to drop it.
    """
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if "process_request_thread" in thread.name:
            thread.join(max(deadline - time.monotonic(), 0))
