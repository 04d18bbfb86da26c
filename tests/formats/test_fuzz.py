"""Any input ends in records or a clean refusal, never a traceback (hypothesis)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heroviewer.formats.detect import read_import
from heroviewer.formats.feeds import read_feed
from heroviewer.formats.files import ImportRefused
from heroviewer.formats.hero_csv import COLUMNS, read_heroes_csv, write_heroes_csv

FOLDER = Path(tempfile.mkdtemp(prefix="heroviewer-fuzz-"))
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])  # fmt: skip


def attempt(reader, data: bytes) -> None:
    path = FOLDER / "input"
    path.write_bytes(data)
    try:
        result = reader(path)
    except ImportRefused as refused:
        assert refused.problems
    else:
        assert isinstance(result, Sequence)  # a list, or a CSV file's RecordColumns


csv_cells = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
csv_text = st.lists(
    st.lists(st.one_of(csv_cells, st.sampled_from(["1921", "1921-13", "да", '"', ";"])),
             min_size=1, max_size=6),
    min_size=1, max_size=8,
).map(lambda rows: "\n".join(",".join(row) for row in rows))  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=5), csv_text)
def test_csv_reader_on_any_text(header, body):
    attempt(read_heroes_csv, (",".join(header) + "\n" + body).encode())


@SETTINGS
@given(st.binary(max_size=300))
def test_csv_reader_on_any_bytes(data):
    attempt(read_heroes_csv, data)


xml_pieces = st.lists(
    st.sampled_from(["<rss version='2.0'>", "<channel>", "<item>", "<title>", "x", "</title>",
                     "</item>", "</channel>", "</rss>", "<!DOCTYPE a>", "&amp;", "<pubDate>",
                     "1 Jan 2020", "</pubDate>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
                     "<entry>", "</entry>", "</feed>", "<![CDATA[<b>", "]]>"]),
    max_size=25,
).map("".join)  # fmt: skip


@SETTINGS
@given(xml_pieces)
def test_feed_reader_on_any_xml_like_text(text):
    attempt(read_feed, text.encode())


@SETTINGS
@given(st.one_of(st.binary(max_size=200), xml_pieces.map(str.encode),
                 st.sampled_from([b"[", b"[]", b"{}", b'[{"title": 1}]', b'[{"name_en": []}]',
                                  b'[{"name_en": "a", "posthumous": "maybe"}]'])))  # fmt: skip
def test_any_file_given_to_import(data):
    attempt(lambda path: read_import(path)[1], data)


stored_text = (
    st.text(
        alphabet=st.characters(
            codec="utf-8", exclude_categories=["Cs"], exclude_characters="\x00|"
        ),
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)


@given(st.one_of(stored_text, stored_text.map(lambda text: "=" + text),
                 stored_text.map(lambda text: "'" + text)))  # fmt: skip
@SETTINGS
def test_any_stored_text_comes_back_from_csv_exactly(text):
    path = FOLDER / "round-trip.csv"
    write_heroes_csv([{"name_en": "Test Hero", "staff_notes": text, "aliases": [text]}], path)
    [record] = read_heroes_csv(path)
    assert (record["staff_notes"], record["aliases"]) == (text, [text])


@SETTINGS
@given(st.one_of(st.none(), csv_cells), csv_cells)
def test_a_text_that_adds_no_question_mark_never_looks_damaged(old, new):
    from heroviewer.formats.damage import looks_damaged

    flagged = looks_damaged(old, new)  # never a traceback, whatever the texts
    assert not flagged or new.count("?") > (old or "").count("?")
    assert not looks_damaged(new, new) and not looks_damaged(new, new.replace("?", ""))
