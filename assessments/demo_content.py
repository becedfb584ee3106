"""Demonstration assessment content: each demo curriculum's instruments and evaluation plan, and
four demo cohorts whose synthetic answers `assessments.demo` generates.

The questions are written from the demo curricula (`curricula.demo_content`) and from the facts of
the RAN conclusion paper "Working with violent extremist or terrorist offenders along the
prison-exit continuum" (30 March 2022); the participants and their answers are synthetic. Every
instrument and cohort made from this module is marked as demo data, and its title says "(demo)".

This module is pure data with no Django import. Its parts:

- ``EVALUATIONS``: one dict per curriculum (by slug) with its ``knowledge`` test, ``confidence``
  scale, ``reaction`` survey, optional ``behaviour`` follow-up and ``follow_up`` ("retest",
  "behaviour" or None). Each instrument is a dict with ``slug``, ``title``, ``kind``,
  ``instructions``, ``feedback_policy`` and ``items``: ``(block_type, value)`` tuples ready for
  the ``Instrument.items`` StreamField.
- ``ITEM_BEHAVIOUR``: how synthetic participants answer each knowledge item: the chance of a right
  answer before the training (for a participant of average ability), its change after the
  training, how strongly it depends on ability (``discrimination``; 0 = not at all, negative = the
  more able get it wrong more often) and, for a few items, the distractor (``trap``) that draws
  most wrong answers.
- ``LIKERT_BEHAVIOUR``: for Likert items, an offset from the participant's level and the share of
  the participant's confidence gain the item shows after the training.
- ``WEAK_ITEMS``: the two items per test written to need rewriting, and why: one too easy (facility
  near 1 before and after), one ambiguous (the better-informed choose a defensible distractor, so
  its discrimination is negative and it gets worse after the training).
- ``COHORTS``: the demo cohorts, with who takes part and how the synthetic group behaves; social
  workers among them often come from ``welfare_institutions`` rather than ``institutions``.
"""

AGREEMENT = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
FREQUENCY = ["Never", "Rarely", "Sometimes", "Often", "Always"]

KNOWLEDGE_INSTRUCTIONS = (
    "Answer every question on your own, without notes. The same questions are asked before and after the "
    "training so that the change can be measured: a low score before the training is normal and expected. "
    "When you submit, you see your score; the right answers are discussed in the closing session. "
    "(Demo instrument: the questions are real, the answers in the reports are synthetic.)"
)
CONFIDENCE_INSTRUCTIONS = (
    "How far do you agree with each statement about your own work? There are no right or wrong answers, "
    "and nobody is judged on them: the same statements are asked before and after the training. "
    "(Demo instrument.)"
)
REACTION_INSTRUCTIONS = (
    "Tell us what you thought of the training, so that the next group gets a better one. Your answers are "
    "anonymous to the trainers. (Demo instrument.)"
)


def _single(code, outcome, theme, prompt, options, correct, feedback) -> tuple[str, dict]:
    """A single-choice item; `correct` is the index of the right option."""
    return (
        "single_choice",
        {
            "code": code,
            "prompt": prompt,
            "outcome": outcome,
            "theme": theme,
            "points": 1,
            "feedback": feedback,
            "options": [{"label": label, "correct": i == correct} for i, label in enumerate(options)],
        },
    )


def _multiple(code, outcome, theme, prompt, options, feedback) -> tuple[str, dict]:
    """A partial-credit item; `options` are (label, credit) pairs."""
    return (
        "multiple_choice",
        {
            "code": code,
            "prompt": prompt,
            "outcome": outcome,
            "theme": theme,
            "points": 1,
            "feedback": feedback,
            "options": [{"label": label, "credit": credit} for label, credit in options],
        },
    )


def _true_false(code, outcome, theme, prompt, answer: bool, feedback) -> tuple[str, dict]:
    return (
        "true_false",
        {
            "code": code,
            "prompt": prompt,
            "outcome": outcome,
            "theme": theme,
            "points": 1,
            "feedback": feedback,
            "correct_answer": "true" if answer else "false",
        },
    )


def _likert(code, prompt, *, scale, labels=AGREEMENT, outcome="", reverse=False) -> tuple[str, dict]:
    return (
        "likert",
        {
            "code": code,
            "prompt": prompt,
            "outcome": outcome,
            "theme": "",
            "feedback": "",
            "scale": scale,
            "scale_points": str(len(labels)),
            "labels": list(labels),
            "reverse_coded": reverse,
        },
    )


def _short_text(code, prompt) -> tuple[str, dict]:
    return ("short_text", {"code": code, "prompt": prompt, "outcome": "", "theme": "", "feedback": ""})


def _reaction_items(prefix: str, topic: str) -> list[tuple[str, dict]]:
    return [
        _likert(f"{prefix}-01", f"The training on {topic} was relevant to my daily work.", scale="Reaction"),
        _likert(f"{prefix}-02", "I will be able to use what I learned in my job.", scale="Reaction"),
        _likert(f"{prefix}-03", "The scenarios and discussions kept me engaged.", scale="Reaction"),
        _likert(
            f"{prefix}-04", "The trainers explained things clearly and answered questions.", scale="Reaction"
        ),
        _likert(f"{prefix}-05", "I would recommend this training to a colleague.", scale="Reaction"),
        _short_text(f"{prefix}-06", "What would you change?"),
    ]


# --- Rapport building and trust -------------------------------------------------------------------

RAPPORT_KNOWLEDGE = [
    _single(
        "RB-01",
        "RB-1",
        "rapport-building",
        (
            "A VETO who arrived three weeks ago answers officers in single words and has declined every "
            "activity offered. What does this most likely tell you?"
        ),
        [
            "That he is planning violence and should be moved to a stricter regime.",
            (
                "That he is at the usual starting point of an involuntary relationship with an institution "
                "he distrusts."
            ),
            "That rehabilitation will not work for him and effort is better spent elsewhere.",
            "That the officers on his wing have handled him badly.",
        ],
        1,
        (
            "Suspicion and minimal cooperation are the normal baseline with VETOs, who often see the prison "
            "as the face of a hostile state. Record it, keep contact consistent and transparent, and do not "
            "read it as evidence of risk on its own."
        ),
    ),
    _true_false(
        "RB-02",
        "RB-1",
        "rapport-building",
        (
            "Fear that anything said may end up in a security file or a court report is one reason VETOs "
            "avoid talking to staff, and being open about what you record can reduce it."
        ),
        True,
        (
            "True. Fear of consequences is one of the parts of reluctance that staff can actually influence: "
            "say what you write down, why, and who may read it."
        ),
    ),
    _single(
        "RB-03",
        "RB-2",
        "rapport-building",
        "Which of these is most likely to build trust with a suspicious VETO over several months?",
        [
            "Keeping small practical commitments on time, and saying plainly when a request is refused.",
            "Sharing details of your own life so that he sees you are on his side.",
            "Granting him small privileges that other prisoners do not get.",
            "Promising to support his application for early release.",
        ],
        0,
        (
            "Trust grows from reliability and honesty about limits, tested against your behaviour over time. "
            "Special treatment breaks fairness, and promises you do not control eventually break trust."
        ),
    ),
    _single(
        "RB-04",
        "RB-2",
        "rapport-building",
        "Which of these is one of the ingredients of trust described in the training?",
        [
            "Reliability: doing what you said you would do, when you said you would do it.",
            "Threatening to withdraw visits until the person cooperates.",
            "Ignoring requests from prisoners who will not talk to staff.",
            "Correcting the person in front of other prisoners.",
        ],
        0,
        (
            "Reliability is one of the four ingredients, with honesty about limits, fairness and respect. "
            "The other options damage trust."
        ),
    ),
    _single(
        "RB-05",
        "RB-3",
        "human-rights-based-interviewing",
        (
            "A shift supervisor must interview a VETO about a fight in the exercise yard. Which opening is "
            "most likely to produce a full and reliable account?"
        ),
        [
            "'Why did you attack him?'",
            "'We already know you started it, so you may as well tell me.'",
            "'Tell me what happened in the yard this afternoon, from the beginning.'",
            "'Was it about religion again?'",
        ],
        2,
        (
            "An open invitation to give a free account lets the person shape the story and gives you more to "
            "work with. Accusing or leading questions invite denial and end the conversation."
        ),
    ),
    _multiple(
        "RB-06",
        "RB-3",
        "human-rights-based-interviewing",
        "Which of these belong to a human-rights-based investigative interview?",
        [
            ("Explaining the purpose, the person's rights and what will be recorded.", 0.5),
            ("Letting the person give a free account before asking detailed questions.", 0.5),
            ("Presenting the interview as an informal chat so that the person relaxes.", -0.5),
            ("Holding the interview in the unit office rather than in a visits room.", 0.0),
        ],
        (
            "Engage and explain, then invite a free account: both are part of the PEACE structure. "
            "Disguising an interview as a chat is a trick that, once discovered, teaches the whole wing that "
            "talking to staff is dangerous. The room matters less than how the conversation is conducted."
        ),
    ),
    _single(
        "RB-07",
        "RB-3",
        "human-rights-based-interviewing",
        "In the PEACE model of interviewing, what does the E stand for?",
        [
            "Engage and explain.",
            "Evaluation.",
            "Evidence.",
            "Escalation.",
        ],
        0,
        (
            "The second step of PEACE is Engage and explain: introduce yourself and explain the purpose, the "
            "person's rights and what will be recorded."
        ),
    ),
    _single(
        "RB-08",
        "RB-4",
        "staff-training",
        (
            "An officer who has been a VETO's key worker for two years will be transferred in two weeks. "
            "What best protects the relationship?"
        ),
        [
            "Telling the prisoner nothing until the day, to avoid unrest.",
            "Rotating a different officer each week so that he does not depend on one person.",
            (
                "A planned handover: a joint meeting where she introduces her successor, and a note on "
                "commitments still open."
            ),
            "Passing the risk flags from the security file to the new officer.",
        ],
        2,
        (
            "Continuity by design: the outgoing officer introduces the newcomer in person and says that "
            "commitments will be kept. Risk flags alone say nothing about what the person responds to."
        ),
    ),
    _true_false(
        "RB-09",
        "RB-4",
        "staff-training",
        (
            "A handover note on a VETO should contain only security information, so that nothing personal is "
            "passed between officers."
        ),
        False,
        (
            "False. A useful handover covers open commitments, what works in communicating with the person, "
            "the family situation and the staff they trust. Security information is passed on separately, "
            "through the proper channel."
        ),
    ),
    _single(
        "RB-10",
        "RB-5",
        "rapport-building",
        "A VETO has refused every programme for months. Which approach is helpful rather than pushy?",
        [
            "Reminding him of the programme at every contact until he agrees.",
            (
                "Solving a practical problem he has raised himself, such as a delayed visit request, and "
                "leaving the door open for later."
            ),
            "Making his library access depend on joining the programme.",
            "Starting a debate about his religious views to show interest.",
        ],
        1,
        (
            "For a suspicious person, pressure confirms a hidden agenda. Make help visible and available, "
            "start with practical matters, and let the person come to the bigger conversations."
        ),
    ),
    _multiple(
        "RB-11",
        "RB-6",
        "family-engagement",
        "Which of these are good practice when working with a VETO's family contact?",
        [
            ("Asking the prisoner's consent before approaching relatives.", 0.5),
            ("Offering concrete help or referrals, for example on schooling or health care.", 0.5),
            ("Asking the relative to report what the prisoner says during visits.", -0.5),
            ("Holding the first meeting at the prison rather than at the family's home.", 0.0),
        ],
        (
            "Consent and concrete support build the working relationship. Treating relatives as informants "
            "destroys it, and puts them at risk. Where the first meeting takes place depends on the case."
        ),
    ),
    _single(
        "RB-12",
        "RB-6",
        "family-engagement",
        "Practitioners in the region found that work with a VETO's family is most effective when staff:",
        [
            "send every relative the same information letter about the prison's rules.",
            "identify one reliable family member who supports rehabilitation, and support that person too.",
            "wait for the family to come forward after release.",
            "deal only with relatives who have never been in contact with extremist groups.",
        ],
        1,
        (
            "One dependable person, backed with educational, socioeconomic, medical or psychological "
            "support, helps staff understand the prisoner and plan concrete steps for release, well before "
            "the date."
        ),
    ),
]

RAPPORT_CONFIDENCE = [
    _likert(
        "RBC-01",
        "I can explain to a colleague why many VETOs are suspicious of prison staff.",
        scale="Confidence",
        outcome="RB-1",
    ),
    _likert(
        "RBC-02",
        "When a VETO refuses contact, I know how to respond without taking it personally.",
        scale="Confidence",
        outcome="RB-2",
    ),
    _likert(
        "RBC-03",
        "I can lead a conversation about an incident with open questions, without pressure or threats.",
        scale="Confidence",
        outcome="RB-3",
    ),
    _likert(
        "RBC-04",
        "I find it hard to offer help to a reluctant prisoner without sounding pushy.",
        scale="Confidence",
        outcome="RB-5",
        reverse=True,
    ),
    _likert(
        "RBC-05",
        "I could write a handover note that helps a colleague keep a relationship with a VETO going.",
        scale="Confidence",
        outcome="RB-4",
    ),
    _likert(
        "RBC-06",
        "I would not know how to approach a VETO's family member.",
        scale="Confidence",
        outcome="RB-6",
        reverse=True,
    ),
]

# --- Dynamic security in daily practice -----------------------------------------------------------

DYNAMIC_SECURITY_KNOWLEDGE = [
    _single(
        "DS-01",
        "DS-1",
        "dynamic-security",
        "Which of these is dynamic security, rather than physical or procedural security?",
        [
            "Cameras covering every corner of the exercise yard.",
            "A cell search on the same day every week.",
            (
                "An officer who talks with prisoners every day notices that one has stopped calling his "
                "family, and records it."
            ),
            "Placing prisoners in units according to their offence.",
        ],
        2,
        (
            "Dynamic security is the awareness staff gain by knowing prisoners as individuals. Cameras are "
            "physical security; searches and classification are procedural."
        ),
    ),
    _true_false(
        "DS-02",
        "DS-1",
        "dynamic-security",
        "Dynamic security depends on staff having regular, professional contact with prisoners.",
        True,
        "True. Without everyday contact there is nothing to notice, and nothing to record.",
    ),
    _true_false(
        "DS-03",
        "DS-1",
        "dynamic-security",
        "Dynamic security means overlooking minor rule breaking to stay on good terms with prisoners.",
        False,
        (
            "False. Dynamic security is not friendship and does not lower standards: fair and consistent "
            "treatment, including for rule breaking, is part of it."
        ),
    ),
    _single(
        "DS-04",
        "DS-2",
        "dynamic-security",
        "Which of these observations deserves attention as a possible sign of change?",
        [
            "A prisoner grows a beard.",
            "A prisoner prays five times a day.",
            "A prisoner reads religious texts in his cell.",
            "A prisoner starts pressing others on the wing to follow his rules on dress and prayer.",
        ],
        3,
        (
            "Lawful religious practice is not, on its own, a sign of radicalisation; treating it as one is "
            "discriminatory and wastes attention. Controlling or pressuring other prisoners is a behavioural "
            "change worth recording."
        ),
    ),
    _single(
        "DS-05",
        "DS-2",
        "dynamic-security",
        "Which entry in the wing log is most useful to colleagues?",
        [
            "'Seems more radical lately.'",
            (
                "'Has not attended the carpentry workshop since 3 May; refused visits from his sister on 10 "
                "and 17 May; says he is tired.'"
            ),
            "'Typical behaviour for a terrorism prisoner.'",
            "'Keep an eye on him.'",
        ],
        1,
        (
            "A good record is dated, specific and factual, and keeps what happened apart from "
            "interpretation. Labels without facts cannot be checked or acted upon."
        ),
    ),
    _multiple(
        "DS-06",
        "DS-2",
        "dynamic-security",
        "Which of these belong in a good observation record?",
        [
            ("The date, the place and who was involved.", 0.5),
            ("What the person said, in their own words where possible.", 0.5),
            ("Your impression of how radical the person has become.", -0.5),
            ("The name of the officer in charge of the shift.", 0.0),
        ],
        (
            "Facts that colleagues can check and act on: when, where, who and what was said. An impression "
            "of 'how radical' someone is, written without the facts behind it, is a label, not an "
            "observation."
        ),
    ),
    _single(
        "DS-07",
        "DS-3",
        "dynamic-security",
        "Under the principle of normality in the European Prison Rules, life in prison should:",
        [
            "be uncomfortable enough to deter reoffending.",
            "resemble the positive aspects of life in the community as closely as possible.",
            "be the same for every prisoner, whatever the individual risk assessment says.",
            "depend on how far the prisoner cooperates with investigations.",
        ],
        1,
        (
            "Normality: work, learning, family contact and dignity help a person see a future after release "
            "and make engagement in programmes more likely. A degrading regime confirms the extremist story."
        ),
    ),
    _single(
        "DS-08",
        "DS-3",
        "dynamic-security",
        (
            "Four men convicted of terrorism offences have spent two years on a separate unit, 23 hours a "
            "day in their cells, without any review. One has asked repeatedly to join the education "
            "programme. What should the new unit manager do first?"
        ),
        [
            "Request an individual review of each man's placement and restrictions.",
            "Open the education programme to the man who has asked to join.",
            "Keep the regime as it is, since there have been no incidents.",
            "Move all four men to the general population the same week.",
        ],
        0,
        (
            "Restrictions should follow an individual risk assessment and be reviewed regularly, not applied "
            "to everyone with a terrorism conviction. The review is also the way to open education to those "
            "for whom it is safe."
        ),
    ),
    _single(
        "DS-09",
        "DS-4",
        "multi-agency-cooperation",
        (
            "What does a social welfare centre most need from the prison's report on a VETO about to be "
            "released?"
        ),
        [
            "A copy of the court judgment.",
            "The full security intelligence file.",
            (
                "Individual, dated examples of engagement, changes over time, the family situation and "
                "practical needs on release."
            ),
            "A standard paragraph on the risks posed by terrorism offenders.",
        ],
        2,
        (
            "Receiving institutions plan support from individual information. Practitioners in Kosovo* have "
            "criticised release reports that are generic; security intelligence goes only to those entitled "
            "to it, through designated channels."
        ),
    ),
    _true_false(
        "DS-10",
        "DS-4",
        "multi-agency-cooperation",
        (
            "Civil society organisations that support a released VETO should receive the prison's security "
            "intelligence on that person, so that they can work safely."
        ),
        False,
        (
            "False. Non-institutional actors can play important roles but do not need, and should not "
            "receive, security intelligence. Agree in advance, with a legal basis, who receives what."
        ),
    ),
    _single(
        "DS-11",
        "DS-5",
        "release-preparation",
        (
            "In Kosovo*, how long before release does the correctional service send the Division for "
            "Prevention and Reintegration of Radicalized Persons information and an individual plan for each "
            "imprisoned FTF?"
        ),
        ["Eight days.", "One month.", "Three months.", "One year."],
        2,
        (
            "Three months. That leaves the receiving institution time to contact the family, arrange "
            "documents and support, and prepare the community. Eight days is the figure reported from Bosnia "
            "and Herzegovina, and it is far too short."
        ),
    ),
    _multiple(
        "DS-12",
        "DS-5",
        "release-preparation",
        "Which of these should happen three to six months before a VETO's release?",
        [
            ("The individual release plan is shared with the institutions that will take over.", 0.5),
            ("Social workers and psychologists who will take over meet the person in prison.", 0.5),
            ("Contact with the family is paused so that the release is not disrupted.", -0.5),
            ("The person's certificates from prison education are printed.", 0.0),
        ],
        (
            "Receiving professionals need the plan, and time to meet the person while still in prison. "
            "Family contact should intensify before release, not stop."
        ),
    ),
]

DYNAMIC_SECURITY_CONFIDENCE = [
    _likert(
        "DSC-01",
        "I can explain how dynamic security differs from physical and procedural security.",
        scale="Confidence",
        outcome="DS-1",
    ),
    _likert(
        "DSC-02",
        "I can tell lawful religious practice apart from behaviour that deserves attention.",
        scale="Confidence",
        outcome="DS-2",
    ),
    _likert(
        "DSC-03",
        "I can write an observation that is factual, dated and useful to colleagues.",
        scale="Confidence",
        outcome="DS-2",
    ),
    _likert(
        "DSC-04",
        "I am unsure what I may share with social welfare centres and probation about a prisoner.",
        scale="Confidence",
        outcome="DS-4",
        reverse=True,
    ),
    _likert(
        "DSC-05",
        "I can contribute to a release plan months, not days, before release.",
        scale="Confidence",
        outcome="DS-5",
    ),
    _likert(
        "DSC-06",
        "I feel able to question a restriction that excludes a VETO from work or education by default.",
        scale="Confidence",
        outcome="DS-3",
    ),
]

DYNAMIC_SECURITY_BEHAVIOUR = [
    _likert(
        "DSB-01",
        (
            "In the last month, how often did you greet and speak with every prisoner on your unit during a "
            "shift?"
        ),
        scale="Practice",
        labels=FREQUENCY,
        outcome="DS-2",
    ),
    _likert(
        "DSB-02",
        "How often did you record an observation with the date, the place and what was said?",
        scale="Practice",
        labels=FREQUENCY,
        outcome="DS-2",
    ),
    _likert(
        "DSB-03",
        "How often did you record a positive change in a prisoner's behaviour, not only a worrying one?",
        scale="Practice",
        labels=FREQUENCY,
        outcome="DS-2",
    ),
    _likert(
        "DSB-04",
        "How often did you pass a concern through the agreed reporting channel on the same day?",
        scale="Practice",
        labels=FREQUENCY,
        outcome="DS-1",
    ),
    _likert(
        "DSB-05",
        (
            "How often did you discuss a prisoner's release preparation with probation or a social welfare "
            "centre?"
        ),
        scale="Practice",
        labels=FREQUENCY,
        outcome="DS-5",
    ),
    _short_text(
        "DSB-06",
        "Describe one situation in which you used something from the training, or tried to and could not.",
    ),
]

# --- Gender-sensitive approaches ------------------------------------------------------------------

GENDER_KNOWLEDGE = [
    _single(
        "GS-01",
        "GS-1",
        "gender-sensitive-approaches",
        "Why are there very few convicted women VETOs in most of the Western Balkans?",
        [
            "Women from the region did not travel to Syria and Iraq.",
            "The general approach has been not to prosecute women returning from conflict zones.",
            "Women returnees have all been tried in the countries where they lived abroad.",
            "Women are tried only before juvenile and family courts.",
        ],
        1,
        (
            "Most countries in the region chose not to prosecute returning women. Kosovo* is the exception. "
            "Many women connected to extremism therefore live in the community, not in prison."
        ),
    ),
    _single(
        "GS-02",
        "GS-1",
        "gender-sensitive-approaches",
        "Roughly how many women returnees were indicted in Kosovo*, and how many pleaded guilty?",
        [
            "About 20 were indicted and 16 pleaded guilty.",
            "About 200 were indicted and 160 pleaded guilty.",
            "None: women returnees were not prosecuted.",
            "About 20 were indicted and all were acquitted.",
        ],
        0,
        (
            "An estimated 20 women returnees were indicted in Kosovo*, and 16 pleaded guilty to charges such "
            "as organising and participating in a terrorist group."
        ),
    ),
    _true_false(
        "GS-03",
        "GS-4",
        "gender-sensitive-approaches",
        (
            "A woman returnee can be treated as a passive victim unless there is evidence that she took part "
            "in fighting."
        ),
        False,
        (
            "False. Women's roles range from victim to active member, recruiter or propagandist. Assessment "
            "should explore each woman's path without deciding in advance, in either direction."
        ),
    ),
    _single(
        "GS-04",
        "GS-2",
        "socioeconomic-support",
        (
            "A returnee's rent is paid by people from her imprisoned husband's former circle, and she "
            "carries messages for them when she visits him. What is the most useful first step for her "
            "social worker?"
        ),
        [
            "Reporting her to the police as a member of the network.",
            "Telling her that any support depends on ending contact with her husband.",
            (
                "Mapping her household's income and offering realistic help with documents, benefits and "
                "childcare, coordinated with the social welfare centre."
            ),
            "Promising her a job so that she can leave the network at once.",
        ],
        2,
        (
            "Economic dependence can leave a woman with no real choice. Realistic, coordinated support opens "
            "another path; promises that are not confirmed destroy trust when they fail."
        ),
    ),
    _true_false(
        "GS-05",
        "GS-2",
        "socioeconomic-support",
        "Economic support builds trust only if it arrives as promised.",
        True,
        (
            "True. Weak communication between institutions has at times created unrealistic expectations in "
            "the region; explain clearly which support exists, for how long and on what conditions."
        ),
    ),
    _multiple(
        "GS-06",
        "GS-3",
        "family-engagement",
        "What should the release plan of a VETO with young children include?",
        [
            ("Schooling and health care for the children.", 0.5),
            ("Referral of a child who shows signs of trauma to specialised mental health services.", 0.5),
            ("A note on each child in the parent's security file.", -0.5),
            ("The children's favourite after-school activities.", 0.0),
        ],
        (
            "Children are rights-holders, not security cases: education and mental health support are the "
            "priorities practitioners in the region name for them."
        ),
    ),
    _single(
        "GS-07",
        "GS-3",
        "family-engagement",
        (
            "A VETO's two daughters have stopped visiting him: the older one was upset by the search, the "
            "younger one is afraid of the uniforms. What should the prison consider first?"
        ),
        [
            "Ending visits by children, since they are not compulsory.",
            "Asking the father to persuade his daughters to come back.",
            (
                "Reviewing how children are searched and arranging a child-friendly visiting space with "
                "briefed officers."
            ),
            "Nothing: procedures cannot change for prisoners of this category.",
        ],
        2,
        (
            "Security checks remain necessary; the question is how they are carried out with children. "
            "Contact with the children supports both them and the father's rehabilitation."
        ),
    ),
    _single(
        "GS-08",
        "GS-4",
        "gender-sensitive-approaches",
        (
            "A male VETO says he 'will not discuss his life with a woman' and refuses to meet the social "
            "worker assigned to coordinate his release. What should the service do?"
        ),
        [
            "Replace her with the office's only male social worker, although he is overloaded.",
            "Record the refusal as proof of high risk.",
            (
                "Explore his reasons, keep the staffing decision with the service, and offer an adjustment "
                "such as joint sessions at first."
            ),
            "Ask her to keep coming back alone until he agrees.",
        ],
        2,
        (
            "Withdrawing the female professional rewards the attitude; refusing all flexibility can leave "
            "the person with no support. Explore, explain, adjust, review, and back the colleague."
        ),
    ),
    _single(
        "GS-09",
        "GS-4",
        "gender-sensitive-approaches",
        "When a client objects to a professional's gender, who should decide who works with the client?",
        [
            "The institution, on the basis of professional competence and the needs of the case.",
            "The case team, after exploring the client's objection, with the decision reviewed over time.",
            "The client, since engagement has to be voluntary.",
            "The most senior officer on duty that day.",
        ],
        0,
        (
            "Staffing decisions stay with the institution and rest on competence and case needs, not on the "
            "client's objection to a gender."
        ),
    ),
    _single(
        "GS-10",
        "GS-5",
        "family-engagement",
        (
            "Institutions that mostly talk to men easily overlook a family member who is often best placed "
            "to support a VETO's rehabilitation. Who is it, in many families?"
        ),
        [
            "A mother or a sister.",
            "A cousin living abroad.",
            "The family's lawyer.",
            "A former employer.",
        ],
        0,
        (
            "In many families a woman, a mother or a sister, carries the care of the children and the "
            "contact with the prisoner. Identifying and supporting her is part of a gender-sensitive "
            "approach."
        ),
    ),
    _true_false(
        "GS-11",
        "GS-5",
        "faith-based-engagement",
        (
            "In a small rural community with little professional support, religious leaders and faith-based "
            "organisations can help a returning family to be accepted."
        ),
        True,
        (
            "True. Practitioners stress cooperation with religious leaders and faith-based organisations, "
            "especially where local professionals have neither training nor support."
        ),
    ),
    _multiple(
        "GS-12",
        "GS-2",
        "socioeconomic-support",
        "Which kinds of support suit a returnee raising two young children alone?",
        [
            ("Help with identity documents and registering children born abroad.", 0.5),
            ("Vocational training scheduled at times that allow childcare.", 0.5),
            ("A cash allowance promised before any agency has confirmed it.", -0.5),
            ("A leaflet with the prison's visiting hours.", 0.0),
        ],
        (
            "Documents first, then training that fits the family's life. Unconfirmed promises create "
            "expectations that institutions cannot meet."
        ),
    ),
]

GENDER_CONFIDENCE = [
    _likert(
        "GSC-01",
        "I can describe the situation of women returnees in my country.",
        scale="Confidence",
        outcome="GS-1",
    ),
    _likert(
        "GSC-02",
        "I can recognise when economic dependence keeps a woman tied to an extremist network.",
        scale="Confidence",
        outcome="GS-2",
    ),
    _likert(
        "GSC-03",
        "I know which services to involve for the children of a VETO.",
        scale="Confidence",
        outcome="GS-3",
    ),
    _likert(
        "GSC-04",
        "I can respond well when a male client refuses to work with a female colleague.",
        scale="Confidence",
        outcome="GS-4",
    ),
    _likert(
        "GSC-05",
        "I find it hard to notice my own assumptions about women and men in my cases.",
        scale="Confidence",
        outcome="GS-4",
        reverse=True,
    ),
    _likert(
        "GSC-06",
        "I can involve family members and community actors while keeping the risks in view.",
        scale="Confidence",
        outcome="GS-5",
    ),
]


def _instruments(prefix: str, short_title: str, knowledge, confidence, topic: str) -> dict[str, dict]:
    return {
        "knowledge": {
            "slug": f"demo-{prefix}-knowledge",
            "title": f"{short_title}: knowledge test (demo)",
            "kind": "knowledge",
            "instructions": KNOWLEDGE_INSTRUCTIONS,
            "feedback_policy": "score",
            "items": knowledge,
        },
        "confidence": {
            "slug": f"demo-{prefix}-confidence",
            "title": f"{short_title}: confidence scale (demo)",
            "kind": "confidence",
            "instructions": CONFIDENCE_INSTRUCTIONS,
            "feedback_policy": "none",
            "items": confidence,
        },
        "reaction": {
            "slug": f"demo-{prefix}-reaction",
            "title": f"{short_title}: reaction survey (demo)",
            "kind": "reaction",
            "instructions": REACTION_INSTRUCTIONS,
            "feedback_policy": "none",
            "items": _reaction_items(f"{prefix.upper()}R", topic),
        },
    }


EVALUATIONS: list[dict] = [
    {
        "curriculum": "rapport-building-and-trust",
        **_instruments("rb", "Rapport building", RAPPORT_KNOWLEDGE, RAPPORT_CONFIDENCE, "rapport building"),
        "follow_up": "retest",  # the knowledge test again, 90 days after the post-test
        "follow_up_delay_days": 90,
    },
    {
        "curriculum": "dynamic-security-in-daily-practice",
        **_instruments(
            "ds",
            "Dynamic security",
            DYNAMIC_SECURITY_KNOWLEDGE,
            DYNAMIC_SECURITY_CONFIDENCE,
            "dynamic security",
        ),
        "behaviour": {
            "slug": "demo-ds-behaviour",
            "title": "Dynamic security: behaviour follow-up (demo)",
            "kind": "behaviour",
            "instructions": (
                "About three months have passed since the training. Think of your shifts in the last month "
                "and say how often you did each of these things. Honest answers help more than good ones. "
                "(Demo instrument.)"
            ),
            "feedback_policy": "none",
            "items": DYNAMIC_SECURITY_BEHAVIOUR,
        },
        "follow_up": "behaviour",
        "follow_up_delay_days": 90,
    },
    {
        "curriculum": "gender-sensitive-approaches",
        **_instruments(
            "gs",
            "Gender-sensitive approaches",
            GENDER_KNOWLEDGE,
            GENDER_CONFIDENCE,
            "gender-sensitive approaches",
        ),
        "follow_up": None,
        "follow_up_delay_days": 90,
    },
]

# --- How synthetic participants answer ------------------------------------------------------------


def _item(pre: float, change: float, discrimination: float = 1.8, trap: int | None = None) -> dict:
    return {"pre": pre, "change": change, "discrimination": discrimination, "trap": trap}


ITEM_BEHAVIOUR: dict[str, dict] = {
    "RB-01": _item(0.55, 0.25),
    "RB-02": _item(0.65, 0.15, 1.8),
    "RB-03": _item(0.50, 0.30, 1.7, trap=3),
    "RB-04": _item(0.95, 0.01, -0.8),  # too easy
    "RB-05": _item(0.40, 0.30, 1.6, trap=1),
    "RB-06": _item(0.35, 0.25),
    "RB-07": _item(0.50, -0.12, -1.2, trap=1),  # ambiguous: "Evaluation" is an E of PEACE too
    "RB-08": _item(0.50, 0.25, 2.0),
    "RB-09": _item(0.40, 0.35, 1.6),
    "RB-10": _item(0.55, 0.02, 1.7),  # barely moves
    "RB-11": _item(0.35, 0.25, 1.5),
    "RB-12": _item(0.50, 0.20, 1.8),
    "DS-01": _item(0.55, 0.20, 1.7),
    "DS-02": _item(0.95, 0.01, -0.8),  # too easy
    "DS-03": _item(0.65, 0.15, 1.8),
    "DS-04": _item(0.30, 0.35, 1.6, trap=0),
    "DS-05": _item(0.50, 0.25, 1.7),
    "DS-06": _item(0.35, 0.25),
    "DS-07": _item(0.40, 0.30, 1.7),
    "DS-08": _item(0.55, -0.15, -1.2, trap=1),  # two defensible answers
    "DS-09": _item(0.45, 0.25, 1.6, trap=1),
    "DS-10": _item(0.60, -0.05, 1.7),  # slightly worse
    "DS-11": _item(0.25, 0.35, 1.4, trap=0),
    "DS-12": _item(0.35, 0.25, 1.6),
    "GS-01": _item(0.45, 0.30, 1.7),
    "GS-02": _item(0.25, 0.35, 1.4, trap=2),
    "GS-03": _item(0.55, 0.03, 1.7),  # barely moves: the stereotype holds
    "GS-04": _item(0.45, 0.25, 1.7, trap=1),
    "GS-05": _item(0.95, 0.01, -0.8),  # too easy
    "GS-06": _item(0.35, 0.25),
    "GS-07": _item(0.50, 0.25, 1.7),
    "GS-08": _item(0.40, 0.30, 1.7, trap=0),
    "GS-09": _item(0.50, -0.15, -1.2, trap=1),  # two defensible answers
    "GS-10": _item(0.50, 0.02, 1.6),  # barely moves
    "GS-11": _item(0.65, 0.15, 1.8),
    "GS-12": _item(0.40, 0.20, 1.7),
}

WEAK_ITEMS: dict[str, str] = {
    "RB-04": (
        "Too easy: the wrong options are absurd, so nearly everybody answers right before and after the "
        "training; the few misses are slips, as likely from the strongest participants as from anyone. "
        "It measures nothing and cannot show a gain."
    ),
    "RB-07": (
        "Ambiguous: PEACE has two Es (Engage and explain; Evaluation), so participants who know the model "
        "best often choose 'Evaluation', which is marked wrong. Negative discrimination, and it gets worse "
        "after the training."
    ),
    "DS-02": (
        "Too easy: a true/false statement that gives its own answer away. Almost everybody is right before "
        "and after, and the few misses are slips that say nothing about ability."
    ),
    "DS-08": (
        "Two defensible answers: opening education to the man who asked is what the module argues for, so "
        "the better-informed choose it rather than the keyed 'individual review'. Negative discrimination, "
        "and it gets worse after the training."
    ),
    "GS-05": (
        "Too easy: a statement nobody would disagree with, answered right by almost everybody before and "
        "after; the few misses are slips that say nothing about ability."
    ),
    "GS-09": (
        "Two defensible answers: the module also says such decisions are taken by the team and reviewed, so "
        "the better-informed choose the 'case team' option. Negative discrimination, and it gets worse."
    ),
}

# Likert items: an offset from the participant's own level, and the share of their confidence gain
# that shows on the item after the training (1 = all of it). Codes not listed use (0, 1).
LIKERT_BEHAVIOUR: dict[str, dict] = {
    "RBC-01": {"offset": 0.3, "gain": 1.0},
    "RBC-02": {"offset": -0.2, "gain": 1.2},
    "RBC-03": {"offset": 0.1, "gain": 1.1},
    "RBC-04": {"offset": -0.3, "gain": 0.3},  # hardly moves
    "RBC-05": {"offset": -0.1, "gain": 1.0},
    "RBC-06": {"offset": -0.5, "gain": 1.3},
    "DSC-01": {"offset": 0.0, "gain": 1.2},
    "DSC-02": {"offset": -0.3, "gain": 1.3},
    "DSC-03": {"offset": 0.4, "gain": 0.6},
    "DSC-04": {"offset": -0.6, "gain": 1.0},
    "DSC-05": {"offset": -0.4, "gain": 0.9},
    "DSC-06": {"offset": -0.5, "gain": 0.2},  # hardly moves: not their decision
    "GSC-01": {"offset": -0.3, "gain": 1.3},
    "GSC-02": {"offset": -0.4, "gain": 1.1},
    "GSC-03": {"offset": 0.0, "gain": 1.0},
    "GSC-04": {"offset": -0.2, "gain": 1.2},
    "GSC-05": {"offset": 0.2, "gain": 0.3},  # hardly moves
    "GSC-06": {"offset": -0.1, "gain": 0.9},
    "RBR-01": {"offset": 0.2},
    "RBR-02": {"offset": 0.0},
    "RBR-03": {"offset": 0.3},
    "RBR-04": {"offset": 0.2},
    "RBR-05": {"offset": 0.0},
    "DSR-01": {"offset": 0.3},
    "DSR-02": {"offset": -0.2},
    "DSR-03": {"offset": -0.1},
    "DSR-04": {"offset": 0.2},
    "DSR-05": {"offset": 0.0},
    "GSR-01": {"offset": 0.1},
    "GSR-02": {"offset": -0.1},
    "GSR-03": {"offset": 0.3},
    "GSR-04": {"offset": 0.2},
    "GSR-05": {"offset": 0.1},
    "DSB-01": {"offset": 0.6},
    "DSB-02": {"offset": 0.0},
    "DSB-03": {"offset": -0.5},
    "DSB-04": {"offset": 0.3},
    "DSB-05": {"offset": -1.0},
}

# What participants write in the reaction survey's "What would you change?" and the behaviour
# follow-up's open question (answered by some, not all).
COMMENTS: dict[str, list[str]] = {
    "rapport-building-and-trust": [
        "More time for the interviewing role play; we only had one round each.",
        "Invite a probation officer so that we hear what happens after release.",
        "The family module should come earlier, it was the most useful.",
        "Shorter theory in the morning, more cases from our own prison.",
        "Nothing, it was the first training on this topic that was about our daily work.",
        "Translate the handouts into the local language before the session.",
        "A follow-up day after some months to discuss real cases.",
        "Mix officers from different shifts in the groups.",
        "The room was too small for the group exercises.",
        "More about what we are allowed to write down and who reads it.",
    ],
    "dynamic-security-in-daily-practice": [
        "More examples of good and bad log entries from real wings.",
        "Managers should attend too, because they decide on staffing.",
        "The online part was too long; the face-to-face days were better.",
        "Include the social welfare centre in the release planning session.",
        "A session on how to talk about religion without it becoming a debate.",
        "Keep the scenario with the four men on the separate unit, it started a real discussion.",
        "Less slides, more practice.",
        "We need the same training for the night shift.",
    ],
    "gender-sensitive-approaches": [
        "More about working with children, it is the part we know least about.",
        "Invite a women's organisation that works with returnees.",
        "The session on stereotypes should be longer; it was uncomfortable but useful.",
        "Case material from Albania would make it closer to our work.",
        "Clearer guidance on what we may share with schools.",
        "Mixed groups of probation officers and social workers worked well, keep them.",
        "A practical guide on benefits and documents for returnees.",
    ],
}

BEHAVIOUR_STORIES: list[str] = [
    "I started writing dates and exact words in the log; the night shift said it helped them.",
    "A prisoner stopped going to work. I asked him why instead of writing him up, and his mother was ill.",
    "I wanted to share my notes with the social welfare centre before a release, but nobody knew if I may.",
    "I greet everyone on my unit now. Two men who never spoke to staff ask me about their requests.",
    "We had a case review with probation three months before a release, the first time in our prison.",
    "I noted a positive change for the first time; the psychologist used it in her report.",
    "Not enough staff on the wing to talk with people, most days we only manage the counts.",
    "I reported pressure on younger prisoners the same day and the unit manager acted on it.",
]

# --- Cohorts --------------------------------------------------------------------------------------

PRISON_ROLES = {
    "prison_officer": 14,
    "psychologist": 3,
    "social_worker": 3,
    "educator": 3,
    "chaplain": 1,
    "manager": 3,
    "other": 1,
}
PROBATION_ROLES = {"probation_officer": 12, "social_worker": 6, "psychologist": 4, "manager": 2}
SERVICE_YEARS = {"0-2": 3, "2-5": 5, "6-10": 5, "11-20": 4, "20+": 2}

COHORTS: list[dict] = [
    {
        "slug": "demo-zenica-2025-03",
        "title": "Zenica prison, March 2025 (demo)",
        "curriculum": "rapport-building-and-trust",
        "institution": "Zenica prison",
        "country": "BA",
        "delivery_mode": "face_to_face",
        "starts_on": "2025-03-10",
        "ends_on": "2025-03-12",
        "size": 32,
        "roles": PRISON_ROLES,
        "institutions": {
            "Zenica prison": 20,
            "Sarajevo remand prison": 5,
            "Tuzla prison": 4,
        },
        "welfare_institutions": {"Social welfare centre, Zenica": 2, "Social welfare centre, Sarajevo": 1},
        "ability": -0.15,  # the group's mean ability, in standard deviations
        "gain": 1.0,  # how much of each item's change this group shows
        "follow_up_share": 0.65,  # of those who did the post-test
    },
    {
        "slug": "demo-skopje-2026-06",
        "title": "Probation service, Skopje, June 2026 (demo)",
        "curriculum": "rapport-building-and-trust",
        "institution": "Probation service, Skopje",
        "country": "MK",
        "delivery_mode": "online",
        "starts_on": "2026-06-08",
        "ends_on": "2026-06-10",
        "size": 4,  # small enough for reports to suppress it
        "roles": {"probation_officer": 3, "psychologist": 1},
        "institutions": {"Probation service, Skopje": 3, "Idrizovo prison": 1},
        "ability": 0.1,
        "gain": 0.9,
        "follow_up_share": 0.0,
    },
    {
        "slug": "demo-pristina-2026-04",
        "title": "Correctional service staff, Pristina, April 2026 (demo)",
        "curriculum": "dynamic-security-in-daily-practice",
        "institution": "Correctional Service, Pristina",
        "country": "XK",
        "delivery_mode": "blended",
        "starts_on": "2026-04-13",
        "ends_on": "2026-04-24",
        "size": 27,
        "roles": PRISON_ROLES,
        "institutions": {
            "Dubrava prison": 10,
            "High-security prison, Gërdoc": 7,
            "Lipjan correctional centre": 5,
            "Correctional Service headquarters, Pristina": 3,
        },
        "ability": 0.0,
        "gain": 0.95,
        "follow_up_share": 0.55,
    },
    {
        "slug": "demo-tirana-2025-10",
        "title": "Probation service, Tirana, October 2025 (demo)",
        "curriculum": "gender-sensitive-approaches",
        "institution": "Probation service, Tirana",
        "country": "AL",
        "delivery_mode": "face_to_face",
        "starts_on": "2025-10-06",
        "ends_on": "2025-10-08",
        "size": 24,
        "roles": PROBATION_ROLES,
        "institutions": {
            "Probation service, Tirana": 12,
            "Probation service, Durrës": 4,
            "Probation service, Elbasan": 3,
        },
        "welfare_institutions": {"Social services, Tirana municipality": 1},
        "ability": 0.2,
        "gain": 1.1,
        "follow_up_share": 0.0,  # the plan has no follow-up
    },
]

# Who answers "woman" or "man" (or neither) in the voluntary profile, by role.
GENDER_BY_ROLE: dict[str, dict[str, int]] = {
    "prison_officer": {"man": 15, "woman": 5},
    "probation_officer": {"woman": 12, "man": 8},
    "psychologist": {"woman": 8, "man": 2},
    "social_worker": {"woman": 8, "man": 2},
    "educator": {"woman": 5, "man": 5},
    "chaplain": {"man": 1},
    "manager": {"man": 6, "woman": 4},
    "other": {"woman": 4, "man": 4, "other": 1},
}
