"""Reads for the inbox and the case page, scoped to one shop and shaped for display."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from html import escape as html_escape
from typing import Any
from urllib.parse import quote

from django.db.models import Count, Q, QuerySet, Sum
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from levelhead.accounts.access import shop_members
from levelhead.accounts.models import User
from levelhead.core import clock
from levelhead.core.compiled import Compiled
from levelhead.orders.models import Order
from levelhead.outbox.models import State

from .models import (
    Case,
    CaseStatus,
    Channel,
    Direction,
    InboundRaw,
    Message,
    Priority,
    RawStatus,
)

SOON = timedelta(hours=1)
ACTIVE = [CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.ESCALATED]
FILTERS = {
    "open": ("Needs a reply", Q(status=CaseStatus.OPEN)),
    "mine": ("Mine", None),  # depends on the person, built in inbox_filters
    "unassigned": ("Unassigned", Q(status__among=ACTIVE, assignee__isnull=True)),
    "waiting": ("Waiting on customer", Q(status=CaseStatus.WAITING)),
    "overdue": ("Overdue", None),  # depends on the time
    "escalated": ("Escalated", Q(status=CaseStatus.ESCALATED)),
    "resolved": ("Resolved", Q(status=CaseStatus.RESOLVED)),
}
# The views that show how many cases they hold: the work to do. Resolved cases only grow, and
# counting them cost more than every other count together (2 ms at 7,700 of them).
COUNTED = ("open", "mine", "unassigned", "waiting", "overdue", "escalated")


def inbox_filters(user: Any, now: datetime) -> dict[str, tuple[str, Q]]:
    filters = {}
    for key, (label, q) in FILTERS.items():
        if key == "mine":
            q = Q(status__among=ACTIVE, assignee=user)
        elif key == "overdue":
            q = Q(status=CaseStatus.OPEN, due_at__lt=now)
        filters[key] = (label, q)  # type: ignore[assignment]
    return filters  # type: ignore[return-value]


@dataclass(frozen=True)
class InboxRow:
    """One line of the inbox, formatted once here rather than through template filters and
    lookups (fifty rows of them cost more than the queries)."""

    # Text, ready for the page: rendering numbers through the template localises each one.
    case_id: str
    path: str
    css: str  # the row's classes, with its due state
    title: SafeString  # who · subject, its abuse masked
    priority: str  # Urgent, High or ""
    priority_css: str
    heat: str  # "" when the case has no heat
    heat_level: str  # low, mid, high
    details: str  # channel · order · assignee · threats
    due: str  # overdue, soon, ok or ""
    when: str  # "overdue since …", "due …" or the status

    def html(self) -> SafeString:
        """The row as the inbox shows it, every value escaped (the title is HTML already, its
        abuse masked). Built here rather than by a template loop: fifty rows of template nodes
        took longer than the rest of the inbox page together."""
        e = html_escape  # the standard library's, as Django's ``escape`` uses, without its wrapper
        badges = ""
        if self.priority:
            badges += f'<span class="badge {e(self.priority_css)}">{e(self.priority)}</span> '
        if self.heat:
            badges += (
                f'<span class="badge text-bg-light heat-{e(self.heat_level)}" '
                f'title="Heat (0 calm – 100 furious)">heat {e(self.heat)}</span>'
            )
        when = e(self.when)
        if self.due == "overdue":
            when = f'<strong class="text-danger">{when}</strong>'
        return mark_safe(  # every value above is escaped
            f'<a class="list-group-item list-group-item-action {e(self.css)}" '
            f'href="{e(self.path)}" data-case="{e(self.case_id)}">'
            '<div class="d-flex justify-content-between gap-2">'
            f'<span class="fw-medium text-truncate">{conditional_escape(self.title)}</span>'
            f'<span class="text-nowrap small">{badges}</span></div>'
            '<div class="d-flex justify-content-between small text-body-secondary">'
            f'<span>{e(self.details)}</span><span class="text-nowrap">{when}</span></div>'
            "</a>\n"
        )


ROW_FIELDS = (
    "pk",
    "subject",
    "subject_spans",
    "status",
    "priority",
    "heat",
    "channel",
    "due_at",
    "flags",
    "customer__name",
    "customer__email",
    "order__number",
    "assignee_id",
)
STATUS_LABELS = dict(CaseStatus.choices)
ORDER_STATUS_LABELS = dict(Order._meta.get_field("status").choices or [])
PRIORITY_BADGES = {
    int(Priority.URGENT): ("Urgent", "text-bg-danger"),
    int(Priority.HIGH): ("High", "text-bg-warning"),
}
CHANNEL_LABELS = dict(Channel.choices)


def inbox_counts(base: QuerySet[Case], user: Any, now: datetime) -> dict[str, int]:
    """The count of every view in ``COUNTED``, as ``inbox_filters`` defines the views: the
    active cases grouped by status and assignee, read from a partial index of just them that
    holds every column this needs. One small query: one aggregate with a filtered count per
    view cost three times as much to build in the ORM as to run."""
    counts = dict.fromkeys(COUNTED, 0)
    groups = (
        base.filter(status__among=ACTIVE)
        .values_list("status", "assignee_id")
        .annotate(n=Count("status"), overdue=Count("status", filter=Q(due_at__lt=now)))
        .order_by()
    )
    for status, assignee_id, n, overdue in groups:
        if status in counts:  # open, waiting, escalated
            counts[status] += n
        if assignee_id is None:
            counts["unassigned"] += n
        elif assignee_id == user.pk:
            counts["mine"] += n
        if status == CaseStatus.OPEN:
            counts["overdue"] += overdue
    return counts


def people_names(people: dict[int, str], ids: set[int | None]) -> dict[int, str]:
    """Names by user id: the shop's people as given (cached), and anyone else among ``ids``
    (platform staff, someone who has left) read in one query."""
    unknown = {i for i in ids if i is not None and i not in people}
    if not unknown:
        return people
    names = dict(people)
    for pk, first, last, username in User.objects.filter(pk__in=unknown).values_list(
        "pk", "first_name", "last_name", "username"
    ):
        names[pk] = f"{first} {last}".strip() or username
    return names


def inbox(
    shop: Any, user: Any, *, view: str = "open", channel: str = "", limit: int = 50, case_url: str
) -> tuple[list[InboxRow], dict[str, int]]:
    """The cases of one view, most urgent first and soonest due first, as rows ready to show
    (``case_url`` is a case page's URL with 0 for the id), and every view's count."""
    now = clock.now()
    filters = inbox_filters(user, now)
    base = Case.objects.for_shop(shop)
    if channel in Channel.values:
        base = base.filter(channel=channel)
    counts = inbox_counts(base, user, now)
    _, q = filters.get(view, filters["open"])
    found = list(
        base.filter(q)
        .order_by("-priority", "due_at", "-updated_at")
        .values_list(*ROW_FIELDS)[:limit]
    )
    names = people_names(dict(shop_members(shop)), {row[-1] for row in found})
    tz = timezone.get_current_timezone()
    prefix = case_url.removesuffix("0/")
    rows = []
    for (
        pk,
        subject,
        spans,
        status,
        priority,
        heat,
        channel_,
        due_at,
        flags,
        name,
        email,
        number,
        assignee_id,
    ) in found:
        due = _due(status, due_at, now)
        if due and due_at is not None:
            local = f"{due_at.astimezone(tz):%a %H:%M}"
            when = f"overdue since {local}" if due == "overdue" else f"due {local}"
        else:
            when = str(STATUS_LABELS.get(status, status))
        details = [str(CHANNEL_LABELS.get(channel_, channel_))]
        if number:
            details.append(f"order #{number}")
        details.append(names.get(assignee_id, "") if assignee_id else "unassigned")
        if threats := (flags or {}).get("threats"):
            details.append("threatens " + ", ".join(threats))
        label, label_css = PRIORITY_BADGES.get(priority, ("", ""))
        rows.append(
            InboxRow(
                case_id=str(pk),
                path=f"{prefix}{pk}/",
                css=f"case-row due-{due}" if due else "case-row",
                title=mark_safe(f"{html_escape(name or email)} · {masked_subject(subject, spans)}"),
                priority=label,
                priority_css=label_css,
                heat="" if heat is None else str(heat),
                heat_level="" if heat is None else _heat_level(heat),
                details=" · ".join(details),
                due=due,
                when=when,
            )
        )
    return rows, counts


def _heat_level(heat: int) -> str:
    return "high" if heat >= 75 else "mid" if heat >= 50 else "low"


@dataclass(frozen=True)
class Segment:
    text: str
    label: str = ""
    masked: bool = False

    @property
    def css(self) -> str:
        """The highlight's class: span-threat-chargeback, span-abuse …"""
        return "span-" + slugify(self.label) if self.label else ""


def segments(text: str, spans: list[dict[str, Any]], *, mask_abuse: bool) -> list[Segment]:
    """The text cut at the evidence spans, so the page can highlight them; abusive spans are
    masked unless the reader asked to see them.

    Spans may overlap (a threat sentence around an insult): the text is cut at every span's
    edges, each piece takes the label of the abuse span covering it if there is one, else of the
    earliest span covering it, and every character of every abuse span is masked."""
    valid = [s for s in spans if 0 <= s.get("start", -1) < s.get("end", -1) <= len(text)]
    edges = sorted({0, len(text), *(s["start"] for s in valid), *(s["end"] for s in valid)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(edges):
        covering = [s for s in valid if s["start"] <= a and b <= s["end"]]
        abusive = [s for s in covering if str(s.get("label", "")).startswith("abuse")]
        chosen = (abusive or sorted(covering, key=lambda s: (s["start"], -s["end"])) or [{}])[0]
        label, masked = str(chosen.get("label", "")), mask_abuse and bool(abusive)
        if out and (out[-1].label, out[-1].masked) == (label, masked):
            out[-1] = Segment(out[-1].text + text[a:b], label, masked)
        else:
            out.append(Segment(text[a:b], label, masked))
    return out


MASKED = '<span class="masked" title="Hidden: abusive language">••••</span>'


def marked_html(parts: list[Segment]) -> SafeString:
    """The message as HTML: its text escaped, the evidence in ``<mark>`` and abuse masked. Built
    here rather than by a template loop over the segments (a third of the case page's
    rendering)."""
    html = []
    for seg in parts:
        if seg.masked:
            html.append(MASKED)
        elif seg.label:
            css, label, text = escape(seg.css), escape(seg.label), escape(seg.text)
            html.append(f'<mark class="{css}" title="{label}">{text}</mark>')
        else:
            html.append(escape(seg.text))
    return mark_safe("".join(html))  # every piece of text above is escaped


_case_by_id = Compiled(
    lambda shop_id, case_id: Case.objects.select_related("customer", "order").filter(
        shop_id=shop_id, pk=case_id
    )
)


def case_in_shop(shop: Any, case_id: int) -> Case | None:
    """The shop's case with its customer and order; None for another shop's or none."""
    found = _case_by_id(shop.pk, case_id)
    if not found:
        return None
    case = found[0]
    case.shop = shop  # known already (the member's shop): no join for it
    return case


def masked_subject(subject: str, spans: list[dict[str, Any]] | None) -> SafeString:
    """A case's subject as HTML, the abuse in it masked (``Case.subject_spans``)."""
    if not spans:  # most subjects: nothing to cut
        return mark_safe(html_escape(subject))
    return marked_html(segments(subject, spans, mask_abuse=True))


def masked_subject_text(subject: str, spans: list[dict[str, Any]] | None) -> str:
    """The same as plain text, for a page's title."""
    parts = segments(subject, spans or [], mask_abuse=True)
    return "".join("••••" if part.masked else part.text for part in parts)


@dataclass(frozen=True)
class ShownMessage:
    """One message of the conversation, formatted here for the page."""

    pk: int
    direction: str
    segments: list[Segment]
    abusive: bool
    flags: list[str]
    who: str  # the sender, or the member who wrote it
    channel: str
    when: str
    when_iso: str
    quoted: str
    files: list[tuple[str, str]] = field(default_factory=list)  # (name, size)
    delivery: tuple[str, str, str] | None = None  # (label, badge colour, last error) of a reply

    @property
    def html(self) -> SafeString:
        return marked_html(self.segments)

    def card(self) -> SafeString:
        """The message as the case page shows it, every value escaped (its text through
        ``marked_html``). Built here rather than by template loops over each message's flags,
        files and delivery: those loops were half of the case page's rendering."""
        e = html_escape
        css = {"out": " ms-lg-5 border-primary-subtle", "note": " bg-warning-subtle"}
        who = f'<strong class="text-body">{e(self.who)}</strong>'
        if self.direction == "in":
            head = f"{who} · {e(self.channel)}"
        elif self.direction == "out":
            head = f"{who} replied"
        else:
            head = f'<strong class="text-body">Note</strong> by {e(self.who)}'
        parts = [
            f'<div class="card mb-2{css.get(self.direction, "")}"><div class="card-body py-2">',
            '<div class="d-flex justify-content-between flex-wrap small text-body-secondary">',
            f'<span>{head}</span><time datetime="{e(self.when_iso)}">{e(self.when)}</time></div>',
            f'<div class="message-text mt-1">{self.html}</div>',
        ]
        if self.flags:
            badges = "".join(
                f'<span class="badge text-bg-light me-1">{e(f)}</span>' for f in self.flags
            )
            parts.append(f'<div class="mt-1">{badges}</div>')
        if self.quoted:
            parts.append(
                '<details class="small mt-1"><summary class="text-body-secondary">Quoted text and'
                ' signature</summary><pre class="small mb-0" style="white-space: pre-wrap">'
                f"{e(self.quoted)}</pre></details>"
            )
        parts += [f'<div class="small">📎 {e(name)} ({e(size)})</div>' for name, size in self.files]
        if self.delivery:
            label, colour, error = self.delivery
            failed = f' <span class="text-danger">{e(error)}</span>' if error else ""
            parts.append(
                f'<div class="small mt-1"><span class="badge text-bg-{e(colour)}"'
                f' data-testid="delivery-state">{e(label)}</span>{failed}</div>'
            )
        parts.append("</div></div>\n")
        return mark_safe("".join(parts))  # every value above is escaped


DELIVERY_COLOURS = {"sent": "success", "failed": "danger"}
DELIVERY_LABELS = dict(State.choices)
MESSAGE_FIELDS = (
    "pk",
    "direction",
    "channel",
    "sender",
    "sender_name",
    "text",
    "quoted",
    "triage",
    "created_at",
    "author_id",
    "outbound__state",
    "outbound__last_error",
    # One row per attachment (most messages have none): no second query for them.
    "attachments__filename",
    "attachments__size",
)
AUTHOR = MESSAGE_FIELDS.index("author_id")
_message_rows = Compiled(
    lambda case_id: (
        Message.objects.filter(case_id=case_id)
        .order_by("created_at", "id", "attachments__id")
        .values_list(*MESSAGE_FIELDS)
    )
)


def conversation(
    case: Case, *, reveal: bool, people: dict[int, str] | None = None
) -> list[ShownMessage]:
    """The case's messages in time order, ready to show: rows read as values with their
    delivery states and attachments in one query (model instances, deferred fields and a
    prefetch cost three times as much here). ``people``: names of the shop's people by user id
    (``accounts.access.shop_members``, cached) for the replies and notes; anyone else who wrote
    (platform staff, someone who has left) is looked up."""
    rows = _message_rows(case.pk)
    names = people_names(people or {}, {row[AUTHOR] for row in rows})
    tz = timezone.get_current_timezone()
    shown: list[ShownMessage] = []
    for (
        pk,
        direction,
        channel,
        sender,
        sender_name,
        text,
        quoted,
        triage,
        created_at,
        author_id,
        state,
        last_error,
        filename,
        size,
    ) in rows:
        if shown and shown[-1].pk == pk:  # the same message's next attachment
            shown[-1].files.append((filename, filesizeformat(size)))
            continue
        triage = triage or {}
        abusive = bool(triage.get("abuse"))
        flags = [f"threat: {t}" for t in triage.get("threats", [])] + [
            f"wants: {d}" for d in triage.get("demands", [])
        ]
        if direction == Direction.IN:
            who = sender_name or sender
        elif author_id is not None:
            who = names.get(author_id, "")
        else:
            who = "The shop" if direction == Direction.OUT else ""
        local = created_at.astimezone(tz)
        shown.append(
            ShownMessage(
                pk=pk,
                direction=direction,
                segments=segments(text, triage.get("spans", []), mask_abuse=abusive and not reveal),
                abusive=abusive,
                flags=flags,
                who=who,
                channel=str(CHANNEL_LABELS.get(channel, channel)),
                when=f"{local:%a %-d %b, %H:%M}",
                when_iso=local.isoformat(),
                quoted=quoted,
                files=[(filename, filesizeformat(size))] if filename is not None else [],
                delivery=None
                if state is None
                else (
                    str(DELIVERY_LABELS.get(state, state)),
                    DELIVERY_COLOURS.get(state, "secondary"),
                    last_error,
                ),
            )
        )
    return shown


@dataclass(frozen=True)
class PanelOrder:
    number: str
    path: str
    status: str
    placed: str


@dataclass(frozen=True)
class PanelCase:
    path: str
    subject: SafeString  # its abuse masked
    status: str


@dataclass(frozen=True)
class CustomerPanel:
    orders: list[PanelOrder]
    previous_cases: list[PanelCase]
    lifetime_orders: int
    lifetime_spend: Any


PANEL_ORDERS = 5
PANEL_READ = 100  # a customer with more orders than this gets their totals counted apart


def recent_orders_query(shop_id: int, customer_id: int) -> QuerySet[Any, Any]:
    return (
        Order.objects.filter(shop_id=shop_id, customer_id=customer_id)
        .order_by("-placed_at")
        .values_list("number", "status", "placed_at", "total")[:PANEL_READ]
    )


_recent_orders = Compiled(recent_orders_query)  # PANEL_READ is read once, when compiled
_earlier_cases = Compiled(
    lambda shop_id, customer_id, case_id: (
        Case.objects.filter(shop_id=shop_id, customer_id=customer_id)
        .exclude(pk=case_id)
        .order_by("-created_at")
        .values_list("pk", "subject", "subject_spans", "status")[:5]
    )
)


def customer_panel(case: Case, *, orders_url: str, case_url: str) -> CustomerPanel:
    """The customer's latest orders, totals and earlier cases, ready to show (``orders_url``:
    the shop's order list; ``case_url``: a case page's URL with 0 for the id). Most customers
    have a handful of orders: one read gives the list and the totals, and only a big buyer costs
    a count."""
    recent = _recent_orders(case.shop_id, case.customer_id)
    if len(recent) < PANEL_READ:
        count, spend = len(recent), sum((row[3] for row in recent), Decimal(0))
    else:
        orders = Order.objects.filter(shop_id=case.shop_id, customer_id=case.customer_id)
        totals = orders.aggregate(n=Count("id"), spend=Sum("total"))
        count, spend = totals["n"] or 0, totals["spend"] or Decimal(0)
    tz = timezone.get_current_timezone()
    earlier = _earlier_cases(case.shop_id, case.customer_id, case.pk)
    prefix = case_url.removesuffix("0/")
    return CustomerPanel(
        orders=[
            PanelOrder(
                number=number,
                path=f"{orders_url}{quote(number, safe='')}/",
                status=str(ORDER_STATUS_LABELS.get(status, status)),
                placed=f"{placed.astimezone(tz):%-d %b %Y}",
            )
            for number, status, placed, _ in recent[:PANEL_ORDERS]
        ],
        previous_cases=[
            PanelCase(
                f"{prefix}{pk}/",
                masked_subject(subject, spans),
                str(STATUS_LABELS.get(status, status)),
            )
            for pk, subject, spans, status in earlier
        ],
        lifetime_orders=count,
        lifetime_spend=spend,
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
    return _due(case.status, case.due_at, now)


def _due(status: str, due_at: datetime | None, now: datetime) -> str:
    if due_at is None or status != CaseStatus.OPEN:
        return ""
    if due_at < now:
        return "overdue"
    if due_at < now + SOON:
        return "soon"
    return "ok"


def _stored(shop: Any, *statuses: str) -> QuerySet[InboundRaw]:
    """The shop's stored inputs in these states, newest first, without their bytes."""
    return (
        InboundRaw.objects.filter(shop=shop, status__in=statuses)
        .defer("body")
        .order_by("-received_at")
    )


def unprocessed(shop: Any) -> QuerySet[InboundRaw]:
    """Inputs that failed processing or were refused: shown with their error and a retry."""
    return _stored(shop, RawStatus.FAILED, RawStatus.REFUSED)


def ignored(shop: Any) -> QuerySet[InboundRaw]:
    """Inputs set aside as automated mail (auto-replies, bounces): shown to the seller apart
    from the failures, each fileable as a customer message."""
    return _stored(shop, RawStatus.IGNORED)
