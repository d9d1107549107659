"""Hot reads compiled to SQL once per process.

Building and compiling a queryset costs more CPU than PostgreSQL spends answering it: on a shop
page about 0.6 ms of ORM work per query against 0.1–0.2 ms in the database. The pages a seller
opens all day (an order, a case, and the membership check before either) run the same few
queries with different values, so :class:`Compiled` has Django compile each one once — the SQL,
its columns, joins and converters are all Django's — and afterwards only binds the new values,
runs the SQL and builds the model instances exactly as Django's own ``ModelIterable`` does.

The parameters of the compiled SQL are matched to the values the query was built with. Only when
each parameter is one of those values, unambiguously, is the plan kept; otherwise (two equal
values, a value the database adapter rewrites, a list whose length varies) the query simply runs
through the ORM every time, so a plan can never bind a value to the wrong placeholder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import (  # type: ignore[attr-defined]
    FlatValuesListIterable,
    ModelIterable,
    ValuesListIterable,
    _get_from_db,
    get_related_populators,
)

# What a plan can build: model instances (with ``select_related``), and ``values_list`` rows.
_KINDS: dict[type, str] = {
    ModelIterable: "models",
    ValuesListIterable: "tuples",
    FlatValuesListIterable: "flat",
}


@dataclass(frozen=True)
class _Plan:
    sql: str
    order: tuple[int, ...]  # for each SQL parameter, the index of the value bound to it
    kind: str  # "models", "tuples" or "flat"
    compiler: Any
    fetch_mode: Any


class Compiled[M]:
    """``Compiled(build)(*values)`` is ``list(build(*values))``, compiled once per database.

    ``build`` must return a queryset of the same shape for any values (the values only fill
    its filters: no branching on them, no lists of varying length) and must not depend on
    anything but its arguments. Model instances (``select_related`` included) and plain or
    flat ``values_list`` rows are built from the plan; any other queryset (annotations,
    ``values()`` dicts, extra columns) runs through the ORM every time.
    """

    def __init__(self, build: Callable[..., QuerySet[Any, M]]) -> None:
        self._build = build
        self._plans: dict[str, _Plan | None] = {}
        self._lock = threading.Lock()
        self.__doc__ = build.__doc__

    def __call__(self, *values: Any) -> list[M]:
        queryset = None
        alias = "default"
        plan = self._plans.get(alias)
        if plan is None:
            queryset = self._build(*values)
            alias = queryset.db
            plan = self._plans.get(alias) or self._compile(queryset, values)
            if plan is None:  # this call's values cannot be told apart: the ORM's own way
                return list(queryset)
        return self._run(plan, alias, values)

    def _compile(self, queryset: QuerySet[Any, M], values: Sequence[Any]) -> _Plan | None:
        query = queryset.query
        kind = _KINDS.get(queryset._iterable_class)  # type: ignore[attr-defined]
        if kind is None or query.extra_select or query.annotation_select:
            return None
        compiler = query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        order = _placement(params, values)
        if order is None:
            return None
        plan = _Plan(sql, order, kind, compiler, queryset._fetch_mode)  # type: ignore[attr-defined]
        with self._lock:
            self._plans.setdefault(queryset.db, plan)
        return plan

    def _run(self, plan: _Plan, alias: str, values: Sequence[Any]) -> list[M]:
        compiler = plan.compiler
        with connections[alias].cursor() as cursor:
            cursor.execute(plan.sql, [values[i] for i in plan.order])
            rows = cursor.fetchall()
        if not rows:
            return []
        if plan.kind == "tuples":
            return list(compiler.results_iter([rows], tuple_expected=True))
        if plan.kind == "flat":
            return [row[0] for row in compiler.results_iter([rows])]
        select, klass_info = compiler.select, compiler.klass_info
        model_cls = klass_info["model"]
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        init_list = [f[0].target.attname for f in select[start:end]]
        from_db = _get_from_db(model_cls, plan.fetch_mode)
        populators = get_related_populators(klass_info, select, alias, plan.fetch_mode)
        found = []
        for row in compiler.results_iter([rows]):
            obj = from_db(alias, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            found.append(obj)
        return found


def _placement(params: Sequence[Any], values: Sequence[Any]) -> tuple[int, ...] | None:
    """For each parameter the index of the one value it equals, or None when any parameter
    equals none or several of them (or a value is left unused)."""
    order = []
    for param in params:
        matches = [i for i, v in enumerate(values) if type(v) is type(param) and v == param]
        if len(matches) != 1:
            return None
        order.append(matches[0])
    if sorted(set(order)) != list(range(len(values))):
        return None
    return tuple(order)
