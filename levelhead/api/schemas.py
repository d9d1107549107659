"""The shapes of the orders API: what comes in (validated, 422 with field paths) and goes out."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from ninja import Schema
from pydantic import (
    AfterValidator,
    AwareDatetime,
    Field,
    HttpUrl,
    StringConstraints,
    model_validator,
)

from levelhead.orders.status import Status


def _email(value: str) -> str:
    try:
        validate_email(value)
    except ValidationError:
        raise ValueError("not an email address") from None
    return value.lower()


Email = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=254), AfterValidator(_email)
]
Money = Annotated[Decimal, Field(ge=0, max_digits=12, decimal_places=2)]


class ItemIn(Schema):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
    quantity: Annotated[int, Field(ge=1, le=100_000)] = 1
    unit_price: Money = Decimal("0")
    sku: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] = ""


class CustomerIn(Schema):
    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    email: Email | None = None
    phone: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""

    @model_validator(mode="after")
    def someone(self) -> CustomerIn:
        if not (self.name or self.email or self.phone):
            raise ValueError("give the customer's name, email or phone")
        return self


class OrderIn(Schema):
    number: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[\w.\-]{1,40}$")]
    customer: CustomerIn
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]
    total: Money
    placed_at: AwareDatetime
    status: Status | None = None
    dispatch_by: date | None = None
    shipping_address: Annotated[str, StringConstraints(max_length=2000)] = ""
    items: Annotated[list[ItemIn], Field(max_length=500)] = []


class ShipmentIn(Schema):
    carrier: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] = ""
    tracking_number: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""
    tracking_url: HttpUrl | None = None
    dispatched_at: AwareDatetime | None = None
    delivered_at: AwareDatetime | None = None
    postage_cost: Money | None = None


class MessageIn(Schema):
    subject: Annotated[str, StringConstraints(max_length=200)] = ""
    body: Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


class StatusIn(Schema):
    status: Status
    note: Annotated[str, StringConstraints(max_length=1000)] = ""
    message: MessageIn | None = None


class ItemOut(Schema):
    sku: str
    title: str
    quantity: int
    unit_price: Decimal


class ShipmentOut(Schema):
    external_id: str
    carrier: str
    tracking_number: str
    tracking_url: str
    dispatched_at: datetime | None
    delivered_at: datetime | None


class CustomerOut(Schema):
    name: str
    email: str
    phone: str


class OrderOut(Schema):
    number: str
    external_id: str
    source: str
    status: str
    currency: str
    total: Decimal
    placed_at: datetime
    dispatch_by: date | None
    status_changed_at: datetime
    customer: CustomerOut
    items: list[ItemOut]
    shipments: list[ShipmentOut]


class OrderSummary(Schema):
    number: str
    external_id: str
    status: str
    currency: str
    total: Decimal
    placed_at: datetime
    dispatch_by: date | None


class ErrorOut(Schema):
    detail: str | list[dict[str, object]]
