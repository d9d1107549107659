"""The dispatch flow end to end, in a real browser, with a real SMTP server:

the owner logs in, marks a paid order dispatched with tracking and the pre-filled message, sees it
on the timeline; the outbox worker delivers the email over SMTP; the customer opens the signed link
in it and sees the stages, the tracking and the update — without logging in.
"""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from levelhead.core.testing.cast import PASSWORD
from levelhead.outbox.models import OutboundEmail, State

pytestmark = pytest.mark.browser

CARRIER = "Royal Mail"
TRACKING = "RM123456785GB"
LINK = re.compile(r"https?://[^\s/]+/o/[^\s/]+/")


def test_dispatch_email_reaches_customer_page(
    cast, live_server, smtp_server, browser_page, settings
):
    from playwright.sync_api import expect

    settings.SITE_URL = live_server.url  # the links we send must point at this server
    page = browser_page
    order = cast.order_a
    assert order.status == "paid"

    # The owner logs in and opens the paid order.
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", cast.owner.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}/shops/{cast.shop_a.slug}/orders/{order.number}/")
    expect(page.get_by_test_id("order-status")).to_have_text("Paid")

    # Mark dispatched with the carrier, the tracking number and the message as pre-filled.
    form = page.get_by_test_id("dispatch-form")
    form.locator("#d_carrier").fill(CARRIER)
    form.locator("#d_tracking").fill(TRACKING)
    expect(form.locator("#d_notify")).to_be_checked()
    prefilled = form.locator("#d_body").input_value()
    assert LINK.search(prefilled), prefilled
    subject = form.locator("#d_subject").input_value()
    assert order.number in subject
    form.get_by_role("button", name="Mark dispatched").click()

    # The seller sees the dispatch on the timeline, and the email waiting in the outbox.
    expect(page.get_by_role("status")).to_contain_text(f"Order {order.number} marked dispatched")
    expect(page.get_by_test_id("order-status")).to_have_text("Dispatched")
    timeline = page.get_by_test_id("timeline")
    expect(timeline).to_contain_text("Paid → Dispatched")
    expect(timeline).to_contain_text(f"{CARRIER} · {TRACKING}")
    expect(timeline).to_contain_text(subject)
    expect(page.get_by_test_id("delivery-state")).to_have_text("Queued")

    # The background worker sends it through the real SMTP server.
    assert smtp_server.messages == []
    call_command("worker", "--batch")
    (received,) = smtp_server.wait_for(1)
    outbound = OutboundEmail.objects.get(stream=f"order:{order.pk}")
    assert outbound.state == State.SENT
    assert received.rcpt_tos == ("ada@example.test",)
    assert received.message["Subject"] == subject
    assert received.message["Message-ID"] == outbound.message_id
    assert "hello@clayandkiln.test" in received.message["From"]
    # The words the seller approved, with the carrier and tracking typed in the same form filled
    # in at sending (the textarea submits CRLF; compare words, not line ends).
    assert "$carrier" in prefilled and "$tracking_number" in prefilled
    sent = prefilled.replace("$carrier", CARRIER).replace("$tracking_number", TRACKING)
    assert received.text.split() == sent.split()
    assert TRACKING in received.text

    # The seller's page now shows it delivered, on the timeline too.
    page.reload()
    expect(page.get_by_test_id("delivery-state")).to_have_text("Sent")
    expect(page.get_by_test_id("timeline")).to_contain_text("Email delivered")

    # The customer, not logged in (a fresh browser context), follows the link in the email.
    link = LINK.search(received.text)
    assert link is not None, received.text
    assert link.group(0).startswith(live_server.url)
    customer = page.context.browser.new_context().new_page()
    customer.goto(link.group(0))
    expect(customer.locator("h1")).to_have_text(f"Your order {order.number}")
    stages = customer.get_by_label("Progress")
    expect(stages.locator(".stage.current")).to_contain_text("Dispatched")
    expect(stages.locator(".stage.done")).to_have_count(4)  # placed … dispatched
    expect(stages.locator(".stage.current div")).to_have_text(re.compile(r"\d+ \w{3}, \d\d:\d\d"))
    expect(customer.get_by_text(TRACKING).first).to_be_visible()
    updates = customer.get_by_test_id("customer-timeline")
    expect(updates).to_contain_text("Paid → Dispatched")
    expect(updates).to_contain_text(subject)
    expect(updates).not_to_contain_text("Email delivered")  # internal delivery noise stays internal

    # A link whose signature was tampered with shows nothing.
    forged = link.group(0).rstrip("/")[:-2] + "xx/"
    response = customer.goto(forged)
    assert response is not None and response.status == 404
    expect(customer.locator("body")).not_to_contain_text(order.number)
