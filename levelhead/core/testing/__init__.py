"""Helpers for the tests: the cast of people and shops, and real servers to test against."""

from __future__ import annotations

import http.client
import os
import time
from typing import NoReturn

import pytest


def unavailable(message: str) -> NoReturn:
    """A real part a test needs (a browser, a server) is missing. In CI (``CI=true``) that is a
    failure, never a skip; on a laptop the test is skipped and says what to install."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)


def wait_for_server(port: int, timeout: float = 60) -> None:
    """Until a server started by a test answers ``/api/health`` on ``port`` with 200."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/health")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"the server on port {port} did not start"
        time.sleep(0.2)
