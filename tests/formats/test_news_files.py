"""News from RSS and Atom files saved from the Secretariat's site, and news as JSON."""

from __future__ import annotations

import json

import pytest

from heroviewer.catalogue import open_catalogue
from heroviewer.formats.detect import ImportKind, read_import
from heroviewer.formats.feeds import plain_text, read_feed
from heroviewer.formats.files import ImportRefused
from heroviewer.formats.records_json import read_news_json, write_news_json
from tests.helpers import BUNDLED_NEWS
from tests.test_cli import run_cli

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>CSTO Secretariat</title><link>https://example.org/</link><description>News</description>
<item>
  <title>Meeting of the Committee of Secretaries</title>
  <link>https://example.org/news/101</link>
  <guid>https://example.org/news/101</guid>
  <pubDate>Tue, 18 Nov 2025 09:15:00 +0300</pubDate>
  <description><![CDATA[<p>The meeting <b>took place</b> in Minsk.</p>
    <script>alert("x")</script><img src="https://tracker.example.org/pixel.gif">
    <p>Next meeting: spring.</p>]]></description>
</item>
<item>
  <title>Exercise &quot;Interaction&quot; ends</title>
  <guid isPermaLink="false">csto-2025-102</guid>
  <pubDate>2025-11-10T08:00:00Z</pubDate>
  <description>Plain text summary.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Secretariat</title><id>urn:feed</id><updated>2025-10-01T00:00:00Z</updated>
  <entry>
    <title type="html">Day of &lt;i&gt;memory&lt;/i&gt;</title>
    <id>urn:csto:201</id>
    <link href="https://example.org/news/201"/>
    <updated>2025-10-01T12:00:00+05:00</updated>
    <summary type="html">&lt;p&gt;Wreaths were laid.&lt;/p&gt;</summary>
  </entry>
</feed>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&secret;</title></item></channel></rss>
"""


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rss_items_become_plain_text_news_with_dates(tmp_path):
    items = read_feed(write(tmp_path, "secretariat.xml", RSS))
    first, second = items
    assert first["title"] == "Meeting of the Committee of Secretaries"
    assert first["date"] == "2025-11-18"
    assert first["url"] == "https://example.org/news/101"
    assert first["summary_en"] == "The meeting took place in Minsk.\nNext meeting: spring."
    assert "alert" not in first["summary_en"] and "pixel" not in first["summary_en"]
    assert second["title"] == 'Exercise "Interaction" ends'
    assert second["date"] == "2025-11-10"
    assert second["guid"] == "csto-2025-102" and second["url"] is None
    assert "CSTO Secretariat" in first["source_note"]


def test_a_feed_items_category_is_kept_as_ours_where_it_matches_else_as_written(tmp_path):
    def item(number: int, categories: str) -> str:
        return f"<item><title>News {number}</title><guid>n{number}</guid>{categories}</item>"

    items = "".join(
        item(number, categories)
        for number, categories in enumerate(
            [
                "<category>Секретариат</category>",
                "<category>  SECRETARY   general </category>",
                "<category>ООН</category>",
                "<category>Учения</category>",
                "<category>Интервью</category>",
                "<category>Military cooperation</category><category>Память</category>",
                "<category>Военное сотрудничество ОДКБ</category>",
                "",
            ]
        )
    )
    path = write(tmp_path, "feed.xml", f"<rss version='2.0'><channel><title>T</title>{items}"
                 "</channel></rss>")  # fmt: skip
    assert [news["category"] for news in read_feed(path)] == [
        "secretariat", "secretary_general", "un_cooperation", "exercises", "interviews",
        "memory", "Военное сотрудничество ОДКБ", None,
    ]  # fmt: skip


def test_atom_entries_are_read_too(tmp_path):
    (item,) = read_feed(write(tmp_path, "feed.atom", ATOM))
    assert item["title"] == "Day of memory"
    assert item["date"] == "2025-10-01"
    assert item["summary_en"] == "Wreaths were laid."
    assert item["url"] == "https://example.org/news/201"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_an_rss_file_in_utf16_is_read_as_a_feed(tmp_path, encoding):
    path = tmp_path / "secretariat.xml"
    path.write_text(RSS.replace('encoding="UTF-8"', 'encoding="UTF-16"'), encoding=encoding)
    kind, items = read_import(path)
    assert kind is ImportKind.NEWS_FEED
    assert items[0]["title"] == "Meeting of the Committee of Secretaries"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (BILLION_LAUGHS, "declares the entity 'lol"),
        (EXTERNAL_ENTITY, "reads 'file:///etc/passwd', outside the file"),
        ("<rss><channel><title>x</channel></rss>", "not well-formed XML"),
    ],
)
def test_hostile_or_broken_xml_is_refused(tmp_path, text, reason):
    path = write(tmp_path, "feed.xml", text)
    with pytest.raises(ImportRefused) as caught:
        read_feed(path)
    assert reason in str(caught.value)
    assert "root:" not in str(caught.value)


def test_the_feed_read_is_the_file_checked_not_a_file_named_like_its_content(tmp_path, monkeypatch):
    checked = (
        '<rss version="2.0"><channel><title>Feed</title>'
        "<item><title>Checked</title></item></channel></rss>"
    )
    planted = tmp_path / "cwd" / checked  # its "/" make folders: a file named like the content
    planted.parent.mkdir(parents=True)
    planted.write_text(RSS.replace("Meeting of the Committee", "Planted"), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "cwd")
    items = read_feed(write(tmp_path, "feed.xml", checked))
    assert [item["title"] for item in items] == ["Checked"]


def test_feed_items_dated_outside_1800_2100_are_left_out_and_listed(catalogue_path, tmp_path):
    items = "".join(
        f"<item><title>{title}</title><pubDate>{date}</pubDate></item>"
        for title, date in [("Year one", "0001-01-01T00:00:00Z"), ("Before Christ", "-0001"),
                            ("Far future", "9999-12-31"), ("Good news", "2025-11-10T08:00:00Z")]
    )  # fmt: skip
    path = write(
        tmp_path, "feed.xml", f"<rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    )
    result = run_cli("import", path, "--db", catalogue_path)
    assert result.returncode == 0, result.stderr
    assert "Left out: 3" in result.stdout
    assert "item 1 (Year one): the date '0001-01-01T00:00:00Z' is not between 1800 and 2100" in (
        result.stdout
    )
    assert "item 2 (Before Christ): the date '-0001' is not between 1800 and 2100" in result.stdout
    assert "imported: 1 added" in result.stdout
    catalogue = open_catalogue(catalogue_path)
    dated = {item["title"]: item["date"] for item in catalogue.news_items()}
    catalogue.close()
    assert dated["Good news"] == "2025-11-10"
    assert not {"Year one", "Before Christ", "Far future"} & dated.keys()
    out = tmp_path / "news.json"
    assert run_cli("export", "--what", "news", "--format", "json", "--db", catalogue_path,
                   "--out", out).returncode == 0  # fmt: skip


def test_importing_a_feed_twice_adds_its_items_once(catalogue_path, tmp_path):
    path = write(tmp_path, "secretariat.xml", RSS)
    first = run_cli("import", path, "--db", catalogue_path)
    assert first.returncode == 0, first.stderr
    assert "news (RSS or Atom feed), 2 records" in first.stdout
    assert "imported: 2 added" in first.stdout
    again = run_cli("import", path, "--db", catalogue_path)
    assert "Already present (same link, guid, or date and title), not added: 2" in again.stdout
    assert "nothing changed" in again.stdout
    catalogue = open_catalogue(catalogue_path)
    titles = [item["title"] for item in catalogue.news_items()]
    assert titles.count("Meeting of the Committee of Secretaries") == 1
    catalogue.close()


def test_news_json_round_trip(catalogue_path, tmp_path):
    catalogue = open_catalogue(catalogue_path)
    out = tmp_path / "news.json"
    assert write_news_json(catalogue.news_items(), out) == BUNDLED_NEWS
    read = read_news_json(out)
    keep = ("date", "title", "summary_en", "url", "source_seen", "source_note", "category")
    assert [{k: r[k] for k in keep} for r in read] == [
        {k: item[k] for k in keep} for item in catalogue.news_items()
    ]
    catalogue.close()


def test_news_exported_and_imported_back_adds_nothing(catalogue_path, tmp_path):
    out = tmp_path / "news.json"
    assert run_cli("export", "--what", "news", "--format", "json", "--out", out,
                   "--db", catalogue_path).returncode == 0  # fmt: skip
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert sum(1 for item in exported if not item["url"] and not item["guid"]) > 10
    assert all("from_seed" not in item for item in exported)
    again = run_cli("import", out, "--db", catalogue_path)
    assert again.returncode == 0, again.stderr
    assert "To add: 0 news items" in again.stdout
    assert f"not added: {BUNDLED_NEWS}" in again.stdout
    catalogue = open_catalogue(catalogue_path)
    assert len(catalogue.news_items()) == BUNDLED_NEWS
    catalogue.close()


def test_plain_text_drops_markup_scripts_and_images():
    html = '<div>One &amp; two<br>three<script>evil()</script><img src="x.png"></div>'
    assert plain_text(html) == "One & two\nthree"


def test_news_json_from_before_from_seed_was_dropped_is_read(tmp_path):
    older = tmp_path / "news.json"
    older.write_text(
        json.dumps([{"date": "2020-01-02", "title": "Old export", "from_seed": True}]), "utf-8"
    )
    assert [item["title"] for item in read_news_json(older)] == ["Old export"]
    assert "from_seed" not in read_news_json(older)[0]
