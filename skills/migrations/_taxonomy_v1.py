# Default skills taxonomy (version 1) shipped with Human Edge Academy.
# Read by a data migration; L&D leaders can edit everything afterwards in the Wagtail admin.
# Level descriptors are ordered: 1 Aware, 2 Practising, 3 Proficient, 4 Expert.

CATEGORIES = [
    {
        "code": "ai-literacy",
        "name": "AI literacy",
        "description": "What AI agents and co-pilot tools are, how they produce their answers, and where they go wrong. Employees learn enough about the technology to rely on it where it is dependable and step in where it is not.",
    },
    {
        "code": "working-with-ai",
        "name": "Working alongside AI",
        "description": "How the job changes when AI handles part of the work: who owns which decisions, and the practical skill of using AI tools well and safely during live customer contacts.",
    },
    {
        "code": "human-skills",
        "name": "Human skills",
        "description": "The skills customers value most from a person and that AI cannot genuinely supply: real empathy, judgement on unfamiliar problems, and advice shaped around an individual's situation.",
    },
    {
        "code": "qa-behaviours",
        "name": "QA soft-skill behaviours",
        "description": "The nine observable behaviours that QA scoring uses when reviewing conversations on chat, phone and email. L&D can edit the rubric wording and levels to match the organisation's own standards.",
    },
]

SKILLS = [
    # --- AI literacy -------------------------------------------------------
    {
        "code": "ai-how-agents-work",
        "category": "ai-literacy",
        "name": "How AI agents work",
        "description": "Knowing what happens when an AI agent answers a customer: a language model predicts likely text, draws on the knowledge base or retrieved documents, and takes actions through tools within guardrails that people set. This lets employees explain AI behaviour to customers and anticipate which contacts are likely to need a person.",
        "qa_behaviour": False,
        "levels": [
            "Describes in plain words that the AI agent writes replies by predicting likely text rather than reading from a fixed script, and names the main tools it can use in their contact centre, such as order lookup or password reset.",
            "Reads the AI conversation transcript before taking over and points out which parts came from the knowledge base, which from a tool action and which were generated wording. Explains to a customer, without jargon, what the AI agent could and could not have done for them.",
            "Predicts from a customer's request whether the AI agent has the knowledge, tool access and permissions to handle it, and prepares hand-overs accordingly. Spots when an AI answer reflects an out-of-date knowledge article or the model's training cut-off rather than current policy.",
            "Runs short team sessions that walk through real transcripts to show how the AI agent arrived at its replies. Gives the AI and knowledge teams specific, evidence-based suggestions for changes to content, tools or guardrails.",
        ],
    },
    {
        "code": "ai-failure-modes",
        "category": "ai-literacy",
        "name": "Where AI agents fail",
        "description": "Recognising the typical ways AI agents go wrong in customer service: confident but false statements, outdated information, misread intent, instructions hidden in customer messages or attachments, and sentiment scores that miss sarcasm or distress. Employees catch these errors before they reach or harm a customer.",
        "qa_behaviour": False,
        "levels": [
            "Names the common AI failure types (invented facts, outdated information, misread requests and manipulated instructions) and checks any policy, price or date stated by AI against the source system before repeating it to a customer.",
            "Finds factual errors in AI-drafted replies and transcripts during live work, corrects them with the customer, and reports each one through the agreed feedback route with the conversation reference.",
            "Catches subtler failures, such as a reply that is accurate but answers the wrong question, a sentiment label that contradicts what the customer actually wrote, or a message containing text that tries to make the AI agent ignore its rules, and handles both the customer and the case record appropriately.",
            "Spots patterns across reported failures and writes clear examples that the AI team can turn into test cases or guardrail changes. Coaches colleagues on the quick checks that catch each type of failure.",
        ],
    },
    {
        "code": "ai-escalation",
        "category": "ai-literacy",
        "name": "When to escalate from AI to a person",
        "description": "Judging when a conversation needs a person instead of, or as well as, the AI agent: vulnerable customers, complaints, complex or high-stakes cases, repeated AI failure, or a customer who simply asks for a human. It also covers taking over smoothly so the customer never has to start again.",
        "qa_behaviour": False,
        "levels": [
            "Follows the documented escalation triggers, such as a request for a person, a complaint, a safeguarding concern or a payment dispute, and picks up hand-overs from the AI agent promptly.",
            "On taking over, reads the AI transcript and summary first, confirms the key facts with the customer in one short message instead of asking them to repeat everything, and records why the escalation happened.",
            "Recognises escalation needs the rules do not catch, such as signs of vulnerability, frustration behind polite wording, or an AI agent repeating the same unhelpful answer, and steps in or flags the case early. Judges when a case can safely return to self-service afterwards.",
            "Reviews escalated and non-escalated cases with the team to find triggers that fire too late or too often, and proposes specific changes to the hand-over rules. Coaches colleagues on warm hand-over technique.",
        ],
    },
    # --- Working alongside AI ----------------------------------------------
    {
        "code": "role-clarity",
        "category": "working-with-ai",
        "name": "Role clarity in AI-augmented work",
        "description": "Knowing which parts of a customer conversation AI handles, which belong to the employee, and who is accountable for the outcome. Employees own the decisions, promises and judgement calls, even when an AI tool drafted the words.",
        "qa_behaviour": False,
        "levels": [
            "States which tasks in their queue the AI agent or co-pilot handles and which stay with people, and treats anything they send or approve as their own responsibility, even when AI drafted it.",
            "Reviews every AI-suggested reply or action before it goes to the customer, edits it when it does not fit the situation, and declines suggestions that go beyond their authority or company policy.",
            "Uses the time AI saves on work that needs a person, such as complex cases, vulnerable customers and follow-ups. Tells customers honestly when they have been talking to an AI agent and when a person has taken over.",
            "Works with team leaders to define and refine the split of responsibilities between AI and people as tools change. Coaches new starters on where their judgement is needed and where AI can be left to run.",
        ],
    },
    {
        "code": "ai-tool-literacy",
        "category": "working-with-ai",
        "name": "Technical literacy in AI tools",
        "description": "Using the contact centre's AI tools well: co-pilot reply suggestions, conversation summaries, knowledge search, translation and sentiment indicators. This includes writing clear requests, checking outputs, protecting customer data and giving feedback that improves the tools.",
        "qa_behaviour": False,
        "levels": [
            "Uses the main AI features on their desktop, such as suggested replies, summaries and knowledge search, and follows the data rules on what customer information may be entered into them.",
            "Writes specific requests to the co-pilot, for example 'summarise the last three emails and list the open actions', checks the output against the case record, and rates or flags poor suggestions.",
            "Chooses the right tool for each task and decides when to work without AI at all. Treats sentiment and intent indicators as a statistical guess to check against the customer's own words, and gets results that shorten handling time without lowering quality.",
            "Shares tested prompts and workflows with the team, and helps trial new AI features on real cases before rollout. Gives the tools team precise feedback on errors and missing capabilities.",
        ],
    },
    # --- Human skills ------------------------------------------------------
    {
        "code": "empathy",
        "category": "human-skills",
        "name": "Empathy and authentic connection",
        "description": "Noticing how a customer feels, responding to it genuinely, and letting that shape how the problem is handled. When routine contacts go to AI, this is what customers most want from a person: being treated as an individual rather than a ticket.",
        "qa_behaviour": False,
        "levels": [
            "Uses the customer's name, responds politely to clearly expressed emotion, and avoids stock sympathy lines that do not match what the customer said.",
            "Picks up emotional cues in tone of voice or written wording, reflects them back in their own words, and adjusts pace and approach, for example slowing down for a worried customer.",
            "Builds genuine rapport in difficult conversations with angry, grieving or vulnerable customers, stays calm under pressure, and takes practical steps that show the person's situation was taken seriously, such as arranging a follow-up call or a flag for extra support.",
            "Coaches colleagues on empathetic responses using anonymised real conversations, and suggests changes to policies, templates or AI-drafted wording that come across as cold or dismissive.",
        ],
    },
    {
        "code": "problem-solving",
        "category": "human-skills",
        "name": "Problem solving",
        "description": "Working out what is really wrong and finding a workable fix, especially for the unusual, multi-part or cross-system problems that reach a person after the AI agent could not resolve them. It combines structured questioning, checking the evidence and sound judgement between options.",
        "qa_behaviour": False,
        "levels": [
            "Follows the knowledge-base troubleshooting steps in order, notes what has been tried, and escalates when the documented steps run out.",
            "Asks targeted questions to narrow down the cause, checks account data and system records rather than relying on the first description from the customer or the AI summary, and resolves most standard issues on first contact.",
            "Resolves unusual or multi-part problems with no documented fix by testing likely causes, bringing in other teams when needed, and choosing the option that best balances the customer's needs with policy and cost.",
            "Identifies recurring root causes across cases and writes or updates knowledge articles so that both colleagues and the AI agent can solve them. Coaches colleagues on structured diagnosis.",
        ],
    },
    {
        "code": "consultative",
        "category": "human-skills",
        "name": "Consultative skills",
        "description": "Understanding a customer's wider goals and advising on the best option for them, rather than only answering the literal question. This includes recommending products, plans or changes honestly, and only when they genuinely fit.",
        "qa_behaviour": False,
        "levels": [
            "Answers the customer's question fully and mentions relevant options from the knowledge base when the customer asks about them.",
            "Asks one or two open questions about how the customer uses the product or service, and suggests an option that fits what they described, explaining the main trade-off.",
            "Explores the customer's situation and goals, compares options honestly (including when the best advice is to change nothing or move to a cheaper plan), and agrees a clear recommendation the customer can act on.",
            "Coaches colleagues on discovery questions and honest recommendations, and passes common customer needs to the product and AI teams so self-service can offer better-matched options.",
        ],
    },
    # --- QA soft-skill behaviours ------------------------------------------
    {
        "code": "qa-greeting-ownership",
        "category": "qa-behaviours",
        "name": "Warm greeting and ownership",
        "description": "Opening the conversation warmly and making it clear that the employee is taking responsibility for helping, including straight after a hand-over from an AI agent. The customer should know who they are dealing with and that their issue is now in good hands.",
        "qa_behaviour": True,
        "levels": [
            "Greets the customer with the standard opening, gives their name, and responds within the target time for the channel.",
            "Greets in a natural, friendly tone that suits the channel, and makes an ownership statement early on, such as 'I'll look after this for you'.",
            "Tailors the opening to the context, for example acknowledging the earlier conversation with the AI agent or a previous contact, and keeps ownership throughout by following actions through personally or handing over to a named colleague.",
            "Shares strong openings in team calibration sessions, and helps refine greeting guidance and AI hand-over messages so customers can tell a person has picked up their case.",
        ],
    },
    {
        "code": "qa-active-listening",
        "category": "qa-behaviours",
        "name": "Active listening",
        "description": "Taking in everything the customer says or writes and showing that it has been heard. On the phone this means not interrupting; on chat and email it means reading the whole message, and any AI transcript, before replying.",
        "qa_behaviour": True,
        "levels": [
            "Lets the customer finish without interrupting, and answers the question the customer actually asked rather than a similar one.",
            "Summarises the issue back to the customer to confirm it, and does not ask for information already given by the customer or captured in the AI transcript.",
            "Picks up details mentioned in passing, such as a deadline, a second problem or a change in circumstances, and deals with them without being prompted.",
            "Uses real examples in coaching sessions to show colleagues how careful listening changed an outcome, and suggests changes to scripts or AI summaries that lead to customers being asked the same thing twice.",
        ],
    },
    {
        "code": "qa-acknowledging-feelings",
        "category": "qa-behaviours",
        "name": "Acknowledging feelings",
        "description": "Recognising and naming the customer's feelings in a sincere, specific way before moving on to the fix. It turns a transactional reply into one that shows the customer was understood.",
        "qa_behaviour": True,
        "levels": [
            "Includes an acknowledgement when the customer expresses a clear emotion, for example 'I'm sorry this has been so frustrating'.",
            "Makes acknowledgements specific to what the customer said, such as referring to the parcel that missed a birthday, rather than using a generic phrase.",
            "Notices unstated feelings, such as worry behind a short, formal email, acknowledges them at the right moment without overdoing it, and links the acknowledgement to a concrete action.",
            "Coaches colleagues on sincere, specific acknowledgement using real examples, and improves templates and AI-suggested phrases that sound formulaic.",
        ],
    },
    {
        "code": "qa-plain-language",
        "category": "qa-behaviours",
        "name": "Plain-language explanation",
        "description": "Explaining policies, processes and technical details in words the customer understands, without internal jargon, system codes or unnecessary length. This applies equally to the employee's own wording and to AI-drafted text they send.",
        "qa_behaviour": True,
        "levels": [
            "Keeps internal codes and acronyms out of replies, and rewords an explanation when the customer says they do not follow it.",
            "Explains processes in short, clear sentences or numbered steps, and removes jargon and padding from AI-drafted replies before sending them.",
            "Adjusts the level of detail to the customer, for example giving a technical customer the specifics and a stressed customer only the next step, and checks understanding without sounding patronising.",
            "Rewrites knowledge articles, templates or AI reply guidance in plain language, and coaches colleagues using before-and-after examples.",
        ],
    },
    {
        "code": "qa-accurate-diagnosis",
        "category": "qa-behaviours",
        "name": "Accurate diagnosis",
        "description": "Identifying the customer's actual issue correctly before acting, using questions, account checks and the conversation history, including anything the AI agent already gathered or tried. A correct diagnosis prevents wrong fixes and repeat contacts.",
        "qa_behaviour": True,
        "levels": [
            "Checks the customer's account and recent contact history before suggesting a fix, and asks the standard diagnostic questions for the contact type.",
            "Confirms the cause with evidence from the systems rather than accepting the first explanation from the customer or the AI summary, and records the diagnosis clearly in the case notes.",
            "Correctly diagnoses multi-part or unusual issues by separating symptoms from causes, and spots when an earlier diagnosis by the AI agent or a colleague was wrong.",
            "Reviews repeat contacts to find common misdiagnoses, updates the diagnostic guides, and coaches colleagues on the questions and checks that reveal the real cause.",
        ],
    },
    {
        "code": "qa-clear-expectations",
        "category": "qa-behaviours",
        "name": "Setting clear expectations",
        "description": "Telling the customer exactly what will happen next, who will do it and by when, and being honest about what is not possible. Clear expectations prevent chaser contacts and broken promises.",
        "qa_behaviour": True,
        "levels": [
            "Tells the customer the next step before the conversation ends, using the standard timeframes from the knowledge base.",
            "States who will do what and by when, gives a reference number, avoids promising anything outside their control, and corrects any earlier promise from the AI agent that cannot be kept.",
            "Sets realistic expectations in difficult situations such as delays or a refusal, explains the reason and the options, and contacts the customer proactively when a timeframe is going to slip.",
            "Identifies where policies, templates or AI replies set expectations the operation cannot meet, proposes fixes, and coaches colleagues on delivering difficult news clearly.",
        ],
    },
    {
        "code": "qa-positive-language",
        "category": "qa-behaviours",
        "name": "Positive language",
        "description": "Framing replies around what can be done rather than what cannot, without hiding bad news or sounding forced. The tone stays respectful and constructive on chat, phone and email alike.",
        "qa_behaviour": True,
        "levels": [
            "Avoids blaming, dismissive or negative phrases such as 'that's not my department' or 'you should have'.",
            "Rephrases limitations as options, for example 'what I can do is…', and keeps a calm, courteous tone when the customer is frustrated.",
            "Uses positive framing naturally while staying honest about bad news, and matches tone to the customer and channel so it never sounds scripted or over-cheerful.",
            "Coaches colleagues on constructive phrasing with real examples, and improves templates and AI-suggested wording that reads as negative or falsely upbeat.",
        ],
    },
    {
        "code": "qa-confirming-resolution",
        "category": "qa-behaviours",
        "name": "Confirming resolution",
        "description": "Checking with the customer that the issue is actually resolved, or that they are clear on any remaining steps, before closing. The customer, not the case status, decides whether the problem is fixed.",
        "qa_behaviour": True,
        "levels": [
            "Asks the customer whether their issue has been resolved before closing the conversation.",
            "Recaps what was done and confirms with the customer that it worked, for example asking them to try logging in again while still on the call or chat.",
            "Tests the fix wherever possible, checks for related issues the customer is likely to hit next, and does not close the case until the customer confirms it is resolved or the remaining steps are agreed.",
            "Analyses reopened cases to find where resolution was confirmed too early, improves closing guidance for colleagues and the AI agent, and coaches colleagues on confirming outcomes.",
        ],
    },
    {
        "code": "qa-respectful-close",
        "category": "qa-behaviours",
        "name": "A respectful close",
        "description": "Ending the conversation courteously, so the customer knows how to get back in touch and feels their time was valued. A good close is unhurried, even when queues are busy.",
        "qa_behaviour": True,
        "levels": [
            "Thanks the customer and uses the standard sign-off, without ending the chat or call abruptly.",
            "Offers further help, gives the customer a way back in, such as a reference number or a direct route, and lets the customer end the call or chat where appropriate.",
            "Closes in a personal, sincere way that reflects the conversation, for example referring to the customer's situation, and leaves a good final impression even after a difficult or unresolved contact.",
            "Shares effective closing examples in team calibration sessions, and helps refine closing guidance and AI agent sign-offs so they sound warm and consistent.",
        ],
    },
]
