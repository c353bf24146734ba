"""The genre's vocabulary for generated meetings: crimes, places, priorities, items, topics,
answers, achievements, operations, owners, venues and times."""

from __future__ import annotations

CRIMES = [
    "burglary",
    "residential burglary",
    "robbery",
    "knife crime",
    "violent crime",
    "serious violence",
    "shoplifting",
    "vehicle crime",
    "anti-social behaviour",
    "domestic abuse",
    "hate crime",
    "rape and serious sexual offences",
    "drug offences",
    "fraud",
    "stalking and harassment",
    "criminal damage",
    "business crime",
    "knife crime",
    "theft from the person",
    "violence against women and girls",
]
PLACES = [
    "the North Division",
    "the East Division",
    "the South Division",
    "the West Division",
    "the night-time economy",
    "rural areas",
    "coastal towns",
    "the county's town centres",
]
PRIORITIES = [
    "Putting victims first",
    "Tackle violence against women and girls (VAWG)",
    "Protect people from exploitation and abuse",
    "Combat organised crime, county lines and serious crime",
    "Be visible and responsive to the needs of the communities",
    "Prevent road danger and support vision zero",
    "Protect young people and provide opportunities",
    "Work with residents, communities and businesses to prevent crime and anti-social behaviour",
    "Tackle knife crime and serious violence",
    "Deliver an efficient and effective police service",
]
# Substantive items: title (the plan's name fills {plan}) and the headings it may have.
ITEMS: list[tuple[str, list[str | None]]] = [
    ("{plan}: Delivery & Performance", list(PRIORITIES)),
    (
        "Inspections, Audits & Reviews",
        [
            "HMICFRS PEEL inspection update",
            "HMICFRS publication – the police response to public disorder",
            "HMICFRS publication – the policing response to anti-social behaviour",
            "Crime Data Integrity",
            "Internal and External Audit Functions",
        ],
    ),
    (
        "People",
        [
            "Recruitment plan",
            "Diversity application data and force representation",
            "Retention",
            "PCSO update",
            "Attendance and wellbeing",
            "Officer uplift",
        ],
    ),
    ("Finance", [None, "Revenue budget", "Capital programme", "Medium term financial plan"]),
    ("Topical Issues & Update on Significant Operational Matters", [None]),
    ("Estates and Facilities", ["Estates strategy", "Custody suites", None]),
    ("Digital, Data and Technology", ["Records management system", "Body-worn video", None]),
    ("Complaints and Professional Standards", ["Complaints handling", "Vetting", None]),
    ("Stop and Search", [None, "Scrutiny panel findings"]),
    ("Neighbourhood Policing", ["Ward officers", "Community engagement", None]),
    ("Victims and Witnesses", ["Victims' Code compliance", "Victim satisfaction", None]),
    ("Roads Policing", ["Fatal and serious collisions", "Speed enforcement", None]),
    ("Contact Management", ["999 call handling", "101 call handling", None]),
]
TOPICS = [
    "the use of stop and search in {place}",
    "the police response to {crime} in {place}",
    "the number of officers available for neighbourhood patrols",
    "the backlog of digital forensic examinations",
    "victim satisfaction with the overall service",
    "the outcome rate for {crime}",
    "the time taken to answer 101 calls",
    "the recruitment of special constables",
    "the roll-out of the new records management system",
    "the Force's work with schools on knife crime",
    "county lines activity in {place}",
    "the vetting of new recruits",
    "the cost of policing the summer's events",
    "repeat victims of {crime}",
    "the charge rate for {crime}",
    "the custody estate",
]
ANSWERS = [
    "the Force was confident that the current approach was working, and would keep it under review",
    "there had been a rise in demand in {place}, and additional officers had been deployed",
    "the figures were provisional and would be confirmed in the next quarterly report",
    "the police were working closely with partners, including the local authority and health",
    "the Force had commissioned a review, which would report in the spring",
    "a dedicated team had been set up to tackle {crime}",
    "the data was not yet comparable with last year, because recording practice had changed",
    "more detail would be provided in writing after the meeting",
    "officers had received additional training on {crime} and on supporting victims",
    "the increase reflected greater confidence among victims to report to the police",
    "the pattern in {place} matched the national picture reported by the Home Office",
    "a problem-solving plan was in place with the community safety partnership",
    "the change was driven by a small number of repeat offenders who had since been arrested",
    "staff vacancies in the control room had affected performance over the summer",
    "the new shift pattern would put more officers on duty at peak times",
    "a force-wide audit of {crime} recording had found no systemic problems",
    "the neighbourhood teams in {place} had been strengthened in the autumn",
    "victims of {crime} were now contacted within a day of reporting",
    "the Force was bidding for Home Office funding to extend the work",
    "lessons from the inspection had been built into the training programme",
]
ACHIEVEMENTS = [
    "the reduction in {crime}",
    "its work during Operation {operation}",
    "the improvement in 999 answer times",
    "the quality of the paper",
    "the response to the recent flooding",
    "the arrests made following the incidents in {place}",
    "the work of the neighbourhood teams in {place}",
    "the recognition the Force had received from HMICFRS",
]
OPERATIONS = """Sceptre Limit Encompass Nightingale Guardian Bluewater Falcon Kestrel Harrier
Orion Vigilant Safeguard Trident Meadow Lantern""".split()
OWNERS = ["Force", "OPCC", "Chief Constable", "CC", "DCC", "ACC", "CFO", "CE"]
VENUES = [
    "Conference Room, {force} Headquarters",
    "Council Chamber, County Hall",
    "Online (Microsoft Teams)",
    "Boardroom, Office of the Commissioner",
]
TIMES = ["10:00", "14:00", "09:30", "13:30", None, None]
# How statements end, by kind: each meeting uses each once before repeating any.
ENDINGS = {
    "satisfied": [
        "but said the Force was determined to improve on this",
        "which was in line with the most similar forces",
        "a small improvement on the previous quarter",
        "though the survey sample remained small",
    ],
    "follow-up": [
        "the {crime} problem profile would be refreshed",
        "a fuller analysis of {crime} would come to the next meeting",
        "the {crime} action plan would be reviewed in the spring",
        "partners would share their own {crime} data with the Force",
    ],
    "priority": [
        "described the partnership work under way",
        "pointed to the results of recent operations",
        "noted the support of the local councils",
        "outlined the work planned for the coming months",
    ],
    "paper": [
        "the paper set out the position at the end of the quarter",
        "the figures in the paper were still provisional",
        "a further update would follow in writing",
        "the detail was in the appendix to the paper",
    ],
}
