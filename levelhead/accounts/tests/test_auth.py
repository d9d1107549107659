import json
import os
import re
import subprocess
import sys
from pathlib import Path

from django.contrib.auth.hashers import check_password, identify_hasher
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


def _production(code: str, home: Path) -> str:
    """Run ``code`` with ``levelhead.settings`` loaded as a deployment loads it: no pytest in
    the process and no LEVELHEAD_TESTING, so the tests' fast hasher is not added."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEVELHEAD_", "DATABASE_"))}
    env.update(DJANGO_SETTINGS_MODULE="levelhead.settings", LEVELHEAD_HOME=str(home))
    setup = "import django; django.setup()\n"
    result = subprocess.run(
        [sys.executable, "-c", setup + code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_passwords_are_hashed_with_argon2_in_production(tmp_path):
    from django.conf import settings

    out = _production(
        "import json, sys\n"
        "from django.conf import settings\n"
        "from levelhead.accounts.models import User\n"
        "assert 'pytest' not in sys.modules\n"
        "user = User(username='x')\n"
        "user.set_password('s3cret-enough-pass')\n"
        "print(json.dumps([user.password, settings.PASSWORD_HASHERS]))",
        tmp_path,
    )
    stored, production_hashers = json.loads(out)
    assert stored.startswith("argon2$"), stored
    assert identify_hasher(stored).algorithm == "argon2"
    assert check_password("s3cret-enough-pass", stored)
    # The tests only put a fast hasher in front of production's list and change nothing else.
    assert settings.PASSWORD_HASHERS[0].endswith("MD5PasswordHasher")
    assert settings.PASSWORD_HASHERS[1:] == production_hashers


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


def _queries(client, url: str, status: int = 200) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == status
    return [q["sql"] for q in ctx.captured_queries]


def test_a_shop_page_reads_the_person_with_their_membership_in_one_query(client, cast):
    client.force_login(cast.agent)
    url = reverse("order-list", args=[cast.shop_a.slug])
    client.get(url)  # the session cached
    queries = _queries(client, url)
    people = [q for q in queries if '"accounts_user"' in q]
    assert len(people) == 1
    assert '"accounts_membership"' in people[0] and '"accounts_shop"' in people[0]
    # A page outside any shop still reads the person the usual way.
    home = _queries(client, reverse("home"), status=302)
    assert any('"accounts_user"' in q and '"accounts_membership"' not in q for q in home)


def test_a_changed_password_still_signs_out_other_sessions_on_shop_pages(client, cast):
    client.force_login(cast.agent)
    url = reverse("order-list", args=[cast.shop_a.slug])
    assert client.get(url).status_code == 200
    cast.agent.set_password("a-brand-new-passphrase")
    cast.agent.save()
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert "_auth_user_id" not in client.session


def test_a_deactivated_member_is_signed_out_on_shop_pages(client, cast):
    client.force_login(cast.agent)
    url = reverse("order-list", args=[cast.shop_a.slug])
    assert client.get(url).status_code == 200
    User.objects.filter(pk=cast.agent.pk).update(is_active=False)
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_a_member_of_one_shop_meets_404_on_anothers_pages(client, cast):
    client.force_login(cast.agent)
    assert client.get(reverse("order-list", args=[cast.shop_b.slug])).status_code == 404
    # …and the failed lookup does not leave them half signed in elsewhere.
    assert client.get(reverse("order-list", args=[cast.shop_a.slug])).status_code == 200
