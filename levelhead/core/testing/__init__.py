"""Helpers for the tests: the cast of people and shops, and real servers to test against."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def unavailable(message: str) -> NoReturn:
    """A real part a test needs (a browser, a server) is missing. In CI (``CI=true``) that is a
    failure, never a skip; on a laptop the test is skipped and says what to install."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)
