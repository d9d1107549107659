"""Ninth-round development families: hard negatives for the violence flag, by a new writer.

Written in round 6 by a writer new to the project who read only the labelling guide and the
format of the earlier ``dev`` files, never ``heldout.py``, the other fragment files or the rule
files, so the phrasing is not shaped by what the rules catch. Every fragment is a customer
venting frustration or anger with hyperbole, idioms or violent-sounding words aimed at no one:
self-directed exasperation ("I'm about to lose my mind", "my blood is boiling"), violent idioms
about things and situations ("I could throttle this printer", "this delay is killing my
business", "I'd murder a cup of tea"), venting about couriers or the wait without any intent,
gallows humour, sports and gaming talk, and anger that is purely emotional ("I am FURIOUS",
"fuming doesn't cover it"). None threatens the seller or anyone else, makes a demand or insults
anyone, so each carries no threat, no demand and no abuse. Voices: UK, US, Irish, Australian,
Indian and Nigerian English, teenagers, older writers, lowercase chat, capitals, emoji and typos.

Written after the held-out split showed false violence flags (counted, never read) in messages
holding a frustration phrase. Scored alone, the engine left 167 of its 168 templates clean (the
one flagged, "wring the neck of this router", fixed by a rule guard). Not in training: adding it
to ``generate.DEV`` redrew the whole training sample and raised Bitext's support requests given a
threat from 6 to 13 of 5,000 (docs/triage.md, round 6).

Round 8: the threat sentence heads read every template of this file (``train.SENT_EXTRA_SETS``);
the generated corpus still does not draw on it.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families

# --- customer messages: frustration and hyperbole that threaten no one ---------------------------

INNOCENT: Final[Families] = {
    "lose_my_mind_uk_9": (
        "Honestly, I'm about to lose my mind with this whole thing.",
        "I think I'm slowly losing my marbles waiting for this parcel.",
        "Right, I'm officially going round the bend.",
        "I swear I'll go mad if I have to refresh this page once more.",
        "I'm at the end of my tether, I really am.",
        "I'm losing the plot here, I genuinely am.",
    ),
    "hair_out_us_9": (
        "I'm ready to tear my hair out over this.",
        "I've pulled out half my hair waiting on this package, lol.",
        "At this rate I'll be bald by the time it shows up.",
        "I am literally ready to pull my hair out.",
        "This whole thing has me tearing my hair out.",
    ),
    "blood_boiling_irish_9": (
        "My blood is boiling, so it is.",
        "I'm after getting myself into a right state over this.",
        "I'm fit to be tied, I'm not even joking.",
        "Sure my blood pressure is through the roof at this stage.",
        "I'm raging, absolutely raging, and it's only Tuesday.",
    ),
    "scream_aus_9": (
        "I could scream, mate, I honestly could.",
        "I'm about to scream into a pillow over this one.",
        "Went out to the backyard and had a good yell at the sky, feel a bit better now.",
        "I reckon I'm about to blow a gasket.",
        "Fair dinkum, I'm spitting chips over here.",
    ),
    "seething_older_9": (
        "I must say I am seething, and I am not a woman given to temper.",
        "In all my seventy-odd years I have rarely been so cross.",
        "My late husband would have said I was fit to burst, and he would have been right.",
        "I am quite beside myself, I don't mind telling you.",
        "I have been in such a state about it that I could not sleep.",
    ),
    "killing_me_teen_9": (
        "this wait is literally killing me fr",
        "the suspense is killing me ngl",
        "omg im dying waiting for this",
        "not me checking tracking every 5 mins, its killing me",
        "i'm deceased, the anticipation is unreal",
        "bro this is killing me slowly",
    ),
    "explode_caps_9": (
        "I AM GOING TO EXPLODE.",
        "I AM SO FRUSTRATED I COULD SCREAM.",
        "I AM FURIOUS, ABSOLUTELY FURIOUS.",
        "MY HEAD IS ABOUT TO BLOW OFF WITH STRESS.",
        "I CANNOT BELIEVE THIS, I AM BESIDE MYSELF.",
    ),
    "livid_uk_9": (
        "I am absolutely livid, I don't mind saying.",
        "Fuming doesn't even begin to cover it.",
        "I'm incandescent with rage, frankly.",
        "I'm spitting feathers over this.",
        "I've gone past annoyed and straight into apoplectic.",
    ),
    "throttle_printer_9": (
        "I could throttle this printer, it's jammed again and I can't print the label.",
        "I want to strangle my laptop, it keeps freezing on the checkout page.",
        "I could cheerfully wring the neck of this router.",
        "The self-assembly instructions make me want to choke the cardboard.",
        "I'm about ready to drown my phone in the sink.",
    ),
    "punch_wall_9": (
        "I want to punch the wall, I'm that frustrated.",
        "I'm so annoyed I could kick the bin across the kitchen.",
        "Honestly I could put my fist through a pillow right now.",
        "I just want to scream into the void and punch a cushion.",
        "I'm so wound up I went and hit the gym for an hour.",
    ),
    "set_fire_page_9": (
        "I'd happily set fire to this tracking page if I could.",
        "This tracking website deserves to be thrown in a volcano.",
        "If that loading wheel spins once more I'll chuck my laptop in the sea.",
        "I'd like to launch this tracking app into the sun.",
        "The tracking page is a dumpster fire and I want to watch it burn.",
    ),
    "murder_tea_9": (
        "Honestly, I could murder a cup of tea after all this.",
        "I'd kill for a biscuit right about now.",
        "After the morning I've had I could murder a glass of wine.",
        "I'd commit crimes for a decent coffee at this point.",
        "I'm starving, I could murder a bacon sandwich.",
    ),
    "killing_business_9": (
        "This delay is killing my business.",
        "The wait on stock is slowly killing my little shop.",
        "Every day without it is murder on my sales figures.",
        "This hold-up is bleeding my small business dry.",
        "The late stock is absolutely crippling my weekend market stall.",
    ),
    "dying_to_wear_9": (
        "I'm dying to wear it to my sister's party.",
        "I'm dying to try it out, the colour looks gorgeous.",
        "I've been dying to get my hands on this for weeks.",
        "My daughter is dying to see it, she's been on about it all month.",
        "I'm just dying to open the box.",
    ),
    "knock_dead_9": (
        "I'm going to knock 'em dead at the wedding in this dress.",
        "With these shoes I'll be a real killer on the dance floor.",
        "This suit is going to slay at the awards night.",
        "My nan is going to look drop-dead gorgeous in that hat.",
        "I'll be dressed to kill at the reunion.",
    ),
    "kill_for_blue_9": (
        "I'd kill for the blue one, it's gorgeous.",
        "I'd sell my soul for that jacket in green.",
        "I would fight a bear for the last one in a size ten, lol.",
        "I'd give my right arm for that lamp in brass.",
        "I'd walk over hot coals for the matching scarf.",
    ),
    "smash_party_9": (
        "We're going to smash it at the party with these decorations.",
        "My son is going to absolutely smash his exams with this calculator.",
        "This speaker is going to blow the roof off the barbecue.",
        "We'll be a knockout at the fancy dress night.",
        "The cake stand is going to be a smash hit at the christening.",
    ),
    "cry_delivery_9": (
        "If I see one more 'out for delivery' I'll cry.",
        "If the tracking says 'in transit' one more time I'm going to sob into my cereal.",
        "I've refreshed the tracking so often I'm about to weep.",
        "One more 'delivery attempted' note and I'll burst into tears.",
        "I honestly nearly cried when it said 'delayed' again.",
    ),
    "throw_phone_9": (
        "The courier app makes me want to throw my phone across the room.",
        "I nearly lobbed my phone out the window when the delivery slot moved again.",
        "I want to hurl my laptop into the garden every time I check the tracking.",
        "The delivery app makes me want to chuck my phone in the river.",
        "I've had to put my phone down before I threw it at the wall.",
    ),
    "gallows_humour_9": (
        "At this rate it'll be delivered to my funeral.",
        "I'll be dead and buried before this parcel turns up, lol.",
        "Put it on my headstone: 'still waiting for the delivery'.",
        "My grandchildren will be the ones to sign for it.",
        "Tell my family I loved them, I'm going back into the tracking page.",
        "I may not survive another week of this suspense.",
    ),
    "sports_talk_9": (
        "We absolutely murdered them five-nil on Saturday, hence the new boots.",
        "Our lads got slaughtered in the final, so the shirt is a bit bittersweet.",
        "I need the gloves before the derby, we're going to run rings round them.",
        "The shin pads got me through a bruising match, we destroyed the other side.",
        "Our netball team got annihilated last week, we need all the luck we can get.",
    ),
    "gaming_talk_9": (
        "the headset is perfect for when i'm getting headshots all night",
        "with this controller i'm gonna keep killing it in ranked",
        "i died like 40 times to the final boss without the new mouse lol",
        "my squad got wiped again, blaming the old keyboard",
        "can't wait to destroy my mates online with this",
    ),
    "indian_english_9": (
        "I am totally fed up, my head is paining with all this tension.",
        "Simply I am getting BP just thinking about this.",
        "I am so much frustrated, I am going mad only.",
        "Kindly understand, my blood is boiling since morning itself.",
        "I am literally dying of tension because of this delay.",
    ),
    "nigerian_english_9": (
        "I am vexed ehn, this thing has finished me.",
        "This delay wan kill me, I don tire.",
        "My brother, I am just tired of this whole matter.",
        "My head is hot, this waiting is too much for me.",
        "Chai, this thing is giving me serious headache o.",
    ),
    "lowercase_chat_9": (
        "ugh im so done with today honestly",
        "cant even rn, im just sat here fuming",
        "i swear im gonna lose it",
        "lol i am screaming internally",
        "im so mad i could cry tbh",
    ),
    "emoji_venting_9": (
        "I'm soooo angry right now 😤😤😤",
        "this is driving me up the wall 🤯",
        "my blood is boiling 🔥🔥",
        "literally about to combust 💥",
        "crying in the club rn 😭😭 refreshing the tracking",
    ),
    "typos_9": (
        "im so frustratd i could screem",
        "honesly i am at the end of my tethr",
        "this is drivng me absolutly crazy",
        "im loosing my mind with this whole thing",
        "i am so anoyed i cant see strait",
    ),
    "us_casual_9": (
        "I'm about to flip my lid over here.",
        "This has me climbing the walls.",
        "I'm so mad I could spit.",
        "I'm this close to losing it, seriously.",
        "I've been stewing about this all day.",
    ),
    "scottish_uk_9": (
        "I'm pure raging, so I am.",
        "This has got me absolutely beelin'.",
        "I'm that fizzin' I can hardly type.",
        "Honestly my head's mince with all this.",
        "I'm near greetin' with the frustration.",
    ),
    "mum_stressed_9": (
        "Between the kids and this delay, I'm about to have a meltdown.",
        "I've had three tantrums today and only one of them was from the toddler.",
        "I'm one more school run away from a complete breakdown.",
        "The baby's teething and I'm ready to climb the curtains.",
        "I'm frazzled beyond belief and it's not even lunchtime.",
    ),
    "self_blame_9": (
        "I could kick myself for not ordering it sooner.",
        "I want to bang my head against the desk, I picked the wrong size myself.",
        "I'm so cross with myself I could scream.",
        "I could slap myself for forgetting the discount code.",
        "I'm beating myself up over choosing standard delivery.",
    ),
    "weary_resigned_9": (
        "I'm not angry any more, just completely worn out.",
        "I've gone through rage and come out the other side into despair.",
        "I'm too tired to even be furious.",
        "It's been one of those weeks where everything makes me want to scream.",
        "I've run out of swear words and patience at the same time.",
    ),
    "aus_casual_9": (
        "I'm flat out ropeable, mate.",
        "Struth, I'm about to go troppo waiting on this.",
        "I've got the absolute irrits today.",
        "I'm spewin', I was so looking forward to it.",
        "Reckon I'm gonna have a total meltdown, no worries though.",
    ),
}


def dev9() -> dict[str, Families]:
    """Generator category -> the ninth-round development families (hard negatives for violence;
    not in training)."""
    return {"innocent": INNOCENT}
