"""Shopify and WooCommerce webhooks: signed, stored first, idempotent, never losing a body."""

import base64
import copy
import hashlib
import hmac
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from levelhead.orders.models import DeliveryStatus, Order, Shipment, WebhookDelivery
from levelhead.orders.webhooks import set_webhook_secret
from levelhead.records.models import Event
from levelhead.records.services import verify_all

FIXTURES = Path(__file__).parent / "fixtures"
SECRET = "shpss_0123456789abcdef"
WOO_SECRET = "woo secret with spaces"


def fixture(name):
    return json.loads((FIXTURES / name).read_text())


def _sig(secret, body):
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


@pytest.fixture
def secrets(cast):
    set_webhook_secret(cast.shop_a, "shopify", SECRET)
    set_webhook_secret(cast.shop_a, "woocommerce", WOO_SECRET)


def shopify(client, shop, payload, topic="orders/create", secret=SECRET, signature=None, **extra):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = {"X-Shopify-Topic": topic, "X-Shopify-Webhook-Id": "b54557e4-bdd9-4b37", **extra}
    if signature is not False:
        headers["X-Shopify-Hmac-Sha256"] = _sig(secret, body) if signature is None else signature
    return client.post(
        reverse("webhook-shopify", args=[shop.slug]),
        data=body,
        content_type="application/json",
        headers=headers,
    )


def woo(client, shop, payload, topic="order.created", secret=WOO_SECRET, signature=None):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = {"X-WC-Webhook-Topic": topic, "X-WC-Webhook-Delivery-ID": "91"}
    if signature is not False:
        headers["X-WC-Webhook-Signature"] = _sig(secret, body) if signature is None else signature
    return client.post(
        reverse("webhook-woocommerce", args=[shop.slug]),
        data=body,
        content_type="application/json",
        headers=headers,
    )


def _order(shop, number):
    return Order.objects.get(shop=shop, number=number)


def test_shopify_order_created_maps_order_customer_and_items(client, cast, secrets):
    response = shopify(client, cast.shop_a, fixture("shopify_order.json"))
    assert response.status_code == 200, response.content
    order = _order(cast.shop_a, "1042")
    assert (order.source, order.external_id) == ("shopify", "5731298410034")
    assert order.status == "paid" and order.currency == "USD" and order.total == Decimal("68.90")
    assert order.customer.email == "hedy.lamarr@example.test"
    assert order.customer.name == "Hedy Lamarr"
    assert [(i.title, i.quantity) for i in order.items.order_by("id")] == [
        ("Spread-spectrum scarf", 1),
        ("Piano roll notebook", 2),
    ]
    assert "Frequency Way" in order.shipping_address
    delivery = WebhookDelivery.objects.get()
    assert delivery.signature_valid and delivery.status == DeliveryStatus.PROCESSED
    assert delivery.order_id == order.pk and delivery.topic == "orders/create"
    assert delivery.headers["HTTP_X_SHOPIFY_WEBHOOK_ID"] == "b54557e4-bdd9-4b37"
    event = Event.objects.get(stream=f"order:{order.pk}")
    assert event.actor == "webhook:shopify"


def test_shopify_fulfilled_adds_the_shipment_and_dispatches(client, cast, secrets):
    shopify(client, cast.shop_a, fixture("shopify_order.json"))
    response = shopify(
        client, cast.shop_a, fixture("shopify_order_fulfilled.json"), topic="orders/fulfilled"
    )
    assert response.status_code == 200
    order = _order(cast.shop_a, "1042")
    assert order.status == "dispatched"
    shipment = Shipment.objects.get(order=order)
    assert (shipment.carrier, shipment.tracking_number) == ("USPS", "9400111899223344556677")
    assert shipment.tracking_url.startswith("https://tools.usps.com/")
    assert shipment.external_id == "4470011223"
    kinds = list(
        Event.objects.filter(stream=f"order:{order.pk}")
        .order_by("seq")
        .values_list("kind", flat=True)
    )
    assert kinds == ["order.created", "order.status_changed", "shipment.added"]
    assert verify_all()[1] is None


def test_shopify_delivered_and_refunded_statuses(client, cast, secrets):
    payload = fixture("shopify_order_fulfilled.json")
    payload["fulfillments"][0]["shipment_status"] = "delivered"
    shopify(client, cast.shop_a, payload, topic="orders/updated")
    assert _order(cast.shop_a, "1042").status == "delivered"
    payload["financial_status"] = "refunded"
    shopify(client, cast.shop_a, payload, topic="orders/updated")
    assert _order(cast.shop_a, "1042").status == "refunded"


def test_a_replayed_delivery_changes_nothing(client, cast, secrets):
    payload = fixture("shopify_order_fulfilled.json")
    shopify(client, cast.shop_a, payload, topic="orders/fulfilled")
    events = Event.objects.count()
    again = shopify(client, cast.shop_a, payload, topic="orders/fulfilled")
    assert again.status_code == 200
    assert Order.objects.filter(shop=cast.shop_a, number="1042").count() == 1
    assert Shipment.objects.filter(order__shop=cast.shop_a, external_id="4470011223").count() == 1
    assert Event.objects.count() == events
    assert WebhookDelivery.objects.count() == 2  # every delivery is kept


@pytest.mark.parametrize("signature", [False, "bm90IHRoZSBzaWduYXR1cmU=", ""])
def test_a_missing_or_wrong_signature_is_401_and_the_body_is_kept(
    client, cast, secrets, signature, caplog
):
    body = json.dumps(fixture("shopify_order.json")).encode()
    response = shopify(client, cast.shop_a, body, signature=signature)
    assert response.status_code == 401
    assert not Order.objects.filter(shop=cast.shop_a, number="1042").exists()
    delivery = WebhookDelivery.objects.get()
    assert bytes(delivery.body) == body
    assert delivery.status == DeliveryStatus.REFUSED and not delivery.signature_valid
    assert "refused shopify webhook" in caplog.text


def test_a_signature_made_with_another_shops_secret_is_refused(client, cast, secrets):
    set_webhook_secret(cast.shop_b, "shopify", "shop-b-secret-123")
    response = shopify(
        client, cast.shop_a, fixture("shopify_order.json"), secret="shop-b-secret-123"
    )
    assert response.status_code == 401


def test_without_a_configured_secret_everything_is_refused(client, cast):
    response = shopify(client, cast.shop_a, fixture("shopify_order.json"), secret="anything")
    assert response.status_code == 401
    assert WebhookDelivery.objects.get().error == "no signing secret is set for this source"


def test_an_unknown_shop_is_404_and_nothing_is_stored(client, cast, secrets):
    response = client.post(
        "/webhooks/shopify/no-such-shop/", data=b"{}", content_type="application/json"
    )
    assert response.status_code == 404
    assert not WebhookDelivery.objects.exists()


def test_get_is_not_allowed(client, cast):
    assert client.get(reverse("webhook-shopify", args=[cast.shop_a.slug])).status_code == 405


def test_unhandled_topic_is_kept_and_ignored(client, cast, secrets):
    response = shopify(client, cast.shop_a, {"id": 1}, topic="products/create")
    assert response.status_code == 200
    assert WebhookDelivery.objects.get().status == DeliveryStatus.IGNORED


def test_a_body_that_is_not_an_order_is_recorded_as_failed(client, cast, secrets):
    response = shopify(client, cast.shop_a, b"{broken json")
    assert response.status_code == 200
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED and delivery.error
    assert bytes(delivery.body) == b"{broken json"


def test_a_refused_status_step_is_recorded_on_the_delivery(client, cast, secrets):
    payload = fixture("shopify_order.json")
    payload["cancelled_at"] = "2025-05-06T12:00:00-04:00"
    shopify(client, cast.shop_a, payload, topic="orders/cancelled")
    payload["cancelled_at"] = None
    response = shopify(client, cast.shop_a, payload, topic="orders/updated")
    assert response.status_code == 200
    delivery = WebhookDelivery.objects.latest("id")
    assert delivery.status == DeliveryStatus.FAILED and "cancelled" in delivery.error
    assert _order(cast.shop_a, "1042").status == "cancelled"


def test_hostile_values_are_cleaned(client, cast, secrets):
    payload = copy.deepcopy(fixture("shopify_order_fulfilled.json"))
    payload["fulfillments"][0]["tracking_url"] = "javascript:alert(1)"
    payload["fulfillments"][0]["tracking_urls"] = ["javascript:alert(1)"]
    payload["customer"]["first_name"] = "<script>x</script>\x00"
    shopify(client, cast.shop_a, payload, topic="orders/fulfilled")
    order = _order(cast.shop_a, "1042")
    assert order.shipments.get().tracking_url == ""
    assert "\x00" not in order.customer.name


def test_woocommerce_order_created_and_completed(client, cast, secrets):
    payload = fixture("woocommerce_order.json")
    response = woo(client, cast.shop_a, payload)
    assert response.status_code == 200, response.content
    order = _order(cast.shop_a, "727")
    assert (order.source, order.status, order.currency) == ("woocommerce", "paid", "EUR")
    assert order.customer.name == "Emmy Noether" and order.total == Decimal("33.80")
    assert order.items.get().unit_price == Decimal("14.45")
    payload["status"] = "completed"
    payload["meta_data"] = [
        {
            "id": 9,
            "key": "_wc_shipment_tracking_items",
            "value": [
                {
                    "tracking_provider": "DHL",
                    "tracking_number": "JJD000390007",
                    "custom_tracking_link": "https://www.dhl.de/track?JJD000390007",
                    "date_shipped": "1746700000",
                    "tracking_id": "a1b2c3",
                }
            ],
        }
    ]
    woo(client, cast.shop_a, payload, topic="order.updated")
    order.refresh_from_db()
    assert order.status == "dispatched"
    assert order.shipments.get().tracking_number == "JJD000390007"


@pytest.mark.parametrize(
    ("woo_status", "ours"),
    [
        ("pending", "placed"),
        ("on-hold", "placed"),
        ("cancelled", "cancelled"),
        ("refunded", "refunded"),
    ],
)
def test_woocommerce_statuses(client, cast, secrets, woo_status, ours):
    payload = fixture("woocommerce_order.json")
    payload["status"] = woo_status
    woo(client, cast.shop_a, payload)
    assert _order(cast.shop_a, "727").status == ours


@pytest.mark.parametrize(
    ("signature", "secret", "reason"),
    [
        (False, WOO_SECRET, "the signature header is missing"),
        ("", WOO_SECRET, "the signature header is missing"),
        ("bm90IHRoZSBzaWduYXR1cmU=", WOO_SECRET, "the signature is wrong"),
        (None, "another secret entirely", "the signature is wrong"),
    ],
)
def test_woocommerce_missing_or_wrong_signature_is_401_and_the_body_is_kept(
    client, cast, secrets, signature, secret, reason, caplog
):
    events = Event.objects.count()
    body = json.dumps(fixture("woocommerce_order.json")).encode()
    response = woo(client, cast.shop_a, body, signature=signature, secret=secret)
    assert response.status_code == 401
    assert not Order.objects.filter(shop=cast.shop_a, number="727").exists()
    assert Event.objects.count() == events
    delivery = WebhookDelivery.objects.get()
    assert bytes(delivery.body) == body
    assert delivery.source == "woocommerce" and delivery.topic == "order.created"
    assert delivery.status == DeliveryStatus.REFUSED and not delivery.signature_valid
    assert delivery.error == reason
    assert f"refused woocommerce webhook {delivery.pk} for {cast.shop_a.slug}" in caplog.text
    assert reason in caplog.text


def test_woocommerce_a_ping_shaped_body_with_a_wrong_signature_is_refused(client, cast, secrets):
    # Only an unsigned ping is let through unprocessed; a signed one must still be right.
    response = woo(client, cast.shop_a, b"webhook_id=12", signature="bm90IHRoZSBzaWduYXR1cmU=")
    assert response.status_code == 401
    assert WebhookDelivery.objects.get().status == DeliveryStatus.REFUSED


def test_woocommerce_ping_is_answered_without_processing(client, cast, secrets):
    response = client.post(
        reverse("webhook-woocommerce", args=[cast.shop_a.slug]),
        data=b"webhook_id=12",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.IGNORED and delivery.error == "ping"


def test_webhooks_do_not_touch_another_shop(client, cast, secrets):
    payload = fixture("shopify_order.json")
    payload["name"] = cast.order_b.number  # shop B has this number; shop A does not
    shopify(client, cast.shop_a, payload)
    assert Order.objects.get(pk=cast.order_b.pk).source == "manual"
    assert Order.objects.filter(shop=cast.shop_a, number=cast.order_b.number).exists()


def test_set_webhook_secret_command(cast, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-enough-secret\n"))
    call_command("set_webhook_secret", cast.shop_a.slug, "shopify")
    assert "secret set" in capsys.readouterr().out
    assert cast.shop_a.webhook_secrets.get(source="shopify").secret == "a-long-enough-secret"
