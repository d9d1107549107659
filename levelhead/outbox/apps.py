from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "levelhead.outbox"
    label = "outbox"
