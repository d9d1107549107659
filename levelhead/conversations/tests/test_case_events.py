"""Every change an agent makes to a case is recorded in the case's stream, with who did it and
the values before and after, and the change and its record commit together or not at all."""

import pytest
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse

from levelhead.conversations import services
from levelhead.conversations.models import CaseStatus, Direction, Message
from levelhead.outbox.models import OutboundEmail
from levelhead.records.models import Event
from levelhead.records.services import verify_all

from .faults import record_refused
from .mime import arrive


@pytest.fixture
def case(cast):
    message = arrive(cast.shop_a).message
    assert message is not None
    return message.case


def events(case, kind):
    return list(Event.objects.filter(stream=f"case:{case.pk}", kind=kind))


# -- the services ------------------------------------------------------------------------------


def test_assign_records_who_and_from_whom_to_whom(cast, case):
    services.assign(case, cast.agent, actor=cast.owner)
    services.assign(case, cast.owner, actor=cast.agent)
    services.assign(case, None, actor=cast.owner)
    services.assign(case, None, actor=cast.owner)  # no change: nothing recorded
    recorded = events(case, "case.assigned")
    assert [(e.actor, e.actor_user_id, e.data) for e in recorded] == [
        (f"user:{cast.owner.pk}", cast.owner.pk, {"old": None, "new": cast.agent.pk}),
        (f"user:{cast.agent.pk}", cast.agent.pk, {"old": cast.agent.pk, "new": cast.owner.pk}),
        (f"user:{cast.owner.pk}", cast.owner.pk, {"old": cast.owner.pk, "new": None}),
    ]
    case.refresh_from_db()
    assert case.assignee is None
    assert verify_all()[1] is None


def test_set_status_records_old_and_new(cast, case):
    services.set_status(case, CaseStatus.RESOLVED, actor=cast.agent)
    services.set_status(case, CaseStatus.RESOLVED, actor=cast.agent)  # no change
    services.set_status(case, CaseStatus.OPEN, actor=cast.owner)
    recorded = events(case, "case.status_changed")
    assert [(e.actor, e.data) for e in recorded] == [
        (f"user:{cast.agent.pk}", {"old": "open", "new": "resolved"}),
        (f"user:{cast.owner.pk}", {"old": "resolved", "new": "open"}),
    ]
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN


def test_add_note_records_the_note(cast, case):
    note = services.add_note(case, "  Called the courier, they will check.  ", actor=cast.agent)
    assert note.direction == Direction.NOTE and note.author == cast.agent
    [event] = events(case, "note.added")
    assert event.actor == f"user:{cast.agent.pk}"
    assert event.data == {"message_id": note.pk, "text": "Called the courier, they will check."}


def test_reply_records_what_was_sent_and_the_status_change(cast, case):
    message = services.reply(case, "It left us on Monday.", actor=cast.agent)
    [event] = events(case, "message.sent")
    assert event.actor == f"user:{cast.agent.pk}" and event.actor_user == cast.agent
    assert event.data == {
        "message_id": message.pk,
        "outbound_id": message.outbound_id,
        "to": "ada@example.test",
        "subject": "Re: Where is my order A1001?",
        "text": "It left us on Monday.",
        "status": ["open", "waiting"],
    }
    kinds = list(
        Event.objects.filter(stream=f"case:{case.pk}").order_by("seq").values_list("kind", "seq")
    )
    assert kinds == [("case.created", 1), ("message.received", 2), ("message.sent", 3)]


def test_a_refused_record_rolls_back_the_assignment(cast, case):
    with record_refused("case.assigned"), pytest.raises(DatabaseError):
        services.assign(case, cast.agent, actor=cast.owner)
    case.refresh_from_db()
    assert case.assignee is None and not events(case, "case.assigned")
    services.assign(case, cast.agent, actor=cast.owner)  # and it works once the record can be
    case.refresh_from_db()
    assert case.assignee == cast.agent and len(events(case, "case.assigned")) == 1


def test_a_refused_record_rolls_back_the_status_change(cast, case):
    with record_refused("case.status_changed"), pytest.raises(DatabaseError):
        services.set_status(case, CaseStatus.RESOLVED, actor=cast.agent)
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN and case.due_at is not None
    assert not events(case, "case.status_changed")


def test_a_refused_record_rolls_back_the_note(cast, case):
    with record_refused("note.added"), pytest.raises(DatabaseError):
        services.add_note(case, "Internal remark", actor=cast.agent)
    assert not Message.objects.filter(direction=Direction.NOTE).exists()
    assert not events(case, "note.added")


def test_a_refused_record_rolls_back_the_reply_and_its_email(cast, case):
    with record_refused("message.sent"), pytest.raises(DatabaseError):
        services.reply(case, "It left us on Monday.", actor=cast.agent)
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN and case.first_response_at is None
    assert case.due_at is not None
    assert not Message.objects.filter(direction=Direction.OUT).exists()
    assert not OutboundEmail.objects.exists()  # nothing goes out for a reply not recorded
    assert not events(case, "message.sent")


def test_a_refused_reply_records_nothing(cast, case):
    case.customer.email = ""
    case.customer.save()
    with pytest.raises(Exception, match="no email address"):
        services.reply(case, "Hello", actor=cast.agent)
    assert not events(case, "message.sent") and not OutboundEmail.objects.exists()


# -- the case page's forms ---------------------------------------------------------------------


def test_note_form_adds_the_note_and_records_it(client, cast, case):
    client.force_login(cast.agent)
    url = reverse("case-note", args=[cast.shop_a.slug, case.pk])
    response = client.post(url, {"text": "Customer called; parcel found."})
    assert response.status_code == 302
    assert response["Location"] == reverse("case-detail", args=[cast.shop_a.slug, case.pk])
    note = Message.objects.get(direction=Direction.NOTE)
    assert note.text == "Customer called; parcel found." and note.author == cast.agent
    [event] = events(case, "note.added")
    assert event.actor == f"user:{cast.agent.pk}" and event.data["message_id"] == note.pk
    page = client.get(response["Location"]).content.decode()
    assert "Customer called; parcel found." in page


def test_status_form_changes_the_status_and_records_it(client, cast, case):
    client.force_login(cast.agent)
    url = reverse("case-status", args=[cast.shop_a.slug, case.pk])
    response = client.post(url, {"status": "resolved"})
    assert response.status_code == 302
    assert response["Location"] == reverse("case-detail", args=[cast.shop_a.slug, case.pk])
    case.refresh_from_db()
    assert case.status == CaseStatus.RESOLVED and case.due_at is None
    [event] = events(case, "case.status_changed")
    assert event.actor == f"user:{cast.agent.pk}"
    assert event.data == {"old": "open", "new": "resolved"}
    # Escalation is not set from this form: nothing changes, nothing recorded.
    client.post(url, {"status": "escalated"})
    case.refresh_from_db()
    assert case.status == CaseStatus.RESOLVED and len(events(case, "case.status_changed")) == 1


def test_assign_form_assigns_and_records_it(client, cast, case):
    client.force_login(cast.owner)
    url = reverse("case-assign", args=[cast.shop_a.slug, case.pk])
    response = client.post(url, {"assignee": cast.agent.pk})
    assert response.status_code == 302
    assert response["Location"] == reverse("case-detail", args=[cast.shop_a.slug, case.pk])
    case.refresh_from_db()
    assert case.assignee == cast.agent
    response = client.post(url, {"assignee": ""})  # to nobody
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.assignee is None
    assert [(e.actor, e.data) for e in events(case, "case.assigned")] == [
        (f"user:{cast.owner.pk}", {"old": None, "new": cast.agent.pk}),
        (f"user:{cast.owner.pk}", {"old": cast.agent.pk, "new": None}),
    ]


def test_status_form_needs_the_csrf_token(cast, case):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(cast.agent)
    url = reverse("case-status", args=[cast.shop_a.slug, case.pk])
    forged = browser.post(url, {"status": "resolved"})
    assert forged.status_code == 403
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN and not events(case, "case.status_changed")
    # The case page hands out the token; with it the same form works.
    browser.get(reverse("case-detail", args=[cast.shop_a.slug, case.pk]))
    token = browser.cookies["csrftoken"].value
    response = browser.post(url, {"status": "resolved", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == CaseStatus.RESOLVED and len(events(case, "case.status_changed")) == 1
