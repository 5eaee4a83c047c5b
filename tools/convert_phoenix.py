#!/usr/bin/env python
"""Convert the Phoenix/PETRARCH2 actor dictionaries into eventcoder's actor resources.

    python tools/convert_phoenix.py [--source DIR] [--out DIR]

reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` (openeventdata/petrarch2, MIT) and
writes ``countries.jsonl``, ``people.jsonl``, ``organizations.jsonl``, ``agents.jsonl``,
``manifest.json`` and ``NOTICE`` into ``src/eventcoder/data/actors/``, plus
``tools/phoenix_conversion_report.md`` and ``tools/phoenix_conversion_decisions.jsonl``.

The output depends only on the inputs and the tables in this file (no clock, no randomness, no
set iteration order), so a rerun rewrites every file byte-identically. It needs ``pycountry``
for ISO 3166 names (``pip install pycountry``); the shipped data does not.

How PETRARCH read these files, and what the conversion keeps of it:

* An entry is a primary phrase, ``+`` synonym lines and tab-indented ``[CODE range]`` lines. A
  primary phrase that has no code yet is folded into the next entry, as PETRARCH's reader did
  (it kept the same code index until a code appeared).
* A code without a range is the entry's default: PETRARCH used it when no dated code applied.
  Here it becomes explicit roles over the gaps between the dated ones, so every row says what
  it codes on any day without a priority rule. ``[---]`` is PETRARCH's null code: a row whose
  roles end up empty still claims its words, so a longer name ("Indian Ocean") is not read as a
  shorter one ("Indian").
* Source ranges are inclusive at both ends; ``until`` here is exclusive, so on a hand-over day
  the successor's role applies. Open-ended roles of people are closed the day after their file's
  curation cutoff (valid through the cutoff day), marked ``"closed": "source-cutoff"``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

__all__ = ["ConversionResult", "convert", "main"]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "dictionaries" / "phoenix"
DEFAULT_OUT = ROOT / "src" / "eventcoder" / "data" / "actors"
DEFAULT_REPORT = ROOT / "tools" / "phoenix_conversion_report.md"
DEFAULT_DECISIONS = ROOT / "tools" / "phoenix_conversion_decisions.jsonl"

RESOURCE_NAME = "eventcoder-actors"
RESOURCE_VERSION = "2026.11.0"
SOURCE_REPO = "openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SOURCE_PATH = "petrarch2/data/dictionaries"

COUNTRIES = "Phoenix.Countries.actors.txt"
INTERNATIONAL = "Phoenix.International.actors.txt"
MILNONSTATE = "Phoenix.MilNonState.actors.txt"
AGENTS = "Phoenix.agents.txt"
ACTOR_FILES = (COUNTRIES, INTERNATIONAL, MILNONSTATE)

OUTPUT_FILES = {
    "countries.jsonl": ("country", "capital", "seat", "place"),
    "people.jsonl": ("person",),
    "organizations.jsonl": ("organization",),
    "agents.jsonl": ("agent",),
}
# Curated by eventcoder, not converted: shipped and listed in the manifest after the converted
# files, so their rows win where the resolver ranks equal matches by load order.
CURATED_FILES = {
    "agents_eventcoder.jsonl": "agent nouns the Phoenix file lacks, and eventcoder's corrections",
    "countries_eventcoder.jsonl": "official and short country names the Phoenix dictionaries "
                                  "lack",
    "organizations_eventcoder.jsonl": "international organisations and armed groups the "
                                      "Phoenix dictionaries lack",
    "officeholders.jsonl": "heads of state and government, foreign and defence ministers: "
                           "G20 and EU from 2000, AU and UN Security Council members from 2018",
    "people_eventcoder.jsonl": "public figures the Phoenix dictionaries lack or code wrongly: "
                               "other leaders, religious figures",
}

# Every rows's source file, for the manifest (a converted file can draw on several inputs).
OUTPUT_SOURCES = {
    "countries.jsonl": (COUNTRIES,),
    "people.jsonl": (COUNTRIES, INTERNATIONAL, MILNONSTATE),
    "organizations.jsonl": (COUNTRIES, INTERNATIONAL, MILNONSTATE),
    "agents.jsonl": (AGENTS,),
}
ADDED_SOURCE = "eventcoder:tools/convert_phoenix.py"
# Spanish-speaking countries, whose people carry two surnames (see added_paternal_names), and
# the words between names that are no surname.
HISPANIC = frozenset({"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV", "GTM", "HND",
                      "MEX", "NIC", "PAN", "PRY", "PER", "ESP", "URY", "VEN", "PRI", "GNQ"})
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "van", "von"})

# ---------------------------------------------------------------------------------------------
# Repairs of the source text, each keyed by file and line and checked against the old text, so a
# changed input fails loudly instead of being patched in the wrong place.
SOURCE_FIXES: tuple[tuple[str, int, str, str, str], ...] = (
    (COUNTRIES, 2039, "9008223", "900823",
     "7-digit date; the preceding USRARM role ends 900823"),
    (COUNTRIES, 18010, ">201005011", ">20100511",
     "9-digit date; David Cameron became prime minister on 2010-05-11"),
    (COUNTRIES, 22508, "1920030320", "20030320", "stray '19' before a YYYYMMDD date"),
    (COUNTRIES, 22519, "1920030320", "20030320", "stray '19' before a YYYYMMDD date"),
    (COUNTRIES, 31715, "[MNEGOV 20121204]", "[MNEGOV >20121204]",
     "single date without '<' or '>'; Milo Dukanovic's term began 2012-12-04"),
    (COUNTRIES, 43613, "1920050709", "20050709", "stray '19' before a YYYYMMDD date"),
    (COUNTRIES, 51384, "[USAGOV 19820101]", "[USAGOV >19820101]",
     "single date without '<' or '>'; the comment says 'entered Foreign Service'"),
    (INTERNATIONAL, 22, "U.N._", "U.N._ [IGOUNO]",
     "code-less primary would be folded into the next entry (UN Secretary-General); "
     "the two entries above code the UN itself as IGOUNO"),
    (INTERNATIONAL, 40, "2004017", "20040117",
     "7-digit date; Ban Ki-moon became foreign minister on 2004-01-17"),
    (INTERNATIONAL, 3694, "Source: MNC.MLH.actors", "# Source: MNC.MLH.actors",
     "note without '#' would be read as an actor"),
    (MILNONSTATE, 2304, "+THE_LIGHTNING_", "# +THE_LIGHTNING_",
     "'the lightning' translates 'al-barq'; as a name it read weather ('Lightning struck a "
     "football pitch') as a Syrian rebel group"),
    (MILNONSTATE, 1772, "+ORGANIZATION_", "# +ORGANIZATION_",
     "'organization' translates 'tanzim'; as a name it took the last word of 'Turkey's National "
     "Intelligence Organization' for a Palestinian group"),
    (COUNTRIES, 43620, "[SDNGOVPTY >20110711]", "[SSDGOVPTY >20110711]",
     "the SPLM has been South Sudan's ruling party since independence, as the SPLA row below "
     "becomes SSDMIL; not Sudan's"),
    # National groups coded to a region (MEA, EAF, SEA...) or INT though each belongs to one
    # country: the country's code, the sector kept.
    (MILNONSTATE, 289, "[MEAREB]", "[PSEREB]",
     "Palestinian Islamic Jihad: a Palestinian movement (Gaza, West Bank)"),
    (MILNONSTATE, 299, "[MEAREB]", "[PSEREB]", "PFLP: a Palestinian movement, a PLO faction"),
    (MILNONSTATE, 423, "[MEAREB]", "[PSEREB]", "Fatah: the main PLO faction"),
    (MILNONSTATE, 428, "[MEAREB]", "[PSEREB]", "PFLP-GC: a Palestinian movement (based in Syria)"),
    (MILNONSTATE, 442, "[INTREB]", "[PSEREB]",
     "Palestine Liberation Front: a Palestinian movement, a PLO faction"),
    (MILNONSTATE, 720, "[MEAREB]", "[PSEREB]",
     "Jenin Martyrs Brigade: a Palestinian armed group of Jenin"),
    (MILNONSTATE, 1060, "[MEAREB]", "[PSEREB]",
     "Salah al-Din Battalions: the armed wing of the Palestinian Popular Resistance Committees"),
    (MILNONSTATE, 1127, "[MEAREB]", "[PSEREB]",
     "Al-Aqsa Martyrs Brigades: a Palestinian armed group linked to Fatah"),
    (MILNONSTATE, 1607, "[MEAREB]", "[PSEREB]",
     "Palestinian Popular Struggle Front: a Palestinian movement, a PLO faction"),
    (MILNONSTATE, 1612, "[MEAREB]", "[PSEREB]",
     "Palestinian Revolution Forces General Command: a Palestinian armed group"),
    (MILNONSTATE, 566, "[INTREB]", "[DZAREB]",
     "Islamic Salvation Front: Algeria's Islamist party (FIS) and its armed wing (AIS)"),
    (MILNONSTATE, 921, "[INTREB]", "[EGYREB]", "Egyptian Islamic Jihad: an Egyptian armed group"),
    (MILNONSTATE, 1115, "[INTREB]", "[EGYREB]", "Al-Gama'a al-Islamiyya: an Egyptian armed group"),
    (MILNONSTATE, 220, "[MEAREB]", "[ISRREB]", "Kach: an Israeli extremist movement"),
    (MILNONSTATE, 564, "[MEAREB]", "[IRQREB]",
     "Movement of Islamic Action of Iraq: an Iraqi armed group"),
    (MILNONSTATE, 1469, "[MEAREB]", "[IRQREB]", "Islamic Action in Iraq: an Iraqi armed group"),
    (MILNONSTATE, 1204, "[MEAREB]", "[IRQREB]", "Al-Sadr Brigades: an Iraqi armed group"),
    (MILNONSTATE, 1492, "[MEAREB]", "[JORREB]",
     "Jordanian National Liberation Movement: a Jordanian armed group"),
    (MILNONSTATE, 580, "[EAFREB]", "[ERIREB]", "Eritrean Liberation Front: an Eritrean movement"),
    (MILNONSTATE, 1375, "[EAFREB]", "[ERIREB]",
     "Eritrean People's Liberation Front: an Eritrean movement"),
    (MILNONSTATE, 1377, "[EAFREB]", "[ETHREB]",
     "Ethiopian People's Revolutionary Army: an Ethiopian armed group"),
    (MILNONSTATE, 1002, "[EAFREB]", "[ETHREB]",
     "Oromo Liberation Front: an Ethiopian (Oromia) armed group"),
    (MILNONSTATE, 1004, "[EAFREB]", "[ETHREB]",
     "Ogaden National Liberation Front: an Ethiopian (Ogaden) armed group"),
    (MILNONSTATE, 582, "[SAFREB]", "[MOZREB]", "RENAMO: Mozambique's rebel movement"),
    (MILNONSTATE, 900, "[INTREB]", "[IDNREB]",
     "Free Aceh Movement: an Indonesian (Aceh) armed group"),
    (MILNONSTATE, 1036, "[INTREB]", "[IDNREB]",
     "South Maluku Republic: an Indonesian (Maluku) separatist movement"),
    (MILNONSTATE, 969, "[INTREB]", "[IRNREB]",
     "Mujahedin-e-Khalq: an Iranian opposition armed group"),
    (MILNONSTATE, 868, "[SEAREB]", "[MMRREB]",
     "Democratic Karen Buddhist Army: a Myanmar (Karen) armed group"),
    (MILNONSTATE, 942, "[SEAREB]", "[MMRREB]",
     "Karen National Union: a Myanmar (Karen) armed group"),
    (MILNONSTATE, 1212, "[SEAREB]", "[MMRREB]",
     "All Burma Students' Democratic Front: a Myanmar armed group"),
    (MILNONSTATE, 470, "[SEAREB]", "[THAREB]", "PULO: a Thai (Pattani) separatist group"),
    (MILNONSTATE, 877, "[ASAREB]", "[CHNREB]",
     "East Turkistan Liberation Organization: a Chinese (Xinjiang) separatist group"),
    (MILNONSTATE, 964, "[AFRREB]", "[TCDREB]", "MDJT: a Chadian rebel movement"),
    (MILNONSTATE, 1582, "[AFRREB]", "[LBRREB]", "NPFL: Liberia's rebel movement (Charles Taylor)"),
    (MILNONSTATE, 771, "[SASREB]", "[NPLREB]", "CPN-Maoist: Nepal's Maoist insurgency"),
    (MILNONSTATE, 797, "[SASREB]", "[INDREB]",
     "Achik National Volunteer Council: an Indian (Meghalaya) armed group"),
    (MILNONSTATE, 804, "[SASREB]", "[INDREB]",
     "All Tripura Tiger Force: an Indian (Tripura) armed group"),
    (MILNONSTATE, 836, "[SASREB]", "[INDREB]",
     "Borok National Council of Tripura: an Indian (Tripura) armed group"),
    (MILNONSTATE, 988, "[SASREB]", "[INDREB]",
     "National Democratic Front of Bodoland: an Indian (Assam) armed group"),
    (MILNONSTATE, 991, "[SASREB]", "[INDREB]",
     "National Liberation Front of Tripura: an Indian (Tripura) armed group"),
    (MILNONSTATE, 214, "[INTREB]", "[JPNREB]", "Japanese Red Army: a Japanese armed group"),
    (MILNONSTATE, 1098, "[INTREB]", "[YEMREB]", "Yemen Islamic Jihad: a Yemeni armed group"),
    (MILNONSTATE, 764, "[INTREB]", "[KHMREB]",
     "Cambodian Freedom Fighters: a Cambodian armed group"),
    (MILNONSTATE, 1109, "[CASREB]", "[RUSREB]",
     "Special Purpose Islamic Regiment: a Chechen armed group"),
    (MILNONSTATE, 1322, "[INTREB]", "[ESPREB]",
     "Canary Islands Independence Movement: a Spanish (Canary Islands) separatist group"),
    (MILNONSTATE, 1332, "[LAMREB]", "[HNDREB]", "Cinchoneros: a Honduran armed group"),
    (MILNONSTATE, 1596, "[LAMREB]", "[URYREB]", "OPR-33: a Uruguayan armed group"),
    (AGENTS, 544, "[~ENV}", "[~ENV]", "closing brace for bracket"),
    (AGENTS, 815, "PÃŠBLICAS", "PUBLICAS", "mojibake of PÚBLICAS (accent dropped)"),
)

# Whole-code repairs.
CODE_FIXES = {
    "NGOEEURENV": ("NGOEEUENV", "10-letter code; EEU is the CAMEO code for Eastern Europe"),
}

# Country prefixes that are not ISO 3166 alpha-3, mapped to the ISO code of the same state (or of
# its successor); applied to the first three letters of every code. "" drops the prefix.
LEGACY_PREFIXES: dict[str, tuple[str, str]] = {
    "ROM": ("ROU", "Romania: ISO changed ROM to ROU in 2002"),
    "ZAR": ("COD", "Zaire: now the Democratic Republic of the Congo"),
    "TMP": ("TLS", "East Timor: ISO changed TMP to TLS in 2002"),
    "USR": ("SUN", "USSR: CAMEO's USR; SUN is the ISO 3166-3 code of the same state"),
    "FRY": ("SCG", "Federal Republic of Yugoslavia (1992-2003): ISO 3166-3 SCG"),
    "FRN": ("FRA", "France overseas (only FRNWLF, Wallis and Futuna: now FRAWLF like the "
                   "other French territories FRAPYF, FRANCL...)"),
    "ANG": ("AGO", "Angola: old CAMEO/IOC code ANG"),
    "KSV": ("XKX", "Kosovo: no ISO code; XKX is the user-assigned ISO 3166 code used by the "
                   "EU, IMF and CLDR (Phoenix used the World Bank's KSV)"),
    "SRP": ("BIH", "Republika Srpska (SRPUNR): an unrecognised entity inside Bosnia and "
                   "Herzegovina, coded BIHUNR"),
    "KRJ": ("HRV", "Republic of Serbian Krajina (KRJUNR): unrecognised entity inside Croatia, "
                   "coded HRVUNR"),
    "KKL": ("", "KKL is a coder's initials ('kkl 21 Mar 13'), not a country; the group keeps "
                "its sector code only"),
}

# Historic states: ISO 3166-3 alpha-3 codes that stay valid for names of those states.
HISTORIC_NAMES = {
    "SUN": "Soviet Union",
    "DDR": "German Democratic Republic",
    "CSK": "Czechoslovakia",
    "SCG": "Serbia and Montenegro",
    "YUG": "Yugoslavia",
}
EXTRA_COUNTRIES = {"XKX": "Kosovo"}

# CAMEO region and grouping codes: valid code prefixes, not countries.
CAMEO_REGIONS = frozenset(
    "AFR ASA BLK CAS CAU CFR CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA "
    "WAF WEU WST".split()
)

FICTIONAL_CODES = {"KNT": "Kinakuta: fictional country of PETRARCH's validation suite"}

# Patterns filed under a person that name a state's government, which outlives the person:
# Bashar al-Assad's "SYRIA'S_GOVERNMENT" made Syria's government of 2025 a former leader.
NOT_A_PERSON_PATTERNS = frozenset(["syria's government"])

# Words of direction: a name made of them alone is a region of any country.
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "central", "northeast", "northwest", "southeast", "southwest"})

# Entries of the Countries file that carry a bare country code but are not the country itself.
NOT_COUNTRY_ENTRIES = frozenset(
    ["leipzig", "transnistria", "iraqi kurdistan", "mayotte", "saint barthelemy", "russian sfsr"]
)

# Capital cities: the first name is the display name. Only the government's own city: former
# capitals (Rangoon, Almaty, Bonn, Lagos) stay places.
CAPITALS: dict[str, tuple[str, ...]] = {
    "AFG": ("kabul",), "AGO": ("luanda",), "ALB": ("tirana", "tirane"),
    "AND": ("andorra la vella",), "ARE": ("abu dhabi",), "ARG": ("buenos aires",),
    "ARM": ("yerevan", "jerevan", "erivan"), "ATG": ("saint john's", "st. john's"),
    "AUS": ("canberra",), "AUT": ("vienna", "wien"), "AZE": ("baku",),
    "BDI": ("gitega", "bujumbura"), "BEL": ("brussels", "bruxelles"),
    "BEN": ("porto-novo", "porto novo", "cotonou"), "BFA": ("ouagadougou",),
    "BGD": ("dhaka", "dacca"), "BGR": ("sofia",), "BHR": ("manama",), "BHS": ("nassau",),
    "BIH": ("sarajevo",), "BLR": ("minsk",), "BLZ": ("belmopan",),
    "BOL": ("la paz", "sucre"), "BRA": ("brasilia", "brasília"), "BRB": ("bridgetown",),
    "BRN": ("bandar seri begawan",), "BTN": ("thimphu",), "BWA": ("gaborone",),
    "CAF": ("bangui",), "CAN": ("ottawa",), "CHE": ("bern", "berne"),
    "CHL": ("santiago", "santiago de chile", "gran santiago"),
    "CHN": ("beijing", "peking"), "CIV": ("yamoussoukro", "abidjan"),
    "CMR": ("yaounde", "yaoundé"), "COD": ("kinshasa", "leopoldville", "léopoldville"),
    "COG": ("brazzaville", "braza", "brazza"), "COL": ("bogota", "bogotá"),
    "COM": ("moroni",), "CPV": ("praia",), "CRI": ("san jose", "san josé"),
    "CUB": ("havana", "la habana"), "CYM": ("george town",), "CYP": ("nicosia", "lefkosia"),
    "CZE": ("prague", "praha", "prag"), "DDR": ("east berlin",), "DEU": ("berlin",),
    "DMA": ("roseau",), "DNK": ("copenhagen", "kobenhavn", "københavn"),
    "DOM": ("santo domingo", "ciudad trujillo"), "DZA": ("algiers", "el djazair"),
    "ECU": ("quito",), "EGY": ("cairo", "al qahira", "el qahira", "al qhirah"),
    "ERI": ("asmara", "asmera"), "ESP": ("madrid",), "EST": ("tallinn", "tallin"),
    "ETH": ("addis ababa", "adis abeba", "new flower"), "FIN": ("helsinki", "helsingfors"),
    "FJI": ("suva",), "FRA": ("paris", "city of light"), "FSM": ("palikir",),
    "GAB": ("libreville",), "GBR": ("london",), "GEO": ("tbilisi", "tiflis"),
    "GHA": ("accra",), "GIN": ("conakry", "konakri"), "GMB": ("banjul",),
    "GNB": ("bissau",), "GNQ": ("malabo",), "GRC": ("athens", "athinai"),
    "GRD": ("st. george's", "st. georges", "saint george's"),
    "GTM": ("guatemala city",), "GUY": ("georgetown", "stabroek"),
    "HND": ("tegucigalpa",), "HRV": ("zagreb",),
    "HTI": ("port-au-prince", "port au prince"), "HUN": ("budapest",),
    "IDN": ("jakarta", "djakarta"), "IND": ("new delhi",), "IRL": ("dublin",),
    "IRN": ("tehran", "teheran"), "IRQ": ("baghdad",), "ISL": ("reykjavik", "reykjavík"),
    "ISR": ("jerusalem",), "ITA": ("rome", "eternal city"), "JAM": ("kingston",),
    "JOR": ("amman",), "JPN": ("tokyo",), "KAZ": ("astana", "nur-sultan"),
    "KEN": ("nairobi",), "KGZ": ("bishkek", "frunze"), "KHM": ("phnom penh", "phnum penh",
                                                             "pnom penh"),
    "KIR": ("tarawa", "south tarawa", "tarawa atoll"), "KNA": ("basseterre",),
    "KOR": ("seoul",), "KWT": ("kuwait city",), "LAO": ("vientiane",),
    "LBN": ("beirut", "bayrut"), "LBR": ("monrovia",), "LBY": ("tripoli",),
    "LCA": ("castries",), "LIE": ("vaduz",), "LKA": ("sri jayawardenepura kotte", "colombo"),
    "LSO": ("maseru",), "LTU": ("vilnius",), "LUX": ("luxembourg-ville", "luxembourg city"),
    "LVA": ("riga",), "MAR": ("rabat",), "MCO": ("monaco-ville",),
    "MDA": ("chisinau", "chișinău", "kishinev"), "MDG": ("antananarivo", "tananarive"),
    "MDV": ("male", "malé"), "MEX": ("mexico city", "ciudad de mexico"), "MHL": ("majuro",),
    "MKD": ("skopje", "skoplje"), "MLI": ("bamako",), "MLT": ("valletta", "valetta"),
    "MMR": ("naypyidaw", "nay pyi taw", "naypyitaw"), "MNE": ("podgorica",),
    "MNG": ("ulaanbaatar", "ulan bator"), "MOZ": ("maputo",), "MRT": ("nouakchott",),
    "MUS": ("port louis",), "MWI": ("lilongwe",), "MYS": ("kuala lumpur", "putrajaya"),
    "NAM": ("windhoek",), "NER": ("niamey",), "NGA": ("abuja",), "NIC": ("managua",),
    "NLD": ("amsterdam", "the hague", "den haag", "gravenhage", "'s-gravenhage"),
    "NOR": ("oslo",), "NPL": ("kathmandu", "katmandu"), "NRU": ("yaren", "yaren district"),
    "NZL": ("wellington",), "OMN": ("muscat", "masqat"), "PAK": ("islamabad",),
    "PAN": ("panama city",), "PER": ("lima",), "PHL": ("manila",),
    "PLW": ("melekeok", "ngerulmud"), "PNG": ("port moresby",), "POL": ("warsaw", "warszawa"),
    "PRK": ("pyongyang",), "PRT": ("lisbon", "lisboa"), "PRY": ("asuncion", "asunción"),
    "PSE": ("ramallah",), "QAT": ("doha",), "ROU": ("bucharest", "bucuresti", "bucharesti"),
    "RUS": ("moscow", "moskva"), "RWA": ("kigali",), "SAU": ("riyadh",), "SDN": ("khartoum",
                                                                               "al khartoum"),
    "SEN": ("dakar",), "SGP": (), "SLB": ("honiara",), "SLE": ("freetown",),
    "SLV": ("san salvador",), "SOM": ("mogadishu", "muqdisho", "mogadiscio"),
    "SRB": ("belgrade", "beograd"), "SSD": ("juba",), "SUR": ("paramaribo",),
    "SVK": ("bratislava",), "SVN": ("ljubljana",), "SWE": ("stockholm",),
    "SWZ": ("mbabane", "lobamba"), "SYR": ("damascus", "dimashq", "dimash"),
    "TCD": ("n'djamena", "ndjamena", "fort-lamy"), "TGO": ("lome", "lomé"),
    "THA": ("bangkok", "krung thep"), "TJK": ("dushanbe", "dusanbe", "dyushambe", "stalinabad"),
    "TKM": ("ashgabat", "ashkhabad"), "TLS": ("dili",), "TON": ("nuku'alofa",),
    "TTO": ("port of spain", "port-of-spain"), "TUN": ("tunis",), "TUR": ("ankara",),
    "TUV": ("funafuti", "vaiaku"), "TWN": ("taipei", "taipeh"), "TZA": ("dodoma",
                                                                     "dar es salaam"),
    "UGA": ("kampala",), "UKR": ("kyiv", "kiev", "kyyiv"), "URY": ("montevideo",),
    "USA": ("washington", "washington d.c.", "washington, d.c."),
    "UZB": ("tashkent", "taskent"), "VCT": ("kingstown",), "VEN": ("caracas",),
    "VNM": ("hanoi", "ha noi"), "VUT": ("port vila", "port-vila"), "WSM": ("apia",),
    "XKX": ("pristina", "prishtina"), "YEM": ("sanaa", "sana'a", "sana"),
    "ZAF": ("pretoria", "cape town", "bloemfontein"), "ZMB": ("lusaka",),
    "ZWE": ("harare", "salisbury"),
}
# Capitals that equal the country's own name or a common word elsewhere are not added when
# Phoenix lacks them (Djibouti, Singapore, San Marino, Luxembourg, Kuwait...).
CAPITAL_NOT_ADDED = frozenset(["male", "malé", "sana", "braza", "brazza", "eternal city",
                               "city of light", "new flower"])

# The first city of a country entry, where it is not the capital (CountryInfo order: names,
# capital, cities); names before it stay in the country row.
FIRST_CITY: dict[str, tuple[str, ...]] = {
    "ARG": ("moron",),
    "MMR": ("rangoon",),
    "PSE": ("bethlehem",),
    "USA": ("new york",),
}
FIRST_CITY_SKIP: dict[str, tuple[str, ...]] = {
    "USA": ("washington", "washington d.c."),
}
# Words of country names too common to tie a synonym to the country ("Sunshine State").
NAME_FILLERS = frozenset("""
republic democratic people peoples united states state kingdom islands island federal
federation saint north south east west great arab islamic socialist union commonwealth
province city plurinational bolivarian central
""".split())
DISPLAY_NAMES = {
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
    "PSE": "Palestine",
}

# Seats of power: metonyms for a government, coded <ISO3>GOV. Phoenix has some as entries of
# their own (Kremlin, White House, Number 10 Downing Street, Westminster Palace, Malacanang
# Palace); the rest are added for the G20 and the permanent members of the Security Council.
SEATS: dict[str, dict[str, tuple[str, ...]]] = {
    "ARG": {"casa rosada": ("casa rosada",)},
    "BRA": {"planalto": ("planalto", "planalto palace", "palacio do planalto",
                         "palácio do planalto")},
    "CAN": {"parliament hill": ("parliament hill",), "24 sussex drive": ("24 sussex drive",)},
    "CHN": {"zhongnanhai": ("zhongnanhai",)},
    "DEU": {"bundeskanzleramt": ("bundeskanzleramt", "german chancellery")},
    "FRA": {"elysee": ("elysee", "élysée", "elysee palace", "élysée palace"),
            "quai d'orsay": ("quai d'orsay",),
            "matignon": ("matignon", "hotel matignon", "hôtel matignon")},
    "GBR": {"number 10 downing street": ("downing street", "10 downing street",
                                         "no. 10 downing street", "number 10 downing street"),
            "westminster palace": ("westminster palace", "palace of westminster"),
            "whitehall": ("whitehall",)},
    "IDN": {"merdeka palace": ("merdeka palace", "istana merdeka")},
    "IND": {"south block": ("south block",), "raisina hill": ("raisina hill",),
            "rashtrapati bhavan": ("rashtrapati bhavan",)},
    "ITA": {"palazzo chigi": ("palazzo chigi",), "quirinale": ("quirinale", "quirinal palace"),
            "farnesina": ("farnesina",)},
    "JPN": {"kantei": ("kantei",), "kasumigaseki": ("kasumigaseki",)},
    "KOR": {"blue house": ("blue house", "cheong wa dae", "chong wa dae")},
    "MEX": {"los pinos": ("los pinos",)},
    "PHL": {"malacanang palace": ("malacanang palace", "malacañang palace", "malacanang")},
    "RUS": {"kremlin": ("kremlin",)},
    "SAU": {"al-yamamah palace": ("al-yamamah palace", "al yamamah palace")},
    "TUR": {"cankaya": ("cankaya", "çankaya", "cankaya palace", "bestepe", "beştepe")},
    "USA": {"white house": ("white house", "the white house", "oval office"),
            "foggy bottom": ("foggy bottom",)},
    "ZAF": {"union buildings": ("union buildings",)},
}

# Common names Phoenix lacks, by ISO code; listed under "added" in the country row.
ADDED_NAMES: dict[str, tuple[str, ...]] = {
    "CIV": ("côte d'ivoire", "cote d'ivoire", "ivory coast", "ivorian", "ivorians"),
    "COD": ("dr congo", "drc", "d.r.c.", "dr of congo", "democratic republic of congo",
            "congo-kinshasa", "zaire", "zairean"),
    "COG": ("congo-brazzaville", "republic of congo"),
    "CZE": ("czechia",),
    "MKD": ("north macedonia", "north macedonian", "republic of north macedonia"),
    "MMR": ("burma", "burmese", "myanmar"),
    "SWZ": ("eswatini", "swaziland", "swazi", "kingdom of eswatini"),
    "TUR": ("türkiye", "turkiye", "republic of türkiye"),
    "UKR": ("ukrainian", "ukrainians"),
    "LKA": ("ceylon",),
    "TLS": ("timor-leste", "east timor"),
    "CPV": ("cabo verde",),
    "GBR": ("uk", "u.k."),
    "KOR": ("republic of korea", "s.korea's"),
    "PRK": ("north korea", "dprk", "n.korea", "n.korean", "n.koreans"),
    "ZAF": ("s.africa", "s.african", "s. africa"),
    "RUS": ("russia",),
    "USA": ("united states", "u.s."),
}
# Capital spellings Phoenix lacks (Kyiv is in the source; the capital row gets both anyway).
ADDED_CAPITALS: dict[str, tuple[str, ...]] = {
    "UKR": ("kyiv", "kiev"),
    "MMR": ("naypyidaw", "nay pyi taw"),
    "KAZ": ("astana",),
}

# English adjectives and demonyms of every current state and territory among the country rows,
# by ISO code: (adjective, one person, people, other common forms). Hand-checked; a form the row
# already has is not added again, the rest are listed under "added". Historic states (SUN, DDR,
# CSK, SCG) have none. Slang (Kiwi, Aussie, Brit, Bajan) and words naming an ethnic group or
# region more than the state (Malay, Papuan, Persian, Khmer, Bosniak) are left out.
DEMONYMS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "ABW": ("aruban", "aruban", "arubans", ()),
    "AFG": ("afghan", "afghan", "afghans", ()),
    "AGO": ("angolan", "angolan", "angolans", ()),
    "AIA": ("anguillan", "anguillan", "anguillans", ()),
    "ALB": ("albanian", "albanian", "albanians", ()),
    "AND": ("andorran", "andorran", "andorrans", ()),
    "ARE": ("emirati", "emirati", "emiratis", ()),
    "ARG": ("argentine", "argentine", "argentines", ("argentinian", "argentinians",
                                                     "argentinean", "argentineans")),
    "ARM": ("armenian", "armenian", "armenians", ()),
    "ATG": ("antiguan", "antiguan", "antiguans", ("barbudan", "barbudans")),
    "AUS": ("australian", "australian", "australians", ()),
    "AUT": ("austrian", "austrian", "austrians", ()),
    "AZE": ("azerbaijani", "azerbaijani", "azerbaijanis", ("azeri", "azeris")),
    "BDI": ("burundian", "burundian", "burundians", ()),
    "BEL": ("belgian", "belgian", "belgians", ()),
    "BEN": ("beninese", "beninese", "beninese", ()),
    "BFA": ("burkinabe", "burkinabe", "burkinabe", ()),
    "BGD": ("bangladeshi", "bangladeshi", "bangladeshis", ()),
    "BGR": ("bulgarian", "bulgarian", "bulgarians", ()),
    "BHR": ("bahraini", "bahraini", "bahrainis", ()),
    "BHS": ("bahamian", "bahamian", "bahamians", ()),
    "BIH": ("bosnian", "bosnian", "bosnians", ()),
    "BLR": ("belarusian", "belarusian", "belarusians", ()),
    "BLZ": ("belizean", "belizean", "belizeans", ()),
    "BMU": ("bermudian", "bermudian", "bermudians", ("bermudan", "bermudans")),
    "BOL": ("bolivian", "bolivian", "bolivians", ()),
    "BRA": ("brazilian", "brazilian", "brazilians", ()),
    "BRB": ("barbadian", "barbadian", "barbadians", ()),
    "BRN": ("bruneian", "bruneian", "bruneians", ()),
    "BTN": ("bhutanese", "bhutanese", "bhutanese", ()),
    "BWA": ("botswanan", "motswana", "batswana", ("botswanans",)),
    "CAF": ("central african", "central african", "central africans", ()),
    "CAN": ("canadian", "canadian", "canadians", ()),
    "CHE": ("swiss", "swiss", "swiss", ()),
    "CHL": ("chilean", "chilean", "chileans", ()),
    "CHN": ("chinese", "chinese", "chinese", ()),
    "CIV": ("ivorian", "ivorian", "ivorians", ()),
    "CMR": ("cameroonian", "cameroonian", "cameroonians", ()),
    "COD": ("congolese", "congolese", "congolese", ()),
    "COG": ("congolese", "congolese", "congolese", ()),
    "COK": ("cook islands", "cook islander", "cook islanders", ()),
    "COL": ("colombian", "colombian", "colombians", ()),
    "COM": ("comorian", "comorian", "comorians", ("comoran", "comorans")),
    "CPV": ("cape verdean", "cape verdean", "cape verdeans", ("cabo verdean", "cabo verdeans")),
    "CRI": ("costa rican", "costa rican", "costa ricans", ()),
    "CUB": ("cuban", "cuban", "cubans", ()),
    "CYM": ("caymanian", "caymanian", "caymanians", ()),
    "CYP": ("cypriot", "cypriot", "cypriots", ()),
    "CZE": ("czech", "czech", "czechs", ()),
    "DEU": ("german", "german", "germans", ()),
    "DJI": ("djiboutian", "djiboutian", "djiboutians", ()),
    "DMA": ("dominican", "dominican", "dominicans", ()),
    "DNK": ("danish", "dane", "danes", ()),
    "DOM": ("dominican", "dominican", "dominicans", ()),
    "DZA": ("algerian", "algerian", "algerians", ()),
    "ECU": ("ecuadorian", "ecuadorian", "ecuadorians", ("ecuadorean", "ecuadoreans")),
    "EGY": ("egyptian", "egyptian", "egyptians", ()),
    "ERI": ("eritrean", "eritrean", "eritreans", ()),
    "ESP": ("spanish", "spaniard", "spaniards", ()),
    "EST": ("estonian", "estonian", "estonians", ()),
    "ETH": ("ethiopian", "ethiopian", "ethiopians", ()),
    "FIN": ("finnish", "finn", "finns", ()),
    "FJI": ("fijian", "fijian", "fijians", ()),
    "FRA": ("french", "frenchman", "french", ("frenchmen", "frenchwoman", "frenchwomen")),
    "FSM": ("micronesian", "micronesian", "micronesians", ()),
    "GAB": ("gabonese", "gabonese", "gabonese", ()),
    "GBR": ("british", "briton", "britons", ("scottish", "scots")),
    "GEO": ("georgian", "georgian", "georgians", ()),
    "GGY": ("guernsey", "guernseyman", "guernseymen", ()),
    "GHA": ("ghanaian", "ghanaian", "ghanaians", ()),
    "GIN": ("guinean", "guinean", "guineans", ()),
    "GMB": ("gambian", "gambian", "gambians", ()),
    "GNB": ("bissau-guinean", "bissau-guinean", "bissau-guineans", ()),
    "GNQ": ("equatorial guinean", "equatorial guinean", "equatorial guineans",
            ("equatoguinean", "equatoguineans")),
    "GRC": ("greek", "greek", "greeks", ()),
    "GRD": ("grenadian", "grenadian", "grenadians", ()),
    "GTM": ("guatemalan", "guatemalan", "guatemalans", ()),
    "GUY": ("guyanese", "guyanese", "guyanese", ()),
    "HKG": ("hong kong", "hong konger", "hong kongers", ("hongkonger", "hongkongers")),
    "HND": ("honduran", "honduran", "hondurans", ()),
    "HRV": ("croatian", "croat", "croats", ("croatians",)),
    "HTI": ("haitian", "haitian", "haitians", ()),
    "HUN": ("hungarian", "hungarian", "hungarians", ()),
    "IDN": ("indonesian", "indonesian", "indonesians", ()),
    "IND": ("indian", "indian", "indians", ()),
    "IRL": ("irish", "irishman", "irish", ("irishmen", "irishwoman", "irishwomen")),
    "IRN": ("iranian", "iranian", "iranians", ()),
    "IRQ": ("iraqi", "iraqi", "iraqis", ()),
    "ISL": ("icelandic", "icelander", "icelanders", ()),
    "ISR": ("israeli", "israeli", "israelis", ()),
    "ITA": ("italian", "italian", "italians", ()),
    "JAM": ("jamaican", "jamaican", "jamaicans", ()),
    "JOR": ("jordanian", "jordanian", "jordanians", ()),
    "JPN": ("japanese", "japanese", "japanese", ()),
    "KAZ": ("kazakhstani", "kazakhstani", "kazakhstanis", ("kazakh", "kazakhs")),
    "KEN": ("kenyan", "kenyan", "kenyans", ()),
    "KGZ": ("kyrgyz", "kyrgyz", "kyrgyz", ("kyrgyzstani", "kyrgyzstanis")),
    "KHM": ("cambodian", "cambodian", "cambodians", ()),
    "KIR": ("i-kiribati", "i-kiribati", "i-kiribati", ()),
    "KNA": ("kittitian", "kittitian", "kittitians", ("nevisian", "nevisians")),
    "KOR": ("south korean", "south korean", "south koreans", ("korean", "koreans")),
    "KWT": ("kuwaiti", "kuwaiti", "kuwaitis", ()),
    "LAO": ("lao", "laotian", "laotians", ()),
    "LBN": ("lebanese", "lebanese", "lebanese", ()),
    "LBR": ("liberian", "liberian", "liberians", ()),
    "LBY": ("libyan", "libyan", "libyans", ()),
    "LCA": ("saint lucian", "saint lucian", "saint lucians", ()),
    "LIE": ("liechtenstein", "liechtensteiner", "liechtensteiners", ()),
    "LKA": ("sri lankan", "sri lankan", "sri lankans", ()),
    "LSO": ("basotho", "mosotho", "basotho", ()),
    "LTU": ("lithuanian", "lithuanian", "lithuanians", ()),
    "LUX": ("luxembourgish", "luxembourger", "luxembourgers", ()),
    "LVA": ("latvian", "latvian", "latvians", ()),
    "MAR": ("moroccan", "moroccan", "moroccans", ()),
    "MCO": ("monegasque", "monegasque", "monegasques", ()),
    "MDA": ("moldovan", "moldovan", "moldovans", ()),
    "MDG": ("malagasy", "malagasy", "malagasy", ()),
    "MDV": ("maldivian", "maldivian", "maldivians", ()),
    "MEX": ("mexican", "mexican", "mexicans", ()),
    "MHL": ("marshallese", "marshallese", "marshallese", ()),
    "MKD": ("macedonian", "macedonian", "macedonians", ("north macedonians",)),
    "MLI": ("malian", "malian", "malians", ()),
    "MLT": ("maltese", "maltese", "maltese", ()),
    "MMR": ("burmese", "burmese", "burmese", ("myanmar", "myanmarese")),
    "MNE": ("montenegrin", "montenegrin", "montenegrins", ()),
    "MNG": ("mongolian", "mongolian", "mongolians", ()),
    "MOZ": ("mozambican", "mozambican", "mozambicans", ()),
    "MRT": ("mauritanian", "mauritanian", "mauritanians", ()),
    "MUS": ("mauritian", "mauritian", "mauritians", ()),
    "MWI": ("malawian", "malawian", "malawians", ()),
    "MYS": ("malaysian", "malaysian", "malaysians", ()),
    "NAM": ("namibian", "namibian", "namibians", ()),
    "NER": ("nigerien", "nigerien", "nigeriens", ()),
    "NGA": ("nigerian", "nigerian", "nigerians", ()),
    "NIC": ("nicaraguan", "nicaraguan", "nicaraguans", ()),
    "NLD": ("dutch", "dutchman", "dutch", ("dutchmen", "dutchwoman", "dutchwomen",
                                          "netherlander", "netherlanders")),
    "NOR": ("norwegian", "norwegian", "norwegians", ()),
    "NPL": ("nepalese", "nepali", "nepalis", ()),
    "NRU": ("nauruan", "nauruan", "nauruans", ()),
    "NZL": ("new zealand", "new zealander", "new zealanders", ()),
    "OMN": ("omani", "omani", "omanis", ()),
    "PAK": ("pakistani", "pakistani", "pakistanis", ()),
    "PAN": ("panamanian", "panamanian", "panamanians", ()),
    "PER": ("peruvian", "peruvian", "peruvians", ()),
    "PHL": ("philippine", "filipino", "filipinos", ("filipina", "filipinas")),
    "PLW": ("palauan", "palauan", "palauans", ()),
    "PNG": ("papua new guinean", "papua new guinean", "papua new guineans", ()),
    "POL": ("polish", "pole", "poles", ()),
    "PRK": ("north korean", "north korean", "north koreans", ("korean", "koreans")),
    "PRT": ("portuguese", "portuguese", "portuguese", ()),
    "PRY": ("paraguayan", "paraguayan", "paraguayans", ()),
    "PSE": ("palestinian", "palestinian", "palestinians", ()),
    "QAT": ("qatari", "qatari", "qataris", ()),
    "ROU": ("romanian", "romanian", "romanians", ()),
    "RUS": ("russian", "russian", "russians", ()),
    "RWA": ("rwandan", "rwandan", "rwandans", ()),
    "SAU": ("saudi", "saudi", "saudis", ("saudi arabian", "saudi arabians")),
    "SDN": ("sudanese", "sudanese", "sudanese", ()),
    "SEN": ("senegalese", "senegalese", "senegalese", ()),
    "SGP": ("singaporean", "singaporean", "singaporeans", ()),
    "SLB": ("solomon islands", "solomon islander", "solomon islanders", ()),
    "SLE": ("sierra leonean", "sierra leonean", "sierra leoneans", ()),
    "SLV": ("salvadoran", "salvadoran", "salvadorans", ("salvadorean", "salvadoreans")),
    "SMR": ("sammarinese", "sammarinese", "sammarinese", ()),
    "SOM": ("somali", "somali", "somalis", ("somalian", "somalians")),
    "SRB": ("serbian", "serb", "serbs", ("serbians",)),
    "SSD": ("south sudanese", "south sudanese", "south sudanese", ()),
    "STP": ("sao tomean", "sao tomean", "sao tomeans", ("santomean", "santomeans")),
    "SUR": ("surinamese", "surinamer", "surinamers", ()),
    "SVK": ("slovak", "slovak", "slovaks", ("slovakian", "slovakians")),
    "SVN": ("slovenian", "slovene", "slovenes", ("slovenians",)),
    "SWE": ("swedish", "swede", "swedes", ()),
    "SWZ": ("swazi", "swazi", "swazis", ()),
    "SYC": ("seychellois", "seychellois", "seychellois", ()),
    "SYR": ("syrian", "syrian", "syrians", ()),
    "TCD": ("chadian", "chadian", "chadians", ()),
    "TGO": ("togolese", "togolese", "togolese", ()),
    "THA": ("thai", "thai", "thais", ()),
    "TJK": ("tajik", "tajik", "tajiks", ("tajikistani", "tajikistanis")),
    "TKM": ("turkmen", "turkmen", "turkmens", ("turkmenistani", "turkmenistanis")),
    "TLS": ("timorese", "timorese", "timorese", ("east timorese",)),
    "TON": ("tongan", "tongan", "tongans", ()),
    "TTO": ("trinidadian", "trinidadian", "trinidadians", ("tobagonian", "tobagonians")),
    "TUN": ("tunisian", "tunisian", "tunisians", ()),
    "TUR": ("turkish", "turk", "turks", ()),
    "TUV": ("tuvaluan", "tuvaluan", "tuvaluans", ()),
    "TWN": ("taiwanese", "taiwanese", "taiwanese", ()),
    "TZA": ("tanzanian", "tanzanian", "tanzanians", ()),
    "UGA": ("ugandan", "ugandan", "ugandans", ()),
    "UKR": ("ukrainian", "ukrainian", "ukrainians", ()),
    "URY": ("uruguayan", "uruguayan", "uruguayans", ()),
    "USA": ("american", "american", "americans", ()),
    "UZB": ("uzbek", "uzbek", "uzbeks", ("uzbekistani", "uzbekistanis")),
    "VCT": ("vincentian", "vincentian", "vincentians", ()),
    "VEN": ("venezuelan", "venezuelan", "venezuelans", ()),
    "VNM": ("vietnamese", "vietnamese", "vietnamese", ()),
    "VUT": ("ni-vanuatu", "ni-vanuatu", "ni-vanuatu", ()),
    "WSM": ("samoan", "samoan", "samoans", ()),  # Phoenix gave "samoan" to American Samoa only
    "XKX": ("kosovar", "kosovar", "kosovars", ("kosovan", "kosovans")),
    "YEM": ("yemeni", "yemeni", "yemenis", ()),
    "ZAF": ("south african", "south african", "south africans", ()),
    "ZMB": ("zambian", "zambian", "zambians", ()),
    "ZWE": ("zimbabwean", "zimbabwean", "zimbabweans", ()),
}
# Demonym forms that are also ordinary English words: under "ambiguous", not "patterns" (the
# resolver then wants a capitalised proper noun). "polish" and "pole" are in COMMON_WORDS.
DEMONYM_COMMON_WORDS = frozenset(["poles"])
# Forms that name more than one country of the table. The resolver holds ambiguity per surface
# form: a form under one row's "ambiguous" needs a proper noun in every row that has it. So a
# form one country already has as a plain pattern stays that country's alone (the value), and
# the others get nothing; None: every row that lists it gets it under "ambiguous".
# Bare names whose country changed with history: a row of their own, its roles dated.
DATED_NAMES: dict[str, tuple[str, tuple[tuple[str, date | None, date | None], ...], str]] = {
    "congo": ("Congo", (("COG", None, date(1997, 5, 17)), ("COD", date(1997, 5, 17), None)),
              "Zaire became the Democratic Republic of the Congo on 1997-05-17; news since "
              "reads a bare 'Congo' as the DR Congo, the other being 'Congo Republic' or "
              "'Congo-Brazzaville'"),
}

SHARED_DEMONYMS: dict[str, str | None] = {
    "congolese": "COD",   # both Congos; a plain pattern of the DR Congo in Phoenix
    "dominican": "DOM",   # Dominica and the Dominican Republic; the latter's in Phoenix
    "dominicans": "DOM",
    # Either Korea, but news usage (and the CAMEO coders') reads a bare "Korean" as South
    # Korean: "the Korean government" is Seoul's; the North is always named as such.
    "korean": "KOR",
    "koreans": "KOR",
}

# Words that are names here but ordinary words (or very common first names) in English news
# text: a match on them alone needs context, so they go under "ambiguous" instead of "patterns".
# Found by intersecting the single-word patterns with a lowercase English word list (Debian's
# wamerican), then trimmed by hand to those a news sentence would plausibly use as a word, plus
# country names that are common given names or US states (Jordan, Georgia).
COMMON_WORDS = frozenset("""
angora astrakhan bale buffalo canaries champagne chad chevron cologne cork eta falcon fez gent
georgia hippo jersey jordan kiwi liege limerick madras male marches mavericks may mecca meshed
moron muscat natal organization phoenix pole polish providence saga senate sur tamale tigers
turkey youth zero
""".split())

# Organisation words in a primary name: an entry whose primary phrase has one is not a person.
ORG_WORDS = frozenset("""
academy administration agency agreement alliance army asean assemblee au conference countries
cities eight eu governments high journal nato nations opec pact panel parlementaire reserve
sabha sham soviet spiegel summit tank times treaty un assembly association authority bank
bar battalion
bloc board brigade brigades bureau cabinet caucus center centre chamber church club coalition
command commission committee community company congress contingent corporation corps council
court courts declaration department directorate division embassy emirate faction federation
force forces foundation front fund government group guard guards headquarters house inc
institute intelligence international internet jabhat jaish jaysh junta kataib league liberation
ltd media military militia ministry mission movement network news observatory office
organisation organization palace parliament party patrol peshmerga police press program
programme regiment republic revolution rifles riot school secretariat security service
services society squad state students team tribunal trust union university unit volunteers
watch yard
""".split())
# Offices: a title that names a post, not a person, is an organisation row that is never closed.
OFFICE_WORDS = frozenset("""
ambassador attorney chairman chancellor chief commander director general governor king leader
minister premier president prime queen representative secretary speaker
""".split())
# Person evidence in a note ("#  senior leader jma", "# alias of hambali").
PERSON_NOTE = re.compile(
    r"\b(leader|member|founder|co-founder|commander|head of|alias|chief|spokesman|fought|"
    r"spiritual|spritual|president of|secretary|contact|ideologue|emir)\b",
    re.IGNORECASE,
)
PERSON_TITLES = ("sheikh ", "sheik ", "abu ", "mullah ", "imam ", "sir ", "dame ", "lord ",
                 "general ", "baron ", "datuk ", "ayatollah ")

# Entries of the Countries file that are places (dependencies, regions) though their codes
# look like agents: territories are coded country + territory (USAPRI, GBRGIB...).
PLACE_ENTRIES = frozenset(name.strip() for name in """
american samoa, republica srpska, british virgin islands, faeroe islands, falkland islands,
french guiana, french polynesia, gibraltar, greenland, guadeloupe, guam, indian ocean,
isle of man, martinique, montserrat, netherlands antilles, new caledonia, niue, gaza, pitcairn,
puerto rico, republic of serbian krajina, saint helena, tokelau,
united states virgin islands, wallis and futuna islands
""".split(","))

DATE_STAMP = re.compile(
    r"\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* (\d{4}|\d{2})\b"
)
GENERATED = re.compile(r"Generated at: \w{3} (\w{3}) +(\d{1,2}) [\d:]+ (\d{4})")
MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
CODE_RE = re.compile(r"^(?:[A-Z0-9]{3})+$")
BRACKET = re.compile(r"\[([^\[\]]*)\]")


# ---------------------------------------------------------------------------------------------
# Reading the source


@dataclass(frozen=True, slots=True)
class SourceRole:
    code: str
    start: date | None
    end: date | None
    default: bool
    line: int


@dataclass(slots=True)
class SourceEntry:
    """One actor entry as PETRARCH read it: phrases, codes, where it came from."""

    file: str
    first: int
    last: int
    primary_line: str
    note: str
    section_line: int
    phrases: list[tuple[str, int]] = field(default_factory=list)
    roles: list[SourceRole] = field(default_factory=list)
    folded: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    start: date | None
    end: date | None
    closed: str | None = None

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "from": self.start.isoformat() if self.start else None,
            "until": self.end.isoformat() if self.end else None,
        }
        if self.closed:
            out["closed"] = self.closed
        return out


@dataclass(slots=True)
class Row:
    kind: str
    name: str
    slug: str
    patterns: list[str]
    roles: list[Role]
    source: str
    id_text: str  # the source line whose digest disambiguates a colliding id
    ambiguous: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    primary: str = ""
    id: str = ""


class Log:
    """Every decision the conversion takes, as rows for the decisions file and counts."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.counts: Counter[str] = Counter()

    def add(self, action: str, source: str, detail: str, **extra: Any) -> None:
        self.counts[action] += 1
        row: dict[str, Any] = {"action": action, "source": source, "detail": detail}
        row.update(extra)
        self.rows.append(row)


def read_lines(source: Path, name: str, log: Log) -> list[str]:
    lines = (source / name).read_text(encoding="utf-8").split("\n")
    for file, line, old, new, why in SOURCE_FIXES:
        if file != name:
            continue
        if old not in lines[line - 1]:
            raise SystemExit(f"{name}:{line}: expected {old!r} for a source fix; input changed?")
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
        log.add("source-fix", f"{name}:{line}", f"{old!r} -> {new!r}: {why}")
    return lines


def parse_date(token: str) -> date:
    """YYMMDD (00-29 is 20xx, as in every Phoenix file) or YYYYMMDD."""
    if not token.isdigit() or len(token) not in (6, 8):
        raise ValueError(f"date {token!r} is neither YYMMDD nor YYYYMMDD")
    if len(token) == 6:
        yy = int(token[:2])
        return date(2000 + yy if yy < 30 else 1900 + yy, int(token[2:4]), int(token[4:6]))
    return date(int(token[:4]), int(token[4:6]), int(token[6:8]))


def parse_roles(text: str, name: str, line: int, log: Log) -> list[SourceRole]:
    roles: list[SourceRole] = []
    for match in BRACKET.finditer(text):
        body = match.group(1).split()
        if not body:
            continue
        code, rest = body[0], "".join(body[1:])
        try:
            if not rest:
                roles.append(SourceRole(code, None, None, True, line))
            elif rest[0] == "<":
                roles.append(SourceRole(code, None, parse_date(rest[1:]), False, line))
            elif rest[0] == ">":
                roles.append(SourceRole(code, parse_date(rest[1:]), None, False, line))
            elif "-" in rest:
                first, _, last = rest.partition("-")
                start, end = parse_date(first), parse_date(last)
                if end < start:
                    log.add("role-dropped", f"{name}:{line}",
                            f"[{match.group(1)}] ends before it starts (PETRARCH skipped it too)")
                    continue
                if end == start:
                    end = start + timedelta(days=1)
                roles.append(SourceRole(code, start, end, False, line))
            else:
                raise ValueError(f"restriction {rest!r}")
        except ValueError as error:
            log.add("role-dropped", f"{name}:{line}", f"[{match.group(1)}]: {error}")
    return roles


def parse_actor_file(source: Path, name: str, log: Log) -> list[SourceEntry]:
    entries: list[SourceEntry] = []
    current: SourceEntry | None = None
    section_line = 0
    for number, raw in enumerate(read_lines(source, name, log), start=1):
        if "---STOP---" in raw:
            break
        body, _, note = raw.partition("#")
        text = body.strip()
        if not text:
            if raw.lstrip().startswith("#") and raw.strip("# \t"):
                section_line = number
            continue
        if text.startswith("["):
            if current is None:
                log.add("line-skipped", f"{name}:{number}", "code line before any entry")
                continue
            current.roles.extend(parse_roles(text, name, number, log))
            current.last = number
        elif text.startswith("+"):
            if current is None:
                log.add("line-skipped", f"{name}:{number}", "synonym before any entry")
                continue
            pieces = [p for p in text[1:].split("[", 1)[0].split("+") if p.strip()]
            if len(pieces) > 1:
                log.add("synonym-split", f"{name}:{number}",
                        f"{len(pieces)} synonyms on one line, split at '+'")
            current.phrases.extend((p.strip(), number) for p in pieces)
            current.roles.extend(parse_roles(text, name, number, log))
            current.last = number
        else:
            head = text.split("[", 1)[0].strip()
            if current is not None and not current.roles:
                # PETRARCH kept the code index of a code-less primary for the next one.
                current.folded.append(number)
                current.phrases.append((head, number))
                current.last = number
            else:
                current = SourceEntry(name, number, number, raw, note.strip(), section_line)
                entries.append(current)
                current.phrases.append((head, number))
            current.roles.extend(parse_roles(text, name, number, log))
    for entry in entries:
        if entry.folded:
            log.add("entries-folded", f"{name}:{entry.first}-{entry.last}",
                    "code-less primary phrase(s) on line(s) "
                    + ", ".join(map(str, entry.folded))
                    + " share this entry's codes, as in PETRARCH")
    return entries


def curation_cutoff(source: Path, name: str, entries: Sequence[SourceEntry]) -> date:
    """The latest date the file's curators wrote: in a role, a header or a dated note."""
    days = [d for e in entries for r in e.roles for d in (r.start, r.end) if d is not None]
    for line in (source / name).read_text(encoding="utf-8").split("\n"):
        if "#" not in line:
            continue
        note = line.split("#", 1)[1]
        generated = GENERATED.search(note)
        if generated:
            month, day, year = generated.groups()
            days.append(date(int(year), MONTHS[month.lower()[:3]], int(day)))
        for day_text, month_text, year_text in DATE_STAMP.findall(note):
            year = int(year_text)
            if year < 100:
                year += 2000 if year < 30 else 1900
            try:
                days.append(date(year, MONTHS[month_text.lower()[:3]], int(day_text)))
            except ValueError:
                continue
    return max(days)


# ---------------------------------------------------------------------------------------------
# Text


def normalise(phrase: str) -> str:
    """Surface form: lowercase, words joined by single spaces, underscores gone."""
    text = unicodedata.normalize("NFC", phrase.replace("İ", "I"))
    text = text.replace("_", " ").lower()
    return " ".join(text.split())


# Three-letter acronyms of armed groups the news uses alone, taken from a bracket (not
# "ira", also the US retirement account).
SHORT_ACRONYMS = frozenset({"mqm", "kkk", "lvf", "knu"})


def acronym_forms(pattern: str) -> list[str]:
    """"irish republican army (ira)" as the news writes it: "irish republican army", and "ira"
    where it is the initials of the name's words (not "(greece)", not "aryan nations (an)")."""
    match = re.fullmatch(r"(.+?)\s*\(([a-z][a-z-]{1,7})\)", pattern)
    if match is None:
        return []
    base, short = match.group(1).strip(), match.group(2).replace("-", "")
    initials = "".join(w[0] for w in re.split(r"[\s/-]+", base) if w)
    at = 0
    for letter in initials:  # (the acronym's letters, in order, among the words' initials)
        if at < len(short) and letter == short[at]:
            at += 1
    if at < len(short) or len(short) < 3 or len(base.split()) < 2:
        return []
    # (three letters are too often a name or another's: "ana", "isa", "pla" is China's army)
    known = (len(short) >= 4 and short not in COMMON_WORDS | {"dawn"}) or \
        short in SHORT_ACRONYMS
    return [base] + ([short] if known else [])


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_") or "x"


def title_case(pattern: str, acronym: bool = False) -> str:
    if acronym and re.fullmatch(r"[a-z]{2,4}", pattern):
        return pattern.upper()
    words = []
    for word in pattern.split(" "):
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]?\.?", word):
            words.append(word.upper())
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(words)


def digest8(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


# ---------------------------------------------------------------------------------------------
# Codes and roles


def map_code(code: str, where: str, log: Log) -> str | None:
    """The eventcoder code for a Phoenix code, None for PETRARCH's null code."""
    code = code.strip().strip("~").upper()
    if code in ("---", ""):
        return None
    if code in CODE_FIXES:
        new, why = CODE_FIXES[code]
        log.add("code-fixed", where, f"{code} -> {new}: {why}")
        code = new
    prefix = code[:3]
    if prefix in LEGACY_PREFIXES:
        new_prefix, _ = LEGACY_PREFIXES[prefix]
        new = new_prefix + code[3:]
        log.counts[legacy_key(prefix, new_prefix)] += 1
        code = new
    if not CODE_RE.match(code):
        log.add("role-dropped", where, f"code {code!r} is not CAMEO syntax")
        return None
    return code


def legacy_key(old: str, new: str) -> str:
    return f"legacy {old}->{new or '(dropped)'}"


def build_roles(entry: SourceEntry, log: Log) -> tuple[list[Role], bool]:
    """Explicit roles of an entry (defaults fill the gaps between dated roles); also whether the
    source had any role at all, null codes included."""
    dated: list[Role] = []
    defaults: list[str] = []
    where = f"{entry.file}:{entry.first}-{entry.last}"
    for role in entry.roles:
        code = map_code(role.code, f"{entry.file}:{role.line}", log)
        if code is None:
            continue
        if role.default:
            if code not in defaults:
                defaults.append(code)
        else:
            dated.append(Role(code, role.start, role.end))
    roles = list(dated)
    if len(defaults) > 1:
        log.add("defaults-kept", where, "several default codes: " + ", ".join(defaults))
    for code in defaults:
        roles.extend(Role(code, start, end) for start, end in gaps(dated))
    return merge_roles(roles), bool(entry.roles)


def gaps(dated: Sequence[Role]) -> list[tuple[date | None, date | None]]:
    """The stretches of time no dated role covers (None is unbounded)."""
    spans = sorted((r.start or date.min, r.end or date.max) for r in dated)
    out: list[tuple[date | None, date | None]] = []
    cursor = date.min
    for start, end in spans:
        if start > cursor:
            out.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < date.max:
        out.append((cursor, date.max))
    return [(None if a == date.min else a, None if b == date.max else b) for a, b in out]


def role_key(role: Role) -> tuple[date, date, str]:
    return (role.start or date.min, role.end or date.max, role.code)


def merge_roles(roles: Iterable[Role]) -> list[Role]:
    """Same-code roles that touch or overlap become one; order by start, end, code."""
    by_code: dict[str, list[Role]] = defaultdict(list)
    for role in roles:
        by_code[role.code].append(role)
    merged: list[Role] = []
    for code, group in by_code.items():
        group.sort(key=role_key)
        start, end = group[0].start or date.min, group[0].end or date.max
        closed = group[0].closed
        for role in group[1:]:
            r_start, r_end = role.start or date.min, role.end or date.max
            if r_start <= end:
                if r_end > end:
                    end, closed = r_end, role.closed
            else:
                merged.append(Role(code, _none(start), _none(end), closed))
                start, end, closed = r_start, r_end, role.closed
        merged.append(Role(code, _none(start), _none(end), closed))
    return sorted(merged, key=role_key)


def _none(day: date) -> date | None:
    return None if day in (date.min, date.max) else day


def close_roles(roles: Sequence[Role], cutoff: date) -> list[Role]:
    """Open-ended roles end the day after the cutoff, so they hold through the cutoff day."""
    until = cutoff + timedelta(days=1)
    return [
        Role(r.code, r.start, until, "source-cutoff") if r.end is None else r for r in roles
    ]


def overlaps(a: Role, b: Role) -> bool:
    return (a.start or date.min) < (b.end or date.max) and (b.start or date.min) < (
        a.end or date.max
    )


# ---------------------------------------------------------------------------------------------
# Classifying entries


class Countries:
    """ISO 3166 names through pycountry, imported only when converting."""

    def __init__(self) -> None:
        import pycountry

        self.current: dict[str, str] = {}
        self.names: dict[str, set[str]] = defaultdict(set)
        for country in pycountry.countries:
            code = country.alpha_3
            self.current[code] = getattr(country, "common_name", None) or country.name
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    self.names[code].add(normalise(value))
        self.historic = {c.alpha_3 for c in pycountry.historic_countries}
        self.version = _pycountry_version()

    def display_name(self, code: str) -> str:
        if code in DISPLAY_NAMES:
            return DISPLAY_NAMES[code]
        if code in self.current:
            return self.current[code]
        return HISTORIC_NAMES.get(code) or EXTRA_COUNTRIES[code]

    def is_country(self, code: str) -> bool:
        return code in self.current or code in EXTRA_COUNTRIES or (
            code in self.historic and code in HISTORIC_NAMES
        )


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def words_of(pattern: str) -> list[str]:
    return re.findall(r"[a-z]+", pattern)


def looks_like_org(pattern: str) -> bool:
    words = set(words_of(pattern))
    return bool(words & ORG_WORDS) or bool(words & OFFICE_WORDS and len(words) > 1 and (
        words & {"of", "the", "us", "u", "american", "united", "states", "prime", "vice"}
    ))


# Where the word rules get it wrong.
KIND_OVERRIDES = {"shin bet": "organization", "siddaramaiah": "person"}


def classify(entry: SourceEntry, primary: str, roles: Sequence[Role]) -> str:
    """person or organization for an entry that is no country, capital, seat or place."""
    if primary in KIND_OVERRIDES:
        return KIND_OVERRIDES[primary]
    codes = [r.code for r in roles]
    note = entry.note
    if entry.file == COUNTRIES:
        if "CountryInfo" in note:
            return "person"
        if looks_like_org(primary) or len(words_of(primary)) < 2:
            return "organization"
        return "person"
    if looks_like_org(primary) or any(c.startswith("MNC") for c in codes):
        return "organization"
    if "IGOrulers" in note or any(c.endswith("ELI") for c in codes):
        return "person"
    words = words_of(primary)
    if not 2 <= len(words) <= 6:
        return "organization"
    dated = any(r.start or r.end for r in entry.roles)
    if entry.file == INTERNATIONAL:
        return "person" if dated else "organization"
    # MilNonState: groups, with a few leaders and aliases.
    if dated or PERSON_NOTE.search(note) or primary.startswith(PERSON_TITLES):
        return "person"
    return "organization"


# ---------------------------------------------------------------------------------------------
# Building rows


@dataclass(slots=True)
class Builder:
    source: Path
    countries: Countries
    log: Log
    rows: list[Row] = field(default_factory=list)
    cutoffs: dict[str, date] = field(default_factory=dict)

    # -- actors --------------------------------------------------------------------------------

    def actor_file(self, name: str) -> None:
        entries = parse_actor_file(self.source, name, self.log)
        self.cutoffs[name] = curation_cutoff(self.source, name, entries)
        country_entries: dict[str, list[SourceEntry]] = defaultdict(list)
        for entry in entries:
            where = f"{name}:{entry.first}-{entry.last}"
            fictional = [r.code for r in entry.roles if r.code[:3] in FICTIONAL_CODES]
            if fictional:
                self.log.add("entry-dropped", where,
                             FICTIONAL_CODES[fictional[0][:3]] + f" ({entry.phrases[0][0]})")
                continue
            country = self.country_of(entry) if name == COUNTRIES else None
            if country:
                country_entries[country].append(entry)
                continue
            self.actor_entry(entry)
        for code, group in country_entries.items():
            self.country(code, group)
        if name == COUNTRIES:
            for pattern, (display, roles, why) in DATED_NAMES.items():
                self.rows.append(Row("country", display, pattern.replace(" ", "_"), [pattern],
                                     [Role(c, start, end) for c, start, end in roles],
                                     ADDED_SOURCE, pattern, added=[pattern], primary=pattern))
                self.log.add("dated-name", pattern, why)

    def country_of(self, entry: SourceEntry) -> str | None:
        primary = normalise(entry.phrases[0][0])
        if primary in NOT_COUNTRY_ENTRIES:
            return None
        found: list[tuple[int, str]] = []
        for role in entry.roles:
            code = map_code(role.code, "", Log()) if len(role.code) == 3 else None
            if code and self.countries.is_country(code):
                # Prefer the code the entry has now: a default, then an open-ended range.
                rank = 0 if role.default else (1 if role.end is None else 2)
                found.append((rank, code))
        return min(found)[1] if found else None

    def patterns_of(self, entry: SourceEntry) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        seen: set[str] = set()
        for phrase, line in entry.phrases:
            if "\ufffd" in phrase:
                self.log.add("pattern-dropped", f"{entry.file}:{line}",
                             f"{phrase!r} has a replacement character (broken encoding)")
                continue
            pattern = normalise(phrase)
            if not pattern or not re.search(r"[a-z0-9]", pattern):
                self.log.add("pattern-dropped", f"{entry.file}:{line}", f"{phrase!r} is empty")
                continue
            if all(w in COMPASS for w in re.split(r"[\s-]+", pattern)):
                # ("north west", South Africa's province, names a region of any country)
                self.log.add("pattern-dropped", f"{entry.file}:{line}",
                             f"{phrase!r} is a direction, no one place")
                continue
            if not re.search(r"[a-z]", pattern):
                # ("380", "313": a number in running text is no group's name)
                self.log.add("pattern-dropped", f"{entry.file}:{line}",
                             f"{phrase!r} is a number, no name")
                continue
            if pattern in NOT_A_PERSON_PATTERNS:
                self.log.add("pattern-dropped", f"{entry.file}:{line}",
                             f"{phrase!r} names a state's government, not its leader of the day")
                continue
            for form in (pattern, *acronym_forms(pattern)):
                if form not in seen:
                    seen.add(form)
                    out.append((form, line))
        return out

    def actor_entry(self, entry: SourceEntry) -> None:
        patterns = self.patterns_of(entry)
        if not patterns:
            return
        roles, _ = build_roles(entry, self.log)
        primary = patterns[0][0]
        where = f"{entry.file}:{entry.first}-{entry.last}"
        kind = self.kind_of(entry, primary, roles)
        if kind == "person":
            cutoff = self.cutoffs[entry.file]
            closed = close_roles(roles, cutoff)
            for old, new in zip(roles, closed, strict=True):
                if old != new:
                    self.log.add("role-closed", where,
                                 f"{old.code} from {old.start or 'the start'} was open-ended; "
                                 f"closed at the file's cutoff {cutoff}",
                                 code=old.code, cutoff=cutoff.isoformat())
            roles = closed
        if not roles:
            self.log.add("blocker", where, f"{primary!r} has only PETRARCH's null code: kept "
                         "without roles so it still claims its words")
        self.rows.append(Row(kind, title_case(primary, kind == "organization"),
                             slugify(primary),
                             [p for p, _ in patterns], roles, where, entry.primary_line,
                             primary=primary))

    def kind_of(self, entry: SourceEntry, primary: str, roles: Sequence[Role]) -> str:
        if entry.file == COUNTRIES:
            if any(primary in seats for group in SEATS.values() for seats in group.values()):
                return "seat"
            if primary in PLACE_ENTRIES or primary in NOT_COUNTRY_ENTRIES:
                return "place"
        return classify(entry, primary, roles)

    # -- countries -----------------------------------------------------------------------------

    def country(self, code: str, entries: list[SourceEntry]) -> None:
        first = entries[0]
        where = f"{first.file}:{first.first}-{first.last}"
        if len(entries) > 1:
            self.log.add("entries-merged", where, f"{len(entries)} entries for {code}: "
                         + ", ".join(f"{e.file}:{e.first}-{e.last}" for e in entries[1:]))
        phrases: list[tuple[str, int]] = []
        seen: set[str] = set()
        for entry in entries:
            for pattern, line in self.patterns_of(entry):
                if pattern not in seen:
                    seen.add(pattern)
                    phrases.append((pattern, line))
            dropped = [r for r in entry.roles if r.code[:3] != code or r.start or r.end]
            if dropped:
                self.log.add("country-roles", f"{entry.file}:{entry.first}-{entry.last}",
                             f"country row {code} codes the name at any date; source roles "
                             + ", ".join(_source_role(r) for r in dropped) + " not carried")
        capitals = CAPITALS.get(code, ())
        seat_names = {p: group for group, ps in SEATS.get(code, {}).items() for p in ps}
        country_names = self.countries.names.get(code, set())
        stems = {w[:4] for n in country_names | {phrases[0][0]} for w in words_of(n)
                 if len(w) >= 4 and w not in NAME_FILLERS}
        # CountryInfo lists names, then the capital, then other cities: the first city found
        # ends the names (USA lists Washington first, by hand).
        markers = set(capitals) | set(FIRST_CITY.get(code, ()))
        boundary = next((i for i, (p, _) in enumerate(phrases)
                         if p in markers and i > 0 and p not in FIRST_CITY_SKIP.get(code, ())),
                        len(phrases))
        names: list[str] = []
        capital: list[tuple[str, int]] = []
        seats: dict[str, list[tuple[str, int]]] = defaultdict(list)
        places: list[tuple[str, int]] = []
        for index, (pattern, line) in enumerate(phrases):
            if pattern in DATED_NAMES:
                self.log.add("pattern-moved", f"{first.file}:{line}",
                             f"{pattern!r} names {code} only until "
                             f"{DATED_NAMES[pattern][1][0][2]}: its own dated row")
                continue
            if pattern in capitals:
                capital.append((pattern, line))
            elif pattern in seat_names:
                seats[seat_names[pattern]].append((pattern, line))
            elif index < boundary or pattern in country_names or is_name_variant(
                pattern, stems, phrases[0][0]
            ):
                names.append(pattern)
            else:
                places.append((pattern, line))
        name = self.countries.display_name(code)
        added = [p for p in ADDED_NAMES.get(code, ()) if p not in names]
        self.rows.append(Row("country", name, code.lower(), names + added,
                             [Role(code, None, None)], where, first.primary_line,
                             added=added, primary=names[0] if names else name.lower()))
        gov = [Role(code + "GOV", None, None)]
        wanted = [p for p in ADDED_CAPITALS.get(code, ()) if p not in {c for c, _ in capital}]
        if capital or wanted:
            lines = [line for _, line in capital]
            source = f"{first.file}:{min(lines)}-{max(lines)}" if lines else ADDED_SOURCE
            display = capitals[0] if capitals else wanted[0]
            self.rows.append(Row("capital", title_case(display), slugify(display),
                                 [c for c, _ in capital] + wanted, gov, source,
                                 f"capital of {code}", added=wanted, primary=display))
        elif capitals and capitals[0] not in CAPITAL_NOT_ADDED:
            self.rows.append(Row("capital", title_case(capitals[0]), slugify(capitals[0]),
                                 list(capitals), gov, ADDED_SOURCE, f"capital of {code}",
                                 added=list(capitals), primary=capitals[0]))
            self.log.add("capital-added", code, f"Phoenix lists no capital for {code}: "
                         f"added {', '.join(capitals)}")
        for group, found in seats.items():
            lines = [line for _, line in found]
            self.rows.append(Row("seat", title_case(group), slugify(group),
                                 [p for p, _ in found], gov,
                                 f"{first.file}:{min(lines)}-{max(lines)}", f"seat {group}",
                                 primary=group))
        for pattern, line in places:
            self.rows.append(Row("place", title_case(pattern), slugify(pattern), [pattern],
                                 [Role(code, None, None)], f"{first.file}:{line}-{line}",
                                 f"{first.file}:{line}:{pattern}", primary=pattern))

    def added_demonyms(self) -> None:
        """Adjectives and demonyms Phoenix lacks (``DEMONYMS``), merged into the country rows."""
        countries = {row.roles[0].code: row for row in self.rows if row.kind == "country"}
        current = sorted(c for c in countries if c not in HISTORIC_NAMES)
        if sorted(DEMONYMS) != current:
            raise SystemExit("DEMONYMS must have a line for every current country row; "
                             f"missing {sorted(set(current) - set(DEMONYMS))}, "
                             f"unknown {sorted(set(DEMONYMS) - set(current))}")
        forms = {code: list(dict.fromkeys(normalise(f) for f in (adjective, one, many, *others)))
                 for code, (adjective, one, many, others) in DEMONYMS.items()}
        listed: dict[str, list[str]] = defaultdict(list)
        for code, found in forms.items():
            for form in found:
                listed[form].append(code)
        plain: dict[str, list[str]] = defaultdict(list)
        for code, row in countries.items():
            for pattern in row.patterns:
                if pattern in listed and pattern not in COMMON_WORDS:
                    plain[pattern].append(code)
        # A form of two countries must be settled by hand, and an ambiguous one must not be a
        # plain pattern anywhere (the resolver would then want a proper noun there too).
        for form, codes in listed.items():
            holders = sorted(set(codes) | set(plain.get(form, ())))
            if len(holders) > 1 and form not in SHARED_DEMONYMS:
                raise SystemExit(f"demonym {form!r} names {', '.join(holders)}: "
                                 "settle it in SHARED_DEMONYMS")
            ambiguous = form in DEMONYM_COMMON_WORDS or (
                form in SHARED_DEMONYMS and SHARED_DEMONYMS[form] is None)
            if ambiguous and plain.get(form):
                raise SystemExit(f"demonym {form!r} is ambiguous but a plain pattern of "
                                 + ", ".join(plain[form]))
        for code, found in forms.items():
            row = countries[code]
            for form in found:
                if form in row.patterns or form in row.ambiguous:
                    continue
                owner = SHARED_DEMONYMS.get(form, code)
                if owner is not None and owner != code:
                    self.log.add("demonym-skipped", code,
                                 f"{form!r} stays {owner}'s pattern alone: as ambiguous here "
                                 f"it would need a proper noun for {owner} too")
                    continue
                if owner is None or form in DEMONYM_COMMON_WORDS:
                    row.ambiguous.append(form)
                else:
                    row.patterns.append(form)
                row.added.append(form)

    def added_paternal_names(self) -> None:
        """"alvaro uribe velez" is "Alvaro Uribe" in the news: a person of a Spanish-speaking
        country named by given name, father's and mother's surname is also named by the first
        two, unless the middle word is a given name ("juan manuel santos") or the short form
        is another row's."""
        people = [row for row in self.rows if row.kind == "person" and any(
            role.code[:3] in HISPANIC for role in row.roles)]
        given = Counter(p.split()[0] for row in self.rows if row.kind == "person"
                        for p in row.patterns if " " in p)
        taken = Counter(p for row in self.rows for p in row.patterns)
        short: dict[str, list[Row]] = defaultdict(list)
        for row in people:
            for pattern in row.patterns:
                words = pattern.split()
                if len(words) == 3 and all(w.isalpha() for w in words) and \
                        words[1] not in PARTICLES and not given[words[1]]:
                    form = " ".join(words[:2])
                    if form not in taken and row not in short[form]:
                        short[form].append(row)
        for form, rows in short.items():
            if len(rows) > 1:
                continue  # (two people of one short name: neither gets it)
            rows[0].patterns.append(form)
            rows[0].added.append(form)
            self.log.add("paternal-name-added", rows[0].source,
                         f"{form!r} for {rows[0].primary!r}")

    def added_seats(self) -> None:
        """Seats of power Phoenix lacks, for the G20 and the permanent UNSC members."""
        have = {p for row in self.rows if row.kind in ("seat", "country", "capital")
                for p in row.patterns}
        for row in self.rows:
            if row.kind != "seat":
                continue
            for groups in SEATS.values():
                for patterns in groups.values():
                    if row.primary in patterns:
                        extra = [p for p in patterns if p not in row.patterns]
                        row.patterns.extend(extra)
                        row.added.extend(extra)
                        have.update(extra)
        for code, groups in SEATS.items():
            for group, patterns in groups.items():
                missing = [p for p in patterns if p not in have]
                if len(missing) < len(patterns):
                    continue
                self.rows.append(Row("seat", title_case(group), slugify(group), missing,
                                     [Role(code + "GOV", None, None)], ADDED_SOURCE,
                                     f"seat {group}", added=list(missing), primary=group))
                self.log.add("seat-added", code, f"added seat {group!r} -> {code}GOV")

    # -- agents --------------------------------------------------------------------------------

    def agent_file(self) -> None:
        macros: dict[str, list[str]] = {}
        for number, raw in enumerate(read_lines(self.source, AGENTS, self.log), start=1):
            text = raw.split("#", 1)[0].strip()
            if not text:
                continue
            where = f"{AGENTS}:{number}-{number}"
            if "!" in text and "=" in text:
                marker, _, values = text.partition("=")
                macros[marker.strip().strip("!")] = [v.strip() for v in values.split(",")]
                continue
            if "[" not in text:
                self.log.add("line-skipped", where, "agent line without a code")
                continue
            phrase_part, _, code_part = text.partition("[")
            raw_code = code_part.split("]", 1)[0].strip()
            code = map_code(raw_code, where, self.log)
            if code is None:
                continue
            groups = [code[k:k + 3] for k in range(0, len(code), 3)]
            if "MUS" in groups:
                # CAMEO's religion code for Islam is MOS (as the International file has it:
                # IGOMOS, NGOMOS); MUS is the country code of Mauritius.
                new = "".join("MOS" if g == "MUS" else g for g in groups)
                self.log.add("code-fixed", where, f"{code} -> {new}: CAMEO codes Islam MOS; "
                             "MUS is Mauritius")
                code = new
            if raw_code.endswith("~"):
                self.log.add("agent-prefix", where, f"[{raw_code}] is a prefix agent (code goes "
                             f"before the actor's); kept as {code}")
            plural_spec: list[str] | None = None
            if "{" in phrase_part:
                phrase_part, _, plural_text = phrase_part.partition("{")
                plural_spec = plural_text.split("}", 1)[0].replace(",", " ").split()
            forms = expand_macros(phrase_part.strip(), macros)
            if forms is None:
                self.log.add("line-skipped", where, "unknown substitution marker")
                continue
            patterns = [normalise(f) for f in forms]
            if plural_spec is not None:
                patterns += [normalise(p) for p in plural_spec]
            elif "!" not in phrase_part:
                patterns += plurals(patterns[0])
            patterns = list(dict.fromkeys(p for p in patterns if p))
            primary = patterns[0]
            self.rows.append(Row("agent", title_case(primary), slugify(primary), patterns,
                                 [Role(code, None, None)], where, raw, primary=primary))


def is_name_variant(pattern: str, stems: set[str], primary: str) -> bool:
    """A synonym after the first city is still a name if it spells the country's name or
    demonym ("cosovo", "kosovar") with nothing else but filler words ("republic of")."""
    if SequenceMatcher(None, pattern, primary).ratio() >= 0.8:
        return True
    words = words_of(pattern)
    content = [w for w in words if w not in NAME_FILLERS and w not in FUNCTION_WORDS]
    return bool(content) and all(len(w) >= 4 and w[:4] in stems for w in content)


def _source_role(role: SourceRole) -> str:
    if role.default:
        return f"[{role.code}]"
    return f"[{role.code} {role.start or ''}..{role.end or ''}]"


def expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str] | None:
    match = re.search(r"!([^!]+)!", phrase)
    if match is None:
        return [phrase]
    if match.group(1) not in macros:
        return None
    out: list[str] = []
    for value in macros[match.group(1)]:
        expanded = expand_macros(phrase[: match.start()] + value + phrase[match.end():], macros)
        if expanded is None:
            return None
        out.extend(expanded)
    return out


# Plurals PETRARCH made itself; English plurals of the last word, with the irregular ones news
# text uses for agents.
INVARIANT = frozenset("""
police personnel staff people media clergy press public military army's intelligence security
leadership opposition news aircraft series headquarters infantry artillery cavalry gendarmerie
militia's youth's chinese japanese vietnamese lebanese sudanese swiss
""".split())
IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people",
             "thief": "thieves", "chief": "chiefs", "wife": "wives", "staff": "staff",
             "fish": "fish", "sheep": "sheep", "foot": "feet", "criterion": "criteria"}
NOT_MAN = frozenset(["german", "human", "roman", "shaman", "ottoman", "talisman", "caiman",
                     "oman", "walkman", "pullman"])
FUNCTION_WORDS = frozenset(["of", "to", "for", "in", "the", "and", "at", "on", "from", "with",
                            "by", "a", "an"])


def plurals(pattern: str) -> list[str]:
    head, _, last = pattern.rpartition(" ")
    prefix = head + " " if head else ""
    if not last.isalpha() or last in FUNCTION_WORDS or last in INVARIANT:
        return []
    if last in IRREGULAR:
        return [prefix + IRREGULAR[last]] if IRREGULAR[last] != last else []
    if last.endswith("man") and last not in NOT_MAN:
        return [prefix + last[:-3] + "men"]
    if last.endswith("person"):
        return [prefix + last + "s", prefix + last[:-6] + "people"]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return [prefix + last[:-1] + "ies"]
    if last.endswith(("ss", "sh", "ch", "x", "z", "us")):
        return [prefix + last + "es"]
    if last.endswith("s"):
        return []  # already plural ("forces", "affairs") or invariant
    return [prefix + last + "s"]


# ---------------------------------------------------------------------------------------------
# Whole-set passes


def merge_duplicates(rows: list[Row], log: Log) -> list[Row]:
    """Exact duplicates (same kind, patterns and roles) become one row."""
    kept: dict[tuple[Any, ...], Row] = {}
    out: list[Row] = []
    for row in rows:
        key = (row.kind, tuple(sorted(row.patterns)), tuple(row.roles))
        if key in kept:
            log.add("duplicate-merged", row.source, f"same kind, patterns and roles as "
                    f"{kept[key].source} ({row.patterns[0]!r})")
            continue
        kept[key] = row
        out.append(row)
    return out


def code_rank(code: str) -> int:
    return len(code)


def resolve_conflicts(rows: list[Row], log: Log) -> list[Row]:
    """The same pattern in two rows of one kind, valid at the same time with different codes."""
    index: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        for pattern in row.patterns:
            index[(row.kind, pattern)].append(row)
    removed: dict[int, set[str]] = defaultdict(set)
    for (kind, pattern), group in index.items():
        if len(group) < 2:
            continue
        clashes = [
            (a, b) for i, a in enumerate(group) for b in group[i + 1:]
            if any(overlaps(x, y) and x.code != y.code for x in a.roles for y in b.roles)
        ]
        if not clashes:
            continue
        involved = list({id(r): r for pair in clashes for r in pair}.values())
        owners = [r for r in involved if r.primary == pattern]
        winner: Row | None = None
        reason = ""
        if len(owners) == 1:
            winner, reason = owners[0], "it is that row's primary name"
        else:
            codes = {r.roles[0].code for r in involved if len(r.roles) == 1}
            single = all(len(r.roles) == 1 for r in involved)
            longest = max(codes, key=code_rank) if codes else ""
            if single and codes and all(longest.startswith(c) for c in codes) and len(
                [r for r in involved if r.roles[0].code == longest]
            ) == 1:
                winner = next(r for r in involved if r.roles[0].code == longest)
                reason = "its code is the more specific"
        sources = ", ".join(f"{r.source} {'/'.join(x.code for x in r.roles)}" for r in involved)
        if winner is None:
            log.add("conflict-kept", involved[0].source,
                    f"{kind} pattern {pattern!r} in {len(involved)} rows: {sources}",
                    pattern=pattern, kind=kind)
            continue
        for row in involved:
            if row is not winner:
                removed[id(row)].add(pattern)
        log.add("conflict-resolved", winner.source,
                f"{kind} pattern {pattern!r} kept in {winner.source} ({reason}); removed from "
                "the others; rows: " + sources, pattern=pattern, kind=kind)
    out: list[Row] = []
    for row in rows:
        gone = removed.get(id(row))
        if gone:
            row.patterns = [p for p in row.patterns if p not in gone]
            if not row.patterns:
                log.add("row-dropped", row.source,
                        f"every pattern of {row.name!r} went to a better row")
                continue
        out.append(row)
    return out


def mark_ambiguous(rows: list[Row], log: Log) -> None:
    for row in rows:
        keep: list[str] = []
        for pattern in row.patterns:
            # Agents are ordinary words by nature; only their one- or two-letter forms are held.
            if len(pattern) <= 2 or (row.kind != "agent" and pattern in COMMON_WORDS):
                row.ambiguous.append(pattern)
            else:
                keep.append(pattern)
        if row.ambiguous:
            log.add("ambiguous", row.source, f"{row.kind} {row.name!r}: "
                    + ", ".join(row.ambiguous), patterns=list(row.ambiguous))
        row.patterns = keep


def assign_ids(rows: list[Row], log: Log) -> None:
    taken: set[str] = set()
    for row in rows:
        base = f"phx:{row.kind}:{row.slug}"
        candidate = base
        if candidate in taken:
            candidate = f"{base}~{digest8(row.id_text)}"
        if candidate in taken:
            candidate = f"{base}~{digest8(row.id_text + chr(10) + row.source)}"
        taken.add(candidate)
        row.id = candidate


# ---------------------------------------------------------------------------------------------
# Output


@dataclass(frozen=True, slots=True)
class ConversionResult:
    files: dict[str, int]
    cutoffs: dict[str, date]
    counts: dict[str, int]


def row_json(row: Row) -> str:
    data: dict[str, Any] = {
        "id": row.id,
        "kind": row.kind,
        "name": row.name,
        "patterns": row.patterns,
        "roles": [r.json() for r in row.roles],
        "source": row.source,
    }
    if row.ambiguous:
        data["ambiguous"] = row.ambiguous
    if row.added:
        data["added"] = row.added
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def convert(
    source: Path = DEFAULT_SOURCE,
    out: Path = DEFAULT_OUT,
    report: Path = DEFAULT_REPORT,
    decisions: Path = DEFAULT_DECISIONS,
) -> ConversionResult:
    log = Log()
    builder = Builder(source, Countries(), log)
    for name in ACTOR_FILES:
        builder.actor_file(name)
    builder.added_demonyms()
    builder.added_seats()
    builder.added_paternal_names()
    builder.agent_file()
    rows = merge_duplicates(builder.rows, log)
    rows = resolve_conflicts(rows, log)
    mark_ambiguous(rows, log)
    for row in rows:
        if not row.patterns:
            # Kept: the resolver may still use an ambiguous name when the context settles it.
            log.add("ambiguous-only", row.source, f"{row.name!r}: every pattern is ambiguous")
    assign_ids(rows, log)

    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, int] = {}
    manifest_files = []
    for filename, kinds in OUTPUT_FILES.items():
        selected = [r for r in rows if r.kind in kinds]
        selected.sort(key=lambda r: (kinds.index(r.kind), r.id))
        text = "".join(row_json(r) + "\n" for r in selected)
        (out / filename).write_text(text, encoding="utf-8", newline="\n")
        files[filename] = len(selected)
        manifest_files.append({
            "path": filename,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "rows": len(selected),
            "source": {
                "repo": SOURCE_REPO,
                "commit": SOURCE_COMMIT,
                "path": ", ".join(f"{SOURCE_PATH}/{s}" for s in OUTPUT_SOURCES[filename]),
            },
            "license": "MIT",
        })
    # eventcoder's own curated files sit beside the converted ones and load after them; they are
    # listed here so one manifest pins every shipped row.
    for filename, what in CURATED_FILES.items():
        path = out / filename
        if not path.exists():
            continue
        raw = path.read_bytes()
        manifest_files.append({
            "path": filename,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "rows": sum(1 for line in raw.decode("utf-8").splitlines() if line.strip()),
            "source": {"repo": "eventcoder", "path": f"src/eventcoder/data/actors/{filename}",
                       "what": what},
            "license": "MIT",
        })
    manifest = {
        "name": RESOURCE_NAME,
        "version": RESOURCE_VERSION,
        "files": manifest_files,
        "schema": "one JSON object a line: id, kind, name, patterns, roles, source "
                  "[, ambiguous][, added]",
        "generator": "tools/convert_phoenix.py",
        "curation_cutoffs": {k: v.isoformat() for k, v in sorted(builder.cutoffs.items())},
        "pycountry": builder.countries.version,
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n"
    )
    licence = (source / "LICENSE").read_text(encoding="utf-8").strip()
    (out / "NOTICE").write_text(
        "The actor resources in this folder are converted from the Phoenix dictionaries of\n"
        f"PETRARCH2: {SOURCE_REPO} at commit {SOURCE_COMMIT},\n"
        f"path {SOURCE_PATH}/ ({', '.join((*ACTOR_FILES, AGENTS))}),\n"
        "by tools/convert_phoenix.py; see tools/phoenix_conversion_report.md for every change.\n"
        "Patterns and rows listed under \"added\" are eventcoder's own.\n\n"
        f"{licence}\n",
        encoding="utf-8", newline="\n",
    )
    decisions.write_text(
        "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in log.rows),
        encoding="utf-8", newline="\n",
    )
    report.write_text(render_report(rows, files, builder, log), encoding="utf-8", newline="\n")
    return ConversionResult(files, dict(builder.cutoffs), dict(log.counts))


SMALL_ACTIONS = ("entry-dropped", "entries-folded", "entries-merged", "blocker", "pattern-dropped",
                 "role-dropped", "row-dropped", "defaults-kept", "line-skipped", "synonym-split",
                 "agent-prefix", "capital-added", "ambiguous-only", "conflict-resolved",
                 "demonym-skipped")


def render_report(rows: Sequence[Row], files: dict[str, int], builder: Builder,
                  log: Log) -> str:
    kinds = Counter(r.kind for r in rows)
    patterns = sum(len(r.patterns) for r in rows)
    closed = [r for r in log.rows if r["action"] == "role-closed"]
    closed_by_file = Counter(r["source"].split(":")[0] for r in closed)
    lines = [
        "# Phoenix actor dictionaries: conversion report",
        "",
        "Generated by `python tools/convert_phoenix.py` (rerunning it rewrites this file and the",
        "data byte-identically). Source: "
        f"`{SOURCE_REPO}` at `{SOURCE_COMMIT}`, `{SOURCE_PATH}/`, MIT.",
        f"Every decision, one JSON object a line: `tools/{DEFAULT_DECISIONS.name}` "
        f"({len(log.rows)} rows).",
        "",
        "## Counts",
        "",
        "| file | rows |",
        "|---|---|",
        *[f"| `{name}` | {count} |" for name, count in files.items()],
        "",
        "| kind | rows |",
        "|---|---|",
        *[f"| {kind} | {kinds[kind]} |" for kinds_ in OUTPUT_FILES.values() for kind in kinds_],
        "",
        f"Patterns: {patterns}; ambiguous patterns held apart: "
        f"{sum(len(r.ambiguous) for r in rows)}; added patterns: "
        f"{sum(len(r.added) for r in rows)}.",
        "",
        "| decision | count |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(log.counts.items())],
        "",
        "## Curation cutoffs and closed terms",
        "",
        "A person's open-ended role (`>date`, or a default code with no later end) is closed",
        "at the curation cutoff of its file: the latest date its curators wrote in a role range,",
        "a `Generated at` header or a dated note. `until` is exclusive, so a closed role ends the",
        "day after the cutoff and holds through the cutoff day. Organisations are not closed.",
        "",
        "| file | cutoff | person roles closed |",
        "|---|---|---|",
        *[f"| `{name}` | {day} | {closed_by_file.get(name, 0)} |"
          for name, day in sorted(builder.cutoffs.items())],
        "",
        "## Legacy and non-ISO codes",
        "",
        "Uses count codes in converted rows; codes on country entries (USRARM, FRYKSV...) are",
        "not carried (see `country-roles` in the decisions file), so some mappings show 0.",
        "",
        "| code | becomes | why | uses |",
        "|---|---|---|---|",
        *[f"| {old} | {new or '(prefix dropped)'} | {why} | "
          f"{log.counts.get(legacy_key(old, new), 0)} |"
          for old, (new, why) in LEGACY_PREFIXES.items()],
        *[f"| {old} | {new} | {why} | {log.counts.get('code-fixed', 0)} |"
          for old, (new, why) in CODE_FIXES.items()],
        "",
        "Historic states keep their ISO 3166-3 codes as country rows: "
        + ", ".join(f"{c} ({n})" for c, n in HISTORIC_NAMES.items()) + ". "
        "CAMEO region and grouping codes (" + ", ".join(sorted(CAMEO_REGIONS)) + ") stay as "
        "code prefixes of organisations (e.g. WEUREB, IGOAFRAFU); no Phoenix entry is a region "
        "itself, so there are no region rows. Kinakuta (KNT, fictional) is dropped.",
        "",
        "## Source repairs",
        "",
        *[f"- `{r['source']}`: {r['detail']}" for r in log.rows if r["action"] == "source-fix"],
        *[f"- `{r['source']}`: {r['detail']}" for r in log.rows if r["action"] == "code-fixed"],
        "",
        "## How rows were made",
        "",
        "- **Countries**: an entry of the Countries file whose bare code is an ISO 3166 code",
        "  (or XKX, or a historic state) is a country entry. Its phrases are split: the capital",
        "  (hand table) into a `capital` row coded `<ISO3>GOV`; seats of power into `seat` rows",
        "  coded `<ISO3>GOV`; names and demonyms (everything before the capital in the source's",
        "  CountryInfo order, plus anything sharing a 4-letter word stem with a country name)",
        "  stay in the `country` row; the other synonyms (cities, provinces, rivers) become one",
        "  `place` row each, coded with the country. Country rows code the name at any date:",
        "  pre-independence or occupation codes on country entries (USRARM, IRQOCC...) are",
        "  listed as `country-roles` decisions and not carried.",
        "- **People / organisations**: CountryInfo entries are people; other entries are",
        "  organisations when their primary name has an organisation word or an office title",
        "  (offices such as US_SECRETARY_OF_STATE are organisation rows, never closed), when",
        "  they are multinationals, or when they have one word; otherwise people when the",
        "  evidence says so (IGOrulers note, ELI code, dated roles, a MilNonState note such as",
        "  'leader' or 'alias', a title such as Sheikh or Abu); a few are set by hand",
        "  (`KIND_OVERRIDES`). Undated officials in the International file's NGO lists stay",
        "  organisations (open-ended): the safer error.",
        "- **Defaults**: a code without dates applies where no dated role does; it becomes",
        "  roles over those gaps, so a row's roles never need a priority rule.",
        "- **Agents**: `~` removed from codes; `!MACRO!`s expanded; `{}` means no plural,",
        "  `{X}` the listed plural, otherwise the English plural of the last word is added.",
        "- **Duplicates**: rows with the same kind, patterns and roles are merged. The same",
        "  pattern in two rows of one kind, valid at the same time with different codes, is",
        "  resolved for the row whose primary name it is, or for the more specific code when",
        "  the codes nest (USAGOV vs USAGOVLEG); otherwise both rows keep it and it is listed",
        "  below.",
        "- **Ambiguous**: one- or two-letter patterns and single words that are ordinary",
        "  English words (`COMMON_WORDS` in the converter: chad, turkey, jordan, georgia,",
        "  polish, male, phoenix...) are listed under `ambiguous`, not `patterns`; a row whose",
        "  every name is ambiguous keeps them all there (`ambiguous-only`). Agents only lose",
        "  one- or two-letter forms.",
        "- **Demonyms**: every current country row gets its English adjective and demonyms",
        "  (`DEMONYMS` in the converter: swedish, swede, swedes...) where Phoenix lacks them,",
        "  listed under `added`. Forms that are ordinary words (`DEMONYM_COMMON_WORDS`) or that",
        "  name two countries (`SHARED_DEMONYMS`) are settled by hand: a shared form one",
        "  country already has as a pattern (congolese, dominican) stays that country's, and",
        "  korean/koreans are South Korea's (the North is named as such in news text).",
        "",
        "## Added by eventcoder",
        "",
        *[f"- {r.kind} `{r.id}`: {', '.join(r.added)}" for r in rows if r.added],
        "",
        "## Other decisions (every one, for the kinds with few)",
        "",
        *[f"- {r['action']} `{r['source']}`: {r['detail']}" for r in log.rows
          if r["action"] in SMALL_ACTIONS],
        "",
        "## Conflicts kept (first 200; all in the decisions file)",
        "",
        *[f"- {r['detail']}" for r in log.rows if r["action"] == "conflict-kept"][:200],
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Convert the Phoenix actor dictionaries into eventcoder's actor resources.",
        epilog="example: python tools/convert_phoenix.py --source ../shared/dictionaries/phoenix",
    )
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="folder with the Phoenix *.txt files and LICENSE")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output data folder")
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument("--decisions", type=Path, default=DEFAULT_DECISIONS)
    args = parser.parse_args(argv)
    result = convert(args.source, args.out, args.report, args.decisions)
    for name, count in result.files.items():
        print(f"{name}: {count} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
