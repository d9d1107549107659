from django.apps import AppConfig


class OrdersConfig(AppConfig):
    name = "levelhead.orders"
    label = "orders"
