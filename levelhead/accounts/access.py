"""Tenant scoping: every shop page starts here, and a stranger to the shop gets 404."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.http import Http404, HttpRequest

from levelhead.core.middleware import activate_shop_timezone

from .models import Membership, Shop


@dataclass(frozen=True)
class ShopAccess:
    shop: Shop
    membership: Membership

    @property
    def is_owner(self) -> bool:
        return self.membership.is_owner


def member_access(request: HttpRequest, slug: str) -> ShopAccess:
    """The shop named in the URL if the signed-in user belongs to it; 404 otherwise.

    Missing and forbidden shops answer alike, so a URL reveals nothing about other shops.
    """
    user = request.user
    if not user.is_authenticated:
        raise Http404("No such shop.")
    membership = getattr(request, "shop_membership", None)  # read with the user (middleware)
    if membership is None or membership.user_id != user.pk or membership.shop.slug != slug:
        membership = (
            Membership.objects.select_related("shop").filter(user=user, shop__slug=slug).first()
        )
    if membership is None:
        raise Http404("No such shop.")
    activate_shop_timezone(membership.shop.timezone)
    request.shop = membership.shop  # type: ignore[attr-defined]
    request.membership = membership  # type: ignore[attr-defined]
    return ShopAccess(shop=membership.shop, membership=membership)


SHOPS_CACHE_SECONDS = 300


def shops_cache_key(user_id: int) -> str:
    return f"levelhead:shops-of:{user_id}"


def shops_of(user) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(slug, name) of every shop the person belongs to, for the shop switcher on every page.
    Cached briefly; membership changes clear it (accounts.services)."""
    if not user.is_authenticated:
        return []
    key = shops_cache_key(user.pk)
    shops = cache.get(key)
    if shops is None:
        shops = list(
            Shop.objects.filter(memberships__user=user).order_by("name").values_list("slug", "name")
        )
        cache.set(key, shops, SHOPS_CACHE_SECONDS)
    return shops


def secret_cache_key(shop_slug: str, source: str) -> str:
    """Where a shop's webhook secret is cached by the endpoints that check it on every call."""
    return f"levelhead:webhook-secret:{source}:{shop_slug}"


def members_cache_key(shop_id: int) -> str:
    return f"levelhead:members-of:{shop_id}"


def shop_members(shop: Shop) -> list[tuple[int, str]]:
    """(user id, name) of the shop's people, for pickers such as a case's assignee. Cached
    briefly; membership changes clear it (accounts.services). Display only: a choice made from
    it is checked against the memberships themselves."""
    key = members_cache_key(shop.pk)
    members = cache.get(key)
    if members is None:
        members = [
            (user_id, f"{first} {last}".strip() or username)
            for user_id, first, last, username in Membership.objects.filter(shop=shop)
            .order_by("pk")
            .values_list("user_id", "user__first_name", "user__last_name", "user__username")
        ]
        cache.set(key, members, SHOPS_CACHE_SECONDS)
    return members
