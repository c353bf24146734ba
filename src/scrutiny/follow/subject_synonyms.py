"""The synonym table for figure subjects: phrases the notes use for one thing, mapped to one
spelling. Applied to whole words, longest phrase first, after lowercasing and before plurals are
stemmed, so each entry is written in the singular and plural forms the notes use. Mapping to ""
drops a word that qualifies how a figure was counted, not what it counts.
"""

from __future__ import annotations

SYNONYMS: dict[str, str] = {
    # Officers are police officers unless said otherwise; staff and PCSOs keep their names.
    "police officer": "officer",
    "police officers": "officer",
    "police community support officer": "pcso",
    "police community support officers": "pcso",
    "full time equivalent": "fte",
    "full-time equivalent": "fte",
    # Headcount and strength name the same establishment count; FTE stays via the unit.
    "headcount": "",
    "strength": "",
    # Sickness: "working days" and "days" lost are the same measure in these notes.
    "working day": "day",
    "working days": "day",
    # "Solved outcome rate" is the Home Office outcome name for the solved rate.
    "solved outcome": "solved",
    "solved outcomes": "solved",
    # Call volume: calls answered, received and handled are one series ("calls to 101");
    # abandoned calls and the attrition rate stay apart.
    "answered": "",
    "received": "",
    "handled": "",
    # A rise or a fall is a change in the measure: "an increase in drug offences" and "drug
    # offences had increased by" are one series (`series_key(change=True)`), whose falls are
    # negative. Only the nouns: the extractor's subjects keep nouns, and "had fallen to" quotes a
    # level.
    "increase": "change",
    "increases": "change",
    "decrease": "change",
    "decreases": "change",
    "reduction": "change",
    "reductions": "change",
    "rise": "change",
    "rises": "change",
    "drop": "change",
    "drops": "change",
    "decline": "change",
    "declines": "change",
    "growth": "change",
    "uplift": "change",
    # Common abbreviations spelt out in some notes.
    "anti-social behaviour": "asb",
    "antisocial behaviour": "asb",
    "violence against women and girls": "vawg",
}
