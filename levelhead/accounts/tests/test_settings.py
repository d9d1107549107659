from django.urls import reverse

from levelhead.records.models import Event

HOURS = "mon 09:00-12:00, 13:00-17:30\nsat 10:00-14:00"


def post(client, cast, **overrides):
    data = {
        "name": "Clay & Kiln",
        "timezone": "Europe/Paris",
        "currency": "eur",
        "sender_name": "Olivia",
        "sender_email": "hi@clay.test",
        "business_hours": HOURS,
        "first_response_minutes": "120",
        "next_response_minutes": "240",
        "holidays": "2026-12-25\n2026-12-26",
    }
    data.update(overrides)
    return client.post(reverse("shop-settings", args=[cast.shop_a.slug]), data)


def test_owner_changes_settings_and_the_change_is_recorded(client, cast):
    client.force_login(cast.owner)
    assert post(client, cast).status_code == 302
    cast.shop_a.refresh_from_db()
    assert cast.shop_a.timezone == "Europe/Paris" and cast.shop_a.currency == "EUR"
    assert cast.shop_a.business_hours == {
        "mon": [["09:00", "12:00"], ["13:00", "17:30"]],
        "sat": [["10:00", "14:00"]],
    }
    assert cast.shop_a.first_response_minutes == 120
    assert cast.shop_a.holidays == ["2026-12-25", "2026-12-26"]
    event = Event.objects.get(kind="shop.settings_changed")
    assert event.data["changes"]["timezone"] == {"old": "Europe/London", "new": "Europe/Paris"}


def test_bad_hours_name_the_line(client, cast):
    client.force_login(cast.owner)
    response = post(client, cast, business_hours="mon 09:00-17:00\nfunday 10:00-11:00")
    assert response.status_code == 400
    assert b"Line 2: &#x27;funday&#x27; is not a day" in response.content
    response = post(client, cast, business_hours="tue 17:00-09:00")
    assert b"not a time range" in response.content
    response = post(client, cast, holidays="Christmas")
    assert b"Line 1: &#x27;Christmas&#x27; is not a date" in response.content


def test_agent_cannot_change_settings(client, cast):
    client.force_login(cast.agent)
    assert post(client, cast).status_code == 404
    cast.shop_a.refresh_from_db()
    assert cast.shop_a.timezone == "Europe/London"
