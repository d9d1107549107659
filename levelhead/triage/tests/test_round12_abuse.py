"""Round 12, abuse passes (dev38 and, second, dev41: abuse aimed at the seller by two writers new
to the project): a few phrasings of each family the abuse rules now find, written for these tests
(not copied from dev38 or dev41), and innocent messages beside them (swearing about a thing, the
writer calling themselves names, a third party insulted, criticism of the service, praise in
rude-looking words) that must stay clean; and polite seller drafts the same rules must not call
insults (``tone`` reads them)."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze, check_reply

ABUSE = [
    # "ur" (you're) then filler before the insult; an aside between the verb and the insult
    "honestly ur all just clowns",
    "ur literally the biggest idiots on etsy",
    "Your team are, frankly speaking, complete and utter morons.",
    # contempt as a predicate, alone or in a list; a profane verdict; too dim for the job
    "You people are lazy, rude and thick.",
    "you're hopeless, all of you",
    "u r trash at ur job",
    "You're far too dim to run a business.",
    # a character with a person noun
    "What a spiteful, petty little man you are.",
    "You are a nasty and bitter person.",
    # a member of staff by name or role
    "Sarah is a total moron.",
    "Because Dave is an absolute muppet, my order went to the wrong house.",
    "Your colleague Priya is a clueless idiot.",
    "whoever answered my email is a complete imbecile",
    # who runs it, who did it, who the writer is dealing with
    "The place is obviously run by amateurs.",
    "I feel like I'm talking to a bunch of idiots.",
    "What sort of moron packs glass without bubble wrap?",
    "Who are these clowns running your warehouse?",
    "I consider you and your staff to be crooks.",
    # the insult as a form of address, or said last
    "Answer the question, coward.",
    "hey idiots, where is it",
    "Liars, that's what you are.",
    # superlatives, comparisons and idioms of stupidity
    "The most incompetent seller I have ever had the misfortune to deal with.",
    "My six year old could run your shop better than you.",
    "A trained chimp would do a better job than your staff.",
    "Did a monkey teach you how to pack?",
    "Not the sharpest tools in the box, are you?",
    "My goldfish has more brains than your staff.",
    # reading and brains
    "do u even know how to read??",
    "can anyone at ur shop even read",
    "Get a brain, seriously.",
    "One brain cell between the lot of you.",
    "You have no spine.",
    "Are you all brain dead over there?",
    # wishing ruin or harm
    "Can't wait for your business to go bust.",
    "Waiting for the day ur shop goes under lol",
    "Nobody will miss you when you close.",
    "Do the world a favour and give up.",
    "Karma is coming for you.",
    "May you rot in hell.",
    "I'll email you every single day until you drop dead.",
    # profanity aimed at them, obscured; their looks; sneering praise
    "fck u",
    "up yours, mate",
    "Ugly owner, ugly shop.",
    "Congratulations, genius.",
    "Grow up, you baby.",
    "Scummy outfit.",
    # second pass (dev41, a second writer)
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

CLEAN = [
    # the writer calling themselves names
    "I'm such an idiot, I ordered the wrong size.",
    "What an idiot I am, I put my old address on it.",
    "Bloody idiot, me. Typed the wrong house number.",
    "I'm too stupid to work out the app, sorry.",
    # a third party insulted (the courier's driver, a neighbour, another seller, a family member)
    "The DPD driver is a moron, he threw it over the fence.",
    "My neighbour is an idiot, she kept it all week.",
    "I was talking to some idiot at DPD who said it was delivered.",
    "My husband called me a fool for buying three.",
    "The last seller was a total crook, you're much better.",
    # swearing about a thing, criticism of the service, accusations without a name
    "Where the hell is it?",
    "What a pathetic excuse for packaging, everything was loose.",
    "This is a joke, the parcel has been to three depots.",
    "This feels like a scam, to be honest.",
    # praise and friendly questions in words the rules read
    "You absolute legend.",
    "You're mad selling these so cheap.",
    "Can you read the tracking number back to me?",
    "Do you know how to read the care label symbols?",
    "I hope you don't go bust with all these price rises!",
    "I'll keep checking until you restock.",
    "We'll miss you, good luck with the move.",
    "A child could assemble it, super easy instructions.",
    "My kid could do a better drawing than this lol, love it anyway.",
    "Is the cowboy boot in stock in a size 9?",
    "Anna is lovely, please thank her for me.",
    # second pass (dev41)
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
    "Thanks for your patience, you're a star. A replacement is on its way today.",
    "You can read more about our returns policy on the website; I'm happy to help with anything.",
    "Sorry for the wait. Could you read me the order number on the label so I can check it?",
    "I'm sorry it arrived late. We won't let you down again if we can help it.",
    # second pass (dev41)
    "Thank you for your patience; I'm so sorry the dinosaur set arrived with a missing piece.",
    "Apologies for the delay. Our representative will call you tomorrow to arrange the return.",
    "We're a small team and we really appreciate you taking the time to write to us.",
]


@pytest.mark.parametrize("text", ABUSE)
def test_abuse_found(text):
    assert analyze(text).abuse, text


@pytest.mark.parametrize("text", CLEAN)
def test_innocent_not_abuse(text):
    assert not analyze(text).abuse, text


@pytest.mark.parametrize("text", POLITE_DRAFTS)
def test_polite_drafts_not_insults(text):
    assert "insult" not in {p.kind for p in check_reply(text).problems}
