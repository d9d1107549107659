"""Reads for the inbox and the case page, scoped to one shop and shaped for display."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum

from levelhead.core import clock
from levelhead.orders.models import Order

from .models import Case, CaseStatus, Channel, InboundRaw, Message, RawStatus

SOON = timedelta(hours=1)
ACTIVE = [CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.ESCALATED]
FILTERS = {
    "open": ("Needs a reply", Q(status=CaseStatus.OPEN)),
    "mine": ("Mine", None),  # depends on the person, built in inbox_filters
    "unassigned": ("Unassigned", Q(status__in=ACTIVE, assignee__isnull=True)),
    "waiting": ("Waiting on customer", Q(status=CaseStatus.WAITING)),
    "overdue": ("Overdue", None),  # depends on the time
    "escalated": ("Escalated", Q(status=CaseStatus.ESCALATED)),
    "resolved": ("Resolved", Q(status=CaseStatus.RESOLVED)),
}


def inbox_filters(user: Any, now: datetime) -> dict[str, tuple[str, Q]]:
    filters = {}
    for key, (label, q) in FILTERS.items():
        if key == "mine":
            q = Q(status__in=ACTIVE, assignee=user)
        elif key == "overdue":
            q = Q(status=CaseStatus.OPEN, due_at__lt=now)
        filters[key] = (label, q)  # type: ignore[assignment]
    return filters  # type: ignore[return-value]


def inbox(
    shop: Any, user: Any, *, view: str = "open", channel: str = "", limit: int = 50
) -> tuple[list[Case], dict[str, int]]:
    """The cases of one view, most urgent first and soonest due first, and every view's count
    (one aggregate query for all counts)."""
    now = clock.now()
    filters = inbox_filters(user, now)
    base = Case.objects.for_shop(shop)
    if channel in Channel.values:
        base = base.filter(channel=channel)
    counts = base.aggregate(**{key: Count("id", filter=q) for key, (_, q) in filters.items()})
    _, q = filters.get(view, filters["open"])
    cases = list(
        base.filter(q)
        .select_related("customer", "assignee", "order")
        .order_by("-priority", "due_at", "-updated_at")[:limit]
    )
    return cases, counts


@dataclass(frozen=True)
class Segment:
    text: str
    label: str = ""
    masked: bool = False


def segments(text: str, spans: list[dict[str, Any]], *, mask_abuse: bool) -> list[Segment]:
    """The text cut at the evidence spans, so the page can highlight them; abusive spans are
    masked unless the reader asked to see them."""
    cuts = sorted(
        (s for s in spans if 0 <= s.get("start", -1) < s.get("end", -1) <= len(text)),
        key=lambda s: (s["start"], -s["end"]),
    )
    out: list[Segment] = []
    pos = 0
    for span in cuts:
        start, end = span["start"], span["end"]
        if start < pos:
            continue  # overlapping evidence: the first wins
        if start > pos:
            out.append(Segment(text[pos:start]))
        label = str(span.get("label", ""))
        out.append(Segment(text[start:end], label, mask_abuse and label.startswith("abuse")))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


@dataclass(frozen=True)
class ShownMessage:
    message: Message
    segments: list[Segment]
    abusive: bool
    flags: list[str]


def conversation(case: Case, *, reveal: bool) -> list[ShownMessage]:
    shown = []
    messages = case.messages.select_related("author", "outbound").prefetch_related("attachments")
    for m in messages:
        triage = m.triage or {}
        abusive = bool(triage.get("abuse"))
        flags = [f"threat: {t}" for t in triage.get("threats", [])] + [
            f"wants: {d}" for d in triage.get("demands", [])
        ]
        shown.append(
            ShownMessage(
                message=m,
                segments=segments(
                    m.text, triage.get("spans", []), mask_abuse=abusive and not reveal
                ),
                abusive=abusive,
                flags=flags,
            )
        )
    return shown


@dataclass(frozen=True)
class CustomerPanel:
    orders: list[Order]
    previous_cases: list[Case]
    lifetime_orders: int
    lifetime_spend: Any


def customer_panel(case: Case) -> CustomerPanel:
    orders = Order.objects.filter(shop_id=case.shop_id, customer_id=case.customer_id)
    totals = orders.aggregate(n=Count("id"), spend=Sum("total"))
    return CustomerPanel(
        orders=list(orders.order_by("-placed_at")[:5]),
        previous_cases=list(
            Case.objects.filter(shop_id=case.shop_id, customer_id=case.customer_id)
            .exclude(pk=case.pk)
            .order_by("-created_at")[:5]
        ),
        lifetime_orders=totals["n"] or 0,
        lifetime_spend=totals["spend"] or 0,
    )


def heat_points(trajectory: list[int], width: int = 160, height: int = 36) -> str:
    """SVG polyline points for the heat sparkline (0 at the bottom, 100 at the top)."""
    if not trajectory:
        return ""
    if len(trajectory) == 1:
        trajectory = trajectory * 2
    step = width / (len(trajectory) - 1)
    return " ".join(
        f"{i * step:.1f},{height - (max(0, min(100, h)) / 100) * height:.1f}"
        for i, h in enumerate(trajectory)
    )


def due_state(case: Case, now: datetime) -> str:
    if case.due_at is None or case.status != CaseStatus.OPEN:
        return ""
    if case.due_at < now:
        return "overdue"
    if case.due_at < now + SOON:
        return "soon"
    return "ok"


def unprocessed(shop: Any) -> QuerySet[InboundRaw]:
    return (
        InboundRaw.objects.filter(shop=shop, status__in=[RawStatus.FAILED, RawStatus.REFUSED])
        .defer("body")
        .order_by("-received_at")
    )
