"""Signing in with a username and password, and reading the signed-in person back.

Django's own ``ModelBackend``, with one addition: on a shop's pages the person has already been
read together with their membership of that shop (``ShopMemberMiddleware``), and
``get_user`` takes that row instead of reading it again. Everything else — the password check,
``is_active``, and Django's check of the session against the password hash — is Django's.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from django.contrib.auth import backends

# The person read with their membership, for the duration of one ``auth.get_user`` call.
known_user: ContextVar[Any] = ContextVar("levelhead_known_user", default=None)


class ModelBackend(backends.ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        known = known_user.get()
        if known is not None and known.pk == user_id:
            return known if self.user_can_authenticate(known) else None
        return super().get_user(user_id)
