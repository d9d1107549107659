"""Hot reads compiled to SQL once per process.

Building and compiling a queryset costs more CPU than PostgreSQL spends answering it: on a shop
page about 0.6 ms of ORM work per query against 0.1–0.2 ms in the database. The pages a seller
opens all day (an order, a case, and the membership check before either) run the same few
queries with different values, so :class:`Compiled` has Django compile each one once — the SQL,
its columns, joins and converters are all Django's — and afterwards only binds the new values,
runs the SQL and builds the model instances exactly as Django's own ``ModelIterable`` does.

The parameters of the compiled SQL are matched to the values the query was built with: each is
one of the values itself, or (a ``contains`` or ``startswith`` lookup) one escaped between LIKE
wildcards, which each later call writes the same way. Only when every parameter comes from one
value unambiguously is the plan kept; otherwise (two equal values, a value the lookup rewrites
in another way, a list whose length varies) the query simply runs through the ORM every time,
so a plan can never bind a value to the wrong placeholder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from weakref import ref as weak_ref

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
    order: tuple[Source, ...]  # for each SQL parameter, the value it is made from
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
        order = _placement(params, values, compiler.connection.ops.prep_for_like_query)
        if order is None:
            return None
        plan = _Plan(sql, order, kind, compiler, queryset._fetch_mode)  # type: ignore[attr-defined]
        with self._lock:
            self._plans.setdefault(queryset.db, plan)
        return plan

    def _run(self, plan: _Plan, alias: str, values: Sequence[Any]) -> list[M]:
        compiler = plan.compiler
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(plan.sql, _bind(plan.order, values, connection.ops.prep_for_like_query))
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
        found: list[Any] = []
        peers: list[Any] = []  # Django's FETCH_PEERS mode: one query loads a field for all
        track_peers = plan.fetch_mode.track_peers
        for row in compiler.results_iter([rows]):
            obj = from_db(alias, init_list, row[start:end])
            if track_peers:
                peers.append(weak_ref(obj))
                obj._state.peers = peers
            for populator in populators:
                populator.populate(row, obj)
            found.append(obj)
        return found


# How a LIKE lookup writes its value into a parameter: (prefix, suffix) around the escaped value.
_LIKE_FORMS = (("%", "%"), ("", "%"), ("%", ""))

# A parameter's source: (index of the value, LIKE prefix and suffix or None for the value itself).
Source = tuple[int, tuple[str, str] | None]


def _placement(
    params: Sequence[Any], values: Sequence[Any], escape: Callable[[str], str] = str
) -> tuple[Source, ...] | None:
    """For each parameter the one value it was made from — the value itself, or (for
    ``contains``, ``startswith``, ``endswith`` and their case-insensitive forms) the value
    escaped (``escape``, the database's own) between the LIKE wildcards — or None when any
    parameter was made from none or several of them, or a value is left unused."""
    order: list[Source] = []
    for param in params:
        matches: list[Source] = [
            (i, None) for i, v in enumerate(values) if type(v) is type(param) and v == param
        ]
        if isinstance(param, str):
            matches += [
                (i, form)
                for i, v in enumerate(values)
                if isinstance(v, str)
                for form in _LIKE_FORMS
                if param == f"{form[0]}{escape(v)}{form[1]}"
            ]
        if len(matches) != 1:
            return None
        order.append(matches[0])
    if sorted({i for i, _ in order}) != list(range(len(values))):
        return None
    return tuple(order)


def _bind(order: tuple[Source, ...], values: Sequence[Any], escape: Callable[[str], str]) -> list:
    return [
        values[i] if like is None else f"{like[0]}{escape(values[i])}{like[1]}" for i, like in order
    ]
