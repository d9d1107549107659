import os

import pytest


def pytest_report_header(config):
    from django.conf import settings

    return f"database: {settings.DATABASES['default']['ENGINE']}"


@pytest.fixture
def cast(db):
    from levelhead.core.testing.cast import build_cast

    return build_cast()


@pytest.fixture(autouse=True)
def _media_and_site(settings, tmp_path):
    from django.core.cache import cache

    cache.clear()
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def is_postgres():
    from django.db import connection

    return connection.vendor == "postgresql"


def pytest_collection_modifyitems(config, items):
    from django.db import connection

    if connection.vendor == "postgresql" or os.environ.get("DATABASE_URL"):
        return
    # Deselected, not skipped: they run in the PostgreSQL pass of `make test`, which CI requires.
    selected = [item for item in items if "postgres_only" not in item.keywords]
    deselected = [item for item in items if "postgres_only" in item.keywords]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


# Reusable fixtures: a real SMTP server (aiosmtpd) and a headless Chromium page (Playwright).
pytest_plugins = ["levelhead.core.testing.smtp", "levelhead.core.testing.browser"]
pytest_plugins += ["levelhead.core.testing.imap"]  # a real IMAP server (dovecot)
