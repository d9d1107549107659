from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import ApiKey, Invitation, Membership, Platform, Shop, User, WebhookSecret


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("user",)


@admin.register(User)
class LevelheadUserAdmin(UserAdmin):
    pass


@admin.register(Platform)
class PlatformAdmin(admin.ModelAdmin):
    list_display = ("name", "support_email")


@admin.register(Shop)
class ShopAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "timezone", "currency", "sender_email")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ("email", "shop", "role", "created_at", "accepted_at")
    readonly_fields = ("accepted_at", "accepted_by")


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("name", "shop", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("prefix", "digest", "last_used_at")


admin.site.register(WebhookSecret)
admin.site.site_header = "levelhead platform administration"
