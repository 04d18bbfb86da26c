"""Typed SQLAlchemy 2.0 models of the catalogue. Schema changes go through migrations/."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Float, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Hero(Base):
    """One Hero of the Soviet Union. Dates are partial ISO text ("1921", "1921-05-03")."""

    __tablename__ = "heroes"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name_en: Mapped[str | None] = mapped_column(Text)
    name_ru: Mapped[str | None] = mapped_column(Text)
    name_tg: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    group_code: Mapped[str | None] = mapped_column(String(40))
    birth_date: Mapped[str | None] = mapped_column(String(10))
    birth_place: Mapped[str | None] = mapped_column(Text)
    death_date: Mapped[str | None] = mapped_column(String(10))
    death_place: Mapped[str | None] = mapped_column(Text)
    nationality: Mapped[str | None] = mapped_column(Text)
    military_rank: Mapped[str | None] = mapped_column(Text)
    branch: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    feat_date: Mapped[str | None] = mapped_column(String(10))
    feat_place: Mapped[str | None] = mapped_column(Text)
    award_date: Mapped[str | None] = mapped_column(String(10))
    posthumous: Mapped[bool | None] = mapped_column(Boolean)
    feat_summary_en: Mapped[str | None] = mapped_column(Text)
    feat_summary_ru: Mapped[str | None] = mapped_column(Text)
    feat_summary_tg: Mapped[str | None] = mapped_column(Text)
    biography: Mapped[str | None] = mapped_column(Text)  # in English
    biography_ru: Mapped[str | None] = mapped_column(Text)
    biography_tg: Mapped[str | None] = mapped_column(Text)
    # the text fields above written as translations and not yet checked by staff
    unchecked_translations: Mapped[list[str]] = mapped_column(JSON, default=list)
    staff_notes: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[str | None] = mapped_column(String(10))
    research_note: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    name_sort_key: Mapped[str] = mapped_column(Text, default="")  # records.fields.HeroRow
    name_sort_key_ru: Mapped[str] = mapped_column(Text, default="")
    name_sort_key_tg: Mapped[str] = mapped_column(Text, default="")
    portrait: Mapped[str | None] = mapped_column(String(64))  # an Image.sha256
    # raised by every save: a save from an older version is refused (catalogue.writer)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class NewsItem(Base):
    """One CSTO Secretariat news item."""

    __tablename__ = "news"
    __table_args__ = (
        Index("ix_news_date", "date"),
        Index("ix_news_url", "url"),
        Index("ix_news_guid", "guid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)
    summary_en: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source_seen: Mapped[str | None] = mapped_column(Text)
    source_note: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(40))
    guid: Mapped[str | None] = mapped_column(Text)  # a feed item's own id, when imported
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class PlacePosition(Base):
    """Where staff put a place text on the map (records/places.py: position_id)."""

    __tablename__ = "place_positions"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class CatalogueInfo(Base):
    """Facts about the catalogue itself: its name, the search-key version."""

    __tablename__ = "catalog_info"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Image(Base):
    """A portrait, stored once however many heroes or history entries refer to it."""

    __tablename__ = "images"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)  # JPEG, sRGB, longest side <= 1600 px
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)  # JPEG, longest side <= 480 px
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str | None] = mapped_column(Text)


class HistoryEntry(Base):
    """One field of one saved change: who, when, what it was and what it became (JSON)."""

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_entity", "entity", "entity_id"),
        Index("ix_history_change", "change_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    change_id: Mapped[int] = mapped_column(Integer)  # the entries saved together
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601, local time with its offset
    user: Mapped[str] = mapped_column(Text)  # the operating-system user
    action: Mapped[str] = mapped_column(String(40))  # edit, add, delete, portrait, revert, ...
    entity: Mapped[str] = mapped_column(String(10))  # "hero" or "news"
    entity_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(40))  # "*" for a whole record (add, delete)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
