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
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from levelhead.accounts.models import Shop, WebhookSecret, WebhookSource
from levelhead.conversations import ingest
from levelhead.conversations.models import InboundRaw, RawStatus

log = logging.getLogger(__name__)
HEADER = "HTTP_X_LEVELHEAD_SIGNATURE"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def inbound_email(request: HttpRequest, shop_slug: str) -> HttpResponse:
    # The secret and its shop in one query; the shop alone only when there is no secret.
    try:  # one per shop and source: no ORDER BY, no LIMIT to plan
        secret: WebhookSecret | None = WebhookSecret.objects.select_related("shop").get(
            shop__slug=shop_slug, source=WebhookSource.EMAIL
        )
    except WebhookSecret.DoesNotExist:
        secret = None
    shop = secret.shop if secret else get_object_or_404(Shop, slug=shop_slug)
    body = request.body
    if len(body) > settings.INBOUND_MAX_BYTES:
        return JsonResponse({"error": "message too large"}, status=413)
    given = request.META.get(HEADER, "")
    if secret is None or not hmac.compare_digest(sign(secret.secret, body), given):
        InboundRaw.objects.create(
            shop=shop,
            channel="email",
            source="webhook",
            body=body,
            size=len(body),
            status=RawStatus.REFUSED,
            error="signature missing or wrong" if secret else "no inbound secret configured",
        )
        log.warning("inbound email for %s refused: bad signature", shop.slug)
        return JsonResponse({"error": "invalid signature"}, status=401)
    key = request.META.get("HTTP_X_LEVELHEAD_DELIVERY", "")[:300]
    # Stored is all: the worker notices waiting input within INBOUND_POLL_SECONDS.
    raw, created = ingest.receive_raw(shop, "email", body, source="webhook", external_key=key)
    return JsonResponse({"id": raw.pk, "stored": created}, status=202)
