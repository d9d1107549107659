"""Round 11 (docs/triage.md, step 12): one phrasing of each class of construction the round's
review rules cover, written for these tests (not copied from the development file dev28), and
innocent neighbours the rules and the round's guards must leave clean."""

from __future__ import annotations

import pytest

from levelhead.triage import analyze

# dev28's classes
REVIEW = [
    # a review set on a condition: "or", "unless", "if ... not" before or after the step
    "Fix this today or I'm posting a review.",
    "If the lamp isn't here by Friday I'm writing a review about this shop.",
    "I will leave a review with pictures if you don't answer me.",
    # "a negative" left as the marketplace's noun
    "Leaving you a negative for this one.",
    # the review said to be poor or not glowing; the feedback said to reflect it
    "Put it this way, my review won't be a glowing one.",
    "My next rating will have to be a harsh one.",
    "The feedback I give will say exactly what happened.",
    # a rating as low as it goes; the seller's rating going down
    "I'm rating this shop one out of five.",
    "Expect the lowest rating Amazon lets me give.",
    "Don't expect a decent review from me.",
    "Your shop rating is going to drop once I'm finished.",
    # the shop put on a list or in a section to avoid, featured not in a good way
    "I'm listing your shop in my blog as one to avoid.",
    "Next month you'll be in the 'avoid' list of my newsletter.",
    "Your company will feature in my column, and not in a good way.",
    # readers or members who will hear about it; a group told not to use the seller
    "Followers of my craft page will be hearing about this from me.",
    "I'm telling the mums at the school gate not to buy from you.",
    "I'll share the shop name on every forum so people know to stay away.",
    # photos or a video of the damage going up, online or into the review
    "The photos of the cracked mirror will be going online tomorrow.",
    "Posting the pictures of the broken frame for everyone to see.",
    "I filmed the unboxing and I'm uploading it tonight.",
    # a review written and waiting on the seller; a review updated after
    "My review is already written up.",
    "My old review was a fair one. I'll be updating it after this.",
    "trustpilot review heading ur way, and it's not a nice one",
    "Just wait until my video gets round the local groups.",
]

FOUND = [("review", t) for t in REVIEW]

CLEAN = [
    # an unconditional promise to review stays clean
    "I'll leave a review once it arrives.",
    # a pitch: a collaboration, a giveaway, a feature or a show
    "I run a small craft page with 40k followers. Would you be interested in a collab?",
    "Would you like to do a giveaway with me? I'd share it with all my followers.",
    "I host a podcast about handmade gifts. Would you like to come on as a guest?",
    # the seller found through a video or a post; something of the seller's went viral
    "I found you on TikTok through a video about candles.",
    "Is this the vase that went viral on Instagram? Is it still available?",
    # another's review, or one the writer read
    "A design magazine reviewed your notebooks and gave them top marks.",
    "I read a review of this blender in a magazine, is it the latest version?",
    "Somebody has posted a one star review on your page that isn't even about your products.",
    # a rating given to the courier or the carrier
    "I gave DPD a low rating because the driver left it in a puddle. Not your fault.",
    "Left a bad review for the courier, the box was soaked.",
    # another shop: the wrong shop, someone else
    "Sorry, I left a review on the wrong seller's page by accident.",
    "I bought from somewhere else first and gave them 1 star. So glad I found you.",
    "My friend left a bad review for the other shop on the high street.",
    # the seller asked whether they post somewhere
    "Do you post restocks on Facebook?",
    # praise beside a past review, and "I've been telling everyone"
    "I wrote a review on your site saying how well it was packed. Thanks!",
    "Posted a photo of the cake in our group and so many people asked where it was from.",
    "I've been telling everyone about your candles!",
    "this bag is perfect, i'll write u a nice review on google",
    # "if you don't mind" is a courtesy, not a condition (the review rule, and the violence
    # sentence head's cued band)
    "If you don't mind I'll leave a review once it's here.",
    "I'll leave a review when it comes if you don't mind",
]


@pytest.mark.parametrize(("threat", "text"), FOUND)
def test_round11_constructions_are_found(threat: str, text: str) -> None:
    assert threat in analyze(text).threats


@pytest.mark.parametrize("text", CLEAN)
def test_round11_innocent_uses_are_left_clean(text: str) -> None:
    assert analyze(text).threats == ()
