"""Telling open inbox pages that something changed (after the change has committed)."""

from __future__ import annotations

import logging

from asgiref.sync import async_to_sync
from channels.layers import InMemoryChannelLayer, get_channel_layer

log = logging.getLogger(__name__)


def shop_group(shop_id: int) -> str:
    return f"shop-{shop_id}"


def case_changed(shop_id: int, case_id: int) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    if isinstance(layer, InMemoryChannelLayer) and shop_group(shop_id) not in layer.groups:
        # Nobody in this process is listening (a worker without Redis): sending would only
        # start an event loop thread per message for nothing.
        return
    try:
        async_to_sync(layer.group_send)(
            shop_group(shop_id), {"type": "inbox.changed", "case": case_id}
        )
    except Exception:  # a live update is a nicety; the change is already saved
        log.warning("could not notify inbox pages of case %s", case_id, exc_info=True)
