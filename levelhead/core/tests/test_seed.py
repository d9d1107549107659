"""`levelhead seed`: bulk-made shops and orders whose record verifies like the services' own."""

from __future__ import annotations

import itertools

import pytest
from django.core.management import call_command
from django.test import Client

from levelhead.accounts.models import Membership, Shop
from levelhead.core.bulk_seed import SEED_PASSWORD, seed, seeded_orders, shop_sizes
from levelhead.orders.models import Customer, CustomerIdentity, Order, OrderItem, Shipment
from levelhead.orders.status import ALLOWED, Status
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
    assert result.identities == CustomerIdentity.objects.count() >= result.customers
    assert result.items == OrderItem.objects.count() >= 50
    assert result.shipments == Shipment.objects.count()
    assert result.events == Event.objects.filter(stream__startswith="order:").count()
    assert sum(result.by_status.values()) == 50
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


def test_seeding_twice_is_refused():
    seed(shops=1, orders=5)
    with pytest.raises(ValueError, match="already seeded"):
        seed(shops=1, orders=5)


def test_command_seeds_and_prints_the_logins(capsys):
    call_command("seed", "--shops", "2", "--orders", "30", "--seed", "9")
    out = capsys.readouterr().out
    assert "Seeded 30 orders" in out
    assert SEED_PASSWORD in out
    assert Order.objects.count() == 30
    assert verify_all()[1] is None
