"""The shop's default messages per stage: edited by the owner, read by everyone in the shop."""

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from levelhead.accounts.access import member_access

from . import services
from .forms import StageMessageForm
from .messages import DEFAULTS, stage_template
from .status import Status

EDITABLE = [s for s in Status if s in DEFAULTS]


@login_required
@require_http_methods(["GET", "POST"])
def stage_messages(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    forms = []
    for status in EDITABLE:
        subject, body = stage_template(access.shop, status)
        data = request.POST if request.POST.get("status") == status else None
        forms.append(
            StageMessageForm(data, prefix=status, initial={"subject": subject, "body": body})
        )
    if request.method == "POST":
        if not access.is_owner:
            raise Http404("No such page.")
        chosen = request.POST.get("status", "")
        if chosen not in {s.value for s in EDITABLE}:
            raise Http404("No such stage.")
        form = forms[[s.value for s in EDITABLE].index(chosen)]
        if form.is_valid():
            services.set_stage_message(
                access.shop,
                chosen,
                subject=form.cleaned_data["subject"],
                body=form.cleaned_data["body"],
                actor=request.user,
            )
            flash.success(request, f"The message for '{Status(chosen).label}' is saved.")
            return redirect("stage-messages", slug)
    return render(
        request,
        "orders/stage_messages.html",
        {
            "shop": access.shop,
            "rows": list(zip(EDITABLE, forms, strict=True)),
            "is_owner": access.is_owner,
            "placeholders": [
                "customer_name",
                "order_number",
                "order_link",
                "dispatch_by",
                "carrier",
                "tracking_number",
                "shop_name",
            ],
        },
        status=400 if any(f.errors for f in forms) else 200,
    )
