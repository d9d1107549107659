from django.contrib import admin

from .models import OutboundEmail


@admin.register(OutboundEmail)
class OutboundEmailAdmin(admin.ModelAdmin):
    list_display = ("to", "subject", "shop", "state", "attempts", "created_at", "sent_at")
    list_filter = ("state",)
    readonly_fields = [f.name for f in OutboundEmail._meta.fields]
