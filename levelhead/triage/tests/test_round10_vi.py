"""Round 10, violence (dev26): one phrasing of each class of construction the round's violence
rules cover, written for these tests (not copied from the development file dev26), and innocent
neighbours the rules and the round's guards must leave clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # the seller's property damaged in the passive, ahead; the vandalism named
    "Your garage door is getting spray painted tonight if I don't hear back.",
    "that van of yours is gonna get egged this weekend",
    "ur fence is getting kicked over",
    "Just so you know, that motor of yours is getting every tyre slashed.",
    "we're gonna graffiti ur shop front n ur van",
    "im gonna paint all over your shutters",
    "I'll trash your garden and your bins if this isn't sorted.",
    # a conditional threat to break "it" once the property is named; reported kin
    (
        "If the money isn't back by Friday, your windows won't last the week, I'll smash them, "
        "every one."
    ),
    "my brother says if ur van parks on our road again hes gonna brick it",
    # glass that won't stay in one piece, a vehicle that won't look the same
    "Your front windows are huge. They won't be in one piece for long if I'm kept waiting.",
    "That transit of yours won't look the same by the morning.",
    # things put through the letterbox or the window
    "fireworks thru ur letter box tonight",
    "Something is coming through your door if I don't get my money.",
    # a pity if it ended up somewhere, or someone took a tool to it
    "Shame if your van ended up in the canal.",
    "Be a pity if someone took a hammer to your windscreen.",
    "Lovely new signage on the unit. Be a shame if it got damaged.",
    "Shame if summat happened to your kids.",
    # a tool bought and the property remarked on; the display on the floor
    "Got a few eggs and a can of paint in the boot. Your front door is freshly painted, isn't it?",
    "It would take me seconds to knock your whole display onto the floor.",
    # veiled harm: accidents listed, responsibility disclaimed
    "Slips and falls happen all the time in warehouses. Hope nothing like that happens to you.",
    "I won't be held responsible for my actions if I come in there.",
    "I cannot promise what my fists will do when I see you.",
    "I won't answer for what my husband does when he finds you.",
    "I would not like to say what I might do if I met you.",
    # the outcome in care; the body counted
    "You'll be needing an ambulance once I get there.",
    "ye'll be drinking through a straw",
    "How many fingers would you like to keep?",
    # people hurt for less; out of reasons to stay away; the long game
    "People have been stabbed for a lot less than this.",
    "I'm running out of excuses not to drive over there.",
    "I'm a patient man. Sooner or later I'll catch you.",
    "mark my words i'll find u",
    "you'll pay with more than money",
    # better hope or pray we never meet
    "You'd better pray we never cross paths.",
    "best hope i dont bump into u",
    # dogs set on someone, or brought along trained
    "I'll set my rottweiler on your driver next time he chucks a parcel.",
    "Got two staffies. Next time the courier comes I'll let them loose on him.",
    "Coming down to your shop with my dobermann, he's trained to attack on command.",
    # watched, followed, driven past, with a tail that menaces
    "Followed your delivery driver home yesterday.",
    "I sat outside your house last night. No cameras. Bear that in mind.",
    "I saw you lock up your shop at six. Next time I'll be waiting.",
    # the seller's people told to go home another way
    "Tell the girl on your till to walk home a different way for a while.",
    "Warn your wife to watch her back when she goes home.",
    # taught manners by hand; shown how it feels
    "I'll teach your manager some manners with my own hands.",
    "I'll show the driver how it feels to be kicked.",
    # mates who collect debts the hard way; people who deal with people like you
    "My mates recover debts for people. They're not gentle about it.",
    "I know a bloke who collects debts. He doesn't use paperwork.",
    "I know people who deal with sellers like you.",
    # crew and kin: a jump, a blow to whoever is next, a fight
    "my cousins r gonna jump whoever answered my call",
    "The next person who hangs up on me will get punched.",
    "Anyone who refuses my refund is getting battered.",
    "i will fight him on sight",
    # a punch taken, coming in swinging, staff off sick
    "Does your warehouse manager get paid enough to take a punch?",
    "I'm walking in there swinging on Monday.",
    "Your staff better book Monday off, I'm coming in.",
    # the item brought back as a missile; a throwing arm
    "I'm bringing the kettle back and it's going straight at your face.",
    "I've still got a decent throwing arm, so when I return this, duck.",
    # anyone in my way; money taken out of you; the way I collect
    "Anyone who gets in my way on Monday is going through the window.",
    "I'll be taking what I'm owed out of your hide one way or another.",
    "You won't like the way I recover my money.",
    # a weapon brought round; kin I can't hold back
    "I'll be round with a baseball bat on Monday.",
    "My brother is furious and I can't guarantee I'll hold him back.",
    # reported intent: "he said he'd", "she says if ..., she's going to"
    "He said he'd knock your teeth out.",
    "my sister says if u dont refund by friday shes gonna smash ur windows",
    # dares: settling it outside, a friend you'll need, say that to me
    "Grand, we'll sort this out round the back then.",
    "Let's settle it like men, in the car park.",
    "See you in the car park, bring some mates, you'll need them.",
    "black belt here, come and say that to me",
    # the body broken; teeth picked up off the floor
    "I'll break your ribs.",
    "When I get my hands on you, you'll be picking your teeth off the floor.",
    # the address found, an hour away and a visit in person; kin asking where the shop is
    "I found your home address in five minutes.",
    "Your unit is only an hour away, I'll be down there on Friday to deal with you personally.",
    "My lads have asked me where your shop is. I've told them.",
]

CLEAN = [
    # dev26's innocent uses the round's guards now leave clean
    "Can't wait for the parcel, I'll be watching out for your van on Friday, can't wait!",
    "Please tell the courier to ring the bell, I'm home all day.",
    "The alarm arrived, thanks. After the burglary next door I feel much safer.",
    # neighbours of the property rules
    "Your shop is getting trashed in the reviews, I'm sorry to say.",
    "Your packaging is rubbish, the glass won't stay in one piece if I send it back like this.",
    "It would be a shame if it got smashed in the post, please pack it well.",
    "It took me ages to put everything on the floor and photograph it.",
    "It would take me a minute to put the whole lot on the floor for the photo, no problem.",
    "Kids put a firework through our letterbox, so I've ordered the letterbox guard from you.",
    "Can you put something through the door if I'm out?",
    "Your candles are gorgeous, I'll burn them tonight.",
    # neighbours of the veiled-harm rules
    "I had a nasty fall last month; hope nothing like that happens to you.",
    "Accidents happen, I dropped the box myself, no need to refund.",
    "I'm not responsible for what the courier does with it.",
    "I can't guarantee what I'll do with the spare, maybe give it to my sister.",
    "I won't be responsible for my actions if this cake doesn't arrive, I'll eat the box lol",
    "I wouldn't like to say what I'd do without your lovely soaps!",
    "You'll need a doctor's note for the return? That seems a lot.",
    "You'll need a surgeon to get this packaging open!",
    "How many teeth does this comb have?",
    "Eventually I'll get them, no rush.",
    "Take as long as you need, I'll see you at the fair on Saturday.",
    "I'm running out of reasons not to shop elsewhere.",
    # neighbours of the people rules
    "I'll send them onto you next week with the label.",
    (
        "I drove past your shop yesterday but it was closed. Next time I come in I'll bring the "
        "receipt."
    ),
    "I've been to your shop twice and there was nobody about to serve me.",
    "Tell them to be careful with the packaging next time.",
    "Please tell your driver to take care going home in this snow!",
    "Someone needs to teach your staff some manners, honestly.",
    "My friend collects money for charity and she doesn't do paperwork either lol.",
    "I've given your details to some friends who loved the candles.",
    "I know people who deal with problems like this for a living, a repair shop maybe?",
    "I'll jump on a call whenever suits.",
    "Anyone who buys this will get a broken one, the packaging is useless.",
    "Is this punch bag tough enough to take a punch?",
    "We're coming out swinging with the new collection!",
    "I'm going over your head to your manager.",
    "My son has a good throwing arm so we bought the cricket set.",
    "My kids will fight over who gets the bigger one!",
    "Nothing will stand in my way of getting this refund.",
    "The heat really takes it out of you.",
    "Does the cheese board come with a knife?",
    "I'll come round with the hammer to swap it for the right size.",
    "I can't promise I'll stop him ordering more lol.",
    "You'd better hope my cat likes this bed!",
    "You'd better hope I don't find a single scratch on this one!",
    "Sort it out with the driver so he leaves it round the back, please.",
    "See you in the car park when I collect.",
    "my dad says if the van comes again he'll sign for it",
    "My husband asked where your shop is so he can pop in and buy more.",
    "Your unit is only 20 minutes away, I'll be there Monday to pick it up myself.",
    # a one-star "1" is not the 1 of a date or an order number; "your boss" is no praise
    "Order 1129 arrived on the 12th, the mug is lovely, thank you!",
]


@pytest.mark.parametrize("text", FOUND)
def test_round10_violence_constructions_are_found(text: str) -> None:
    assert "violence" in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round10_violence_innocent_uses_are_left_clean(text: str) -> None:
    assert analyze(text).threats == ()


def test_reported_intent_on_a_condition_is_no_advice() -> None:
    # "X says do Y" passes advice on; "X says if ..., he's going to ..." reports X's own intent.
    reported = "my husband says if it isn't sorted he's going to smash your van up"
    assert "violence" in analyze(reported).threats
    assert analyze("my husband says you should try a different courier").threats == ()
