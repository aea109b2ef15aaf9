"""Tests for translate.glossary.transliterate: rule tables for Azerbaijani names."""

from __future__ import annotations

import pytest

from translate.errors import LanguageError
from translate.glossary.transliterate import (
    _TABLES,
    SUPPORTED,
    Agreement,
    agreement,
    english_variants,
    spell_by_rules,
    transliterate,
)

SPELLINGS = [
    # (native, target, expected)
    ("Xankəndi", "ru", "Ханкенди"),
    ("Xankəndi", "tr", "Hankendi"),
    ("Xankəndi", "en", "Khankendi"),  # an exonym; the rules alone give Khankandi
    ("Əsgəran", "en", "Askaran"),
    ("Əsgəran", "ru", "Аскеран"),
    ("Əsgəran", "tr", "Esgeran"),
    ("Xocalı", "en", "Khojaly"),
    ("Xocalı", "ru", "Ходжалы"),
    ("Xocalı", "tr", "Hocalı"),
    ("Xocalı", "de", "Chodschali"),
    ("Xocalı", "fr", "Khodjaly"),
    ("Xocalı", "es", "Jodyalí"),
    ("Gəncə", "en", "Ganja"),
    ("Gəncə", "ru", "Гянджа"),
    ("Gəncə", "tr", "Gence"),
    ("Gəncə", "de", "Gandscha"),
    ("Gəncə", "fr", "Gandja"),
    ("Gəncə", "es", "Ganyá"),
    ("Bərdə", "es", "Bardá"),
    ("Tərtər", "ru", "Тертер"),
    ("Azərbaycan", "ru", "Азербайджан"),
    ("Ağdərə", "en", "Aghdara"),
    ("Quşçular", "en", "Gushchular"),
    ("Malıbəyli", "ru", "Малыбейли"),
    ("İlham Əliyev", "ru", "Ильхам Алиев"),
    ("İlham Əliyev", "de", "Ilham Alijew"),
    ("İlham Əliyev", "fr", "Ilham Aliev"),
    ("İlham Əliyev", "tr", "İlham Eliyev"),
    ("Mehriban Əliyeva", "es", "Mehribán Aliyeva"),
    ("Milli Məclis", "ru", "Милли Меджлис"),
    ("Yevlax", "ru", "Евлах"),
    ("Eldar", "ru", "Эльдар"),
    ("Qarabağ", "ru", "Карабах"),  # exonyms
    ("Qarabağ", "de", "Karabach"),
    ("Dağlıq Qarabağ", "tr", "Dağlık Karabağ"),
    ("Xocalı", "az", "Xocalı"),
    ("İsmayıllı", "az", "İsmayıllı"),
]


@pytest.mark.parametrize(
    ("native", "target", "expected"),
    SPELLINGS,
    ids=[f"{native}-{target}" for native, target, _ in SPELLINGS],
)
def test_transliterate(native: str, target: str, expected: str) -> None:
    assert transliterate(native, target) == expected


CASES = [
    # (id, native, target, expected)
    ("dotted-capital-I", "İlham", "en", "Ilham"),
    ("dotless-capital-I", "Ismayıl", "en", "Ismayil"),
    ("lower-case-stays-lower", "xocalı", "en", "khojaly"),
    ("all-caps-stays-caps", "XOCALI", "en", "KHOJALY"),
    ("hyphen-kept", "Dağ-Kəsəmən", "en", "Dagh-Kasaman"),
    ("turkish-capital-i", "isa", "tr", "isa"),
    ("turkish-title-dotted-I", "İsa", "tr", "İsa"),
    ("spanish-no-accent-on-surname", "Əliyeva", "es", "Aliyeva"),
    ("spanish-final-stress-on-vowel", "Şəki", "es", "Shakí"),
    ("spanish-no-accent-after-consonant", "Tərtər", "es", "Tartar"),
    ("spanish-no-accent-one-syllable", "Xan", "es", "Jan"),
    ("decomposed-dotted-I", "I\u0307lham", "ru", "Ильхам"),
]


@pytest.mark.parametrize(
    ("native", "target", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_word_handling(native: str, target: str, expected: str) -> None:
    assert transliterate(native, target) == expected


VARIANTS = [
    # (native, canonical, must also contain)
    ("Xankəndi", "Khankandi", ("Khankendi", "Hankendi")),
    ("Xocalı", "Khojaly", ("Khojali", "Khodjaly", "Hojaly")),
    ("Əsgəran", "Askaran", ("Askeran", "Asgaran")),
    ("Qarabağ", "Garabagh", ("Karabakh", "Karabagh")),
    ("Azərbaycan", "Azarbayjan", ("Azerbaijan",)),
    ("Xocavənd", "Khojavand", ("Khojavend",)),
]


@pytest.mark.parametrize(
    ("native", "canonical", "others"),
    VARIANTS,
    ids=[native for native, _, _ in VARIANTS],
)
def test_english_variants(native: str, canonical: str, others: tuple[str, ...]) -> None:
    variants = english_variants(native)
    assert variants[0] == canonical == spell_by_rules(native, "en")
    assert set(others) <= set(variants)
    assert len(variants) == len(set(variants))


@pytest.mark.parametrize(
    "target", ["hy", "xx", "EN", ""], ids=["armenian", "unknown", "upper-case", "empty"]
)
def test_unsupported_language(target: str) -> None:
    with pytest.raises(LanguageError) as excinfo:
        transliterate("Xocalı", target)
    assert excinfo.value.language == target
    assert "en, ru, tr" in str(excinfo.value)


def test_agreement_unsupported_language() -> None:
    with pytest.raises(LanguageError):
        agreement([("Xocalı", "Khojaly")], "hy")


def test_agreement_counts_and_mismatches() -> None:
    pairs = [("Xocalı", "Ходжалы"), ("Bakı", "Баку"), ("Kəlbəcər", "Кельбаджар")]
    assert agreement(pairs, "ru") == Agreement(
        language="ru", total=3, equal=2, mismatches=(("Kəlbəcər", "Кельбеджар", "Кельбаджар"),)
    )


def test_rules_alone_ignore_exonyms() -> None:
    assert (transliterate("Bakı", "ru"), spell_by_rules("Bakı", "ru")) == ("Баку", "Бакы")


def test_agreement_empty() -> None:
    result = agreement([], "de")
    assert (result.total, result.equal, result.rate) == (0, 0, 0.0)


@pytest.mark.parametrize("target", SUPPORTED)
def test_every_supported_language_has_a_table(target: str) -> None:
    assert target in _TABLES


@pytest.mark.parametrize("target", sorted(_TABLES))
def test_rules_are_longest_first(target: str) -> None:
    lengths = [len(rule.source) for rule in _TABLES[target].rules]
    assert lengths == sorted(lengths, reverse=True)
