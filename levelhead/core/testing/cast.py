"""The fixed cast every test uses: two shops, an owner and an agent of shop A, an owner of shop B
(the outsider for shop A's objects), and platform staff. Built through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from levelhead.accounts.models import Role, Shop, User
from levelhead.accounts.services import add_member, create_shop
from levelhead.core import clock
from levelhead.orders.models import Order
from levelhead.orders.services import ItemData, OrderData, create_order

PASSWORD = "correct horse battery staple"  # noqa: S105 - test users only


@dataclass
class Cast:
    shop_a: Shop
    shop_b: Shop
    owner: User
    agent: User
    outsider: User
    staff: User
    order_a: Order
    order_b: Order


def make_user(username: str, **extra: object) -> User:
    return User.objects.create_user(
        username=username, email=f"{username}@example.test", password=PASSWORD, **extra
    )


def order_data(
    number: str,
    *,
    email: str = "ada@example.test",
    status: str = "paid",
    placed: datetime | None = None,
    dispatch_by: date | None = None,
) -> OrderData:
    placed = placed or clock.now() - timedelta(days=2)
    return OrderData(
        number=number,
        customer_name="Ada Lovelace",
        customer_email=email,
        currency="GBP",
        total=Decimal("42.50"),
        placed_at=placed,
        status=status,
        dispatch_by=dispatch_by or (placed + timedelta(days=3)).date(),
        items=(ItemData(title="Hand-thrown mug", quantity=2, unit_price=Decimal("21.25")),),
    )


def build_cast() -> Cast:
    owner = make_user("olivia", first_name="Olivia")
    agent = make_user("arjun", first_name="Arjun")
    outsider = make_user("bruno", first_name="Bruno")
    staff = make_user("petra", is_staff=True, is_superuser=True)
    shop_a = create_shop(
        name="Clay & Kiln",
        slug="clay-and-kiln",
        owner=owner,
        timezone="Europe/London",
        sender_email="hello@clayandkiln.test",
    )
    add_member(shop_a, agent, Role.AGENT)
    shop_b = create_shop(
        name="Bright Socks", slug="bright-socks", owner=outsider, timezone="America/New_York"
    )
    order_a = create_order(shop_a, order_data("A1001"))
    order_b = create_order(shop_b, order_data("B2001", email="bob@example.test"))
    return Cast(shop_a, shop_b, owner, agent, outsider, staff, order_a, order_b)
