"""The seeded shops' customer cases and their messages, written with bulk inserts.

The rows are what the ingest pipeline and the case services would have left after the same
conversation: each customer message carries the triage engine's reading (``analyze_many`` run
once over a pool of a few hundred texts, reused), each case its heat, trajectory, flags and
priority folded over its messages as ``conversations.analysis`` folds them, its due time from
``conversations.sla``, and its record — ``case.created``, ``message.received``, ``message.sent``,
``note.added``, ``case.assigned``, ``case.status_changed`` — appended through
``records.append_events_bulk`` so the chain verifies.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db import transaction

from levelhead.accounts.models import Membership, Role, Shop, User
from levelhead.accounts.services import add_member
from levelhead.conversations import analysis, sla
from levelhead.conversations.ingest import case_stream
from levelhead.conversations.models import (
    Case,
    CaseStatus,
    Channel,
    Direction,
    Message,
    Priority,
)
from levelhead.conversations.services import render_html
from levelhead.core import clock, seed_texts
from levelhead.core.demo import FIRST
from levelhead.orders.models import Customer, CustomerIdentity, IdentityKind, Order
from levelhead.orders.status import Status
from levelhead.outbox.models import OutboundEmail, State
from levelhead.records.services import NewEvent, append_events_bulk

CASE_BATCH = 1000
MESSAGES_PER_CASE = 5
NO_ORDER = 0.1  # questions before buying: a case with no order
CHANNELS = [(Channel.EMAIL, 75), (Channel.CHAT, 15), (Channel.PHONE, 10)]
# Where a case ends up depends on its age, like an order.
OPEN, WAITING, RESOLVED, ESCALATED = (
    CaseStatus.OPEN,
    CaseStatus.WAITING,
    CaseStatus.RESOLVED,
    CaseStatus.ESCALATED,
)
STATUS_BY_AGE: list[tuple[float, list[tuple[CaseStatus, float]]]] = [
    (2, [(OPEN, 50), (WAITING, 35), (RESOLVED, 10), (ESCALATED, 5)]),
    (10, [(OPEN, 12), (WAITING, 30), (RESOLVED, 53), (ESCALATED, 5)]),
    (10_000, [(OPEN, 1), (WAITING, 3), (RESOLVED, 93), (ESCALATED, 3)]),
]
ANGRY = {"threat", "shout", "insult", "furious"}
CALM = {"plain", "polite", "typos"}
NOTE_SHARE = 0.08


@dataclass
class CaseSeedResult:
    cases: int = 0
    messages: int = 0
    outbound: int = 0
    identities: int = 0  # chat visitors
    events: int = 0
    agents: int = 0
    by_status: dict[str, int] = field(default_factory=dict)


@dataclass
class _Turn:
    direction: str
    at: datetime
    text: str = ""
    triage: dict[str, Any] | None = None


@dataclass
class _Draft:
    """One case, decided in Python before anything is written."""

    customer: tuple[int, str, str, str]  # id, name, email, phone
    order: tuple[int, str] | None  # id, number
    channel: str
    subject: str
    status: CaseStatus
    turns: list[_Turn]
    assignee: User | None
    assigned_at: datetime | None
    closed_at: datetime | None
    case: Case | None = None


def message_counts(cases: int, messages: int, rng: random.Random) -> list[int]:
    """Messages per case, at least one each, summing to ``messages``: most cases short, a few
    long threads."""
    if cases == 0:
        return []
    weights = [rng.expovariate(1.0) for _ in range(cases)]
    extra = messages - cases
    total = sum(weights)
    counts = [1 + int(extra * w / total) for w in weights]
    for i in rng.sample(range(cases), messages - sum(counts)):
        counts[i] += 1
    return counts


def seed_cases(
    shops: list[Shop],
    *,
    cases: int,
    messages: int,
    seed: int = 1,
    password: str,
    batch: int = CASE_BATCH,
    on_progress: Callable[[int], None] | None = None,
) -> CaseSeedResult:
    """Add ``cases`` cases with ``messages`` messages in all to the seeded ``shops`` (their
    orders and customers already written), spread over the shops as unevenly as the orders."""
    from levelhead.core.bulk_seed import shop_sizes  # bulk_seed imports this module

    if messages < cases or (cases and not shops):
        raise ValueError("every case needs at least one message (and a shop)")
    if Case.objects.filter(shop__in=shops).exists():
        raise ValueError("these shops already have cases; seed a fresh database")
    rng = random.Random(f"cases-{seed}")
    now = clock.now()
    pool = seed_texts.Pool(rng)
    counts = message_counts(cases, messages, rng)
    result = CaseSeedResult()
    start = 0
    for shop, size in zip(shops, shop_sizes(len(shops), cases), strict=True):
        lengths = counts[start : start + size]
        start += size
        if not lengths:
            continue
        members = _members(shop, size, password, rng, result)
        orders = list(
            Order.objects.filter(shop=shop).values_list(
                "id", "customer_id", "number", "placed_at", "status", "dispatch_by"
            )
        )
        customers = {
            c[0]: c
            for c in Customer.objects.filter(shop=shop).values_list("id", "name", "email", "phone")
        }
        if not customers:
            raise ValueError(f"{shop.slug} has no customers to open cases for; seed orders first")
        customer_ids = list(customers)
        chatting: set[int] = set(
            CustomerIdentity.objects.filter(shop=shop, kind=IdentityKind.CHAT).values_list(
                "customer_id", flat=True
            )
        )
        for first in range(0, len(lengths), batch):
            drafts = [
                _draft(n, orders, customers, customer_ids, members, pool, now, rng)
                for n in lengths[first : first + batch]
            ]
            _write(shop, members[0], drafts, chatting, now, rng, result)
            if on_progress:
                on_progress(len(drafts))
    return result


def _members(
    shop: Shop, cases: int, password: str, rng: random.Random, result: CaseSeedResult
) -> list[User]:
    """The owner first, then one to three agents (more for busier shops), made once."""
    owner = Membership.objects.get(shop=shop, role=Role.OWNER).user
    n = shop.slug.rsplit("-", 1)[1]
    agents = []
    for k in range(1 if cases < 1000 else 2 if cases < 5000 else 3):
        username = f"agent{n}-{k + 1}"
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username=username,
                email=f"{username}@seed.test",
                password=password,
                first_name=rng.choice(FIRST),
                last_name="(agent)",
            )
            add_member(shop, user, Role.AGENT, actor=owner)
            result.agents += 1
        agents.append(user)
    return [owner, *agents]


def _topic(status: str, dispatch_by: date | None, today: date) -> str:
    if status in {Status.PLACED, Status.PAID, Status.PROCESSING}:
        return "late" if dispatch_by is not None and dispatch_by < today else "early"
    if status == Status.DISPATCHED:
        return "in_transit"
    if status in {Status.CANCELLED, Status.REFUNDED}:
        return str(status)
    return "delivered"


DELAY_HOURS = {
    "early": (1, 48),
    "late": (24, 150),
    "in_transit": (72, 340),
    "delivered": (48, 240),
    "cancelled": (24, 240),
    "refunded": (24, 240),
}


def _directions(count: int, status: CaseStatus, rng: random.Random) -> tuple[list[str], CaseStatus]:
    """Who wrote each message: customer first, replies in between, a few internal notes. An open
    case ends with the customer waiting for a reply, a waiting case with the shop's reply."""
    notes = sum(1 for _ in range(count - 1) if rng.random() < NOTE_SHARE)
    spoken = count - notes
    if status == WAITING and spoken == 1:
        status = OPEN
    ends_in = spoken % 2 == 1
    wants_in = {OPEN: True, WAITING: False}.get(status, ends_in)
    # The parity is wrong for the status: the customer wrote twice before the first reply.
    turns = ["in"] if wants_in == ends_in else ["in", "in"]
    while len(turns) < spoken:
        turns.append("out" if turns[-1] == "in" else "in")
    for _ in range(notes):
        turns.insert(rng.randint(1, len(turns)), "note")
    return turns, status


def _draft(
    count: int,
    orders: list[tuple[Any, ...]],
    customers: dict[int, tuple[int, str, str, str]],
    customer_ids: list[int],
    members: list[User],
    pool: seed_texts.Pool,
    now: datetime,
    rng: random.Random,
) -> _Draft:
    today = now.date()
    if orders and rng.random() >= NO_ORDER:
        order_id, customer_id, number, placed, order_status, dispatch_by = rng.choice(orders)
        topic = _topic(order_status, dispatch_by, today)
        low, high = DELAY_HOURS[topic]
        created = placed + timedelta(hours=rng.uniform(low, high))
        if created > now:
            created = placed + (now - placed) * rng.uniform(0.2, 0.9)
        order: tuple[int, str] | None = (order_id, number)
    else:
        customer_id, number, topic, order = rng.choice(customer_ids), "", "none", None
        created = now - timedelta(days=min(rng.expovariate(1 / 60), 365))
    customer = customers[customer_id]
    age_days = (now - created).total_seconds() / 86400
    weights = next(w for limit, w in STATUS_BY_AGE if age_days <= limit)
    status = rng.choices([s for s, _ in weights], [w for _, w in weights])[0]
    channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
    if channel == Channel.PHONE and not customer[3]:
        channel = Channel.EMAIL
    directions, status = _directions(count, status, rng)

    # When each message was written: replies within hours, customers within a day or two.
    times = [created]
    for before, after in itertools.pairwise(directions):
        if (before, after) == ("in", "out"):
            hours = rng.expovariate(1 / 5)
        elif (before, after) == ("out", "in"):
            hours = rng.uniform(2, 60)
        elif (before, after) == ("in", "in"):
            hours = rng.uniform(20, 72)
        else:  # a note, soon after
            hours = rng.uniform(0.1, 3)
        times.append(times[-1] + timedelta(hours=hours))
    latest = now - timedelta(minutes=rng.randint(1, 180))
    if times[-1] > latest and len(times) > 1:
        # Squeeze the conversation into the time there was.
        span = max(latest - created, timedelta(minutes=len(times)))
        scale = span / (times[-1] - created)
        times = [created + (t - created) * scale for t in times]

    angry = False
    turns = []
    name = customer[1].split()[0] if customer[1] else "there"
    last_out: datetime | None = None
    for k, (direction, at) in enumerate(zip(directions, times, strict=True)):
        turn = _Turn(direction, at)
        if direction == "in":
            if k == 0:
                kind, moods = f"open:{topic}", None
            elif directions[k - 1] == "in" or (k >= 2 and directions[k - 2 : k] == ["in", "note"]):
                kind, moods = "follow:waiting", None
            elif status == RESOLVED and k == len(directions) - 1:
                kind, moods = "follow:thanks", CALM
            elif angry:
                kind, moods = "follow:angry", ANGRY | {"plain"}
            else:
                kind, moods = "follow:calm", CALM
            turn.text, turn.triage, variant = pool.pick(kind, number, rng, moods=moods)
            angry = angry or variant in ANGRY
        elif direction == "out":
            replies = [r for r in seed_texts.REPLIES if number or "{order}" not in r]
            turn.text = rng.choice(replies).format(
                name=name,
                order=f"#{number}" if number else "",
                date=f"{(last_out or at):%-d %B}",
            )
            last_out = at
        else:
            turn.text = rng.choice(seed_texts.NOTES)
        turns.append(turn)

    answered = "out" in directions
    assignee: User | None = None
    assigned_at = None
    if answered or rng.random() < 0.5:
        # The owner takes about half, the agents share the rest.
        assignee = members[0] if rng.random() < 0.45 else rng.choice(members[1:] or members)
        first_out = next((t.at for t in turns if t.direction != "in"), None)
        assigned_at = created + timedelta(minutes=rng.randint(1, 120))
        if first_out is not None and assigned_at >= first_out:
            assigned_at = created + (first_out - created) / 2
    closed_at = None
    if status in {RESOLVED, ESCALATED}:
        closed_at = min(times[-1] + timedelta(hours=rng.uniform(0.2, 24)), now)
    subject = rng.choice(seed_texts.SUBJECTS[topic]).replace("{order}", f"#{number}")
    return _Draft(
        customer, order, channel, subject, status, turns, assignee, assigned_at, closed_at
    )


def _due(shop: Shop, turns: list[_Turn]) -> datetime | None:
    """As ingest sets it: from the first customer message after the last reply."""
    answered = any(t.direction == "out" for t in turns)
    waiting_since = None
    for turn in turns:
        if turn.direction == "out":
            waiting_since = None
        elif turn.direction == "in" and waiting_since is None:
            waiting_since = turn.at
    if waiting_since is None:
        return None
    minutes = shop.next_response_minutes if answered else shop.first_response_minutes
    return sla.due_at(waiting_since, minutes, shop.business_hours, shop.timezone, shop.holidays)


def _write(
    shop: Shop,
    owner: User,
    drafts: list[_Draft],
    chatting: set[int],
    now: datetime,
    rng: random.Random,
    result: CaseSeedResult,
) -> None:
    domain = (shop.sender_email or "seed.test").rpartition("@")[2]
    with transaction.atomic():
        visitors = []
        for d in drafts:
            if d.channel == Channel.CHAT and d.customer[0] not in chatting:
                chatting.add(d.customer[0])
                visitors.append(
                    CustomerIdentity(
                        shop=shop,
                        customer_id=d.customer[0],
                        kind=IdentityKind.CHAT,
                        value=_visitor(shop, d.customer[0]),
                    )
                )
        CustomerIdentity.objects.bulk_create(visitors)

        cases = []
        for d in drafts:
            d.case = _case(shop, d, rng)
            cases.append(d.case)
        Case.objects.bulk_create(cases)

        outbound: list[OutboundEmail] = []
        rows: list[tuple[_Draft, _Turn, Message]] = []
        for d in drafts:
            rows.extend(_messages(shop, owner, d, domain, rng, outbound))
        OutboundEmail.objects.bulk_create(outbound)
        # bulk_create takes each message's outbound id from its (now saved) OutboundEmail.
        Message.objects.bulk_create([m for _, _, m in rows])

        events: list[NewEvent] = []
        by_case: dict[int, list[tuple[_Turn, Message]]] = {}
        for d, turn, message in rows:
            by_case.setdefault(id(d), []).append((turn, message))
        for d in drafts:
            events.extend(_events(shop, owner, d, by_case[id(d)]))
        append_events_bulk(events)

    result.cases += len(cases)
    result.messages += len(rows)
    result.outbound += len(outbound)
    result.identities += len(visitors)
    result.events += len(events)
    for case in cases:
        result.by_status[case.status] = result.by_status.get(case.status, 0) + 1


def _visitor(shop: Shop, customer_id: int) -> str:
    return f"visitor-{shop.pk}-{customer_id:x}"


def _case(shop: Shop, d: _Draft, rng: random.Random) -> Case:
    """The case as the pipeline and the services would have left it after these messages."""
    inbound = [t for t in d.turns if t.direction == "in"]
    outs = [t for t in d.turns if t.direction == "out"]
    flags: dict[str, Any] = {}
    priority = int(Priority.NORMAL)
    for turn in inbound:
        flags = analysis.merge_flags(flags, turn.triage)
        priority = analysis.priority_from(turn.triage, priority)
    heats = [int(t.triage.get("heat") or 0) for t in inbound if t.triage]
    status = d.status
    return Case(
        shop=shop,
        customer_id=d.customer[0],
        order_id=d.order[0] if d.order else None,
        subject=d.subject,
        status=status,
        priority=priority,
        channel=d.channel,
        assignee=d.assignee,
        heat=heats[-1] if heats else None,
        heat_trajectory=heats[-100:],
        flags=flags,
        reply_token=f"{rng.getrandbits(64):016x}",
        due_at=_due(shop, d.turns) if status == CaseStatus.OPEN else None,
        first_response_at=outs[0].at if outs else None,
        last_inbound_at=inbound[-1].at,
        last_outbound_at=outs[-1].at if outs else None,
        created_at=d.turns[0].at,
        updated_at=d.closed_at or d.turns[-1].at,
    )


def _messages(
    shop: Shop,
    owner: User,
    d: _Draft,
    domain: str,
    rng: random.Random,
    outbound: list[OutboundEmail],
) -> list[tuple[_Draft, _Turn, Message]]:
    case = d.case
    assert case is not None
    customer_id, name, email, phone = d.customer
    if d.channel == Channel.EMAIL:
        sender = email
    elif d.channel == Channel.PHONE:
        sender = phone
    else:
        sender = _visitor(shop, customer_id)
    author = d.assignee or owner
    thread: list[str] = []  # Message-IDs so far, for threading headers
    rows = []
    for k, turn in enumerate(d.turns):
        subject = d.subject if k == 0 else f"Re: {d.subject}"
        message = Message(
            shop=shop,
            case=case,
            direction=turn.direction,
            channel=d.channel,
            text=turn.text,
            created_at=turn.at,
        )
        if turn.direction == Direction.IN:
            message.sender, message.sender_name, message.subject = sender, name, subject
            message.triage = turn.triage
            if d.channel == Channel.EMAIL:
                message.external_id = f"<{rng.getrandbits(48):012x}.{case.pk}.{k}@mail.example.com>"
            elif d.channel == Channel.CHAT:
                message.external_id = f"chat-{case.pk}-{k}"
        elif turn.direction == Direction.OUT:
            message.author = author
            message.subject = subject if subject.startswith("Re:") else f"Re: {subject}"
            if d.channel == Channel.EMAIL:
                email_row = OutboundEmail(
                    shop=shop,
                    stream=case_stream(case.pk),
                    to=email,
                    from_address=shop.from_address,
                    subject=message.subject,
                    body_text=turn.text,
                    body_html=render_html(turn.text),
                    headers={"In-Reply-To": thread[-1]} if thread else {},
                    message_id=f"<{rng.getrandbits(48):012x}.{case.pk}.{k}@{domain}>",
                    state=State.SENT,
                    attempts=1,
                    next_attempt_at=turn.at,
                    sent_at=turn.at + timedelta(seconds=rng.randint(2, 90)),
                    created_at=turn.at,
                )
                outbound.append(email_row)
                message.outbound = email_row
                message.external_id = email_row.message_id
        else:
            message.author = author
        if turn.direction != Direction.NOTE and d.channel == Channel.EMAIL:
            message.in_reply_to = thread[-1] if thread else ""
            message.references = " ".join(thread[-20:])
            thread.append(message.external_id)
        rows.append((d, turn, message))
    return rows


def _events(
    shop: Shop, owner: User, d: _Draft, rows: list[tuple[_Turn, Message]]
) -> list[NewEvent]:
    """The case's record, in the order things happened."""
    case = d.case
    assert case is not None
    stream = case_stream(case.pk)
    first = rows[0][1]
    timed: list[tuple[datetime, int, NewEvent]] = [
        (
            first.created_at,
            0,
            NewEvent(
                shop_id=shop.pk,
                stream=stream,
                kind="case.created",
                actor="customer",
                occurred_at=first.created_at,
                data={
                    "customer_id": case.customer_id,
                    "channel": d.channel,
                    "subject": first.subject,
                    "order_id": case.order_id,
                },
            ),
        )
    ]
    if d.assignee is not None and d.assigned_at is not None:
        timed.append(
            (
                d.assigned_at,
                1,
                NewEvent(
                    shop_id=shop.pk,
                    stream=stream,
                    kind="case.assigned",
                    actor=owner,
                    occurred_at=d.assigned_at,
                    data={"old": None, "new": d.assignee.pk},
                ),
            )
        )
    status = CaseStatus.OPEN
    actor: Any
    for k, (_turn, m) in enumerate(rows):
        if m.direction == Direction.IN:
            status = CaseStatus.OPEN
            kind, actor = "message.received", "customer"
            data: dict[str, Any] = {
                "message_id": m.pk,
                "channel": m.channel,
                "from": m.sender,
                "subject": m.subject,
                "text": m.text,
                "external_id": m.external_id,
            }
        elif m.direction == Direction.OUT:
            old, status = status, CaseStatus.WAITING
            kind, actor = "message.sent", m.author
            data = {"message_id": m.pk}
            if m.outbound is not None:
                data.update(outbound_id=m.outbound.pk, to=m.outbound.to)
            else:
                data.update(channel=m.channel)
            data.update(subject=m.subject, text=m.text, status=[old, status])
        else:
            kind, actor = "note.added", m.author
            data = {"message_id": m.pk, "text": m.text}
        timed.append(
            (
                m.created_at,
                2 + k,
                NewEvent(shop.pk, stream, kind, actor, data, occurred_at=m.created_at),
            )
        )
    if d.closed_at is not None:
        timed.append(
            (
                d.closed_at,
                len(rows) + 2,
                NewEvent(
                    shop.pk,
                    stream,
                    "case.status_changed",
                    d.assignee or owner,
                    {"old": status, "new": case.status},
                    occurred_at=d.closed_at,
                ),
            )
        )
    timed.sort(key=lambda t: (t[0], t[1]))
    return [e for _, _, e in timed]
