"""Round 12, second abuse pass (dev41, a second writer new to the project): a few phrasings of
each family the abuse rules now find, written for these tests (not copied from dev41), and
innocent messages beside them (swearing about a thing, the writer calling themselves names, a
third party insulted, criticism of the service) that must stay clean; and polite seller drafts
the same rules must not call insults (``tone`` reads them)."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze, check_reply

ABUSE = [
    # regional and misspelt name-calling
    "Honestly mate you are a total drongo.",
    "ur a right numpty aren't you",
    # what they behave or answer like
    "Your agent, to be blunt, answered like an utter moron.",
    "your staff behave like a troupe of clowns",
    # a character in pidgin or with a person noun
    "You are only rude small person.",
    "I found your representative to be an insufferable twit.",
    # the exclamation alone, and a verdict said alone
    "God, what a prat. Who answers a customer like that?",
    "Nice try. Still a moron.",
    "Lazy, smug and frankly a bit thick.",
    # their brains
    "Were you dropped on your head as a baby?",
    "you've got the brains of a pea honestly",
    "Have you got a brain in there or not?",
    # how it must be to be them
    "Imagine being this incompetent at a job.",
    "You look as thick as you sound.",
    # ill wishes for the shop or them
    "I really hope your pathetic business goes bust.",
    "I wish you every misfortune.",
    # questions that call them stupid
    "Are you just some senile old fool?",
    "Call yourselves a shop? Laughable.",
    # conduct that of an insult
    "That reply was the work of an arrogant tosser.",
]

INNOCENT = [
    # swearing about a thing
    "This bloody printer has jammed again, can you send a new cartridge?",
    "The box arrived soaking wet, what a shit day.",
    # the writer calling themselves names
    "What an idiot I am, I typed the wrong postcode.",
    "Still an idiot me, sorry, I ordered two by mistake.",
    # a third party insulted
    "The courier driver acted like an absolute moron and threw it over the fence.",
    "My neighbour is a total numpty, he took my parcel in and opened it.",
    # criticism of the service, without name-calling
    "Your service has been dismal and I would like a refund.",
    "I hope your shop doesn't go under, the prices are great.",
    "Is this shop run by a family? It feels very personal.",
    "The dinosaur toy for my son arrived broken.",
]

POLITE_DRAFTS = [
    "Thank you for your patience; I'm so sorry the dinosaur set arrived with a missing piece.",
    "Apologies for the delay. Our representative will call you tomorrow to arrange the return.",
    "We're a small team and we really appreciate you taking the time to write to us.",
]


@pytest.mark.parametrize("text", ABUSE)
def test_abuse_found(text):
    assert analyze(text).abuse, text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_not_abuse(text):
    assert not analyze(text).abuse, text


@pytest.mark.parametrize("text", POLITE_DRAFTS)
def test_polite_drafts_not_insults(text):
    assert "insult" not in {p.kind for p in check_reply(text).problems}
