import pytest

from levelhead.orders.status import (
    Status,
    TransitionError,
    check_transition,
    next_statuses,
    path_to,
)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("placed", "paid"),
        ("paid", "dispatched"),
        ("processing", "dispatched"),
        ("dispatched", "delivered"),
        ("delivered", "returned"),
        ("returned", "refunded"),
        ("paid", "cancelled"),
    ],
)
def test_allowed_transitions_pass(current, target):
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target", "reason"),
    [
        ("placed", "delivered", "only be marked delivered after it has been dispatched"),
        ("placed", "dispatched", "has not been paid yet"),
        ("delivered", "paid", "cannot go back from delivered to paid"),
        ("cancelled", "paid", "cannot change status any more"),
        ("dispatched", "cancelled", "refund or return it instead"),
        ("paid", "paid", "already paid"),
        ("placed", "refunded", "nothing to refund"),
    ],
)
def test_senseless_transitions_are_refused_with_a_reason(current, target, reason):
    with pytest.raises(TransitionError, match=reason):
        check_transition(current, target)


def test_unknown_status_is_refused():
    with pytest.raises(TransitionError, match="Unknown status"):
        check_transition("paid", "teleported")


def test_final_statuses_have_no_way_out():
    assert next_statuses("refunded") == []
    assert next_statuses("cancelled") == []


def test_path_to_walks_the_allowed_steps():
    assert path_to("placed", "delivered") == [Status.PAID, Status.DISPATCHED, Status.DELIVERED]
    assert path_to("delivered", "paid") == []
