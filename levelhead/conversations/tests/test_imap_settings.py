"""The mailbox settings page: owner only, a real "test connection", the password never shown."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.urls import reverse

from levelhead.conversations.models import Mailbox
from levelhead.records.models import Event

KEY = Fernet.generate_key().decode()


@pytest.fixture(autouse=True)
def _encryption_key(settings):
    settings.ENCRYPTION_KEYS = [KEY]


def form(server, **extra) -> dict[str, object]:
    return {
        "host": server.host,
        "port": server.port,
        "security": "none",
        "username": server.username,
        "password": server.password,
        "folder": "INBOX",
        "enabled": "on",
        "action": "save",
        **extra,
    }


def url(shop) -> str:
    return reverse("mailbox-settings", args=[shop.slug])


def test_owner_tests_the_connection_without_saving(client, cast, imap_server):
    client.force_login(cast.owner)
    response = client.post(url(cast.shop_a), form(imap_server, action="test"))
    assert response.status_code == 200
    assert b"Connected: 0 messages in INBOX." in response.content
    assert not Mailbox.objects.exists()
    wrong = client.post(url(cast.shop_a), form(imap_server, action="test", password="nope"))
    assert b"Login failed" in wrong.content


def test_owner_saves_the_mailbox_and_the_password_is_never_shown_back(client, cast, imap_server):
    client.force_login(cast.owner)
    response = client.post(url(cast.shop_a), form(imap_server))
    assert response.status_code == 302
    mailbox = Mailbox.objects.get(shop=cast.shop_a)
    assert mailbox.password() == imap_server.password
    assert imap_server.password not in mailbox.password_encrypted
    page = client.get(url(cast.shop_a))
    assert imap_server.password.encode() not in page.content
    assert mailbox.password_encrypted.encode() not in page.content
    assert b"Stored (leave blank to keep it)" in page.content
    event = Event.objects.get(kind="mailbox.connected")
    assert imap_server.password not in str(event.data)

    # A blank password keeps the stored one, and "test connection" uses it.
    again = client.post(url(cast.shop_a), form(imap_server, password="", action="test"))
    assert b"Connected:" in again.content
    client.post(url(cast.shop_a), form(imap_server, password="", folder="Support"))
    mailbox.refresh_from_db()
    assert mailbox.folder == "Support" and mailbox.password() == imap_server.password


def test_another_account_needs_its_password_and_starts_a_fresh_checkpoint(
    client, cast, imap_server
):
    client.force_login(cast.owner)
    client.post(url(cast.shop_a), form(imap_server))
    first = Mailbox.objects.get()
    Mailbox.objects.filter(pk=first.pk).update(uidvalidity=1, last_uid=40)
    refused = client.post(url(cast.shop_a), form(imap_server, username="other@x.test", password=""))
    assert refused.status_code == 400 and b"Enter the mailbox" in refused.content
    client.post(url(cast.shop_a), form(imap_server, username="other@x.test", password="pw"))
    second = Mailbox.objects.get()
    assert second.pk != first.pk and (second.uidvalidity, second.last_uid) == (None, 0)


def test_agent_sees_the_status_but_cannot_change_it(client, cast, imap_server):
    client.force_login(cast.owner)
    client.post(url(cast.shop_a), form(imap_server))
    client.force_login(cast.agent)
    page = client.get(url(cast.shop_a))
    assert page.status_code == 200
    assert imap_server.username.encode() in page.content
    assert b'name="password"' not in page.content
    assert client.post(url(cast.shop_a), form(imap_server, action="test")).status_code == 404
    assert client.post(url(cast.shop_a), form(imap_server, host="evil.test")).status_code == 404
    assert Mailbox.objects.get().host == imap_server.host


def test_other_shops_owner_gets_404(client, cast):
    client.force_login(cast.outsider)
    assert client.get(url(cast.shop_a)).status_code == 404


def test_the_empty_inbox_offers_to_connect_a_mailbox(client, cast):
    client.force_login(cast.owner)
    response = client.get(reverse("inbox", args=[cast.shop_a.slug]))
    assert url(cast.shop_a).encode() in response.content
    assert b"Connect a mailbox" in response.content
    settings_page = client.get(reverse("shop-settings", args=[cast.shop_a.slug]))
    assert url(cast.shop_a).encode() in settings_page.content
