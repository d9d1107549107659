"""The record: an append-only, hash-chained log of everything that happened."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Event(models.Model):
    """One entry of the record. Rows are only ever inserted (and content erased on request)."""

    # The global position: the order in which events were written, and the global chain's order.
    id = models.BigAutoField(primary_key=True)
    shop = models.ForeignKey("accounts.Shop", on_delete=models.PROTECT, related_name="events")
    stream = models.CharField(max_length=64)
    seq = models.PositiveIntegerField()
    kind = models.CharField(max_length=64)
    actor = models.CharField(max_length=120)
    actor_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    occurred_at = models.DateTimeField()
    # Content: what happened, with the old and new values and the exact text a customer was sent.
    data = models.JSONField(default=dict)
    salt = models.CharField(max_length=32, blank=True)
    erased_at = models.DateTimeField(null=True, blank=True)
    content_digest = models.CharField(max_length=64)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)
    link = models.CharField(max_length=64)

    class Meta:
        ordering = ["id"]
        constraints = [
            # Two writers can never both append event N of a stream: the chain cannot fork.
            models.UniqueConstraint(fields=["stream", "seq"], name="event_stream_seq_unique"),
        ]
        indexes = [models.Index(fields=["shop", "stream", "seq"], name="event_shop_stream")]

    def __str__(self) -> str:
        return f"{self.stream}#{self.seq} {self.kind}"


class ChainHead(models.Model):
    """One row, locked by every writer, holding the tip of the global chain."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_event_id = models.BigIntegerField(default=0)
    link = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"chain head at event {self.last_event_id}"
