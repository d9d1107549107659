from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "levelhead.core"
    label = "core"
