from django.contrib import admin

from .models import Customer, ImportRun, Order, OrderItem, Shipment, WebhookDelivery


class ItemInline(admin.TabularInline):
    model = OrderItem
    extra = 0


class ShipmentInline(admin.TabularInline):
    model = Shipment
    extra = 0


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    """Read-only: orders change only through the services, so the record stays whole."""

    list_display = ("number", "shop", "status", "placed_at", "dispatch_by", "total", "currency")
    list_filter = ("status", "shop")
    search_fields = ("number", "customer__email")
    inlines = [ItemInline, ShipmentInline]
    show_full_result_count = False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):
    list_display = ("name", "email", "shop")
    search_fields = ("name", "email")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Inputs kept for inspection: platform staff look, nobody edits."""

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "shop", "filename", "status", "rows", "error_count")
    list_filter = ("status",)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    list_display = ("received_at", "shop", "source", "topic", "status", "signature_valid")
    list_filter = ("source", "status", "signature_valid")
    exclude = ("body",)
