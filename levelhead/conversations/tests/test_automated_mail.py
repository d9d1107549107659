"""Automated mail (auto-replies, bounces) is set aside, never lost: the seller sees it on the
unprocessed page and can file any of it as a customer message. A request not to auto-reply
(X-Auto-Response-Suppress) is not itself a sign of automated mail."""

from datetime import timedelta
from email.utils import format_datetime, make_msgid

import pytest
from django.test import Client
from django.urls import reverse

from levelhead.conversations import selectors, services
from levelhead.conversations.channels.email_in.parse import parse_email
from levelhead.conversations.ingest import (
    file_as_customer_message,
)
from levelhead.conversations.models import Case, CaseStatus, InboundRaw, Message, RawStatus
from levelhead.core import clock
from levelhead.records.models import Event

from .faults import record_refused
from .mime import arrive, make_email

HEADING = "Automated mail (auto-replies and bounces), not shown as customer messages"
BUTTON = "File it as a customer message"


def bounce(recipient="ada@example.test", sender="mail-delivery@mx.example.test") -> bytes:
    """A delivery status notification as mail servers send it (RFC 3464)."""
    return (
        f"From: Mail Delivery System <{sender}>\r\n"
        "To: hello@clayandkiln.test\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(clock.now())}\r\n"
        f"Message-ID: {make_msgid(domain='mx.example.test')}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n'
        "\r\n"
        "--b1\r\n"
        "Content-Type: text/plain\r\n\r\n"
        f"Your message to <{recipient}> could not be delivered.\r\n"
        "--b1\r\n"
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.test\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "--b1--\r\n"
    ).encode()


# -- recognising automated mail ----------------------------------------------------------------


def test_a_request_not_to_auto_reply_is_not_an_auto_reply():
    human = make_email(headers={"X-Auto-Response-Suppress": "All"})
    assert parse_email(human).automated == ""
    both = make_email(headers={"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"})
    assert parse_email(both).automated == "auto-reply"


@pytest.mark.parametrize(
    ("headers", "subject"),
    [
        ({"Auto-Submitted": "auto-generated"}, "Hello"),
        ({"Precedence": "bulk"}, "Hello"),
        ({"Precedence": "auto_reply"}, "Hello"),
        ({"X-Autoreply": "yes"}, "Hello"),
        ({"X-Autorespond": "Out of office"}, "Hello"),
        ({}, "Automatic reply: Where is my order A1001?"),
        ({}, "Out of Office: back Monday"),
    ],
)
def test_the_other_signals_still_mark_an_auto_reply(headers, subject):
    assert parse_email(make_email(headers=headers, subject=subject)).automated == "auto-reply"


def test_auto_submitted_no_is_a_person():
    assert parse_email(make_email(headers={"Auto-Submitted": "no"})).automated == ""


def test_delivery_status_reports_and_mailer_daemons_are_bounces():
    assert parse_email(bounce()).automated == "bounce"  # by its type, whoever sent it
    assert parse_email(make_email(sender="postmaster@example.test")).automated == "bounce"


# -- through the pipeline ----------------------------------------------------------------------


def test_ordinary_mail_asking_for_no_auto_reply_reaches_the_inbox(client, cast):
    raw = arrive(
        cast.shop_a,
        make_email(
            subject="Mug arrived broken",
            body="The handle came off in the box.",
            headers={"X-Auto-Response-Suppress": "DR, OOF, AutoReply"},
        ),
    )
    assert raw.status == RawStatus.PROCESSED, raw.error
    case = Case.objects.get()
    assert case.subject == "Mug arrived broken" and case.status == CaseStatus.OPEN
    client.force_login(cast.agent)
    page = client.get(reverse("inbox", args=[cast.shop_a.slug])).content.decode()
    assert "Mug arrived broken" in page


def test_a_bounce_is_set_aside_and_shown_with_its_reason(client, cast):
    raw = arrive(cast.shop_a, bounce())
    assert raw.status == RawStatus.IGNORED
    assert raw.error == "bounce from mail-delivery@mx.example.test: not the customer"
    assert not Case.objects.exists() and not Message.objects.exists()
    client.force_login(cast.agent)
    inbox = client.get(reverse("inbox", args=[cast.shop_a.slug])).content.decode()
    link = f'href="{reverse("inbox-unprocessed", args=[cast.shop_a.slug])}"'
    assert f"{link}>Auto-replies and bounces set aside</a>" in inbox  # the way there
    response = client.get(reverse("inbox-unprocessed", args=[cast.shop_a.slug]))
    page = response.content.decode()
    assert HEADING in page
    section = page[page.index(HEADING) :]
    assert "bounce from mail-delivery@mx.example.test: not the customer" in section
    assert BUTTON in section
    assert reverse("inbox-file", args=[cast.shop_a.slug, raw.pk]) in section
    # Not among the failures above it, which have nothing to show.
    assert "Everything that arrived has been processed." in page[: page.index(HEADING)]


def test_automated_mail_is_listed_newest_first_and_only_the_shops_own(client, cast):
    older = arrive(cast.shop_a, make_email(headers={"Auto-Submitted": "auto-replied"}))
    InboundRaw.objects.filter(pk=older.pk).update(received_at=clock.now() - timedelta(minutes=5))
    newer = arrive(cast.shop_a, bounce())
    processed = arrive(cast.shop_a, make_email(sender="grace@example.test"))
    other = arrive(cast.shop_b, bounce(recipient="bob@example.test"))
    assert processed.status == RawStatus.PROCESSED and other.status == RawStatus.IGNORED
    assert [r.pk for r in selectors.ignored(cast.shop_a)] == [newer.pk, older.pk]
    client.force_login(cast.agent)
    page = client.get(reverse("inbox-unprocessed", args=[cast.shop_a.slug])).content.decode()
    first = page.index(reverse("inbox-file", args=[cast.shop_a.slug, newer.pk]))
    second = page.index(reverse("inbox-file", args=[cast.shop_a.slug, older.pk]))
    assert first < second
    assert "bob@example.test" not in page and f"/{other.pk}/file/" not in page


def test_nothing_set_aside_says_so(client, cast):
    client.force_login(cast.agent)
    page = client.get(reverse("inbox-unprocessed", args=[cast.shop_a.slug])).content.decode()
    assert HEADING in page and "No automated mail has been set aside." in page


def test_filing_an_auto_reply_opens_the_case_it_would_have_opened(client, cast):
    raw = arrive(
        cast.shop_a,
        make_email(
            subject="Automatic reply: my order",
            body="Actually I am here, where is order A1001?",
            headers={"Auto-Submitted": "auto-replied"},
        ),
    )
    assert raw.status == RawStatus.IGNORED
    client.force_login(cast.agent)
    response = client.post(reverse("inbox-file", args=[cast.shop_a.slug, raw.pk]))
    case = Case.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("case-detail", args=[cast.shop_a.slug, case.pk])
    raw.refresh_from_db()
    assert raw.status == RawStatus.PROCESSED and raw.message.case == case
    assert raw.error.startswith("filed as a customer message (read as auto-reply)")
    assert case.customer == cast.order_a.customer and case.order == cast.order_a
    assert case.status == CaseStatus.OPEN and case.due_at is not None
    kinds = list(Event.objects.filter(stream=f"case:{case.pk}").values_list("kind", flat=True))
    assert kinds == ["case.created", "message.received"]
    page = client.get(response["Location"]).content.decode()
    assert "Actually I am here" in page
    unprocessed = client.get(reverse("inbox-unprocessed", args=[cast.shop_a.slug]))
    assert BUTTON not in unprocessed.content.decode()
    # Filed once: a second press finds nothing to file.
    again = client.post(reverse("inbox-file", args=[cast.shop_a.slug, raw.pk]))
    assert again.status_code == 404 and Message.objects.count() == 1


def test_filing_a_reply_set_aside_continues_and_reopens_its_case(cast):
    first = arrive(cast.shop_a, make_email(message_id="<q1@example.test>"))
    case = first.message.case
    services.reply(case, "It left us on Monday.", actor=cast.agent)
    answer = make_email(
        subject="Re: Where is my order A1001?",
        body="Still nothing here.",
        in_reply_to="<q1@example.test>",
        headers={"Precedence": "bulk"},  # a mailing tool that marks everything bulk
    )
    raw = arrive(cast.shop_a, answer)
    case.refresh_from_db()
    assert raw.status == RawStatus.IGNORED and case.status == CaseStatus.WAITING
    filed = file_as_customer_message(cast.shop_a, raw.pk)
    assert filed is not None and filed.status == RawStatus.PROCESSED
    case.refresh_from_db()
    assert case.status == CaseStatus.OPEN and Case.objects.count() == 1
    assert list(case.messages.values_list("text", flat=True))[-1] == "Still nothing here."
    assert file_as_customer_message(cast.shop_a, raw.pk) is None  # not twice


def test_only_set_aside_mail_of_the_members_own_shop_can_be_filed(client, cast):
    ignored_b = arrive(cast.shop_b, bounce(recipient="bob@example.test"))
    failed_a = arrive(cast.shop_a, b"Subject: no sender\r\n\r\nhi")
    processed_a = arrive(cast.shop_a, make_email())
    client.force_login(cast.agent)
    for slug, raw in [
        (cast.shop_a.slug, ignored_b),  # another shop's, through this shop's URL
        (cast.shop_b.slug, ignored_b),  # another shop's, through its own URL
        (cast.shop_a.slug, failed_a),  # failed, not set aside: retried, not filed
        (cast.shop_a.slug, processed_a),
    ]:
        response = client.post(reverse("inbox-file", args=[slug, raw.pk]))
        assert response.status_code == 404, (slug, raw.status)
    assert file_as_customer_message(cast.shop_a, ignored_b.pk) is None
    ignored_b.refresh_from_db()
    assert ignored_b.status == RawStatus.IGNORED and Case.objects.count() == 1
    assert (
        client.get(reverse("inbox-file", args=[cast.shop_a.slug, failed_a.pk])).status_code == 405
    )


def test_filing_needs_the_csrf_token(cast):
    raw = arrive(cast.shop_a, bounce())
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(cast.agent)
    url = reverse("inbox-file", args=[cast.shop_a.slug, raw.pk])
    assert browser.post(url).status_code == 403
    raw.refresh_from_db()
    assert raw.status == RawStatus.IGNORED and not Case.objects.exists()
    browser.get(reverse("inbox-unprocessed", args=[cast.shop_a.slug]))
    token = browser.cookies["csrftoken"].value
    assert browser.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    raw.refresh_from_db()
    assert raw.status == RawStatus.PROCESSED


def test_a_filing_that_fails_is_kept_with_its_error_and_nothing_half_written(client, cast):
    """The database refuses the message's record: the filing is rolled back whole, the input
    moves to the failures with the error, and the seller is told why, not shown a server error."""
    raw = arrive(cast.shop_a, bounce())
    client.force_login(cast.agent)
    with record_refused("message.received"):
        response = client.post(reverse("inbox-file", args=[cast.shop_a.slug, raw.pk]), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("inbox-unprocessed", args=[cast.shop_a.slug])
    page = response.content.decode()
    assert "It could not be filed" in page and "record refused" in page
    raw.refresh_from_db()
    assert raw.status == RawStatus.FAILED and "record refused" in raw.error
    assert raw.message_id is None
    assert not Case.objects.exists() and not Message.objects.exists()
    assert not Event.objects.filter(kind__startswith="case.").exists()
