"""The customer's own order page: no login, reached only through the signed link we sent."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from levelhead.core.middleware import activate_shop_timezone

from . import selectors
from .messages import order_from_token
from .models import Order


@require_GET
def customer_order(request: HttpRequest, token: str) -> HttpResponse:
    ids = order_from_token(token)
    if ids is None:
        raise Http404("This link is not valid.")
    order_id, shop_id = ids
    order = (
        Order.objects.select_related("shop", "customer")
        .filter(pk=order_id, shop_id=shop_id)
        .first()
    )
    if order is None:
        raise Http404("This link is not valid.")
    activate_shop_timezone(order.shop.timezone)
    events = selectors.order_events(order)
    response = render(
        request,
        "orders/customer_order.html",
        {
            "order": order,
            "shop": order.shop,
            "stages": selectors.stages(order, events),
            "timeline": selectors.timeline(order, customer_view=True, events=events),
            "shipments": selectors.order_shipments(order.pk),
            "items": selectors.order_items(order.pk),
        },
    )
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response
