"""The inbox in a real browser: a new email appears without a reload, j/k/Enter move through the
cases, the abusive words stay hidden until asked for, and the tone guard answers as the agent types.
"""

from __future__ import annotations

import pytest

from levelhead.core.testing.cast import PASSWORD

from .mime import arrive

pytestmark = pytest.mark.browser


def test_inbox_updates_in_place_and_works_from_the_keyboard(cast, live_server, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    # The test server speaks WSGI, not websockets: answer the page's socket in the browser, so
    # its reconnect attempts do not hit the server (and SQLite's shared test connection) meanwhile.
    page.route_web_socket("**/ws/**", lambda socket: None)
    arrive(cast.shop_a, subject="Parcel not here", body="Where is my order A1001?")
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", cast.agent.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{live_server.url}/shops/{cast.shop_a.slug}/inbox/")
    rows = page.locator("#case-rows .case-row")
    expect(rows).to_have_count(1)

    # A new email arrives; the page is told (over the websocket in production) and reloads
    # only its list, in place: the marker set on the page survives, so it was not reloaded.
    page.evaluate("window.__still_here = true")
    arrive(
        cast.shop_a,
        sender="grace@example.test",
        subject="Cracked mug",
        body="The mug arrived cracked, you useless idiots. I want a refund.",
    )
    page.evaluate("document.body.dispatchEvent(new Event('inbox-changed'))")
    expect(rows).to_have_count(2)
    assert page.evaluate("window.__still_here") is True

    # Keyboard: j selects the first case (the more urgent one), Enter opens it.
    page.keyboard.press("j")
    assert "active" in (rows.first.get_attribute("class") or "")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Cracked mug")

    # The insult is hidden until the agent asks to see it.
    conversation = page.get_by_test_id("conversation")
    expect(conversation).not_to_contain_text("useless idiots")
    page.get_by_role("link", name="Show it").click()
    expect(page.get_by_test_id("conversation")).to_contain_text("useless idiots")

    # The tone guard reads the draft as it is typed.
    page.fill("#id_reply", "Calm down, you idiot.")
    expect(page.get_by_test_id("tone-guard")).to_contain_text("would not go out as written")
    page.fill("#id_reply", "I am sorry the mug arrived cracked; a replacement leaves today.")
    expect(page.get_by_test_id("tone-guard")).to_contain_text("good to send")
