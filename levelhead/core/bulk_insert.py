"""Bulk INSERTs without building model instances: for imports and seeding, where the ORM's
per-object work (not the database) is what limits the rate.

Values are given as plain Python values in the order of ``fields``. Dates, decimals and JSON go
through the field's own ``get_db_prep_save`` (aware datetimes through a faster equivalent), so
both databases store exactly what ``save()`` would. No signals, no ``save()``, no defaults: pass
every column you need. PostgreSQL takes the rows through COPY with ids drawn from the table's
sequence; SQLite through ``executemany`` inside the caller's write transaction.

``insert_objects`` does the same for model instances built in memory (the defaults they were
made with included), and ``insert_object`` writes one with one statement, skipping it when it
would break a unique constraint: the inbound endpoint's hot path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from django.conf import settings
from django.db import connections, models, router, transaction

_NEEDS_PREP = (models.DateTimeField, models.DateField, models.DecimalField, models.JSONField)


def insert_rows(
    model: type[models.Model], fields: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """Insert ``rows`` into ``model``'s table and return their primary keys, in order. Must run
    inside a transaction (the ids are only certain while it holds the write lock)."""
    if not rows:
        return []
    alias = router.db_for_write(model)
    connection = connections[alias]
    if not transaction.get_connection(alias).in_atomic_block:
        raise RuntimeError("insert_rows must run inside a transaction")
    opts = model._meta
    concrete = [opts.get_field(name) for name in fields]
    preps = [
        (i, _prep(f, connection))
        for i, f in enumerate(concrete)
        if isinstance(f, _NEEDS_PREP) and not f.is_relation
    ]
    prepared = []
    for row in rows:
        values = list(row)
        for i, prep in preps:
            if values[i] is not None:
                values[i] = prep(values[i])
        prepared.append(values)
    quote = connection.ops.quote_name
    table, pk = quote(opts.db_table), quote(str(opts.pk.column))
    columns = ", ".join(quote(str(f.column)) for f in concrete)  # type: ignore[union-attr]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [opts.db_table, opts.pk.column, len(prepared)],
            )
            ids = sorted(r[0] for r in cursor.fetchall())
            with cursor.cursor.copy(f"COPY {table} ({pk}, {columns}) FROM STDIN") as copy:
                for pk_value, values in zip(ids, prepared, strict=True):
                    copy.write_row((pk_value, *values))
            return ids
        if connection.vendor == "sqlite":
            marks = ", ".join(["%s"] * len(concrete))
            # Only quoted names from the model and placeholders: the values travel as params.
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", prepared)  # noqa: S608
            cursor.execute("SELECT last_insert_rowid()")
            last = cursor.fetchone()[0]
            first = last - len(prepared) + 1
            # The write lock is held, so the new rows took consecutive ids; make sure.
            cursor.execute(
                f"SELECT COUNT(*) FROM {table} WHERE {pk} BETWEEN %s AND %s",  # noqa: S608
                [first, last],
            )
            if cursor.fetchone()[0] != len(prepared):
                raise RuntimeError(f"rows inserted into {table} did not take consecutive ids")
            return list(range(first, last + 1))
    raise NotImplementedError(f"insert_rows does not support {connection.vendor}")


def insert_objects(objs: Sequence[models.Model]) -> None:
    """Insert unsaved instances of one model with ``insert_rows`` (every concrete field but the
    primary key, as the instance holds it) and give each its primary key, as ``bulk_create``
    would, without compiling a multi-row statement through the ORM. No ``pre_save`` hooks:
    not for models with ``auto_now`` fields or files."""
    if not objs:
        return
    model = type(objs[0])
    for obj in objs:  # foreign keys to objects saved since they were assigned, as bulk_create
        obj._prepare_related_fields_for_save(operation_name="insert_objects")  # type: ignore[attr-defined]
    names = [f.attname for f in _insert_fields(model)]
    ids = insert_rows(model, names, [[getattr(obj, name) for name in names] for obj in objs])
    alias = router.db_for_write(model)
    for obj, pk in zip(objs, ids, strict=True):
        obj.pk = pk
        obj._state.adding = False
        obj._state.db = alias


def insert_object(obj: models.Model) -> bool:
    """Insert one unsaved instance with a single statement (every concrete field but the
    primary key, each through its field's ``get_db_prep_save``) and give it its primary key;
    when a row with the same unique values exists, write nothing and return False. No error is
    raised then, so the caller's transaction stays usable without a savepoint. No ``save()``,
    no signals, no ``pre_save`` hooks."""
    model = type(obj)
    alias = router.db_for_write(model)
    connection = connections[alias]
    fields = _insert_fields(model)
    params = [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(model, alias), params)
        row = cursor.fetchone()
    if row is None:
        return False
    obj.pk = row[0]
    obj._state.adding = False
    obj._state.db = alias
    return True


@cache
def _insert_fields(model: type[models.Model]) -> tuple[Any, ...]:
    return tuple(f for f in model._meta.concrete_fields if not f.primary_key)


@cache
def _insert_sql(model: type[models.Model], alias: str) -> str:
    quote = connections[alias].ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in _insert_fields(model))
    marks = ", ".join(["%s"] * len(_insert_fields(model)))
    # ON CONFLICT DO NOTHING (PostgreSQL 9.5, SQLite 3.24) and RETURNING (SQLite 3.35) on both
    # databases; only quoted names from the model and placeholders, the values as params.
    return (
        f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks}) "  # noqa: S608
        f"ON CONFLICT DO NOTHING RETURNING {quote(str(model._meta.pk.column))}"
    )


def _prep(field: Any, connection: Any) -> Callable[[Any], Any]:
    if isinstance(field, models.DateTimeField) and settings.USE_TZ:
        if connection.vendor == "postgresql":
            return _aware
        # Django keeps SQLite datetimes as naive UTC text: str() of the naive UTC datetime.
        return lambda value: str(_aware(value).astimezone(UTC).replace(tzinfo=None))
    if isinstance(field, models.JSONField) and connection.vendor == "postgresql":
        # COPY's text format takes the JSON document itself.
        return lambda value: json.dumps(value, cls=field.encoder)
    if isinstance(field, models.DecimalField):
        # Both drivers take a Decimal as it is (Django adds nothing for these two databases).
        return lambda value: (
            value if isinstance(value, Decimal) else field.get_db_prep_save(value, connection)
        )
    return lambda value: field.get_db_prep_save(value, connection)


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}; pass aware datetimes to insert_rows")
    return value


def update_rows(model: type[models.Model], fields: Sequence[str], objs: Sequence[Any]) -> None:
    """Write ``fields`` of ``objs`` (saved instances) back to their rows: one UPDATE statement
    sent for all of them (psycopg pipelines ``executemany`` into one round trip; SQLite runs it
    in-process). Django's ``bulk_update`` builds one CASE expression per field and row, which
    costs far more than the database work for a hundred rows. No signals, no ``save()``."""
    if not objs:
        return
    alias = router.db_for_write(model)
    connection = connections[alias]
    opts = model._meta
    concrete = [opts.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    assignments = ", ".join(f"{quote(str(f.column))} = %s" for f in concrete)  # type: ignore[union-attr]
    table, pk = quote(opts.db_table), quote(str(opts.pk.column))
    rows = [
        [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in concrete]  # type: ignore[union-attr]
        + [obj.pk]
        for obj in objs
    ]
    with connection.cursor() as cursor:
        # Only quoted names from the model and placeholders: the values travel as params.
        cursor.executemany(f"UPDATE {table} SET {assignments} WHERE {pk} = %s", rows)  # noqa: S608
