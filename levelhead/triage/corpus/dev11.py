# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Eleventh-round development families: a development set written by a writer new to the project.

Written in round 7 to measure transfer, by a new writer who read only the labelling guide and the
format of the earlier ``dev`` files (the first and last 40 lines of ``dev8.py``, ``by_category``
and ``Families`` in ``dev.py``, and the ``Builder`` class and slot names of ``generate.py``), never
``heldout.py``, ``fragments.py``, the other dev files, the generated data or the rule files, and
never ran the engine on these texts, so the phrasing is not shaped by what the rules catch.

It covers customer threats of every kind, with weight on reviews (every venue and audience: star
ratings, feedback scores, review sites, app stores, map listings, social networks, short videos,
forums, neighbourhood groups, local press, consumer TV and radio, newsletters, word of mouth),
chargebacks (banks, card issuers and schemes, PayPal, Klarna, Clearpay/Afterpay, Apple and Google
Pay, direct debit indemnity, section 75, reversing, clawing back, freezing) and violence (direct
and veiled, to people and to shops, vans and cars), typed as marketplace disputes really are:
email and chat, capitals, typos, no punctuation, regional English, hedged, with deadlines, as
conditions, as accomplished facts, through third parties, as rhetorical questions, terse or long
winded, formal, teenage, elderly and non-native. Each threat fragment carries only its own threat:
no demand, issue, abuse or swearing. Also hard negatives that use the threat words innocently or
deny the intent; seller drafts that insult or threaten; and polite drafts, including firm
refusals and neutral mentions of banks, courts, reviews, police and disputes.

Kept out of training and out of rule work: it is scored before and after a round, as a measure of
how the round's changes reach a writer nobody read.

Worked from in round 8 (rules by class from its misses).

Round 8: the threat sentence heads read every template of this file (``train.SENT_EXTRA_SETS``);
the generated corpus still does not draw on it.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "legal": {
        "legal_formal_11": ("Please treat this correspondence as notice that I intend to commence legal proceedings in respect of order <order>.", "I shall be instructing solicitors on my behalf should this matter remain unresolved by <day>.", "Absent a satisfactory response within <days> days, I will issue a claim against your business without further reference to you.", "Kindly note that I am now preparing a claim for the county court and will rely on this correspondence as evidence.", "I reserve all my rights and intend to pursue this through the courts."),
        "legal_caps_11": ("I AM TAKING YOU TO COURT", "SEE YOU IN SMALL CLAIMS", "MY LAWYER WILL BE CONTACTING YOU {THIS WEEK|ON <day>}", "YOU WILL BE SUED FOR THIS, I PROMISE YOU THAT"),
        "legal_us_11": ("I'm filing in small claims court down here and you'll be served, count on it", "my attorney is drafting a demand letter as we speak", "y'all are about to get sued, I've already called a lawyer's office", "I will be filing suit in my county for the full <amount> plus costs", "go ahead and ignore me, you'll be hearing from my attorney {by Monday|next week}"),
        "legal_nonnative_11": ("I will make the legal case against your company, my lawyer is prepare the papers", "please know that I go to the court with this matter", "if not resolve, I must take the advocate and make case to you", "my cousin is lawyer and he will open process against you", "I am not joking, I will sue your shop in tribunal"),
        "legal_older_11": ("I have spoken with my solicitor, Mr Patel, and he will be writing to you directly.", "I am 78 years of age and I have never had to go to court before, but I will do so over this.", "My late husband always said get it in writing, so I am passing the whole file to our family solicitor.", "I intend to take this to the small claims court. My grandson is helping me with the forms.", "You may expect a letter from my solicitors in due course."),
        "legal_conditional_11": ("if this isn't sorted by <day> I'm suing, simple as", "one more fob off and it goes to court", "should I not hear back within <weeks> weeks, legal action will follow", "if you keep ignoring me then my solicitor can have a go instead", "either we sort it or a judge does, your choice"),
        "legal_third_party_11": ("my union's legal team have agreed to take this up for me", "my partner is a paralegal and she's filing the small claims paperwork tonight", "my dad's solicitor is writing to you about <order>", "the legal helpline on my home insurance said I have a claim and they're starting it", "my neighbour does conveyancing and has put me onto a litigation colleague who's taking you on"),
        "legal_terse_11": ("court.", "lawyer's been told.", "suing. that's it.", "small claims. <day>.", "solicitor has it now"),
        "legal_typos_11": ("im gonna sue u for this i swear", "taking u to cort over <order>", "my lawer is gona contact u", "ill be fileing a claim in small clams tomoro", "see u in cuort mate"),
        "legal_teen_11": ("ngl my mum's literally suing you lol", "bro i'm lowkey taking this to small claims fr", "deadass getting a lawyer involved, watch", "my sister's boyfriend is a lawyer and he's gonna sue u no cap"),
        "legal_rhetorical_11": ("would you rather sort this with me or with my solicitor?", "how do you fancy explaining <order> in front of a district judge? because you will", "do you think I won't file a claim over <amount>? it's already half written", "why do you think I've been keeping every email? they're going to court"),
    },
    "report": {
        "report_marketplace_11": ("I'm reporting your shop to <platform> today", "I'll be opening an A-to-z claim against you", "<platform> will be hearing about how you run this shop, I'm filing a complaint with them", "I'm flagging your listing to <platform> so they can look at your account", "expect <platform> to be in touch, I've reported the seller account"),
        "report_trading_standards_11": ("I'm reporting you to Trading Standards", "Citizens Advice are passing my complaint to Trading Standards as we speak", "this is going to Trading Standards and the ombudsman", "I will be making a formal complaint to Trading Standards about your business", "I'm logging this with the consumer helpline so Trading Standards get it"),
        "report_us_agencies_11": ("I'm filing a complaint with the Better Business Bureau", "you'll be reported to the FTC and my state attorney general", "BBB complaint going in tonight", "I've already started the FTC report form", "I'm reporting this business to the consumer protection division in my state"),
        "report_police_11": ("I'm going to the police with this", "I'll be reporting you to the police for fraud", "I'm ringing 101 and reporting your business", "the police will be getting a full statement from me about you", "I've got a crime number coming, I'm reporting you"),
        "report_caps_11": ("REPORTING YOU TO TRADING STANDARDS", "I WILL REPORT YOU TO <platform> AND THE POLICE", "YOU ARE BEING REPORTED", "BBB COMPLAINT IS GOING IN TODAY"),
        "report_done_11": ("just so you know, I've reported you to <platform>", "report's been made, Trading Standards have my case", "done. reported you to the BBB this morning", "the ombudsman has had my written complaint about your shop since this morning", "reported to Action Fraud an hour ago"),
        "report_third_party_11": ("my daughter is reporting your shop to <platform> on my behalf", "my MP's office has agreed to refer my complaint about you to Trading Standards", "my union rep is putting in a complaint about your company to the regulator", "my son works in fraud prevention and he's reporting you through the proper channels", "my carer is helping me report you to the consumer council"),
        "report_nonnative_11": ("I will make report of your shop to <platform>", "I go to police and I make complaint about you", "I will inform to the consumer authority about your company", "please know, I already made the report to <platform> about this seller", "I will complain you to the trading standard"),
        "report_hedged_11": ("I think I'm going to have to report this to <platform>, to be honest", "I'm seriously considering Trading Standards, and I'm leaning towards doing it", "I might well go to the consumer ombudsman with this, probably tomorrow", "part of me wants to let it go but I think I'll report you to the BBB", "I suppose reporting you to <platform> is the next step and I'll be taking it"),
        "report_rhetorical_11": ("what do you suppose Trading Standards will make of this? they'll be reading it soon", "shall I just let <platform> decide who's right? because I'm reporting it", "do you want the police asking these questions instead? because that's next", "how many complaints does the BBB need before they act? they're getting mine"),
        "report_regional_11": ("am reportin yous tae Trading Standards, so ah am", "I'll be reporting yiz to the CCPC, I'm not messing", "gonna dob you in to the ACCC mate", "I'm reporting your shop to Fair Trading, simple", "reporting you lot to consumer affairs, you've had your chances"),
    },
    "chargeback": {
        "cb_bank_dispute_11": ("I'm calling my bank first thing to dispute this charge", "I'll be disputing the payment with my bank", "my bank's fraud team are getting a call about this transaction today", "I'm raising a dispute with {Barclays|Santander|my bank} over <order>", "I'll go to my bank and dispute every penny of the <amount>"),
        "cb_card_issuer_11": ("I'm going to contact my card issuer and file a chargeback", "my credit card company will be reversing this, I'm calling them now", "I'm putting in a chargeback with the card provider", "going to ring the number on the back of my card and dispute you", "my card company has a dispute form and I'm filling it in"),
        "cb_schemes_11": ("Amex will be taking this payment back, I'm opening a dispute with them", "I'm raising a Visa chargeback on this transaction", "I'll be using Mastercard's chargeback scheme against your business", "my Amex protection covers this and I'm using it", "I'm disputing the charge with Discover, they always side with the cardholder"),
        "cb_paypal_11": ("I'm opening a PayPal dispute", "PayPal buyer protection it is then, case going in tonight", "I'll escalate this to a PayPal claim", "I'm filing an item dispute through PayPal on <order>", "paypal case opened, you'll get the email"),
        "cb_klarna_11": ("I'm reporting this to Klarna and pausing the payments", "I'll open a dispute in the Klarna app", "Klarna will be told and I'm freezing the instalments", "I'm using Klarna's dispute button on this order", "I'll be disputing the Klarna purchase so you don't get paid"),
        "cb_afterpay_11": ("I'll raise a dispute with Clearpay and stop the instalments", "Afterpay will be getting a dispute from me", "I'm pausing the Clearpay payments and opening a case", "I'm telling Afterpay not to pay you for <order>", "Laybuy dispute going in, they can sort you out"),
        "cb_wallets_11": ("I'm disputing this through Apple Pay", "I'll raise it with Google Pay and get the payment reversed", "I paid with Apple Pay and I'm reporting the transaction to my bank through the wallet", "Google Pay dispute is going in on this one", "I'll dispute it through my wallet app, the charge won't stand"),
        "cb_direct_debit_11": ("I'm claiming under the Direct Debit Guarantee", "I'll be cancelling the direct debit and getting the bank to reclaim every payment under the indemnity", "my bank will reclaim the direct debit, it's guaranteed", "I'm invoking the direct debit indemnity on all <amount>"),
        "cb_section75_11": ("I'm making a section 75 claim with my credit card company", "section 75 claim, it's going in today", "I'll be using my section 75 rights against this purchase", "my card provider is processing a section 75 claim against you", "I'm claiming under section 75, you'll hear from the card company"),
        "cb_clawback_11": ("I'll claw the payment back through my bank", "I'm clawing back every penny I paid, via the card", "the bank will claw it straight back off you", "I'm getting my card company to pull the payment back off your account"),
        "cb_reverse_11": ("I'm reversing the payment", "the transaction will be reversed by my bank", "I'll get the card payment reversed", "going to have the <amount> reversed off your merchant account", "my bank is reversing the charge, end of"),
        "cb_freeze_block_11": ("I've asked the bank to freeze the payment to you", "I'm blocking the card and disputing what you've taken", "my bank is putting a hold on the transaction while they investigate you", "I'm freezing the payment through my bank so you don't see a penny of it"),
        "cb_caps_11": ("CHARGEBACK IS GOING IN", "I WILL DISPUTE THIS WITH MY BANK", "PAYPAL DISPUTE OPENED", "CALLING MY BANK NOW TO REVERSE IT"),
        "cb_done_11": ("fyi the chargeback's already filed", "bank dispute done, they've taken my details", "I've already disputed the payment, you'll get a notice", "paypal claim submitted ten minutes ago", "chargeback raised this morning, reference to follow"),
        "cb_conditional_11": ("if I don't hear back by <day> I'm calling my bank for a chargeback", "another week of silence and I dispute the charge", "should this drag past <days> days, the payment gets reversed", "you have until the weekend, then it's a PayPal dispute", "if you close the case on me I'll go straight to the card company"),
        "cb_third_party_11": ("my husband is ringing the bank to dispute the charge for me", "my son manages my cards and he's putting a chargeback in", "my cousin works at a bank and says to dispute it, so my daughter is doing it now", "my accountant is having the business card payment reversed"),
        "cb_nonnative_11": ("I will make the chargeback with my bank", "I go to my bank for take back the payment", "I will ask bank to return the money from you, the dispute is prepare", "I open the case in paypal against you", "my bank will cancel this transaction, I already call them"),
        "cb_older_11": ("I shall be telephoning my bank manager on Monday to have the payment stopped.", "My bank has told me I can contest the charge and I intend to.", "I will be asking the building society to take back the card payment.", "I have made an appointment at my branch to dispute the transaction."),
        "cb_teen_11": ("lol just gonna chargeback", "ngl paypal dispute incoming", "bro my mum's charging back the card fr", "deadass reversing this on my banking app", "chargeback speedrun let's go"),
    },
    "review": {
        "rev_stars_11": ("one star, and only because zero isn't an option", "you're getting a single star from me", "zero stars if I could", "I'll be leaving one star on <platform>", "minus five stars, that's what I'd give if the site allowed it"),
        "rev_feedback_score_11": ("I'll be leaving negative feedback on <platform>", "your feedback score is about to take a hit", "neutral is too kind, it'll be negative feedback", "red feedback going on your account tonight", "I'm rating this transaction as negative and writing why"),
        "rev_review_sites_11": ("I'm writing a full review on Trustpilot", "this is going on Yelp with every detail", "I'll post about you on Trustpilot and Sitejabber", "a long, honest and very bad review is going up on Trustpilot", "I'll make sure the review sites know exactly how this went"),
        "rev_app_store_11": ("I'm leaving a one star review of your app on the App Store", "your app is getting a bad rating on Google Play", "I'll review your app and explain why no one should download it", "App Store review incoming, and it won't be kind"),
        "rev_maps_11": ("I'll leave a Google review on your business listing", "your Google Maps page is getting a one star review from me", "I'm posting a bad review on your Google listing so locals see it", "going to leave a review on your shop's Google profile"),
        "rev_facebook_11": ("I'm putting this all over Facebook", "I'll post it on my Facebook page and tag the shop", "your Facebook page reviews are about to get one more", "I'm sharing the whole story on Facebook with screenshots"),
        "rev_local_groups_11": ("I'll be posting about you in our neighbourhood Facebook group", "the village WhatsApp group will hear all about this", "going straight on Nextdoor to warn the neighbours", "I'm an admin of the local mums group and I'll be telling every member", "I'll post in the town community page so nobody local buys from you"),
        "rev_video_11": ("I'm filming a TikTok about this and posting it tonight", "this is going in my Instagram stories", "I'll make a reel of the whole saga", "YouTube video going up about your shop this weekend", "I'm doing a storytime video on you"),
        "rev_tag_11": ("I'll tag you on X with all the screenshots", "tagging your brand in every post until people notice", "I'm going to tweet about this and tag <platform> too", "I'll post the chat on Threads and tag your account", "going on Bluesky with this, tagged and all"),
        "rev_forum_11": ("I'm posting the whole thread on Reddit", "I'll write this up on the hobby forum, everyone there buys from shops like yours", "Mumsnet will hear about this", "going on the consumer forums with the full story", "I'll start a thread on the owners' club forum about your shop"),
        "rev_press_11": ("I'm contacting the local paper about this", "the Evening News will be interested in how you treat customers, I'm emailing them", "I'll take the story to the newspaper", "I'm writing to the consumer column in the Sunday paper about you", "a journalist friend is keen to write this up and I'm giving her the story"),
        "rev_tv_radio_11": ("I'm ringing the local radio phone-in about your company", "I'll be sending my story to Watchdog", "I'm contacting the consumer programme on the telly", "I'll be calling in to the BBC money programme about you", "going to send this to the consumer affairs show on Channel 4"),
        "rev_newsletter_11": ("I'll mention your shop in my newsletter, and not kindly", "I write a weekly blog and this week it's about you", "my Substack readers will hear every detail", "I'll write a blog post naming your shop", "it's going in the club newsletter as a warning"),
        "rev_word_of_mouth_11": ("I'll be telling everyone at work not to use you", "every parent at the school gate will know about this by Monday", "I'm telling my whole running club to avoid your shop", "I'll make sure everyone at church hears how you've treated me", "I'll tell all my family and friends to steer clear"),
        "rev_warn_others_11": ("I'll be warning other buyers about you", "I'm going to make sure nobody else gets caught out by your shop", "other customers deserve to know and I'll tell them", "I'll put a warning on every listing I can comment on", "people should be warned, and I'm going to do it"),
        "rev_name_shame_11": ("I'll name and shame you", "your shop will be named and shamed online", "name and shame post is ready to go", "I'm naming your business publicly, every platform", "I'll shame you on every site I can find"),
        "rev_caps_11": ("ONE STAR REVIEW COMING", "I WILL WARN EVERYONE ABOUT YOU", "EVERYONE ON FACEBOOK WILL KNOW", "WORST REVIEW YOU HAVE EVER HAD IS ON ITS WAY"),
        "rev_done_11": ("bad review's up. go and read it", "posted it on Trustpilot an hour ago", "already left you negative feedback", "it's on my Insta story, 2k views so far", "left a one star on Google this morning"),
        "rev_conditional_11": ("if this isn't put right by <day>, the review goes live", "sort it or I post the whole chat online", "keep ignoring me and see what your reviews look like next week", "one more excuse and it's one star", "if I have to chase again, I'm warning people on <platform>"),
        "rev_third_party_11": ("my sister has 40k followers and she's posting about you tomorrow", "my daughter's putting it on her TikTok for me", "my husband is writing the review, he's better with words", "my mate runs a consumer page on Facebook and he's sharing my story", "my book club are all leaving reviews about this"),
        "rev_nonnative_11": ("I will write the bad comment for your shop on <platform>", "I give you one star and I tell to everybody", "I will make the negative evaluation on the site", "all my friends will know about this shop, I will write in our group", "I put the review with photo so other peoples can see"),
        "rev_older_11": ("I shall be writing a review on the computer, my grandson is showing me how.", "I will be telling the ladies at the bowls club about your firm.", "I intend to write to the letters page of our local paper about you.", "I have been a customer of many firms and I will be leaving my first ever poor review."),
        "rev_teen_11": ("ur getting ratioed on tiktok fr", "going viral for the wrong reasons, ur welcome", "posting this on my story rn", "lowkey about to expose u on twitter", "my group chat is gonna hear everything lol, then my followers"),
        "rev_influencer_11": ("I have 120k followers and I'll be telling every one of them", "I'll expose your brand to my audience", "my followers trust me and I'll warn them off your shop", "I'm doing a full exposé post on you", "my community will know exactly what you did, I'm going live about it tonight"),
        "rev_rhetorical_11": ("how do you think your reviews will look after I post this?", "shall I let everyone on <platform> judge for themselves? because they'll see it", "want to guess what my review is going to say?", "do you really think I won't put this on Facebook?"),
    },
    "violence": {
        "vio_coming_round_11": ("I'm coming round to your unit to sort you out myself", "I'll be paying you a visit, and not a friendly one", "expect me at your door, and I won't be there to talk", "I'll drive over and settle this in person, with my fists if I have to", "I'm getting in the car now, see you soon"),
        "vio_address_11": ("I know where you live", "your home address is on the returns label, remember that", "found your house on Google Maps, nice front door", "I know which road you're on and which house is yours", "I've got your address, and I'll use it"),
        "vio_accident_11": ("it'd be a shame if you had an accident on the way home", "accidents happen to people like you", "careful on those stairs, you never know what might happen", "funny how things break when people cross me, like legs", "your van could have a nasty accident, you know"),
        "vio_shop_damage_11": ("I'll put a brick through your shop window", "your shopfront won't look so nice after I'm done", "I'll smash up your stall at the market", "I'll wreck your stock room, every shelf", "don't be surprised if your windows are in pieces tomorrow"),
        "vio_vehicle_11": ("I'll slash the tyres on your delivery van", "your car's parked outside your unit, isn't it? shame if it got keyed", "I'll take a hammer to your van", "that nice car of yours won't stay nice", "I'll sugar your tank and see how you deliver then"),
        "vio_whats_coming_11": ("you'll get what's coming to you", "you've got it coming, believe me", "what goes around comes around, and I'll be the one bringing it", "you'll get yours, one way or another", "your day is coming, and you won't like it"),
        "vio_slang_11": ("you're getting banged out when I see you", "I'll end you", "you're gonna get dropped", "I'm gonna run up on you", "catch you lacking and it's over"),
        "vio_caps_11": ("I WILL HURT YOU", "I AM COMING FOR YOU", "YOU WILL REGRET IT WHEN I FIND YOU", "WATCH YOUR BACK"),
        "vio_veiled_11": ("watch your back", "sleep well tonight, while you still can", "I'd be careful walking to your car after dark if I were you", "you never know who's waiting outside", "I'd lock your doors tonight"),
        "vio_third_party_11": ("my brothers are coming down to see you", "I've told the lads, and they're keen to have a word with you in person", "my cousin's handy with his fists and he's heard all about you", "my boyfriend says he'll deal with you himself, and he means it", "a few of my mates know where your warehouse is"),
        "vio_conditional_11": ("if I don't hear from you by <day> I'm coming to find you", "keep this up and someone's going to get hurt", "if you ghost me again I'll be at your door", "one more message like that and I'll break your nose", "ignore me and see what happens to your shop"),
        "vio_nonnative_11": ("I will come to your house and you will see what happen", "I make you pay with your body, I promise", "I find you and I beat you", "I know the address of your shop, I come there and destroy everything", "you will be sorry when I meet you in person"),
        "vio_older_11": ("If I were thirty years younger I would come down there and give you a hiding, and I may yet.", "My son will be round to see you, and he is a big lad.", "I still have my walking stick and I know how to use it on you.", "In my day a man like you would have got a thrashing, and you still might."),
        "vio_rhetorical_11": ("do you know what happens to people who do this to me?", "how brave will you be when I'm standing in front of you?", "do you want me to come down there? because I will", "think you're safe behind that screen? I know where your shop is"),
        "vio_fire_11": ("I'll burn your warehouse to the ground", "your unit would go up nicely with a can of petrol", "one match and your shop is gone", "I'll torch your van"),
        "vio_waiting_11": ("I'll be waiting outside your unit when you lock up", "I'll be at the market on Saturday, at your stall, waiting for you", "see you at closing time, I'll be in the car park", "I'll wait for you by the loading bay"),
        "vio_direct_harm_11": ("I'm going to hurt you", "I'll break your legs", "I'll knock your teeth out", "you're going to end up in hospital", "I'll put you on the floor"),
        "vio_regional_11": ("am gonnae come doon there and batter ye", "I'll burst ye, so I will", "mi ago come fi yuh, yuh hear", "I'll give you a proper hiding, la", "I'll flog ya when I find ya, mate"),
        "vio_typos_11": ("im gonna hurt u so bad", "ill come find u and smash ur face in", "i no were u live", "ur gonna get hurt i promise", "comin to ur shop to batter u"),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_good_review_11": ("I'll leave you a glowing review once it's in use", "five stars from me, as always", "just left you a lovely review on <platform>", "I'll be telling all my friends how good you've been", "happy to write a review, you've earned it"),
    "inn_reviewing_order_11": ("I'm just reviewing my order before I pay, is the <item> the large one?", "reviewing the basket now, will confirm tonight", "I've reviewed the details on <order> and they all look right", "can you review my address on the order, I think I typed the postcode twice"),
    "inn_bank_holiday_11": ("will you be open over the bank holiday?", "no rush, I know it's a bank holiday weekend", "do couriers collect on bank holiday Monday?", "I'm away for the bank holiday so any day after is fine"),
    "inn_dispute_resolved_11": ("the dispute was resolved, thanks for your help", "PayPal closed the case in your favour and that's fine by me", "all sorted with the bank now, sorry for the fuss", "I've closed the dispute, your reply cleared it up", "case withdrawn, thank you for being so patient"),
    "inn_card_declined_11": ("my card was declined at checkout, can I pay another way?", "the bank flagged the payment as unusual, I've approved it now, could you try again?", "is there a problem with card payments today? mine keeps bouncing", "my card expired so I've added a new one to my account"),
    "inn_reported_courier_11": ("I reported the parcel missing to the courier as you asked", "I've filled in the courier's report form, reference attached", "I reported it to <courier> like you said, they're looking into it", "the courier's report says it was left in a safe place, I'll check the shed"),
    "inn_smash_thing_11": ("this printer is getting smashed with a hammer if it jams one more time, not your fault though", "I could throw my laptop out the window, it keeps crashing on video calls", "my old kettle is going in the skip the moment the new one arrives", "I'm going to murder this jigsaw, a thousand pieces and all sky", "the garden fence is getting torn down at the weekend, hence the order"),
    "inn_kill_for_11": ("I could kill for a cup of tea right now", "I'd murder a bacon sandwich", "the suspense is killing me, can't wait for it to arrive", "my feet are killing me after the school run, so ordering online"),
    "inn_lose_mind_11": ("I'm going to lose my mind with this week, work is chaos", "honestly my head's about to explode, too many tabs open", "I'm at the end of my rope with my kids' homework, ordering a desk to help", "I'm going to scream, I've forgotten my password again"),
    "inn_how_feedback_11": ("how do I leave feedback on <platform>? I want to say thanks", "where do I rate the seller? can't find the button", "is there a way to post a photo with a review?", "do you get notified when someone leaves a review?"),
    "inn_deny_review_11": ("I'm not going to leave a bad review, I just want to understand what happened", "don't worry, I won't be posting anything negative", "no need to panic, I'm not the type to slate people online", "I won't be giving you a low rating over this"),
    "inn_deny_legal_11": ("I don't want to take anyone to court over this", "I'm not looking to involve lawyers, just to talk it through", "I have no plans to sue, please don't worry", "I don't want to report anyone, I just want an answer"),
    "inn_deny_chargeback_11": ("I won't be disputing the payment, I know these things happen", "I'd rather not go through my bank, I'm sure we can work it out", "no chargeback from me, I've always been treated well here", "I'm not going to open a PayPal case"),
    "inn_advice_rejected_11": ("my sister says I should go to the bank, but I'd rather give you the chance to help", "my husband told me to post it on Facebook, I said no, that's not how I do things", "a friend told me to report you but I don't think that's fair", "people on the forum said to leave one star, I'm not going to"),
    "inn_praise_11": ("absolutely love it, thank you so much", "you lot are brilliant, best shop on <platform>", "arrived beautifully wrapped, my mum cried happy tears", "this is my third order and you never disappoint", "fab service, really appreciate the handwritten note"),
    "inn_police_context_11": ("I'm a police officer, can you deliver to the station reception?", "the parcel will be signed for by our police community support officer, she's my neighbour", "I reported my stolen bike to the police and I'm replacing the lock with one of yours", "is this suitable as a gift for a retiring police sergeant?"),
    "inn_legal_job_11": ("I work at a solicitors' office, can I have it delivered there?", "ordering these for our law firm's reception", "my son's just qualified as a lawyer, is gift wrap available?", "can the invoice be made out to our chambers?"),
    "inn_court_words_11": ("do these trainers work on a tennis court?", "I'll be at the food court till four, happy to collect after", "ordering court shoes for my daughter's interview", "is this the same basketball you sell for indoor courts?"),
    "inn_local_visit_11": ("I live nearby, can I pop in and collect rather than have it posted?", "I'm happy to come round to the shop if that's easier for you", "I know where your unit is, I drive past it daily, can I pick it up?", "would it be ok to drop by your stall on Saturday?"),
    "inn_fire_slang_11": ("this hoodie is fire, obsessed", "the new range is killer, well done", "you absolutely smashed it with the packaging", "these trainers are sick, exactly what I wanted", "that colour is deadly, love it"),
    "inn_payment_question_11": ("can I pay with Klarna on this one?", "do you take Apple Pay?", "is PayPal buyer protection included if I pay through the site?", "can I split the payment across two cards?"),
    "inn_social_positive_11": ("I posted it on my Instagram and my friends all want one", "tagged you in my TikTok, hope that's ok", "shared your shop in our local group because people were asking", "mentioned you in my newsletter as a favourite small business"),
    "inn_warning_friendly_11": ("fair warning, I'm about to order loads for Christmas", "just a heads up, I might be out on <day> so leave it with next door", "warning you now, I'm terrible with emails, so text me", "I'll be honest, I'm a picky buyer, but I've heard good things"),
    "inn_violent_media_11": ("do you have the murder mystery party kit back in stock?", "is this the crime novel with the sequel coming out?", "looking for a costume for a zombie attack fun run", "my son wants the fighting game for his birthday, is it rated 12?"),
    "inn_hit_words_11": ("your last drop was a massive hit with the grandkids", "we got hit by a storm so no rush on delivery", "this one's going to knock their socks off", "the price is a bit of a punch, but worth it"),
    "inn_charge_words_11": ("can you charge my account the usual way?", "is the delivery charge included?", "I'll need to charge the battery before first use, right?", "my son's in charge of returns in our house, he'll email you"),
}  # fmt: skip

# --- seller drafts -------------------------------------------------------------------------------

DRAFT_PROBLEMS: Final[dict[str, Families]] = {
    "insult": {
        "ins_brains_11": ("You haven't got two brain cells to rub together, have you.", "Honestly, you're as thick as a plank.", "Were you born this dim or did it take practice?", "You're not very bright, are you, <name>.", "Your head is clearly just there to keep your ears apart."),
        "ins_entitled_11": ("You're one of the most entitled people I've ever dealt with.", "People like you think the world owes them something.", "You're a spoilt brat, frankly.", "Typical entitled customer, nothing is ever good enough for you."),
        "ins_liar_11": ("You're a liar and we both know it.", "You're a chancer, plain and simple.", "I don't believe a word out of your mouth.", "You're a fraud, <name>."),
        "ins_cheapskate_11": ("You're a tight-fisted cheapskate.", "What a stingy little penny-pincher you are.", "Cheapskates like you are the worst part of this job.", "You'd argue over a penny, you miser."),
        "ins_child_11": ("You're acting like a toddler.", "Grow up, you overgrown child.", "You're behaving like a spoilt ten-year-old.", "Stop being such a baby."),
        "ins_nuisance_11": ("You're a pest, <name>.", "You're the most tiresome customer we've got.", "You're a nightmare of a person.", "What a complete nuisance you are."),
        "ins_worst_11": ("You are genuinely the worst customer we've ever had.", "Out of thousands of buyers, you're the most unbearable.", "Nobody has ever been as awful to deal with as you.", "You're easily our most horrible customer this year."),
        "ins_snide_11": ("I pity whoever has to live with you.", "No wonder you have to shop online, who'd serve you in person?", "Your poor family, having to put up with you.", "I can see why you're so lonely."),
        "ins_education_11": ("Did you actually finish school?", "Your spelling says everything about you.", "You write like a primary school kid.", "You clearly never learned to read."),
        "ins_personality_11": ("You're an unpleasant, bitter person.", "You're a miserable old grump.", "What a nasty piece of work you are.", "You're a sour, spiteful individual."),
        "ins_regional_11": ("Ye wee weapon.", "You're a right melt, you.", "Ya big galah.", "You're some gobshite, you are.", "You're a proper plonker, mate."),
        "ins_weirdo_11": ("You're a bit of a weirdo, aren't you.", "You're an odd one, <name>, and not in a good way.", "What a strange, creepy little person.", "You're frankly bizarre."),
        "ins_loser_11": ("You're a loser with nothing better to do.", "Get a life, you sad loser.", "Only a total loser complains this much.", "You're a nobody, <name>."),
    },
    "threat": {
        "thr_sue_11": ("Keep posting lies about us and our solicitors will deal with you.", "We will take you to court for defamation if that review stays up.", "Our legal team is preparing a claim against you.", "Carry on and we'll sue you for damages."),
        "thr_report_platform_11": ("We are reporting you to <platform> as an abusive buyer.", "One word from us and <platform> will shut your buyer account down.", "I've reported your account and I'll make sure it's closed.", "Contact us again and we'll report you to <platform> for harassment."),
        "thr_police_11": ("We're passing your details to the police.", "Another message and I call the police on you.", "The police will be knocking on your door if you keep this up.", "We'll report you for fraud, <name>."),
        "thr_blacklist_11": ("We'll put your name on every seller blacklist we know.", "You'll never buy from any shop in our network again, I'll see to that.", "I'll make sure every trader on <platform> knows to avoid you.", "We're adding you to the shared blocklist with your address."),
        "thr_veiled_11": ("You'll be sorry you ever messaged us.", "I'd think very carefully before you push this any further.", "Don't test us, <name>.", "You really don't want to find out what happens next."),
        "thr_address_11": ("We have your address, don't forget that.", "We know where you live, <name>.", "I might just deliver the next one in person, if you get my meaning.", "We'll be paying you a visit."),
        "thr_collections_11": ("We'll send debt collectors after you for the postage.", "Open that dispute and we'll bill you for every hour we've wasted.", "We'll pass your account to a collections agency.", "Leave that review and we'll chase you for lost business."),
    },
}  # fmt: skip

DRAFT_POLITE: Final[Families] = {
    "pol_refusal_11": ("I'm sorry, <name>, but we're not able to accept a return on this item; I'd be glad to help with anything else.", "I've considered this carefully and I can't offer a refund on <order>, though I can repair it at no cost.", "Unfortunately this falls outside our returns window, and I'm sorry I can't make an exception.", "I understand your frustration, but I'm not able to cover the cost of return postage on this occasion."),
    "pol_bank_11": ("If you choose to speak to your bank, that's completely your right, and I'll provide whatever they need.", "Refunds can take a few days to show, depending on your bank.", "Your card provider may show a pending charge for a day or two; it should clear on its own.", "If your bank contacts us, I'll send them the order details straight away."),
    "pol_court_11": ("I understand you're considering legal action; please let me know where to send correspondence.", "Our registered address for any legal correspondence is on our website.", "I'd much prefer we resolve this between us, but I respect your right to go to court.", "If your solicitor would like to contact us, I'll respond promptly."),
    "pol_review_11": ("Thank you for taking the time to leave a review.", "You're welcome to share your experience in a review; I'd like to do what I can first.", "I've seen your feedback on <platform> and I'm sorry we fell short.", "We read every review and your comments have been passed to the team."),
    "pol_police_11": ("If you've reported the theft to the police, please send me the reference and I'll add it to the claim.", "I'm sorry to hear the parcel was taken from your doorstep; a police report can help with the courier claim.", "We're happy to assist the police with any information they need.", "Please don't worry about the order while you deal with the police; we can sort it whenever you're ready."),
    "pol_dispute_11": ("I've seen the dispute on <platform> and I'll reply there with our records today.", "I'm happy to resolve this directly, but if you'd prefer to keep the dispute open, that's fine.", "Once the dispute is closed, I'll be in touch about next steps.", "I've responded to the case and I'll let you know as soon as there's an update."),
    "pol_apology_11": ("I'm very sorry, <name>; that's not the standard we aim for.", "We're sorry you've had to wait so long for <order>.", "I'm sorry for the frustration this has caused you.", "That should not have happened, and I'm sorry."),
    "pol_status_11": ("I'm checking with <courier> about <order> and I'll update you by <day>.", "Your order is in our packing queue and I'll send tracking once it's collected.", "I've asked our warehouse to look for the missing part and I'll let you know what they find.", "We're waiting to hear back from <courier>, and I'll pass on their reply."),
    "pol_offer_11": ("Would you like a replacement, or would a refund suit you better?", "I can offer <amount> off your next order as a thank you for your patience.", "I'd be happy to arrange a collection at a time that works for you.", "If you'd like, I can send a prepaid label for the return."),
    "pol_info_request_11": ("Could you send me a photo of the label so I can look into this?", "Would you mind confirming the delivery address on <order>?", "Could you let me know which size you ordered so I can check the stock?", "If you have the packaging, a photo of it would help with the claim."),
    "pol_thanks_11": ("Thanks so much for your order, <name>.", "Thank you for letting us know, it's really helpful.", "Thanks for bearing with us this week.", "Thank you for the kind words, they made our day."),
    "pol_boundary_11": ("I'd like to keep helping you, and I'd ask that we keep things respectful.", "I'm happy to carry on working on this with you, without the personal comments, please.", "I understand you're upset; I'll keep replying as quickly as I can.", "Let's keep the focus on sorting out your order, and I'll do my best to help."),
    "pol_policy_11": ("Our returns policy gives you 30 days from delivery, and I'm happy to talk you through it.", "Personalised items can't be returned unless faulty, which is why the listing mentions it.", "We cover return postage when an item arrives faulty.", "Custom pieces take around <weeks> weeks to make; I'll keep you updated along the way."),
}  # fmt: skip


def dev11() -> dict[str, Families]:
    """Generator category -> the eleventh-round development families (kept out of training in round 7)."""
    out = by_category(THREATS, {}, {}, {}, DRAFT_POLITE, DRAFT_PROBLEMS, {})
    out["innocent"] = INNOCENT
    return out
