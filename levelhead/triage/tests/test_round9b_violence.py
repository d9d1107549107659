"""Round 9 (dev23, violence): the constructions the second round-9 violence rules find, in new
words, and innocent uses of the same words that stay clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # a question that menaces the body; bones broken by the set
    "Do u bleed easily? Guess we'll find out on Saturday.",
    "I'll snap both your wrists if that refund doesn't land.",
    # the body enjoyed while it lasts
    "Make the most of your hands while they still work, won't be for long.",
    # the product force-fed or thrown at the head
    "I'll ram that parcel so far down your throat you'll choke.",
    "I'm bringing the kettle back and it's going straight into your face.",
    # protection that won't stop me
    "Your locks aren't going to stop me.",
    # payment in harm, money out of the hide
    "I'll cut the forty quid out of your hide.",
    # cover and first aid the seller will need
    "Make sure your life insurance is sorted, you'll need it.",
    "Buy plenty of plasters before the weekend.",
    # hospital and aids as the outcome
    "You'll be getting around in a wheelchair after this.",
    # funeral things
    "Better start choosing your hymns.",
    # the last face, not getting up
    "You won't be getting up again once I'm finished.",
    # dogs set on the seller
    "I'll set my rottweiler on you.",
    # screams heard; harm that won't be to the stock
    "The neighbours will hear you screaming.",
    "Cross me again and I'll break someone, and it won't be the stock.",
    # water, the disappeared
    "They'll be dragging you out of the river.",
    # holidays not lived to see
    "You won't make it to another birthday.",
    # the parcel not to shake
    "I'm sending you a little present. Don't shake it.",
    # a weapon taken to someone
    "I'll take a hammer to you.",
]

CLEAN = [
    "Do the peaches bruise easily? Mine arrived marked.",
    "How fast can you run the refund through?",
    "My jaw was wired shut after surgery so I need soft food.",
    "I'll feed it back to you once I've tested it.",
    "Please make sure there isn't another delay on my order.",
    "Your cameras won't stop me leaving a review.",
    "I need someone to feed my cat while I'm away.",
    "Christmas is your last posting day, right?",
    "I've sent you one back, please open it carefully as it's glass.",
    "There'll be blood, sweat and tears getting this wardrobe built.",
    "My brother reckons I should go round and have it out with you, but that's not me.",
]


@pytest.mark.parametrize("text", FOUND)
def test_round9b_violence_constructions_found(text: str) -> None:
    assert "violence" in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round9b_violence_innocent_uses_left_clean(text: str) -> None:
    assert analyze(text).threats == ()
