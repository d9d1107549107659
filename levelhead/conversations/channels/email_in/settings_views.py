"""Connecting the shop's mailbox: the owner enters it, tests it, saves it; the team can look."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages as flash
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from levelhead.accounts.access import member_access
from levelhead.conversations.models import Mailbox
from levelhead.core import crypto
from levelhead.core.errors import LevelheadError

from . import imap
from .forms import MailboxForm
from .services import MailboxData, save_mailbox


@dataclass(frozen=True)
class TestResult:
    ok: bool
    text: str


def _initial(mailbox: Mailbox | None) -> dict[str, object]:
    if mailbox is None:
        return {"port": 993, "security": "ssl", "folder": "INBOX", "enabled": True}
    return {
        "host": mailbox.host,
        "port": mailbox.port,
        "security": mailbox.security,
        "username": mailbox.username,
        "folder": mailbox.folder,
        "enabled": mailbox.enabled,
    }


def _test(form: MailboxForm, mailbox: Mailbox | None) -> TestResult:
    """Log in with what was entered; a blank password means the stored one, for the same
    account only (the stored password is never sent to a server the owner just typed in)."""
    data = form.cleaned_data
    password = data["password"]
    if not password and mailbox is not None:
        same = (mailbox.host.lower(), mailbox.username) == (data["host"].lower(), data["username"])
        if same:
            try:
                password = mailbox.password()
            except crypto.DecryptionError as exc:
                return TestResult(False, str(exc))
    if not password:
        return TestResult(False, "Enter the mailbox's password to test the connection.")
    try:
        text = imap.check_connection(
            data["host"], data["port"], data["security"], data["username"], password, data["folder"]
        )
    except imap.MailboxError as exc:
        return TestResult(False, str(exc))
    return TestResult(True, text)


@login_required
@require_http_methods(["GET", "POST"])
def mailbox_settings(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    mailbox = Mailbox.objects.filter(shop=access.shop).first()
    form = MailboxForm(request.POST or None, initial=_initial(mailbox))
    result: TestResult | None = None
    status = 200
    if request.method == "POST":
        if not access.is_owner:
            raise Http404("No such page.")
        if not form.is_valid():
            status = 400
        elif request.POST.get("action") == "test":
            # Slow I/O, outside any transaction; nothing is saved.
            result = _test(form, mailbox)
        else:
            data = form.cleaned_data
            try:
                save_mailbox(
                    access.shop,
                    MailboxData(
                        host=data["host"],
                        port=data["port"],
                        security=data["security"],
                        username=data["username"],
                        folder=data["folder"],
                        enabled=data["enabled"],
                    ),
                    password=data["password"],
                    by=access.membership,
                )
            except LevelheadError as exc:
                form.add_error(exc.field, exc.message)
                status = 400
            else:
                flash.success(request, "Mailbox saved. New email is fetched within a minute.")
                return redirect("mailbox-settings", slug)
    return render(
        request,
        "conversations/mailbox_settings.html",
        {
            "shop": access.shop,
            "form": form,
            "mailbox": mailbox,
            "is_owner": access.is_owner,
            "has_password": bool(mailbox and mailbox.password_encrypted),
            "key_configured": crypto.configured(),
            "result": result,
        },
        status=status,
    )
