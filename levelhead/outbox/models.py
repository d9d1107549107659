"""Outgoing messages waiting to be delivered, with their delivery state.

Channel-neutral by design: email now; chat and the platform's own messages later use the same
queue, the same retries and the same delivery states.
"""

from django.db import models

from levelhead.core import clock


class State(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class OutboundEmail(models.Model):
    shop = models.ForeignKey("accounts.Shop", on_delete=models.CASCADE, related_name="outbound")
    stream = models.CharField(max_length=64, blank=True)  # the record stream to report to
    to = models.EmailField()
    from_address = models.CharField(max_length=300)
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    headers = models.JSONField(default=dict)
    message_id = models.CharField(max_length=300)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=clock.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="outbox_due"),
            models.Index(fields=["shop", "stream"], name="outbox_stream"),
        ]

    def __str__(self) -> str:
        return f"{self.to}: {self.subject} ({self.state})"
