"""API keys: the key's shop only; a missing, wrong or revoked key gets 401."""

from django.core.management import call_command

from levelhead.accounts.models import ApiKey
from levelhead.core import clock


def test_no_key_wrong_key_and_revoked_key_get_401(api, cast, key_a):
    assert api.call("get", "/orders").status_code == 401
    assert api.call("get", "/orders", "lh_00000000_nope").status_code == 401
    assert api.call("get", "/orders", key_a[:-1] + "x").status_code == 401
    assert api.call("get", "/orders", "not-a-key").status_code == 401
    assert api.call("get", "/orders", key_a).status_code == 200
    ApiKey.objects.filter(shop=cast.shop_a).update(revoked_at=clock.now())
    assert api.call("get", "/orders", key_a).status_code == 401


def test_another_shops_order_is_404_never_403(api, cast, key_a):
    response = api.call("get", f"/orders/{cast.order_b.number}", key_a)
    assert response.status_code == 404
    assert b"bob@example.test" not in response.content


def test_the_key_is_stored_hashed(cast, key_a):
    key = ApiKey.objects.get(shop=cast.shop_a)
    assert key_a not in (key.digest, key.prefix) and key.digest != ""


def test_create_api_key_command_prints_the_secret_once(cast, capsys, api):
    call_command("create_api_key", cast.shop_a.slug, "Shopify bridge")
    out = capsys.readouterr().out
    secret = next(word for word in out.split() if word.startswith("lh_"))
    assert api.call("get", "/orders", secret).status_code == 200
    assert ApiKey.objects.get(name="Shopify bridge").digest != secret
