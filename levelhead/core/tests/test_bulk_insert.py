"""Inserts without the ORM's per-object work: the same rows ``save()`` and ``bulk_create`` write."""

from django.db import transaction

from levelhead.conversations.models import Case, InboundRaw
from levelhead.core.bulk_insert import insert_object, insert_objects
from levelhead.orders.models import Customer


def raw(shop, key):
    return InboundRaw(shop=shop, channel="email", source="test", external_key=key, body=b"x")


def test_insert_object_gives_the_row_its_key(cast):
    first = raw(cast.shop_a, "k1")
    assert insert_object(first) is True
    stored = InboundRaw.objects.get(pk=first.pk)
    assert (bytes(stored.body), stored.external_key, stored.shop_id) == (b"x", "k1", cast.shop_a.pk)
    assert not first._state.adding


def test_a_duplicate_is_skipped_and_the_transaction_stays_usable(cast):
    with transaction.atomic():
        assert insert_object(raw(cast.shop_a, "k1"))
        again = raw(cast.shop_a, "k1")
        assert insert_object(again) is False and again.pk is None
        assert insert_object(raw(cast.shop_a, "k2"))  # no savepoint was needed
    assert InboundRaw.objects.count() == 2


def test_insert_objects_fills_keys_to_objects_saved_after_they_were_assigned(cast):
    customer = Customer(shop=cast.shop_a, name="Ada", email="ada@example.test")
    cases = [Case(shop=cast.shop_a, customer=customer, subject=f"s{n}") for n in range(3)]
    with transaction.atomic():
        insert_objects([customer])
        insert_objects(cases)
    assert [c.pk for c in cases] == sorted(c.pk for c in cases)
    assert list(Case.objects.order_by("pk").values_list("subject", "customer_id")) == [
        (f"s{n}", customer.pk) for n in range(3)
    ]
