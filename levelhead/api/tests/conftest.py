import pytest

from levelhead.accounts.services import create_api_key


@pytest.fixture
def key_a(cast):
    return create_api_key(cast.shop_a, "tests")[1]


@pytest.fixture
def key_b(cast):
    return create_api_key(cast.shop_b, "tests")[1]


@pytest.fixture
def api(client):
    """The test client, speaking JSON with a bearer key."""

    class Api:
        def call(self, method, path, key=None, body=None):
            headers = {"Authorization": f"Bearer {key}"} if key else {}
            kwargs = {"content_type": "application/json", "headers": headers}
            if body is not None:
                kwargs["data"] = body
            return getattr(client, method)(f"/api{path}", **kwargs)

    return Api()
