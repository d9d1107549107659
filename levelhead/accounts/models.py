"""Who may see what: the platform, its shops, and the people in them."""

from __future__ import annotations

import zoneinfo

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models


def default_business_hours() -> dict[str, list[list[str]]]:
    weekday = [["09:00", "17:00"]]
    return {"mon": weekday, "tue": weekday, "wed": weekday, "thu": weekday, "fri": weekday}


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"Unknown time zone {value!r}; use a name such as Europe/London.")


class User(AbstractUser):
    """A person who signs in: a shop member, or platform staff (``is_staff``)."""

    email = models.EmailField("email address", blank=True)

    @property
    def is_platform_staff(self) -> bool:
        return self.is_staff


class Platform(models.Model):
    """The deployment: one marketplace, or one independent seller."""

    name = models.CharField(max_length=120)
    support_email = models.EmailField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Shop(models.Model):
    platform = models.ForeignKey(Platform, on_delete=models.PROTECT, related_name="shops")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=60, unique=True)
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    currency = models.CharField(max_length=3, default="GBP")
    business_hours = models.JSONField(default=default_business_hours)
    sender_name = models.CharField(max_length=120, blank=True)
    sender_email = models.EmailField(blank=True)
    # Response-time targets, in business minutes (counted in business_hours, skipping holidays).
    first_response_minutes = models.PositiveIntegerField(default=240)
    next_response_minutes = models.PositiveIntegerField(default=480)
    holidays = models.JSONField(default=list, blank=True)  # ["2026-12-25", ...]
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def from_address(self) -> str:
        from django.conf import settings

        if not self.sender_email:
            return settings.DEFAULT_FROM_EMAIL
        name = (self.sender_name or self.name).replace('"', "")
        return f'"{name}" <{self.sender_email}>'


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    AGENT = "agent", "Agent"


class Membership(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.AGENT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "shop"], name="one_membership_per_shop")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.shop} ({self.role})"

    @property
    def is_owner(self) -> bool:
        return self.role == Role.OWNER


class Invitation(models.Model):
    """An owner's invitation of a new agent; accepted through a signed link."""

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.AGENT)
    invited_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.email} → {self.shop}"


class ApiKey(models.Model):
    """A shop's key for the JSON API. Only a SHA-256 digest of the secret is stored."""

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="api_keys")
    name = models.CharField(max_length=80)
    prefix = models.CharField(max_length=12, unique=True)
    digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class WebhookSource(models.TextChoices):
    SHOPIFY = "shopify", "Shopify"
    WOOCOMMERCE = "woocommerce", "WooCommerce"
    EMAIL = "email", "Inbound email provider"


class WebhookSecret(models.Model):
    """The signing secret a shop's store platform uses for its order webhooks."""

    shop = models.ForeignKey(Shop, on_delete=models.CASCADE, related_name="webhook_secrets")
    source = models.CharField(max_length=20, choices=WebhookSource.choices)
    secret = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["shop", "source"], name="one_secret_per_source")
        ]

    def __str__(self) -> str:
        return f"{self.shop} {self.source} secret"
