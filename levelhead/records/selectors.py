"""Reading the record."""

from django.db.models import QuerySet

from .models import Event


def stream_events(shop_id: int, stream: str) -> QuerySet[Event]:
    return Event.objects.filter(shop_id=shop_id, stream=stream).order_by("seq")
