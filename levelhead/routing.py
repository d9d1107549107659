"""Websocket routes (live chat joins here)."""

from django.urls import path

from levelhead.conversations.consumers import InboxConsumer

websocket_urlpatterns = [
    path("ws/shops/<slug:slug>/inbox/", InboxConsumer.as_asgi()),
]
