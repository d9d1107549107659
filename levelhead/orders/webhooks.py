"""Order webhooks from Shopify and WooCommerce: store the delivery first, verify its signature,
then map the platform's order onto ours through ``upsert_order`` and ``upsert_shipment``.

Every delivery is kept (body bytes and headers) whatever happens next: a wrong or missing
signature is refused and logged with the body kept for inspection; a failure while processing is
written on the delivery. Processing is idempotent, so a replayed delivery changes nothing.
See docs/webhooks.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction

from levelhead.accounts.access import secret_cache_key
from levelhead.accounts.models import Shop, WebhookSecret, WebhookSource
from levelhead.core import clock
from levelhead.core.errors import LevelheadError

from .models import DeliveryStatus, WebhookDelivery
from .services import ItemData, OrderData, ShipmentData, upsert_order, upsert_shipment
from .status import Status, TransitionError

log = logging.getLogger(__name__)

MAX_BODY = 5 * 1024 * 1024
KEPT_HEADERS = re.compile(r"^(HTTP_X_|CONTENT_TYPE$|CONTENT_LENGTH$|HTTP_USER_AGENT$)")
NUMBER_RE = re.compile(r"^[\w.\-]{1,40}$")
URL_VALIDATOR = URLValidator(schemes=["http", "https"])


class BadPayload(ValueError):
    """The delivery's body is not an order we can read."""


@dataclass(frozen=True)
class Source:
    name: str
    signature_header: str  # as in request.META
    topic_header: str
    id_header: str
    topics: frozenset[str]
    mapper: Callable[[Mapping[str, Any]], tuple[OrderData, list[ShipmentData]]]


@dataclass(frozen=True)
class Outcome:
    status_code: int
    delivery: WebhookDelivery | None
    message: str


# --- mapping the platforms' orders -------------------------------------------------------------


def _moment(value: Any, *, naive_is_utc: bool = True) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise BadPayload(f"{value!r} is not a date and time") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None and naive_is_utc else moment


def _money(value: Any, field: str) -> Decimal:
    try:
        amount = Decimal(str(value if value not in (None, "") else "0"))
    except InvalidOperation:
        raise BadPayload(f"{field} {value!r} is not an amount") from None
    if not amount.is_finite() or amount < 0 or amount > Decimal("9999999999"):
        raise BadPayload(f"{field} {value!r} is out of range")
    return amount.quantize(Decimal("0.01"))


def _text(value: Any, limit: int) -> str:
    return re.sub(r"[\x00-\x1f\x7f]+", " ", str(value or "")).strip()[:limit]


def _url(value: Any) -> str:
    url = _text(value, 500)
    try:
        URL_VALIDATOR(url)
    except ValidationError:
        return ""  # a link we would not put in front of a seller (e.g. javascript:) is dropped
    return url


def _number(*candidates: Any) -> str:
    for candidate in candidates:
        number = str(candidate or "").strip().lstrip("#")
        if NUMBER_RE.fullmatch(number):
            return number
    raise BadPayload("the order has no usable number")


def _address(parts: Mapping[str, Any] | None, keys: tuple[str, ...]) -> str:
    if not parts:
        return ""
    return "\n".join(_text(parts.get(k), 200) for k in keys if parts.get(k))[:2000]


def _shopify_status(order: Mapping[str, Any]) -> Status:
    financial = order.get("financial_status") or ""
    fulfillment = order.get("fulfillment_status") or ""
    if financial == "refunded":
        return Status.REFUNDED
    if order.get("cancelled_at") or financial == "voided":
        return Status.CANCELLED
    if fulfillment == "fulfilled":
        shipments = order.get("fulfillments") or []
        if shipments and all(f.get("shipment_status") == "delivered" for f in shipments):
            return Status.DELIVERED
        return Status.DISPATCHED
    if fulfillment == "partial":
        return Status.PROCESSING
    if financial in ("paid", "partially_refunded"):
        return Status.PAID
    return Status.PLACED  # pending, authorized, partially_paid


def shopify_order(order: Mapping[str, Any]) -> tuple[OrderData, list[ShipmentData]]:
    """Shopify's order resource (orders/create, orders/updated, orders/fulfilled)."""
    if not isinstance(order, Mapping) or "id" not in order:
        raise BadPayload("not a Shopify order (no id)")
    customer = order.get("customer") or {}
    billing = order.get("billing_address") or {}
    name = " ".join(
        p for p in (customer.get("first_name"), customer.get("last_name")) if p
    ) or billing.get("name", "")
    shipments = []
    for f in order.get("fulfillments") or []:
        numbers = f.get("tracking_numbers") or [f.get("tracking_number")]
        urls = f.get("tracking_urls") or [f.get("tracking_url")]
        delivered = f.get("shipment_status") == "delivered"
        shipments.append(
            ShipmentData(
                carrier=_text(f.get("tracking_company"), 80),
                tracking_number=_text(numbers[0] if numbers else "", 100),
                tracking_url=_url(urls[0] if urls else ""),
                dispatched_at=_moment(f.get("created_at")),
                delivered_at=_moment(f.get("updated_at")) if delivered else None,
                external_id=_text(f.get("id"), 100),
            )
        )
    data = OrderData(
        number=_number(order.get("name"), order.get("order_number"), order.get("id")),
        customer_name=_text(name, 200),
        customer_email=_text(order.get("email") or customer.get("email"), 254),
        customer_phone=_text(order.get("phone") or customer.get("phone"), 40),
        currency=_text(order.get("currency"), 3) or "XXX",
        total=_money(order.get("total_price"), "total_price"),
        placed_at=_moment(order.get("created_at")) or clock.now(),
        status=_shopify_status(order),
        shipping_address=_address(
            order.get("shipping_address"),
            ("name", "address1", "address2", "zip", "city", "province", "country"),
        ),
        items=tuple(
            ItemData(
                title=_text(i.get("title") or i.get("name"), 300) or "Item",
                quantity=max(1, int(i.get("quantity") or 1)),
                unit_price=_money(i.get("price"), "line_items.price"),
                sku=_text(i.get("sku"), 80),
            )
            for i in order.get("line_items") or []
        ),
        source=WebhookSource.SHOPIFY,
        external_id=_text(order["id"], 100),
    )
    return data, shipments


WOO_STATUSES = {
    "pending": Status.PLACED,
    "on-hold": Status.PLACED,
    "failed": Status.PLACED,
    "processing": Status.PAID,  # WooCommerce: paid, awaiting fulfilment
    "completed": Status.DISPATCHED,  # WooCommerce: fulfilled
    "cancelled": Status.CANCELLED,
    "refunded": Status.REFUNDED,
}


def woocommerce_order(order: Mapping[str, Any]) -> tuple[OrderData, list[ShipmentData]]:
    """WooCommerce's order (REST API v3 shape: order.created, order.updated)."""
    if not isinstance(order, Mapping) or "id" not in order:
        raise BadPayload("not a WooCommerce order (no id)")
    status = WOO_STATUSES.get(str(order.get("status") or ""))
    if status is None:
        raise BadPayload(f"unknown WooCommerce status {order.get('status')!r}")
    billing = order.get("billing") or {}
    shipments = []
    # The Shipment Tracking extension's items, when the shop uses it.
    for meta in order.get("meta_data") or []:
        if meta.get("key") != "_wc_shipment_tracking_items":
            continue
        for t in meta.get("value") or []:
            shipped = t.get("date_shipped")
            shipments.append(
                ShipmentData(
                    carrier=_text(
                        t.get("tracking_provider") or t.get("custom_tracking_provider"), 80
                    ),
                    tracking_number=_text(t.get("tracking_number"), 100),
                    tracking_url=_url(t.get("custom_tracking_link")),
                    dispatched_at=(
                        datetime.fromtimestamp(int(shipped), UTC)
                        if str(shipped or "").isdigit()
                        else None
                    ),
                    external_id=_text(t.get("tracking_id"), 100),
                )
            )
    data = OrderData(
        number=_number(order.get("number"), order.get("id")),
        customer_name=_text(
            " ".join(p for p in (billing.get("first_name"), billing.get("last_name")) if p), 200
        ),
        customer_email=_text(billing.get("email"), 254),
        customer_phone=_text(billing.get("phone"), 40),
        currency=_text(order.get("currency"), 3) or "XXX",
        total=_money(order.get("total"), "total"),
        placed_at=_moment(order.get("date_created_gmt"))
        or _moment(order.get("date_created"))
        or clock.now(),
        status=status,
        shipping_address=_address(
            order.get("shipping"),
            ("first_name", "last_name", "address_1", "address_2", "postcode", "city", "country"),
        ),
        items=tuple(
            ItemData(
                title=_text(i.get("name"), 300) or "Item",
                quantity=max(1, int(i.get("quantity") or 1)),
                unit_price=_money(i.get("price"), "line_items.price"),
                sku=_text(i.get("sku"), 80),
            )
            for i in order.get("line_items") or []
        ),
        source=WebhookSource.WOOCOMMERCE,
        external_id=_text(order["id"], 100),
    )
    return data, shipments


SOURCES = {
    WebhookSource.SHOPIFY: Source(
        name=WebhookSource.SHOPIFY,
        signature_header="HTTP_X_SHOPIFY_HMAC_SHA256",
        topic_header="HTTP_X_SHOPIFY_TOPIC",
        id_header="HTTP_X_SHOPIFY_WEBHOOK_ID",
        topics=frozenset(
            {
                "orders/create",
                "orders/updated",
                "orders/fulfilled",
                "orders/paid",
                "orders/cancelled",
            }
        ),
        mapper=shopify_order,
    ),
    WebhookSource.WOOCOMMERCE: Source(
        name=WebhookSource.WOOCOMMERCE,
        signature_header="HTTP_X_WC_WEBHOOK_SIGNATURE",
        topic_header="HTTP_X_WC_WEBHOOK_TOPIC",
        id_header="HTTP_X_WC_WEBHOOK_DELIVERY_ID",
        topics=frozenset({"order.created", "order.updated"}),
        mapper=woocommerce_order,
    ),
}


# --- signatures and deliveries -----------------------------------------------------------------


def sign(secret: str, body: bytes) -> str:
    """Both platforms' scheme: base64 of the HMAC-SHA256 of the raw body with the shared secret."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def signature_ok(secret: str | None, body: bytes, given: str) -> bool:
    if not secret or not given:
        return False
    return hmac.compare_digest(sign(secret, body).encode(), given.strip().encode())


SECRET_SOURCES = {*SOURCES, WebhookSource.EMAIL}


def set_webhook_secret(shop: Shop, source: str, secret: str) -> WebhookSecret:
    """Store (or replace) the signing secret the shop's store platform (or its inbound email
    provider, source ``email``) signs its webhooks with."""
    if source not in SECRET_SOURCES:
        raise LevelheadError(f"Unknown source {source!r}.", field="source")
    if len(secret.strip()) < 8:
        raise LevelheadError("The secret is too short.", field="secret")
    with transaction.atomic():
        record, _ = WebhookSecret.objects.update_or_create(
            shop=shop, source=source, defaults={"secret": secret.strip()}
        )
        # The endpoints that cache it see the new one at once (and again once it commits, in
        # case one of them read the old one meanwhile).
        key = secret_cache_key(shop.slug, source)
        cache.delete(key)
        transaction.on_commit(lambda: cache.delete(key))
    return record


def receive(shop_slug: str, source_name: str, body: bytes, meta: Mapping[str, Any]) -> Outcome:
    """Store one delivery, verify it, process it; the answer for the platform."""
    source = SOURCES[source_name]  # type: ignore[index]
    shop = Shop.objects.filter(slug=shop_slug).first()
    if shop is None:
        return Outcome(404, None, "no such shop")
    headers = {k: str(v)[:1000] for k, v in meta.items() if KEPT_HEADERS.match(k)}
    delivery = WebhookDelivery.objects.create(
        shop=shop,
        source=source.name,
        topic=_text(meta.get(source.topic_header), 100),
        delivery_id=_text(meta.get(source.id_header), 100),
        body=body,
        headers=headers,
    )
    secret = (
        WebhookSecret.objects.filter(shop=shop, source=source.name)
        .values_list("secret", flat=True)
        .first()
    )
    given = str(meta.get(source.signature_header) or "")
    if source.name == WebhookSource.WOOCOMMERCE and not given and _is_woo_ping(body):
        # WooCommerce checks a new webhook's URL with an unsigned ping that carries no order.
        _finish(delivery, DeliveryStatus.IGNORED, "ping")
        return Outcome(200, delivery, "pong")
    if not signature_ok(secret, body, given):
        reason = (
            "no signing secret is set for this source"
            if not secret
            else ("the signature header is missing" if not given else "the signature is wrong")
        )
        log.warning("refused %s webhook %s for %s: %s", source.name, delivery.pk, shop.slug, reason)
        _finish(delivery, DeliveryStatus.REFUSED, reason)
        return Outcome(401, delivery, "invalid signature")
    WebhookDelivery.objects.filter(pk=delivery.pk).update(signature_valid=True)
    delivery.signature_valid = True
    if delivery.topic not in source.topics:
        _finish(delivery, DeliveryStatus.IGNORED, f"topic {delivery.topic!r} is not handled")
        return Outcome(200, delivery, "ignored")
    return process(delivery)


def _is_woo_ping(body: bytes) -> bool:
    return re.fullmatch(rb"webhook_id=\d+", body.strip()) is not None


def process(delivery: WebhookDelivery) -> Outcome:
    """Apply a verified delivery: the order, its status and its shipments, in one transaction.
    Safe to run again on the same delivery."""
    source = SOURCES[delivery.source]  # type: ignore[index]
    actor = f"webhook:{source.name}"
    try:
        payload = json.loads(bytes(delivery.body))
        data, shipments = source.mapper(payload)
        with transaction.atomic():
            order, _ = upsert_order(delivery.shop, data, actor=actor)
            for shipment in shipments:
                upsert_shipment(order, shipment, actor=actor)
    except (ValueError, TypeError, KeyError, AttributeError, LevelheadError) as exc:
        # The body cannot become an order (or asks for a step the order cannot take): a retry
        # would fail the same way, so the platform gets 200 and the seller sees the error.
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        if isinstance(exc, TransitionError):
            message = f"status refused: {exc}"
        _finish(delivery, DeliveryStatus.FAILED, message[:2000])
        return Outcome(200, delivery, "recorded with an error")
    except DatabaseError as exc:
        # Likely passing (a lock, a restart): keep the error and ask the platform to retry.
        log.exception("webhook delivery %s failed", delivery.pk)
        _finish(delivery, DeliveryStatus.FAILED, f"database error: {exc}"[:2000])
        return Outcome(503, delivery, "try again later")
    _finish(delivery, DeliveryStatus.PROCESSED, "", order_id=order.pk)
    return Outcome(200, delivery, "ok")


def _finish(
    delivery: WebhookDelivery, status: str, error: str, order_id: int | None = None
) -> None:
    fields: dict[str, Any] = {"status": status, "error": error, "processed_at": clock.now()}
    if order_id is not None:
        fields["order_id"] = order_id
    WebhookDelivery.objects.filter(pk=delivery.pk).update(**fields)
    for name, value in fields.items():
        setattr(delivery, name, value)
