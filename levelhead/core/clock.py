"""The one place Django code asks for the time, so tests can control it."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from django.utils import timezone

_frozen: datetime | None = None


def now() -> datetime:
    """The current time, aware, in UTC (or the frozen time inside ``frozen_at``)."""
    return _frozen if _frozen is not None else timezone.now()


@contextmanager
def frozen_at(moment: datetime) -> Iterator[datetime]:
    """Freeze ``now()`` at ``moment`` for the duration of the block (tests, the demo seeder)."""
    global _frozen
    previous, _frozen = _frozen, moment
    try:
        yield moment
    finally:
        _frozen = previous
