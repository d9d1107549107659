# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Fourth-round development families: seller drafts only, written before the fourth revision.

Written without reading ``heldout.py`` and before any tone rule was changed in this round, to find
how the tone guard fails on drafts nobody planned: insults aimed at the customer in many forms
(name-calling, "people like you", their intelligence or competence questioned), condescension,
blame, brush-offs and over-promising, from many writers (terse, chatty, formal, UK and US), and
hard negatives: polite, firm drafts that mention refunds, couriers, policies, "unfortunately",
apologies and corrections said kindly. The tone rules were then generalised by word class and
construction on its misses (docs/triage.md), so it is training data, like ``dev3.py``.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

DRAFT_POLITE: Final[Families] = {
    "firm_policy": ("Unfortunately we can't refund opened cosmetics, but we can offer an exchange for a different shade.",
                    "Our returns window is 30 days from delivery, and yours falls just inside it, so you're fine to send it back.",
                    "I'm afraid personalised pieces can't be returned, though I'm glad to fix the engraving for free.",
                    "The policy says return postage is paid by the buyer; in this case I'll cover it for you."),
    "courier_kind": ("I've opened a claim with <courier> and will chase them every day until it's found.",
                     "The courier shows a failed attempt on <day>; would you like me to rebook it for you?",
                     "It looks like the parcel is sitting at the local depot, so I've asked them to redeliver.",
                     "I'll deal with <courier> directly, there's no need for you to call them."),
    "correction_kind": ("Just to clarify, the size chart is in centimetres, which I know is easy to miss.",
                        "Small correction, and my fault for not being clearer: the lamp takes an E14 bulb.",
                        "I checked and the address on the order is the old one, shall I update it and send again?",
                        "You're right that the photo looks darker than the real colour, and I'm sorry for that."),
    "apology_refund": ("I'm so sorry about this, your full refund is on its way today.",
                       "Apologies for the wait, I've now refunded the postage as well.",
                       "We expect it to arrive by <day>, and I'll keep an eye on the tracking for you.",
                       "I can't promise a date while the courier is this backed up, but I will update you on <day>."),
    "warm_chat": ("aw no, so sorry! sending another one first thing :)",
                  "Thanks for telling us, honestly that helps us improve.",
                  "You did nothing wrong here, the mistake was ours.",
                  "No need to apologise at all, these things happen.",
                  "We usually hear back from the carrier within 48 hours, and I'll pass on whatever they say."),
}  # fmt: skip

DRAFT_PROBLEMS: Final[dict[str, Families]] = {
    "insult": {
        "name_calling": ("You absolute muppet, the size was in the title.", "Listen here, you utter clown.",
                         "Honestly you're a nightmare to deal with, a proper drama queen.",
                         "what a numpty", "Sorry but you sound like a spoilt brat."),
        "people_like_you": ("It's buyers like you that ruin selling online.", "Folks like you are why we added a no-returns policy.",
                            "Typical of your sort to demand a refund after a week.", "Your kind always complain about something."),
        "intelligence": ("Are you seriously this dim?", "do you even have a brain?", "Is English your first language or what?",
                         "Even my dog could follow these instructions.", "It's a shame common sense isn't sold on our site.",
                         "u must be thick as a plank"),
        "competence": ("You clearly have no idea how to use a screwdriver.", "You obviously don't know what you're doing.",
                       "You can't even assemble a shelf properly.", "Maybe get someone competent to open the box for you.",
                       "Some people just shouldn't shop online."),
        "grow_up": ("Grow up and stop whining.", "Act like an adult please.", "Stop crying about a two pound difference.",
                    "Quit being such a baby about it.", "Get a grip, it's a mug."),
    },
    "condescension": {
        "explained": ("Like I explained in my first email, it's made to order.", "As was made very clear at checkout, delivery takes ten days.",
                      "I've already explained this twice so I'll try once more.", "Once again, the tracking is in the email we sent."),
        "not_hard": ("It's honestly not rocket science to read a label.", "It really isn't that difficult to measure your wrist.",
                     "This is pretty basic stuff, to be honest.", "Honestly, a child could put this together."),
        "spell_out": ("Let me spell it out for you in simple terms.", "Read it slowly this time: it ships on the tenth.",
                      "Let me break it down for you, since it seems to be confusing you.", "To put it in words you'll understand, it's late."),
        "clearly_didnt": ("Clearly you didn't bother to look at the photos.", "You obviously skipped the description entirely.",
                          "If you had read the listing you would know it's a sample size.", "I suggest you actually read what you buy in future."),
    },
    "blame": {
        "should_have": ("You should've measured before ordering.", "You ought to have checked the postcode.",
                        "Had you read the care label, it wouldn't have shrunk.", "Next time double check your basket before paying."),
        "your_fault": ("This one is entirely down to you.", "The fault lies with you, not us.",
                       "Honestly this is your own doing.", "That's your responsibility as the buyer, not ours."),
        "wrong_details": ("You supplied an outdated postcode when you checked out.", "You gave us an old address, so of course it went there.",
                          "The postcode you typed doesn't exist.", "You missed the delivery because you weren't in."),
    },
    "dismissive": {
        "not_ours": ("That's not something we're responsible for.", "Not really our concern once it's left us.",
                     "Honestly that's between you and <courier>.", "Your issue is with the courier now, not with us."),
        "nothing_doing": ("There's nothing we can do about it.", "We can't do anything more, sorry.",
                          "Nothing more to be done from our side.", "Out of our hands, I'm afraid, so that's that."),
        "brush_off": ("Whatever, do what you like.", "Fine. Leave the review if you must.", "We don't really have time for this.",
                      "Please direct any further complaints to <courier>.", "Go and chase <courier> yourself."),
    },
    "overpromise": {
        "guaranteed": ("It'll be with you tomorrow, guaranteed.", "Guaranteed delivery by Friday, no question.",
                       "100% it arrives Monday.", "I can guarantee it's there before the weekend.",
                       "Rest assured it will definitely land by <day>."),
        "never_again": ("I promise it will never happen again.", "This won't ever happen to you again, I swear.",
                        "You'll never have another problem with us.", "I give you my word this is the last time anything goes wrong."),
        "no_matter": ("You'll get a full refund whatever happens.", "Full refund regardless, no questions asked, even without the return.",
                      "I'll make absolutely sure it's perfect this time.", "The replacement will 100 percent be flawless."),
    },
}  # fmt: skip


def dev4() -> dict[str, Families]:
    """Generator category -> the fourth-round development families (training side)."""
    return by_category({}, {}, {}, {}, DRAFT_POLITE, DRAFT_PROBLEMS, {})
