"""Heroes to CSV and JSON and back: what Excel and LibreOffice get, and every bad file refused."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest

from heroviewer.catalogue import open_catalogue
from heroviewer.formats.detect import ImportKind, read_import
from heroviewer.formats.files import ImportRefused
from heroviewer.formats.hero_csv import COLUMNS, read_heroes_csv, write_heroes_csv
from heroviewer.formats.records_json import read_heroes_json, write_heroes_json
from heroviewer.operations.import_plan import plan_heroes
from tests.helpers import BUNDLED_HEROES, write_bundle
from tests.test_cli import run_cli


@pytest.fixture
def empty_catalogue_path(tmp_path):
    bundle = write_bundle(tmp_path / "empty-bundle", [])
    path = tmp_path / "empty.sqlite"
    open_catalogue(path, bundle_dir=bundle).close()
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_csv_for_excel_utf8_with_bom_one_column_per_field(catalogue, tmp_path):
    out = tmp_path / "heroes.csv"
    assert write_heroes_csv(catalogue.heroes(), out) == BUNDLED_HEROES
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows[0]) == len(COLUMNS) and len(rows) == BUNDLED_HEROES + 1
    assert all(len(row) == len(COLUMNS) for row in rows)
    text = data.decode("utf-8-sig")
    assert "Амиралӣ Саидбеков" in text and "Неъмат Қарабоев" in text
    spataev = next(row for row in rows if row[0] == "karsybay-spataev")
    sources = spataev[COLUMNS.index("sources")]
    assert sources == " | ".join(catalogue.hero("karsybay-spataev")["sources"])


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_round_trip_into_an_empty_catalogue_keeps_every_field(
    catalogue, empty_catalogue_path, tmp_path, suffix
):
    catalogue_writer = write_heroes_csv if suffix == "csv" else write_heroes_json
    out = tmp_path / f"heroes.{suffix}"
    catalogue_writer(catalogue.heroes(), out)
    result = run_cli("import", out, "--db", empty_catalogue_path)
    assert result.returncode == 0, result.stderr
    assert f"imported: {BUNDLED_HEROES} added, 0 changed" in result.stdout
    copy = open_catalogue(empty_catalogue_path)
    assert copy.heroes() == catalogue.heroes()
    assert sorted(copy.hero_rows()) == sorted(catalogue.hero_rows())  # search keys too
    copy.close()


TEXTS_IN_EACH_LANGUAGE = {
    "id": "test-hero", "name_en": "Test Hero", "feat_summary_en": "Held the bridge.",
    "feat_summary_ru": "Удержал мост.", "feat_summary_tg": "Пулро нигоҳ дошт.",
    "biography": "Born in a village.", "biography_ru": "Родился в кишлаке.",
    "biography_tg": "Дар деҳа таваллуд шудааст.",
    "unchecked_translations": ["feat_summary_ru", "feat_summary_tg"],
}  # fmt: skip


@pytest.mark.parametrize("suffix", ["csv", "json"])
def test_texts_in_each_language_and_their_unchecked_marks_make_the_round_trip(
    empty_catalogue_path, tmp_path, suffix
):
    write = write_heroes_csv if suffix == "csv" else write_heroes_json
    out = tmp_path / f"heroes.{suffix}"
    write([TEXTS_IN_EACH_LANGUAGE], out)
    written = out.read_text(encoding="utf-8-sig")
    columns = ["The deed in Russian", "The deed in Tajik", "Biography in Tajik"]
    keys = ['"feat_summary_ru"', '"biography_tg"', '"unchecked_translations"']
    assert all(name in written for name in (columns if suffix == "csv" else keys))
    result = run_cli("import", out, "--db", empty_catalogue_path)
    assert result.returncode == 0, result.stderr
    copy = open_catalogue(empty_catalogue_path)
    hero = copy.hero("test-hero")
    copy.close()
    assert {key: hero[key] for key in TEXTS_IN_EACH_LANGUAGE} == TEXTS_IN_EACH_LANGUAGE


def test_a_csv_exported_before_the_texts_per_language_still_imports(tmp_path):
    path = csv_file(tmp_path, "Latin-script name,The deed,Biography\nIvan Petrov,Held,Born\n")
    assert read_heroes_csv(path) == [
        {"name_en": "Ivan Petrov", "feat_summary_en": "Held", "biography": "Born"}
    ]


def test_an_unchecked_mark_on_a_field_that_is_no_text_is_refused(tmp_path):
    path = csv_file(tmp_path, "name_en,unchecked_translations\nIvan Petrov,birth_date\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert caught.value.problems[0].startswith("line 2, column 'unchecked_translations': lists")


def test_an_exported_csv_has_readable_headers(catalogue, tmp_path):
    out = tmp_path / "heroes.csv"
    write_heroes_csv(catalogue.heroes(), out)
    header = next(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert header[:4] == ["Id", "Latin-script name", "Russian name", "Tajik name"]
    assert {"Other spellings", "Born on", "Died in", "Rank", "Group", "Sources"} <= set(header)
    assert not any("_" in column for column in header)  # no field names such as name_en


HEADERS = {
    "field names": "id,name_en,name_ru,birth_date,aliases,group,posthumous",
    "readable": "Id,Latin-script name,Russian name,Born on,Other spellings,Group,Posthumous",
    "as typed": " ID ,latin-SCRIPT name, Name_RU,born ON,other Spellings,GROUP, posthumous",
}


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_a_csv_with_field_names_or_readable_headers_imports(tmp_path, header):
    path = csv_file(tmp_path, header + "\nh1,Ivan Petrov,Иван Петров,03.05.1921,I. Petrov | "
                    "Petrov I.,tajik_ssr,yes\n")  # fmt: skip
    assert read_heroes_csv(path) == [{
        "id": "h1", "name_en": "Ivan Petrov", "name_ru": "Иван Петров", "birth_date": "1921-05-03",
        "aliases": ["I. Petrov", "Petrov I."], "group_code": "tajik_ssr", "posthumous": True,
    }]  # fmt: skip


def test_headers_are_in_the_users_language_and_english_still_imports(monkeypatch, tmp_path):
    from heroviewer.records import fields

    russian = {"Latin-script name": "Имя латиницей", "Born on": "Дата рождения"}
    monkeypatch.setattr(fields, "_translate", lambda context, text: russian.get(text, text))
    out = tmp_path / "heroes.csv"
    write_heroes_csv([{"id": "h1", "name_en": "Ivan Petrov", "birth_date": "1921"}], out)
    header = out.read_text(encoding="utf-8-sig").split("\r\n", 1)[0].split(",")
    assert header[:2] == ["Id", "Имя латиницей"] and "Дата рождения" in header
    assert read_heroes_csv(out)[0]["birth_date"] == "1921"
    english = csv_file(tmp_path, "Latin-script name,Born on\nIvan Petrov,1921\n")
    assert read_heroes_csv(english) == [{"name_en": "Ivan Petrov", "birth_date": "1921"}]


def test_headers_in_every_language_given_are_read_whatever_the_users_language(tmp_path):
    from heroviewer.formats.hero_csv import header_labels

    russian = {"Latin-script name": "Имя латиницей", "Born on": "Дата рождения"}.get
    tajik = {"Latin-script name": "Ном бо лотинӣ", "Died on": "Санаи вафот"}.get
    labels = header_labels([russian, tajik])
    path = csv_file(tmp_path, "Имя латиницей,Дата рождения,Санаи вафот\nIvan Petrov,1921,1943\n")
    assert read_heroes_csv(path, labels) == [
        {"name_en": "Ivan Petrov", "birth_date": "1921", "death_date": "1943"}
    ]
    with pytest.raises(ImportRefused):  # without them: English and the user's language only
        read_heroes_csv(path)


def test_a_header_that_names_two_fields_in_two_languages_is_refused_naming_the_column(
    tmp_path,
):
    from heroviewer.formats.hero_csv import header_labels

    labels = header_labels([{"Died on": "Born on"}.get])  # a translation gone wrong
    path = csv_file(tmp_path, "name_en,Born on\nIvan Petrov,1921\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path, labels)
    assert caught.value.problems == [
        "line 1, column 2 ('Born on'): this label heads different fields in different "
        "languages (birth_date, death_date); head the column with one of these keys"
    ]


def test_header_cells_with_invisible_marks_or_decomposed_letters_are_read(tmp_path):
    """A second byte-order mark, a zero-width space, or a Tajik letter written as a letter
    and a combining mark (as macOS may save it) once left a cell shown as 'rank' refused."""
    import unicodedata

    from heroviewer.formats.hero_csv import header_labels

    tajik = unicodedata.normalize("NFD", "Ном бо хатти лотинӣ")
    labels = header_labels([{"Latin-script name": "Ном бо хатти лотинӣ"}.get])
    path = csv_file(tmp_path, f"\ufeff\ufeff{tajik},rank\u200b\nIvan Petrov,Captain\n")
    assert read_heroes_csv(path, labels) == [{"name_en": "Ivan Petrov", "military_rank": "Captain"}]


def test_the_same_field_in_tajik_and_by_its_key_is_refused_naming_the_column(tmp_path):
    from heroviewer.formats.hero_csv import header_labels

    labels = header_labels([{"Latin-script name": "Ном бо хатти лотинӣ"}.get])
    path = csv_file(tmp_path, "Ном бо хатти лотинӣ,name_en\nIvan Petrov,Ivan\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path, labels)
    assert caught.value.problems == ["line 1, column 2 ('name_en'): the column appears twice"]


def test_a_long_unknown_header_cell_is_shown_shortened(tmp_path):
    path = csv_file(tmp_path, "name_en," + "x" * 100_000 + "\nIvan Petrov,1\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert caught.value.problems == [f"line 1, column 2 ('{'x' * 200}…'): not a hero field"]


def test_each_word_a_header_may_use_names_one_field_only():
    from heroviewer.records.fields import HERO_FIELD_LIST

    names = [n for f in HERO_FIELD_LIST for n in {f.file_key.casefold(), f.title.casefold()}]
    assert len(names) == len(set(names))


def test_a_readable_header_names_the_column_as_the_file_does(tmp_path):
    path = csv_file(tmp_path, "Latin-script name,Born on\nIvan Petrov,19xx\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert caught.value.problems[0].startswith("line 2, column 'Born on': '19xx' is not a date")


def test_cells_that_look_like_formulas_stay_text_in_a_spreadsheet(tmp_path):
    notes = ["-check the date", '=HYPERLINK("http://example.org")', "+7 photos", "@museum"]
    records = [{"id": f"h{n}", "name_en": f"Hero {n}", "staff_notes": note}
               for n, note in enumerate(notes)]  # fmt: skip
    out = tmp_path / "heroes.csv"
    write_heroes_csv(records, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert [row["Staff notes"] for row in rows] == ["'" + note for note in notes]
    assert [record["staff_notes"] for record in read_heroes_csv(out)] == notes


def test_an_apostrophe_typed_in_a_hand_made_file_is_kept(tmp_path):
    path = csv_file(tmp_path, "name_en,birth_place\nTest Hero,'s-Hertogenbosch\n")
    assert read_heroes_csv(path)[0]["birth_place"] == "'s-Hertogenbosch"


def csv_file(tmp_path, text: str, encoding="utf-8", name="staff.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_semicolon_spreadsheet_in_windows_1251_is_understood(tmp_path):
    text = (
        "name_ru;name_en;birth_date;posthumous\r\n"
        "Иван Петров;Ivan Petrov;03.05.1921;да\r\n"
        "Пётр Сидоров;;1919;\r\n"
    )
    records = read_heroes_csv(csv_file(tmp_path, text, "cp1251"))
    assert records == [
        {"name_ru": "Иван Петров", "name_en": "Ivan Petrov", "birth_date": "1921-05-03",
         "posthumous": True},
        {"name_ru": "Пётр Сидоров", "name_en": None, "birth_date": "1919", "posthumous": None},
    ]  # fmt: skip


def test_excels_unicode_text_utf16_with_tabs_keeps_tajik_letters(tmp_path):
    text = "name_tg\tname_en\r\nҚодир Ғуломов\tQodir Ghulomov\r\n"
    path = tmp_path / "unicode-text.txt"
    path.write_bytes(text.encode("utf-16"))  # with its byte order mark, as Excel writes it
    kind, records = read_import(path)
    assert kind is ImportKind.HEROES_CSV
    assert records == [{"name_tg": "Қодир Ғуломов", "name_en": "Qodir Ghulomov"}]


@pytest.mark.parametrize(
    ("start", "reason"),
    [
        (
            b"PK\x03\x04",
            "this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it from Excel",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "this is an old Excel workbook (.xls), not CSV"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
    ],
)
def test_a_workbook_or_other_binary_file_is_refused_saying_what_to_do(tmp_path, start, reason):
    path = tmp_path / "heroes.xlsx"
    path.write_bytes(start + bytes(200))
    with pytest.raises(ImportRefused) as caught:
        read_import(path)
    assert caught.value.problems[0].startswith(reason)


def test_a_wrong_header_names_the_column_and_suggests_the_field(tmp_path):
    path = csv_file(tmp_path, "name_en,Birth Date,awards\nIvan,1921,Order of Lenin\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: cannot be imported")
    assert (
        "line 1, column 2 ('Birth Date'): not a hero field; did you mean 'birth_date'?" in message
    )
    assert "line 1, column 3 ('awards'): not a hero field" in message


def test_a_missing_required_column_is_refused(tmp_path):
    path = csv_file(tmp_path, "birth_date,unit\n1921,1st Regiment\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert (
        "line 1: missing required column: one of 'Latin-script name' (name_en), "
        "'Russian name' (name_ru), 'Tajik name' (name_tg) is needed"
    ) in str(caught.value)


def test_a_misspelt_label_is_answered_with_the_label(tmp_path):
    path = csv_file(tmp_path, "Latin name,Born on\nIvan,1921\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert "('Latin name'): not a hero field; did you mean 'Latin-script name'?" in str(
        caught.value
    )


def test_every_bad_row_is_listed_with_line_column_and_reason(tmp_path):
    lines = ["name_en,birth_date,death_date,award_date"]
    lines += [f"Hero {n},1920,1944," for n in range(2, 17)]  # lines 2 to 16 are good
    lines.append("Hero 17,1921-02-30,,")  # line 17: no 30 February
    lines.append("Hero 18,1925,1920,")  # line 18: died before born
    lines.append(",1920,,")  # line 19: no name
    lines.append("Hero 20,1920,,1933")  # line 20: before the title existed
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(csv_file(tmp_path, "\n".join(lines) + "\n"))
    problems = caught.value.problems
    assert problems[0].startswith("line 17, column 'birth_date': '1921-02-30' is not a calendar")
    assert problems[1] == "line 18, column 'death_date': death cannot come before birth"
    assert problems[2].startswith("line 19, column 'name_en': a name is required")
    assert problems[3].startswith("line 20, column 'award_date': a decree date falls between")
    assert len(problems) == 4


def test_a_nameless_row_names_the_name_column_the_file_has(tmp_path):
    path = csv_file(tmp_path, "name_ru,birth_date\nКарсыбай Спатаев,1921\n,1922\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert caught.value.problems == [
        "line 3, column 'name_ru': a name is required (in at least one script)"
    ]


def test_lines_are_counted_past_cells_with_line_breaks_and_blank_rows(tmp_path):
    text = (
        "name_en,biography,birth_date\n"
        '"Hero A","Born in a village.\nServed in the 312th.",1920\n'  # lines 2 and 3
        "Hero B,,19xx\n"  # line 4
        ",,\n"  # line 5: blank, as spreadsheets leave
        "Hero C,1920\n"  # line 6: a value short
    )
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(csv_file(tmp_path, text))
    assert caught.value.problems == [
        "line 4, column 'birth_date': '19xx' is not a date like 1921, 1921-05, 1921-05-03, "
        "05.1921 or 03.05.1921",
        "line 6: 2 values for 3 columns",
    ]


def test_a_failed_import_changes_nothing(catalogue_path, tmp_path):
    before = digest(catalogue_path)
    path = csv_file(tmp_path, "name_en,birth_date\nNew Hero,1920\nBad Hero,19xx\n")
    result = run_cli("import", path, "--db", catalogue_path)
    assert result.returncode != 0
    assert "line 3, column 'birth_date'" in result.stderr
    assert digest(catalogue_path) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[{"name_en": "A",}]', "line 1, column 18: not valid JSON"),
        ('{"name_en": "A"}', "expected a JSON array"),
        ("[1, 2, 3]", "neither of heroes"),
        ('[{"name_en": "A", "birth_date": "May 1921"}]', "field 'birth_date'"),
        ('[{"name_en": "A", "rank": "Private"}]', "field 'rank': unknown field"),
        (  # the form's rules, as for CSV
            '[{"name_en": "A", "birth_date": "1925", "death_date": "1920"}]',
            "field 'death_date': death cannot come before birth",
        ),
        ('[{"name_en": "A", "award_date": "1995"}]', "field 'award_date': a decree date falls"),
        ('[{"name_en": "A", "group": "tajik"}]', "field 'group': must be one of tajik_ssr"),
    ],
)
def test_bad_json_is_refused_with_a_clear_message(catalogue_path, tmp_path, content, reason):
    path = tmp_path / "heroes.json"
    path.write_text(content, encoding="utf-8")
    before = digest(catalogue_path)
    result = run_cli("import", path, "--db", catalogue_path)
    assert result.returncode != 0
    assert str(path) in result.stderr and reason in result.stderr, result.stderr
    assert digest(catalogue_path) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "brackets are nested more than"),
        (
            '[{"name_en": "A", "unit": ' + "9" * 5000 + "}]",
            "a number of 5,000 characters (at most 100)",
        ),
        ('[{"name_en": "A\\ud800"}]', "record 1, field 'name_en': holds half a character"),
        ('[{"name_en": "A", "awards": ["\\udc00"]}]', "field 'awards': holds half a character"),
    ],
)
def test_json_beyond_a_limit_is_refused_when_read(catalogue_path, tmp_path, content, reason):
    path = tmp_path / "heroes.json"
    path.write_text(content, encoding="utf-8")
    before = digest(catalogue_path)
    result = run_cli("import", path, "--db", catalogue_path)
    assert result.returncode == 2, result.stderr
    assert f"{path}: cannot be imported" in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(catalogue_path) == before


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_json_with_a_byte_order_mark_or_in_utf16_is_read(tmp_path, encoding):
    path = tmp_path / "heroes.json"
    path.write_text('[{"name_en": "Test Hero", "name_tg": "Қаҳрамон"}]', encoding=encoding)
    kind, records = read_import(path)
    assert kind is ImportKind.HEROES_JSON
    assert records == [{"name_en": "Test Hero", "name_tg": "Қаҳрамон"}]


@pytest.mark.parametrize(
    "content",
    [
        '[{"name_en": "   ", "name_ru": "\\t"}]',
        '[{"name_en": "Test Hero"}, {"name_tg": "  "}]',
        '[{"name_en": "\\u200b", "name_ru": "\\u3000\\ufeff"}]',  # marks that show nothing
        '[{"name_en": "Test Hero"}, {"name_tg": "\\u200b"}]',
    ],
)
def test_a_json_hero_named_only_with_blanks_is_refused_like_a_nameless_one(
    catalogue_path, tmp_path, content
):
    path = tmp_path / "heroes.json"
    path.write_text(content, encoding="utf-8")
    before = digest(catalogue_path)
    result = run_cli("import", path, "--db", catalogue_path)
    assert result.returncode == 2, result.stderr
    assert str(path) in result.stderr and "field 'name_en': a name is required" in result.stderr
    assert digest(catalogue_path) == before


def test_the_longest_text_the_catalogue_keeps_comes_back_from_csv(catalogue_path, tmp_path):
    long = "word " * 19_999 + "last."  # 100,000 characters
    source = tmp_path / "long.csv"
    source.write_text(f'name_en,biography\nTest Hero,"{long}"\n', encoding="utf-8")
    assert run_cli("import", source, "--db", catalogue_path).returncode == 0
    out = tmp_path / "export.csv"
    assert run_cli("export", "--db", catalogue_path, "--out", out).returncode == 0
    (back,) = [record for record in read_heroes_csv(out) if record["name_en"] == "Test Hero"]
    assert back["biography"] == long


def test_a_csv_cell_longer_than_the_catalogue_keeps_is_refused_naming_line_and_column(tmp_path):
    path = csv_file(tmp_path, "name_en,biography\nShort,ok\nTest Hero," + "x" * 1_000_000 + "\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert caught.value.problems == [
        "line 3, column 'biography': 1,000,000 characters; at most 100,000 in one field"
    ]


def test_a_header_of_a_million_columns_is_refused_at_once(tmp_path):
    path = csv_file(tmp_path, ",".join(["name_en"] * 1_000_000) + "\nTest Hero\n")
    with pytest.raises(ImportRefused) as caught:
        read_heroes_csv(path)
    assert caught.value.problems == [
        f"line 1: the header has 1,000,000 columns; at most 200 are read "
        f"(a hero has {len(COLUMNS)} fields)"
    ]


def test_a_200_mb_file_is_refused_without_being_read(tmp_path):
    import resource

    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(200 * 2**20)  # a sparse file: no disk used
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImportRefused, match="the file is 200 MB; at most 50 MB"):
        read_heroes_csv(path)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 50 * 1024  # KB


def test_the_plan_matches_on_id_then_name_and_lists_changes_and_conflicts(catalogue):
    existing = catalogue.heroes()
    incoming = [
        {"id": "karsybay-spataev", "military_rank": "Private"},  # by id: a change
        {"name_ru": "Домулло Азизов", "staff_notes": "seen in the museum"},  # by Russian name
        {"name_en": "Alim Khakimov"},  # by Latin name, nothing new
        {"name_en": "Brand New Hero", "birth_date": "1920"},  # an addition
        {"id": "karsybay-spataev", "unit": "another"},  # the same hero twice
        {"id": "new-id", "name_en": "Alim Khakimov"},  # a new id on a known name
    ]
    plan = plan_heroes(incoming, existing)
    assert plan.changes == {
        "karsybay-spataev": {"military_rank": (None, "Private")},
        "domullo-azizov": {"staff_notes": (None, "seen in the museum")},
    }
    assert [record["name_en"] for record in plan.adds] == ["Brand New Hero"]
    assert plan.unchanged == 1
    assert (
        plan.conflicts
        == [
            "record 5 (karsybay-spataev): the same hero as record 1",
            "record 6 (Alim Khakimov): new id 'new-id', but the name 'Alim Khakimov' is hero "
            "'alim-khakimov'",
        ]
        or len(plan.conflicts) == 2
    )


def test_a_csv_file_is_read_as_its_columns_and_gives_the_same_records(tmp_path):
    """100,000 rows are kept as one list a column (not a dict a row) from the reader to the
    writer; each record read from them is what the file holds, an empty id left out."""
    path = csv_file(tmp_path, "id,name_en,aliases\nh1,Ivan Petrov,I. Petrov | Petrov I.\n"
                              ",Anvar Azizov,\n")  # fmt: skip
    records = read_heroes_csv(path)
    assert records.column("name_en") == ["Ivan Petrov", "Anvar Azizov"]
    assert records.column("birth_date") == [None, None]
    assert list(records) == [
        {"id": "h1", "name_en": "Ivan Petrov", "aliases": ["I. Petrov", "Petrov I."]},
        {"name_en": "Anvar Azizov", "aliases": []},
    ]
    assert records[1:] == [{"name_en": "Anvar Azizov", "aliases": []}]


def test_an_id_given_twice_is_a_conflict_in_an_empty_catalogue_too(empty_catalogue_path, tmp_path):
    path = csv_file(tmp_path, "id,name_en\nh1,Ivan Petrov\n,Anvar Azizov\nh1,Karim Nazarov\n"
                              ",Safar Sharipov\n")  # fmt: skip
    result = run_cli("import", path, "--db", empty_catalogue_path)
    assert result.returncode == 0, result.stderr
    assert "record 3 (Karim Nazarov): the same hero as record 1" in result.stdout
    copy = open_catalogue(empty_catalogue_path)
    names = sorted(hero["name_en"] for hero in copy.heroes())
    copy.close()
    assert names == ["Anvar Azizov", "Ivan Petrov", "Safar Sharipov"]


def test_import_dry_run_prints_the_summary_and_changes_nothing(catalogue_path, tmp_path):
    path = csv_file(tmp_path, "id,name_en,military_rank\nkarsybay-spataev,Karsybay Spataev,"
                              "Private\n,New Hero,\n")  # fmt: skip
    before = digest(catalogue_path)
    result = run_cli("import", path, "--dry-run", "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    assert "heroes (CSV), 2 records" in result.stdout
    assert "To add: 1 hero\n  + New Hero" in result.stdout
    assert "~ Karsybay Spataev\n      Rank: (empty) → 'Private'" in result.stdout
    assert "nothing changed (dry run)" in result.stdout
    assert digest(catalogue_path) == before

    result = run_cli("import", path, "--db", catalogue_path)
    assert "imported: 1 added, 1 changed" in result.stdout
    catalogue = open_catalogue(catalogue_path)
    assert catalogue.hero("karsybay-spataev")["military_rank"] == "Private"
    assert catalogue.hero("new-hero")["name_en"] == "New Hero"
    catalogue.close()


def test_read_heroes_json_keeps_only_the_given_fields(tmp_path):
    path = tmp_path / "few.json"
    path.write_text('[{"name_ru": "Иван", "group": "tajik_ssr"}]', encoding="utf-8")
    assert read_heroes_json(path) == [{"name_ru": "Иван", "group_code": "tajik_ssr"}]


def test_export_of_what_the_search_finds(catalogue_path, tmp_path):
    out = tmp_path / "found.csv"
    result = run_cli("export", "--out", out, "--search", "Uzbekistan", "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert 1 < len(rows) < 29
    assert f"{out}: {len(rows) - 1} heroes (CSV)" in result.stdout
    one = run_cli("export", "--out", out, "--search", "Spataev", "--db", catalogue_path)
    assert f"{out}: 1 hero (CSV)" in one.stdout


def test_the_summary_warns_when_blank_cells_would_empty_filled_values(catalogue):
    from heroviewer.operations.import_plan import summary_lines

    incoming = [{"id": "domullo-azizov", "military_rank": None, "staff_notes": "new note"}]
    plan = plan_heroes(incoming, catalogue.heroes())
    text = "\n".join(summary_lines(plan, {"domullo-azizov": "Domullo Azizov"}))
    assert "1 would empty a value that is filled now" in text
    assert "      Rank: 'Junior Sergeant' → (empty)" in text


def test_the_summary_shows_where_a_long_text_changed(catalogue):
    from heroviewer.operations.import_plan import summary_lines

    stored = catalogue.hero("karsybay-spataev")["feat_summary_en"]
    assert len(stored) > 200
    edited = stored[:150] + "EDITED" + stored[156:]
    plan = plan_heroes([{"id": "karsybay-spataev", "feat_summary_en": edited}], catalogue.heroes())
    line = next(line for line in summary_lines(plan) if "The deed in English" in line)
    old, new = line.split(" → ")
    assert "EDITED" in new and "EDITED" not in old
    assert stored[150:156] in old
