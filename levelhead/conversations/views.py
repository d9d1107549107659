"""The inbox and the case page. Views parse and check; services make every change."""

from __future__ import annotations

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from levelhead.accounts.access import member_access, shop_members
from levelhead.accounts.models import Membership
from levelhead.core import clock
from levelhead.core.errors import LevelheadError
from levelhead.orders.models import Order
from levelhead.orders.selectors import timeline as order_timeline

from . import ingest, selectors, services
from .facts import check_draft
from .forms import AssignForm, NoteForm, ReplyForm, StatusForm
from .models import Case, Channel, InboundRaw, RawStatus


def _case_or_404(shop, case_id: int) -> Case:  # type: ignore[no-untyped-def]
    case = selectors.case_in_shop(shop, case_id)
    if case is None:
        raise Http404("No such case.")
    return case


@login_required
@require_GET
def inbox(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    view = request.GET.get("view", "open")
    if view not in selectors.FILTERS:
        view = "open"
    channel = request.GET.get("channel", "")
    rows, counts = selectors.inbox(
        access.shop,
        request.user,
        view=view,
        channel=channel,
        case_url=reverse("case-detail", args=[slug, 0]),
    )
    context = {
        "shop": access.shop,
        "rows": rows,
        "view": view,
        "channel": channel,
        "views": [(key, label, counts.get(key)) for key, (label, _) in selectors.FILTERS.items()],
        "channels": Channel.choices,
        "unprocessed": selectors.unprocessed(access.shop).count(),
        "inbound_address": access.shop.sender_email,
    }
    partial = bool(getattr(request, "htmx", False))  # django-htmx sets it on every request
    template = "conversations/_inbox_list.html" if partial else "conversations/inbox.html"
    return render(request, template, context)


def _case_context(request: HttpRequest, access, case: Case, **forms) -> dict:  # type: ignore[no-untyped-def]
    reveal = request.GET.get("reveal") == "1"
    members = shop_members(access.shop)
    spans = [] if reveal else case.subject_spans
    return {
        "shop": access.shop,
        "case": case,
        "subject_html": selectors.masked_subject(case.subject, spans),
        "subject_text": selectors.masked_subject_text(case.subject, spans),
        "conversation": selectors.conversation(case, reveal=reveal, people=dict(members)),
        "revealed": reveal,
        "panel": selectors.customer_panel(
            case,
            orders_url=reverse("order-list", args=[access.shop.slug]),
            case_url=reverse("case-detail", args=[access.shop.slug, 0]),
        ),
        "order_timeline": order_timeline(case.order) if case.order is not None else [],
        "heat_points": selectors.heat_points(case.heat_trajectory),
        "due_state": selectors.due_state(case, clock.now()),
        "reply_form": forms.get("reply_form") or ReplyForm(),
        "tone": forms.get("tone"),
        "note_form": forms.get("note_form") or NoteForm(),
        "assign_form": AssignForm(members=members, initial={"assignee": case.assignee_id}),
        "status_form": StatusForm(initial={"status": case.status}),
    }


@login_required
@require_GET
def case_detail(request: HttpRequest, slug: str, case_id: int) -> HttpResponse:
    access = member_access(request, slug)
    case = _case_or_404(access.shop, case_id)
    return render(request, "conversations/case.html", _case_context(request, access, case))


def _back(slug: str, case_id: int) -> HttpResponse:
    return redirect(reverse("case-detail", args=[slug, case_id]))


@login_required
@require_POST
def case_reply(request: HttpRequest, slug: str, case_id: int) -> HttpResponse:
    access = member_access(request, slug)
    case = _case_or_404(access.shop, case_id)
    form = ReplyForm(request.POST)
    report = None
    if form.is_valid():
        report = check_draft(form.cleaned_data["text"], case.order)
        if report.block:
            form.add_error(
                "text", "This reply would threaten or insult the customer; it was not sent."
            )
    if form.is_valid():
        try:
            services.reply(case, form.cleaned_data["text"], actor=request.user)
        except LevelheadError as exc:
            form.add_error("text", exc.message)
        else:
            flash.success(request, "Reply queued; its delivery state shows on the message.")
            return _back(slug, case_id)
    context = _case_context(request, access, case, reply_form=form, tone=report)
    return render(request, "conversations/case.html", context, status=400)


@login_required
@require_POST
def case_check(request: HttpRequest, slug: str, case_id: int) -> HttpResponse:
    """The tone guard, live: the draft's problems as the agent types."""
    access = member_access(request, slug)
    case = _case_or_404(access.shop, case_id)
    text = request.POST.get("text", "")[:20000]
    report = check_draft(text, case.order) if text.strip() else None
    return render(request, "conversations/_tone.html", {"tone": report})


@login_required
@require_POST
def case_note(request: HttpRequest, slug: str, case_id: int) -> HttpResponse:
    access = member_access(request, slug)
    case = _case_or_404(access.shop, case_id)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.add_note(case, form.cleaned_data["text"], actor=request.user)
        return _back(slug, case_id)
    context = _case_context(request, access, case, note_form=form)
    return render(request, "conversations/case.html", context, status=400)


@login_required
@require_POST
def case_assign(request: HttpRequest, slug: str, case_id: int) -> HttpResponse:
    access = member_access(request, slug)
    case = _case_or_404(access.shop, case_id)
    # The memberships themselves, not the cached list: the choice must be a member now.
    members = list(Membership.objects.filter(shop=access.shop).select_related("user"))
    choices = [(m.user_id, m.user.get_full_name() or m.user.username) for m in members]
    form = AssignForm(request.POST, members=choices)
    if not form.is_valid():
        raise Http404("No such person in this shop.")
    user_id = form.cleaned_data["assignee"]
    assignee = next((m.user for m in members if m.user_id == user_id), None)
    services.assign(case, assignee, actor=request.user)
    return _back(slug, case_id)


@login_required
@require_POST
def case_status(request: HttpRequest, slug: str, case_id: int) -> HttpResponse:
    access = member_access(request, slug)
    case = _case_or_404(access.shop, case_id)
    form = StatusForm(request.POST)
    if form.is_valid():
        services.set_status(case, form.cleaned_data["status"], actor=request.user)
    return _back(slug, case_id)


@login_required
@require_POST
def case_link_order(request: HttpRequest, slug: str, case_id: int) -> HttpResponse:
    """The agent relinks the case to another of the shop's orders by its number (or to none)."""
    access = member_access(request, slug)
    case = _case_or_404(access.shop, case_id)
    number = request.POST.get("number", "").strip().lstrip("#")
    order = None
    if number:
        order = Order.objects.for_shop(access.shop).filter(number=number).first()
        if order is None:
            flash.error(request, f"There is no order {number} in this shop.")
            return _back(slug, case_id)
    services.link_order(case, order, actor=request.user)
    flash.success(request, f"Linked to order {number}." if order else "Unlinked from the order.")
    return _back(slug, case_id)


@login_required
@require_GET
def unprocessed(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    return render(
        request,
        "conversations/unprocessed.html",
        {
            "shop": access.shop,
            "items": list(selectors.unprocessed(access.shop)[:200]),
            "ignored": list(selectors.ignored(access.shop)[:200]),
        },
    )


@login_required
@require_POST
def file_inbound(request: HttpRequest, slug: str, raw_id: int) -> HttpResponse:
    """The seller files mail set aside as automated as the customer's message."""
    access = member_access(request, slug)
    raw = ingest.file_as_customer_message(access.shop, raw_id)
    if raw is None:
        raise Http404("No such message.")
    if raw.status == RawStatus.FAILED or raw.message_id is None:
        flash.error(request, f"It could not be filed: {raw.error}")
        return redirect("inbox-unprocessed", slug)
    flash.success(request, "Filed as a customer message.")
    return _back(slug, raw.message.case_id)  # type: ignore[union-attr]


@login_required
@require_POST
def retry_inbound(request: HttpRequest, slug: str, raw_id: int) -> HttpResponse:
    access = member_access(request, slug)
    raw = InboundRaw.objects.filter(shop=access.shop, pk=raw_id, status=RawStatus.FAILED).first()
    if raw is None:
        raise Http404("No such message.")
    result = ingest.process_raw(raw.pk)
    if result.status == RawStatus.FAILED:
        flash.error(request, f"Still failing: {result.error}")
    else:
        flash.success(request, "Processed.")
    return redirect("inbox-unprocessed", slug)


@login_required
@require_GET
def raw_download(request: HttpRequest, slug: str, raw_id: int) -> HttpResponse:
    access = member_access(request, slug)
    raw = InboundRaw.objects.filter(shop=access.shop, pk=raw_id).first()
    if raw is None:
        raise Http404("No such message.")
    response = HttpResponse(bytes(raw.body), content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="inbound-{raw.pk}.eml"'
    return response
