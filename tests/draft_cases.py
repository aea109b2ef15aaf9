# ruff: noqa: E501  (a table of sentences, one per line)
"""English sentences, not from the corpus, that put glossary names in every role, with what
their Spanish drafts must and must not contain.

Each case is (id, English, regexes that must match the draft, regexes that must not), matched
case-insensitively unless they say ``(?-i:...)``. Besides
its own, every draft must not contain what `ALWAYS_NOT` lists: an Apertium mark, a space before
punctuation, the same word twice in a row. `bench/terms.py` gives the share of properties that
plain Apertium and our drafts pass; `tests/test_drafts.py` and `tests/test_argos.py` run them.
"""

from __future__ import annotations

__all__ = ["ALWAYS_NOT", "CASES"]

#: Properties every draft has: no engine mark left, no space before punctuation, no word doubled.
ALWAYS_NOT = (r"(?<!\w)[*#@]\w", r"\w [.,;:!?](?:\s|$)", r"\b(\w{3,}) \1\b")

Case = tuple[str, str, tuple[str, ...], tuple[str, ...]]

CASES: tuple[Case, ...] = (
    # possessives
    ("possessive-known", "Armenia's economy is weak.", (r"econom\w+ de Armenia",), (r"Armenia econom",)),
    ("possessive-unknown", "Khojaly's residents fled.", (r"residentes de Jodyalí",), (r"Jodyalí residentes", r"Jodyalí (la|los|las|el) ")),
    ("possessive-object", "He praised Baku's hospitality.", (r"hospitalidad de Bakú",), (r"Bakú hospitalidad",)),
    ("possessive-person", "Ilham Aliyev's speech was long.", (r"discurso de Ilham Aliyev",), (r"Aliyev discurso",)),
    ("possessive-plural-name", "The United States' position changed.", (r"Estados Unidos",), (r"\bel Estados Unidos",)),
    ("possessive-region", "Karabakh's mountains are beautiful.", (r"montañas de Karabaj",), (r"Karabaj montañas",)),
    ("possessive-city", "Ganja's old mosque was restored.", (r"de Ganyá",), (r"Ganyá (la|el) ",)),
    ("possessive-curly", "Azerbaijan’s flag flew over the square.", (r"bandera de Azerbaiyán",), (r"Azerbaiyán bandera",)),
    ("possessive-org", "The Heydar Aliyev Foundation's projects grew.", (r"Fundación Heydar Aliyev",), (r"\bel Fundación",)),
    ("possessive-end-of-clause", "The lake is Karabakh's.", (r"Karabaj",), ()),
    # subjects
    ("subject-start-known", "Armenia rejected the proposal.", (r"^Armenia rechaz",), ()),
    ("subject-start-unknown", "Khankendi is a city in the mountains.", (r"^Jankendi es una ciudad",), (r"(?-i:Jankendi Es\b)",)),
    ("subject-start-unknown-2", "Khojaly was a small town.", (r"^Jodyalí (era|fue|estuvo)",), (r"(?-i:Jodyalí Era)",)),
    ("subject-mid-sentence", "Yesterday Azerbaijan opened a school.", (r"Azerbaiyán abri",), ()),
    ("subject-person", "Robert Kocharyan left the country.", (r"^Robert Kocharián",), ()),
    ("subject-org-feminine", "The Organization of Islamic Cooperation met in June.", (r"^La Organización para la Cooperación Islámica",), (r"\bEl Organización",)),
    ("subject-plural", "The United States is a large country.", (r"^(Los )?Estados Unidos",), (r"^El Estados",)),
    ("subject-verbatim-feminine", "The BBC reported the news.", (r"^La BBC",), (r"^El BBC",)),
    ("subject-dotted", "The U.S. sent aid.", (r"Estados Unidos|EE\.\s?UU\.",), (r"Unidos\. envi", r"\.\.")),
    ("subject-conventions", "The Geneva Conventions protect civilians.", (r"^Los Convenios de Ginebra",), (r"^(El|Las|La) Convenios",)),
    # objects
    ("object-known", "The storm hit Baku.", (r"Bakú\.$",), ()),
    ("object-unknown", "The soldiers surrounded Khojaly.", (r"Jodyalí\.$",), ()),
    ("object-person", "Reporters interviewed Mehriban Aliyeva.", (r"Mehriban Aliyeva",), ()),
    ("object-region", "They visited Karabakh last week.", (r"Karabaj",), ()),
    ("object-country", "Tourists love Azerbaijan.", (r"Azerbaiyán",), ()),
    # prepositions
    ("about-unknown", "He wrote a book about Karabakh.", (r"sobre Karabaj",), (r"aproximadamente",)),
    ("about-known", "She spoke about Armenia.", (r"Armenia",), ()),
    ("over-unknown", "Azerbaijan restored control over Khankendi.", (r"sobre Jankendi",), (r"encima Jankendi",)),
    ("over-known", "The plane flew over Baku.", (r"Bakú",), ()),
    ("in-unknown", "Many people died in Khojaly.", (r"en Jodyalí",), ()),
    ("in-known", "The conference took place in Baku.", (r"en Bakú",), ()),
    ("in-plural", "He studied in the United States.", (r"en (los )?Estados Unidos",), (r"en el Estados Unidos",)),
    ("from-unknown", "Refugees came from Khojaly.", (r"de Jodyalí",), ()),
    ("from-known", "The delegation arrived from Armenia.", (r"de Armenia",), ()),
    ("to-unknown", "The road to Khankendi is open.", (r"a Jankendi",), ()),
    ("to-known", "They returned to Azerbaijan.", (r"a Azerbaiyán",), ()),
    ("against-unknown", "The attack against Khojaly was planned.", (r"contra Jodyalí",), (r"en contra Jodyalí",)),
    ("against-known", "The war against Azerbaijan lasted years.", (r"contra Azerbaiyán",), ()),
    ("for-unknown", "They demanded justice for Khojaly.", (r"para Jodyalí|por Jodyalí",), ()),
    ("with-known", "Trade with Armenia stopped.", (r"con Armenia",), ()),
    ("with-unknown", "The border with Karabakh was closed.", (r"con Karabaj",), ()),
    ("near-unknown", "The village lies near Khankendi.", (r"Jankendi",), ()),
    ("of-unknown", "The people of Khojaly remember.", (r"de Jodyalí",), ()),
    ("of-feminine-org", "The members of the Organization of Turkic States met.", (r"de la Organización de Estados Túrquicos",), (r"del Organización",)),
    ("of-plural", "The president of the United States spoke.", (r"de (los )?Estados Unidos",), (r"del Estados Unidos",)),
    ("by-org", "The report was published by the UN General Assembly.", (r"por la Asamblea General de la ONU",), (r"por el Asamblea",)),
    ("under-conventions", "Civilians are protected under the Geneva Conventions.", (r"Convenios de Ginebra",), (r"las Convenios", r"la Convenios")),
    ("on-unknown", "The attack on Khojaly shocked the world.", (r"Jodyalí",), (r"encima Jodyalí",)),
    ("into-known", "The troops moved into Armenia.", (r"Armenia",), ()),
    ("between-two", "The talks between Armenia and Azerbaijan continued.", (r"Armenia y Azerbaiyán",), ()),
    # compound modifiers
    ("compound-victims", "Khojaly victims will never be forgotten.", (r"víctimas de Jodyalí",), (r"Jodyalí víctimas", r"Jodyalí (Las|las) víctimas")),
    ("compound-survivors", "He met Khojaly survivors last year.", (r"supervivientes de Jodyalí",), (r"Jodyalí supervivientes",)),
    ("compound-city", "The Khankendi city council met.", (r"Jankendi",), (r"Jankendi (el|la) ",)),
    ("compound-campaign", "The Karabakh campaign lasted 44 days.", (r"campaña de Karabaj",), (r"Karabaj campaña",)),
    ("compound-residents", "Khankendi residents welcomed the decision.", (r"residentes de Jankendi",), (r"Jankendi residentes",)),
    ("compound-after-the", "The Khojaly tragedy shocked everyone.", (r"tragedia de Jodyalí",), (r"El tragedia",)),
    ("compound-genocide", "The Khojaly genocide happened in 1992.", (r"genocidio de Jodyalí",), (r"Jodyalí el genocidio",)),
    ("compound-known", "Baku residents celebrated.", (r"Bakú",), (r"Bakú (los|las) ",)),
    ("compound-monument", "A Khojaly memorial stands in the park.", (r"Jodyalí",), (r"Jodyalí (el|la) ",)),
    ("compound-region", "Karabakh villages were rebuilt.", (r"pueblos de Karabaj",), (r"Karabaj pueblos",)),
    # abbreviations with dots
    ("dotted-modifier", "Five U.S. senators visited Baku.", (r"Bakú",), (r"Unidos\. (senad|Senad)", r"EE\.UU\.\.")),
    ("dotted-states", "Twenty U.S. states passed resolutions.", (r"estados de (los )?(Estados Unidos|EE\.UU\.)",), (r"Unidos\. [Ee]stados",)),
    ("dotted-end", "The delegation flew to the U.S.", (r"(Estados Unidos|EE\.UU\.)\.?$",), (r"\.\.$",)),
    ("dotted-un", "The U.N. General Assembly voted.", (r"Asamblea General de la ONU",), (r"\bEl Asamblea",)),
    ("dotted-mid", "The U.S. and Azerbaijan signed a deal.", (r"Azerbaiyán",), (r"Unidos\. y",)),
    # plural and feminine names
    ("plural-article", "The Geneva Conventions were signed in 1949.", (r"Convenios de Ginebra",), (r"La Convenios", r"Las Convenios", r"El Convenios")),
    ("plural-of", "He cited the text of the Geneva Conventions.", (r"de los Convenios de Ginebra",), (r"del Convenios", r"de las Convenios")),
    ("plural-object", "Both sides violated the Geneva Conventions.", (r"los Convenios de Ginebra",), (r"las Convenios", r"el Convenios")),
    ("feminine-verbatim-of", "A journalist of the BBC asked.", (r"de la BBC",), (r"del BBC",)),
    ("feminine-org-object", "Azerbaijan joined the Organization of Islamic Cooperation.", (r"la Organización para la Cooperación Islámica",), (r"el Organización",)),
    ("feminine-foundation", "The Heydar Aliyev Foundation built a school.", (r"^La Fundación Heydar Aliyev",), (r"^El Fundación",)),
    ("feminine-assembly", "The resolution of the UN General Assembly was adopted.", (r"de la Asamblea General de la ONU",), (r"del Asamblea",)),
    # sentence start and end, quotes, and
    ("end-of-sentence", "The ceremony was held in Ganja.", (r"Ganyá\.$",), ()),
    ("end-known", "Thousands of people live in Barda.", (r"Bardá\.$",), ()),
    ("start-org", "Azernews reported the event.", (r"^Azernews",), ()),
    ("quoted-unknown", "He said: \"Khojaly will not be forgotten.\"", (r"Jodyalí",), (r"(?-i:Jodyalí (No|Será)\b)",)),
    ("quoted-slogan", "They chanted \"Justice for Khojaly\" in the streets.", (r"Justicia para Jodyalí",), ()),
    ("quoted-curly", "The banner read “Karabakh is Azerbaijan”.", (r"Karabaj es Azerbaiyán",), ()),
    ("and-unknown", "Khojaly and Khankendi are in Karabakh.", (r"Jodyalí y Jankendi",), ()),
    ("and-known", "Baku and Ganja are large cities.", (r"Bakú y Ganyá",), ()),
    ("and-mixed", "The road links Barda and Khojaly.", (r"Bardá y Jodyalí",), ()),
    ("and-people", "Ilham Aliyev and Mehriban Aliyeva visited Shusha.", (r"Ilham Aliyev y Mehriban Aliyeva",), ()),
    ("two-same", "Khojaly is near Khankendi, and Khojaly is small.", (r"Jodyalí.*Jankendi.*Jodyalí",), ()),
    ("demonym-adjective", "Armenian troops left the city.", (r"tropas armenias",), ()),
    ("demonym-plural", "Azerbaijanis celebrated the victory.", (r"azerbaiyanos",), (r"azerbaiyano celebr",)),
)  # fmt: skip
