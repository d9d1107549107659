"""Customers, their orders, and the shipments that carry them."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from levelhead.core import clock

from .status import Status


class CustomerQuerySet(models.QuerySet["Customer"]):
    def for_shop(self, shop: object) -> CustomerQuerySet:
        return self.filter(shop=shop)


class Customer(models.Model):
    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="customers")
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    objects = CustomerQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["shop", "email"], name="customer_shop_email")]

    def __str__(self) -> str:
        return self.name or self.email or f"Customer {self.pk}"


class IdentityKind(models.TextChoices):
    EMAIL = "email", "Email"
    PHONE = "phone", "Phone"
    CHAT = "chat", "Chat visitor"


class CustomerIdentity(models.Model):
    """One way a customer reaches the shop; how an incoming message finds its customer."""

    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="identities")
    kind = models.CharField(max_length=10, choices=IdentityKind.choices)
    value = models.CharField(max_length=254)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["shop", "kind", "value"], name="identity_unique")
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


class OrderQuerySet(models.QuerySet["Order"]):
    def for_shop(self, shop: object) -> OrderQuerySet:
        return self.filter(shop=shop)

    def late(self, today: object) -> OrderQuerySet:
        """Paid or processing orders whose promised dispatch date has passed (the statuses as
        literals: the partial index ``order_shop_late`` names them, see core.lookups)."""
        return self.filter(
            status__among=[Status.PLACED, Status.PAID, Status.PROCESSING], dispatch_by__lt=today
        )


class Order(models.Model):
    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="orders")
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="orders")
    number = models.CharField(max_length=40)
    source = models.CharField(max_length=20, default="manual")
    external_id = models.CharField(max_length=100, blank=True)
    status = models.CharField(
        max_length=12, choices=[(s.value, s.label) for s in Status], default=Status.PLACED
    )
    currency = models.CharField(max_length=3)
    total = models.DecimalField(max_digits=12, decimal_places=2, default=0)
    placed_at = models.DateTimeField()
    dispatch_by = models.DateField(null=True, blank=True)
    status_changed_at = models.DateTimeField()
    shipping_address = models.TextField(blank=True)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=clock.now)
    updated_at = models.DateTimeField(default=clock.now)

    objects = OrderQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["shop", "number"], name="order_number_unique"),
            models.UniqueConstraint(
                fields=["shop", "source", "external_id"],
                condition=~Q(external_id=""),
                name="order_external_id_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["shop", "-placed_at", "-id"], name="order_shop_placed"),
            models.Index(fields=["shop", "status", "-placed_at"], name="order_shop_status"),
            models.Index(fields=["shop", "dispatch_by"], name="order_shop_dispatch_by"),
            # The "late" filter and count: only orders still waiting to be dispatched.
            models.Index(
                fields=["shop", "dispatch_by"],
                condition=Q(status__in=["placed", "paid", "processing"]),
                name="order_shop_late",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.number}"


class OrderItem(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="items")
    sku = models.CharField(max_length=80, blank=True)
    title = models.CharField(max_length=300)
    quantity = models.PositiveIntegerField(default=1)
    unit_price = models.DecimalField(max_digits=12, decimal_places=2, default=0)

    def __str__(self) -> str:
        return f"{self.quantity} × {self.title}"

    @property
    def line_total(self) -> object:
        return self.unit_price * self.quantity


def receipt_path(instance: Shipment, filename: str) -> str:
    # The shop and order in the path; the name is the service's, never the uploader's.
    return f"receipts/{instance.order.shop_id}/{instance.order_id}/{filename}"


class Shipment(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="shipments")
    carrier = models.CharField(max_length=80, blank=True)
    tracking_number = models.CharField(max_length=100, blank=True)
    tracking_url = models.URLField(max_length=500, blank=True)
    external_id = models.CharField(max_length=100, blank=True)
    dispatched_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    postage_cost = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    receipt = models.FileField(upload_to=receipt_path, blank=True)
    receipt_name = models.CharField(max_length=200, blank=True)
    receipt_content_type = models.CharField(max_length=100, blank=True)
    receipt_size = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.carrier} {self.tracking_number}".strip() or f"Shipment {self.pk}"


class StageMessage(models.Model):
    """A shop's default message to the customer when an order reaches a stage (editable)."""

    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=12, choices=[(s.value, s.label) for s in Status])
    subject = models.CharField(max_length=200)
    body = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["shop", "status"], name="stage_message_unique")
        ]

    def __str__(self) -> str:
        return f"{self.shop}: {self.status}"


def import_path(instance: ImportRun, filename: str) -> str:
    return f"imports/{instance.shop_id}/{filename}"


class ImportStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    FAILED = "failed", "Failed"
    DONE = "done", "Imported"


class ImportRun(models.Model):
    """One CSV import: the file exactly as uploaded (kept whatever happens), and its outcome."""

    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="+")
    created_by = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    via = models.CharField(max_length=10, default="upload")  # upload or cli
    file = models.FileField(upload_to=import_path)
    filename = models.CharField(max_length=200)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    status = models.CharField(
        max_length=10, choices=ImportStatus.choices, default=ImportStatus.RECEIVED
    )
    # [{"line": 7, "column": "total", "message": "..."}, ...]; line 0 is about the whole file.
    errors = models.JSONField(default=list)
    error_count = models.PositiveIntegerField(default=0)
    rows = models.PositiveIntegerField(default=0)
    orders_created = models.PositiveIntegerField(default=0)
    orders_updated = models.PositiveIntegerField(default=0)
    shipments_added = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=clock.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["shop", "-created_at"], name="import_shop_created")]

    def __str__(self) -> str:
        return f"import {self.pk} {self.filename} ({self.status})"


class DeliveryStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    REFUSED = "refused", "Refused (signature)"
    PROCESSED = "processed", "Processed"
    IGNORED = "ignored", "Ignored (topic)"
    FAILED = "failed", "Failed"


class WebhookDelivery(models.Model):
    """One webhook request exactly as it arrived, stored before anything else is done with it."""

    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=20)
    topic = models.CharField(max_length=100, blank=True)
    delivery_id = models.CharField(max_length=100, blank=True)
    body = models.BinaryField()
    headers = models.JSONField(default=dict)
    signature_valid = models.BooleanField(default=False)
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.RECEIVED
    )
    order = models.ForeignKey(
        Order, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    received_at = models.DateTimeField(default=clock.now)
    processed_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["shop", "-received_at"], name="webhook_shop_received"),
            models.Index(fields=["status", "received_at"], name="webhook_status"),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.topic} ({self.status})"

    @property
    def body_text(self) -> str:
        return bytes(self.body).decode("utf-8", errors="replace")
