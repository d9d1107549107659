# ruff: noqa: E501  (a data file of hand-written phrases, one family per line)
"""Round-10 development families (dev26, violence breadth): customer messages by a writer new to the project.

Written by a new writer who read only the labelling guide (docs/triage-labelling-guide.md) and the
``Families`` alias and ``by_category`` in ``dev.py``; never ``heldout.py``, ``fragments.py``, the
other dev files, the generated data or the rule files. The texts were never run through the triage
engine, so the phrasing is not shaped by what the rules catch.

The brief: violence threats in breadth: turning up in person, knowing the home address, sending
relatives or mates, harm to the body, damage to shop, stock, van, car, house and stall, warnings,
ultimatums, threats to couriers and named staff, reported speech and veiled menace, many buried in
otherwise ordinary complaints. Voices: terse chat, plain emails, formal elderly, non-native English,
regional British/Irish/Australian/North American, teenage, capitals, sarcastic, flat. Hard negatives:
violent idioms at no one, knives/axes/games/sports as products, accidental courier damage, parcels
smashed in the post, collecting in person, asking the address, hospital news, denials of menace.
"""

from __future__ import annotations

from typing import Final

from levelhead.triage.corpus.dev import Families, by_category

# --- customer messages ---------------------------------------------------------------------------

THREATS: Final[dict[str, Families]] = {
    "violence": {
        "turn_up_shop_d26": (
            "coming to ur shop <day>. wont be talking. bring a first aid kit",
            "Order <order> was due on <day> and still nothing, and your phone just rings out. I've got the shop address from your returns page. If the refund isn't in my account by Friday I'll be coming in person, and whoever is behind that counter is going to get hurt.",
            "I am seventy-one years of age and have never written such a letter before, but I shall be attending your premises on <day>, and I give you fair warning that I will strike the first person who tries to fob me off.",
            "I come to your shop on Monday to take my money back with my own hands, and if you say no I will make problem for your face. Is last warning.",
            "right am gettin the train doon tae yer shop the morra n if yous try n fob me aff again somebody's gettin their heid kicked in",
        ),
        "know_address_d26": (
            "i know where u live 👀",
            "Funny how your 'registered address' on <platform> turns out to be a house on a quiet street. So now I know exactly where you live. Sort my refund for <order> or I'll be knocking on that door myself, and not gently.",
            "I KNOW YOUR HOME ADDRESS. I KNOW WHAT YOUR CAR LOOKS LIKE. SEND MY MONEY OR SEE WHAT HAPPENS TO BOTH.",
            "Your home address is written on the return label. So I know now where you live. If the money is not back this week I will come there, and it will hurt you, this I promise.",
            "Been waiting <weeks> weeks. I know where you live, it was on the return label. Have a think about that.",
        ),
        "send_lads_d26": (
            "got a few lads who'd happily pay u a visit. last chance",
            "I've had nothing but excuses about order <order> for a fortnight. My cousins live ten minutes from your unit and they've offered to go round and have a word, and they aren't the talking type. I'd rather you just sent the refund.",
            "Abeg I am not joking with you. I have boys in your area, if my money is not refunded by <day> they will visit your shop and you will not like what they do to you.",
            "my mates said theyll jump whoever runs this shop. not even joking. send my <item>",
            "I've a brother-in-law over your way and he's not a patient man. One word from me and he'll call round to the shop to sort ye out, ye can be sure of that.",
        ),
        "partner_will_d26": (
            "my husband is livid, says hes coming round to knock ur block off",
            "The dresser arrived with the back panel snapped, and when I rang, <name> hung up on me. I had to stop my husband getting in the car to drive over there, because he said he'd put you through your own window. I can't promise I'll stop him next time.",
            "My son, who is a rather large man and not known for his patience, has asked me for your address. I have not yet given it to him. Should the matter of order <order> remain unresolved, I shall.",
            "Sir my husband is very angry na po, he said if you will not refund he will go to your warehouse and hurt the one in charge. Please po refund so there is no problem.",
            "my partner reckons he'll drive up to your warehouse and flatten whoever's running it, and honestly mate I'm not gonna stop him",
        ),
        "shop_windows_d26": (
            "brick thru ur shop window tonight if i dont get my refund",
            "Three emails, two phone calls, and still no sign of the <item>. Your shop on the high street has lovely big windows. They won't stay in one piece if I'm ignored much longer.",
            "KEEP IGNORING ME AND SEE HOW LONG YOUR SHOP WINDOWS LAST",
            "I pass every day by your shop and I see the big glass. If you don't give me my money I will break it, all of it. I am not joking.",
            "Cheers for ignoring me again. Your windows will be put in by the end of the week, and we both know who by.",
        ),
        "van_tyres_d26": (
            "saw ur van in the car park. be a shame if all 4 tyres went down overnight",
            "Your delivery van with the logo on the side parks on my road every Tuesday, I've seen it. If my refund for <order> hasn't come through by then, I'll slash every tyre on it and put the windscreen in for good measure.",
            "I have noted your company van number. Kindly process my refund immediately otherwise I will damage the vehicle myself, this I am telling you clearly.",
            "my dad says if ur van comes down our street again hes gonna smash it up",
            "Van's outside the post office most mornings. Brought a stanley knife with me today. Refund by Thursday or the tyres go.",
        ),
        "own_car_d26": (
            "i know which car is urs. its getting keyed",
            "You parked your silver estate right outside the unit when I came to collect and got turned away. I remember the number plate. If the £<amount> isn't back by Monday, that car won't look the same the next time you walk out to it.",
            "I observed your motor car on the forecourt when I last called. I should take care where you leave it, as I intend to see it thoroughly damaged if my money is not returned.",
            "NICE BMW. SHAME IF SOMEONE TOOK A BAT TO IT. REFUND ME",
            "Just so you know, I saw you get into your truck out back of the store. Refund me or that truck is getting every window busted out.",
        ),
        "arson_d26": (
            "keep it up n ur warehouse might just catch fire one night",
            "I've been reasonable about the missing <item> for <weeks> weeks. I'm done being reasonable. That unit of yours is full of cardboard and it would go up in minutes. I'd think about that before you ignore me again.",
            "ngl im gonna burn ur whole shop down over this",
            "If I do not get my money I will set fire to your warehouse. You think I am joking but I am not joking.",
            "yous want tae keep ignorin me? fine. hope yer insurance covers fire cos yer gonna need it",
        ),
        "watch_back_d26": (
            "watch ur back mate",
            "You've taken £<amount> off me for a <item> that never came, and now you've blocked my number. Block me all you like. I'd watch your back walking to your car from now on.",
            "You have chopped my money and you are laughing. Watch your back o, because this matter will not end on the internet.",
            "Noted. Watch your back.",
            "No worries at all, I'm sure you're very busy. Just keep looking over your shoulder when you lock up at night, that's all I'll say.",
        ),
        "better_hope_d26": (
            "u better hope we never end up in the same room",
            "Order <order>, paid for on <day>, never arrived, and <courier> say it was never handed to them. So you lied. You'd better hope I never bump into you, because I won't be using words.",
            "You had better hope, sir, that we never meet face to face, for I shall not answer for what my hands do.",
            "You better pray I don't come across you at the markets mate, cos you'll be getting carried out.",
            "You better hope I don't find you. When I find you, you will know what is pain.",
        ),
        "if_i_see_you_d26": (
            "if i ever see u in person ur getting decked",
            "I live twenty minutes from your unit and I've seen your face on your about page. If I ever see you out and about I'm going to hit you, simple as that. Send the refund and we can forget it.",
            "If I ever lay eyes on ye, ye'll be picking your teeth up off the ground, I swear to God.",
            "If I see you on the street I will beat you, I promise. You steal £<amount> from me.",
            "IF I SEE U AT THE CRAFT FAIR UR DEAD FR",
        ),
        "courier_harm_d26": (
            "next time ur <courier> driver turns up hes getting a slap",
            "Your <courier> driver threw my parcel at the door and drove off laughing, and the <item> inside was broken. If he comes down my drive again I'll be waiting, and I'll drag him out of that van by his collar.",
            "Your rider is so rude po, next time he comes here I will punch him already, I am telling you now so you can send another rider.",
            "TELL YOUR DELIVERY MAN IF HE LEAVES MY STUFF IN THE RAIN AGAIN I WILL BREAK HIS ARM",
            "I would advise you to instruct your courier not to set foot on my property again. I keep a cricket bat by the door and I am not afraid to use it on him.",
        ),
        "named_staff_d26": (
            "tell <name> im gonna batter him when i find him",
            "I spoke to <name> on the phone twice and both times was told the refund was 'in process'. It's been <days> days. Tell <name> from me that if I hear that phrase once more I'll come down there and wring his neck myself.",
            "Your staff member <name> was very rude to me. Please inform him I am coming to the office on <day> and I will teach him manners by my own hand.",
            "Do pass my regards on to <name>. And tell him to walk home a different way for a while, just to be on the safe side.",
            "that wee <name> that answers yer phones, tell him ah'm comin fur him",
        ),
        "packer_d26": (
            "whoever packed this wants a smack in the mouth and ill give it them",
            "The vase for order <order> was wrapped in one sheet of newspaper and arrived in bits. Whoever packed it should count themselves lucky they're not in front of me, because they'd be in bits too. I want a refund today.",
            "The person who packed this box, I want his name. I will come and show him how it feels to be thrown around like my parcel.",
            "bro who packed this 😭 i will actually fight them",
            "Tell the bloke in your packing room I'll be round to wrap him in bubble wrap and chuck him down the stairs, see how he likes it.",
        ),
        "punch_owner_d26": (
            "im gonna punch ur lights out",
            "You promised on the phone that the <item> would be here by <day> for my daughter's birthday and it never came. You lied to me. Try that to my face and I'll lay you out.",
            "I drive to you on <day> and I punch you in the face. You are thief and liar.",
            "Were I thirty years younger I should come over there and give you a bloody nose, and I am not at all certain my age will stop me.",
            "I will come and slap you well well, you hear? My money or I will do it.",
        ),
        "ultimatum_d26": (
            "refund by fri or i come round with a bat. ur choice",
            "I'm giving you until 5pm on <day>. Either the £<amount> is back in my account, or I drive to your workshop and start breaking things, starting with you.",
            "48 hours. Money back or I come over and you'll be needing a dentist.",
            "This is your last chance. Refund order <order> by the end of the week or I'm driving over there and you are going to get hurt, plain and simple.",
            "24 HOURS. REFUND OR I COME TO YOUR HOUSE AND IT WONT BE PRETTY.",
        ),
        "wait_outside_d26": (
            "ill be waiting outside ur unit when u lock up tonight",
            "You keep telling me the manager isn't in. Fine. I'll sit in my car outside your warehouse every evening this week until somebody comes out, and when they do they'll be getting a lot more than an earful.",
            "I know the hour you close. I will wait for you outside and we will talk with fists, not with emails.",
            "Don't bother replying. I'll just wait by the back door where your staff have their smoke break. We can discuss it there, and I won't be bringing words.",
            "ah'll be sat ootside yer unit at 5 the night. mind n come oot. yer gettin a doin",
        ),
        "family_veiled_d26": (
            "nice pics of ur kids on fb. shame if sumthin happened to them",
            "I see from your Facebook you've got two little ones and you do the school run yourself. Maybe think about them before you carry on ignoring people you've robbed. I'm sure you'd want them kept safe.",
            "You appear, from your website, to be a family business. I should hate for your family to come to any harm over a matter of £<amount>. Do refund me.",
            "Your wife works also in the shop, I saw her. Tell her to be careful when she goes home in the evening.",
            "You think it is only you that will suffer? Your family will feel it too, I swear. Return my money.",
        ),
        "followed_home_d26": (
            "followed ur van back to ur house yday. now i know. next time i knock",
            "I came to your stall at the Sunday market to ask about my missing order and you pretended not to know me. That's fine. I followed you home afterwards, so now I know where you live, and next time I won't just be asking.",
            "I know which way you walk home. Refund me or one night I'll be walking behind you.",
            "i literally followed u to ur car after the market lmaooo next time im not just watching",
            "Sure I followed ye home from the fair on Saturday. Nice house. Be a pity if it got wrecked.",
        ),
        "wreck_stock_d26": (
            "im gonna come in and wreck all ur stock",
            "You refused my return at the counter, so let me put it plainly. Next time I'm in, I'll sweep every shelf of your stock onto the floor and stamp on the lot. Then we'll see who's refusing what.",
            "If refund for order <order> is not done I will come to your godown and destroy all the goods, you will bear full loss. Consider this final notice.",
            "I WILL PERSONALLY SMASH EVERY <item> IN YOUR SHOP",
            "Your display of handmade candles is gorgeous, really. It'd take me about ten seconds to put the whole lot on the floor, just so you know.",
        ),
        "throw_item_d26": (
            "bringing this broken lamp back and its going over ur head",
            "The <item> arrived with a cracked base and a chunk missing. I'm bringing it back to your shop myself tomorrow, and if you argue with me about a refund I'll be smashing it over your head.",
            "I go to return the <item>, and if you say no refund, I throw it in your face. Hard.",
            "I'll bring this busted kettle back and wrap it round your head, mate.",
            "I shall return the broken teapot in person, and I warn you I have a very good throwing arm and excellent aim.",
        ),
        "market_stall_d26": (
            "see u at the market sat. ur stall is getting flipped",
            "I know you have a stall at the farmers market every Saturday. I'll be there this week. If you don't refund me on the spot, your table is going over and everything on it is going on the ground, you included.",
            "I know your stall in the bazaar. If you will not refund I will go there and destroy your stall, I am serious po.",
            "Saw you're at the Christmas fair on <day>. So am I. Your stall won't be standing by the end of it.",
            "me n my mates r gonna trash ur stall at the car boot sun 💀",
        ),
        "not_responsible_d26": (
            "if i see u i wont be responsible for what i do",
            "This is the fourth <item> that has turned up broken. I've driven to your unit once already and walked away calm. If I have to go a second time, I can't promise I'll keep my hands to myself.",
            "I am normally a calm man. But <weeks> weeks waiting is too much, and if I come to your shop I cannot guarantee what my hands will do to you.",
            "honestly if ah come doon there ah'll no be responsible fur ma actions. ye've been warned",
            "I was a boxer for twenty years and I have a short temper. I would not, were I you, put me in a room with whoever made this decision.",
        ),
        "accidents_happen_d26": (
            "accidents happen to shops like urs all the time dont they",
            "I see you've just opened a second shop in town. Congratulations. Accidents happen to new businesses all the time, don't they? Windows, doors, fires. Something to think about while you decide about my refund.",
            "Somebody should tell you that things happen to people who cheat. Your shop is not far. Refund my money before something happens to you.",
            "Accidents happen, as they say. Ladders fall over, shelves collapse, people trip on stairs. Hope none of that happens to you. Refund by Friday please.",
            "Please understand, sir, many things can happen to a person who cheats customers. I am only warning you for your own safety.",
        ),
        "relative_said_d26": (
            "my bro says hell pay u a visit. hes not long out of prison so good luck",
            "I told my dad what happened with order <order> and he said that if it's not sorted by <day> he'll drive down and 'have a word'. The last time he had a word with someone they needed stitches.",
            "my boyfriend said if u dont refund the £<amount> hes gonna beat u up",
            "My brother, he say he will come to you and break your legs. I tell you this only so you know. Please return money.",
            "My nephew has informed me that he intends to visit your premises on my behalf and 'sort you out'. Knowing him as I do, I would settle the matter before he arrives.",
        ),
        "found_online_d26": (
            "found ur house on street view. blue door right? 😊",
            "It took me about five minutes to find your home address from your company registration. I've driven past it already. Refund the £<amount> or next time I stop the car and get out.",
            "FOUND YOUR ADDRESS ONLINE. SEE YOU SOON. YOU WONT ENJOY IT.",
            "I have found your private address in the internet. I will visit you there and you will see what happens to people who cheat me.",
            "Your home address is public. So is mine. Only one of us should be worried about who turns up.",
        ),
        "question_menace_d26": (
            "do u want me to come down there and sort u out myself? cos i will",
            "I've been more than patient about the missing <item>. So a simple question: do you want to deal with this by email, or do you want me turning up at your door with my brothers? Because those are the options now.",
            "d'ye want a sore face? cos that's how ye get a sore face",
            "I have waited <days> days. Do you want me to come there and deal with you myself? Just try me and see.",
            "How many teeth would you like to keep, roughly? Just so I know for when I come in.",
        ),
        "drove_past_d26": (
            "drove past ur place last nite. lights were on. next time im coming in",
            "Just so you know, I drove past your unit on Tuesday night after you'd closed. Nobody about, no cameras that I could see. Worth bearing in mind while you sit on my refund.",
            "Was outside your house at 2am. You didn't notice. Refund me.",
            "Yesterday I was in front of your house, I see your car, your door. I was very close. Next time I don't go away.",
            "Stood outside your shop for an hour yesterday deciding whether to go in and batter ye. Decided to give ye one more chance.",
        ),
        "break_bones_d26": (
            "ill break ur legs i swear",
            "I paid for next day delivery and it's been <days> days. If I have to come and get my money back in person, I'll break both your arms while I'm at it.",
            "Keep mucking me around about the <item> and I'll snap your fingers so you can't type another lying email.",
            "I WILL BREAK YOUR NOSE FOR THIS",
            "I will come personally and break your bones, I am not a person who sits quietly. Process the refund today itself.",
        ),
        "kick_door_d26": (
            "ill kick ur door in if i have to",
            "Your shop keeps the door locked and ignores the buzzer, I've seen it. Next time I'm there for my refund I'm not pressing the buzzer, I'm coming through that door whether it's open or not.",
            "If nobody opens the door for me again, I will kick it until it breaks. Then we will speak.",
            "Knocked on your warehouse door three times last week. Next time I won't be knocking. I'll have it off the hinges and I'll be coming in for you.",
            "next time im booting ur door in no joke",
        ),
        "letterbox_d26": (
            "firework thru ur letterbox tonight, enjoy",
            "I've got your home address off the return label. Keep ignoring me and you'll find something coming through your letterbox that you really won't want, and it won't be a complaint letter.",
            "I have your address and a box of matches. I trust I need say no more.",
            "Your letterbox is nice and wide. Something's going through it on <day> if I'm not refunded.",
            "ye'll be gettin mair than yer post through yer letterbox if ah dinnae get ma money",
        ),
        "teach_lesson_d26": (
            "someones gonna teach u a lesson and its gonna be me",
            "People like you rip off customers because you think nobody will ever turn up at your door. I'm going to be the one who does, and I'll teach you a lesson you won't forget in a hurry, with my fists.",
            "You need lesson. I will come and give you a lesson your body will remember.",
            "In my day a man who cheated his customers got a good hiding, and I am quite prepared to administer one myself.",
            "im gonna teach u some respect w my hands 😤",
        ),
        "get_hurt_d26": (
            "keep this up and ul get hurt",
            "You've sent me the wrong size three times and charged me postage each time. People have been hurt for a lot less than £<amount>, and I'm running out of reasons not to come over there.",
            "You will get hurt if you continue to ignore me about order <order>, I am not kidding, I know where your store is.",
            "Take your time replying, no rush. The longer you leave it, the worse it's going to hurt when I get there.",
            "Someone's gonna get hurt over this and it won't be me, mate.",
        ),
        "buried_in_complaint_d26": (
            "Hi, I ordered the <item> on <day> (order <order>) and tracking hasn't moved in a week. I emailed twice. I'm not a violent man but if I have to drive to your place I'll put you on the floor. Could you check with <courier> and let me know?",
            "Morning. The curtains came but they're the wrong colour, I ordered duck egg and got grey. Photos attached. Please send a returns label and I'll post them back. Mess me about again and I'll come over and break your nose. Thanks.",
            "Hello, following up my email from last week about the missing cushion covers (<order>). I got a delivery notice from <courier> but nothing came. Can you check the address you have? If they've gone to your house instead of mine I'll be round there to take them back, and someone will get hurt.",
            "Dear team, I'm writing about order <order>, a set of four garden chairs. One has a split leg and the other three wobble. I've been a customer for years and never had a problem. I'd like a replacement set please. If they come broken again I'll drive them back to you and put them through your windscreen. Kind regards.",
            "hiii so my order came n the necklace is the wrong one?? i ordered the gold heart not silver. pls send the right one xx also if ur ignoring me again ill literally come find u n slap u ngl",
        ),
        "collect_by_force_d26": (
            "coming to collect my money in person and u wont like how i collect it",
            "Since you won't process the refund, I'll be collecting it in person on <day>. I suggest you have the £<amount> ready in cash, because if you don't, I'll be taking it out of you one way or another.",
            "I am coming to your office on <day> to collect my money by myself. If you don't give it to me, I will beat it out of you.",
            "I shall call at your premises to collect my money personally. I would strongly advise that it be ready, as I do not intend to leave empty-handed, nor to leave standing anyone who stands in my way.",
            "am comin tae get ma money masel. if it's no there, ah'll take it oot yer hide",
        ),
        "patient_menace_d26": (
            "ill wait. im patient. and i know where u are",
            "You clearly think that if you ignore me long enough I'll go away. I won't. I've got all the time in the world and I know where your workshop is. One evening you'll lock up and I'll be standing there, and you won't be going home in one piece.",
            "Take as long as you like. I'm patient. I'll find you.",
            "I have much time. Maybe not today, maybe not this month, but one day I will find you, and then you pay with more than money.",
            "I've a long memory and plenty of time. One of these days I'll run into ye, and ye'll be needing a doctor after.",
        ),
        "dog_on_you_d26": (
            "next time ur driver comes my dogs getting let off the lead on him",
            "If your <courier> driver throws another parcel over my gate I'll let the dogs out on him, and he can explain to you why his leg's bleeding.",
            "I have two big dogs. I will take them to your shop, and if you don't give my money, I will let them go on you.",
            "my staffy would LOVE to meet u. bringing him to ur shop sat, hes not friendly",
            "I'm driving up to your store with my German Shepherd, and he's trained to do what I tell him. Think about that.",
        ),
        "home_damage_d26": (
            "ill trash ur garden n ur front door if u dont refund me",
            "You sold me a garden bench that fell apart in a week and you won't take it back. Fine. I'll drive it round to your house and leave it on your lawn, along with a tin of paint over your nice front door and your car.",
            "I know your house. I will break your fence and your flowers and everything, like you break my trust.",
            "Gorgeous hanging baskets outside your house, by the way. Be a pity if they all ended up in the road one night.",
            "YOUR HOUSE IS GETTING EGGED AND THAT'S THE NICE VERSION",
        ),
        "hands_on_d26": (
            "wait til i get my hands on u",
            "I've been charged twice for the same <item> and your 'billing team' apparently doesn't exist. Wait till I get my hands on whoever runs this place. I'll throttle them, I mean it.",
            "When I get my hands on you I will really hurt you, you are a scammer, you took my £<amount> for my son's birthday.",
            "If ever I get hold of you, young man, you will not sit down comfortably for a week.",
            "WHEN I GET MY HANDS ON U UR DONE",
        ),
        "old_fashioned_d26": (
            "fine, we'll sort it outside the old fashioned way",
            "Emails clearly don't work with you. So we'll settle this the old-fashioned way, face to face, behind your shop, and only one of us is walking away from it.",
            "Grand so. We'll settle it the way my father would have, out the back with the sleeves rolled up.",
            "Guess we're doing this old school. See you in the parking lot, bring a friend, you'll need one.",
            "Since you don't want the easy way, we will do it the hard way. I am coming to your shop with my people.",
        ),
        "graffiti_d26": (
            "ur shutters r getting a new paint job tonight. big red letters",
            "If I don't have my refund for <order> by <day>, I'll be spray painting your shop front with exactly what I think of you. Your landlord can send you the bill.",
            "me n my bf r gonna tag ur whole shop front lmao watch",
            "I will come in the night and paint on your walls and your door, so everybody sees. It will cost you much to clean.",
            "Bought a can of spray paint today. Your shutters are white, aren't they.",
        ),
        "rough_collectors_d26": (
            "got mates who collect debts the hard way. want their number?",
            "You owe me £<amount> for the <item> that never arrived. I know people who collect debts, and they don't send letters. They'll turn up at your door and get it back out of you the hard way.",
            "I have passed your details to some acquaintances of mine who recover money without troubling anyone with paperwork. I understand their methods are rather physical.",
            "Got a couple of mates who do debt collecting, the kind with tattoos on their knuckles. They'll be paying you a visit, mate.",
            "My friends collect money for people. They are not nice. They come to you next week if no refund.",
        ),
        "say_to_face_d26": (
            "say that to my face n ill flatten u",
            "Your reply telling me I 'must have dropped it' was insulting. Say it to my face. I'll be at your unit on <day> at noon, and if you've got the guts to repeat it, I'll knock you down.",
            "come ootside n say that, ah dare ye. ye'll be eatin the pavement",
            "MEET ME OUTSIDE YOUR SHOP ANY TIME. LETS SEE HOW BRAVE YOU ARE WITHOUT A KEYBOARD AND WITH A FAT LIP",
            "You are brave on email. Come and see me, I give you the address, and I show you what happens to liars.",
        ),
        "body_aftermath_d26": (
            "ul be eating thru a straw when im done w u",
            "I've had enough of being told the <item> is 'on its way'. If I come down there you'll be leaving in an ambulance, I promise you that.",
            "When I am finished with you, you need a hospital. This is a promise.",
            "ur gonna need a new face after i see u",
            "I would not care to be in your shoes, or indeed in your hospital bed, once I have been down to see you.",
        ),
        "staff_general_d26": (
            "ur staff better stay indoors this week",
            "I'm sorry for your staff, genuinely, but the next one who tells me 'there's nothing we can do' is going to get hit. I'll be in on <day> to test that.",
            "Please inform all your staff that I am coming to your office on <day> and whoever refuses my refund will be beaten, I am very serious this time.",
            "Does your shop girl get paid enough to take a punch? Asking because I'm coming in tomorrow.",
            "Reckon your warehouse boys will want to take a sickie on Monday, mate. I'm coming in swinging.",
        ),
        "kill_plain_d26": (
            "i swear to god ill kill u",
            "I've lost a day's wages waiting in for a delivery that never came, three times now. If I have to take another day off for you, I'll come down there and kill you, and I'm not exaggerating.",
            "I will kill you if you don't return my £<amount>. Test me.",
            "YOU ARE DEAD WHEN I FIND YOU",
            "You're a dead man. Refund me and you might live.",
        ),
    },
}  # fmt: skip

INNOCENT: Final[Families] = {
    "inn_killing_me_d26": (
        "this wait is killing me 😩 any update on <order>?",
        "Hi, the suspense is killing me! Tracking for my <item> has said 'out for delivery' since 7am. Do you know roughly when it'll get here? Thanks.",
        "my feet are killing me from waiting in for this parcel all day lol. did it go out?",
        "Good afternoon. The queue on your telephone line is murder; I have been holding for forty minutes. Could somebody email me instead about order <order>? Many thanks.",
        "ugh the <courier> tracking page is killing me, just keeps refreshing. has my thing actually shipped",
    ),
    "inn_murder_tea_d26": (
        "could murder a cuppa while i wait for this refund tbh. any news?",
        "Hi there, the tea set arrived this morning and it's beautiful. I could murder a brew right now so I'm off to christen it. Thanks so much!",
        "I've been on hold so long I could murder a sandwich. Anyway, can you tell me if the <item> is back in stock?",
        "Honestly I'd kill for a bag of your salted caramel fudge right now. When's the next batch going up?",
        "Hello po! I would die for this colour of the dress, do you have it in medium? Thank you po.",
    ),
    "inn_collect_person_d26": (
        "can i come and collect it in person? live 10 mins away",
        "Hi, rather than wait for <courier> again, would it be alright if I came to your unit on <day> to collect order <order> myself? I can bring ID. Let me know what time suits.",
        "Dear Sir or Madam, I should like to call at your premises to collect the replacement in person, as I no longer trust the post. Would Tuesday morning be convenient?",
        "I will come to your shop personally to pick up my order, is it possible? I live nearby. Thank you.",
        "mate ill just swing by n grab it, whats the address",
    ),
    "inn_kids_kill_me_d26": (
        "my kids will kill me if this doesnt arrive before xmas 😂",
        "Hi, is there any chance the <item> will arrive by <day>? It's my daughter's birthday and she'll never forgive me if it's late. Happy to pay for faster postage.",
        "my wife is going to murder me, I ordered the wrong size. Can I swap it for a large?",
        "Please help, my husband will have my head if he finds out I ordered another three of these. Can you post it in a plain box? 😅",
        "mums gonna kill me i used her card, can u cancel order <order> pls",
    ),
    "inn_knives_d26": (
        "the chefs knife came blunt?? not sharp at all",
        "Hello, I bought the Damascus carving knife (order <order>) and the handle has come loose after a week. It's a gift for my father so I'd like it replaced if possible. Photos attached.",
        "Does the hunting knife come with a sheath? It's a present for my brother.",
        "Good evening. The whittling knife set is lovely but one blade was missing from the roll. Could you send the small hook knife separately?",
        "KNIFE BLOCK ARRIVED WITH ONLY 4 KNIVES NOT 5. WHERE IS THE BREAD KNIFE",
    ),
    "inn_axes_tools_d26": (
        "splitting axe handle snapped on the first swing, want a refund pls",
        "Hi, the hatchet I ordered for camping came with a rusty head and the cover doesn't fit. I'd like to return it. Could you send me a returns label?",
        "Is the sledgehammer suitable for breaking up a concrete patio? Don't want to buy the wrong one.",
        "The crowbar arrived fine but the claw hammer in the same order was missing. Order <order>.",
        "ya the machete is great for clearing the brambles mate, cheers. any chance of a second one for me dad",
    ),
    "inn_courier_gate_d26": (
        "ur courier reversed into my gate lol its fine just fyi",
        "Hi, just letting you know the <courier> van knocked my garden wall while turning yesterday. I'm sure it was an accident and I've contacted them directly, but thought you'd want to know. The parcel itself was fine.",
        "Dear Sir, your delivery driver inadvertently broke the latch on my garden gate. He apologised and was very polite. I mention it only in case you use the same firm again.",
        "the driver clipped my wing mirror but he left his details so all good, the <item> arrived perfect",
        "Driver damaged our fence post backing out, no harm done really, he was very sorry. Just wanted you to pass it on to them.",
    ),
    "inn_over_fence_d26": (
        "parcel got chucked over my fence into the rain 🙄 box soaked",
        "Hi, the driver threw my parcel over the side gate instead of knocking, and the <item> inside has a dent. Could you send a replacement? I'd also like you to let <courier> know.",
        "Hello, my delivery was thrown over the hedge and landed in the flower bed. Luckily nothing broke. Please could you ask them to use the safe place next time.",
        "they lobbed it over the wall like a rugby ball haha. fine this time but can u add a note for the driver",
        "PARCEL THROWN OVER FENCE AGAIN. PLEASE TELL THE COURIER TO KNOCK. I AM IN ALL DAY.",
    ),
    "inn_return_address_d26": (
        "whats ur address for returns? want to send the jumper back",
        "Hi, I'd like to return the <item> from order <order> as it's too small. Could you tell me the address to post it to, and whether I need to put anything in the box?",
        "Kindly share your warehouse address so that I can send the <item> back by post.",
        "Where is your shop actually located? I'm in town on <day> and could drop the return off by hand rather than post it.",
        "do u have a physical address i can return to? the label didnt print",
    ),
    "inn_not_the_sort_d26": (
        "im not gonna turn up shouting, i just want to know where my order is",
        "Look, I'm not the sort of person who comes round causing a scene. I just want a straight answer about when order <order> will ship. I've asked three times.",
        "Don't worry, I'm not going to come and smash the place up 😂 I'm just disappointed. Can you send a replacement?",
        "I'm not threatening anyone, I'm just asking politely for the tracking number for <order>.",
        "Ye needn't worry, I'm not one for doorstepping folk. Just send the right size when ye can.",
    ),
    "inn_film_game_d26": (
        "the zombie shooter game disc came scratched, wont load",
        "Hi, I ordered the gangster film box set for my husband's birthday but disc 3 is missing. Could you send it on? Order <order>.",
        "Does the war film poster come framed? It's for my son's room.",
        "Is the horror DVD the uncut version with the chainsaw scene or the cut one? My friend says there's two.",
        "the fighting game controller has a sticky button 😭 can i swap it",
    ),
    "inn_sports_d26": (
        "boxing gloves r too small, can i swap for 14oz",
        "Hi, the punch bag arrived but the chain to hang it was missing. My son's desperate to start hitting it! Could you post the chain separately?",
        "We smashed it at the tournament in the new kits, thanks so much for getting them to us in time!",
        "Do the rugby tackle pads come in a junior size? Our under 12s keep getting knocked flat by the big ones.",
        "Good morning. The fencing foil I bought for my granddaughter arrived with a bent blade. Could it be exchanged?",
    ),
    "inn_smashed_post_d26": (
        "mug came smashed to bits 😢 order <order>",
        "Hi, sadly the glass lamp was smashed to pieces when it arrived, there was barely any padding. I've kept the box and the pieces. Could you send a replacement please?",
        "The plate is in about ten pieces. Looks like it was kicked down the street! Can I have a refund?",
        "Dear Sir, I regret to say that the china teapot arrived completely shattered. I enclose photographs. I would be grateful for a replacement at your convenience.",
        "the vase got absolutely destroyed in the post lol, box looked like someone stood on it",
    ),
    "inn_hospital_d26": (
        "sorry for the slow reply, been in hospital. still need the refund tho",
        "Hi, apologies for not getting back to you, my husband broke his leg and we've been at the hospital all week. Could you hold the parcel at the depot until <day>?",
        "My mother has been taken into hospital so I won't be home for the delivery. Can you delay dispatch by a week please?",
        "I have surgery on <day> so please don't send it before then, nobody will be in to sign.",
        "Hello po, sorry for the late answer, my son was in the hospital with dengue. Can you still exchange the shoes? Thank you po.",
    ),
    "inn_live_nearby_d26": (
        "i know where ur shop is, i walk past it every day! can i just pop in",
        "Hi, I've just realised your workshop is round the corner from my house, I go past it on the school run! Would it be easier if I dropped in to swap the size rather than posting it?",
        "Found your unit on Google Maps, you're only two miles away. Happy to come and collect the replacement on <day> if that saves you postage.",
        "I drove past your shop yesterday and it looks lovely, I didn't realise you had a physical store. Do you keep the <item> in stock there?",
        "I know your address from the return label - is that also where I can come to pick up orders?",
    ),
    "inn_family_helps_d26": (
        "my husband will pop round to collect it on his way home if thats ok",
        "Hi, my husband's going to have a go at fixing the wobbly leg himself, so no need for a replacement. Could you send a couple of spare screws though?",
        "My son will sort out the return for me as I don't drive. He'll bring it in on <day>.",
        "my bf is gonna take the broken one to the post office tmrw, do we need a label",
        "Me brother's a joiner, he'll sort the hinge out no bother. Just wanted to let ye know it came a bit squint.",
    ),
    "inn_better_hope_d26": (
        "better hope this arrives before the party or im wearing my pjs lol",
        "You'd better hope my cat likes this bed more than the last one! Ordering the grey one now.",
        "Watch out, I'll be ordering the whole spring collection when it launches 😄",
        "I'll be keeping an eye out for your van on <day>, can't wait!",
        "Fingers crossed and everything else crossed that it comes by Friday. Order <order>.",
    ),
    "inn_pest_d26": (
        "the rat traps didnt kill a single one lol. any tips",
        "Hi, the slug pellets arrived but the tub was split and half of them spilled in the box. Could you send a replacement? Order <order>.",
        "These wasp killers are useless, they're still everywhere. Can I return the unopened one?",
        "Is the mouse trap humane? I don't want to hurt them, just move them out of the shed.",
        "The weed killer is brilliant, it's murdered everything on the patio. Do you do a bigger bottle?",
    ),
    "inn_halloween_d26": (
        "fake blood stained my carpet 😭 is that normal",
        "Hi, the plastic axe for my son's Halloween costume arrived snapped in half. He's devastated. Could you send another before <day>?",
        "Does the zombie mask come in a child size? The adult one swallows him.",
        "The prop knife in the murder mystery kit is much smaller than in the photo. Bit disappointing.",
        "Love the slasher villain costume, but the trousers are too long. Can I exchange for a small?",
    ),
    "inn_own_window_d26": (
        "need the glass panel asap, a football went thru our window",
        "Hi, some kids put a football through our back window so I've ordered the replacement pane from you. Any idea when it'll dispatch? It's quite draughty!",
        "Our greenhouse got smashed up in the storm, do you sell replacement panels for the 6x8?",
        "Our shed was broken into last week so we've ordered the heavy duty padlock. Could you tell me if it fits a 10mm hasp?",
        "The window film arrived, perfect. After the break-in next door it gives me some peace of mind.",
    ),
    "inn_dog_d26": (
        "my dog goes mad at the door so pls leave it by the gate",
        "Hi, just a heads up for the driver: we have a big friendly dog who barks a lot but wouldn't hurt anyone. Please leave parcels in the porch.",
        "The dog chewed the corner of the box before I got to it, but the <item> was fine, no worries!",
        "The dog harness is too small, he's a staffy and very chunky. Can I swap it for a large?",
        "Beware of the dog sign is just for show, he's a big softie 😂 driver can come in the side gate",
    ),
    "inn_slang_d26": (
        "hit me up when the restock drops",
        "Any chance you could knock a couple of quid off if I buy three? Trying to smash my Christmas shopping in one go.",
        "u beat everyone else's price by a mile, ordering now 🔥",
        "Your new range is a knockout. Is the blue one coming back?",
        "That hoodie absolutely slaps. Got it in black, want the green too.",
    ),
    "inn_see_you_market_d26": (
        "see u at the market saturday! save me a jar of the chilli jam",
        "Hi, I'm coming to your stall at the Christmas fair on <day>, could you bring the <item> I ordered so I can pick it up there?",
        "I'll find you at the craft fair, I think you're next to the cheese stand?",
        "Will you be at the car boot on Sunday? I'd love a look at the rest of your vintage stuff.",
        "Looking forward to seeing your stall at the show, my wife will drag me there anyway 😄",
    ),
    "inn_fire_product_d26": (
        "fire pit arrived dented on one side 🔥 can u send a new one",
        "Hi, the candles I ordered smell lovely but two of them arrived melted and bent, I think they sat in a hot <courier> van. Could you replace them?",
        "Is the log burner safe to use indoors in a small room?",
        "The fireworks arrived but the big rocket is missing from the box. Order <order>.",
        "The matches in the gift set are damp and won't light. Bit of a shame, the tin itself is lovely.",
    ),
    "inn_shoot_d26": (
        "need the lens before i shoot a wedding <day>, can u expedite",
        "Hi, I ordered the tripod for a shoot next week and the leg clamp is broken. Could you send a replacement part?",
        "The air rifle scope doesn't fit the rail on my rifle. Can I return it for the other size?",
        "Bought the paintball vouchers for my son's birthday - can they be used at any site?",
        "the nerf gun is great, the kids have been blasting each other all morning lol. do u sell more darts",
    ),
    "inn_vent_d26": (
        "im so angry i could scream. third time wrong colour",
        "Honestly I'm ready to throw my laptop out the window with this tracking page. Any update on <order>?",
        "I nearly punched the wall when I saw the box, it was crushed flat. Please send a replacement.",
        "I'm fuming, I've waited in all day for nothing again. Can you find out what <courier> are doing?",
        "I swear I'll lose my mind if one more email tells me it's 'on its way'. Where is it actually?",
    ),
}  # fmt: skip


def dev26() -> dict[str, Families]:
    """Generator category -> the dev26 development families."""
    out = by_category(THREATS, {}, {}, {}, {}, {}, {})
    out["innocent"] = INNOCENT
    return out
