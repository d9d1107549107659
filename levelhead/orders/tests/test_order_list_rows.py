"""The order list's rows: each links to its order, and a late order says so."""

from datetime import timedelta

from django.urls import reverse

from levelhead.core import clock
from levelhead.core.testing.cast import order_data
from levelhead.orders import services


def test_rows_link_to_the_order_and_mark_late_ones(client, cast):
    late = services.create_order(
        cast.shop_a,
        order_data(
            "A3000 x#1",
            placed=clock.now() - timedelta(days=10),
            dispatch_by=(clock.now() - timedelta(days=5)).date(),
        ),
    )
    client.force_login(cast.agent)
    page = client.get(reverse("order-list", args=[cast.shop_a.slug])).content.decode()
    for order in (late, cast.order_a):
        assert f'href="{reverse("order-detail", args=[cast.shop_a.slug, order.number])}"' in page
    assert page.count("· late</span>") == 1
