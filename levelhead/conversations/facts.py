"""Adapter: what the record shows about a case's order, as the tone guard's ``ReplyFacts``."""

from __future__ import annotations

from levelhead.orders.models import Order
from levelhead.records.models import Event
from levelhead.records.services import order_stream
from levelhead.triage import ReplyFacts, ToneReport, check_reply


def reply_facts(order: Order | None) -> ReplyFacts:
    """Dispatch, delivery, tracking, updates sent and refund, as the record has them."""
    if order is None:
        return ReplyFacts()
    shipments = list(order.shipments.all())
    dispatched = min((s.dispatched_at for s in shipments if s.dispatched_at), default=None)
    delivered = min((s.delivered_at for s in shipments if s.delivered_at), default=None)
    tracking = next((s.tracking_number for s in shipments if s.tracking_number), None)
    updates = 0
    refunded = None
    changes = Event.objects.filter(
        shop_id=order.shop_id, stream=order_stream(order.pk), kind="order.status_changed"
    ).values_list("data", "occurred_at")
    for data, at in changes:
        data = data or {}
        if data.get("message"):
            updates += 1
        new = data.get("new")
        if new == "dispatched" and dispatched is None:
            dispatched = at
        elif new == "delivered" and delivered is None:
            delivered = at
        elif new == "refunded":
            refunded = at
    return ReplyFacts(
        dispatched_at=dispatched,
        delivered_at=delivered,
        tracking_number=tracking,
        updates_sent=updates,
        refunded_at=refunded,
    )


def check_draft(text: str, order: Order | None) -> ToneReport:
    return check_reply(text, reply_facts(order))
