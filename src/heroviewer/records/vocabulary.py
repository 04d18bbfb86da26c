"""The fixed words records use for a rank, a branch of service and a nationality, marked for
translation: a reader of Russian or Tajik reads "младший сержант" where the record says
"Junior Sergeant". Only a value written exactly as one of these terms is translated; any other
value (a unit, a place, a rank written otherwise) is shown as recorded."""

from __future__ import annotations

from heroviewer.support.messages import QT_TRANSLATE_NOOP, Message

# The fields whose values may be such terms.
TERM_FIELDS = ("military_rank", "branch", "nationality")

_RANKS = (  # of the Red Army, 1940-1945
    QT_TRANSLATE_NOOP("Vocabulary", "Red Army soldier (private)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Guards Red Army soldier (private)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Private"),
    QT_TRANSLATE_NOOP("Vocabulary", "Corporal"),
    QT_TRANSLATE_NOOP("Vocabulary", "Junior Sergeant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sergeant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Senior Sergeant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Guards Senior Sergeant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sergeant Major"),
    QT_TRANSLATE_NOOP("Vocabulary", "Junior Lieutenant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lieutenant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Senior Lieutenant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Captain"),
    QT_TRANSLATE_NOOP("Vocabulary", "Major"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lieutenant Colonel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Colonel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Major General"),
)
_BRANCHES = (
    QT_TRANSLATE_NOOP("Vocabulary", "infantry"),
    QT_TRANSLATE_NOOP("Vocabulary", "artillery"),
    QT_TRANSLATE_NOOP("Vocabulary", "cavalry"),
    QT_TRANSLATE_NOOP("Vocabulary", "aviation"),
    QT_TRANSLATE_NOOP("Vocabulary", "aviation (military transport)"),
    QT_TRANSLATE_NOOP("Vocabulary", "armoured troops"),
    QT_TRANSLATE_NOOP("Vocabulary", "engineers"),
    QT_TRANSLATE_NOOP("Vocabulary", "navy"),
    QT_TRANSLATE_NOOP("Vocabulary", "partisans"),
)
_NATIONALITIES = (
    QT_TRANSLATE_NOOP("Vocabulary", "Tajik"),
    QT_TRANSLATE_NOOP("Vocabulary", "Uzbek"),
    QT_TRANSLATE_NOOP("Vocabulary", "Russian"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ukrainian"),
    QT_TRANSLATE_NOOP("Vocabulary", "Belarusian"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kazakh"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kyrgyz"),
    QT_TRANSLATE_NOOP("Vocabulary", "Turkmen"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tatar"),
    QT_TRANSLATE_NOOP("Vocabulary", "Crimean Tatar"),
    QT_TRANSLATE_NOOP("Vocabulary", "Gagauz"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ossetian"),
    QT_TRANSLATE_NOOP("Vocabulary", "Armenian"),
    QT_TRANSLATE_NOOP("Vocabulary", "Georgian"),
    QT_TRANSLATE_NOOP("Vocabulary", "Jewish"),
)
# Each field's terms, in the order the form offers them.
TERMS_BY_FIELD: dict[str, tuple[Message, ...]] = dict(
    zip(TERM_FIELDS, (_RANKS, _BRANCHES, _NATIONALITIES), strict=True)
)
_BY_VALUE = {str(term).casefold(): term for terms in TERMS_BY_FIELD.values() for term in terms}


def as_term(value: str | None) -> Message | str | None:
    """``value`` as a translatable term when it is one, else as recorded."""
    if not value:
        return value
    return _BY_VALUE.get(value.strip().casefold(), value)
