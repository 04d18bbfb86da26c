from heroviewer.records.languages import supported_language


def test_a_locale_name_gives_its_language_and_an_unknown_one_english():
    assert supported_language("ru_RU.UTF-8") == "ru"
    assert supported_language("tg_TJ") == "tg"
    assert supported_language("tg-TJ") == "tg"
    assert supported_language("de_DE.UTF-8") == "en"
    assert supported_language("C") == "en"
    assert supported_language(None) == "en"
