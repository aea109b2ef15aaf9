"""The word lists the names finder (`translate.glossary.names`) reads: titles, portfolios,
joiners, head nouns, common words and openers. Data only: what the finder does with each list is
said in names.py."""

from __future__ import annotations

__all__ = [
    "ADJECTIVES", "ADJECTIVE_PARTS", "CAPITALS_CUT", "COMMON", "COMPLEMENTS", "FIRM_TITLES",
    "FOREIGN_JOINERS", "HEAD_JOINERS", "HEAD_NOUNS", "JOINERS", "LEGAL_FORMS", "MAKERS",
    "NOUN_SUFFIXES",
    "NO_PLACE", "OPENING", "PATRONYMICS", "PORTFOLIOS", "PREFIXES", "SEAS", "SYMBOLS", "TITLES",
    "words",
]  # fmt: skip


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of *text*: word lists written as prose blocks."""
    return frozenset(text.split())


#: The articles, prepositions and conjunctions of names in other languages, which English
#: never writes: La Gazzetta dello Sport, Hochschule für Musik, Teatro dei Piccoli, Festival
#: des 3 Continents, Aide aux Cinémas du Monde, Centre National du Cinéma et de l'Image.
FOREIGN_JOINERS = frozenset(
    {"dello", "della", "delle", "degli", "dei", "del", "des", "für", "und", "dos", "das", "du",
     "aux", "au", "et", "aan", "op", "los", "las", "ve", "es", "zu", "por", "para", "y", "e",
     "do", "voor", "het", "la", "le", "en", "con", "wa", "og", "och", "na", "i", "per",
     "am", "nad", "pod"}
)  # fmt: skip
JOINERS = frozenset(
    {"of", "the", "and", "for", "de", "al", "el", "von", "van", "der", "den", "da", "di", "du",
     "la", "le", "bin", "bint", "binti", "bte", "binte", "ben", "ibn", "ibni", "ul", "'t", "’t",
     "a/l", "a/p", "ferch", "verch", "dela", "delos", "af", "ter", "arap", "anak",
     *FOREIGN_JOINERS}
)  # fmt: skip
#: The small words of a person's family name (Ursula von der Leyen, Pieter van Dijk, Ahmed bin
#: Zayed): no body's name holds one.
PARTICLES = frozenset(
    {"von", "van", "bin", "bint", "binti", "bte", "binte", "ben", "ibn", "ibni", "a/l", "a/p",
     "ferch", "verch", "dela", "delos",  # ... and the Philippines' (Juan dela Cruz)
     "af", "ter",  # ... Swedish and Dutch (Tomas Olsson af Klercker, Fleur ter Haar)
     "arap",  # ... Kalenjin, before the father's name (Daniel arap Moi)
     "anak"}  # ... and Iban, "child of" (Jalong anak Usat)
)  # fmt: skip
#: Turkic patronymic words, written in lower case after the father's name and part of a
#: person's name (Nurlan Toktosun uulu, Aigul Asan kyzy, Rashad Ali oglu), and the Georgian ones
#: before a family name (Giorgi Davitis dze Beridze, Nino Levanis asuli Kapanadze).
PATRONYMICS = words("""
    uulu kyzy kizi qizi gizi qyzy uly ogly oglu oğlu ugli dze asuli o'g'li o’g’li o‘g‘li
""")
#: Joiners that join only right after a head noun (Agreement on ..., Committee against Torture).
HEAD_JOINERS = frozenset({"on", "against"})
#: Joiners after which the rest of a run is the complement of the words before it.
COMPLEMENTS = frozenset({"of", "for", "on", "against", "to"})
#: The small words that a line in capitals writes in capitals too (DAILY SABAH WITH AA).
CAPITALS_CUT = frozenset({"with", "and", "by", "from", "via", "for", "in", "at"})
PREFIXES = words("""
    trans anti post euro afro indo sino pan pro non extra intra inter multi ultra semi super
    counter
""")
NOUN_SUFFIXES = ("ty", "tion", "sion", "ment", "ness", "ship", "ism", "ics", "ance", "ence",
                 "ure", "ery", "ity", "cy")  # fmt: skip
# fmt: off
#: Titles and roles that stand before a name but are no part of it: a journalist's role
#: too (a byline's Foreign Correspondent), and titles of office that English borrows from
#: other languages (Tánaiste, akim, voivode), the kind of body an NGO's name follows, and
#: Irish usage's "Co" (county) before a county's name (Co Galway); words for the rich that
#: news writes before a name as a title (tycoon, oligarch).
TITLES = words("""
    president vice prime minister ministers foreign defence defense deputy first mr mrs ms
    dr eng engr general gen ambassador chairman chairwoman chairperson chair speaker secretary
    spokesman spokesperson
    spokeswoman head chief commander colonel lieutenant major captain sergeant king queen prince
    pope patriarch archbishop bishop sheikh sheikha emir sultan mayor governor senator professor
    prof
    judge ombudsman commissioner envoy representative special assistant adviser advisor
    director executive acting former late then director-general presidential leader premier
    chancellor foreign-policy interior economy justice finance health education culture dean rector
    prosecutor attorney mp mps mep meps lawmaker member catholicos metropolitan businessman
    businesswoman
    economist analyst lawyer activist journalist expert ombudsperson ceo cfo coo cto
    tsar czar tsarina emperor empress mufti imam rabbi father reverend rev cardinal ayatollah
    mullah abbot archimandrite archpriest deacon priest hegumen countess duke duchess baron sir
    dame
    lt col capt cpt maj sgt cpl pvt brig adm cmdr cdr supt insp
    taoiseach tánaiste akim hakim hokim khokim wali voivode kaymakam
    correspondent columnist editor writer
    ngo co
    billionaire millionaire tycoon oligarch
    mallam alhaji alhaja hajia hon honourable honorable comrade lord fr shaikh shaykh curator
    brigadier counsellor td msp mla pm corporal rtd justices
    cameraman camerawoman photographer photojournalist coach trainer grandmaster
    academician dasho kc qc counsel doge madam mawlawi maulvi maulana highness majesty
    excellency undersecretary lyonpo hajj haj molavi mowlavi honoured honored merited conservator
    officer hetman magistrate ratu crown princess admiral commodore atty mudr judr phdr
    bailiff comptroller jurat delegate marshal coordinator councillor-minister superintendent
    managing dj dato datuk datin pehin paduka setia mec arbiter messrs administrator cde
    councillor councilor alderman alderwoman advocate maître sayadaw assoc oknha samdech
    regent ña doña asp cllr qari pastor reeve induna manager gov rep conductor nurse mlc
    kgosi legislator barrister sen. coun. sheriff ato woizero afioga susuga ing. monsignor
    msgr intendant intendente agent inspector consul roko
""")
#: Titles that open a company's name too, which its legal form shows to be one (First Solar,
#: Inc., General Dynamics Corp.).
FIRM_TITLES = frozenset({"first", "general", "premier", "prime"})
#: Legal forms that end a company's name: a joiner after one starts no complement of it.
LEGAL_FORMS = frozenset(
    {"CJSC", "OJSC", "PJSC", "JSC", "LLC", "LLP", "Ltd", "Ltd.", "Plc", "PLC", "GmbH", "Inc",
     "Inc.", "Corp", "Corp.", "Limited"}
)  # fmt: skip
#: Currencies' symbols of letters that are no ISO codes (Rp 1,500 billion, KSh 2,000, Rs. 410).
SYMBOLS = frozenset({"Rp", "Rs", "Sh", "KSh", "Ksh", "USh", "TSh", "Tk", "Dh", "Dhs", "RM", "Nu",
                      "Ks", "Br", "Le"})  # fmt: skip
#: Chess titles that are never names alone (an IM norm), where GM and FM may be (General
#: Motors, Citi FM); before a person's name they are titles (`name_trim._LEADING_TITLES`).
CHESS_TITLES = frozenset({"IM", "WGM", "WIM", "WFM", "WCM"})
#: Portfolios after a title (Minister of Agrarian Policy, Secretary of State).
PORTFOLIOS = words("""
    state agriculture agrarian policy justice finance health education culture energy economy
    interior defence defense foreign affairs emergency emergencies situations internal
    security labour labor social protection digital development transport communications
    ecology natural resources youth sports tourism trade industry parliament science sport
    employment environment technology technologies innovation infrastructure construction
    housing family women children migration investment research heritage information
    telecommunications mining fisheries food rural regional religious planning urban veterans
    public works higher vocational physical mass media forestry arts aerospace aviation
    land lands antiquities diaspora commerce broadcasting statistics consumer
    competition enterprise enterprises entrepreneurship sanitation irrigation livestock
    business jobs skills regions mines minerals petroleum electricity welfare preschool
    urbanization urbanisation gender entertainment geology mineral commercial operating
    technical marketing wellness elderly logistics water climate cooperatives cooperation
    integration reconstruction revenue oceans maritime ports roads highways wildlife solidarity
    equality humanitarian disaster relief resettlement rehabilitation reconciliation population
    hydrocarbons transformation competitiveness sustainability crisis civil change assets
""")
#: Capitalised for emphasis or by style, not names on their own.
COMMON = words("""
    government state parliament ministry minister president army police court constitution
    republic city town village district region province capital country nation people
    international national federal central united democratic islamic human rights day week
    north south east west northern southern eastern western mr mrs ms dr no n i ii iii iv
    am pm tv gmt utc ok ceo covid god internet online news press photo video report update
    breaking live exclusive read also more source sources related tags share comment
    r&d m&a q&a b&b p&l f&b o&m t&c a&e gps sms qr atm sim usb pdf lpg lng cng jst cet eet msk
    ist teu ct mri phd celsius fahrenheit gst vpn ipo shs bd ld mw kw gw mwh gwh kwh
    i'll i'm i've i'd i’ll i’m i’ve i’d
""")
#: What a sentence may start with that is never a name.
OPENING = words("""
    a an the this that these those it its he she they we i you our their his her my your there
    here in on at by for from with as but and or so if when while since although though because
    under over after before during following despite earlier later today yesterday tomorrow
    last next meanwhile however also according speaking addressing noting commenting moreover
    furthermore besides thus hence then now still yet all some many most several both each
    every no not one two three four five six seven eight nine ten what which who whom whose why
    how where whether according to about around among against between into through within
    without such other another any only even just what's let us dear thank thanks please
    unlike like amid amidst beyond across along alongside toward towards upon unless until once
    whereas whilst near outside inside behind beside throughout neither either nor follow
    subscribe updated edited northbound southbound eastbound westbound inbound outbound
""")
#: Last words that make a run a name of its own, known parts inside or not.
HEAD_NOUNS = words("""
    council ministry committee court university agency bank group party assembly union services
    organization organisation foundation fund office service commission parliament forces army
    police institute centre center company corporation association federation movement front
    tribunal mission programme program embassy department government oblast region district
    province corridor airport station port street avenue square bridge pass peninsula gulf
    island islands mountains river lake sea valley summit conference forum agreement accord
    treaty declaration convention operation war genocide massacre games olympics festival cup
    news agency times post tribune herald journal gazette daily radio tv television channel
    network media press review magazine alliance bloc coalition week republic faculty department
    administration school academy college chamber museum library hospital authority directorate
    secretariat bureau board cabinet palace route pipeline terminal exhibition initiative
    platform cathedral church mosque monastery institution inspectorate defender railways
    railway airlines airways shipping theatre theater league body index code law act decree charter
    hall ensemble orchestra choir observatory reservoir canal power project air facility mechanism
    works plant factory municipality house cable interconnector insurance holding holdings
    cjsc ojsc pjsc jsc llc llp ltd plc gmbh inc corp limited
    strait straits bay cape isthmus lagoon delta plateau canyon gorge stadium arena complex
    building consulate road motorway expressway boulevard unit polyclinic clinic
    championship championships tournament conservatory conservatoire philharmonic zoo
    brigade division regiment battalion circuit society quay wharf pier preserve reserve
    sanctuary navy trust headquarters park geopark lawyers hotel industries registry county
    pharmacy clinic establishment bill treasury cross wing yuan command charity dockyard building
    base highway
    chambers marathon tower towers convent planetarium dome advocates hub ordinance proclamation
    statute ephorate canton mansion gallery force tour
""")
# fmt: on
#: Adjectives of places, peoples and events that CLDR's languages and territories do not give:
#: capitalised, but no name alone (Olympic champion, Caspian states, Baltic delegations).
ADJECTIVES = words("""
    olympic paralympic caspian baltic balkan caucasian transcaucasian arctic antarctic atlantic
    pacific mediterranean adriatic aegean soviet slavic turkic persian ottoman byzantine azeri
    arab arabic anglo-saxon scandinavian nordic iberian levantine eurasian transatlantic
    christian muslim islamic orthodox catholic protestant jewish sunni shia shiite apostolic
    greco-roman western eastern northern southern central swiss emirati cypriot
    sammarinese monegasque liechtensteiner motswana batswana basotho mosotho swazi emaswati
    kittitian vincentian bajan tobagonian i-kiribati ni-vanuatu greenlandic kosovar bosniak
    herzegovinian luxembourger ivorian burkinabe burkinabè nigerien togolese bissau-guinean
    verdean somalilander mozambican congolese equatoguinean sahrawi seychellois lankan
    laotian timorese hongkonger macanese yazidi assyrian palestinian acadian inuit
    métis kanak rican guamanian panamanian salvadoran kadazandusun dusun indigenous aboriginal
""")
#: Nouns for the followers of a faith: a run that ends in one names a group of people, no
#: body (Ismaili Muslims, Mountain Jews).
ADHERENTS = words("""
    muslims christians jews buddhists hindus sikhs catholics protestants sunnis shias shiites
    evangelicals mormons druze alawites yazidis zoroastrians bahais copts lutherans baptists
""")
#: Acts of a state (the Law of Gonur on Subsoil, the Decree on ...).
LAWS = words("law code decree act resolution regulation ordinance")
#: Nouns that end the name of one place of its own: a bay, a river, a street, an airport.
PLACE_NOUNS = words("""
    valley river lake sea island bay cape strait peninsula gulf pass beach harbour harbor
    airport station port street avenue square bridge park
""")
#: Nouns that end a street's name: an address (the Gabriadze Theatre on Rustaveli Avenue).
ADDRESSES = words("""
    street avenue square boulevard road lane embankment prospekt highway motorway expressway
    parade drive esplanade terrace way
""")
#: Adjectives among them that name a sea or an ocean alone, as a noun (the Caspian itself).
SEAS = words("caspian baltic mediterranean adriatic aegean arctic antarctic atlantic pacific")
#: Makers of aircraft and drones, whose name and a model's number or code are one name after
#: an operator's (an Air Astana Airbus A321LR, a Turkish Airlines Boeing 787, Embraer 190).
MAKERS = words("""
    airbus boeing embraer bombardier atr antonov ilyushin tupolev sukhoi mikoyan yakovlev irkut
    comac cessna gulfstream dassault lockheed northrop sikorsky pilatus beechcraft learjet saab
    fokker kamov eurocopter agustawestland bayraktar baykar harbin dornier mil
""")
#: Combining forms that make an adjective of a compound (Greco-Roman, Anglo-American).
ADJECTIVE_PARTS = words("greco anglo franco russo sino indo afro euro austro italo")
#: CLDR territories that name no place: the world (World Bank, World Cup), an unknown region,
#: and the pseudo-locales.
NO_PLACE = frozenset({"001", "ZZ", "XA", "XB"})
