ASSESSMENTS = {
    "course": "empathy-that-is-not-engineered",
    "knowledge_checks": {
        "why-engineered-empathy-fails": {
            "title": "Knowledge check: why engineered empathy fails",
            "pass_mark": 75,
            "questions": [
                {
                    "kind": "multiple_select",
                    "prompt": "Which of these are signs that a sympathy phrase is engineered rather than genuine? Choose all that apply.",
                    "context": "",
                    "skills": ["empathy", "qa-acknowledging-feelings"],
                    "explanation": "Engineered empathy could have been written before the customer said a word. It is generic, claims too much, hedges, is followed by “but” or “however”, or changes nothing. Using the customer’s own details is the opposite: it is evidence you listened. Reading compliance wording word for word is fine; the problem is scripting the human part.",
                    "options": [
                        {
                            "text": "It would fit any complaint just as well, whatever the customer had said.",
                            "correct": True,
                            "feedback": "Right. A phrase that works equally for a lost parcel and a double charge tells the customer nothing about whether you heard theirs.",
                        },
                        {
                            "text": "It hedges, as in “any inconvenience this may have caused”.",
                            "correct": True,
                            "feedback": "Right. “May have caused” suggests you doubt there was a problem at all, and the customer knows there was.",
                        },
                        {
                            "text": "It comes just before “however” and a refusal.",
                            "correct": True,
                            "feedback": "Right. “I’m sorry to hear that, however…” turns the apology into a speed bump on the way to a no.",
                        },
                        {
                            "text": "It repeats the date and the amount the customer mentioned.",
                            "correct": False,
                            "feedback": "Not a sign of scripting. Using the customer’s own details is specificity, which is the proof that you paid attention.",
                        },
                        {
                            "text": "It is a legal statement that you read out word for word.",
                            "correct": False,
                            "feedback": "Not engineered empathy. Scripts help with accuracy, such as legal wording and security checks. The problem is scripting feelings, not facts.",
                        },
                    ],
                },
                {
                    "kind": "single_choice",
                    "prompt": "Why are customers who have just been handed over from an AI agent especially quick to hear stock sympathy as insincere?",
                    "context": "",
                    "skills": ["empathy", "qa-acknowledging-feelings"],
                    "explanation": "A bot’s sympathy is generated from patterns in text, and customers often hear it while the bot misses their point. When a person then uses the same kind of words, the customer has no way to tell them apart, so the phrase sounds just as empty.",
                    "options": [
                        {
                            "text": "They have just heard generated sympathy from the bot, often while it missed their point, so the same words from a person sound just as empty.",
                            "correct": True,
                            "feedback": "Right. The words have already been shown to mean nothing in this conversation, so only specific attention and action will convince them.",
                        },
                        {
                            "text": "They assume that everyone they talk to after the bot is also a bot.",
                            "correct": False,
                            "feedback": "Not what the course describes. The issue is the words, not a belief that you are a machine. Being honest about the handover and who you are helps.",
                        },
                        {
                            "text": "Bots rarely use sympathy phrases, so any sympathy from a person feels unfamiliar.",
                            "correct": False,
                            "feedback": "The opposite is true. Bots use phrases such as “I’m sorry you’re experiencing this” all the time, which is why the same words from you land badly.",
                        },
                        {
                            "text": "A bot’s sympathy is usually more detailed than a person’s, so a person’s sounds thin by comparison.",
                            "correct": False,
                            "feedback": "No. A bot’s sympathy tends to be generic, because it predicts likely words rather than understanding the situation.",
                        },
                    ],
                },
                {
                    "kind": "scenario",
                    "scenario_mode": "pick",
                    "prompt": "Tom has been transferred to you after this chat with the virtual assistant. Which first message should you send?",
                    "context": "Virtual assistant: I’m sorry you’re having trouble with your appliance. You can find troubleshooting help in the user manual: [link]\nTom: I don’t want the manual. The washing machine you delivered yesterday is leaking all over my kitchen floor.\nVirtual assistant: I understand how frustrating this must be. The user manual has a section on leaks: [link]\nTom: Can I speak to an actual person?\nVirtual assistant: I’m connecting you with a colleague who can help.",
                    "skills": ["qa-greeting-ownership", "empathy"],
                    "explanation": "The customer’s first question is whether they have to start again. A good greeting says who you are, shows what you already know from the chat, explains the handover factually without running the bot down, and takes ownership. Here the urgent stake is water on the floor, so the first question is about that.",
                    "options": [
                        {
                            "text": "Hi Tom, I’m Bea. I’ve read the chat, so you won’t need to repeat anything. Your new machine is leaking onto the kitchen floor and the manual was no use. The assistant can’t arrange repairs, which is why it passed you to me, and I’ll take it from here. First, have you been able to turn the water off at the tap?",
                            "credit": 1.0,
                            "feedback": "The best response. It proves Bea read the chat, explains the handover factually, takes ownership, and deals with what matters most right now: the water on the floor.",
                        },
                        {
                            "text": "Hi Tom, I’m Bea. I’ve read the chat: the machine’s leaking and you were sent the manual twice. Honestly, that assistant is useless for anything like this. Let’s get it sorted.",
                            "credit": 0.5,
                            "feedback": "Partly good. It shows Bea read the chat and it’s specific, but running down the bot is unprofessional and unhelpful. A factual line about what the assistant can’t do works better.",
                        },
                        {
                            "text": "Hello, my name is Bea, how can I help you today?",
                            "credit": 0.0,
                            "feedback": "Polite, but it tells Tom the chat counted for nothing and he has to start again. Nothing in it shows Bea knows about the leak.",
                        },
                        {
                            "text": "Hi Tom, I completely understand your frustration and apologise for any inconvenience this may have caused. To help me assist you, please describe the issue with your appliance.",
                            "credit": 0.0,
                            "feedback": "Stock phrases that echo the bot, a hedged apology, and a request to repeat everything. Tom will hear this as more of the same.",
                        },
                    ],
                },
                {
                    "kind": "single_choice",
                    "prompt": "While booking a repair, a customer mentions that they work night shifts and sleep until early afternoon. Which response shows the “action” part of genuine empathy?",
                    "context": "",
                    "skills": ["empathy"],
                    "explanation": "Genuine empathy has three parts: attention, specificity and action. Action means letting what you heard change what you do. Repeating the detail back is specificity; a sympathetic remark is acknowledgement. Only changing the booking to fit the customer’s life is action.",
                    "options": [
                        {
                            "text": "Offering a late-afternoon appointment and noting that the engineer should text rather than ring before arriving.",
                            "correct": True,
                            "feedback": "Right. What the customer said has changed what you do, which is what makes them feel understood.",
                        },
                        {
                            "text": "Saying “That must be exhausting, working nights” and then booking the first slot available.",
                            "correct": False,
                            "feedback": "A kind remark, but nothing changes. A morning slot would wake them up, so the sympathy turns out to be decoration.",
                        },
                        {
                            "text": "Repeating back “so you work nights and sleep in the mornings” before booking the first slot available.",
                            "correct": False,
                            "feedback": "That is specificity, and it shows attention, but the booking ignores what you just repeated. The action part is missing.",
                        },
                        {
                            "text": "Booking the first slot available and apologising warmly for any disruption it may cause.",
                            "correct": False,
                            "feedback": "A hedged, generic apology for a problem you could have avoided. This is engineered empathy: it changes nothing.",
                        },
                    ],
                },
            ],
        },
        "listening-and-acknowledging": {
            "title": "Knowledge check: listening and acknowledging",
            "pass_mark": 75,
            "questions": [
                {
                    "kind": "single_choice",
                    "prompt": "Which playback best shows the customer you have heard both the facts and the stakes?",
                    "context": "Customer on chat: I ordered a school uniform on the 2nd and paid extra for next-day delivery. It still hasn’t come and the tracking hasn’t moved since Tuesday. My son starts at his new school on Monday and it’s the only uniform he’s got.",
                    "skills": ["qa-active-listening"],
                    "explanation": "A good playback is short, in your own words, covers the facts and the stakes, and ends with a check so the customer can correct you. The stakes here are the first day at a new school, which tells you what a good outcome looks like.",
                    "options": [
                        {
                            "text": "So you paid for next-day delivery, the tracking has been stuck since Tuesday, and your son needs the uniform for his first day on Monday. Have I got that right?",
                            "correct": True,
                            "feedback": "Right. Short, covers the facts and the stakes, and checks with the customer before you act.",
                        },
                        {
                            "text": "So you ordered on the 2nd, you paid for next-day delivery, the tracking hasn’t updated since Tuesday, it hasn’t arrived, it’s a school uniform, it’s for your son, he starts a new school on Monday, and it’s his only uniform. Is that correct?",
                            "correct": False,
                            "feedback": "Accurate, but it repeats everything, so it sounds like a technique. A playback should be shorter than the customer’s message and pick out what matters most to them.",
                        },
                        {
                            "text": "So your parcel is late and the tracking hasn’t updated since Tuesday. Have I got that right?",
                            "correct": False,
                            "feedback": "This catches the facts but misses the stakes. Without Monday and the new school, you don’t know what a good outcome looks like.",
                        },
                        {
                            "text": "I completely understand how stressful this must be. Let me look into it for you.",
                            "correct": False,
                            "feedback": "This is not a playback at all. It claims understanding without showing any, and gives the customer no chance to correct you.",
                        },
                    ],
                },
                {
                    "kind": "scenario",
                    "scenario_mode": "pick",
                    "prompt": "Sam has been transferred to you after this chat. Which first message should you send?",
                    "context": "Sam: I bought the travel add-on before I went away. Why have I been charged £30 for roaming?\nVirtual assistant: Roaming charges apply when you use your phone abroad. You can see our roaming prices on the Travel page.\nSam: I KNOW what roaming costs. I PAID for the add-on. Why was I charged? This is the fourth time I’ve asked.\nVirtual assistant: I’m sorry for any confusion. I’ll transfer you to an adviser.",
                    "skills": ["qa-acknowledging-feelings", "empathy"],
                    "explanation": "Customers who arrive after a failed bot conversation are often angry about two things: the original problem and the time spent going round in circles. Acknowledge both, in specific words, without defending the bot or running it down, and without agreeing to things you haven’t checked yet.",
                    "options": [
                        {
                            "text": "Hi Sam, I’m Leona, and I’ve read the chat. You’d bought the travel add-on, you’ve still been charged £30 for roaming, and you were given roaming prices four times instead of an answer. The assistant can’t look into individual charges, which is why it kept repeating itself. I’m checking your add-on dates against that charge now.",
                            "credit": 1.0,
                            "feedback": "The best response. It names both sources of anger (the charge and the wasted rounds), explains the bot’s limits factually, and moves straight to action without promising a refund before checking.",
                        },
                        {
                            "text": "Hi Sam, I’m Leona. Sorry, that bot is hopeless with billing questions. Let me look at the £30 roaming charge for you now.",
                            "credit": 0.5,
                            "feedback": "Partly good: it shows Leona knows the problem and it gets on with the fix. But running down the bot isn’t professional, and it skips over the four rounds Sam has already been through.",
                        },
                        {
                            "text": "Hi Sam, thank you for your patience. I completely understand your frustration. Roaming charges apply when you use your phone abroad without an active add-on. Is there anything else I can help with?",
                            "credit": 0.0,
                            "feedback": "A stock phrase followed by the same answer the bot gave four times. This will make Sam angrier, not calmer.",
                        },
                        {
                            "text": "Hi Sam, I’m Leona. I can see you’re very upset, but the assistant was giving you correct information about roaming prices. Which charge are you querying?",
                            "credit": 0.0,
                            "feedback": "It defends the bot, uses “but” to cancel the acknowledgement, and asks Sam to repeat what is already in the chat.",
                        },
                    ],
                },
                {
                    "kind": "single_choice",
                    "prompt": "Which reply acknowledges this customer’s feeling in the way the course recommends?",
                    "context": "Customer on the phone: I’m gutted, honestly. I was promised a call back on Tuesday about the sofa and nobody rang. Now the sale’s finished and it’s gone back up to full price.",
                    "skills": ["qa-acknowledging-feelings"],
                    "explanation": "Name the feeling and its cause together, use the customer’s own words where you can, match the size of the feeling, and drop the “but”. Acknowledging the feeling is not the same as promising the sale price; it shows you accept there was a real problem before you move on to what you can do.",
                    "options": [
                        {
                            "text": "You’re gutted, and I can see why: you were promised a call back on Tuesday, nobody rang, and now the sale price has gone. Let me see what I can do about that.",
                            "correct": True,
                            "feedback": "Right. It uses the customer’s word, names the cause, and moves on to action without a “but”.",
                        },
                        {
                            "text": "I can see why you’re disappointed, but the sale ended on Wednesday, so the price is now the full price.",
                            "correct": False,
                            "feedback": "“Disappointed” waters down “gutted”, and the “but” cancels the acknowledgement before it has landed.",
                        },
                        {
                            "text": "You’re obviously very upset. Let’s try to stay calm and look at the options.",
                            "correct": False,
                            "feedback": "This names no cause and sounds as if you are managing the customer rather than understanding them.",
                        },
                        {
                            "text": "That does sound like a bit of a nuisance. Let me check the price for you.",
                            "correct": False,
                            "feedback": "It shrinks the feeling. Calling a missed promise and a lost sale price “a bit of a nuisance” tells the customer you haven’t taken it in.",
                        },
                    ],
                },
                {
                    "kind": "multiple_select",
                    "prompt": "A customer calls to tell you her partner has died and the account is in his name. Which of these should you do? Choose all that apply.",
                    "context": "",
                    "skills": ["empathy", "qa-active-listening"],
                    "explanation": "In a bereavement contact, say sorry simply and once, use the person’s name, slow down, ask only for what your process actually requires, explain one step at a time, take the work on yourself and don’t sell. Your job is to make this task as light as you can.",
                    "options": [
                        {
                            "text": "Say sorry simply, once, and use her partner’s name if she tells you it.",
                            "correct": True,
                            "feedback": "Right. A short, sincere apology and the person’s name, not “the deceased” or “the account holder”.",
                        },
                        {
                            "text": "Where another team has to act, pass the case to them yourself rather than giving her another number to call.",
                            "correct": True,
                            "feedback": "Right. Taking the work on yourself spares her one more phone call and one more retelling.",
                        },
                        {
                            "text": "Offer to send a short written summary of what happens next.",
                            "correct": True,
                            "feedback": "Right. Grief affects concentration, so a written summary means she doesn’t have to remember it all.",
                        },
                        {
                            "text": "Read out a full list of every document that might be needed, so she can gather them all at once.",
                            "correct": False,
                            "feedback": "Check what your process actually requires and ask for it once. A long list up front adds to her load.",
                        },
                        {
                            "text": "Mention a cheaper tariff, since her household has changed.",
                            "correct": False,
                            "feedback": "Don’t sell. This is not the moment for a new tariff, an upgrade or a survey link.",
                        },
                    ],
                },
            ],
        },
        "owning-the-outcome": {
            "title": "Knowledge check: owning the outcome",
            "pass_mark": 75,
            "questions": [
                {
                    "kind": "single_choice",
                    "prompt": "A customer’s refund needs approval from another team. Which update sets the clearest, most honest expectations?",
                    "context": "",
                    "skills": ["qa-clear-expectations", "qa-plain-language"],
                    "explanation": "Clear expectations cover what will happen, when, who will do it, and what the customer needs to do, in plain words. A hopeful guess or a vague “someone will be in touch” leaves the customer not knowing who has their problem.",
                    "options": [
                        {
                            "text": "I’ve sent your refund request to our payments team today. They’ll decide by Friday, and I’ll email you their answer that afternoon. You don’t need to send us anything else.",
                            "correct": True,
                            "feedback": "Right. It covers what, when, who and what the customer needs to do, and the agent owns the follow-up.",
                        },
                        {
                            "text": "It should all be sorted by tomorrow, fingers crossed!",
                            "correct": False,
                            "feedback": "A best-case guess. If it isn’t sorted tomorrow, one disappointment becomes two.",
                        },
                        {
                            "text": "A review of your refund request has been initiated and you will be contacted in due course.",
                            "correct": False,
                            "feedback": "Formal, passive and vague: no date, no named owner, nothing about what the customer should do.",
                        },
                        {
                            "text": "We’ll try to get it done as soon as possible, and someone will be in touch.",
                            "correct": False,
                            "feedback": "“As soon as possible” and “someone” tell the customer nothing about when or who. Say what you will do and by when.",
                        },
                    ],
                },
                {
                    "kind": "single_choice",
                    "prompt": "A customer’s laptop repair will take about three weeks, and they have coursework due. Which reply uses positive language without sliding into toxic positivity?",
                    "context": "",
                    "skills": ["qa-positive-language", "empathy"],
                    "explanation": "Positive language leads with what you can do, and it has to stay true. Toxic positivity is cheerfulness that ignores the customer’s reality, such as “Great news!” before a long wait. A useful test: would the sentence still sound right if the customer read it back to you?",
                    "options": [
                        {
                            "text": "What I can do is book the repair today. It will take about three weeks, and I know that’s a long time with coursework due, so I’ll check now whether we can lend you a laptop in the meantime.",
                            "correct": True,
                            "feedback": "Right. It leads with action, is honest about the wait, acknowledges what it means for the customer, and promises only to check, not to deliver.",
                        },
                        {
                            "text": "Great news, I’ve booked your repair! It’ll be back with you in about three weeks.",
                            "correct": False,
                            "feedback": "“Great news” before a three-week wait ignores what the wait means for the customer. That is toxic positivity.",
                        },
                        {
                            "text": "Unfortunately we don’t do faster repairs, so it will be three weeks and there’s nothing else I can do.",
                            "correct": False,
                            "feedback": "Honest, but it leads with what you can’t do and closes every door. Try “What I can do is…” instead of “Unfortunately…”.",
                        },
                        {
                            "text": "No worries at all, three weeks will fly by!",
                            "correct": False,
                            "feedback": "Dismisses a real worry and frames the wait as better than it is. The customer would not want this read back to them.",
                        },
                    ],
                },
                {
                    "kind": "scenario",
                    "scenario_mode": "pick",
                    "prompt": "Earlier in the call, Grace said she needs a working kettle before her mum comes to stay on Friday. What should you say next?",
                    "context": "Agent: I’ve ordered a replacement kettle for delivery on Thursday, and the driver will collect the faulty one at the same time.\nGrace: Right. So that’s everything sorted?",
                    "skills": ["qa-confirming-resolution", "qa-respectful-close"],
                    "explanation": "Confirming resolution means summarising what has been done, checking it against the customer’s goal, asking a real question rather than a reflex one, and saying what happens if it isn’t fixed. A case can be closed in the system while the problem is still open in the customer’s head.",
                    "options": [
                        {
                            "text": "I think so, but let’s check it covers what you need. The new kettle arrives on Thursday, a day before your mum, and the driver takes the old one away, so there’s nothing for you to post. If it hasn’t come by 6pm on Thursday, call us with reference KT3391 and whoever answers will see all of this. Is there anything about it you’re still unsure of?",
                            "credit": 1.0,
                            "feedback": "The best response. It summarises what’s been done, ties it to Grace’s goal, gives a clear fallback with a reference, and asks a real question.",
                        },
                        {
                            "text": "Yes, the replacement is booked for Thursday and the old one will be collected. Is there anything else I can help you with today?",
                            "credit": 0.5,
                            "feedback": "Partly good: the summary is accurate. But it doesn’t check against Friday, gives no fallback if the delivery fails, and “anything else?” invites a reflex “no”.",
                        },
                        {
                            "text": "Yes, all sorted! I’ve closed your case. You’ll get a quick survey in a minute, and a 10 out of 10 would really help me.",
                            "credit": 0.0,
                            "feedback": "“Case closed” isn’t the same as “problem solved”, and pressing the customer for a top rating is never appropriate. Ask for feedback lightly, if at all.",
                        },
                        {
                            "text": "Should be! These things usually turn up on time. Have a fantastic day!",
                            "credit": 0.0,
                            "feedback": "A hopeful guess with no summary, no fallback and no check against what Grace needs by Friday.",
                        },
                    ],
                },
                {
                    "kind": "true_false",
                    "prompt": "Owning the next step means you must finish every part of the customer’s problem yourself, without involving any other team.",
                    "context": "",
                    "skills": ["qa-greeting-ownership", "qa-clear-expectations"],
                    "explanation": "Ownership means saying “I will” and then doing it, so the customer always knows who has their problem and what happens next. It does not mean doing everything yourself: passing the case to the right team with the full history, so the customer doesn’t have to explain it again, is ownership too.",
                    "options": [
                        {
                            "text": "True",
                            "correct": False,
                            "feedback": "Not quite. Some problems need another team. Ownership is about making sure the customer always knows who has their problem and what happens next.",
                        },
                        {
                            "text": "False",
                            "correct": True,
                            "feedback": "Right. “This needs our complaints team. I’ll send them the full history, so you won’t have to explain it again” is ownership.",
                        },
                    ],
                },
            ],
        },
    },
    "final": {
        "title": "Final assessment: Empathy that is not engineered",
        "pass_mark": 70,
        "time_limit_minutes": 20,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "multiple_select",
                "prompt": "Which statements about the virtual assistant a customer has just left are accurate? Choose all that apply.",
                "context": "",
                "skills": ["ai-failure-modes", "empathy"],
                "explanation": "A language model produces replies by predicting likely words from patterns, so it can sound caring while missing the point and can state wrong things fluently. It can only act where people have given it tools and permissions. Sentiment flags are statistical guesses, so they are no substitute for your own attention.",
                "options": [
                    {
                        "text": "It produces replies by predicting likely words, so it can sound caring while missing the point.",
                        "correct": True,
                        "feedback": "Right. Its empathy is generated from patterns, not concern, which is why customers hear it as hollow.",
                    },
                    {
                        "text": "It can only act where people have given it tools and permissions.",
                        "correct": True,
                        "feedback": "Right. When what the customer needs is outside its permissions, they can end up in a loop.",
                    },
                    {
                        "text": "It can state something wrong in a confident, fluent way.",
                        "correct": True,
                        "feedback": "Right. Without access to the right system it may produce an answer that sounds right and isn’t, and you may need to correct it.",
                    },
                    {
                        "text": "Its sympathy phrases show it has weighed up how the customer feels, as a person would.",
                        "correct": False,
                        "feedback": "No. The phrases come from patterns in text, not from understanding or concern.",
                    },
                    {
                        "text": "If it has marked the customer’s sentiment as calm, you can take it that the customer is calm.",
                        "correct": False,
                        "feedback": "No. Sentiment detection is a statistical guess from the words used. It can’t tell that “fine” from this customer means the opposite; you can.",
                    },
                ],
            },
            {
                "kind": "single_choice",
                "prompt": "A customer transferred from the virtual assistant asks you, “Why did that thing keep giving me the same useless answer?” Which reply is most accurate and fair?",
                "context": "",
                "skills": ["ai-failure-modes", "qa-plain-language"],
                "explanation": "Explain the bot’s limits factually: don’t defend it and don’t run it down. Saying plainly what it can’t do, acknowledging the time lost and moving on to what you can do is honest and keeps the focus on the customer.",
                "options": [
                    {
                        "text": "The assistant can’t change bookings, so it kept offering the only thing it could, which was the booking page. That’s time you shouldn’t have had to spend. I can make the change for you now.",
                        "correct": True,
                        "feedback": "Right. Factual, no blame, acknowledges the cost to the customer and moves to action.",
                    },
                    {
                        "text": "It’s still learning about your account, so it gets confused sometimes. It should be better next time.",
                        "correct": False,
                        "feedback": "This defends the bot with a vague, inaccurate excuse and a promise you can’t make. The real reason is that the change was outside what it is set up to do.",
                    },
                    {
                        "text": "Honestly, it’s rubbish. Nobody here likes it either.",
                        "correct": False,
                        "feedback": "Running the bot down may feel like siding with the customer, but it is unprofessional and explains nothing.",
                    },
                    {
                        "text": "It understood your problem perfectly, but it’s designed to make customers try self-service before they reach a person.",
                        "correct": False,
                        "feedback": "A language model predicts likely words; it doesn’t understand the situation. It also offers the customer a guess about the bot’s design instead of a plain explanation.",
                    },
                ],
            },
            {
                "kind": "ordering",
                "prompt": "Put these steps for handling a customer handed over from an AI agent in the order the course recommends.",
                "context": "",
                "skills": ["qa-greeting-ownership", "qa-confirming-resolution"],
                "explanation": "Read before you type, so the customer doesn’t have to repeat themselves. Greet them in a way that shows what you already know and take ownership. Acknowledge before you fix, or they may keep arguing the problem. Then fix what you can and set honest expectations, and finally confirm it is solved for them before closing.",
                "options": [
                    {
                        "text": "Skim the bot conversation for what the customer asked, what the bot told them and where it went wrong.",
                        "feedback": "First: a short read saves the customer repeating everything.",
                    },
                    {
                        "text": "Greet the customer, show what you already know and say you’ll take it from here.",
                        "feedback": "The customer’s first question is whether they have to start again, so answer it in your greeting.",
                    },
                    {
                        "text": "Name what they are upset about and why, including the time lost with the bot.",
                        "feedback": "Acknowledge before you fix, so the customer knows you accept there was a problem.",
                    },
                    {
                        "text": "Fix what you can and set honest expectations about what happens next.",
                        "feedback": "What, when, who, and what the customer needs to do.",
                    },
                    {
                        "text": "Check the problem is solved for the customer, then close in a way that fits the conversation.",
                        "feedback": "Last: confirm resolution against their goal, then a respectful close.",
                    },
                ],
            },
            {
                "kind": "scenario",
                "scenario_mode": "pick",
                "prompt": "This customer phones about a letter. Which response is best?",
                "context": "Customer: Sorry, I know I’ve rung about this letter before. I still don’t understand what it’s asking me to pay. Since I lost my job I can’t keep track of anything. I just can’t cope with another bill.",
                "skills": ["empathy", "qa-active-listening"],
                "explanation": "Confusion, money worries and saying they can’t cope are signs that a customer may be vulnerable, even if only for a while. Slow down, explain one step at a time, check understanding by asking what happens next rather than “Does that make sense?”, offer other ways to keep track, and follow your organisation’s process for recording support needs, with permission where it requires it.",
                "options": [
                    {
                        "text": "Please don’t apologise. It’s a confusing letter, and you’ve had a lot to deal with since losing your job. Let’s go through it together, one part at a time, and I’ll send you a short written summary afterwards. If you’re happy for me to, I can also note on your account that things are hard at the moment, so you won’t have to explain it again next time.",
                        "credit": 1.0,
                        "feedback": "The best response. It picks up the job loss and the worry, slows down, offers a written summary, and asks permission before recording a support need.",
                    },
                    {
                        "text": "I’m sorry to hear you lost your job. The letter is your annual statement: the balance is £212 and payment is due on the 14th. Does that make sense?",
                        "credit": 0.5,
                        "feedback": "Kind and accurate, but it rushes the explanation to someone who has said they can’t keep track, and “Does that make sense?” nearly always gets a yes whether it does or not.",
                    },
                    {
                        "text": "I completely understand. While I have you, have you thought about our annual payment plan? It could save you money.",
                        "credit": 0.0,
                        "feedback": "A stock phrase followed by a sales pitch. It ignores the confusion and the worry, and this is not the moment to sell.",
                    },
                    {
                        "text": "I’m sorry you feel that way. The letter explains everything. If you read the second page, it sets out the amount and the due date.",
                        "credit": 0.0,
                        "feedback": "Apologises for the customer’s reaction rather than helping, and hands the work straight back to someone who has said they can’t cope with it.",
                    },
                ],
            },
            {
                "kind": "scenario",
                "scenario_mode": "rank",
                "prompt": "Rank these replies to the customer from best to worst.",
                "context": "Virtual assistant: To discuss this account, please enter the account holder’s PIN.\nCustomer: I don’t have his PIN. My dad died last month. His name was Peter. His phone contract is still taking money from his bank account and I’m sorting out his affairs.\nVirtual assistant: I’m connecting you with a member of our team.",
                "skills": ["empathy", "qa-acknowledging-feelings"],
                "explanation": "Say sorry simply and once, use the person’s name, remove the obstacle the bot put in the way, ask only for what you actually need, take the work on yourself and explain one step at a time. Repeating the bot’s impossible request is the worst thing you can do.",
                "options": [
                    {
                        "text": "I’m so sorry about Peter. You won’t need his PIN for this. I can stop the contract and the payments from his account, and I’ll do it one step at a time with you. I’ll also email you a summary afterwards so you don’t have to remember any of it. To start, could you give me his mobile number?",
                        "credit": 1.0,
                        "feedback": "Best. A short, sincere apology using Peter’s name, the PIN worry removed straight away, the work taken on, and a single request for what’s needed.",
                    },
                    {
                        "text": "I’m very sorry for your loss. To close the account, please send a copy of the death certificate and proof that you’re dealing with his estate to our bereavement team, and they’ll stop the payments once they’ve processed it.",
                        "credit": 0.5,
                        "feedback": "Middle. The apology is sincere, but it is generic, ignores Peter’s name and the PIN worry, and hands the work to another team instead of taking it on. Check what your process actually requires before asking for documents.",
                    },
                    {
                        "text": "I apologise for any inconvenience. Unfortunately, I’m unable to discuss the account without the account holder’s security details. Is there anything else I can help you with?",
                        "credit": 0.0,
                        "feedback": "Worst. A hedged, scripted apology that repeats the bot’s impossible request to a grieving customer and leaves the payments running.",
                    },
                ],
            },
            {
                "kind": "true_false",
                "prompt": "If an AI tool drafts a follow-up email from the case notes, you can send it without checking the amounts, dates and references, because it was generated from your system.",
                "context": "",
                "skills": ["qa-confirming-resolution", "ai-failure-modes"],
                "explanation": "AI drafts can save time, but a language model can get details wrong while sounding sure of itself. Read any draft before it goes to the customer and check amounts, dates and references against the system.",
                "options": [
                    {
                        "text": "True",
                        "correct": False,
                        "feedback": "No. A fluent draft can still contain a wrong amount or date. You are responsible for what the customer receives.",
                    },
                    {
                        "text": "False",
                        "correct": True,
                        "feedback": "Right. Check every detail against the system before sending. The question “Does this solve it for you?” has to come from you, too.",
                    },
                ],
            },
            {
                "kind": "single_choice",
                "prompt": "A previous agent gave a customer the wrong delivery date, and the customer is demanding a full refund, which you can’t give because the order is on its way. Which reply is best?",
                "context": "",
                "skills": ["qa-acknowledging-feelings", "qa-positive-language"],
                "explanation": "Acknowledging a feeling is not agreeing to everything. Name the feeling and its cause, say plainly what you can’t do, and lead with what you can. Avoid “however”, hedged apologies and promises you can’t keep.",
                "options": [
                    {
                        "text": "You were told it would arrive on Monday and it didn’t, so I can see why you’re angry. I can’t refund the whole order while it’s on its way. What I can do is refund the delivery charge now and tell you exactly where the parcel is.",
                        "correct": True,
                        "feedback": "Right. It names the feeling and its cause, gives a plain no, and leads with a real action.",
                    },
                    {
                        "text": "I completely understand your frustration, however a full refund isn’t possible under our policy.",
                        "correct": False,
                        "feedback": "A stock phrase that claims too much, followed by “however” and a no. The apology becomes a speed bump on the way to a refusal.",
                    },
                    {
                        "text": "You’re absolutely right, and you’re owed a full refund. Leave it with me and I’ll see what I can do.",
                        "correct": False,
                        "feedback": "Agreeing to everything sets up a second disappointment. You can accept the anger makes sense without promising what you can’t give.",
                    },
                    {
                        "text": "I’m sorry you feel that way. Delivery dates are only ever an estimate.",
                        "correct": False,
                        "feedback": "This apologises for the customer’s reaction rather than the mistake, and quietly blames them for believing the date.",
                    },
                ],
            },
            {
                "kind": "short_answer",
                "prompt": "What does the course call cheerfulness that ignores the customer’s reality, such as saying “Great news!” before a three-week wait?",
                "context": "",
                "skills": ["qa-positive-language"],
                "explanation": "Toxic positivity is cheerfulness that ignores the customer’s situation. Positive language is different: it leads with what you can do and stays true.",
                "accepted": ["toxic positivity", "toxic-positivity"],
            },
            {
                "kind": "single_choice",
                "prompt": "A customer’s complaint about a fee has not been upheld, and they are still unhappy. Which is the most respectful way to close?",
                "context": "",
                "skills": ["qa-respectful-close"],
                "explanation": "If the customer is still unhappy with the outcome, say so plainly rather than pretending. Leave the door open honestly with a reference and what they can do next, thank them for something real, and never press for a rating.",
                "options": [
                    {
                        "text": "I know this isn’t the answer you wanted. You have the reference, CP7702, if you want to take it further, and I’ve recorded your concerns on the case. Thank you for bearing with all the checks today.",
                        "correct": True,
                        "feedback": "Right. Honest about the outcome, leaves the door open with a reference, and thanks the customer for something real.",
                    },
                    {
                        "text": "Glad I could help today! Is there anything else I can do for you?",
                        "correct": False,
                        "feedback": "This pretends the outcome is good when the customer has just been told no, which makes it sound like a script.",
                    },
                    {
                        "text": "Thanks for choosing us, and have a fantastic day! You’ll get a short survey, and a top score would really help me out.",
                        "correct": False,
                        "feedback": "Generic thanks, cheerfulness that ignores how they feel, and pressure for a rating.",
                    },
                    {
                        "text": "That’s our policy, I’m afraid, so there’s nothing more I can do. Goodbye.",
                        "correct": False,
                        "feedback": "Plain, but it shuts the door. The customer leaves with no reference and no idea how to take it further.",
                    },
                ],
            },
            {
                "kind": "likert",
                "prompt": "I can acknowledge a customer’s feeling and its cause in my own words, without reaching for a stock phrase.",
                "context": "",
                "skills": ["qa-acknowledging-feelings", "empathy"],
                "explanation": "This is a self-rating and is never marked. Naming the feeling and its cause in specific words is a habit that improves with practice.",
            },
        ],
    },
}
