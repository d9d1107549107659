# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-9 development families (dev21, a mixed inbox of chargeback and violence threats): customer messages by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md) and the
``Families`` alias and ``by_category`` in ``dev.py``; never ``heldout.py``, ``fragments.py``, the
other dev files, the generated data or the rule files. The texts were never run through the triage
engine, so the phrasing is not shaped by what the rules catch.

The brief: a realistic mixed inbox of two threat types. Chargeback threats cover bank and card
disputes stated as intent, as already done, hedged, sarcastic, implied ("you do realise I paid by
credit card"), with deadlines, through PayPal, Klarna/Clearpay/Afterpay, direct debit recalls
(UK guarantee, South African debit orders, German Lastschrift), Section 75 claims and app-based
wallets (Monzo, Revolut, Apple Pay, Cash App), in terse chat, formal letters and non-native English.
Violence threats cover knowing the seller's address, turning up in person, sending others, damage to
windows, vans and tyres, arson, menace towards family and staff, hedged and sarcastic menace,
acts already done, deadlines, teenage slang, plain bodily harm, long cold emails and many Englishes.
The innocent families reuse the same words with no threat: questions about disputes and BNPL,
refunds received, declined payments, "killing me" idioms and slang praise, knives, bats and boxing
gear, asking to visit or collect, denials of any intent, advice the writer refuses, and past
trouble with other shops.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "chargeback": {
        "cb_bank_dispute_now_d21": (
            "Right, I'm ringing my bank in the morning to dispute the <amount> you took for <order>.",
            "going to dispute this charge with my bank. <days> of silence is enough",
            "I will be contacting my card issuer to have the payment for order <order> reversed.",
            "Righto, I'm onto {Commbank|Westpac|the bank} first thing, disputing the whole lot.",
            "I'll be on to the credit union Monday so I will, to get that payment reversed.",
            "My next phone call is to {Barclays|Lloyds|Nationwide|my bank} to have the transaction pulled back.",
        ),
        "cb_already_filed_d21": (
            "FYI I have already opened a dispute with my card company for order <order>. You'll be hearing from them.",
            "Dispute's been lodged with {Chase|Capital One|my bank} as of this morning. I've got the case number if anyone asks.",
            "just so u know i already charged it back. bank said 10 working days",
            "I raised a chargeback on <day> for the <amount>. Wanted you to hear it from me first.",
            "My bank has reversed the transaction pending their investigation, so that's in motion now.",
        ),
        "cb_paypal_d21": (
            "I'm opening a PayPal dispute on this today.",
            "Paid through PayPal for a reason. A buyer protection case is going in for <order>.",
            "paypal dispute filed. <weeks> is ridiculous for a {phone case|pair of socks|<item>}",
            "I'll be taking this to PayPal and letting them claw the funds back from you.",
            "Hola, I will open the case in PayPal, I pay and nothing arrive, is <weeks> now.",
        ),
        "cb_bnpl_d21": (
            "I've paused my Klarna payments and flagged <order> as not received. You won't be seeing the rest of it.",
            "Clearpay have been told. I'm not paying another instalment for something I don't have.",
            "gonna dispute it on afterpay lol good luck getting the other 3 payments",
            "I bought this on {Klarna|Clearpay|Afterpay|PayPal Pay in 3} and I'll be raising a dispute with them if it hasn't turned up by <day>.",
            "Klarna have a button for exactly this situation and I am about to press it.",
        ),
        "cb_direct_debit_d21": (
            "I'll be stopping the direct debit and claiming every penny back under the Direct Debit Guarantee.",
            "Have instructed my bank to recall last month's direct debit to you. They said it's instant under the guarantee.",
            "Not one box in <weeks>. I've asked Monzo to reclaim the direct debit payments.",
            "Eish. I'm phoning FNB now now to reverse this debit order, I'm not paying for boxes that never come.",
            "Guten Tag, I will ask my bank to book back the Lastschrift. This is not acceptable for me.",
        ),
        "cb_deadline_d21": (
            "You have until <day> to get back to me. After that it's a chargeback.",
            "If the tracking for <order> hasn't moved by Friday 5pm, my bank gets a call Monday morning.",
            "48 hours. Then I dispute the payment. Your choice how this goes.",
            "if i dont hear anything by <day> im going to my bank, no more emails",
            "I'll give it until the end of the week, and if there's still nothing I will be asking my credit card company to reverse the charge.",
        ),
        "cb_hedged_d21": (
            "I really don't want to go down the chargeback route but you're leaving me very little choice.",
            "I may have no option but to take this up with my card provider.",
            "It's looking like I'll have to involve the bank, which I'd honestly rather not do.",
            "honestly im this close to disputing it with my bank",
            "I hate doing it to a small business, truly, but a dispute through my card might be the only way this gets anywhere.",
        ),
        "cb_sarcastic_d21": (
            "Funny how sellers always answer the bank within a day. Let's test that theory with a chargeback, shall we?",
            "Maybe Visa can find my parcel, since nobody there seems able to.",
            "Oh don't worry, I'm sure my bank's dispute team will love reading this email chain.",
            "Great service, really. I'll be sure to tell Mastercard all about it when I dispute the charge.",
            "Wonderful. Another week of nothing. At least the chargeback form only takes two minutes.",
        ),
        "cb_implied_d21": (
            "I've got my bank's dispute line saved in my phone now.",
            "My card has purchase protection. I'd suggest you look up what that means for you.",
            "The banking app has an 'I don't recognise this payment' button and it's looking very tempting.",
            "You do realise I paid by credit card, right?",
            "All these screenshots are going straight to my card provider along with the transaction details.",
        ),
        "cb_section75_d21": (
            "As I paid by credit card and the item cost over £100, I will be making a Section 75 claim against my card provider.",
            "section 75 claim going in with barclaycard tomorrow",
            "The purchase is covered by Section 75 on my credit card and I'm not afraid to use it.",
            "My Amex comes with a dispute service, and I'll be lodging one for <order> if it comes to that.",
            "Got onto Nationwide about a Section 75 this morning, they're posting me the form.",
        ),
        "cb_wallet_app_d21": (
            "Paid with Apple Pay, so I'm disputing it through the card in my Wallet.",
            "revolut lets me dispute in two taps. doing it now",
            "I've opened a dispute in my Monzo app. They've already given me a temporary credit.",
            "Cash App has a dispute option and I'm using it tonight if <order> is still stuck with <courier>.",
            "Starling have my case now. Whatever happens next is between you and them.",
        ),
        "cb_non_native_d21": (
            "Hello, I will make the chargeback in my bank, I wait already <weeks> and nobody answer me.",
            "I go to my bank tomorrow and make opposition on the payment, is not normal this.",
            "Dear seller, if the parcel do not come until <day> I will contest the payment with my card bank.",
            "I am making dispute with bank now, they say is easy to take back from you. Very sad for this shop.",
            "I have asked my bank for a terugboeking of the payment, they are busy with it now.",
            "My bank said I can refuse this transaction on my credit card, so I will do it on <day>.",
        ),
        "cb_terse_d21": (
            "chargeback.",
            "disputing it",
            "Bank. Tomorrow.",
            "charging back <order>, cheers",
            "card dispute filed :)",
        ),
        "cb_formal_email_d21": (
            "Dear Sir or Madam, I write regarding order <order>, placed on <day>. Despite three emails I have received no reply. Please be advised that I shall instruct my card issuer to reverse the transaction of <amount> should I not hear from you within seven days. Yours faithfully, <name>",
            "To whom it may concern. I am writing to inform you that I have today lodged a formal dispute with {American Express|my bank|my credit card company} in respect of the payment made for order <order>. I shall forward any correspondence to them. Regards, <name>",
            "Good afternoon. I have been a customer for several years and it gives me no pleasure to say this, but if I have heard nothing by <day> I will be asking my bank to recover the payment on my behalf. Kind regards.",
            "Kindly note that I will be raising a chargeback with my bank for the amount of <amount> as the consignment has not reached me till date. Kindly treat this mail as intimation.",
            "Hi there, hope you're well. Just letting you know, as a courtesy, that I've started the dispute process with my credit card for <order>. Nothing personal, it's been <weeks>. Thanks, eh.",
        ),
    },
    "violence": {
        "vi_know_address_d21": (
            "Your return address is printed on the label. I've had a look on Street View. Nice house.",
            "found ur home address on companies house lol. see u soon",
            "It took me five minutes to find out where you live. Think about that.",
            "I know which street you're on, <name>. Keep ignoring me and I'll be on your doorstep, and I won't be knocking politely.",
            "Your address isn't hard to find, you know. Neither is your car.",
        ),
        "vi_come_round_d21": (
            "I'm coming down to your unit on <day> and I'm going to sort you out myself.",
            "keep ignoring me and I'll drive over there and drag you out from behind that counter",
            "I'll be down to ye on <day> and I'll give yer man a box he won't forget.",
            "Mate, I'll come round there and flatten ya. Forty minutes up the highway, that's all.",
            "I'm coming in my bakkie now now and you're getting a klap when I get there.",
        ),
        "vi_send_others_d21": (
            "My brothers live in your town. I've told them all about you.",
            "I've got a few lads who'd happily pay your warehouse a visit, and they don't do talking.",
            "my cousin is not so patient like me and now he has your address",
            "I know people who don't bother with emails. I'll be passing your details on to them.",
            "Don't be surprised if some friends of mine drop by to discuss <order> with their fists.",
        ),
        "vi_property_d21": (
            "Your shop windows are awful big. Be a shame if a brick went through one.",
            "I'll smash every window on that van of yours.",
            "Keep this up and I'll put your shop front in, I swear on my life.",
            "Your tyres are getting slashed, all four, and that's me being generous.",
            "wouldnt want anything happening to the stock in that lock up of yours would we",
        ),
        "vi_arson_d21": (
            "One match and that warehouse of yours is gone.",
            "I will burn your place to the ground if I have to.",
            "keep it up and ur shop goes up in flames",
            "Petrol's cheap enough. Think on.",
            "Funny how old buildings like yours catch fire so easily.",
        ),
        "vi_family_d21": (
            "You've got kids, haven't you? I'd be careful who I messed around if I were you.",
            "I saw your wife on the shop's Instagram. I'd hate for her to get hurt over a <item>.",
            "Your family lives above the shop, doesn't it. Remember that.",
            "I know your son works the counter on Saturdays. Tell him to watch himself.",
            "People who take an old woman's money should start worrying about their own family's safety.",
        ),
        "vi_staff_d21": (
            "Whoever packed this box is getting a smack when I find them.",
            "Tell your warehouse lad I'll break his fingers so he can't pack another order like this one.",
            "the girl on your phone line better hope she never meets me",
            "If your delivery driver shows his face on my street again he won't be driving home.",
            "Your staff are going to get hurt if they keep hanging up on me.",
        ),
        "vi_hedged_d21": (
            "I can't promise I'll keep my hands to myself if I ever meet you.",
            "Honestly if I bump into you I don't know what I'll do, and that should worry you.",
            "I'm not a violent man, but you are pushing me very close to it.",
            "For your sake I hope we never meet in person.",
            "I might end up doing something to you I regret, and it'll be your own doing.",
        ),
        "vi_sarcastic_d21": (
            "Lovely little shopfront you've got. Would be such a pity if it got damaged.",
            "Accidents happen, don't they. Especially to people who ignore their customers.",
            "Hope you've got good insurance on that van. Just a thought.",
            "Oh I'm sure you'll sleep well tonight. Lock your doors though.",
            "Nice place you've got there. Looks very flammable.",
        ),
        "vi_already_done_d21": (
            "I drove past your house last night. Next time I'm stopping.",
            "That dent in your van this morning? You're welcome.",
            "Somebody let your tyres down on <day>. Wonder who that could've been.",
            "Your shutter's got a new dent in it. Consider that the first warning.",
            "I waited outside your unit for an hour yesterday with a bat in the boot. You got lucky.",
        ),
        "vi_deadline_d21": (
            "If <order> isn't on my doorstep by <day>, I'm coming to your house, and I'm not coming to chat.",
            "24 hours or I break something of yours. Could be the van, could be you.",
            "no reply by tonight and im coming down there to smash the place up",
            "If I've still got nothing by <day>, you and me are going to have a very physical conversation.",
            "You've got till Friday. After that I'll be waiting for you in the car park, and you'll wish you'd answered.",
        ),
        "vi_teen_d21": (
            "bro answer me or im pulling up on u fr",
            "ur gonna get jumped ngl",
            "me n my boys know where ur shop is. watch urself",
            "catch u outside the shop and its over for u",
            "keep ignoring me n see what happens to ur face",
        ),
        "vi_non_native_d21": (
            "I come to your shop and I break everything, you will see.",
            "My brother is big man, he will come and speak with you with his hands.",
            "Is not joke. I know the address of your store and I go there with my friends to make you hurt.",
            "You cheat me, so I will come and beat you, I promise this.",
            "Wallah I will find you and smash your car, <days> I am waiting.",
            "I will come to your office and beat you black and blue, this is my final warning.",
        ),
        "vi_direct_harm_d21": (
            "I will break your nose.",
            "When I find you I'm putting you in hospital.",
            "I'm going to hurt you. Simple as that.",
            "You'll be eating through a straw by the time I'm finished with you.",
            "next time i see you im knocking you out, guaranteed",
        ),
        "vi_long_email_d21": (
            "Dear <name>, I have now written to you four times about order <order>. I have been patient, I have been polite, and I have been ignored. I want you to understand that I am not a man who lets things go. I have your business address and I have a car. If I have to come there in person you will not enjoy the visit, and I would not count on walking away from it in one piece.",
            "Hello, I'm writing this calmly so you can't say you weren't warned. I'm a builder, I'm on a site ten minutes from your unit every day this month, and there's a sledgehammer in the back of my truck. Makes short work of a shutter, that. I'm sure we understand each other.",
            "Good evening. My mother is 84 and paid <amount> for this <item> out of her pension. She has cried twice this week. I am her son, I am not in a forgiving mood, and if I have to come over there it will be with my fists, not a complaint form.",
            "To the owner: let me be completely clear, as I can see you prefer things in writing. I've spent <weeks> being messed about. I'm done with emails and I'm done with the phone. The next time we communicate will be face to face, and you'll be the one needing an ambulance.",
        ),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_dispute_question_d21": (
        "Quick question, if a customer disputes a payment, does that come out of your pocket or the bank's? Just curious, I'm not planning to.",
        "how long do paypal disputes normally take to close? asking for a friend who's got one open with a different seller",
        "My granddaughter asked me what a chargeback is and I couldn't explain it. Is it the same thing as a refund?",
        "Is there a difference between a PayPal claim and a PayPal dispute? Trying to understand buyer protection before I order the bigger <item>.",
        "Does paying by credit card give me any extra cover with you, or is it all the same whichever way I pay?",
    ),
    "inn_refund_landed_d21": (
        "Refund's landed in my bank this morning, thanks so much for sorting it.",
        "just saw the <amount> back on my card. cheers, all good",
        "Thank you, the bank now shows the credit from you. Very quick.",
        "PayPal says the money is back. Appreciate it, I'll definately order again.",
        "Got the Klarna notification that the return went through and the balance is cleared. Thanks for being so easy about it.",
    ),
    "inn_declined_card_d21": (
        "My card got declined at checkout, bank said it was just their fraud check being jumpy. Tried again and it went through.",
        "payment failed twice?? turns out my bank blocked it as suspicious lol, sorted now",
        "Hello, my bank refuse the payment the first time because it is from abroad. Now I allowed it and paid again, is okay.",
        "Apologies for the double attempt, my credit union flagged the transaction and I had to ring them to approve it.",
        "Why did my Klarna get declined? Is that something on your side or theirs?",
    ),
    "inn_bnpl_dd_question_d21": (
        "Do you take Clearpay? Would rather spread the cost of the <item>.",
        "If I pay with Klarna and send something back, how do the instalments work?",
        "Can I set up the monthly box by direct debit instead of card?",
        "is afterpay available for orders under <amount> or just the big stuff",
        "Just checking the direct debit date for the subscription, is it the 1st of the month or the day I signed up?",
    ),
    "inn_idioms_d21": (
        "This wait is absolutely murdering me, I'm so excited for it to arrive!",
        "the suspense is killing me haha, how long does shipping usually take",
        "My husband will kill me when he sees how many candles I've ordered from you.",
        "Dying to try the new scent, any idea when it's back in stock?",
        "Sorry for all the questions, my back's killing me so I've been stuck on the sofa browsing your shop all day.",
    ),
    "inn_slang_praise_d21": (
        "the colourway on this hoodie is fire fr",
        "Absolutely smashed it with the packaging, it looked like a gift.",
        "You lot killed it with this drop, my whole friend group wants one.",
        "these stickers are the bomb, ordering more next week",
        "This serum is lethal, in a good way. My skin has never looked better.",
    ),
    "inn_weapon_product_d21": (
        "Does the chef's knife in the set come with a blade guard? I want to store it safely.",
        "Hi, is the hunting knife legal to carry in the UK or is it display only?",
        "the axe handle came a bit loose, is there a way to tighten it?",
        "Do you ship the replica swords to Australia or do customs stop them?",
        "Looking at the baseball bats, is the 32 inch one too heavy for a 12 year old?",
        "is the airsoft pistol gas or spring? its for my sons birthday",
    ),
    "inn_sport_gear_d21": (
        "Will the punch bag stand hold up if I hit it hard every day?",
        "Are these boxing gloves okay for sparring or just for bag work?",
        "Bought the kickboxing pads for my class, they took a proper beating and held up great.",
        "is the cricket bat knocked in already or do i have to do it myself",
        "The rugby tackle bag is brilliant, the kids smash into it all session and it still looks new.",
    ),
    "inn_visit_collect_d21": (
        "Could I come to your unit and collect <order> instead of waiting for <courier>? I'm only down the road.",
        "I know where your shop is, I drive past it every day! Do you do click and collect?",
        "Are you open to visitors on <day>? I'd love to see the fabrics in person.",
        "hi can i pick up from yours tomorrow, saves the postage",
        "Is possible to come take the parcel at your shop? I live near, maybe 10 minutes.",
    ),
    "inn_deny_chargeback_d21": (
        "Don't worry, I'm not going to go to my bank over this, I know these things happen.",
        "I won't be disputing anything, I'd just like to know where it is.",
        "Not the chargeback type, never have been. Just keep me posted when you hear from <courier>.",
        "i could do a paypal dispute but honestly id rather just talk to you",
        "I've no intention of reversing the payment, you've been lovely throughout.",
    ),
    "inn_deny_violence_d21": (
        "Don't worry, I'm not going to turn up at your door shouting, I'm just confused about the tracking.",
        "I promise I'm not angry, nobody's getting hurt over a pair of socks haha",
        "I'm not the sort to go round and cause a scene, I only wanted to understand what happened.",
        "im not gonna come round and smash anything lol, just wondered if its been posted",
        "My partner offered to drive over and ask in person, but I said there's no need, it's only a <item>.",
    ),
    "inn_advice_refused_d21": (
        "My son keeps telling me to charge it back with the bank but I'd much rather sort it out with you directly.",
        "Everyone on the Facebook group says file a PayPal dispute straight away. I don't think that's fair on a small shop.",
        "my mate said go down there and kick off but thats not me, id rather just message",
        "A colleague suggested I phone my card company. I told her there's no need, you've always been good to me.",
        "Husband says to stop the Klarna payments. I said no, it's not the shop's fault the courier's slow.",
    ),
    "inn_other_shop_d21": (
        "Last year I had to go through my bank with a different shop that vanished, so I'm a bit nervous, but you've been great so far.",
        "the last seller i bought from on <platform> i ended up doing a chargeback, so glad this one turned up fine haha",
        "Years ago a shop I used had its windows smashed in a break-in and lost my order, so I always ask: is your stock insured?",
        "My sister disputed a payment with another seller and it took months, so I'm glad mine just arrived.",
        "Another shop ignored me for weeks last Christmas and I ended up going to Visa. That's not you, just wanted to say thanks for replying so fast.",
    ),
}  # fmt: skip


def dev21() -> dict[str, Families]:
    """Generator category -> the dev21 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
