from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_urlconf, reverse

from .access import shops_of

SHOP_PAGES = ("inbox", "order-list", "order-import", "team", "shop-settings")


@lru_cache(maxsize=4096)
def _links(urlconf: str, slug: str | None) -> dict[str, str]:
    links = {"home": reverse("home"), "logout": reverse("logout"), "admin": reverse("admin:index")}
    if slug:
        links.update({name.replace("-", "_"): reverse(name, args=[slug]) for name in SHOP_PAGES})
    return links


def nav_links(slug: str | None) -> dict[str, str]:
    """The navigation bar's addresses for a shop (or none), reversed once per shop and URLconf:
    a dozen reversals cost every page about half a millisecond."""
    return _links(str(get_urlconf() or settings.ROOT_URLCONF), slug)


def shops(request: HttpRequest) -> dict[str, object]:
    """The shop switcher: every shop of the signed-in person and the one being looked at."""
    shop = getattr(request, "shop", None)
    return {
        "my_shops": shops_of(request.user) if hasattr(request, "user") else [],
        "current_shop": shop,
        "current_membership": getattr(request, "membership", None),
        "nav": nav_links(shop.slug if shop is not None else None),
    }
