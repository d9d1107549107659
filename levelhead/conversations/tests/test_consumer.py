import pytest
from asgiref.sync import async_to_sync, sync_to_async
from asgiref.testing import ApplicationCommunicator
from channels.routing import URLRouter
from django.contrib.auth.models import AnonymousUser

from levelhead.conversations import notify
from levelhead.routing import websocket_urlpatterns


class Socket(ApplicationCommunicator):
    """A websocket client speaking plain ASGI to the app (channels' helper needs daphne)."""

    async def receive_from(self, timeout: float = 1) -> str:
        return (await self.receive_output(timeout))["text"]

    async def disconnect(self) -> None:
        await self.send_input({"type": "websocket.disconnect", "code": 1000})
        await self.wait(1)


async def connect(user, slug):
    path = f"/ws/shops/{slug}/inbox/"
    scope = {
        "type": "websocket",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [],
        "subprotocols": [],
        "user": user,
    }
    socket = Socket(URLRouter(websocket_urlpatterns), scope)
    await socket.send_input({"type": "websocket.connect"})
    reply = await socket.receive_output(2)
    return socket, reply["type"] == "websocket.accept", reply.get("code")


@pytest.mark.django_db(transaction=True)
def test_member_gets_told_when_a_case_changes(cast):
    async def scenario():
        communicator, connected, _ = await connect(cast.agent, cast.shop_a.slug)
        assert connected
        # What the services call after a commit, from sync code, as they do.
        await sync_to_async(notify.case_changed)(cast.shop_a.pk, 42)
        message = await communicator.receive_from(timeout=2)
        await communicator.disconnect()
        return message

    message = async_to_sync(scenario)()
    assert 'id="inbox-signal"' in message and 'data-case="42"' in message


@pytest.mark.django_db(transaction=True)
def test_strangers_and_anonymous_visitors_are_turned_away(cast):
    async def scenario():
        _, stranger, code = await connect(cast.outsider, cast.shop_a.slug)
        _, anonymous, _ = await connect(AnonymousUser(), cast.shop_a.slug)
        return stranger, code, anonymous

    stranger, code, anonymous = async_to_sync(scenario)()
    assert not stranger and code == 4404
    assert not anonymous


def test_nothing_is_sent_when_nobody_listens(cast, monkeypatch):
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    sent = []
    monkeypatch.setattr(layer, "group_send", lambda *a, **k: sent.append(a))
    notify.case_changed(cast.shop_a.pk, 1)
    assert sent == []
