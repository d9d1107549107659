"""Round 9 (dev20, violence): one phrasing of each class of construction the round's rules cover,
written for this test (not copied from the development file), and innocent neighbours they and
the round's guards must leave clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

ROUND9_VIOLENCE = [
    # damage owned up to, a visit paid in the past
    "Saw the state of your van's windscreen this morning? That was me.",
    "My cousins paid your warehouse a little visit last night.",
    # the armed forces or a fighting sport as a credential with menace
    "Ex military, I still know how to put a grown man on the floor.",
    "Old as I am, I still pack a mean right hook.",
    # dares and settling it outside
    "Meet me round the back of your unit and say that again.",
    # a visit that is not friendly, not as a customer, not alone
    "I'm heading down to your shop on Monday and it won't be a pleasant visit.",
    "When I turn up it won't be as a paying customer.",
    # the seller's people warned
    "Any courier you send me will be carried out on a stretcher.",
    "Tell your girl on the till not to drive home by herself for a few weeks.",
    # the seller's family, the home known
    "Cute photo of your kids on Facebook, I'd recognise them in a crowd.",
    "Got your address off the parcel label, and I'm only ten minutes away.",
    # kin or crew sent round
    "My brother's built like a tank and he's on his way to you right now.",
    # fire
    "A splash of petrol and one match would sort your stock out.",
    # veiled accidents and menace
    "Sleeping well? Pity that's about to end.",
    # weapons named in passing
    "Is your shopfront reinforced? Asking for my crowbar.",
    # blows in other dialects; everything wrecked
    "Your stock will be in pieces by the time I'm done.",
    # a denial taken back in its own sentence
    "i really dont want to get physical but ur pushing me to it",
]

ROUND9_INNOCENT = [
    "I went to your house to pick up the table but nobody answered.",
    "My husband is ex forces, he'd love this knife set for his birthday.",
    "Name a time and place and I'll come and collect the bike.",
    "I'm not coming to shop there again after this.",
    "Your return address is in Leeds, I'm not far away so I could drop it off myself.",
    "I still have a good swing set from you, the kids love it.",
    "Funny how my hammer snapped on the second day.",
    "I could strangle the courier sometimes lol, but the vase is perfect.",
    "Someone stole the parcel from my porch. The police gave me a crime number.",
    "my sister said go down there and give them a piece of your mind, but im not like that",
    "Your shop is just round the corner from me. Can I pick the order up on Friday?",
]


@pytest.mark.parametrize("text", ROUND9_VIOLENCE)
def test_round9_violence_constructions_are_found(text: str) -> None:
    assert "violence" in analyze(text).threats


@pytest.mark.parametrize("text", ROUND9_INNOCENT)
def test_round9_innocent_uses_are_left_clean(text: str) -> None:
    assert analyze(text).threats == ()
