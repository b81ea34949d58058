COURSE = {
    "slug": "empathy-that-is-not-engineered",
    "title": "Empathy that is not engineered",
    "summary": "Why scripted sympathy sounds hollow, and how to connect for real with customers – especially those who reach you after a frustrating conversation with a bot.",
    "audience": "Contact-centre agents and team leads who handle complex or emotional contacts, including customers handed over from an AI agent.",
    "level": "intermediate",
    "estimated_minutes": 89,
    "skills": [
        "empathy",
        "qa-active-listening",
        "qa-acknowledging-feelings",
        "qa-plain-language",
        "qa-positive-language",
        "qa-clear-expectations",
        "qa-confirming-resolution",
        "qa-respectful-close",
        "qa-greeting-ownership",
    ],
    "prerequisites": [],
    "modules": [
        {
            "slug": "why-engineered-empathy-fails",
            "title": "Why engineered empathy fails",
            "summary": "See why stock phrases of sympathy sound hollow, especially to customers who have just heard them from a bot.",
            "objectives": [
                "Recognise the signs that make an empathy phrase sound scripted.",
                "Explain why customers handed over from an AI agent are quick to hear scripts as insincere.",
                "Describe the three parts of genuine empathy: attention, specificity and action.",
            ],
            "skills": [
                ["empathy", 2],
                ["qa-acknowledging-feelings", 2],
                ["qa-greeting-ownership", 2],
            ],
            "lessons": [
                {
                    "slug": "what-engineered-empathy-sounds-like",
                    "title": "What engineered empathy sounds like",
                    "summary": "Learn to spot the stock phrases that tell a customer nobody is really listening.",
                    "estimated_minutes": 9,
                    "body": [
                        ["heading", "The phrases everyone has heard"],
                        [
                            "paragraph",
                            "<p>“I completely understand your frustration.” “I’m so sorry for any inconvenience this may have caused.” “Your call is important to us.” You have probably said at least one of these today. They were written with good intentions: someone wanted every customer to hear some sympathy, so they put it in a script.</p><p>The trouble is that customers have heard them too. They hear them from agents, recorded messages and, more and more, bots. Surveys of customers suggest that more than one in five find bots’ “engineered empathy” insincere. When a person uses the same words, the customer has no way to tell the difference. The phrase that was meant to build trust becomes a sign that nobody is really listening.</p>",
                        ],
                        ["heading", "Five signs a phrase is engineered"],
                        [
                            "paragraph",
                            "<p>Engineered empathy is sympathy that could have been written before the customer said a word. You can usually spot it by one of these signs:</p><ul><li><b>It is generic.</b> It would fit any complaint. “I understand your frustration” works just as well for a lost parcel as for a double charge, which is exactly why it means so little.</li><li><b>It claims too much.</b> “I completely understand” asserts something you can’t know. The customer has spent forty minutes on this; you have spent forty seconds.</li><li><b>It hedges.</b> “Any inconvenience this <i>may</i> have caused” suggests you doubt there was any. The customer knows there was.</li><li><b>It is followed by “but” or “however”.</b> “I’m sorry to hear that, however our policy is…” tells the customer the apology was a speed bump on the way to a no.</li><li><b>It changes nothing.</b> Everything you do next is the same as it would have been without the sympathy. The customer notices that the words made no difference.</li></ul>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "note",
                                "title": "Scripts are not the enemy",
                                "text": "<p>Scripts help with accuracy: legal wording, security checks, the exact terms of a refund. The problem is scripting the human part. A compliance statement read word for word is fine. A feeling read word for word is not.</p>",
                            },
                        ],
                        ["heading", "Why it backfires"],
                        [
                            "paragraph",
                            "<p>A customer who contacts you with a problem is also checking, often without knowing it, whether you are on their side. Every sentence is evidence. A specific sentence (“So the engineer didn’t turn up on Tuesday, and you’d taken the day off work for it”) is evidence that you heard them. A generic sentence is evidence that you didn’t, even if you did.</p><p>Engineered empathy also costs time. The customer who feels unheard repeats themselves, louder. They ask for a manager. They call back tomorrow and tell the story again. The phrase meant to calm things down makes the contact longer and harder for both of you.</p>",
                        ],
                        [
                            "scenario",
                            {
                                "title": "A double charge, handled by the template",
                                "setting": "Kwame has been charged twice for his monthly phone bill. He opens a chat, and the agent replies using the standard phrases.",
                                "turns": [
                                    {
                                        "speaker": "customer",
                                        "name": "Kwame",
                                        "text": "You’ve taken £42 out of my account twice this month. That’s my food shopping money. I need it back today.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Lucy",
                                        "text": "Thank you for contacting us, Kwame. I completely understand your frustration and I apologise for any inconvenience this may have caused. Can I take your account number, please?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Kwame",
                                        "text": "It’s 55812290. And you don’t understand, because it isn’t your money.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Lucy",
                                        "text": "I’m sorry you feel that way. I can see two payments of £42 on 3 March. However, refunds take 3 to 5 working days to process.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Kwame",
                                        "text": "So I just don’t eat for five days? Brilliant.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Lucy",
                                        "text": "I understand this is frustrating. Is there anything else I can help you with today?",
                                    },
                                ],
                                "debrief": "<p>Lucy did the practical work correctly: she found the account and confirmed the duplicate payment. But every human moment came from a template, and Kwame heard it. “I completely understand” claimed too much, and he threw it straight back. “I’m sorry you feel that way” apologises for his reaction, not for the double charge. “However” turned the refund information into a brush-off. The close offered more help while ignoring the one thing he had said mattered: he needs the money for food.</p><p>A genuine reply starts from what he actually told her: “You’ve been charged £42 twice, and that’s money you need for food this week. Let’s sort it out now.” After the checks, she could be honest about the timescale and then look for what she can do, such as asking whether a faster refund is possible in a case like this. Same facts, same policy, a very different contact.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "Which stock phrase do you reach for most often when a customer is upset? Write it down, then write what you could have said instead in a recent contact you remember.",
                                "hint": "Think of a time the phrase came out before you had finished reading or hearing what the customer said.",
                            },
                        ],
                    ],
                },
                {
                    "slug": "arriving-after-the-bot",
                    "title": "Arriving after the bot",
                    "summary": "Understand what a customer has been through before an AI agent hands them to you, and greet them in a way that shows it.",
                    "estimated_minutes": 10,
                    "body": [
                        ["heading", "The contact starts before you join"],
                        [
                            "paragraph",
                            "<p>More and more contacts reach a person only after an AI agent has had a go. Industry research suggests that 19% of customers now prefer dealing with AI agents, up from 13% two years earlier, while 38% still avoid them. By the time customers reach you, the easy questions are usually dealt with. What is left tends to be complicated, unusual or emotional. Industry research also suggests that 77% of agents handle complex issues most of the time.</p><p>So the customer is not starting fresh with you. They are continuing a conversation that has already gone wrong.</p>",
                        ],
                        ["heading", "Why bot conversations frustrate people"],
                        [
                            "paragraph",
                            "<p>Knowing why AI conversations fail helps you explain the problem without blaming anyone:</p><ul><li><b>The bot predicts words; it does not understand the situation.</b> A language model produces replies by predicting likely next words from patterns in its training data. It can sound caring while missing the point.</li><li><b>It can only act where people have given it tools and permissions.</b> It may check an order but not issue a refund. Customers end up in a loop when what they need is outside its permissions.</li><li><b>It can state wrong things confidently.</b> Without access to the right system, it may produce an answer that sounds right and isn’t. You may need to correct it.</li><li><b>Its empathy is generated.</b> “I’m sorry you’re experiencing this” comes from patterns, not concern. Customers know this, so the same words from you land badly.</li></ul>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "tip",
                                "title": "Read before you type",
                                "text": "<p>If your system shows the bot conversation, skim it before your first message. Look for three things: what the customer asked for, what the bot told them, and the moment things went wrong. Thirty seconds of reading saves the customer repeating it.</p>",
                            },
                        ],
                        ["heading", "A greeting that shows you were paying attention"],
                        [
                            "paragraph",
                            "<p>The customer’s first question is whether they have to start again. Answer it in your greeting: say who you are, show what you already know, and take ownership. “Hi, I’m Arjun. I’ve read your chat, so you won’t need to repeat anything. You need a replacement router, and I’ll take it from here.”</p><p>“Hello, my name is Arjun, how can I help you today?” is polite, but it tells the customer the last twenty minutes counted for nothing.</p><p>Be honest about the handover. Don’t pretend to be the assistant, and don’t run down the bot. A factual line works: “The assistant can’t arrange replacements, so it’s passed you to me.” Handing over to a person is part of how the service is meant to work. It is not a failure to apologise for.</p>",
                        ],
                        [
                            "scenario",
                            {
                                "title": "A router the bot could not replace",
                                "setting": "Mei’s broadband has dropped every evening for a week. After twenty minutes with the virtual assistant, she is transferred to Arjun.",
                                "turns": [
                                    {
                                        "speaker": "ai_agent",
                                        "name": "Virtual assistant",
                                        "text": "I’m sorry you’re experiencing connection issues. Please switch your router off, wait 30 seconds, and switch it back on.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Mei",
                                        "text": "I have done that FOUR times. It’s the router. The light goes red every night around 7. I need a new one.",
                                    },
                                    {
                                        "speaker": "ai_agent",
                                        "name": "Virtual assistant",
                                        "text": "I understand how frustrating this must be. Let’s try some troubleshooting steps. Please switch your router off, wait 30 seconds, and switch it back on.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Mei",
                                        "text": "Person. I want a person.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Arjun",
                                        "text": "Hi Mei, I’m Arjun. I’ve read the chat. You’ve restarted the router four times, the light goes red around 7 every evening, and you kept being sent back to the same steps. Sorry, that’s a lot of your evening gone. I’ll take it from here.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Mei",
                                        "text": "Thank you. Finally. Can you just send a new router?",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Arjun",
                                        "text": "I’m running a test on your line while we talk. If it shows the fault is in the router rather than the line, I can order a replacement on this chat. Give me two minutes.",
                                    },
                                ],
                                "debrief": "<p>The bot did what it was set up to do: run the reset steps. Its empathy phrases said one thing; its behaviour showed it had not taken in what Mei said. That gap made her angry.</p><p>Arjun’s first message did three things. It proved he had read the history by using her details. It acknowledged the cost to her in plain words. And it took ownership: “I’ll take it from here.” He then said what he was doing and what would decide the outcome, without promising a router before he knew where the fault was. His apology was short and specific, not “I apologise for any inconvenience”.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "Think about the last customer who reached you after a bot or an automated menu. What did they have to repeat to you, and what would have let you skip that?",
                                "hint": "Start with the first thing they said to you, and whether it was about their problem or about the process.",
                            },
                        ],
                    ],
                },
                {
                    "slug": "what-genuine-empathy-is-made-of",
                    "title": "What genuine empathy is made of",
                    "summary": "Break empathy into three practical parts – attention, specificity and action – that you can practise on every contact.",
                    "estimated_minutes": 9,
                    "body": [
                        ["heading", "Empathy is a skill, not a personality"],
                        [
                            "paragraph",
                            "<p>Some people think empathy is something you either have or don’t. In customer service it is more useful to treat it as something you do. You may not feel moved by a late parcel, and you don’t need to. What the customer needs is evidence that you have understood their situation, and that it will change what you do next.</p><p>Genuine empathy in a contact has three parts. Each one is visible to the customer, which is why each one can be practised.</p>",
                        ],
                        ["heading", "Attention"],
                        [
                            "paragraph",
                            "<p>Attention means taking in what the customer said before you decide what to say. On a call, it means letting them finish and noticing tone, pauses and what they repeat. On chat, it means reading the whole message, including the last line, which is often where the real point is: “…and I’m flying on Friday.”</p><p>Attention is hard for a bot to fake for long. An AI agent may flag that a message sounds negative, but sentiment detection is a statistical guess based on patterns in the words. It doesn’t know that “fine” from this customer means the opposite. You can.</p>",
                        ],
                        ["heading", "Specificity"],
                        [
                            "paragraph",
                            "<p>Specificity is the proof of attention. Use the customer’s own details: the date, the amount, the name of the person they care for, the thing they were trying to do. “You’ve been without a landline since Monday, and your mum relies on it for her care alarm” can’t be copied from a script. That is exactly why it works.</p>",
                        ],
                        ["heading", "Action"],
                        [
                            "paragraph",
                            "<p>Empathy that changes nothing is decoration. The last part is letting what you heard shape what you do: treating the landline fault as urgent because of the care alarm, explaining the refund timescale in detail because the customer said money is tight, offering to put things in writing because they mentioned they find calls hard to follow. The customer may never hear you say anything sympathetic at all, and still feel understood.</p>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "caution",
                                "title": "Don’t swap one script for another",
                                "text": "<p>Later in this course you will practise habits such as naming the feeling and its cause. Treat them as habits, not templates. If you start every contact with “It sounds like you feel…”, customers will hear that as a script too. Vary your words; keep the attention.</p>",
                            },
                        ],
                        [
                            "scenario",
                            {
                                "title": "A birthday present marked as delivered",
                                "setting": "Sione’s parcel shows as delivered, but it never arrived. It is a present for his daughter, and he is on chat with Chloé.",
                                "turns": [
                                    {
                                        "speaker": "customer",
                                        "name": "Sione",
                                        "text": "Tracking says delivered at 2:14 yesterday. It wasn’t. Nothing in the porch, nothing with the neighbours. It’s my daughter’s birthday present and her party is on Saturday.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Chloé",
                                        "text": "That’s a horrible thing to find with the party so close. So tracking shows delivered at 2:14 yesterday, you’ve checked the porch and the neighbours, and you need it by Saturday. Is that right?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Sione",
                                        "text": "Yes. I just want to know if it’s coming.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Chloé",
                                        "text": "I’m raising a missing-parcel claim with the courier now. To be honest, those claims usually take longer than Saturday, so I don’t want you relying on it. I can send a replacement by next-day delivery today instead. If the first one turns up, you can send it back free. Would that work?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Sione",
                                        "text": "Yes. That would actually be brilliant. Thank you.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Chloé",
                                        "text": "Done. You’ll get a tracking email within the hour. I’ve put a note on your account so nobody asks you to wait for the claim first.",
                                    },
                                ],
                                "debrief": "<p>Chloé never said “I understand your frustration”. She showed attention by picking up the party, specificity by playing back the time and what Sione had already checked, and action by choosing a replacement over the slower claim because of the deadline he gave her. Notice the honest line about claims taking longer than Saturday: it sets a realistic expectation instead of a hopeful one.</p><p>A scripted version would have apologised for the inconvenience, opened the claim and asked him to wait. It would have followed the process correctly and been useless for Saturday.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "Pick a recent contact where the customer left feeling understood. Which of the three parts – attention, specificity, action – did you use most, and which did you skip?",
                                "hint": "Look for a moment where something the customer said changed what you did.",
                            },
                        ],
                    ],
                },
            ],
        },
        {
            "slug": "listening-and-acknowledging",
            "title": "Listening and acknowledging",
            "summary": "Practise listening for the whole story and acknowledging feelings in your own words, including with angry and grieving customers.",
            "objectives": [
                "Use active listening to capture the facts, the feeling and the stakes of a customer’s problem.",
                "Acknowledge a specific feeling and its cause before moving on to a fix.",
                "Recognise the customer who arrives angry after a failed bot conversation, and respond without blaming or defending the bot.",
                "Adapt your approach for bereavement and vulnerable-customer contacts.",
            ],
            "skills": [
                ["qa-active-listening", 3],
                ["qa-acknowledging-feelings", 3],
                ["empathy", 3],
            ],
            "lessons": [
                {
                    "slug": "listening-for-the-whole-story",
                    "title": "Listening for the whole story",
                    "summary": "Hear the facts, the feeling and what is at stake, and show the customer you have.",
                    "estimated_minutes": 10,
                    "body": [
                        ["heading", "Three things in every problem"],
                        [
                            "paragraph",
                            "<p>When a customer explains a problem, they usually tell you three things, not always in this order:</p><ul><li><b>The facts:</b> what happened, when, how much, which account.</li><li><b>The feeling:</b> worried, fed up, embarrassed, panicked, tired.</li><li><b>The stakes:</b> what the problem means for their life. The bill due on Friday. The job interview on a video call tomorrow. The elderly parent who can’t get through.</li></ul><p>Most processes are built to capture the facts. Active listening means catching all three. The stakes are often the most useful, because they tell you what a good outcome looks like for this person.</p>",
                        ],
                        ["heading", "What active listening looks like"],
                        [
                            "paragraph",
                            "<p><b>On a call</b>, let the customer finish their first explanation without interrupting, even if you already know the fix. Short signals (“right”, “OK”, “go on”) tell them you are still there. Note their exact words for anything that matters. Resist filling every silence; a pause often comes just before the most important sentence.</p><p><b>On chat</b>, read every message in full before you reply, and don’t send a canned opener while they are still typing. If they send three messages in a row, answer all three, not just the last.</p><p><b>On both</b>, ask one open question at a time (“What happened when you tried to log in?”) rather than a list. Save closed questions for confirming details later, not for steering the story.</p>",
                        ],
                        ["heading", "Play it back"],
                        [
                            "paragraph",
                            "<p>The clearest proof that you listened is a short summary in your own words that covers the facts and the stakes: “So you’re locked out after the password attempts, the reset email isn’t arriving, and you need to pay your rent from this account tomorrow. Have I got that right?”</p><p>A playback does three jobs. It shows you heard. It gives the customer a chance to correct you before you go down the wrong path. And it often calms things down, because people stop pushing once they know the message has landed.</p>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "tip",
                                "title": "Keep it short",
                                "text": "<p>A playback should be shorter than the customer’s explanation. If you repeat everything back, it sounds like a technique. Pick the two or three details that matter most to them.</p>",
                            },
                        ],
                        [
                            "scenario",
                            {
                                "title": "Locked out the night before rent day",
                                "setting": "Nadia phones her bank because she is locked out of online banking. Dmitri takes the call.",
                                "turns": [
                                    {
                                        "speaker": "customer",
                                        "name": "Nadia",
                                        "text": "I’m locked out of the app. I put my password in, it said wrong, I tried again, now it says locked. The reset email never came. And I’ve checked my spam before you ask.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Dmitri",
                                        "text": "OK. Go on.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Nadia",
                                        "text": "That’s it really. Except my rent goes out tomorrow and my landlord is already funny about late payments. I can’t afford for this to go wrong.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Dmitri",
                                        "text": "Right. So you’re locked out after the password attempts, the reset email hasn’t arrived, even in spam, and your rent has to go tomorrow to a landlord who’s strict about it. Have I got that right?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Nadia",
                                        "text": "Yes. Exactly that.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Dmitri",
                                        "text": "Then let’s deal with the rent first, so that isn’t hanging over you. Once I’ve taken you through security, I’ll check whether the payment is already set up to go. Then we’ll get you back into the app.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Nadia",
                                        "text": "OK. Thank you. That actually helps.",
                                    },
                                ],
                                "debrief": "<p>Dmitri said very little at first, and that was the point. His “Go on” gave Nadia room, and that is when the stakes came out: the rent and the strict landlord. If he had jumped in with the reset process after her first message, he would have fixed the lockout and missed what she was really worried about.</p><p>His playback covered the facts and the stakes in one sentence, and he checked it with a question. Then he let the stakes set the order of work, while still doing the security checks first. He never said he understood; he showed it by dealing with the rent first.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "In your last few contacts, how often did you find out what was at stake for the customer? Where did that come from – did you ask, or did it slip out?",
                                "hint": "Pick one contact and write down the facts, the feeling and the stakes as the customer would describe them.",
                            },
                        ],
                    ],
                },
                {
                    "slug": "naming-the-feeling-and-its-cause",
                    "title": "Naming the feeling and its cause",
                    "summary": "Acknowledge how a customer feels in specific, honest words, and do it before you start fixing – including when they arrive angry after a bot.",
                    "estimated_minutes": 10,
                    "body": [
                        ["heading", "Why naming helps"],
                        [
                            "paragraph",
                            "<p>Strong feelings take up room. A furious or frightened customer can’t take in your fix until they know their feeling has registered. Naming it, briefly and accurately, makes room for the rest.</p><p>The key is to name <b>the feeling and its cause together</b>. “You’re annoyed” on its own can sound like a judgement. “You’re annoyed because you were promised a call back on Tuesday and nobody rang” shows you understand why, and that the reason is fair.</p>",
                        ],
                        ["heading", "How to do it well"],
                        [
                            "paragraph",
                            "<ul><li><b>Use their words where you can.</b> If they said “gutted”, don’t translate it into “disappointed”.</li><li><b>Be tentative when you are guessing.</b> “It sounds like this has really worried you” leaves room to be corrected. “You’re obviously very upset” can feel as if you are managing them.</li><li><b>Match the size of the feeling.</b> Don’t call a panic “a bit of a nuisance”, and don’t turn mild irritation into a crisis.</li><li><b>Drop the “but”.</b> “I can see why that’s upsetting, but…” cancels what came before. Use a full stop and move on: “I can see why that’s upsetting. Here’s what I can do.”</li><li><b>Acknowledge before you fix.</b> Otherwise the customer may keep arguing the problem, because they don’t know you accept it was one.</li></ul>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "caution",
                                "title": "Acknowledging is not agreeing to everything",
                                "text": "<p>You can accept that someone is angry, and that their anger makes sense, without agreeing that they are owed everything they ask for. “You were told the wrong thing, and I can see why you’re angry about that” is honest.</p>",
                            },
                        ],
                        ["heading", "The customer who arrives angry after a bot"],
                        [
                            "paragraph",
                            "<p>Customers who reach you after a failed AI conversation are often angry about two things: the original problem, and the time they spent trying to get past the bot. Acknowledge both. Don’t defend the bot and don’t run it down. Something factual works: “The assistant can’t change direct debit dates, so it kept sending you back to the same page. That’s time you shouldn’t have had to spend.”</p><p>If the customer swears or shouts, you don’t have to match their energy or absorb abuse. You can work with anger at a situation. Personal abuse is different: your organisation’s policy on abusive contacts is there to protect you.</p>",
                        ],
                        [
                            "scenario",
                            {
                                "title": "A direct debit the bot could not move",
                                "setting": "Yusuf wants to move the date of his energy direct debit so it goes out after payday. The virtual assistant couldn’t do it, and he has been transferred to Marisol.",
                                "turns": [
                                    {
                                        "speaker": "ai_agent",
                                        "name": "Virtual assistant",
                                        "text": "I understand you’d like to manage your payments. You can view your direct debit in the Payments section of the app. Is there anything else I can help with?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Yusuf",
                                        "text": "I KNOW where it is. I can see it. I can’t CHANGE it. That’s the third time you’ve told me that.",
                                    },
                                    {
                                        "speaker": "ai_agent",
                                        "name": "Virtual assistant",
                                        "text": "I’m sorry for the confusion. I’ll connect you with a colleague who can help.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Marisol",
                                        "text": "Hi Yusuf, I’m Marisol. I’ve read the chat. You want your direct debit moved to after payday, the assistant can’t make that change, and it kept pointing you to a page you’d already found. Three rounds of that would wear anyone down.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Yusuf",
                                        "text": "Yeah, well. It goes out on the 1st and I get paid on the 5th. My bank charged me last month because of it.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Marisol",
                                        "text": "So the date hasn’t just been a nuisance, it’s cost you money. I can move it right now. Would the 6th work?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Yusuf",
                                        "text": "The 6th is fine. And the bank charge?",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Marisol",
                                        "text": "That charge came from your bank, not from us, so I can’t refund it myself. I can ask my team lead whether we can put a goodwill credit on your account. I’ll have an answer before we finish this chat, and I’ll tell you straight either way.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Yusuf",
                                        "text": "OK. That’s fair. Thanks.",
                                    },
                                ],
                                "debrief": "<p>Yusuf was angry about the bot loop and about the money. Marisol named both, in his terms: the three rounds, the page he had already found, the bank charge. She didn’t say “I completely understand your frustration”; she described what had caused it. She didn’t blame the assistant either; she said plainly what it couldn’t do.</p><p>She acknowledged before fixing, then fixed quickly. When he asked for something outside her control, she said so without “unfortunately” or “however”, offered the next best thing, and made an honest commitment about when he would know.</p><p>The scripted alternative, “I’m sorry for any inconvenience, I can change that date now”, fixes the date but skips the bank charge, which mattered most to Yusuf.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "Think of a contact where a customer stayed angry even after you offered a fix. Looking back, had you named what they were angry about? What would you say now?",
                                "hint": "Try writing one sentence that names the feeling and its cause, using the customer’s own words.",
                            },
                        ],
                    ],
                },
                {
                    "slug": "bereavement-and-vulnerable-customers",
                    "title": "Bereavement and vulnerable customers",
                    "summary": "Slow down, simplify and take the work on yourself when a customer is grieving or in a vulnerable situation.",
                    "estimated_minutes": 12,
                    "body": [
                        ["heading", "A different kind of contact"],
                        [
                            "paragraph",
                            "<p>Some contacts are not really about a problem at all. A customer telling you their partner has died is doing one of dozens of painful admin tasks. They may be calm, numb, tearful or short with you; all are normal. Your job is to make this task as light as you can.</p><p>Sometimes automation has already made it harder: a bot asked for the account holder to log in, or offered options that didn’t fit. The customer may have had to type “my husband has died” to a machine before reaching you.</p>",
                        ],
                        ["heading", "What helps"],
                        [
                            "paragraph",
                            "<ul><li><b>Say sorry simply, once, and mean it.</b> “I’m so sorry about your husband” is enough. A long speech of sympathy leaves the customer looking after you.</li><li><b>Use the person’s name.</b> If they tell you the name of the person who died, use it rather than “the deceased” or “the account holder”.</li><li><b>Slow down.</b> Leave pauses. Taking longer is the right call here.</li><li><b>Ask only for what you need.</b> Check what your process actually requires before you ask for documents or details, and ask for them once.</li><li><b>Explain one step at a time, in plain words.</b> Grief affects concentration. Offer to send a written summary of what happens next.</li><li><b>Take the work on yourself.</b> Make the changes you can. Where another team must act, pass it on yourself rather than giving out another number.</li><li><b>Don’t sell.</b> This is not the moment for an upgrade, a new tariff or a survey link.</li></ul>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "note",
                                "title": "Vulnerability can be temporary",
                                "text": "<p>Vulnerability is not only about age or disability. Anyone can be vulnerable for a while: after a death, a diagnosis or a job loss. Signs include confusion about things they would normally know, mentions of illness or money worries, someone else speaking for them, or saying they can’t cope. If you notice signs like these, follow your organisation’s process for recording support needs, and ask the customer’s permission where the process requires it.</p>",
                            },
                        ],
                        ["heading", "When the customer is vulnerable"],
                        [
                            "paragraph",
                            "<p>The same habits apply. Check understanding by asking the customer what happens next, rather than “Does that make sense?”, which nearly always gets a yes. Offer other ways to stay in touch if calls or chat are hard for them. If you are worried about someone’s immediate safety, follow your organisation’s guidance straight away and bring in your team lead. You are not expected to handle that alone.</p>",
                        ],
                        [
                            "scenario",
                            {
                                "title": "Telling the broadband provider about a death",
                                "setting": "Ingrid’s husband died three weeks ago, and the broadband account is in his name. The virtual assistant asked her to log in as the account holder, and she asked to speak to a person.",
                                "turns": [
                                    {
                                        "speaker": "ai_agent",
                                        "name": "Virtual assistant",
                                        "text": "To make changes to this account, please log in as the account holder or answer the account holder’s security questions.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Ingrid",
                                        "text": "He can’t log in. He died. I just need to know what to do about the broadband. Can I talk to a person?",
                                    },
                                    {
                                        "speaker": "ai_agent",
                                        "name": "Virtual assistant",
                                        "text": "I’m connecting you with a member of our team who can help with this.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Kenji",
                                        "text": "Hello Ingrid, I’m Kenji. I’ve seen your messages, and I’m so sorry about your husband. I can help with the broadband, and you won’t need his login for this.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Ingrid",
                                        "text": "Thank you. His name was Tomás. I don’t even know what I’m meant to do. I don’t want to lose the internet, my daughter video calls me every night.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Kenji",
                                        "text": "Then we’ll keep it running. Nothing will be cut off while we sort this out. There are two things to do: put the account in your name, and stop the payments from Tomás’s bank account if you’d like that. We’ll take them one at a time. Is now a good time, or would you rather I called you later this week?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Ingrid",
                                        "text": "Now is fine. Just go slowly.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Kenji",
                                        "text": "I will. I’ll also email you a short summary of what we’ve done and what happens next, so you don’t have to remember any of it. Let’s start with the name on the account.",
                                    },
                                ],
                                "debrief": "<p>The assistant passed Ingrid to a person, but only after asking her to do something impossible. Kenji undid that straight away by telling her she didn’t need the login. His sympathy was one sentence. When she told him her husband’s name, he used it.</p><p>He heard the stakes, the nightly video calls with her daughter, and answered them first. He broke the work into two steps, offered a choice of timing, and promised a written summary. Notice what he didn’t do: no long speech, no offers, no list of documents up front.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "What part of a bereavement or vulnerable-customer contact do you find hardest? What would make it easier: a change in your own approach, or something you could ask your team for?",
                                "hint": "It is fine if the honest answer is about how these contacts affect you.",
                            },
                        ],
                    ],
                },
            ],
        },
        {
            "slug": "owning-the-outcome",
            "title": "Owning the outcome",
            "summary": "Own the next step, set honest expectations, confirm the problem is solved, close with respect, and look after yourself afterwards.",
            "objectives": [
                "Set clear, honest expectations about what happens next, when, and who will do it.",
                "Use positive language that stays truthful, and recognise toxic positivity.",
                "Confirm resolution with the customer and close the contact respectfully.",
                "Recognise the after-effects of difficult contacts and choose ways to recover.",
            ],
            "skills": [
                ["qa-greeting-ownership", 3],
                ["qa-clear-expectations", 3],
                ["qa-plain-language", 2],
                ["qa-positive-language", 3],
                ["qa-confirming-resolution", 3],
                ["qa-respectful-close", 3],
                ["empathy", 3],
            ],
            "lessons": [
                {
                    "slug": "owning-the-next-step",
                    "title": "Owning the next step and setting honest expectations",
                    "summary": "Say what you will do, when, and what the customer can expect, using positive language without pretending.",
                    "estimated_minutes": 11,
                    "body": [
                        ["heading", "Ownership is empathy in action"],
                        [
                            "paragraph",
                            "<p>Customers passed from a bot to a person, or between teams, often fear being passed on again. Ownership answers that fear. It means saying “I will”, not “they will” or “someone will”, and then doing it.</p><ul><li>“I’ll chase the engineering team myself and call you back by 4pm tomorrow.”</li><li>“This needs our complaints team. I’ll send them the full history, so you won’t have to explain it again.”</li></ul><p>Owning the next step does not mean doing everything yourself. It means making sure the customer always knows who has their problem and what happens next.</p>",
                        ],
                        ["heading", "Honest expectations beat hopeful ones"],
                        [
                            "paragraph",
                            "<p>It is tempting to give the best-case timescale: “It should be sorted by tomorrow.” If it isn’t, you have turned one disappointment into two.</p><p>Clear expectations cover four things: <b>what</b> will happen, <b>when</b>, <b>who</b> will do it, and <b>what the customer needs to do</b>, if anything. If you don’t know a timescale, say so, and say when you will know. “I don’t know yet how long the repair will take. The engineer will look at it on Thursday, and I’ll text you the result that evening” is more reassuring than a guess.</p><p>Use plain words: “an engineer will visit”, not “a field visit has been scheduled”. Say clearly what you can’t do, too. Customers cope better with a plain no than with a vague maybe that turns into a no later.</p>",
                        ],
                        ["heading", "Positive language, not toxic positivity"],
                        [
                            "paragraph",
                            "<p>Positive language means leading with what you can do rather than what you can’t. “I can get an engineer to you on Thursday” is better than “We don’t have anyone until Thursday”. Same fact, framed around action.</p><p>Toxic positivity is something else. It is cheerfulness that ignores the customer’s reality:</p><ul><li>“No worries at all!” to someone who is clearly very worried.</li><li>“Great news!” followed by a three-week wait.</li><li>“At least it’s only the one payment.”</li><li>“Have a fantastic day!” to someone who has just told you about a funeral.</li></ul><p>A simple test: would the sentence still sound right if the customer read it back to you? Positive language also has to be true. Never frame something as better than it is.</p>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "tip",
                                "title": "Swap the word, keep the truth",
                                "text": "<p>Try “What I can do is…” instead of “Unfortunately…”; “by Thursday” instead of “as soon as possible”; “I’ll” instead of “we’ll try to”. Each swap is more specific and more accountable, and that is what makes it positive.</p>",
                            },
                        ],
                        [
                            "scenario",
                            {
                                "title": "The engineer who didn’t come",
                                "setting": "Rafael took a day of unpaid leave to wait in for a broadband engineer, who didn’t arrive. He phones and speaks to Amara.",
                                "turns": [
                                    {
                                        "speaker": "customer",
                                        "name": "Rafael",
                                        "text": "I took a day off unpaid for your engineer. Eight till one, you said. It’s half two. Nobody’s come and nobody’s rung.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Amara",
                                        "text": "You gave up a day’s pay for this and nobody even let you know. I’m sorry, that’s not OK. Let me find out what happened.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Rafael",
                                        "text": "Fine. But I can’t take another day off.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Amara",
                                        "text": "Understood. The appointment was cancelled this morning because the engineer was off sick, and the text to tell you didn’t go out. The earliest slot I can offer is Saturday morning, eight till twelve. I know that’s still four days away.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Rafael",
                                        "text": "Saturday I can do. Will they actually turn up this time?",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Amara",
                                        "text": "I can’t promise nothing will go wrong, but I can make sure you hear about it if it does. I’ll note on the booking that you lost a day’s pay, and I’ll call you on Friday afternoon to confirm it’s still on. If anything changes, you’ll hear it from me, not from an empty doorstep.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Rafael",
                                        "text": "OK. Thanks for being straight with me.",
                                    },
                                ],
                                "debrief": "<p>A scripted version might have gone: “I do apologise for any inconvenience. Great news, I can get you booked in for Saturday! Is there anything else I can help with?” All polite, and all likely to make Rafael angrier. “Great news” after a lost day’s pay is toxic positivity.</p><p>Amara named the real cost, a day’s pay. She explained what had happened without excuses, and was honest that the earliest slot was four days away. When Rafael asked for a guarantee, she didn’t give one she couldn’t keep. She offered a Friday call and a named person to hear from. That is ownership. If your organisation has a compensation scheme for missed appointments, this is also the moment to check whether it applies.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "What do you usually say when you have to give bad news about timing? Rewrite it so it covers what will happen, when, who will do it, and what the customer needs to do.",
                                "hint": "Choose a situation you deal with often, such as a refund, a repair or a delayed delivery.",
                            },
                        ],
                    ],
                },
                {
                    "slug": "confirming-resolution-and-closing",
                    "title": "Confirming resolution and closing with respect",
                    "summary": "Check the problem is really solved for the customer, and end the contact in a way that respects their time and feelings.",
                    "estimated_minutes": 9,
                    "body": [
                        ["heading", "Solved for whom?"],
                        [
                            "paragraph",
                            "<p>A case can be closed in the system while the problem is still open in the customer’s head. They may not be sure the refund will arrive, whether they need to do anything, or whether the fault will come back. Those doubts turn into repeat contacts.</p><p>Industry research on one coaching programme found that coaching agents on nine soft-skill behaviours, confirming resolution among them, cut repeat calls by 30% and negative customer sentiment by a third. The behaviours are not complicated. They just have to happen every time.</p>",
                        ],
                        ["heading", "How to confirm resolution"],
                        [
                            "paragraph",
                            "<ul><li><b>Summarise what has been done</b>, not just what you talked about: “I’ve refunded the £42. It will show in your account within three working days.”</li><li><b>Check it against the customer’s goal</b>, which you heard earlier: “You wanted to be sure the rent goes out tomorrow. Does this cover that?”</li><li><b>Ask a real question.</b> “Is there anything else?” invites a reflex “no”. Try “Is there anything about this you’re still unsure of?” or “What will you do if the payment hasn’t appeared by Thursday?”</li><li><b>Say what happens if it isn’t fixed.</b> Give the reference, the date to wait until, and what to do next, so the customer isn’t starting from scratch.</li></ul>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "note",
                                "title": "AI can draft the summary, not do the check",
                                "text": "<p>Some teams use AI tools to draft contact notes or follow-up emails. They can save time, but a language model can get details wrong while sounding sure of itself. Read any draft before it goes to the customer, and check amounts, dates and references against the system. The question “Does this solve it for you?” has to come from you.</p>",
                            },
                        ],
                        ["heading", "A respectful close"],
                        [
                            "paragraph",
                            "<p>The end of a contact is often what the customer remembers most clearly. A respectful close:</p><ul><li>Fits the tone of the conversation. After a bereavement call, “Take care, Ingrid” is right; “Have a great day!” is not.</li><li>Thanks the customer for something real, such as their patience with the security checks, rather than “for choosing us”.</li><li>Leaves the door open honestly: who to contact, and whether they will get you or someone else.</li><li>Doesn’t rush. Let the customer end the call or chat if they want to say one last thing.</li></ul><p>If you ask for feedback, do it lightly and never pressure anyone for a rating. And if the customer is still unhappy with the outcome, say so plainly rather than pretending: “I know this isn’t the answer you wanted. You have the reference if you want to take it further, and I’ve recorded your concerns on the case.”</p>",
                        ],
                        [
                            "scenario",
                            {
                                "title": "Closing the lockout call",
                                "setting": "Later in Nadia’s call to her bank. Dmitri has confirmed her rent payment is scheduled and has reset her login.",
                                "turns": [
                                    {
                                        "speaker": "agent",
                                        "name": "Dmitri",
                                        "text": "So, where we are: your rent payment is set up and goes out first thing tomorrow. I’ve reset your login. The reset emails weren’t arriving because there was a typing error in the email address we had for you, and I’ve corrected it.",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Nadia",
                                        "text": "Oh. That explains it. So I’m all sorted?",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Dmitri",
                                        "text": "I think so, but let’s check. Could you open the app now and see if the rent payment shows under scheduled payments?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Nadia",
                                        "text": "Hang on… yes, it’s there. Tomorrow, £750.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Dmitri",
                                        "text": "Good. If it hasn’t left your account by midday tomorrow, call us and quote reference LK20417. Whoever answers will see everything we did today. Is there anything about it you’re still unsure of?",
                                    },
                                    {
                                        "speaker": "customer",
                                        "name": "Nadia",
                                        "text": "No, that’s everything. Honestly, thanks. I was panicking earlier.",
                                    },
                                    {
                                        "speaker": "agent",
                                        "name": "Dmitri",
                                        "text": "I could hear that, and you had good reason to. I’m glad it’s sorted before rent day. Take care, Nadia.",
                                    },
                                ],
                                "debrief": "<p>Dmitri summarised what he had done, including the cause of the problem, which stopped Nadia wondering whether it would happen again. Then, instead of just telling her it was fixed, he asked her to see it for herself. That check is the difference between “case closed” and “problem solved”.</p><p>He gave her a clear fallback: a time, a reference, and the assurance that she wouldn’t have to explain it all again. His question about whether she was unsure was open, not a reflex. His close was warm and specific to her. It acknowledged her panic without making a fuss of it, and tied back to what mattered to her: the rent.</p>",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "How do you usually end a contact? Write down your last sentence from a few recent contacts. Would each one have sounded right to that particular customer?",
                                "hint": "Compare a routine contact with a difficult one, and notice whether your close changed.",
                            },
                        ],
                    ],
                },
                {
                    "slug": "looking-after-yourself",
                    "title": "Looking after yourself after difficult contacts",
                    "summary": "Notice how hard contacts affect you and build small habits that help you recover. This lesson is for you and nobody else.",
                    "estimated_minutes": 9,
                    "body": [
                        ["heading", "Empathy has a cost"],
                        [
                            "paragraph",
                            "<p>Everything in this course asks you to pay close attention to people who are upset, angry or grieving. Doing that well, contact after contact, takes something out of you. As AI agents handle more of the simple requests, more of what reaches you is complex and emotional. Feeling drained after a hard call is not a sign that you are doing the job badly. Often it is a sign that you are doing it properly.</p><p>This lesson is for you. Your reflections are private, and nothing here is about measuring or monitoring how you feel. Take what is useful and leave the rest.</p>",
                        ],
                        ["heading", "Notice the after-effects"],
                        [
                            "paragraph",
                            "<p>Difficult contacts stay with people in different ways. You might replay what the customer said, or what you wish you had said. You might notice tension in your shoulders or jaw, a shorter temper with the next customer, or a flatness where you stop caring for a while. Some people feel fine at work and then find a call coming back to them at home that evening.</p><p>None of this is unusual. Noticing it early makes it easier to do something about it.</p>",
                        ],
                        ["heading", "Caring without carrying"],
                        [
                            "paragraph",
                            "<p>It helps to separate understanding a customer’s feeling from taking it on. You can recognise that someone is frightened about their bill without becoming frightened yourself. A few thoughts that many people find useful:</p><ul><li><b>Anger at the situation is not about you.</b> The customer who shouts about a missed engineer would shout at whoever picked up the call.</li><li><b>Abuse is not part of the job.</b> If a contact becomes personally abusive, use your organisation’s process for ending or escalating it. That is a boundary, not a failure.</li><li><b>You can’t fix everything.</b> Some customers will still be sad or angry at the end of a good contact, because their situation is sad or unfair. Doing your part well is enough.</li></ul>",
                        ],
                        [
                            "callout",
                            {
                                "tone": "tip",
                                "title": "A small reset between contacts",
                                "text": "<p>If you have a moment after a hard contact, try one small reset before the next: breathe out slowly a few times, stand up and stretch, drink some water, or write one line about the contact and then close the note. A short physical action helps mark the end of one conversation and the start of another.</p>",
                            },
                        ],
                        ["heading", "Recovering over a shift and beyond"],
                        [
                            "paragraph",
                            "<ul><li><b>Talk to someone you trust.</b> A colleague who does the same job often understands best. Describing a hard call out loud can take some of the sting out of it.</li><li><b>Ask for a moment.</b> Telling your team lead “That last call was rough, can I take a couple of minutes?” is a reasonable request.</li><li><b>Leave work at work.</b> A small end-of-shift habit, such as a walk, changing your clothes or a particular song on the way home, can help you switch off.</li><li><b>Use the support that is there for you.</b> If your employer offers confidential support, such as an employee assistance service, it exists for exactly this. If difficult feelings don’t ease, talk to a doctor or another health professional.</li></ul>",
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "Think of a contact that stayed with you after it ended. What did you notice in yourself, and what helped, or might help next time?",
                                "hint": "There is no right answer. Write what is true for you.",
                            },
                        ],
                        [
                            "reflection",
                            {
                                "prompt": "What is one small habit you could try at the end of your next shift to help you switch off?",
                                "hint": "Pick something that takes less than five minutes and that you would actually enjoy.",
                            },
                        ],
                    ],
                },
            ],
        },
    ],
}
