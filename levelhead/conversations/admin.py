from django.contrib import admin

from levelhead.orders.admin import ReadOnlyAdmin

from .models import Case, InboundRaw, Mailbox, Message


class MessageInline(admin.TabularInline):
    model = Message
    fields = ("created_at", "direction", "channel", "sender", "subject")
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Case)
class CaseAdmin(ReadOnlyAdmin):
    """Cases change through the services (and the record); here platform staff only look."""

    list_display = ("pk", "shop", "subject", "status", "priority", "heat", "due_at")
    list_filter = ("status", "priority", "shop")
    search_fields = ("subject", "customer__email")
    inlines = [MessageInline]
    show_full_result_count = False


@admin.register(InboundRaw)
class InboundRawAdmin(ReadOnlyAdmin):
    list_display = ("received_at", "shop", "channel", "source", "status", "size", "attempts")
    list_filter = ("status", "channel")
    exclude = ("body",)


@admin.register(Mailbox)
class MailboxAdmin(ReadOnlyAdmin):
    list_display = ("shop", "host", "username", "folder", "enabled", "last_polled_at", "last_error")
    exclude = ("password_encrypted",)
