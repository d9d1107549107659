"""One ingest pipeline for every channel.

store raw → normalise → de-duplicate → thread → link → analyse → update the case → notify

``receive_raw`` stores the input exactly as it arrived, in its own transaction, before anything
else. ``process_raw`` runs the remaining steps in one transaction: a failure anywhere rolls them
back and leaves the raw input stored, marked failed with the error, and retryable. Channels that
produce a structured message directly (chat, phone) enter at ``ingest``.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, Q

from levelhead.core import clock
from levelhead.orders.models import Order
from levelhead.orders.services import find_or_create_customer
from levelhead.records.services import NewEvent, append_events_bulk

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


def case_stream(case_id: int) -> str:
    return f"case:{case_id}"


class StepError(Exception):
    def __init__(self, step: str, error: BaseException) -> None:
        super().__init__(f"{step}: {type(error).__name__}: {error}")
        self.step = step


def receive_raw(
    shop: Any, channel: str, body: bytes, *, source: str, external_key: str = ""
) -> tuple[InboundRaw, bool]:
    """Step 1: keep the input exactly as it arrived. Idempotent per (source, external key), so a
    re-poll of the same IMAP message stores nothing new."""
    if external_key:
        existing = InboundRaw.objects.filter(
            shop=shop, source=source, external_key=external_key
        ).first()
        if existing:
            return existing, False
    try:
        with transaction.atomic():
            raw = InboundRaw.objects.create(
                shop=shop,
                channel=channel,
                source=source,
                external_key=external_key,
                body=body,
                size=len(body),
            )
    except IntegrityError:
        return InboundRaw.objects.get(shop=shop, source=source, external_key=external_key), False
    return raw, True


def process_raw(raw_id: int) -> InboundRaw:
    """Steps 2–8 for one stored input; safe to run again (a processed input is left alone)."""
    try:
        with transaction.atomic():
            locked = InboundRaw.objects.select_for_update().select_related("shop").get(pk=raw_id)
            if locked.status != RawStatus.RECEIVED and locked.status != RawStatus.FAILED:
                return locked
            try:
                incoming = PARSERS[locked.channel](bytes(locked.body))
            except ParseError as exc:
                raise StepError("normalise", exc) from exc
            if incoming.automated:
                locked.status = RawStatus.IGNORED
                locked.error = f"{incoming.automated} from {incoming.sender}: not the customer"
            else:
                message, created = ingest(locked.shop, incoming, raw=locked)
                locked.message = message
                locked.status = RawStatus.PROCESSED if created else RawStatus.DUPLICATE
                locked.error = "; ".join(incoming.notes)
            locked.processed_at = clock.now()
            locked.attempts += 1
            locked.save()
            return locked
    except Exception as exc:
        detail = "".join(traceback.format_exception_only(exc)).strip()
        log.warning("inbound %s failed: %s", raw_id, detail)
        InboundRaw.objects.filter(pk=raw_id).update(
            status=RawStatus.FAILED, error=detail[:4000], attempts=F("attempts") + 1
        )
        return InboundRaw.objects.get(pk=raw_id)


def ingest(shop: Any, incoming: Incoming, *, raw: InboundRaw | None = None) -> tuple[Message, bool]:
    """Steps 3–8 for a normalised message, inside the caller's transaction or its own. Returns
    the message and whether it is new (False: a duplicate of one already stored)."""
    with transaction.atomic():
        # de-duplicate
        if incoming.external_id:
            existing = Message.objects.filter(shop=shop, external_id=incoming.external_id).first()
            if existing:
                return existing, False
        customer = (
            find_or_create_customer(shop, name=incoming.sender_name, email=incoming.sender)
            if incoming.channel == "email"
            else _customer_for(shop, incoming)
        )
        case, new_case = _thread(shop, incoming, customer)
        order = _link_order(shop, incoming, customer) if case.order_id is None else None
        result = analysis.analyse_text(incoming.text)
        now = clock.now()
        message = Message.objects.create(
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
            raw=raw,
            triage=result,
            created_at=now,
        )
        for item in incoming.attachments:
            attachment = Attachment(
                message=message,
                filename=item.filename,
                content_type=item.content_type,
                size=len(item.data),
            )
            attachment.file.save(item.filename, ContentFile(item.data), save=False)
            attachment.save()
        _update_case(case, message, result, order=order, new_case=new_case)
        stream = case_stream(case.pk)
        events = []
        if new_case:
            events.append(
                NewEvent(
                    shop_id=shop.pk,
                    stream=stream,
                    kind="case.created",
                    actor="customer",
                    data={
                        "customer_id": customer.pk,
                        "channel": incoming.channel,
                        "subject": incoming.subject,
                        "order_id": case.order_id,
                    },
                )
            )
        events.append(
            NewEvent(
                shop_id=shop.pk,
                stream=stream,
                kind="message.received",
                actor="customer",
                data={
                    "message_id": message.pk,
                    "channel": incoming.channel,
                    "from": incoming.sender,
                    "subject": incoming.subject,
                    "text": incoming.text,
                    "external_id": incoming.external_id,
                },
            )
        )
        # Both events under one lock of the chain, in one insert.
        append_events_bulk(events)
        transaction.on_commit(lambda: notify.case_changed(shop.pk, case.pk))
        return message, True


def _customer_for(shop: Any, incoming: Incoming) -> Any:
    from levelhead.orders.models import CustomerIdentity, IdentityKind

    kind = IdentityKind.PHONE if incoming.channel == "phone" else IdentityKind.CHAT
    identity = CustomerIdentity.objects.filter(shop=shop, kind=kind, value=incoming.sender).first()
    if identity:
        return identity.customer
    return find_or_create_customer(
        shop,
        name=incoming.sender_name,
        email="",
        phone=incoming.sender if kind == IdentityKind.PHONE else "",
    )


def normal_subject(subject: str) -> str:
    return SUBJECT_PREFIX.sub("", subject).strip().lower()


def _thread(shop: Any, incoming: Incoming, customer: Any) -> tuple[Case, bool]:
    """The case this message continues: a reply token, then the email thread, then the
    customer's recent open case on the same subject; else a new case."""
    for recipient in incoming.recipients:
        local = recipient.partition("@")[0]
        if "+" in local:
            token = local.rsplit("+", 1)[1]
            case = Case.objects.filter(shop=shop, reply_token=token).first()
            if case and case.customer_id == customer.pk:
                return case, False
    ids = [i for i in (incoming.in_reply_to, *incoming.references) if i]
    if ids:
        earlier = (
            Message.objects.filter(shop=shop, external_id__in=ids)
            .select_related("case")
            .order_by("-created_at")
            .first()
        )
        if earlier and earlier.case.customer_id == customer.pk:
            return earlier.case, False
    recent = (
        Case.objects.filter(shop=shop, customer=customer, channel=incoming.channel)
        .filter(updated_at__gte=clock.now() - THREAD_WINDOW)
        .active()
        .order_by("-updated_at")
    )
    subject = normal_subject(incoming.subject)
    for case in recent[:5]:
        if incoming.channel != "email" or normal_subject(case.subject) == subject:
            return case, False
    case = Case.objects.create(
        shop=shop,
        customer=customer,
        subject=incoming.subject[:300] or "(no subject)",
        channel=incoming.channel,
    )
    return case, True


def _link_order(shop: Any, incoming: Incoming, customer: Any) -> Order | None:
    """The order the message is about: a number mentioned in it, else the customer's latest."""
    found = {
        m.group(1).upper() for m in ORDER_NUMBER.finditer(f"{incoming.subject}\n{incoming.text}")
    }
    if found:
        order = (
            Order.objects.filter(shop=shop, number__in=found)
            .filter(Q(customer=customer) | Q(customer__email=customer.email))
            .order_by("-placed_at")
            .first()
        ) or Order.objects.filter(shop=shop, number__in=found).order_by("-placed_at").first()
        if order:
            return order
    return (
        Order.objects.filter(
            shop=shop, customer=customer, placed_at__gte=clock.now() - ORDER_WINDOW
        )
        .order_by("-placed_at")
        .first()
    )


def _update_case(
    case: Case,
    message: Message,
    result: dict[str, Any] | None,
    *,
    order: Order | None,
    new_case: bool,
) -> None:
    shop = case.shop
    now = message.created_at
    case.last_inbound_at = now
    case.updated_at = now
    case.channel = message.channel
    if order is not None:
        case.order = order
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
    case.save()
