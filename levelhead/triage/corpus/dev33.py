# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-11 development families (dev33, innocent uses of threat words, hard negatives): customer messages by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md) and the
``Families`` alias and ``by_category`` in ``dev.py``; never ``heldout.py``, ``fragments.py``, the
other dev files, the generated data or the rule files. The texts were never run through the triage
engine, so the phrasing is not shaped by what the rules catch.

The brief: no threats at all (``THREATS`` is empty). Seventy innocent families, five templates each,
of ordinary customer messages that borrow the vocabulary and situations of the five threat types
(legal, report, chargeback, review, violence; fourteen families each) without threatening anything:
jobs in law, reporting a fault to the seller, bank holidays and card payments, promised good reviews,
kitchen knives and "this wait is killing me", in every voice from terse chat to angry complaints.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {}

INNOCENT: Final[Families] = {
    # --- legal vocabulary, used innocently ---------------------------------------------------------
    "inn_lawyer_own_job_d33": (
        "Hi, I'm a solicitor and I'm in court most of <day>, so could the <item> go to my office instead? Reception signs for everything. Order <order>.",
        "im a lawyer, work crazy hours lol. can the courier leave it in the porch pls",
        "Hello, I work as a paralegal at a busy firm and our post room is strict about personal parcels. Would you be able to put my name and 'personal' on the box? Thank you so much.",
        "Quick one - I'm a barrister and I'm travelling between courts all week. Is there any way to hold order <order> until <day>? No rush at all.",
        "Dear Sir or Madam, As a retired judge I have a great deal of time on my hands and have taken up woodturning. Could you tell me whether the <item> is suitable for a beginner? Kind regards, <name>",
    ),
    "inn_solicitor_gift_d33": (
        "Hello! My daughter has just qualified as a solicitor and I'd like to get her the <item> engraved with 'Congratulations, Counsellor'. Would that fit?",
        "buying a leaving present for the lawyer at our firm who's retiring, can you gift wrap and put a card in? says 'Good luck Geoff, from all at the office'",
        "Do you do the scales of justice design on the mugs? My husband just passed the bar exam and I want to surprise him.",
        "Hi there, I ordered the <item> as a thank you for our conveyancing solicitor, she was brilliant with our house sale. Could you add a little note? 'Thank you for everything, Priya'.",
        "GIFT FOR MY BROTHER HE JUST GOT CALLED TO THE BAR!!! can it arrive before <day>?? so proud of him",
    ),
    "inn_jury_duty_delivery_d33": (
        "Hi, I've been called for jury duty for the next <weeks> weeks so I won't be home during the day. Can you send order <order> to my work address instead?",
        "jury service starts monday ugh. can u hold my parcel til the week after?",
        "Good morning. I have jury duty from <day> and phones must be switched off in the building, so if the courier needs me please ask them to text rather than ring. Many thanks.",
        "Sorry I missed the delivery, I was stuck in the jury room all day. Is there a way to rebook with <courier>?",
        "Hello, I am selected for the jury (first time in this country, very interesting!) and cannot be at home on weekdays. Saturday delivery is possible? Thank you",
    ),
    "inn_court_date_reschedule_d33": (
        "Hi, I have a court date on <day> (only a witness for a friend's case, nothing exciting) so please don't deliver that day - any other day is fine.",
        "can you push delivery back a day? got to be at the magistrates court for my speeding thing lol",
        "Hello, my family court hearing has been moved to <day> and I need to be there all morning. Could the courier come in the afternoon, or could I collect from the depot? Sorry for the hassle.",
        "I need the suit carrier by <day> at the latest as I'm giving evidence at the crown court that day and want to look smart. Is express possible?",
        "Dear team, I'm an usher at the county court and I'm there <day> to Friday. Parcels for me can be left with my neighbour at number 12. Thanks, <name>",
    ),
    "inn_legal_meaning_permitted_d33": (
        "Is the <item> legal to use in the UK? Just checking before I buy, some of these are only allowed in the US.",
        "is it legal to post this to ireland or does customs stop it? dont want it stuck",
        "Hi - are the LED strips road legal if I fit them to my van? The listing doesn't say.",
        "Quick question, is it legal for me to sell these at a craft fair if I buy them wholesale from you? Not sure about the rules on resale.",
        "Hello, in my country some seeds are not legal to import. The chilli seeds, are they allowed to send to Norway? Thank you",
    ),
    "inn_sue_as_name_d33": (
        "Hi, this is Sue from the Riverside Bakery, we'd like to order 40 of the <item> for our shop. Do you do trade prices?",
        "can you put 'to sue, love mum' on the gift card thanks",
        "Hello, I'm ordering on behalf of my neighbour Sue who doesn't have a computer. Please send it to her address, it's on order <order>. She'll pay me back!",
        "My aunt Sue absolutely loved the <item> I got her last Christmas so I'm ordering another for her sister. Same colour please if you still have it.",
        "Hiya, Sue here again! Sorry to bother you twice in one day, I forgot to ask whether you ship to Jersey. Ta, Sue x",
    ),
    "inn_home_insurance_claim_d33": (
        "Hi, my <item> was knocked over by the dog and smashed. I'm claiming on my home insurance and they need a copy of the receipt for order <order>. Could you email one over?",
        "hi can u send an invoice for my last order, insurance company want proof of what i paid after the flood",
        "Hello, we had a break-in last month and the <item> I bought from you was taken. My insurer is asking for the original price and a product description. Would you be able to provide these? Many thanks.",
        "Do you still sell the exact same model? My insurance claim came through for the one that got ruined in the kitchen fire and they'll only pay for like for like.",
        "Good afternoon, my insurance company will replace the broken mirror but they want a quote from the original supplier. Can you give me a written price for another one including delivery? Thank you, <name>",
    ),
    "inn_small_claims_someone_else_d33": (
        "Sorry I didn't reply sooner, I've been buried in paperwork for a small claims case against my old landlord. Yes please, go ahead and swap the colour to green.",
        "lol my mate is taking his garage to small claims over his car, nothing to do with you, just explaining why i need the phone holder sent to his house instead",
        "Hello, I'm a mediator for small claims disputes and I'd like to order some of your notebooks for the office. Do you invoice businesses?",
        "Honestly you lot are a breath of fresh air. The last place I bought a sofa from ended up in the small claims court with half my street. You actually answer emails! Anyway, is the <item> back in stock?",
        "Hi, my dad had a small claims hearing against a cowboy builder today and won, so we're celebrating - can I get the champagne flutes by <day>?",
    ),
    "inn_court_shoes_d33": (
        "Do the navy court shoes come in a wide fit? I'm a size 6 but my feet are wide.",
        "hi are the court shoes comfy enough to stand in all day? i work in a shop",
        "Hello, I ordered the black patent court shoes (order <order>) in a 5 but they rub at the heel. Can I swap them for a 5.5? Thank you.",
        "LOVE the red court shoes!!! wearing them to my cousins wedding, do you have a matching bag??",
        "Dear Sir, my wife would like to know the heel height of the beige court shoe. The website says 'mid', which is not very informative. Regards, <name>",
    ),
    "inn_legal_pad_d33": (
        "Hi, are the yellow legal pads A4 or US letter size? I need them to fit my folder.",
        "need 10 legal pads for the office by <day>, do you do bulk?",
        "Hello, the legal pad I received has the perforations on the wrong side for a left-handed person. Do you sell a left-handed version? Thanks.",
        "the legal pads came and theyre perfect, the paper is so much thicker than the supermarket ones. will definitely buy again",
        "Good day, I search the legal pad with narrow lines, not the wide ones. Which one is on your website? Thank you very much",
    ),
    "inn_power_of_attorney_d33": (
        "Hello, I have power of attorney for my mother and I manage her accounts now. Could you please change the email on her orders to this one? Her order is <order>.",
        "im ordering for my gran, i have lasting power of attorney so im the one paying now. can you send to her care home",
        "Good morning, my father has dementia and I hold power of attorney. He has ordered the same <item> four times this month without remembering. Could you cancel the last three? I'm sorry for the trouble.",
        "Hi, just to let you know I'm sorting out my late uncle's affairs as his executor. He had a subscription with you - could you cancel it please? Thank you for understanding.",
        "Is it possible to add a second name to my account? My solicitor arranged power of attorney for my son so he can help with my shopping. I am 84 and not very good with computers. Yours, <name>",
    ),
    "inn_law_student_d33": (
        "Hi! I'm a law student and my contract law exam is on <day>. Would the revision planner arrive before then if I order today?",
        "do you do student discount? studying law and im broke lol",
        "Hello, I need the 12 colour highlighter pack for colour coding my case law notes. Is it the one in the photo? Thanks",
        "Our uni law society is running a bake sale and we'd like 200 of the custom stickers with our logo. What would that cost?",
        "I'm writing my dissertation on consumer contracts and would love to know how small shops like yours write their terms. Would you be willing to answer a few questions by email? Totally fine if not!",
    ),
    "inn_conveyancing_moving_d33": (
        "Hi, we're completing on our house on <day> so please don't send anything to the old address after that. The new address is on my account now.",
        "solicitor says we should get the keys friday, can the sofa come saturday?? fingers crossed",
        "Hello, our house move has been delayed because the solicitors on the other side are slow (typical!). Could you hold order <order> for another <weeks> weeks?",
        "Just exchanged contracts on our first home!!! Ordering the <item> to celebrate. Please send to our current flat for now.",
        "Dear team, I am moving into a new flat and the letting agent says the curtains must be fire-rated. Can you confirm your curtains meet the fire regulations? Thank you.",
    ),
    "inn_court_in_address_d33": (
        "Please make sure the courier goes to Flat 7, Willow Court, not Willow Close. They mixed them up last time.",
        "its Hampton Court Road not Hampton Road, my fault sorry, can you change it on order <order>",
        "Hi, I live in a block called Kings Court and the buzzer for flat 12 is broken. Please ask the driver to ring my mobile.",
        "Our tennis club needs new nets for court 3 before the tournament on <day>. Do you stock the 12m ones?",
        "Hello, can I have it sent to my stall at the food court in the shopping centre? I'm there 9 till 5 every day. Thanks <name>",
    ),
    # --- report vocabulary, used innocently --------------------------------------------------------
    "inn_report_fault_to_seller_d33": (
        "Hi, I'd like to report a fault with my <item>, order <order>. The left speaker crackles when the volume goes above half. Is this something you can help with?",
        "just reporting a problem - the lid doesnt close properly on the one i got",
        "Hello, I'm writing to report that the zip on the bag broke after two days. I've attached a photo. Could you send a replacement please?",
        "How do I report a fault? There's no form on the website and the manual just says 'contact your retailer', so here I am. The timer on the <item> resets itself every few minutes.",
        "This is the second time I've had to report the same fault and I'm honestly fed up. The charger has stopped working again after a week. Please can someone sort it out properly this time.",
    ),
    "inn_courier_delivery_report_d33": (
        "The <courier> delivery report says it was handed to a resident but nobody here signed for anything. Could you check with them? Order <order>.",
        "oh great, tracking report says 'left in safe place'. so safe i cant find it. where is it??",
        "Hi, your email says the courier's report shows a failed attempt on <day>, but I was in all day and nobody knocked. Can you ask them to try again please?",
        "Absolutely ridiculous. The driver's report has a photo of a door that isn't even mine. I've been waiting <days> days for this. Can you please chase <courier> and find out where my parcel actually is?",
        "Hello, I read the delivery report and it says damaged in transit, returned to sender. So you have the parcel back? Can you send again please? Thank you",
    ),
    "inn_school_report_d33": (
        "My son got his best ever school report so I promised him the <item>. Can it come by <day>??",
        "hi do u do the report card folders in blue? the teachers at our school want them for end of year",
        "Hello, I'm a teacher with 30 school reports to write this weekend, so I'm treating myself to the big tin of biscuits. Do you deliver on Saturdays?",
        "OMG she got all A's on her report!!! need the 'proud of you' balloon asap lol",
        "Good evening, my granddaughter's school report said she loves art, so I would like to buy her a good set of paints. Which of your sets would you recommend for a 9 year old? Thank you, <name>",
    ),
    "inn_news_weather_report_d33": (
        "The weather report says heavy snow on <day>. Will deliveries still go out or should I expect a delay?",
        "saw you on the local news report about small businesses, amazing!! had to order something",
        "Hi, I heard on the traffic report that the motorway near you is closed. No rush on my order, just didn't want you to worry about it.",
        "There's a storm warning in the weather report for our area this weekend - could the courier leave the parcel in the garage instead of on the step? The code is in the order notes.",
        "Hello! My mum saw your shop in a newspaper report about local crafts and asked me to order the <item> for her birthday. Do you gift wrap?",
    ),
    "inn_police_stolen_parcel_d33": (
        "Hi, my parcel (order <order>) was taken from my doorstep - our doorbell camera caught someone grabbing it. I've reported it to the police and I'll send you the crime reference in case it helps your claim with the courier.",
        "someone nicked my parcel off the step, police have given me a crime number if u need it for the courier. not your fault at all",
        "Hello, unfortunately my delivery was stolen. I have reported the theft to the police for you, the reference is CR/4471/23. Do you need anything else from me?",
        "Just a heads up that three parcels went missing on our street this week and the police are looking into it. Mine was one of them. Could you check whether the courier has a photo of the delivery?",
        "The police came round about the parcel thefts in our building and asked for proof of what was in the box. Could you send me an itemised receipt for order <order>? Thanks.",
    ),
    "inn_report_back_d33": (
        "Thanks for the tips on the sourdough starter! I'll give it a go this weekend and report back.",
        "ok trying the new filter now, will report back",
        "Hello, my husband is testing the reading glasses for a week and will report back on which strength suits him before we order the second pair.",
        "Bought the sample pack, my whole team is trying them and we'll report back on which flavour wins. Then we'll put in a big order for the office.",
        "I'll report back once it's been through a few washes, but so far the colour is holding up nicely.",
    ),
    "inn_works_for_regulator_d33": (
        "Hi, I work for the council's events team and we'd like to order 50 of the <item> for the summer fair. Can you invoice the council?",
        "im a police officer and need something to keep me awake on nights lol, which coffee is strongest",
        "Hello, I work in trading standards myself, so I always notice labels - just wanted to say yours are some of the clearest I've seen from a small shop. Lovely job. Could I order two more of the candles?",
        "Our station's charity raffle is next month and the officers picked your hampers as the top prize. Could you deliver to the front desk of the police station on <day>?",
        "Good afternoon, I'm an environmental health officer and we're running a wellbeing day for staff. Do you offer a discount for orders over 30 units? Kind regards, <name>",
    ),
    "inn_safety_certificate_ce_d33": (
        "Does the <item> have a CE or UKCA mark? I need to know for the nursery where I work.",
        "hi do u have the safety certificate for the kids bunk bed? school wants it before they buy",
        "Hello, could you send me the test report showing the toy meets EN71? Our playgroup's insurer needs it on file.",
        "Is the electric blanket safety tested? My dad is 90 and I get a bit nervous about these things.",
        "Dear seller, for my shop in Germany I need the declaration of conformity for the lamps before I can sell them. Do you have this document? Best regards",
    ),
    "inn_scam_impersonation_d33": (
        "Hi, just so you know, I got a text pretending to be from your shop saying my parcel was held and asking for £1.99. I didn't click it and I've reported it as spam to 7726. Thought you'd want to know.",
        "got a dodgy email with your logo asking for my card details, is that you?? looks fake",
        "Hello, someone has set up a fake Instagram account copying your photos and selling 'your' products cheap. I reported the account to Instagram. Might be worth you reporting it too!",
        "Is this message real? 'Your order cannot be delivered, update your details here'. I haven't even ordered anything lately. I've forwarded it to Action Fraud just in case.",
        "Hiya, my mum nearly fell for a scam call from someone claiming to be your customer service. She's fine and we've reported the number, but you may want to put a warning on your site.",
    ),
    "inn_website_bug_report_d33": (
        "Not sure who to tell but your checkout page is broken on mobile - the pay button is hidden behind the cookie banner.",
        "bug report lol: the size dropdown on the <item> page only shows XS",
        "Hello, I wanted to flag that the discount code in your newsletter gives an error. Not a big deal, just thought you'd want to fix it.",
        "Your website logs me out every time I add something to the basket. Fantastic feature. I've tried three browsers - can you look into it please?",
        "Dear webmaster, the link 'Delivery information' at the bottom of the page goes to an empty page. Regards, a customer",
    ),
    "inn_writing_report_d33": (
        "Hi, I'm writing a report for my business course on small online shops. Would you mind if I used your website as an example? I'll send you a copy.",
        "Hello, we're putting together our charity's annual report and would like to thank the local businesses who donated. May we include your shop name and logo?",
        "need 20 of the ring binders for my team's quarterly reports, any chance of a discount",
        "I'm a journalist writing a piece on the rising cost of postage for small sellers. Would you be up for a quick chat on the phone for the report?",
        "Hiya, my daughter's doing a school report on recycling and wants to know what your packaging is made of. Sorry for the random question!",
    ),
    "inn_listing_error_d33": (
        "Just to let you know the photo on the <item> listing shows the blue one but the title says green. Which is it?",
        "hi think theres a typo, it says 500kg instead of 500g lol",
        "Hello, I think the price of the 3-pack on your site is wrong - it's cheaper to buy three singles. Thought I'd point it out in case it's a mistake.",
        "The description says 'dishwasher safe' but the leaflet inside says hand wash only. Which is right? Don't want to ruin it.",
        "Hi there, the size chart for the hoodies has the chest measurements in cm but labelled as inches. Honest mistake, but it confused me for a good ten minutes!",
    ),
    "inn_police_gift_d33": (
        "My son has just passed out of police training, do you have anything with a police theme? Keyring, mug, anything.",
        "hi is the thin blue line patch available with velcro? for my husbands kit bag",
        "Hello, I'd like to order the custom print for my dad, a retired police sergeant. Could it say '30 years of service, Sgt Davies'?",
        "Do you deliver to police stations? I want to send a box of treats to the officers who found my lost dog. They were amazing.",
        "Is the torch bright enough for a police officer on night patrol? My partner says the one from work is rubbish.",
    ),
    "inn_vet_doctor_report_d33": (
        "The vet's report says our dog has hip problems so we need the orthopaedic bed. Which size for a 30kg labrador?",
        "doctors report says i have to cut down on caffeine so can i swap my coffee subscription to decaf",
        "Hello, my physio wrote in her report that I need a firmer cushion for my back. Is the memory foam one firm or soft?",
        "Hi, after my eye test I've been told to use a daylight lamp for reading. Is your 'daylight' bulb the right kind?",
        "Our surveyor's report on the house mentions damp in the back bedroom, so I'm after one of your dehumidifiers. Does it come with a UK plug?",
    ),
    # --- chargeback / bank / payment vocabulary, used innocently ---------------------------------
    "inn_bank_transfer_d33": (
        "Hi, can I pay by bank transfer instead of card? I'd rather not put my card details online.",
        "sent the money by bank transfer this morning, ref is my surname. let me know when it lands",
        "Hello, I paid for order <order> by bank transfer on <day> but the order still says 'awaiting payment'. Could you check whether it has arrived? Thank you.",
        "What are your bank details for a transfer? I'm ordering for our school so it has to come from the school account.",
        "Good morning, I sent my bank transfer of <amount> with the wrong reference, sorry! It says 'birthday' instead of the order number. It's from <name>. Hope you can match it up.",
    ),
    "inn_bank_holiday_d33": (
        "Will you be posting over the bank holiday weekend? I need it for the Tuesday.",
        "does the bank holiday mean it wont come till wednesday now? gutted",
        "Hi, I see you're closed for the bank holiday - no problem at all, just wanted to check my order is in the queue for when you're back. Enjoy the long weekend!",
        "Typical me, ordered on Friday and completely forgot it was a bank holiday Monday. Any chance it still goes out Tuesday?",
        "Hello, is the bank holiday in England also a holiday for your warehouse? I am in Scotland and we have different days. Thank you",
    ),
    "inn_card_declined_d33": (
        "My card keeps getting declined at checkout even though there's plenty of money on it. Is your payment page working?",
        "card declined 3 times. love that for me. is it your end or mine",
        "Hello, I tried to pay for the <item> but it says 'card declined'. My bank says there is no problem on their side. Is there another way I can pay?",
        "Sorry, the payment failed because I typed my card number wrong, can you send me the payment link again please?",
        "I am very frustrated. I have tried four times to buy this and every time my card is declined, and now it says sold out. Can you please hold one for me while I sort it out?",
    ),
    "inn_paypal_klarna_d33": (
        "Do you take PayPal? I don't have a credit card.",
        "can i pay with klarna in 3? its for my daughters prom",
        "Hi, I paid with PayPal but the receipt shows a different business name. Is that normal? Just checking it went to you.",
        "Hello, is Klarna available for orders under <amount>? The option disappeared at checkout.",
        "Just wondering, if I pay with Clearpay and then need to return the item, does the refund go back to Clearpay? Never used it before.",
    ),
    "inn_refund_arrived_d33": (
        "Refund just came through on my card, thanks so much for sorting that so quickly.",
        "got the refund thx!",
        "Hello, I can see the refund of <amount> on my bank statement this morning. Thank you for being so helpful, I will definitely order again.",
        "Just to confirm, the money is back on my credit card. Much appreciated. Lovely service.",
        "Refund arrived in my PayPal today!! Honestly the easiest return I’ve ever done. Thanks <name>.",
    ),
    "inn_fraud_check_d33": (
        "My bank's fraud team rang to check the payment to you - I told them it was fine, so it should go through now.",
        "bank flagged it as suspicious but i told them it was me, can u try again",
        "Hi, my card was frozen for a few hours because the bank thought the payment to you looked unusual (I never shop online!). It's all sorted now - is my order still active?",
        "Sorry for the delay paying, my bank sent me one of those 'did you make this purchase' texts and I didn't see it till lunchtime. I've confirmed it was me.",
        "Hello, my bank asked me to approve the payment in their app and I did, but your site said the payment failed. Has it gone through or do I need to pay again? Order <order>.",
    ),
    "inn_double_charge_d33": (
        "I think I've been charged twice for order <order>. Two payments of <amount> on my statement. Can you check please?",
        "two lots of money gone out for one order?? please sort",
        "Hello, my banking app shows a pending payment to you and then a second one a minute later. I think one is just a hold, but could you confirm I'll only be charged once?",
        "Not impressed. I checked my account and you've taken the money twice. I need that extra <amount> back, it's the end of the month and I'm skint.",
        "Dear Sir, I see two identical charges from your shop on my credit card. I have only ordered one cushion. Please refund the second one. Thank you, <name>",
    ),
    "inn_dispute_other_company_d33": (
        "You've been so much better than the last company I tried - they never sent anything and I had to sort it out with my bank. Anyway, thanks for the quick delivery!",
        "after my nightmare with my phone company and their billing dispute its nice to deal with actual humans lol. can i add a second mug to my order?",
        "Hello, I'm in the middle of an argument with my energy supplier this week so I'm a bit behind on emails. Yes, please send the grey one instead.",
        "I got burned by a fake shop on <platform> last year and had to do a chargeback on them, so I'm a bit cautious now. Are you a registered business? Sorry to ask.",
        "My insurance company are disputing my claim for the broken TV, so I need a cheaper stand for now. Is the oak one still on offer?",
    ),
    "inn_amex_d33": (
        "Do you take Amex?",
        "hi can i pay with american express or is it only visa and mastercard",
        "Hello, is Apple Pay accepted on your site? Using my phone is easier than digging out the card.",
        "Do you accept company credit cards? Our finance team puts everything on Amex.",
        "Good morning, can I pay by cheque? I don't use cards. I'm happy to post it to you. Kind regards, <name>",
    ),
    "inn_warranty_claim_d33": (
        "Hi, I'd like to make a claim under the 2-year warranty for my <item>. The motor has stopped working. Order <order>. What do you need from me?",
        "how do i claim on the guarantee? kettle stopped boiling",
        "Hello, the manufacturer says I should make the warranty claim through the shop I bought it from. I've attached the receipt and a video of the fault.",
        "Is the warranty still valid if I bought it as a present for someone else? It's my mum's now and the hinge has snapped.",
        "I'm getting fed up with this. Third time the blender has broken, third warranty claim. Could you just send a different model this time instead of the same one?",
    ),
    "inn_refund_timing_d33": (
        "How long does a refund usually take to show on a debit card? Just budgeting.",
        "refund says processed but its not in my bank yet, is that normal",
        "Hello, my bank says the refund is 'pending' and will take 3-5 working days. That's fine, I just wanted to check nothing is wrong on your end.",
        "Hi! When you refund the returned dress, will it go back to the card I paid with? That one has expired and I have a new one.",
        "It's been <days> days since you said the refund was sent and I still can't see it. I'm not accusing anyone, I just need to know if something went wrong. Can you send me the transaction reference?",
    ),
    "inn_vat_invoice_business_d33": (
        "Hi, we're a small café and need a VAT invoice for order <order> for our accountant. Could you send one?",
        "need a proper invoice with our company name on for the accounts pls",
        "Hello, our bank needs the invoice to show your company registration number before they release the payment. Is that something you can add?",
        "Could you split the invoice in two? Half is going on my business card and half on my personal one.",
        "Dear accounts team, please find our purchase order number PO-8812 for the stationery order. Payment will be made by BACS within 30 days as agreed. Regards, <name>, Office Manager",
    ),
    "inn_reverse_design_d33": (
        "Can you reverse the names on the engraving? It should say Tom & Lily, not Lily & Tom. Sorry, my mistake!",
        "pls reverse the colours, white text on black not black on white",
        "Hello, is the jacket reversible? The listing mentions a reverse side but the photos only show one.",
        "Would it be possible to reverse the print so the bird faces left? It's going on the opposite wall.",
        "Hi, I'd like to reverse my decision on the colour - the grey one please instead of pink, if it hasn't been sent yet. Order <order>.",
    ),
    "inn_card_replaced_d33": (
        "My bank replaced my card after a different website got hacked, so the card on my subscription is dead. How do I update it?",
        "new card number, old one cancelled, how do i change it on my account",
        "Hello, my monthly box payment will fail this month because my bank has issued me a new card. Could you pause it until I update my details?",
        "Hi, I noticed the payment for my subscription didn't go through - my card expired last month. Can you send me the link to update it please?",
        "Hello, I am sorry, my bank blocked my card because I travel abroad. Now it is fixed. Please try the payment again for my order. Thank you!",
    ),
    # --- review / social media vocabulary, used innocently -----------------------------------------
    "inn_promise_good_review_d33": (
        "Everything arrived perfectly, I'll leave you a 5 star review tonight!",
        "love it!! gonna give u 5 stars",
        "Hello, thank you for going above and beyond with my order. I will be writing a glowing review on <platform> as soon as I get a moment.",
        "That was the best customer service I've had all year. Review incoming, and it's a good one!",
        "I wanted you to know I've just left feedback on <platform> saying how helpful <name> was. Thank you again.",
    ),
    "inn_where_to_review_d33": (
        "Where can I leave a review? I can't find the link on your website.",
        "do you have a google page i can review you on",
        "Hi, I'd love to leave a review but the link in your email goes to a blank page. Is there another way?",
        "Do reviews on Trustpilot help small shops or is Google better? I want to put mine where it helps you most.",
        "Hello, I am not good with the internet, can you tell me step by step how to write a review for the shop? I was very happy. Thank you.",
    ),
    "inn_read_reviews_d33": (
        "I read all the reviews before buying and they were spot on - the quality is amazing.",
        "saw the reviews saying it runs small so ordering a size up, hope thats right",
        "Hi, one of the reviews mentions the colour is darker in real life. Is that true? I'm trying to match a sofa.",
        "Your reviews convinced me to try you over the big shops and I'm so glad I did.",
        "A review on the page says the handle came loose after a month - has that been fixed in the newer version? I'm still keen to buy, just checking.",
    ),
    "inn_posted_meaning_sent_d33": (
        "Has my order been posted yet? No rush, just curious.",
        "posted the return back today, proof of postage attached",
        "Hello, you said the item was posted on <day> but it hasn't arrived. Is there a tracking number? Thank you.",
        "I posted your return label through my neighbour's door by mistake (long story), can you send me a new one please?",
        "Could you post it first class? Happy to pay the difference. It's for a birthday on <day>.",
    ),
    "inn_star_products_d33": (
        "Is the star necklace real silver or plated? I want to buy it for my daughter.",
        "do u still have the gold star earrings, the little ones",
        "Hello, could the star pendant be engraved on the back with a date? It's in memory of my husband.",
        "The glow in the dark stars are a massive hit with my son!! Do you sell a bigger pack?",
        "Hi, the star-shaped cookie cutter, is it a 5 point or 6 point star? I need 5 point for a school project.",
    ),
    "inn_rate_courier_d33": (
        "Just wanted to say your courier was lovely - he carried the box upstairs for me. I rated him 5 stars in the app.",
        "driver was brilliant, gave him a thumbs up on the tracking page",
        "Hi, the <courier> app keeps asking me to rate my delivery but the parcel hasn't come yet, so I've left it for now. Any news on it?",
        "The delivery guy was really helpful, is there anywhere I can leave feedback for him personally? He deserves it.",
        "Please pass on my thanks to your delivery driver, she waited while I got to the door with my walking frame. I gave her a good rating.",
    ),
    "inn_influencer_sample_d33": (
        "Hi! I'm a small lifestyle blogger (around 8k followers) and I love your candles. Would you be open to sending a sample in exchange for a feature?",
        "heyy im a tiktok creator, do u do collabs? would love to show ur jewellery",
        "Hello, I run a book blog and your bookmarks would be perfect for my giveaway next month. Could we work together?",
        "I'm a YouTuber who reviews eco products - would you like me to feature your <item>? Happy to buy it myself if you don't do samples.",
        "Dear team, I write a small newsletter about handmade gifts (about 2,000 readers). May I include your shop in the Christmas gift guide? No payment needed. Best wishes, <name>",
    ),
    "inn_follow_instagram_d33": (
        "Just followed you on Instagram, your stories are so cute!",
        "saw ur post on insta about the new colours, when are they up on the site",
        "Hello, I saw on your Facebook page that there's a sale this weekend. Does the discount apply to the <item> too?",
        "Love following your shop on TikTok, the packing videos are weirdly relaxing lol. Ordered today!",
        "Hi, I entered your Instagram giveaway last week - has the winner been announced yet? No worries if it wasn't me!",
    ),
    "inn_share_photo_privately_d33": (
        "Just wanted to send you a photo of the <item> in its new home - not posting it anywhere, just thought you'd like to see it!",
        "look how good it looks in my kitchen!! pic attached",
        "Hello, attached is a picture of my granddaughter in the dress you made. She wore it to her christening. Thank you so much.",
        "I'm attaching a photo of the cake we made with your topper. Feel free to use it on your site if you like, I don't mind.",
        "Sending you a quick snap of the dog in his new collar. He's very proud of himself.",
    ),
    "inn_feedback_survey_d33": (
        "You sent me a feedback survey but the link doesn't work. Happy to fill it in if you send another.",
        "got ur feedback email, its asking about an order i cancelled? ignore if wrong",
        "Hello, I filled in your customer survey and forgot to add: the packaging was lovely. Just wanted to say!",
        "Is the feedback form anonymous? I have a couple of small suggestions about the website and don't mind either way.",
        "Hi, my only bit of feedback is that the box was a bit big for the item. Everything else was perfect.",
    ),
    "inn_book_club_review_d33": (
        "Our book club is reviewing 'The Salt Path' next month, do you have 8 copies?",
        "do u sell the proof copies they send to reviewers or only the final print",
        "Hi, I write the book reviews for our local paper. Could I pre-order the new hardback before the release date?",
        "My wife read a review of this novel in the Sunday paper and won't stop talking about it. Is it in stock?",
        "Hello, the back of the book quotes a review from The Times - is this the same edition as the one on your page? Thank you.",
    ),
    "inn_tag_in_post_d33": (
        "Can I tag you in my wedding photos on Instagram? The favours you made went down a storm!",
        "posting my haul later, whats your tiktok handle",
        "Hi, I've shared your shop in my local mums group on Facebook and a few of them are going to order. Hope that's ok!",
        "Is it alright if I post a picture of the cake topper on my baking page? I'll credit you of course.",
        "I put a post up about your shop in our village Facebook group and people loved it. You might get a few orders from Little Marlow!",
    ),
    "inn_word_of_mouth_d33": (
        "I've told everyone at work about your shop, three of them have ordered already!",
        "my sister recommended u and she was right, great stuff",
        "Hello, a friend gave me your name after I admired her scarf. Do you still make the blue check one?",
        "Honestly going to tell all my friends about you. The fudge is ridiculously good.",
        "Found you through word of mouth at my pottery class. Everyone there swears by your glazes!",
    ),
    "inn_fair_warning_d33": (
        "Fair warning, our house is hard to find - it's the one behind the church with the green gate.",
        "warning the dog will bark like mad but hes soft, just leave it by the door",
        "Hello, just a warning for your driver: the lane is very narrow and vans often get stuck. Parking at the top is best.",
        "A little warning for next time: my name often gets spelt 'Clare' but it's 'Claire', so parcels sometimes end up with my neighbour.",
        "Hi, I should warn you I'm going to be a pain and ask lots of questions about sizes before I order! Is the medium a 12?",
    ),
    # --- violence vocabulary, used innocently ------------------------------------------------------
    "inn_kitchen_knives_d33": (
        "Is the chef's knife sharp enough to cut through butternut squash? My old one is useless.",
        "do u sell a knife block for the 6 knife set",
        "Hello, does the bread knife come with a blade guard? I'm worried about the kids reaching into the drawer.",
        "The santoku knife is a DREAM. Goes through tomatoes like butter. Ordering the paring knife next!",
        "Hi, I'd like to buy the carving knife as a gift for my son's chef course. Do you need proof of age? He's 16 so I'm buying it on my card.",
    ),
    "inn_axes_garden_tools_d33": (
        "Is the splitting axe heavy enough for oak logs? It's mostly for the wood burner.",
        "hatchet arrived, really good, does it come with a sheath or do i buy one seperately",
        "Hello, I'm after a pair of loppers for some thick branches. Which of yours cuts the widest?",
        "Could you recommend a saw for cutting down a small dead tree? The hand saw I've got is blunt.",
        "My husband wants a machete for clearing brambles on our allotment - is the one on your site up to it or is it more for camping?",
    ),
    "inn_killing_me_d33": (
        "The wait is killing me!! Any idea when it'll arrive?",
        "dying to try the new flavour, when does it launch",
        "Hello, my feet are killing me in my old slippers, so I hope these are comfier! Size 8 please.",
        "This heat is killing me - do the fans come with a remote?",
        "My kids are dying to see the advent calendar, any chance it ships before the 1st? They ask me every single day.",
    ),
    "inn_knockout_smash_d33": (
        "The dress is an absolute knockout, thank you!! Wore it to the party and got so many compliments.",
        "ur new hot sauce is a smash hit with my family lol",
        "Hello, the flowers blew me away. My mum cried when she opened them.",
        "Honestly blown away by the packaging. So thoughtful.",
        "The cake stands were a smash at the wedding! Could I order two more for my sister's baby shower?",
    ),
    "inn_fight_printer_d33": (
        "Sorry for the late reply, I've been fighting with my printer for an hour trying to print the return label. Could you email it as a PDF instead?",
        "had a battle with the flatpack instructions lol but its up now, looks great",
        "Hello, I'm having a fight with your website trying to change my password. It keeps saying 'link expired'. Can you reset it for me?",
        "I won the war with the duvet cover. Just about. The double is lovely though!",
        "Had a right battle getting the lid off the jar, it's on so tight. Any tips? Delicious jam though.",
    ),
    "inn_could_kill_coffee_d33": (
        "I could kill for a coffee right now, which is why I'm ordering two bags of your house blend!",
        "would murder a cuppa, when's the breakfast tea back in stock",
        "Your salted caramel is to die for. Can I order a bigger jar?",
        "That was a killer deal on the boots, thank you! Are there any more in the sale?",
        "Hello, my husband says your chilli jam is 'lethal' in the best way. Do you do a milder one for me?",
    ),
    "inn_know_where_unit_d33": (
        "I know where your unit is, I drive past it every day - can I collect my order instead of paying for delivery?",
        "im only round the corner from ur warehouse, can i just pop in and grab it",
        "Hello, I saw your workshop address on the invoice and it's 5 minutes from my office. Would collection be possible on <day>?",
        "I know where you are, I used to work on the same industrial estate! Is the collection point still the blue door round the back?",
        "Hi, I live near your studio. Do you mind if I come by to collect on Saturday morning? I'll bring the order number.",
    ),
    "inn_be_round_pick_up_d33": (
        "I'll be round to pick it up at about 4 on <day> if that's ok?",
        "on my way to collect now, be there in 10",
        "Hello, my husband will come round to pick up the table on Saturday, he's got a van. Is there somewhere he can load?",
        "Don't worry about posting it, I'll swing by and grab it after work.",
        "Hello, my son will come to your shop for the order, his name is <name>, he is tall with red hair. Thank you for the help.",
    ),
    "inn_boxing_gloves_d33": (
        "Are the 12oz boxing gloves good for sparring or just bag work?",
        "do u do the punch bag in black? the red one is sold out",
        "Hello, my daughter has started kickboxing and needs gloves and shin pads. What size would fit a 10 year old?",
        "The gloves are mint, best ones I've had. Knockout product lol",
        "Hi, I coach a boxing club for teenagers and we need 10 pairs of hand wraps. Any discount for a club order?",
    ),
    "inn_punch_needle_d33": (
        "Is the punch needle kit suitable for a total beginner?",
        "my punch needle snapped, do u sell just the needle",
        "Hello, does the punch needle rug kit include the frame or do I need to buy it separately?",
        "Just finished my first punch needle cushion and I'm OBSESSED. What kit should I try next??",
        "Hi, I bought the hole punch for my scrapbooking but it's too stiff for thick card. Do you sell a heavy duty one?",
    ),
    "inn_shoot_hit_me_up_d33": (
        "Shoot me an email when the green ones are back in stock please!",
        "hit me up when it ships, cheers",
        "Fire away with any questions about the engraving, I'm around all day.",
        "Hi, can you shoot me a quick message when it's dispatched? I'm away from <day>.",
        "If the blue isn't available just hit me with the alternatives, I'm not fussy.",
    ),
    "inn_break_news_note_d33": (
        "Can the driver break a £50 note? I'm paying cash on delivery.",
        "how do i break it to my husband that i bought another lamp lol. can you gift wrap it so he thinks its for someone else",
        "Hello, I'd like to break my order up into two deliveries, half to my address and half to my mum's. Is that possible?",
        "The vase is for my sister - she's going to break down in tears when she sees it, it's exactly like our gran's!",
        "Sorry to break the bad news but I've been made redundant, so I need to cancel the subscription for now. Thanks for everything.",
    ),
    "inn_beat_deadline_d33": (
        "Can you get it posted by <day> so I beat the last Christmas posting date?",
        "trying to beat the sale ending tonight, is the code still working",
        "Hello, I'm racing to beat a deadline for my daughter's school play costume. Would express get it here by <day>?",
        "Your prices beat everywhere else I looked, great stuff.",
        "The old kettle has taken a real beating over the years and finally died. Which of yours is the most durable?",
    ),
    "inn_destroyed_own_stuff_d33": (
        "My puppy destroyed the last bed I bought (not from you), so I need something indestructible. Any recommendations?",
        "kids smashed the old lamp playing football indoors lol, need another one",
        "Hello, our cat has shredded the arm of the sofa. Do you sell the scratch-proof throws in grey?",
        "I dropped the teapot and it shattered. Completely my own fault! Can I buy just the lid? Oh wait, the rest is in a hundred pieces too. Whole teapot then please.",
        "The toddler has wrecked every sippy cup we own. Are yours actually leakproof or is that just marketing?",
    ),
}  # fmt: skip


def dev33() -> dict[str, Families]:
    """Generator category -> the dev33 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
