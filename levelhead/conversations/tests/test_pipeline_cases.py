"""Smaller behaviours of the email pipeline, each end to end: stored raw → processed → what the
seller sees."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse

from levelhead.conversations import services
from levelhead.conversations.inbound import Incoming
from levelhead.conversations.ingest import ingest
from levelhead.conversations.models import Attachment, Case, InboundRaw, Message, RawStatus
from levelhead.core import clock
from levelhead.core.testing.cast import order_data
from levelhead.orders.services import create_order
from levelhead.outbox.services import deliver

from .mime import arrive, make_email


def test_inbox_channel_filter(client, cast):
    arrive(cast.shop_a, make_email(subject="Email about a mug"))
    ingest(cast.shop_a, Incoming(channel="chat", sender="visitor-1", text="Chat about a vase"))
    client.force_login(cast.agent)
    url = reverse("inbox", args=[cast.shop_a.slug])

    def shown(**params):
        return sorted(row.case_id for row in client.get(url, params).context["rows"])

    email_case = Case.objects.get(channel="email").pk
    chat_case = Case.objects.get(channel="chat").pk
    assert shown(channel="chat") == [str(chat_case)]
    assert shown(channel="email") == [str(email_case)]
    assert shown(channel="phone") == []
    assert shown() == sorted([str(email_case), str(chat_case)])
    assert shown(channel="nonsense") == shown()  # an unknown channel filters nothing
    page = client.get(url, {"channel": "chat"}).content.decode()
    assert "(no subject)" in page and "Email about a mug" not in page  # the chat case only


def test_a_reply_threads_by_references_alone(cast):
    arrive(cast.shop_a, make_email(message_id="<first@example.test>"))
    raw = arrive(
        cast.shop_a,
        make_email(
            subject="Something else entirely",
            body="Any news?",
            headers={"References": "<older@example.test> <first@example.test>"},
        ),
    )
    assert raw.status == RawStatus.PROCESSED
    assert Case.objects.count() == 1 and raw.message.case.messages.count() == 2
    assert raw.message.in_reply_to == ""
    assert raw.message.references == "<older@example.test> <first@example.test>"


def test_references_to_another_customers_message_do_not_thread(cast):
    arrive(cast.shop_a, make_email(message_id="<first@example.test>"))
    arrive(
        cast.shop_a,
        make_email(
            sender="mallory@example.test",
            subject="Something else",
            headers={"References": "<first@example.test>"},
        ),
    )
    assert Case.objects.count() == 2


def test_the_outbound_reply_carries_in_reply_to_and_references(cast):
    arrive(cast.shop_a, make_email(message_id="<q1@example.test>"))
    case = Case.objects.get()
    first = services.reply(case, "It left us on Monday.", actor=cast.agent)
    arrive(
        cast.shop_a,
        make_email(
            subject="Re: Where is my order A1001?",
            body="It has not arrived.",
            message_id="<q2@example.test>",
            headers={
                "In-Reply-To": first.external_id,
                "References": f"<q1@example.test> {first.external_id}",
            },
        ),
    )
    second = services.reply(case, "I have asked the carrier.", actor=cast.agent)
    assert first.outbound_id is not None and second.outbound_id is not None
    assert deliver(first.outbound_id) == "sent" and deliver(second.outbound_id) == "sent"
    sent = mail.outbox[-1].message()
    assert sent["In-Reply-To"] == "<q2@example.test>"
    assert sent["References"].split() == [
        "<q1@example.test>",
        first.external_id,
        "<q2@example.test>",
    ]
    assert sent["Message-ID"] == second.external_id
    first_sent = mail.outbox[0].message()
    assert first_sent["In-Reply-To"] == "<q1@example.test>"
    assert first_sent["References"] == "<q1@example.test>"


def test_no_order_number_links_the_customers_latest_order(cast):
    newer = create_order(cast.shop_a, order_data("A2002", placed=clock.now() - timedelta(hours=5)))
    create_order(  # someone else's, newer still
        cast.shop_a, order_data("A3003", email="grace@example.test", placed=clock.now())
    )
    raw = arrive(cast.shop_a, make_email(subject="A question", body="When will it come?"))
    case = raw.message.case
    assert case.customer == cast.order_a.customer and case.order == newer
    # A number in the text wins over the latest.
    other = arrive(
        cast.shop_a,
        make_email(sender="ada@example.test", subject="Older one", body="About order A1001."),
    )
    assert other.message.case.order == cast.order_a


def test_an_attachment_over_the_limit_is_refused_and_the_message_kept(cast):
    big = b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024)
    small = b"%PDF-1.4\n%%EOF\n"
    raw = arrive(
        cast.shop_a,
        make_email(
            body="Photos of the damage attached.",
            attachments=[
                ("scan.pdf", "application/pdf", big),
                ("label.pdf", "application/pdf", small),
            ],
        ),
    )
    assert raw.status == RawStatus.PROCESSED
    assert "attachment 'scan.pdf' is over 10 MB: kept in raw" in raw.error
    message = raw.message
    assert message.text == "Photos of the damage attached."
    assert [a.filename for a in Attachment.objects.filter(message=message)] == ["label.pdf"]
    # The refused file is still in the stored original.
    assert len(bytes(InboundRaw.objects.get(pk=raw.pk).body)) > 10 * 1024 * 1024


def test_quoted_text_is_stored_apart_and_shown_folded(client, cast):
    body = (
        "Still nothing arrived.\n\nOn Mon, 2 Nov 2026 at 10:00, Clay & Kiln wrote:\n"
        "> Your order is on its way.\n"
    )
    raw = arrive(cast.shop_a, make_email(body=body))
    message = raw.message
    assert message.text == "Still nothing arrived."
    assert message.quoted.startswith("On Mon, 2 Nov 2026 at 10:00, Clay & Kiln wrote:")
    assert "> Your order is on its way." in message.quoted
    client.force_login(cast.agent)
    page = client.get(
        reverse("case-detail", args=[cast.shop_a.slug, message.case_id])
    ).content.decode()
    written = page.index("Still nothing arrived")  # (triage marks part of it)
    fold = page.index(
        '<details class="small mt-1"><summary class="text-body-secondary">Quoted text and'
        " signature</summary>",
        written,
    )
    quote = page.index("&gt; Your order is on its way.", fold)
    assert quote < page.index("</details>", fold)
    assert page.count("Your order is on its way.") == 1  # only inside the fold


def test_truncated_mime_is_stored_and_filed_with_what_could_be_read(cast):
    whole = make_email(
        body="The lid is chipped.",
        attachments=[("photo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 3000)],
    )
    cut = whole[: len(whole) - 2000]  # mid-attachment, closing boundary gone
    raw = arrive(cast.shop_a, cut)
    assert raw.status == RawStatus.PROCESSED, raw.error
    assert bytes(InboundRaw.objects.get(pk=raw.pk).body) == cut
    assert raw.message.text == "The lid is chipped."
    assert "parser:" in raw.error  # the parser's complaint is noted


def test_an_unknown_charset_is_read_as_utf8_with_a_note(cast):
    body = (
        b"From: Ada <ada@example.test>\r\nTo: hello@clayandkiln.test\r\n"
        b"Subject: Caf\xc3\xa9 mug\r\nMessage-ID: <cs@example.test>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/plain; charset="x-unknown-42"\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        b"The caf\xc3\xa9 mug arrived broken.\r\n"
    )
    raw = arrive(cast.shop_a, body)
    assert raw.status == RawStatus.PROCESSED
    assert "unknown charset 'x-unknown-42'" in raw.error
    assert raw.message.text == "The café mug arrived broken."
    assert raw.message.case.subject == "Café mug"


def test_five_hundred_recipients_are_filed_with_a_note(cast):
    to = ", ".join(f"r{i}@example.test" for i in range(500))
    raw = arrive(cast.shop_a, make_email(to=to))
    assert raw.status == RawStatus.PROCESSED
    assert "500 recipients: only the first 50 were read" in raw.error
    assert Message.objects.get().case.customer == cast.order_a.customer
    assert bytes(InboundRaw.objects.get(pk=raw.pk).body).count(b"@example.test") > 500


def test_a_reply_to_many_people_still_finds_its_case_by_the_token(cast):
    arrive(cast.shop_a, make_email())
    case = Case.objects.get()
    crowd = ", ".join(f"r{i}@example.test" for i in range(500))
    raw = arrive(
        cast.shop_a,
        make_email(
            subject="Fwd: for everyone",
            to=f"{crowd}, hello+{case.reply_token}@clayandkiln.test",
        ),
    )
    assert raw.status == RawStatus.PROCESSED and "501 recipients" in raw.error
    assert Case.objects.count() == 1 and case.messages.count() == 2
