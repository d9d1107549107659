"""``field__among=[...]``: membership in a fixed list of codes, written into the SQL as literals.

With server-side binding (``DATABASE_PREPARED``) every value in a query is a parameter, and a
prepared statement's generic plan cannot know that ``status IN ($2, $3, $4)`` matches a partial
index whose predicate is ``status IN ('open', 'waiting', 'escalated')``. PostgreSQL then plans
such a query afresh on every execution (1–2 ms for the inbox). Written as literals, the generic
plan uses the partial index and the query is planned once per connection.

Only for the application's own fixed codes (statuses and the like), never for user input: each
value must be a short lower-case code, which also makes the quoting trivially safe.
"""

from __future__ import annotations

import re
from typing import Any

from django.db.models import CharField, Lookup

CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")


class Among(Lookup):
    lookup_name = "among"
    prepare_rhs = False

    def get_prep_lookup(self) -> Any:
        values = [str(v) for v in self.rhs]
        if not values or not all(CODE.fullmatch(v) for v in values):
            raise ValueError(
                f"__among takes a non-empty list of lower-case codes, not {self.rhs!r}"
            )
        return values

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, tuple[Any, ...]]:
        lhs, params = self.process_lhs(compiler, connection)
        literals = ", ".join(f"'{v}'" for v in self.rhs)
        return f"{lhs} IN ({literals})", tuple(params)


def register() -> None:
    CharField.register_lookup(Among)
