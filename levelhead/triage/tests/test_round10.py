"""Round 10 (docs/triage.md, step 11): one phrasing of each class of construction the round's
rules cover, written for these tests (not copied from the development files dev25 and dev26), and
innocent neighbours the rules and the round's guards must leave clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

# dev25's classes
CHARGEBACK = [
    # the provider paid the writer, the seller loses the money
    "Barclaycard have already refunded me, so that money is coming back off you.",
    "Santander refunded my £65.50 and it'll be coming out of your account.",
    "My bank paid me back yesterday and they'll be clawing it off you next.",
    # a case, claim or investigation open or in with the provider
    "The dispute about my order is now open with Santander.",
    "Case is open w paypal for the missing hoodie",
    "My claim with Visa is now lodged.",
    # claims by their reason
    "Opened an item not received claim with klarna this morning.",
    "INR case opened on paypal, tracking never moved",
    "Lodging a not as described dispute through my card company today.",
    # the provider on it, sorting or dealing with it (chat forms too)
    "Nationwide are on the case now.",
    "monzo r dealing with it",
    "My credit union is on it.",
    # a claim or dispute against the payment
    "I've raised a dispute on your charge for the second jacket.",
    # the provider wanting evidence for the dispute
    "My card issuer has asked for photos of the damage for the chargeback.",
    "Halifax are asking for screenshots of our emails to support the dispute.",
    "They've requested the tracking details from me for my dispute.",
    # the provider asked or told, once named
    "I spoke to Revolut. I'm going to ask them to reverse it on Friday.",
    "Told Halifax everything. Will be asking them to send the money back if you don't reply.",
    "My bank says they can stop the payment before it clears. I've asked them to.",
    "I've asked the bank to refuse any payment you try to take.",
    # amounts and sets of charges disputed
    "I'm disputing the extra £20 you took.",
    "disputing both charges",
    "Disputing every one of those renewals.",
    # escalation to a claim, or with the provider
    "Escalated the case to a full claim.",
    "If nothing by Friday I'll escalate it into a PayPal claim",
    "Klarna told me to wait a week. Week's up, escalating.",
    # the matter dealt with through the provider
    "Happy to handle this through my credit card company instead.",
    # "chargeback it is"
    "Chargeback it is.",
    "section 75 it is then",
    # payments held until the seller proves delivery; payments put on hold
    "Klarna froze the payments until you can prove it was delivered.",
    "Clearpay are making you show proof it was posted.",
    "I've put my remaining instalments on hold.",
    # disputes getting the seller's account limited or reviewed
    "Too many chargebacks and your merchant account gets frozen. You're about to get one.",
    "Banks close merchant accounts with lots of disputes, you know.",
    # the provider needs no permission from the seller
    "My bank doesn't need your agreement to return my money.",
    # the dispute's own form
    "The paperwork for the chargeback is filled in.",
    # the seller flagged to the provider as a scam
    "Lloyds flagged your shop as fraudulent and the money's coming back to me.",
    # the provider's question answered yes
    "My bank asked whether I wanted to raise a dispute, and I said yes.",
    # advice taken ("I'll happily do it", "that's exactly what I'm doing")
    "My brother-in-law reckons a chargeback would sort it. I'll happily do it.",
    "My wife says to report it to the bank as unauthorised. That's exactly what I'm doing.",
    # a cancellation the step follows from is no step undone
    "cancelled my membership but you kept charging, so my bank is taking it all back",
    # the purchase denied ("I don't recognise this payment") is no denial of the step
    "I don't recognise this payment and I'm asking my bank to reverse it.",
    # the money got back another way, thru the bank
    "I'll get it back through my bank my own way.",
    "fine, getting it back thru my bank then",
    # the past of the writer's own step
    "stopped the direct debit payment, not paying for a broken heater",
    "blocked the payment in my app so it won't go through",
    # the dispute's form done or filled in, to be sent to the provider
    "Got the dispute form half filled in already.",
    "Form's done, just need to hit send to Barclays.",
    # a pending payment cancelled through the bank's app
    "Cancelled the pending payment through my banking app.",
    # what the seller thinks the provider will say (chat spelling)
    "wat do u think paypal will say when i show them the tracking",
    # the provider paid the writer back and is chasing the seller
    "Westpac have put the £50 back in my account and are chasing you for it.",
    # the provider taking it back
    "Amex is getting me the money back.",
    "The bank's pulling back the £30 you overcharged.",
]

# dev26's classes
VIOLENCE = [
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

FOUND = [("chargeback", t) for t in CHARGEBACK] + [("violence", t) for t in VIOLENCE]

CLEAN = [
    # dev25's innocent uses
    # a payment made to the seller, the bank's check passed
    "Just sent the payment by bank transfer, let me know when it arrives.",
    "Revolut locked my card for a moment over your site, all unfrozen now, please retry the order",
    "Monzo blocked the transaction as a precaution, I've approved it now.",
    "My bank flagged the payment but I confirmed it was me, so please try again.",
    # another person's step against another trader
    "My colleague once had to dispute a charge with a dodgy website, you seem fine though.",
    "My friend did a chargeback on a fake shop last year, glad you're legit",
    # the refund's route or destination
    "Could the refund go back to my Amex please?",
    "refund to my paypal pls",
    "The refund arrived on my debit card, thank you.",
    "Card or PayPal for the refund, whichever suits you.",
    "Please pay the full amount back onto my Visa.",
    # a pending charge or hold asked about
    "There's a pending payment on my Visa for the cancelled order, will it drop off?",
    # the seller asked to tell the provider
    "Could you let PayPal know I've returned the item?",
    # a receipt asked for
    "Please can I have an invoice for my card statement?",
    # chargebacks the seller suffered
    "So sorry to hear about the fake chargebacks, you don't deserve that.",
    "Chargeback fraud must be a nightmare for small shops like yours.",
    "Sorry to hear some customers have been charging back, that's not fair on you.",
    # a step abandoned once the writer saw the charge was theirs
    "I almost rang my bank about a charge, then I realised it was your shop's trading name.",
    # denied, or the provider's question answered no
    "I won't be disputing the payment, I just want an update.",
    "My bank asked if I wanted to dispute it but I said no, I'd rather sort it with you.",
    # card trouble, the seller's own people, the writer's account
    "My bank blocked the payment as suspicious, can you resend the link?",
    "Can you put my order on hold until I'm back from holiday?",
    "I paid by PayPal. I rang your customer service and asked them to cancel the order.",
    "My PayPal account got limited after a claim last year, can I pay by card instead?",
    "my bank wants proof of address before they'll raise my limit",
    # dev26's innocent uses
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
    # a date or an order number beside praise; "your boss" is no praise
    "Order 1129 arrived on the 12th, the mug is lovely, thank you!",
]


@pytest.mark.parametrize(("threat", "text"), FOUND)
def test_round10_constructions_are_found(threat: str, text: str) -> None:
    assert threat in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round10_innocent_uses_are_left_clean(text: str) -> None:
    assert analyze(text).threats == ()


@pytest.mark.parametrize(
    "text", ["do you do afterpay", "Do you do next day delivery?", "does your site take klarna"]
)
def test_round10_offer_questions_are_not_abuse(text: str) -> None:
    result = analyze(text)
    assert not result.abuse
    assert result.threats == ()


def test_reported_intent_on_a_condition_is_no_advice() -> None:
    # "X says do Y" passes advice on; "X says if ..., he's going to ..." reports X's own intent.
    reported = "my husband says if it isn't sorted he's going to smash your van up"
    assert "violence" in analyze(reported).threats
    assert analyze("my husband says you should try a different courier").threats == ()
