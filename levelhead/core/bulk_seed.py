"""A large, realistic data set for benchmarks: shops, owners, customers, orders, shipments,
customer cases and their messages (``bulk_seed_cases``), and their record, written with bulk
inserts.

The services write one order at a time with its locks and checks, which is right for the product
and far too slow for 100,000 orders. This module writes the same rows the services would (the
same statuses reached through the same steps, the same event kinds and data) in batches, one
transaction per batch, and appends the events through ``records.append_events_bulk`` so the hash
chain verifies afterwards exactly as if the services had written it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from string import Template
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from levelhead.accounts.models import Shop, User
from levelhead.accounts.services import create_shop
from levelhead.conversations.models import Case, Message
from levelhead.core import clock
from levelhead.core.bulk_seed_cases import MESSAGES_PER_CASE, CaseSeedResult, seed_cases
from levelhead.core.demo import CARRIERS, FIRST, LAST
from levelhead.orders.messages import DEFAULTS, customer_token
from levelhead.orders.models import (
    Customer,
    CustomerIdentity,
    IdentityKind,
    Order,
    OrderItem,
    Shipment,
)
from levelhead.orders.status import Status
from levelhead.outbox.models import OutboundEmail
from levelhead.outbox.models import State as OutboxState
from levelhead.records.services import NewEvent, append_events_bulk, order_stream

SEED_PASSWORD = "levelhead-seed"  # noqa: S105 - printed on screen; seeded data is for benchmarks
SLUG_PREFIX = "seed-shop-"
BATCH = 2000

CURRENCIES = [("GBP", "Europe/London"), ("USD", "America/New_York"), ("EUR", "Europe/Paris")]
PRODUCT_WORDS = (
    ["Speckled", "Linen", "Walnut", "Hand-thrown", "Wool", "Brass", "Indigo", "Oak", "Recycled"],
    ["mug", "tote bag", "notebook", "candle", "scarf", "bowl", "print", "socks", "soap", "vase"],
)
# Where an order ends up depends on its age: recent orders are still moving, old ones are closed.
# A few older paid/processing orders were forgotten: those are the "late" ones.
BY_AGE: list[tuple[float, list[tuple[Status, float]]]] = [
    (
        2,
        [
            (Status.PLACED, 10),
            (Status.PAID, 55),
            (Status.PROCESSING, 25),
            (Status.DISPATCHED, 10),
        ],
    ),
    (
        7,
        [
            (Status.PAID, 6),
            (Status.PROCESSING, 6),
            (Status.DISPATCHED, 58),
            (Status.DELIVERED, 25),
            (Status.CANCELLED, 5),
        ],
    ),
    (
        30,
        [
            (Status.PAID, 1.5),
            (Status.PROCESSING, 1.5),
            (Status.DISPATCHED, 8),
            (Status.DELIVERED, 77),
            (Status.CANCELLED, 4),
            (Status.REFUNDED, 4),
            (Status.RETURNED, 4),
        ],
    ),
    (
        10_000,
        [
            (Status.DELIVERED, 84),
            (Status.CANCELLED, 6),
            (Status.REFUNDED, 5),
            (Status.RETURNED, 5),
        ],
    ),
]
# The steps a seller takes to reach each status (as in the demo).
STEPS: dict[Status, list[Status]] = {
    Status.PLACED: [],
    Status.PAID: [Status.PAID],
    Status.PROCESSING: [Status.PAID, Status.PROCESSING],
    Status.DISPATCHED: [Status.PAID, Status.PROCESSING, Status.DISPATCHED],
    Status.DELIVERED: [Status.PAID, Status.DISPATCHED, Status.DELIVERED],
    Status.CANCELLED: [Status.PAID, Status.CANCELLED],
    Status.REFUNDED: [Status.PAID, Status.DISPATCHED, Status.DELIVERED, Status.REFUNDED],
    Status.RETURNED: [Status.PAID, Status.DISPATCHED, Status.DELIVERED, Status.RETURNED],
}
TOLD = {Status.PAID, Status.DISPATCHED, Status.CANCELLED, Status.REFUNDED}


@dataclass
class SeedResult:
    shops: int = 0
    customers: int = 0
    identities: int = 0
    orders: int = 0
    items: int = 0
    shipments: int = 0
    outbound: int = 0  # emails to customers about their orders, sent
    events: int = 0
    late: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    cases: CaseSeedResult = field(default_factory=CaseSeedResult)


@dataclass
class _ShopPlan:
    shop: Shop
    owner: User
    prefix: str
    orders: int
    products: list[tuple[str, Decimal]]
    customers: list[Customer] = field(default_factory=list)


def shop_slug(i: int) -> str:
    return f"{SLUG_PREFIX}{i}"


def seeded_orders() -> int:
    """How many orders the seeded shops hold (0 when the database was never seeded)."""
    return Order.objects.filter(shop__slug__startswith=SLUG_PREFIX).count()


def seeded_shops() -> list[Shop]:
    """The seeded shops, seed-shop-1 first."""
    shops = Shop.objects.filter(slug__startswith=SLUG_PREFIX)
    return sorted(shops, key=lambda s: int(s.slug.removeprefix(SLUG_PREFIX)))


def seeded_cases() -> tuple[int, int]:
    """How many cases and messages the seeded shops hold."""
    shops = Shop.objects.filter(slug__startswith=SLUG_PREFIX)
    return (
        Case.objects.filter(shop__in=shops).count(),
        Message.objects.filter(shop__in=shops).count(),
    )


def default_cases(orders: int) -> int:
    """Cases when not given: one for every two orders (50,000 for 100,000 orders)."""
    return orders // 2


def shop_sizes(shops: int, orders: int) -> list[int]:
    """Orders per shop: a few big shops and a long tail, as on a real marketplace."""
    weights = [1 / (i + 1) ** 0.7 for i in range(shops)]
    total = sum(weights)
    sizes = [int(orders * w / total) for w in weights]
    sizes[0] += orders - sum(sizes)
    return sizes


def seed(
    *,
    shops: int = 20,
    orders: int = 100_000,
    seed: int = 1,
    password: str = SEED_PASSWORD,
    batch: int = BATCH,
    cases: int | None = None,
    messages: int | None = None,
    on_progress: Callable[[str, int], None] | None = None,
) -> SeedResult:
    """Create ``shops`` shops (owners owner1…ownerN) and ``orders`` orders spread over them,
    then ``cases`` cases (default: half the orders) with ``messages`` messages in all (default:
    five a case)."""
    cases = default_cases(orders) if cases is None else cases
    messages = MESSAGES_PER_CASE * cases if messages is None else messages
    if messages < cases or (cases and not orders):
        raise ValueError("every case needs at least one message, and orders to be about")
    if Shop.objects.filter(slug__startswith=SLUG_PREFIX).exists():
        raise ValueError(
            "this database is already seeded (shops named seed-shop-N exist); seed a fresh one"
        )
    rng = random.Random(seed)
    now = clock.now()
    result = SeedResult()
    plans = [
        _make_shop(i + 1, size, password, rng) for i, size in enumerate(shop_sizes(shops, orders))
    ]
    result.shops = len(plans)
    for plan in plans:
        # Orders are written oldest first, so numbers rise with the time they were placed.
        ages = sorted((_age_days(rng) for _ in range(plan.orders)), reverse=True)
        for start in range(0, plan.orders, batch):
            chunk = ages[start : start + batch]
            _write_batch(plan, start, chunk, now, rng, result)
            if on_progress:
                on_progress("orders", len(chunk))
    result.cases = seed_cases(
        [plan.shop for plan in plans],
        cases=cases,
        messages=messages,
        seed=seed,
        password=password,
        on_progress=(lambda n: on_progress("cases", n)) if on_progress else None,
    )
    return result


def _make_shop(i: int, size: int, password: str, rng: random.Random) -> _ShopPlan:
    username = f"owner{i}"
    owner = User.objects.filter(username=username).first() or User.objects.create_user(
        username=username, email=f"{username}@seed.test", password=password, first_name=f"Owner {i}"
    )
    currency, tz = CURRENCIES[i % len(CURRENCIES)]
    shop = create_shop(
        name=f"Seed Shop {i}",
        slug=shop_slug(i),
        owner=owner,
        timezone=tz,
        currency=currency,
        sender_email=f"shop{i}@seed.test",
    )
    products = [
        (
            f"{rng.choice(PRODUCT_WORDS[0])} {rng.choice(PRODUCT_WORDS[1])}",
            Decimal(rng.randint(500, 9000)) / 100,
        )
        for _ in range(12)
    ]
    prefix = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
    return _ShopPlan(shop, owner, prefix, size, products)


def _age_days(rng: random.Random) -> float:
    # Busier lately: more recent orders than old ones, spread over a year.
    return min(rng.expovariate(1 / 90), 365.0)


def _target(age_days: float, rng: random.Random) -> Status:
    for limit, weights in BY_AGE:
        if age_days <= limit:
            return rng.choices([s for s, _ in weights], [w for _, w in weights])[0]
    raise AssertionError("unreachable")


def _new_customer(plan: _ShopPlan, rng: random.Random) -> Customer:
    n = len(plan.customers) + 1
    first, last = rng.choice(FIRST), rng.choice(LAST)
    email = f"{first}.{last}.{n}@example.com".lower().replace("'", "")
    phone = f"+4477{plan.shop.pk:03d}{n:05d}" if rng.random() < 0.3 else ""
    customer = Customer(
        shop=plan.shop, name=f"{first} {last}", email=email, phone=phone, created_at=clock.now()
    )
    plan.customers.append(customer)
    return customer


def _write_batch(
    plan: _ShopPlan,
    start: int,
    ages: list[float],
    now: datetime,
    rng: random.Random,
    result: SeedResult,
) -> None:
    shop, owner = plan.shop, plan.owner
    new_customers: list[Customer] = []
    drafts: list[dict[str, Any]] = []
    for offset, age in enumerate(ages):
        # About one order in three comes from someone who ordered before.
        if plan.customers and rng.random() < 0.35:
            customer = rng.choice(plan.customers)
        else:
            customer = _new_customer(plan, rng)
            new_customers.append(customer)
        placed = now - timedelta(days=age, seconds=rng.randint(0, 3600))
        items = [
            (title, rng.choice([1, 1, 1, 2, 3]), price)
            for title, price in rng.sample(plan.products, rng.choice([1, 1, 2, 2, 3]))
        ]
        drafts.append(
            {
                "number": f"{plan.prefix}{100_000 + start + offset}",
                "customer": customer,
                "placed": placed,
                "dispatch_by": (placed + timedelta(days=rng.choice([2, 3, 3, 5]))).date(),
                "items": items,
                "target": _target(age, rng),
            }
        )

    with transaction.atomic():
        Customer.objects.bulk_create(new_customers)
        identities = [
            CustomerIdentity(shop=shop, customer=c, kind=kind, value=value)
            for c in new_customers
            for kind, value in ((IdentityKind.EMAIL, c.email), (IdentityKind.PHONE, c.phone))
            if value
        ]
        CustomerIdentity.objects.bulk_create(identities)

        orders, walks = [], []
        for d in drafts:
            walk = _walk(d["target"], d["placed"], now, rng)
            walks.append(walk)
            last_status, last_at = walk[-1][0], walk[-1][1]
            orders.append(
                Order(
                    shop=shop,
                    customer=d["customer"],
                    number=d["number"],
                    source="seed",
                    status=last_status,
                    currency=shop.currency,
                    total=sum((price * qty for _, qty, price in d["items"]), Decimal("0")),
                    placed_at=d["placed"],
                    dispatch_by=d["dispatch_by"],
                    status_changed_at=last_at,
                    shipping_address=f"{rng.randint(1, 240)} High Street\nSpringfield",
                    created_at=d["placed"],
                    updated_at=last_at,
                )
            )
        Order.objects.bulk_create(orders)

        order_items = [
            OrderItem(order=o, title=title, quantity=qty, unit_price=price)
            for o, d in zip(orders, drafts, strict=True)
            for title, qty, price in d["items"]
        ]
        OrderItem.objects.bulk_create(order_items)

        shipments: list[Shipment] = []
        emails: list[OutboundEmail] = []
        events: list[NewEvent] = []
        for order, d, walk in zip(orders, drafts, walks, strict=True):
            events.extend(_order_events(order, d, walk, owner, rng, shipments, emails))
        Shipment.objects.bulk_create(shipments)
        OutboundEmail.objects.bulk_create(emails)
        # Shipment and email ids are known only now; the events name them.
        for event in events:
            if event.kind == "shipment.added":
                event.data["shipment_id"] = event.data.pop("_shipment").pk
            elif "_outbound" in event.data:
                event.data["outbound_id"] = event.data.pop("_outbound").pk
            elif "_outbound" in event.data.get("message", {}):
                event.data["message"]["outbound_id"] = event.data["message"].pop("_outbound").pk
        append_events_bulk(events)

    today = now.date()
    result.customers += len(new_customers)
    result.identities += len(identities)
    result.orders += len(orders)
    result.items += len(order_items)
    result.shipments += len(shipments)
    result.outbound += len(emails)
    result.events += len(events)
    for order in orders:
        result.by_status[order.status] = result.by_status.get(order.status, 0) + 1
        if order.status in {Status.PLACED, Status.PAID, Status.PROCESSING} and (
            order.dispatch_by is not None and order.dispatch_by < today
        ):
            result.late += 1


def _walk(
    target: Status, placed: datetime, now: datetime, rng: random.Random
) -> list[tuple[Status, datetime]]:
    """The statuses the order went through, with when; stops at ``now`` like a real shop."""
    reached = [(Status.PLACED, placed)]
    when = placed
    for step in STEPS[target]:
        when += timedelta(hours=rng.randint(2, 40), minutes=rng.randint(0, 59))
        if when > now:
            break
        reached.append((step, when))
    return reached


def _order_events(
    order: Order,
    draft: dict[str, Any],
    walk: list[tuple[Status, datetime]],
    owner: User,
    rng: random.Random,
    shipments: list[Shipment],
    emails: list[OutboundEmail],
) -> list[NewEvent]:
    stream = order_stream(order.pk)
    customer = draft["customer"]
    events = [
        NewEvent(
            shop_id=order.shop_id,
            stream=stream,
            kind="order.created",
            actor="customer",
            occurred_at=order.placed_at,
            data={
                "number": order.number,
                "status": Status.PLACED.value,
                "currency": order.currency,
                "total": str(order.total),
                "placed_at": order.placed_at.isoformat(),
                "dispatch_by": order.dispatch_by.isoformat() if order.dispatch_by else None,
                "customer_id": customer.pk,
                "source": order.source,
                "external_id": "",
                "items": [
                    {"sku": "", "title": title, "qty": qty, "price": str(price)}
                    for title, qty, price in draft["items"]
                ],
            },
        )
    ]
    shipment: Shipment | None = None
    previous = Status.PLACED
    for status, at in walk[1:]:
        if status == Status.DISPATCHED:
            carrier, url = rng.choice(CARRIERS)
            tracking = (
                f"{rng.choice('ABCDEFGH')}{rng.choice('KLMNPQ')}{rng.randint(10**8, 10**9 - 1)}GB"
            )
            shipment = Shipment(
                order=order,
                carrier=carrier,
                tracking_number=tracking,
                tracking_url=url.format(tracking) if url else "",
                dispatched_at=at,
                postage_cost=Decimal(rng.choice(["3.20", "4.45", "6.90", "8.50"])),
                created_at=at,
            )
            shipments.append(shipment)
            events.append(
                NewEvent(
                    shop_id=order.shop_id,
                    stream=stream,
                    kind="shipment.added",
                    actor=owner,
                    occurred_at=at,
                    data={
                        "carrier": carrier,
                        "tracking_number": tracking,
                        "tracking_url": shipment.tracking_url,
                        "dispatched_at": at.isoformat(),
                        "postage_cost": str(shipment.postage_cost),
                        "_shipment": shipment,
                    },
                )
            )
        if status == Status.DELIVERED and shipment is not None:
            shipment.delivered_at = at
        data: dict[str, Any] = {"old": previous.value, "new": status.value}
        email: OutboundEmail | None = None
        if status in TOLD and customer.email and rng.random() < 0.85:
            data["message"] = _message(order, customer, status, shipment)
            # As the outbox would have it: queued with the change, sent a few seconds later.
            email = OutboundEmail(
                shop_id=order.shop_id,
                stream=stream,
                to=customer.email,
                from_address=order.shop.from_address,
                subject=data["message"]["subject"],
                body_text=data["message"]["body"],
                message_id=f"<{rng.getrandbits(48):012x}.o{order.pk}@{_domain(order.shop)}>",
                state=OutboxState.SENT,
                attempts=1,
                next_attempt_at=at,
                sent_at=at + timedelta(seconds=rng.randint(2, 60)),
                created_at=at,
            )
            emails.append(email)
            data["message"]["_outbound"] = email
        events.append(
            NewEvent(
                shop_id=order.shop_id,
                stream=stream,
                kind="order.status_changed",
                actor=owner,
                occurred_at=at,
                data=data,
            )
        )
        if email is not None:
            events.append(
                NewEvent(
                    shop_id=order.shop_id,
                    stream=stream,
                    kind="notification.sent",
                    occurred_at=email.sent_at,
                    data={"_outbound": email, "to": email.to, "message_id": email.message_id},
                )
            )
        previous = status
    return events


def _customer_link(order: Order) -> str:
    """``messages.customer_order_url`` without a URL reversal per order (it dominated seeding)."""
    link = getattr(order, "_seed_link", None)
    if link is None:
        base = settings.SITE_URL + reverse("customer-order", args=["TOKEN"])
        link = base.replace("TOKEN", customer_token(order))
        order._seed_link = link  # type: ignore[attr-defined]
    return link


def _domain(shop: Shop) -> str:
    return (shop.sender_email or "seed.test").rpartition("@")[2]


def _message(
    order: Order, customer: Customer, status: Status, shipment: Shipment | None
) -> dict[str, str]:
    """The shop's default words for the stage, filled in (what the seller would have sent)."""
    subject, body = DEFAULTS[status]
    values = {
        "customer_name": customer.name or "there",
        "order_number": order.number,
        "shop_name": order.shop.name,
        "order_link": _customer_link(order),
        "dispatch_by": order.dispatch_by.strftime("%d %B %Y") if order.dispatch_by else "soon",
        "carrier": shipment.carrier if shipment else "our carrier",
        "tracking_number": shipment.tracking_number if shipment else "not provided",
    }
    return {
        "to": customer.email,
        "subject": Template(subject).safe_substitute(values),
        "body": Template(body).safe_substitute(values),
    }
