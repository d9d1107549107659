"""The app's URLs plus the benchmark's baseline page.

The baseline is the barest Django page worth comparing with: the same middleware, one indexed
query (a shop's 50 newest orders) and a 50-row table from an inline template — no login, no
access check, no other query.
"""

from django.http import HttpRequest, HttpResponse
from django.template import Context, Engine
from django.urls import include, path

from levelhead.orders.models import Order
from levelhead.urls import handler404, handler500  # noqa: F401 - the app's error pages

TABLE = Engine().from_string(
    "<!doctype html><title>baseline</title><table>"
    "{% for number, status, total, placed_at in rows %}"
    "<tr><td>{{ number }}</td><td>{{ status }}</td><td>{{ total }}</td>"
    "<td>{{ placed_at|date:'j M Y, H:i' }}</td></tr>{% endfor %}</table>"
)


def baseline(request: HttpRequest) -> HttpResponse:
    shop_id = int(request.GET.get("shop", "1"))
    rows = list(
        Order.objects.filter(shop_id=shop_id)
        .order_by("-placed_at", "-id")
        .values_list("number", "status", "total", "placed_at")[:50]
    )
    return HttpResponse(TABLE.render(Context({"rows": rows})))


urlpatterns = [
    path("bench/baseline/", baseline),
    path("", include("levelhead.urls")),
]
