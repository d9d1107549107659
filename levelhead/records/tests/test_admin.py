"""Platform staff browse the record in the admin, and nothing there can add, edit or delete."""

from django.db import transaction
from django.urls import reverse

from levelhead.records.models import Event
from levelhead.records.services import append_event, verify_all


def _event(cast):  # type: ignore[no-untyped-def]
    with transaction.atomic():
        return append_event(
            shop=cast.shop_a, stream="order:31", kind="note.added", data={"note": "kept as is"}
        )


def _row(event_id: int) -> dict[str, object]:
    return dict(Event.objects.filter(pk=event_id).values().get())


def test_staff_can_list_and_view_events(client, cast):
    event = _event(cast)
    client.force_login(cast.staff)
    listing = client.get(reverse("admin:records_event_changelist"))
    assert listing.status_code == 200
    assert reverse("admin:records_event_change", args=[event.pk]).encode() in listing.content
    page = client.get(reverse("admin:records_event_change", args=[event.pk]))
    assert page.status_code == 200
    assert b"kept as is" in page.content
    assert b'name="_save"' not in page.content  # shown read-only, with no save button


def test_staff_cannot_add_change_or_delete_events(client, cast):
    event = _event(cast)
    before = _row(event.pk)
    count = Event.objects.count()
    client.force_login(cast.staff)

    assert client.get(reverse("admin:records_event_add")).status_code == 403
    added = client.post(
        reverse("admin:records_event_add"),
        {"shop": cast.shop_a.pk, "stream": "order:31", "seq": 2, "kind": "refund.issued"},
    )
    assert added.status_code == 403

    change_url = reverse("admin:records_event_change", args=[event.pk])
    changed = client.post(
        change_url,
        {
            "shop": cast.shop_b.pk,
            "stream": "order:31",
            "seq": 1,
            "kind": "refund.issued",
            "actor": "user:999",
            "data": '{"note": "rewritten"}',
            "_save": "Save",
        },
    )
    assert changed.status_code == 403

    delete_url = reverse("admin:records_event_delete", args=[event.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403

    # The changelist offers no bulk delete either: the action is refused, nothing goes.
    bulk = client.post(
        reverse("admin:records_event_changelist"),
        {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"},
    )
    assert bulk.status_code in (200, 302, 403)

    assert _row(event.pk) == before
    assert Event.objects.count() == count
    assert verify_all()[1] is None


def test_an_owner_who_is_not_staff_cannot_reach_an_event(client, cast):
    event = _event(cast)
    client.force_login(cast.owner)
    response = client.get(reverse("admin:records_event_change", args=[event.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
