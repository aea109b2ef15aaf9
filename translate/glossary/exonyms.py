"""Established spellings of Azerbaijani names that the transliteration rules do not produce.

Soviet-era Russian kept older forms (Ленкорань, Нахичевань, Шемаха), English took some names
through Russian (Khankendi, Sumgait), Turkish has its own exonyms (Bakü, Cebrail). Each row
gives only the languages whose usage departs from the rules; the others are spelled by rule.
Sources: the English, Russian and Turkish Wikipedia article titles for each place, which follow
the State Statistical Committee of Azerbaijan (English) and Soviet-era usage (Russian).

>>> exonym("Lənkəran", "ru")
'Ленкорань'
>>> exonym("Lənkəran", "tr") is None
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

__all__ = ["EXONYMS", "exonym", "native_for"]

# Keyed by the Azerbaijani (native) form; one row per name, sorted.
# fmt: off
EXONYMS: Mapping[str, Mapping[str, str]] = {
    "Ağdərə": {"ru": "Агдере"},
    "Azərbaycan": {"en": "Azerbaijan", "ru": "Азербайджан", "tr": "Azerbaycan",
                   "de": "Aserbaidschan", "fr": "Azerbaïdjan", "es": "Azerbaiyán"},
    "Bakı": {"en": "Baku", "ru": "Баку", "tr": "Bakü", "de": "Baku", "fr": "Bakou",
             "es": "Bakú"},
    "Balakən": {"ru": "Белоканы"},
    "Bərdə": {"ru": "Барда"},
    "Cəbrayıl": {"ru": "Джебраил", "tr": "Cebrail"},
    "Dağlıq Qarabağ": {"en": "Nagorno-Karabakh", "ru": "Нагорный Карабах",
                       "tr": "Dağlık Karabağ", "de": "Bergkarabach",
                       "fr": "Haut-Karabagh", "es": "Alto Karabaj"},
    "Füzuli": {"ru": "Физули"},
    "Gədəbəy": {"ru": "Гедабек"},
    "Göyçay": {"ru": "Геокчай"},
    "Goranboy": {"ru": "Геранбой"},
    "Hacıqabul": {"ru": "Гаджикабул"},
    "Lənkəran": {"ru": "Ленкорань"},
    "Mingəçevir": {"ru": "Мингечевир"},
    "Naxçıvan": {"en": "Nakhchivan", "ru": "Нахичевань", "de": "Nachitschewan",
                 "fr": "Nakhitchevan", "es": "Najicheván"},
    "Neftçala": {"ru": "Нефтечала"},
    "Qarabağ": {"en": "Karabakh", "ru": "Карабах", "tr": "Karabağ", "de": "Karabach",
                "fr": "Karabagh", "es": "Karabaj"},
    "Qəbələ": {"ru": "Габала"},
    "Qubadlı": {"ru": "Кубатлы"},
    "Şamaxı": {"ru": "Шемаха"},
    "Şəki": {"ru": "Шеки"},
    "Siyəzən": {"ru": "Сиазань"},
    "Sumqayıt": {"en": "Sumgait", "ru": "Сумгаит", "tr": "Sumgayıt"},
    "Şuşa": {"en": "Shusha", "ru": "Шуша", "tr": "Şuşa", "de": "Schuscha", "fr": "Choucha",
             "es": "Shusha"},
    "Xaçmaz": {"ru": "Хачмас"},
    "Xankəndi": {"en": "Khankendi", "ru": "Ханкенди", "tr": "Hankendi"},
    "Xocavənd": {"en": "Khojavend", "ru": "Ходжавенд", "tr": "Hocavend"},
    "Zaqatala": {"ru": "Закаталы", "tr": "Zakatala"},
    "Zəngilan": {"ru": "Зангелан"},
    "Zərdab": {"ru": "Зардоб"},
}
# fmt: on

_BY_NATIVE = {unicodedata.normalize("NFC", name).casefold(): row for name, row in EXONYMS.items()}


def exonym(native: str, language: str) -> str | None:
    """The established *language* spelling of the Azerbaijani *native* name, if it has one."""
    row = _BY_NATIVE.get(unicodedata.normalize("NFC", native).casefold())
    return None if row is None else row.get(language)


def native_for(english: str) -> str | None:
    """The native form whose established English spelling is *english* (Khankendi → Xankəndi)."""
    wanted = english.casefold()
    return next(
        (name for name, row in EXONYMS.items() if row.get("en", "").casefold() == wanted), None
    )
