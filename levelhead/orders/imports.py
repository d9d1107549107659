"""CSV import of orders: check the whole file first, then write all of it in one transaction.

The columns are documented in docs/import.md. A file with any bad row imports nothing and every
error is reported with its line number and column; a good file is written in one transaction, new
orders in bulk (a few queries per 2,000 orders), orders that already exist through ``upsert_order``
so their status moves through the allowed steps like any other update. The file itself is kept,
whatever the outcome, on an ``ImportRun``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator, validate_email
from django.db import transaction

from levelhead.core import clock
from levelhead.core.bulk_insert import insert_rows
from levelhead.core.errors import LevelheadError
from levelhead.records.services import (
    NewEvent,
    append_event,
    append_events_bulk,
    order_stream,
    shop_stream,
)

from .csv_format import COLUMNS
from .models import (
    Customer,
    CustomerIdentity,
    IdentityKind,
    ImportRun,
    ImportStatus,
    Order,
    OrderItem,
    Shipment,
)
from .services import ItemData, OrderData, ShipmentData, upsert_order, upsert_shipment
from .status import Status, TransitionError, check_transition, path_to

REQUIRED = ("order_number", "placed_at")
# Columns that describe the order: on an order's later rows they may be empty or repeat the value.
ORDER_COLUMNS = (
    "customer_name",
    "customer_email",
    "customer_phone",
    "placed_at",
    "status",
    "currency",
    "total",
    "dispatch_by",
    "external_id",
)
ORDER_SET = frozenset(ORDER_COLUMNS)
MAX_LENGTH = {
    "order_number": 40,
    "customer_name": 200,
    "customer_email": 254,
    "customer_phone": 40,
    "item_sku": 80,
    "item_title": 300,
    "carrier": 80,
    "tracking_number": 100,
    "tracking_url": 500,
    "external_id": 100,
}
DELIMITERS = (",", ";", "\t", "|")
MAX_ERRORS = 500  # kept and shown; the count says how many there were in all
BATCH = 2000
SOURCE = "csv"

NUMBER_RE = re.compile(r"^[\w.\-]+$")
PHONE_RE = re.compile(r"^\+?[\d\s().\-]{3,40}$")
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
URL_VALIDATOR = URLValidator(schemes=["http", "https"])
# Fast paths for the usual shapes; anything else goes to Django's own validators.
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
SIMPLE_EMAIL_RE = re.compile(
    rf"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@(?:{_LABEL}\.)+[A-Za-z]{{2,24}}"
)
SIMPLE_URL_RE = re.compile(
    rf"https?://(?:{_LABEL}\.)+[A-Za-z]{{2,24}}(?::\d{{1,5}})?(?:[/?][!-~]*)?"
)
MAX_AMOUNT = Decimal("9999999999.99")

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RowError:
    line: int  # 0: the file as a whole
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "message": self.message}


@dataclass
class ParsedOrder:
    """One order gathered from its rows, checked and ready to write."""

    number: str
    line: int
    lines: list[int] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    value_lines: dict[str, int] = field(default_factory=dict)
    items: list[ItemData] = field(default_factory=list)
    shipments: list[ShipmentData] = field(default_factory=list)
    placed_reported: bool = False  # its placed_at was wrong, and said so already

    def data(self, default_currency: str, existing: Order | None = None) -> OrderData:
        """The order as ``OrderData``; for an existing order, what the file leaves empty keeps
        its current value."""
        v = self.values
        total = v.get("total")
        if total is None:
            total = (
                existing.total
                if existing
                else sum((i.unit_price * i.quantity for i in self.items), Decimal("0"))
            )
        if existing is not None:
            default_currency = existing.currency
        return OrderData(
            number=self.number,
            customer_name=v.get("customer_name", ""),
            customer_email=v.get("customer_email", ""),
            customer_phone=v.get("customer_phone", ""),
            currency=v.get("currency") or default_currency,
            total=total,
            placed_at=v.get("placed_at") or existing.placed_at,  # type: ignore[union-attr]
            status=v.get("status") or (existing.status if existing else Status.PAID),
            dispatch_by=v.get("dispatch_by"),
            items=tuple(self.items),
            source=SOURCE,
            external_id=v.get("external_id", ""),
        )


@dataclass
class Checked:
    orders: list[ParsedOrder]
    errors: list[RowError]
    rows: int


# --- reading the file -------------------------------------------------------------------------


def decode(content: bytes) -> str:
    """UTF-8 with or without a byte-order mark (what spreadsheets save), or UTF-16 with one."""
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    elif content.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LevelheadError(f"The file is not valid UTF-16: {exc.reason}.") from None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        raise LevelheadError(
            f"The file is not UTF-8 (line {line} has the byte 0x{content[exc.start]:02x}). "
            "Save it as 'CSV UTF-8' and import it again."
        ) from None


def _header_name(raw: str) -> str:
    return raw.strip().lower().replace(" ", "_").replace("-", "_")


def detect_delimiter(first_line: str) -> str:
    """The delimiter that splits the header into the most known column names."""

    def known(delimiter: str) -> int:
        return sum(_header_name(c) in COLUMNS for c in first_line.split(delimiter))

    best = max(DELIMITERS, key=known)
    return best if known(best) else ","


def _rows(text: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(first line of the row, its cells, or None and the reason it could not be read)."""
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(first_line))
    last = 0
    while True:
        start = last + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, None, f"could not be read as CSV ({exc})"
            return
        last = reader.line_num
        yield start, row, ""


# --- checking values -------------------------------------------------------------------------


class Bad(ValueError):
    """A value that cannot be used, with the reason for the person who wrote the file."""


CONTROL_MESSAGE = "contains a control character (a line break, tab or NUL); remove it"


def _amount(value: str) -> Decimal:
    if re.fullmatch(r"-?\d+,\d{1,2}", value):
        value = value.replace(",", ".")  # a decimal comma, as in many European exports
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise Bad(f"{value!r} is not an amount; write it like 12.50, without a currency") from None
    if not amount.is_finite():
        raise Bad(f"{value!r} is not an amount")
    if amount < 0:
        raise Bad("cannot be negative")
    if amount > MAX_AMOUNT:
        raise Bad("is too large")
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise Bad(f"{value!r} has more than two decimal places")
    return amount.quantize(Decimal("0.01"))


def _date(value: str) -> date:
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise Bad(f"{value!r} is not a date; write it like 2025-03-04") from None
    if not 1990 <= day.year <= 2100:
        raise Bad(f"{value!r} is out of range")
    return day


STATUSES = frozenset(s.value for s in Status)
CURRENCY_RE = re.compile(r"[A-Za-z]{3}")


class _Values:
    """Parses one file's cells; remembers repeated values (emails, prices) to stay fast."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz
        self.latest = clock.now() + timedelta(days=1)
        self.cache: dict[tuple[str, str], Any] = {}
        self.parsers: dict[str, Callable[[str], Any]] = {
            "order_number": self.number,
            "customer_name": self.text,
            "customer_email": self.email,
            "customer_phone": self.phone,
            "placed_at": self.moment,
            "dispatch_by": _date,
            "status": self.status,
            "currency": self.currency,
            "total": _amount,
            "item_sku": self.text,
            "item_title": self.text,
            "item_quantity": self.quantity,
            "item_unit_price": _amount,
            "carrier": self.text,
            "tracking_number": self.text,
            "tracking_url": self.url,
            "external_id": self.text,
        }

    def parse(self, column: str, value: str) -> Any:
        if len(value) > MAX_LENGTH.get(column, 10_000):
            raise Bad(f"is {len(value)} characters long; the limit is {MAX_LENGTH[column]}")
        if column in ("customer_email", "total", "item_unit_price", "item_quantity", "status"):
            key = (column, value)
            result = self.cache.get(key)
            if result is None:
                try:
                    result = self.parsers[column](value)
                except Bad as exc:
                    result = exc
                self.cache[key] = result
            if isinstance(result, Bad):
                raise result
            return result
        return self.parsers[column](value)

    @staticmethod
    def text(value: str) -> str:
        return value

    @staticmethod
    def number(value: str) -> str:
        number = value.lstrip("#")
        if not NUMBER_RE.fullmatch(number):
            raise Bad(f"{value!r} may only contain letters, digits, '.', '-' and '_'")
        return number

    @staticmethod
    def email(value: str) -> str:
        if SIMPLE_EMAIL_RE.fullmatch(value):
            return value.lower()  # the common shape, which Django's validator accepts too
        try:
            validate_email(value)
        except ValidationError:
            raise Bad(f"{value!r} is not an email address") from None
        return value.lower()

    @staticmethod
    def phone(value: str) -> str:
        if not PHONE_RE.fullmatch(value):
            raise Bad(f"{value!r} is not a phone number")
        return value

    def moment(self, value: str) -> datetime:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise Bad(
                f"{value!r} is not a date and time; write it like 2025-03-01 14:30 or "
                "2025-03-01T14:30:00+00:00"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.tz)  # the shop's own time zone
        try:
            moment.astimezone(UTC)
        except (OverflowError, ValueError):
            raise Bad(f"{value!r} is out of range") from None
        if moment.year < 1990 or moment > self.latest:
            raise Bad(f"{value!r} is not a plausible order time (in the future, or before 1990)")
        return moment

    @staticmethod
    def status(value: str) -> str:
        status = value.lower()
        if status not in STATUSES:
            raise Bad(f"{value!r} is not a status; use one of {', '.join(s.value for s in Status)}")
        return status

    @staticmethod
    def currency(value: str) -> str:
        if not CURRENCY_RE.fullmatch(value):
            raise Bad(f"{value!r} is not a currency code; use three letters such as GBP")
        return value.upper()

    @staticmethod
    def quantity(value: str) -> int:
        if not value.isdigit() or not 1 <= int(value) <= 100_000:
            raise Bad(f"{value!r} is not a quantity; use a whole number from 1")
        return int(value)

    @staticmethod
    def url(value: str) -> str:
        if SIMPLE_URL_RE.fullmatch(value):
            return value  # the common shape, which Django's validator accepts too
        try:
            URL_VALIDATOR(value)
        except ValidationError:
            raise Bad(f"{value[:80]!r} is not an http(s) link") from None
        return value


def check_file(content: bytes, *, tz: ZoneInfo, default_currency: str) -> Checked:
    """Read and check the whole file; return the orders it describes and every error in it."""
    errors: list[RowError] = []
    try:
        text = decode(content)
    except LevelheadError as exc:
        return Checked([], [RowError(0, "", exc.message)], 0)
    rows = _rows(text)
    header_row = next(rows, None)
    if header_row is None or not header_row[1]:
        return Checked(
            [], [RowError(1, "", "The file is empty; the first line names the columns.")], 0
        )
    header = [_header_name(c) for c in header_row[1]]
    unknown = [c for c in header if c and c not in COLUMNS]
    if unknown:
        errors.append(
            RowError(
                1,
                ", ".join(unknown),
                f"Unknown column(s) {', '.join(unknown)}. The columns are: {', '.join(COLUMNS)}.",
            )
        )
    dupes = sorted({c for c in header if c and header.count(c) > 1})
    if dupes:
        errors.append(RowError(1, ", ".join(dupes), "This column appears more than once."))
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        errors.append(RowError(1, ", ".join(missing), "Required column(s) missing."))
    if errors:
        return Checked([], errors, 0)

    orders: dict[str, ParsedOrder] = {}
    values = _Values(tz)
    bad_placed: set[str] = set()  # orders whose placed_at was reported as wrong already
    external_ids: dict[str, tuple[str, int]] = {}
    count = 0
    columns = [(i, column) for i, column in enumerate(header) if column]
    parse = values.parse
    for line, cells, problem in rows:
        if cells is None:
            errors.append(RowError(line, "", f"This line {problem}."))
            break
        joined = "".join(cells)
        if not joined.strip():
            continue  # blank lines, e.g. at the end
        count += 1
        if len(cells) > len(header):
            errors.append(
                RowError(line, "", f"{len(cells)} values but only {len(header)} columns.")
            )
            continue
        if CONTROL_RE.search(joined):
            for i, column in columns:
                if i < len(cells) and CONTROL_RE.search(cells[i]):
                    errors.append(RowError(line, column, f"{column} {CONTROL_MESSAGE}."))
            continue
        parsed: dict[str, Any] = {}
        row_ok = True
        width = len(cells)
        for i, column in columns:
            if i >= width:
                break
            raw = cells[i].strip()
            if not raw:
                continue
            try:
                parsed[column] = parse(column, raw)
            except Bad as exc:
                errors.append(RowError(line, column, f"{column} {exc}."))
                row_ok = False
                if column == "placed_at":
                    bad_placed.add(cells[header.index("order_number")].strip().lstrip("#"))
        number = parsed.get("order_number")
        if not number:
            if "order_number" not in parsed and row_ok:
                errors.append(RowError(line, "order_number", "order_number is empty."))
            continue
        order = orders.get(number)
        if order is None:
            order = orders[number] = ParsedOrder(number=number, line=line)
        order.lines.append(line)
        for column in ORDER_SET.intersection(parsed):
            known = order.values.get(column)
            if known is None:
                order.values[column] = parsed[column]
                order.value_lines[column] = line
            elif known != parsed[column]:
                errors.append(
                    RowError(
                        line,
                        column,
                        f"{column} differs from line {order.value_lines[column]} of the same "
                        "order; leave it empty on the order's other lines or repeat it exactly.",
                    )
                )
                row_ok = False
        if ext := parsed.get("external_id"):
            seen = external_ids.setdefault(ext, (number, line))
            if seen[0] != number:
                errors.append(
                    RowError(
                        line,
                        "external_id",
                        f"external_id {ext!r} is already used by order {seen[0]} on line "
                        f"{seen[1]}.",
                    )
                )
        if not row_ok:
            continue
        if any(k in parsed for k in ("item_sku", "item_title", "item_quantity", "item_unit_price")):
            if "item_title" not in parsed:
                errors.append(
                    RowError(line, "item_title", "item_title is needed when the line has an item.")
                )
            else:
                order.items.append(
                    ItemData(
                        title=parsed["item_title"],
                        quantity=parsed.get("item_quantity", 1),
                        unit_price=parsed.get("item_unit_price", Decimal("0")),
                        sku=parsed.get("item_sku", ""),
                    )
                )
        if any(k in parsed for k in ("carrier", "tracking_number", "tracking_url")):
            shipment = ShipmentData(
                carrier=parsed.get("carrier", ""),
                tracking_number=parsed.get("tracking_number", ""),
                tracking_url=parsed.get("tracking_url", ""),
            )
            if shipment not in order.shipments:
                order.shipments.append(shipment)
    for order in orders.values():
        order.placed_reported = order.number in bad_placed
    errors.sort(key=lambda e: e.line)
    return Checked(list(orders.values()), errors, count)


def check_against_shop(shop: Any, orders: list[ParsedOrder]) -> tuple[dict[str, Order], list]:
    """Which orders exist already (by external id, else number, as ``upsert_order`` finds them),
    and an error for each whose status cannot reach the file's status."""
    by_ext: dict[str, Order] = {}
    by_number: dict[str, Order] = {}
    exts = [o.values["external_id"] for o in orders if o.values.get("external_id")]
    numbers = [o.number for o in orders]
    for chunk in _chunks(exts, 500):
        for order in Order.objects.filter(shop=shop, source=SOURCE, external_id__in=chunk):
            by_ext[order.external_id] = order
    for chunk in _chunks(numbers, 500):
        for order in Order.objects.filter(shop=shop, number__in=chunk):
            by_number[order.number] = order
    existing: dict[str, Order] = {}
    errors = []
    for parsed in orders:
        found = by_ext.get(parsed.values.get("external_id") or "") or by_number.get(parsed.number)
        if found is None:
            # A new order needs the facts an update may leave out.
            if "placed_at" not in parsed.values and not parsed.placed_reported:
                errors.append(
                    RowError(parsed.line, "placed_at", "placed_at is empty for this new order.")
                )
            if not any(parsed.values.get(c) for c in ORDER_COLUMNS[:3]):
                errors.append(
                    RowError(
                        parsed.line,
                        "customer_email",
                        "A new order needs a customer: a name, an email address or a phone number.",
                    )
                )
            continue
        existing[parsed.number] = found
        status = parsed.values.get("status")
        if status and status != found.status and not path_to(found.status, status):
            try:
                check_transition(found.status, status)
            except TransitionError as exc:
                line = parsed.value_lines.get("status", parsed.line)
                errors.append(
                    RowError(line, "status", f"Order {found.number} exists already: {exc}")
                )
    return existing, errors


# --- writing ---------------------------------------------------------------------------------


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def known_identities(shop: Any, batch: list[OrderData]) -> dict[tuple[str, str], int]:
    """The customers the shop already has under the orders' email addresses and phone numbers,
    read before the import writes any. Read again batch by batch, the lookups met the rows the
    import itself had just inserted: planned on the table's statistics from before the
    transaction, PostgreSQL scanned all of the shop's identities for each lookup (0.3 s a batch
    at 20,000 orders), and the import slowed as it went."""
    emails = sorted({d.customer_email for d in batch if d.customer_email})
    phones = sorted({d.customer_phone.strip() for d in batch if d.customer_phone.strip()})
    known: dict[tuple[str, str], int] = {}
    for kind, values in ((IdentityKind.EMAIL, emails), (IdentityKind.PHONE, phones)):
        for chunk in _chunks(values, 500):
            for value, customer_id in CustomerIdentity.objects.filter(
                shop=shop, kind=kind, value__in=chunk
            ).values_list("value", "customer_id"):
                known[(kind, value)] = customer_id
    return known


def _customers(shop: Any, batch: list[OrderData], known: dict[tuple[str, str], int]) -> list[int]:
    """The customer id of each order, chosen as ``find_or_create_customer`` would, in bulk.
    ``known``: identities read before the import (``known_identities``); the ones this batch
    creates are added to it for the next batches."""
    chosen: list[int | tuple[str, str, str]] = []
    new: dict[tuple[str, str, str], int] = {}  # (name, email, phone) of each new customer
    pending: dict[tuple[str, str], tuple[str, str, str]] = {}
    for d in batch:
        email, phone = d.customer_email, d.customer_phone.strip()
        found = (email and known.get((IdentityKind.EMAIL, email))) or (
            phone and known.get((IdentityKind.PHONE, phone))
        )
        if found:
            chosen.append(found)
            continue
        key = (email and pending.get((IdentityKind.EMAIL, email))) or (
            phone and pending.get((IdentityKind.PHONE, phone))
        )
        if not key:
            key = (d.customer_name.strip(), email, phone)
            new[key] = 0
            for kind, value in ((IdentityKind.EMAIL, email), (IdentityKind.PHONE, phone)):
                if value:
                    pending[(kind, value)] = key
        chosen.append(key)
    now = clock.now()
    keys = list(new)
    ids = insert_rows(
        Customer,
        ("shop_id", "name", "email", "phone", "created_at"),
        [(shop.pk, name, email, phone, now) for name, email, phone in keys],
    )
    new.update(zip(keys, ids, strict=True))
    identities = [
        (shop.pk, new[key], kind, value)
        for key in keys
        for kind, value in ((IdentityKind.EMAIL, key[1]), (IdentityKind.PHONE, key[2]))
        if value
    ]
    insert_rows(CustomerIdentity, ("shop_id", "customer_id", "kind", "value"), identities)
    known.update(((kind, value), customer_id) for _, customer_id, kind, value in identities)
    return [c if isinstance(c, int) else new[c] for c in chosen]


def _create_batch(
    shop: Any,
    batch: list[ParsedOrder],
    *,
    actor: Any,
    run_id: int,
    data: list[OrderData],
    known: dict[tuple[str, str], int],
) -> int:
    """New orders (``batch``, read as ``data``), their customers, items, shipments and events:
    a handful of multi-row inserts instead of a few queries per order."""
    customer_ids = _customers(shop, data, known)
    now = clock.now()
    order_ids = insert_rows(
        Order,
        ORDER_COLUMNS_DB,
        [
            (
                shop.pk,
                customer_id,
                d.number,
                d.source,
                d.external_id,
                d.status,
                d.currency.upper(),
                d.total,
                d.placed_at,
                d.dispatch_by,
                d.placed_at,
                d.shipping_address,
                "",
                now,
                now,
            )
            for d, customer_id in zip(data, customer_ids, strict=True)
        ],
    )
    insert_rows(
        OrderItem,
        ("order_id", "sku", "title", "quantity", "unit_price"),
        [
            (order_id, i.sku, i.title, i.quantity, i.unit_price)
            for order_id, d in zip(order_ids, data, strict=True)
            for i in d.items
        ],
    )
    shipment_rows = [
        (order_id, s.carrier, s.tracking_number, s.tracking_url, "", "", "", "", now)
        for order_id, parsed in zip(order_ids, batch, strict=True)
        for s in parsed.shipments
    ]
    shipment_ids = insert_rows(Shipment, SHIPMENT_COLUMNS_DB, shipment_rows)
    events = [
        NewEvent(
            shop.pk,
            order_stream(order_id),
            "order.created",
            actor,
            {
                **_facts(d, customer_id),
                "items": [
                    {"sku": i.sku, "title": i.title, "qty": i.quantity, "price": str(i.unit_price)}
                    for i in d.items
                ],
                "import_run": run_id,
            },
            d.placed_at,
        )
        for order_id, customer_id, d in zip(order_ids, customer_ids, data, strict=True)
    ]
    events += [
        NewEvent(
            shop.pk,
            order_stream(row[0]),
            "shipment.added",
            actor,
            {
                "carrier": row[1],
                "tracking_number": row[2],
                "tracking_url": row[3],
                "dispatched_at": None,
                "postage_cost": None,
                "shipment_id": shipment_id,
                "import_run": run_id,
            },
            now,
        )
        for shipment_id, row in zip(shipment_ids, shipment_rows, strict=True)
    ]
    append_events_bulk(events)
    return len(shipment_ids)


ORDER_COLUMNS_DB = (
    "shop_id",
    "customer_id",
    "number",
    "source",
    "external_id",
    "status",
    "currency",
    "total",
    "placed_at",
    "dispatch_by",
    "status_changed_at",
    "shipping_address",
    "note",
    "created_at",
    "updated_at",
)


SHIPMENT_COLUMNS_DB = (
    "order_id",
    "carrier",
    "tracking_number",
    "tracking_url",
    "external_id",
    "receipt",
    "receipt_name",
    "receipt_content_type",
    "created_at",
)


def _facts(d: OrderData, customer_id: int) -> dict[str, Any]:
    """What ``create_order`` records about a new order (``services._order_facts``), from the
    data rather than a saved instance; a test keeps the two the same."""
    return {
        "number": d.number,
        "status": d.status,
        "currency": d.currency.upper(),
        "total": str(d.total),
        "placed_at": d.placed_at.isoformat(),
        "dispatch_by": d.dispatch_by.isoformat() if d.dispatch_by else None,
        "customer_id": customer_id,
        "source": d.source,
        "external_id": d.external_id,
    }


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    shipments: int = 0


def write_orders(
    shop: Any,
    orders: list[ParsedOrder],
    existing: dict[str, Order],
    *,
    actor: Any,
    run_id: int,
    progress: Progress | None = None,
) -> Counts:
    """Write checked orders; the caller holds the transaction."""
    counts = Counts()
    total = len(orders)
    done = 0
    new = [o for o in orders if o.number not in existing]
    new_data = [o.data(shop.currency) for o in new]
    known = known_identities(shop, new_data)
    for start in range(0, len(new), BATCH):
        chunk = new[start : start + BATCH]
        counts.shipments += _create_batch(
            shop,
            chunk,
            actor=actor,
            run_id=run_id,
            data=new_data[start : start + BATCH],
            known=known,
        )
        counts.created += len(chunk)
        done += len(chunk)
        if progress:
            progress(done, total)
    for parsed in (o for o in orders if o.number in existing):
        data = parsed.data(shop.currency, existing[parsed.number])
        order, _ = upsert_order(shop, data, actor=actor)
        for shipment in parsed.shipments:
            _, added = upsert_shipment(order, shipment, actor=actor)
            counts.shipments += added
        counts.updated += 1
        done += 1
        if progress and (done % 200 == 0 or done == total):
            progress(done, total)
    return counts


def _errors_json(errors: Iterable[RowError]) -> list[dict[str, Any]]:
    return [e.as_dict() for e in list(errors)[:MAX_ERRORS]]


def check_size(size: int | None) -> None:
    limit = settings.IMPORT_MAX_BYTES
    if size is not None and size > limit:
        raise LevelheadError(
            f"The file is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.0f} MB. "
            "Split it into smaller files.",
            field="file",
        )


def import_orders(
    shop: Any,
    content: bytes,
    *,
    filename: str = "orders.csv",
    actor: Any = None,
    via: str = "upload",
    progress: Progress | None = None,
) -> ImportRun:
    """Import a CSV file of orders into ``shop``: all of it, or — if any row is wrong — none of
    it, with every error listed on the returned ``ImportRun``. The file is kept either way."""
    check_size(len(content))
    user = actor if actor is not None and not isinstance(actor, str) else None
    digest = hashlib.sha256(content).hexdigest()
    # Stored and committed first, so the file survives whatever happens next.
    run = ImportRun(
        shop=shop,
        created_by=user,
        via=via,
        filename=(filename or "orders.csv")[-200:],
        size=len(content),
        sha256=digest,
    )
    run.file.save(f"{clock.now():%Y%m%d-%H%M%S}-{digest[:12]}.csv", ContentFile(content))
    actor = actor if actor is not None else f"import:{via}"

    checked = check_file(content, tz=ZoneInfo(shop.timezone), default_currency=shop.currency)
    run.rows = checked.rows
    errors = checked.errors
    existing: dict[str, Order] = {}
    if not errors:
        existing, errors = check_against_shop(shop, checked.orders)
        errors.sort(key=lambda e: e.line)
    if not errors and not checked.orders:
        errors = [RowError(0, "", "The file has no orders in it.")]
    if errors:
        return _finish(run, errors=errors, actor=actor)
    try:
        with transaction.atomic():
            counts = write_orders(
                shop, checked.orders, existing, actor=actor, run_id=run.pk, progress=progress
            )
            run.orders_created, run.orders_updated = counts.created, counts.updated
            run.shipments_added = counts.shipments
            _finish(run, errors=[], actor=actor)
    except (LevelheadError, TransitionError) as exc:
        # Checked above, so only a concurrent change gets here; nothing was written.
        message = getattr(exc, "message", str(exc))
        run.orders_created = run.orders_updated = run.shipments_added = 0
        failure = RowError(0, "", f"Nothing was imported: {message}")
        return _finish(run, errors=[failure], actor=actor)
    except Exception as exc:
        # A fault of ours, not of the file: keep the run (and its file) visible as failed.
        log.exception("import %s failed", run.pk)
        run.orders_created = run.orders_updated = run.shipments_added = 0
        _finish(run, errors=[RowError(0, "", f"Nothing was imported: {exc!r}")], actor=actor)
        raise
    return run


def _finish(run: ImportRun, *, errors: list[RowError], actor: Any) -> ImportRun:
    run.status = ImportStatus.FAILED if errors else ImportStatus.DONE
    run.errors = _errors_json(errors)
    run.error_count = len(errors)
    run.finished_at = clock.now()
    with transaction.atomic():
        run.save()
        append_event(
            shop=run.shop,
            stream=shop_stream(run.shop_id),
            kind="import.failed" if errors else "import.completed",
            actor=actor,
            data={
                "import_run": run.pk,
                "filename": run.filename,
                "sha256": run.sha256,
                "rows": run.rows,
                "orders_created": run.orders_created,
                "orders_updated": run.orders_updated,
                "shipments_added": run.shipments_added,
                "errors": run.error_count,
            },
        )
    return run


__all__ = ["COLUMNS", "ImportRun", "RowError", "check_file", "import_orders"]
