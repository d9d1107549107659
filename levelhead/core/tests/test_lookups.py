"""``__among``: a fixed list of codes written into the SQL, so prepared statements can use the
partial indexes that name the same list."""

import pytest
from django.db import connection

from levelhead.conversations.models import Case, CaseStatus
from levelhead.conversations.selectors import ACTIVE
from levelhead.orders.models import Order
from levelhead.orders.status import Status


def test_among_writes_the_codes_into_the_sql_and_filters_like_in(cast):
    query = Order.objects.filter(status__among=[Status.PAID, Status.PLACED])
    sql, params = query.query.sql_with_params()
    assert "IN ('paid', 'placed')" in sql and "paid" not in [str(p) for p in params]
    assert set(query) == set(Order.objects.filter(status__in=["paid", "placed"]))
    assert cast.order_a in query


@pytest.mark.parametrize("bad", [[], ["open'; DROP TABLE x; --"], ["Open"], [None], ["a b"]])
def test_among_refuses_anything_but_lower_case_codes(db, bad):
    with pytest.raises(ValueError, match="lower-case codes"):
        list(Case.objects.filter(status__among=bad))


@pytest.mark.postgres_only
def test_a_prepared_inbox_query_uses_the_partial_index_in_its_generic_plan(cast):
    """With every value a parameter, a generic plan cannot use ``case_queue`` (its predicate
    names the active statuses), so PostgreSQL would plan the query again on every execution."""
    order = ("-priority", "due_at", "-updated_at")
    mine = Case.objects.filter(shop=cast.shop_a, status__among=ACTIVE, assignee=cast.owner)
    plain = Case.objects.filter(shop=cast.shop_a, status__in=ACTIVE, assignee=cast.owner)

    with connection.cursor() as cursor:  # only the partial index left to choose (rolled back)
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'conversations_case'"
            " AND indexname <> 'case_queue' AND indexname NOT LIKE '%%pkey'"
            " AND indexdef NOT LIKE 'CREATE UNIQUE%%'"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{name}"')

    def generic_plan(queryset) -> str:
        sql, params = queryset.query.sql_with_params()
        numbered = sql % tuple(f"${i + 1}" for i in range(len(params)))
        types = ", ".join("bigint" if isinstance(p, int) else "text" for p in params)
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table: force an index
            cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan")
            cursor.execute(f"PREPARE probe ({types}) AS {numbered}")
            try:
                values = ", ".join(str(p) if isinstance(p, int) else f"'{p}'" for p in params)
                cursor.execute(f"EXPLAIN EXECUTE probe ({values})")
                return "\n".join(row[0] for row in cursor.fetchall())
            finally:
                cursor.execute("DEALLOCATE probe")

    assert "case_queue" in generic_plan(mine.order_by(*order).values_list("pk")[:50])
    assert "case_queue" not in generic_plan(plain.order_by(*order).values_list("pk")[:50])
    assert CaseStatus.OPEN in ACTIVE
