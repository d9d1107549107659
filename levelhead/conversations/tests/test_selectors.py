"""Reads for the inbox and the case page: counts that agree with the views, rows formatted for
the page, the customer panel's totals, attachments read only when there are some."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from levelhead.accounts.access import shop_members
from levelhead.accounts.models import Shop, User
from levelhead.conversations import selectors, services
from levelhead.conversations.models import Case, CaseStatus, Channel
from levelhead.core import clock
from levelhead.core.bulk_seed import seed
from levelhead.core.compiled import Compiled
from levelhead.orders.models import Order
from levelhead.orders.services import OrderData, create_order

from .mime import arrive

CASE_URL = "/shops/x/inbox/cases/0/"
ORDERS_URL = "/shops/x/orders/"


@pytest.fixture
def seeded(db):
    """A shop with cases of every status, assignee and channel (the benchmark's seed, small)."""
    seed(shops=1, orders=300, cases=200, messages=700, seed=5)
    return Shop.objects.get(), User.objects.get(username="owner1")


@pytest.mark.parametrize("channel", ["", Channel.EMAIL, Channel.CHAT])
def test_inbox_counts_are_the_number_of_cases_in_each_view(seeded, channel):
    shop, owner = seeded
    now = clock.now()
    base = Case.objects.for_shop(shop)
    if channel:
        base = base.filter(channel=channel)
    counts = selectors.inbox_counts(base, owner, now)
    views = selectors.inbox_filters(owner, now)
    expected = {key: base.filter(views[key][1]).count() for key in selectors.COUNTED}
    assert counts == expected
    assert set(views) - set(counts) == {"resolved"}  # work done is listed, not counted
    if not channel:
        assert all(counts.values()), counts  # the seed has cases in every view


def test_inbox_rows_in_order_and_ready_to_show(seeded):
    shop, owner = seeded
    rows, counts = selectors.inbox(shop, owner, view="open", case_url=CASE_URL, limit=500)
    assert len(rows) == counts["open"]
    cases = {c.pk: c for c in Case.objects.select_related("customer", "order", "assignee")}
    listed = [cases[int(r.case_id)] for r in rows]
    assert [(-c.priority, c.due_at) for c in listed] == sorted(
        (-c.priority, c.due_at) for c in listed
    )
    for row, case in zip(rows, listed, strict=True):
        assert row.path == f"/shops/x/inbox/cases/{case.pk}/"
        # HTML, escaped here (the template prints it as it is); nothing to mask in these.
        who = case.customer.name or case.customer.email
        assert row.title == escape(f"{who} · {case.subject}")
        assert row.details.startswith(case.get_channel_display())
        if case.order is not None:
            assert f"order #{case.order.number}" in row.details
        assert (case.assignee is None) == ("unassigned" in row.details)
        assert row.heat == ("" if case.heat is None else str(case.heat))
        assert row.due == selectors.due_state(case, clock.now())
        assert row.css == (f"case-row due-{row.due}" if row.due else "case-row")
        assert row.when.startswith("overdue since") == (row.due == "overdue")
        assert row.priority == {3: "Urgent", 2: "High"}.get(case.priority, "")


def test_inbox_row_of_an_assigned_threatening_case(client, cast):
    arrive(cast.shop_a, body="Where is my order A1001? I will file a chargeback with my bank.")
    case = Case.objects.get()
    services.assign(case, cast.agent, actor=cast.owner)
    rows, counts = selectors.inbox(cast.shop_a, cast.agent, view="mine", case_url=CASE_URL)
    assert counts["mine"] == 1 and len(rows) == 1
    agent = cast.agent.get_full_name() or cast.agent.username
    assert agent in rows[0].details
    assert "threatens chargeback" in rows[0].details


def test_overdue_case_shows_since_when(cast):
    arrive(cast.shop_a)
    Case.objects.update(due_at=clock.now() - timedelta(hours=2))
    rows, counts = selectors.inbox(cast.shop_a, cast.owner, view="overdue", case_url=CASE_URL)
    assert counts["overdue"] == 1
    assert rows[0].due == "overdue" and rows[0].when.startswith("overdue since ")
    assert "due-overdue" in rows[0].css


def test_customer_panel_totals_for_a_few_orders_and_for_a_big_buyer(cast, monkeypatch):
    arrive(cast.shop_a)
    case = Case.objects.select_related("customer").get()
    customer = case.customer
    for n in range(4):
        create_order(
            cast.shop_a,
            OrderData(
                number=f"P{n}",
                customer_name=customer.name,
                customer_email=customer.email,
                currency="GBP",
                total=Decimal("10.50"),
                placed_at=clock.now() - timedelta(days=n),
            ),
            actor=cast.owner,
        )
    orders = Order.objects.filter(shop=cast.shop_a, customer=customer)
    expected_spend = sum(o.total for o in orders)
    panel = selectors.customer_panel(case, orders_url=ORDERS_URL, case_url=CASE_URL)
    assert panel.lifetime_orders == orders.count() >= 4
    assert panel.lifetime_spend == expected_spend
    assert [o.number for o in panel.orders] == [
        o.number for o in orders.order_by("-placed_at")[: selectors.PANEL_ORDERS]
    ]
    assert panel.orders[0].path == f"{ORDERS_URL}{panel.orders[0].number}/"
    assert panel.orders[0].status == "Paid"
    # More orders than one read takes: the totals are counted in the database instead.
    monkeypatch.setattr(selectors, "PANEL_READ", 2)
    monkeypatch.setattr(selectors, "_recent_orders", Compiled(selectors.recent_orders_query))
    panel = selectors.customer_panel(case, orders_url=ORDERS_URL, case_url=CASE_URL)
    assert panel.lifetime_orders == orders.count()
    assert panel.lifetime_spend == expected_spend
    assert len(panel.orders) == 2


def test_conversation_is_one_query_attachments_included(cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    with CaptureQueriesContext(connection) as plain:
        shown = selectors.conversation(case, reveal=False)
    assert len(plain.captured_queries) == 1
    assert shown[0].files == [] and shown[0].who and shown[0].channel == "Email"
    arrive(
        cast.shop_a,
        subject="Re: Where is my order A1001?",
        body="Photos of the parcel attached.",
        attachments=[
            ("parcel.jpg", "image/jpeg", b"x" * 2048),
            ("label.png", "image/png", b"y" * 10),
        ],
    )
    with CaptureQueriesContext(connection) as with_files:
        shown = selectors.conversation(case, reveal=False)
    assert len(with_files.captured_queries) == 1
    assert len(shown) == 2  # two attachments, still one message
    assert shown[-1].files == [("parcel.jpg", "2.0\xa0KB"), ("label.png", "10\xa0bytes")]
    assert shown[-1].segments[0].text.startswith("Photos of the parcel")


def test_earlier_cases_of_the_customer_link_to_their_pages(cast):
    arrive(cast.shop_a)
    arrive(cast.shop_a, subject="Another thing entirely", body="Do you sell gift cards?")
    first, second = Case.objects.order_by("pk")
    panel = selectors.customer_panel(second, orders_url=ORDERS_URL, case_url=CASE_URL)
    assert [(c.path, c.subject, c.status) for c in panel.previous_cases] == [
        (f"/shops/x/inbox/cases/{first.pk}/", first.subject, "Open")
    ]


def test_reply_shows_its_author_and_delivery_state(cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    services.reply(case, "Your parcel left on Monday.", actor=cast.agent)
    shown = selectors.conversation(Case.objects.get(), reveal=False)
    reply = shown[-1]
    assert reply.who == (cast.agent.get_full_name() or cast.agent.username)
    assert reply.delivery == ("Queued", "secondary", "")
    assert Case.objects.get().status == CaseStatus.WAITING


def test_authors_named_from_the_shops_people_and_anyone_else_looked_up(cast):
    arrive(cast.shop_a)
    case = Case.objects.get()
    services.reply(case, "Your parcel left on Monday.", actor=cast.agent)
    services.add_note(case, "Checked with the carrier.", actor=cast.staff)  # not in the shop
    people = dict(shop_members(cast.shop_a))
    assert cast.staff.pk not in people
    with CaptureQueriesContext(connection) as queries:
        shown = selectors.conversation(case, reveal=False, people=people)
    assert len(queries.captured_queries) == 2  # the messages, then the one outsider's name
    agent = cast.agent.get_full_name() or cast.agent.username
    staff = cast.staff.get_full_name() or cast.staff.username
    assert [m.who for m in shown[1:]] == [agent, staff]
    # Everyone who wrote is known: the messages alone.
    people[cast.staff.pk] = staff
    with CaptureQueriesContext(connection) as queries:
        shown = selectors.conversation(case, reveal=False, people=people)
    assert len(queries.captured_queries) == 1
    assert [m.who for m in shown[1:]] == [agent, staff]


def test_marked_html_escapes_the_customers_text_and_masks_abuse():
    text = '<script>alert(1)</script> you "idiots" & no refund'
    start = text.index("idiots")
    spans = [
        {"start": start, "end": start + 6, "label": "abuse"},
        {"start": text.index("refund"), "end": len(text), "label": 'demand:refund"><b>'},
    ]
    html = selectors.marked_html(selectors.segments(text, spans, mask_abuse=True))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "idiots" not in html and "••••" in html
    assert "&quot;" in html and "&amp;" in html
    assert 'title="demand:refund&quot;&gt;&lt;b&gt;">refund</mark>' in html
    shown = selectors.marked_html(selectors.segments(text, spans, mask_abuse=False))
    assert '<mark class="span-abuse" title="abuse">idiots</mark>' in shown


def test_every_abuse_span_is_masked_even_inside_or_across_another_span():
    text = "Refund me or I will tell everyone you are thieving idiots, you morons."
    threat = {"start": 12, "end": text.index(","), "label": "threat:review"}
    inside = {"start": text.index("thieving"), "end": text.index(","), "label": "abuse"}
    across = {"start": text.index("idiots"), "end": len(text) - 1, "label": "abuse"}
    demand = {"start": 0, "end": 9, "label": "demand:refund"}
    parts = selectors.segments(text, [threat, inside, across, demand], mask_abuse=True)
    assert "".join(p.text for p in parts) == text  # nothing lost or repeated
    shown = "".join("#" * len(p.text) if p.masked else p.text for p in parts)
    for word in ("thieving", "idiots", "morons"):
        assert word not in shown
    assert shown.startswith("Refund me or I will tell everyone you are ")
    assert [p.label for p in parts if not p.masked and p.label] == [
        "demand:refund",
        "threat:review",
    ]
    html = selectors.marked_html(parts)
    assert "idiots" not in html and "morons" not in html and html.count("••••") == 1
    revealed = selectors.segments(text, [threat, inside, across], mask_abuse=False)
    assert not any(p.masked for p in revealed)
    assert [p.label for p in revealed if "idiots" in p.text] == ["abuse"]


def test_an_inbox_row_as_html_escapes_everything_and_marks_what_is_due():
    from django.utils.safestring import mark_safe

    row = selectors.InboxRow(
        case_id="7",
        path="/shops/x/inbox/cases/7/",
        css="case-row due-overdue",
        title=mark_safe(f"{escape('<b>Eve</b>')} · {selectors.masked_subject('Hi', [])}"),
        priority="Urgent",
        priority_css="text-bg-danger",
        heat="80",
        heat_level="high",
        details='Email · order #<img src=x onerror="alert(1)">',
        due="overdue",
        when="overdue since Mon 13:00",
    )
    html = str(row.html())
    assert "<b>" not in html and "&lt;b&gt;Eve&lt;/b&gt; · Hi" in html
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert 'href="/shops/x/inbox/cases/7/" data-case="7"' in html
    assert '<span class="badge text-bg-danger">Urgent</span>' in html
    assert 'heat-high" title="Heat (0 calm – 100 furious)">heat 80</span>' in html
    assert '<strong class="text-danger">overdue since Mon 13:00</strong>' in html
    calm = str(selectors.InboxRow(**{**row.__dict__, "priority": "", "heat": "", "due": ""}).html())
    assert "badge" not in calm and "<strong" not in calm and "overdue since Mon 13:00" in calm


def test_a_message_card_escapes_every_value_and_shows_what_the_message_carries():
    hostile = '<script>alert("x")</script>'
    message = selectors.ShownMessage(
        pk=1,
        direction="in",
        segments=selectors.segments(f"Hello {hostile}", [], mask_abuse=True),
        abusive=False,
        flags=["threat: review", hostile],
        who=hostile,
        channel="Email",
        when="Mon 23 Nov, 10:00",
        when_iso="2026-11-23T10:00:00+00:00",
        quoted=f"> {hostile}",
        files=[(hostile, "2 KB")],
    )
    card = str(message.card())
    assert "<script>" not in card and card.count("&lt;script&gt;") == 5
    assert '<span class="badge text-bg-light me-1">threat: review</span>' in card
    assert "Quoted text and signature" in card and "📎" in card and "· Email" in card
    assert "delivery-state" not in card
    plain = {"direction": "out", "flags": [], "quoted": "", "files": []}
    failed = {"delivery": ("Failed", "danger", "550 <no such user>")}
    reply = selectors.ShownMessage(**{**message.__dict__, **plain, **failed})
    shown = str(reply.card())
    assert "ms-lg-5" in shown and "replied" in shown and "Quoted" not in shown
    assert 'text-bg-danger" data-testid="delivery-state">Failed</span>' in shown
    assert "550 &lt;no such user&gt;" in shown
    note = str(selectors.ShownMessage(**{**message.__dict__, "direction": "note"}).card())
    assert "bg-warning-subtle" in note and '<strong class="text-body">Note</strong> by' in note
