"""The demo's customer conversations: difficult, ordinary and kind, as customers really write.

Each thread is a list of turns; a customer turn goes through the real ingest pipeline (raw MIME,
parsing, threading, triage), a shop turn through the reply service. Written for the demo; the
order is picked from the customer's shop by status so the facts fit the complaint.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from levelhead.accounts.models import Membership, Shop
from levelhead.core import clock
from levelhead.orders.models import Order


@dataclass(frozen=True)
class Thread:
    shop: str
    status: str  # the kind of order the customer writes about
    subject: str
    turns: tuple[tuple[str, str], ...]  # ("customer" | "shop", text)
    language: str = "en"


THREADS = (
    Thread(
        "clay-and-kiln",
        "dispatched",
        "Where is my order??",
        (
            (
                "customer",
                "Hi, I ordered a mug for my mum's birthday over a week ago and it still hasn't "
                "come. Order $order. Her birthday is on Saturday. Can you tell me where it is?",
            ),
            (
                "shop",
                "Hello $name, thank you for getting in touch. Your order $order left us on "
                "$dispatched with Royal Mail, tracking $tracking. I have asked Royal Mail to look "
                "into it and will write again tomorrow morning with what they say.",
            ),
            ("customer", "ok thanks. fingers crossed it gets here by saturday"),
        ),
    ),
    Thread(
        "clay-and-kiln",
        "paid",
        "THIRD TIME ASKING - ORDER $order",
        (
            (
                "customer",
                "THIS IS THE THIRD TIME I AM WRITING. I paid for order $order TWO WEEKS AGO and "
                "nothing has been sent. No reply to my emails either. If I don't get a refund "
                "by Friday I am opening a chargeback with my bank and leaving a review "
                "everywhere I can so people know what you are.",
            ),
        ),
    ),
    Thread(
        "clay-and-kiln",
        "delivered",
        "broken bowl",
        (
            (
                "customer",
                "The serving bowl arrived smashed in three pieces. The box wasn't even padded "
                "properly, just some tissue paper. Photo attached. I'd like a replacement "
                "please, it was a wedding present.",
            ),
            (
                "shop",
                "Hello $name, I am so sorry — that is not how it should have arrived. I am "
                "making a replacement today and will send it with extra padding by tracked post; "
                "you do not need to return the broken one.",
            ),
            ("customer", "Thank you, that's really kind. Appreciate the quick reply!"),
        ),
    ),
    Thread(
        "clay-and-kiln",
        "delivered",
        "Re: Your order has been delivered",
        (
            (
                "customer",
                "Delivered?? Nothing was delivered. I was home all day. Are you calling me a "
                "liar? Absolute joke of a shop, you people are pathetic scammers.",
            ),
        ),
    ),
    Thread(
        "clay-and-kiln",
        "processing",
        "Question about glaze",
        (
            (
                "customer",
                "Hello! Quick question before my order $order ships - is the speckled glaze "
                "dishwasher safe? Also could you gift wrap it? No worries if not. Thanks, "
                "lovely shop x",
            ),
        ),
    ),
    Thread(
        "clay-and-kiln",
        "dispatched",
        "wow great service",
        (
            (
                "customer",
                "Oh great, another 'your parcel is on its way' email and yet still no parcel. "
                "Really outstanding service, well done. Truly. Where is order $order?",
            ),
        ),
    ),
    Thread(
        "bright-socks",
        "delivered",
        "wrong socks",
        (
            (
                "customer",
                "i ordered the rainbow crew socks size L and got toe socks size S?? also one "
                "pair missing from the pack. need the right ones asap, its for a trip on "
                "monday. can you send express?",
            ),
            (
                "shop",
                "Hi $name, sorry about the mix-up. I'll send the rainbow crew socks in L and "
                "the missing pair by express today, so they reach you before Monday. Keep the "
                "toe socks — no need to send them back.",
            ),
        ),
    ),
    Thread(
        "bright-socks",
        "paid",
        "cancel my order",
        (("customer", "Please cancel order $order, I ordered twice by mistake. Thank you!"),),
    ),
    Thread(
        "bright-socks",
        "dispatched",
        "URGENT!!!!!",
        (
            (
                "customer",
                "WHERE ARE MY SOCKS. It says shipped 6 days ago. I want to speak to a manager "
                "NOW, not some bot. I'm reporting you to the Better Business Bureau and to "
                "the marketplace. Refund me or else.",
            ),
        ),
    ),
    Thread(
        "bright-socks",
        "delivered",
        "Subscription billing question",
        (
            (
                "customer",
                "Hey, I think I was charged twice for the 3 month sock subscription this "
                "month ($order). Could you check and refund the extra charge? Not a big deal, "
                "just want it sorted. Cheers",
            ),
        ),
    ),
    Thread(
        "bright-socks",
        "delivered",
        "report",
        (
            (
                "customer",
                "Hi, my kid is doing a school report on small businesses and loves your "
                "socks. Would you mind answering 3 quick questions about how you started? "
                "Totally fine if you're too busy!",
            ),
        ),
    ),
    Thread(
        "papier-atelier",
        "dispatched",
        "Commande $order pas reçue",
        (
            (
                "customer",
                "Bonjour, j'ai commandé un carnet il y a dix jours et je n'ai toujours rien "
                "reçu. Pouvez-vous me donner le numéro de suivi ? Merci d'avance.",
            ),
        ),
        language="fr",
    ),
    Thread(
        "papier-atelier",
        "delivered",
        "Ink leaked everywhere",
        (
            (
                "customer",
                "The teal ink bottle leaked all over the wax seal kit and the cards. "
                "Everything is ruined and my desk is stained. I want a full refund and "
                "compensation for the desk, otherwise I'm taking this to small claims court.",
            ),
            (
                "shop",
                "Hello $name, I'm very sorry about the leak and the mess it made. I have "
                "refunded your order $order in full today; you'll see it in 3-5 working days. "
                "Could you send a photo of the desk so I understand the damage?",
            ),
            ("customer", "Fine. Photo attached. I'd still like something for the desk."),
        ),
    ),
    Thread(
        "papier-atelier",
        "delivered",
        "Merci !",
        (
            (
                "customer",
                "Just wanted to say the letterpress cards are gorgeous. Already ordered "
                "another set for a friend. Thank you!!",
            ),
        ),
    ),
    Thread(
        "papier-atelier",
        "processing",
        "change address?",
        (
            (
                "customer",
                "hi sorry can i change the delivery adress on $order? I moved last week, "
                "new one is 14 Rue des Lilas. thx",
            ),
        ),
    ),
    Thread(
        "papier-atelier",
        "dispatched",
        "not what the photo showed",
        (
            (
                "customer",
                "The wax seal kit looks nothing like the photos. The colours are dull and "
                "the handle is plastic, not wood as described. Honestly feels like a bait "
                "and switch. I'll be leaving a 1 star review unless this is sorted. I want to "
                "return it.",
            ),
        ),
    ),
)


def _mime(shop: Shop, order: Order, subject: str, text: str, in_reply_to: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{order.customer.name} <{order.customer.email}>"
    msg["To"] = shop.sender_email
    msg["Subject"] = subject
    msg["Date"] = format_datetime(clock.now())
    msg["Message-ID"] = make_msgid(domain="customer.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(text)
    return msg.as_bytes()


def _fill(text: str, order: Order) -> str:
    shipment = order.shipments.order_by("-created_at").first()
    return (
        text.replace("$order", order.number)
        .replace("$name", (order.customer.name or "there").split()[0])
        .replace("$tracking", shipment.tracking_number if shipment else "(not given)")
        .replace(
            "$dispatched",
            shipment.dispatched_at.strftime("%A %d %B")
            if shipment and shipment.dispatched_at
            else "Monday",
        )
    )


def seed_conversations(rng: random.Random) -> int:
    """Play every demo thread through the pipeline and the reply service; returns the count."""
    from levelhead.conversations import services
    from levelhead.conversations.ingest import process_raw, receive_raw

    made = 0
    used: set[int] = set()
    for thread in THREADS:
        shop = Shop.objects.get(slug=thread.shop)
        order = (
            Order.objects.filter(shop=shop, status=thread.status)
            .exclude(pk__in=used)
            .select_related("customer")
            .order_by("-placed_at")
            .first()
        )
        if order is None:
            continue
        used.add(order.pk)
        agent = (
            Membership.objects.filter(shop=shop).select_related("user").order_by("-role").first()
        )
        start = clock.now() - timedelta(hours=rng.randint(2, 70))
        subject = _fill(thread.subject, order)
        case = None
        last_id = ""
        for n, (who, text) in enumerate(thread.turns):
            moment = min(start + timedelta(hours=3 * n, minutes=rng.randint(0, 50)), clock.now())
            with clock.frozen_at(moment):
                if who == "customer":
                    subj = subject if n == 0 else f"Re: {subject}"
                    raw, _ = receive_raw(
                        shop,
                        "email",
                        _mime(shop, order, subj, _fill(text, order), last_id),
                        source="demo",
                    )
                    processed = process_raw(raw.pk)
                    message = processed.message
                    if message is None:
                        break
                    case = message.case
                    last_id = message.external_id
                elif case is not None and agent is not None:
                    sent = services.reply(case, _fill(text, order), actor=agent.user)
                    last_id = sent.external_id
        if case is not None:
            made += 1
    return made
