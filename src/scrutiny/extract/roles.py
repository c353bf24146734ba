"""The offices that speak at accountability boards, and the abbreviations notes use for them.

Notes spell a role out ("The Chief Constable") or abbreviate it ("the CC"); records always use
the abbreviation, so both spellings must map to one key. Longest titles come first so that
"Deputy Chief Constable" is never read as "Chief Constable".
"""

from __future__ import annotations

import re

# Title as notes write it -> the abbreviation boards conventionally use.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "Deputy Police, Fire and Crime Commissioner": "DPFCC",
    "Police, Fire and Crime Commissioner": "PFCC",
    "Police Fire and Crime Commissioner": "PFCC",
    "Deputy Police and Crime Commissioner": "DPCC",
    "Police and Crime Commissioner": "PCC",
    "Deputy Chief Constable": "DCC",
    "Assistant Chief Constable": "ACC",
    "Temporary Assistant Chief Constable": "T/ACC",
    "Chief Constable": "CC",
    "Deputy Chief Executive": "DCE",
    "Chief Executive Officer": "CEO",
    "Chief Executive": "CE",
    "Chief Finance Officer": "CFO",
    "Chief Financial Officer": "CFO",
    "Director of Finance": "DoF",
    "Assistant Chief Officer": "ACO",
    "Chief Superintendent": "Ch Supt",
    "Detective Chief Superintendent": "DCS",
    "Monitoring Officer": "MO",
    "Vice Chair": "Vice Chair",
    "Chair": "Chair",
    "Head of Performance": "HoP",
    # Spellings other offices use; the "and" forms above stay first so abbreviation -> title
    # lookups that take the first title give the usual spelling.
    "Police & Crime Commissioner": "PCC",
    "Deputy Police & Crime Commissioner": "DPCC",
    "Police, Fire & Crime Commissioner": "PFCC",
    "Deputy Police, Fire & Crime Commissioner": "DPFCC",
    "Police, Crime and Victims' Commissioner": "PCVC",
    "Deputy Mayor for Policing and Crime": "DMPC",
    "Deputy Mayor": "DMPC",
    "Temporary Deputy Chief Constable": "T/DCC",
    "Temporary Chief Constable": "T/CC",
    "Detective Superintendent": "Det Supt",
}

_ALTERNATION = "|".join(
    re.escape(title).replace(r"\ ", r"\s+").replace(",", ",?")
    for title in sorted(ROLE_ABBREVIATIONS, key=len, reverse=True)
)
# Every title starts with one of a few words; checking those first lets a scan pass most
# positions without trying each title.
_FIRST_WORDS = "|".join(sorted({re.escape(t.split()[0].rstrip(",")) for t in ROLE_ABBREVIATIONS}))
_FIRST_LETTERS = "".join(sorted({t[0].lower() for t in ROLE_ABBREVIATIONS}))
ROLE_TITLE = re.compile(
    rf"\b(?=[{_FIRST_LETTERS}])(?=(?:{_FIRST_WORDS})\b)(?:{_ALTERNATION})\b", re.IGNORECASE
)


def _key(title: str) -> str:
    return re.sub(r"[\s,]+", " ", title).strip().lower()


_BY_KEY = {_key(title): abbr for title, abbr in ROLE_ABBREVIATIONS.items()}


def abbreviation_for_role(title: str) -> str | None:
    """The conventional abbreviation for a role title, or None when the title is not known."""
    return _BY_KEY.get(_key(title))
