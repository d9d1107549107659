"""`levelhead seed`: bulk-made shops, orders, cases and messages whose record verifies like the
services' own, and whose cases read as the ingest pipeline and the case services leave them."""

from __future__ import annotations

import itertools

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from levelhead.accounts.models import Membership, Role, Shop
from levelhead.conversations import analysis, sla
from levelhead.conversations.models import Case, CaseStatus, Direction, Message, Priority
from levelhead.core.bulk_seed import (
    SEED_PASSWORD,
    seed,
    seeded_cases,
    seeded_orders,
    shop_sizes,
)
from levelhead.core.bulk_seed_cases import message_counts
from levelhead.orders.models import Customer, CustomerIdentity, Order, OrderItem, Shipment
from levelhead.orders.status import ALLOWED, Status
from levelhead.outbox.models import OutboundEmail, State
from levelhead.records.models import Event
from levelhead.records.services import verify_all

pytestmark = pytest.mark.django_db(transaction=True)


def test_small_seed_makes_the_expected_rows_and_a_valid_chain():
    result = seed(shops=2, orders=50, seed=3, batch=20)

    assert Shop.objects.filter(slug__startswith="seed-shop-").count() == 2
    assert result.orders == Order.objects.count() == seeded_orders() == 50
    assert [Order.objects.filter(shop__slug=f"seed-shop-{i}").count() for i in (1, 2)] == (
        shop_sizes(2, 50)
    )
    assert result.customers == Customer.objects.count()
    # Each customer's email (and some phones); chat visitor ids come with the cases.
    assert result.identities + result.cases.identities == CustomerIdentity.objects.count()
    assert result.identities >= result.customers
    assert result.items == OrderItem.objects.count() >= 50
    assert result.shipments == Shipment.objects.count()
    assert result.events == Event.objects.filter(stream__startswith="order:").count()
    assert sum(result.by_status.values()) == 50
    # Half as many cases as orders, five messages a case, unless told otherwise.
    assert result.cases.cases == Case.objects.count() == 25
    assert result.cases.messages == Message.objects.count() == 125
    assert seeded_cases() == (25, 125)
    assert [Case.objects.filter(shop__slug=f"seed-shop-{i}").count() for i in (1, 2)] == (
        shop_sizes(2, 25)
    )
    assert result.outbound + result.cases.outbound == OutboundEmail.objects.count()
    assert result.outbound == OutboundEmail.objects.filter(stream__startswith="order:").count() > 0
    assert result.cases.events == Event.objects.filter(stream__startswith="case:").count()
    checked, broken = verify_all()
    assert broken is None
    assert checked == Event.objects.count()


def test_every_order_has_its_history_in_the_record():
    seed(shops=1, orders=40, seed=5)
    for order in Order.objects.prefetch_related("shipments"):
        events = list(Event.objects.filter(stream=f"order:{order.pk}").order_by("seq"))
        assert events[0].kind == "order.created"
        assert events[0].data["number"] == order.number
        changes = [e.data for e in events if e.kind == "order.status_changed"]
        walked = [Status.PLACED] + [Status(c["new"]) for c in changes]
        assert walked[-1] == order.status
        for before, after in itertools.pairwise(walked):
            assert after in ALLOWED[before], (order.number, walked)
        # Every message the seller sent is an email in the outbox, sent, and its delivery recorded.
        told = [c["message"] for c in changes if "message" in c]
        emails = {e.pk: e for e in OutboundEmail.objects.filter(stream=f"order:{order.pk}")}
        assert sorted(m["outbound_id"] for m in told) == sorted(emails)
        for m in told:
            email = emails[m["outbound_id"]]
            assert (email.to, email.subject, email.state) == (m["to"], m["subject"], "sent")
        delivered = [e.data["outbound_id"] for e in events if e.kind == "notification.sent"]
        assert sorted(delivered) == sorted(emails)
        shipped = [e for e in events if e.kind == "shipment.added"]
        assert [e.data["shipment_id"] for e in shipped] == [s.pk for s in order.shipments.all()]
        for shipment in order.shipments.all():
            assert shipment.tracking_number and shipment.dispatched_at


def test_owners_can_log_in_and_see_their_shop_only():
    seed(shops=2, orders=10, seed=1, password="bench-password-1")
    assert Membership.objects.get(user__username="owner1").shop.slug == "seed-shop-1"
    client = Client()
    response = client.post("/login/", {"username": "owner1", "password": "bench-password-1"})
    assert response.status_code == 302
    assert client.get("/shops/seed-shop-1/orders/").status_code == 200
    assert client.get("/shops/seed-shop-2/orders/").status_code == 404
    mine = Case.objects.filter(shop__slug="seed-shop-1").first()
    theirs = Case.objects.filter(shop__slug="seed-shop-2").first()
    assert mine is not None and theirs is not None
    assert client.get("/shops/seed-shop-1/inbox/?view=resolved").status_code == 200
    assert client.get(f"/shops/seed-shop-1/inbox/cases/{mine.pk}/").status_code == 200
    assert client.get(f"/shops/seed-shop-2/inbox/cases/{theirs.pk}/").status_code == 404
    agent = Client()
    response = agent.post("/login/", {"username": "agent1-1", "password": "bench-password-1"})
    assert response.status_code == 302
    assert agent.get(f"/shops/seed-shop-1/inbox/cases/{mine.pk}/").status_code == 200


def test_seeding_twice_is_refused():
    seed(shops=1, orders=5)
    with pytest.raises(ValueError, match="already seeded"):
        seed(shops=1, orders=5)


def test_command_seeds_and_prints_the_logins(capsys):
    call_command("seed", "--shops", "2", "--orders", "30", "--seed", "9")
    out = capsys.readouterr().out
    assert "Seeded 30 orders" in out
    assert "Seeded 15 cases with 75 messages" in out
    assert SEED_PASSWORD in out
    assert Order.objects.count() == 30
    assert verify_all()[1] is None


def test_message_counts_add_up_with_one_at_least_per_case():
    import random

    counts = message_counts(1000, 5000, random.Random(1))
    assert len(counts) == 1000 and sum(counts) == 5000 and min(counts) == 1
    assert max(counts) > 10  # a few long threads


def test_cases_belong_to_their_shops_customers_and_orders():
    seed(shops=2, orders=120, cases=80, messages=300, seed=7, batch=50)
    assert Case.objects.count() == 80 and Message.objects.count() == 300
    with_order = 0
    for case in Case.objects.select_related("customer", "order", "assignee"):
        assert case.customer.shop_id == case.shop_id
        if case.order is not None:
            with_order += 1
            assert case.order.shop_id == case.shop_id
            assert case.order.customer_id == case.customer_id
            assert case.created_at >= case.order.placed_at
        if case.assignee is not None:
            assert Membership.objects.filter(shop=case.shop, user=case.assignee).exists()
        assert set(case.messages.values_list("shop_id", flat=True)) == {case.shop_id}
    assert with_order >= 60  # mostly about an order
    # Agents besides the owner, and both among the assignees.
    assert Membership.objects.filter(role=Role.AGENT).count() >= 2
    assert Case.objects.exclude(assignee=None).exclude(assignee__username__startswith="agent")
    assert Case.objects.filter(assignee__username__startswith="agent").exists()
    assert set(Case.objects.values_list("status", flat=True)) >= {"resolved", "open", "waiting"}
    assert set(Message.objects.values_list("direction", flat=True)) == {"in", "out", "note"}


def test_case_fields_are_what_their_messages_made_them():
    seed(shops=1, orders=150, cases=60, messages=240, seed=11)
    shop = Shop.objects.get()
    for case in Case.objects.all():
        messages = list(case.messages.order_by("created_at", "id"))
        inbound = [m for m in messages if m.direction == Direction.IN]
        outs = [m for m in messages if m.direction == Direction.OUT]
        spoken = [m for m in messages if m.direction != Direction.NOTE]
        assert messages[0].direction == Direction.IN
        assert case.created_at == messages[0].created_at
        # As the ingest pipeline folds the triage of each customer message.
        flags: dict = {}
        priority = int(Priority.NORMAL)
        for m in inbound:
            assert m.triage is not None
            for span in m.triage["spans"]:
                assert m.text[span["start"] : span["end"]] == span["text"]
            flags = analysis.merge_flags(flags, m.triage)
            priority = analysis.priority_from(m.triage, priority)
        assert case.flags == flags
        assert case.priority == priority
        heats = [(m.triage or {})["heat"] for m in inbound]
        assert case.heat == heats[-1]
        assert case.heat_trajectory == heats
        assert case.last_inbound_at == inbound[-1].created_at
        assert case.first_response_at == (outs[0].created_at if outs else None)
        assert case.last_outbound_at == (outs[-1].created_at if outs else None)
        # Open: the customer waits for a reply, due as sla counts it; waiting: the shop replied.
        if case.status == CaseStatus.OPEN:
            assert spoken[-1].direction == Direction.IN
            since = next(
                m for i, m in enumerate(spoken) if all(n.direction == "in" for n in spoken[i:])
            )
            minutes = shop.next_response_minutes if outs else shop.first_response_minutes
            assert case.due_at == sla.due_at(
                since.created_at, minutes, shop.business_hours, shop.timezone, shop.holidays
            )
        else:
            assert case.due_at is None
        if case.status == CaseStatus.WAITING:
            assert spoken[-1].direction == Direction.OUT
        for m in outs:
            assert m.author is not None
            if m.channel == "email":
                assert m.outbound is not None and m.outbound.state == State.SENT
                assert m.outbound.to == case.customer.email
                assert m.external_id == m.outbound.message_id


def test_each_case_has_its_record_in_message_order():
    seed(shops=1, orders=60, cases=30, messages=120, seed=2)
    for case in Case.objects.all():
        events = list(Event.objects.filter(stream=f"case:{case.pk}").order_by("seq"))
        assert events[0].kind == "case.created"
        assert events[0].data["order_id"] == case.order_id
        said = [
            e.data["message_id"]
            for e in events
            if e.kind in {"message.received", "message.sent", "note.added"}
        ]
        assert said == list(case.messages.order_by("created_at", "id").values_list("pk", flat=True))
        times = [e.occurred_at for e in events]
        assert times == sorted(times)
        if case.status in {CaseStatus.RESOLVED, CaseStatus.ESCALATED}:
            assert events[-1].kind == "case.status_changed"
            assert events[-1].data["new"] == case.status
        assigned = [e.data["new"] for e in events if e.kind == "case.assigned"]
        assert assigned == ([case.assignee_id] if case.assignee_id else [])
    assert verify_all()[1] is None


def test_cases_can_be_added_to_a_seed_without_them(capsys):
    seed(shops=2, orders=40, cases=0)
    assert Case.objects.count() == 0
    call_command("seed", "--add-cases", "--cases", "12", "--messages", "30", "--seed", "4")
    assert "Seeded 12 cases with 30 messages" in capsys.readouterr().out
    assert seeded_cases() == (12, 30)
    assert verify_all()[1] is None
    with pytest.raises(CommandError, match="already have cases"):
        call_command("seed", "--add-cases", "--cases", "5")


def test_fewer_messages_than_cases_is_refused():
    with pytest.raises(CommandError, match="at least --cases"):
        call_command("seed", "--orders", "10", "--cases", "5", "--messages", "4")
