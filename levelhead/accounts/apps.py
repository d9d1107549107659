from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "levelhead.accounts"
    label = "accounts"
