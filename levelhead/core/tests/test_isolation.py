"""Shop isolation, as a matrix over every URL the resolver knows.

Every route must be classified here: shop pages are checked automatically (a member of shop A
gets 404 for shop B's objects, by B's slug and by A's slug with B's object, and an anonymous
visitor is sent to log in); public routes are listed by name with the reason they are public.
Adding a route without classifying it fails ``test_every_route_is_classified``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, include, path, reverse

from levelhead.orders.services import ShipmentData, add_shipment

PDF = b"%PDF-1.4\n%%EOF\n"

# Routes anyone may open, each for a reason; their own tests cover what they reveal.
PUBLIC = {
    "login": "the login form",
    "logout": "logging out",
    "password_reset": "asking for a reset link",
    "password_reset_done": "the 'check your email' page",
    "password_reset_confirm": "a signed reset link",
    "password_reset_complete": "the 'password changed' page",
    "accept-invitation": "a signed invitation link (tests in accounts)",
    "customer-order": "a signed customer link (tests in orders/test_customer_page.py)",
    "webhook-shopify": "signed by Shopify's HMAC, not a session (tests in orders/test_webhooks.py)",
    "webhook-woocommerce": "signed by WooCommerce's HMAC, not a session (orders/test_webhooks.py)",
    "inbound-email": "an email provider's webhook, signed per shop (conversations tests)",
}
# Routes outside the shop tree that need a login but reveal no shop data.
LOGIN_ONLY = {"home": "the list of the signed-in person's own shops"}


SHOP_PREFIX = "shops/<slug:slug>/"


@dataclass(frozen=True)
class Route:
    name: str  # as ``reverse`` takes it: with its namespaces, e.g. "billing:invoice-list"
    prefix: str  # the namespace, if any ("outer:inner" when nested)
    pattern: str
    params: tuple[str, ...]


def _walk(patterns, prefix="", namespace="") -> list[Route]:  # type: ignore[no-untyped-def]
    routes = []
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = ":".join(n for n in (namespace, p.namespace) if n)
            routes += _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            full = prefix + str(p.pattern)
            params = tuple(sorted(set(p.pattern.regex.groupindex) | _prefix_params(prefix)))
            name = f"{namespace}:{p.name}" if namespace and p.name else p.name or ""
            routes.append(Route(name, namespace, full, params))
    return routes


def _prefix_params(prefix: str) -> set[str]:
    import re

    return set(re.findall(r"<(?:\w+:)?(\w+)>", prefix))


def all_routes() -> list[Route]:
    return _walk(get_resolver().url_patterns)


def shop_routes() -> list[Route]:
    """Every route under ``shops/<slug>/``, namespaced or not: all of them are in the matrix."""
    return [r for r in all_routes() if r.pattern.startswith(SHOP_PREFIX)]


def _is_admin(route: Route) -> bool:
    return route.prefix == "admin" or route.pattern.startswith("admin/")


def _is_api(route: Route) -> bool:
    return route.prefix == "api" or route.pattern.startswith("api/")


def unclassified_routes() -> list[str]:
    """Routes that are neither in the matrix (a named route under ``shops/<slug>/``: a nameless
    one cannot be reversed, so the matrix could not reach it) nor listed as public, login-only,
    admin or API."""
    return [
        r.pattern
        for r in all_routes()
        if not (
            (r.pattern.startswith(SHOP_PREFIX) and r.name)
            or r.name in PUBLIC
            or r.name in LOGIN_ONLY
            or _is_admin(r)
            or _is_api(r)
        )
    ]


def test_every_route_is_classified():
    unclassified = unclassified_routes()
    assert unclassified == [], f"classify these routes in test_isolation.py: {unclassified}"


def _view(request, slug):  # type: ignore[no-untyped-def]
    raise AssertionError("never called")


class _FutureURLs:
    """A URLconf with what could be added later: a namespaced app under the shop tree, and a
    route that takes a slug outside it."""

    urlpatterns = [
        path("login/", _view, name="login"),
        path(
            SHOP_PREFIX,
            include(([path("invoices/<int:number>/", _view, name="invoice")], "billing")),
        ),
        path("shops/<slug:slug>/nameless/", _view),
        path("reports/<slug:slug>/", _view, name="report"),
    ]


def test_namespaced_shop_routes_are_in_the_matrix_and_stray_ones_unclassified(settings):
    settings.ROOT_URLCONF = _FutureURLs
    (route,) = shop_routes()[:1]
    assert route.name == "billing:invoice" and route.params == ("number", "slug")
    assert reverse(route.name, kwargs={"slug": "s", "number": 7}) == "/shops/s/invoices/7/"
    assert len(shop_routes()) == 2  # the nameless one too, so the matrix fails on it
    assert unclassified_routes() == ["shops/<slug:slug>/nameless/", "reports/<slug:slug>/"]


def test_the_matrix_is_not_empty():
    names = {r.name for r in shop_routes()}
    assert {"order-list", "order-detail", "order-dispatch", "order-receipt", "team"} <= names
    assert "mailbox-settings" in names  # the owner-only mailbox page is in the matrix too


@pytest.fixture
def objects(cast):
    """One object of each kind in shop B (what shop A's member must never reach) and in A."""
    receipt_b = add_shipment(
        cast.order_b,
        ShipmentData(carrier="USPS", tracking_number="9400"),
        receipt=SimpleUploadedFile("r.pdf", PDF, "application/pdf"),
    )
    receipt_a = add_shipment(
        cast.order_a,
        ShipmentData(carrier="DPD", tracking_number="15501"),
        receipt=SimpleUploadedFile("r.pdf", PDF, "application/pdf"),
    )
    case_a, raw_a = _case_with_failed_raw(cast.shop_a, "ada@example.test")
    case_b, raw_b = _case_with_failed_raw(cast.shop_b, "bob@example.test")
    return {
        "b": {
            "slug": cast.shop_b.slug,
            "number": cast.order_b.number,
            "shipment_id": receipt_b.pk,
            "case_id": case_b.pk,
            "raw_id": raw_b.pk,
        },
        "a": {
            "slug": cast.shop_a.slug,
            "number": cast.order_a.number,
            "shipment_id": receipt_a.pk,
            "case_id": case_a.pk,
            "raw_id": raw_a.pk,
        },
    }


def _case_with_failed_raw(shop, sender):  # type: ignore[no-untyped-def]
    from levelhead.conversations.ingest import process_raw, receive_raw
    from levelhead.conversations.tests.mime import make_email

    ok, _ = receive_raw(shop, "email", make_email(sender=sender), source="test")
    case = process_raw(ok.pk).message.case  # type: ignore[union-attr]
    broken, _ = receive_raw(shop, "email", b"Subject: no sender\r\n\r\nhi", source="test")
    return case, process_raw(broken.pk)


def _kwargs(route: Route, values: dict) -> dict:  # type: ignore[type-arg]
    missing = [p for p in route.params if p not in values]
    assert not missing, f"add test values for {missing} ({route.pattern}) to the isolation matrix"
    return {p: values[p] for p in route.params}


def _mixed(route: Route, objects: dict) -> list[dict]:  # type: ignore[type-arg]
    """Shop A's slug with one of shop B's objects: each object parameter in turn."""
    variants = []
    for p in route.params:
        if p == "slug":
            continue
        values = dict(objects["a"])
        values[p] = objects["b"][p]
        variants.append(_kwargs(route, values))
    return variants


def test_member_of_shop_a_gets_404_for_everything_of_shop_b(client, cast, objects):
    client.force_login(cast.owner)
    reached = set()
    for route in shop_routes():
        for method in ("get", "post"):
            for kwargs in [_kwargs(route, objects["b"]), *_mixed(route, objects)]:
                url = reverse(route.name, kwargs=kwargs)
                response = getattr(client, method)(url)
                # A view answers the verb it does not take with 405 before any lookup; the
                # lookup itself must never reveal B's object: no 200, no redirect, no 403.
                assert response.status_code in (404, 405), (url, method, response.status_code)
                if response.status_code == 404:
                    assert cast.order_b.customer.email.encode() not in response.content
                    reached.add(route.name)
    assert reached == {r.name for r in shop_routes()}


def test_the_same_routes_work_for_shop_a(client, cast, objects):
    """The matrix would be hollow if shop A's own objects were refused too."""
    client.force_login(cast.owner)
    for route in shop_routes():
        url = reverse(route.name, kwargs=_kwargs(route, objects["a"]))
        response = client.get(url, {"status": "cancelled"})
        assert response.status_code in (200, 405), (url, response.status_code)


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitor_is_sent_to_log_in(client, cast, objects, method):
    for route in shop_routes() + [r for r in all_routes() if r.name in LOGIN_ONLY]:
        kwargs = _kwargs(route, objects["a"]) if route.params else {}
        url = reverse(route.name, kwargs=kwargs)
        response = getattr(client, method)(url)
        if response.status_code == 405:
            continue
        assert response.status_code == 302, (url, response.status_code)
        assert response["Location"].startswith(reverse("login")), url


def test_admin_is_for_platform_staff_only(client, cast):
    client.force_login(cast.owner)
    response = client.get(reverse("admin:records_event_changelist"))
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(cast.staff)
    assert client.get(reverse("admin:records_event_changelist")).status_code == 200
