"""The shop's people as the pickers show them: cached, and cleared when someone joins."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from levelhead.accounts.access import shop_members
from levelhead.accounts.services import add_member, create_shop
from levelhead.core.testing.cast import make_user


def test_shop_members_names_everyone_in_the_shop_and_no_one_else(cast):
    members = dict(shop_members(cast.shop_a))
    assert members[cast.owner.pk] == "Olivia"
    assert members[cast.agent.pk] == "Arjun"
    assert cast.outsider.pk not in members


def test_shop_members_is_read_once_then_cleared_when_someone_joins(cast):
    shop_members(cast.shop_a)
    with CaptureQueriesContext(connection) as cached:
        shop_members(cast.shop_a)
    assert len(cached.captured_queries) == 0
    newcomer = make_user("nadia")
    add_member(cast.shop_a, newcomer, actor=cast.owner)
    assert (newcomer.pk, "nadia") in shop_members(cast.shop_a)


def test_a_new_shop_lists_its_owner(cast):
    owner = make_user("fresh", first_name="Fern", last_name="Hill")
    shop = create_shop(name="Fresh Shop", owner=owner)
    assert shop_members(shop) == [(owner.pk, "Fern Hill")]
