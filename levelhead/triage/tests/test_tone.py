import json
from datetime import UTC, datetime

import pytest

from levelhead.triage import ReplyFacts, check_reply

T = datetime(2025, 3, 1, tzinfo=UTC)
POLITE = [
    "Hi Anna,\n\nI'm sorry your order hasn't arrived yet. "
    "I've asked the courier to investigate and "
    "will update you by Friday.\n\nBest,\nTom",
    "Hello, thanks for letting us know. I can send a replacement today or refund you in full, "
    "whichever you prefer.",
    "Hi, I'll report back as soon as I hear from Royal Mail. Sorry for the wait.",
    "Dear Sam, unfortunately we can't accept returns on personalised items, but I'd like to help "
    "another way. Kind regards",
]


@pytest.mark.parametrize("text", POLITE)
def test_polite_drafts_are_fine(text):
    report = check_reply(text)
    assert report.problems == ()
    assert not report.block
    assert report.alternative is None


@pytest.mark.parametrize(
    ("text", "kind", "evidence"),
    [
        (
            "If you leave that review we will take legal action.",
            "threat",
            "we will take legal action",
        ),
        ("Are you stupid? It's in the listing.", "insult", "Are you stupid"),
        ("Oh great, another complaint from you.", "sarcasm", "Oh great"),
        ("Calm down, it will come.", "condescension", "Calm down"),
        ("As I already told you, it takes 5 days.", "condescension", "As I already told you"),
        ("You should have checked the size chart.", "blame", "You should have"),
        ("That's not our problem, take it up with the courier.", "dismissive", "not our problem"),
        ("I guarantee it will arrive tomorrow.", "overpromise", "I guarantee"),
        (
            "PLEASE READ THE LISTING BEFORE ORDERING.",
            "shouting",
            "PLEASE READ THE LISTING BEFORE ORDERING",
        ),
    ],
)
def test_each_kind_is_found_with_its_evidence(text, kind, evidence):
    report = check_reply(text)
    found = [p for p in report.problems if p.kind == kind]
    assert found, report.to_json()
    assert any(text[p.start : p.end] == evidence for p in found), [
        text[p.start : p.end] for p in found
    ]
    assert report.block == (kind in ("threat", "insult"))


def test_contradiction_needs_facts():
    text = "Your parcel was delivered on Monday, please check with neighbours."
    assert check_reply(text).problems == ()
    report = check_reply(text, ReplyFacts(dispatched_at=T))
    assert [p.kind for p in report.problems] == ["contradicts_record"]
    assert check_reply(text, ReplyFacts(dispatched_at=T, delivered_at=T)).problems == ()


def test_negated_claim_is_not_a_contradiction():
    report = check_reply(
        "Your parcel has not been delivered yet, sorry.", ReplyFacts(dispatched_at=T)
    )
    assert report.problems == ()


def test_claimed_update_without_updates_sent():
    kinds = check_reply("We've kept you updated throughout.", ReplyFacts(updates_sent=0)).kinds
    assert "contradicts_record" in kinds
    assert not check_reply(
        "We've kept you updated throughout.", ReplyFacts(updates_sent=2)
    ).problems


def test_alternative_removes_the_problem():
    report = check_reply(
        "Hi Jo, calm down. As I already told you, the parcel is with DPD. Thanks for your patience."
    )
    assert report.alternative is not None
    assert "calm down" not in report.alternative.lower()
    assert check_reply(report.alternative).problems == ()


def test_insult_blocks_and_json_shape():
    report = check_reply("You idiot, read the description.")
    data = json.loads(report.to_json())
    assert data["block"] is True
    assert set(data) >= {"problems", "block", "alternative"}
    for p in data["problems"]:
        assert set(p) == {"kind", "start", "end", "reason", "suggestion"}


@pytest.mark.parametrize(
    "draft",
    [
        "You're welcome, glad it arrived safely.",
        "You are right, and I'm sorry about that.",
        "I've chased the courier and they've promised an update by Friday.",
        "The courier's report says the parcel was left at the depot.",
        # dev5's polite drafts (round 6): a promise about the seller's own next step, "love"
        # that is not a pet name, and blame denied.
        "I promise I'll chase DHL this morning and get back to you by lunchtime.",
        "You have my word that I'll look into it personally.",
        "That's your right, but I'd love the chance to fix it first.",
        "None of this is down to you; the slip-up happened in our packing room.",
    ],
)
def test_polite_lines_that_once_tripped_a_rule_pass(draft):
    assert check_reply(draft).problems == ()


@pytest.mark.parametrize(
    "draft, kind",
    [
        ("I promise it will arrive tomorrow.", "overpromise"),
        ("You have my word it'll be there by Friday.", "overpromise"),
        ("Calm down, love.", "condescension"),
        ("Honestly, this is down to you.", "blame"),
    ],
)
def test_the_same_rules_still_find_the_problem(draft, kind):
    assert kind in {p.kind for p in check_reply(draft).problems}


@pytest.mark.parametrize(
    "draft",
    [
        # Round 6 (dev7.py): contempt by word class, not by phrase.
        "We don't deal with freeloaders.",  # a group the customer is put in
        "You're a serial time-waster.",
        "My hamster follows instructions better than you do.",  # compared with a lesser being
        "I've had clearer emails from a spam bot.",
        "Maybe learn to spell before you complain.",
        "I pity your colleagues, honestly.",
        "The audacity on display here is staggering.",
        "Do you even think before you hit send?",
        "Your reply shows a rare lack of understanding.",
    ],
)
def test_insults_said_without_the_usual_words_are_found(draft):
    report = check_reply(draft)
    assert "insult" in {p.kind for p in report.problems}
    assert report.block


@pytest.mark.parametrize(
    "draft",
    [
        "You're entitled to a full refund under our policy.",
        "Thanks, Karen, I'll post it today.",
        "Don't worry about your spelling, I knew exactly what you meant.",
        "Our cat sleeps in the workshop, so we lint-roll every order.",
    ],
)
def test_polite_drafts_near_the_round_6_insult_words_pass(draft):
    assert "insult" not in {p.kind for p in check_reply(draft).problems}
