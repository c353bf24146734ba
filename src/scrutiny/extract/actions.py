"""Actions written inside the notes: "Action – Paul Fell to …", "ACTION: …", "Force: …".

Owners are written as roles, names, initials ("KM/GM") or organisations, before a colon or
dash, or as the subject of "X to <verb>"; due dates and statuses as "Owner:", "Due:" and
"Status:" fields or "by <date>". The action's text stays as written.
"""

from __future__ import annotations

import re

from scrutiny.extract.dates import find_dates, parse_date
from scrutiny.record import Action, Status

# "Action", "ACTION 3:", "Action 3/24 –", "Actions:"; not "Action update", "Action log".
# Also "11. ACTION:", "ACTION (DCC):" naming the owner, and "Agreed: the ACC to circulate …".
ACTION_LABEL = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?:agreed\s+)?actions?\b"
    r"(?!\s+(?:update|log|tracker|arising|register|sheet|summary|table)\b)"
    r"\s*(?:(?:no\.?|ref\.?|number)?\s*[A-Z]?\d+(?:[/.]\d+)*)?"
    r"\s*(?:\((?P<owner>[^()]{1,40})\)\s*)?(?:[:–—-]\s*|$)"
    r"|^agreed\s*:\s*(?=(?:that\s+)?(?:the\s+)?[A-Z][\w/.’'-]*(?:\s+[A-Z][\w/.’'-]*){0,4}\s+"
    r"(?:to|will|would|should)\s+[a-z])",
    re.IGNORECASE,
)
_OWNER_WORD = r"(?:[A-Z][\w.’'-]*|[A-Z]{2,}(?:/[A-Z]{2,})+|&|and|of|the)"
_OWNER_PREFIX = re.compile(rf"^(?P<owner>[A-Z][\w.’'/-]*(?:\s+{_OWNER_WORD}){{0,5}})\s*[:–—]\s+")
# "CC to report …": an owner, "to" and a verb. "Write to the Home Office …" is an instruction
# with no owner: what follows its "to" is a determiner, never a verb.
_OWNER_SUBJECT = re.compile(
    rf"^(?P<owner>[A-Z][\w.’'/-]*(?:\s+{_OWNER_WORD}){{0,4}}?)\s+to\s+"
    r"(?!(?:the|a|an|all|any|each|every|this|that|these|those|his|her|their|its|our)\b)[a-z]+\b"
)
_FIELD = re.compile(
    r"[(\[;,–—-]?\s*\b(?P<key>owner|lead|responsible|due(?:\s+date)?|deadline|by\s+when|status)"
    r"(?:\s*[:–—-]\s*|\s+(?=\d))"  # "Due: 1 May", or "due 1 May"
    r"(?P<value>[^;,)\]–—]+?)\s*(?=[;,)\]–—]|\s-\s|$|\b(?:owner|lead|due|deadline|status)\b)",
    re.IGNORECASE,
)
# A log entry's reference: "1.", "2)", "3/25", "A12".
_REFERENCE = re.compile(r"^(?:\d{1,3}[.)]|[A-Z]{0,3}\d+(?:[/.]\d+)+)\s*[:–—-]?\s+")
_TRAILING_BRACKETS = re.compile(r"\s*\((?P<inside>[^()]{1,100})\)(?P<stop>[.!?]?)\s*$")
_BRACKET_PARTS = re.compile(r"\s*[,;]\s*")
_THAT_THE = re.compile(r"^(?:that\s+)?(?:the\s+)?", re.IGNORECASE)  # "that the ACC to …"
_DASHED_DATE = re.compile(r"\s[–—-]\s+(?P<date>[^–—]{6,40}?)\.?$")
_OWNER_WORDS = re.compile(r"^(?:owner|lead|responsible)(?:\s*[:–—-]\s*|\s+)", re.IGNORECASE)
_DUE_WORDS = re.compile(r"^(?:by|due(?:\s+by)?|before|no\s+later\s+than|deadline)\b:?\s*", re.I)
_BRACKETED_OWNER = re.compile(rf"[A-Z][\w.’'/-]*(?:\s+{_OWNER_WORD}){{0,5}}")
_BY_DATE = re.compile(r"\b(?:by|before|no later than)\s+(?=(?P<date>[^.;,()]+?)\s*(?:[.;,()]|$))")
_STATUSES: dict[str, Status] = {
    "open": "open",
    "ongoing": "open",
    "in progress": "open",
    "outstanding": "open",
    "overdue": "open",
    "not started": "open",
    "carried forward": "open",
    "closed": "closed",
    "complete": "closed",
    "completed": "closed",
    "discharged": "closed",
    "done": "closed",
    "achieved": "closed",
}
STATUS_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(_STATUSES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


_TRAILING_STATUS = re.compile(
    rf"(?:\s+[–—-]\s*|\.\s+|\s*\()(?P<status>{STATUS_WORDS.pattern})\)?\s*\.?$",
    re.IGNORECASE,
)


def status_of(text: str) -> Status | None:
    return _STATUSES.get(" ".join(text.lower().split()))


def action_label(text: str) -> re.Match[str] | None:
    return ACTION_LABEL.match(text)


def parse_action(text: str, item: str | None = None) -> Action | None:
    """An action from its text, with any "Action" label taken off; None if nothing is left."""
    label = action_label(text) or _REFERENCE.match(text)
    if label:
        text = text[label.end() :]
    action = Action(text=text.strip(), item=item)
    if label and label.re is ACTION_LABEL and label["owner"]:
        action.owner = label["owner"].strip()
    _take_trailing_brackets(action)
    _take_fields(action)
    _take_trailing_status(action)
    prefix = _OWNER_PREFIX.match(action.text)
    if prefix and not action.owner:
        action.owner = _without_article(prefix["owner"])
        action.text = action.text[prefix.end() :].strip()
    elif not action.owner and (subject := _OWNER_SUBJECT.match(_THAT_THE.sub("", action.text))):
        action.owner = _without_article(subject["owner"])
    if action.due is None:
        dates = (parse_date(by["date"]) for by in _BY_DATE.finditer(action.text))
        action.due = next((due for due in dates if due), None)
    if action.due is None and (last := _DASHED_DATE.search(action.text)):
        action.due = parse_date(last["date"])  # "… cost model – 31 January 2025."
    return action if action.text else None


def _without_article(owner: str) -> str:
    """ "The Deputy Chief Constable to provide …" is owned by the Deputy Chief Constable."""
    return re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)


def _take_trailing_status(action: Action) -> None:
    """A status written last: "… – open", "… Closed.", "… (complete)"."""
    match = _TRAILING_STATUS.search(action.text)
    if match and match.start() > 0:
        action.status = action.status or status_of(match["status"])
        action.text = action.text[: match.start()].rstrip(" –—-")
        if not action.text.endswith((".", "!", "?")) and match.group().lstrip().startswith("."):
            action.text += "."


def _take_trailing_brackets(action: Action) -> None:
    """Owner and due date in closing brackets: "… to the next meeting (CC, by 1 May 2025)."

    Only brackets that hold a date: "(VAWG)" or "(DPR)" at the end name a thing, not an owner.
    """
    match = _TRAILING_BRACKETS.search(action.text)
    if match is None or match.start() == 0:
        return
    owner = due = None
    for raw in _BRACKET_PARTS.split(match["inside"].strip()):
        part = _OWNER_WORDS.sub("", raw)  # "(Owner: DCC, by 28 February 2025)"
        if due is None and (day := parse_date(_DUE_WORDS.sub("", part))):
            due = day
        elif owner is None and _BRACKETED_OWNER.fullmatch(part):
            owner = part
        else:
            return
    if due is None:
        return
    action.owner = action.owner or owner
    action.due = action.due or due
    action.text = action.text[: match.start()] + match["stop"]


def _take_fields(action: Action) -> None:
    """Move "Owner: X", "Due: date" and "Status: open" fields out of the text."""
    fields = list(_FIELD.finditer(action.text))
    for match in fields:
        key, value = match["key"].lower(), match["value"].strip()
        if key in ("owner", "lead", "responsible"):
            action.owner = value
        elif key == "status":
            action.status = status_of(value)
        else:
            action.due = parse_date(value) or next((d for d, _, _ in find_dates(value)), None)
    if fields:
        rest = action.text[fields[-1].end() :]
        # What follows the last field is usually just the bracket the fields opened with.
        text = action.text[: fields[0].start()] + ("" if not rest.strip(" )].;") else rest)
        # "… the next meeting (Owner: CC).": the sentence's stop outlives its bracket.
        stop = "." if rest.strip(" )]") == "." else ""
        action.text = text.strip(" ([;,–—-\t") + stop
