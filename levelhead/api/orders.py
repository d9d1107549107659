"""Orders and shipments for the key's shop. Endpoints parse and answer; services make changes.

Another shop's order is "not found" (404), never "forbidden": the key's shop is the only one.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch
from django.http import Http404, HttpRequest
from ninja import Router, Status
from ninja.pagination import PageNumberPagination, paginate

from levelhead.core.errors import LevelheadError
from levelhead.orders import services
from levelhead.orders.models import Order, Shipment
from levelhead.orders.status import TransitionError

from .auth import shop_of
from .schemas import (
    ErrorOut,
    OrderIn,
    OrderOut,
    OrderSummary,
    ShipmentIn,
    ShipmentOut,
    StatusIn,
)

router = Router(tags=["orders"])
SOURCE = "api"


class Conflict(Exception):
    """A change the order's state refuses (409), with the reason in words."""


def _actor(request: HttpRequest) -> str:
    header = request.headers.get("Authorization", "")
    parts = header.split("_", 2)
    return f"api:{parts[1]}" if len(parts) == 3 else "api"


def find_order(shop: Any, ref: str) -> Order:
    """The shop's order with the external id ``ref`` (given through this API), else the one
    numbered ``ref``."""
    orders = (
        Order.objects.for_shop(shop)
        .select_related("customer")
        .prefetch_related("items", Prefetch("shipments", queryset=Shipment.objects.all()))
    )
    order = orders.filter(source=SOURCE, external_id=ref).first() or (
        orders.filter(number=ref).first()
    )
    if order is None:
        raise Http404("No such order.")
    return order


def _out(order: Order) -> dict[str, Any]:
    return {
        **{f: getattr(order, f) for f in OrderSummary.model_fields},
        "source": order.source,
        "status_changed_at": order.status_changed_at,
        "customer": order.customer,
        "items": list(order.items.all()),
        "shipments": list(order.shipments.all()),
    }


@router.put(
    "/orders/{ref}",
    response={200: OrderOut, 201: OrderOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Create or update an order by your external id",
)
def put_order(request: HttpRequest, ref: str, payload: OrderIn) -> Any:
    """Idempotent: sending the same order twice creates it once and records it once. A later
    status moves the order through the allowed steps; an impossible one is refused with 409."""
    shop = shop_of(request)
    if len(ref) > 100:
        raise LevelheadError("The external id is longer than 100 characters.", field="ref")
    taken = (
        Order.objects.for_shop(shop)
        .filter(number=payload.number)
        .exclude(source=SOURCE, external_id=ref)
        .exclude(external_id="")
        .first()
    )
    if taken is not None:
        raise Conflict(f"Order number {payload.number} belongs to another order.")
    existing = Order.objects.for_shop(shop).filter(source=SOURCE, external_id=ref).first()
    status = payload.status or (existing.status if existing else "paid")
    data = services.OrderData(
        number=payload.number,
        customer_name=payload.customer.name,
        customer_email=payload.customer.email or "",
        customer_phone=payload.customer.phone,
        currency=payload.currency.upper(),
        total=payload.total,
        placed_at=payload.placed_at,
        status=status,
        dispatch_by=payload.dispatch_by,
        shipping_address=payload.shipping_address,
        items=tuple(
            services.ItemData(
                title=i.title, quantity=i.quantity, unit_price=i.unit_price, sku=i.sku
            )
            for i in payload.items
        ),
        source=SOURCE,
        external_id=ref,
    )
    try:
        _, created = services.upsert_order(shop, data, actor=_actor(request))
    except TransitionError as exc:
        raise Conflict(str(exc)) from exc
    return Status(201 if created else 200, _out(find_order(shop, ref)))


@router.put(
    "/orders/{ref}/shipments/{shipment_ref}",
    response={200: ShipmentOut, 201: ShipmentOut, 404: ErrorOut, 422: ErrorOut},
    summary="Create or update a shipment of an order by your external ids",
)
def put_shipment(request: HttpRequest, ref: str, shipment_ref: str, payload: ShipmentIn) -> Any:
    """Idempotent, like the order: the same shipment sent twice is added once."""
    shop = shop_of(request)
    order = find_order(shop, ref)
    if len(shipment_ref) > 100:
        raise LevelheadError("The shipment id is longer than 100 characters.", field="shipment_ref")
    shipment, created = services.upsert_shipment(
        order,
        services.ShipmentData(
            carrier=payload.carrier,
            tracking_number=payload.tracking_number,
            tracking_url=str(payload.tracking_url) if payload.tracking_url else "",
            dispatched_at=payload.dispatched_at,
            delivered_at=payload.delivered_at,
            postage_cost=payload.postage_cost,
            external_id=shipment_ref,
        ),
        actor=_actor(request),
    )
    return Status(201 if created else 200, shipment)


@router.get(
    "/orders/{ref}", response={200: OrderOut, 404: ErrorOut}, summary="One order, with its items"
)
def get_order(request: HttpRequest, ref: str) -> Any:
    """``ref`` is your external id or the order's number."""
    return _out(find_order(shop_of(request), ref))


@router.get("/orders", response=list[OrderSummary], summary="The shop's orders, newest first")
@paginate(PageNumberPagination, page_size=50)
def list_orders(request: HttpRequest, status: str = "") -> Any:
    orders = Order.objects.for_shop(shop_of(request)).order_by("-placed_at", "-id")
    if status:
        orders = orders.filter(status=status)
    return orders


@router.post(
    "/orders/{ref}/status",
    response={200: OrderOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Change an order's status, optionally messaging the customer",
)
def post_status(request: HttpRequest, ref: str, payload: StatusIn) -> Any:
    """Refused with 409 and the status machine's reason when the step is not allowed."""
    shop = shop_of(request)
    order = find_order(shop, ref)
    message = (
        services.CustomerMessage(subject=payload.message.subject, body=payload.message.body)
        if payload.message
        else None
    )
    try:
        services.change_status(
            order, payload.status, actor=_actor(request), message=message, note=payload.note
        )
    except LevelheadError as exc:
        if exc.field == "status":
            raise Conflict(exc.message) from exc
        raise
    return _out(find_order(shop, ref))
