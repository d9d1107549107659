"""The JSON API (django-ninja): one router per domain, per-shop API keys."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="levelhead API",
    version="1",
    description="Orders and shipments in, for one shop per API key. See docs/api.md.",
    urls_namespace="api",
)


@api.get("/health", auth=None, tags=["meta"])
def health(request) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"status": "ok"}
