"""The JSON API (django-ninja): one router per domain, per-shop API keys."""

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI

from levelhead.core.errors import LevelheadError

from .auth import ShopKey
from .orders import Conflict
from .orders import router as orders_router
from .triage import router as triage_router

api = NinjaAPI(
    title="levelhead API",
    version="1",
    description="Orders and shipments in, for one shop per API key. See docs/api.md.",
    urls_namespace="api",
    auth=ShopKey(),
)


@api.get("/health", auth=None, tags=["meta"])
def health(request) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"status": "ok"}


@api.exception_handler(Conflict)
def conflict(request: HttpRequest, exc: Conflict) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(LevelheadError)
def refused(request: HttpRequest, exc: LevelheadError) -> HttpResponse:
    # The same shape as a validation error, so clients read one format for every 422.
    loc = ["body", exc.field] if exc.field else ["body"]
    detail = [{"type": "refused", "loc": loc, "msg": exc.message}]
    return api.create_response(request, {"detail": detail}, status=422)


api.add_router("/", orders_router)
api.add_router("/", triage_router)
