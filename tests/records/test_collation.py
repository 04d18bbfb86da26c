"""Names sort in the order of the reader's alphabet, names in Latin letters among the others."""

import pytest

from heroviewer.records.collation import collation_key
from heroviewer.records.names import name_sort_key

NAMES = [
    "Tuychi Erdzhigitov", "Домулло Азизов", "Ходи Кинжаев", "Ёдгор Ёров", "Ехсон Егоров",
    "Қодир Қодиров", "Карим Каримов", "Ҳамза Ҳамзаев", "Хасан Хасанов", "Яхё Яхёев",
    "Nabi Akramov", "Khakimov Alim", "Ғафур Гадоев",
]  # fmt: skip


def in_order(language: str) -> list[str]:
    return sorted(NAMES, key=lambda name: collation_key(name_sort_key(name), language))


def test_a_russian_reader_s_order():  # ё as е, a Tajik letter as the Russian one nearest it
    assert in_order("ru") == [
        "Домулло Азизов", "Nabi Akramov", "Ғафур Гадоев", "Ехсон Егоров", "Ёдгор Ёров",
        "Карим Каримов", "Ходи Кинжаев", "Қодир Қодиров", "Khakimov Alim", "Ҳамза Ҳамзаев",
        "Хасан Хасанов", "Tuychi Erdzhigitov", "Яхё Яхёев",
    ]  # fmt: skip


def test_a_tajik_reader_s_order():  # ғ after г, қ after к, ҳ after х
    assert in_order("tg") == [
        "Домулло Азизов", "Nabi Akramov", "Ғафур Гадоев", "Ехсон Егоров", "Ёдгор Ёров",
        "Карим Каримов", "Ходи Кинжаев", "Қодир Қодиров", "Khakimov Alim", "Хасан Хасанов",
        "Ҳамза Ҳамзаев", "Tuychi Erdzhigitov", "Яхё Яхёев",
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_the_surname_still_comes_before_the_given_names(language):
    assert collation_key(name_sort_key("Карим Азизов"), language) < collation_key(
        name_sort_key("Абдулло Каримов"), language
    )
