from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from levelhead.core.testing.cast import order_data
from levelhead.orders import services
from levelhead.outbox.models import OutboundEmail

PDF = b"%PDF-1.4\n%%EOF\n"


def detail(cast, order=None):
    order = order or cast.order_a
    return reverse("order-detail", args=[cast.shop_a.slug, order.number])


def test_order_list_shows_the_shops_orders_only(client, cast):
    client.force_login(cast.agent)
    response = client.get(reverse("order-list", args=[cast.shop_a.slug]))
    assert response.status_code == 200
    assert b"A1001" in response.content and b"B2001" not in response.content


def test_order_list_search_and_filters(client, cast):
    services.create_order(cast.shop_a, order_data("A2000", email="grace@example.test"))
    client.force_login(cast.agent)
    url = reverse("order-list", args=[cast.shop_a.slug])
    assert b"A2000" in client.get(url, {"q": "grace@"}).content
    assert b"A1001" not in client.get(url, {"q": "grace@"}).content
    assert b"A1001" in client.get(url, {"q": "#A1001"}).content
    assert b"A1001" not in client.get(url, {"status": "delivered"}).content
    empty = client.get(url, {"q": "nobody-here"})
    assert b"No orders match" in empty.content


def test_late_filter_lists_orders_past_dispatch_by(client, cast):
    from datetime import timedelta

    from levelhead.core import clock

    late = services.create_order(
        cast.shop_a,
        order_data(
            "A3000",
            placed=clock.now() - timedelta(days=10),
            dispatch_by=(clock.now() - timedelta(days=5)).date(),
        ),
    )
    client.force_login(cast.agent)
    response = client.get(reverse("order-list", args=[cast.shop_a.slug]), {"late": "on"})
    assert late.number.encode() in response.content
    assert b"A1001" not in response.content


def test_list_pages_without_counting(client, cast):
    for i in range(55):
        services.create_order(cast.shop_a, order_data(f"P{i:03d}"))
    client.force_login(cast.agent)
    url = reverse("order-list", args=[cast.shop_a.slug])
    first = client.get(url)
    assert first.context["has_next"] and len(first.context["orders"]) == 50
    second = client.get(url, {"page": "2"})
    assert not second.context["has_next"] and len(second.context["orders"]) == 6


def test_order_page_shows_timeline_items_and_customer_link(client, cast):
    client.force_login(cast.agent)
    response = client.get(detail(cast))
    assert response.status_code == 200
    assert b"Order placed" in response.content and b"Hand-thrown mug" in response.content
    assert b"/o/" in response.content


def test_dispatch_from_the_page(client, cast):
    client.force_login(cast.owner)
    response = client.post(
        reverse("order-dispatch", args=[cast.shop_a.slug, "A1001"]),
        {
            "carrier": "Royal Mail",
            "tracking_number": "RM1",
            "notify": "on",
            "subject": "On its way",
            "body": "Hello Ada, tracking RM1.",
            "receipt": SimpleUploadedFile("r.pdf", PDF, "application/pdf"),
        },
    )
    assert response.status_code == 302
    cast.order_a.refresh_from_db()
    assert cast.order_a.status == "dispatched"
    page = client.get(detail(cast)).content.decode()
    assert "Paid → Dispatched" in page and "Hello Ada, tracking RM1." in page
    assert OutboundEmail.objects.get().body_text == "Hello Ada, tracking RM1."


def test_dispatch_with_a_bad_receipt_shows_the_error_and_changes_nothing(client, cast):
    client.force_login(cast.owner)
    response = client.post(
        reverse("order-dispatch", args=[cast.shop_a.slug, "A1001"]),
        {"carrier": "DPD", "receipt": SimpleUploadedFile("r.pdf", b"<svg onload=x>", "image/svg")},
    )
    assert response.status_code == 400
    assert b"must be a PDF, PNG, JPEG or WebP" in response.content
    cast.order_a.refresh_from_db()
    assert cast.order_a.status == "paid" and not cast.order_a.shipments.exists()


def test_notify_without_a_body_is_refused(client, cast):
    client.force_login(cast.owner)
    response = client.post(
        reverse("order-change-status", args=[cast.shop_a.slug, "A1001"]),
        {"status": "processing", "notify": "on", "body": "  "},
    )
    assert response.status_code == 400
    assert b"Write the message" in response.content


def test_status_form_offers_only_allowed_statuses(client, cast):
    client.force_login(cast.owner)
    response = client.post(
        reverse("order-change-status", args=[cast.shop_a.slug, "A1001"]),
        {"status": "delivered"},
    )
    assert response.status_code == 400
    cast.order_a.refresh_from_db()
    assert cast.order_a.status == "paid"


def test_stage_message_preview_is_filled_for_the_order(client, cast):
    client.force_login(cast.owner)
    response = client.get(
        reverse("order-stage-message", args=[cast.shop_a.slug, "A1001"]), {"status": "cancelled"}
    )
    assert b"Your order A1001 has been cancelled" in response.content
    assert b"Hello Ada Lovelace" in response.content


def test_receipt_download_is_the_file(client, cast):
    shipment = services.add_shipment(
        cast.order_a,
        services.ShipmentData(carrier="DPD"),
        receipt=SimpleUploadedFile("My receipt.pdf", PDF, "application/pdf"),
    )
    client.force_login(cast.agent)
    response = client.get(reverse("order-receipt", args=[cast.shop_a.slug, "A1001", shipment.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"


def test_note_goes_on_the_timeline(client, cast):
    client.force_login(cast.agent)
    client.post(
        reverse("order-add-note", args=[cast.shop_a.slug, "A1001"]),
        {"text": "Called the customer."},
    )
    assert b"Called the customer." in client.get(detail(cast)).content


def test_dates_are_shown_in_the_shops_time_zone(client, cast):
    from datetime import UTC, datetime

    order = services.create_order(
        cast.shop_b, order_data("B3000", placed=datetime(2026, 7, 1, 3, 30, tzinfo=UTC))
    )
    client.force_login(cast.outsider)  # owner of shop B, New York (UTC-4 in July)
    page = client.get(reverse("order-detail", args=[cast.shop_b.slug, order.number]))
    assert b"30 Jun 2026, 23:30" in page.content


def test_dispatch_message_gets_the_carrier_and_tracking_typed_in_the_form(client, cast):
    client.force_login(cast.owner)
    page = client.get(detail(cast)).content.decode()
    assert "$tracking_number" in page  # left for the form's own fields
    client.post(
        reverse("order-dispatch", args=[cast.shop_a.slug, "A1001"]),
        {
            "carrier": "DPD",
            "tracking_number": "15501234",
            "notify": "on",
            "subject": "On its way",
            "body": "Sent with $carrier, tracking $tracking_number.",
        },
    )
    assert OutboundEmail.objects.get().body_text == "Sent with DPD, tracking 15501234."


def test_a_dispatched_order_can_get_a_second_shipment(client, cast):
    services.mark_dispatched(cast.order_a, services.ShipmentData(carrier="DPD"))
    client.force_login(cast.owner)
    assert b"Add another shipment" in client.get(detail(cast)).content
    response = client.post(
        reverse("order-add-shipment", args=[cast.shop_a.slug, "A1001"]),
        {"carrier": "Royal Mail", "tracking_number": "RESHIP1"},
    )
    assert response.status_code == 302
    assert list(cast.order_a.shipments.values_list("carrier", flat=True)) == ["DPD", "Royal Mail"]


def test_the_order_page_reads_each_table_once(client, cast):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(cast.agent)
    url = reverse("order-detail", args=[cast.shop_a.slug, cast.order_a.number])
    client.get(url)  # sessions and caches warm
    with CaptureQueriesContext(connection) as without_shipment:
        assert client.get(url).status_code == 200
    services.add_shipment(
        cast.order_a,
        services.ShipmentData(carrier="Royal Mail", tracking_number="RM1"),
        actor=cast.agent,
    )
    with CaptureQueriesContext(connection) as with_shipment:
        assert client.get(url).status_code == 200
    shipment_reads = [q for q in with_shipment.captured_queries if "orders_shipment" in q["sql"]]
    assert len(shipment_reads) == 1
    assert len(with_shipment.captured_queries) == len(without_shipment.captured_queries) <= 6
    # Nothing was sent to the customer yet: the outbox is not read.
    assert not [q for q in with_shipment.captured_queries if "outbox_outboundemail" in q["sql"]]
    services.change_status(
        cast.order_a,
        "processing",
        actor=cast.agent,
        message=services.CustomerMessage(subject="Packing", body="We are packing it."),
    )
    with CaptureQueriesContext(connection) as with_message:
        response = client.get(url)
    assert [q for q in with_message.captured_queries if "outbox_outboundemail" in q["sql"]]
    assert len(with_message.captured_queries) == len(without_shipment.captured_queries) + 1
    sent = OutboundEmail.objects.get(stream=f"order:{cast.order_a.pk}")
    assert list(response.context["outbound"]) == [sent]


def test_search_finds_orders_by_number_prefix_and_by_customer_together(cast):
    from levelhead.core import clock
    from levelhead.orders.selectors import order_list

    shop = cast.shop_a
    by_number = services.create_order(shop, order_data("ANN-7", email="zed@example.test"))
    by_name = services.create_order(shop, order_data("Z900", email="annie@example.test"))
    services.create_order(cast.shop_b, order_data("ANN-8", email="annie@example.test"))
    today = clock.now().date()

    def found(q: str) -> set[str]:
        return {o.number for o in order_list(shop, q=q, today=today)}

    # "ann" starts an order number and is in a customer's address: both, this shop's only.
    assert found("ann") == {by_number.number, by_name.number}
    assert found("#ann-7") == {by_number.number}  # by number alone, any case
    assert found("annie@") == {by_name.number}  # no number starts so: customers only
    assert found("nobody") == set()


def test_each_kind_of_list_page_is_the_order_list_sliced(cast):
    """``order_page`` (compiled once per kind of list) returns exactly what the queryset does,
    for searches, statuses, the late filter and later pages, and escapes search wildcards."""
    from datetime import timedelta

    from levelhead.core import clock
    from levelhead.orders.selectors import order_list, order_page

    shop = cast.shop_a
    old = clock.now() - timedelta(days=20)
    for i in range(7):
        services.create_order(
            shop,
            order_data(f"ANN-{i}", email=f"c{i}@example.test", status="paid", placed=old),
        )
    services.create_order(shop, order_data("P_1", email="100%@example.test"))
    today = clock.now().date()
    cases: list[dict[str, Any]] = [
        {},
        {"q": "ann"},
        {"q": "#ANN-3"},
        {"q": "lovelace"},
        {"q": "%"},
        {"q": "100%"},
        {"q": "p_"},
        {"status": "paid"},
        {"status": "bogus"},
        {"late": True},
        {"q": "example", "status": "paid", "late": True},
    ]
    for _ in range(2):  # the second time through the compiled plans
        for filters in cases:
            for start, stop in [(0, 4), (3, 9), (0, 51)]:
                want = list(order_list(shop, today=today, **filters)[start:stop])
                got = order_page(shop, today=today, start=start, stop=stop, **filters)
                assert [o.pk for o in got] == [o.pk for o in want], (filters, start)
                assert all(o.customer.shop_id == shop.pk for o in got)
    # "%" and "_" are the characters themselves, not wildcards matching every order.
    for q in ("%", "100%", "p_"):
        assert [o.number for o in order_page(shop, q=q, today=today, start=0, stop=9)] == ["P_1"]
    assert order_page(cast.shop_b, q="ann", today=today, start=0, stop=9) == []
