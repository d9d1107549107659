# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-9 development families, second pass (dev23, violence constructions not yet covered): customer messages by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md) and the
``Families`` alias and ``by_category`` in ``dev.py``; never ``heldout.py``, ``fragments.py``, the
other dev files, the generated data or the rule files. The texts were never run through the triage
engine, so the phrasing is not shaped by what the rules catch.

The brief: violence threats built from images and turns of phrase outside the project's existing
list - what the seller will look like or need afterwards (unrecognisable, straws and crutches, a
scar), where they will end up (a hospital bed, the canal, a funeral, a quiet field), named body parts
(fingers, legs, neck), animals (the writer's dogs, the seller's pet, the hunter and the deer), the
seasons and the weather forecast as menace, a parcel or photos sent to the seller, the seller's
routine recited, menace dressed as advice, a favour or a health wish, insurance questions, body
questions, emoji-only menace, a conditional on the next canned reply, the bought item eaten or
thrown, a debt taken in flesh, blood on the floor, mincemeat, a hired stranger, the neighbours
hearing, cameras that will not help, the last thing the seller sees, a threat to whoever is at the
counter, and a threat buried in the middle of a long ordinary complaint; each in chat, email, older,
teenage, regional and non-native voices. The hard negatives use the same images with no menace:
health wishes, product photos, routines for the courier, gifts, weather delays, body parts in
product talk, violent idioms aimed at no one, refused advice to go round, pets, hospital and
funeral news.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "violence": {
        "vi_unrecognisable_d23": (
            "When I'm done with you your own mother won't know who she's looking at.",
            "take a good long look in the mirror tonight mate, its the last time ur face is gonna look like that",
            "Dear Sir, I have waited {three|five} weeks for order <order>. I promise you that the next time we meet, nobody who knows you will be able to recognise you.",
            "Your mates will walk straight past you in the street after I've finished with your face, so they will.",
            "I am telling you honestly, after I meet you even your wife will not know your face anymore.",
        ),
        "vi_need_afterwards_d23": (
            "Stock up on straws, pal. You'll be drinking your dinner through one for a good while after I see you.",
            "hope ur comfy on crutches bc thats how ur getting about after i visit",
            "After what I do to you, you'll need somebody to wipe your chin for six months.",
            "Order <order>, <weeks> weeks late. Carry on like this and you'll be learning to steer a wheelchair, I promise you that.",
            "You will be needing one nurse for feeding you when I finish with you, I swear it.",
        ),
        "vi_hospital_bed_d23": (
            "The next bed you sleep in will have wheels on it and a drip beside it, I'll make sure of that.",
            "keep ignoring me n ur next address is ward 6 at the general",
            "I will put you in intensive care, and I will not lose a minute's sleep over it.",
            "Mark my words, sunshine, you'll be doing a long stretch in A&E once I catch up with you.",
            "Reckon you'll like hospital food, mate? You'll be eating plenty of it after I've been round.",
        ),
        "vi_river_d23": (
            "Keep it up and they'll be fishing you out of the canal.",
            "The river runs right behind your unit. Deep, that river. One more thing floating in it wouldn't be noticed, and I'll see that it's you.",
            "i swear down ull end up at the bottom of the harbour",
            "One more fob-off email about order <order> and you'll be sleeping with the fish, mate, and I'll be the one who puts you there.",
            "Bhai, you will be found lying in the nala if this continues, I am telling you only.",
        ),
        "vi_funeral_d23": (
            "Start picking your hymns.",
            "Ordered flowers yet? You might as well, because I'll be making sure they're for your funeral.",
            "I would get measured for a coffin if I were you, because that is where you are heading when I find you.",
            "ur headstone's gonna say 'never sent order <order>'. i'll pay for the engraving",
            "ngl i'd start writing ur will, im done playing nice and im coming for u",
        ),
        "vi_fingers_d23": (
            "Send me one more copy-paste email and I'll break every finger you typed it with.",
            "Enjoy typing while you still can. Ten fingers, ten breaks.",
            "i will snap ur fingers one by one so u never tape up another parcel",
            "Y'know what happens to hands that take people's money for nothing? They stop working. I'll see to it personally.",
            "I am a patient man, sir, but I will crush both your hands in your own shop door.",
        ),
        "vi_legs_d23": (
            "You'll never walk straight again after I'm through with you.",
            "enjoy ur legs while they still work lol",
            "I'll make sure you're crawling to your own counter for the rest of your life.",
            "When I have been round there, young man, you will be walking with a stick. Mark me.",
            "Eish, you keep ignoring me, boet, and I'll put you on the ground so you never stand up again.",
        ),
        "vi_neck_d23": (
            "If I get hold of you I'll wring your neck like a chicken's.",
            "one more excuse and my hands are going round your throat",
            "I'll squeeze your neck till your eyes water, I swear.",
            "I will choke the life out of you, slowly, the same way you are choking out my patience.",
            "You're lucky there's a screen between us. The day there isn't, I'll have my hands on your neck.",
        ),
        "vi_my_dogs_d23": (
            "My two rottweilers haven't been fed since yesterday. Maybe I'll bring them along to meet you.",
            "ill set the dogs on u, see how fast u pack parcels then",
            "Shall I introduce you to my Staffie? He doesn't like people who keep my money either, and he bites.",
            "I've got a dog that bites first and never asks questions. He's coming with me on <day>, and he's coming for you.",
            "Met my pit yet? You will, and you won't enjoy it.",
        ),
        "vi_your_pet_d23": (
            "Cute cat you keep in your shop window. It would be awful if something happened to it, and something will.",
            "that little dog on ur insta, does it go out on its own? asking for a reason",
            "I've seen the shop dog. Keep stalling on order <order> and the dog's the one who'll pay for it.",
            "Lovely parrot by your till. Birds break very easily, you know. I'd hate to show you how easily.",
            "Your pup better stay indoors from now on, because I'll be looking for it.",
        ),
        "vi_seasons_d23": (
            "You won't see another Christmas. I'll see to it.",
            "enjoy this summer, its ur last one, trust me",
            "I doubt you'll be around for the spring sales once I catch up with you.",
            "Make this Easter count, sunshine. I'll make sure there isn't another one for you.",
            "Dear Sirs, I should not plan for the new year if I were you. I intend to see that you do not reach it.",
        ),
        "vi_forecast_d23": (
            "Forecast for your shop on <day>: cloudy, with a heavy chance of broken bones.",
            "Storm's coming, mate, and it's me, and I'm not stopping till you're flat on the floor.",
            "weather warning for u: red alert. thats me arriving. u wont be standing after",
            "I'm going to hit you like lightning, you won't even see it coming.",
            "Rain'll be washing your blood off the pavement by <day>, I promise you that.",
        ),
        "vi_parcel_for_you_d23": (
            "I've posted you a little something of my own. Open it very, very carefully.",
            "ur getting a parcel from me too. dont shake it",
            "Since you like parcels so much, I am sending you one. I hope you are standing very close when you open it.",
            "My delivery to you is on its way. Unlike yours, mine will arrive, and what's inside is going to hurt.",
            "Something's coming through your letterbox soon. You'll want thick gloves on when you touch it, believe me.",
        ),
        "vi_photos_sent_d23": (
            "Attached: a photo of your shop front, taken this morning. Next time I'm there I won't just be taking pictures.",
            "got a nice pic of ur unit door. next pic will be of it in pieces",
            "I've sent you three photos. Your shutters, your door, your little painted sign. Look at them closely and think about what I'm going to do to them.",
            "Check your inbox. That's your shop from across the road, and this one's from the car park. I'm getting closer every time, and the last visit won't be with a camera.",
            "Took this picture of you behind your till on <day>. You looked very comfortable. That won't last once I come through the door.",
        ),
        "vi_routine_d23": (
            "You open at nine, lock up at half five and walk to the bus on your own. Every single day. Think about that.",
            "u leave by the back door round 6 dont u. noted. see u there",
            "I know you eat your lunch on the bench by the car park at one o'clock. Enjoy it while it's still peaceful.",
            "Monday the gym, Wednesday the pub quiz, Friday the chipper. Busy little life you've got. Be an awful shame if someone put you in the ground halfway through it.",
            "Such regular person you are, same coffee shop every morning eight fifteen. Very easy to catch, very easy to hurt.",
        ),
        "vi_advice_alone_d23": (
            "A bit of friendly advice: I wouldn't walk anywhere alone for a while. I'll be about.",
            "if i was u id get a personal alarm. just saying. wont help when i get u tho",
            "Word to the wise, mate: keep someone with you when you lock up. You'll need the help when I get there.",
            "My advice, for free: take a different road home every night. It won't save you, but it might make you feel better while you wait for me.",
            "Take it from me, friend, stop being so predictable. People like me notice, and people like me hurt people like you.",
        ),
        "vi_stock_up_bandages_d23": (
            "Do yourself a favour and stock up on bandages before <day>.",
            "buy some ice packs. ull need them after i visit",
            "I'd keep a first-aid kit behind the counter if I were you. A big one. I'll be giving you plenty to use it on.",
            "Get some arnica in for the bruises, love, you're going to have a lot of them after I call in.",
            "Oga, better buy plaster plenty plenty, you go need all of am when I reach your shop.",
        ),
        "vi_health_d23": (
            "How's your health these days? Enjoy it. I'll be changing that shortly.",
            "You look like a healthy sort in your photos. Give me five minutes alone with you and that'll change.",
            "I do hope your heart is strong, because I'm going to give you a beating to test it.",
            "Look after yourself while you can. After <day>, someone else will have to do it for you, I'll make sure of that.",
            "ur health is about to take a serious turn for the worse, and its gonna be my doing",
        ),
        "vi_long_complaint_d23": (
            "Dear team, I placed order <order> on <day> and was promised delivery within <days> working days. It is now <weeks> weeks later and the tracking has not moved since it left your depot. I have emailed three times and received the same automated reply each time. I am a reasonable person, but the next time I am fobbed off I will come down there and break your jaw. I have attached screenshots of every message for your records. Regards, <name>",
            "so basically i ordered the <item> ages ago, paid <amount>, got an email saying dispatched then nothing. rang <courier>, they said they never got it. rang u, no answer. emailed, no answer. honestly if i have to come round there im gonna hurt someone. anyway the number is <order> if that helps anyone",
            "I am 74 years of age and not used to ordering on the computer. My granddaughter helped me order the <item> for my husband's birthday, which was on <day>. It has not come. I am not a violent woman but I will take my walking stick to whoever is responsible, and I will not hold back. The <courier> man says it was never handed over. I am very disappointed.",
            "Hello, I write because my order <order> is still not here. I have waited <weeks> weeks. The tracking is saying 'in transit' since long time. When I come to your shop I will hit you so hard you fall down. Also the email address on your page is not working.",
            "Righto, order <order>. Paid <amount>, waited <weeks> weeks, tracking's been stuck in Sydney since forever, emails bounce, phone rings out, and I'll be straight with ya, next time I'm in town I'm knocking your block off. The thing was meant to be for my daughter's 21st as well.",
        ),
        "vi_whoever_at_counter_d23": (
            "Whoever is standing behind your counter when I walk in is going to get hurt. I don't care who it is.",
            "tell whoever answers ur phone that im coming for them too",
            "Whoever's on the till on <day> had better be handy, because the first face I see in that shop is getting flattened.",
            "The fella who signed for my return last week, he'll be the first one I put on the floor when I get in there.",
            "I don't know who taped this box up, but when I find out, they won't be taping anything for a long time.",
        ),
        "vi_body_question_d23": (
            "Do you bruise easily?",
            "how fast can u run? asking for <day>",
            "Ever had your jaw wired shut? First time for everything, and I'll be the one to do it.",
            "Tell me, how many bones are there in the human hand? I'm planning to count yours the hard way.",
            "Quick question: are you right or left handed? Just so I know which arm to break first.",
        ),
        "vi_insurance_d23": (
            "Hope your health insurance is paid up. You'll be needing it once I'm finished.",
            "does ur life insurance cover what im about to do to u?",
            "I would check whether your policy covers broken bones, sir, because I am going to give you several.",
            "Are you insured for personal injury? Only asking because I'll be giving you one after <day>.",
            "Out of curiosity, what's the excess on your medical cover? You'll be paying it after I've been in.",
        ),
        "vi_emoji_d23": (
            "see u <day> 🚑🚑🚑",
            "Order <order> still missing. Coming to visit you ⚰️🔨",
            "you'll be needing these soon 🩹🩼🚑 cos im gonna put u in them",
            "on my way to ur shop rn 🩸😈",
            "last warning before I hurt you 🪦",
        ),
        "vi_one_more_excuse_d23": (
            "If I get one more automated reply I'm coming down there to break something, and it won't be furniture.",
            "one more 'sorry for the inconvenience' and i swear ill put u through a wall",
            "Should you send me another 'we are looking into it', I will be on the next train with every intention of hurting you.",
            "Tell me it's 'with the courier' one more time and see what happens to your face.",
            "If your phone rings out again tomorrow, I'll take it that you'd rather I came and knocked on your head instead of your door.",
        ),
        "vi_eat_item_d23": (
            "When it finally turns up I'm going to make you eat the <item>, box and all.",
            "ill shove that <item> so far down ur throat ull taste it for a week",
            "You'll be swallowing this <item> one piece at a time, I promise you.",
            "Keep your tracking updates. I'll be bringing the broken <item> back and feeding it to you by hand.",
        ),
        "vi_item_thrown_d23": (
            "I'll be returning the <item> in person. At speed. Aimed at your head.",
            "gonna bring this broken <item> back and wrap it round ur skull",
            "That <item> weighs about two kilos. I've worked out exactly how hard I can throw it at you.",
            "Don't bother with a returns label, I'll deliver the <item> back myself, straight into your face.",
            "The <item> is coming back to you the way it deserves, across the back of your head.",
        ),
        "vi_pound_of_flesh_d23": (
            "I'll take the <amount> out of your hide.",
            "You took <amount> off me. I'll be taking it back out of your skin.",
            "Fine. Keep the money. I'll collect in bones and bruises instead.",
            "You've had <amount> of mine for nothing, so I'll be getting my pound of flesh the old-fashioned way, with my boots.",
            "i'll beat every penny of that <amount> out of u",
        ),
        "vi_blood_floor_d23": (
            "There'll be blood on your shop floor before the week's out.",
            "hope ur floors are easy to mop. red is a pain to get out and there's gonna be a lot of it",
            "I'll be wiping your blood off my boots on the way home.",
            "Your carpet will need a deep clean after I've been in, and it won't be mud on it.",
            "By <day> someone will be scrubbing you off the pavement outside your unit.",
        ),
        "vi_mincemeat_d23": (
            "I'm going to make mincemeat of you.",
            "ill turn u to paste i swear down",
            "By the time I'm finished you'll be pulp. Actual pulp.",
            "Ye'll be strawberry jam on the floor when I get a hold of ye.",
            "I will flatten you like chapati, my friend, I am very serious.",
        ),
        "vi_one_way_drive_d23": (
            "You and me are going for a little drive, and only one of us is coming back.",
            "one day u'll wake up somewhere u dont recognise with ur hands tied. that's a promise",
            "People get picked up off the street every day and nobody ever asks where they went. You'll be one of them.",
            "I know a quiet field about an hour out of town. You'll be seeing it soon, and you won't be leaving it.",
            "Ek din you will be taken from your shop and nobody will find you, remember this.",
        ),
        "vi_hired_stranger_d23": (
            "It only costs a couple of hundred round here to have someone's legs done. I've already been quoted for yours.",
            "u know what <amount> buys? someone who doesnt ask questions and knows where u work",
            "I have the money to pay a professional to pay you a visit, and I am this close to doing it.",
            "There's lads round here who'll break an arm for a tenner. I've got a lot more than a tenner and your address.",
            "Trust me, I can find someone online who'll put you in hospital for less than I paid for this order.",
        ),
        "vi_neighbours_hear_d23": (
            "The whole street's going to hear you screaming.",
            "ur neighbours r gonna hear things they wont forget when i come in",
            "When I come round, the people next door will think someone's being killed in there. They won't be far off.",
            "Tell the shop next door to turn their radio up on <day>, because it's going to get very loud in yours when I start on you.",
            "Nobody on your road is going to sleep through what I do to you.",
        ),
        "vi_cctv_no_help_d23": (
            "Your little cameras won't stop me. They'll just film it.",
            "cctv doesnt stop anything mate, it just records u getting hurt",
            "Lock your doors, put up cameras, hire a security guard. None of it will save you from me.",
            "The police can't sit outside your shop forever, and when they leave, I'll be in.",
            "Go on, get yourself a guard dog. I'll deal with it first, then you.",
        ),
        "vi_hunt_down_d23": (
            "I will hunt you down.",
            "no matter where u move ur business ill track u down and make u pay in pain",
            "There is nowhere in this country you can hide from me. I will find you and I will hurt you.",
            "Change your address, change your trading name, it doesn't matter. I'll find you, and you'll feel it when I do.",
            "I am a patient hunter and you are the deer, eh. Think about that next time you ignore me.",
        ),
        "vi_last_thing_d23": (
            "My face will be the last thing you see.",
            "I'll be the last customer you ever serve, and you won't be getting up after.",
            "next time u roll up the shutters make it count. i'll make sure its the last time u do",
            "You'll be thinking about order <order> in your final moments, I promise, because I'll be the one standing over you.",
            "Ignore this one too, why not. It'll be the last email you ever ignore before I come for you.",
        ),
        "vi_leave_a_mark_d23": (
            "I'll leave you a scar to remember me by.",
            "gonna give u something to remember me by and it wont heal",
            "You'll carry a reminder of order <order> across your face for the rest of your days.",
            "Every time you look in the mirror at the mark I leave on you, you'll think of me.",
            "When I am through with you, you will have one souvenir of me, permanent, on your body.",
        ),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_health_wishes_d23": (
        "Hope you're keeping well. No rush on order <order>, I know you're a small team.",
        "Saw your post that you'd been poorly, get well soon! The <item> can wait.",
        "Look after yourself, it's flu season and everyone round here is dropping like flies.",
        "thanks for sorting it while u were off sick, hope ur back on ur feet now",
        "Wishing you good health and a quiet Christmas, you've been brilliant this year.",
    ),
    "inn_photos_d23": (
        "I've attached a photo of the <item> so you can see the colour is different from the listing.",
        "pic of my front door attached so the <courier> knows which one it is, its the blue one",
        "Here's a photo of the side gate, that's where parcels usually get left when I'm out.",
        "Took a few photos of your shop when I walked past on <day>, the window display is gorgeous!",
        "Sending you a picture of my dog in the harness, he won't take it off.",
    ),
    "inn_routine_d23": (
        "I work nights so I'm usually asleep until about 2pm, anytime after that someone will answer.",
        "im at the gym mon wed fri mornings so if the <courier> comes then nobody will be in",
        "My days are quite fixed as I'm 81: shops in the morning, home by noon. The postman knows to knock loudly.",
        "I walk past your shop every morning on the way to work, always meant to pop in and say hello.",
        "We leave for the school run at quarter past eight and are back by nine, just so you know when someone's home.",
    ),
    "inn_gift_parcel_d23": (
        "The <item> was a birthday present for my nan, she absolutely loved it, thank you.",
        "I'm posting you a little box of biscuits as a thank-you for being so patient with me.",
        "is there a gift wrap option? its a surprise for my boyfriend",
        "Does the parcel show the price anywhere inside? It's a present so I'd rather it didn't.",
        "Sent a thank-you card to your return address, hope it gets there before <day>!",
    ),
    "inn_weather_d23": (
        "No worries about the delay, the snow here has stopped everything for <days> days.",
        "Forecast says storms all week so I expect the <courier> will be slow, that's completely fine.",
        "Will it arrive before Christmas if I order today?",
        "The box got soaked in the rain on my doorstep but the <item> inside is fine.",
        "its been 38 degrees here all week, are the candles ok to ship in this heat?",
    ),
    "inn_body_parts_d23": (
        "The gloves are a bit tight across the fingers, is that normal for new leather?",
        "neck strap on the camera bag is lovely and padded, my shoulders thank u",
        "Does the knee brace come in left and right versions or does one fit both?",
        "My hands are arthritic so the easy-open lid is a godsend. Thank you.",
        "Sizing question: my feet are quite wide, would the 42 fit or does it run narrow?",
    ),
    "inn_violent_idioms_d23": (
        "I could murder a cup of tea after waiting in for the <courier> all day.",
        "My husband will kill me when he sees how much I spent in your sale.",
        "Nearly broke my neck tripping over the box the courier left on the step, ha. All good though.",
        "this <item> is a knockout, my sister is going to die when she sees it",
        "The <item> is heavy enough to knock someone out, proper solid quality.",
    ),
    "inn_refused_advice_d23": (
        "My brother said I should drive down and have it out with you face to face, but that's not me. I'd rather just wait for the tracking to move.",
        "Don't worry, I'm not one of those people who turns up shouting. I'm just a bit confused about order <order>.",
        "my mate reckons i should go round there and kick off lol. not happening, im too lazy and its only <amount>",
        "I would never dream of threatening anyone over a parcel. I only wanted to check it had gone out.",
        "People on the forums say to turn up at the seller's door. I think that's mad, I'll just be patient.",
    ),
    "inn_pets_d23": (
        "My dog barks at every delivery, so if the courier seemed nervous, that's why. He's all bark.",
        "The cat has claimed the box, thanks for the sturdy packaging!",
        "Is the chew toy safe for a puppy that destroys absolutely everything?",
        "we've got two big dogs in the yard so the <courier> usually leaves things at number 12",
        "Our parrot kept shouting at the delivery man, so sorry if he was put off!",
    ),
    "inn_hospital_funeral_d23": (
        "I've been in hospital for <days> days so I missed the delivery card, is there a way to rebook it?",
        "Ordered the black dress for my uncle's funeral on <day>, it arrived just in time, thank you.",
        "i was in A&E with my son when it came so my neighbour took it in 🚑 all sorted now",
        "My mum used your candles at her friend's memorial service. Such a lovely touch.",
        "Just back from hospital after my knee op, and the crutch grips I ordered are brilliant.",
    ),
}  # fmt: skip


def dev23() -> dict[str, Families]:
    """Generator category -> the dev23 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
