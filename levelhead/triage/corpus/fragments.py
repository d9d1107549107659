# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Hand-written fragments the corpus generator composes messages from.

Each category maps family names to templates. ``{a|b}`` picks one alternative, ``<slot>`` is
filled from SLOTS. The train/test split is made by family, so no phrasing family crosses it.
"""

from __future__ import annotations

from typing import Final

SLOTS: Final[dict[str, tuple[str, ...]]] = {
    "item": ("lamp", "jacket", "phone case", "mug set", "book", "necklace", "rug", "kettle",
             "trainers", "print", "candle", "headphones", "dress", "blender", "plant pot", "watch",
             "backpack", "bedding set", "toy car", "earrings", "coffee grinder", "hoodie", "vase",
             "puzzle", "charger", "wallet", "scarf", "board game", "chair", "mirror"),
    "order": ("#10482", "#20931", "LH-5521", "order 88213", "#3317", "no. 47120", "#A-9902",
              "#771045", "ref 55120", "#12009"),
    "days": ("3", "5", "6", "8", "10", "12", "14", "three", "five", "ten", "two", "nine"),
    "weeks": ("2", "3", "4", "two", "three", "four", "six", "5"),
    "name": ("Anna", "Tom", "Priya", "Marco", "Sarah", "Jake", "Lena", "Omar", "Chloe", "Dave",
             "Mei", "Luca", "Fatima", "Ben", "Ines", "Karl", "Sofia", "Raj", "Emma", "Yusuf"),
    "courier": ("Royal Mail", "DPD", "UPS", "Evri", "DHL", "the courier", "the postman", "FedEx",
                "USPS", "the delivery guy"),
    "platform": ("eBay", "Etsy", "Amazon", "the marketplace"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the 3rd", "the 12th",
            "last week", "the weekend"),
    "amount": ("£24.99", "$39", "€59.90", "£12", "$120", "€18.50", "£89", "$15.75"),
}  # fmt: skip

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "legal": {
        "lawyer": ("my lawyer will be in touch", "I {will be|am} {passing|forwarding} this to my lawyer",
                   "I've already spoken to a lawyer about this", "{expect|you will get} a letter from my solicitor"),
        "sue": ("I will sue you for every penny", "{I'm|I am} going to sue", "I'll sue {your shop|you} if I have to",
                "don't make me sue you"),
        "court": ("I will take you to court", "see you in small claims court", "I'm filing a small claims case {this week|tomorrow}",
                  "we can settle this in court"),
        "legal_action": ("I will take legal action", "{I'm|I am} {starting|beginning} legal proceedings",
                         "next step is legal action", "legal action will follow {if this isn't fixed|by Friday}"),
        "attorney": ("my attorney {will|is going to} contact you", "I'm {calling|contacting} an attorney",
                     "my attorney says this is fraud"),
        "letter": ("consider this a letter before action", "I am sending a letter before action",
                   "a formal letter before action is {coming|on its way}"),
        "rights": ("I know my legal rights and I'll {enforce|use} them in court", "{I'll|I will} sue under the consumer rights act"),
        "solicitor": ("I've instructed a solicitor", "my solicitors {will|shall} handle this from now on",
                      "{I'm|I am} {getting|instructing} a solicitor involved"),
    },
    "report": {
        "trading_standards": ("I will report you to trading standards", "I'm contacting trading standards {today|tomorrow}",
                              "trading standards will hear about this, I'm reporting you to trading standards"),
        "platform": ("I'm reporting you to <platform>", "I will open a case with <platform>",
                     "reporting this seller to <platform> {now|right now|today}", "I'll file a complaint with <platform>"),
        "bbb": ("I'm filing a complaint with the BBB", "I'll report you to the better business bureau",
                "{expect|there will be} a BBB complaint {soon|today}, I'm reporting you to the BBB"),
        "police": ("I'm calling the police", "I will report this to the police as fraud",
                   "{i'll|I will} go to the police {about this|with this}"),
        "consumer": ("I'm contacting consumer protection", "I will complain to the consumer ombudsman",
                     "reporting you to the consumer council", "citizens advice {will|are going to} hear about this, I'm contacting citizens advice"),
        "ftc": ("I'm reporting you to the FTC", "I will file a report with the FTC", "the FTC {will|can} deal with you, reporting you to the FTC"),
        "atoz": ("I'm opening an A-to-z claim", "I'll file an A to Z guarantee claim", "an A-to-z claim {is going in|goes in} today"),
        "flag": ("I'm flagging your shop", "reporting your listing {as a scam|right now}", "I've reported your account"),
    },
    "chargeback": {
        "chargeback": ("I'll do a chargeback", "I'm filing a chargeback {today|tomorrow|now}",
                       "{expect|there will be} a chargeback", "chargeback it is then"),
        "bank": ("I'm calling my bank", "I'll contact my bank {and stop this|about this charge}",
                 "I am ringing my bank {in the morning|tomorrow}", "my bank will sort this out, I'm phoning my bank"),
        "dispute": ("I'm disputing the charge", "I will dispute this payment", "I'll dispute the transaction",
                    "{going to|gonna} dispute the charge"),
        "paypal": ("I'm opening a PayPal dispute", "I will open a dispute with PayPal", "paypal claim {going in|opened} {now|today}",
                   "I'll file a claim with paypal"),
        "card": ("I'll contact my credit card company", "I'm calling visa {to reverse it|about this}", "I'll get my card issuer to reverse the payment",
                 "I'm reversing the charge through my card"),
        "klarna": ("I'm opening a dispute with Klarna", "I'll tell klarna {to stop the payment|about this}"),
    },
    "review": {
        "one_star": ("I'll leave a one star review", "{enjoy|expect} your 1-star review", "1 star review incoming",
                     "you're getting a one-star rating"),
        "bad_review": ("I'm writing a bad review", "I'll leave a negative review {everywhere|on every site}",
                       "expect a terrible review", "a scathing review is {coming|on its way}"),
        "feedback": ("I'll leave negative feedback", "{negative|bad} feedback {is coming|incoming}", "you'll get negative feedback from me"),
        "social": ("I'm posting this on Twitter", "I'll share this all over social media", "I'm putting this on tiktok",
                   "everyone on facebook will hear about this, I'm posting it on facebook"),
        "trustpilot": ("I'm posting this on trustpilot", "I'll write about it on trustpilot and google reviews"),
        "warn": ("I'll warn other buyers about you", "I'm going to tell everyone to avoid your shop", "I will warn everybody not to buy from you"),
        "viral": ("this will go viral", "I'll make a video and it will go viral", "I'll name and shame you"),
        "reddit": ("I'm posting screenshots on reddit", "I'll put the whole story on reddit {and instagram|tonight}"),
    },
    "violence": {
        "kill": ("I will kill you", "I'm going to kill whoever packed this", "I swear I'll hurt you"),
        "house": ("I'll come to your house", "I know where you live", "I'll turn up at your door"),
        "break": ("I'll break your legs", "I'll smash your face in", "I'll break your neck"),
        "back": ("watch your back", "you better watch your back"),
        "punch": ("I'll punch you if I see you", "I'm going to beat you", "I will hurt you"),
        "burn": ("I'll burn your shop down", "I'll burn your warehouse", "I'll torch your van, burn your shop down"),
    },
}  # fmt: skip

DEMANDS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "refund": {
        "want": ("I want a full refund", "I want my money back", "I {want|need} a refund {now|today|immediately}"),
        "give": ("refund me", "just refund me {already|now|please}", "give me my money back"),
        "polite": ("could I please have a refund?", "I'd like a refund please", "would it be possible to get a refund?"),
        "expect": ("I expect a full refund", "I expect to be refunded {within 48 hours|by Friday}"),
        "process": ("please process a refund", "issue a refund {to my card|asap|today}", "please refund the <amount>"),
        "reimburse": ("I want to be reimbursed", "reimburse me for the <item>", "pay me back the <amount>"),
    },
    "replacement": {
        "send": ("please send a replacement", "send me a new one", "send the correct <item>"),
        "replace": ("I want it replaced", "can you replace it?", "I'd like a replacement <item>"),
        "reship": ("please reship the order", "reship it {asap|today|please}", "just resend the parcel"),
        "exchange": ("I want to exchange it for the right size", "can I exchange it for another colour?", "exchange it for a working one"),
        "again": ("send it again", "send them again {please|with tracking}", "send out a new one please"),
    },
    "compensation": {
        "discount": ("I expect a discount", "a discount on my next order would be fair", "give me {20|30|50}% off"),
        "voucher": ("I want a voucher for the trouble", "a voucher would help", "send me a coupon {at least|for next time}"),
        "compensate": ("I want compensation", "you should compensate me", "how will you compensate me?"),
        "credit": ("I'd like store credit", "put some credit on my account", "a partial refund would be fair"),
        "free": ("at least give me free shipping", "I want something for the inconvenience", "a free gift would make up for it"),
    },
    "cancel": {
        "cancel": ("cancel my order", "please cancel the order", "I want to cancel"),
        "cancel_now": ("cancel it {now|immediately|today}", "I'm cancelling this order", "just cancel the whole thing"),
        "cancellation": ("I request a cancellation", "please confirm the cancellation", "I'd like to cancel <order>"),
        "dont": ("forget it, cancel it", "cancel and refund {me|everything}", "I don't want it anymore, cancel please"),
    },
    "expedite": {
        "asap": ("I need it asap", "send it asap", "please ship asap"),
        "express": ("upgrade me to express shipping", "send it express {delivery|post}", "I want next-day delivery"),
        "urgent": ("this is urgent", "I urgently need this", "it's urgent, I need it by <day>"),
        "today": ("ship it today", "dispatch it today", "send it out right away please"),
        "hurry": ("hurry up", "speed it up please", "rush my order"),
    },
    "manager": {
        "manager": ("I want to speak to a manager", "put me through to your manager", "get me a manager"),
        "supervisor": ("let me talk to a supervisor", "I need a supervisor", "escalate this to a supervisor"),
        "owner": ("I want to talk to the owner", "let me speak to the owner", "who is the owner? I need to talk to the owner"),
        "human": ("I want a real person", "let me talk to a human", "can I speak to someone in charge?"),
        "escalate": ("escalate this", "I want this escalated", "escalate my complaint now"),
    },
}  # fmt: skip

ISSUES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "not_received": {
        "never_arrived": ("my order never arrived", "the <item> never came", "it never showed up"),
        "still_not": ("I still haven't received my order", "still haven't got the <item>", "my parcel still hasn't arrived"),
        "where": ("where is my order?", "where's my <item>??", "where is my parcel"),
        "marked_delivered": ("tracking says delivered but nothing is here", "it's marked as delivered but I never got it",
                             "<courier> shows delivered, I have nothing"),
        "lost": ("I think it's lost in the post", "the parcel got lost", "no sign of my parcel anywhere"),
        "not_received": ("order <order> not received", "I have not received <order>", "nothing has arrived yet"),
    },
    "late": {
        "late": ("my order is late", "the <item> is <days> days late", "it's really late now"),
        "waiting": ("I've been waiting <weeks> weeks", "still waiting for <order>", "been waiting since <day>"),
        "supposed": ("it was supposed to arrive on <day>", "it should have been here by now", "it was meant to come <day>"),
        "delay": ("why the delay?", "this delay is ridiculous", "the shipping is taking forever"),
        "eta": ("the estimated delivery date has passed", "you said <days> days, it's been <weeks> weeks", "past the delivery date already"),
    },
    "damaged": {
        "broken": ("the <item> arrived broken", "it came smashed", "the <item> is broken"),
        "cracked": ("it's cracked down the side", "the glass was shattered", "arrived cracked"),
        "not_working": ("the <item> doesn't work", "it stopped working after a day", "it won't turn on"),
        "packaging": ("the box was crushed and the <item> is dented", "it was poorly packed and got damaged", "everything was soaked and ruined"),
        "faulty": ("the <item> is faulty", "it's defective", "dead on arrival"),
        "torn": ("the <item> is torn", "the seam is ripped", "it came scratched all over"),
    },
    "wrong_item": {
        "wrong": ("you sent the wrong item", "I got the wrong <item>", "wrong size sent"),
        "not_ordered": ("this is not what I ordered", "that's not what I paid for", "this isn't what I ordered at all"),
        "instead": ("I received a <item> instead of the <item>", "got a mug instead of the lamp", "got blue instead of the black one"),
        "someone_else": ("you sent someone else's order", "I got a different product", "this parcel has someone else's stuff"),
        "colour": ("wrong colour", "the colour is wrong, I ordered green", "wrong model sent to me"),
    },
    "missing_item": {
        "missing": ("one item is missing", "the <item> is missing from the box", "half my order is missing"),
        "only": ("I only received one of the two", "only got 2 of the 3 <item>s", "only one arrived"),
        "not_included": ("the charger wasn't included", "the cable was not in the box", "the instructions weren't included"),
        "incomplete": ("the order is incomplete", "it came incomplete", "parts are missing"),
        "forgot": ("you forgot to include the <item>", "the <item> was left out"),
    },
    "not_as_described": {
        "described": ("it's not as described", "the <item> is not as advertised", "not as pictured at all"),
        "photos": ("it looks nothing like the photos", "nothing like the listing", "it doesn't match the description"),
        "quality": ("cheap quality", "the material is flimsy and cheap", "poor quality, feels like plastic"),
        "fake": ("this is a fake", "it's clearly counterfeit", "it's a knock-off, not genuine"),
        "size": ("it's way smaller than advertised", "much thinner than shown", "the listing was misleading"),
    },
    "billing": {
        "twice": ("you charged me twice", "I was double charged", "the payment came out twice"),
        "overcharged": ("I was overcharged", "you charged me the wrong amount", "I was charged <amount> instead of <amount>"),
        "invoice": ("I need an invoice", "the invoice is wrong", "can you send a VAT receipt?"),
        "code": ("the discount code wasn't applied", "my coupon didn't work", "the promo code was not applied at checkout"),
        "fee": ("there's a hidden fee on my card", "an extra charge appeared", "why is there an unexpected charge?"),
    },
    "return": {
        "how": ("how do I return this?", "I want to return the <item>", "I'd like to return it"),
        "label": ("please send me a return label", "I need a return label", "where's the return label?"),
        "sent_back": ("I sent it back <days> days ago", "I returned it on <day>", "you have my return already"),
        "process": ("what's your returns process?", "can I send it back?", "I want to send them back"),
    },
    "no_reply": {
        "no_reply": ("no reply to my emails", "still no response", "no answer from you"),
        "ignored": ("you keep ignoring me", "why are you ignoring my messages", "you've ignored me for a week"),
        "times": ("I've emailed you 4 times", "I've messaged five times", "I've contacted you several times"),
        "nobody": ("nobody has replied", "no one ever gets back to me", "nobody answered"),
        "third": ("this is my third email", "this is the fifth message I've sent", "is anyone there??"),
    },
    "other": {
        "address": ("I need to change my delivery address", "can I update the address on <order>?", "I moved, the address is wrong"),
        "account": ("I can't log into my account", "my password reset email never comes", "the website keeps crashing at checkout"),
        "gift": ("can you add a gift note?", "is gift wrapping possible?"),
    },
}  # fmt: skip

ABUSE: Final[dict[str, tuple[str, ...]]] = {
    "idiots": ("you idiots", "you useless idiots", "you absolute morons"),
    "are": ("you are useless", "you're pathetic", "you people are incompetent", "you are a bunch of clowns"),
    "f_you": ("fuck you", "fuck off", "screw you"),
    "scammers": ("you scammers", "you lying thieves", "you're a bunch of crooks"),
    "staff": ("your staff are useless idiots", "your team is a joke", "whoever packed this is an idiot"),
    "shitty": ("your shitty company", "your crappy shop", "your fucking useless service"),
    "go": ("go to hell", "shut up and refund me", "drop dead"),
    "names": ("you stupid bitch", "you dickheads", "you absolute wankers"),
    "hope": ("I hope you go bankrupt", "I hope your shop burns", "hope you rot"),
    "suck": ("you suck", "you guys suck", "you disgust me"),
    "disguised": ("f u c k you", "you sh1t company, you idi0ts", "f*ck you", "you useless b1tch"),
}  # fmt: skip

# Swearing about things or the situation: not abuse.
PROFANITY_THING: Final[dict[str, tuple[str, ...]]] = {
    "damn": ("this damn box", "the damn thing", "this damn parcel"),
    "fucking": ("the fucking parcel still hasn't come", "where's the fucking {order|package}", "this fucking courier"),
    "shit": ("shit happens", "this is shit", "what a shitty week"),
    "hell": ("what the hell", "where the hell is it", "why the hell does it take so long"),
    "bloody": ("the bloody thing", "bloody couriers", "bloody hell"),
    "wtf": ("wtf", "ffs", "omg wtf"),
    "crap": ("the weather is crap", "crap, I ordered the wrong size myself", "my day has been crap"),
}  # fmt: skip

# The word "report" (and other threat words) used innocently.
INNOCENT: Final[dict[str, tuple[str, ...]]] = {
    "report_problem": ("I want to report a problem with my order", "just reporting a small issue", "how do I report a fault?"),
    "report_doc": ("the courier report says it was left with a neighbour", "the tracking report is confusing", "I read the report you sent"),
    "report_back": ("please report back when you know more", "could you report back to me?"),
    "bank_holiday": ("my bank holiday plans depend on it", "I get paid by my bank on Friday"),
    "court": ("it's for my daughter's basketball court", "the food court pickup point was closed"),
    "review": ("I'll leave a 5 star review when it arrives", "I left a great review last time", "happy to leave a positive review"),
    "kill": ("this wait is killing me", "I could kill for a coffee", "killing time until it arrives"),
    "negated": ("I don't want to sue anyone, I just want my parcel", "I'm not going to report you, just fix it",
                "I won't leave a bad review, I just want it sorted", "I do not want a chargeback, please help"),
}  # fmt: skip

HEAT: Final[dict[int, dict[str, tuple[str, ...]]]] = {
    0: {"calm": ("no rush", "hope you're well", "when you have a moment", "just checking"),
        "thanks": ("thanks in advance", "many thanks", "cheers")},
    1: {"mild": ("a bit disappointed to be honest", "slightly annoying", "not ideal", "a little frustrating"),
        "polite": ("I'm sure it's a mistake", "I understand these things happen", "I'd appreciate your help")},
    2: {"frustrated": ("I'm really frustrated", "this is getting annoying", "honestly fed up", "not happy at all"),
        "sigh": ("sigh", "seriously?", "come on", "this is so disappointing")},
    3: {"angry": ("I'm furious", "this is absolutely ridiculous", "I am so angry right now", "this is unacceptable"),
        "worst": ("worst service ever", "never buying from you again", "what a joke of a shop", "disgraceful")},
    4: {"furious": ("I AM LIVID", "this is a complete disgrace and I'm beyond angry", "I'm absolutely fuming", "I'm done with you people"),
        "rage": ("I've had it", "this is the last straw", "enough is enough", "I'm shaking with anger")},
}  # fmt: skip

SARCASM: Final[dict[str, tuple[str, ...]]] = {
    "great": ("great service, really", "oh wonderful, another delay", "fantastic job, truly"),
    "thanks": ("thanks for nothing", "thanks a lot for the silence", "cheers for the help, not"),
    "surprise": ("what a surprise, still nothing", "shocking, no update again"),
    "love": ("love waiting {three weeks|forever} for a parcel", "love how nobody answers"),
}  # fmt: skip

QUESTIONS: Final[dict[str, tuple[str, ...]]] = {
    "stock": ("is the <item> back in stock?", "do you have the <item> in blue?", "will you restock the <item>?"),
    "shipping": ("do you ship to Ireland?", "how long does shipping to Canada take?", "what are your postage costs?"),
    "size": ("what size should I get?", "is the <item> true to size?", "what are the dimensions of the <item>?"),
    "custom": ("can you do a custom order?", "could you engrave the <item>?", "do you do bulk discounts for schools?"),
    "policy": ("what's your refund policy?", "do you accept returns on sale items?", "how does your cancellation fee work?"),
    "care": ("how do I clean the <item>?", "is the <item> dishwasher safe?", "can the <item> go outside?"),
}  # fmt: skip

THANKS: Final[dict[str, tuple[str, ...]]] = {
    "arrived": ("the <item> arrived today, thank you!", "got it, it's lovely", "parcel arrived safely, thanks"),
    "love": ("I love the <item>, thank you so much", "absolutely gorgeous, thanks", "my mum loved her present"),
    "service": ("thanks for the quick reply", "thank you for sorting it out", "thanks for the refund, all good now"),
    "again": ("will definitely order again", "great shop, thanks", "five stars from me"),
}  # fmt: skip

GREETINGS: Final = ("Hi", "Hello", "Hi there", "Dear seller", "Hey", "Good morning", "To whom it may concern",
                    "Hi <name>", "Dear <name>", "Hello team")  # fmt: skip
SIGNOFFS: Final = ("Thanks", "Regards", "Kind regards", "Best", "Thank you", "Cheers", "Sent from my iPhone",
                   "Many thanks", "Best wishes")  # fmt: skip
CONTEXTS: Final = ("I ordered a <item> on <day>", "This is about <order>", "Re: <order>",
                   "I bought the <item> <weeks> weeks ago", "order number <order>",
                   "I placed an order for a <item>", "my order <order> for a <item>")  # fmt: skip

# Non-English messages: language, then category -> templates (families are the templates).
FOREIGN: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "fr": {
        "greeting": ("Bonjour", "Bonsoir", "Madame, Monsieur"),
        "issue:not_received": ("je n'ai toujours pas reçu ma commande", "mon colis n'est jamais arrivé", "où est mon colis ?", "la commande <order> n'est pas arrivée"),
        "issue:late": ("la livraison est en retard", "j'attends depuis <weeks> semaines", "le colis devait arriver <day>"),
        "issue:damaged": ("l'article est arrivé cassé", "le <item> est abîmé", "le produit ne fonctionne pas"),
        "issue:wrong_item": ("vous m'avez envoyé le mauvais article", "ce n'est pas ce que j'ai commandé"),
        "issue:missing_item": ("il manque un article dans le colis", "la commande est incomplète"),
        "issue:billing": ("j'ai été débité deux fois", "le montant facturé est incorrect"),
        "issue:return": ("comment puis-je retourner l'article ?", "je voudrais faire un retour"),
        "demand:refund": ("je veux être remboursé", "merci de me rembourser", "je demande un remboursement"),
        "demand:cancel": ("merci d'annuler ma commande", "je veux annuler la commande"),
        "demand:replacement": ("envoyez-moi un nouvel article", "je voudrais un remplacement"),
        "heat:1": ("c'est un peu décevant", "merci de votre aide"),
        "heat:3": ("c'est inadmissible", "je suis très en colère", "c'est scandaleux"),
        "thanks": ("merci beaucoup, le colis est bien arrivé", "merci pour votre aide", "super produit, merci"),
        "question": ("livrez-vous en Belgique ?", "avez-vous cet article en bleu ?"),
        "signoff": ("Cordialement", "Merci", "Bien à vous"),
    },
    "de": {
        "greeting": ("Hallo", "Guten Tag", "Sehr geehrte Damen und Herren"),
        "issue:not_received": ("meine Bestellung ist noch nicht angekommen", "ich habe das Paket nie bekommen", "wo ist mein Paket?", "die Bestellung <order> ist nicht da"),
        "issue:late": ("die Lieferung ist verspätet", "ich warte schon seit <weeks> Wochen", "das Paket sollte am <day> kommen"),
        "issue:damaged": ("der Artikel ist kaputt angekommen", "die <item> ist beschädigt", "das Gerät funktioniert nicht"),
        "issue:wrong_item": ("Sie haben mir den falschen Artikel geschickt", "das habe ich nicht bestellt"),
        "issue:missing_item": ("ein Artikel fehlt im Paket", "die Lieferung ist unvollständig"),
        "issue:billing": ("mir wurde doppelt abgebucht", "die Rechnung ist falsch"),
        "issue:return": ("wie kann ich den Artikel zurücksenden?", "ich möchte das zurückschicken"),
        "demand:refund": ("ich möchte mein Geld zurück", "bitte erstatten Sie mir den Betrag", "ich verlange eine Rückerstattung"),
        "demand:cancel": ("bitte stornieren Sie meine Bestellung", "ich möchte die Bestellung stornieren"),
        "demand:replacement": ("bitte schicken Sie mir einen Ersatz", "ich hätte gern einen neuen Artikel"),
        "heat:1": ("das ist etwas enttäuschend", "danke für Ihre Hilfe"),
        "heat:3": ("das ist eine Frechheit", "ich bin sehr verärgert", "das ist unverschämt"),
        "thanks": ("vielen Dank, das Paket ist angekommen", "danke für die schnelle Hilfe", "tolles Produkt, danke"),
        "question": ("liefern Sie auch nach Österreich?", "haben Sie das auch in Blau?"),
        "signoff": ("Mit freundlichen Grüßen", "Viele Grüße", "Danke"),
    },
    "es": {
        "greeting": ("Hola", "Buenos días", "Estimado vendedor"),
        "issue:not_received": ("todavía no he recibido mi pedido", "mi paquete nunca llegó", "¿dónde está mi pedido?", "el pedido <order> no ha llegado"),
        "issue:late": ("el envío está retrasado", "llevo <weeks> semanas esperando", "debía llegar el <day>"),
        "issue:damaged": ("el artículo llegó roto", "el <item> está dañado", "el producto no funciona"),
        "issue:wrong_item": ("me enviaron el artículo equivocado", "esto no es lo que pedí"),
        "issue:missing_item": ("falta un artículo en el paquete", "el pedido está incompleto"),
        "issue:billing": ("me cobraron dos veces", "el importe cobrado es incorrecto"),
        "issue:return": ("¿cómo puedo devolver el artículo?", "quiero hacer una devolución"),
        "demand:refund": ("quiero un reembolso", "devuélvanme mi dinero", "solicito el reembolso"),
        "demand:cancel": ("por favor cancelen mi pedido", "quiero cancelar el pedido"),
        "demand:replacement": ("envíenme uno nuevo por favor", "quiero un reemplazo"),
        "heat:1": ("es un poco decepcionante", "gracias por su ayuda"),
        "heat:3": ("esto es inaceptable", "estoy muy enfadado", "es una vergüenza"),
        "thanks": ("muchas gracias, el paquete llegó bien", "gracias por la ayuda", "producto genial, gracias"),
        "question": ("¿envían a México?", "¿lo tienen en azul?"),
        "signoff": ("Saludos", "Gracias", "Un saludo"),
    },
    "it": {
        "greeting": ("Buongiorno", "Salve", "Ciao"),
        "issue:not_received": ("non ho ancora ricevuto il mio ordine", "il pacco non è mai arrivato", "dov'è il mio pacco?", "l'ordine <order> non è arrivato"),
        "issue:late": ("la consegna è in ritardo", "aspetto da <weeks> settimane", "doveva arrivare <day>"),
        "issue:damaged": ("l'articolo è arrivato rotto", "il <item> è danneggiato", "il prodotto non funziona"),
        "issue:wrong_item": ("mi avete mandato l'articolo sbagliato", "non è quello che ho ordinato"),
        "issue:missing_item": ("manca un articolo nel pacco", "l'ordine è incompleto"),
        "issue:billing": ("mi avete addebitato due volte", "l'importo addebitato è sbagliato"),
        "issue:return": ("come posso restituire l'articolo?", "vorrei fare un reso"),
        "demand:refund": ("voglio un rimborso", "rimborsatemi per favore", "chiedo il rimborso"),
        "demand:cancel": ("per favore annullate il mio ordine", "voglio annullare l'ordine"),
        "demand:replacement": ("mandatemi un articolo nuovo", "vorrei una sostituzione"),
        "heat:1": ("è un po' deludente", "grazie per l'aiuto"),
        "heat:3": ("è inaccettabile", "sono molto arrabbiato", "è una vergogna"),
        "thanks": ("grazie mille, il pacco è arrivato", "grazie per l'aiuto", "prodotto bellissimo, grazie"),
        "question": ("spedite in Svizzera?", "avete questo articolo in blu?"),
        "signoff": ("Cordiali saluti", "Grazie", "Saluti"),
    },
    "nl": {
        "greeting": ("Hallo", "Goedemiddag", "Beste verkoper"),
        "issue:not_received": ("mijn bestelling is nog niet aangekomen", "ik heb het pakket nooit ontvangen", "waar is mijn pakket?", "de bestelling <order> is niet aangekomen"),
        "issue:late": ("de levering is te laat", "ik wacht al <weeks> weken", "het pakket zou op <day> komen"),
        "issue:damaged": ("het artikel is kapot aangekomen", "de <item> is beschadigd", "het product werkt niet"),
        "issue:wrong_item": ("u heeft het verkeerde artikel gestuurd", "dit heb ik niet besteld"),
        "issue:missing_item": ("er ontbreekt een artikel in het pakket", "de bestelling is niet compleet"),
        "issue:billing": ("er is twee keer afgeschreven", "het gefactureerde bedrag klopt niet"),
        "issue:return": ("hoe kan ik het artikel terugsturen?", "ik wil het retourneren"),
        "demand:refund": ("ik wil mijn geld terug", "graag een terugbetaling", "ik eis een terugbetaling"),
        "demand:cancel": ("annuleer mijn bestelling alstublieft", "ik wil de bestelling annuleren"),
        "demand:replacement": ("stuur mij een nieuw exemplaar", "ik wil graag een vervanging"),
        "heat:1": ("het is een beetje teleurstellend", "bedankt voor uw hulp"),
        "heat:3": ("dit is onacceptabel", "ik ben erg boos", "dit is schandalig"),
        "thanks": ("hartelijk dank, het pakket is aangekomen", "bedankt voor de hulp", "mooi product, dank je"),
        "question": ("verzenden jullie naar België?", "hebben jullie dit ook in het blauw?"),
        "signoff": ("Met vriendelijke groet", "Groeten", "Bedankt"),
    },
}  # fmt: skip

# --- seller drafts -------------------------------------------------------------------------------

DRAFT_POLITE: Final[dict[str, tuple[str, ...]]] = {
    "apology": ("I'm sorry your order hasn't arrived yet.", "I'm really sorry about the damage.",
                "Sorry for the trouble with your <item>.", "Apologies for the delay, that's not the experience we want for you."),
    "understand": ("I understand how frustrating this is.", "I completely understand your concern.",
                   "I can see why you're upset, and I want to put it right."),
    "check": ("I've asked <courier> to investigate.", "I'm checking with <courier> now.",
              "I've raised a case with the courier and will update you as soon as I hear back."),
    "offer": ("I can send a replacement today or refund you in full, whichever you prefer.",
              "I'd be happy to refund the <amount>.", "I've arranged a replacement <item> for you.",
              "We can offer a prepaid return label."),
    "info": ("Our returns window is 30 days from delivery.", "The usual delivery time is <days> working days.",
             "Refunds usually appear within 3 to 5 working days.", "You can find the size guide on the listing page."),
    "next": ("I'll update you by <day>.", "Please let me know which option suits you.",
             "If you could send a photo of the damage, I'll sort it straight away.", "Could you confirm your address for me?"),
    "thanks": ("Thank you for your patience.", "Thanks for letting us know.", "Thank you for your order."),
    "report_innocent": ("I've reported the issue to the courier.", "I'll report back as soon as I know more.",
                        "The courier's report says the parcel was left at the depot."),
    "polite_promise": ("I'll do my best to get this sorted quickly.", "We expect it to arrive within <days> days.",
                       "It should be with you early next week."),
    "firm_polite": ("Unfortunately we can't accept returns on personalised items, but I'd like to help another way.",
                    "I'm afraid the order has already left us, so we can't cancel it, but you can return it for free.",
                    "We aren't able to refund before the item is returned, but here's a free label."),
}  # fmt: skip

DRAFT_PROBLEMS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "threat": {
        "legal": ("If you leave that review we will take legal action.", "We'll take this further if you keep this up.",
                  "Our lawyers will be in touch about your comments."),
        "report": ("We will report you to <platform> for abuse.", "I'll report you for fraud.", "We'll blacklist you from the shop."),
        "ban": ("Keep this up and we'll ban you.", "We will block you from ordering.", "Do that again and we'll close your account."),
        "regret": ("You'll regret this.", "Don't test me.", "Consider this your final warning."),
        "police": ("We will call the police if you claim it didn't arrive again.", "I'll involve the police."),
    },
    "insult": {
        "idiot": ("Are you stupid?", "You idiot, it's in the description.", "What is wrong with you?"),
        "read": ("Can't you read?", "Learn to read.", "Use your brain."),
        "person": ("You're being ridiculous.", "You are a liar.", "Customers like you are the worst."),
        "grow": ("Grow up.", "Get a life.", "You're pathetic."),
        "entitled": ("You're so entitled.", "What a nightmare customer.", "You are clueless."),
    },
    "sarcasm": {
        "oh": ("Oh great, another complaint.", "Oh wonderful, you again.", "Oh sure, it just vanished."),
        "thanks": ("Thanks for the lecture.", "Thanks for your lovely email.", "Thanks for nothing."),
        "surprise": ("What a surprise, another problem.", "Shocking, I know.", "Big surprise there."),
        "obviously": ("Clearly you didn't read the listing.", "Obviously someone can't measure.", "Apparently you never check your post."),
        "nice": ("How nice of you to finally reply.", "Well done for noticing.", "Congratulations on finding the tracking page."),
    },
    "condescension": {
        "calm": ("Calm down.", "Please calm down.", "Relax, it's just a parcel."),
        "told": ("As I already told you, it takes <days> days.", "As previously stated, we don't do refunds on sale items.",
                 "Per my last email, the parcel is with <courier>."),
        "simple": ("It's not that hard to follow the instructions.", "It's really simple.", "Let me explain this again slowly."),
        "last": ("For the last time, it's in transit.", "I don't know how to make it any clearer.",
                 "You should have known it ships from abroad."),
        "pet": ("Sweetie, it will come.", "Honey, these things take time.", "Read the description properly next time."),
    },
    "blame": {
        "fault": ("This is your fault.", "That's on you.", "It's entirely your own fault."),
        "should": ("You should have checked the size chart.", "You should've read the listing.", "You failed to give a correct address."),
        "wrong": ("Because you entered the wrong address it went back.", "You must have dropped it.", "You didn't read the description."),
        "end": ("The problem is on your end.", "This is user error.", "You broke it."),
    },
    "dismissive": {
        "problem": ("That's not our problem.", "Not my problem.", "Not our responsibility once it's posted."),
        "nothing": ("There's nothing we can do.", "Nothing more I can do.", "Take it up with the courier."),
        "deal": ("Deal with it.", "Tough luck.", "That's just how it is."),
        "stop": ("Stop emailing us.", "Don't contact us again.", "This conversation is closed."),
        "wait": ("Just wait.", "Be patient.", "It is what it is."),
    },
    "overpromise": {
        "guarantee": ("I guarantee it will arrive tomorrow.", "I promise it'll be there by <day>.", "We guarantee this will never happen again."),
        "definitely": ("It will definitely arrive tomorrow.", "It'll definitely be delivered today.", "It will certainly be there today."),
        "hundred": ("I'm 100% sure it arrives today.", "This will never happen again.", "You'll have your refund within the hour."),
    },
    "shouting": {
        "caps": ("PLEASE READ THE LISTING BEFORE ORDERING.", "WE DO NOT ACCEPT RETURNS ON SALE ITEMS.",
                 "THE PARCEL IS ON ITS WAY, STOP ASKING."),
        "bangs": ("It was posted on <day>!!", "We already sent it!!!", "Please wait!!"),
    },
}  # fmt: skip

# Claims that contradict the record when the facts do not show them: (claim kind, templates).
DRAFT_CLAIMS: Final[dict[str, tuple[str, ...]]] = {
    "delivered": ("Your parcel was delivered on <day>.", "Tracking shows it as delivered.", "It was left at your door on <day>."),
    "dispatched": ("Your order was dispatched on <day>.", "We shipped it on <day>.", "Your parcel is on its way."),
    "tracking": ("Your tracking number is LH<days>0921.", "Here's your tracking link.", "I've already sent you the tracking number."),
    "updates": ("We've kept you updated throughout.", "As I informed you on <day>, it's delayed.", "I already sent you two updates."),
    "refunded": ("Your refund has been issued.", "We've already refunded you.", "The refund was processed on <day>."),
}  # fmt: skip
