"""The order status machine, pure Python: which stage may follow which, and why not."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PLACED = "placed"
    PAID = "paid"
    PROCESSING = "processing"
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    RETURNED = "returned"

    @property
    def label(self) -> str:
        return self.value.capitalize()


S = Status
ALLOWED: dict[Status, frozenset[Status]] = {
    S.PLACED: frozenset({S.PAID, S.CANCELLED}),
    S.PAID: frozenset({S.PROCESSING, S.DISPATCHED, S.CANCELLED, S.REFUNDED}),
    S.PROCESSING: frozenset({S.DISPATCHED, S.CANCELLED, S.REFUNDED}),
    S.DISPATCHED: frozenset({S.DELIVERED, S.RETURNED, S.REFUNDED}),
    S.DELIVERED: frozenset({S.RETURNED, S.REFUNDED}),
    S.RETURNED: frozenset({S.REFUNDED}),
    S.CANCELLED: frozenset(),
    S.REFUNDED: frozenset(),
}
# The happy path, in order: used for the customer's stage display.
PROGRESS = (S.PLACED, S.PAID, S.PROCESSING, S.DISPATCHED, S.DELIVERED)
FINAL = frozenset({S.CANCELLED, S.REFUNDED})


class TransitionError(ValueError):
    """A status change that makes no sense, with the reason in words."""


def _why_not(current: Status, target: Status) -> str:
    if current == target:
        return f"The order is already {current}."
    if current in FINAL:
        return f"The order is {current}; a {current} order cannot change status any more."
    if target == S.DELIVERED and current != S.DISPATCHED:
        return "An order can only be marked delivered after it has been dispatched."
    if target == S.DISPATCHED and current == S.PLACED:
        return "The order has not been paid yet; mark it paid before dispatching it."
    if target == S.RETURNED:
        return "Only a dispatched or delivered order can be returned."
    if target == S.CANCELLED and current in {S.DISPATCHED, S.DELIVERED, S.RETURNED}:
        return f"The order is already {current}; refund or return it instead of cancelling."
    if target == S.REFUNDED and current == S.PLACED:
        return "The order has not been paid, so there is nothing to refund; cancel it instead."
    if (
        current in PROGRESS
        and target in PROGRESS
        and PROGRESS.index(target) < PROGRESS.index(current)
    ):
        return f"An order cannot go back from {current} to {target}."
    return f"An order cannot go from {current} to {target}."


def check_transition(current: str, target: str) -> None:
    """Raise ``TransitionError`` with a reason a seller can act on if ``target`` may not follow."""
    try:
        cur, tgt = Status(current), Status(target)
    except ValueError as exc:
        raise TransitionError(f"Unknown status: {exc}") from exc
    if tgt not in ALLOWED[cur]:
        raise TransitionError(_why_not(cur, tgt))


def next_statuses(current: str) -> list[Status]:
    """The statuses an order in ``current`` may move to, in a sensible display order."""
    order = list(S)
    return sorted(ALLOWED[Status(current)], key=order.index)


def path_to(current: str, target: str) -> list[Status]:
    """The shortest chain of allowed steps from ``current`` to ``target`` (imports and webhooks
    report where an order is now, not each step); empty when it cannot be reached."""
    start, goal = Status(current), Status(target)
    frontier: list[list[Status]] = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        for nxt in sorted(ALLOWED[path[-1]], key=list(S).index):
            if nxt in seen:
                continue
            if nxt == goal:
                return [*path[1:], nxt]
            seen.add(nxt)
            frontier.append([*path, nxt])
    return []
