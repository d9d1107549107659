from django.urls import reverse

from levelhead.conversations import services
from levelhead.conversations.ingest import process_raw, receive_raw
from levelhead.conversations.models import Case, RawStatus

from .mime import arrive

ABUSIVE = "Where is my order A1001?? You are useless idiots. I will file a chargeback."


def test_inbox_lists_open_cases_with_counts(client, cast):
    arrive(cast.shop_a)
    arrive(cast.shop_a, sender="grace@example.test", subject="Broken mug")
    client.force_login(cast.agent)
    response = client.get(reverse("inbox", args=[cast.shop_a.slug]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Where is my order A1001?" in page and "Broken mug" in page
    counts = {key: count for key, _, count in response.context["views"]}
    assert counts["open"] == 2 and counts["unassigned"] == 2 and counts["mine"] == 0


def test_inbox_filters_mine_and_waiting(client, cast):
    arrive(cast.shop_a)
    arrive(cast.shop_a, sender="grace@example.test", subject="Broken mug")
    case = Case.objects.get(subject="Broken mug")
    services.assign(case, cast.agent, actor=cast.owner)
    services.reply(case, "Sorry to hear that; a replacement is on its way.", actor=cast.agent)
    client.force_login(cast.agent)
    url = reverse("inbox", args=[cast.shop_a.slug])
    mine = client.get(url, {"view": "mine"}).content.decode()
    assert "Broken mug" in mine and "Where is my order" not in mine
    waiting = client.get(url, {"view": "waiting"}).content.decode()
    assert "Broken mug" in waiting


def test_empty_inbox_tells_a_new_seller_what_to_do(client, cast):
    client.force_login(cast.owner)
    page = client.get(reverse("inbox", args=[cast.shop_a.slug])).content.decode()
    assert "Nothing needs a reply" in page and "/inbound/email/clay-and-kiln/" in page


def test_case_page_shows_conversation_customer_and_order(client, cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    client.force_login(cast.agent)
    page = client.get(reverse("case-detail", args=[cast.shop_a.slug, case.pk])).content.decode()
    assert (
        'Hello, my order <mark class="span-issuenot_received" title="issue:not_received">' in page
    )
    assert "#A1001" in page and "Order placed" in page  # the order's timeline beside it
    assert "1 order" in page


def test_abuse_is_masked_until_revealed_and_threats_highlighted(client, cast):
    arrive(cast.shop_a, body=ABUSIVE)
    case = Case.objects.get()
    client.force_login(cast.agent)
    url = reverse("case-detail", args=[cast.shop_a.slug, case.pk])
    masked = client.get(url).content.decode()
    assert "useless idiots" not in masked and "••••" in masked
    assert "chargeback" in masked and 'title="threat:chargeback"' in masked
    revealed = client.get(url, {"reveal": "1"}).content.decode()
    assert "useless idiots" in revealed


def test_reply_from_the_case_page(client, cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    client.force_login(cast.agent)
    response = client.post(
        reverse("case-reply", args=[cast.shop_a.slug, case.pk]),
        {"text": "It left us on Monday; tracking RM1."},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "waiting"
    page = client.get(reverse("case-detail", args=[cast.shop_a.slug, case.pk])).content.decode()
    assert "It left us on Monday" in page and 'data-testid="delivery-state"' in page


def test_empty_reply_is_refused(client, cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    client.force_login(cast.agent)
    response = client.post(reverse("case-reply", args=[cast.shop_a.slug, case.pk]), {"text": ""})
    assert response.status_code == 400


def test_assign_to_someone_outside_the_shop_is_refused(client, cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    client.force_login(cast.owner)
    response = client.post(
        reverse("case-assign", args=[cast.shop_a.slug, case.pk]), {"assignee": cast.outsider.pk}
    )
    assert response.status_code == 404
    case.refresh_from_db()
    assert case.assignee is None


def test_unprocessed_list_and_retry(client, cast):
    raw, _ = receive_raw(cast.shop_a, "email", b"Subject: x\r\n\r\nno sender", source="test")
    process_raw(raw.pk)
    client.force_login(cast.agent)
    page = client.get(reverse("inbox-unprocessed", args=[cast.shop_a.slug])).content.decode()
    assert "no sender address" in page
    original = client.get(reverse("inbox-raw", args=[cast.shop_a.slug, raw.pk]))
    assert original.content == b"Subject: x\r\n\r\nno sender"
    client.post(reverse("inbox-retry", args=[cast.shop_a.slug, raw.pk]))
    raw.refresh_from_db()
    assert raw.status == RawStatus.FAILED and raw.attempts == 2


def test_tone_guard_checks_the_draft_live(client, cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    client.force_login(cast.agent)
    url = reverse("case-check", args=[cast.shop_a.slug, case.pk])
    calm = client.post(url, {"text": "Thank you for your patience; I have asked the carrier."})
    assert b"good to send" in calm.content
    rude = client.post(url, {"text": "Calm down. If you keep this up I will report you, idiot."})
    assert b"would not go out as written" in rude.content


def test_a_threatening_reply_is_not_sent(client, cast):
    from levelhead.outbox.models import OutboundEmail

    arrive(cast.shop_a)
    case = Case.objects.get()
    client.force_login(cast.agent)
    response = client.post(
        reverse("case-reply", args=[cast.shop_a.slug, case.pk]),
        {"text": "Shut up, you idiot. I will sue you if you write again."},
    )
    assert response.status_code == 400
    assert b"it was not sent" in response.content
    assert not OutboundEmail.objects.exists()


def test_a_reply_claiming_a_delivery_the_record_does_not_show_is_flagged(client, cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    client.force_login(cast.agent)
    url = reverse("case-check", args=[cast.shop_a.slug, case.pk])
    response = client.post(url, {"text": "Our records show your parcel was delivered yesterday."})
    assert b"contradicts_record" in response.content


def test_agent_relinks_the_case_to_another_order(client, cast):
    from levelhead.core.testing.cast import order_data
    from levelhead.orders import services as order_services
    from levelhead.records.models import Event

    other = order_services.create_order(cast.shop_a, order_data("A2002"))
    arrive(cast.shop_a)
    case = Case.objects.get()
    assert case.order == cast.order_a
    client.force_login(cast.agent)
    url = reverse("case-link-order", args=[cast.shop_a.slug, case.pk])
    client.post(url, {"number": "#A2002"})
    case.refresh_from_db()
    assert case.order == other
    assert Event.objects.filter(kind="case.order_linked", stream=f"case:{case.pk}").count() == 1
    # Another shop's order number is not found here.
    response = client.post(url, {"number": cast.order_b.number}, follow=True)
    assert b"There is no order B2001 in this shop." in response.content
    case.refresh_from_db()
    assert case.order == other


def test_abuse_in_a_subject_is_masked_in_the_inbox_and_on_the_case_page(client, cast):
    arrive(cast.shop_a, subject="You useless idiots, where is my parcel", body="Order A1001?")
    arrive(cast.shop_a, sender="grace@example.test", subject="Broken mug", body="It broke.")
    case = Case.objects.get(subject__startswith="You useless")
    assert [s["label"] for s in case.subject_spans] == ["abuse"]
    assert Case.objects.get(subject="Broken mug").subject_spans == []
    client.force_login(cast.agent)
    inbox = client.get(reverse("inbox", args=[cast.shop_a.slug])).content.decode()
    assert "idiots" not in inbox and "••••</span>, where is my parcel" in inbox
    assert "Broken mug" in inbox
    url = reverse("case-detail", args=[cast.shop_a.slug, case.pk])
    page = client.get(url).content.decode()
    assert "idiots" not in page and "<title>••••, where is my parcel" in page
    assert "Abusive language is hidden." in page
    revealed = client.get(url, {"reveal": "1"}).content.decode()
    assert "You useless idiots, where is my parcel" in revealed
    # The customer's next case shows the earlier one in its panel, masked there too.
    arrive(cast.shop_a, subject="Another thing", body="And the lid is missing.")
    later = Case.objects.get(subject="Another thing")
    panel = client.get(reverse("case-detail", args=[cast.shop_a.slug, later.pk])).content
    assert b"idiots" not in panel and "••••</span>, where is my parcel".encode() in panel


def test_existing_subjects_are_read_for_abuse_by_the_migration(cast):
    import importlib

    from django.apps import apps

    arrive(cast.shop_a, subject="Useless idiots", body="Where is it?")
    arrive(cast.shop_a, sender="grace@example.test", subject="A question", body="Hello.")
    Case.objects.update(subject_spans=[])  # as every case was before the field existed
    migration = importlib.import_module(
        "levelhead.conversations.migrations.0008_case_subject_spans"
    )
    migration.read_existing_subjects(apps, None)
    spans = dict(Case.objects.values_list("subject", "subject_spans"))
    assert [s["label"] for s in spans["Useless idiots"]] == ["abuse"]
    assert spans["A question"] == []
