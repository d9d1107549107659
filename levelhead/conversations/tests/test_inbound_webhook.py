from django.urls import reverse

from levelhead.accounts.models import WebhookSecret
from levelhead.conversations.channels.email_in.views import sign
from levelhead.conversations.ingest import process_raw
from levelhead.conversations.models import InboundRaw, RawStatus

from .mime import make_email

SECRET = "whsec-test-7f3a"


def post(client, shop, body, signature=None, **headers):
    return client.generic(
        "POST",
        reverse("inbound-email", args=[shop.slug]),
        body,
        content_type="message/rfc822",
        HTTP_X_LEVELHEAD_SIGNATURE=signature if signature is not None else sign(SECRET, body),
        **headers,
    )


def test_signed_message_is_stored_and_processed(client, cast):
    WebhookSecret.objects.create(shop=cast.shop_a, source="email", secret=SECRET)
    body = make_email()
    response = post(client, cast.shop_a, body)
    assert response.status_code == 202
    raw = InboundRaw.objects.get(pk=response.json()["id"])
    assert bytes(raw.body) == body
    assert process_raw(raw.pk).status == RawStatus.PROCESSED


def test_bad_signature_is_refused_and_the_body_kept(client, cast):
    WebhookSecret.objects.create(shop=cast.shop_a, source="email", secret=SECRET)
    body = make_email()
    response = post(client, cast.shop_a, body, signature="sha256=" + "0" * 64)
    assert response.status_code == 401
    raw = InboundRaw.objects.get()
    assert raw.status == RawStatus.REFUSED and bytes(raw.body) == body


def test_no_secret_configured_refuses(client, cast):
    assert post(client, cast.shop_a, make_email()).status_code == 401


def test_the_same_delivery_is_stored_once(client, cast):
    WebhookSecret.objects.create(shop=cast.shop_a, source="email", secret=SECRET)
    body = make_email()
    first = post(client, cast.shop_a, body, HTTP_X_LEVELHEAD_DELIVERY="d-1")
    again = post(client, cast.shop_a, body, HTTP_X_LEVELHEAD_DELIVERY="d-1")
    assert first.json()["stored"] is True and again.json()["stored"] is False
    assert InboundRaw.objects.count() == 1


def test_oversized_message_is_refused_with_413(client, cast, settings):
    settings.INBOUND_MAX_BYTES = 1000
    WebhookSecret.objects.create(shop=cast.shop_a, source="email", secret=SECRET)
    assert post(client, cast.shop_a, make_email(body="x" * 5000)).status_code == 413


def test_a_twenty_megabyte_message_is_stored_whole_and_read_within_bounds(client, cast):
    WebhookSecret.objects.create(shop=cast.shop_a, source="email", secret=SECRET)
    body = make_email(body="I am very upset. " * 1_250_000)  # about 21 MB of text
    assert len(body) > 20_000_000
    response = post(client, cast.shop_a, body)
    assert response.status_code == 202
    raw = process_raw(response.json()["id"])
    assert raw.status == RawStatus.PROCESSED
    assert len(bytes(InboundRaw.objects.get(pk=raw.pk).body)) == len(body)
    assert "truncated" in raw.error
    assert raw.message is not None and len(raw.message.text) <= 200_000


def test_a_new_secret_takes_effect_at_once_though_the_old_one_was_cached(client, cast):
    from levelhead.orders.webhooks import set_webhook_secret

    set_webhook_secret(cast.shop_a, "email", SECRET)
    assert post(client, cast.shop_a, make_email()).status_code == 202  # now cached
    set_webhook_secret(cast.shop_a, "email", "a-brand-new-secret")
    assert post(client, cast.shop_a, make_email()).status_code == 401
    body = make_email()
    assert post(client, cast.shop_a, body, sign("a-brand-new-secret", body)).status_code == 202
