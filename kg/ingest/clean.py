"""Cleaning scraped article text: decode, normalise, split paragraphs, drop boilerplate.

The output is the text kg parses: one paragraph per block, blocks separated by one blank line,
so that the parser can treat every paragraph break as a hard sentence break (a headline has no
full stop and would otherwise run into the next sentence). Lines that carry no sentence —
navigation, photo credits, "Read more ..." links, datelines such as "date 2021-02-06 Left
Menu" — are dropped, but a date they carry becomes the document's date.

>>> cleaned = clean_text("date 2021-02-06 Left Menu\\n\\nBlinken calls Yang\\n\\nBlinken called Yang on Friday.")
>>> cleaned.text
'Blinken calls Yang\\n\\nBlinken called Yang on Friday.'
>>> cleaned.title, cleaned.date
('Blinken calls Yang', '2021-02-06')
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["CleanText", "clean_text", "decode_bytes", "find_date"]

# Characters that end a sentence, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two or more letters, in any script

# Photo credits and captions' tails ("Image Credit: ANI", "(Photo: Agence France-Presse)").
_CREDIT = re.compile(
    r"\b(image|photo|picture|video|file photo|graphic)s?\s*(credit|courtesy|source)?s?\s*:"
    r"|\((photo|image|picture|file)\b[^)]*\)"
    r"|\bgetty images\b",
    re.IGNORECASE,
)
# "Photo by Jane Doe": a credit only on a short line; prose says "20 pictures by Day" too.
_CREDIT_BY = re.compile(r"\b(photo|image|picture)s?\s+(by|courtesy|credit)\b", re.IGNORECASE)
_CREDIT_BY_WORDS = 12
# Links and widgets that lead elsewhere ("Read more", "Also read: ...", "Click here to ...").
_LINK = re.compile(
    r"^(read more|read also|also read|related( stories| articles)?|click here|subscribe|sign up"
    r"|advertisement|share (this|on)|follow us|skip to|see also|more from|recommended)\b",
    re.IGNORECASE,
)
# Navigation words: a short line made only of these (and dates) is site chrome.
_NAVIGATION = frozenset(
    "menu home left right top main skip content navigation nav search login logout sign in"
    " up share print email comments comment date updated published posted last modified by"
    " back next previous section sections news".split()
)
# The text after a line's last sentence end ("...high." + "اضافة اعلان").
_TAIL = re.compile(r"[.!?…][\"'”’)\]]*\s*(?P<tail>[^.!?…]+)$")
_MENU_SEPARATOR = re.compile(r"\s*[|»›>•·/]\s*")
# A related-stories widget some sites glue after a person's name: the name twice, the
# widget's headlines, then "MORE" ("Antony BlinkenAntony BlinkenSunday shows ... MORE").
_NAME_WIDGET = re.compile(r"(?P<name>\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+)(?P=name)[^\n]{0,800}? MORE\b ?")
# A news dateline before the first sentence: "WASHINGTON, DC — ", "ROME (Reuters) - ".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(\([A-Za-z .]+\))?\s+[—–-]{1,2}\s+(?=\S)")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b")

# Invisible characters and Unicode noncharacters: noise in text, and some RDF tools reject them.
_INVISIBLE = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
_INVISIBLE.update({code: None for code in range(0xFDD0, 0xFDF0)})
_INVISIBLE.update({plane + tail: None for plane in range(0, 0x110000, 0x10000) for tail in (0xFFFE, 0xFFFF)})
# Control characters become spaces; lone surrogates (not encodable as UTF-8) are removed.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SPACES = re.compile(r"[^\S\n]+")


@dataclass(frozen=True)
class CleanText:
    """Cleaned text, with the title and date found while cleaning (``None`` if none)."""

    text: str
    title: str | None = None
    date: str | None = None


def decode_bytes(data: bytes) -> str | None:
    """Decode UTF-8 text (a BOM allowed); ``None`` for binary or undecodable data.

    >>> decode_bytes("Blinken".encode()), decode_bytes(b"\\x00\\xff")
    ('Blinken', None)
    """
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def clean_text(raw: str) -> CleanText:
    """Clean scraped text into paragraphs separated by blank lines.

    Args:
        raw: the decoded text of a document.

    Returns:
        The cleaned text; its title (the first paragraph, when it reads as a headline) and its
        date (ISO 8601, from a dropped metadata line such as a dateline) when it has them.
    """
    text = _normalise(raw)
    paragraphs: list[str] = []
    date: str | None = None
    for block in text.split("\n\n"):
        for line in _split_block(block):
            line = _strip_debris(line)
            if not line:
                continue
            if _is_boilerplate(line):
                date = date or find_date(line)
                continue
            if paragraphs and paragraphs[-1] == line:
                continue  # a headline repeated by the page template
            paragraphs.append(line)
    title = paragraphs[0] if paragraphs and _looks_like_headline(paragraphs[0]) else None
    return CleanText("\n\n".join(paragraphs), title, date)


def find_date(line: str) -> str | None:
    """The first calendar date written in ``line``, as ISO 8601, or ``None``.

    >>> find_date("Published October 31, 2021 10:02"), find_date("date 2021-02-06"), find_date("3 china")
    ('2021-10-31', '2021-02-06', None)
    """
    candidates = []
    for match in _ISO_DATE.finditer(line):
        candidates.append((match.start(), match[1], match[2], match[3]))
    for match in _MONTH_DAY_YEAR.finditer(line):
        month = _MONTHS.get(match[1].lower())
        if month:
            candidates.append((match.start(), match[3], month, match[2]))
    for match in _DAY_MONTH_YEAR.finditer(line):
        month = _MONTHS.get(match[2].lower())
        if month:
            candidates.append((match.start(), match[3], month, match[1]))
    for _, year, month, day in sorted(candidates):
        try:
            return datetime.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None


def _normalise(raw: str) -> str:
    """NFC, Unix newlines, no control or invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_INVISIBLE)
    text = _CONTROL.sub(lambda m: "" if "\ud800" <= m[0] <= "\udfff" else " ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _split_block(block: str) -> list[str]:
    """The paragraphs of a blank-line-separated block.

    Scraped pages put one paragraph per line; hand-wrapped text breaks long sentences over
    lines. A block whose lines are long and mostly end mid-sentence is wrapped prose and is
    joined; otherwise each line is its own paragraph.
    """
    lines = [line for line in block.split("\n") if line]
    if len(lines) < 2:
        return lines
    inner = lines[:-1]
    open_ended = sum(1 for line in inner if not _SENTENCE_END.search(line))
    if all(len(line) >= 40 for line in inner) and open_ended * 2 > len(inner):
        return [" ".join(lines)]
    return lines


def _strip_debris(line: str) -> str:
    """Remove link widgets, datelines and foreign-script tails that scraping glued into a
    paragraph."""
    line = _NAME_WIDGET.sub(lambda m: m["name"] + " ", line)
    line = _DATELINE.sub("", line)
    line = _strip_foreign_tail(line)
    return _SPACES.sub(" ", line).strip()


def _strip_foreign_tail(line: str) -> str:
    """Drop what follows the last sentence end when it is written in another script only
    ("... run high.اضافة اعلان": a widget's label in the site's language glued to the text).

    >>> _strip_foreign_tail("Tensions ran high.اضافة اعلان")
    'Tensions ran high.'
    """
    match = _TAIL.search(line)
    if match is None:
        return line
    head, tail = line[:match.start("tail")], match["tail"]
    head_scripts = _scripts(head)
    if not head_scripts:
        return line
    dominant = max(head_scripts, key=head_scripts.get)
    tail_scripts = _scripts(tail)
    return head.rstrip() if tail_scripts and dominant not in tail_scripts else line


def _scripts(text: str) -> dict[str, int]:
    """How many letters of ``text`` each script has ("LATIN", "ARABIC", "CJK", ...), by the
    first word of the letter's Unicode name."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, "UNKNOWN").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return counts


def _is_boilerplate(line: str) -> bool:
    """True for a line that carries no sentence: credits, links, navigation, datelines."""
    words = [w.lower() for w in _WORD.findall(line)]
    if len(words) < 2:
        return True  # "3 china", "***", a lone number or name
    if len(words) <= 60 and _CREDIT.search(line):
        return True  # a photo caption with its credit
    if len(words) <= _CREDIT_BY_WORDS and _CREDIT_BY.search(line):
        return True
    if len(words) <= 15 and _LINK.search(line):
        return True
    if _SENTENCE_END.search(line):
        return False
    items = _MENU_SEPARATOR.split(line)
    if len(items) >= 3 and all(len(item.split()) <= 3 for item in items):
        return True  # a menu or breadcrumb: "Home | World | Politics"
    # "date 2021-02-06 Left Menu", "Skip to content"
    return len(words) <= 6 and (find_date(line) is not None or all(w in _NAVIGATION for w in words))


def _looks_like_headline(paragraph: str) -> bool:
    """A headline: short, no sentence-final full stop, and not all lower case."""
    words = paragraph.split()
    return (
        2 <= len(words) <= 25
        and not paragraph.endswith(".")
        and any(c.isupper() for c in paragraph)
    )
