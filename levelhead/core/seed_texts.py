"""What seeded customers and shops write: a few dozen templates, varied the way people vary
(shouting, typos, a polite opener, an insult, a threat), for ``levelhead seed``'s cases.

``{order}`` stands for the order number; ``pool`` fills it with ``TEMPLATE_ORDER``, which has
the length of a seeded number, so the triage spans of a text stay right when the seed puts the
real number in its place. A template without it suits a case with no order.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The first message of a case, by what the customer writes about; the key is the order's status
# (or "none" for a question with no order).
OPENERS: dict[str, list[str]] = {
    "late": [
        "Hi, I paid for order {order} over a week ago and it still hasn't been sent. When will "
        "it go out?",
        "Where is my order {order}? It was supposed to be dispatched days ago and I've heard "
        "nothing.",
        "Hello, any news on {order}? The page said it would ship within 3 days.",
        "I ordered a gift (order {order}) and the birthday is on Saturday. Will it arrive in time?",
        "Still waiting for my order to ship. This is really not good enough.",
    ],
    "in_transit": [
        "Hi, my parcel for order {order} shows as dispatched but the tracking hasn't moved for "
        "five days. Can you look into it?",
        "The tracking number you sent doesn't work on the Royal Mail site. Order {order}.",
        "My order {order} has not arrived. It has been two weeks since you posted it.",
        "Hello, could you tell me which courier is bringing order {order}? I'm away on Friday.",
        "Never received my order. Tracking says delivered to a neighbour but nobody has it.",
    ],
    "delivered": [
        "The bowl from order {order} arrived broken in three pieces. The box had almost no "
        "padding. I would like a replacement please.",
        "I received the wrong item: I ordered the blue scarf and got a grey one. Order {order}.",
        "One of the three items in order {order} is missing from the parcel.",
        "The colour is nothing like the photos on your shop. I want to return it.",
        "The candle arrived with the glass cracked. Can I get a refund for order {order}?",
        "Just wanted to say the mug arrived today and it is gorgeous. Thank you so much!",
        "Your site says order {order} was delivered but it was not. I was home all day.",
    ],
    "cancelled": [
        "You cancelled my order {order} without telling me why. When do I get my money back?",
        "I asked you to cancel order {order} three days ago. Has the refund gone through?",
    ],
    "refunded": [
        "I was charged twice for order {order}. Please refund the second payment.",
        "The refund for {order} still isn't on my card after ten days.",
    ],
    "early": [
        "Please cancel order {order}, I ordered twice by mistake. Thank you!",
        "Can I change the delivery address on order {order}? I gave my old one.",
        "Could you gift wrap order {order}? It's a present. No worries if not.",
    ],
    "none": [
        "Hello! Do you ship to Ireland, and how long does it usually take?",
        "Is the speckled glaze dishwasher safe?",
        "Do you do wholesale prices for a small shop?",
        "Will the linen tote be back in stock before Christmas?",
    ],
}

# The subject of a case, by the same keys.
SUBJECTS: dict[str, list[str]] = {
    "late": ["Where is my order?", "Order {order} not sent", "THIRD TIME ASKING", "delay??"],
    "in_transit": ["Parcel not arrived", "Tracking not updating", "Order {order}", "where is it"],
    "delivered": ["Problem with my order", "Broken on arrival", "Wrong item", "Order {order}"],
    "cancelled": ["Refund?", "Cancelled order {order}"],
    "refunded": ["Charged twice", "Refund not received"],
    "early": ["Change to my order", "Order {order}", "Quick question"],
    "none": ["Question", "Shipping question", "Stock", "Hello"],
}

# Later customer messages in a case, by mood.
FOLLOW_UPS: dict[str, list[str]] = {
    "waiting": [
        "Any update on this?",
        "Hello? I wrote three days ago and nobody has answered.",
        "Still nothing. What is going on with order {order}?",
        "Just checking in on my message below, thanks.",
    ],
    "angry": [
        "This is ridiculous. I have been waiting for weeks and you keep giving me excuses.",
        "I don't want another apology, I want my order or my money back.",
        "You said it would be sorted by Monday. It is Thursday. Nothing.",
    ],
    "calm": [
        "Ok, thanks for letting me know. I'll wait until Friday.",
        "That's fine, a replacement would be great.",
        "Thanks. Could you send me the tracking link again please?",
        "Yes the address is right, thank you.",
    ],
    "thanks": [
        "Received it today, all good. Thanks for your help!",
        "Thank you so much, that's really kind of you.",
        "Perfect, thanks for sorting it so quickly.",
        "Got the refund, thank you.",
    ],
}

# What some customers add: the heat the engine should find.
THREATS = [
    " If I don't hear back by Friday I am opening a chargeback with my bank.",
    " I will be reporting you to trading standards.",
    " I'm leaving a one star review everywhere I can so people know.",
    " My solicitor will be in touch.",
    " I'll report this shop to the marketplace.",
]
INSULTS = [
    " You are useless idiots.",
    " Absolute joke of a shop, you people are scammers.",
    " Pathetic. What a bunch of clowns.",
]
OPENINGS = ["Hi, ", "Hello, ", "Dear Sir/Madam, ", "hey ", "Good morning, "]
CLOSINGS = [" Thanks!", " Many thanks.", " Kind regards.", " Cheers", " Thank you for your help."]

REPLIES = [
    "Hello {name}, thank you for getting in touch. Your order {order} left us on {date} and I "
    "have asked the carrier to look into it. I will write again tomorrow with what they say.",
    "Hello {name}, I am so sorry about this. I am sending a replacement today by tracked post; "
    "there is no need to return the broken one.",
    "Hi {name}, thanks for your patience. Your refund was issued today and usually shows on your "
    "card within 3 to 5 working days.",
    "Hi {name}, sorry for the slow reply. Your order is packed and goes out with today's post; "
    "you will get the tracking number by email.",
    "Hello {name}, yes, we ship there: it usually takes 5 to 7 working days.",
    "Hi {name}, I have cancelled the duplicate order and refunded it in full.",
    "Hello {name}, I understand how frustrating this is. Could you tell me what the parcel "
    "looked like when it arrived, and send a photo if you have one?",
    "Hi {name}, I have checked with the carrier: they show it delivered at 14:02 to your "
    "address. Could you check with neighbours or your building's post room?",
]
NOTES = [
    "Called the carrier: the parcel is at the local depot, should go out tomorrow.",
    "Repeat customer, 4 earlier orders. Offered free shipping on the next one.",
    "Photos received, damage is clear. Replacement approved.",
    "Refund issued through the payment provider.",
    "Customer was rude on the phone; kept it factual. Watch for a chargeback.",
    "Checked the packing list: the item was packed. Asked for a photo of the parcel.",
]

TEMPLATE_ORDER = "QZ123456"  # same length as a seeded order number (two letters, six digits)


def _shout(text: str, rng: random.Random) -> str:
    return text.upper() + "!!!"


def _typos(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // 6)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3 and TEMPLATE_ORDER not in w:
            j = rng.randrange(len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    # Lower case and no full stops, but the order number as the customer copied it.
    return " ".join(w if TEMPLATE_ORDER in w else w.lower().replace(".", "") for w in words)


def _polite(text: str, rng: random.Random) -> str:
    return rng.choice(OPENINGS) + text[0].lower() + text[1:] + rng.choice(CLOSINGS)


def _threat(text: str, rng: random.Random) -> str:
    return text + rng.choice(THREATS)


def _insult(text: str, rng: random.Random) -> str:
    return text + rng.choice(INSULTS)


def _furious(text: str, rng: random.Random) -> str:
    return (text + rng.choice(INSULTS) + rng.choice(THREATS)).upper()


# Each variant with how often customers write that way.
VARIANTS: list[tuple[str, Callable[[str, random.Random], str] | None, float]] = [
    ("plain", None, 40),
    ("polite", _polite, 25),
    ("typos", _typos, 10),
    ("threat", _threat, 10),
    ("shout", _shout, 6),
    ("insult", _insult, 5),
    ("furious", _furious, 4),
]


def variants(text: str, rng: random.Random) -> list[tuple[str, str, float]]:
    """Every variant of one template: (name, text, weight)."""
    return [(name, fn(text, rng) if fn else text, weight) for name, fn, weight in VARIANTS]


@dataclass(frozen=True)
class PooledText:
    """A pooled customer text with the engine's reading of it."""

    text: str
    triage: dict[str, Any]
    variant: str
    weight: float
    has_order: bool


class Pool:
    """Customer texts by kind ("open:<topic>" or "follow:<mood>"), analysed once."""

    def __init__(self, rng: random.Random) -> None:
        from levelhead.triage import analyze_many

        drafts: list[tuple[str, str, str, float, bool]] = []
        groups = [("open", OPENERS), ("follow", FOLLOW_UPS)]
        for prefix, templates in groups:
            for key, texts in templates.items():
                for template in texts:
                    has_order = "{order}" in template
                    filled = template.replace("{order}", "#" + TEMPLATE_ORDER)
                    for variant, text, weight in variants(filled, rng):
                        drafts.append((f"{prefix}:{key}", text, variant, weight, has_order))
        readings = analyze_many([d[1] for d in drafts])
        self.kinds: dict[tuple[str, bool], list[PooledText]] = {}
        for (kind, text, variant, weight, has_order), reading in zip(drafts, readings, strict=True):
            item = PooledText(text, dict(reading.to_dict()), variant, weight, has_order)
            self.kinds.setdefault((kind, True), []).append(item)
            if not has_order:
                self.kinds.setdefault((kind, False), []).append(item)
        self.size = len(drafts)

    def pick(
        self, kind: str, number: str, rng: random.Random, *, moods: set[str] | None = None
    ) -> tuple[str, dict[str, Any], str]:
        """A text of ``kind`` about order ``number`` (or none), its triage, and its variant."""
        fits = len(number) == len(TEMPLATE_ORDER)
        choices = self.kinds.get((kind, fits)) or self.kinds[(kind, True)]
        if moods is not None:
            choices = [c for c in choices if c.variant in moods] or choices
        item = rng.choices(choices, [c.weight for c in choices])[0]
        if not item.has_order or not fits:
            return item.text, item.triage, item.variant
        # Same length as the template's number: every span keeps its place; its text follows.
        text = item.text.replace(TEMPLATE_ORDER, number)
        triage = dict(item.triage)
        triage["spans"] = [{**s, "text": text[s["start"] : s["end"]]} for s in triage["spans"]]
        return text, triage, item.variant
