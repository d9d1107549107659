import re

from django.contrib.auth.hashers import identify_hasher
from django.core import mail
from django.urls import reverse

from levelhead.accounts.models import User
from levelhead.core.testing.cast import PASSWORD


def test_login_with_the_right_password(client, cast):
    response = client.post(reverse("login"), {"username": "arjun", "password": PASSWORD})
    assert response.status_code == 302
    # One shop: straight to its orders.
    assert client.get(response["Location"]).url == reverse("inbox", args=["clay-and-kiln"])


def test_login_is_throttled_after_five_failures(client, cast):
    for _ in range(5):
        client.post(
            reverse("login"), {"username": "arjun", "password": "wrong"}, REMOTE_ADDR="10.1.1.1"
        )
    locked = client.post(
        reverse("login"), {"username": "arjun", "password": PASSWORD}, REMOTE_ADDR="10.1.1.1"
    )
    assert locked.status_code == 429
    assert b"Too many failed log-in attempts" in locked.content
    assert "_auth_user_id" not in client.session


def test_passwords_are_hashed_with_argon2_in_production(settings):
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
    ]
    user = User(username="x")
    user.set_password("s3cret-enough-pass")
    assert identify_hasher(user.password).algorithm == "argon2"


def test_password_reset_sends_a_working_link(client, cast):
    client.post(reverse("password_reset"), {"email": "arjun@example.test"})
    (message,) = mail.outbox
    match = re.search(r"http://\S+", str(message.body))
    assert match, message.body
    link = match.group(0)
    response = client.get(link, follow=True)
    assert b"Choose a new password" in response.content
    form_url = response.redirect_chain[-1][0]
    done = client.post(
        form_url,
        {"new_password1": "A-much-longer-pass-42", "new_password2": "A-much-longer-pass-42"},
    )
    assert done.status_code == 302
    login = client.post(
        reverse("login"), {"username": "arjun", "password": "A-much-longer-pass-42"}
    )
    assert login.status_code == 302 and "_auth_user_id" in client.session


def test_shop_switcher_lists_every_shop_of_a_member(client, cast):
    from levelhead.accounts.services import add_member

    add_member(cast.shop_b, cast.agent)
    client.force_login(cast.agent)
    home = client.get(reverse("home"))
    assert b"Clay &amp; Kiln" in home.content and b"Bright Socks" in home.content
    page = client.get(reverse("order-list", args=[cast.shop_b.slug]))
    assert page.context["current_shop"] == cast.shop_b
