"""Response-time targets counted in a shop's business hours, pure Python.

``due_at(start, minutes, hours, tz, holidays)`` walks forward from ``start`` through the shop's
opening spans (in its own time zone, skipping holidays) until ``minutes`` of open time have passed.
A message that arrives at 18:00 on a Friday with a four-hour target is due at 13:00 on Monday.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_DAYS = 370  # a shop open no day in a year: give up rather than loop


def _spans(
    day: date, hours: Mapping[str, Sequence[Sequence[str]]], tz: ZoneInfo, holidays: set[date]
) -> list[tuple[datetime, datetime]]:
    if day in holidays:
        return []
    spans = []
    for start, end in hours.get(DAYS[day.weekday()], []):
        h1, m1 = map(int, start.split(":"))
        h2, m2 = map(int, end.split(":"))
        opens = datetime.combine(day, time(h1, m1), tz)
        closes = (
            datetime.combine(day + timedelta(days=1), time(0, 0), tz)
            if (h2, m2) == (24, 0)
            else datetime.combine(day, time(h2, m2), tz)
        )
        spans.append((opens, closes))
    return sorted(spans)


def due_at(
    start: datetime,
    minutes: int,
    hours: Mapping[str, Sequence[Sequence[str]]],
    tz_name: str,
    holidays: Iterable[str | date] = (),
) -> datetime:
    """The moment ``minutes`` of business time after ``start``; returned in UTC."""
    tz = ZoneInfo(tz_name)
    off = {h if isinstance(h, date) else date.fromisoformat(h) for h in holidays}
    if not any(hours.get(d) for d in DAYS):
        # No business hours configured: count plain clock time.
        return (start + timedelta(minutes=minutes)).astimezone(UTC)
    local = start.astimezone(tz)
    remaining = timedelta(minutes=minutes)
    day = local.date()
    for _ in range(MAX_DAYS):
        for opens, closes in _spans(day, hours, tz, off):
            begin = max(opens, local)
            if begin >= closes:
                continue
            available = closes - begin
            if remaining <= available:
                return (begin + remaining).astimezone(UTC)
            remaining -= available
        day += timedelta(days=1)
    return (start + timedelta(minutes=minutes)).astimezone(UTC)


def business_minutes_between(
    start: datetime,
    end: datetime,
    hours: Mapping[str, Sequence[Sequence[str]]],
    tz_name: str,
    holidays: Iterable[str | date] = (),
) -> int:
    """Business minutes from ``start`` to ``end`` (for response-time charts)."""
    if end <= start:
        return 0
    tz = ZoneInfo(tz_name)
    off = {h if isinstance(h, date) else date.fromisoformat(h) for h in holidays}
    if not any(hours.get(d) for d in DAYS):
        return int((end - start).total_seconds() // 60)
    total = timedelta()
    day = start.astimezone(tz).date()
    last = end.astimezone(tz).date()
    while day <= last:
        for opens, closes in _spans(day, hours, tz, off):
            a, b = max(opens, start), min(closes, end)
            if b > a:
                total += b - a
        day += timedelta(days=1)
    return int(total.total_seconds() // 60)
