"""Demonstration content for Continuum's good-practice library: seventeen practices.

The practices draw on the facts reported in the RAN conclusion paper "Working with violent extremist or
terrorist offenders along the prison-exit continuum" (regional online expert workshop, 30 March 2022),
including its "Relevant practices" and "Further reading" sections, and on widely published descriptions
of three EU examples. Every sentence is written afresh. Where the paper only names a need or an idea,
the practice is described generically and its ``evidence_text`` says what could not be verified.
Evidence levels are deliberately conservative. Quotes are illustrative, from fictional practitioners,
attributed by role and country only. "Kosovo*" carries an asterisk because the site adds the
designation footnote wherever it appears.

This module is pure data with no Django import, so that loaders, fixtures and tests can use it freely.

``PRACTICES`` is a list of dicts, one per practice, with the keys ``slug``, ``title``, ``summary``,
``description``, ``country`` (ISO 3166 alpha-2, Kosovo* as ``XK``), ``locality``, ``organisations``
(a list of ``(name, organisation_type)`` tuples), ``actor_types``, ``phases``, ``target_groups``,
``themes`` (theme slugs), ``gender_considerations``, ``deliverables``, ``evidence_level``,
``evidence_text``, ``sustainability``, ``transferability``, ``implementation_requirements``,
``start_year`` and ``end_year`` (``None`` when ongoing or unknown), ``status``, ``languages``,
``contact`` (an organisation and a generic route, never a person), ``sources`` (a list of
``(title, url)`` tuples), ``last_verified`` (ISO date), ``members_only`` and ``linked_curricula``
(curriculum slugs). ``description`` is a list of ``(block_type, value)`` tuples ready for a
StreamField:

- ``("text", html)``: rich text using only p, h2, h3, strong, em, ul, ol and li;
- ``("key_points", {"heading", "points"})``;
- ``("quote", {"quote", "attribution"})``.
"""

PRACTICES: list[dict] = [
    {
        "slug": "kosovo-pre-release-individual-plans-for-ftfs",
        "title": "Pre-release individual plans shared with the reintegration division",
        "summary": (
            "Three months before an imprisoned foreign terrorist fighter is due to leave prison, the "
            "Kosovo* Correctional Service e-mails the Division for Prevention and Reintegration of "
            "Radicalised Persons an individual plan for that person. Division staff can also consult the "
            "Correctional Service's database of FTFs, so the body that takes over after release sees each "
            "case early and directly."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>What the practice does</h2><p>In Kosovo*, responsibility for a convicted foreign "
                    "terrorist fighter moves from the correctional system to a civilian reintegration body "
                    "on the day of release. To avoid a blind hand-over, the Kosovo* Correctional Service "
                    "sends the Division for Prevention and Reintegration of Radicalised Persons, which sits "
                    "within the Ministry of Internal Affairs, information and an individual plan for every "
                    "imprisoned FTF three months before the release date. The documents travel by e-mail. "
                    "In addition, Division staff have been given access to the Correctional Service's "
                    "database of FTFs, so they can look up records themselves instead of waiting for "
                    "answers to ad hoc requests.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>Why it matters</h2><p>Participants in a 2022 RAN regional workshop cited this "
                    "arrangement as a working example of information exchange across the prison gate. The "
                    "bodies that organise support after release depend on good-quality information from "
                    "prison staff; without it they cannot plan housing, welfare, family contact or "
                    "monitoring in time. A fixed notice period of three months gives the Division a window "
                    "in which to contact the family, line up municipal services and brief its own staff.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "What makes it work",
                    "points": [
                        "A fixed trigger: every imprisoned FTF, three months before release.",
                        "A single recipient with a clear reintegration mandate.",
                        "Standing access to the FTF database rather than case-by-case requests.",
                        "A simple channel that needed no new infrastructure.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Known limitations</h2><p>The same workshop heard that release reports on VETOs and "
                    "FTFs in Kosovo* can be generic and short on detail about the individual, which reduces "
                    "their value for planning. The channel also carries sensitive personal data: e-mail "
                    "exchange and database access need clear rules on who may see what, how long records "
                    "are kept and how the person concerned is informed. The arrangement is described for "
                    "FTFs; whether other VETOs are covered in the same way was not confirmed.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Three months sounds like plenty, but once you start calling families and "
                        "municipalities it disappears quickly."
                    ),
                    "attribution": "Reintegration officer, Kosovo*",
                },
            ),
        ],
        "country": "XK",
        "locality": "Nationwide",
        "organisations": [
            (
                (
                    "Division for Prevention and Reintegration of Radicalised Persons, Ministry of Internal "
                    "Affairs"
                ),
                "government",
            ),
            ("Kosovo* Correctional Service", "prison_service"),
        ],
        "actor_types": ["prison_staff", "government_agencies"],
        "phases": ["release_preparation", "release_transition"],
        "target_groups": ["ftfs", "practitioners"],
        "themes": ["multi-agency-cooperation", "release-preparation"],
        "gender_considerations": (
            "Not addressed explicitly. The plans concern every imprisoned FTF, but nothing published shows "
            "whether they cover gender-specific needs such as childcare or the situation of a partner who "
            "is a woman returnee."
        ),
        "deliverables": (
            "An individual plan and case information for each imprisoned FTF, sent three months before "
            "release, and database access for Division staff."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The arrangement is described in the RAN conclusion paper on the strength of practitioners' "
            "accounts at a 2022 workshop. No evaluation of whether the plans improve outcomes after release "
            "has been published, and participants themselves noted that release reports can be generic."
        ),
        "sustainability": (
            "It rests on routine procedures between two permanent public institutions rather than on "
            "project money, which favours continuity. Its value depends on staffing and on how much detail "
            "prison staff put into each plan."
        ),
        "transferability": (
            "Any system with a designated post-release body can adopt a fixed notice period and shared "
            "access to case records. The legal basis for sharing personal data has to be settled first, in "
            "law or in a formal agreement."
        ),
        "implementation_requirements": (
            "A legal basis for data sharing, a designated recipient, a secure channel, a template for the "
            "individual plan and staff time on both sides to prepare and read it."
        ),
        "start_year": None,
        "end_year": None,
        "status": "active",
        "languages": ["Albanian", "Serbian"],
        "contact": (
            "Division for Prevention and Reintegration of Radicalised Persons, Ministry of Internal Affairs "
            "(via its website)"
        ),
        "sources": [
            (
                (
                    "Division for Prevention and Reintegration of Radicalised Persons, Ministry of Internal "
                    "Affairs"
                ),
                (
                    "https://mpb.rks-gov.net/f/78/Division-for-Prevention-and-Reintegration-of-Radicalized-"
                    "Persons"
                ),
            ),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-06-15",
        "members_only": True,
        "linked_curricula": [],
    },
    {
        "slug": "bih-social-welfare-centres-post-release",
        "title": "Social welfare centres as the post-release mechanism for VETOs",
        "summary": (
            "In Bosnia and Herzegovina, social welfare centres have become the main point of contact for "
            "VETOs and returned FTFs once they leave prison. Their work alongside security agencies is an "
            "emerging example of security and non-security institutions joining forces, even though the "
            "time available to prepare each release is very short."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>The practice</h2><p>Social welfare centres in Bosnia and Herzegovina are local "
                    "public services with a wide remit that includes financial assistance, family support "
                    "and referral to other services. Practitioners at a 2022 RAN regional workshop "
                    "described them as instrumental in receiving VETOs and FTFs after release and in "
                    "helping them to find a place in society again. Many centres had never before worked "
                    "alongside security agencies, and both sides had to search for common ground on roles, "
                    "information and risk.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>Challenges reported</h2><ul><li>Preparation for discharge begins only about eight "
                    "days before the release date, which leaves almost no time for social workers to meet "
                    "the person or the family.</li><li>General social welfare measures can sometimes be "
                    "used after release, but only for one month.</li><li>The first contact between a "
                    "released VETO and social services often happens at this late stage, and many social "
                    "workers have had no training for such sensitive cases.</li><li>Social services and "
                    "security agencies come from different professional cultures and needed time to agree "
                    "how to work together.</li></ul>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Lessons for other systems",
                    "points": [
                        "Let social workers meet the person in prison well before release.",
                        "Agree in writing what security information social workers need and may receive.",
                        "Extend and tailor post-release welfare support beyond the first month.",
                        "Train centre staff before the first case arrives, not after it.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<p>Despite these limits, the model puts a welfare service, and not only the police, at "
                    "the centre of the transition, which practitioners regard as important for trust. "
                    "Workshop participants recommended more resources and more capacity for the centres so "
                    "that they can carry this role properly, building on the case management already used "
                    "for returned women and children.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "We were asked to help a man we had never met, with a file we were not allowed to "
                        "read."
                    ),
                    "attribution": "Social worker, Bosnia and Herzegovina",
                },
            ),
        ],
        "country": "BA",
        "locality": "Nationwide",
        "organisations": [
            ("Social welfare centres (local public social services)", "social_services"),
            ("Security agencies (police and intelligence services)", "police"),
        ],
        "actor_types": ["social_workers", "police", "government_agencies"],
        "phases": ["release_preparation", "release_transition", "post_release"],
        "target_groups": ["vetos", "ftfs", "families"],
        "themes": ["multi-agency-cooperation", "post-release-support", "release-preparation"],
        "gender_considerations": (
            "Practitioners reported that some male VETOs resist being supported by women social workers, "
            "which centres need to plan for. Returned women related to VETOs, who are often economically "
            "dependent on them, have no specific resocialisation programme."
        ),
        "deliverables": (
            "Post-release contact, access to general social welfare measures and referral, and working "
            "arrangements with security agencies."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The entry rests on practitioners' accounts at the 2022 RAN workshop, summarised in the "
            "conclusion paper, which calls the centres an emerging good practice. No evaluation has been "
            "published, and the reported eight-day preparation window and one-month limit on welfare "
            "support point to serious gaps."
        ),
        "sustainability": (
            "The centres are permanent statutory services, so the mechanism does not depend on a project. "
            "Staff capacity, training and funding are its weak points."
        ),
        "transferability": (
            "Most systems in the region have comparable centres for social work, so the model travels "
            "easily. The lessons on earlier access and information sharing are the most valuable part to "
            "transfer."
        ),
        "implementation_requirements": (
            "Trained social workers, a protocol with security agencies on information sharing, earlier "
            "access to prisoners and resources to extend support beyond the first month."
        ),
        "start_year": None,
        "end_year": None,
        "status": "active",
        "languages": ["Bosnian", "Croatian", "Serbian"],
        "contact": "Social welfare centres in Bosnia and Herzegovina (through the relevant local centre)",
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-06-20",
        "members_only": False,
        "linked_curricula": ["rapport-building-and-trust"],
    },
    {
        "slug": "coe-regional-penitentiary-capacities-serbia",
        "title": (
            "Enhancing penitentiary capacities in addressing radicalisation in prisons: a regional action"
        ),
        "summary": (
            "A regional action co-funded by the European Union and the Council of Europe and implemented by "
            "the Council of Europe under Horizontal Facility II worked with prison and probation systems "
            "across the Western Balkans, Serbia among them. Its work spanned staff training in prisons and "
            "probation, approaches to rehabilitation, getting prisoners ready for release and support once "
            "the sentence ends."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>Background</h2><p>The action formed part of the second phase of the Horizontal "
                    "Facility for the Western Balkans and Turkey, a joint programme of the European Union "
                    "and the Council of Europe, and was carried out by the Council of Europe. It worked "
                    "with ministries of justice, prison and probation services and P/CVE coordination "
                    "bodies in Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and "
                    "Serbia. Its purpose was to close capacity gaps in tertiary prevention and to improve "
                    "prison management in the region. This entry is filed under Serbia as one participating "
                    "beneficiary. It describes the action at a general level and makes no claim about "
                    "Serbian activities beyond what has been published.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Areas of work",
                    "points": [
                        (
                            "Training for prison and probation staff on radicalisation and on violent "
                            "extremist prisoners."
                        ),
                        "Rehabilitation approaches and tools for work with VETOs in custody.",
                        "Preparation for release and assistance after the sentence ends.",
                        "Regional exchange of knowledge and good practice between penitentiary systems.",
                        "Support for coordination between agencies within each beneficiary.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Why it is relevant to the continuum</h2><p>The action treated custody, the moment "
                    "of release and the period after release as one chain rather than as separate problems. "
                    "Its regional format answered a need that practitioners raise again and again: more "
                    "systematic chances for prison staff and officials in the Western Balkans to compare "
                    "their experience with VETOs and FTFs. Council of Europe material states that the "
                    "action was completed at the end of 2022, and that a follow-up regional action under "
                    "the third phase of the Horizontal Facility continues the work on managing violent "
                    "extremist prisoners and preventing renewed radicalisation after release.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>Points to check locally</h2><p>Readers in Serbia should confirm with the prison "
                    "administration which training materials and tools are in use today. This entry could "
                    "not verify how the outputs were taken up in Serbian prisons and probation offices.</p>"
                ),
            ),
        ],
        "country": "RS",
        "locality": "Regional (Western Balkans), with Serbia as one beneficiary",
        "organisations": [
            ("Council of Europe", "international"),
            ("European Union", "international"),
            ("Ministry of Justice of Serbia and its prison administration", "prison_service"),
        ],
        "actor_types": [
            "prison_staff",
            "probation_staff",
            "international_organisations",
            "government_agencies",
        ],
        "phases": ["in_prison", "release_preparation", "post_release"],
        "target_groups": ["prison_staff", "probation_staff", "vetos"],
        "themes": [
            "staff-training",
            "release-preparation",
            "post-release-support",
            "multi-agency-cooperation",
        ],
        "gender_considerations": (
            "Not described in the sources used here. Readers should ask whether the training covered women "
            "prisoners and gender-sensitive approaches."
        ),
        "deliverables": (
            "Training for prison and probation staff, guidance and tools on rehabilitation, release "
            "preparation and post-penal support, and regional exchange events."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The action is documented on Council of Europe project pages and cited in the RAN conclusion "
            "paper as a relevant practice. No published evaluation of its effects on staff practice or on "
            "released prisoners was found for this entry, and the Serbian strand could not be verified in "
            "detail."
        ),
        "sustainability": (
            "A follow-up regional action under the next phase of the Horizontal Facility supports "
            "continuity. Lasting change depends on each beneficiary building the content into its own staff "
            "training."
        ),
        "transferability": (
            "The regional exchange format suits any group of neighbouring systems with similar caseloads. "
            "Content has to be adapted to each legal framework."
        ),
        "implementation_requirements": (
            "Commitment from ministries of justice and prison administrations, donor funding, trainers with "
            "prison experience and interpretation between languages."
        ),
        "start_year": 2019,
        "end_year": 2022,
        "status": "ended",
        "languages": ["English", "Albanian", "Bosnian", "Croatian", "Macedonian", "Montenegrin", "Serbian"],
        "contact": (
            "Council of Europe, regional action on prisons in the Western Balkans (via the project website)"
        ),
        "sources": [
            (
                (
                    "HF II Regional - Enhancing penitentiary capacities in addressing radicalisation in "
                    "prisons (Council of Europe)"
                ),
                (
                    "https://www.coe.int/en/web/cooperation-in-police-and-deprivation-of-liberty/hf-ii-"
                    "regional-enhancing-penitentiary-capacities-in-addressing-radicalisation-in-prisons"
                ),
            ),
            (
                "Western Balkans regional action on prisons (Council of Europe)",
                "https://wbregionprisons.coe.int/",
            ),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-07-01",
        "members_only": False,
        "linked_curricula": ["dynamic-security-in-daily-practice", "rapport-building-and-trust"],
    },
    {
        "slug": "kosovo-case-management-returned-women-children",
        "title": "Case management for repatriated women and children, reused for released VETOs",
        "summary": (
            "Kosovo* built a case management approach to reintegrate women and children repatriated from "
            "Syria and Iraq, coordinated by the Division for Prevention and Reintegration of Radicalised "
            "Persons. Practitioners suggest that the same mechanism, together with the Division's good "
            "relations with communities, could support VETOs when they leave prison."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>What exists</h2><p>After Kosovo* brought home citizens from the conflict zones in "
                    "Syria and Iraq, most of them women and children, the Division for Prevention and "
                    "Reintegration of Radicalised Persons at the Ministry of Internal Affairs coordinated "
                    "their reintegration. Families were followed through case management that gathered the "
                    "services each household needed, for example health care, schooling, social welfare and "
                    "psychosocial help, around an individual plan. Workshop participants credited the "
                    "Division's good relations with local communities as a key reason why this "
                    "reintegration work went as it did.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>The transfer idea</h2><p>The 2022 RAN workshop suggested that the case management "
                    "built for returnee women and children could be put to use again when VETOs are "
                    "released into communities. The structure already exists, the agencies know each other, "
                    "and the families of released prisoners are often families that are already known. "
                    "Reusing it would strengthen cooperation between agencies without building a parallel "
                    "mechanism. It would also let practitioners draw on the trust built with families "
                    "during the returns, instead of starting from nothing at the prison gate.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Elements worth reusing",
                    "points": [
                        "One coordinating body that holds the overview of each case.",
                        "Individual plans agreed between health, education, welfare and security actors.",
                        "Working relationships with municipalities and respected community figures.",
                        "Measures at family level, such as support to start a small business.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Cautions</h2><p>Released VETOs differ in risk and legal status from children and "
                    "from many returnee women, so rules on information sharing, supervision by the "
                    "probation service and the role of the police must be added rather than assumed. The "
                    "practice has been described by practitioners, but its results have not been published "
                    "in an evaluation.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The families already knew us from the returns, so when a husband or a son came out "
                        "of prison, the door was not closed."
                    ),
                    "attribution": "Case manager, Kosovo*",
                },
            ),
        ],
        "country": "XK",
        "locality": "Nationwide",
        "organisations": [
            (
                (
                    "Division for Prevention and Reintegration of Radicalised Persons, Ministry of Internal "
                    "Affairs"
                ),
                "government",
            ),
            ("Municipal centres for social work", "social_services"),
        ],
        "actor_types": [
            "government_agencies",
            "social_workers",
            "psychologists",
            "local_community",
            "families",
        ],
        "phases": ["release_preparation", "post_release"],
        "target_groups": ["women_returnees", "children", "families", "vetos"],
        "themes": [
            "multi-agency-cooperation",
            "community-reintegration",
            "gender-sensitive-approaches",
            "family-engagement",
        ],
        "gender_considerations": (
            "Built around women and children, so gender is central to the original mechanism. Workshop "
            "participants reported that around 20 women returnees in Kosovo* were indicted and 16 pleaded "
            "guilty, so some women are themselves VETOs and need plans that deal with both the criminal "
            "process and reintegration."
        ),
        "deliverables": (
            "Individual case plans, coordination of cases between agencies and reintegration measures for "
            "families."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The practice is described in the RAN conclusion paper from practitioners' accounts at a 2022 "
            "workshop. No published process or outcome evaluation was found, and as far as this entry could "
            "establish, the proposal to extend it to released VETOs has not yet been tested."
        ),
        "sustainability": (
            "It is anchored in a permanent government division, which favours continuity. It depends on "
            "continued funding for services at municipal level."
        ),
        "transferability": (
            "Relevant to any country that repatriated families and now has to manage prison releases. The "
            "coordinating role could sit with a ministry, a municipality or a probation service."
        ),
        "implementation_requirements": (
            "A coordinating body with a clear mandate, agreements with service providers, trained case "
            "managers and rules on sharing information."
        ),
        "start_year": 2019,
        "end_year": None,
        "status": "active",
        "languages": ["Albanian", "Serbian"],
        "contact": (
            "Division for Prevention and Reintegration of Radicalised Persons, Ministry of Internal Affairs "
            "(via its website)"
        ),
        "sources": [
            (
                (
                    "Division for Prevention and Reintegration of Radicalised Persons, Ministry of Internal "
                    "Affairs"
                ),
                (
                    "https://mpb.rks-gov.net/f/78/Division-for-Prevention-and-Reintegration-of-Radicalized-"
                    "Persons"
                ),
            ),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-06-22",
        "members_only": False,
        "linked_curricula": ["gender-sensitive-approaches"],
    },
    {
        "slug": "albania-reliable-family-member-before-release",
        "title": "Reaching one reliable family member before release",
        "summary": (
            "Practitioners identify one relative who is dependable and supportive of rehabilitation and "
            "contact that person while the VETO is still in prison. The family is offered educational, "
            "socioeconomic, medical and mental health support, which workshop participants described as a "
            "strong way to gain trust and to plan the first weeks after release."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>The approach</h2><p>Instead of trying to work with a whole extended family at "
                    "once, practitioners look for a single relative who is dependable and supports the "
                    "person's rehabilitation, such as a parent, a sibling or a spouse. Contact is made "
                    "before release so that this relative can take part in planning. Where no suitable "
                    "relative can be found, a trusted friend, mentor or community figure may take on this "
                    "role instead. The relative and the household are then offered practical help that "
                    "matches their needs.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Kinds of support offered to the family",
                    "points": [
                        "Educational: schooling for children, courses or training for adults.",
                        (
                            "Socioeconomic: advice on benefits, help with finding work, help with housing "
                            "costs."
                        ),
                        "Medical: access to health services for members of the household.",
                        "Mental health: counselling for the relative and, where needed, for the children.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Why it helps</h2><p>Families are usually the first people a released prisoner goes "
                    "back to, and they can either reinforce or undo the work done in prison. Offering "
                    "support before asking for anything builds trust and gives practitioners a realistic "
                    "picture of the home. Participants in the 2022 RAN workshop stressed tone: "
                    "practitioners should not be pushy, and should show through what they do that they are "
                    "there to help. Concrete priorities for the period after release, such as where the "
                    "person will live and who will go with them to their first appointments, can be agreed "
                    "with the relative in advance.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>About this entry</h2><p>The workshop discussed this approach as a regional "
                    "practice; this entry places it in Albania as an illustration. The description is "
                    "generic, and how Albanian institutions organise it could not be verified.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "We stopped asking the family what they could do for us and started asking what "
                        "they needed."
                    ),
                    "attribution": "Social worker, Albania",
                },
            ),
        ],
        "country": "AL",
        "locality": "Nationwide",
        "organisations": [
            ("Local social services (generic)", "social_services"),
            ("Partner civil society organisations (generic)", "civil_society"),
        ],
        "actor_types": ["social_workers", "psychologists", "families", "civil_society"],
        "phases": ["release_preparation", "release_transition", "post_release"],
        "target_groups": ["vetos", "families", "children"],
        "themes": [
            "family-engagement",
            "rapport-building",
            "socioeconomic-support",
            "mental-health",
            "release-preparation",
        ],
        "gender_considerations": (
            "The reliable relative is often a mother, sister or wife, which can add to the care burden on "
            "women; support should not make them responsible for supervision. Practitioners should also "
            "check that the relative is safe and free to say no."
        ),
        "deliverables": (
            "A named family contact, a family support plan and agreed priorities for the first weeks after "
            "release."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "Workshop participants reported the approach as very effective in gaining trust, but this rests "
            "on their experience as summarised in the RAN conclusion paper. No evaluation has been "
            "published, and how widely it is used in Albania is not established."
        ),
        "sustainability": (
            "The approach costs little beyond staff time, but the support offered to families depends on "
            "welfare and project budgets that may not last."
        ),
        "transferability": (
            "Highly transferable: the principle of one reliable contact works wherever families stay in "
            "touch with the prisoner."
        ),
        "implementation_requirements": (
            "Access to the prisoner and the family before release, a small budget or referral routes for "
            "support, and staff trained to assess family dynamics and safety."
        ),
        "start_year": None,
        "end_year": None,
        "status": "pilot",
        "languages": ["Albanian"],
        "contact": "Local social services in Albania (through the local office)",
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-07-05",
        "members_only": False,
        "linked_curricula": ["rapport-building-and-trust", "gender-sensitive-approaches"],
    },
    {
        "slug": "kosovo-correctional-service-veto-training-programme",
        "title": "Correctional staff training and a rehabilitation and resocialisation programme for VETOs",
        "summary": (
            "In 2016 the Kosovo* Correctional Service began to train its personnel to deal with VETOs and "
            "FTFs and to develop a rehabilitation and resocialisation programme for them. It is an example "
            "of a prison system building its own capacity after a new group of prisoners arrived."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>Context</h2><p>VETOs and FTFs were a new kind of prisoner for correctional systems "
                    "in the Western Balkans. Staff had been trained mainly for security tasks and had "
                    "little preparation for assessing how far someone is committed to violent extremism, or "
                    "for motivating prisoners who distrust the state. In Kosovo*, the Correctional Service "
                    "responded in 2016 by starting two linked strands of work. Both aimed to give staff "
                    "skills beyond security routines, so that they could deal with VETOs and FTFs as "
                    "individuals rather than as a single category.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Two strands",
                    "points": [
                        (
                            "Training correctional officers and specialist staff to understand "
                            "radicalisation and to work with VETOs and FTFs as individuals."
                        ),
                        (
                            "Developing rehabilitation and resocialisation activities for VETOs and FTFs in "
                            "custody."
                        ),
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Lessons raised by practitioners</h2><p>Discussion at the 2022 RAN workshop pointed "
                    "to several factors that limit what such a programme can achieve. Frequent changes of "
                    "personnel make it hard for prisoners to build trust in staff. Officers need time to "
                    "get to know the people in their care and to build rapport, which can raise "
                    "participation in rehabilitation and make cooperation with institutions after release "
                    "more likely. Prisoners also need to believe that the programme really exists to help "
                    "them. Practitioners recommended that curricula for prison and probation staff be "
                    "updated regularly and that training be assessed systematically for its sustainability "
                    "and effectiveness.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>What this entry does not cover</h2><p>The content of the programme is not "
                    "described here in detail, because the available sources do not set it out. Readers who "
                    "want to adapt it should ask the Correctional Service for its current curriculum. "
                    "Useful questions include how officers are chosen for the units concerned, how often "
                    "training is refreshed and how participation in the programme is recorded.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Security training taught us to watch them. This training taught us to talk with "
                        "them, and that changed what we saw."
                    ),
                    "attribution": "Correctional officer, Kosovo*",
                },
            ),
        ],
        "country": "XK",
        "locality": "Nationwide",
        "organisations": [("Kosovo* Correctional Service", "prison_service")],
        "actor_types": ["prison_staff", "psychologists", "social_workers"],
        "phases": ["in_prison", "release_preparation"],
        "target_groups": ["prison_staff", "vetos", "ftfs"],
        "themes": ["staff-training", "rapport-building", "dynamic-security"],
        "gender_considerations": (
            "Not addressed explicitly in the sources used. Few women have been convicted, so staff training "
            "may not cover work with women VETOs; this should be checked."
        ),
        "deliverables": (
            "Training for correctional personnel and a rehabilitation and resocialisation programme for "
            "VETOs and FTFs."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The start of the training and of the programme in 2016 is reported in the RAN conclusion "
            "paper. No published evaluation of either was found, and practitioners themselves called for "
            "more systematic assessment of training."
        ),
        "sustainability": (
            "The work is embedded in the Correctional Service, but staff turnover erodes the benefit of "
            "training unless it is repeated and built into induction."
        ),
        "transferability": (
            "Relevant to any prison service receiving its first VETOs; the lesson about continuity of staff "
            "applies widely."
        ),
        "implementation_requirements": (
            "Trainers with expertise in radicalisation and prison work, protected time for training, stable "
            "staffing on the relevant units and a way to measure results."
        ),
        "start_year": 2016,
        "end_year": None,
        "status": "active",
        "languages": ["Albanian", "Serbian"],
        "contact": "Kosovo* Correctional Service (through its official channels)",
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-07-10",
        "members_only": False,
        "linked_curricula": ["dynamic-security-in-daily-practice", "rapport-building-and-trust"],
    },
    {
        "slug": "kosovo-probation-service-baseline-assessment",
        "title": "Baseline assessment of the probation service's work with VETOs and FTFs",
        "summary": (
            "The Kosovar Centre for Security Studies produced a baseline assessment of the difficulties the "
            "Kosovo* Probation Service faces when it supervises VETOs and FTFs. Built on in-person "
            "interviews with probation personnel, it records everyday difficulties and offers a starting "
            "point against which later change can be measured."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>What it is</h2><p>A baseline assessment describes a service as it stands before "
                    "new measures are introduced. The Kosovar Centre for Security Studies, an independent "
                    "research organisation, applied this idea to the Kosovo* Probation Service. Researchers "
                    "interviewed probation personnel in person about supervising people convicted of "
                    "terrorism-related offences and returned foreign terrorist fighters, and analysed what "
                    "the officers said about their daily work.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>Why it is listed as a practice</h2><p>Assessing needs before designing training or "
                    "procedures is good practice in its own right. The report gives the probation service, "
                    "ministries and donors a shared picture of the gaps, and it brings the voice of "
                    "front-line officers into planning. It also makes later evaluation possible: if the "
                    "same questions are asked again after training or reorganisation, change can be "
                    "described instead of assumed.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "How to use the report",
                    "points": [
                        "As a needs analysis when planning probation training on VETOs and FTFs.",
                        "As a source of realistic difficulties for case scenarios in training.",
                        "As a baseline for a repeat survey once new measures are in place.",
                        "As evidence for ministries and donors when making the case for resources.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Limits</h2><p>The report records the views and experience of probation staff. It "
                    "does not measure outcomes for the people under supervision and it is not an evaluation "
                    "of any programme. Interview findings reflect the period in which they were gathered "
                    "and should be compared with the current situation. Readers who want to build on it "
                    "should read the full report, published by the Centre, and ask whether later "
                    "capacity-building work with the probation service has updated its picture.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Nobody had asked us before what supervising these cases is actually like.",
                    "attribution": "Probation officer, Kosovo*",
                },
            ),
        ],
        "country": "XK",
        "locality": "Nationwide",
        "organisations": [
            ("Kosovar Centre for Security Studies", "civil_society"),
            ("Kosovo* Probation Service", "probation_service"),
        ],
        "actor_types": ["probation_staff", "civil_society"],
        "phases": ["post_release"],
        "target_groups": ["probation_staff", "vetos", "ftfs"],
        "themes": ["staff-training", "post-release-support"],
        "gender_considerations": (
            "Not known from the summary used here. Readers should check the report for findings on women "
            "under supervision and on the gender of supervising officers."
        ),
        "deliverables": (
            "A published baseline assessment report based on interviews with probation personnel."
        ),
        "evidence_level": "none",
        "evidence_text": (
            "The assessment is research about the probation service, not an evaluation of a practice, so it "
            "offers no evidence that any intervention works; the level is therefore recorded as none. Its "
            "value is as a documented starting point drawn from staff interviews."
        ),
        "sustainability": (
            "A one-off report, but its value lasts if the assessment is repeated at intervals so that "
            "change can be tracked."
        ),
        "transferability": (
            "The method of interviewing front-line officers before designing support can be used by any "
            "probation service working with a research partner."
        ),
        "implementation_requirements": (
            "An independent research partner, cooperation and confidentiality agreements with the service, "
            "and willingness to publish the findings."
        ),
        "start_year": None,
        "end_year": None,
        "status": "ended",
        "languages": ["Albanian"],
        "contact": "Kosovar Centre for Security Studies (via its website)",
        "sources": [
            (
                (
                    "Baseline Assessment for the Kosovo* Probation Service (Kosovar Centre for Security "
                    "Studies)"
                ),
                "https://qkss.org/en/publikimet/vleresimi-baze-per-sherbimin-sprovues-te-kosoves",
            ),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-07-12",
        "members_only": False,
        "linked_curricula": [],
    },
    {
        "slug": "north-macedonia-cve-strategy-roundtables",
        "title": "Multi-stakeholder roundtables on the National Strategy for Countering Violent Extremism",
        "summary": (
            "With OSCE support, roundtables in North Macedonia brought state institutions, civil society "
            "and other stakeholders together to discuss the National Strategy for Countering Violent "
            "Extremism. The summary report points to a lack of capacity and know-how for handling the "
            "release of VETOs and FTFs from prison in a way that prevents reoffending."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>The format</h2><p>A roundtable is a structured discussion in which people from "
                    "different institutions and sectors examine a policy together. In North Macedonia, a "
                    "series of such discussions on the national strategy for countering violent extremism "
                    "was held with OSCE support and summarised in a published report. The format placed "
                    "state institutions, civil society and local actors at the same table, which is itself "
                    "a step towards the whole-of-society approach that such strategies call for. "
                    "Participants can often speak more freely than in formal consultations, and hearing the "
                    "same problem described by a prison officer, a social worker and an NGO helps to "
                    "separate gaps in the law from gaps in everyday practice.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>What it found for the continuum</h2><p>Among other topics, the report highlights "
                    "that institutions do not yet have the capacity or the expertise to steer VETOs and "
                    "FTFs through release so that the risk of recidivism falls. Naming the gap in a public "
                    "document gives ministries, donors and civil society a common reference point for "
                    "planning training, release procedures and services after release.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Why roundtables are useful",
                    "points": [
                        "They surface gaps that no single institution sees on its own.",
                        "They create contacts between people who will later need to share cases.",
                        "A published summary allows progress to be checked later.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Limits</h2><p>Roundtables produce shared understanding and recommendations, not "
                    "services. Whether the gaps on prison exit have since been addressed is not established "
                    "here and should be checked with the national bodies responsible for the strategy. "
                    "Reading the report alongside later strategy documents is the simplest way to see which "
                    "recommendations were taken forward.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The first result was simple: the prison director and the NGO finally had each "
                        "other's numbers."
                    ),
                    "attribution": "Civil society participant, North Macedonia",
                },
            ),
        ],
        "country": "MK",
        "locality": "Nationwide",
        "organisations": [
            ("Organization for Security and Co-operation in Europe (OSCE)", "international"),
            ("National authorities responsible for the CVE strategy", "government"),
            ("Civil society organisations (participants)", "civil_society"),
        ],
        "actor_types": ["government_agencies", "civil_society", "international_organisations"],
        "phases": ["release_preparation", "post_release"],
        "target_groups": ["practitioners", "vetos", "ftfs"],
        "themes": ["multi-agency-cooperation", "release-preparation"],
        "gender_considerations": (
            "Not assessed for this entry. Readers should check the report for how it treats women VETOs and "
            "women returnees."
        ),
        "deliverables": (
            "A published summary report of the roundtable discussions, with findings and recommendations on "
            "the strategy."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The report records discussions and the views of stakeholders, which is evidence about needs "
            "rather than about effects. No evaluation of the roundtables' influence on policy or practice "
            "was found."
        ),
        "sustainability": (
            "Depends on whether the format is repeated when the strategy is reviewed; a single round has "
            "limited lasting effect."
        ),
        "transferability": (
            "Easy to replicate wherever a national strategy exists and a neutral convener is available."
        ),
        "implementation_requirements": (
            "A neutral convener, participation from prison, probation, social and security institutions, "
            "and a commitment to publish and follow up the findings."
        ),
        "start_year": None,
        "end_year": None,
        "status": "ended",
        "languages": ["Macedonian", "Albanian", "English"],
        "contact": "OSCE (via its website)",
        "sources": [
            (
                (
                    "Promoting a Multi-Stakeholder Approach to Preventing and Countering Violent Extremism "
                    "and Radicalization that Lead to Terrorism: summary report of roundtable discussions "
                    "(OSCE)"
                ),
                "https://www.osce.org/files/f/documents/e/5/467109.pdf",
            ),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-07-15",
        "members_only": False,
        "linked_curricula": [],
    },
    {
        "slug": "north-macedonia-faith-based-engagement-after-release",
        "title": "Working with religious leaders and faith-based organisations after release",
        "summary": (
            "Practitioners involve trusted religious leaders and faith-based organisations in supporting "
            "VETOs and FTFs after they leave prison. Participants in a 2022 regional workshop called this "
            "cooperation key to the post-release phase, provided that roles are clear and the work is "
            "coordinated with state agencies."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>The idea</h2><p>Many VETOs and FTFs distrust state institutions, and some "
                    "justified their involvement in violent extremism with a distorted reading of religion. "
                    "Religious leaders who are respected locally can offer a credible alternative voice as "
                    "well as practical help, for example reconnecting the person with a local congregation, "
                    "informal mentoring or mediation with the family. Faith-based organisations may also "
                    "run charitable and social services that released prisoners are more willing to use "
                    "than state services.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Conditions for good cooperation",
                    "points": [
                        "Religious actors take part voluntarily and keep their independence.",
                        (
                            "Their role is agreed within the joint plan, alongside probation and social "
                            "services."
                        ),
                        "They are never asked to gather intelligence, which would destroy trust.",
                        "They receive information only on a need-to-know basis.",
                        "Cooperation respects freedom of religion, including the choice not to practise.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>How it fits the continuum</h2><p>Cooperation works best when it starts before "
                    "release, for instance through prison chaplaincy or approved visits, and continues in "
                    "the community. The workshop recommended that the roles of religious leaders, family "
                    "members and community leaders be written into multi-agency planning, so that the "
                    "continuum stays consistent and no actor works alone.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>About this entry</h2><p>The workshop discussed faith-based engagement as a "
                    "regional need rather than as one named programme. This entry places it in North "
                    "Macedonia as an illustration and describes it generically; named partners and "
                    "arrangements could not be verified.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>Risks to manage</h2><p>Involving religious actors can backfire if the person sees "
                    "them as agents of the state, or if the chosen leader has no credibility in the "
                    "person's eyes. Where possible, practitioners should ask the person whom they would "
                    "trust, and should avoid any suggestion that religion itself is the problem.</p>"
                ),
            ),
        ],
        "country": "MK",
        "locality": "Nationwide",
        "organisations": [
            ("Religious communities and faith-based organisations (generic)", "faith_based"),
            ("Centres for social work (generic)", "social_services"),
        ],
        "actor_types": ["religious_leaders", "social_workers", "local_community"],
        "phases": ["in_prison", "release_transition", "post_release"],
        "target_groups": ["vetos", "ftfs", "communities"],
        "themes": ["faith-based-engagement", "community-reintegration", "multi-agency-cooperation"],
        "gender_considerations": (
            "Not addressed explicitly. Women VETOs and returnees may prefer or need women religious "
            "counsellors or women's groups, and this should be asked rather than assumed."
        ),
        "deliverables": (
            "Agreed roles for religious actors in release and post-release plans, and mentoring and "
            "community links for released people."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The entry is supported only by the views of practitioners at the 2022 RAN workshop, who "
            "stressed its importance. No evaluation was found, and specific arrangements in North Macedonia "
            "could not be verified."
        ),
        "sustainability": (
            "Religious institutions are durable community structures, but cooperation depends on trust "
            "between them and the state, which can change."
        ),
        "transferability": (
            "Transferable to other settings with influential religious communities, taking care to include "
            "all relevant faiths and to recognise that not all extremism is religious."
        ),
        "implementation_requirements": (
            "A framework agreement with religious bodies, training on the limits of the role, rules on "
            "information sharing and a coordinating agency."
        ),
        "start_year": None,
        "end_year": None,
        "status": "pilot",
        "languages": ["Macedonian", "Albanian"],
        "contact": (
            "Local centre for social work or the national CVE coordination body (through official channels)"
        ),
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-08-01",
        "members_only": False,
        "linked_curricula": ["rapport-building-and-trust"],
    },
    {
        "slug": "montenegro-community-preparation-civil-society",
        "title": "Preparing communities and empowering civil society, including in small and rural places",
        "summary": (
            "Civil society organisations are supported to prepare local communities for the return of "
            "released VETOs and to stay alongside them after release. The approach pays particular "
            "attention to small and rural communities, where practitioners often have no training and no "
            "support."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>The problem it addresses</h2><p>A released VETO does not return to an institution "
                    "but to a street, a village, a family and perhaps a workplace. Practitioners at the "
                    "2022 RAN workshop named releases into small or rural communities as a clear challenge: "
                    "local professionals there have usually received no training on violent extremism, and "
                    "specialist help is far away. Fear and stigma can push a person back towards the only "
                    "group that accepts them.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>The approach</h2><p>Civil society organisations that already work locally, for "
                    "example on youth, employment or community development, receive training, small grants "
                    "and a link to the responsible state agencies. They then help to prepare the community "
                    "by informing key local figures, easing tension and finding opportunities for work or "
                    "volunteering. After release they can offer low-threshold contact that the person may "
                    "accept more readily than contact with the state. Where no suitable organisation exists "
                    "locally, a regional one can work through trusted local volunteers, supported by the "
                    "nearest centre for social work.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Key elements",
                    "points": [
                        "Map which organisations are active and trusted in each municipality.",
                        "Train their staff on radicalisation, safeguarding and the limits of their role.",
                        (
                            "Agree with probation and social services what the organisation will and will "
                            "not be told."
                        ),
                        "Communicate helpfully, not pushily, with the person and with the community.",
                        "Give rural organisations a named professional contact for advice.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>About this entry</h2><p>This is a generic description built on recommendations "
                    "from the RAN workshop and placed in Montenegro as an illustration. It does not "
                    "describe a named Montenegrin programme, and details of any local implementation could "
                    "not be verified.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "In a village everyone knows who has come home. Our job is to make sure they also "
                        "know where he can work."
                    ),
                    "attribution": "Civil society worker, Montenegro",
                },
            ),
        ],
        "country": "ME",
        "locality": "Municipalities, including small and rural communities",
        "organisations": [
            ("Local civil society organisations (generic)", "civil_society"),
            ("Municipal authorities (generic)", "local_authority"),
        ],
        "actor_types": ["civil_society", "local_community", "employers", "government_agencies"],
        "phases": ["release_preparation", "post_release"],
        "target_groups": ["communities", "vetos", "families"],
        "themes": ["community-reintegration", "multi-agency-cooperation", "staff-training"],
        "gender_considerations": (
            "Not addressed explicitly. Community attitudes towards returning women and returning men can "
            "differ sharply, and organisations run by or for women may reach women returnees more easily."
        ),
        "deliverables": (
            "Trained local organisations, community preparation activities and arrangements for contact "
            "after release."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The approach rests on practitioners' experience and recommendations reported at the 2022 RAN "
            "workshop. No implementation in Montenegro could be verified and no evaluation was found."
        ),
        "sustainability": (
            "Civil society work often depends on short project grants; lasting effect needs core funding or "
            "a contract with the municipality."
        ),
        "transferability": "Highly transferable, especially to countries with many small municipalities.",
        "implementation_requirements": (
            "Funding for local organisations, training, a coordinating agency, and clear rules on "
            "information sharing and safeguarding."
        ),
        "start_year": None,
        "end_year": None,
        "status": "pilot",
        "languages": ["Montenegrin"],
        "contact": (
            "Municipal authorities or the national CVE coordination body in Montenegro (through official "
            "channels)"
        ),
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-08-05",
        "members_only": False,
        "linked_curricula": [],
    },
    {
        "slug": "bih-socioeconomic-support-business-start",
        "title": (
            "Socioeconomic support, including help to start a business, for returnee families and released "
            "VETOs"
        ),
        "summary": (
            "Practical routes to income, such as vocational training, job placement and help to start a "
            "small business, are offered to released VETOs and to returnee families. Practitioners see this "
            "support as crucial for trust, but warn that poor communication can raise unrealistic "
            "expectations."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>Why economic support matters</h2><p>There are no special post-release programmes "
                    "for VETOs and FTFs in the Western Balkans. They are encouraged to use general "
                    "employment and social assistance schemes, which are short, narrow and hard to enter "
                    "because of administrative criteria. In Bosnia and Herzegovina, practitioners reported "
                    "that some women returnees who are relatives of VETOs depend on them economically and "
                    "continue to support them. Without an income of their own, families are drawn back into "
                    "the same networks, and mistrust of public institutions grows.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>The approach</h2><p>Socioeconomic support opens practical routes to income for "
                    "released VETOs and for returnee families. It can combine vocational training, help "
                    "with finding work, cooperation with private employers and small grants or equipment to "
                    "start a business, together with basic business advice. Measures of this kind, already "
                    "used with returnee families in the region, were suggested for wider use with released "
                    "VETOs. The aim is an income that the household controls, not a one-off payment, so "
                    "advice and follow-up visits matter as much as the grant itself.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Good practice points",
                    "points": [
                        "Plan support before release so the first weeks are not empty.",
                        "Be clear and honest about what is available, to avoid unrealistic expectations.",
                        "Offer support to women in their own right, not only through a male relative.",
                        "Involve employers and business associations early.",
                        "Explain the purpose of support to the public, who may see it as a reward.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Risks and limits</h2><p>Workshop participants noted that weak communication "
                    "between institutions, and between institutions and VETOs, has at times created "
                    "unrealistic expectations and a distorted sense of what is needed. Public perception is "
                    "a further concern, since help for people convicted of terrorist offences can look "
                    "unfair to others in need. This entry describes the approach generically; specific "
                    "schemes in Bosnia and Herzegovina could not be verified.</p>"
                ),
            ),
        ],
        "country": "BA",
        "locality": "Nationwide",
        "organisations": [
            ("Public employment services (generic)", "government"),
            ("Social welfare centres (generic)", "social_services"),
            ("Civil society organisations providing livelihood support (generic)", "civil_society"),
        ],
        "actor_types": ["social_workers", "employers", "civil_society", "government_agencies"],
        "phases": ["release_preparation", "post_release"],
        "target_groups": ["vetos", "ftfs", "women_returnees", "families"],
        "themes": [
            "socioeconomic-support",
            "post-release-support",
            "community-reintegration",
            "gender-sensitive-approaches",
        ],
        "gender_considerations": (
            "Important here: economic dependence of returned women on VETOs was reported specifically in "
            "Bosnia and Herzegovina. Support designed for women as beneficiaries in their own right can "
            "reduce that dependence."
        ),
        "deliverables": (
            "Individual economic plans, vocational training, job placement and support to start a small "
            "business."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "Workshop participants considered economic support crucial for building trust, as reported in "
            "the RAN conclusion paper. No evaluation of business start-up support for VETOs or returnee "
            "families in Bosnia and Herzegovina was found, and the scale of any such schemes is unknown."
        ),
        "sustainability": (
            "Grants are usually project-funded; links to mainstream employment programmes and to private "
            "employers make support more durable."
        ),
        "transferability": "Transferable, with attention to local labour markets and to public acceptance.",
        "implementation_requirements": (
            "Funding, partnerships with employment services and employers, business mentoring and clear "
            "eligibility rules communicated early."
        ),
        "start_year": None,
        "end_year": None,
        "status": "pilot",
        "languages": ["Bosnian", "Croatian", "Serbian"],
        "contact": (
            "Local social welfare centres and employment services in Bosnia and Herzegovina (through "
            "official channels)"
        ),
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-08-10",
        "members_only": False,
        "linked_curricula": ["gender-sensitive-approaches"],
    },
    {
        "slug": "albania-knowledge-building-women-vetos-returnees",
        "title": "Building knowledge on working with women VETOs and women returnees",
        "summary": (
            "Programmes for VETOs in Albania have mainly been aimed at men, and practitioners report little "
            "knowledge of how to approach women VETOs and FTFs. This entry describes a generic initiative "
            "to close that gap through shared learning, short guidance and gender-sensitive practice."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>The gap</h2><p>Practitioners at the 2022 RAN workshop said that programmes in "
                    "Albania are directed mainly at men and that there is a lack of knowledge on "
                    "approaching women VETOs and FTFs. Across the region few women have been convicted, "
                    "since returning women have generally not been prosecuted; institutions have therefore "
                    "had little chance to build experience. Yet women returnees, and women who are "
                    "relatives of VETOs, have specific needs linked to children, economic dependence, "
                    "trauma and stigma.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>A knowledge-building initiative</h2><p>The initiative described here is modest: "
                    "collect what is already known, learn from neighbours and write it down. It would bring "
                    "together prison, probation, social and health practitioners who have worked with "
                    "women, review experience from Kosovo* and from Bosnia and Herzegovina, and draw on "
                    "European guidance on gender-sensitive approaches. The result would be short practical "
                    "guidance and a training session for front-line staff. Women who have returned, and the "
                    "practitioners who supported them, could be consulted where this is safe and ethical, "
                    "so that the guidance reflects real situations rather than assumptions.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Questions the initiative should answer",
                    "points": [
                        (
                            "How do the needs and risks of women VETOs differ from those of men, and where "
                            "are they the same?"
                        ),
                        (
                            "How should practitioners work with mothers while protecting the interests of "
                            "children?"
                        ),
                        "How can women be offered support directly, and not only through male relatives?",
                        "Which staff, and of which gender, should lead contact?",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Status of this entry</h2><p>This is a generic description of a needed initiative, "
                    "not a report on an existing named programme. No implementation in Albania could be "
                    "verified, and there is no evidence yet on its effects.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "We had guidance for almost everything except the women who actually came to our "
                        "office."
                    ),
                    "attribution": "Probation officer, Albania",
                },
            ),
        ],
        "country": "AL",
        "locality": "Nationwide",
        "organisations": [
            ("Prison, probation and social services (generic)", "government"),
            ("Civil society organisations working with women (generic)", "civil_society"),
        ],
        "actor_types": [
            "prison_staff",
            "probation_staff",
            "social_workers",
            "psychologists",
            "civil_society",
        ],
        "phases": ["in_prison", "release_preparation", "post_release"],
        "target_groups": ["women_returnees", "vetos", "children", "practitioners"],
        "themes": ["gender-sensitive-approaches", "staff-training", "mental-health"],
        "gender_considerations": (
            "Central to the practice, which exists because women have been overlooked. It should also "
            "address gender stereotypes that affect men, such as male VETOs refusing to work with female "
            "staff."
        ),
        "deliverables": (
            "Practical guidance on working with women VETOs and women returnees, and a training session for "
            "front-line staff."
        ),
        "evidence_level": "none",
        "evidence_text": (
            "There is no evidence on the initiative itself, because no implementation has been verified. "
            "Only the need is documented, through practitioners' reports summarised in the RAN conclusion "
            "paper."
        ),
        "sustainability": (
            "Once produced, guidance and training can be built into existing staff training at low cost."
        ),
        "transferability": "Relevant to every system in the Western Balkans, since they share the same gap.",
        "implementation_requirements": (
            "Practitioners with experience of women clients, a convening body, a small budget for drafting "
            "and training, and input from women returnees where this is ethically possible."
        ),
        "start_year": None,
        "end_year": None,
        "status": "pilot",
        "languages": ["Albanian"],
        "contact": "National P/CVE coordination structures in Albania (through official channels)",
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-08-15",
        "members_only": False,
        "linked_curricula": ["gender-sensitive-approaches"],
    },
    {
        "slug": "montenegro-pre-release-multi-agency-case-conferences",
        "title": "Multi-agency case conferences before release",
        "summary": (
            "Before a VETO is released, prison staff, probation, social services, police and, where "
            "appropriate, health services meet to review the case and agree one plan for the first months "
            "in the community. This entry describes the model generically for Montenegro; its details could "
            "not be verified."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>What a case conference is</h2><p>A case conference is a structured meeting of the "
                    "agencies that hold information about, or responsibility for, one person. Held some "
                    "weeks or months before release, it replaces scattered and late contacts with one "
                    "shared plan. The prison reports on progress, risks and needs; probation explains any "
                    "conditions of supervision; social and health services say what they can provide; the "
                    "police share what is necessary for safety; and a lead agency is named.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "A typical agenda",
                    "points": [
                        "Progress in prison and the results of any assessment.",
                        "Housing, income, health and family situation on release.",
                        "Conditions of supervision, if any, and who monitors them.",
                        "Who will be the first contact on the day of release.",
                        "The date of the first review meeting after release.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Why it helps</h2><p>The 2022 RAN workshop heard repeatedly that bodies working "
                    "after release lack timely, good-quality information from prisons, and that social "
                    "services often meet a released VETO for the first time after the prison gate. A case "
                    "conference tackles both problems. It also settles who does what among security and "
                    "non-security actors, which practitioners described as still unclear, and lets them "
                    "agree what information is shared and how.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>About this entry</h2><p>This is a generic description. Montenegro takes part in "
                    "regional cooperation on radicalisation in prisons, but how, how often and with which "
                    "agencies pre-release case conferences are held there could not be verified. "
                    "Information shared at such meetings is sensitive and must be handled under "
                    "data-protection rules. Where it is safe and appropriate, the person concerned should "
                    "be told what the plan contains and be given a chance to contribute to it, since a plan "
                    "made entirely without them is less likely to be followed.</p>"
                ),
            ),
        ],
        "country": "ME",
        "locality": "Nationwide",
        "organisations": [
            ("Prison administration (generic)", "prison_service"),
            ("Centres for social work (generic)", "social_services"),
            ("Police (generic)", "police"),
        ],
        "actor_types": [
            "prison_staff",
            "probation_staff",
            "social_workers",
            "police",
            "government_agencies",
        ],
        "phases": ["release_preparation", "release_transition"],
        "target_groups": ["vetos", "ftfs", "practitioners"],
        "themes": ["multi-agency-cooperation", "release-preparation"],
        "gender_considerations": (
            "Not addressed explicitly. Conferences should consider the gender of the lead worker and the "
            "needs of partners and children in the household."
        ),
        "deliverables": "A joint release plan naming a lead agency, first contacts and review dates.",
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The model reflects experience and recommendations discussed at the 2022 RAN workshop and is "
            "widely used in European probation work. Details of its use in Montenegro could not be "
            "verified, and no evaluation was found."
        ),
        "sustainability": (
            "Sustainable if written into prison release procedures rather than left to individual goodwill."
        ),
        "transferability": (
            "Transferable to any system; the main condition is a legal basis for sharing information "
            "between agencies."
        ),
        "implementation_requirements": (
            "A protocol naming the participating agencies, a chair, a lead agency for each case, "
            "data-protection safeguards and enough notice before release."
        ),
        "start_year": None,
        "end_year": None,
        "status": "pilot",
        "languages": ["Montenegrin"],
        "contact": (
            "Prison administration or local centre for social work in Montenegro (through official channels)"
        ),
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
            (
                "Western Balkans regional action on prisons (Council of Europe)",
                "https://wbregionprisons.coe.int/",
            ),
        ],
        "last_verified": "2026-08-20",
        "members_only": True,
        "linked_curricula": [],
    },
    {
        "slug": "serbia-post-penal-assistance-staff-exchange",
        "title": "Post-penal assistance and regional staff exchange",
        "summary": (
            "General post-penal assistance for people leaving prison can give released VETOs a structured "
            "starting point, and Serbian practitioners have taken part in regional exchanges on "
            "radicalisation in prisons. This entry describes how these general tools can serve released "
            "VETOs; their specific use with VETOs could not be verified."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>Post-penal assistance</h2><p>Post-penal assistance means practical help for people "
                    "after they have served a sentence: contact with services, identity documents, housing, "
                    "work and social welfare. In Serbia the institutions most relevant to this are the "
                    "probation offices within the prison administration and the local centres for social "
                    "work. Applied to VETOs, it can provide a named contact, an agreed list of needs and "
                    "referrals to services, prepared before the release date where possible.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>Staff exchange</h2><p>Serbia was among the beneficiaries of the regional Council "
                    "of Europe action on radicalisation in prisons described elsewhere in this library. "
                    "Visits to neighbouring prisons and probation offices, joint training and shared case "
                    "discussions are common forms of such exchange. They let staff compare cases with "
                    "colleagues who face similar problems, and practitioners at the 2022 RAN workshop asked "
                    "for such opportunities to become more systematic across the Western Balkans.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "What to put in place for VETOs",
                    "points": [
                        "Start post-penal planning before release, not at the gate.",
                        "Train probation and social work staff on VETO cases.",
                        "Agree with police and security services what information is shared.",
                        "Use regional exchanges to learn from other systems.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>What could not be verified</h2><p>This entry could not verify whether VETOs in "
                    "Serbia currently receive post-penal assistance adapted to their situation, how many "
                    "have received it, or whether specific protocols exist with security agencies. Readers "
                    "should check the current legal framework and practice with the prison administration. "
                    "Where post-penal assistance is offered, it is worth recording what was provided and "
                    "what happened next, so that a future evaluation has something to build on.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The law gives us the tools; the hard part is making the first contact before he "
                        "walks out."
                    ),
                    "attribution": "Probation officer, Serbia",
                },
            ),
        ],
        "country": "RS",
        "locality": "Nationwide",
        "organisations": [
            ("Probation offices of the prison administration (generic)", "probation_service"),
            ("Centres for social work (generic)", "social_services"),
        ],
        "actor_types": ["probation_staff", "social_workers", "prison_staff"],
        "phases": ["release_preparation", "release_transition", "post_release"],
        "target_groups": ["vetos", "probation_staff", "practitioners"],
        "themes": ["post-release-support", "staff-training", "multi-agency-cooperation"],
        "gender_considerations": (
            "Not addressed explicitly in the sources used. Post-penal plans should consider partners and "
            "children who depend on the released person."
        ),
        "deliverables": (
            "Post-penal assistance plans and referrals, and participation of staff in regional exchange."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The description draws on the general role of post-penal assistance and on practitioners' calls "
            "for exchange reported in the RAN conclusion paper. Whether and how it is applied to VETOs in "
            "Serbia, and with what results, could not be verified, and no evaluation was found."
        ),
        "sustainability": (
            "Post-penal assistance is part of the regular system, which favours continuity; exchange "
            "depends on donor-funded regional programmes."
        ),
        "transferability": (
            "Every system in the region has some form of post-penal assistance that could be adapted for "
            "VETOs in the same way."
        ),
        "implementation_requirements": (
            "Trained probation and social work staff, early access to prisoners, an information-sharing "
            "protocol and funding for exchange visits."
        ),
        "start_year": None,
        "end_year": None,
        "status": "active",
        "languages": ["Serbian"],
        "contact": "Serbian prison administration, Ministry of Justice (through official channels)",
        "sources": [
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
            (
                "Western Balkans regional action on prisons (Council of Europe)",
                "https://wbregionprisons.coe.int/",
            ),
        ],
        "last_verified": "2026-09-01",
        "members_only": False,
        "linked_curricula": [],
    },
    {
        "slug": "denmark-aarhus-model-exit-and-mentoring",
        "title": "The Aarhus model: exit programme and mentoring through police and municipal cooperation",
        "summary": (
            "In Aarhus, the municipality and East Jutland Police work together to prevent radicalisation "
            "and to help people leave violent extremist milieus, including returned foreign fighters. The "
            "model combines an exit programme with mentoring and builds on existing crime prevention "
            "cooperation between schools, social services and police."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>Origins and structure</h2><p>The work began as a pilot project in 2007 and was "
                    "later placed within the city's established cooperation between schools, social "
                    "services and the police, known in Denmark as SSP. Preventing radicalisation is treated "
                    "as a specialised branch of ordinary crime prevention, using the same working "
                    "relationships and the same rules on information exchange. A joint unit called the Info "
                    "House, staffed by police and municipal workers, receives concerns from professionals "
                    "and citizens, assesses them and decides on next steps.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Main tools",
                    "points": [
                        (
                            "Exit programmes for people involved in violent extremist milieus, including "
                            "returned foreign fighters."
                        ),
                        "Mentoring by trained mentors who help with everyday life, education and work.",
                        "Advice and counselling for professionals and relatives, including parent networks.",
                        "Dialogue with local communities and awareness work for professionals.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Relevance to the prison-exit continuum</h2><p>The model is not a prison programme, "
                    "but it shows how a municipality and the police can share responsibility for a person "
                    "in the community, with social support and security monitoring working side by side. "
                    "For practitioners in the Western Balkans, the transferable elements are the standing "
                    "partnership between police and social services, the single point of entry and the use "
                    "of mentors who can build trust that the police alone cannot.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>What is and is not established</h2><p>The structure of the model is well "
                    "documented by the municipality and in the RAN collection of practices. It has "
                    "attracted international attention, and figures on reduced travel to Syria are often "
                    "quoted, but these do not come from a controlled evaluation and this entry does not "
                    "rely on them.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The mentor is the one who answers the phone at ten in the evening. That is where "
                        "trust comes from."
                    ),
                    "attribution": "Mentor coordinator, Denmark",
                },
            ),
        ],
        "country": "DK",
        "locality": "Aarhus",
        "organisations": [("Aarhus Municipality", "local_authority"), ("East Jutland Police", "police")],
        "actor_types": ["police", "social_workers", "families", "local_community", "government_agencies"],
        "phases": ["release_transition", "post_release"],
        "target_groups": ["vetos", "ftfs", "families", "communities"],
        "themes": [
            "multi-agency-cooperation",
            "post-release-support",
            "community-reintegration",
            "family-engagement",
            "rapport-building",
        ],
        "gender_considerations": (
            "Not a central feature of published descriptions. Parent networks and family counselling reach "
            "mothers and other relatives, but gender-specific methods were not established for this entry."
        ),
        "deliverables": (
            "Exit programme plans, mentoring, advice to professionals and relatives, awareness workshops."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The organisation of the model is documented in municipal material and in the RAN collection of "
            "practices. This entry did not identify a published independent evaluation of its effects, so "
            "the evidence is recorded as anecdotal."
        ),
        "sustainability": (
            "Integrated into permanent cooperation between the municipality and the police rather than "
            "dependent on a project."
        ),
        "transferability": (
            "Its principles have been adopted elsewhere, but it relies on Danish traditions of trust in "
            "institutions and on established SSP cooperation; Western Balkan systems would need to build "
            "the underlying partnership first."
        ),
        "implementation_requirements": (
            "A formal partnership between police and municipality, a legal basis for information exchange, "
            "trained mentors and a joint point of entry."
        ),
        "start_year": 2007,
        "end_year": None,
        "status": "active",
        "languages": ["Danish"],
        "contact": "Aarhus Municipality, anti-radicalisation effort (via the municipality's website)",
        "sources": [
            ("Aarhus Municipality", "https://www.aarhus.dk/"),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-09-10",
        "members_only": False,
        "linked_curricula": ["rapport-building-and-trust"],
    },
    {
        "slug": "germany-violence-prevention-network-prison-and-after",
        "title": "Violence Prevention Network: deradicalisation work in prison and after release",
        "summary": (
            "Violence Prevention Network is a German non-governmental organisation that works with people "
            "who have committed ideologically motivated violence, both in prison and after release. Its "
            "approach, known as education of responsibility, combines group and individual work in custody "
            "with stabilisation coaching once the person is back in the community."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>The organisation</h2><p>Founded in 2004 and based in Berlin, Violence Prevention "
                    "Network grew out of training courses held in prison with young violent offenders from "
                    "the extreme right, and later extended its work to people involved in Islamist "
                    "extremism. It works with the prison authorities of several German federal states and "
                    "runs counselling services for people leaving extremist milieus and for their "
                    "relatives. Its facilitators complete training in the organisation's own method before "
                    "they work with clients.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Core elements",
                    "points": [
                        "Voluntary participation, agreed in individual conversations.",
                        "Group training in prison on personal history, violence and ideology.",
                        "Civic and political education alongside personal reflection.",
                        "Stabilisation coaching after release, covering daily life, family and work.",
                        "Counselling for relatives of radicalised people.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Relevance to the continuum</h2><p>The trainers who work with a person in prison "
                    "stay in contact after release, which avoids the break in relationship that "
                    "practitioners in the Western Balkans describe as a major problem. The approach relies "
                    "on a respectful, non-humiliating stance and on building a working relationship before "
                    "challenging beliefs, which links it directly to rapport building. Involving relatives "
                    "and other people the person trusts during the transition also echoes the family "
                    "engagement that workshop participants in the Western Balkans recommended.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "He only started to talk about the ideology after months of talking about "
                        "everything else."
                    ),
                    "attribution": "Prison trainer, Germany",
                },
            ),
            (
                "text",
                (
                    "<h2>What is and is not established</h2><p>The organisation publishes external "
                    "evaluation reports on its website, including a study of reoffending among former "
                    "course participants. This entry has not reviewed those reports in detail. The "
                    "reoffending study compared participants with general statistics rather than with a "
                    "matched group, so on its own it cannot show that the programme caused the "
                    "difference.</p>"
                ),
            ),
        ],
        "country": "DE",
        "locality": "Several federal states (based in Berlin)",
        "organisations": [("Violence Prevention Network", "civil_society")],
        "actor_types": ["civil_society", "prison_staff", "families"],
        "phases": ["in_prison", "release_preparation", "release_transition", "post_release"],
        "target_groups": ["vetos", "families"],
        "themes": ["rapport-building", "post-release-support", "family-engagement", "release-preparation"],
        "gender_considerations": (
            "The early prison courses were designed for young men. How current programmes address women was "
            "not established for this entry."
        ),
        "deliverables": (
            "Group and individual training in prison, stabilisation coaching after release, counselling for "
            "relatives and training for professionals."
        ),
        "evidence_level": "process_evaluation",
        "evidence_text": (
            "External evaluation reports have been published by the organisation, which supports a process "
            "evaluation rating as a conservative choice. A reoffending study exists but lacks a matched "
            "comparison group, and this entry has not assessed the reports in depth."
        ),
        "sustainability": (
            "A long track record since 2004, funded from a mix of federal, state and EU sources, but "
            "dependent on continued public funding."
        ),
        "transferability": (
            "The approach is documented in enough detail to be adapted elsewhere; adapting it needs "
            "credible facilitators with the right languages and prison authorities willing to admit a "
            "non-governmental partner."
        ),
        "implementation_requirements": (
            "Agreements with prison authorities, trained facilitators, funding for coaching after release "
            "and voluntary participation."
        ),
        "start_year": 2004,
        "end_year": None,
        "status": "active",
        "languages": ["German"],
        "contact": "Violence Prevention Network (via its website)",
        "sources": [
            ("Violence Prevention Network", "https://violence-prevention-network.de/"),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-09-20",
        "members_only": False,
        "linked_curricula": ["rapport-building-and-trust"],
    },
    {
        "slug": "netherlands-probation-team-ter",
        "title": "Team TER: a specialised probation team for terrorism, extremism and radicalisation",
        "summary": (
            "Since 2012 the Dutch probation organisation Reclassering Nederland has had a nationally "
            "operating specialised team, Team TER, for people suspected or convicted of terrorist offences. "
            "The team advises courts, supervises conditions during and after detention and works closely "
            "with prisons, police, prosecutors and municipalities."
        ),
        "description": [
            (
                "text",
                (
                    "<h2>How the team works</h2><p>Team TER brings together probation officers from across "
                    "the Netherlands who have received additional training for work with extremist clients. "
                    "They carry out the usual probation tasks, such as advice reports for courts and "
                    "supervision of special conditions, but for this group only. Officers can call on "
                    "specialist advice, for example from a psychologist or a religious expert, and "
                    "published descriptions say that they work in pairs.</p>"
                ),
            ),
            (
                "text",
                (
                    "<h2>Approach</h2><p>Supervision combines control with support. Officers try to keep "
                    "the conversation going, including through home visits and contact with relatives, "
                    "while checking that conditions are respected. They also work on the person's ties to "
                    "society, for instance through education and help with finding work, so that the person "
                    "has more to lose by returning to extremism. The underlying probation method is not "
                    "fundamentally different from work with other offenders; what differs is the specialist "
                    "knowledge, the intensity of contact and the closeness of cooperation with security "
                    "partners. Municipalities can also ask the team for expert advice about residents who "
                    "worry them, even when there is no criminal case.</p>"
                ),
            ),
            (
                "key_points",
                {
                    "heading": "Features relevant to the Western Balkans",
                    "points": [
                        (
                            "A small national team concentrates scarce expertise instead of spreading it "
                            "thinly."
                        ),
                        (
                            "The same specialists follow a case from advice to the court through to "
                            "supervision after release."
                        ),
                        "Close cooperation with prisons, police, prosecution and municipalities.",
                        "Access to psychological and theological expertise when needed.",
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>What is and is not established</h2><p>The existence, remit and ways of working of "
                    "the team are described by Reclassering Nederland and in the RAN collection of "
                    "practices. This entry did not identify a published evaluation of its effects on "
                    "reoffending, so the evidence level is recorded as anecdotal.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "We are not there to win a theological debate. We are there to keep talking, even "
                        "when it is uncomfortable."
                    ),
                    "attribution": "Probation officer, Netherlands",
                },
            ),
        ],
        "country": "NL",
        "locality": "Nationwide",
        "organisations": [("Reclassering Nederland", "probation_service")],
        "actor_types": [
            "probation_staff",
            "psychologists",
            "religious_leaders",
            "police",
            "government_agencies",
        ],
        "phases": ["in_prison", "release_preparation", "post_release"],
        "target_groups": ["vetos", "ftfs", "families"],
        "themes": ["post-release-support", "multi-agency-cooperation", "rapport-building", "staff-training"],
        "gender_considerations": (
            "Not a stated focus of the published descriptions used here; how the team adapts its work for "
            "women clients was not established."
        ),
        "deliverables": (
            "Advice reports to courts, supervision plans, supervision of special conditions and expert "
            "advice to municipalities."
        ),
        "evidence_level": "anecdotal",
        "evidence_text": (
            "The team's remit and methods are documented by the probation organisation and in the RAN "
            "collection of practices. No published evaluation of its effects was identified for this entry, "
            "so the rating is anecdotal."
        ),
        "sustainability": "Part of the regular structure of the national probation organisation since 2012.",
        "transferability": (
            "A specialised unit is feasible even in small systems, where a handful of trained officers can "
            "cover the whole country."
        ),
        "implementation_requirements": (
            "A legal framework for conditions and supervision, specialist training, access to expert advice "
            "and formal cooperation with prisons, police and local authorities."
        ),
        "start_year": 2012,
        "end_year": None,
        "status": "active",
        "languages": ["Dutch"],
        "contact": "Reclassering Nederland (via its website)",
        "sources": [
            ("Reclassering Nederland", "https://www.reclassering.nl/"),
            (
                (
                    "RAN conclusion paper: Working with violent extremist or terrorist offenders along the "
                    "prison-exit continuum (2022)"
                ),
                "https://ec.europa.eu/ran",
            ),
        ],
        "last_verified": "2026-10-01",
        "members_only": False,
        "linked_curricula": ["rapport-building-and-trust"],
    },
]
