"""Every change to a case: replies, notes, assignment, status, relinking. Atomic and recorded."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.html import linebreaks

from levelhead.core import clock
from levelhead.core.errors import LevelheadError
from levelhead.outbox.services import queue_email
from levelhead.records.services import append_event

from . import notify, sla
from .ingest import case_stream
from .models import Case, CaseStatus, Channel, Direction, Message


def render_html(text: str) -> str:
    """The reply as simple HTML beside the plain text: paragraphs and line breaks, all escaped."""
    return f'<div style="font-family: sans-serif; line-height: 1.45">{linebreaks(text)}</div>'


def _locked(case: Case) -> Case:
    return Case.objects.select_for_update().select_related("shop", "customer").get(pk=case.pk)


def _recorded(locked: Case, kind: str, actor: Any, data: dict[str, Any]) -> None:
    """Record a change of the case (in the caller's transaction) and, once it commits, tell the
    open inbox pages of its shop."""
    append_event(shop=locked.shop, stream=case_stream(locked.pk), kind=kind, actor=actor, data=data)
    transaction.on_commit(lambda: notify.case_changed(locked.shop_id, locked.pk))


def _reply_to(shop: Any, token: str) -> str:
    """The shop's address with the case's token (plus addressing): a reply finds its case even
    when the customer's mail program drops the threading headers."""
    if not shop.sender_email:
        return ""
    local, _, domain = shop.sender_email.partition("@")
    return f"{local}+{token}@{domain}"


def reply(case: Case, text: str, *, actor: Any, subject: str = "") -> Message:
    """Send a reply on the case's channel (email now; chat joins later) and record it."""
    if not text.strip():
        raise LevelheadError("The reply is empty.", field="text")
    with transaction.atomic():
        locked = _locked(case)
        if not locked.customer.email:
            raise LevelheadError("This customer has no email address to reply to.")
        last_in = (
            Message.objects.filter(case=locked, direction=Direction.IN)
            .exclude(external_id="")
            .order_by("-created_at")
            .first()
        )
        headers: dict[str, str] = {}
        if last_in is not None:
            references = [*last_in.references.split(), last_in.external_id][-20:]
            headers["In-Reply-To"] = last_in.external_id
            headers["References"] = " ".join(references)
        if reply_to := _reply_to(locked.shop, locked.reply_token):
            headers["Reply-To"] = reply_to
        base = subject or locked.subject or "Your message"
        subject_line = base if base.lower().startswith("re:") else f"Re: {base}"
        outbound = queue_email(
            shop=locked.shop,
            to=locked.customer.email,
            subject=subject_line,
            body_text=text,
            body_html=render_html(text),
            stream=case_stream(locked.pk),
            headers=headers,
        )
        now = clock.now()
        message = Message.objects.create(
            shop=locked.shop,
            case=locked,
            direction=Direction.OUT,
            channel=Channel.EMAIL,
            author=actor,
            subject=subject_line,
            text=text,
            external_id=outbound.message_id,
            in_reply_to=headers.get("In-Reply-To", ""),
            references=headers.get("References", ""),
            outbound=outbound,
            created_at=now,
        )
        old_status = locked.status
        locked.first_response_at = locked.first_response_at or now
        locked.last_outbound_at = now
        locked.due_at = None
        if locked.status == CaseStatus.OPEN:
            locked.status = CaseStatus.WAITING
        locked.updated_at = now
        locked.save()
        _recorded(
            locked,
            "message.sent",
            actor,
            {
                "message_id": message.pk,
                "outbound_id": outbound.pk,
                "to": outbound.to,
                "subject": subject_line,
                "text": text,
                "status": [old_status, locked.status],
            },
        )
    return message


def add_note(case: Case, text: str, *, actor: Any) -> Message:
    """An internal note on the case, for the team only."""
    if not text.strip():
        raise LevelheadError("The note is empty.", field="text")
    with transaction.atomic():
        locked = _locked(case)
        message = Message.objects.create(
            shop=locked.shop,
            case=locked,
            direction=Direction.NOTE,
            channel=locked.channel,
            author=actor,
            text=text.strip(),
        )
        append_event(
            shop=locked.shop,
            stream=case_stream(locked.pk),
            kind="note.added",
            actor=actor,
            data={"message_id": message.pk, "text": message.text},
        )
    return message


def assign(case: Case, assignee: Any, *, actor: Any) -> Case:
    """Give the case to a member of its shop (or to nobody)."""
    with transaction.atomic():
        locked = _locked(case)
        if assignee is not None and not locked.shop.memberships.filter(user=assignee).exists():
            raise LevelheadError("That person is not in this shop.", field="assignee")
        old = locked.assignee_id
        new = assignee.pk if assignee is not None else None
        if old == new:
            return locked
        locked.assignee_id = new
        locked.updated_at = clock.now()
        locked.save(update_fields=["assignee", "updated_at"])
        _recorded(locked, "case.assigned", actor, {"old": old, "new": new})
    return locked


def set_status(case: Case, status: str, *, actor: Any) -> Case:
    """Open, waiting on the customer, resolved (escalation has its own flow later)."""
    if status not in {CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.RESOLVED}:
        raise LevelheadError(f"A case cannot be set to {status!r} here.", field="status")
    with transaction.atomic():
        locked = _locked(case)
        old = locked.status
        if old == status:
            return locked
        now = clock.now()
        locked.status = status
        if status in (CaseStatus.WAITING, CaseStatus.RESOLVED):
            # Nothing is due from the shop now; the customer's next message sets a fresh
            # target (it kept the old one, and a case set waiting by hand came back overdue).
            locked.due_at = None
        elif locked.due_at is None:  # reopened by hand: due again, as a new message would be
            shop = locked.shop
            minutes = (
                shop.first_response_minutes
                if locked.first_response_at is None
                else shop.next_response_minutes
            )
            locked.due_at = sla.due_at(
                now, minutes, shop.business_hours, shop.timezone, shop.holidays
            )
        locked.updated_at = now
        locked.save(update_fields=["status", "due_at", "updated_at"])
        _recorded(locked, "case.status_changed", actor, {"old": old, "new": status})
    return locked


def link_order(case: Case, order: Any, *, actor: Any) -> Case:
    """The agent relinks the case to another order of the same shop (or to none)."""
    with transaction.atomic():
        locked = _locked(case)
        if order is not None and order.shop_id != locked.shop_id:
            raise LevelheadError("No such order in this shop.", field="order")
        old = locked.order_id
        if old == (order.pk if order else None):
            return locked
        locked.order = order
        locked.save(update_fields=["order"])
        append_event(
            shop=locked.shop,
            stream=case_stream(locked.pk),
            kind="case.order_linked",
            actor=actor,
            data={"old": old, "new": order.pk if order else None},
        )
    return locked
