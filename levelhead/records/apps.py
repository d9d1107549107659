from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "levelhead.records"
    label = "records"
