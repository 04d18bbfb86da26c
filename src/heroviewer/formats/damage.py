"""Text that a spreadsheet saved in Windows-1251 has damaged: Tajik letters turned into "?".

Windows-1251 (the Cyrillic code page Excel and LibreOffice offer) has no ғ ӣ қ ӯ ҳ ҷ, so a sheet
saved in it holds "?" instead ("Қарсыбой" becomes "?арсыбой"), and nothing in the file tells
that a letter was there. A "?" is taken for damage where the stored text has a letter in its
place, or where it stands inside a Cyrillic word; a "?" at the end of a sentence or in a Latin
text is not.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from heroviewer.support.messages import QT_TRANSLATE_NOOP

_CYRILLIC = "\u0400-\u04ff"
_IN_CYRILLIC_WORD = re.compile(rf"\?+(?=[{_CYRILLIC}])|(?<=[{_CYRILLIC}])\?+(?=\w)")

HOW_TO_SAVE = QT_TRANSLATE_NOOP(
    "ImportReport",
    'a "?" stands where the catalogue has a letter, or inside a Cyrillic word: the spreadsheet '
    "was probably saved in Windows-1251, which cannot hold the Tajik letters ғ ӣ қ ӯ ҳ ҷ. "
    "Save it as UTF-8 and import that file: in Excel, Save As → 'CSV UTF-8 (Comma delimited)'; "
    "in LibreOffice, Save As → Text CSV with the character set 'Unicode (UTF-8)'.",
)


def looks_damaged(old: Any, new: Any) -> bool:
    """Whether ``new`` (an imported value replacing ``old``; None for a new record) has a "?"
    that is not in ``old`` and took the place of a letter. Lists are compared item by item
    joined; values that are not text are never damaged."""
    new_text, old_text = _text(new), _text(old)
    if "?" not in new_text or new_text.count("?") <= old_text.count("?"):
        return False
    if _suspect_count(new_text) > _suspect_count(old_text):
        return True
    return old_text != "" and _letter_replaced(old_text, new_text)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(item for item in value if isinstance(item, str))
    return ""


def _suspect_count(text: str) -> int:
    return sum(len(match) for match in _IN_CYRILLIC_WORD.findall(text))


def _letter_replaced(old: str, new: str) -> bool:
    """A stretch of letters in ``old`` that is the same number of "?" in ``new``."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return any(
        tag == "replace"
        and set(new[j1:j2]) == {"?"}
        and len(old[i1:i2]) == j2 - j1
        and old[i1:i2].isalpha()
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )
