from django.http import HttpRequest

from .access import shops_of


def shops(request: HttpRequest) -> dict[str, object]:
    """The shop switcher: every shop of the signed-in person and the one being looked at."""
    return {
        "my_shops": shops_of(request.user) if hasattr(request, "user") else [],
        "current_shop": getattr(request, "shop", None),
        "current_membership": getattr(request, "membership", None),
    }
