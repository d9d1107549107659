import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "levelhead.settings")
application = get_wsgi_application()


def _load_views() -> None:
    """Import every view, and what the views import (the triage engine's rules among them), now
    rather than on each process's first request, which would take about two seconds. Under
    ``levelhead serve --wsgi`` gunicorn preloads this module, so it happens once, before the
    workers fork. No database connection is opened here; none may be, as the forks would share
    it."""
    from django.db import connections
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - the import is the point
    connections.close_all()


_load_views()
