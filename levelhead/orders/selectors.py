"""Reads for the order pages, scoped to one shop and shaped for display."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils import timezone

from levelhead.core.compiled import Compiled
from levelhead.outbox.models import OutboundEmail
from levelhead.records.models import Event
from levelhead.records.services import order_stream

from .models import Customer, Order, OrderItem, Shipment
from .status import PROGRESS, Status


def order_list(
    shop: Any, *, q: str = "", status: str = "", late: bool = False, today: date
) -> QuerySet[Order]:
    """The shop's orders, newest first, matching the search words (a customer's name or email,
    or the start of an order number), a status and the late filter."""
    q, status = _cleaned(q, status)
    return _orders(shop.pk, q, _starts_a_number(shop.pk, q), status, today if late else None)


def order_page(
    shop: Any,
    *,
    q: str = "",
    status: str = "",
    late: bool = False,
    today: date,
    start: int,
    stop: int,
) -> list[Order]:
    """``order_list(...)[start:stop]``, through a query compiled once per kind of list (the
    filters used and the slice) rather than built on every request."""
    q, status = _cleaned(q, status)
    by_number = _starts_a_number(shop.pk, q)
    shape = (bool(q), by_number, bool(status), late, start, stop)
    query = _PAGES.get(shape)
    if query is None:
        if start > COMPILED_UP_TO or len(_PAGES) >= MAX_PAGE_SHAPES:  # deep pages: plain ORM
            return list(order_list(shop, q=q, status=status, late=late, today=today)[start:stop])

        def build(shop_id: int, *given: Any) -> QuerySet[Order]:
            rest = iter(given)
            words = next(rest) if shape[0] else ""
            wanted = next(rest) if shape[2] else ""
            day = next(rest) if shape[3] else None
            return _orders(shop_id, words, by_number, wanted, day)[start:stop]

        query = _PAGES.setdefault(shape, Compiled(build))
    values = [shop.pk] + [v for v in (q, status) if v] + ([today] if late else [])
    return query(*values)


STATUSES = frozenset(s.value for s in Status)


def _cleaned(q: str, status: str) -> tuple[str, str]:
    """The search words without spaces or a leading "#"; the status if it is one."""
    return q.strip().lstrip("#"), status if status in STATUSES else ""


COMPILED_UP_TO = 1_000  # the first twenty pages of fifty
MAX_PAGE_SHAPES = 512
_PAGES: dict[tuple[Any, ...], Compiled[Order]] = {}
_number_prefix = Compiled(
    lambda shop_id, prefix: Order.objects.filter(
        shop_id=shop_id, number__istartswith=prefix
    ).values_list("id", flat=True)[:1]
)


def _starts_a_number(shop_id: int, q: str) -> bool:
    """Whether any of the shop's order numbers starts with the words: one index lookup
    (``order_number_prefix``). Most searches are for a name or an address; without the number
    branch, PostgreSQL walks the shop's newest orders checking each one's customer, instead of
    collecting every matching customer of every shop first (4 ms against 9 ms for a common
    surname)."""
    return bool(q) and bool(_number_prefix(shop_id, q))


def _orders(
    shop_id: int, q: str, by_number: bool, status: str, late_on: date | None
) -> QuerySet[Order]:
    orders = Order.objects.filter(shop_id=shop_id).select_related("customer")
    if q:
        # Match customers first, then the shop's orders among theirs (joining every customer to
        # scan them cost ~70 ms at 100,000 orders). On PostgreSQL the trigram indexes find the
        # matching customers of every shop in a few ms, faster than scanning the shop's own; the
        # orders stay filtered by shop, so nothing of another shop can come back.
        matching = Q(name__icontains=q) | Q(email__icontains=q)
        customers = (
            Customer.objects.filter(matching)
            if connection.vendor == "postgresql"
            else Customer.objects.filter(shop_id=shop_id).filter(matching)
        )
        by_customer = Q(customer__in=customers.values("pk"))
        if by_number:  # the number itself included
            orders = orders.filter(Q(number__istartswith=q) | by_customer)
        else:
            orders = orders.filter(by_customer)
    if status:
        orders = orders.filter(status=status)
    if late_on is not None:
        orders = orders.late(late_on)
    return orders.order_by("-placed_at", "-id")


@dataclass(frozen=True)
class OrderRow:
    """One line of the order list, formatted once here rather than through template filters
    (fifty rows of date filters cost more than the query)."""

    number: str
    path: str
    customer: str
    email: str
    placed: str
    dispatch_by: str
    late: bool
    status: str
    status_label: str
    total: str


LATE_STATUSES = frozenset({Status.PLACED, Status.PAID, Status.PROCESSING})


def order_rows(orders: list[Order], *, list_url: str, today: date) -> list[OrderRow]:
    tz = timezone.get_current_timezone()
    labels = dict(Order._meta.get_field("status").choices or [])
    return [
        OrderRow(
            number=o.number,
            path=f"{list_url}{quote(o.number, safe='')}/",
            customer=o.customer.name or o.customer.email,
            email=o.customer.email,
            placed=f"{o.placed_at.astimezone(tz):%-d %b %Y}",
            dispatch_by=f"{o.dispatch_by:%-d %b}" if o.dispatch_by else "",
            late=o.status in LATE_STATUSES and bool(o.dispatch_by and o.dispatch_by < today),
            status=o.status,
            status_label=str(labels.get(o.status, o.status)),
            total=f"{o.currency} {o.total}",
        )
        for o in orders
    ]


_order_by_number = Compiled(
    lambda shop_id, number: Order.objects.select_related("customer").filter(
        shop_id=shop_id, number=number
    )[:1]
)
order_items = Compiled(lambda order_id: OrderItem.objects.filter(order_id=order_id).order_by("id"))
order_shipments = Compiled(lambda order_id: Shipment.objects.filter(order_id=order_id))
_events = Compiled(
    lambda shop_id, stream: Event.objects.filter(shop_id=shop_id, stream=stream).order_by(
        "occurred_at", "seq"
    )
)


_order_emails = Compiled(
    lambda shop_id, stream: (
        OutboundEmail.objects.filter(shop_id=shop_id, stream=stream)
        .only("to", "subject", "state", "attempts", "last_error", "created_at")
        .order_by("-created_at")[:20]
    )
)


def order_emails(order: Order, events: list[Event]) -> list[OutboundEmail]:
    """The delivery state of the emails sent to the customer about the order, newest first.
    Every such email is queued together with the event that names it (a status change's
    ``message.outbound_id``), so an order whose record names none costs no query."""
    for event in events:
        message = event.data.get("message") if isinstance(event.data, dict) else None
        if isinstance(message, dict) and message.get("outbound_id"):
            return _order_emails(order.shop_id, order_stream(order.pk))
    return []


def get_order(shop: Any, number: str) -> Order:
    """The shop's order by number; another shop's order raises DoesNotExist (→ 404). The shop
    is the caller's, read already with the membership: no join for it. (Order numbers are
    unique within a shop.)"""
    found = _order_by_number(shop.pk, number)
    if not found:
        raise Order.DoesNotExist(f"No order {number!r} in this shop.")
    order = found[0]
    order.shop = shop
    return order


@dataclass(frozen=True)
class TimelineEntry:
    event: Event
    title: str
    icon: str
    detail: str
    message: dict[str, Any] | None
    tone: str

    # When it happened, in the shop's time zone (the request's), formatted here: the template's
    # ``date`` filter cost more than the rest of a timeline row.
    @property
    def when(self) -> str:
        """ "Mon 3 Nov 2026, 14:05"."""
        return f"{timezone.localtime(self.event.occurred_at):%a %-d %b %Y, %H:%M}"

    @property
    def when_short(self) -> str:
        """ "3 Nov, 14:05"."""
        return short_time(self.event.occurred_at)

    @property
    def when_iso(self) -> str:
        return timezone.localtime(self.event.occurred_at).isoformat()


def short_time(moment: Any) -> str:
    """ "3 Nov, 14:05" in the current time zone; "" for none."""
    return f"{timezone.localtime(moment):%-d %b, %H:%M}" if moment else ""


TITLES = {
    "order.created": ("Order placed", "bag", "secondary"),
    "order.updated": ("Order details updated", "pencil", "secondary"),
    "order.status_changed": ("Status changed", "arrow-right", "primary"),
    "shipment.added": ("Shipment added", "truck", "info"),
    "shipment.updated": ("Shipment updated", "truck", "info"),
    "notification.sent": ("Email delivered to the customer's mail server", "envelope", "success"),
    "notification.failed": ("Email could not be delivered", "x-circle", "danger"),
    "note.added": ("Internal note", "sticky", "warning"),
    "record.erased": ("Personal data erased on request", "eraser", "secondary"),
}


def _describe(event: Event) -> tuple[str, str]:
    data = event.data or {}
    title, _, _ = TITLES.get(event.kind, (event.kind, "dot", "secondary"))
    if event.erased_at:
        return title, "(content erased on request)"
    if event.kind == "order.status_changed":
        return f"{data.get('old', '?').capitalize()} → {data.get('new', '?').capitalize()}", (
            data.get("note", "")
        )
    if event.kind == "shipment.added":
        parts = [data.get("carrier") or "", data.get("tracking_number") or ""]
        detail = " · ".join(p for p in parts if p)
        if data.get("receipt"):
            detail += f" · receipt {data['receipt']['name']}"
        return title, detail
    if event.kind == "note.added":
        return title, data.get("text", "")
    if event.kind == "notification.failed":
        return title, data.get("error", "")
    if event.kind == "order.created":
        return title, f"{data.get('currency', '')} {data.get('total', '')}"
    return title, ""


def order_events(order: Order) -> list[Event]:
    """The order's record in the order things happened (imports and webhooks record past
    events late); read once per page and shared by the timeline and the stages."""
    return _events(order.shop_id, order_stream(order.pk))


def timeline(
    order: Order, *, customer_view: bool = False, events: list[Event] | None = None
) -> list[TimelineEntry]:
    """The order's record, newest last; the customer sees only what concerns them."""
    if events is None:
        events = order_events(order)
    entries = []
    for event in events:
        if customer_view and event.kind not in {
            "order.created",
            "order.status_changed",
            "shipment.added",
        }:
            continue
        title, detail = _describe(event)
        _, icon, tone = TITLES.get(event.kind, ("", "dot", "secondary"))
        message = None if event.erased_at else (event.data or {}).get("message")
        if customer_view and event.kind == "shipment.added":
            detail = " · ".join(
                p for p in [event.data.get("carrier"), event.data.get("tracking_number")] if p
            )
        entries.append(TimelineEntry(event, title, icon, detail, message, tone))
    return entries


@dataclass(frozen=True)
class Stage:
    status: Status
    reached_at: Any
    current: bool
    done: bool

    @property
    def reached(self) -> str:
        return short_time(self.reached_at)


def stages(order: Order, events: list[Event] | None = None) -> list[Stage]:
    """The happy path with the time each stage was reached (from the record)."""
    if events is None:
        events = order_events(order)
    reached: dict[str, Any] = {Status.PLACED: order.placed_at}
    for event in events:
        if event.kind == "order.status_changed" and event.data and event.data.get("new"):
            reached[event.data["new"]] = event.occurred_at
    position = PROGRESS.index(Status(order.status)) if order.status in PROGRESS else -1
    return [
        Stage(s, reached.get(s), s == order.status, i <= position or s in reached)
        for i, s in enumerate(PROGRESS)
    ]
