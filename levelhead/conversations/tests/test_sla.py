from datetime import UTC, datetime

from levelhead.conversations.sla import business_minutes_between, due_at

WEEKDAYS = {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}


def test_within_the_same_day():
    start = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # Monday, London = UTC in November
    assert due_at(start, 240, WEEKDAYS, "Europe/London") == datetime(
        2026, 11, 23, 14, 0, tzinfo=UTC
    )


def test_friday_evening_is_due_on_monday():
    start = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)  # Friday 18:00
    assert due_at(start, 240, WEEKDAYS, "Europe/London") == datetime(
        2026, 11, 30, 13, 0, tzinfo=UTC
    )


def test_holidays_are_skipped():
    start = datetime(2026, 12, 24, 16, 0, tzinfo=UTC)  # Thursday, one hour left that day
    due = due_at(start, 120, WEEKDAYS, "Europe/London", holidays=["2026-12-25"])
    assert due == datetime(2026, 12, 28, 10, 0, tzinfo=UTC)


def test_counted_in_the_shops_time_zone():
    start = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # 08:00 in New York
    due = due_at(start, 60, WEEKDAYS, "America/New_York")
    assert due == datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # opens 09:00 local, +1 h


def test_no_hours_means_clock_time():
    start = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    assert due_at(start, 90, {}, "UTC") == datetime(2026, 11, 28, 11, 30, tzinfo=UTC)


def test_business_minutes_between_skips_nights():
    a = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    b = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert business_minutes_between(a, b, WEEKDAYS, "Europe/London") == 120
