"""Per-request time zone: every request starts in UTC; a shop page switches to the shop's zone."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone


class ShopTimezoneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # Threads are reused between requests; a zone left active by the last one must not leak.
        timezone.deactivate()
        return self.get_response(request)


def activate_shop_timezone(tz_name: str) -> None:
    """Render the rest of this request's dates in the shop's zone."""
    from zoneinfo import ZoneInfo

    timezone.activate(ZoneInfo(tz_name))
