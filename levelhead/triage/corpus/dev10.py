# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Tenth development set: review, chargeback and violence threats, written by a new writer.

Written in round 6 by a writer new to the project who read only the labelling guide and the
format of the earlier ``dev`` files, never ``heldout.py`` (nothing here is taken from it), never
the other ``dev`` files and never the rule files, so the phrasing is not shaped by what the rules
catch. Its purpose is to find where the engine misses the three weakest threat types: ``review``
(public exposure of every kind: review sites, star ratings, feedback scores, social media,
forums, local groups, word of mouth, journalists, consumer TV, screenshots, reviews already
posted), ``chargeback`` (getting the money back through a bank, card issuer, wallet or BNPL
provider: disputes, claims, reversals, stopped payments, section 75, fraud teams, done or
conditional) and ``violence`` (harm to a person, family, staff, premises, vehicle or goods,
explicit and veiled, dialect, "I know people", coming to the address). Each family is one
imagined writer (age, country, medium, mood); typos, slang, capitals, chat style and
non-native English are deliberate. Each threat fragment carries only its own threat: no demand,
issue, abuse or swearing is written into it. Hard negatives use the same words innocently,
deny the intent or ask about a procedure.

First sight (the round-6 engine): chargeback 0.82, review 0.64, violence 0.62 of its texts found,
innocent uses clean 0.96. A third pass of rules written from its misses (0.99-1.00 on it) moved
no held-out threat figure and dev8 by 0-2 points, and cost 5-10 % of the engine's throughput
(bench runs 2,629-3,243 msg/s, under the 3,000 target in two of three): reverted (docs/triage.md,
round 6). Kept for the next round; not in training.

Round 8: the threat sentence heads read every template of this file (``train.SENT_EXTRA_SETS``);
the generated corpus still does not draw on it.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "review": {
        "teen_tiktok_10": ("ok so im literally making a tiktok about this tonight", "gonna post a video abt this so my followers know to stay away",
                           "stitching this w my storytime vid, ppl need to see how u operate", "this is going on my page fr, 40k ppl will see it",
                           "dont be surprised when ur shop goes viral and not in a good way"),
        "retired_uk_letter_10": ("I shall be writing to the local paper about my experience with your firm.", "Rest assured I will be telling everyone at the bowls club to take their custom elsewhere.",
                                 "I intend to put a full account of this on Trustpilot for others to read.", "My daughter has offered to put the details on her Facebook and I have said yes.",
                                 "I have a mind to write to Watchdog about the way I have been treated."),
        "us_mom_group_10": ("Posting this in our neighborhood moms group right now, 3,000 members.", "I'm going to make sure every parent on Nextdoor hears about this.",
                            "Just so you know I'm screenshotting this whole chat for the PTA group.", "The other moms at school are going to hear all about <order>.",
                            "Heads up, I'm leaving an honest review on Google and it won't be pretty."),
        "star_rating_gamer_10": ("1 star. not even joking. thats what ur getting", "ur getting the lowest rating this app allows",
                                 "if zero stars was an option i would click it", "rating: one out of five and thats generous",
                                 "changing my 5 star to a 1 star as soon as i close this chat"),
        "indian_ecom_buyer_10": ("I will give negative feedback on <platform> sir, kindly note.", "Kindly be informed I am posting this matter on Twitter and tagging your company handle.",
                                 "I will write in consumer forum website and all will read.", "My whole family WhatsApp group will be knowing about this shop.",
                                 "I have already put review of 1 star with photos on <platform>."),
        "aussie_tradie_10": ("Mate I'll be putting this up on Facebook for the whole town to see.", "Reckon the lads on the local buy swap sell page would love to hear about this.",
                             "Fair warning, I'm leaving a review that'll make people think twice.", "I'll be telling every bloke on site not to touch your stuff.",
                             "Word gets around quick out here and I'll make sure it does."),
        "influencer_pr_10": ("I have 120k followers on Instagram and I will be sharing this experience with all of them.", "Expect a full story series on this tomorrow, with your brand tagged.",
                             "I'm drafting a YouTube video about brands that treat customers like this.", "My audience trusts my recommendations, and right now I'd be warning them away from you.",
                             "I've already shared the screenshots in my close friends story and the DMs are flooding in."),
        "reddit_poster_10": ("Pretty sure r/mildlyinfuriating is going to enjoy this one.", "About to do a very detailed reddit writeup with receipts.",
                             "Going to post the whole thread on the forum so people can decide for themselves.", "I'll pin it on the subreddit so anyone searching your name finds it.",
                             "Already posted on the hobby forum, it's the top thread right now."),
        "german_esl_buyer_10": ("I will make bad evaluation on the platform, this is sure.", "All my colleagues will hear from me that they must not buy here.",
                                "I write now a review with one star and a long text.", "Also I will post in the Facebook group of our city to warn people.",
                                "The evaluation is already written, I only must press send."),
        "journalist_threat_10": ("I know a consumer reporter at the Herald and I'll be passing this on.", "I've contacted a journalist who covers exactly this kind of story.",
                                 "This is going to my blog, which gets a few thousand readers a week.", "I'll be emailing the consumer column at the Guardian with the full timeline.",
                                 "A friend produces a consumer rights show and she's very interested in your company."),
        "caps_shouter_review_10": ("EVERYONE WILL KNOW ABOUT THIS", "I WILL MAKE SURE NOBODY BUYS FROM YOU EVER AGAIN",
                                   "WORST REVIEW YOU'VE EVER HAD IS COMING", "TELLING EVERYONE I KNOW, EVERY SINGLE PERSON",
                                   "YOUR NAME WILL BE ALL OVER THE INTERNET BY TONIGHT"),
        "quiet_warning_review_10": ("I'll just let my review speak for itself.", "Others deserve to know what they're getting into before they order.",
                                    "I think future buyers should hear about this, so I'll tell them.", "I'll be sharing my experience honestly wherever I can.",
                                    "People considering you should be warned, and I'll see that they are."),
        "ebay_seller_feedback_10": ("Negative feedback will be left once this is closed.", "You'll be getting a neutral at best, probably a negative.",
                                    "Leaving feedback on <platform> today, and it won't help your score.", "Your feedback percentage is about to take a hit.",
                                    "Already left you a negative, just so you know."),
        "linkedin_professional_10": ("I'll be writing a LinkedIn post about our experience as a business customer.", "I will be sharing this with my network of procurement contacts.",
                                     "Our team will be advising partner companies against using you.", "I intend to mention this in our industry newsletter next month.",
                                     "I've already posted about you on our trade association's members' forum."),
        "chat_emoji_review_10": ("its going on my story 📸", "screenshot taken, group chat incoming 👀",
                                 "tagging u in every post til someone answers", "my review is gonna be brutal tbh ⭐",
                                 "lol ur about to get so many bad google reviews, all my friends said theyll leave one too"),
        "yelp_local_10": ("I'll be updating my Yelp review tonight.", "Going on Tripadvisor and Google Maps both, so anyone nearby sees it.",
                          "I'm going to tell everyone at church on Sunday.", "I'll make a point of telling every customer who walks past your door.",
                          "My review is already up on Yelp with pictures."),
    },
    "chargeback": {
        "uk_section75_10": ("I'll be making a Section 75 claim with my credit card provider.", "My card company will be hearing from me under Section 75.",
                            "Barclaycard have told me to raise a claim if this isn't resolved, and I will.", "I will be contacting Nationwide to dispute the transaction.",
                            "I've already started a chargeback with Monzo, it's in the app."),
        "us_amex_10": ("I'm disputing this charge with Amex today.", "My Chase card has purchase protection and I intend to use it.",
                       "I'll call Capital One and have them reverse the charge.", "Going to file a dispute with my credit card company for the full <amount>.",
                       "The charge is already disputed, you'll get a notice from the bank."),
        "paypal_user_10": ("Opening a PayPal dispute now.", "I'll escalate this to a PayPal claim under buyer protection.",
                           "PayPal case is open, case number is in your inbox.", "If I don't hear back I'm filing a claim with PayPal.",
                           "Buyer protection exists for exactly this and I'm using it."),
        "bnpl_young_10": ("gonna report it to klarna and not pay the rest", "afterpay said i can pause payments if i open a dispute so thats what im doing",
                          "opened a dispute on clearpay, payments are on hold now", "im just gonna get klarna to cancel the whole thing",
                          "reported a problem w the purchase on klarna so good luck getting paid"),
        "stop_payment_10": ("I'm cancelling the payment with my bank.", "I've asked the bank to stop the payment.",
                            "The direct debit is being cancelled today, and I'll ask for the last one back.", "I will be putting a stop on that cheque.",
                            "I'm getting the payment reversed, simple as that."),
        "fraud_team_10": ("I'm reporting this transaction to my bank's fraud team.", "As far as my bank is concerned, this was an unauthorised payment, and I'll tell them so.",
                          "I'll be ringing the fraud line on the back of my card.", "My bank has already flagged this payment and is investigating.",
                          "I'll tell the bank I don't recognise the charge."),
        "indian_upi_10": ("I will raise dispute with my bank for this UPI transaction.", "Kindly note I am filing complaint with HDFC for chargeback.",
                          "I will call ICICI credit card customer care and get amount reversed.", "Already I raised dispute in Paytm, they will take the money back from you.",
                          "I will go to bank branch tomorrow and stop this payment."),
        "aussie_bank_10": ("I'll be getting Commbank to claw it back.", "Reckon I'll just ring Westpac and have them charge it back.",
                           "ANZ reckons I can dispute it and I'm going to.", "Already lodged a dispute with NAB this arvo.",
                           "My bank'll sort it, they're good at getting money back."),
        "euro_esl_10": ("I will ask my bank to take back the money.", "I make now a chargeback through my Visa card.",
                        "My bank in Spain will cancel this payment, I already talked with them.", "With SEPA I can return the direct debit and I will do it.",
                        "I have opened a reclamation with Revolut for this transaction."),
        "calm_conditional_10": ("If this isn't resolved by Friday, I'll dispute the payment.", "Should I not hear back, my next step will be my card issuer.",
                                "Unless I get a proper answer, I will be raising this with my bank.", "Otherwise I'll have no choice but to go through the card provider.",
                                "If need be, I'll ask Visa to intervene."),
        "caps_chargeback_10": ("CHARGEBACK. TODAY.", "I AM CALLING MY BANK RIGHT NOW",
                               "DISPUTING THE CHARGE THE SECOND WE HANG UP", "MY BANK WILL GET EVERY PENNY BACK",
                               "ALREADY CALLED THE CARD COMPANY, ENJOY THE CHARGEBACK FEE"),
        "wallet_pay_10": ("I'll report the transaction through Apple Pay.", "Raising an issue with Google Pay about this payment.",
                          "I'm disputing it through Shop Pay and my card behind it.", "Going to flag this purchase in my Apple wallet and let the bank take it from there.",
                          "Venmo and my card issuer are both getting a dispute from me."),
        "small_business_buyer_10": ("Our finance team will be disputing the invoice payment with the bank.", "We will be recalling the BACS payment.",
                                    "Accounts have been instructed to reverse the card transaction.", "Our corporate card provider has been notified and a dispute is open.",
                                    "We will initiate a chargeback on the company card if required."),
        "elderly_phone_10": ("My son says I should ring the bank and get the money put back, so I will.", "I am going to ask the bank lady to undo the payment.",
                             "The building society will be sorting this out for me.", "I shall ask my bank to take the money back off you.",
                             "I've been to the bank and they're getting it back for me."),
        "chat_slang_chargeback_10": ("just gonna chargeback it tbh", "cb incoming lol",
                                     "bank said theyll take it back off u so", "disputing w my card rn",
                                     "alr filed a dispute w my bank, done w this"),
    },
    "violence": {
        "know_where_10": ("I know where your warehouse is.", "Your address is on the returns label, remember that.",
                          "I've got your home address now.", "Funny how easy it is to find where people live these days.",
                          "I know which car is yours in that car park."),
        "coming_round_10": ("I'm coming down to your shop and you won't like it when I get there.", "Expect a visit from me, and not a friendly one.",
                            "I'm getting in the car now, I'll see you at your unit.", "I'll be waiting outside when you close up tonight.",
                            "Already on the way to your office, see you soon."),
        "know_people_10": ("I know people who deal with things like this.", "My cousins don't take kindly to this sort of thing and they'll be paying you a visit.",
                           "I have friends who will sort you out properly.", "Some of my mates would love a word with you in person.",
                           "I can make one phone call and people will turn up at your door."),
        "scots_dialect_10": ("Ye'll get a right doin if a see ye.", "Am gonnae come doon there an batter the door in.",
                             "Mind yer windaes, thats aw am sayin.", "See if a find ye, yer getting it.",
                             "Ma boys'll be roon yours the night."),
        "veiled_sorry_10": ("You'll be sorry, and I mean that physically.", "It'd be a shame if something happened to your van.",
                            "Hope your staff walk home in pairs.", "Accidents happen to shops like yours.",
                            "Lovely shopfront. Would be a pity if the glass got broken."),
        "explicit_harm_10": ("I'm going to hurt whoever packed this.", "I will smash your face in.",
                             "When I find you I'm going to break your legs.", "I'll punch the first person I see behind that counter.",
                             "I swear I will hit you if I ever see you."),
        "property_damage_10": ("I'll put a brick through your window.", "Your delivery vans are going to get their tyres slashed.",
                               "I'll burn your stock to the ground.", "I'm going to key every car in your lot.",
                               "Your storefront is getting smashed up, count on it."),
        "family_threat_10": ("I know your kids go to the school down the road.", "Your wife works at the bakery on the high street, doesn't she.",
                             "Tell your family to be careful.", "It'd be terrible if your children had to see what happens next.",
                             "I'll find your family and they'll pay for this."),
        "caps_violent_10": ("I WILL COME THERE AND HURT YOU", "YOU ARE GOING TO GET HURT",
                            "I'LL WRECK YOUR WHOLE SHOP", "WATCH YOUR BACK",
                            "I'M COMING FOR YOU AND YOUR STAFF"),
        "us_south_10": ("Y'all best lock your doors tonight.", "I got a shotgun and I know where y'all are.",
                        "Don't make me drive over there, 'cause I will and you won't like it.", "Somebody's gonna get whooped when I show up.",
                        "Me and my brothers are fixin' to pay you a visit."),
        "esl_menace_10": ("I will come to your company and make big problem with my hands.", "You will see what I do to you when I come.",
                          "I know address, I come with my brothers.", "Be careful when you go out from office.",
                          "I will break everything in your shop, I promise you."),
        "chat_menace_10": ("u better hope i never catch u outside", "im pullin up fr",
                           "say that to my face n see what happens", "gonna run up on ur warehouse",
                           "got ur addy now 😈"),
        "calm_cold_10": ("I'm a patient man, but I will be seeing you in person.", "I'd think very carefully about who you're upsetting.",
                         "Let's just say I'll be handling this face to face.", "You won't need to worry about a complaint; you'll need to worry about me.",
                         "Someone is going to get hurt over this, and it won't be me."),
        "goods_hostage_10": ("I'll be smashing up your stock in front of you when I get there.", "Next courier of yours who turns up here gets a fist, not a signature.",
                             "Send your driver round again and see what happens to him.", "Your delivery man won't be leaving my drive in one piece.",
                             "I'll be waiting for your driver with a bat."),
        "irish_dialect_10": ("I'll be down to ye and ye'll get a box in the head.", "Ye'll be needing a new window after I'm done.",
                             "Me and the lads are heading up to yer place.", "Sure I'll bate the head off ye.",
                             "Watch yerself, I know where yer shop is."),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "praise_review_10": ("Just left you a glowing five-star review, thank you!", "Will definitely be recommending you on Facebook, loved it.",
                         "Posted a pic on Instagram and tagged you, it looks amazing.", "Telling all my friends about you, in a good way!"),
    "denied_review_10": ("I don't want to leave a bad review, I just want it sorted.", "I'm not the type to slate people online.",
                         "Honestly I haven't posted anything and won't.", "No intention of going to social media over this."),
    "review_procedure_10": ("How do I leave a review on your site?", "Can I edit my review once it's posted?",
                            "Is there a way to upload photos with feedback?", "Where do I find the rating page for <order>?"),
    "bank_innocent_10": ("I paid with my Barclays card, hope that's fine.", "My bank sent a text asking me to confirm the payment, all good now.",
                         "Paid via Klarna in three instalments.", "The payment shows as pending on my banking app."),
    "denied_chargeback_10": ("I really don't want to go through the bank for this.", "I won't be disputing it, don't worry.",
                             "I'd rather sort this with you than with PayPal.", "Not going to do a chargeback, I know it costs you."),
    "chargeback_question_10": ("Is it a problem if I paid by credit card?", "Do you accept PayPal or only cards?",
                               "Can I split the payment across two cards?", "How long does a refund take to show on a Visa?"),
    "violent_idiom_thing_10": ("This wait is killing me!", "I'd murder a cup of tea right now, while I wait.",
                               "My old one got absolutely battered, hence the new order.", "My printer is dead to me."),
    "violent_idiom_praise_10": ("You guys knocked it out of the park.", "The new design slaps.",
                                "That price is an absolute steal, I could kill for another one.", "This jacket is fire."),
    "visit_innocent_10": ("Can I come to the shop to collect in person?", "I'm near your warehouse, could I pick it up?",
                          "Do you have a showroom I could visit?", "I know where your shop is, I'll pop in on Saturday."),
    "denied_violence_10": ("I'm not threatening anyone, just frustrated.", "Don't worry, I'm not going to turn up and shout.",
                           "I'd never hurt anyone over a parcel.", "Not coming round, just want an answer by email."),
    "screenshot_help_10": ("I've attached a screenshot of the error.", "Sending a video of the item so you can see.",
                           "Here's a photo of the label.", "Screenshot of my order confirmation attached."),
    "word_of_mouth_good_10": ("My sister recommended you and she was right.", "Found you through a TikTok, love the shop.",
                              "Saw your review on Trustpilot and decided to try you.", "Everyone at work asked where I got it!"),
}  # fmt: skip


def dev10() -> dict[str, Families]:
    """Generator category -> the tenth-round development families (review, chargeback, violence;
    not in training)."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
