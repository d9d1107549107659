# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-8 development families (dev13): a development set written by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md), the
format of the earlier ``dev`` files (``Families`` and ``by_category`` in ``dev.py``, the docstring
and closing function of ``dev11.py``) and the list of slot names, never ``heldout.py``,
``fragments.py``, the other dev files, the generated data or the rule files, and never ran the
engine on these texts, so the phrasing is not shaped by what the rules catch.

The brief: real customers of small online shops (eBay, Etsy, Amazon, independent web shops) who
are angry and threaten the seller, each template carrying exactly one threat of its family's type
(review, chargeback, violence, legal, report) and no demand, insult, swearing or second threat;
plus hard negatives that use the same words innocently, deny the intent or vent with no threat.
This writer's voice: North American, Australian and New Zealand buyers, young and social-media
native, typing lowercase chat with emoji, abbreviations (ngl, fr, tbh, istg, lmao), slang and
all-caps rants; venues such as TikTok, Reddit, YouTube, Yelp, Google reviews, the BBB, Instagram
stories, Discord servers, Facebook Marketplace groups and Productreview.com.au; money through
Amex, Chase, Capital One, Venmo, Cash App, Zelle, Apple Pay, Afterpay, Affirm, Zip and PayPal;
street slang for violence. Promised, conditional, already done, hedged, terse, implied,
sarcastic, rhetorical and with deadlines.

Round 8 (docs/triage.md): scored first on the round-7 engine, then worked from (rules by class
from its misses); kept out of training. The writer also glanced at ``Builder.fill`` in
``generate.py`` to see how slots are filled.

Round 8: the threat sentence heads read every template of this file (``train.SENT_EXTRA_SETS``);
the generated corpus still does not draw on it.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "review": {
        "review_tiktok_13": ("ngl im making a tiktok about this shop tonight 📱", "istg this is going on my tiktok, {storytime|greenscreen|rant} style", "about to film a whole tiktok on how this order went lmao", "yeah this is becoming a tiktok fr, my fyp people love drama", "pretty sure a tiktok about ur store is gonna do numbers"),
        "review_reddit_13": ("posting this whole convo on r/{Etsy|eBay|amazon|mildlyinfuriating} tonight", "gonna make a reddit post abt ur shop w screenshots", "reddit is gonna hear about this one, im writing it up rn", "dropping this exchange on {r/Flipping|r/AmazonSeller|r/Depop} so ppl can see", "cant wait to see what reddit thinks of ur store tbh"),
        "review_yelp_13": ("ur yelp page is about to get a 1 star from me", "writing u a yelp review rn and its not cute", "yelp is getting the full story {tonight|after work|in 5 min}", "one star on yelp incoming, with pics", "ill be on yelp makin sure ppl know how this went"),
        "review_google_13": ("leaving a 1⭐ on ur google listing", "ur google maps pin is getting a review from me and u wont like it", "gonna go drop a google reveiw, not a nice one", "ur google rating is about to drop a whole star lol", "google reviews will know about this by tonight"),
        "review_cond_13": ("if nothing changes by <day> im leaving a review everywhere i can", "keep this up and ur getting 1 star on every site ur on", "if i dont get a real answer today the reviews start going up", "one more copy paste reply and i'm writing the review", "if this isnt sorted by tmrw my review goes live"),
        "review_done_13": ("already posted it on my story lol 👋", "just left my review on <platform>, go have a read", "fyi the 1 star is already up", "welp, review is posted, screenshots and all", "left u a review like 10 min ago, figured u should know"),
        "review_implied_13": ("other buyers deserve to know what ur like tbh", "ppl should know how this shop actually treats customers", "somebody has to warn the next persn who orders from u", "everyone thinking of buying from u needs to see this thread", "future customers deserve the truth about this store fr"),
        "review_sarcastic_13": ("can't wait to tell all my followers about this AMAZING experience 🙃", "oh ur reviews are gonna LOVE me lol", "gonna write u such a glowing review 🙂 not", "5 stars for sure 😇 jk its going to be one", "wow cant wait to share this beautiful customer service with the internet 💅"),
        "review_rhetorical_13": ("how do u think ur etsy rating is gonna look after this?", "u really want this on ur reviews page?", "think ur 4.9 stars survive me posting this convo?", "what do u think ppl will say when they read my review?", "do u know how many ppl read google reviews before they buy?"),
        "review_terse_13": ("1 star. incoming.", "review loading…", "enjoy ur new review", "rating: 1/10. posting it.", "cya in the reviews"),
        "review_hedged_13": ("lowkey thinking about leaving a review rn, not a nice one", "kinda leaning towards a 1 star ngl", "might post about this idk yet, depends on my mood", "honestly considering writing this up on <platform>", "not saying i WILL leave a bad review but im def thinking about it"),
        "review_deadline_13": ("u got 24 hrs before this goes on youtube", "clock is ticking, review goes up {friday|<day>|sunday night}", "by end of day this is on every review site i can find", "2 hrs. then its a 1 star.", "u have till midnight before i post about this"),
        "review_discord_13": ("im sharing this in my discord server, like 3k ppl in there", "the {sneaker|plant|mech keyboard|cosplay} discord is gonna know about ur shop by tonight", "posting ur store link in our discord's do-not-buy channel", "dropping these screenshots in the discord so nobody else orders from u", "my discord has a vendor blacklist and ur going on it"),
        "review_fbgroup_13": ("posting in the {local buy swap sell|mums|uni|neighbourhood} fb group about u", "the facebook marketplace group is getting a warning post about this shop", "gonna put u on blast in the community fb page", "im writing a post in our suburb's facebook group so people avoid ur store", "half my town is in that marketplace group and theyre all gonna see this"),
        "review_productreview_13": ("productreview.com.au is getting a review from me, mate", "chucking a 1 star on productreview tonight", "heaps of people check productreview before buying, they'll see mine", "ur productreview page is about to get a proper honest one", "writing it all up on productreview.com.au, every detail"),
        "review_igstory_13": ("this is going on my ig story, tagging u too", "putting ur shop on my close friends story, they'll spread it lol", "adding this convo to a highlight called DO NOT BUY", "ig story w ur handle going up in 5", "ppl are gonna see this on my insta stories all week"),
        "review_youtube_13": ("making a youtube video about this order, ur shop name in the title", "this is getting a full yt storytime, {10 mins|20 mins|a whole hour} long", "my youtube channel is doing a 'shops to avoid' ep and guess whos on it", "filming an unboxing-gone-bad vid about u for youtube", "youtube comments are gonna have a field day w ur store"),
        "review_caps_13": ("EVERYONE IS GONNA HEAR ABOUT THIS", "I WILL BE TELLING EVERY SINGLE PERSON I KNOW ABOUT THIS SHOP", "THE WHOLE INTERNET IS GOING TO SEE THIS CONVO", "IM POSTING ABOUT U ON EVERY APP I HAVE", "UR REVIEWS ARE ABOUT TO BE SO BAD LMAO"),
        "review_feedback_13": ("ur getting negative feedback on ebay, sorry not sorry", "leaving u a neg on ebay tonight", "etsy star rating from me is gonna be the lowest option", "ur amazon seller feedback is about to get a 1 from me", "that 100% positive feedback score? not after today"),
        "review_wordofmouth_13": ("im telling my whole group chat not to buy from u", "my entire {dorm|friend group|gym|work team} is gonna hear how this went", "gonna make sure everyone at my uni knows to skip ur shop", "telling literally everyone i know about this, word of mouth hits different", "my sisters and cousins are all hearing about this and they shop a LOT"),
        "review_press_13": ("emailing fair go about this, they love stories like mine", "gonna pitch this to a current affair, watch", "my local news has a consumer segment and im sending them this", "writing to the {Herald|Stuff|local paper} about how this shop runs", "sending the whole thread to a journalist who covers small business drama"),
        "review_viral_13": ("about to post a thread on x tagging ur store, lets see if it goes viral", "this is getting tweeted, tagging ur account", "gonna make this go viral istg", "posting on threads and twitter w the screenshots tonight", "ur shop name is gonna be trending and not in a good way"),
    },
    "chargeback": {
        "cb_amex_13": ("amex is gonna handle this, filing a dispute tonight", "calling amex tomorow, they always side w the cardholder", "putting in a dispute w american express for <amount>", "amex dispute form is open on my other tab rn", "honestly amex will sort u out for me, disputing it"),
        "cb_paypal_13": ("opening a paypal case, u can explain it to them", "paypal dispute going in now", "gonna take this up with paypal and let them pull the funds", "im filing a item dispute on paypal for order <order>", "lol paypal buyer protection exists for shops like urs, opening a case"),
        "cb_chase_13": ("calling chase to dispute the charge", "capital one is getting a call about <amount>", "just gonna dispute it thru my chase app, takes 2 min", "my capital one card has a dispute button and im pressing it", "disputing this with {chase|capital one|wells fargo|citi} tmrw morning"),
        "cb_bnpl_13": ("im pausing my afterpay payments and opening a dispute", "affirm is getting a dispute from me about this purchase", "zip lets u dispute stuff so thats what im doing", "calling klarna to freeze the rest of the installments", "gonna dispute it on {afterpay|affirm|zip|klarna|sezzle}, they can chase u for it"),
        "cb_p2p_13": ("disputing the cash app payment, they can pull it back", "venmo has purchase protection, so im filing a claim", "my bank is reversing that zelle transfer", "opening a dispute on cash app for the <amount> i sent u", "already messaged venmo support to reverse the payment"),
        "cb_wallet_13": ("gonna dispute this thru apple pay", "apple wallet has a dispute option, using it on ur charge", "reversing the google pay charge", "im disputing the apple pay transaction for <amount>", "my wallet app lets me dispute it and thats exactly what im doing"),
        "cb_cond_13": ("if nothing changes by <day> im disputing it", "keep stalling and ill just charge it back", "if i dont get a proper answer by tonight the bank is getting involved", "one more excuse and my card company handles this", "if this drags on any longer im disputing the whole payment"),
        "cb_done_13": ("already filed the chargeback, ur welcome", "fyi dispute is in with my bank, case number and everything", "just got off the phone w my card company, its disputed", "chargeback submitted 5 min ago", "yeah i already reversed it thru {chase|amex|my bank|paypal}"),
        "cb_terse_13": ("chargeback. done.", "disputing.", "bank's handling it now", "reversed. bye.", "dispute filed."),
        "cb_hedged_13": ("prob gonna just dispute it tbh", "kinda thinking about a chargeback ngl", "might call my bank about this idk", "leaning towards disputing it w my card", "honestly a chargeback is looking pretty tempting rn"),
        "cb_sarcastic_13": ("hope u enjoy that <amount> while it lasts bc amex is taking it", "have fun with my money for the next 5 business days 🙂", "cute that u think that payment is staying in ur account", "enjoy the sale lol my bank is about to undo it", "congrats on the sale, my card issuer says hi 👋"),
        "cb_rhetorical_13": ("u know i can just dispute this right?", "do u know how easy a chargeback is these days?", "u think my bank is gonna side with u?", "what do u think happens when i call my card company?", "ever heard of a chargeback? bc ur about to"),
        "cb_aussie_13": ("ringing commbank tomorrow to dispute the charge", "anz will reverse this, putting a dispute in", "calling westpac to get that transaction pulled", "kiwibank can sort this, im disputing it", "lodging a dispute w {NAB|ASB|Westpac|ANZ|CommBank} for the <amount>"),
        "cb_freeze_13": ("im freezing my card so the payment doesnt go through", "asked my bank to stop the payment to u", "calling chase to block the pending charge", "getting the transaction stopped before it clears", "my credit union is putting a stop on that payment"),
        "cb_deadline_13": ("if nothing by friday the dispute goes in", "u got till <day> then its chargeback time", "48 hrs, then im calling my bank", "end of the week is the cutoff, after that its a dispute", "midnight tonight, then im on the phone w amex"),
        "cb_rights_13": ("the fair credit billing act says i can dispute this and i will", "im using my visa chargeback rights on this", "filing a dispute under mastercard's rules lol", "my card has purchase protection, using it on this order", "my credit card covers this so im disputing it with them"),
        "cb_caps_13": ("IM DISPUTING THIS CHARGE", "CALLING MY BANK RIGHT NOW", "CHARGEBACK GOING IN TONIGHT", "MY CARD COMPANY IS GETTING A CALL ABOUT U", "I WILL DISPUTE EVERY CENT OF THIS"),
        "cb_family_13": ("my mom's calling her bank to dispute it, it was her card", "my dad's gonna reverse it thru his amex", "my parents are disputing the payment on their card", "my gf used her capital one and shes disputing it", "told my mum and she's ringing the bank to reverse it"),
    },
    "violence": {
        "vio_pullup_13": ("ima pull up to ur shop fr", "keep playing and i'll pull up on u", "pulling up to ur address this weekend, we'll talk then", "dont make me pull up 😤", "i'll pull up at ur warehouse and we'll see who's laughing"),
        "vio_knowaddr_13": ("i know where ur warehouse is", "ur return address is literally on the label, just saying", "funny how easy it is to find where u live from ur business listing", "google maps shows ur front door real clear", "i have ur address now. remember that."),
        "vio_hands_13": ("u gonna catch these hands", "somebody at that shop is catching hands", "istg u'd catch a fade if we were face to face", "u want hands? keep it up", "i'll square up with whoever packed this, gladly"),
        "vio_regret_13": ("keep playing and see what happens to u", "u really dont wanna see me in person rn", "u'll regret this when i find u", "this gets physical real quick if u keep going", "trust me u dont want me showing up"),
        "vio_car_13": ("would be a shame if ur van got its tyres slashed", "that delivery van of urs better have a good alarm", "ur car in the lot behind the shop? noted", "be a real shame if something happened to ur car", "hope ur company van is insured 🙂"),
        "vio_shop_13": ("ur shop window is gonna have a brick thru it", "hope ur storefront glass is strong", "im gonna trash ur stall at the markets", "that little shop of urs wont look the same after i visit", "pretty sure ur front door can't handle me rn"),
        "vio_boys_13": ("sending the boys round", "my cousins are gonna pay u a visit", "i got people in ur city who can handle this", "my brothers already know where ur shop is", "i'll send some of my guys to have a word in person"),
        "vio_cond_13": ("if i see u in person ur getting hurt", "if this isnt sorted by <day> i'm coming down there and it wont be friendly", "keep ignoring me and i'll come deal with u myself", "one more message like that and i'm driving over there to sort u out", "if u keep this up u better hope we never meet"),
        "vio_veiled_13": ("watch ur back", "i'd be careful walking to ur car at night", "sleep with one eye open lol", "be careful who u mess with, some ppl dont forget", "look over ur shoulder next time ur at the post office"),
        "vio_caps_13": ("I WILL FIND U", "IM COMING TO UR SHOP AND U WILL BE SORRY", "U BETTER HOPE I NEVER SEE U", "IM GONNA HURT SOMEBODY OVER THIS", "WAIT TILL I GET MY HANDS ON U"),
        "vio_home_13": ("saw ur family pics on insta, cute house btw", "nice street u live on, would be a shame", "ur kids go to school near there right", "ur home address wasnt hard to find lol", "i know what ur house looks like now"),
        "vio_sarcastic_13": ("hope ur shop has good fire insurance 🔥", "cute store, be a shame if it burned down", "hope ur insured for shattered glass 🙂", "sure hope nothing happens to ur little warehouse lol", "hope ur staff like ambulance rides 😇"),
        "vio_rhetorical_13": ("u think ur safe just bc ur online?", "how long do u think it takes me to drive to ur shop?", "what do u think happens when i show up at ur door?", "u really think a screen protects u?", "do u know how easy it is to find where u live?"),
        "vio_slang_13": ("u want smoke? bc thats what ur getting", "ur an op now fr", "gonna catch u lacking one day", "keep talking and u get slid on", "u got smoke with me now, just know that"),
        "vio_inperson_13": ("im coming to ur market stall on <day> and we're settling this outside", "see u at ur pickup spot, and i wont be there for the parcel", "ill be waiting by ur shop when u close up", "coming to ur pop up this weekend, bring backup lol", "ill be at ur door <day> and its not gonna be a chat"),
        "vio_aussie_13": ("i'll come round and flog ya mate", "ill deck whoever runs that shop", "keep it up and i'll knock ur block off", "gonna come round and sort ya out proper", "ill give ya a hiding if i see ya"),
        "vio_terse_13": ("ur done.", "pray i dont find u", "got ur address. omw 📍", "ur finished when i see u", "say less. see u in person soon 👊"),
        "vio_deadline_13": ("u have till <day> before i show up at ur door", "24 hrs then im driving to ur shop", "by friday im at ur warehouse and it wont be pretty", "clock's ticking, then i come see u in person", "after tonight im dealing w u face to face, not on here"),
    },
    "legal": {
        "legal_lawyer_13": ("lawyering up fr", "getting a lawyer involved at this point", "talking to an attorney about ur shop tmrw", "my lawyer is gonna be in touch", "im booking a consult with a lawyer about this"),
        "legal_smallclaims_13": ("see u in small claims", "filing in small claims court on <day>", "small claims is cheap and im doing it", "taking u to small claims, its like 50 bucks to file", "gonna file a small claims case for the <amount>"),
        "legal_tribunal_13": ("lodging a claim at ncat", "taking this to the disputes tribunal", "vcat application going in this week", "filing with the {NCAT|VCAT|QCAT|Disputes Tribunal} over this", "see u at the tribunal mate"),
        "legal_family_13": ("my dad's a lawyer and hes reading this convo rn", "my aunt is an attorney and she says i can sue", "my brother's at law school, he's already drafting something", "my mom works at a law firm and she's getting involved", "my uncle's a solicitor and hes gonna send u something"),
        "legal_sue_13": ("im suing lol", "see u in court bestie", "gonna sue ur shop", "pretty sure i can sue u for this and im definately going to", "court it is then"),
        "legal_letter_13": ("expect a letter from my attorney", "a demand letter from my lawyer is on its way to u", "u'll be getting legal papers soon", "my lawyer is sending u a formal letter this week", "watch ur mailbox for something from my attorney"),
        "legal_classaction_13": ("me and the other buyers are getting a lawyer together", "theres like 20 of us on reddit talkin class action", "joining the other customers in suing u", "we're putting together a group lawsuit against ur store", "gonna see if a class action firm wants to take ur shop on"),
    },
    "report": {
        "report_bbb_13": ("filing a bbb complaint", "ur getting reported to the better buisness bureau", "bbb complaint going in tonight", "gonna report this to the bbb w all the screenshots", "already started the form on the bbb website"),
        "report_ftc_13": ("reporting u to the ftc", "the ftc has an online form and im filling it out about u", "filing a complaint with my state's consumer protection office", "reportfraud.ftc.gov is getting ur shop name", "gonna let the ftc know how u run this store"),
        "report_accc_13": ("reporting u to the accc", "lodging a complaint with fair trading nsw", "the commerce commission is gonna hear about this", "putting in a report to consumer affairs victoria", "making a complaint to {the ACCC|Fair Trading|Consumer Affairs|the Commerce Commission} about ur shop"),
        "report_platform_13": ("reporting ur shop to etsy", "opening an a-to-z claim with amazon", "gonna report this listing to ebay", "flagging ur store to <platform> support", "reporting ur account to {etsy|ebay|amazon|depop|shopify}"),
        "report_police_13": ("calling the cops about this", "filing a police report about ur shop", "gonna report u to the police", "reporting this to the police non emergency line", "the cops are getting ur business name from me"),
        "report_govt_13": ("reporting u to scamwatch", "filing an ic3 report about this store", "sending ur details to scamwatch.gov.au", "gonna report ur shop to the fbi's ic3 site", "putting in a report on scamwatch w the order number <order>"),
        "report_mass_13": ("me and the discord are mass reporting ur listings", "gonna get everyone to report ur store to <platform>", "my followers are gonna report ur account til it gets taken down", "im asking my group chat to report ur listings too", "getting everyone in the fb group to flag ur shop to the platform"),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_goodreview_13": ("gonna leave u 5 stars on google fr", "5 stars on etsy coming ur way ⭐", "writing u the nicest review tonight", "def leaving a good review, u deserve it", "ur getting a glowing yelp review from me lol"),
    "inn_feedbackdone_13": ("left positive feedback already 💕", "just left u a review, all good things", "feedback's done, 5 stars obvi", "posted my review on <platform>, it's a nice one", "already rated u, hope it helps the shop"),
    "inn_howdispute_13": ("how long do paypal disputes usually take? my friend has one w a different store", "random q but does a chargeback hurt a seller much", "whats the difference between a dispute and a claim on paypal, just curious", "does afterpay have a dispute thing? asking bc i never used it", "my sister said amex disputes are easy, is that true from the seller side?"),
    "inn_declined_13": ("my amex got declined lol trying again", "chase declined the payment, prob bc its an overseas shop", "capital one flagged it as fraud, give me a sec", "my card got declined so i used apple pay instead", "bank blocked the charge, calling them to approve it"),
    "inn_refundshown_13": ("the refund just hit my chase account tysm", "saw the <amount> back on my statement, all good", "paypal shows the refund now, appreciate it", "it came back on my afterpay, thank u!!", "money's back in my cash app, ur the best"),
    "inn_policeparcel_13": ("filed a police report for the stolen porch package, not ur fault at all", "the cops said someone's been nicking parcels on our street", "police have the doorbell footage of the guy who took it", "just fyi i reported the theft to police, u dont need to do anything", "my neighbour got his parcel stolen too, police are on it"),
    "inn_reportdoc_13": ("is there a care report or guide for the <item>?", "the courier's report says it was left at the door", "do u have a condition report for the vintage one?", "ur dispatch report says <day>, just checking thats right", "can i get the inspection report for the <item> before i buy"),
    "inn_killingme_13": ("this wait is killing me 😭", "the suspense is literally killing me lmao", "tracking not updating is killing me ngl", "waiting for this <item> is gonna be the death of me", "im dying to open it fr"),
    "inn_murdercoffee_13": ("could murder a flat white rn", "i would kill for a coffee after this week", "could absolutely destroy a sausage roll right now lol", "i'd fight someone for a nap rn", "id murder a pav honestly"),
    "inn_smashed_13": ("box got absolutely smashed in transit lol, <item> is fine tho", "the parcel looked like someone punched it but its all good inside", "courier def threw this one, box is crushed but no harm done", "the mailbox got smashed by a car lol, hope the postie finds a spot", "packaging got destroyed by the rain lol"),
    "inn_frustrated_13": ("IM SO ANNOYED RN", "ugh this is so frustrating, ive been waiting forever", "honestly so over this week 😩", "im actually losing my mind over this tracking", "not mad at u just mad at the situation"),
    "inn_noreview_13": ("not gonna leave a bad review, promise", "im not the type to trash a small shop online", "dw im not posting about this anywhere", "i wont leave a 1 star, i know ur a small biz", "no bad reviews from me, just want it sorted"),
    "inn_nochargeback_13": ("i'm not doing a chargeback, that's so extra", "i wont dispute it, i trust u", "not calling my bank or anything, chill", "dont worry im not gonna reverse the payment", "i'd never do a paypal dispute on a small shop"),
    "inn_advicerefused_13": ("my roommate said to dispute it with capital one but nah id rather sort it with u", "ppl on reddit told me to leave a 1 star, not doing that", "my mom said to sue lol obviously im not", "a tiktok told me to chargeback but i'd rather just talk", "friend said call the bbb, i said no thats dramatic"),
    "inn_othershop_13": ("the last shop i ordered from got reported to etsy lol, not u tho", "had to dispute a charge w a different store last year, ur way better", "i left a 1 star for another seller once, ur the opposite", "some other site sent me a fake, glad i found u", "a diff store ghosted me so im so happy ur replying"),
    "inn_slay_13": ("this jacket slays omg", "the <item> is straight fire 🔥", "im dead 💀 it's so cute", "ur packaging is killer ngl", "this shop goes hard fr"),
    "inn_tiktokfan_13": ("saw u on tiktok, ur packing videos are so satisfying", "found ur shop through an ig reel!!", "my fav youtuber recommended u", "ur post in the fb marketplace group is how i found u", "a discord friend sent me ur link"),
    "inn_lawyerjob_13": ("im a paralegal so sorry if my emails sound formal lol", "buying this for my sister, she just passed the bar", "my lawyer gf is gonna love this <item>", "need this before my law school graduation on <day>", "gift for my dad, hes a solicitor and loves desk stuff"),
    "inn_court_13": ("need it before my basketball game, court time is 6pm", "is the <item> good for tennis courts?", "we're playing on the outdoor courts <day>, hope it comes by then", "food court pickup works for me if thats easier", "is this the one for netball courts?"),
    "inn_bnplq_13": ("can i use afterpay for this?", "do u take zip or only paypal", "is affirm an option at checkout", "can i pay w venmo or zelle", "does ur site do apple pay"),
    "inn_kickmyself_13": ("i could kick myself, i put the wrong address", "ugh i wanna smack myself, ordered the wrong size", "i could strangle this printer lol", "my dog murdered the box before i got to it", "i nearly threw my phone across the room waiting lmao"),
    "inn_pullup_13": ("ill pull up to ur market stall saturday to grab it 😊", "can i pull up to ur warehouse for pickup?", "i'll come by the shop <day> to say hi", "pulling up to ur pop up this weekend!!", "ill swing by ur stall after work"),
    "inn_courier_13": ("the <courier> driver threw it over the fence again 😤", "<courier> is so slow istg", "why does <courier> always leave it in the rain", "<courier> said delivered but my neighbour had it lol", "ngl <courier> tracking is a joke"),
    "inn_warnedme_13": ("my friends warned me about buying online but ur legit", "saw ur bbb page, looks great", "read all ur google reviews before buying, so many good ones", "productreview had nothing but nice stuff about u", "checked reddit before ordering and everyone loves u"),
}  # fmt: skip


def dev13() -> dict[str, Families]:
    """Generator category -> the dev13 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
