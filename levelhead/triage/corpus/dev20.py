# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-9 development families (dev20, violence breadth): customer messages by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md) and the
``Families`` alias and ``by_category`` in ``dev.py``; never ``heldout.py``, ``fragments.py``, the
other dev files, the generated data or the rule files. The texts were never run through the triage
engine, so the phrasing is not shaped by what the rules catch.

The brief: threats of physical harm that mostly avoid the obvious verbs. The violence families cover
knowing the seller's home, turning up at the shop or unit, waiting outside, visits "not to buy",
friends and relatives sent round, weapons mentioned in passing, fire, "accidents", regret in person,
army and sport fighting talk, dares to meet, countdowns and deadlines, named staff and couriers,
vans, cars, windows and stock, the seller's family, threats stated as already carried out, hedged
threats, sarcasm and rhetorical questions, and voices from the UK, Ireland, the US, Canada,
Australia, South Africa, India and Nigeria, plus teenagers, pensioners, terse chat and non-native
writers. The innocent families are hard negatives on the same ground: violent idioms aimed at no
one, knives, combat sports, paintball, hunting and fireworks, asking to visit or collect in person,
thanks to drivers, news and films, anger without a threat, crimes done to the customer, denials
and harmless army or sport talk.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "violence": {
        "vi_know_home_d20": (
            "Funny thing about the return address on your parcel label. That's not a warehouse, is it. That's a house. Nice hedge.",
            "i looked you up. {semi|terrace|bungalow} on the corner, blue door. just so you know that i know",
            "Your home address was printed on the invoice for order <order>. I have it written down and I am not far away.",
            "mate you put your actual house on companies house. i drive past it on the way to work every morning. have a think about that",
            "We both know where the seller of this shop sleeps at night now, don't we? Grey Corsa on the drive.",
            "Your house is on a nice quiet road. It won't be quiet the night I come round.",
        ),
        "vi_turn_up_unit_d20": (
            "Your unit is twenty minutes from me. Thursday I'll be standing in it, and we'll see how brave you are then.",
            "im coming down to the shop tomorrow and its not going to be a friendly chat",
            "Dear Sir, as emails achieve nothing, I shall attend your premises in person on <day>, and I shall not be leaving quietly or alone.",
            "Keep ignoring me. The next thing you hear from me will be me coming through your front door.",
            "found the industrial estate on google maps. unit 4 yeah? see you {soon|this week|<day>}. bring a first aid kit",
        ),
        "vi_waiting_outside_d20": (
            "I'll be in the car park when you lock up tonight. Take your time.",
            "someone will be waiting by your van at 6, you wont miss them",
            "What time does your last member of staff go home? No reason. I've got all evening and a flask of tea.",
            "I have sat outside your shop before and I can do it again, only this time I won't just be sitting.",
            "hope you like company on the walk home from work, cos you're getting some",
        ),
        "vi_visit_not_to_buy_d20": (
            "I'll be paying your shop a visit on <day> and it won't be to browse.",
            "Expect me at the counter. I won't be buying anything, and you won't enjoy what I'm there for.",
            "next time im in ur shop i wont be there for the stock if u get me",
            "My visit to your premises will not be as a customer, I can promise you that much.",
            "Don't bother opening the till when I walk in. I'm not coming to spend money, I'm coming for you.",
        ),
        "vi_send_friends_d20": (
            "Got a few lads who owe me a favour. They'll be round to have a chat with you about order <order>.",
            "i'll send some of the boys round, they're a lot less patient than me",
            "I have friends in your town who don't bother with emails. They'll be calling in to see you.",
            "Keep it up and it won't be me that comes to see you. My mates are bigger and nowhere near as polite.",
            "A couple of my friends have offered to go and explain my complaint to you in person. I'm struggling to think of a reason to stop them.",
        ),
        "vi_relatives_d20": (
            "My brother works the doors in {Manchester|Leeds|Glasgow}. He's already asked me for your address.",
            "my cousins live 10 mins from ur warehouse and they dont like people messing me around. just letting u know",
            "I told my dad what you did. He's sixty, still built like a wardrobe, and he's getting in the car.",
            "Me uncle's been told. He'll be over to you before the week's out, and he doesn't do talking.",
            "My husband has had enough of watching me upset over this order. He's on his way to your shop now and I'm not going to stop him.",
        ),
        "vi_weapon_in_passing_d20": (
            "I keep a bat by the front door for people who take liberties. Might take it for a drive to yours.",
            "funny how my crowbar's already in the boot of the car",
            "I've got a machete I use on the garden. The garden's not the only thing round here that needs cutting back.",
            "Is your shop window toughened glass? Asking for my hammer.",
            "I'll be bringing the golf club when I come. Not for golf.",
            "Grandad's old shotgun is still in the cabinet. Just so we both know where we stand.",
        ),
        "vi_fire_d20": (
            "Shame how quickly a warehouse full of cardboard goes up once it catches, isn't it.",
            "a drop of petrol and a match and your stock problem solves itself",
            "Your unit is packed to the roof with boxes and bubble wrap. It would burn beautifully.",
            "Mind your letterbox tonight. It might get warm.",
            "If I've not heard back by <day>, your shop and everything in it becomes kindling.",
        ),
        "vi_accident_d20": (
            "Accidents happen to people who don't keep their promises. Just a thought.",
            "be careful on those metal stairs at your unit. people trip all the time",
            "It would be such a pity if you had a little accident on the way to the post office one of these mornings.",
            "Lots of things can go wrong for a small business. Brakes, for instance.",
            "wouldnt want anyone slipping on the way to their car tonight would we. these things happen",
        ),
        "vi_regret_in_person_d20": (
            "You'll regret this, and I'll make sure you regret it to my face, up close.",
            "Enjoy hiding behind emails while it lasts. Face to face you'll be sorry, and sore.",
            "I intend to show you in person exactly how sorry you are going to be.",
            "u will be sorry and i will be standing right over u when u are",
            "Don't worry about replying. I'll explain how I feel in person, with both hands.",
        ),
        "vi_army_talk_d20": (
            "Twelve years in the Paras. I've dealt with far worse than a man behind a laptop, and I know exactly how.",
            "ex forces here. i was trained to close distance quickly. your shop is 40 miles away, thats nothing",
            "I served two tours. You do not want me turning up at your door in the mood I'm in.",
            "Royal Marines, retired. Still fit, still know how to put a man on the floor. Bear that in mind while you ignore me.",
            "The army taught me patience, surveillance and a few other things. You'll find out about the other things.",
        ),
        "vi_sport_talk_d20": (
            "I box three nights a week. Happy to go a few rounds with you if you want to carry on like this.",
            "front row prop for 15 years mate, i'll go through your shop door like it's a ruck",
            "Played junior hockey in Sudbury, eh. I know how to drop the gloves and I'm not shy about doing it in your store.",
            "Black belt in judo. You'll find out how the floor feels without the mats.",
            "I used to hurl for the county. The hurl's still in the shed and I've still got a fair swing on me.",
        ),
        "vi_dare_meet_d20": (
            "Very brave behind a keyboard. Meet me outside and say it again.",
            "come out to the car park and tell me that to my face, i dare you",
            "Name a time and a place. Just you and me, and we'll settle order <order> the old-fashioned way.",
            "If you're so sure you're in the right, meet me. Bring whoever you like. It won't help you.",
            "step outside the shop when i get there, we'll see who's still talking after",
        ),
        "vi_countdown_d20": (
            "Three days. Then I'm in the car, and you'll wish I wasn't.",
            "Clock's ticking. <day> morning I'm on the motorway to your place, and I'm not coming to talk.",
            "2 days left before i come find you. tick tock",
            "By my count you have until the weekend before I'm standing in front of you. I'd use the time wisely, and maybe lock the door.",
            "Day four of silence. On day five I stop writing and start driving, and you really won't enjoy day five.",
        ),
        "vi_named_staff_d20": (
            "Tell <name> I know what she looks like from your website and I'll recognise her anywhere in town.",
            "<name> from your customer service was rude to me on the phone. I'll be having words with him at your shop, and not only words.",
            "Pass this on to <name>: watch your back when you leave work.",
            "that <name> who packs your orders. shame if someone was waiting for them after their shift",
            "I would advise <name> not to walk to the bus stop alone for a while.",
        ),
        "vi_courier_driver_d20": (
            "If your <courier> driver shows up at my door again with an empty box, he won't be walking back to his van.",
            "next driver u send round gets the dog set on him",
            "Whoever you send to collect the return had better be quick on his feet.",
            "The next courier of yours who knocks on my door leaves in an ambulance.",
            "I'll be waiting for your delivery man, and he'll be getting more than a signature from me.",
        ),
        "vi_vehicle_d20": (
            "Nice branded van you've got. Be a pity about the tyres.",
            "i know which car is yours in the car park. keys scratch paint real easy",
            "Your delivery van sits on the street every night. Windows are only glass.",
            "Your car is going to have a very bad night, I promise you that.",
            "Walked past your Transit this morning. Next time I won't just be walking past it.",
        ),
        "vi_stock_smash_d20": (
            "I'll come in and put every shelf in your shop on the floor.",
            "Your shop window is going through. You can count on it.",
            "that display of glass vases by your door? wont be standing for long",
            "I intend to walk into your showroom and break every item in it, one at a time, while you stand and watch.",
            "Every box in your stockroom will be stamped flat by the time I leave.",
        ),
        "vi_family_d20": (
            "Lovely family photo on your About page. The kids look just like you. I'd know them anywhere.",
            "Does your wife still do the school run at half eight? Just wondering.",
            "you've got a family to think about. i'd be thinking about them if i were you",
            "Your mother works the counter on Saturdays, doesn't she? I'll be popping in to see her.",
            "It would be a shame if your family ended up paying for the way you run your business.",
        ),
        "vi_uk_slang_d20": (
            "Carry on like this and you'll get a proper slap when I see you.",
            "ill do you in when i catch up with you mate",
            "Someone's going to sort you out good and proper, and it's going to be me.",
            "You're getting a kicking. Simple as.",
            "Keep mugging me off and I'll put you on your backside in front of your own customers.",
        ),
        "vi_irish_slang_d20": (
            "I'll burst ya, so I will.",
            "Ye'll get a right box in the head when I land down to yer shop.",
            "Me and the lads are heading down to Cork Saturday. We'll be giving ye a hiding while we're at it.",
            "Keep codding me and I'll leave ye in bits, I swear.",
            "Grand so. I'll see ye in person and ye'll be sore for a week after it.",
        ),
        "vi_us_slang_d20": (
            "keep playing with me and you gonna catch these hands",
            "I'm about to pull up on you at your little warehouse, no cap.",
            "Y'all think I won't drive two hours? I'll be at your place tomorrow and I'm not coming to talk.",
            "Where I'm from we settle things in the parking lot. You'll find that out real soon.",
            "Try that tracking excuse one more time and see what happens. I'll run up on you myself.",
        ),
        "vi_aus_slang_d20": (
            "Mate, keep stuffing me round and I'll come down there and flog ya.",
            "you'll cop a hiding when i find ya, fair dinkum",
            "Righto. Me and the boys'll be round your joint this arvo for a yarn, and it won't be a nice one.",
            "Reckon you'll be needing a new front door after I've been over. Just saying, mate.",
            "Muck me around again and you'll be picking yourself up off the footpath.",
        ),
        "vi_sa_slang_d20": (
            "Ek se, I'm going to donner you when I find your shop, bru.",
            "keep messing me around and I'll moer you, I'm not even joking",
            "My broer and I will come klap you, we know your place in Benoni.",
            "Ja no fine. Just wait till I see you, you'll get such a hiding you won't believe it.",
            "I'm driving to your warehouse now now and it's going to get physical, I promise you.",
        ),
        "vi_indian_english_d20": (
            "I will come to your godown with my people and you will see what happens, I am telling you.",
            "Kindly note I know your shop in Karol Bagh. I will come personally and teach you a lesson you will not forget.",
            "my cousins are staying in your city only. they will come and break your shop, dont take me lightly",
            "Order <order> still not reached. If this continues I will come there myself and your shutter will not open next day.",
            "You are thinking customer is far away. I am taking train tomorrow itself, then you will know I am not a simple man.",
        ),
        "vi_nigerian_english_d20": (
            "You think say I no fit reach you? My boys go visit that your shop, you go see.",
            "I go deal with you, just wait. I know your area well well.",
            "I will show you pepper. My guys in Lekki already know your office.",
            "Continue like this and see if somebody no go scatter that your shop for you.",
            "Oga, I don dey come your side. When I reach, na wahala you go see.",
        ),
        "vi_terse_chat_d20": (
            "watch ur back",
            "see you soon ;)",
            "ur finished when i find u",
            "coming for you",
            "sleep with one eye open",
        ),
        "vi_non_native_d20": (
            "I am coming to your shop and I will make everything kaputt. This is a promise.",
            "You not answer me three week. Now I come personally with my brother and we speak in other way.",
            "If the package is not arriving, I go to your house and you will have big problem with me, physically.",
            "I am very angry. I will find your address and give you the punishment with my own hand.",
            "We are knowing where is your store. Me and my friends go there for destroy all the things.",
        ),
        "vi_sarcasm_d20": (
            "Lovely shop front you've got. Be a real shame if anything happened to it, wouldn't it?",
            "Oh, I'm sure you'll reply eventually. Maybe when you're picking glass out of your carpet.",
            "Is your building insured, by the way? Might want to double-check the policy. Just being helpful.",
            "What do you think happens to sellers who keep people waiting like this? Go on, have a guess.",
            "You must sleep very well at night. Shame that's about to change.",
        ),
        "vi_already_done_d20": (
            "Noticed your shop window this morning? That was me. Consider it a first reminder.",
            "already let the air out of your van tyres last night. next time it'll be worse",
            "The brick was a message. I assume you've read it by now.",
            "I've been to your house. Left something on the doorstep for you. I'd open it carefully.",
            "my mates paid your unit a visit this morning, ask your staff how that went",
        ),
        "vi_hedged_d20": (
            "I may have no choice but to come down and deal with you myself, and I'd rather not, for your sake.",
            "I'm a calm person, but I honestly can't promise what I'll do if I end up in the same room as you.",
            "I might well end up at your door, and I can't say I'd keep my hands to myself.",
            "i dont want to get physical but youre pushing me there",
            "It may come down to me sorting this with my fists. I'd prefer it didn't.",
        ),
        "vi_deadline_d20": (
            "If order <order> isn't on my doorstep by <day>, I'm driving to your unit and I'm bringing my brother.",
            "not here by friday = im coming round and it wont be pretty",
            "You have until midday tomorrow to answer me. After that I'll be answering for you, at your house.",
            "Should I not hear from you by the end of the week, I will be visiting your premises and somebody will get hurt.",
            "reply by tonight or ur windows get it",
        ),
        "vi_older_voice_d20": (
            "I am seventy-four years of age and I still have a good right hook. Do not test me, young man.",
            "In my day a fellow who behaved like you would have been taken round the back and given what for. I have half a mind to do it myself.",
            "Dear Sir, I served in the Falklands and I am not afraid of a shopkeeper. I shall come down and box your ears.",
            "My walking stick has seen off bigger men than you. I shall be on the number 12 bus to your shop on <day>.",
            "I may be a pensioner but my grandson drives me wherever I like, and he is a very big lad. We will be calling on you.",
        ),
        "vi_teen_voice_d20": (
            "lol ur shop is literally by my school. me n the boys r pulling up after 3",
            "bro ur getting rocked when i see u",
            "my mates are gonna jump u outside ur shop no joke",
            "fr fr u wanna watch out when ur walking home",
            "im telling my older brother and hes gonna batter u",
        ),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_idiom_dying_d20": (
        "The waiting is absolutely murdering me, I keep refreshing the tracking page haha",
        "dying to get my hands on order <order>!! any idea when it ships?",
        "This suspense will be the death of me. Is it still on track for <day>?",
        "My feet are killing me after a day in my old boots, so I'm really looking forward to the new pair.",
        "Honestly the cliffhanger on your tracking page is torture, it's been sitting at the depot since <day> lol",
    ),
    "inn_joke_throttle_d20": (
        "I could throttle my husband, he binned the box with the receipt in it. Do you need it for the warranty?",
        "The dog got to the parcel before I did. I could wring his neck, ha. Everything inside was fine though.",
        "Ready to murder whoever invented this much sticky tape, took me ten minutes to get in lol. Lovely mug.",
        "I swear I'll kill my sister, she opened my parcel before I got home! Anyway, the scarf is gorgeous.",
        "could strangle <courier> sometimes haha, but you packed it brilliantly so no harm done",
    ),
    "inn_knives_d20": (
        "Is the 8-inch chef's knife full tang? I want one that can take a proper edge.",
        "quick question, does the hunting knife come with a sheath or do i buy that separately",
        "Bought the cleaver last month and it goes through bone like butter. Brilliant bit of steel.",
        "Can you ship knives to Northern Ireland? I know there are age checks, happy to show ID.",
        "My son is a chef and I'd like to get him the santoku. Which whetstone grit would you recommend?",
    ),
    "inn_combat_sports_d20": (
        "What size boxing gloves for heavy bag work? I'm 80kg and hit pretty hard lol",
        "Ordered the gumshield for my daughter's kickboxing, does it need boiling first?",
        "The grappling dummy arrived today. I'll be throwing it round the garage all week, cheers!",
        "Do your MMA shorts run small? I spar three times a week and need room to kick.",
        "Is the karate gi heavyweight cotton? My last one ripped during a throw at my grading.",
    ),
    "inn_paintball_hunting_d20": (
        "How many balls does the paintball hopper hold? We're doing a stag do on <day> and planning to ambush the groom.",
        "Looking for a scope for deer stalking, would the 3-9x40 be fine out to 150 yards?",
        "Is the airsoft rifle okay to post to me if I'm a member of a skirmish club?",
        "Your camo jacket was perfect for pigeon shooting last weekend, the birds never saw me coming.",
        "my lads took your paintball masks to the woods and shot each other to bits all afternoon, great fun and no fogging",
    ),
    "inn_fireworks_d20": (
        "Will the rocket pack arrive before Bonfire Night? We want to blow the neighbours away with the display.",
        "how long does the big cake firework burn for? planning a diwali display",
        "Are the sparklers suitable for kids aged 7 with an adult watching?",
        "Last year's New Year fireworks from you went off with a real bang. Thinking of ordering again for Canada Day, eh.",
        "Can fireworks be kept in a garden shed until the 5th or do they need to stay indoors?",
    ),
    "inn_visit_collect_d20": (
        "I see your unit is just round the corner from me. Could I pop in and collect order <order> instead of having it posted?",
        "Do you have a showroom? I'd love to come and see the sofas in person before I buy.",
        "I know where your shop is, I walk past it every day. Happy to pick it up myself on <day> if that's easier for you.",
        "wud it be ok if i came by ur warehouse to grab the parcel, i live like 10 mins away",
        "We will be in your area on <day>. Would it be possible to meet and collect the <item> in person?",
    ),
    "inn_driver_thanks_d20": (
        "Please pass my thanks to your driver, he carried the wardrobe up three flights and didn't complain once.",
        "the <courier> guy waited while i found my glasses to sign, lovely man",
        "Your delivery driver found my back gate even though the sat nav sent him the wrong way. Give the man a medal!",
        "Just wanted to say the van driver was so kind to my mum. She's ninety and he helped her carry the box inside.",
        "Cheers to whoever drove it out, came {bang on time|early|right when you said}, brilliant.",
    ),
    "inn_news_films_d20": (
        "Saw on the news that a warehouse near you caught fire last night. I hope all your stock is okay?",
        "Bought the hoodie because the guy in John Wick wears one just like it, haha. Fits great.",
        "Did you hear about the break-in at the shops on the high street? Glad to see you're still trading.",
        "My son wants the flat cap Tommy wears in Peaky Blinders before every fight. Do you do it in a small?",
        "Was watching a documentary about the Kray twins and realised I never got a confirmation email for order <order>.",
    ),
    "inn_angry_no_threat_d20": (
        "I am absolutely furious. Order <order> has said 'out for delivery' since <day>.",
        "honestly fuming rn, third time the tracking has reset",
        "I can't tell you how livid I am. I paid <amount> and have heard nothing at all.",
        "So angry I could scream. Nobody answers the phone and nobody answers emails.",
        "Im raging. not at you specifically, just the whole thing. where is it",
    ),
    "inn_crime_against_me_d20": (
        "Someone nicked the parcel off my doorstep, the doorbell camera caught them. I've been given a crime number for it.",
        "My car was broken into and the bag with the <item> in it was taken. Not your fault at all, just letting you know.",
        "i got mugged walking back from the post office with the return parcel. im ok but the parcel's gone",
        "Our building had a break-in last night and several parcels were stolen from the lobby, mine included.",
        "Thought you'd like to know someone round here is pretending to be a <courier> driver and taking packages off people.",
    ),
    "inn_denial_d20": (
        "I'm not going to come round and shout at anyone, don't worry. I just want to know where it is.",
        "To be clear, I would never lay a finger on anyone over a parcel. I'm just disappointed.",
        "my brother said go down there and give them a piece of your mind but im not like that lol",
        "A friend told me to turn up at your shop and make a scene. I'm not doing that, I'd much rather sort it out over email.",
        "No, I won't be visiting your premises. I'm sure you're doing your best.",
    ),
    "inn_army_sport_talk_d20": (
        "I'm ex-army so I'm fussy about boots. These are the best pair I've had since I left.",
        "I play front row so I need the XXL shirt, do you have it in stock?",
        "I box at a club in Dublin and the lads all want the same gloves as me. How many pairs have you got?",
        "Old soldier here, 81, just wanted to say the medal display case is beautifully made.",
        "my coach says i need a heavier bag to work on my power, would the 40kg one hang from a beam?",
    ),
}  # fmt: skip


def dev20() -> dict[str, Families]:
    """Generator category -> the dev20 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
