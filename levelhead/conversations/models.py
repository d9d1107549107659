"""Cases, their messages, and every inbound input exactly as it arrived."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q

from levelhead.core import clock


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    CHAT = "chat", "Chat"
    PHONE = "phone", "Phone"
    PLATFORM = "platform", "Platform"


class CaseStatus(models.TextChoices):
    OPEN = "open", "Open"
    WAITING = "waiting", "Waiting on customer"
    RESOLVED = "resolved", "Resolved"
    ESCALATED = "escalated", "Escalated"


class Priority(models.IntegerChoices):
    LOW = 0, "Low"
    NORMAL = 1, "Normal"
    HIGH = 2, "High"
    URGENT = 3, "Urgent"


def new_reply_token() -> str:
    return secrets.token_hex(8)


class CaseQuerySet(models.QuerySet["Case"]):
    def for_shop(self, shop: object) -> CaseQuerySet:
        return self.filter(shop=shop)

    def active(self) -> CaseQuerySet:
        return self.filter(
            status__among=[CaseStatus.OPEN, CaseStatus.WAITING, CaseStatus.ESCALATED]
        )


class Case(models.Model):
    """A customer's issue: one conversation across channels, with its targets and its heat."""

    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="cases")
    customer = models.ForeignKey("orders.Customer", on_delete=models.PROTECT, related_name="cases")
    order = models.ForeignKey(
        "orders.Order", on_delete=models.SET_NULL, null=True, blank=True, related_name="cases"
    )
    subject = models.CharField(max_length=300, blank=True)
    # The abuse the triage engine found in the subject ({start, end, label}), masked wherever
    # the subject is shown, as in the messages.
    subject_spans = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.EMAIL)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_cases",
    )
    heat = models.PositiveSmallIntegerField(null=True, blank=True)
    heat_trajectory = models.JSONField(default=list, blank=True)
    flags = models.JSONField(default=dict, blank=True)  # abuse, threats, demands, issue
    reply_token = models.CharField(max_length=32, unique=True, default=new_reply_token)
    # Response-time targets: the time the next reply is due, and whether the first one was made.
    due_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    last_inbound_at = models.DateTimeField(null=True, blank=True)
    last_outbound_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    updated_at = models.DateTimeField(default=clock.now)

    objects = CaseQuerySet.as_manager()

    class Meta:
        indexes = [
            # Each inbox view in its order to the last key, so a page of 50 stops after 50.
            models.Index(
                fields=["shop", "status", "-priority", "due_at", "-updated_at"], name="case_inbox"
            ),
            # The active cases only (a tenth of them, or less): the mine and unassigned views in
            # their order, and the inbox counts from the index alone (status is its last key).
            models.Index(
                fields=["shop", "assignee", "-priority", "due_at", "-updated_at", "status"],
                condition=Q(status__in=["open", "waiting", "escalated"]),
                name="case_queue",
            ),
            models.Index(fields=["shop", "assignee", "status"], name="case_assignee"),
            models.Index(fields=["shop", "customer"], name="case_customer"),
        ]

    def __str__(self) -> str:
        return f"Case {self.pk}: {self.subject}"


class Direction(models.TextChoices):
    IN = "in", "From the customer"
    OUT = "out", "To the customer"
    NOTE = "note", "Internal note"


class Message(models.Model):
    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="+")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=4, choices=Direction.choices)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sender = models.CharField(max_length=320, blank=True)  # the address or number it came from
    sender_name = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    text = models.TextField(blank=True)  # what the person wrote this time
    quoted = models.TextField(blank=True)  # earlier messages quoted and the signature, folded away
    html = models.TextField(blank=True)  # sanitised
    external_id = models.CharField(max_length=300, blank=True)  # Message-ID, chat message id
    in_reply_to = models.CharField(max_length=300, blank=True)
    references = models.TextField(blank=True)
    raw = models.ForeignKey(
        "InboundRaw", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    outbound = models.ForeignKey(
        "outbox.OutboundEmail", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    triage = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["shop", "external_id"],
                condition=~Q(external_id=""),
                name="message_external_id_unique",
            )
        ]
        indexes = [models.Index(fields=["case", "created_at"], name="message_case_time")]

    def __str__(self) -> str:
        return f"{self.direction} {self.channel} {self.subject or self.text[:40]}"


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"attachments/{instance.message.shop_id}/{instance.message.case_id}/{filename}"


class Attachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    def __str__(self) -> str:
        return self.filename


class RawStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    PROCESSED = "processed", "Processed"
    DUPLICATE = "duplicate", "Duplicate"
    IGNORED = "ignored", "Ignored (auto-reply or bounce)"
    FAILED = "failed", "Failed"
    REFUSED = "refused", "Refused (bad signature)"


class InboundRaw(models.Model):
    """An inbound input stored before anything else happens to it; never deleted by processing."""

    # No index of its own: ``raw_status`` starts with the shop (one index less to write per input).
    shop = models.ForeignKey(
        "accounts.Shop", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    source = models.CharField(max_length=200)  # "imap:INBOX", "webhook", "chat:<session>"
    external_key = models.CharField(max_length=300, blank=True)  # IMAP UIDVALIDITY:UID, …
    body = models.BinaryField()
    size = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=RawStatus.choices, default=RawStatus.RECEIVED)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    message = models.ForeignKey(
        Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    received_at = models.DateTimeField(default=clock.now)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["shop", "source", "external_key"],
                condition=~Q(external_key=""),
                name="raw_source_key_unique",
            )
        ]
        indexes = [
            models.Index(fields=["shop", "status", "-received_at"], name="raw_status"),
            # The worker's queue: inputs waiting to be processed, oldest first.
            models.Index(fields=["id"], condition=Q(status="received"), name="raw_waiting"),
        ]

    def __str__(self) -> str:
        return f"raw {self.pk} {self.channel} {self.status}"


class MailboxSecurity(models.TextChoices):
    SSL = "ssl", "SSL/TLS (port 993)"
    STARTTLS = "starttls", "STARTTLS (port 143)"
    NONE = "none", "None (local servers only)"


class Mailbox(models.Model):
    """A shop's IMAP mailbox, polled for customer email. The password is stored encrypted;
    ``uidvalidity`` and ``last_uid`` are the checkpoint, advanced only after a message is stored."""

    shop = models.OneToOneField("accounts.Shop", on_delete=models.CASCADE, related_name="mailbox")
    host = models.CharField(max_length=255)
    port = models.PositiveIntegerField(default=993)
    security = models.CharField(
        max_length=10, choices=MailboxSecurity.choices, default=MailboxSecurity.SSL
    )
    username = models.CharField(max_length=320)
    password_encrypted = models.TextField(blank=True)  # Fernet token; see levelhead.core.crypto
    folder = models.CharField(max_length=200, default="INBOX")
    uidvalidity = models.PositiveBigIntegerField(null=True, blank=True)
    last_uid = models.PositiveBigIntegerField(default=0)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=clock.now)

    def __str__(self) -> str:
        return f"{self.username}@{self.host}/{self.folder}"

    @property
    def source(self) -> str:
        """The ``InboundRaw.source`` of messages fetched from this mailbox and folder."""
        return f"imap:{self.pk}:{self.folder}"

    def set_password(self, password: str) -> None:
        from levelhead.core import crypto

        self.password_encrypted = crypto.encrypt(password)

    def password(self) -> str:
        from levelhead.core import crypto

        return crypto.decrypt(self.password_encrypted) if self.password_encrypted else ""
