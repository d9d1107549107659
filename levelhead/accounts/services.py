"""Creating shops, adding people, inviting agents."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify

from levelhead.core import clock
from levelhead.core.errors import LevelheadError, NotAllowed
from levelhead.outbox.services import queue_email
from levelhead.records.services import append_event, shop_stream

from .access import members_cache_key, shops_cache_key
from .models import ApiKey, Invitation, Membership, Platform, Role, Shop, User

INVITE_SALT = "levelhead.accounts.invitation"
INVITE_MAX_AGE = 14 * 24 * 3600


def get_platform(name: str = "levelhead") -> Platform:
    platform = Platform.objects.order_by("pk").first()
    return platform or Platform.objects.create(name=name)


def create_shop(*, name: str, slug: str = "", owner: User | None = None, **fields: Any) -> Shop:
    """A new shop on the platform, with its owner as the first member."""
    with transaction.atomic():
        shop = Shop(platform=get_platform(), name=name, slug=slug or slugify(name)[:60], **fields)
        shop.full_clean()
        shop.save()
        if owner is not None:
            Membership.objects.create(user=owner, shop=shop, role=Role.OWNER)
            forget_shops_of(owner.pk)
            forget_members_of(shop.pk)
        append_event(
            shop=shop,
            stream=shop_stream(shop.pk),
            kind="shop.created",
            actor=owner,
            data={"name": name, "slug": shop.slug},
        )
    return shop


def forget_shops_of(user_id: int) -> None:
    """Drop the cached shop switcher now, and again once the change is visible to others."""
    cache.delete(shops_cache_key(user_id))
    transaction.on_commit(lambda: cache.delete(shops_cache_key(user_id)))


def forget_members_of(shop_id: int) -> None:
    """Drop the cached list of the shop's people now, and again once the change is visible."""
    cache.delete(members_cache_key(shop_id))
    transaction.on_commit(lambda: cache.delete(members_cache_key(shop_id)))


def add_member(shop: Shop, user: User, role: str = Role.AGENT, *, actor: Any = None) -> Membership:
    with transaction.atomic():
        membership, _ = Membership.objects.get_or_create(
            user=user, shop=shop, defaults={"role": role}
        )
        forget_shops_of(user.pk)
        forget_members_of(shop.pk)
        append_event(
            shop=shop,
            stream=shop_stream(shop.pk),
            kind="member.added",
            actor=actor,
            data={"user_id": user.pk, "role": membership.role},
        )
    return membership


def invite(shop: Shop, email: str, *, by: Membership, role: str = Role.AGENT) -> Invitation:
    """The owner invites someone by email; the link in it is signed and expires in 14 days."""
    if not by.is_owner or by.shop_id != shop.pk:
        raise NotAllowed("Only the shop's owner can invite people.")
    email = email.strip().lower()
    if Membership.objects.filter(shop=shop, user__email__iexact=email).exists():
        raise LevelheadError(f"{email} is already in this shop.", field="email")
    with transaction.atomic():
        invitation = Invitation.objects.create(
            shop=shop, email=email, role=role, invited_by=by.user
        )
        link = settings.SITE_URL + reverse("accept-invitation", args=[invitation_token(invitation)])
        queue_email(
            shop=shop,
            to=email,
            subject=f"You are invited to help with {shop.name} on levelhead",
            body_text=(
                f"{by.user.get_full_name() or by.user.username} invites you to answer customers "
                f"of {shop.name} as {role}.\n\nAccept within 14 days: {link}\n"
            ),
        )
        append_event(
            shop=shop,
            stream=shop_stream(shop.pk),
            kind="member.invited",
            actor=by.user,
            data={"invitation_id": invitation.pk, "email": email, "role": role},
        )
    return invitation


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"i": invitation.pk, "e": invitation.email}, salt=INVITE_SALT)


def invitation_from_token(token: str) -> Invitation | None:
    try:
        value = signing.loads(token, salt=INVITE_SALT, max_age=INVITE_MAX_AGE)
    except signing.BadSignature:
        return None
    return (
        Invitation.objects.filter(pk=value.get("i"), email=value.get("e"), accepted_at__isnull=True)
        .select_related("shop")
        .first()
    )


def accept_invitation(invitation: Invitation, user: User) -> Membership:
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.accepted_at is not None:
            raise LevelheadError("This invitation has already been used.")
        locked.accepted_at = clock.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
        return add_member(locked.shop, user, locked.role, actor=user)


def create_api_key(shop: Shop, name: str) -> tuple[ApiKey, str]:
    """A new API key; the secret is returned once and only its digest is kept."""
    prefix = secrets.token_hex(4)
    secret = f"lh_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey.objects.create(
        shop=shop, name=name, prefix=prefix, digest=hashlib.sha256(secret.encode()).hexdigest()
    )
    return key, secret


def shop_for_api_key(secret: str) -> Shop | None:
    parts = secret.split("_", 2)
    if len(parts) != 3 or parts[0] != "lh":
        return None
    key = ApiKey.objects.select_related("shop").filter(prefix=parts[1], revoked_at=None).first()
    if key is None:
        return None
    if not secrets.compare_digest(key.digest, hashlib.sha256(secret.encode()).hexdigest()):
        return None
    ApiKey.objects.filter(pk=key.pk).update(last_used_at=clock.now())
    return key.shop


SETTINGS_FIELDS = (
    "name",
    "timezone",
    "currency",
    "sender_name",
    "sender_email",
    "business_hours",
    "first_response_minutes",
    "next_response_minutes",
    "holidays",
)


def update_shop_settings(shop: Shop, *, by: Membership, **changes: Any) -> Shop:
    """The owner changes the shop's profile; the old and new values go in the record."""
    if not by.is_owner or by.shop_id != shop.pk:
        raise NotAllowed("Only the shop's owner can change its settings.")
    unknown = set(changes) - set(SETTINGS_FIELDS)
    if unknown:
        raise LevelheadError(f"Unknown settings: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        locked = Shop.objects.select_for_update().get(pk=shop.pk)
        diff = {
            name: {"old": getattr(locked, name), "new": value}
            for name, value in changes.items()
            if getattr(locked, name) != value
        }
        if not diff:
            return locked
        for name, value in changes.items():
            setattr(locked, name, value)
        locked.full_clean()
        locked.save()
        append_event(
            shop=locked,
            stream=shop_stream(locked.pk),
            kind="shop.settings_changed",
            actor=by.user,
            data={"changes": diff},
        )
    return locked
