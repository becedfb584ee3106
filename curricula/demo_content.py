"""Demonstration training content for Continuum: three curricula with their modules.

The content draws on the facts reported in the RAN conclusion paper "Working with violent extremist or
terrorist offenders along the prison-exit continuum" (regional online expert workshop, 30 March 2022):
the countries, institutions, practices, challenges and figures come from it, while every sentence is
written afresh for prison and probation staff. People in scenarios and quotes are fictional; quotes are
illustrative and attributed by role and country only. "Kosovo*" carries an asterisk because the site
adds the designation footnote wherever it appears.

This module is pure data with no Django import, so that loaders, fixtures and tests can use it freely.

``CURRICULA`` is a list of dicts, one per curriculum, with the keys ``slug``, ``title``, ``summary``,
``themes`` (theme slugs), ``audiences``, ``level``, ``duration_minutes``, ``prerequisites``,
``outcomes`` (a list of ``(code, text)`` tuples) and ``modules``. Each module is a dict with ``slug``,
``title``, ``summary``, ``outcomes`` (codes from its curriculum) and ``body``, a list of
``(block_type, value)`` tuples ready for a StreamField:

- ``("text", html)``: rich text using only p, h2, h3, strong, em, ul, ol and li;
- ``("key_points", {"heading", "points"})``;
- ``("scenario", {"title", "situation", "questions", "facilitator_notes"})``, where the facilitator
  notes are for trainers only;
- ``("reflection", {"prompt", "guidance"})``;
- ``("do_dont", {"heading", "do", "dont"})``;
- ``("quote", {"quote", "attribution"})``;
- ``("self_check", {"question", "options", "explanation"})``, each option ``{"text", "correct"}``
  with exactly one correct.
"""

CURRICULA: list[dict] = [
    {
        "slug": "rapport-building-and-trust",
        "title": "Rapport building and trust with VETOs",
        "summary": (
            "Violent extremist or terrorist offenders rarely choose to work with prison or probation staff, "
            "and many arrive convinced that the state is their enemy. This curriculum shows officers and "
            "practitioners how trust is actually built and lost, how to interview in a way that respects "
            "human rights and still produces reliable information, and how to keep relationships steady when "
            "staff change and when families become part of the work."
        ),
        "themes": [
            "rapport-building",
            "human-rights-based-interviewing",
            "family-engagement",
            "staff-training",
        ],
        "audiences": [
            "custodial_officers",
            "treatment_staff",
            "probation_officers",
            "social_workers",
            "psychologists",
        ],
        "level": "introductory",
        "duration_minutes": 240,
        "prerequisites": (
            "None: the curriculum is written for staff in their first years of work with VETOs or returned "
            "FTFs, and experienced staff can use it as a refresher."
        ),
        "outcomes": [
            (
                "RB-1",
                (
                    "Explain why relationships between staff and VETOs are involuntary and how this shapes "
                    "suspicion and reluctance to cooperate."
                ),
            ),
            (
                "RB-2",
                (
                    "Describe the ingredients of trust (reliability, honesty about limits, fairness and "
                    "respect) and apply them in daily contact."
                ),
            ),
            (
                "RB-3",
                (
                    "Use the principles of human-rights-based investigative interviewing to conduct a "
                    "conversation that is non-coercive and produces a reliable account."
                ),
            ),
            (
                "RB-4",
                (
                    "Plan handovers and team practices that keep relationships consistent when staff rotate "
                    "or leave."
                ),
            ),
            (
                "RB-5",
                "Offer help to a reluctant client in a way that is concrete and credible rather than pushy.",
            ),
            (
                "RB-6",
                (
                    "Engage a reliable family member as a partner in rehabilitation and release planning "
                    "while respecting consent and professional boundaries."
                ),
            ),
        ],
        "modules": [
            {
                "slug": "working-in-an-involuntary-relationship",
                "title": "Working in an involuntary relationship",
                "summary": (
                    "Why VETOs and returned FTFs usually start from suspicion, and what that means for the "
                    "first weeks of contact."
                ),
                "outcomes": ["RB-1"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Nobody chose this relationship</h2>"
                            "<p>Every prisoner is an involuntary client: a court, not the person, decided "
                            "that they would spend their days with custodial officers, educators and "
                            "psychologists. With violent extremist or terrorist offenders (VETOs) and "
                            "returned foreign terrorist fighters (FTFs) the imbalance runs deeper. Many of "
                            "them hold a worldview in which state institutions are illegitimate or hostile, "
                            "and the prison is the most concrete symbol of that state. Suspicion is "
                            "therefore not a sign that something has gone wrong in your work. It is the "
                            "normal starting point.</p>"
                            "<p>Practitioners across the Western Balkans describe the same pattern. VETOs "
                            "often decline rehabilitation activities, give minimal answers, or cooperate "
                            "only with the few staff they have judged to be harmless. The reluctance "
                            "frequently continues after release, when probation officers and social welfare "
                            "centres try to make contact. Prisons in the region have only recently begun to "
                            "deal with this group: the correctional service in Kosovo* started training its "
                            "staff on VETOs and FTFs, and building a rehabilitation and resocialisation "
                            "programme, in 2016. Much of the know-how is still being built, in every "
                            "country.</p>"
                            "<h3>What the reluctance is made of</h3>"
                            "<ul><li><strong>Ideology:</strong> cooperating with staff may be framed, by the "
                            "person or by peers, as collaborating with an enemy.</li>"
                            "<li><strong>Group pressure:</strong> other prisoners watch who talks to staff, "
                            "and being seen as friendly can carry a cost.</li>"
                            "<li><strong>Fear of consequences:</strong> anything said might end up in a "
                            "security file, a court report or an intelligence assessment.</li>"
                            "<li><strong>Past experience:</strong> earlier contact with police, security "
                            "services or detention abroad may have been harsh.</li>"
                            "<li><strong>Doubt about the offer:</strong> if programmes look like "
                            "surveillance in disguise, taking part looks risky rather than useful.</li></ul>"
                            "<p>Each of these calls for a different response. Ideology is not argued away in "
                            "a corridor conversation. Fear of consequences, however, can be reduced by being "
                            "clear about what you record and why, and doubt about the offer shrinks each "
                            "time the institution delivers what it promised.</p>"
                        ),
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Starting points for the first weeks",
                            "points": [
                                (
                                    "Treat suspicion as the expected baseline, not as a personal insult or a "
                                    "failure."
                                ),
                                "Be open about your role, what you write down and who may read it.",
                                (
                                    "Measure progress in small signs: a greeting returned, a request made, a "
                                    "question asked."
                                ),
                                (
                                    "Security and rapport are not opposites: a predictable, fair officer is "
                                    "both safer and more trusted."
                                ),
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "At first he would not even look at me during the count. After four months "
                                "of the same greeting every morning, he asked me how to apply for a place in "
                                "the workshop. That was where it started."
                            ),
                            "attribution": "Custodial officer, North Macedonia",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Think of a prisoner who wanted nothing to do with you at first. What "
                                "changed, if anything, and what did you do that may have helped?"
                            ),
                            "guidance": (
                                "Focus on concrete behaviour, yours and theirs, rather than general "
                                "impressions: you will draw on this example in the next module."
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "A newly arrived VETO refuses to attend his first meeting with the prison "
                                "psychologist. What is the most useful way to interpret this?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "As evidence that he is committed to violence and should be moved to "
                                        "a stricter regime."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "As the expected start of an involuntary relationship, to be worked "
                                        "with through consistent and transparent contact."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "As a disciplinary matter to be settled before any further contact "
                                        "is offered."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "As a sign that rehabilitation is impossible and resources should go "
                                        "elsewhere."
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Refusal in the early weeks is common and says little about risk on its own. "
                                "Record it and keep offering contact; do not treat it as proof of commitment "
                                "to violence."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "mechanics-of-trust",
                "title": "The mechanics of trust: helpful, not pushy",
                "summary": (
                    "The concrete ingredients of trust, and how to offer help in a form that a suspicious "
                    "person can accept."
                ),
                "outcomes": ["RB-2", "RB-5"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Trust is built from small, checkable experiences</h2>"
                            "<p>Trust is not a feeling that a VETO decides to have about you. It is a "
                            "judgement, made slowly and often silently, about whether you are safe to deal "
                            "with. People who distrust institutions test that judgement against evidence, "
                            "and the evidence is your behaviour over time. Four ingredients matter most.</p>"
                            "<ol><li><strong>Reliability:</strong> you do what you said you would do, when "
                            "you said you would do it. A request passed on in time counts for more than a "
                            "friendly conversation.</li>"
                            "<li><strong>Honesty about limits:</strong> you say clearly what you cannot do, "
                            "what you are obliged to report and what lies outside your control. A "
                            "disappointing truth builds more trust than a comfortable promise that later "
                            "fails.</li>"
                            "<li><strong>Fairness:</strong> the same rules apply to this person as to "
                            "everyone else, and they are applied without humiliation. VETOs notice double "
                            "standards quickly.</li>"
                            "<li><strong>Respect:</strong> you use the person's name, listen to the answer "
                            "and separate the person from the offence, without endorsing the "
                            "ideology.</li></ol>"
                            "<p>Trust also depends on whether the institution's offer is credible. "
                            "Practitioners in the Western Balkans have found that prisoners engage with "
                            "rehabilitation and disengagement programmes only when they are convinced that "
                            "the programmes genuinely exist to support them, and are not an extension of the "
                            "investigation. Every broken promise, by any member of staff, lowers that "
                            "credibility for all.</p>"
                            "<h3>Helpful, not pushy</h3>"
                            "<p>Staff who want to see progress can easily become pushy: repeating offers, "
                            "pressing for a decision about a programme, or steering every conversation "
                            "towards ideology. For a suspicious person, pressure confirms that there is a "
                            "hidden agenda. A more effective stance is to make help visible and available "
                            "and let the person come to it. Solve a practical problem first, such as a visit "
                            "request, a letter to a lawyer or a question about a child's school, and leave "
                            "the bigger conversations for later.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "heading": "Offering help to a reluctant client",
                            "do": [
                                "Start with practical matters the person has raised themselves.",
                                "Explain what will happen next and by when, then keep to it.",
                                "Say plainly when the answer is no, and why.",
                                "Leave the door open: 'If you want to talk about it later, ask for me.'",
                            ],
                            "dont": [
                                "Promise early release, transfers or benefits that you do not control.",
                                "Repeat the same offer at every contact until the person gives in.",
                                (
                                    "Use programme participation as a bargaining chip for privileges the "
                                    "person is entitled to anyway."
                                ),
                                "Open with debates about religion or politics.",
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "The broken promise",
                            "situation": (
                                "<p>Emir, 34, is serving a sentence in Bosnia and Herzegovina for financing "
                                "and recruiting for a terrorist organisation. For three months he has spoken "
                                "to staff only when he had to. Last week he asked the educator, Selma, "
                                "whether he could receive history books in Bosnian and Arabic. Selma told "
                                "him she would 'sort it out by Friday'. The request is still waiting for "
                                "approval from the security department, and it is now Tuesday of the "
                                "following week. This morning Emir refused to come out for his meeting with "
                                "the psychologist, saying: 'You people all say the same thing.'</p>"
                            ),
                            "questions": [
                                (
                                    "What has Emir learned from this episode about the institution, and "
                                    "about Selma?"
                                ),
                                "What should Selma do now, and what should she avoid saying?",
                                (
                                    "How could the prison's process for handling such requests support staff "
                                    "who are building rapport, rather than undermine them?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>A good discussion recognises that the delay itself does less damage than "
                                "the missed deadline that nobody explained. Selma should go back to Emir, "
                                "acknowledge that she said Friday, tell him honestly where the request "
                                "stands and give a realistic date, or admit that she does not know. She "
                                "should not blame the security department in a way that sets staff against "
                                "each other, and she should not promise a result.</p>"
                                "<p>Participants often jump to whether the books should be allowed at all. "
                                "Park that question: it is a legitimate security matter, but the learning "
                                "point is how staff make commitments. Ask groups to write down the exact "
                                "words Selma would use. In the debrief, draw out the institutional lesson: "
                                "if a security review takes ten days, staff need to know that and say so. "
                                "Link back to the four ingredients of trust.</p>"
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "Which of the following is most likely to build trust with a suspicious VETO "
                                "over time?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Telling him at every meeting how much a programme would help him."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Keeping small practical commitments and being honest when a request "
                                        "is refused."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Avoiding any mention of rules so that the relationship stays "
                                        "friendly."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Offering extra privileges in exchange for attending a programme "
                                        "session."
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Trust grows from reliability and honesty that the person experiences "
                                "directly. Pressure and bargaining tend to confirm suspicion of a hidden "
                                "agenda."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "human-rights-based-interviewing",
                "title": "Human-rights-based investigative interviewing",
                "summary": (
                    "How to conduct interviews and conversations that respect rights, lower resistance and "
                    "produce reliable information."
                ),
                "outcomes": ["RB-3", "RB-2"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Why the way you ask matters</h2>"
                            "<p>Prison and probation staff talk with VETOs for many reasons: admission and "
                            "risk assessment, sentence planning, looking into an incident, checking on "
                            "welfare or preparing release. Some of these conversations are formal "
                            "interviews; all of them shape the relationship. A human-rights-based approach "
                            "to interviewing starts from respect for dignity and the absolute prohibition of "
                            "torture and ill-treatment. It is also the approach that works. The "
                            "international Principles on Effective Interviewing for Investigations and "
                            "Information Gathering (the Mendez Principles, 2021) summarise the evidence: "
                            "coercion, threats and manipulation produce unreliable information and harden "
                            "resistance, while rapport-based interviewing produces fuller and more accurate "
                            "accounts.</p>"
                            "<p>This is not only a matter for investigators. The same principles apply when "
                            "an officer asks a prisoner what happened in a fight on the wing, or when a "
                            "social worker asks a returnee about her years in Syria.</p>"
                            "<h3>A simple structure: PEACE</h3>"
                            "<p>A structure widely used in European police interviewing, known as PEACE, is "
                            "easy to remember and fits most conversations:</p>"
                            "<ul><li><strong>Planning and preparation:</strong> know the purpose, read the "
                            "file, decide what you need to find out and what you can disclose.</li>"
                            "<li><strong>Engage and explain:</strong> introduce yourself and explain the "
                            "purpose, the person's rights, what will be recorded and who may see it.</li>"
                            "<li><strong>Account:</strong> invite a free account first with open questions, "
                            "listen without interrupting, then clarify and probe.</li>"
                            "<li><strong>Closure:</strong> summarise, check understanding and say what "
                            "happens next.</li>"
                            "<li><strong>Evaluation:</strong> review what you learned and how you conducted "
                            "the conversation.</li></ul>"
                            "<p>Open questions ('Tell me about...', 'Describe...', 'Explain...') let the "
                            "person shape the account and give you more to work with. Leading or accusing "
                            "questions invite denial and end conversations. Silence, summarising and "
                            "reflecting back what you heard are powerful and underused tools.</p>"
                            "<p>Be careful, too, with the purpose of a conversation. A VETO who feels "
                            "tricked, for example because a welfare check turned into an interrogation, will "
                            "tell others, and the whole wing will learn that talking to staff is "
                            "dangerous.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "heading": "In the interview room",
                            "do": [
                                (
                                    "Explain the purpose of the conversation and how the information will be "
                                    "used."
                                ),
                                "Begin with open questions and allow silences.",
                                "Summarise what you heard and invite the person to correct you.",
                                "Record accurately, keeping what was said separate from your interpretation.",
                            ],
                            "dont": [
                                "Threaten, humiliate or use the person's family as leverage.",
                                "Present a security interview as an informal chat.",
                                "Argue about theology or ideology during a fact-finding interview.",
                                (
                                    "Interrupt a free account to confront the person with contradictions too "
                                    "early."
                                ),
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "After the fight in the yard",
                            "situation": (
                                "<p>During exercise in a high-security unit in Kosovo*, two prisoners "
                                "fought. One of them, Arben, 29, was convicted of participating in a "
                                "terrorist group after returning from Syria. Officers separated the men "
                                "quickly. The other prisoner says Arben attacked him for 'insulting the "
                                "faith'. Arben is now in a separate cell, and the shift supervisor, Driton, "
                                "must interview him before the end of the day. Driton has never spoken with "
                                "Arben beyond routine matters. Two officers on the shift tell him that Arben "
                                "'only understands firmness'.</p>"
                            ),
                            "questions": [
                                (
                                    "How should Driton prepare, and what does he need to explain to Arben at "
                                    "the start?"
                                ),
                                "Write three opening questions that are open and do not accuse.",
                                (
                                    "How could this interview affect Arben's future relationship with staff, "
                                    "whatever its finding?"
                                ),
                                (
                                    "Should the possible ideological motive change the way the interview is "
                                    "conducted?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>Use this scenario for a short role play (about ten minutes, with an "
                                "observer using the do and don't list). Look for a clear explanation of "
                                "purpose and consequences, a free account before any challenge, and an "
                                "accurate record. Strong groups note that Driton should check camera "
                                "footage, other witnesses and the other prisoner's account first, and should "
                                "not treat the 'insulting the faith' claim as established.</p>"
                                "<p>Pitfalls: some participants assume the incident is ideological and turn "
                                "the interview into a conversation about extremism; others go soft and avoid "
                                "the incident altogether. Both damage trust. In the debrief, stress that a "
                                "fair disciplinary process, in which Arben is properly heard, is itself a "
                                "rapport-building experience. Any genuine sign of ideological motivation "
                                "should go through the normal reporting channel rather than being pursued by "
                                "Driton alone.</p>"
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "Which question is most likely to produce a full and reliable account of the "
                                "incident?"
                            ),
                            "options": [
                                {
                                    "text": "'You started it because he insulted your religion, didn't you?'",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "'Tell me what happened in the yard this afternoon, from the "
                                        "beginning.'"
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "'Do you want to make things worse for yourself by lying?'",
                                    "correct": False,
                                },
                                {
                                    "text": "'Who hit first, you or him? Just answer yes or no.'",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "An open invitation to give a free account produces the most complete and "
                                "accurate information. Leading, threatening and closed questions raise "
                                "resistance and contaminate the account."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "consistency-despite-staff-turnover",
                "title": "Consistency despite staff turnover",
                "summary": (
                    "How teams can protect relationships with VETOs when officers rotate, leave or are "
                    "reassigned."
                ),
                "outcomes": ["RB-4", "RB-2"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Trust belongs to people, but a team can share it</h2>"
                            "<p>Practitioners from across the Western Balkans name frequent changes of "
                            "personnel as one of the main obstacles to trust. Officers are rotated between "
                            "units, transferred to other institutions, promoted, or leave the service. For a "
                            "VETO who has slowly decided that one officer is fair, a new face means starting "
                            "again, and sometimes confirms the belief that the institution does not care. "
                            "Rapport also takes time: where officers are given enough time to understand a "
                            "person and the dynamics around them, participation in rehabilitation programmes "
                            "tends to rise, and so does constructive contact with public institutions after "
                            "release.</p>"
                            "<p>Managers cannot always prevent turnover, but they can limit the damage. "
                            "Three levers are within reach of most institutions.</p>"
                            "<h3>1. Continuity by design</h3>"
                            "<p>Where possible, give each VETO a small, stable group of officers and a named "
                            "key worker, and keep them in post for an agreed minimum period. Avoid moving "
                            "everybody who knows a prisoner at the same time.</p>"
                            "<h3>2. Handover as a professional task</h3>"
                            "<p>A handover should pass on more than risk flags. The incoming officer needs "
                            "to know what the person responds to, what has been promised and not yet "
                            "delivered, which topics are best avoided early on, the family situation and "
                            "which staff the person trusts. Ideally the outgoing officer introduces the "
                            "newcomer in person and says openly that the commitments made will be kept.</p>"
                            "<h3>3. Consistency of the institution, not only of individuals</h3>"
                            "<p>When rules, responses and tone are the same across shifts, a change of "
                            "officer matters less. Shared guidance, joint case reviews and regular refresher "
                            "training help all staff to act alike. Regional practitioners have also called "
                            "for training curricula to be updated regularly, for training to be evaluated "
                            "for its lasting effect, and for staff in different institutions across the "
                            "region to exchange experience more systematically.</p>"
                        ),
                    ),
                    (
                        "key_points",
                        {
                            "heading": "What a good handover note contains",
                            "points": [
                                "Commitments in progress: what was promised, to whom, and by when.",
                                "What works in communicating with this person, and what has caused friction.",
                                "The current family situation and any family contact person identified.",
                                "Staff the person has engaged with, and in which activities.",
                                (
                                    "Security information, recorded separately and passed on through the "
                                    "proper channel."
                                ),
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "The key worker leaves",
                            "situation": (
                                "<p>Officer Mirela has been the key worker for Lirim, 41, a returned foreign "
                                "terrorist fighter, for two years in a prison in Albania. Lirim now attends "
                                "the vocational workshop and has started talking with the imam who visits "
                                "the prison. Mirela has just learned that she will be transferred to another "
                                "institution in two weeks. Her replacement, Officer Genti, is experienced "
                                "but has never worked with VETOs. Lirim has said more than once that he "
                                "'only talks to Mirela'.</p>"
                            ),
                            "questions": [
                                "What should Mirela and Genti do over the next two weeks?",
                                "What should Lirim be told, by whom, and when?",
                                (
                                    "What can the unit manager do so that Lirim's progress does not depend "
                                    "on one person?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>Good answers include a planned handover with at least one joint meeting "
                                "with Lirim, an honest explanation of the transfer from Mirela herself, and "
                                "a written note covering open commitments, what works and who else Lirim "
                                "trusts, such as the workshop instructor and the visiting imam. The "
                                "manager's role matters: keeping the workshop place and the imam's visits "
                                "stable during the change, and checking in after a month.</p>"
                                "<p>A common pitfall is keeping the transfer secret until the last day 'so "
                                "as not to upset him'. This usually backfires and confirms that staff cannot "
                                "be trusted. Another is to expect Genti to copy Mirela's style: he should be "
                                "himself, but honour her commitments. Ask participants how their own "
                                "institution handles handovers and what single change would improve them.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "If you were moved to another unit tomorrow, what would your replacement "
                                "need to know about the prisoners you work with most closely, and where is "
                                "that written down today?"
                            ),
                            "guidance": (
                                "If the honest answer is 'only in my head', draft a short handover note for "
                                "one person this week."
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "Which practice best protects trust when a key worker is transferred?"
                            ),
                            "options": [
                                {
                                    "text": "Keeping the transfer confidential until the officer has left.",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "A planned handover with a joint meeting and a note on open "
                                        "commitments."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Rotating officers every week so that no attachment can form.",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "A planned, open handover shows the person that commitments survive a change "
                                "of staff. Secrecy and constant rotation both confirm mistrust."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "working-with-families",
                "title": "Working with families",
                "summary": (
                    "How reaching a reliable family member, and supporting the family, strengthens "
                    "rehabilitation and prepares the return home."
                ),
                "outcomes": ["RB-6", "RB-5"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>The family is part of the continuum</h2>"
                            "<p>Families are often the strongest link a VETO keeps with life outside, and "
                            "they remain long after prison and probation staff have closed the file. "
                            "Practitioners in the Western Balkans report that reaching out to families and "
                            "offering them concrete support, whether educational, socioeconomic, medical or "
                            "psychological, is one of the most effective ways of gaining trust. When a "
                            "prisoner sees that staff helped his mother get medical care or his child enrol "
                            "in school, the offer of help becomes believable.</p>"
                            "<p>Families can also carry risk. Some relatives share the ideology, some depend "
                            "financially on networks linked to it, and some are returnees themselves. Work "
                            "with families therefore needs judgement and coordination with colleagues, not "
                            "only goodwill.</p>"
                            "<h3>Finding one reliable person</h3>"
                            "<p>A practical approach is to identify one family member who is dependable and "
                            "supports the person's rehabilitation, such as a parent, sibling or spouse, and "
                            "to build a working relationship with that person, backed by support for them "
                            "too. That contact can help staff understand the prisoner's history and needs, "
                            "encourage participation in programmes, and work out concrete steps for the "
                            "period after release: where the person will live, how the household will manage "
                            "financially, and who will go with them to the first appointments with social "
                            "services.</p>"
                            "<h3>Start before release</h3>"
                            "<p>Families need time to prepare, and so do the services that will support "
                            "them. Contact should begin well before the release date, ideally as part of "
                            "sentence planning. Social welfare centres, probation services and civil society "
                            "organisations can offer help that prison staff cannot, and the community, "
                            "including religious leaders and faith-based organisations, can be prepared for "
                            "the return. Keep the family informed about what support is realistically "
                            "available, so that expectations do not run ahead of what institutions can "
                            "deliver.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "heading": "Contact with families",
                            "do": [
                                (
                                    "Seek the prisoner's consent before approaching relatives, and respect "
                                    "refusals where the law allows."
                                ),
                                "Explain your role and the limits of confidentiality to the family contact.",
                                (
                                    "Offer concrete help or referrals, for example on schooling, health or "
                                    "benefits."
                                ),
                                "Share what you learn with the case team through agreed channels.",
                            ],
                            "dont": [
                                "Use family contact or visits as a reward or punishment for cooperation.",
                                "Treat relatives as informants or ask them to report on the prisoner.",
                                "Promise housing, jobs or money that no agency has confirmed.",
                                "Assume that all relatives share the prisoner's views, or that none do.",
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "A mother at the gate",
                            "situation": (
                                "<p>Hana, 58, visits her son Adnan, 27, every two weeks in a prison in "
                                "Bosnia and Herzegovina. Adnan is serving a sentence for terrorism offences "
                                "and rarely speaks to staff. After one visit, Hana stops the prison social "
                                "worker, Amela, in the car park. She is worried about how the family will "
                                "cope when Adnan is released in eight months: she lives on a small pension, "
                                "Adnan's younger brother has lost his job, and neighbours have stopped "
                                "speaking to them. She asks whether 'the state will help us or just watch "
                                "us'.</p>"
                            ),
                            "questions": [
                                "How should Amela respond in this first conversation?",
                                (
                                    "What support could realistically be arranged before Adnan's release, "
                                    "and by whom?"
                                ),
                                (
                                    "How might supporting Hana change Adnan's attitude to staff, and what "
                                    "are the risks?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>Look for a response that takes Hana's worries seriously, is honest about "
                                "what Amela can and cannot arrange, and agrees a next step with a date. "
                                "Realistic support includes a referral to the local social welfare centre, "
                                "information on social assistance and employment programmes for the brother, "
                                "and, with Adnan's consent, involving Hana in release planning. Groups "
                                "should notice the community dimension: stigma in the neighbourhood may call "
                                "for work with local actors or a civil society organisation.</p>"
                                "<p>Pitfalls: promising financial help that does not exist, or seeing Hana "
                                "mainly as a source of information about Adnan. Discuss consent: Adnan "
                                "should know that staff are in contact with his mother, and why. In the "
                                "debrief, connect the case to the regional experience that family support "
                                "builds trust and helps set concrete post-release priorities, and to the "
                                "danger of raising expectations that institutions cannot meet.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "We began by helping the family with the children's school papers. Only "
                                "after that did the father agree to meet me in prison. He told me: you "
                                "helped my family, so maybe you are not only here to watch me."
                            ),
                            "attribution": "Social worker, Kosovo*",
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "What is the main purpose of identifying one reliable family member during "
                                "the sentence?"
                            ),
                            "options": [
                                {
                                    "text": "To collect intelligence on the prisoner's contacts outside.",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "To have a stable partner who supports rehabilitation and helps "
                                        "prepare concrete steps for release."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "To replace contact with social services after release.",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "The family contact is a partner in rehabilitation and release planning. "
                                "Treating relatives as informants destroys the trust the approach depends on."
                            ),
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "dynamic-security-in-daily-practice",
        "title": "Dynamic security in daily practice",
        "summary": (
            "Dynamic security is the safety that comes from staff knowing the people in their care: talking "
            "with them, observing them and treating them fairly every day. This curriculum turns that idea "
            "into routines on the wing, shows how prison conditions can support or undermine it, and follows "
            "the information it produces into release preparation and the work of post-release institutions."
        ),
        "themes": [
            "dynamic-security",
            "release-preparation",
            "multi-agency-cooperation",
            "post-release-support",
            "staff-training",
        ],
        "audiences": [
            "custodial_officers",
            "treatment_staff",
            "probation_officers",
            "social_workers",
            "managers",
        ],
        "level": "intermediate",
        "duration_minutes": 270,
        "prerequisites": (
            "Learners should have completed 'Rapport building and trust with VETOs' or have at least six "
            "months of direct contact with prisoners."
        ),
        "outcomes": [
            (
                "DS-1",
                (
                    "Explain what dynamic security is and how it works together with physical and procedural "
                    "security."
                ),
            ),
            (
                "DS-2",
                (
                    "Use daily interaction and structured observation to notice meaningful changes in a "
                    "VETO's behaviour, and record them accurately."
                ),
            ),
            (
                "DS-3",
                (
                    "Identify prison conditions and regime practices that normalise life and make engagement "
                    "in rehabilitation more likely."
                ),
            ),
            (
                "DS-4",
                (
                    "Prepare individual, factual information for social welfare centres, probation and other "
                    "post-release institutions, within legal limits."
                ),
            ),
            (
                "DS-5",
                (
                    "Plan release preparation months rather than days ahead, drawing on the contrast between "
                    "practice in Bosnia and Herzegovina and in Kosovo*."
                ),
            ),
        ],
        "modules": [
            {
                "slug": "what-dynamic-security-means",
                "title": "What dynamic security means",
                "summary": (
                    "The three dimensions of prison security, and why knowing prisoners is the foundation of "
                    "a safe prison."
                ),
                "outcomes": ["DS-1"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Three kinds of security</h2>"
                            "<p>Prison security is usually described in three dimensions. <strong>Physical "
                            "security</strong> is walls, locks, cameras and the design of the building. "
                            "<strong>Procedural security</strong> is the rules: searches, counts, movement "
                            "control and classification. <strong>Dynamic security</strong> is the awareness "
                            "staff gain by interacting with prisoners, knowing them as individuals and "
                            "responding to what they see and hear. The European Prison Rules and the UNODC "
                            "Handbook on Dynamic Security and Prison Intelligence both treat it as an "
                            "essential part of a safe prison, not an optional extra.</p>"
                            "<p>The idea rests on a simple observation: staff who speak with prisoners every "
                            "day, treat them fairly and keep them occupied notice early when something is "
                            "changing. A prisoner who stops going to work, receives unusual visitors, "
                            "withdraws from his family or starts to control others on the wing will be "
                            "noticed by an officer who knows him, and missed by one who only counts him.</p>"
                            "<h3>Why it matters with VETOs</h3>"
                            "<p>With VETOs and returned FTFs, institutions are tempted to rely on physical "
                            "and procedural measures alone: isolation, restrictions and minimal contact. "
                            "Some restrictions are necessary, and each should follow an individual risk "
                            "assessment. But a regime of pure control has costs. It leaves staff blind to "
                            "what is happening, feeds the story of an oppressive state and makes later "
                            "rehabilitation harder.</p>"
                            "<p>Prison personnel in the Western Balkans have traditionally been trained to "
                            "see their work in terms of security, and many say they lack the skills for "
                            "complex tasks such as judging how far a person is committed to violent "
                            "extremism. Dynamic security bridges those two worlds: it is a security "
                            "practice, carried out by security staff, that also builds the professional "
                            "relationship rehabilitation needs.</p>"
                            "<h3>What it is not</h3>"
                            "<ul><li>It is not friendship, and it does not mean lowering standards or "
                            "overlooking rule breaking.</li>"
                            "<li>It is not covert intelligence gathering dressed up as conversation.</li>"
                            "<li>It is not the job of a specialist unit alone: every officer in contact with "
                            "prisoners practises it, well or badly.</li></ul>"
                        ),
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Dynamic security in brief",
                            "points": [
                                "Security comes from knowing people, not only from controlling them.",
                                (
                                    "It needs enough staff, with enough time on the wing, to make real "
                                    "contact possible."
                                ),
                                "Fair and consistent treatment is a security measure in itself.",
                                "Observations must be recorded and shared, or they are lost.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "We used to think that talking to them was the psychologist's job. Now the "
                                "officers on the wing know more than anybody, because they are there every "
                                "day."
                            ),
                            "attribution": "Prison governor, Montenegro",
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "How much of a typical shift do you spend in conversation with prisoners, "
                                "compared with procedures, paperwork and movement control?"
                            ),
                            "guidance": (
                                "Estimate honestly for one ordinary shift: the figure is a starting point "
                                "for a conversation with your supervisor, not a judgement on you."
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": "Which of the following is an example of dynamic security?",
                            "options": [
                                {
                                    "text": "Installing additional cameras in the exercise yard.",
                                    "correct": False,
                                },
                                {
                                    "text": "Introducing a new search procedure for visitors.",
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "An officer noticing in daily conversation that a prisoner has "
                                        "stopped contacting his family, and recording it."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": "Transferring a prisoner to a higher-security unit.",
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Dynamic security is the knowledge staff gain through interaction with "
                                "prisoners. Cameras are physical security; search rules and transfers are "
                                "procedural measures."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "daily-interaction-and-observation",
                "title": "Daily interaction and observation",
                "summary": (
                    "Turning everyday contact into fair, reliable observation that is recorded and acted "
                    "upon."
                ),
                "outcomes": ["DS-2", "DS-1"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>The daily routine is the intervention</h2>"
                            "<p>Most contact between staff and VETOs is ordinary: unlocking, meals, work, "
                            "exercise, visits and requests. Each of these moments is a chance to greet the "
                            "person, exchange a few words, notice their mood and ask a simple question. Done "
                            "consistently, this routine builds the relationship and the knowledge at the "
                            "same time.</p>"
                            "<h3>Observe behaviour, not belief</h3>"
                            "<p>The hardest discipline in dynamic security is to observe what people do "
                            "rather than what we assume they think. Growing a beard, praying regularly, "
                            "fasting or reading religious texts are lawful expressions of faith and are not, "
                            "on their own, signs of radicalisation. Treating them as such is discriminatory, "
                            "alienates other Muslim prisoners and wastes attention. The changes that deserve "
                            "attention are behavioural and relational, for example:</p>"
                            "<ul><li>sudden withdrawal from work, education or family contact;</li>"
                            "<li>attempts to control, pressure or isolate other prisoners, including "
                            "enforcing dress or prayer;</li>"
                            "<li>new alliances, or a change of status within a group;</li>"
                            "<li>approval of violence, threats, or glorification of attacks;</li>"
                            "<li>a marked change in mood, sleep or appetite, which may equally signal a "
                            "mental health crisis.</li></ul>"
                            "<p>Positive changes matter just as much: renewed contact with family, interest "
                            "in education, willingness to see a psychologist or imam, or distance from "
                            "former associates. Decisions about release and plans for the period after it "
                            "need this evidence too.</p>"
                            "<h3>Record what you saw</h3>"
                            "<p>An observation that stays in an officer's head is lost at the end of the "
                            "shift. Good records are dated, specific and factual: what happened, where, who "
                            "was involved and what was said, kept apart from interpretation. 'Refused to "
                            "attend the workshop for the third day; says he is waiting for news about his "
                            "wife's court case' is useful. 'Seems more radical' is not.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "heading": "Observation on the wing",
                            "do": [
                                (
                                    "Greet and speak with every person on your unit each shift, not only "
                                    "those who cause trouble."
                                ),
                                "Record specific behaviour with the date, time and context.",
                                "Note positive changes as well as worrying ones.",
                                "Pass concerns through the agreed reporting channel on the same day.",
                            ],
                            "dont": [
                                "Treat religious practice as a risk indicator in itself.",
                                "Write opinions or labels without the facts behind them.",
                                "Question prisoners covertly under the cover of small talk.",
                                "Keep an observation to yourself because it seems too small to matter.",
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "Changes on Wing B",
                            "situation": (
                                "<p>In a prison in Serbia, Officer Nikola works on a wing that holds two men "
                                "convicted of terrorism offences alongside prisoners convicted of ordinary "
                                "crimes. Over three weeks he notices that one of them, Damir, 31, has "
                                "stopped going to the carpentry workshop, where he had been doing well. Two "
                                "younger prisoners serving sentences for drug offences now sit with Damir at "
                                "meals and have started to pray with him. One of them tells Nikola that "
                                "Damir 'helps him stay clean'. Damir has also refused two visits from his "
                                "sister.</p>"
                            ),
                            "questions": [
                                (
                                    "Which of these observations are significant, and which are not a "
                                    "concern in themselves?"
                                ),
                                "How should Nikola record and report what he has seen?",
                                (
                                    "What could Nikola do in his daily contact with Damir to understand the "
                                    "situation better?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>The aim is to separate behaviour from belief. Praying together is not in "
                                "itself a concern, and the younger prisoner's comment may describe genuine "
                                "support. The significant facts are the withdrawal from the workshop, the "
                                "refused family visits and the possible formation of a group around Damir. "
                                "Together they justify a factual report and a case discussion, not an "
                                "immediate sanction.</p>"
                                "<p>Ask groups to write the record exactly as they would in their own "
                                "system. Good answers include talking with Damir about the workshop and his "
                                "sister, asking the workshop instructor, and a multidisciplinary review with "
                                "the psychologist. Watch for two pitfalls: dismissing everything as "
                                "religious freedom, or labelling Damir a recruiter because he prays with "
                                "others. In the debrief, ask what further information would change the "
                                "assessment in either direction.</p>"
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": "Which record of an observation is most useful to colleagues?",
                            "options": [
                                {"text": "'Damir looks more radical this month.'", "correct": False},
                                {
                                    "text": (
                                        "'Damir has not attended the carpentry workshop since 3 May and "
                                        "refused visits from his sister on 10 and 17 May; says he is tired.'"
                                    ),
                                    "correct": True,
                                },
                                {"text": "'Damir prays a lot and is growing a beard.'", "correct": False},
                            ],
                            "explanation": (
                                "Useful records are specific, dated and factual, so that others can assess "
                                "them. Labels, or descriptions of lawful religious practice, do not support "
                                "decisions."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "prison-conditions-that-normalise-life",
                "title": "Prison conditions that normalise life",
                "summary": (
                    "How the regime, activities and environment of the prison shape whether VETOs see a "
                    "future worth working towards."
                ),
                "outcomes": ["DS-3"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Normality as a principle</h2>"
                            "<p>The European Prison Rules state that life in prison should resemble the "
                            "positive aspects of life in the community as closely as possible. For VETOs "
                            "this is not a question of comfort. Practitioners in the Western Balkans stress "
                            "that the prison environment shapes the involuntary relationship directly. In a "
                            "healthy environment, where a person can work, learn, stay in touch with family "
                            "and be treated with dignity, he or she can begin to see real opportunities "
                            "after release and is more willing to join programmes. A degrading environment "
                            "confirms the extremist story of an unjust state and pushes people towards the "
                            "group.</p>"
                            "<p>Regional practitioners have concluded that prison conditions must serve the "
                            "aims of rehabilitation and disengagement, and that prisoners must be able to "
                            "believe that reintegration programmes are there to help them.</p>"
                            "<h3>Conditions that help</h3>"
                            "<ul><li><strong>Purposeful activity:</strong> work, vocational training and "
                            "education that lead to skills usable after release.</li>"
                            "<li><strong>Family contact:</strong> regular visits, calls and letters, "
                            "restricted only where an individual risk assessment justifies it.</li>"
                            "<li><strong>Access to faith:</strong> religious care from qualified, vetted "
                            "chaplains or imams, who can offer an alternative to extremist "
                            "interpretations.</li>"
                            "<li><strong>Health and mental health care:</strong> many returnees have lived "
                            "through war, detention and bereavement.</li>"
                            "<li><strong>Proportionate restrictions:</strong> separation or high-security "
                            "placement reviewed regularly, not applied automatically to everyone with a "
                            "terrorism conviction.</li>"
                            "<li><strong>Clear, fair rules:</strong> a complaints system that works, and "
                            "decisions that are explained.</li></ul>"
                            "<h3>The officer's part</h3>"
                            "<p>Officers do not set the regime, but they decide how it is lived. Whether a "
                            "visit starts on time, whether a request gets an answer, whether a search is "
                            "carried out respectfully: these daily details make a prison feel either normal "
                            "or hostile. Managers, for their part, can make sure that VETOs are not shut out "
                            "of work and education by default, and that isolation remains the exception, "
                            "reviewed against risk.</p>"
                        ),
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Questions to ask about your own unit",
                            "points": [
                                "Can VETOs work, study or train, or are they excluded by default?",
                                (
                                    "How often are restrictions on contact and association reviewed, and by "
                                    "whom?"
                                ),
                                "Are religious needs met by qualified staff or vetted visitors?",
                                "Do prisoners know how to complain, and do complaints receive answers?",
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "Twenty-three hours in the cell",
                            "situation": (
                                "<p>A prison in North Macedonia holds four men convicted of terrorism "
                                "offences on a separate unit. Since they arrived two years ago they have "
                                "spent twenty-three hours a day in their cells, with one hour of exercise "
                                "and one family visit a month. No individual review of the arrangement has "
                                "taken place. The new unit manager, Vesna, notices that two of the men now "
                                "refuse all contact with staff, while a third has asked repeatedly to join "
                                "the prison's education programme and has been told this is 'not possible "
                                "for this category'.</p>"
                            ),
                            "questions": [
                                (
                                    "What effects might the current regime have on risk, on the men and on "
                                    "staff?"
                                ),
                                "What should Vesna propose, and what information does she need first?",
                                "How can conditions be improved without ignoring genuine security concerns?",
                            ],
                            "facilitator_notes": (
                                "<p>Good discussion recognises that blanket restrictions without individual "
                                "assessment are hard to justify in law and counterproductive in practice: "
                                "they deprive staff of knowledge, harden attitudes and waste the motivation "
                                "of the man who wants to study. Vesna should ask for individual risk "
                                "assessments, propose a graded regime with regular reviews, and find a way "
                                "for the third man to study, for example through distance learning or a "
                                "supervised class.</p>"
                                "<p>Some participants will argue that any relaxation is dangerous. Take the "
                                "concern seriously and ask which specific risk each restriction addresses. "
                                "In the debrief, link the discussion to normalisation and to dynamic "
                                "security: more contact, properly managed, means more knowledge, not less "
                                "control.</p>"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "Which single change in your institution's daily regime would most increase "
                                "the chance that a VETO takes part in a rehabilitation programme?"
                            ),
                            "guidance": (
                                "Choose something within reach of your team or manager rather than national "
                                "policy, and note who would need to agree to it."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "sharing-quality-information",
                "title": "Sharing quality information with post-release institutions",
                "summary": (
                    "What post-release agencies need from the prison, why generic reports fail, and how to "
                    "share information responsibly."
                ),
                "outcomes": ["DS-4", "DS-2"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>The prison knows the person best</h2>"
                            "<p>By the time a VETO is released, prison staff have usually spent years "
                            "observing and talking with the person. The institutions that take over, such as "
                            "social welfare centres, probation services, local police and, in some "
                            "countries, dedicated reintegration units, rely on that knowledge to plan "
                            "support and supervision. Regional practitioners are clear that the prison "
                            "should not carry sole responsibility for VETOs, but it does need to open up to "
                            "the professionals who will continue the work.</p>"
                            "<p>The quality of the information passed on is a known weakness. In Kosovo*, "
                            "practitioners have raised concerns that release reports on VETOs and FTFs are "
                            "often generic and lack detail about the individual, which makes it harder for "
                            "receiving institutions to plan support. In Bosnia and Herzegovina, social "
                            "services found themselves working with security agencies for the first time and "
                            "struggled to find common ground.</p>"
                            "<h3>What receiving institutions need</h3>"
                            "<ul><li>Engagement in prison: programmes attended, work and education, attitude "
                            "to staff, with concrete examples.</li>"
                            "<li>Changes over time, positive and negative, drawn from recorded "
                            "observations.</li>"
                            "<li>The family situation, the family contact identified and housing "
                            "prospects.</li>"
                            "<li>Health and mental health needs, shared in line with medical confidentiality "
                            "rules.</li>"
                            "<li>Practical needs on release: identity documents, income and employment "
                            "skills.</li>"
                            "<li>Risk-related information, passed through designated channels to those "
                            "entitled to receive it.</li></ul>"
                            "<h3>Good practice: a structured channel</h3>"
                            "<p>Kosovo* offers an example of a working mechanism. The Division for "
                            "Prevention and Reintegration of Radicalized Persons (DPRRP) at the Ministry of "
                            "Internal Affairs receives from the Kosovo* Correctional Service, by email, "
                            "information and an individual plan for each imprisoned FTF three months before "
                            "release, and DPRRP staff can consult the correctional service's database on "
                            "FTFs. In Bosnia and Herzegovina, social welfare centres have become an emerging "
                            "example of cooperation between security and non-security institutions after "
                            "release.</p>"
                            "<h3>Sharing responsibly</h3>"
                            "<p>Information sharing needs a legal basis and clear agreements about who "
                            "receives what. Non-institutional actors, such as civil society organisations "
                            "and religious leaders, can play important roles but do not need, and should not "
                            "receive, security intelligence. Agreeing these limits in advance rather than "
                            "case by case protects both security and the trust of the person concerned.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "heading": "Writing a release information report",
                            "do": [
                                (
                                    "Describe the individual with examples from records, not general "
                                    "statements about 'this category'."
                                ),
                                "Include strengths and positive changes alongside concerns.",
                                "State the source and date of key information.",
                                "Send the report early enough for the receiving agency to act on it.",
                            ],
                            "dont": [
                                "Copy a standard paragraph from one person's report into another's.",
                                "Mix security intelligence into documents meant for social services or NGOs.",
                                (
                                    "Leave out mental health or family needs because they seem unrelated to "
                                    "security."
                                ),
                                "Assume the receiving agency has read the court file.",
                            ],
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "A social welfare centre receives a release report stating only that the "
                                "person 'was convicted of terrorism, behaved correctly and served the "
                                "sentence'. What is the main problem?"
                            ),
                            "options": [
                                {"text": "It is too long for the centre to read.", "correct": False},
                                {
                                    "text": (
                                        "It is generic and gives the centre nothing to base individual "
                                        "support on."
                                    ),
                                    "correct": True,
                                },
                                {"text": "It should have been sent to the police instead.", "correct": False},
                                {"text": "It breaches the prisoner's privacy.", "correct": False},
                            ],
                            "explanation": (
                                "Receiving institutions need individual, factual information about "
                                "engagement, needs and change over time. Generic reports are a recognised "
                                "weakness that hampers post-release planning."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "preparing-release-early",
                "title": "Preparing release early",
                "summary": (
                    "Why release preparation must begin months rather than days before release, built around "
                    "an individual plan."
                ),
                "outcomes": ["DS-5", "DS-4"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Eight days or three months</h2>"
                            "<p>Two practices from the region show how much the timing of release "
                            "preparation can vary. In Bosnia and Herzegovina, preparation for discharging a "
                            "VETO has begun only eight days before the actual release. Released VETOs may be "
                            "able to use general social welfare measures, but in some cases only for one "
                            "month. Eight days is not enough for the person, the family or the professionals "
                            "who will take over. It is often the first contact between the released person "
                            "and social services, whose staff may not have been trained for such sensitive "
                            "cases.</p>"
                            "<p>In Kosovo*, by contrast, the correctional service sends the DPRRP "
                            "information and an individual plan for each imprisoned FTF three months before "
                            "release. That leaves the receiving institution time to contact the family, "
                            "arrange documents and support, and prepare the local community.</p>"
                            "<h3>Release preparation as a process</h3>"
                            "<p>Good practice treats release preparation as part of the sentence plan from "
                            "the start, intensifying in the final months. One workable sequence:</p>"
                            "<ol><li><strong>From admission:</strong> a sentence plan with goals for "
                            "education, work and programmes, and a family contact identified.</li>"
                            "<li><strong>About a year before release:</strong> a case review including "
                            "probation and the social welfare centre, with decisions on housing and "
                            "documents.</li>"
                            "<li><strong>Three to six months before release:</strong> the individual release "
                            "plan shared with receiving institutions, and social workers, psychologists and "
                            "mental health workers able to meet the person in prison.</li>"
                            "<li><strong>Final weeks:</strong> practical arrangements confirmed; the person "
                            "knows who will meet them and where to go.</li>"
                            "<li><strong>After release:</strong> follow-up by the agreed agencies, with "
                            "feedback to the prison.</li></ol>"
                            "<h3>Realistic support</h3>"
                            "<p>The Western Balkans have no dedicated post-release programmes for VETOs. "
                            "Released people are encouraged to use general employment and social assistance "
                            "programmes, which are limited in time and scope and have administrative "
                            "criteria that can be hard to meet. Economic support matters for trust, but poor "
                            "communication between institutions has at times created unrealistic "
                            "expectations, so release plans must be honest about what exists. Releases into "
                            "small or rural communities, where local professionals may have neither training "
                            "nor support, need to be identified early.</p>"
                        ),
                    ),
                    (
                        "scenario",
                        {
                            "title": "Release in six weeks",
                            "situation": (
                                "<p>Besnik, 38, a returned FTF, will be released from a prison in Kosovo* in "
                                "six weeks. His wife and three children came back from a camp in Syria and "
                                "now live with his parents in a village. He has completed a welding course "
                                "and has engaged well with the prison imam. His individual plan was sent to "
                                "the DPRRP three months ago, but the social worker in his municipality, who "
                                "has never worked with a returnee, has only just been told about his "
                                "release. She has asked the prison for a meeting.</p>"
                            ),
                            "questions": [
                                "What should the meeting between the prison and the social worker cover?",
                                (
                                    "What could be done in the remaining six weeks to prepare Besnik, his "
                                    "family and the village?"
                                ),
                                (
                                    "Which institutional and non-institutional actors should be involved, "
                                    "and what should each of them receive?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>Use this scenario to pull the curriculum together. Strong answers "
                                "include a joint meeting with Besnik in prison, an honest summary of his "
                                "progress and needs, contact with his wife and parents, a link to employment "
                                "support that builds on the welding course, and a role for the local imam or "
                                "a faith-based organisation. The case management already in place for "
                                "returned women and children may be the natural vehicle for coordinating "
                                "support for the whole family.</p>"
                                "<p>Highlight the gap: the plan left the prison on time but did not reach "
                                "the person who will do the work locally. Ask participants how information "
                                "travels in their own systems and who is responsible for passing it on. "
                                "Pitfalls include overloading the social worker with security material, and "
                                "forgetting that she needs support and training herself for a case like "
                                "this.</p>"
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": "Why is eight days too short a period for release preparation?",
                            "options": [
                                {
                                    "text": (
                                        "Because the law in every country requires at least three months."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Because the person, the family and the receiving professionals all "
                                        "need time to make contact and arrange support before release."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Because security checks cannot be completed in less than a month."
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Release preparation involves the person, the family and the receiving "
                                "institutions, and a few days allow at most a first contact. Starting months "
                                "earlier lets an individual plan be shared and acted upon."
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "When the prison called us a week before release, all we could do was open a "
                                "file. When they call us three months before, we can meet the family and "
                                "have something ready on the first day."
                            ),
                            "attribution": "Social welfare centre worker, Bosnia and Herzegovina",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "gender-sensitive-approaches",
        "title": "Gender-sensitive approaches along the prison-exit continuum",
        "summary": (
            "Women VETOs and returnees, and the women and children around male offenders, have needs that "
            "programmes designed for men often miss. This curriculum helps staff recognise those needs, "
            "respond to economic dependence and to the situation of children, deal with gender stereotypes "
            "in their own practice and in clients' attitudes, and draw on family support from custody to "
            "life in the community."
        ),
        "themes": [
            "gender-sensitive-approaches",
            "family-engagement",
            "socioeconomic-support",
            "mental-health",
            "community-reintegration",
            "multi-agency-cooperation",
        ],
        "audiences": [
            "custodial_officers",
            "treatment_staff",
            "probation_officers",
            "social_workers",
            "psychologists",
            "managers",
            "civil_society",
        ],
        "level": "intermediate",
        "duration_minutes": 240,
        "prerequisites": (
            "Learners should know the basics of rapport building with VETOs; completing 'Rapport building "
            "and trust with VETOs' first is recommended."
        ),
        "outcomes": [
            (
                "GS-1",
                (
                    "Describe the situation of women VETOs and women returnees in the Western Balkans, "
                    "including how they have been prosecuted."
                ),
            ),
            (
                "GS-2",
                (
                    "Explain how economic dependence and family ties can keep women connected to VETOs and "
                    "extremist networks."
                ),
            ),
            (
                "GS-3",
                (
                    "Plan support for the children of VETOs and returnees, including education and mental "
                    "health care."
                ),
            ),
            (
                "GS-4",
                (
                    "Recognise gender stereotypes in their own practice and in clients' attitudes, and "
                    "respond without lowering professional standards."
                ),
            ),
            (
                "GS-5",
                (
                    "Involve family members and community actors as sources of support while managing the "
                    "associated risks."
                ),
            ),
        ],
        "modules": [
            {
                "slug": "why-a-gender-perspective-matters",
                "title": "Why a gender perspective matters",
                "summary": (
                    "How programmes built around men leave gaps that affect women, children and the trust of "
                    "whole families."
                ),
                "outcomes": ["GS-1", "GS-4"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Gender is not only about women</h2>"
                            "<p>A gender-sensitive approach asks how being a woman or a man shapes a "
                            "person's route into violent extremism, experience of prison and chances of "
                            "reintegration, and then adapts the work accordingly. It concerns women VETOs "
                            "and returnees, but also male offenders, whose ideas about masculinity, honour "
                            "and the place of women influence how they respond to staff and to their own "
                            "families. It concerns staff as well, whose assumptions affect whom they see as "
                            "dangerous, whom they see as a victim, and whom they assign to work with "
                            "whom.</p>"
                            "<p>In the Western Balkans, the absence of a gender perspective has been "
                            "identified as a weakness in the management of VETOs and FTFs. Practitioners "
                            "from Albania report that programmes are aimed mainly at men and that there is "
                            "little knowledge of how to work with women VETOs and FTFs. In Bosnia and "
                            "Herzegovina, the lack of resocialisation programmes designed for women "
                            "connected to VETOs has been linked to deeper mistrust of public institutions "
                            "among VETOs and their families.</p>"
                            "<h3>Why it improves results</h3>"
                            "<ul><li><strong>Better assessment:</strong> women's roles in extremist groups "
                            "range from victim to active member, recruiter or propagandist, and assumptions "
                            "in either direction lead to mistakes.</li>"
                            "<li><strong>Better engagement:</strong> support that fits women's real "
                            "circumstances, including childcare, economic dependence and stigma, is more "
                            "likely to be accepted.</li>"
                            "<li><strong>Better cooperation:</strong> a gender-sensitive approach brings in "
                            "social services, health, education and civil society, which strengthens "
                            "multi-agency work.</li>"
                            "<li><strong>More trust:</strong> when institutions treat women and children "
                            "fairly, the wider family's view of the state can change.</li></ul>"
                            "<p>International standards point the same way. The United Nations Rules for the "
                            "Treatment of Women Prisoners and Non-custodial Measures for Women Offenders "
                            "(the Bangkok Rules) require attention to women's specific needs, including "
                            "health care, children and protection from violence and abuse.</p>"
                        ),
                    ),
                    (
                        "key_points",
                        {
                            "heading": "A gender-sensitive approach means...",
                            "points": [
                                (
                                    "Asking how gender shapes each person's pathway, risks and needs, "
                                    "instead of assuming."
                                ),
                                (
                                    "Avoiding both the 'naive victim' and the 'dangerous fanatic' stereotype "
                                    "of women."
                                ),
                                (
                                    "Adapting programmes, staffing and support to the real situations of "
                                    "women and men."
                                ),
                                "Treating children as individuals with their own rights and needs.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": (
                                "When you picture a 'typical' VETO, whom do you see? What assumptions about "
                                "the roles of women and men might that picture contain?"
                            ),
                            "guidance": (
                                "Write down your first answer without editing it: you will come back to it "
                                "in the module on gender stereotypes."
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": "Which statement best describes a gender-sensitive approach?",
                            "options": [
                                {
                                    "text": (
                                        "Running separate programmes for women with exactly the same content "
                                        "as for men."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Assuming that women returnees were victims and focusing support on "
                                        "them alone."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Assessing how gender shapes each person's pathway and needs, and "
                                        "adapting work with women and men accordingly."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Assigning only female staff to women and only male staff to men."
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Gender sensitivity means analysing and responding to the different "
                                "situations of women and men. It rejects both fixed stereotypes and rigid "
                                "staffing rules."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "women-vetos-and-returnees",
                "title": "Women VETOs and returnees",
                "summary": (
                    "What is known about women VETOs and women returnees in the region, and what it means "
                    "for work in prison and on probation."
                ),
                "outcomes": ["GS-1", "GS-2"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>A small group with a large impact</h2>"
                            "<p>Convicted women VETOs are rare in the Western Balkans, largely because the "
                            "general approach in the region has been not to prosecute women returning from "
                            "conflict zones. Kosovo* is the exception. Women returnees there were not "
                            "questioned immediately on arrival, but they did not escape prosecution: an "
                            "estimated 20 women returnees were indicted, and 16 pleaded guilty to charges "
                            "such as organising and participating in a terrorist group.</p>"
                            "<p>This has two consequences for prison and probation staff. First, "
                            "institutions hold few women VETOs and have little experience with them, while "
                            "programmes, staff and facilities are designed around men. Second, many more "
                            "women connected to extremism, the wives, widows, sisters and mothers of VETOs, "
                            "some of them returnees who were never charged, live in the community and stay "
                            "in contact with men in prison. Both groups need attention.</p>"
                            "<h3>Varied roles and experiences</h3>"
                            "<p>Women who travelled to Syria and Iraq did so for many reasons: conviction, "
                            "following a husband, family pressure, deception or a search for belonging. In "
                            "the conflict zone some were active members; many lived through bombing, the "
                            "death of husbands and children, and detention in camps. They come back with "
                            "trauma, often with several children, sometimes without documents, to families "
                            "and communities that may reject them. Assessment needs to explore all of this "
                            "without deciding in advance that a woman is either a passive victim or a hidden "
                            "threat.</p>"
                            "<h3>What this means in practice</h3>"
                            "<ul><li>Women VETOs in custody need the same access to work, education and "
                            "programmes as men, adapted to their needs, and not a reduced regime because "
                            "their numbers are small.</li>"
                            "<li>Mental health and trauma support is often a precondition for any other "
                            "work.</li>"
                            "<li>Probation and social welfare staff need to plan for the woman and her "
                            "children together.</li>"
                            "<li>The case management arrangements developed for returned women and children "
                            "are a resource to build on, for them and for released VETOs more "
                            "generally.</li></ul>"
                        ),
                    ),
                    (
                        "scenario",
                        {
                            "title": "Probation for a returnee mother",
                            "situation": (
                                "<p>Drita, 30, returned to Kosovo* from a camp in north-east Syria with her "
                                "three children, aged 9, 6 and 3. She pleaded guilty to participating in a "
                                "terrorist group and is completing her sentence under probation supervision. "
                                "Her husband died in Syria. She lives with her parents, who support her but "
                                "are struggling financially. In her first meetings with the probation "
                                "officer, Fatmir, she answers briefly, asks again and again about her "
                                "children's school enrolment and says she does not want to 'talk about the "
                                "past'.</p>"
                            ),
                            "questions": [
                                "What should Fatmir prioritise in the first months of supervision?",
                                (
                                    "How can he assess Drita's attitudes and risks without making the "
                                    "relationship impossible?"
                                ),
                                (
                                    "Which other institutions should be involved, and how should their work "
                                    "be coordinated?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>A good discussion recognises that Drita's practical concern, her "
                                "children's schooling, is the obvious way in. Helping with it, together with "
                                "the school and the social welfare centre, is both support and rapport "
                                "building. Assessment of her experiences and beliefs can come gradually, "
                                "alongside psychological support for trauma. The existing case management "
                                "for returned women and children is the natural mechanism for "
                                "coordination.</p>"
                                "<p>Watch for two pitfalls: treating Drita only as a victim and neglecting "
                                "legitimate supervision duties, or focusing only on ideology and ignoring "
                                "the children. Ask groups whether a male probation officer is a problem "
                                "here; the answer depends on Drita's wishes and the circumstances, not on a "
                                "fixed rule. In the debrief, link to the regional facts: women returnees in "
                                "Kosovo* were prosecuted and most pleaded guilty, so probation services will "
                                "meet cases like this.</p>"
                            ),
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The women I work with were asked many times what they did in Syria. Hardly "
                                "anyone asked them what they need now to raise their children here."
                            ),
                            "attribution": "Psychologist, Bosnia and Herzegovina",
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "Approximately how many women returnees were indicted in Kosovo*, and how "
                                "many pleaded guilty?"
                            ),
                            "options": [
                                {"text": "About 5 were indicted and none pleaded guilty.", "correct": False},
                                {
                                    "text": (
                                        "About 20 were indicted and 16 pleaded guilty, to charges such as "
                                        "organising and participating in a terrorist group."
                                    ),
                                    "correct": True,
                                },
                                {"text": "About 100 were indicted and 80 pleaded guilty.", "correct": False},
                            ],
                            "explanation": (
                                "Around 20 women returnees were indicted in Kosovo* and 16 pleaded guilty. "
                                "Elsewhere in the region, returning women have generally not been prosecuted."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "economic-dependence-and-socioeconomic-support",
                "title": "Economic dependence and socioeconomic support",
                "summary": (
                    "How financial dependence keeps some women tied to VETOs and their networks, and how "
                    "socioeconomic support can open another path."
                ),
                "outcomes": ["GS-2", "GS-5"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Follow the money</h2>"
                            "<p>Experience from Bosnia and Herzegovina shows that some returned women "
                            "related to VETOs are economically dependent and continue to support them, for "
                            "example by keeping up contact, passing on messages or relying on the same "
                            "circles for money and housing. Without another source of income, housing and "
                            "childcare, breaking away from those circles may simply not be possible, "
                            "whatever the woman's views. And where there are no resocialisation programmes "
                            "designed for these women, VETOs and their families come to distrust public "
                            "institutions even more.</p>"
                            "<p>Economic dependence is therefore a gender issue and a security issue at "
                            "once. A woman who can support herself and her children has real choices; a "
                            "woman whose rent is paid by her husband's network does not.</p>"
                            "<h3>What socioeconomic support can look like</h3>"
                            "<ul><li>Help with identity documents, registering children born abroad and "
                            "access to social assistance.</li>"
                            "<li>Vocational training and education adapted to women with young children, "
                            "with childcare.</li>"
                            "<li>Employment support, including work with private employers willing to give "
                            "someone a chance.</li>"
                            "<li>Support for family businesses: measures such as help to start a small "
                            "business have been used with returnee families and can be extended.</li>"
                            "<li>Referral to civil society organisations offering women's groups, legal aid "
                            "or psychosocial counselling.</li></ul>"
                            "<h3>Be realistic and transparent</h3>"
                            "<p>Economic support builds trust only if it arrives as promised. In the region, "
                            "weak communication between institutions, and between institutions and clients, "
                            "has at times created unrealistic expectations about what help would be "
                            "available. General welfare programmes are limited in time and scope and come "
                            "with administrative criteria that returnees may find hard to meet. "
                            "Practitioners also note that public opinion can be hostile to support for "
                            "people convicted of terrorism. Presenting support as an investment in safety "
                            "and in the children's future, with clear goals, helps both the client and the "
                            "community to accept it.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "heading": "Discussing financial support",
                            "do": [
                                "Map the household's real income, debts and sources of support early on.",
                                (
                                    "Explain clearly which benefits exist, how long they last and what the "
                                    "criteria are."
                                ),
                                (
                                    "Coordinate with the social welfare centre and employment office before "
                                    "offering anything."
                                ),
                                "Set small, achievable steps: documents first, then training, then work.",
                            ],
                            "dont": [
                                "Promise money, housing or jobs that have not been confirmed.",
                                (
                                    "Judge a woman's continued contact with a VETO without understanding her "
                                    "economic situation."
                                ),
                                "Schedule training at times that make childcare impossible.",
                                "Discuss a client's support in ways that expose her to stigma.",
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "Who pays the rent?",
                            "situation": (
                                "<p>Lejla, 26, lives in Sarajevo Canton with two young children. Her "
                                "husband, Kenan, is serving a sentence for terrorism offences. She returned "
                                "from Syria with him but was not prosecuted. The social worker, Jasmina, "
                                "learns that Lejla's rent is paid by people from Kenan's former circle, and "
                                "that Lejla carries messages from them when she visits him in prison. Lejla "
                                "says she has no other way to pay the rent and is 'not interested in "
                                "politics'.</p>"
                            ),
                            "questions": [
                                "What risks and needs can you identify for Lejla, her children and Kenan?",
                                "What support could reduce Lejla's dependence, and who would provide it?",
                                (
                                    "What information, if any, should Jasmina share with the prison, and how "
                                    "should she tell Lejla?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>Good answers see Lejla's situation as both a need and a risk. Practical "
                                "steps include social assistance, a housing solution, childcare and "
                                "training, coordinated through the social welfare centre, perhaps with a "
                                "civil society partner. The messages carried into the prison are relevant to "
                                "security and should be shared through the proper channel. Jasmina should be "
                                "honest with Lejla that she cannot keep this confidential, while making "
                                "clear that her aim is to help.</p>"
                                "<p>Pitfalls: treating Lejla purely as a suspect, which will end her "
                                "cooperation, or ignoring the messages to protect the relationship. Discuss "
                                "how to hold the tension between support and reporting, and why "
                                "confidentiality rules should be explained at the very start of any work. In "
                                "the debrief, return to the regional finding that the lack of programmes for "
                                "women like Lejla deepens mistrust of institutions.</p>"
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "Why can economic dependence make it harder for a woman to distance herself "
                                "from an extremist network?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Because the network's money may be her only source of housing and "
                                        "income for herself and her children."
                                    ),
                                    "correct": True,
                                },
                                {
                                    "text": (
                                        "Because women are more committed to extremist ideology than men."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Because social welfare law forbids support to families of VETOs."
                                    ),
                                    "correct": False,
                                },
                            ],
                            "explanation": (
                                "Without another income, leaving the network can mean losing a home and "
                                "support for the children. Socioeconomic support creates real choices."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "children-and-family-support",
                "title": "Children and family support",
                "summary": (
                    "How to plan for the children of VETOs and returnees, and how family members can support "
                    "the whole continuum."
                ),
                "outcomes": ["GS-3", "GS-5"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Children have their own rights and needs</h2>"
                            "<p>The children of VETOs and returnees are, first of all, children. Many were "
                            "born in or taken to conflict zones, lived in camps, lost a parent and missed "
                            "years of school. Others grow up in the Western Balkans with a father in prison "
                            "and a family that the neighbourhood avoids. They are not offenders and should "
                            "not be treated as security cases. Their wellbeing is also one of the strongest "
                            "reasons parents give for turning away from violent extremism.</p>"
                            "<p>Regional practitioners have called for specialised programmes for women and "
                            "children, with particular emphasis on education and adequate mental health "
                            "support. Prison and probation staff are rarely the lead agency for children, "
                            "but they see the parents every day and can make or break the link with the "
                            "services that are.</p>"
                            "<h3>What staff can do</h3>"
                            "<ul><li>Make child-friendly visits possible: suitable visiting areas, times "
                            "that fit school hours, and searches carried out with care.</li>"
                            "<li>Ask parents about their children and pass needs on to the social welfare "
                            "centre, with consent where possible.</li>"
                            "<li>Help imprisoned parents keep in contact through letters, calls and "
                            "parenting courses.</li>"
                            "<li>Make sure release plans cover schooling, health care and the child's place "
                            "in the household.</li>"
                            "<li>Refer children who show signs of trauma to specialised mental health "
                            "services.</li></ul>"
                            "<h3>Family members as support</h3>"
                            "<p>Grandparents, siblings and other relatives often carry the weight of caring "
                            "for the children and supporting the offender. Identifying one reliable family "
                            "member and supporting that person, with information, socioeconomic help and "
                            "mental health support, has proved effective in building trust and preparing the "
                            "return. In many families the person best placed to support rehabilitation is a "
                            "woman, a mother or a sister, whose influence is easily overlooked by "
                            "institutions that mostly talk to men. Families should be reached before release "
                            "and prepared for what will change.</p>"
                            "<p>Communities matter too. Religious leaders and faith-based organisations, "
                            "schools and civil society organisations can help children and families to be "
                            "accepted, especially in small or rural communities where professional support "
                            "is thin.</p>"
                        ),
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Children along the continuum",
                            "points": [
                                "Children are rights-holders, not security cases.",
                                "Education and mental health support are priorities for returnee children.",
                                (
                                    "Contact during imprisonment supports both the child and the parent's "
                                    "rehabilitation."
                                ),
                                "Release plans should include the children from the start.",
                            ],
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "A father, his daughters and the visiting room",
                            "situation": (
                                "<p>Sead, 44, is serving the last two years of a sentence for terrorism "
                                "offences in a prison in Montenegro. His daughters, aged 8 and 11, live with "
                                "their grandmother, Fadila; their mother died in Syria. The girls have "
                                "stopped visiting: the older one was upset by the search procedure, and the "
                                "younger one is afraid of the uniformed officers. Fadila tells the prison "
                                "social worker that the older girl is being bullied at school because of her "
                                "father. Sead has become withdrawn and has stopped attending his education "
                                "classes.</p>"
                            ),
                            "questions": [
                                "What could the prison change to make visits possible again?",
                                (
                                    "Which services should support the girls, and how can the prison help "
                                    "connect them?"
                                ),
                                (
                                    "How might restored contact with his daughters affect Sead's engagement "
                                    "and his release preparation?"
                                ),
                            ],
                            "facilitator_notes": (
                                "<p>Strong answers include a review of how children are searched, a "
                                "child-friendly visiting arrangement (a suitable room and briefed officers, "
                                "for example), and referral of the older girl to school support and "
                                "psychological help through the social welfare centre. Fadila is the obvious "
                                "family contact and needs support herself.</p>"
                                "<p>Pitfalls: reading Sead's withdrawal only as a risk indicator, or arguing "
                                "that visiting arrangements cannot change for 'this category' of prisoner. "
                                "Security checks on visitors remain necessary; the question is how they are "
                                "carried out with children. In the debrief, connect the girls' wellbeing "
                                "with Sead's motivation and with dynamic security: the officer who notices "
                                "that the visits have stopped, and asks why, is practising both.</p>"
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "What is the most appropriate first response when staff learn that a VETO's "
                                "child is struggling at school?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Record it in the security file as a possible sign of radicalisation "
                                        "in the family."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Tell the parent that family matters are not the prison's concern."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "With consent where possible, inform the social welfare centre so "
                                        "that the school and support services can help the child."
                                    ),
                                    "correct": True,
                                },
                            ],
                            "explanation": (
                                "Children's needs should be met by the services responsible for children, "
                                "and prison staff can provide the link. Treating a child's difficulties as a "
                                "security matter stigmatises the child and damages trust."
                            ),
                        },
                    ),
                ],
            },
            {
                "slug": "gender-stereotypes-in-practice",
                "title": "Gender stereotypes in daily practice",
                "summary": (
                    "How stereotypes held by clients and by staff affect the continuum, including male VETOs "
                    "who refuse to work with female professionals."
                ),
                "outcomes": ["GS-4", "GS-5"],
                "body": [
                    (
                        "text",
                        (
                            "<h2>Stereotypes on both sides of the desk</h2>"
                            "<p>Practitioners in the region report that gender stereotypes affect the "
                            "prison-exit continuum. One example comes up again and again: male VETOs who are "
                            "reluctant, or refuse outright, to work with female social workers, "
                            "psychologists or probation officers. Because many of these professionals are "
                            "women, the refusal can block access to support exactly when it is most needed, "
                            "around release.</p>"
                            "<p>Staff hold stereotypes too. Common ones include assuming that women "
                            "returnees are naive victims who need no assessment, or, on the contrary, that "
                            "any woman who travelled is a hardened extremist; assuming that female officers "
                            "cannot handle difficult male prisoners; or giving women staff only the 'soft' "
                            "tasks. Each of these distorts risk assessment and wastes professional skill.</p>"
                            "<h3>When a client refuses a female professional</h3>"
                            "<p>There is no single right answer, but there are principles. The institution "
                            "decides who delivers a service, based on professional competence and the needs "
                            "of the case. A female practitioner should not be withdrawn simply because a "
                            "client objects to her gender, since that rewards and confirms the attitude. "
                            "Engagement still matters, though, and refusing all flexibility may leave the "
                            "person with no support at all. A workable path often includes:</p>"
                            "<ol><li>exploring the reason for the refusal, which may be religious "
                            "conviction, shame, past experience or a test of the institution;</li>"
                            "<li>explaining calmly the practitioner's role and that staff are assigned on "
                            "competence;</li>"
                            "<li>offering adjustments that respect the person without excluding the "
                            "professional, such as joint sessions with a male colleague at first, or a "
                            "different setting;</li>"
                            "<li>involving a respected third party, such as a prison imam, who can explain "
                            "that working with a female professional is acceptable;</li>"
                            "<li>supporting the female practitioner, whose safety and professional standing "
                            "must be protected.</li></ol>"
                            "<p>Managers should make sure such decisions are taken by the team, documented "
                            "and reviewed, and not left to the individual practitioner.</p>"
                        ),
                    ),
                    (
                        "do_dont",
                        {
                            "heading": "Responding to a gender-based refusal",
                            "do": [
                                "Ask calmly what lies behind the refusal.",
                                (
                                    "Keep staffing decisions with the institution, based on competence and "
                                    "case needs."
                                ),
                                "Offer reasonable adjustments and review them over time.",
                                "Back female colleagues openly, and debrief with them.",
                            ],
                            "dont": [
                                "Automatically replace the female practitioner with a male one.",
                                "Treat the refusal as proof of high risk without further assessment.",
                                "Argue theology with the client yourself.",
                                "Leave a colleague to deal with hostility alone.",
                            ],
                        },
                    ),
                    (
                        "quote",
                        {
                            "quote": (
                                "The first time he refused to speak to me, the easy answer was to send my "
                                "male colleague. Instead we went together for two sessions. By the third, he "
                                "was talking to me directly."
                            ),
                            "attribution": "Social worker, Albania",
                        },
                    ),
                    (
                        "scenario",
                        {
                            "title": "'I will not talk to a woman'",
                            "situation": (
                                "<p>Ilir, 36, will be released from a prison in Albania in four months after "
                                "serving a sentence for terrorism offences. The local social welfare office "
                                "has assigned Elona, an experienced social worker, to coordinate his support "
                                "after release. At their first meeting in the prison, Ilir refuses to enter "
                                "the room, saying he 'will not discuss his life with a woman'. The office "
                                "has only one male social worker, who is already overloaded and has no "
                                "experience with VETOs. Elona's manager asks the prison for advice.</p>"
                            ),
                            "questions": [
                                (
                                    "What options do the social welfare office and the prison have, and what "
                                    "are the risks of each?"
                                ),
                                "How could the prison's own staff, including the imam, help?",
                                "How should Elona be supported?",
                            ],
                            "facilitator_notes": (
                                "<p>The aim is to move beyond a simple 'replace her or force him' debate. "
                                "Good answers explore why Ilir refuses, propose a transitional arrangement "
                                "such as joint sessions with a prison psychologist or an officer Ilir "
                                "trusts, and consider asking the prison imam to talk with him. Elona should "
                                "remain the coordinator if she is the right professional for the case.</p>"
                                "<p>Pitfalls: some participants will see the refusal only as a sign of "
                                "extremism, others will see accommodating it as natural. Remind the group "
                                "that the refusal can have many causes and that any arrangement should be "
                                "reviewed after a few weeks. Discuss Elona's safety and wellbeing "
                                "explicitly. In the debrief, return to the reflection from the first module: "
                                "which stereotypes did participants find in their own thinking?</p>"
                            ),
                        },
                    ),
                    (
                        "self_check",
                        {
                            "question": (
                                "A male VETO refuses to work with his female probation officer. Which "
                                "response best reflects good practice?"
                            ),
                            "options": [
                                {
                                    "text": (
                                        "Assign a male officer immediately so that the relationship starts "
                                        "well."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Record the refusal as a breach of conditions and recall him to "
                                        "prison."
                                    ),
                                    "correct": False,
                                },
                                {
                                    "text": (
                                        "Explore his reasons, keep the staffing decision with the service, "
                                        "and offer reasonable adjustments such as an initial joint session."
                                    ),
                                    "correct": True,
                                },
                            ],
                            "explanation": (
                                "Understanding the refusal and offering adjustments keeps the person engaged "
                                "without confirming the stereotype. The service, not the client, decides who "
                                "is competent to do the work."
                            ),
                        },
                    ),
                ],
            },
        ],
    },
]
