"""Chat and phone enter the pipeline at ``ingest`` with a structured ``Incoming`` and no raw
input: the same threading, customers, order linking, records and de-duplication as email."""

from dataclasses import replace
from datetime import timedelta

from levelhead.conversations.inbound import Incoming
from levelhead.conversations.ingest import ingest
from levelhead.conversations.models import Case, CaseStatus, Channel, Direction, Message
from levelhead.core import clock
from levelhead.core.testing.cast import order_data
from levelhead.orders.models import Customer, CustomerIdentity, IdentityKind
from levelhead.orders.services import create_order
from levelhead.records.models import Event


def chat(text, *, visitor="visitor-7f3a", message_id="", name="Ada"):
    return Incoming(
        channel="chat", sender=visitor, sender_name=name, text=text, external_id=message_id
    )


def kinds(case):
    return list(
        Event.objects.filter(stream=f"case:{case.pk}").order_by("seq").values_list("kind", "actor")
    )


def test_a_chat_opens_a_case_for_a_new_visitor_and_continues_it(cast):
    first, created = ingest(
        cast.shop_a, chat("Hi, is the blue mug back in stock?", message_id="c1")
    )
    assert created and first.raw is None
    case = first.case
    assert case.channel == Channel.CHAT and case.status == CaseStatus.OPEN
    assert case.subject == "(no subject)" and case.due_at is not None
    assert first.direction == Direction.IN and first.channel == Channel.CHAT
    assert first.sender == "visitor-7f3a" and first.text == "Hi, is the blue mug back in stock?"
    identity = CustomerIdentity.objects.get(kind=IdentityKind.CHAT, value="visitor-7f3a")
    assert identity.shop == cast.shop_a and case.customer == identity.customer
    assert identity.customer.name == "Ada" and identity.customer.email == ""
    assert case.order is None  # a new visitor has no orders

    second, created = ingest(cast.shop_a, chat("Or the green one?", message_id="c2"))
    assert created and second.case == case  # chat continues without a subject to match
    assert Case.objects.count() == 1 and Customer.objects.filter(shop=cast.shop_a).count() == 2
    assert kinds(case) == [
        ("case.created", "customer"),
        ("message.received", "customer"),
        ("message.received", "customer"),
    ]
    # The chat widget resending a message it was not sure arrived stores nothing new.
    again, created = ingest(cast.shop_a, chat("Or the green one?", message_id="c2"))
    assert not created and again.pk == second.pk and Message.objects.count() == 2


def test_chats_of_two_visitors_are_two_cases(cast):
    a, _ = ingest(cast.shop_a, chat("Hello", visitor="v-1"))
    b, _ = ingest(cast.shop_a, chat("Hello", visitor="v-2"))
    assert a.case != b.case and a.case.customer != b.case.customer


def test_a_chat_after_an_email_opens_its_own_case(cast):
    from levelhead.conversations.ingest import process_raw, receive_raw

    from .mime import make_email

    raw, _ = receive_raw(cast.shop_a, "email", make_email(), source="test")
    email_case = process_raw(raw.pk).message.case  # type: ignore[union-attr]
    message, _ = ingest(cast.shop_a, chat("Hello again", visitor="visitor-9"))
    assert message.case != email_case and message.case.channel == Channel.CHAT


def test_a_call_from_a_known_number_links_the_customer_and_their_order(cast):
    data = order_data("A3003", email="grace@example.test")
    order = create_order(
        cast.shop_a,
        replace(data, customer_name="Grace Hopper", customer_phone="+44 7700 900123"),
    )
    note = Incoming(
        channel="phone",
        sender=" +44 7700 900123 ",
        sender_name="Grace",
        text="Called: the parcel arrived damaged, wants a replacement.",
        external_id="call-1",
    )
    message, created = ingest(cast.shop_a, note)
    assert created and message.channel == Channel.PHONE
    case = message.case
    assert case.channel == Channel.PHONE and case.customer == order.customer
    assert case.order == order  # no number in the text: the customer's latest order
    assert Customer.objects.filter(shop=cast.shop_a, phone="+44 7700 900123").count() == 1
    later, _ = ingest(cast.shop_a, Incoming(channel="phone", sender="+44 7700 900123", text="x"))
    assert later.case == case


def test_a_call_from_a_new_number_makes_a_customer_with_that_phone(cast):
    message, _ = ingest(
        cast.shop_a, Incoming(channel="phone", sender="+1 555 0100", text="Where is my order?")
    )
    customer = message.case.customer
    assert customer.phone == "+1 555 0100" and customer.email == ""
    assert CustomerIdentity.objects.filter(
        customer=customer, kind=IdentityKind.PHONE, value="+1 555 0100"
    ).exists()
    # Chat and phone identities are per shop: the same visitor id in shop B is someone else.
    other, _ = ingest(cast.shop_b, Incoming(channel="phone", sender="+1 555 0100", text="Hi"))
    assert other.case.shop == cast.shop_b and other.case.customer != customer


def test_a_chat_reopens_a_waiting_case_and_is_due_again(cast):
    first, _ = ingest(cast.shop_a, chat("Hello"))
    case = first.case
    case.status = CaseStatus.WAITING
    case.due_at = None
    case.first_response_at = clock.now()
    case.save()
    with clock.frozen_at(clock.now() + timedelta(minutes=5)):
        second, _ = ingest(cast.shop_a, chat("Are you there?"))
    case.refresh_from_db()
    assert second.case == case and case.status == CaseStatus.OPEN and case.due_at is not None
