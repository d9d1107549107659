from django.core import signing
from django.urls import reverse

from levelhead.orders import services
from levelhead.orders.messages import LINK_SALT, customer_order_url, customer_token


def test_customer_sees_stages_tracking_and_the_updates_sent(client, cast):
    services.mark_dispatched(
        cast.order_a,
        services.ShipmentData(carrier="Royal Mail", tracking_number="RM42GB"),
        message=services.CustomerMessage("On its way", "Your mugs are on their way."),
    )
    services.add_note(cast.order_a, "Customer seemed upset on the phone", actor=cast.owner)
    response = client.get(customer_order_url(cast.order_a).removeprefix("http://testserver"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "RM42GB" in page and "Your mugs are on their way." in page and "Dispatched" in page
    assert "upset on the phone" not in page  # internal notes never reach the customer
    assert response["X-Robots-Tag"] == "noindex"


def test_forged_or_edited_tokens_are_refused(client, cast):
    good = customer_token(cast.order_a)
    assert client.get(reverse("customer-order", args=[good[:-2] + "xx"])).status_code == 404
    forged = signing.dumps({"o": cast.order_b.pk, "s": cast.order_b.shop_id}, salt="other")
    assert client.get(reverse("customer-order", args=[forged])).status_code == 404


def test_a_token_cannot_be_moved_to_another_shops_order(client, cast):
    # Correctly signed, but naming an order with the wrong shop: refused.
    mixed = signing.dumps({"o": cast.order_b.pk, "s": cast.shop_a.pk}, salt=LINK_SALT)
    assert client.get(reverse("customer-order", args=[mixed])).status_code == 404
