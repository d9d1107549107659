"""The seller's everyday pages on a phone: nothing wider than the screen, the menu folded behind
its button and opening on a tap, the main actions on screen and usable."""

from __future__ import annotations

import pytest

from levelhead.conversations.models import Case
from levelhead.core.testing.cast import PASSWORD

from .mime import arrive

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}  # a common phone's CSS pixels


def test_the_seller_pages_fit_a_phone(cast, live_server, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    page.route_web_socket("**/ws/**", lambda socket: None)  # the test server speaks WSGI only
    page.set_viewport_size(PHONE)
    arrive(cast.shop_a, subject="Where is my parcel?", body="Order A1001 has not arrived yet.")
    case = Case.objects.get(shop=cast.shop_a)

    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", cast.owner.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    shop = f"{live_server.url}/shops/{cast.shop_a.slug}"
    pages = {
        "inbox": f"{shop}/inbox/",
        "case": f"{shop}/inbox/cases/{case.pk}/",
        "order list": f"{shop}/orders/",
        "order": f"{shop}/orders/{cast.order_a.number}/",
        "import": f"{shop}/import/",
        "settings": f"{shop}/settings/",
    }
    for name, url in pages.items():
        page.goto(url)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the {name} page is {overflow}px wider than a phone's screen"
        # The menu is folded behind its button, and opens on a tap.
        menu = page.locator("#nav").get_by_role("link", name="Orders", exact=True)
        expect(menu).to_be_hidden()
        page.get_by_role("button", name="Menu").click()
        expect(menu).to_be_visible()

    # The main actions are on screen and work with a tap: reply on the case, dispatch the order.
    page.goto(pages["case"])
    reply = page.locator("#id_reply")
    expect(reply).to_be_visible()
    assert reply.bounding_box()["width"] <= PHONE["width"]
    page.goto(pages["order"])
    form = page.get_by_test_id("dispatch-form")
    form.locator("#d_carrier").fill("Royal Mail")
    form.get_by_role("button", name="Mark dispatched").click()
    expect(page.get_by_test_id("order-status")).to_have_text("Dispatched")
