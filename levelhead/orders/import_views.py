"""The CSV import page: upload a file, see every error by line, or the counts of what came in."""

from __future__ import annotations

from django import forms
from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from levelhead.accounts.access import member_access
from levelhead.core.errors import LevelheadError

from .imports import COLUMNS, check_size, import_orders
from .models import ImportRun, ImportStatus


class ImportForm(forms.Form):
    file = forms.FileField(label="CSV file")


@login_required
@require_http_methods(["GET", "POST"])
def import_page(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    runs = ImportRun.objects.filter(shop=access.shop).order_by("-created_at", "-id")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not access.is_owner:
            raise Http404("No such page.")
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                check_size(upload.size)
                run = import_orders(
                    access.shop, upload.read(), filename=upload.name or "", actor=request.user
                )
            except LevelheadError as exc:
                form.add_error("file", exc.message)
            else:
                if run.status == ImportStatus.DONE:
                    flash.success(
                        request,
                        f"Imported {run.orders_created} new and {run.orders_updated} updated "
                        f"orders from {run.filename}.",
                    )
                return redirect(reverse("order-import", args=[slug]) + f"?run={run.pk}")
    shown = None
    run_id = request.GET.get("run", "")
    if run_id.isdigit():
        shown = runs.filter(pk=int(run_id)).first()  # another shop's run is simply not shown
    return render(
        request,
        "orders/import.html",
        {
            "shop": access.shop,
            "form": form,
            "is_owner": access.is_owner,
            "run": shown,
            "more_errors": shown.error_count - len(shown.errors) if shown else 0,
            "runs": list(runs[:10]),
            "columns": COLUMNS,
        },
        status=400 if form.errors else 200,
    )
