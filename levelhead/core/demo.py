"""The demo's shops, people and orders, made through the same services the product uses."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from levelhead.accounts.models import Role, Shop, User
from levelhead.accounts.services import add_member, create_shop
from levelhead.core import clock
from levelhead.orders import services
from levelhead.orders.messages import render_stage_message
from levelhead.orders.status import Status

DEMO_PASSWORD = "levelhead-demo"  # noqa: S105 - printed on screen; the demo is local only


@dataclass(frozen=True)
class DemoShop:
    name: str
    slug: str
    timezone: str
    currency: str
    sender: str
    owner: str
    products: tuple[tuple[str, str], ...]


SHOPS = (
    DemoShop(
        "Clay & Kiln",
        "clay-and-kiln",
        "Europe/London",
        "GBP",
        "hello@clayandkiln.test",
        "olivia",
        (
            ("Speckled mug", "18.00"),
            ("Serving bowl, large", "46.00"),
            ("Bud vase set of 3", "32.50"),
            ("Espresso cups (pair)", "24.00"),
        ),
    ),
    DemoShop(
        "Bright Socks Co.",
        "bright-socks",
        "America/New_York",
        "USD",
        "support@brightsocks.test",
        "marcus",
        (
            ("Rainbow crew socks", "14.00"),
            ("Wool hiking socks", "22.00"),
            ("Sock subscription (3 months)", "60.00"),
            ("Toe socks, stripes", "12.50"),
        ),
    ),
    DemoShop(
        "Papier Atelier",
        "papier-atelier",
        "Europe/Paris",
        "EUR",
        "bonjour@papieratelier.test",
        "camille",
        (
            ("Carnet A5 ligné", "19.00"),
            ("Wax seal kit", "34.00"),
            ("Letterpress cards (10)", "27.00"),
            ("Fountain pen ink, teal", "15.00"),
        ),
    ),
)
AGENTS = {"clay-and-kiln": ["arjun"], "bright-socks": ["jess"], "papier-atelier": ["arjun"]}
FIRST = [
    "Ada",
    "Grace",
    "Linus",
    "Maya",
    "Tom",
    "Priya",
    "Sam",
    "Chloe",
    "Kwame",
    "Ines",
    "Liam",
    "Hana",
    "Oscar",
    "Zoe",
    "Mateo",
    "Aisha",
    "Noah",
    "Freya",
    "Yusuf",
    "Elena",
]
LAST = [
    "Hughes",
    "Okafor",
    "Novak",
    "Schmidt",
    "Dubois",
    "Patel",
    "García",
    "O'Brien",
    "Kowalski",
    "Nakamura",
    "Rossi",
    "Jensen",
    "Ahmed",
    "Murphy",
    "Silva",
    "Larsen",
]
CARRIERS = [
    ("Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/{}"),
    ("DPD", "https://track.dpd.co.uk/parcels/{}"),
    ("USPS", ""),
    ("Colissimo", ""),
]
NOTES = [
    "Customer asked by phone whether the glaze is food safe. Told them yes, with the test report.",
    "Gift wrap requested in the order note; wrapped in the blue paper.",
    "Address looked incomplete (no flat number); emailed to check before dispatch.",
    "Second order this month from this customer. Added a thank-you card.",
]
# A tiny valid PDF: what a postage receipt scan looks like to the upload check.
RECEIPT_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
# Where the demo's ~200 orders end up, and in what proportion.
FINAL_STATUS_WEIGHTS = [
    (Status.PLACED, 4),
    (Status.PAID, 14),
    (Status.PROCESSING, 8),
    (Status.DISPATCHED, 22),
    (Status.DELIVERED, 38),
    (Status.CANCELLED, 4),
    (Status.REFUNDED, 4),
    (Status.RETURNED, 6),
]


def demo_exists() -> bool:
    return Shop.objects.filter(slug=SHOPS[0].slug).exists()


def _user(username: str, *, staff: bool = False) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username=username,
            email=f"{username}@levelhead.test",
            password=DEMO_PASSWORD,
            first_name=username.capitalize(),
            is_staff=staff,
            is_superuser=staff,
        )
    return user


def seed_demo(
    orders_per_shop: int = 67, *, on_progress: Callable[[int], None] | None = None, seed: int = 7
) -> int:
    """Create the demo platform; returns the number of orders made."""
    rng = random.Random(seed)
    _user("admin", staff=True)
    made = 0
    for demo in SHOPS:
        owner = _user(demo.owner)
        shop = create_shop(
            name=demo.name,
            slug=demo.slug,
            owner=owner,
            timezone=demo.timezone,
            currency=demo.currency,
            sender_email=demo.sender,
            sender_name=demo.name,
        )
        for agent in AGENTS[demo.slug]:
            add_member(shop, _user(agent), Role.AGENT)
        for i in range(orders_per_shop):
            _demo_order(shop, demo, owner, i, rng)
            made += 1
            if on_progress:
                on_progress(1)
    from .demo_conversations import seed_conversations

    seed_conversations(rng)
    return made


def _walk(order, target: Status, owner: User, when: datetime, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """Move a fresh order along the path to ``target`` as a seller would, a day or two per step."""
    steps = {
        Status.PLACED: [],
        Status.PAID: [Status.PAID],
        Status.PROCESSING: [Status.PAID, Status.PROCESSING],
        Status.DISPATCHED: [Status.PAID, Status.PROCESSING, Status.DISPATCHED],
        Status.DELIVERED: [Status.PAID, Status.DISPATCHED, Status.DELIVERED],
        Status.CANCELLED: [Status.PAID, Status.CANCELLED],
        Status.REFUNDED: [Status.PAID, Status.DISPATCHED, Status.DELIVERED, Status.REFUNDED],
        Status.RETURNED: [Status.PAID, Status.DISPATCHED, Status.DELIVERED, Status.RETURNED],
    }[target]
    for step in steps:
        when += timedelta(hours=rng.randint(3, 40))
        if when > clock.now():
            return
        with clock.frozen_at(when):
            tell = step != Status.PROCESSING and rng.random() < 0.8
            if step == Status.DISPATCHED:
                carrier, url = rng.choice(CARRIERS)
                prefix = rng.choice("ABCDEFGH") + rng.choice("KLMNPQ")
                tracking = f"{prefix}{rng.randint(10**8, 10**9 - 1)}GB"
                receipt = (
                    SimpleUploadedFile("postage-receipt.pdf", RECEIPT_PDF, "application/pdf")
                    if rng.random() < 0.6
                    else None
                )
                data = services.ShipmentData(
                    carrier=carrier,
                    tracking_number=tracking,
                    tracking_url=url.format(tracking) if url else "",
                    postage_cost=Decimal(rng.choice(["3.20", "4.45", "6.90", "8.50"])),
                )
                with transaction.atomic():
                    services.add_shipment(order, data, receipt=receipt, actor=owner)
                    message = _message(order, step) if tell else None
                    services.change_status(order, step, actor=owner, message=message)
            else:
                services.change_status(
                    order, step, actor=owner, message=_message(order, step) if tell else None
                )


def _message(order, status: Status) -> services.CustomerMessage:  # type: ignore[no-untyped-def]
    subject, body = render_stage_message(order, status)
    return services.CustomerMessage(subject=subject, body=body)


def _demo_order(shop: Shop, demo: DemoShop, owner: User, i: int, rng: random.Random) -> None:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    placed = clock.now() - timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
    items = tuple(
        services.ItemData(title=title, quantity=q, unit_price=Decimal(price))
        for title, price in rng.sample(demo.products, rng.randint(1, 3))
        for q in [rng.choice([1, 1, 1, 2])]
    )
    target = rng.choices(
        [s for s, _ in FINAL_STATUS_WEIGHTS], [w for _, w in FINAL_STATUS_WEIGHTS]
    )[0]
    with clock.frozen_at(placed):
        order = services.create_order(
            shop,
            services.OrderData(
                number=f"{demo.slug[:2].upper()}{1000 + i}",
                customer_name=f"{first} {last}",
                customer_email=f"{first}.{last}{rng.randint(1, 99)}@example.com".lower().replace(
                    "'", ""
                ),
                currency=demo.currency,
                total=sum((it.unit_price * it.quantity for it in items), Decimal("0")),
                placed_at=placed,
                status=Status.PLACED,
                dispatch_by=(placed + timedelta(days=rng.choice([2, 3, 5]))).date(),
                items=items,
                shipping_address=f"{rng.randint(1, 120)} High Street\nSpringfield",
            ),
            actor="customer",
        )
    _walk(order, target, owner, placed, rng)
    if rng.random() < 0.15:
        with clock.frozen_at(min(placed + timedelta(hours=5), clock.now())):
            services.add_note(order, rng.choice(NOTES), actor=owner)
