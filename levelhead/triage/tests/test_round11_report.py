"""Round 11, report (docs/triage.md): one phrasing of each class of construction the round's
report rules and guards cover, written for these tests (not copied from the development file
dev30), and innocent neighbours the rules and the round's guards must leave clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # the seller's own act called theft, then the police (the theft guard no longer drops it)
    "You took the money and never sent the lamp. That is theft and I'm reporting it to the police.",
    "Kept my return and the refund? If that isn't theft nothing is. Police tomorrow.",
    # a matter referred to a body
    "Failing a reply by Monday I will refer this to Trading Standards.",
    # a body hearing about it now
    "Trading Standards are hearing about this today.",
    # the council contacted about the seller, with "local"
    "I'm contacting my local council about your kitchen.",
    # a body's own department, named with its owner
    "I've sent all of it on to Amazon's fraud department.",
    # bodies new to the rules: a food regulator, product safety, the FTC, vague bodies
    "reported to the fsa, the label says nut free",
    "Reported the heater to the product safety team, it has no UKCA mark.",
    "Unless I get my money by Friday I'll be filing with the Federal Trade Commission.",
    "The appropriate authorities will be informed if this isn't fixed.",
    # a cross-border consumer centre
    "I'm in Spain so I'm taking this to the European Consumer Centre.",
    # the seller's shop or listings passively reported or flagged
    "Your listings are getting reported, none of them are real leather.",
    "Consider your store flagged.",
    "Each of your items has now been reported.",
    # a platform's report page open and ready
    "I have the eBay report form open right now.",
    # a case or complaint against the seller on a platform
    "answer me or i open a case on ebay against you",
    "My son is writing the Etsy complaint against you tonight.",
    # where the complaint is going
    "You're signed up to the motor ombudsman, right? Good, that's where my complaint is going.",
    # the platform brought in or let step in
    "If you won't answer I'll get eBay support involved.",
    "You've ignored me for a week so I'll let Amazon step in.",
    "I've opened a complaint through their resolution centre.",
    # the body given the seller's details
    "I've given Action Fraud your name and your bank details.",
    # a body that will enjoy it when it is sent to them (sarcasm)
    "Trading Standards will love this excuse when I forward it to them.",
    # the report button pressed on a listing
    "Just pressed report on your listing.",
    # a thing handed to a body
    "I'm handing the box to Trading Standards.",
    # a statement made at the police station
    "Went down to the police station and made a statement about the money I sent you.",
    # informing customs (a pattern whose repeat count was mistyped)
    "I've informed customs about the fake invoice you put on the box.",
]

CLEAN = [
    # a theft the writer suffered, told with a courtesy to the seller
    "Letting you know our house was burgled and the rug was taken. I've reported it to the police.",
    "My car was broken into, the order was on the seat. Reported it to the police, not your fault!",
    "Someone took it off our porch. The police gave me a crime number in case you need it.",
    # a copycat or impostor reported, or the seller advised to report it
    "There's a copycat account using your photos. I've reported them to Etsy.",
    "Someone is selling fakes with your logo on them, you should report them to Amazon.",
    "A text claiming to be from your shop came. It didn't look like you, worth reporting to eBay.",
    # the writer's own job, no act
    "I'm a police officer and I'd love one of your mugs for the station kitchen.",
    "I work in environmental health and your bakery photos look lovely, do you deliver?",
    # a reply promised
    "I'll ask my husband when he's home and let you know.",
    # the shop's listings or photos, no report
    "Your listings look great, the photos are really clear.",
    # a body named as information
    "Is it the Furniture Ombudsman you're a member of? Just curious for my records.",
]


@pytest.mark.parametrize("text", FOUND)
def test_round11_report_constructions_are_found(text: str) -> None:
    assert "report" in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round11_report_innocent_uses_are_left_clean(text: str) -> None:
    assert analyze(text).threats == ()
