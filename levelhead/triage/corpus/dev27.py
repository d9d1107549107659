# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-10 development families (dev27, a mixed inbox of every threat type, kept unseen): customer messages by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md) and the
``Families`` alias and ``by_category`` in ``dev.py``; never ``heldout.py``, ``fragments.py``, the
other dev files, the generated data or the rule files. The texts were never run through the triage
engine, so the phrasing is not shaped by what the rules catch.

The brief: a small seller's inbox on a bad month, ten families for each of legal, report,
chargeback, review and violence, each said in five voices (terse chat, ordinary emails with the
threat mid-complaint, pensioners, parents, teenagers, tradespeople, other small businesses and
buyers abroad writing English). Hard negatives: a solicitor or police officer as the customer's
job, "report" as a noun, bank holidays and transfers, a chargeback on some other shop, promised
good reviews, tennis courts, kitchen knives, "killing me", denials, thanks and polite complaints.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "legal": {
        "solicitor_letter_d27": (
            "ok thats it my solicitor is sending u a letter",
            "Order <order> turned up smashed on <day> and my three emails since have gone unanswered. I've now handed the whole thing to my solicitor, who will be writing to you formally this week.",
            "Dear Sir or Madam, I regret that I have been obliged to instruct solicitors in this matter. You should expect a letter before action concerning the <item> within the next few days.",
            "Ye've had <weeks> weeks to sort it. The letter from my solicitor goes out Monday, so it does.",
            "cool cool cool. my solicitor can ask u where my <amount> went then, since u wont tell me",
        ),
        "small_claims_d27": (
            "see u in small claims m8",
            "I paid <amount> for a <item> that never came and now you've stopped replying. I've filled in the online small claims form already and I'll submit it on <day> if I hear nothing before then.",
            "My husband says we're taking you to the small claims court and honestly I'm not going to talk him out of it.",
            "In Germany we would go to the court for this, and I will do the same in your country. I have already found how to make a claim at your county court.",
            "IF I DONT HAVE MY MONEY BY FRIDAY THIS IS GOING TO COURT",
        ),
        "lawyer_relative_d27": (
            "my sisters a lawyer and shes very interested in ur refund policy. shes writing to u",
            "Just so you're aware, my father is a retired barrister and he has offered to take this on for me. He's drafting a claim against your business as we speak.",
            "My cousin work in a law firm in Lagos and she say we can sue your company for this matter. We are proceeding with it.",
            "Hi, I showed your last reply to my partner, who's a solicitor. She's agreed to act for me, so the next thing you get will be from her office.",
            "funny how u can ignore me but u wont be able to ignore my uncle. hes an attorney and hes filing against u",
        ),
        "consumer_law_d27": (
            "Under the Consumer Rights Act the <item> should be fit for purpose, and it isn't. If the refund hasn't been processed within <days> days I'll issue proceedings against you without further notice.",
            "pretty sure this breaks consumer law so im taking legal action",
            "With respect, you are in breach of contract. Please treat this email as formal notice of my intention to commence legal proceedings.",
            "the <item> is not fit for purpose. im pursuing u through the courts for the full <amount>",
            "Dear Madam, As a retired magistrate I am well aware of my rights. Unless the refund is made, proceedings will be issued in the county court.",
        ),
        "sue_plain_d27": (
            "im gonna sue",
            "keep ignoring me n ill sue u, simple as",
            "It's been <weeks> weeks. Another week of silence and I will sue. I'm not joking anymore.",
            "I AM SUING YOU. DONE.",
            "We're a small business too, so I understand how things slip, but <amount> is a lot of money for us and we will sue to recover it if we have to.",
        ),
        "legal_advice_taken_d27": (
            "I've taken legal advice about order <order> and I'm told I have a strong case. I'll be starting a claim against you on <day>.",
            "spoke to a lawyer at work, he says i can take u to court so thats what im doing",
            "I went to the free legal clinic at my university today and they are going to help me file a case against your shop.",
            "Today I was by my lawyer (Anwalt) and he opens now the case against your firm. You will get his letter.",
            "my union's legal people have had a look and they reckon it's worth going after you for it. expect to hear from them",
        ),
        "court_deadline_d27": (
            "You have until <day> to refund order <order>. After that I'm filing a claim with the court and adding the court fee to what you owe me.",
            "refund by {friday|monday} or court. ur choice",
            "Order <order>: lost parcel, wrong replacement, no reply. Three strikes. Next stop is the county court.",
            "If the money has not reached my account within <days> working days I shall have no alternative but to pursue the matter through the courts.",
            "Kindly note that failure to respond will leave me no option than to take you to court. I am not bluffing this time sir.",
        ),
        "claim_filed_d27": (
            "I've filed a money claim online against your business for <amount> plus costs. The papers will reach you in the post.",
            "claims been filed. see u in court",
            "Just letting you know the court papers were lodged this morning. You'll get the reference shortly.",
            "Lodged my claim against you at the small claims tribunal here in Queensland this arvo. Have a good one.",
            "i already did the online court claim thing so ur getting served lol",
        ),
        "group_claim_d27": (
            "Found loads of people on Reddit with the exact same problem. A few of us are clubbing together to hire a lawyer and sue you.",
            "me and 4 others from the facebook group are suing u together",
            "There are at least a dozen of us who never received our orders from <platform>. We've pooled money for a solicitor and a group claim will be filed against you.",
            "class action incoming 🙃",
            "My neighbour bought from you as well and got the same broken <item>. We are both taking you to court over it, together.",
        ),
        "through_my_lawyer_d27": (
            "From now on all communication goes through my lawyer, who is preparing the claim against you.",
            "im done talking to u. my lawyer can do it in court",
            "Please direct any reply to my solicitor, whose details follow below. She is bringing a claim for the <amount> on my behalf.",
            "ur gonna be hearing from my attorney about this, hes already got the paperwork",
            "Okay. I tried being nice. The next email you get about order <order> will come from a law firm.",
        ),
    },
    "report": {
        "trading_standards_d27": (
            "reporting u to trading standards",
            "I ordered a <item> on <day>, paid <amount> and haven't heard a thing since. I've filled in the Trading Standards referral form and it goes off tomorrow unless I get a reply.",
            "My wife rang Trading Standards about you on <day> and they've taken all the details down.",
            "Dear Sirs, I intend to bring your conduct to the attention of Trading Standards forthwith.",
            "I'm sure trading standards will love hearing about your 'refund policy'. Emailing them now.",
        ),
        "marketplace_case_d27": (
            "reported u to <platform>",
            "I've opened a case with <platform> about your shop because the item is nothing like the photos. Expect them to be in touch.",
            "If I don't hear back by tomorrow I'm flagging your listing to <platform> as a scam.",
            "ok im contacting <platform> customer service and telling them everything",
            "Please be aware that I have asked <platform> to review your seller account for misleading descriptions.",
        ),
        "bbb_ftc_d27": (
            "filing a BBB complaint rn",
            "Y'all charged me <amount> twice and won't answer the phone. I'm filing with the Better Business Bureau and the state attorney general's consumer office tonight.",
            "My husband already submitted a report to the FTC about your website.",
            "Next stop is the BBB, then the FTC. Not kidding.",
            "Ma'am, I will be contacting the Better Business Bureau regarding order <order> if this isn't resolved by <day>.",
        ),
        "police_fraud_d27": (
            "order <order> is fraud and im going to the police",
            "I paid <amount> by bank transfer for a <item> that apparently doesn't exist. I reported you to the police this morning and I've got a crime reference number.",
            "My son says this is theft plain and simple, and he's taking it down to the police station tomorrow.",
            "Sir you have taken my money and not delivered. I will be lodging complaint against your company with the cyber crime cell.",
            "I'll be down the Garda station reporting you if that money isn't back in my account by Monday.",
        ),
        "consumer_body_abroad_d27": (
            "contacting the ACCC about ur shop mate",
            "I will write to the Verbraucherzentrale about your company. In Germany this is not allowed.",
            "Since you won't answer, I've sent a complaint about order <order> to the European Consumer Centre.",
            "Which? have a complaint template online and I'm filling it in about you right now.",
            "We will be escalating our complaint to the Consumer Council, as we feel we've been treated very unfairly.",
        ),
        "atoz_claim_d27": (
            "opening an a-z claim",
            "The tracking hasn't moved in <weeks> weeks, so I'm opening an A-to-z Guarantee claim with Amazon. Sorry, but I've waited long enough.",
            "ebay money back guarantee case goes in tonight if u dont answer",
            "I'll give you till the end of <day>, then Etsy's case system gets involved.",
            "I have no choice but to ask <platform> to step in, as you have ignored three messages. I will open the claim on <day>.",
        ),
        "told_to_report_d27": (
            "<platform> support told me to report your shop if you didn't reply by today, so that's what I've done.",
            "my mum rang <platform> and they said she should report the listing. shes doing it now",
            "The agent on <platform>'s chat said they suspend sellers like you once enough reports come in. Mine's going in this afternoon.",
            "apparently u can get banned from <platform> for this. reporting",
            "I was advised by the marketplace to escalate my complaint about your store to their resolution team, and I have now done so.",
        ),
        "product_safety_d27": (
            "That charger from order <order> nearly set fire to my kitchen. I'm reporting it to the Office for Product Safety and Standards so they can get it pulled.",
            "this toy has tiny bits that snap off, im reporting it to consumer safety",
            "Dear Sir, the electrical <item> you sold me carries no safety marking whatsoever. I shall be informing the authorities responsible for product safety.",
            "my landlords an electrician and he said this plug is illegal. reporting u to the council",
            "IF THIS TURNS OUT TO BE FAKE IM REPORTING YOU TO CUSTOMS",
        ),
        "tax_office_d27": (
            "bet hmrc dont know about ur little side business. they will soon",
            "You clearly aren't a registered business. I'll be letting HMRC and Companies House know about you.",
            "Do your customers know you don't charge VAT? The tax office will, by Friday.",
            "ur not even registered lol. reporting u to the IRS",
            "I am quite sure the taxman would like a word with you. I shall be writing to them this week.",
        ),
        "data_protection_d27": (
            "You emailed my order details and home address to another customer, <name> has just forwarded them to me. I'm reporting this data breach to the ICO.",
            "u sent my address to a stranger?? reporting this to the ICO",
            "I asked for a copy of my data <weeks> weeks ago under GDPR. If it hasn't arrived by <day> I will complain to the data protection authority.",
            "I will inform the Datenschutz authority in Bavaria about how you keep my data, this is not correct.",
            "Still no reply to my subject access request. Information Commissioner's Office it is, then.",
        ),
    },
    "chargeback": {
        "bank_recall_d27": (
            "just rang the bank, theyre taking the money back off u",
            "I've waited <weeks> weeks for the refund you promised on <day>. This afternoon I asked my bank to recall the payment for order <order>.",
            "The manager at my branch told me they can recover the <amount> from your account, and I've told them to go ahead.",
            "bank will get my money back since u wont",
            "Please be advised that I have instructed my bank to dispute this transaction.",
        ),
        "paypal_case_d27": (
            "opening paypal case",
            "Order <order> never arrived and the tracking hasn't updated since <day>. If there's no refund by the weekend I'll open an item-not-received case with PayPal.",
            "PayPal buyer protection exists for sellers like you, so I'm using it.",
            "Paypal have my claim for <amount> now. They said you've got ten days to respond.",
            "Hi ma'am/sir, I will file the dispute on Paypal tomorrow if still no answer po. Thank you.",
        ),
        "section75_d27": (
            "I paid by credit card, so I'm making a Section 75 claim with my card provider for the full <amount>.",
            "section 75 it is then",
            "My credit card covers purchases over a hundred pounds and I've told them everything. Expect the money to be taken back.",
            "Amex are very good at this sort of thing. <amount> for a broken <item>? No. I've already called them about you.",
            "I shall be writing to my credit card company to reclaim the sum under Section 75 of the Consumer Credit Act.",
        ),
        "buy_now_pay_later_d27": (
            "paused my klarna payments and opened a dispute",
            "I'm not paying the rest of the Klarna instalments for a <item> I never received. I've opened a dispute in the app this morning.",
            "afterpay dispute lodged mate",
            "My daughter bought this on Clearpay, so we've stopped the payments and told Clearpay it never came.",
            "klarna says i can dispute it if u dont respond in <days> days so tick tock",
        ),
        "block_payments_d27": (
            "I've asked my bank to block any further payments to your company and to refund the last one.",
            "cancelled the card and disputed the charge, bye",
            "My wife's on the phone to the bank right now getting every one of the subscription payments reversed.",
            "If one more charge of <amount> shows up on my statement I'll have the lot reversed by my bank.",
            "STOP CHARGING MY CARD. THE BANK IS REVERSING ALL OF IT.",
        ),
        "double_charge_d27": (
            "u charged me twice so im disputing both with my bank",
            "I've been billed <amount> twice for order <order>. I'll give you until <day> to return the duplicate, after which I'm raising a dispute with my card issuer.",
            "Charged twice?? Really? Fine. I've flagged both payments with my bank as not authorised.",
            "Dear Sir, my statement shows two debits. I have notified the card issuer and requested that both be returned to me.",
            "The double charge has gone to Mastercard as a disputed transaction.",
        ),
        "unauthorised_d27": (
            "telling my bank this was fraud",
            "As far as I'm concerned the <amount> was an unauthorised transaction, and that's exactly what I've told my bank.",
            "Bank said they'll treat it as fraud and get the money off you. Should've just refunded me.",
            "Since the goods never arrived, I shall notify my bank that the payment was fraudulent and have it returned.",
            "my bank in Poland will make the chargeback, they told me it is simple for them",
        ),
        "parents_card_d27": (
            "my mum says shes getting the money back from her bank if u dont refund",
            "My son used my card to buy this <item> and it's broken. Frankly, I'll dispute the charge unless you refund it this week.",
            "dads ringing the bank tmrw to undo the payment so ur not keeping that money",
            "I'm a mother of three and I don't have <amount> to throw away. The bank is getting this payment cancelled.",
            "Hi, this is Jake's mum. The payment on my card for order <order> is being disputed with my bank as of today.",
        ),
        "chargeback_word_d27": (
            "chargeback incoming",
            "Give me one reason not to file a chargeback today, because I'm about to.",
            "I will be processing a chargeback for the full amount via my bank on <day> unless you contact me first.",
            "A chargeback costs the seller a fee, I believe. You'll be paying one by <day> if my refund isn't here.",
            "I work in retail myself so I know how much you lot hate chargebacks. That's what's happening next if nothing changes.",
        ),
        "bank_said_d27": (
            "My bank said to give you one last chance before they raise the dispute for me. This email is that chance.",
            "bank says they can get it back so im letting them",
            "Spoke to the card people. They reckon it's a clear case, so they're reversing it.",
            "The lady at the bank told me I can get my money back through them, and I've already filled in the form.",
            "My bank (Revolut) advised to wait <days> days for the merchant to answer before the dispute. That time finish tomorrow.",
        ),
    },
    "review": {
        "one_star_d27": (
            "1 star. deserved.",
            "The parcel came <days> days late and the box was soaked through. You'll be getting a one-star from me on <platform> once I've had the chance to write it up.",
            "Honestly I was going to give you five stars. It'll be one now.",
            "Zero stars if I could, but I'll have to settle for giving you one.",
            "The lowest rating the website allows is what you are going to receive from me, I'm afraid.",
        ),
        "trustpilot_google_d27": (
            "google review going up tonight and its not nice",
            "I'm writing an honest review on Trustpilot about how you handled order <order>. It won't be flattering.",
            "Ordered on <day>, arrived in pieces. My husband has already written the Google review, I'm just adding the photos of the damage.",
            "Your Google rating is 4.8 right now. Let's see what it is after I'm done.",
            "I shall be posting a full account of my experience on Trustpilot for the benefit of your other customers.",
        ),
        "social_post_d27": (
            "going on {twitter|x|threads} with this",
            "Photos of the smashed <item> are going on my Instagram with your shop tagged. Thought you should know.",
            "My daughter has 40k followers on <platform> and she's filming a video about you tonight.",
            "It's on my story already. Enjoy the DMs.",
            "i'll be making a tiktok about this whole experience dont worry ill tag u",
        ),
        "local_word_d27": (
            "All the mums at the school gate will know about this by Monday.",
            "putting it in the village whatsapp so nobody else gets caught out",
            "I run a small knitting group and I'll be telling every one of our members not to buy from you.",
            "I'm in three parenting forums and I'll be sharing how you've treated me in all of them.",
            "gonna tell everyone at work not to use u",
        ),
        "negative_feedback_d27": (
            "neg feedback on its way",
            "I'm leaving negative feedback on <platform> for this order. The item was nothing like the listing and you've ignored both my messages.",
            "Feedback will reflect the service. And the service has been dreadful.",
            "Fifteen years on <platform> and I've never left a negative. You'll be my first.",
            "Dear seller I am sorry but I must give you the bad feedback, the <item> is not original. Sorry but it is true.",
        ),
        "name_and_shame_d27": (
            "name and shame time",
            "If I haven't heard back by <day>, I'll be naming your business in the consumer complaints group on Facebook, with screenshots of every email.",
            "Screenshots of our whole conversation are going online. People deserve to see how you talk to customers.",
            "Your shop is going on the Reddit scam list.",
            "i will make sure ur business name is attached to the word scam on every site i can find",
        ),
        "edit_old_review_d27": (
            "I gave you 5 stars last year. Changing it today.",
            "Just so you know, I'm editing my old review. Not in a good way.",
            "i left u a nice review when i ordered. thats getting deleted and replaced with the truth",
            "Remember that glowing review I wrote in March? After <weeks> weeks waiting on this order, it's being rewritten tonight with everything that's happened since.",
            "My previous positive feedback will be amended to reflect this second order, which has been a disaster from start to finish.",
        ),
        "creator_channel_d27": (
            "I review craft supplies on my YouTube channel. Your shop is in the next video, and it won't be a flattering segment.",
            "blog post about this is half written",
            "As a food blogger with a decent following I have to be honest with my readers, and they are going to hear about this.",
            "Guess what my next podcast episode is about. Hint: it's you, and it isn't nice.",
            "I'm a teacher and I post my classroom hauls online. This one is going up as a warning.",
        ),
        "tell_other_buyers_d27": (
            "people need to know what ur like and ill make sure they do",
            "I'll be answering every question on your listing page with what happened to me, so buyers know what they're getting into.",
            "Anyone who asks me where I got this <item> is getting the full story, believe me.",
            "I will tell all my people in the Nigerian community here not to buy from your shop. Word travels fast.",
            "gonna make sure nobody in my discord ever buys from u again",
        ),
        "review_or_refund_d27": (
            "Such a lovely-looking shop, <name>. It'd be a pity if the reviews said otherwise, which they will if I don't have a refund by Friday.",
            "refund me or the review writes itself",
            "You've got until <day> to fix this before I tell the internet how it went.",
            "What would you like me to put in my review? Because right now I'm going with 'avoid'.",
            "Fix it and I'll happily leave a good review. Don't, and I'll leave the other kind.",
        ),
    },
    "violence": {
        "your_address_d27": (
            "got ur address off the returns label. dont make me come round there",
            "Your business address is on the invoice. If I have to drive over there it won't be for a chat, and you won't like how it ends.",
            "Still no sign of order <order>. My brothers and I know where your unit is. You don't want us turning up.",
            "I KNOW WHERE YOU LIVE",
            "Funny thing about running a business from home, the address is on the parcel. I'll be paying it a visit you won't forget.",
        ),
        "hurt_driver_packer_d27": (
            "if that driver throws my parcel over the fence again im breaking his arm",
            "next time ur delivery guy chucks my stuff in a puddle hes getting a slap",
            "Whoever packed this <item> deserves a smack, and if I ever meet them they'll get one.",
            "I'll be waiting for the courier {tomorrow|on <day>} and he'll be leaving with a black eye.",
            "Tell your packer that if I see them at the depot I'll lay them out.",
        ),
        "property_damage_d27": (
            "ill put a brick through ur shop window",
            "Your van's parked outside every morning, isn't it. Be a shame if all four tyres got slashed.",
            "If I don't get a refund I'm coming to your market stall on <day> and I'll smash every last thing on it.",
            "im gonna key ur car",
            "Ordered a <item> <weeks> weeks ago, still nothing, no reply. Next time I pass your shop the window's going in.",
        ),
        "physical_fight_d27": (
            "someones going to get hurt over this and it wont be me",
            "Keep ignoring me and see what happens when I catch you in person. You'll need a dentist.",
            "I'm a big lad and I've had enough of waiting <weeks> weeks. Refund me or I'll sort you out with my fists.",
            "I swear if I see you I will hit you.",
            "my boyfriend says hes going to batter whoever runs this shop",
        ),
        "family_threat_d27": (
            "You've got kids, I saw them on your Facebook. Think about their safety before you ignore me again.",
            "I've seen your family on your Instagram. Wouldn't want anything bad to happen to them, would you.",
            "ur wife works at the shop too right. tell her to watch herself",
            "I know what school your children go to from your posts. Refund the <amount>.",
            "Your wife and kids are going to pay for this, and not with money, I'll see to that personally.",
        ),
        "send_the_lads_d27": (
            "me and the lads will be down ur warehouse saturday and we're not coming to shop",
            "My cousins live near your shop. I've asked them to pay you a visit and make you understand the hard way.",
            "I'll send some people round to have a word. They're not the talking sort.",
            "If my money isn't back by <day> a few of my mates will be at your door, and they won't be knocking politely.",
            "we know ur shop. 3 of us. friday. bring a first aid kit",
        ),
        "kill_you_d27": (
            "I'm going to find you and I'm going to kill you. I mean it.",
            "ur dead when i find u",
            "You won't live long enough to spend my <amount>.",
            "Honest to God I'll strangle whoever runs this shop with my bare hands.",
            "KEEP MY MONEY AND YOU'RE A DEAD MAN",
        ),
        "arson_d27": (
            "ill burn ur warehouse to the ground",
            "Your stock would make a lovely bonfire. I know where you keep it, and I've got matches.",
            "Ignore me one more time about order <order> and I'm setting fire to your stall.",
            "If I'm not refunded I will come and torch the place, don't think I won't.",
            "petrols cheap and ur shed is made of wood. refund me before i do something about it",
        ),
        "return_it_in_person_d27": (
            "I'll bring this broken <item> to your shop and break it over your head.",
            "gonna return it in person. straight thru ur window",
            "The next time I'm in your shop I'm throwing this <item> at whoever's behind the counter.",
            "I'm coming to return it personally and you're going to wear it.",
            "Rather than post it back, I'll deliver it to your face.",
        ),
        "watch_your_back_d27": (
            "watch ur back",
            "<name>, I'd be careful walking to your car after closing if I were you. I'll be waiting.",
            "Lock your doors tonight. I'm coming for you.",
            "You'll want to look over your shoulder from now on, because one day I'll be there and I'll hurt you.",
            "Big talk from behind a screen. Let's see how brave you are when I catch you outside your unit and swing for you.",
        ),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_solicitor_job_d27": (
        "Hi, I'm a solicitor and need the navy folders for my office by <day>. Do you do bulk orders?",
        "my wife's a lawyer so she'll love the leather <item> lol, can u giftwrap it",
        "Could you put the name of our law office on the invoice? It's for the firm's records.",
        "I work as an usher at the crown court, so the pocket diary will be perfect. Thanks!",
        "We're ordering this as a retirement gift for our senior partner at the law firm. Is engraving possible, and how long does it take?",
    ),
    "inn_report_noun_d27": (
        "hi how do i report a problem with my order, the lid is cracked",
        "The courier's report says 'left with neighbour' but none of my neighbours have it. Could you check with <courier> please?",
        "Can I get a report of all my orders since <day> for my accountant?",
        "My son's school report came on the same day as your parcel, so two bits of good news!",
        "Just to report back: the <item> arrived in perfect condition. Thank you.",
    ),
    "inn_good_review_d27": (
        "ill leave u 5 stars when it arrives!!",
        "Thank you so much for sorting the replacement so quickly. I've left you a glowing review on <platform>.",
        "Will definitely be posting pics on insta, it's gorgeous 😍",
        "Going to tell all my friends about your shop, they're going to love it.",
        "Your shop is a little gem. I wrote a review on Google last night, hope it helps.",
    ),
    "inn_bank_words_d27": (
        "will it ship before the {bank holiday|long weekend}",
        "Can I pay by bank transfer instead? My card was cancelled after I lost my purse.",
        "My bank flagged your payment as unusual. I've told them it was me, so could you try it again?",
        "The refund showed up in my bank account this morning. Thanks a lot.",
        "Sorry for the delay paying, my banking app was down all weekend.",
    ),
    "inn_chargeback_elsewhere_d27": (
        "I had to do a chargeback on a different shop last year so I'm a bit nervous. Has this one definitely shipped?",
        "Just checking before I order. I got burned by another site and had to dispute it with PayPal, but you seem lovely!",
        "I don't want to open a PayPal case, I'd much rather sort it with you directly. Could you check the tracking for order <order>?",
        "my mate said to chargeback but nah ur a small shop, just send a new one when u can",
        "Is PayPal buyer protection available on your shop? Just asking in general.",
    ),
    "inn_killing_me_d27": (
        "the wait is killing me lol when does it ship",
        "These prices are killing me 😂 any discount codes going?",
        "I could murder a cup of tea after that courier saga, but it's here now, thanks!",
        "My feet are killing me in these boots. Do you do the next size up?",
        "lol my cat tried to destroy the box but the <item> survived",
    ),
    "inn_court_sport_d27": (
        "do these trainers work on a squash court",
        "We're ordering the net for the tennis court at our club. Will it fit a standard court?",
        "Is there a free trial on the subscription box?",
        "We need the banner for the food court at the market on <day>. Can you make that?",
        "The basketball arrived and the kids are out on the court already, thanks!",
    ),
    "inn_police_mention_d27": (
        "My parcel was stolen off the doorstep. I've reported it to the police and they gave me a reference. Could you resend? I'm happy to pay postage again.",
        "I'm a police officer and work shifts. Can the courier leave it with a neighbour?",
        "Could you address the parcel to the front desk at the police station? That's where I work.",
        "someone nicked my package lol, police were useless. anyway can i reorder",
        "Do you ship to APO addresses? My husband is with the military police.",
    ),
    "inn_safety_questions_d27": (
        "Do your toys have a UKCA mark? I work in a nursery and we have to check for safety.",
        "I work for the council so I'll need a VAT receipt, is that possible?",
        "is the charger certified? just asking before i buy",
        "My husband works in Trading Standards and says your labels are lovely and clear haha",
        "Is your shop registered in the UK? I need to know for the customs forms.",
    ),
    "inn_review_request_d27": (
        "You asked me to leave a review, happy to. Where do I do it?",
        "Got your email asking for feedback. Honestly: the <item> is great, delivery was a bit slow.",
        "i left 4 stars, the only reason its not 5 is the postage",
        "Would you like me to add photos of the <item> to my review?",
        "Sorry I haven't reviewed yet, been mad busy. Will do it this weekend.",
    ),
    "inn_late_polite_d27": (
        "hi my order <order> still hasnt arrived, its been <days> days, can u check",
        "I'm a bit disappointed that the gift for my granddaughter didn't arrive in time for her birthday on <day>. Could you let me know where it is?",
        "Order <order> is <weeks> weeks late now. I'm not cross, I just need to know whether to reorder elsewhere.",
        "Dear sir, the parcel is not arrive still. Please can you check with <courier>. Thank you.",
        "no rush but any news on my parcel",
    ),
    "inn_broken_polite_d27": (
        "Unfortunately the <item> arrived with a crack down one side. Could I have a refund or a replacement please? Photos attached.",
        "box was crushed and the mug inside is in bits. refund pls",
        "I don't want to cause any trouble, but the lamp doesn't switch on. What do you suggest?",
        "Hiya, the frame arrived smashed with glass everywhere. Probably the courier's fault rather than yours. Can you send another?",
        "The stitching came undone after one wash. Is there anything you can do?",
    ),
    "inn_legal_other_sense_d27": (
        "Is this drone legal to fly in the UK without a licence?",
        "do u sell legal size envelopes or only A4",
        "Hi, it's Sue from the craft fair. Lovely to meet you on <day>! Could I order three more?",
        "Our company lawyer needs the invoice addressed to head office, not to the shop.",
        "Is the folding knife legal to carry? I need one for fishing trips.",
    ),
    "inn_tools_and_toys_d27": (
        "Does the chef's knife come with a sheath? It's a present for my son, who's starting catering college.",
        "the hammer handle snapped on the first nail, can i swap it",
        "Do you sell the axe in a smaller size? It's for splitting kindling.",
        "My boys fight over the one controller. Can I add a second to order <order>?",
        "Is the punch bag stand strong enough for a teenager who hits hard? 😅",
    ),
    "inn_thanks_after_d27": (
        "thank u so much for the refund, all sorted",
        "Thanks for replying so quickly. I was ready to tear my hair out but you've been brilliant.",
        "Just wanted to say the replacement <item> arrived safely. My mother is delighted.",
        "I was about to complain but you beat me to it with the apology email. Thank you.",
        "cheers for sorting it mate, legend",
    ),
    "inn_courier_gripe_d27": (
        "the <courier> driver left it in the bin again lol, can u add a note to the parcel",
        "<courier> say it's been delivered but it hasn't. I know it's not your fault. Could you raise it with them?",
        "Bloody couriers, third time this month. Not your fault at all. Could you resend?",
        "Can you use a different courier next time? <courier> always lose my stuff.",
        "The delivery man was lovely actually, just the box was a bit squashed. The item's fine.",
    ),
    "inn_social_fan_d27": (
        "saw u on tiktok!! do u ship to ireland",
        "I've shared your shop in my mums' group on Facebook and they all want one now.",
        "Can I tag you in my Instagram post? The <item> looks amazing in the nursery.",
        "my daughter is making a youtube video unboxing your stuff, is that ok?",
        "Found you through a Reddit thread, everyone there says good things.",
    ),
    "inn_policy_questions_d27": (
        "whats ur return policy",
        "If a parcel gets lost, do you refund or resend? Just asking before I order something expensive.",
        "Do you accept returns on sale items, like the <item>?",
        "How long do refunds usually take to show up on a credit card?",
        "Hello, what is the procedure if the item comes damaged? I live in Spain so the return shipping is expensive.",
    ),
    "inn_tired_no_threat_d27": (
        "still waiting. third email. just fyi",
        "Great, another 'we'll look into it'. Is there an actual date?",
        "Honestly I'm exhausted with all this. Please just tell me if it's coming or not.",
        "I'M NOT ANGRY I JUST WANT TO KNOW WHERE IT IS",
        "Ten days and nothing from <courier> or from you. Not impressed, but I'll wait till <day> before chasing again.",
    ),
    "inn_denials_d27": (
        "I'm not going to go to the bank or anything, I'd just like it sorted.",
        "Don't worry, I won't be leaving a bad review. I know you're a small shop.",
        "i dont wanna sue anyone lol just want my money back",
        "My husband wanted me to report you to Trading Standards but I told him no, you've always been good to us. Could you look into order <order>?",
        "Not threatening anything, promise, just worried about the parcel.",
    ),
    "inn_business_buyer_d27": (
        "We're a small café and need the invoice in our company name for the bank. Could you reissue it?",
        "Our accountant needs a VAT receipt for the <amount> order, please.",
        "Hi, I run a stationery shop near the law courts. Could we stock your notebooks wholesale?",
        "We had a payment dispute with our last supplier, so we'd prefer to pay by invoice on 30 days. Is that okay?",
        "Could you send the pro forma to our bank so they can release the payment?",
    ),
    "inn_abroad_d27": (
        "Hello, I am from Poland, do you ship here and how many days it takes?",
        "Good day sir, kindly confirm if my order <order> has been dispatched. God bless.",
        "Hallo, I have receive the package, all good, many thanks!",
        "hi po, can i change the address for my order? thank you po",
        "Buenos días, the colour is different from the photo. Can I exchange it please?",
    ),
}  # fmt: skip


def dev27() -> dict[str, Families]:
    """Generator category -> the dev27 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
