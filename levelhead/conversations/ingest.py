"""One ingest pipeline for every channel.

store raw → normalise → de-duplicate → thread → link → analyse → update the case → notify

``receive_raw`` stores the input exactly as it arrived, committed on its own, before anything
else; the worker notices waiting input within ``INBOUND_POLL_SECONDS`` and queues a drain.
``process_pending`` (the drain task) and ``process_raws`` run the remaining steps for a
batch of stored inputs in one transaction; if any input of a batch fails, the batch is rolled
back and each input is run again alone, so only the failing one is marked failed (with the
error, retryable) and nothing half-written stays. Channels that produce a structured message
directly (chat, phone) enter at ``ingest`` or ``ingest_many``.

A batch costs a fixed number of queries whatever its size (the customers, threads and orders
of all its messages are read at once; cases, messages and events are written with multi-row
inserts), which is what lets one worker keep up with a busy shop.
"""

from __future__ import annotations

import logging
import re
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.core.files.base import ContentFile
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F

from levelhead.accounts.models import Shop
from levelhead.core import clock
from levelhead.core.bulk_insert import insert_object, insert_objects, update_rows
from levelhead.orders.models import Customer, CustomerIdentity, IdentityKind, Order
from levelhead.records.services import NewEvent, append_event_rows

from . import analysis, notify, sla
from .channels.email_in.parse import parse_email
from .inbound import Incoming, ParseError
from .models import (
    Attachment,
    Case,
    CaseStatus,
    Direction,
    InboundRaw,
    Message,
    RawStatus,
)

log = logging.getLogger(__name__)

STEPS = (
    "store raw",
    "normalise",
    "de-duplicate",
    "thread",
    "link",
    "analyse",
    "update the case",
    "notify",
)
PARSERS: dict[str, Callable[[bytes], Incoming]] = {"email": parse_email}
THREAD_WINDOW = timedelta(days=14)
ORDER_WINDOW = timedelta(days=90)
ORDER_NUMBER = re.compile(r"#?\b([A-Z]{0,4}-?\d{3,10})\b", re.IGNORECASE)
SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|tr|sv)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
BATCH_SIZE = 100  # stored inputs per transaction
DRAIN_SECONDS = 20.0  # a drain task hands over to a fresh one after this long
TRANSIENT = (OperationalError, InterfaceError)  # the database away: retried, never "failed"
CASE_FIELDS = [
    "last_inbound_at",
    "updated_at",
    "channel",
    "order",
    "status",
    "due_at",
    "heat",
    "heat_trajectory",
    "flags",
    "priority",
]


def case_stream(case_id: int) -> str:
    return f"case:{case_id}"


@dataclass(frozen=True)
class _Seen:
    """A recent case that no message of the batch can continue (another subject): kept only
    for its place among the customer's recent cases."""

    pk: int
    customer_id: int
    channel: str
    status: str
    updated_at: datetime
    subject: str


@dataclass(frozen=True)
class _OrderRef:
    pk: int
    customer_id: int | None
    email: str | None
    placed_at: datetime


@dataclass(frozen=True)
class Item:
    """One normalised inbound message for ``ingest_many``."""

    shop: Any
    incoming: Incoming
    raw: InboundRaw | None = None


# -- store raw -----------------------------------------------------------------------------------


def receive_raw(
    shop: Any, channel: str, body: bytes, *, source: str, external_key: str = ""
) -> tuple[InboundRaw, bool]:
    """Step 1: keep the input exactly as it arrived (one INSERT, committed at once unless the
    caller holds a transaction); ``shop`` is a shop or its id. Idempotent per (source,
    external key), so a re-poll of the same IMAP message or a redelivered webhook stores
    nothing new."""
    raw = _raw(shop, channel, source, external_key, body)
    # One statement that skips a duplicate instead of failing: the endpoint's whole cost is
    # this INSERT, and no savepoint is needed inside a caller's transaction.
    if insert_object(raw):
        return raw, True
    return InboundRaw.objects.get(shop=shop, source=source, external_key=external_key), False


def _raw(shop: Any, channel: str, source: str, key: str, body: bytes) -> InboundRaw:
    raw = InboundRaw(channel=channel, source=source, external_key=key, body=body, size=len(body))
    if isinstance(shop, int):  # the endpoint knows the shop's id only
        raw.shop_id = shop
    else:
        raw.shop = shop
    return raw


def receive_raws(
    shop: Any, channel: str, items: Sequence[tuple[bytes, str]], *, source: str
) -> list[InboundRaw]:
    """Store several inputs of one source at once, inside the caller's transaction; those whose
    (source, external key) is already stored are skipped. Returns the new rows."""
    keys = [key for _, key in items if key]
    known = set(
        InboundRaw.objects.filter(shop=shop, source=source, external_key__in=keys).values_list(
            "external_key", flat=True
        )
    )
    rows, seen = [], set()
    for body, key in items:
        if key and (key in known or key in seen):
            continue
        seen.add(key)
        rows.append(_raw(shop, channel, source, key, body))
    return InboundRaw.objects.bulk_create(rows)


# -- process stored inputs -----------------------------------------------------------------------


def process_raw(raw_id: int) -> InboundRaw:
    """Steps 2–8 for one stored input; safe to run again (a processed input is left alone)."""
    return process_raws([raw_id])[0]


def process_raws(raw_ids: Sequence[int]) -> list[InboundRaw]:
    """Steps 2–8 for these stored inputs, in one transaction, in the order given."""
    ids = list(raw_ids)
    done = _run_batch(lambda: _lock_raws(ids), ids)
    by_id = {raw.pk: raw for raw in done}
    return [by_id[pk] if pk in by_id else InboundRaw.objects.get(pk=pk) for pk in ids]


def process_pending(*, batch_size: int = BATCH_SIZE, max_seconds: float = DRAIN_SECONDS) -> int:
    """Process every stored input still waiting, oldest first, a batch per transaction. Several
    workers share the work: each claims rows the others have not locked. Returns how many
    inputs were processed; when time runs out first, another drain is scheduled."""
    deadline = time.monotonic() + max_seconds
    count = 0
    while True:
        batch = _run_batch(lambda: _claim_pending(batch_size))
        count += len(batch)
        if len(batch) < batch_size:
            return count
        if time.monotonic() > deadline:
            schedule_processing()
            return count


def schedule_processing() -> None:
    """Make sure a worker will process what is stored: queue a drain unless one is already
    waiting to start (a running one may have looked for work already, so it does not count)."""
    from django_tasks_db.models import DBTaskResult

    from .tasks import process_inbound

    if not DBTaskResult.objects.ready().filter(task_path=process_inbound.module_path).exists():
        process_inbound.enqueue()


def schedule_if_waiting() -> bool:
    """Queue a drain if any stored input is waiting. ``levelhead worker`` calls this every
    ``INBOUND_POLL_SECONDS``, so storing an input costs its INSERT and nothing more, and an
    input is picked up even if whatever stored it died the moment after."""
    waiting = InboundRaw.objects.filter(status=RawStatus.RECEIVED).exists()
    if waiting:
        schedule_processing()
    return waiting


def _lock_raws(ids: list[int]) -> list[InboundRaw]:
    by_id = {raw.pk: raw for raw in InboundRaw.objects.select_for_update().filter(pk__in=ids)}
    return _with_shops([by_id[pk] for pk in ids if pk in by_id])


def _claim_pending(limit: int) -> list[InboundRaw]:
    return _with_shops(
        list(
            InboundRaw.objects.select_for_update(skip_locked=True)
            .filter(status=RawStatus.RECEIVED)
            .order_by("pk")[:limit]
        )
    )


def _with_shops(raws: list[InboundRaw]) -> list[InboundRaw]:
    """Each input with its shop, read once per shop (a batch is mostly one shop's: joining
    the shop to every row read and decoded it a hundred times)."""
    shops = Shop.objects.in_bulk({raw.shop_id for raw in raws})
    for raw in raws:
        raw.shop = shops[raw.shop_id]
    return raws


def _run_batch(
    claim: Callable[[], list[InboundRaw]],
    ids: list[int] | None = None,
    *,
    as_customer: bool = False,
) -> list[InboundRaw]:
    """Claim a batch and process it in one transaction. On failure the batch is rolled back and
    its inputs are run one by one, so the failure lands on the input that caused it.
    ``as_customer``: see ``_process_locked``."""
    claimed: list[int] = list(ids or [])
    try:
        with transaction.atomic():
            raws = claim()
            claimed = [raw.pk for raw in raws]
            _process_locked(raws, as_customer=as_customer)
            return raws
    except TRANSIENT:
        raise  # the database is away: the inputs stay received and are picked up again
    except Exception as exc:
        if len(claimed) > 1:
            return [
                raw
                for pk in claimed
                for raw in _run_batch(partial(_lock_raws, [pk]), [pk], as_customer=as_customer)
            ]
        if not claimed:
            raise
        detail = "".join(traceback.format_exception_only(exc)).strip()
        log.warning("inbound %s failed: %s", claimed[0], detail)
        InboundRaw.objects.filter(pk=claimed[0]).update(
            status=RawStatus.FAILED, error=detail[:4000], attempts=F("attempts") + 1
        )
        return [InboundRaw.objects.get(pk=claimed[0])]


def file_as_customer_message(shop: Any, raw_id: int) -> InboundRaw | None:
    """Steps 2–8 for an input that was set aside as automated (an auto-reply or a bounce),
    because the seller says a person wrote it: filed as the customer's message, in one
    transaction, as any input is processed (a failure leaves it failed, with its error, in the
    unprocessed list). None if the shop has no such ignored input (or it was filed meanwhile)."""

    def claim() -> list[InboundRaw]:
        raws = list(
            InboundRaw.objects.select_for_update().filter(
                shop=shop, pk=raw_id, status=RawStatus.IGNORED
            )
        )
        for raw in raws:
            raw.shop = shop
        return raws

    done = _run_batch(claim, as_customer=True)
    return done[0] if done else None


def _process_locked(raws: list[InboundRaw], *, as_customer: bool = False) -> None:
    """Steps 2–8 for locked inputs; those already processed are left as they are.
    ``as_customer``: ignored inputs are filed too, automated or not (the seller's decision)."""
    waiting = (RawStatus.RECEIVED, RawStatus.FAILED) + ((RawStatus.IGNORED,) if as_customer else ())
    todo = [raw for raw in raws if raw.status in waiting]
    if not todo:
        return
    now = clock.now()
    items: list[Item] = []
    by_item: dict[int, InboundRaw] = {}
    for raw in todo:
        raw.attempts += 1
        raw.processed_at = now
        try:
            incoming = PARSERS[raw.channel](bytes(raw.body))
        except ParseError as exc:  # the input cannot be read: failed, kept, retryable
            raw.status = RawStatus.FAILED
            raw.error = f"normalise: {exc}"
            continue
        if incoming.automated and not as_customer:
            raw.status = RawStatus.IGNORED
            raw.error = f"{incoming.automated} from {incoming.sender}: not the customer"
            continue
        items.append(Item(raw.shop, incoming, raw))
        by_item[id(items[-1])] = raw
    for item, (message, created) in zip(items, ingest_many(items), strict=True):
        raw = by_item[id(item)]
        raw.message = message
        raw.status = RawStatus.PROCESSED if created else RawStatus.DUPLICATE
        notes = list(item.incoming.notes)
        if as_customer and item.incoming.automated:
            notes.insert(0, f"filed as a customer message (read as {item.incoming.automated})")
        raw.error = "; ".join(notes)
    update_rows(InboundRaw, ["status", "error", "message", "processed_at", "attempts"], todo)


# -- steps 3–8 -----------------------------------------------------------------------------------


def ingest(shop: Any, incoming: Incoming, *, raw: InboundRaw | None = None) -> tuple[Message, bool]:
    """Steps 3–8 for a normalised message, inside the caller's transaction or its own. Returns
    the message and whether it is new (False: a duplicate of one already stored)."""
    return ingest_many([Item(shop, incoming, raw)])[0]


def ingest_many(items: Sequence[Item]) -> list[tuple[Message, bool]]:
    """Steps 3–8 for many normalised messages, in order, in one transaction: each message is
    threaded as if the ones before it had been filed already."""
    if not items:
        return []
    with transaction.atomic():
        batch = _Batch(items)
        analyses = batch.analyses()
        results = [batch.add(item, result) for item, result in zip(items, analyses, strict=True)]
        batch.save()
    return results


def _identity(incoming: Incoming) -> tuple[str, str]:
    if incoming.channel == "email":
        return IdentityKind.EMAIL, incoming.sender.strip().lower()
    if incoming.channel == "phone":
        return IdentityKind.PHONE, incoming.sender.strip()
    return IdentityKind.CHAT, incoming.sender.strip()


def normal_subject(subject: str) -> str:
    return SUBJECT_PREFIX.sub("", subject).strip().lower()


def _tokens(incoming: Incoming) -> list[str]:
    """Reply tokens from the addresses it was sent to (``hello+<token>@shop``)."""
    return [
        local.rsplit("+", 1)[1]
        for local in (r.partition("@")[0] for r in incoming.recipients)
        if "+" in local
    ]


def _order_numbers(incoming: Incoming) -> set[str]:
    return {
        m.group(1).upper() for m in ORDER_NUMBER.finditer(f"{incoming.subject}\n{incoming.text}")
    }


class _Batch:
    """What one batch reads once (customers, threads, orders) and writes at the end."""

    def __init__(self, items: Sequence[Item]) -> None:
        self.now = clock.now()
        shop_ids = sorted({item.shop.pk for item in items})
        # One shop's inputs are filed one batch at a time, so two workers never open two cases
        # for one thread. NO KEY: rows referencing the shop can still be written meanwhile.
        self.shops: dict[int, Shop] = {
            shop.pk: shop
            for shop in Shop.objects.select_for_update(no_key=True).filter(pk__in=shop_ids)
        }
        incoming = [item.incoming for item in items]
        self.items = items
        self.messages: dict[tuple[int, str], Message] = {
            (m.shop_id, m.external_id): m
            for m in Message.objects.filter(
                shop_id__in=shop_ids,
                external_id__in={i.external_id for i in incoming if i.external_id},
            )
        }
        self.duplicates = {
            idx
            for idx, item in enumerate(items)
            if item.incoming.external_id
            and (item.shop.pk, item.incoming.external_id) in self.messages
        }
        self.customers = self._customers(shop_ids)
        customer_ids = {c.pk for c in self.customers.values()}
        self._load_threads(shop_ids, customer_ids)
        # Orders: the numbers mentioned, and the customers' recent orders (ids and the few
        # fields linking needs: an instance per order cost more than the query).
        self.orders_by_number: dict[tuple[int, str], list[_OrderRef]] = defaultdict(list)
        numbers = {n for i in incoming for n in _order_numbers(i)}
        for pk, shop_id, number, customer_id, email, placed_at in (
            Order.objects.filter(shop_id__in=shop_ids, number__in=numbers)
            .order_by("-placed_at")
            .values_list("pk", "shop_id", "number", "customer_id", "customer__email", "placed_at")
        ):
            self.orders_by_number[(shop_id, number)].append(
                _OrderRef(pk, customer_id, email, placed_at)
            )
        self.latest_order: dict[int, int] = dict(
            Order.objects.filter(
                shop_id__in=shop_ids,
                customer_id__in=customer_ids,
                placed_at__gte=self.now - ORDER_WINDOW,
            )
            .order_by("placed_at")
            .values_list("customer_id", "pk")
        )
        self.new_cases: list[Case] = []
        self.subject_abuse: dict[str, list[dict[str, Any]]] = {}  # subject → its abuse spans
        self.touched: dict[int, Case] = {}  # id(case) → case, in the order first touched
        self.new_messages: list[Message] = []
        self.attachments: list[tuple[Message, Any]] = []
        self.events: list[tuple[Case, Message, dict[str, Any] | None]] = []

    def _load_threads(self, shop_ids: list[int], customer_ids: set[int]) -> None:
        """The cases the batch's messages may continue: by reply token, by the message they
        reply to, and the customers' recent open cases. Those recent cases are first read as a
        few columns, and only the ones a message of the batch could continue (same subject)
        are read whole, each case once, so a customer with many open cases costs little."""
        incoming = [item.incoming for item in self.items]
        by_token = list(
            Case.objects.filter(
                shop_id__in=shop_ids, reply_token__in={t for i in incoming for t in _tokens(i)}
            )
        )
        referenced = {r for i in incoming for r in (i.in_reply_to, *i.references) if r}
        replied = list(
            Message.objects.filter(shop_id__in=shop_ids, external_id__in=referenced)
            .order_by("created_at")
            .values_list("shop_id", "external_id", "case_id")
        )
        recent = list(
            Case.objects.filter(
                shop_id__in=shop_ids,
                customer_id__in=customer_ids,
                updated_at__gte=self.now - THREAD_WINDOW,
            )
            .active()
            .order_by("-updated_at")
            .values_list("pk", "customer_id", "channel", "status", "updated_at", "subject")
        )
        wanted_subjects: dict[tuple[int, str], set[str]] = defaultdict(set)
        for idx, item in enumerate(self.items):
            if idx not in self.duplicates:
                customer = self.customers[(item.shop.pk, *_identity(item.incoming))]
                wanted_subjects[(customer.pk, item.incoming.channel)].add(
                    normal_subject(item.incoming.subject)
                )
        wanted = {case_id for _, _, case_id in replied} | {
            pk
            for pk, customer_id, channel, _, _, subject in recent
            if channel != "email"
            or normal_subject(subject) in wanted_subjects[(customer_id, channel)]
        }
        self.cases: dict[int, Case] = {case.pk: case for case in by_token}
        missing = wanted - self.cases.keys()
        if missing:
            self.cases.update((case.pk, case) for case in Case.objects.filter(pk__in=missing))
        for case in self.cases.values():
            case.shop = self.shops[case.shop_id]
        self.by_token = {case.reply_token: case for case in by_token}
        self.replied: dict[tuple[int, str], Case] = {
            (shop_id, external_id): self.cases[case_id] for shop_id, external_id, case_id in replied
        }
        self.recent: dict[int, list[Case | _Seen]] = defaultdict(list)
        for pk, customer_id, channel, status, updated_at, subject in recent:
            self.recent[customer_id].append(
                self.cases.get(pk) or _Seen(pk, customer_id, channel, status, updated_at, subject)
            )

    def _customers(self, shop_ids: list[int]) -> dict[tuple[int, str, str], Customer]:
        """Each sender's customer, by identity; new senders become customers now."""
        wanted = {
            (item.shop.pk, *_identity(item.incoming)): item.incoming
            for idx, item in enumerate(self.items)
            if idx not in self.duplicates
        }
        found = {
            (identity.shop_id, identity.kind, identity.value): identity.customer
            for identity in CustomerIdentity.objects.select_related("customer").filter(
                shop_id__in=shop_ids, value__in={key[2] for key in wanted}
            )
            if (identity.shop_id, identity.kind, identity.value) in wanted
        }
        missing = [key for key in wanted if key not in found]
        if missing:
            made = Customer.objects.bulk_create(
                [
                    Customer(
                        shop_id=shop_id,
                        name=wanted[(shop_id, kind, value)].sender_name.strip()[:200],
                        email=value if kind == IdentityKind.EMAIL else "",
                        phone=value if kind == IdentityKind.PHONE else "",
                        created_at=self.now,
                    )
                    for shop_id, kind, value in missing
                ]
            )
            CustomerIdentity.objects.bulk_create(
                [
                    CustomerIdentity(shop_id=shop_id, customer=customer, kind=kind, value=value)
                    for (shop_id, kind, value), customer in zip(missing, made, strict=True)
                ]
            )
            found.update(zip(missing, made, strict=True))
        return found

    def analyses(self) -> list[dict[str, Any] | None]:
        """The analyse step for every new message of the batch, in one call of the engine."""
        fresh = [idx for idx in range(len(self.items)) if idx not in self.duplicates]
        texts = [self.items[idx].incoming.text for idx in fresh]
        # The subjects too (one of them may become a case's), for abuse to mask there as well.
        subjects = sorted({self.items[idx].incoming.subject for idx in fresh} - {""})
        readings = analysis.analyse_texts(texts + subjects)
        results = readings[: len(texts)]
        for subject, reading in zip(subjects, readings[len(texts) :], strict=True):
            self.subject_abuse[subject] = analysis.abuse_spans(reading)
        out: list[dict[str, Any] | None] = [None] * len(self.items)
        for idx, result in zip(fresh, results, strict=True):
            out[idx] = result
        return out

    def add(self, item: Item, result: dict[str, Any] | None) -> tuple[Message, bool]:
        shop, incoming = self.shops[item.shop.pk], item.incoming
        key = (shop.pk, incoming.external_id)
        if incoming.external_id and key in self.messages:  # de-duplicate
            return self.messages[key], False
        customer = self.customers[(shop.pk, *_identity(incoming))]
        case, new_case = self._thread(shop, incoming, customer)
        order_id = self._link_order(shop, incoming, customer) if case.order_id is None else None
        message = Message(
            shop=shop,
            case=case,
            direction=Direction.IN,
            channel=incoming.channel,
            sender=incoming.sender,
            sender_name=incoming.sender_name,
            subject=incoming.subject,
            text=incoming.text,
            quoted=incoming.quoted,
            html=incoming.html,
            external_id=incoming.external_id,
            in_reply_to=incoming.in_reply_to,
            references=" ".join(incoming.references),
            raw=item.raw,
            triage=result,
            created_at=self.now,
        )
        if incoming.external_id:
            self.messages[key] = message
            self.replied[key] = case
        self.new_messages.append(message)
        self.attachments.extend((message, a) for a in incoming.attachments)
        _update_case(case, message, result, order_id=order_id, new_case=new_case)
        if case.pk is not None:
            self.touched.setdefault(id(case), case)
        recent = self.recent[customer.pk]
        if case not in recent:
            recent.insert(0, case)
        opened = (
            {"channel": incoming.channel, "subject": incoming.subject, "order_id": case.order_id}
            if new_case
            else None
        )
        self.events.append((case, message, opened))
        return message, True

    def _thread(self, shop: Shop, incoming: Incoming, customer: Customer) -> tuple[Case, bool]:
        """The case this message continues: a reply token, then the email thread, then the
        customer's recent open case on the same subject; else a new case."""
        for token in _tokens(incoming):
            case = self.by_token.get(token)
            if case and case.shop_id == shop.pk and case.customer_id == customer.pk:
                return case, False
        for ref in (incoming.in_reply_to, *incoming.references):
            earlier = self.replied.get((shop.pk, ref)) if ref else None
            if earlier is not None and earlier.customer_id == customer.pk:
                return earlier, False
        subject = normal_subject(incoming.subject)
        candidates: list[Case | _Seen] = sorted(
            (
                case
                for case in self.recent[customer.pk]
                if case.channel == incoming.channel
                and case.status in (CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.ESCALATED)
                and case.updated_at >= self.now - THREAD_WINDOW
            ),
            key=lambda case: case.updated_at,
            reverse=True,
        )[:5]
        for candidate in candidates:
            if incoming.channel != "email" or normal_subject(candidate.subject) == subject:
                # Never a _Seen: those are the cases whose subject no message here has.
                assert isinstance(candidate, Case)
                return candidate, False
        case = Case(
            shop=shop,
            customer=customer,
            subject=incoming.subject[:300] or "(no subject)",
            subject_spans=self.subject_abuse.get(incoming.subject, []),
            channel=incoming.channel,
            created_at=self.now,
        )
        self.new_cases.append(case)
        return case, True

    def _link_order(self, shop: Shop, incoming: Incoming, customer: Customer) -> int | None:
        """The order the message is about: a number mentioned in it (the customer's own first),
        else the customer's latest."""
        mentioned = sorted(
            (
                order
                for number in _order_numbers(incoming)
                for order in self.orders_by_number.get((shop.pk, number), [])
            ),
            key=lambda order: order.placed_at,
            reverse=True,
        )
        for order in mentioned:
            if order.customer_id == customer.pk or (
                customer.email and order.email == customer.email
            ):
                return order.pk
        if mentioned:
            return mentioned[0].pk
        return self.latest_order.get(customer.pk)

    def save(self) -> None:
        insert_objects(self.new_cases)
        insert_objects(self.new_messages)
        self._save_attachments()
        if self.touched:
            update_rows(Case, CASE_FIELDS, list(self.touched.values()))
        append_event_rows(list(self._events()))
        changed = {(case.shop_id, case.pk) for case, _, _ in self.events}
        for shop_id, case_id in sorted(changed):
            transaction.on_commit(partial(notify.case_changed, shop_id, case_id))

    def _save_attachments(self) -> None:
        rows = []
        for message, item in self.attachments:
            attachment = Attachment(
                message=message,
                filename=item.filename,
                content_type=item.content_type,
                size=len(item.data),
            )
            attachment.file.save(item.filename, ContentFile(item.data), save=False)
            rows.append(attachment)
        Attachment.objects.bulk_create(rows)

    def _events(self) -> Iterable[NewEvent]:
        for case, message, opened in self.events:
            stream = case_stream(case.pk)
            if opened is not None:
                yield NewEvent(
                    shop_id=case.shop_id,
                    stream=stream,
                    kind="case.created",
                    actor="customer",
                    data={"customer_id": case.customer_id, **opened},
                )
            yield NewEvent(
                shop_id=case.shop_id,
                stream=stream,
                kind="message.received",
                actor="customer",
                data={
                    "message_id": message.pk,
                    "channel": message.channel,
                    "from": message.sender,
                    "subject": message.subject,
                    "text": message.text,
                    "external_id": message.external_id,
                },
            )


def _update_case(
    case: Case,
    message: Message,
    result: dict[str, Any] | None,
    *,
    order_id: int | None,
    new_case: bool,
) -> None:
    """The case after this message (in memory; the batch writes it)."""
    shop = case.shop
    now: datetime = message.created_at
    case.last_inbound_at = now
    case.updated_at = now
    case.channel = message.channel
    if order_id is not None:
        case.order_id = order_id
    if case.status in (CaseStatus.WAITING, CaseStatus.RESOLVED):
        case.status = CaseStatus.OPEN
    if case.due_at is None:
        minutes = (
            shop.first_response_minutes
            if case.first_response_at is None
            else (shop.next_response_minutes)
        )
        case.due_at = sla.due_at(now, minutes, shop.business_hours, shop.timezone, shop.holidays)
    if result:
        case.heat = int(result.get("heat") or 0)
        case.heat_trajectory = [*case.heat_trajectory, case.heat][-100:]
        case.flags = analysis.merge_flags(case.flags, result)
        case.priority = analysis.priority_from(result, case.priority)
