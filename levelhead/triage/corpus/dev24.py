# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-9 development families, kept unseen (dev24, a mixed inbox of every threat type, kept unseen): customer messages by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md) and the
``Families`` alias and ``by_category`` in ``dev.py``; never ``heldout.py``, ``fragments.py``, the
other dev files, the generated data or the rule files. The texts were never run through the triage
engine, so the phrasing is not shaped by what the rules catch.

The brief: a small shop's mixed inbox with all five threat types. Chargebacks go through banks,
credit cards (including UK Section 75), PayPal, Klarna/Afterpay/Clearpay/Zip, wallets and UPI.
Violence covers implied "I know where you live" lines, turning up in person, harm sent through
relatives or friends, damage to shops, vans and stock, direct bodily threats, threats to staff and
family, veiled and sarcastic lines, and teenage chat. Reviews cover one-star ratings, Trustpilot and
Google, social media, warning other buyers, forums and the press. Legal covers small claims,
solicitors, lawyers and Indian legal notices; reports cover Trading Standards, BBB/FTC, the
marketplace, the police and consumer bodies in several countries. Each threat comes done,
threatened, hedged, conditional with a deadline, sarcastic, rhetorical or buried in a long
complaint, in UK, US, Irish, Australian, Indian, South African, Canadian and non-native English.
The hard negatives use the same words with no threat: questions about disputes and payments,
five-star reviews, refunds received, stolen parcels reported to the police, lawyers as happy
customers, violent idioms, knives and sports kit, visits to collect, denials, refused advice, past
trouble with other shops and "report" or "review" in harmless senses.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "chargeback": {
        "cb_already_filed_bank_d24": (
            "Just so you know, I rang my bank this morning and they've raised a dispute on the <amount> for order <order>. Their team will be in touch with you.",
            "already disputed it w my bank lol. good luck",
            "Dear Sir/Madam, please be advised that I have instructed my card issuer to reverse the payment made on <day> for order <order>. I consider the matter to be in their hands now. Regards, <name>",
            "Chargeback's in. Done waiting.",
            "My bank has all the papers since yesterday, they told me they will pull the payment back from your account, so no need any more to answer me.",
        ),
        "cb_paypal_dispute_d24": (
            "If nothing moves on this by <day> I'm opening a PayPal dispute, simple as that.",
            "opened a claim with paypal for the missing order, ball's in your court",
            "I paid through PayPal for a reason. One more week of silence and I'm going into the resolution centre and letting them deal with you.",
            "Honestly mate I've been more than patient, but PayPal buyer protection exists for exactly this, and I'll be using it if I hear nothing back.",
            "Kindly note I will be raising this with PayPal tomorrow morning if the tracking is still not updated.",
        ),
        "cb_credit_card_issuer_d24": (
            "My {Amex|Visa|Mastercard} is very good with disputes. Just saying.",
            "I paid by credit card, so if the <item> isn't here by <day> I'll be asking the card company to pull the charge.",
            "Is it really worth <amount> to you? Because the card company will take it off you anyway once I file, plus whatever fee they hit you with.",
            "Good afternoon. My credit card provider has advised me that I can dispute this transaction as goods not received. Unless the parcel arrives this week, I intend to do so.",
            "card company's getting a call from me monday",
        ),
        "cb_section75_uk_d24": (
            "I paid on my credit card, which means Section 75 covers me. I'll be putting a claim in with Barclaycard if this drags on any longer.",
            "Right, I've looked into it, and as it was over a hundred quid on my credit card I'm well within my rights to go to the card provider under section 75. Which I will, on <day>, unless the parcel turns up.",
            "section 75 claim going in tonight. not ideal but you've left me no option",
            "Just a heads up, love, my daughter is helping me fill in a Section 75 form for the bank this weekend.",
            "Thought you should know I've started the Section 75 process with my credit card company for order <order>.",
        ),
        "cb_bnpl_klarna_d24": (
            "Paid with Klarna. Pausing the payments and opening a dispute with them today.",
            "i used afterpay so im just gonna tell them it never came and stop paying the instalments",
            "Clearpay have a dispute button in the app. I'm giving you until <day> before I press it.",
            "The remaining instalments are on hold. I've flagged order <order> with Klarna as not received and they'll be contacting you.",
            "Not gonna keep paying Zip for something that never showed up. Lodging it with them as a dispute tonight.",
        ),
        "cb_wallet_upi_d24": (
            "Paid via Apple Pay, and my bank has a dispute option right there in the app. I'll use it if I don't hear back by <day>.",
            "Sir, I have done payment by UPI on <day>. If parcel is not reaching me within this week I am raising dispute with my bank for reversal of amount, kindly note.",
            "Revolut lets me challenge a card payment in two taps. Just so we're clear.",
            "I'm disputing the Google Pay charge. The bank said it takes about ten days to go through.",
            "if no tracking by tmrw im charging it back thru my banking app. not hard",
        ),
        "cb_hedged_no_choice_d24": (
            "I really don't want to go down this road, but I may have no choice but to ask my bank to reverse the charge.",
            "I'd hate to drag the bank into it, honestly, but I'm running out of other ideas here.",
            "Part of me thinks I should just dispute it with the card company and be done with it. I'm leaning that way.",
            "Look, I'm not someone who does chargebacks. Never done one in my life. This might end up being the first.",
            "It's looking more and more like a chargeback is the only way this ends, which is a shame, because I liked your shop.",
        ),
        "cb_deadline_conditional_d24": (
            "You have until 5pm <day>. After that the payment gets disputed.",
            "If the tracking for <order> hasn't moved by the weekend, I'll be calling my bank to reverse the <amount>.",
            "48 hours. Then it's a chargeback.",
            "Should I not have a reply by close of business on <day>, I shall contact my card issuer to have this transaction reversed.",
            "no answer by friday = chargeback. fair warning",
        ),
        "cb_sarcastic_rhetorical_d24": (
            "Do you think my bank will be as slow to answer as you are? Guess we're about to find out.",
            "Oh don't worry, no need to reply. My bank will reverse the charge, and they actually pick up the phone.",
            "What's easier for you, replying to one email or dealing with a chargeback? Your call.",
            "Funny how fast sellers reply once the bank's dispute team writes to them. Let's test that theory, shall we?",
            "Great, another automated reply. I'm sure the chargeback notice will get a proper answer.",
        ),
        "cb_buried_long_complaint_d24": (
            "Hello, I am writing again about order <order>. I ordered the <item> on <day> for the birthday of my son and on the site it says delivery in 3-5 days. Now it is nearly three weeks. I wrote two emails and one message on <platform> and nobody answer me. The tracking of <courier> shows the same status since ten days. I am very disappointed because I was recommending your shop to my colleagues. I told my bank already about this and they will make a chargeback when I say them. I will say them on Monday if nothing is changed. Best regards, <name>",
            "Good day, the package with the <item> came not. I have waited long and written many times. With my bank I can make a return booking of the payment and this I will do at the end of the week. Sorry, but this is how it is.",
            "Ah here. I ordered the <item> back at the start of the month, paid extra for tracked postage because it was for a christening, and it still hasn't turned up. The <courier> lad says it was never handed over to them. I've rang your number a few times and it just rings out. I don't want to be that person but I'll be on to the credit union about the <amount> first thing Monday if I can't get a straight answer.",
            "Howzit. Order <order> still isn't here and <courier> says they've got nothing from you. I've been patient, hey, but I'm phoning the bank tomorrow to dispute the card payment.",
            "To whom it may concern: I placed order <order> on <day> and received a shipping confirmation the same day. Since then the tracking number has shown 'label created' and nothing else. I have emailed twice and used your contact form once. I want to be fair, so I'm letting you know in advance: if I haven't heard anything by the end of this week, I will file a dispute with my credit card company. Sincerely, <name>",
        ),
    },
    "violence": {
        "vi_know_where_you_live_d24": (
            "Your return address is on the parcel label. I know exactly which street that is.",
            "funny how ur workshop is only 20 mins from my place",
            "I know where you live, and I know what your car looks like.",
            "It's a small town. People talk. Wasn't hard to find out where you live.",
            "Had a look at your house on street view. Nice front door. Be a shame if anything happened to it.",
        ),
        "vi_turn_up_in_person_d24": (
            "Keep ignoring me and I'll come down to your unit and sort you out face to face.",
            "ill be waiting outside ur shop when u close on <day>. and it wont be a friendly chat",
            "I'm driving over there tomorrow. You won't like how that conversation goes.",
            "Next time I'll be at your door, not in your inbox, and I won't be knocking politely.",
            "Maybe a visit in person is what you need. I'm a big lad and I'm not in a good mood.",
        ),
        "vi_through_others_d24": (
            "My cousins live near your warehouse. They'd be happy to pop by and have a word, if you know what I mean.",
            "i have some friends who deal with people like you. one phone call.",
            "My brothers are not patient men like me. I told them what happened and they asked me for your address.",
            "Me, I am calm person. But my husband's family, they will not be calm with you when they come to your shop.",
            "Be careful. The lads from my gym know about this now, and they know where your stall is at the market on Saturdays.",
        ),
        "vi_property_damage_d24": (
            "I'll put a brick through your shop window, see how you like waiting for things to get fixed.",
            "Your van's parked outside every day, isn't it. Be a shame if all four tyres went flat.",
            "Keep this up and that lovely shopfront of yours won't look so lovely.",
            "i swear i will smash every last thing on them shelves",
            "Accidents happen to warehouses. Fires, floods. Just saying.",
        ),
        "vi_direct_bodily_d24": (
            "If I see you I'll break your nose.",
            "You'll get a slap when I find you.",
            "Im going to hurt you for this. Im not joking.",
            "Honestly I'd knock your teeth out if you were standing in front of me right now.",
            "Somebody needs to give you a hiding, and I'm more than happy to be that somebody.",
        ),
        "vi_family_staff_d24": (
            "Tell that girl who answers your emails to watch herself walking to her car.",
            "You've got kids, haven't you? I'd think about them before ignoring me again.",
            "Your packers at the depot, I'll be waiting for them after their shift.",
            "Your wife runs the Instagram, right? She should be careful when she's out on her own.",
            "Whoever packed my order had better hope I never find out who they are.",
        ),
        "vi_hedged_veiled_d24": (
            "I'm not saying something bad will happen to you. I'm just saying I wouldn't be surprised if it did.",
            "People have been hurt for a lot less than this, you know.",
            "I can't promise I'll keep my hands to myself if I ever meet you.",
            "You'd better hope we never cross paths.",
            "Sleep well tonight. While you still can.",
        ),
        "vi_sarcastic_rhetorical_d24": (
            "Do you have good insurance? On your face, I mean.",
            "How fast do you think you can run? Because you'll need to.",
            "Shall I come round and explain it with my fists, since emails don't seem to work?",
            "Would a visit from me and a cricket bat help you find my parcel?",
            "oh dont worry, ill come give you my thoughts in person. with a crowbar.",
        ),
        "vi_teen_chat_d24": (
            "ur actually dead when i find u",
            "watch ur back fr",
            "gonna pull up on u and its not gonna be pretty",
            "keep ghosting me n see what happens to ur shop",
            "swear down ill batter you",
        ),
        "vi_long_email_buried_d24": (
            "Dear Sir, I am 74 years old and I have bought from small businesses all my life. I ordered a <item> for my granddaughter on <day> and paid <amount>, which is a lot of money for a pensioner. It has not arrived. I have telephoned and I have written. I have a son who is not as polite as I am. He has said he will come to your premises and deal with you himself, and I am not going to stop him. Yours faithfully, <name>",
            "G'day. Ordered the <item> a month ago, paid <amount>, tracking's been stuck at the <courier> depot for weeks and nobody at your end is answering. I've been pretty reasonable up to now. But I drive past your place on the way to work, and if I have to stop in, someone's getting hurt. Cheers.",
            "Dear team, this is my fourth mail regarding order <order>. The product I paid for is not delivered and your customer care number is always switched off. I am telling you very clearly, my uncle is staying in your city only, and he will come to your office with his people and teach you a lesson you will not forget. Do not take this lightly.",
            "Hi there, I've emailed three times about order <order> and I'm honestly at the end of my rope. I'm normally a pretty calm guy, eh, but if I have to drive out to your shop I'm going to leave it in pieces.",
            "Hello, I write you again because the <item> never arrive. I am very angry now. In my country we know how to treat people who take money and send nothing. If I come there, you will remember me all your life, I promise you this.",
        ),
    },
    "review": {
        "rv_one_star_d24": (
            "One star. That's what you're getting, and honestly it's generous.",
            "I'll be leaving a 1-star review on <platform> tonight so other buyers know what to expect.",
            "Enjoy your five-star average while it lasts.",
            "Just left you a one-star rating. With photos.",
            "Dear seller, I regret to inform you that my feedback for order <order> will reflect this experience, and it will not be positive.",
        ),
        "rv_trustpilot_google_d24": (
            "Trustpilot is going to hear all about this.",
            "My Google review is already written, it's just sitting in my drafts. Whether I post it is up to you.",
            "Have you looked at your Google reviews lately? I'm about to add to them.",
            "Writing the whole story up for {Trustpilot|Google|Feefo}, with screenshots of every email you never answered.",
            "tonight im putting this story up on every rating site that'll take it",
        ),
        "rv_social_media_d24": (
            "I've got 40k followers on TikTok. Would be a shame if they all heard about this.",
            "posting this on my insta story with ur shop tagged",
            "I'll be putting the whole thread, screenshots and all, up on Facebook tonight.",
            "Shall I tweet at you instead? Maybe you answer faster when it's in public.",
            "Next video on my YouTube channel: unboxing the <item> that never came. Should get a few views.",
        ),
        "rv_warn_other_buyers_d24": (
            "I'm going to make sure every other buyer knows to stay well away from this shop.",
            "will be warning everyone in my local mums group not to order from you",
            "Rest assured I'll be telling friends, family, colleagues and anyone else who'll listen about how this was handled.",
            "Other customers deserve to know what they're getting into, and I intend to tell them.",
            "My quilting circle has 200 members and they all buy fabric online. Guess what we'll be talking about at the next meeting.",
        ),
        "rv_forum_reddit_d24": (
            "Posting about this on r/Scams and the personal finance subreddit tonight.",
            "Mumsnet is going to love this one.",
            "I'm a regular on Whirlpool and ProductReview, and both are getting a detailed write-up of this.",
            "This'll be on the hobby forum by tonight, and that's a small world where everybody knows your shop.",
            "gonna make a reddit post about u, loads of people in the sub buy this stuff",
        ),
        "rv_press_media_d24": (
            "I've already been in touch with the consumer column at the local paper. They're very interested.",
            "I think the consumer programme on the telly would find this story quite interesting, don't you?",
            "A journalist friend of mine writes about dodgy online shops. I'm sending her everything tonight.",
            "If I hear nothing by <day>, my next email goes to the newspaper, not to you.",
            "Sir, I am planning to share my full experience with the consumer page of our city newspaper, with the order details and screenshots.",
        ),
        "rv_hedged_sarcastic_d24": (
            "I'd hate to have to write an honest review. It wouldn't be kind.",
            "I might just leave feedback that describes exactly what happened. Nothing more, nothing less.",
            "Oh I'm sure everyone on <platform> will love reading about your 'customer service'.",
            "Can't wait to see what your rating looks like after I share my experience.",
            "Funny thing about reviews, they stay up forever, don't they.",
        ),
        "rv_non_native_long_d24": (
            "Eish, order <order> is still not here after three weeks. I've messaged, emailed, even tried the number on your website. Nothing. I'm putting this on Hellopeter tonight so people can see how you treat customers.",
            "Hello, I have ordered the <item> and it came broken, the box was completely crushed. I send photos two times and no answer. I will write all of this in my review on <platform> with the photos, so the other buyers can see it.",
            "Dear sir/madam, very much disappointed with your service. I will be posting negative feedback on all platforms including Google about this experience.",
            "Grand so. If that's how you treat people, I'll be letting the whole of Facebook know about it. Small country, word gets around.",
            "Hi po, still no item until now. Sorry but I will post my experience in our buy and sell group, there are many buyers there.",
        ),
    },
    "legal": {
        "lg_small_claims_d24": (
            "I'll be filing a small claims case over the <amount>.",
            "Money Claim Online takes ten minutes to fill in. I've already started it.",
            "small claims it is then",
            "Just letting you know the VCAT application is half filled in.",
            "If I don't hear anything by <day> I'll be taking this to the small claims court. The fee's not much and I've got time on my hands, I'm retired.",
        ),
        "lg_solicitor_letter_d24": (
            "My solicitor will be writing to you this week.",
            "I've passed the whole file to my solicitor, so any further correspondence should go through them.",
            "You should expect a letter before action from my solicitor by <day>.",
            "Honestly I'm this close to getting a solicitor involved.",
            "My son-in-law is a solicitor and he's offered to take this on for me. I'm inclined to let him.",
        ),
        "lg_sue_lawyer_d24": (
            "I will sue you. I'm not bluffing.",
            "My attorney has copies of every email. See you in court.",
            "Keep stalling and this turns into a lawsuit.",
            "u want to get sued? bc this is how u get sued",
            "I'm meeting a lawyer tomorrow about order <order> and I'll be taking legal action on their advice.",
        ),
        "lg_hedged_rights_d24": (
            "I know my rights under the Consumer Rights Act, and I'm prepared to go to court over them.",
            "I would rather not take legal action, but I will if I have to.",
            "This may well become a legal matter if it carries on, and I'm keeping a record of everything.",
            "Don't make me get lawyers involved.",
            "At this point I see no option other than legal proceedings.",
        ),
        "lg_non_native_d24": (
            "Hello, I inform you that I will go with this case to the court. I have all the emails as proof.",
            "Sir, I have spoken with my advocate and he is sending you legal notice within two days.",
            "My cousin is lawyer, so for me it costs nothing to sue you. Think about this.",
            "I will give this matter to my lawyer if until <day> I have no answer.",
            "I prepare now a file for the tribunal, with all the messages and the bank statement.",
        ),
        "lg_sarcastic_long_d24": (
            "Would you rather answer me, or a judge?",
            "I wonder if you'll ignore a court summons as well as you ignore emails.",
            "Hello, I purchased the <item> (order <order>) on <day> for <amount>. Despite three emails and two calls, I have received no shipping information and no reply. I have documented every attempt to contact you. This message serves as notice that I intend to file a claim in small claims court if I do not receive a response within seven days. <name>",
            "Sorry to be a pain, but I talked to a friend who's a paralegal and she says I've got a pretty good case for small claims here. Just letting you know that's where I'm headed.",
            "Lovely. So now my lawyer gets to bill me for writing to you. Hope you enjoy reading it.",
        ),
    },
    "report": {
        "rp_trading_standards_uk_d24": (
            "I'm reporting you to Trading Standards.",
            "Citizens Advice have my complaint and they're passing it on to Trading Standards.",
            "If this carries on I'll have no choice but to contact Trading Standards.",
            "trading standards are getting an email off me tonight",
            "I'll be letting Trading Standards know how you do business, which I'm sure they'll find interesting.",
        ),
        "rp_bbb_ftc_us_d24": (
            "Filing a BBB complaint today.",
            "The FTC has a whole online form for this. I just filled it out.",
            "If I don't see movement by <day>, I'm taking this to the consumer protection division in my state.",
            "ftc complaint incoming",
            "I've reported this to the Better Business Bureau and to my state's consumer affairs department.",
        ),
        "rp_platform_marketplace_d24": (
            "I'm reporting this listing and your shop to <platform>.",
            "Opening an A-to-z claim with Amazon tonight.",
            "Etsy's case system exists for a reason. I'm using it.",
            "gonna flag ur store to ebay, see how they like sellers who dont ship",
            "I've contacted <platform> support with all the screenshots. They said they'll be looking into your account.",
        ),
        "rp_police_fraud_d24": (
            "I'm going to the police with this. Taking money and sending nothing is fraud.",
            "Action Fraud have a report from me now, reference number and all.",
            "I've already filed a police report naming your business.",
            "if i dont hear back im calling the cops, this is theft",
            "The Gardaí will be hearing about this on Monday.",
        ),
        "rp_consumer_body_intl_d24": (
            "Lodging a complaint with the ACCC and NSW Fair Trading today.",
            "I'll be contacting the CCPC about this.",
            "I'll be filing a complaint with the Competition Bureau and with the Office de la protection du consommateur.",
            "This is going to the National Consumer Commission, hey.",
            "I am lodging complaint on National Consumer Helpline about your company today itself.",
            "I have submitted a complaint about your shop to the European Consumer Centre.",
        ),
        "rp_hedged_sarcastic_d24": (
            "I'm sure Trading Standards would love to hear how you treat people. Shall I ask them?",
            "I really don't want to get the authorities involved, but you're making it very hard not to.",
            "Maybe the regulator will have better luck getting an answer out of you than I did.",
            "It might be time to let <platform> know what's going on with this shop.",
            "Do you think the consumer protection people will be as patient as I've been?",
        ),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_dispute_howto_d24": (
        "Quick question before I order: if something goes missing in the post, do you sort it out yourselves or would I need to go through PayPal?",
        "How does buyer protection work on your site? Just curious, I've never needed it.",
        "Does paying with Klarna change anything if I ever need to send something back?",
        "What's the usual process when a parcel shows as delivered but isn't there? Asking for a friend who ordered from you too.",
        "Is there a time limit on raising a problem with an order, or can it be done any time?",
        "my uncle says chargebacks really hurt small sellers, is that true? never knew that",
    ),
    "inn_five_star_d24": (
        "Arrived in two days, beautifully wrapped. Leaving you a five-star review right now!",
        "Posted about your shop on my Instagram, hope that's okay! Everyone keeps asking where the <item> is from.",
        "10/10 would buy again. I've told all my friends about you.",
        "just left u a glowing review on <platform> xx",
        "A journalist friend is writing a piece on small independent shops and I mentioned you. She may get in touch, all good things I promise!",
        "Gave you 5 stars on Google, you deserve it. Thanks, <name>.",
    ),
    "inn_refund_received_d24": (
        "Refund arrived this morning, thanks so much for sorting it so quickly.",
        "Got the money back on my card, all good. Would definitely order again.",
        "Thank you for the refund. The bank took a few days but it's there now.",
        "Just confirming the <amount> came through. Appreciate the hassle-free return.",
        "recieved the refund thank u!! sorry again for the mix up on my end",
    ),
    "inn_police_stolen_parcel_d24": (
        "Bad news: our porch camera caught someone taking the parcel. I've reported it to the police. Nothing you could have done, just thought you should know.",
        "The police gave me a crime reference number for the stolen parcel, in case the courier ever asks you about order <order>.",
        "Not your fault at all, someone's been nicking parcels all along our street. The police are looking into it.",
        "fyi a neighbours cctv shows some guy grabbing my box off the step, ive reported it to the cops",
        "Our building had a break-in and several deliveries were stolen, including yours. I have filed a report with the police and told the landlord.",
    ),
    "inn_solicitor_recommended_d24": (
        "My solicitor recommended your shop, she bought the same desk organiser last year.",
        "I'm a lawyer and needed a nice pen for court days. This one is perfect.",
        "Ordering on behalf of our law firm: do you do bulk orders for office gifts?",
        "A friend who works at the small claims court bought your candles and raved about them.",
        "My husband's a barrister and he absolutely loves the leather briefcase, thank you.",
    ),
    "inn_violent_idioms_d24": (
        "This wait is killing me, I'm so excited for the <item>!",
        "I could murder a cup of tea after opening all these boxes.",
        "My wife is going to kill me when she sees how much I spent here.",
        "the new colours are absolutely to die for",
        "That dress knocked them dead at the wedding, honestly.",
        "I'd fight someone for the last one in stock haha",
    ),
    "inn_weapon_products_d24": (
        "Is the chef's knife full tang? And does it come with a blade guard?",
        "Do you ship hunting knives to Scotland, or are there restrictions?",
        "Bought the baseball bat for my son's team, it's great quality.",
        "Will the axe arrive sharpened, or should I hone it first?",
        "Is the replica sword blunt? It's for a cosplay convention.",
    ),
    "inn_sport_talk_d24": (
        "The boxing gloves are brilliant, my coach says I'm hitting harder already.",
        "Our rugby lads are going to smash the opposition in these new kits!",
        "Bought the punch bag for stress relief and it's taken a proper beating already.",
        "Our cricket club loved the bats, the boys were knocking balls for six all afternoon.",
        "do the mma shin guards run small? my mate destroyed his old pair",
    ),
    "inn_visit_collect_d24": (
        "I live nearby. Could I come by your workshop on <day> to collect instead of paying for postage?",
        "I know where your unit is, I pass it on the way to work. Is it OK to pick up from there?",
        "Would love to visit the shop in person next time I'm in town. Are you open at weekends?",
        "Is it alright if my husband swings by to pick up order <order>? He'll be in the area on <day>.",
        "Is it possible to see the rugs in person before buying? Happy to drive over.",
    ),
    "inn_denials_d24": (
        "Don't worry, I'm not going to dispute the charge, I just wanted to let you know it's late.",
        "I won't leave a bad review, these things happen with the post.",
        "I'm not the sort to go running to the bank over something like this.",
        "No need to panic, I'm not reporting anyone, I'm only wondering where it's got to.",
        "I'd never sue a small business over a late parcel, relax!",
    ),
    "inn_advice_refused_d24": (
        "My sister keeps telling me to report you to Trading Standards, but honestly I'd rather just sort it out with you.",
        "My husband said to do a chargeback. I told him no, you've always been good to me.",
        "Everyone in the Facebook group said to leave a one-star review. I don't think that's fair when you've been so helpful.",
        "a mate reckons i should get a solicitor involved lol. its a £20 mug, im not doing that",
        "My dad said I should go down there and give you a piece of my mind, but I'd much rather just email.",
    ),
    "inn_other_shop_past_d24": (
        "Last year I had to take another seller to small claims, so I'm really glad you're so easy to deal with.",
        "Had to do a chargeback on a different shop once, total nightmare. Never had an issue with you.",
        "I left a terrible review for a shop that sent me fake trainers a while back. Your stuff is the real deal, thank you.",
        "The last place I bought from ghosted me and I ended up reporting them to eBay. So nice to have a seller who replies!",
        "A shop in town once threatened to call the police on my son for nothing, so your kindness today meant a lot.",
    ),
    "inn_report_review_word_d24": (
        "Just reporting a small typo on your product page: 'recieve' should be 'receive'.",
        "The <courier> report says it was left with a neighbour, I'll go and check.",
        "Could I get an invoice for this one? It's for my expenses report.",
        "I'm writing a review of your planner for my blog. Could I use a couple of your photos?",
        "My daughter did her school report on small businesses and she chose your shop!",
    ),
    "inn_bank_payment_talk_d24": (
        "My bank flagged your payment as suspicious but I've told them it's fine, so it should go through now.",
        "Can I pay with Afterpay, or is it card only?",
        "The charge shows as pending on my card, is that normal before dispatch?",
        "Paid via PayPal, just checking it came through okay on your end.",
        "Does Apple Pay work at your checkout? Asking before I try.",
    ),
}  # fmt: skip


def dev24() -> dict[str, Families]:
    """Generator category -> the dev24 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
