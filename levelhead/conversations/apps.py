from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "levelhead.conversations"
    label = "conversations"
