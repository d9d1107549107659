"""Shop isolation over every API route, walked from the NinjaAPI's own schema: a new route fails
here until it has a sample body, so none can be added without being covered.

With shop A's key, shop B's objects are "not found" (404) — never 403, never B's data — and
every route but the health check answers 401 without a key.
"""

import pytest

from levelhead.api.api import api as ninja_api
from levelhead.orders.models import Order
from levelhead.orders.services import ShipmentData, add_shipment

ORDER_BODY = {
    "number": "ISO-1",
    "customer": {"email": "iso@example.test"},
    "currency": "GBP",
    "total": "1.00",
    "placed_at": "2025-04-01T09:30:00+00:00",
}
# A valid body for every write route, so the lookup (not validation) decides the answer.
BODIES = {
    ("put", "/api/orders/{ref}"): ORDER_BODY,
    ("put", "/api/orders/{ref}/shipments/{shipment_ref}"): {"carrier": "DPD"},
    ("post", "/api/orders/{ref}/status"): {"status": "processing"},
    ("post", "/api/triage"): {"text": "Where is my parcel?"},
    ("post", "/api/check-reply"): {"text": "It was delivered yesterday."},
}
# Upserts address objects by the caller's own external ids: with B's id they create in A.
UPSERTS = {("put", "/api/orders/{ref}")}
PUBLIC = {("get", "/api/health")}


def operations():
    schema = ninja_api.get_openapi_schema()
    return [
        (method, path)
        for path, item in schema["paths"].items()
        for method in item
        if method in {"get", "put", "post", "patch", "delete"}
    ]


@pytest.fixture
def b_objects(cast):
    Order.objects.filter(pk=cast.order_b.pk).update(source="api", external_id="b-ext")
    add_shipment(cast.order_b, ShipmentData(carrier="USPS", external_id="b-ship"))
    return {"ref": "b-ext", "shipment_ref": "b-ship"}


def _url(path, values):
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    assert "{" not in path, f"add a test value for {path} to the API isolation matrix"
    return path


def test_every_route_with_a_body_has_a_sample():
    for method, path in operations():
        if method in {"put", "post", "patch"}:
            assert (method, path) in BODIES, f"add a sample body for {method.upper()} {path}"


def test_the_matrix_is_not_empty():
    assert len(operations()) >= 6


@pytest.mark.parametrize("ref_kind", ["ref", "number"])
def test_key_of_shop_a_gets_404_for_shop_b(client, cast, key_a, b_objects, ref_kind):
    values = dict(b_objects)
    if ref_kind == "number":
        values["ref"] = cast.order_b.number
    before = Order.objects.filter(pk=cast.order_b.pk).values().get()
    checked = 0
    # Upserts last: with B's id they create shop A's own order, which A may then read.
    for method, path in sorted(operations(), key=lambda op: op in UPSERTS):
        if (method, path) in PUBLIC or "{" not in path:
            continue
        url = _url(path, values)
        response = getattr(client, method)(
            url,
            data=BODIES.get((method, path)),
            content_type="application/json",
            headers={"Authorization": f"Bearer {key_a}"},
        )
        assert b"bob@example.test" not in response.content, url
        if (method, path) in UPSERTS:
            assert response.status_code in (200, 201), (url, response.status_code)
            assert response.json()["number"] == "ISO-1"
        else:
            assert response.status_code == 404, (method, url, response.status_code)
        checked += 1
    assert checked >= 4
    assert Order.objects.filter(pk=cast.order_b.pk).values().get() == before
    assert cast.order_b.shipments.get().carrier == "USPS"


def test_list_shows_only_the_keys_shop(client, cast, key_a, b_objects):
    response = client.get("/api/orders", headers={"Authorization": f"Bearer {key_a}"})
    assert cast.order_b.number not in response.content.decode()


@pytest.mark.parametrize("method_path", operations())
def test_every_route_needs_a_key(client, cast, b_objects, method_path):
    method, path = method_path
    url = _url(path, {"ref": "A1001", "shipment_ref": "s"})
    response = getattr(client, method)(
        url, data=BODIES.get((method, path)), content_type="application/json"
    )
    if (method, path) in PUBLIC:
        assert response.status_code == 200
    else:
        assert response.status_code == 401, (method, url, response.status_code)
