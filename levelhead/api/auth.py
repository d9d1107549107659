"""Per-shop API keys: ``Authorization: Bearer lh_…``; the key's shop is the only shop seen."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from levelhead.accounts.models import Shop
from levelhead.accounts.services import shop_for_api_key


class ShopKey(HttpBearer):
    """Authenticates a request by its shop's API key; ``request.auth`` is then the Shop."""

    openapi_description = "A shop's API key, e.g. `Authorization: Bearer lh_1a2b3c4d_…`"

    def authenticate(self, request: HttpRequest, token: str) -> Shop | None:
        return shop_for_api_key(token.strip())


def shop_of(request: Any) -> Shop:
    return request.auth  # type: ignore[no-any-return]
