"""ASGI entry point: HTTP through Django, websockets through Channels (chat arrives later)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "levelhead.settings")

from channels.routing import ProtocolTypeRouter, URLRouter
from django.core.asgi import get_asgi_application

django_asgi = get_asgi_application()

from levelhead.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {"http": django_asgi, "websocket": URLRouter(websocket_urlpatterns)}
)
