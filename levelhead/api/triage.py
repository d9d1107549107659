"""Triage over the API: read customer messages, check seller drafts against an order's record."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from levelhead.conversations.facts import reply_facts
from levelhead.core.errors import LevelheadError
from levelhead.triage import analyze_many, check_reply

from .auth import shop_of
from .orders import find_order

router = Router(tags=["triage"])
MAX_TEXTS = 500


class TriageIn(Schema):
    text: str | None = Field(None, description="One message")
    texts: list[str] | None = Field(None, max_length=MAX_TEXTS, description="Or up to 500")


class CheckReplyIn(Schema):
    text: str
    order: str | None = Field(
        None,
        description="The order the draft is about (external id or number): its record is "
        "what the draft may not contradict",
    )


@router.post("/triage", summary="Analyse customer messages: heat, abuse, threats, demands, issue")
def triage(request: HttpRequest, payload: TriageIn) -> Any:
    """One Analysis for ``text``, or a list of them, in order, for ``texts``."""
    if (payload.text is None) == (payload.texts is None):
        raise LevelheadError("Send either 'text' or 'texts'.", field="text")
    if payload.text is not None:
        return analyze_many([payload.text])[0].to_dict()
    return [a.to_dict() for a in analyze_many(payload.texts or [])]


@router.post("/check-reply", summary="Check a seller's draft with the tone guard")
def check_reply_route(request: HttpRequest, payload: CheckReplyIn) -> Any:
    """The ToneReport for the draft; with ``order``, claims the record does not show are flagged.
    Another shop's order is 404, like any object this key may not see."""
    order = find_order(shop_of(request), payload.order) if payload.order else None
    return check_reply(payload.text, reply_facts(order)).to_dict()
