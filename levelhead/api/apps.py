from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "levelhead.api"
    label = "api"
