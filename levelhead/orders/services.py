"""Every change to customers, orders and shipments, each atomic and written to the record."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from levelhead.core import clock
from levelhead.core.errors import LevelheadError
from levelhead.outbox.services import queue_email
from levelhead.records.services import append_event, order_stream

from . import messages
from .models import Customer, CustomerIdentity, IdentityKind, Order, OrderItem, Shipment
from .status import Status, TransitionError, check_transition, path_to

RECEIPT_TYPES = {
    b"%PDF-": ("application/pdf", "pdf"),
    b"\x89PNG\r\n\x1a\n": ("image/png", "png"),
    b"\xff\xd8\xff": ("image/jpeg", "jpg"),
    b"RIFF": ("image/webp", "webp"),
}


@dataclass(frozen=True)
class ItemData:
    title: str
    quantity: int = 1
    unit_price: Decimal = Decimal("0")
    sku: str = ""


@dataclass(frozen=True)
class OrderData:
    """An order as it arrives from any source (the form, CSV, the API, a webhook)."""

    number: str
    customer_name: str
    customer_email: str
    currency: str
    total: Decimal
    placed_at: datetime
    status: str = Status.PAID
    dispatch_by: date | None = None
    customer_phone: str = ""
    shipping_address: str = ""
    items: tuple[ItemData, ...] = field(default_factory=tuple)
    source: str = "manual"
    external_id: str = ""


@dataclass(frozen=True)
class ShipmentData:
    carrier: str = ""
    tracking_number: str = ""
    tracking_url: str = ""
    dispatched_at: datetime | None = None
    delivered_at: datetime | None = None
    postage_cost: Decimal | None = None
    external_id: str = ""


@dataclass(frozen=True)
class CustomerMessage:
    """The words sent to the customer with a change, exactly as the seller approved them."""

    subject: str
    body: str


def _order_facts(order: Order) -> dict[str, Any]:
    return {
        "number": order.number,
        "status": order.status,
        "currency": order.currency,
        "total": str(order.total),
        "placed_at": order.placed_at.isoformat(),
        "dispatch_by": order.dispatch_by.isoformat() if order.dispatch_by else None,
        "customer_id": order.customer_id,
        "source": order.source,
        "external_id": order.external_id,
    }


def find_or_create_customer(shop: Any, *, name: str, email: str, phone: str = "") -> Customer:
    """The shop's customer with this email address (or phone), created if new."""
    email = email.strip().lower()
    phone = phone.strip()
    for kind, value in ((IdentityKind.EMAIL, email), (IdentityKind.PHONE, phone)):
        if value:
            identity = (
                CustomerIdentity.objects.select_related("customer")
                .filter(shop=shop, kind=kind, value=value)
                .first()
            )
            if identity:
                return identity.customer
    customer = Customer.objects.create(shop=shop, name=name.strip(), email=email, phone=phone)
    for kind, value in ((IdentityKind.EMAIL, email), (IdentityKind.PHONE, phone)):
        if value:
            CustomerIdentity.objects.create(shop=shop, customer=customer, kind=kind, value=value)
    return customer


def _check_order_data(data: OrderData) -> None:
    if not data.number.strip():
        raise LevelheadError("The order number is missing.", field="number")
    if len(data.currency) != 3 or not data.currency.isalpha():
        raise LevelheadError(
            f"{data.currency!r} is not a currency code (use three letters, e.g. GBP).",
            field="currency",
        )
    if data.total < 0:
        raise LevelheadError("The total cannot be negative.", field="total")
    try:
        Status(data.status)
    except ValueError:
        allowed = ", ".join(s.value for s in Status)
        raise LevelheadError(
            f"Unknown status {data.status!r}; use one of {allowed}.", field="status"
        ) from None


def create_order(shop: Any, data: OrderData, *, actor: Any = None) -> Order:
    """Create an order with its customer and items, and record it."""
    _check_order_data(data)
    with transaction.atomic():
        if Order.objects.filter(shop=shop, number=data.number).exists():
            raise LevelheadError(f"Order {data.number} already exists.", field="number")
        customer = find_or_create_customer(
            shop, name=data.customer_name, email=data.customer_email, phone=data.customer_phone
        )
        order = Order.objects.create(
            shop=shop,
            customer=customer,
            number=data.number.strip(),
            source=data.source,
            external_id=data.external_id,
            status=data.status,
            currency=data.currency.upper(),
            total=data.total,
            placed_at=data.placed_at,
            dispatch_by=data.dispatch_by,
            status_changed_at=data.placed_at,
            shipping_address=data.shipping_address,
        )
        OrderItem.objects.bulk_create(
            OrderItem(
                order=order,
                sku=item.sku,
                title=item.title,
                quantity=item.quantity,
                unit_price=item.unit_price,
            )
            for item in data.items
        )
        append_event(
            shop=shop,
            stream=order_stream(order.pk),
            kind="order.created",
            actor=actor,
            occurred_at=data.placed_at,
            data={
                **_order_facts(order),
                "items": [
                    {"sku": i.sku, "title": i.title, "qty": i.quantity, "price": str(i.unit_price)}
                    for i in data.items
                ],
            },
        )
    return order


def upsert_order(shop: Any, data: OrderData, *, actor: Any = None) -> tuple[Order, bool]:
    """Create the order, or bring an existing one (same source and external id, else same number)
    up to date: a later status is reached through the allowed steps, each recorded."""
    _check_order_data(data)
    with transaction.atomic():
        existing = None
        if data.external_id:
            existing = Order.objects.filter(
                shop=shop, source=data.source, external_id=data.external_id
            ).first()
        if existing is None:
            existing = Order.objects.filter(shop=shop, number=data.number).first()
        if existing is None:
            return create_order(shop, data, actor=actor), True
        order = Order.objects.select_for_update().get(pk=existing.pk)
        changed = {}
        for name in ("currency", "total", "dispatch_by", "shipping_address"):
            new = getattr(data, name)
            if name == "currency":
                new = new.upper()
            if new not in (None, "") and getattr(order, name) != new:
                changed[name] = {"old": str(getattr(order, name)), "new": str(new)}
                setattr(order, name, new)
        if changed:
            order.updated_at = clock.now()
            order.save()
            append_event(
                shop=shop,
                stream=order_stream(order.pk),
                kind="order.updated",
                actor=actor,
                data={"changes": changed},
            )
        if data.status != order.status:
            steps = path_to(order.status, data.status)
            if not steps:
                check_transition(order.status, data.status)  # raises with the reason
            for step in steps:
                change_status(order, step, actor=actor)
        return order, False


def change_status(
    order: Order,
    new_status: str,
    *,
    actor: Any = None,
    message: CustomerMessage | None = None,
    note: str = "",
) -> Order:
    """Move the order to ``new_status`` if the status machine allows it, optionally telling the
    customer; the exact words sent are kept in the record."""
    with transaction.atomic():
        locked = (
            Order.objects.select_for_update().select_related("shop", "customer").get(pk=order.pk)
        )
        old = locked.status
        try:
            check_transition(old, new_status)
        except TransitionError as exc:
            raise LevelheadError(str(exc), field="status") from exc
        now = clock.now()
        locked.status = new_status
        locked.status_changed_at = now
        locked.updated_at = now
        locked.save(update_fields=["status", "status_changed_at", "updated_at"])
        data: dict[str, Any] = {"old": old, "new": new_status}
        if note:
            data["note"] = note
        if message is not None:
            outbound = _message_customer(locked, message)
            data["message"] = {
                "to": outbound.to,
                "subject": message.subject,
                "body": message.body,
                "outbound_id": outbound.pk,
            }
        append_event(
            shop=locked.shop,
            stream=order_stream(locked.pk),
            kind="order.status_changed",
            actor=actor,
            data=data,
        )
    order.status, order.status_changed_at = locked.status, locked.status_changed_at
    return locked


def _message_customer(order: Order, message: CustomerMessage) -> Any:
    if not order.customer.email:
        raise LevelheadError(
            "This customer has no email address, so the message cannot be sent. "
            "Untick 'message the customer' or add their address.",
            field="message",
        )
    if not message.body.strip():
        raise LevelheadError("The message to the customer is empty.", field="message")
    return queue_email(
        shop=order.shop,
        to=order.customer.email,
        subject=message.subject.strip() or f"Update on your order {order.number}",
        body_text=message.body,
        stream=order_stream(order.pk),
    )


def check_receipt(upload: UploadedFile) -> tuple[str, str]:
    """The receipt's real type (by its first bytes, not its name) and extension, or a refusal."""
    limit = settings.RECEIPT_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise LevelheadError(
            f"The receipt is {upload.size / 1_048_576:.1f} MB; the limit is "
            f"{limit / 1_048_576:.0f} MB.",
            field="receipt",
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for magic, (content_type, ext) in RECEIPT_TYPES.items():
        if head.startswith(magic) and (magic != b"RIFF" or head[8:12] == b"WEBP"):
            return content_type, ext
    raise LevelheadError("The receipt must be a PDF, PNG, JPEG or WebP file.", field="receipt")


def add_shipment(
    order: Order,
    data: ShipmentData,
    *,
    receipt: UploadedFile | None = None,
    actor: Any = None,
) -> Shipment:
    """Attach a shipment (carrier, tracking, postage receipt) to the order and record it."""
    receipt_type = check_receipt(receipt) if receipt is not None else None
    with transaction.atomic():
        locked = Order.objects.select_for_update().select_related("shop").get(pk=order.pk)
        shipment = Shipment(
            order=locked,
            carrier=data.carrier.strip(),
            tracking_number=data.tracking_number.strip(),
            tracking_url=data.tracking_url.strip(),
            dispatched_at=data.dispatched_at,
            delivered_at=data.delivered_at,
            postage_cost=data.postage_cost,
            external_id=data.external_id,
        )
        event_data: dict[str, Any] = {
            "carrier": shipment.carrier,
            "tracking_number": shipment.tracking_number,
            "tracking_url": shipment.tracking_url,
            "dispatched_at": data.dispatched_at.isoformat() if data.dispatched_at else None,
            "postage_cost": str(data.postage_cost) if data.postage_cost is not None else None,
        }
        if receipt is not None and receipt_type is not None:
            content_type, ext = receipt_type
            digest = hashlib.sha256()
            for chunk in receipt.chunks():
                digest.update(chunk)
            shipment.receipt_name = (receipt.name or f"receipt.{ext}")[:200]
            shipment.receipt_content_type = content_type
            shipment.receipt_size = receipt.size
            shipment.save()
            shipment.receipt.save(f"{shipment.pk}-{digest.hexdigest()[:16]}.{ext}", receipt)
            event_data["receipt"] = {
                "name": shipment.receipt_name,
                "type": content_type,
                "size": receipt.size,
                "sha256": digest.hexdigest(),
            }
        else:
            shipment.save()
        event_data["shipment_id"] = shipment.pk
        append_event(
            shop=locked.shop,
            stream=order_stream(locked.pk),
            kind="shipment.added",
            actor=actor,
            data=event_data,
        )
    return shipment


def upsert_shipment(
    order: Order, data: ShipmentData, *, actor: Any = None
) -> tuple[Shipment, bool]:
    """Add the shipment, or bring the one already known up to date: matched by its external id,
    else (without one) by its tracking number. Sending the same data twice changes nothing."""
    with transaction.atomic():
        locked = Order.objects.select_for_update().select_related("shop").get(pk=order.pk)
        shipments = Shipment.objects.filter(order=locked)
        existing = None
        if data.external_id:
            existing = shipments.filter(external_id=data.external_id).first()
        elif data.tracking_number.strip():
            existing = shipments.filter(tracking_number=data.tracking_number.strip()).first()
        if existing is None:
            return add_shipment(locked, data, actor=actor), True
        changes = {}
        for name in ("carrier", "tracking_number", "tracking_url"):
            new = getattr(data, name).strip()
            if new and getattr(existing, name) != new:
                changes[name] = {"old": getattr(existing, name), "new": new}
                setattr(existing, name, new)
        for name in ("dispatched_at", "delivered_at", "postage_cost"):
            new = getattr(data, name)
            if new is not None and getattr(existing, name) != new:
                old = getattr(existing, name)
                changes[name] = {"old": None if old is None else str(old), "new": str(new)}
                setattr(existing, name, new)
        if changes:
            existing.save()
            append_event(
                shop=locked.shop,
                stream=order_stream(locked.pk),
                kind="shipment.updated",
                actor=actor,
                data={"shipment_id": existing.pk, "changes": changes},
            )
        return existing, False


def mark_dispatched(
    order: Order,
    data: ShipmentData,
    *,
    receipt: UploadedFile | None = None,
    message: CustomerMessage | None = None,
    actor: Any = None,
) -> Shipment:
    """Dispatch in one step: the shipment with its tracking and receipt, the status, the message."""
    with transaction.atomic():
        if data.dispatched_at is None:
            data = ShipmentData(**{**data.__dict__, "dispatched_at": clock.now()})
        shipment = add_shipment(order, data, receipt=receipt, actor=actor)
        change_status(order, Status.DISPATCHED, actor=actor, message=message)
    return shipment


def add_note(order: Order, text: str, *, actor: Any) -> None:
    """An internal note on the order's timeline (never sent to the customer)."""
    if not text.strip():
        raise LevelheadError("The note is empty.", field="text")
    with transaction.atomic():
        append_event(
            shop=order.shop,
            stream=order_stream(order.pk),
            kind="note.added",
            actor=actor,
            data={"text": text.strip()},
        )


__all__ = [
    "CustomerMessage",
    "ItemData",
    "OrderData",
    "ShipmentData",
    "add_note",
    "add_shipment",
    "change_status",
    "create_order",
    "find_or_create_customer",
    "mark_dispatched",
    "messages",
    "upsert_order",
    "upsert_shipment",
]


def set_stage_message(shop: Any, status: str, *, subject: str, body: str, actor: Any) -> None:
    """The shop's own default message for a stage, replacing the built-in one."""
    from levelhead.records.services import shop_stream

    from .models import StageMessage

    Status(status)  # an unknown stage is a programming error, not user input
    with transaction.atomic():
        existing = StageMessage.objects.select_for_update().filter(shop=shop, status=status).first()
        old = {"subject": existing.subject, "body": existing.body} if existing else None
        StageMessage.objects.update_or_create(
            shop=shop, status=status, defaults={"subject": subject, "body": body}
        )
        cache.delete(messages.templates_cache_key(shop.pk))
        transaction.on_commit(lambda: cache.delete(messages.templates_cache_key(shop.pk)))
        append_event(
            shop=shop,
            stream=shop_stream(shop.pk),
            kind="stage_message.changed",
            actor=actor,
            data={"status": status, "old": old, "new": {"subject": subject, "body": body}},
        )
