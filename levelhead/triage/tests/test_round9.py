"""Round 9 (docs/triage.md, step 10): one phrasing of each class of construction the round's
rules cover, written for these tests (not copied from the development files dev19, dev20, dev22
and dev23), and innocent neighbours the rules and the round's guards must leave clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

FOUND = [
    # dev19's classes (chargeback)
    # the provider brought in or involved
    ("chargeback", "If nothing happens by Friday, I'm getting my credit card company involved."),
    # the matter handed or forwarded to the provider, put in its hands
    ("chargeback", "I've passed the entire chat log on to my bank."),
    ("chargeback", "The whole matter is now in the hands of Barclaycard."),
    # the provider asked to recover or intervene, or not to let the payment through
    ("chargeback", "We've requested that our bank step in."),
    ("chargeback", "I've told my card issuer not to release the payment to you."),
    # the charge queried with the provider; a transfer's recall
    ("chargeback", "Going to query this debit with Santander tomorrow."),
    ("chargeback", "I've put in a recall on the bank transfer."),
    # the money pulled or clawed back, bouncing out of the seller's account
    ("chargeback", "That £40 is being clawed back via my credit card."),
    ("chargeback", "Watch that money vanish out of your account."),
    # flagged as unrecognised; the provider told the goods never came
    ("chargeback", "I'm flagging the charge as unrecognised in my banking app."),
    ("chargeback", "I'll let PayPal know the parcel never turned up."),
    # cover about to be used
    ("chargeback", "My purchase protection is about to come in handy."),
    # taunts
    ("chargeback", "Trust me, this payment won't stick."),
    ("chargeback", "Don't go spending that money just yet."),
    # reluctance forced by the seller
    ("chargeback", "I don't want to go to my bank, but you're forcing me to."),
    # the rhetorical question
    ("chargeback", "Do I have to get my bank to chase you?"),
    # the provider as examiner or judge, or let to sort it
    ("chargeback", "Chase can look into this payment and decide who's right."),
    ("chargeback", "I'll let Klarna sort this out."),
    # the provider in touch with the seller; a call or a chat with it
    ("chargeback", "Expect Mastercard to be in touch with you shortly."),
    ("chargeback", "Looks like I'll be having a long conversation with HSBC then."),
    # temporary credit; instalments paused; a SEPA debit given back
    ("chargeback", "Klarna gave me a temporary refund while they investigate."),
    ("chargeback", "I've frozen the Afterpay instalments."),
    ("chargeback", "I'll return the direct debit through my bank."),
    # what the provider will make of it
    (
        "chargeback",
        "What do you reckon my card company will say about a parcel that never left the depot?",
    ),
    # dev20's classes (violence)
    # damage owned up to, a visit paid in the past
    ("violence", "Saw the state of your van's windscreen this morning? That was me."),
    ("violence", "My cousins paid your warehouse a little visit last night."),
    # the armed forces or a fighting sport as a credential with menace
    ("violence", "Ex military, I still know how to put a grown man on the floor."),
    ("violence", "Old as I am, I still pack a mean right hook."),
    # dares and settling it outside
    ("violence", "Meet me round the back of your unit and say that again."),
    # a visit that is not friendly, not as a customer, not alone
    ("violence", "I'm heading down to your shop on Monday and it won't be a pleasant visit."),
    ("violence", "When I turn up it won't be as a paying customer."),
    # the seller's people warned
    ("violence", "Any courier you send me will be carried out on a stretcher."),
    ("violence", "Tell your girl on the till not to drive home by herself for a few weeks."),
    # the seller's family, the home known
    ("violence", "Cute photo of your kids on Facebook, I'd recognise them in a crowd."),
    ("violence", "Got your address off the parcel label, and I'm only ten minutes away."),
    # kin or crew sent round
    ("violence", "My brother's built like a tank and he's on his way to you right now."),
    # fire
    ("violence", "A splash of petrol and one match would sort your stock out."),
    # veiled accidents and menace
    ("violence", "Sleeping well? Pity that's about to end."),
    # weapons named in passing
    ("violence", "Is your shopfront reinforced? Asking for my crowbar."),
    # blows in other dialects; everything wrecked
    ("violence", "Your stock will be in pieces by the time I'm done."),
    # a denial taken back in its own sentence
    ("violence", "i really dont want to get physical but ur pushing me to it"),
    # dev22's classes (chargeback)
    # the provider pays instead of the seller, or reimburses me
    ("chargeback", "Santander is refunding me, not you, since you couldn't be bothered."),
    ("chargeback", "I've now been reimbursed by Monzo for the missing order."),
    # the provider (or the card's insurance) recovers from or chases the seller
    ("chargeback", "My Amex has shopping insurance; their recovery team will be chasing your lot."),
    ("chargeback", "Halifax has all the details now, you'll hear from them shortly."),
    # my provider and the seller's bank
    ("chargeback", "My building society has written to your bank about the money."),
    # a disputes adviser at the provider
    ("chargeback", "I'm seeing a disputes adviser at HSBC on Monday."),
    # the payment to the seller returned, the charge billed back
    ("chargeback", "The money I sent to you is being returned to my account by the bank."),
    ("chargeback", "They'll bill the full amount back to your business."),
    # filed with the provider by someone else; evidence handed over
    ("chargeback", "Our finance office has filed the order with our card provider."),
    ("chargeback", "All your excuses and the tracking have gone to my bank."),
    # the provider knows what to do, will side with me
    ("chargeback", "PayPal will know exactly how to deal with this."),
    ("chargeback", "I reckon Revolut will rule in my favour."),
    # the dispute window, part of a payment disputed, the seller's dashboard
    ("chargeback", "My dispute window is running out, so I'm not waiting past Friday."),
    ("chargeback", "I'm disputing the missing half of the payment."),
    ("chargeback", "Your Stripe account is about to take a hit from me."),
    # the dispute's reason, a declaration, reimbursement rules
    ("chargeback", "I selected 'item not received' as the reason on the claim."),
    ("chargeback", "I've signed a statement for the bank confirming the parcel never showed up."),
    ("chargeback", "Under the new reimbursement rules my building society has to pay me back."),
    # the provider's assurance, the matter sent on, asking it to return the money
    ("chargeback", "The lady at Barclays said to leave it with them."),
    ("chargeback", "I'll be asking Monzo to return my money."),
    ("chargeback", "Chase needs your business address for the dispute."),
    # status, calls, expected letters
    ("chargeback", "Dispute status says open. Your move."),
    ("chargeback", "I'm about to phone the number on the back of my Mastercard."),
    ("chargeback", "Currently on hold with NatWest about your charge."),
    ("chargeback", "Watch out for a letter from Capital One."),
    # advice taken, an account closed is no step undone
    ("chargeback", "My sister told me to dispute it with my card, so that's what I've done."),
    (
        "chargeback",
        "The subscription fee you took after I closed my account is now disputed with my bank.",
    ),
    # dev23's classes (violence)
    # a question that menaces the body; bones broken by the set
    ("violence", "Do u bleed easily? Guess we'll find out on Saturday."),
    ("violence", "I'll snap both your wrists if that refund doesn't land."),
    # the body enjoyed while it lasts
    ("violence", "Make the most of your hands while they still work, won't be for long."),
    # the product force-fed or thrown at the head
    ("violence", "I'll ram that parcel so far down your throat you'll choke."),
    ("violence", "I'm bringing the kettle back and it's going straight into your face."),
    # protection that won't stop me
    ("violence", "Your locks aren't going to stop me."),
    # payment in harm, money out of the hide
    ("violence", "I'll cut the forty quid out of your hide."),
    # cover and first aid the seller will need
    ("violence", "Make sure your life insurance is sorted, you'll need it."),
    ("violence", "Buy plenty of plasters before the weekend."),
    # hospital and aids as the outcome
    ("violence", "You'll be getting around in a wheelchair after this."),
    # funeral things
    ("violence", "Better start choosing your hymns."),
    # the last face, not getting up
    ("violence", "You won't be getting up again once I'm finished."),
    # dogs set on the seller
    ("violence", "I'll set my rottweiler on you."),
    # screams heard; harm that won't be to the stock
    ("violence", "The neighbours will hear you screaming."),
    ("violence", "Cross me again and I'll break someone, and it won't be the stock."),
    # water, the disappeared
    ("violence", "They'll be dragging you out of the river."),
    # holidays not lived to see
    ("violence", "You won't make it to another birthday."),
    # the parcel not to shake
    ("violence", "I'm sending you a little present. Don't shake it."),
    # a weapon taken to someone
    ("violence", "I'll take a hammer to you."),
]

CLEAN = [
    # dev19's innocent uses
    "My bank is looking into why my card was declined, I'll try again later.",
    "Got the money back on my card, thanks so much for sorting it.",
    "Does my credit card cover this, or is it only for larger amounts?",
    "Was going to call my bank until I realised it was my husband's order. Sorry!",
    "I'm not trying to cause a chargeback fuss, just want to know where my parcel is.",
    "Had a PayPal dispute on another marketplace last year, so nice to shop somewhere decent.",
    "Can you pause my subscription payments for a month?",
    "The £20 won't stand out on my statement, what name does it show?",
    "If Klarna contact me I'll tell them I received it.",
    "There's a recall on this charger model, is mine affected?",
    # dev20's innocent uses
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
    # dev22's innocent uses
    "My husband thinks I should ring the bank, but honestly it's only a day late.",
    "Barclays texted to check the payment to you was really me, all fine now.",
    "Years ago a shop never sent my order and my bank sorted it. Yours arrived in two days!",
    "I'm claiming on my home insurance after the flood, could I have a copy of the receipt?",
    "My bank's app was down, that's why I paid with PayPal.",
    "The courier's insurance covers lost parcels, they deal with the seller directly.",
    "I sent my bank a photo of my ID so they'd unblock the card.",
    "My bank is talking to your bank because the transfer failed, can you check your details?",
    "Is the chargeback window 120 days? Just curious.",
    # dev23's innocent uses
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
    # round 9, precision pass
    "Your review is up on Google, hope it helps your small business.",
    "Telling everyone at my book club about your shop, in a good way!",
    "Won't be posting a bad review, you sorted it quickly.",
    "No intention of reporting you, these delays happen.",
    "What's section 75? Saw it mentioned online.",
    "Is a card dispute any different from a chargeback? Never had to know before.",
    "It's a gift for my desk at the law firm, could you add a card?",
    "The barrister I work for adored the mug.",
    "The last shop I bought from got reported to Trading Standards, you're lovely in comparison.",
    "My cousin is suing a building firm, so I'm glad I found you.",
    "Card was declined, the fraud team blocked it, I'll try again tonight.",
]


@pytest.mark.parametrize(("threat", "text"), FOUND)
def test_round9_constructions_are_found(threat: str, text: str) -> None:
    assert threat in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round9_innocent_uses_are_left_clean(text: str) -> None:
    assert analyze(text).threats == ()
