"""``Compiled``: a queryset compiled once, each later call binding new values — the same rows,
the same model instances, on both databases."""

from decimal import Decimal

from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext

from levelhead.accounts.models import Membership
from levelhead.core.compiled import Compiled, _placement
from levelhead.orders.models import Order
from levelhead.records.models import Event


def _membership(user_id, slug):
    return Membership.objects.select_related("user", "shop").filter(
        user_id=user_id, shop__slug=slug
    )[:1]


def _fields(obj):
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


def test_rows_and_related_objects_are_those_of_the_orm(cast):
    query = Compiled(_membership)
    for user, shop in [
        (cast.owner, cast.shop_a),
        (cast.agent, cast.shop_a),
        (cast.outsider, cast.shop_b),
    ]:
        [got] = query(user.pk, shop.slug)
        [want] = list(_membership(user.pk, shop.slug))
        assert _fields(got) == _fields(want)
        assert _fields(got.user) == _fields(want.user)  # joined rows split into their models
        assert _fields(got.shop) == _fields(want.shop)
        assert got._state.adding is False and got._state.db == "default"
    assert query(cast.outsider.pk, cast.shop_a.slug) == []  # not a member: nothing


def test_the_sql_is_compiled_once_and_then_only_run(cast, monkeypatch):
    query = Compiled(_membership)
    query(cast.owner.pk, cast.shop_a.slug)
    compiled = []
    original = SQLCompiler.as_sql

    def counted(self, *args, **kwargs):
        compiled.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", counted)
    with CaptureQueriesContext(connection) as queries:
        [membership] = query(cast.agent.pk, cast.shop_a.slug)
    assert membership.user == cast.agent
    assert compiled == [] and len(queries) == 1  # one query, no compiling


def test_converters_run_as_the_orm_runs_them(cast):
    """Dates, decimals and JSON come back as Python values on SQLite as on PostgreSQL."""
    orders = Compiled(lambda shop_id, number: Order.objects.filter(shop_id=shop_id, number=number))
    [order] = orders(cast.shop_a.pk, "A1001")
    assert order.total == Decimal("42.50") and order.placed_at.tzinfo is not None
    assert order.dispatch_by == cast.order_a.dispatch_by
    events = Compiled(
        lambda shop_id, stream: Event.objects.filter(shop_id=shop_id, stream=stream).order_by("seq")
    )
    got = events(cast.shop_a.pk, f"order:{cast.order_a.pk}")
    want = list(
        Event.objects.filter(shop_id=cast.shop_a.pk, stream=f"order:{cast.order_a.pk}").order_by(
            "seq"
        )
    )
    assert [_fields(e) for e in got] == [_fields(e) for e in want] and got
    assert isinstance(got[0].data, dict)


def test_values_that_cannot_be_told_apart_run_through_the_orm_every_time(cast):
    """Two equal values: which placeholder takes which is unknown, so no plan is kept."""
    query = Compiled(lambda a, b: Order.objects.filter(shop_id=a, customer__shop_id=b))
    assert query(cast.shop_a.pk, cast.shop_a.pk) == [cast.order_a]
    assert query._plans == {}
    assert query(cast.shop_b.pk, cast.shop_b.pk) == [cast.order_b]  # still right
    assert query(cast.shop_a.pk, cast.shop_b.pk) == []  # distinct values: now compiled
    assert query._plans and query(cast.shop_b.pk, cast.shop_a.pk) == []
    assert query(cast.shop_b.pk, cast.shop_b.pk) == [cast.order_b]


def test_placement_matches_each_parameter_to_exactly_one_value():
    assert _placement(["x", 3], [3, "x"]) == ((1, None), (0, None))
    assert _placement([3, 3], [3]) == ((0, None), (0, None))  # one value used twice
    assert _placement(["%ab%", "ab%", 2], ["ab", 2]) == ((0, ("%", "%")), (0, ("", "%")), (1, None))
    assert _placement(["%ab%"], ["ab", "%ab%"]) is None  # the value itself, or "ab" wrapped
    assert _placement([3, 3], [3, 3]) is None  # ambiguous
    assert _placement([1], [True]) is None  # 1 == True, but not the same value
    assert _placement(["x"], ["x", 5]) is None  # a value with no placeholder
    assert _placement(["2026-01-01"], [object()]) is None  # rewritten by the adapter


def test_values_list_rows_plain_and_flat(cast):
    rows = Compiled(
        lambda shop_id: (
            Order.objects.filter(shop_id=shop_id)
            .order_by("-placed_at")
            .values_list("number", "placed_at", "total")[:5]
        )
    )
    for shop in (cast.shop_a, cast.shop_b, cast.shop_a):
        want = list(
            Order.objects.filter(shop_id=shop.pk)
            .order_by("-placed_at")
            .values_list("number", "placed_at", "total")[:5]
        )
        assert rows(shop.pk) == want and want
    assert rows._plans
    numbers = Compiled(
        lambda shop_id: Order.objects.filter(shop_id=shop_id).values_list("number", flat=True)
    )
    assert numbers(cast.shop_b.pk) == ["B2001"] and numbers(cast.shop_a.pk) == ["A1001"]


def test_annotated_querysets_are_not_compiled(cast):
    from django.db.models import Count

    query = Compiled(
        lambda shop_id: Order.objects.filter(shop_id=shop_id).annotate(n=Count("items"))
    )
    [order] = query(cast.shop_a.pk)
    assert order.n == 1 and query._plans == {}


def test_like_lookups_are_compiled_and_escape_each_new_value(cast):
    """A search's value is written between wildcards; a later value with wildcards of its own
    is escaped as the ORM escapes it, so "%" finds only a literal "%"."""
    from levelhead.orders.models import Customer

    search = Compiled(
        lambda shop_id, text: Customer.objects.filter(
            shop_id=shop_id, name__icontains=text
        ).values_list("name", flat=True)
    )
    assert search(cast.shop_a.pk, "lovelace") == ["Ada Lovelace"]
    assert search._plans
    assert search(cast.shop_a.pk, "LACE") == ["Ada Lovelace"]
    assert search(cast.shop_a.pk, "%") == [] and search(cast.shop_a.pk, "_da") == []
    Customer.objects.filter(shop=cast.shop_a).update(name="100% Ada")
    assert search(cast.shop_a.pk, "0%") == ["100% Ada"]
    starts = Compiled(
        lambda shop_id, prefix: Order.objects.filter(
            shop_id=shop_id, number__istartswith=prefix
        ).values_list("number", flat=True)
    )
    assert starts(cast.shop_a.pk, "a1") == ["A1001"] and starts._plans
    assert starts(cast.shop_a.pk, "1001") == [] and starts(cast.shop_b.pk, "b") == ["B2001"]


def test_django_fetch_modes_are_kept(cast):
    """A queryset in FETCH_PEERS mode gives its instances their peers, as Django's would."""
    from django.db.models import FETCH_PEERS

    peers = Order.objects.fetch_mode(FETCH_PEERS)  # type: ignore[attr-defined]  # new in 6.1
    query = Compiled(lambda shop_id: peers.filter(shop_id=shop_id))
    query(cast.shop_a.pk)
    [order] = query(cast.shop_a.pk)
    assert [ref() for ref in order._state.peers] == [order]
