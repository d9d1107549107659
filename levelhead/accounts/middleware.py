"""The signed-in person and their membership of the shop in the URL, in one query.

Every shop page needs both: the person (for the login check) and their membership (for
``member_access``). Django reads the person on first use of ``request.user``; on a shop's URL
this middleware reads them first, joined with the membership and the shop, and hands the row to
Django's own ``auth.get_user`` (through ``accounts.backends.ModelBackend``), so the session is
still verified exactly as Django verifies it. A person who is not a member of the shop, or is
signed in through another backend, is read the usual way and meets the usual 404.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import auth
from django.contrib.auth import SESSION_KEY
from django.http import HttpRequest, HttpResponse

from levelhead.core.compiled import Compiled

from .backends import known_user
from .models import Membership


def _membership(user_id: int, slug: str) -> Any:
    # One person, one membership per shop: no ordering to build (``first()`` adds one).
    return Membership.objects.select_related("user", "shop").filter(
        user_id=user_id, shop__slug=slug
    )[:1]


membership_of = Compiled(_membership)


class ShopMemberMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view: Any, args: Any, kwargs: dict[str, Any]
    ) -> None:
        slug = kwargs.get("slug")
        if not slug or "_cached_user" in request.__dict__:
            return None
        try:
            user_id = int(request.session[SESSION_KEY])
        except (KeyError, TypeError, ValueError):
            return None  # nobody signed in: the view's login check answers
        found = membership_of(user_id, slug)
        if not found:
            return None
        membership = found[0]
        token = known_user.set(membership.user)
        try:
            user = auth.get_user(request)
        finally:
            known_user.reset(token)
        request._cached_user = user  # type: ignore[attr-defined]  # what request.user reads
        if user.pk == membership.user_id:
            request.shop_membership = membership  # type: ignore[attr-defined]
        return None
