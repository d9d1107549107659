# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Third-round development families: many voices, written before the third revision of the rules.

Written without reading ``heldout.py`` and before any rule was changed in this round, to find
how the rules fail on phrasing nobody planned: UK and US English, chat and email, typos, slang,
capitals, indirect and implied threats ("you'll be hearing from my bank", "enjoy your one-star"),
insults at staff in many forms, drafts that threaten or sneer without the obvious words, and
hard negatives (the threat words used innocently, swearing about things, polite drafts that
mention banks, courts and reviews). The rules were then generalised by word class on its misses
(docs/triage.md), so it is training data, like ``dev.py`` and ``dev2.py``.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "legal": {
        "see_you": ("see you in court, mate", "see u in court lol", "enjoy explaining yourselves to a judge",
                    "we can let the small claims judge decide who's right"),
        "counsel": ("my solicitor will be in touch first thing monday", "I've instructed a barrister",
                    "passing this to my attorney {today|tonight}", "I've got a no win no fee firm ready to go",
                    "my lawyer's gonna have a field day with u"),
        "paper": ("expect a letter before claim by friday", "you'll be receiving a formal notice from my legal rep",
                  "I'm filing a claim through money claim online", "im taking u to small claims court",
                  "I AM TAKING LEGAL ACTION"),
        "us_suit": ("I'm filing suit against your company", "I will be pursuing every legal remedy available",
                    "my attorney is drafting the complaint as we speak", "you're getting sued, plain and simple",
                    "i will sue u for every penny"),
    },
    "report": {
        "regulators": ("trading standards will hear about this", "I'm contacting the FTC about your business",
                       "which? consumer rights are going to love this one", "i'm complaining to the ombudsman",
                       "I've logged it with the consumer council"),
        "platform": ("I'm reporting u to etsy", "ebay will be hearing about this", "I'll get your shop shut down",
                     "I'm going to get your seller account suspended", "I'll have your listing taken down",
                     "{Amazon|Etsy|eBay} needs to know what kind of seller you are"),
        "police": ("I'm calling the cops", "this is going to the police as theft", "I'll be reporting this to action fraud",
                   "im ringin the police on u", "I've reported the whole thing to the fraud squad"),
        "shut_down": ("I'll make it my mission to get you shut down", "your account won't last the week once I report it",
                      "I'll be contacting the better business bureau", "filing a BBB complaint tonight"),
    },
    "chargeback": {
        "hear_bank": ("you'll be hearing from my bank", "my bank will be in touch with you", "I'm going to my bank about this",
                      "I'll let my bank sort you out", "my bank can deal with you"),
        "providers": ("I'll get Revolut to reverse it", "Barclaycard will be claiming the money back",
                      "I'm reporting the transaction to Chase", "raising a dispute with Monzo",
                      "Clearpay are stopping the payment", "I'll ask Capital One to pull the charge"),
        "claim_back": ("I'll claim it back under section 75", "I'm putting in a claim with my credit card company",
                       "my card issuer will refund me and you'll pay the fees", "I'm requesting my money back through my bank",
                       "i'll get my money back off paypal then"),
        "chat_cb": ("gonna do a chargeback tbh", "CHARGEBACK INCOMING", "filing a paypal claim rn",
                    "im gettin paypal to refund me, u can fight them for it"),
    },
    "review": {
        "stars": ("enjoy your one-star", "1* incoming", "that's a 1 star from me", "you've earned yourself a one star review",
                  "i'm giving you zero stars", "ONE STAR. ENJOY."),
        "social": ("the whole of Facebook will know", "I'm putting this on TikTok tonight",
                   "my Instagram followers will love this story", "I'll post screenshots in every group I'm in",
                   "I'm going to make a video about your shop"),
        "venues": ("I'll be warning people on mumsnet", "this is going on the local facebook group",
                   "I'm writing this up on trustpilot", "I'll post about you in every craft forum going",
                   "the local paper would love this story", "i'll be telling the whole of reddit"),
        "everyone": ("everyone I know will hear how you treated me", "I'll make sure nobody buys from you again",
                     "I'll let the whole world know what a scam this is", "all my friends will be told to avoid you",
                     "ur reputation is about to be toast"),
    },
    "violence": {
        "harm": ("I'll smash your shop windows in", "I'll slash your tyres", "I'll rip your head off",
                 "I'll put you in hospital", "someone should teach you a lesson and it might be me"),
        "visit": ("I'm driving round to yours tonight", "I've got your address off the return label, see you soon",
                  "I'll be waiting outside your unit", "better lock your doors", "I'll be paying your workshop a visit"),
        "chat_v": ("ill batter u", "i'm gonna knock ur block off", "u better hope i never see u",
                   "I'll wreck your van", "i will end u"),
    },
}  # fmt: skip

ABUSE: Final[Families] = {
    "nouns_uk": ("you absolute melt", "you utter wazzock", "you bunch of chancers", "you're a pack of thieving gits",
                 "absolute mugs the lot of you", "you plonkers"),
    "nouns_us": ("u clowns", "you guys are a bunch of jerks", "you're a joke of a company", "what a bunch of losers you are",
                 "you con men", "you frauds"),
    "adjectives": ("you're all incompetent", "your staff are braindead", "you're a useless excuse for a business",
                   "you're the most incompetent people I've ever dealt with", "your so called customer service team is a joke",
                   "you are all thick"),
    "staff": ("the girl on your phone line is a moron", "whoever packed this is an idiot", "your driver is a thieving toerag",
              "tell your boss he's a crook", "the lad who answered the phone was a rude little twerp"),
    "swearing": ("f*** the lot of you", "screw you people", "u lot can get stuffed", "go to hell, the lot of you",
                 "you can shove your parcel", "you're full of shit"),
    "caps_leet": ("YOU ARE A BUNCH OF MORONS", "y0u 1di0ts", "ur a j0ke", "YOU USELESS PEOPLE", "u r a bunch of sc4mmers"),
    "harass": ("I hope your shop goes under", "I hope you lose everything", "you deserve to go bust",
               "nobody should have to deal with scum like you", "you people make me sick"),
}  # fmt: skip

# The threat words used innocently, and negated or hypothetical intent.
INNOCENT: Final[Families] = {
    "report_word": ("the tracking report says out for delivery", "could you send me the condition report?",
                    "just reporting back that it arrived safely", "my son has a book report due, that's why I need it"),
    "review_word": ("I'll review the photos and get back to you", "I read the reviews before ordering",
                    "I'd like to leave a review but the link doesn't work", "will leave five stars once it's here"),
    "bank_word": ("I paid by bank transfer on <day>", "the money left my bank account fine",
                  "my bank app shows the payment as pending", "I'm at the bank on friday, can it come saturday?"),
    "court_word": ("please deliver to 4 Court Road", "I'm on jury duty all week so leave it with a neighbour",
                   "it's a gift for my tennis coach"),
    "hit_word": ("the box looks like it was hit by a truck lol", "your new range is a hit with my kids",
                 "this heat is killing me", "I could murder a cup of tea while I wait"),
    "hypothetical": ("do I need to contact my bank or can you refund directly?", "should I open a case with <platform> or wait?",
                     "I really don't want to have to leave a bad review", "my friend said do a chargeback but I'd rather sort it with you",
                     "I'm not going to dispute it, just want it fixed"),
}  # fmt: skip

# Swearing about things and situations, never at the seller.
PROFANITY_THING: Final[Families] = {
    "about_things": ("this bloody weather has delayed everything", "the fucking post office lost it again",
                     "holy shit it's gorgeous", "damn, wrong address on my end", "the courier's app is shit"),
}  # fmt: skip

# --- seller drafts -------------------------------------------------------------------------------

DRAFT_POLITE: Final[Families] = {
    "mentions": ("If your bank has raised a dispute, please let us know and we'll send them what they need.",
                 "You're welcome to leave a review once everything is sorted.",
                 "Your refund will show on your bank statement within 3 to 5 working days.",
                 "I've reported the damage to <courier> so they can investigate.",
                 "We'd never want this to end up in court, so let's fix it now."),
    "understand": ("I completely understand your frustration.", "You're right, we should have replied sooner.",
                   "No problem at all, happy to help.", "Please keep the item, there's no need to send it back."),
    "policy_kind": ("For custom orders we can't take returns, but I'd love to help fix it.",
                    "The courier's claims team usually replies within two days.",
                    "If the parcel hasn't arrived by <day>, we'll send a replacement straight away."),
    "chatty": ("hey! no worries, sending a new one today :)", "totally get it, sorry again",
               "thx for your patience, we're on it", "Oh no, that's not the experience we want for you!"),
}  # fmt: skip

DRAFT_PROBLEMS: Final[dict[str, Families]] = {
    "threat": {
        "court": ("We'll see you in court.", "Our solicitors will be contacting you.", "We're happy to let a judge decide.",
                  "We will be seeking our legal costs from you."),
        "report_you": ("We've flagged your account to <platform> as abusive.", "Keep this up and we'll have you blocked from <platform>.",
                       "We'll be reporting this as fraud.", "We'll be passing your details to a collection agency."),
        "veiled": ("I'd think very carefully about your next message.", "We have your address on file, remember.",
                   "You don't want to go down this road.", "Push this any further and it gets expensive for you."),
    },
    "insult": {
        "people_like": ("People like you are the problem.", "Honestly, customers like you are why small shops give up.",
                        "You clearly can't read.", "Only a fool would expect free next-day delivery."),
        "contempt": ("You're being a complete child about this.", "What a pathetic complaint.",
                     "Your message is the most ridiculous thing I've read.", "You are delusional."),
        "chat_insult": ("ur an idiot mate", "lol you're clueless", "not sure what planet you're on",
                        "are u for real? use ur brain"),
    },
    "condescension": {
        "read_it": ("Maybe read the listing next time.", "As we've said several times already, it's on its way.",
                    "I'll keep it short so there's no confusion this time."),
    },
    "dismissive": {
        "not_ours": ("Not our problem.", "Take it up with <courier>.", "We've done all we're going to do."),
    },
}  # fmt: skip


def dev3() -> dict[str, Families]:
    """Generator category -> the third-round development families (training side)."""
    out = by_category(THREATS, {}, {}, ABUSE, DRAFT_POLITE, DRAFT_PROBLEMS, {})
    out["innocent"] = INNOCENT
    out["profanity"] = PROFANITY_THING
    return out
