"""The orders API: idempotent upserts, clear 4xx errors, and only the key's shop."""

import pytest

from levelhead.orders.models import Order, Shipment
from levelhead.records.models import Event
from levelhead.records.services import verify_all

ORDER = {
    "number": "W5001",
    "customer": {
        "name": "Mary Somerville",
        "email": "Mary@Example.test",
        "phone": "+44 20 7946 0000",
    },
    "currency": "gbp",
    "total": "54.00",
    "placed_at": "2025-04-01T09:30:00+01:00",
    "status": "paid",
    "dispatch_by": "2025-04-04",
    "items": [{"title": "Vase", "quantity": 2, "unit_price": "27.00", "sku": "V-1"}],
}


def _events(order):
    return list(Event.objects.filter(stream=f"order:{order.pk}").values_list("kind", flat=True))


def test_put_creates_then_the_same_put_changes_nothing(api, cast, key_a):
    first = api.call("put", "/orders/shop-5001", key_a, ORDER)
    assert first.status_code == 201, first.json()
    body = first.json()
    assert body["number"] == "W5001" and body["external_id"] == "shop-5001"
    assert body["customer"]["email"] == "mary@example.test"
    assert body["items"][0]["title"] == "Vase"
    order = Order.objects.get(shop=cast.shop_a, external_id="shop-5001")
    assert order.source == "api" and order.currency == "GBP"
    events = _events(order)
    second = api.call("put", "/orders/shop-5001", key_a, ORDER)
    assert second.status_code == 200
    assert Order.objects.filter(shop=cast.shop_a, number="W5001").count() == 1
    assert _events(order) == events == ["order.created"]
    actor = Event.objects.get(stream=f"order:{order.pk}").actor
    assert actor.startswith("api:")


def test_put_with_a_later_status_moves_through_the_steps(api, cast, key_a):
    api.call("put", "/orders/shop-5001", key_a, ORDER)
    response = api.call("put", "/orders/shop-5001", key_a, {**ORDER, "status": "delivered"})
    assert response.status_code == 200 and response.json()["status"] == "delivered"
    order = Order.objects.get(shop=cast.shop_a, number="W5001")
    assert _events(order) == ["order.created"] + ["order.status_changed"] * 2
    assert verify_all()[1] is None


def test_put_with_an_impossible_status_is_409_with_the_reason(api, cast, key_a):
    api.call("put", "/orders/shop-5001", key_a, {**ORDER, "status": "cancelled"})
    response = api.call("put", "/orders/shop-5001", key_a, {**ORDER, "status": "paid"})
    assert response.status_code == 409
    assert "cancelled" in response.json()["detail"]


def test_put_without_status_keeps_the_current_one(api, cast, key_a):
    api.call("put", "/orders/shop-5001", key_a, {**ORDER, "status": "dispatched"})
    payload = {k: v for k, v in ORDER.items() if k != "status"}
    response = api.call("put", "/orders/shop-5001", key_a, {**payload, "total": "60.00"})
    assert response.status_code == 200
    assert response.json()["status"] == "dispatched" and response.json()["total"] == "60.00"


def test_a_number_taken_by_another_external_order_is_409(api, cast, key_a):
    api.call("put", "/orders/shop-5001", key_a, ORDER)
    response = api.call("put", "/orders/shop-9999", key_a, ORDER)
    assert response.status_code == 409
    assert Order.objects.filter(shop=cast.shop_a, number="W5001").count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"total": "-1"}, "total"),
        ({"total": "abc"}, "total"),
        ({"currency": "EURO"}, "currency"),
        ({"placed_at": "2025-04-01T09:30:00"}, "placed_at"),  # no time zone
        ({"status": "shipped"}, "status"),
        ({"number": "../etc"}, "number"),
        ({"customer": {"email": "nope"}}, "email"),
        ({"customer": {}}, "customer"),
        ({"items": [{"title": "", "quantity": 0}]}, "items"),
    ],
)
def test_invalid_payload_is_422_with_the_field_path(api, cast, key_a, change, field):
    response = api.call("put", "/orders/x1", key_a, {**ORDER, **change})
    assert response.status_code == 422, response.content
    paths = [".".join(str(p) for p in e["loc"]) for e in response.json()["detail"]]
    assert any(field in p for p in paths), paths
    assert not Order.objects.filter(external_id="x1").exists()


def test_a_body_that_is_not_json_is_a_4xx(api, cast, key_a, client):
    response = client.put(
        "/api/orders/x1",
        data=b"{not json",
        content_type="application/json",
        headers={"Authorization": f"Bearer {key_a}"},
    )
    assert 400 <= response.status_code < 500


def test_shipment_put_is_idempotent_and_updates(api, cast, key_a):
    api.call("put", "/orders/shop-5001", key_a, ORDER)
    body = {
        "carrier": "Royal Mail",
        "tracking_number": "RM1",
        "tracking_url": "https://t.example/RM1",
    }
    first = api.call("put", "/orders/shop-5001/shipments/f-1", key_a, body)
    assert first.status_code == 201, first.json()
    again = api.call("put", "/orders/shop-5001/shipments/f-1", key_a, body)
    assert again.status_code == 200
    changed = api.call(
        "put", "/orders/shop-5001/shipments/f-1", key_a, {**body, "tracking_number": "RM2"}
    )
    assert changed.json()["tracking_number"] == "RM2"
    order = Order.objects.get(shop=cast.shop_a, number="W5001")
    assert Shipment.objects.filter(order=order).count() == 1
    assert _events(order) == ["order.created", "shipment.added", "shipment.updated"]


def test_shipment_with_a_bad_link_is_422(api, cast, key_a):
    api.call("put", "/orders/shop-5001", key_a, ORDER)
    response = api.call(
        "put", "/orders/shop-5001/shipments/f-1", key_a, {"tracking_url": "javascript:alert(1)"}
    )
    assert response.status_code == 422
    assert "tracking_url" in str(response.json()["detail"])


def test_get_by_number_or_external_id(api, cast, key_a):
    api.call("put", "/orders/shop-5001", key_a, ORDER)
    by_ext = api.call("get", "/orders/shop-5001", key_a)
    by_number = api.call("get", "/orders/W5001", key_a)
    assert by_ext.status_code == by_number.status_code == 200
    assert by_ext.json() == by_number.json()
    assert api.call("get", f"/orders/{cast.order_a.number}", key_a).json()["number"] == "A1001"


def test_list_is_paginated_and_only_this_shop(api, cast, key_a):
    for i in range(3):
        api.call("put", f"/orders/e{i}", key_a, {**ORDER, "number": f"L{i}"})
    page = api.call("get", "/orders", key_a).json()
    numbers = {o["number"] for o in page["items"]}
    assert page["count"] == 4 and "B2001" not in numbers
    assert api.call("get", "/orders?status=paid&page=2", key_a).json()["items"] == []


def test_status_change_and_refusal(api, cast, key_a):
    ok = api.call(
        "post", "/orders/A1001/status", key_a, {"status": "processing", "note": "packing"}
    )
    assert ok.status_code == 200 and ok.json()["status"] == "processing"
    refused = api.call("post", "/orders/A1001/status", key_a, {"status": "paid"})
    assert refused.status_code == 409
    assert "back" in refused.json()["detail"]


def test_status_change_can_message_the_customer(api, cast, key_a):
    response = api.call(
        "post",
        "/orders/A1001/status",
        key_a,
        {"status": "processing", "message": {"subject": "Packing", "body": "We are packing it."}},
    )
    assert response.status_code == 200
    event = Event.objects.filter(stream=f"order:{cast.order_a.pk}").last()
    assert event is not None and event.data["message"]["body"] == "We are packing it."


def test_openapi_schema_and_docs_are_served(client):
    schema = client.get("/api/openapi.json")
    assert schema.status_code == 200
    assert "/api/orders/{ref}" in schema.json()["paths"]
    assert client.get("/api/docs").status_code == 200
