"""Seller pages for orders. Views parse and check; services make every change."""

from __future__ import annotations

from string import Template

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from levelhead.accounts.access import member_access
from levelhead.core.errors import LevelheadError

from . import selectors, services
from .forms import DispatchForm, NoteForm, OrderFilterForm, ShipmentForm, StatusChangeForm
from .messages import customer_order_url, render_stage_message, shop_templates
from .models import Order, Shipment
from .status import Status, next_statuses

PAGE_SIZE = 50


def _order_or_404(shop, number: str) -> Order:  # type: ignore[no-untyped-def]
    try:
        return selectors.get_order(shop, number)
    except Order.DoesNotExist:
        raise Http404("No such order.") from None


@login_required
@require_GET
def order_list(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    form = OrderFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    today = timezone.localdate()
    # No COUNT(*) over a large shop: a page knows only whether there is a next one.
    raw_page = request.GET.get("page", "1")
    page_number = int(raw_page) if raw_page.isdigit() and int(raw_page) > 0 else 1
    start = (page_number - 1) * PAGE_SIZE
    found = selectors.order_page(
        access.shop,
        q=filters.get("q", ""),
        status=filters.get("status", ""),
        late=bool(filters.get("late")),
        today=today,
        start=start,
        stop=start + PAGE_SIZE + 1,
    )
    has_next = len(found) > PAGE_SIZE
    # One reversal for the page, not one per row: an order's URL is the list's + number.
    list_url = reverse("order-list", args=[access.shop.slug])
    rows = selectors.order_rows(found[:PAGE_SIZE], list_url=list_url, today=today)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "orders/order_list.html",
        {
            "shop": access.shop,
            "form": form,
            "orders": rows,
            "today": today,
            "page": page_number,
            "has_next": has_next,
            "has_previous": page_number > 1,
            "query": query.urlencode(),
            "filtered": any(filters.values()) if filters else False,
            "late_count": selectors.order_list(access.shop, late=True, today=today).count(),
        },
    )


def _detail_context(request: HttpRequest, access, order: Order, **forms) -> dict:  # type: ignore[no-untyped-def]
    shipments = selectors.order_shipments(order.pk)
    events = selectors.order_events(order)
    latest = max(shipments, key=lambda s: (s.created_at, s.pk)) if shipments else None
    custom = shop_templates(access.shop)
    link = customer_order_url(order)
    # Carrier and tracking are typed into the same form: their placeholders stay until sending.
    subject, body = render_stage_message(
        order,
        Status.DISPATCHED,
        shipment=latest,
        custom=custom,
        order_link=link,
        carrier="$carrier",
        tracking_number="$tracking_number",
    )
    can_dispatch = Status.DISPATCHED in next_statuses(order.status)
    others = [s for s in next_statuses(order.status) if s != Status.DISPATCHED]
    first_other = others[0] if others else None
    status_initial = {}
    if first_other is not None:
        s_subject, s_body = render_stage_message(
            order, first_other, shipment=latest, custom=custom, order_link=link
        )
        status_initial = {"status": first_other, "subject": s_subject, "body": s_body}
    return {
        "shop": access.shop,
        "order": order,
        "items": selectors.order_items(order.pk),
        "shipments": shipments,
        "timeline": selectors.timeline(order, events=events),
        "stages": selectors.stages(order, events),
        "outbound": selectors.order_emails(order, events),
        "customer_link": link,
        "can_dispatch": can_dispatch,
        "dispatch_form": forms.get("dispatch_form")
        or DispatchForm(initial={"subject": subject, "body": body, "notify": True}),
        "status_form": forms.get("status_form")
        or (StatusChangeForm(current=order.status, initial=status_initial) if others else None),
        "note_form": forms.get("note_form") or NoteForm(),
        "shipment_form": forms.get("shipment_form") or (None if can_dispatch else ShipmentForm()),
        "is_late": order.status in selectors.LATE_STATUSES
        and order.dispatch_by is not None
        and order.dispatch_by < timezone.localdate(),
    }


@login_required
@require_GET
def order_detail(request: HttpRequest, slug: str, number: str) -> HttpResponse:
    access = member_access(request, slug)
    order = _order_or_404(access.shop, number)
    return render(request, "orders/order_detail.html", _detail_context(request, access, order))


@login_required
@require_GET
def stage_message(request: HttpRequest, slug: str, number: str) -> HttpResponse:
    """The shop's default message for a stage, filled in for this order (the form's preview)."""
    access = member_access(request, slug)
    order = _order_or_404(access.shop, number)
    status = request.GET.get("status", "")
    if status not in {s.value for s in Status}:
        raise Http404("No such status.")
    subject, body = render_stage_message(order, status)
    form = StatusChangeForm(
        current=order.status, initial={"status": status, "subject": subject, "body": body}
    )
    return render(request, "orders/_message_fields.html", {"form": form})


def _message(form) -> services.CustomerMessage | None:  # type: ignore[no-untyped-def]
    data = form.cleaned_data
    if not data.get("notify"):
        return None
    return services.CustomerMessage(subject=data.get("subject") or "", body=data["body"])


def _shipment_data(cleaned: dict) -> services.ShipmentData:  # type: ignore[type-arg]
    return services.ShipmentData(
        carrier=cleaned["carrier"],
        tracking_number=cleaned.get("tracking_number") or "",
        tracking_url=cleaned.get("tracking_url") or "",
        postage_cost=cleaned.get("postage_cost"),
    )


def _back(slug: str, number: str) -> HttpResponse:
    return redirect(reverse("order-detail", args=[slug, number]))


@login_required
@require_POST
def change_status(request: HttpRequest, slug: str, number: str) -> HttpResponse:
    access = member_access(request, slug)
    order = _order_or_404(access.shop, number)
    form = StatusChangeForm(request.POST, current=order.status)
    if form.is_valid():
        try:
            services.change_status(
                order,
                form.cleaned_data["status"],
                actor=request.user,
                message=_message(form),
                note=form.cleaned_data.get("note", ""),
            )
        except LevelheadError as exc:
            form.add_error(None, exc.message)
        else:
            flash.success(request, f"Order {order.number} is now {order.status}.")
            return _back(slug, number)
    context = _detail_context(request, access, order, status_form=form)
    return render(request, "orders/order_detail.html", context, status=400)


@login_required
@require_POST
def dispatch(request: HttpRequest, slug: str, number: str) -> HttpResponse:
    access = member_access(request, slug)
    order = _order_or_404(access.shop, number)
    form = DispatchForm(request.POST, request.FILES)
    if form.is_valid():
        d = form.cleaned_data
        try:
            message = _message(form)
            if message is not None:
                facts = {
                    "carrier": d["carrier"],
                    "tracking_number": d.get("tracking_number") or "not provided",
                }
                message = services.CustomerMessage(
                    subject=Template(message.subject).safe_substitute(facts),
                    body=Template(message.body).safe_substitute(facts),
                )
            services.mark_dispatched(
                order,
                _shipment_data(d),
                receipt=d.get("receipt"),
                message=message,
                actor=request.user,
            )
        except LevelheadError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            flash.success(request, f"Order {order.number} marked dispatched.")
            return _back(slug, number)
    context = _detail_context(request, access, order, dispatch_form=form)
    return render(request, "orders/order_detail.html", context, status=400)


@login_required
@require_POST
def add_shipment(request: HttpRequest, slug: str, number: str) -> HttpResponse:
    access = member_access(request, slug)
    order = _order_or_404(access.shop, number)
    form = ShipmentForm(request.POST, request.FILES)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.add_shipment(
                order,
                _shipment_data(d),
                receipt=d.get("receipt"),
                actor=request.user,
            )
        except LevelheadError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            flash.success(request, "Shipment added.")
            return _back(slug, number)
    context = _detail_context(request, access, order, shipment_form=form)
    return render(request, "orders/order_detail.html", context, status=400)


@login_required
@require_POST
def add_note(request: HttpRequest, slug: str, number: str) -> HttpResponse:
    access = member_access(request, slug)
    order = _order_or_404(access.shop, number)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(order, form.cleaned_data["text"], actor=request.user)
        flash.success(request, "Note added to the timeline.")
        return _back(slug, number)
    context = _detail_context(request, access, order, note_form=form)
    return render(request, "orders/order_detail.html", context, status=400)


@login_required
@require_GET
def receipt(request: HttpRequest, slug: str, number: str, shipment_id: int) -> FileResponse:
    access = member_access(request, slug)
    order = _order_or_404(access.shop, number)
    shipment = Shipment.objects.filter(order=order, pk=shipment_id).exclude(receipt="").first()
    if shipment is None:
        raise Http404("No such receipt.")
    response = FileResponse(
        shipment.receipt.open("rb"),
        content_type=shipment.receipt_content_type,
        as_attachment=True,
        filename=shipment.receipt_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
