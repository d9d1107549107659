from django.contrib import messages as flash
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from levelhead.core.errors import LevelheadError

from . import services
from .access import member_access
from .forms import AcceptInvitationForm, InviteForm, ShopSettingsForm
from .models import Invitation, Membership, Shop, User


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    shops = list(Shop.objects.filter(memberships__user_id=request.user.pk or 0).order_by("name"))
    if len(shops) == 1:
        return redirect("inbox", shops[0].slug)
    return render(request, "accounts/home.html", {"shops": shops})


@login_required
@require_http_methods(["GET", "POST"])
def team(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    form = InviteForm(request.POST or None)
    if request.method == "POST":
        if not access.is_owner:
            raise Http404("No such page.")
        if form.is_valid():
            try:
                services.invite(
                    access.shop,
                    form.cleaned_data["email"],
                    by=access.membership,
                    role=form.cleaned_data["role"],
                )
            except LevelheadError as exc:
                form.add_error("email", exc.message)
            else:
                flash.success(request, f"Invitation sent to {form.cleaned_data['email']}.")
                return redirect("team", slug)
    members = Membership.objects.filter(shop=access.shop).select_related("user").order_by("role")
    pending = Invitation.objects.filter(shop=access.shop, accepted_at=None).order_by("-created_at")
    return render(
        request,
        "accounts/team.html",
        {
            "shop": access.shop,
            "members": members,
            "pending": pending,
            "form": form,
            "is_owner": access.is_owner,
        },
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = services.invitation_from_token(token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=404)
    if request.user.is_authenticated:
        if request.method == "POST":
            services.accept_invitation(invitation, request.user)  # type: ignore[arg-type]
            flash.success(request, f"You have joined {invitation.shop.name}.")
            return redirect("order-list", invitation.shop.slug)
        return render(request, "accounts/accept_invitation.html", {"invitation": invitation})
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = User(
            username=data["username"], email=invitation.email, first_name=data.get("first_name", "")
        )
        try:
            validate_password(data["password"], user)
        except ValidationError as exc:
            form.add_error("password", exc)
        else:
            if User.objects.filter(username=data["username"]).exists():
                form.add_error("username", "That username is taken.")
            else:
                with transaction.atomic():
                    user.set_password(data["password"])
                    user.save()
                    services.accept_invitation(invitation, user)
                login(request, user, backend="levelhead.accounts.backends.ModelBackend")
                flash.success(request, f"Welcome to {invitation.shop.name}.")
                return redirect(reverse("order-list", args=[invitation.shop.slug]))
    return render(
        request, "accounts/accept_invitation.html", {"invitation": invitation, "form": form}
    )


@login_required
@require_http_methods(["GET", "POST"])
def shop_settings(request: HttpRequest, slug: str) -> HttpResponse:
    access = member_access(request, slug)
    shop = access.shop
    initial = {
        "name": shop.name,
        "timezone": shop.timezone,
        "currency": shop.currency,
        "sender_name": shop.sender_name,
        "sender_email": shop.sender_email,
        "business_hours": ShopSettingsForm.hours_text(shop.business_hours),
        "first_response_minutes": shop.first_response_minutes,
        "next_response_minutes": shop.next_response_minutes,
        "holidays": "\n".join(shop.holidays),
    }
    form = ShopSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not access.is_owner:
            raise Http404("No such page.")
        if form.is_valid():
            services.update_shop_settings(shop, by=access.membership, **form.cleaned_data)
            flash.success(request, "Settings saved.")
            return redirect("shop-settings", slug)
    return render(
        request,
        "accounts/shop_settings.html",
        {"shop": shop, "form": form, "is_owner": access.is_owner},
        status=400 if form.errors else 200,
    )
