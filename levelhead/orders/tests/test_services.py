from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from levelhead.core.errors import LevelheadError
from levelhead.core.testing.cast import order_data
from levelhead.orders import services
from levelhead.orders.models import Order
from levelhead.outbox.models import OutboundEmail
from levelhead.records.models import Event
from levelhead.records.services import verify_all

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n"


def events_of(order):
    return list(Event.objects.filter(stream=f"order:{order.pk}").order_by("seq"))


def test_create_order_records_the_order_with_its_items(cast):
    (event,) = events_of(cast.order_a)
    assert event.kind == "order.created"
    assert event.data["number"] == "A1001"
    assert event.data["items"] == [
        {"sku": "", "title": "Hand-thrown mug", "qty": 2, "price": "21.25"}
    ]


def test_same_email_is_the_same_customer(cast):
    second = services.create_order(cast.shop_a, order_data("A1002", email="ADA@example.test"))
    assert second.customer_id == cast.order_a.customer_id


def test_duplicate_number_is_refused(cast):
    with pytest.raises(LevelheadError, match="already exists"):
        services.create_order(cast.shop_a, order_data("A1001"))


def test_bad_currency_is_refused_and_nothing_is_written(cast):
    before = Order.objects.count(), Event.objects.count()
    with pytest.raises(LevelheadError, match="currency"):
        services.create_order(
            cast.shop_a,
            order_data("A1003").__class__(**{**order_data("A1003").__dict__, "currency": "pounds"}),
        )
    assert (Order.objects.count(), Event.objects.count()) == before


def test_status_change_with_message_queues_the_email_and_records_the_exact_words(cast):
    message = services.CustomerMessage(subject="On its way", body="Dear Ada,\nit is packed.")
    services.change_status(cast.order_a, "processing", actor=cast.owner, message=message)
    cast.order_a.refresh_from_db()
    assert cast.order_a.status == "processing"
    event = events_of(cast.order_a)[-1]
    assert event.kind == "order.status_changed"
    assert event.actor == f"user:{cast.owner.pk}"
    assert event.data["old"] == "paid" and event.data["new"] == "processing"
    assert event.data["message"]["body"] == "Dear Ada,\nit is packed."
    email = OutboundEmail.objects.get(pk=event.data["message"]["outbound_id"])
    assert email.to == "ada@example.test" and email.state == "queued"
    assert email.body_text == "Dear Ada,\nit is packed."


def test_refused_transition_changes_nothing(cast):
    count = Event.objects.count()
    with pytest.raises(LevelheadError, match="only be marked delivered after"):
        services.change_status(cast.order_a, "delivered", actor=cast.owner)
    cast.order_a.refresh_from_db()
    assert cast.order_a.status == "paid"
    assert Event.objects.count() == count


def test_message_failure_rolls_back_the_status_change(cast):
    cast.order_a.customer.email = ""
    cast.order_a.customer.save()
    with pytest.raises(LevelheadError, match="no email address"):
        services.change_status(
            cast.order_a, "processing", message=services.CustomerMessage("s", "body")
        )
    cast.order_a.refresh_from_db()
    assert cast.order_a.status == "paid"
    assert not OutboundEmail.objects.exists()


def test_mark_dispatched_adds_shipment_receipt_status_and_message(cast):
    receipt = SimpleUploadedFile("scan.pdf", PDF, "application/pdf")
    shipment = services.mark_dispatched(
        cast.order_a,
        services.ShipmentData(
            carrier="Royal Mail", tracking_number="AB123456789GB", postage_cost=Decimal("3.20")
        ),
        receipt=receipt,
        message=services.CustomerMessage("Dispatched", "Tracking AB123456789GB"),
        actor=cast.owner,
    )
    cast.order_a.refresh_from_db()
    assert cast.order_a.status == "dispatched"
    assert shipment.receipt_content_type == "application/pdf"
    assert shipment.receipt.read() == PDF
    kinds = [e.kind for e in events_of(cast.order_a)]
    assert kinds == ["order.created", "shipment.added", "order.status_changed"]
    assert events_of(cast.order_a)[1].data["receipt"]["size"] == len(PDF)
    assert verify_all()[1] is None


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("receipt.pdf", b"<html><script>alert(1)</script>", "PDF, PNG, JPEG or WebP"),
        ("receipt.exe", b"MZ\x90\x00", "PDF, PNG, JPEG or WebP"),
    ],
)
def test_receipt_of_the_wrong_type_is_refused_by_content_not_name(cast, name, content, reason):
    with pytest.raises(LevelheadError, match=reason):
        services.add_shipment(
            cast.order_a,
            services.ShipmentData(carrier="DPD"),
            receipt=SimpleUploadedFile(name, content, "application/pdf"),
        )
    assert not cast.order_a.shipments.exists()


def test_oversized_receipt_is_refused_with_the_limit(cast, settings):
    settings.RECEIPT_MAX_BYTES = 1024
    with pytest.raises(LevelheadError, match="the limit is"):
        services.add_shipment(
            cast.order_a,
            services.ShipmentData(carrier="DPD"),
            receipt=SimpleUploadedFile("big.pdf", PDF + b"0" * 2048, "application/pdf"),
        )


def test_upsert_walks_the_allowed_steps_to_a_later_status(cast):
    data = order_data("A1001")
    order, created = services.upsert_order(
        cast.shop_a, data.__class__(**{**data.__dict__, "status": "delivered"})
    )
    assert not created and order.status == "delivered"
    changes = [e.data["new"] for e in events_of(order) if e.kind == "order.status_changed"]
    assert changes == ["dispatched", "delivered"]


def test_upsert_is_idempotent(cast):
    data = order_data("A1001")
    services.upsert_order(cast.shop_a, data)
    services.upsert_order(cast.shop_a, data)
    assert len(events_of(cast.order_a)) == 1
