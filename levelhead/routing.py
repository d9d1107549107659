"""Websocket routes (live chat and live inbox updates join here)."""

websocket_urlpatterns: list = []
