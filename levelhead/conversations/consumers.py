"""Live inbox: a websocket per open inbox page, told when a case of its shop changes."""

from __future__ import annotations

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from levelhead.accounts.models import Membership

from .notify import shop_group


class InboxConsumer(AsyncWebsocketConsumer):
    group = ""

    async def connect(self) -> None:
        user = self.scope.get("user")
        slug = self.scope["url_route"]["kwargs"]["slug"]
        shop_id = await self._shop_of_member(user, slug)
        if shop_id is None:
            await self.close(code=4404)
            return
        self.group = shop_group(shop_id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def inbox_changed(self, event: dict) -> None:  # type: ignore[type-arg]
        # An out-of-band swap the page ignores except as a signal to reload its list.
        case = int(event["case"])
        await self.send(
            text_data=f'<div id="inbox-signal" hx-swap-oob="true" data-case="{case}"></div>'
        )

    @database_sync_to_async
    def _shop_of_member(self, user, slug: str) -> int | None:  # type: ignore[no-untyped-def]
        if user is None or not user.is_authenticated:
            return None
        membership = Membership.objects.filter(user=user, shop__slug=slug).first()
        return membership.shop_id if membership else None
