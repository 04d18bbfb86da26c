"""English plural forms of counted texts, for every translation context.

Counted texts are written as Qt's plural forms expect, "Import %n hero(es)", and translated with
``tr(text, "", n)``: a Russian translation gives its three forms. English needs two, and Qt shows
the source text as written when no translation has the entry; this translator, installed before
any other (so asked last), gives "1 hero", "2 heroes" instead of "2 hero(es)".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QTranslator

_FORM = re.compile(r"([A-Za-z]+)\(([a-z]+)\)")  # "hero(es)": the word, and its plural ending


class EnglishPlurals(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        if n < 0 or "(" not in source_text:
            return None  # not translated here: the next translator, or the source text
        return _FORM.sub(lambda m: m[1] if n == 1 else m[1] + m[2], source_text)


_INSTALLED = "heroviewerEnglishPlurals"  # a dynamic property of the application


def install_english_plurals(app: QCoreApplication) -> None:
    """Install the English forms once; call it before installing any other translator.

    Whether they are installed is a property of the application, not ``app.findChild``:
    wrapping the application's children for Python took 8-9 ms at start-up."""
    if not app.property(_INSTALLED):
        app.installTranslator(EnglishPlurals(app))
        app.setProperty(_INSTALLED, True)
