"""Response targets wired into the pipeline and the case's life: a new message is due by the
shop's first-response target, a follow-up after a reply by the next-response target, both in
the shop's business hours and time zone with its holidays; the due state turns "soon" an hour
before and "overdue" after."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from levelhead.conversations import selectors, services
from levelhead.conversations.models import Case, CaseStatus
from levelhead.core import clock

from .mime import arrive

# Thursday 24 December 2026, 16:30 in New York (21:30 UTC); Friday the 25th is a holiday.
THURSDAY_LATE = datetime(2026, 12, 24, 21, 30, tzinfo=UTC)


@pytest.fixture
def shop(cast):
    shop = cast.shop_a
    shop.timezone = "America/New_York"
    shop.first_response_minutes = 120
    shop.next_response_minutes = 60
    shop.holidays = ["2026-12-25"]
    shop.save()
    return shop


def arrives(shop, at, **kwargs):
    with clock.frozen_at(at):
        return arrive(shop, **kwargs)


def test_a_new_message_is_due_by_the_first_response_target_in_business_time(shop):
    raw = arrives(shop, THURSDAY_LATE)
    case = Case.objects.get()
    assert raw.message.case == case
    # 30 minutes left on Thursday (closes 17:00 New York), Friday a holiday, the weekend
    # closed: the other 90 minutes on Monday from 09:00, so 10:30 New York, 15:30 UTC.
    assert case.due_at == datetime(2026, 12, 28, 15, 30, tzinfo=UTC)


def test_a_follow_up_after_a_reply_is_due_by_the_next_response_target(cast, shop):
    arrives(shop, THURSDAY_LATE, message_id="<q1@example.test>")
    case = Case.objects.get()
    with clock.frozen_at(datetime(2026, 12, 28, 15, 0, tzinfo=UTC)):  # Monday 10:00 New York
        services.reply(case, "It left us on Monday.", actor=cast.agent)
    case.refresh_from_db()
    assert case.due_at is None and case.status == CaseStatus.WAITING
    # Monday 16:30 New York: 30 minutes on Monday, 30 on Tuesday from 09:00.
    arrives(
        shop,
        datetime(2026, 12, 28, 21, 30, tzinfo=UTC),
        subject="Re: Where is my order A1001?",
        body="Still nothing.",
        in_reply_to="<q1@example.test>",
    )
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN and case.messages.count() == 3
    assert case.due_at == datetime(2026, 12, 29, 14, 30, tzinfo=UTC)


def test_a_second_message_before_any_reply_keeps_the_first_target(shop):
    arrives(shop, THURSDAY_LATE, message_id="<q1@example.test>")
    first_due = Case.objects.get().due_at
    arrives(
        shop,
        datetime(2026, 12, 28, 14, 0, tzinfo=UTC),
        body="Hello??",
        in_reply_to="<q1@example.test>",
    )
    case = Case.objects.get()
    assert case.messages.count() == 2 and case.due_at == first_due


def test_due_state_turns_soon_an_hour_before_and_overdue_after(shop):
    arrives(shop, THURSDAY_LATE)
    case = Case.objects.get()
    due = case.due_at
    assert due is not None
    assert selectors.due_state(case, due - timedelta(minutes=61)) == "ok"
    assert selectors.due_state(case, due - timedelta(minutes=59)) == "soon"
    assert selectors.due_state(case, due) == "soon"  # due, not yet late
    assert selectors.due_state(case, due + timedelta(seconds=1)) == "overdue"
    case.status = CaseStatus.WAITING  # nothing is due from the shop while it waits
    assert selectors.due_state(case, due + timedelta(days=1)) == ""


def test_the_case_page_and_the_inbox_show_the_due_state_at_the_time(client, cast, shop):
    arrives(shop, THURSDAY_LATE)
    case = Case.objects.get()
    client.force_login(cast.agent)
    url = reverse("case-detail", args=[shop.slug, case.pk])
    inbox = reverse("inbox", args=[shop.slug])
    due = case.due_at
    assert due is not None
    with clock.frozen_at(due - timedelta(hours=2)):
        assert client.get(url).context["due_state"] == "ok"
        assert client.get(inbox, {"view": "overdue"}).context["rows"] == []
    with clock.frozen_at(due - timedelta(minutes=30)):
        assert client.get(url).context["due_state"] == "soon"
    with clock.frozen_at(due + timedelta(minutes=1)):
        assert client.get(url).context["due_state"] == "overdue"
        rows = client.get(inbox, {"view": "overdue"}).context["rows"]
        assert [row.case_id for row in rows] == [str(case.pk)] and rows[0].due == "overdue"


# Wednesday 30 December 2026, 10:00 in New York.
WEDNESDAY = datetime(2026, 12, 30, 15, 0, tzinfo=UTC)


def test_a_message_on_a_case_set_waiting_by_hand_gets_a_fresh_target(cast, shop):
    """The agent answered by phone and set the case to waiting; the customer's next message is
    due from when it arrives, not by the target the case had before (it was overdue at once)."""
    arrives(shop, THURSDAY_LATE, message_id="<q1@example.test>")
    case = Case.objects.get()
    with clock.frozen_at(datetime(2026, 12, 28, 14, 0, tzinfo=UTC)):
        services.set_status(case, CaseStatus.WAITING, actor=cast.agent)
    case.refresh_from_db()
    assert case.due_at is None
    arrives(shop, WEDNESDAY, body="Any news?", in_reply_to="<q1@example.test>")
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN
    # No reply was sent: the first-response target, two hours from 10:00 New York.
    assert case.due_at == datetime(2026, 12, 30, 17, 0, tzinfo=UTC)
    assert selectors.due_state(case, WEDNESDAY) == "ok"


def test_a_case_reopened_by_hand_is_due_again(cast, shop):
    arrives(shop, THURSDAY_LATE)
    case = Case.objects.get()
    with clock.frozen_at(datetime(2026, 12, 28, 15, 0, tzinfo=UTC)):
        services.reply(case, "Sent on Monday.", actor=cast.agent)
        services.set_status(case, CaseStatus.RESOLVED, actor=cast.agent)
    with clock.frozen_at(WEDNESDAY):
        services.set_status(case, CaseStatus.OPEN, actor=cast.agent)
    case.refresh_from_db()
    # Answered before: the next-response target, an hour from 10:00 New York.
    assert case.due_at == datetime(2026, 12, 30, 16, 0, tzinfo=UTC)
