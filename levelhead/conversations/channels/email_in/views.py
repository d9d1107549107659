"""Raw MIME posted by an email provider's inbound webhook, signed with the shop's secret.

``POST /inbound/email/<shop>/`` with the message as the body and
``X-Levelhead-Signature: sha256=<hex HMAC-SHA256 of the body>``. The body is stored before
anything else; a bad signature is refused (401) and the body kept, marked refused.
"""

from __future__ import annotations

import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from levelhead.accounts.access import secret_cache_key
from levelhead.accounts.models import Shop, WebhookSecret, WebhookSource
from levelhead.conversations import ingest
from levelhead.conversations.models import InboundRaw, RawStatus

log = logging.getLogger(__name__)
HEADER = "HTTP_X_LEVELHEAD_SIGNATURE"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


SECRET_CACHE_SECONDS = 30


def _shop_and_secret(shop_slug: str) -> tuple[int, str] | None:
    """The shop's id and its inbound email secret, cached briefly: a busy shop's provider posts
    many times a second. Plain values, not the shop: unpickling a model from the cache on every
    post cost more than the rest of the lookup. Setting the secret clears the cache
    (``set_webhook_secret``); a change made elsewhere reaches every process within
    ``SECRET_CACHE_SECONDS``."""
    key = secret_cache_key(shop_slug, WebhookSource.EMAIL)
    found = cache.get(key)
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], int):
        return found
    try:  # one per shop and source
        shop_id, secret = WebhookSecret.objects.values_list("shop_id", "secret").get(
            shop__slug=shop_slug, source=WebhookSource.EMAIL
        )
    except WebhookSecret.DoesNotExist:
        return None
    cache.set(key, (shop_id, secret), SECRET_CACHE_SECONDS)
    return shop_id, secret


@csrf_exempt
@require_POST
def inbound_email(request: HttpRequest, shop_slug: str) -> HttpResponse:
    found = _shop_and_secret(shop_slug)
    shop_id, secret = found if found else (get_object_or_404(Shop, slug=shop_slug).pk, None)
    body = request.body
    if len(body) > settings.INBOUND_MAX_BYTES:
        return JsonResponse({"error": "message too large"}, status=413)
    given = request.META.get(HEADER, "")
    if secret is None or not hmac.compare_digest(sign(secret, body), given):
        InboundRaw.objects.create(
            shop_id=shop_id,
            channel="email",
            source="webhook",
            body=body,
            size=len(body),
            status=RawStatus.REFUSED,
            error="signature missing or wrong" if secret else "no inbound secret configured",
        )
        log.warning("inbound email for %s refused: bad signature", shop_slug)
        return JsonResponse({"error": "invalid signature"}, status=401)
    key = request.META.get("HTTP_X_LEVELHEAD_DELIVERY", "")[:300]
    # Stored is all: the worker notices waiting input within INBOUND_POLL_SECONDS.
    raw, created = ingest.receive_raw(shop_id, "email", body, source="webhook", external_key=key)
    return JsonResponse({"id": raw.pk, "stored": created}, status=202)
