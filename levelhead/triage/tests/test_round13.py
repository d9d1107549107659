"""Round 13 (dev44, dev47: reports and veiled violence): one or two phrasings of each family the
round's rules and guards read, written for these tests (not copied from the dev files): threats
that must be found with their type, and innocent look-alikes that must stay clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # report: bodies of other countries, by letters or in full
    ("report", "Enough. I'm lodging a complaint with the ACCC tomorrow morning."),
    ("report", "I shall notify the Australian Competition and Consumer Commission."),
    ("report", "Sending it all to the Consumer Product Safety Commission, shop name included."),
    ("report", "that heater is going in a cpsc report, shop name and all"),
    ("report", "I'll be registering this with the national consumer helpline tonight."),
    ("report", "A grievance will be lodged with the consumer helpline if no refund comes."),
    ("report", "been filing w the bbb all evening, nearly done"),
    # report: a body chosen, a police matter, a body that may have a look
    ("report", "Fine. Trading Standards it is then."),
    ("report", "Refund me by Friday or it's a police matter."),
    ("report", "kept every message u sent, the police can have a look at them"),
    ("report", "The tax office might like a look at how you run this business."),
    ("report", "Do you think the ombudsman would like to see these emails?"),
    ("report", "I'm sure the council don't know you trade from your garage. They will by Monday."),
    # report: put before a body, brought to it, walked into the station, given a full account
    ("report", "I'll put the whole sorry story in front of the ombudsman next week."),
    ("report", "Keep ignoring me and I'll bring this to trading standards."),
    ("report", "One more excuse and I'm walking into the police station with these receipts."),
    ("report", "I will provide Etsy with a full account of this order so they can judge."),
    ("report", "gonna make sure someone at ebay reads all this"),
    ("report", "I'm passing your listing to Amazon's trust and safety team this afternoon."),
    ("report", "Tell me which ombudsman scheme you're in, as I plan to refer my complaint to it."),
    # report: a form ready to send, a listing flagged as fake, a complaint rung in
    ("report", "My Scamwatch complaint form is filled in, unless you reply it gets sent tonight."),
    ("report", "If nothing changes I'll flag your listing to eBay as counterfeit."),
    ("report", "I phoned the consumer helpline this morning and gave them your details."),
    ("report", "Going to ring their environmental health team about your kitchen on Monday."),
    # report: a relative at a body who will see the messages
    ("report", "My son works for the council's trading team and I'm forwarding all this to him."),
    ("report", "fyi my aunt is in the consumer team at the council, shes getting these messages"),
    # violence: a visit made and the courtesy not repeated
    ("violence", "I came to your house last week and knocked politely. Next time I won't knock."),
    ("violence", "I was at your front door on Sunday; I will not extend that courtesy again."),
    # violence: an ambulance, kin who want a word or will visit, a visit not enjoyed
    ("violence", "Ignore me again and someone will be leaving that shop in an ambulance."),
    ("violence", "My cousins would like a quiet word. Saturday."),
    ("violence", "My lads know your name now and they intend to visit you this week."),
    ("violence", "I'm coming to your unit on Friday. You won't like it."),
    # violence: property damaged, set alight, one match
    ("violence", "nice van outside ur shop, tyres r getting slashed tonight"),
    ("violence", "I'll turn up at your warehouse and smash everything, see how you like it."),
    ("violence", "I know where your stock is kept and how quickly it would catch fire."),
    ("violence", "all those boxes in ur lockup... one match and it's gone"),
    ("violence", "I will put fire to your shop, remember that."),
    ("violence", "Next time I'm in your shop I'll smash every mug on the shelf in front of you."),
    # violence: hands not kept to oneself, swinging, refraining
    ("violence", "I really can't promise I'll keep my hands to myself when we meet."),
    ("violence", "If that driver turns up again I swear I'll swing for him."),
    ("violence", "I cannot guarantee I will refrain from violence if I see you."),
    # violence: an address from a label and a free afternoon, distance and a full tank
    ("violence", "Took your address off the parcel label. I'm free all afternoon Saturday."),
    ("violence", "You think you're safe living miles away. I've got a full tank."),
    # violence: eat it, staff told to stay in, intent to damage, shop front not intact
    ("violence", "I'll make you eat that broken teapot."),
    ("violence", "Tell your delivery guy to stay indoors tomorrow."),
    ("violence", "I would come with every intention of causing damage."),
    ("violence", "Your shopfront may not stay intact if this carries on."),
    ("violence", "Keep it up and I'll knock his teeth out."),
    ("violence", "I'm going to give your manager a thrashing he won't forget."),
    ("violence", "If I have to come down there, someone will get hurt."),
    ("violence", "I'll make sure you need hospital treatment."),
    ("violence", "I will not be responsible for my actions if I see your staff."),
]

CLEAN = [
    # bodies praised or mentioned for nothing
    "My husband works at Trading Standards and says your labels are the clearest he's seen.",
    "my sister's in the council's consumer team, she loved the candle I got her",
    "I rang Citizens Advice and they said to ask the seller first. Is there a warranty?",
    "Is the AC unit still under warranty? Mine stopped cooling.",
    "I nearly threw my phone across the room, the courier app is so slow lol",
    # the police or an ambulance in innocent use
    "The police found my stolen parcel and they can have a look at the tracking if you send it.",
    "Sorry for the delay replying, my dad was taken to hospital in an ambulance on Monday.",
    # a visit for an errand, knocking for a delivery
    "I'll come round to your house on Saturday to pick it up, is that okay?",
    "Please tell the driver to knock loudly, the bell doesn't work.",
    "Got your address off the returns label, I'll post the dress back on Saturday afternoon.",
    # a glitch reported to the platform, care with heavy boxes
    "Reported a checkout bug to Etsy, nothing to do with you, all sorted now.",
    "Watch your back lifting those big boxes, they're really heavy!",
    # a bank's own check flagged a payment
    "My bank's fraud team flagged the payment, but it's approved now.",
    # a full tank and a free weekend for a drive to collect
    "I live miles away but I've got a full tank and a free weekend, so I'll collect it myself.",
]


@pytest.mark.parametrize(("label", "text"), FOUND)
def test_found(label: str, text: str) -> None:
    assert label in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert analyze(text).threats == ()
