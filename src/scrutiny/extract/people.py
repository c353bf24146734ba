"""People as attendance lists write them: name, role, abbreviation and organisation.

Offices list people in many ways: "Matthew Scott Police and Crime Commissioner (PCC)", "Peter
Ayling – Deputy Chief Constable (DCC)", "PFCC Stephen Mold (SM)", "Stephen Mold, Police, Fire and
Crime Commissioner", "Paul Fell (CE)", one to a line under organisation sub-headings or several
to a line after "Present:". Everything here works from the shape of a line and the role
vocabulary in `roles`, never from any one office's names.
"""

from __future__ import annotations

import re

from scrutiny.extract.roles import ROLE_ABBREVIATIONS, ROLE_TITLE, abbreviation_for_role
from scrutiny.record import Person

# --- Role vocabulary -----------------------------------------------------------------------

# Abbreviation -> title. The roles table lists the usual spelling of a title first.
_TITLE_BY_ABBREVIATION: dict[str, str] = {}
for _title, _abbr in ROLE_ABBREVIATIONS.items():
    _TITLE_BY_ABBREVIATION.setdefault(_abbr, _title)

# Police ranks written before a name ("Supt. Jane Roe", "DCS Ali Khan", "Ch Insp Sam Lee"):
# (how notes write the rank, the rank spelled out, its conventional abbreviation). Kept here, not
# in the roles table, because bare "Inspector" or "Sergeant" in running text is rarely a speaker.
_RANKS: tuple[tuple[str, str, str], ...] = (
    (
        r"Det(?:ective)?\.?\s+Ch(?:ief)?\.?\s+(?:Supt|Superintendent)|D/?Ch\.?\s*Supt|DCS",
        "Detective Chief Superintendent",
        "DCS",
    ),
    (r"Ch(?:ief)?\.?\s*Supt|C/Supt|Chief\s+Superintendent", "Chief Superintendent", "Ch Supt"),
    (
        r"Det(?:ective)?\.?\s+(?:Supt|Superintendent)|D/Supt|DSupt",
        "Detective Superintendent",
        "Det Supt",
    ),
    (r"Supt|Superintendent", "Superintendent", "Supt"),
    (r"Det(?:ective)?\.?\s+Ch(?:ief)?\.?\s+Insp(?:ector)?|DCI", "Detective Chief Inspector", "DCI"),
    (r"Ch(?:ief)?\.?\s*Insp|C/Insp|Chief\s+Inspector", "Chief Inspector", "Ch Insp"),
    (r"Det(?:ective)?\.?\s+Insp(?:ector)?|DI", "Detective Inspector", "DI"),
    (r"Insp|Inspector", "Inspector", "Insp"),
    (r"Det(?:ective)?\.?\s+(?:Sgt|Sergeant)|DS", "Detective Sergeant", "DS"),
    (r"Sgt|Sergeant|PS", "Sergeant", "Sgt"),
    (r"Det(?:ective)?\.?\s+Constable|DC", "Detective Constable", "DC"),
    (r"PCSO", "Police Community Support Officer", "PCSO"),
    (r"PC", "Police Constable", "PC"),
)
_RANK_PATTERNS = tuple(
    (re.compile(rf"(?:{pattern})\.?(?=\s)"), title, abbr) for pattern, title, abbr in _RANKS
)
_RANK_BY_ABBREVIATION = {abbr: title for _, title, abbr in _RANKS}
# "Commissioner Owen Blake (PCC)": the office's short title before the name.
_COMMISSIONER_FIRST = re.compile(r"(?:Deputy\s+)?Commissioner(?=\s+[A-Z][a-z])")
_TEMPORARY = re.compile(r"(?P<temp>T/|A/|(?:Temporary|Temp\.?|Acting)\s+)")
_QUALIFIER_PREFIX = re.compile(r"(?:(?:Interim|Joint|Senior)\s+)+")
# Words that qualify a title but that the title table does not hold ("Interim Chief Executive").
_QUALIFIERS = frozenset({"interim", "acting", "temporary", "temp", "joint", "senior", "t/"})
# Words that start a role nobody listed in the table ("Head of Strategy", "Director of ...").
ROLE_HEAD_WORDS = frozenset(
    {
        "head", "director", "deputy", "assistant", "chief", "interim", "acting", "temporary",
        "senior", "principal", "manager", "officer", "lead", "treasurer", "secretary", "adviser",
        "advisor", "analyst", "coordinator", "co-ordinator", "commissioner", "superintendent",
        "inspector", "executive", "governance", "strategic", "policy", "representative",
    }
)  # fmt: skip
# Words skipped when matching an abbreviation's letters to a title ("Head of Performance" = HoP).
_CONNECTIVES = frozenset({"and", "of", "&", "for", "the"})

# --- Line furniture --------------------------------------------------------------------------

# Bullets as documents and PDF text layers leave them, private-use symbol glyphs included.
_BULLET = re.compile(r"^(?:[\s\-–—•●○◦▪■□·*>\u2022\u2023\u2043\u25e6\ue000-\uf8ff]+|o\s+(?=[A-Z]))")
_PARENTHESES = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]|\(([^()]*)$")
# What a parenthesis says about attendance rather than about the person.
_NOTE = re.compile(
    r"\b(?:via|virtual(?:ly)?|remote(?:ly)?|on-?line|teams|zoom|skype|video|(?:tele)?phone|"
    r"dial(?:led)?[- ]in|in[- ]person|part(?:ial)?|items?|from|until|left|arrived|joined|"
    r"observ\w*|chair(?:man|person|woman)?|in\s+the\s+chair|minutes?|note[- ]?tak\w*|"
    r"deputising|substitut\w*|on\s+behalf|am\s+only|pm\s+only|morning|afternoon|for\s+part)\b",
    re.IGNORECASE,
)
# The same notes written without parentheses: "Jane Roe – Chief Executive – via Teams".
_LOOSE_NOTE = re.compile(
    r"[\s,;–—-]*\b(?:(?:attending|joined|present)\s+)?(?:via|by)\s+(?:MS\s+|Microsoft\s+)?"
    r"(?:Teams|Zoom|Skype|video|tele?phone|phone|dial[- ]in)\b.*$"
    r"|[\s,;–—-]+(?:virtual(?:ly)?|remote(?:ly)?|on-?line|chair(?:man|person|woman)?)\s*$"
    r"|[\s,;–—-]+(?:for\s+)?items?\s+\d[\d\s,&and-]*(?:only)?\s*$",  # "– item 4 only"
    re.IGNORECASE,
)
# Name/role separators: a spaced hyphen, any en/em dash, a colon, a comma, a table cell break.
_SEPARATOR = re.compile(r"\s+-\s+|\s*[–—]\s*|\s*:\s+|\s*,\s*|\s*\t\s*")
_ABBREVIATION_SHAPE = re.compile(r"[A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z]{0,5})?")
_TRAILING_ABBREVIATION = re.compile(r"\s+(?P<abbr>[A-Z][A-Z/]{1,6})$")
_UNKNOWN_LEADING_ABBREVIATION = re.compile(r"(?P<abbr>[A-Z][A-Z/]{1,5})\s+(?=[A-Z][a-z])")
_LEADING_ABBREVIATION = re.compile(r"(?P<abbr>[A-Z][A-Za-z/]{1,7})\.?\s+(?=\S)")

# --- Names -----------------------------------------------------------------------------------

_PARTICLES = frozenset(
    {"de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "del", "al"}
)
# Capitalised words that are never part of a person's name in an attendance list.
_NOT_NAME_WORDS = frozenset(
    {
        "apologies", "present", "attendees", "attendance", "attending", "members", "member",
        "none", "nil", "meeting", "notes", "minutes", "agenda", "item", "title", "date", "time",
        "venue", "board", "office", "police", "constabulary", "commissioner", "constable",
        "chief", "deputy", "crime", "force", "the", "and", "of", "for", "welcome", "introduction",
        "action", "actions", "opcc", "opfcc", "pcc", "pfcc", "also", "in", "at", "name", "role",
        "position", "organisation", "organization", "initials", "job",
    }
)  # fmt: skip

# --- Organisations -----------------------------------------------------------------------------

_ORGANISATION_ACRONYMS = frozenset(
    {"OPCC", "OPFCC", "OPCVC", "MOPAC", "PCP", "HMICFRS", "NPCC", "CPS", "NCA", "FORCE"}
)
_ORGANISATION_TAILS = frozenset(
    {
        "police", "constabulary", "service", "council", "panel", "authority", "force",
        "partnership", "trust", "office", "commission", "opcc", "opfcc", "opcvc", "frs",
        "rescue",
    }
)  # fmt: skip
ORGANISATION_CONNECTIVES = frozenset({"and", "&", "of", "for", "the", "on"})


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip()


def without_parentheses(text: str) -> str:
    return re.sub(r"\s+", " ", _PARENTHESES.sub(" ", text)).strip()


def _clean(text: str) -> str:
    """One entry without bullet, loose attendance note, stray end punctuation or extra spaces."""
    text = strip_bullet(text)
    text = _LOOSE_NOTE.sub("", text)
    text = re.sub(r"[ \u00a0]+", " ", text)
    return text.strip(" .,;:")


def lookup_title(abbreviation: str) -> str | None:
    """The title an abbreviation stands for ("CE" -> "Chief Executive"), or None."""
    key = abbreviation.strip().rstrip(".")
    return _TITLE_BY_ABBREVIATION.get(key) or _RANK_BY_ABBREVIATION.get(key)


def conventional_abbreviation(role: str) -> str | None:
    found = abbreviation_for_role(role)
    if found is None:
        # "Interim Chief Executive" is still a CE.
        words = role.split()
        while words and words[0].lower().strip(".") in _QUALIFIERS:
            words = words[1:]
        found = abbreviation_for_role(" ".join(words)) if words else None
    if found is None:
        found = next((a for a, t in _RANK_BY_ABBREVIATION.items() if t == role), None)
    return found


def is_abbreviation(text: str) -> bool:
    text = text.strip().rstrip(".")
    if lookup_title(text) is not None:
        return True
    return bool(_ABBREVIATION_SHAPE.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


def is_organisation(text: str) -> bool:
    """Whether a line or label names an organisation ("Kent Police", "OPCC", "Office of ...")."""
    text = re.sub(r"^the\s+", "", text.strip().rstrip(":").strip(), flags=re.IGNORECASE)
    if not text or "(" in text or len(text) > 120:
        return False
    if re.match(r"office\s+of\b", text, re.IGNORECASE) or text.upper() in _ORGANISATION_ACRONYMS:
        return True
    # "Jane Roe, Chief Executive, OPCC" ends like an organisation but is a person.
    if "," in text or ROLE_TITLE.search(text):
        return False
    words = text.split()
    if words[-1].lower() not in _ORGANISATION_TAILS:
        return False
    return all(w[0].isupper() or w.lower() in ORGANISATION_CONNECTIVES for w in words)


def _is_name_word(word: str) -> bool:
    if word.lower() in _PARTICLES:
        return True
    core = word.strip(".,")
    return (
        bool(core)
        and core[0].isupper()
        and core.lower() not in _NOT_NAME_WORDS
        and all(c.isalpha() or c in "'’.-" for c in core)
    )


def is_name(text: str, *, described: bool) -> bool:
    """Whether text reads as a person's name; one word is enough only beside a role."""
    words = text.split()
    if not words or len(words) > 6 or len(text) > 60 or words[0].lower() in _PARTICLES:
        return False
    if len(words) == 1 and not described:
        return False
    return all(_is_name_word(w) for w in words) and not is_organisation(text)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _PARTICLES).upper()


def _take_parentheses(text: str) -> tuple[str, str | None, str | None, str | None]:
    """Text without its parentheses, and what they said: abbreviation, role, organisation."""
    abbreviation: str | None = None
    role: str | None = None
    organisation: str | None = None
    for match in _PARENTHESES.finditer(text):
        content = next(g for g in match.groups() if g is not None).strip()
        if not content or _NOTE.search(content):
            continue
        first, _, rest = content.partition(" ")
        if rest and is_abbreviation(first) and is_organisation(rest):
            # "(CEO OPCC)": the role's abbreviation and whose office.
            abbreviation, organisation = first.rstrip("."), organisation or rest
        elif is_organisation(content):
            organisation = organisation or content
        elif is_abbreviation(content):
            abbreviation = content.rstrip(".")
        elif role is None:
            head, tail = _split_separator(content)
            if tail is not None and is_abbreviation(tail) and not is_organisation(tail):
                # "(Chief Executive – CEx)": the role and its abbreviation.
                role, abbreviation = head, abbreviation or tail.rstrip(".")
                continue
            # "(Chief Executive, OPFCC)": the role and whose office.
            role, inside = _split_role_organisation(content)
            organisation = organisation or inside
    body = _PARENTHESES.sub(" ", text)
    return re.sub(r"\s+", " ", body).strip(" ,;:–—-"), abbreviation, role, organisation


def _from_cells(text: str) -> str:
    """A table row "Name<TAB>Role<TAB>ABBR<TAB>Organisation" as "Name – Role (ABBR) (Org)"."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if not cells:
        return ""
    # The name is usually first, but some lists lead with the abbreviation or the role.
    name = next((c for c in cells if _names_someone(c)), cells[0])
    others = [c for c in cells if c is not name]
    organisations = [c for c in others if is_organisation(c)]
    rest = [c for c in others if c not in organisations and not _only_a_note(c)]
    words = [c for c in rest if not is_abbreviation(c)]
    abbreviations = [c for c in rest if is_abbreviation(c)]
    out = name
    if words:
        out += f" – {words[0]}"
    for bracketed in abbreviations[:1] + organisations[:1]:
        out += f" ({bracketed})"
    return out


def _names_someone(cell: str) -> bool:
    plain = without_parentheses(cell)
    return (
        is_name(plain, described=True)
        and not is_abbreviation(plain)
        and not is_role_only(plain)
        and not is_organisation(plain)
    )


def _only_a_note(cell: str) -> bool:
    """A cell that says how someone attended ("Virtual", "(via Teams)"), nothing of who."""
    words = without_parentheses(cell)
    return not words or (bool(_NOTE.search(cell)) and len(words.split()) <= 3)


def _split_separator(body: str) -> tuple[str, str | None]:
    """Name and role split at the first separator that is not inside a title."""
    titles = [m.span() for m in ROLE_TITLE.finditer(body)]
    for match in _SEPARATOR.finditer(body):
        if any(start <= match.start() < end for start, end in titles):
            continue
        left, right = body[: match.start()].strip(), body[match.end() :].strip()
        if left and right:
            return left, right
    return body, None


def _role_at_start(text: str) -> tuple[str, str | None, int] | None:
    """A title, rank or role abbreviation opening the text: (role, abbreviation, where it ends)."""
    title = ROLE_TITLE.match(text)
    if title and title.end() < len(text) and text[title.end()].isspace():
        return title.group(), conventional_abbreviation(title.group()), title.end()
    for pattern, rank, rank_abbreviation in _RANK_PATTERNS:
        if found := pattern.match(text):
            return rank, rank_abbreviation, found.end()
    if commissioner := _COMMISSIONER_FIRST.match(text):
        return commissioner.group(), None, commissioner.end()
    token = _LEADING_ABBREVIATION.match(text)
    if token and (expanded := lookup_title(token.group("abbr"))):
        return expanded, token.group("abbr"), token.end()
    # An abbreviation nobody listed ("SPOC Jane Roe") is still the person's role as written.
    unknown = _UNKNOWN_LEADING_ABBREVIATION.match(text)
    if unknown and unknown.group("abbr") not in _ORGANISATION_ACRONYMS:
        return unknown.group("abbr"), unknown.group("abbr"), unknown.end()
    return None


def _leading_role(text: str) -> tuple[str | None, str | None, str]:
    """A role written before the name: (role, its abbreviation, the rest)."""
    temporary = _TEMPORARY.match(text)
    prefix = temporary.group("temp") if temporary else ""
    qualifier = _QUALIFIER_PREFIX.match(text, len(prefix))
    start = qualifier.end() if qualifier else len(prefix)
    found = _role_at_start(text[start:])
    if found is None:
        return None, None, text
    role, abbreviation, end = found
    role = f"{text[len(prefix) : start]}{role}"  # "Interim " stays part of the role
    if prefix:
        # "T/Supt", "Acting Chief Constable": keep the temporary status in role and abbreviation.
        mark = prefix.strip()[0].upper()
        role = f"{'Acting' if mark == 'A' else 'Temporary'} {role}"
        abbreviation = f"{mark}/{abbreviation}" if abbreviation else None
    return role, abbreviation, text[start + end :].strip(" ,–—-")


def _split_by_initials(body: str, abbreviation: str) -> tuple[str, str] | None:
    """Name and role where the role's capitalised words spell the abbreviation."""
    letters = [c for c in abbreviation if c.isupper()]
    words = body.split()
    i, k = len(words), len(letters)
    while i > 0 and k > 0:
        word = words[i - 1].strip(",.")
        if word.lower() in _CONNECTIVES:
            i -= 1
            continue
        if not word or word[0] != letters[k - 1]:
            return None
        i, k = i - 1, k - 1
    while i < len(words) and words[i].lower() in _CONNECTIVES:
        i += 1
    # Two name words at least: "Jane Ann Roe (AR)" is a person's initials, not a role.
    if k or i < 2 or i == len(words):
        return None
    return " ".join(words[:i]), " ".join(words[i:])


def _split_trailing_role(body: str, abbreviation: str | None) -> tuple[str, str | None]:
    """Name and role when the role follows the name with no separator."""
    title = next((m for m in ROLE_TITLE.finditer(body) if m.start() > 0), None)
    if title is not None:
        name_words = body[: title.start()].split()
        start = len(name_words)
        while start > 0 and name_words[start - 1].lower().strip(".") in _QUALIFIERS:
            start -= 1
        return " ".join(name_words[:start]), " ".join([*name_words[start:], body[title.start() :]])
    if abbreviation and (split := _split_by_initials(body, abbreviation)):
        return split
    words = body.split()
    for i in range(2, len(words)):
        if words[i].lower() in ROLE_HEAD_WORDS:
            return " ".join(words[:i]), " ".join(words[i:])
    return body, None


def _split_role_organisation(role: str) -> tuple[str | None, str | None]:
    """A role and the organisation written after it: "Chief Executive, OPCC"."""
    if is_organisation(role):
        return None, role
    head, tail = _split_separator(role)
    if tail is not None and is_organisation(tail):
        return head, tail
    return role, None


def _role_and_organisation_first(body: str) -> tuple[str, str, str | None] | None:
    """ "Chief Executive, OPCC – Jane Roe", "Treasurer to the PCC, Owen Pryce": (name, role,
    organisation), else None."""
    titles = [m.span() for m in ROLE_TITLE.finditer(body)]
    for match in _SEPARATOR.finditer(body):
        if any(start <= match.start() < end for start, end in titles):
            continue
        left, right = body[: match.start()].strip(), body[match.end() :].strip()
        role, organisation = _split_role_organisation(left)
        if role and is_name(right, described=True) and (is_role_only(role) or heads_a_role(role)):
            return right, role, organisation
    return None


def heads_a_role(text: str) -> bool:
    """ "Treasurer to the PCC", "Head of Policing Oversight": a role, listed or not."""
    first = text.split()[0].lower() if text.split() else ""
    return (
        first in ROLE_HEAD_WORDS and not is_name(text, described=False) and not _names_anyone(text)
    )


def _names_anyone(text: str) -> bool:
    """Whether a role-led text also names its holder: "Chief Constable Robert Ifield"."""
    _, _, rest = _leading_role(f"{text} ")
    return bool(rest) and is_name(rest.strip(), described=True)


def is_role_only(text: str) -> bool:
    role, _, rest = _leading_role(f"{text} ")
    return role is not None and not rest


def parse_person(text: str, organisation: str | None = None) -> Person | None:
    """One attendance entry as a Person, or None when the text is not a person."""
    # Columns set with runs of spaces are cells, as tabs are: "Jo Roe      Chief Constable".
    text = _clean(re.sub(r" {3,}", "\t", text))
    if not text or len(text) > 200:
        return None
    if "\t" in text:
        text = _from_cells(text)
    body, abbreviation, paren_role, paren_organisation = _take_parentheses(text)
    if not body:
        return None
    name, role = _split_separator(body)
    if (first := _role_and_organisation_first(body)) is not None:
        name, role, organisation_first = first
        paren_organisation = paren_organisation or organisation_first
    # "Chief Executive – Jane Roe": the role came first.
    elif role is not None and is_role_only(name) and not is_role_only(role):
        name, role = role, name
    lead_role, lead_abbreviation, name = _leading_role(name)
    if role is not None:
        # "Jane Roe Chief Executive, OPCC": what follows the separator may be only the organisation.
        role, role_organisation = _split_role_organisation(role)
        paren_organisation = paren_organisation or role_organisation
    if role is None:
        trailing = _TRAILING_ABBREVIATION.search(name)
        if trailing and lookup_title(trailing.group("abbr")) and abbreviation is None:
            abbreviation, name = trailing.group("abbr"), name[: trailing.start()]
        name, role = _split_trailing_role(name, abbreviation)
    role = role or paren_role
    from_lead = role is None and lead_role is not None
    if from_lead:
        role = lead_role
    name = name.strip(" ,;:–—-")
    if not is_name(name, described=bool(role or abbreviation)):
        return None
    # "(CE)" names the role unless it is the person's initials ("Sam Mold (SM)").
    if role is None and abbreviation and abbreviation.upper() != _initials(name):
        role = lookup_title(abbreviation)
    if abbreviation is None and role is not None:
        abbreviation = lead_abbreviation if from_lead else conventional_abbreviation(role)
    return Person(name, role, abbreviation, organisation or paren_organisation)
