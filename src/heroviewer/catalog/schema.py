"""Typed SQLAlchemy 2.0 models of the catalogue. Schema changes go through migrations/."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Index, String, Text
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
    biography: Mapped[str | None] = mapped_column(Text)
    staff_notes: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[str | None] = mapped_column(String(10))
    research_note: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")


class NewsItem(Base):
    """One CSTO Secretariat news item."""

    __tablename__ = "news"
    __table_args__ = (Index("ix_news_date", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[str | None] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)
    summary_en: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source_seen: Mapped[str | None] = mapped_column(Text)
    source_note: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(40))
    from_seed: Mapped[bool] = mapped_column(Boolean, default=False)


class CatalogInfo(Base):
    """Facts about the catalogue itself: its name, the search-key version."""

    __tablename__ = "catalog_info"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
