from django.urls import reverse

from levelhead.orders.messages import render_stage_message
from levelhead.records.models import Event


def test_owner_edits_a_stage_message_and_it_is_used(client, cast):
    client.force_login(cast.owner)
    url = reverse("stage-messages", args=[cast.shop_a.slug])
    response = client.post(
        url,
        {
            "status": "dispatched",
            "dispatched-subject": "Sent! $order_number",
            "dispatched-body": "Hi $customer_name, track $tracking_number",
        },
    )
    assert response.status_code == 302
    subject, body = render_stage_message(cast.order_a, "dispatched")
    assert subject == "Sent! A1001"
    assert body == "Hi Ada Lovelace, track not provided"
    event = Event.objects.get(kind="stage_message.changed")
    assert event.data["old"] is None and event.data["new"]["subject"] == "Sent! $order_number"
    # Another shop keeps the built-in wording.
    assert render_stage_message(cast.order_b, "dispatched")[0].startswith("Your order B2001")


def test_agent_sees_the_messages_but_cannot_change_them(client, cast):
    client.force_login(cast.agent)
    url = reverse("stage-messages", args=[cast.shop_a.slug])
    assert b"Only the shop's owner" in client.get(url).content
    response = client.post(url, {"status": "paid", "paid-subject": "x", "paid-body": "y"})
    assert response.status_code == 404
    assert not Event.objects.filter(kind="stage_message.changed").exists()


def test_empty_message_is_refused(client, cast):
    client.force_login(cast.owner)
    url = reverse("stage-messages", args=[cast.shop_a.slug])
    response = client.post(url, {"status": "paid", "paid-subject": "x", "paid-body": ""})
    assert response.status_code == 400
    assert b"This field is required" in response.content
