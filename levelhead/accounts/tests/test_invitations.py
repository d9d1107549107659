import re

from django.core import mail
from django.urls import reverse

from levelhead.accounts.models import Membership
from levelhead.outbox.models import OutboundEmail
from levelhead.outbox.services import deliver


def invitation_link() -> str:
    match = re.search(r"http://testserver(\S+)", str(mail.outbox[0].body))
    assert match, mail.outbox[0].body
    return match.group(1)


def invite(client, cast, email="new.agent@example.test"):
    client.force_login(cast.owner)
    return client.post(reverse("team", args=[cast.shop_a.slug]), {"email": email, "role": "agent"})


def test_owner_invites_and_the_invitee_joins(client, cast):
    assert invite(client, cast).status_code == 302
    deliver(OutboundEmail.objects.get().pk)
    link = invitation_link()
    client.logout()
    response = client.post(link, {"username": "nina", "password": "Plenty-long-passphrase-9"})
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="nina")
    assert membership.shop == cast.shop_a and membership.role == "agent"
    # The link works once.
    client.logout()
    again = client.post(link, {"username": "nina2", "password": "Plenty-long-passphrase-9"})
    assert again.status_code == 404


def test_agents_cannot_invite(client, cast):
    client.force_login(cast.agent)
    response = client.post(
        reverse("team", args=[cast.shop_a.slug]), {"email": "x@example.test", "role": "owner"}
    )
    assert response.status_code == 404
    assert not OutboundEmail.objects.exists()


def test_a_tampered_invitation_link_is_refused(client, cast):
    invite(client, cast)
    deliver(OutboundEmail.objects.get().pk)
    link = invitation_link()
    client.logout()
    assert client.get(link.replace("/invitations/", "/invitations/x")).status_code == 404


def test_weak_password_is_refused_with_the_reason(client, cast):
    invite(client, cast)
    deliver(OutboundEmail.objects.get().pk)
    link = invitation_link()
    client.logout()
    response = client.post(link, {"username": "nina", "password": "password123"})
    assert response.status_code == 200
    assert b"too common" in response.content
    assert not Membership.objects.filter(user__username="nina").exists()
