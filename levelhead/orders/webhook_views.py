"""The webhook endpoints: public, signed by the platform, CSRF-exempt (no browser session)."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import webhooks


def _receive(request: HttpRequest, shop_slug: str, source: str) -> JsonResponse:
    length = int(request.META.get("CONTENT_LENGTH") or 0)
    if length > webhooks.MAX_BODY:
        return JsonResponse({"detail": "body too large"}, status=413)
    outcome = webhooks.receive(shop_slug, source, request.body, request.META)
    body = {"detail": outcome.message}
    if outcome.delivery is not None:
        body["delivery"] = outcome.delivery.pk  # type: ignore[assignment]
    return JsonResponse(body, status=outcome.status_code)


@csrf_exempt
@require_POST
def shopify(request: HttpRequest, shop_slug: str) -> JsonResponse:
    return _receive(request, shop_slug, "shopify")


@csrf_exempt
@require_POST
def woocommerce(request: HttpRequest, shop_slug: str) -> JsonResponse:
    return _receive(request, shop_slug, "woocommerce")
