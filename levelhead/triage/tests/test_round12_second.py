"""Round 12, second pass (dev40, a writer from many places): one or two phrasings of each family
the pass's rules and guards read, written for these tests (not copied from dev40): veiled
violence that must be found, and innocent messages beside them that must stay clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # violence: a member of staff traced
    ("violence", "Let your manager know I know where he lives now."),
    ("violence", "I found out which street she lives on. Think about that."),
    # violence: the seller's lot foretold, prison shrugged off, payment not in money
    ("violence", "You will get what's coming to you, believe me."),
    ("violence", "I'm not scared of prison, so think hard before you ignore me."),
    ("violence", "You'll pay for this, and not with cash."),
    # violence: a meeting to settle it, a manner not appreciated, luck of distance
    ("violence", "I'll wait by your door on Friday and we can settle this face to face."),
    ("violence", "I will sort it myself, in a way you won't enjoy."),
    ("violence", "Good thing for you I'm not near you right now."),
    # violence: care urged, property as fragile
    ("violence", "I'd take extra care when locking up tonight if I were you."),
    ("violence", "Nice glass frontage you have there. Very breakable."),
    ("violence", "Lovely shiny van outside. For now."),
    ("violence", "That shed of yours would go up really fast, I reckon."),
]

CLEAN = [
    # review: a tag asked for, a post warmly received
    "Just posted the lamp on my story, what's your handle? I'd love to tag you.",
    "I posted your bowls in our village group and loads of people loved them.",
    # legal: a gift for a new lawyer, an order from a law firm
    "Could you engrave a notebook for a newly qualified solicitor? Her name is Priya.",
    "Our law office wants thirty printed pens, could you quote?",
    "My daughter finished her law studies and is a lawyer now, I want a gift for her.",
    # violence words in innocent use
    "The vase arrived safely, it's very fragile so thank you for the packing.",
]


@pytest.mark.parametrize(("label", "text"), FOUND)
def test_found(label: str, text: str) -> None:
    assert label in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert analyze(text).threats == ()
