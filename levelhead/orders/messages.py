"""The default words a shop sends at each stage, and the signed link to the customer's page."""

from __future__ import annotations

from string import Template
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.urls import reverse

from .models import Order, StageMessage
from .status import Status

LINK_SALT = "levelhead.orders.customer-page"

DEFAULTS: dict[str, tuple[str, str]] = {
    Status.PAID: (
        "We have your order $order_number",
        "Hello $customer_name,\n\nThank you for your order $order_number. Your payment has been "
        "received and we will dispatch it by $dispatch_by.\n\nYou can follow your order here: "
        "$order_link\n\n$shop_name",
    ),
    Status.PROCESSING: (
        "Your order $order_number is being prepared",
        "Hello $customer_name,\n\nWe are preparing your order $order_number now.\n\n"
        "Follow it here: $order_link\n\n$shop_name",
    ),
    Status.DISPATCHED: (
        "Your order $order_number is on its way",
        "Hello $customer_name,\n\nYour order $order_number was dispatched today with $carrier. "
        "Tracking number: $tracking_number\n\nFollow it here: $order_link\n\n$shop_name",
    ),
    Status.DELIVERED: (
        "Your order $order_number has been delivered",
        "Hello $customer_name,\n\nThe carrier reports that your order $order_number has been "
        "delivered. If anything is not right, just reply to this email.\n\n$shop_name",
    ),
    Status.CANCELLED: (
        "Your order $order_number has been cancelled",
        "Hello $customer_name,\n\nYour order $order_number has been cancelled. If you were "
        "charged, the payment will be returned to you.\n\n$shop_name",
    ),
    Status.REFUNDED: (
        "Your refund for order $order_number",
        "Hello $customer_name,\n\nWe have refunded your order $order_number. Depending on your "
        "bank it can take a few days to appear.\n\n$shop_name",
    ),
    Status.RETURNED: (
        "We received your return for order $order_number",
        "Hello $customer_name,\n\nWe have received the items you returned from order "
        "$order_number. We will be in touch shortly.\n\n$shop_name",
    ),
}


def customer_token(order: Order) -> str:
    """A signed token naming this order (and its shop): it cannot be forged or moved to another."""
    return signing.dumps({"o": order.pk, "s": order.shop_id}, salt=LINK_SALT)


def order_from_token(token: str) -> tuple[int, int] | None:
    try:
        value = signing.loads(token, salt=LINK_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(value, dict) or not {"o", "s"} <= value.keys():
        return None
    return int(value["o"]), int(value["s"])


def customer_order_url(order: Order) -> str:
    return settings.SITE_URL + reverse("customer-order", args=[customer_token(order)])


LATEST = object()  # placeholders: look the order's latest shipment up (None: it has none)


def placeholders(
    order: Order, *, shipment: Any = LATEST, order_link: str = "", **extra: Any
) -> dict[str, str]:
    if shipment is LATEST:
        shipment = order.shipments.order_by("-created_at").first() if order.pk else None
    values = {
        "customer_name": order.customer.name or "there",
        "order_number": order.number,
        "shop_name": order.shop.name,
        "order_link": order_link or customer_order_url(order),
        "dispatch_by": order.dispatch_by.strftime("%d %B %Y") if order.dispatch_by else "soon",
        "carrier": (shipment.carrier if shipment else "") or "our carrier",
        "tracking_number": (shipment.tracking_number if shipment else "") or "not provided",
    }
    values.update({k: str(v) for k, v in extra.items() if v})
    return values


def stage_template(
    shop: Any, status: str, custom: dict[str, tuple[str, str]] | None = None
) -> tuple[str, str]:
    if custom is None:
        custom = shop_templates(shop)
    if status in custom:
        return custom[status]
    return DEFAULTS.get(status, ("Update on your order $order_number", "Hello $customer_name,"))


def templates_cache_key(shop_id: int) -> str:
    return f"levelhead:stage-messages:{shop_id}"


def shop_templates(shop: Any) -> dict[str, tuple[str, str]]:
    """The shop's own stage messages, every stage in one query, cached until the owner edits
    one (``services.set_stage_message`` clears it)."""
    key = templates_cache_key(shop.pk)
    templates = cache.get(key)
    if templates is None:
        templates = {
            status: (subject, body)
            for status, subject, body in StageMessage.objects.filter(shop=shop).values_list(
                "status", "subject", "body"
            )
        }
        cache.set(key, templates, 3600)
    return templates


def render_stage_message(
    order: Order,
    status: str,
    *,
    shipment: Any = LATEST,
    custom: dict[str, tuple[str, str]] | None = None,
    **extra: Any,
) -> tuple[str, str]:
    """The shop's message for ``status`` with this order's facts filled in."""
    subject, body = stage_template(order.shop, status, custom)
    values = placeholders(order, shipment=shipment, **extra)
    return Template(subject).safe_substitute(values), Template(body).safe_substitute(values)
