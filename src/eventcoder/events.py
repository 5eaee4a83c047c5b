"""The event coder: who did what to whom, read off the dependency parse, coded in CAMEO and PLOVER.

For each sentence the coder finds event expressions (a verb, or an event noun governed by a light
verb: "held talks with", "imposed sanctions on"), picks each one's code from the curated trigger
rows (:mod:`eventcoder.triggers`) or, failing those, the converted PETRARCH2 verb patterns
(:mod:`eventcoder.verbs`), and finds its source and target among the actor mentions the actor
stage resolved: subjects, passive agents, objects, prepositional targets, possessors, relative
clauses, controlled complements and coordinated actors, one event per source-target pair.

Three families of verbs take an event as their complement, and the complement decides the code:
appeals (02), intents (03), demands (10), rejections (12) and threats (13) share the CAMEO
sub-code scheme "...1 material cooperation, ...5 yield, ...6 meet", so "urged Israel to
withdraw" is 025 and "refused to meet" is 125. A complement in the future ("said it would
attack") is coded as the intent or threat it is, not as the attack; negated events are kept with
``negated`` set, and hypotheticals ("could", "if") and plans are not coded.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any

from .actors import (
    COMMANDING_VERBS,
    ENVOYS,
    MOVING_VERBS,
    ORG_PREFIXES,
    PREMISES,
    REGIONS,
    SETTLEMENTS,
    STATE_SECTORS,
    ActorMention,
    moving_verb,
)
from .nlp import ORDERING_VERBS, past_above, sentences_of, text_of, tokens_of
from .triggers import DEFAULT_GOVERNORS, Trigger, TriggerLexicon
from .verbs import VerbPattern, VerbPatterns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .cameo import CameoTable

__all__ = ["SPORTS_STORY", "Event", "EventCoder", "event_date", "nested_codes",
           "parties_agree", "reidentify"]

# Doc.user_data key: whether the story coded is one of sport (set on a body by
# EventCoder.code; set on its headline before coding it, the headline is read as one too).
SPORTS_STORY = "eventcoder_sports_story"

_SUBJECTS = ("nsubj", "csubj")
_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
_OBJECTS = ("dobj", "obj")
_COMPLEMENTS = ("xcomp", "ccomp")
_NP_MODIFIERS = ("compound", "amod", "nmod", "poss", "appos", "npadvmod")
_OWNER_PREPS = frozenset({"of", "from", "including"})  # "critics, including the EU,"
# Objects that name their real object with "of": "allowed the return of the inspectors".
_OF_HEADS = frozenset({"return", "entry", "deployment", "arrival", "presence", "resumption",
                       "visit", "dispatch", "transfer", "delivery", "handover", "release",
                       "disbursal", "disbursement"})
_WEAPONS = frozenset({"missile", "rocket", "shell", "bomb", "drone", "mortar", "artillery",
                      "shot", "bullet", "grenade", "projectile", "strike", "airstrike"})
_SHELTERS = frozenset({"camp", "shelter", "school", "home", "centre", "center", "hospital",
                       "clinic", "settlement", "village", "orphanage", "dormitory"})
_HYPOTHETICAL = frozenset({"could", "might", "may", "should", "must", "ought"})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
# Ships and aircraft held: property seized (1711), not people arrested.
_CRAFT = frozenset({"tanker", "ship", "vessel", "boat", "freighter", "trawler", "yacht",
                    "aircraft", "plane", "jet", "cargo", "shipment"})
# Words for states as a whole: "the two countries" are the states, not an agency of one.
_STATE_WORDS = frozenset({"country", "nation", "state", "neighbour", "neighbor"})
# Verbs asking for an act named by a noun: "demanded a Russian withdrawal".
_ASKING = frozenset({"call", "urge", "demand", "insist", "seek", "press", "push", "ask", "want",
                     "request"})
# Drills, and the verbs that hold them: with no partner, a show of force (150).
_DRILLS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "wargame", "hold", "conduct",
                     "stage", "launch"})
# Where a meeting is held, not whom it is held with: "met on the sidelines of the summit".
_VENUES = frozenset({"sideline", "sidelines", "margin", "margins", "summit", "conference",
                     "forum", "session", "gathering", "auspices", "mediation", "assembly",
                     "ceremony", "funeral", "inauguration", "meeting",
                     # and a border is where, not whom: "captured Maungdaw on the Bangladesh
                     # border", "shelled villages near the Pakistani border"
                     "border", "frontier", "boundary"})
# Codes in a country's place that are no state: international, non-governmental, militant
# and multinational bodies.
_NON_STATES = ("IGO", "NGO", "IMG", "MNC")
# Verbs of receiving what another gives: "secured a bailout from the IMF".
_RECEIVING = frozenset({"receive", "secure", "obtain", "get", "accept", "win"})
# What a protest is held to do against someone: "rallied in Sanaa to denounce Israel".
_PROTESTED = frozenset({"protest", "denounce", "condemn", "oppose", "decry", "reject", "demand",
                        "challenge", "contest", "criticise", "criticize", "slam", "blast",
                        "resist", "boycott", "defy"})
# What a protest demands or denounces for someone, or about a text, not against them: "to
# demand Imamoglu's release", "to denounce the arrest of the mayor", "to protest against the
# EU-Mercosur trade deal".
_FOR_THEM = frozenset({"release", "arrest", "detention", "jailing", "imprisonment", "freedom",
                       "freeing", "return", "reinstatement", "acquittal", "pardon", "rescue",
                       "killing", "death", "murder", "conviction", "sentence", "sentencing",
                       "deal", "agreement", "accord", "treaty", "pact", "plan", "law", "bill",
                       "reform", "budget", "decree"})
# Verbs of force aimed "at" someone: "agreed to stop firing at Israel".
_FIRING_AT = frozenset({"fire", "shoot", "aim", "lob", "launch", "strike", "attack"})
# Acts only a court does: "was sentenced", "was convicted".
_COURTS_ONLY = frozenset({"sentence", "convict", "acquit"})
# Acts of the law that punish a cause told with its year ("sentenced X over the crackdown
# last year"), and the units of time that are no cause ("for weeks last year").
_PUNISHING = frozenset({"sentence", "convict", "jail", "charge", "indict", "arrest", "detain",
                        "imprison", "try", "prosecute", "fine", "hang", "execute"})
_TIME_UNITS = frozenset({"week", "day", "month", "year", "hour", "decade", "time", "minute",
                         "while", "period"})
# Verbs of leaving a country one is ordered out of ("was ordered to leave Moldova").
_LEAVING = frozenset({"leave", "depart", "quit", "exit"})
# Nouns of pulling out: "the withdrawal of Russian troops" asks the troops to act.
_PULLING_OUT = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "departure",
                          "exit", "drawdown", "redeployment"})
# Words that make a warning a threat: "any attack would be an act of war", "would pay a price".
# ("no longer tolerate", "would be held accountable")
_MENACING = frozenset({"retaliate", "respond", "punish", "tolerate", "accountable",
                       "iron"})  # ("would be dealt with an iron hand")
_MENACES = frozenset({"war", "retaliation", "response", "consequence", "force", "reprisal",
                      "punishment", "price", "revenge", "target", "crackdown",
                      "prosecution", "charge", "arrest", "action"}) | _MENACING
# Nouns of a truce between two sides.
_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# Bodies that carry captives from one side to the other: no party to the release.
_GO_BETWEENS = ("NGOHLHIRC", "IGOUNO")
# Sites of a state's armed forces: an attack on one, named by no owner, is on its army.
_MILITARY_SITES = frozenset({"base", "camp", "barracks", "garrison", "outpost", "position",
                             "airbase", "fort"})
# Verbs of a call or a meeting, whose "and discussed ..." tells what it was about.
_MEETING_VERBS = frozenset({"meet", "speak", "talk", "call", "phone", "telephone", "host",
                            "receive", "visit", "hold"})
# Verbs of holding, running or owning a thing: "positions held by the mutineers", "the mine
# operated by Orano".
_HOLDING_BY = frozenset({"hold", "operate", "own", "run", "control", "occupy", "man", "manage",
                         "use", "build", "lease"})
# What tells of an act, not an act: "condemned reports of mass killings by the RSF".
_REPORTS_OF = frozenset({"report", "allegation", "account", "claim", "evidence", "news",
                         "video", "footage", "image", "picture", "story", "testimony"})
# What a source asks not to be ("not to be named"): see _unnamed_wish.
_UNNAMING = frozenset({"name", "identify", "quote", "disclose", "cite"})
# Prepositions of a go-between: "released the hostages through the Red Cross".
_INTERMEDIARY = frozenset({"through", "via"})
# Acts whose "of" phrase names their doer: "the deployment of U.S. warships".
_DEPLOYING = frozenset({"deployment", "presence", "buildup", "build-up", "arrival", "dispatch",
                        "stationing", "incursion", "intervention", "advance", "involvement",
                        "redeployment", "mobilisation", "mobilization"}) | _PULLING_OUT
# What strikes from the air: its strikes are aerial weapons (195).
_AIR_WEAPONS = frozenset({"drone", "warplane", "jet", "aircraft", "airplane", "plane",
                          "helicopter", "bomber", "missile", "uav", "gunship", "airstrike"})
# Modals by which a warning tells of what may yet be done ("warned that it would respond").
_THREAT_MODALS = _FUTURE | {"could", "might", "may", "can", "ca", "must"}
# Verbs whose complement has not happened: the complement is not coded as an occurrence.
_UNREALISED = frozenset({
    "plan", "intend", "want", "hope", "seek", "aim", "consider", "prepare", "expect", "wish",
    "try", "attempt", "propose", "mull", "weigh", "contemplate", "need", "fail", "decline",
    "refuse", "threaten", "vow", "pledge", "promise", "agree", "offer", "urge", "demand", "ask",
    "call", "appeal", "press", "push", "reject", "deny", "warn", "fear", "allow", "forbid",
    "require", "plot", "conspire", "scheme", "unable",
    # a stance on an act, or talk of it, is no act: "opposes imposing new tariffs", "backs
    # deploying peacekeepers", "discussed sending troops"
    "oppose", "support", "back", "favor", "favour", "advocate", "endorse", "discuss", "debate",
    "recommend",
})
# Verbs of telling someone to act: "ordered police to shoot protesters" is no shooting yet.
# Who orders what is then done by order: "a court ordered him to be jailed".
_BENCH = frozenset({"court", "judge", "tribunal", "magistrate", "prosecutor", "bench"})
_INSTRUCTING = frozenset({"order", "tell", "instruct", "direct", "command", "authorize",
                          "authorise"})
# Verbs that name a thing: what they call it is no event ("called the raid an attack").
_NAMING = frozenset({"call", "describe", "label", "brand", "term", "dub", "deem", "consider",
                     "characterize", "characterise", "regard", "view", "see", "denounce",
                     "condemn", "decry", "slam", "criticize", "criticise", "portray",
                     "designate"})
# Verbs by which goods come from or go to a country ("vehicles made in China").
_TRADE_VERBS = frozenset({"make", "produce", "manufacture", "import", "export", "sell", "ship",
                          "source", "build", "assemble", "grow", "originate", "come"})
# Objects and particles that make a verb an idiom, not its row's act: "met little
# resistance", "pressed on with the offensive", "kept up the pressure".
_IDIOMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "meet": (frozenset({"resistance", "opposition", "criticism", "fate", "death", "end",
                        "deadline", "target", "goal", "expectation", "requirement", "standard",
                        "need", "challenge", "obligation", "threshold", "criterion"}),
             frozenset()),
    # ("pressed an offensive", "pressed its advance": pushed on with, no appeal)
    "press": (frozenset({"offensive", "attack", "advance", "assault", "campaign", "push",
                         "operation"}), frozenset({"on", "ahead", "forward"})),
    # ("the EU was shooting itself in the foot": harm to oneself, no blow at another)
    "shoot": (frozenset({"itself", "himself", "herself", "themselves", "ourselves",
                         "yourself", "yourselves", "oneself"}), frozenset()),
}
# Verbs that answer a charge, and the charges they answer ("a charge Delhi rejected").
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rebuff"})
_CHARGES = frozenset({"charge", "claim", "accusation", "allegation", "report", "assertion",
                      "finding", "conclusion", "determination", "assessment"})
# Verbs of when a thing starts or ends: "a truce starting on Sunday" is no day of the act
# that agrees it.
_SPANS_OF_TIME = frozenset({"start", "begin", "expire", "end", "last", "run"})
# Words of peacekeeping forces: "peacekeepers", "the peacekeeping mission", its names.
_PEACEKEEPING = frozenset({"peacekeeper", "peacekeeping", "minusma", "monusco", "unifil",
                           "unmiss", "minusca", "unamid", "unmil", "amisom", "atmis"})
# Nouns that sum up the act before them: "..., a move condemned by the EU".
_MOVES = frozenset({"move", "decision", "step", "action", "measure", "act", "policy",
                    "announcement", "ruling", "order", "plan", "deal", "strike", "attack", "visit",
                    "trip", "meeting", "verdict", "sentence", "judgment", "judgement",
                    "conviction", "election", "vote", "poll", "referendum", "launch", "test",
                    "raid", "crackdown", "incursion", "law", "bill", "offensive", "operation",
                    "expulsion", "arrest", "detention", "execution", "ban", "deployment",
                    "annexation", "exercise", "drill", "blockade", "seizure", "takeover",
                    "withdrawal", "suspension", "closure"})
# What a go-between brings about: "talks mediated by Qatar", "a ceasefire brokered by the US".
_BROKERED = frozenset({"talk", "ceasefire", "truce", "agreement", "accord", "pact", "deal",
                       "negotiation", "swap", "exchange", "settlement", "dialogue", "round"})
_BROKERING = frozenset({"mediate", "broker", "facilitate", "host"})
# Objects whose modifiers name what they bear on, not what they are: "extend the arms
# embargo" supplies no arms, "cut oil production" cuts no oil supply.
_THING_HEADS = frozenset({"embargo", "production", "output", "price", "race", "control",
                          "inspector", "inspection", "treaty", "talk", "negotiation", "ban",
                          "quota", "cap", "tax", "sanction", "tariff", "smuggling", "trafficking",
                          # (and people named by their work: "released two aid workers" frees
                          # people, gives no aid; but "diplomatic staff" are diplomats)
                          "worker", "volunteer"})
# What one fights without force: "vowed to fight the charges", "fight corruption".
_CONTESTED = frozenset({"impeachment", "charge", "case", "ruling", "verdict", "decision", "law",
                        "bill", "ban", "result", "order", "conviction", "sentence", "indictment",
                        "lawsuit", "corruption", "allegation", "accusation", "extradition",
                        "deportation", "dismissal", "removal", "election", "tariff", "policy",
                        # ills a state or a people fights ("vowed to fight insecurity")
                        "insecurity", "poverty", "hunger", "inflation", "unemployment",
                        "disease", "malaria", "cholera", "crime", "graft", "fraud", "impunity",
                        "mining", "smuggling", "misinformation", "disinformation", "climate",
                        "drought", "famine", "pandemic", "epidemic", "outbreak", "virus",
                        "wildfire", "blaze", "flood", "discrimination", "racism", "injustice",
                        "inequality", "terrorism", "extremism", "radicalisation",
                        "radicalization", "illiteracy", "cancer", "desertification",
                        "trafficking", "piracy", "poaching", "extortion", "kidnapping",
                        "laundering", "evasion", "narcotrafficking"})
# What one fights for or to do by other means: "fighting for survival", "to stay afloat".
_STRIVEN_FOR = frozenset({"survival", "life", "share", "reform", "right", "justice", "job",
                          "future", "equality", "recognition", "compensation", "pay", "wage",
                          "custody", "place", "seat", "title", "votes", "vote", "funding"})
# (not "to secure the airport", "to save Bakhmut", "to keep control": by arms)
_STRIVING_TO = frozenset({"survive", "stay", "remain", "clear"})
# Verbs of declining to do: "refused to rule out force".
_REFUSING = frozenset({"refuse", "decline"})
# What is not ruled out as a threat of force: "did not rule out military action".
_FORCE_OPTIONS = frozenset({"force", "action", "strike", "attack", "intervention", "invasion",
                            "operation", "option", "retaliation", "retaliate"})
# Verbs of doing a wrong: what one is accused "of committing" is what one is accused of.
_PERPETRATING = frozenset({"commit", "perpetrate", "carry"})
# Verbs of accusing whose "of" phrase the parser may hang on the accused.
_ACCUSING = frozenset({"accuse", "charge", "suspect", "convict", "indict"})
# Verbs whose complement may so hang "of" doing it on the one charged or warned.
_CHARGING = _ACCUSING | {"blame", "warn"}
# Things named for the place they were made at: "the Paris agreement", "the Minsk talks".
_PLACE_NAMED = frozenset({"agreement", "accord", "accords", "deal", "talk", "summit",
                          "conference", "meeting", "proposal", "plan", "process", "treaty",
                          "protocol", "format", "declaration", "initiative", "negotiation",
                          "framework", "memorandum", "communique", "convention", "statement",
                          "pact", "charter", "consensus", "dialogue", "forum", "round"})
# Verbs by which a state directs its own forces (no demand on another actor).
_COMMANDS = COMMANDING_VERBS | {"tell"}
# Acts of speech a speaker goes on to make after saying something ("said ... and urged").
# Verbs of labelling what was told: "calling it a provocation", "describing it as".
_LABELLING = frozenset({"call", "describe", "label", "brand", "term", "accuse", "condemn",
                        "denounce", "blame"})
_SPEECH_ACTS = frozenset({"urge", "call", "vow", "pledge", "demand", "warn", "promise",
                          "appeal", "ask", "insist", "threaten", "accuse", "condemn", "welcome",
                          "praise", "reject", "deny", "criticise", "criticize", "announce",
                          "press", "invite", "offer", "propose", "express", "lodge", "file",
                          "complain", "summon"})
# Verbs of dying: who dies in an attack is its target ("died in a drone strike").
_DYING = frozenset({"die", "perish"})
# Sectors that bear arms: their storming of a building is an attack, not a riot.
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "INS", "CRM", "SPY"})
# Sectors of the armed groups that claim attacks: "Al-Shabaab said it carried out the attack".
_ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "INS", "SEP"})
# Verbs of going on with an act: what is vowed or asked is the act ("keep firing").
_ASPECTUAL = frozenset({"keep", "continue", "start", "begin", "carry"})
# ... and of trying, read through for what is tried: "accused Russia of trying to interfere".
_READ_THROUGH = _ASPECTUAL | {"try", "attempt", "seek", "collude", "conspire"}
# Verbs of leaving off an act: "stopped firing missiles" fires none.
_STOPPING = frozenset({"stop", "cease", "halt", "quit", "end", "suspend", "pause", "abandon",
                       "discontinue"})
# Verbs whose PETRARCH2 patterns code politics' ordinary words as acts: "won 283 votes in
# parliament" is no cooperation.
_NO_FALLBACK = frozenset({"win", "lose",
                          # staying committed is no praise (051); naming, appointing or
                          # electing a minister is no material cooperation (060)
                          "remain", "endure", "appoint", "name", "nominate", "elect",
                          # what an act prompts ("prompting concern in New Delhi", "sparked
                          # a crisis") is others' reaction, not the doer's statement
                          "prompt", "spark", "trigger",
                          # a body debating a bill argues within itself; no one is opposed
                          "debate",
                          # refugees fleeing to Chad grant no asylum (PETRARCH2's pattern
                          # swaps its parties, which a fallback cannot)
                          "flee",
                          # a defendant appearing in court is not arrested; a victory that
                          # "dealt a blow" to someone declines no comment
                          "appear", "deal",
                          # a crash is no attack; remains identified take no hostage
                          "crash", "identify",
                          # struggling to hold back an advance is no attack; rebels sweeping
                          # into a city investigate nothing (rows of their own say what is);
                          # a government grappling or wrestling with a drought fights no one
                          "struggle", "sweep", "grapple", "wrestle",
                          # escaping an attack (or a prison) yields nothing
                          "escape"})
# Pattern words that are only prepositions or particles: such a PETRARCH2 pattern needs them
# on the verb itself.
# What a verb and particle reach in an idiom, not a party: "came to power", "came to an end".
_IDIOM_ENDS = frozenset({"power", "office", "aid", "assistance", "rescue", "end", "term",
                         "terms", "blow", "light", "agreement", "conclusion", "halt",
                         "standstill", "head", "life", "grip", "fore", "defence", "defense"})
_PARTICLES = frozenset({"on", "in", "at", "to", "for", "with", "into", "against", "from", "by",
                        "over", "up", "down", "off", "out", "about", "through", "across",
                        "under", "back", "away", "onto", "upon", "toward", "towards", "of"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
# Adjectives that make their complement an intent: "is willing to send troops".
# Predicate adjectives of an actor's outlook: pessimistic (012) and optimistic (013) comments.
_ATTITUDES = {"skeptical": "012", "sceptical": "012", "pessimistic": "012", "doubtful": "012",
              "wary": "012", "optimistic": "013", "confident": "013", "hopeful": "013",
              # ("the ICRC said it was deeply concerned", "Guterres is appalled by the
              # killing of aid workers")
              "concerned": "012", "worried": "012", "alarmed": "012", "troubled": "012",
              "dismayed": "012", "saddened": "012", "disturbed": "012",
              "appalled": "111", "outraged": "111", "horrified": "111", "shocked": "111",
              "disgusted": "111", "incensed": "111", "angered": "111", "indignant": "111",
              # ("Trump said he was disappointed in Putin")
              "disappointed": "111", "displeased": "111", "frustrated": "111",
              # ("said he was sorry for the strike")
              "sorry": "055", "apologetic": "055"}
# Feelings at a death that make a condolence, and the deaths: "saddened by the passing of".
# (not "appalled by the killing of aid workers": a condemnation)
_GRIEVING = frozenset({"saddened", "dismayed", "grieved", "heartbroken", "devastated"})
_DEATHS = frozenset({"death", "passing", "loss", "demise"})
_INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "committed", "determined",
                                "eager", "keen", "poised"})
# Verbs that commit their subject to the complement: "vowed to retaliate" is an intent.
_COMMITTING = frozenset({"plan", "intend", "prepare", "vow", "pledge", "promise", "agree",
                         "offer", "threaten", "warn", "decide", "resolve", "swear", "expect",
                         "want", "seek", "wish", "hope"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
_REPORTING = frozenset({
    "say", "tell", "state", "add", "claim", "report", "insist", "stress", "note", "write",
    "announce", "declare", "explain", "believe", "think", "allege", "suggest", "argue",
    "reiterate", "emphasise", "emphasize", "maintain", "repeat", "underline", "underscore",
    "confirm", "assert", "affirm",
})
# Verbs of guessing what another will do: "officials expect Beijing to stage drills".
_GUESSING = frozenset({"expect", "estimate", "assess", "predict", "fear", "suspect", "warn"})
_SAID_OR_GUESSED = _REPORTING | _GUESSING
# Verbs that make another act: the act happens as the making is told ("forced Moscow to
# withdraw" did; "will force Moscow to withdraw" is to come).
_CAUSING = frozenset({"force", "compel", "persuade", "convince", "pressure", "coerce",
                      "oblige", "induce"})
# Verbs of guessing and of belief: a guess or a belief is none of the actor's own word
# ("Analysts expect Russia to attack Kharkiv").
_GUESSES = _GUESSING | {"believe", "think"}
# Verbs of describing: PETRARCH2 files them with "announce", but "described the protests"
# is no protest.
_DESCRIBING = frozenset({
    "describe", "depict", "mention", "refer", "comment", "remark", "narrate", "detail", "cite",
    "clarify", "define", "elucidate", "explicate", "expound", "inform", "convey", "communicate",
    "articulate", "rationalize", "rationalise", "impart", "characterize", "characterise",
})
# "issued a reminder to Iraq that it must cooperate": nouns that report a demand.
_REPORTING_NOUNS = frozenset({"statement", "reminder", "warning", "message", "letter",
                              "declaration", "communique", "note", "resolution", "ruling"})
_NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART", "LAW",
                            "PRODUCT", "EVENT"})
_PERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "official", "leader",
    "ambassador", "envoy", "secretary", "chief", "commander", "general", "lawyer", "witness",
    "prime", "premier", "chancellor", "mayor", "governor", "senator", "diplomat", "king",
    "queen", "emir", "sheikh", "activist", "analyst", "negotiator", "mediator"})
_THIRD_PERSON = frozenset({"it", "its", "they", "their", "them"})
_PAIR_HEADS = frozenset({"side", "country", "government", "nation", "neighbour",
                         "neighbor", "capital", "party", "state", "leader", "president",
                         "minister", "delegation", "counterpart", "premier"})
# How many a numbered group of states holds: "the three European countries".
_GROUP_SIZES = {"three": 3, "four": 4, "five": 5, "six": 6}
_PRONOUNS = frozenset({"it", "they", "its", "their", "them", "we", "our", "us"})
# Third parties to a pair's dealings: "talks with Qatari and Egyptian mediators".
_THIRD_PARTY_ROLES = frozenset({"mediator", "broker", "guarantor", "facilitator",
                                "intermediary", "observer", "host", "sponsor"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# CAMEO's shared sub-code scheme for the families that take an event as complement: the root of
# the complement event names the last digit.
# (an appeal, intent or demand to reach an agreement is one to settle the dispute: 027, 107)
_FAMILY_SUFFIX = {"06": "1", "05": "2", "07": "3", "08": "5", "04": "6", "03": "7"}
_PLACE_TARGETED = frozenset({"14", "15", "17", "18", "19", "20"})
_PLACE_TARGETED_CODES = frozenset({"132", "133", "137", "138", "042", "074",
                                   "1033"})  # (asylum sought in a country)
# What an attack does to what it strikes, told after it ("..., hitting a port").
_STRIKING = frozenset({"hit", "strike", "damage", "destroy", "pound", "target"})
# Verbs of putting a question to a speaker: "asked about", "pressed on".
_QUESTIONED = frozenset({"ask", "press", "question", "quiz", "pressure", "challenge"})
# Verbs of hiring someone for a deed, and the schemes for one: the deed is not (yet) done
# ("recruited gangs to carry out attacks", "paid a teenager to set fire to a warehouse", "a
# plot to kill the president").
_COMMISSIONING = frozenset({"recruit", "hire", "pay", "train", "task", "enlist", "bribe",
                            "instruct", "groom", "commission"})
_SCHEMES = frozenset({"plot", "plan", "conspiracy", "scheme"})
# Texts that provide for an act to come: "a deal to return the hostages" has not returned them.
_PROVISIONS = frozenset({"deal", "agreement", "accord", "proposal", "bill", "law", "measure",
                         "resolution", "treaty", "pact", "framework"})
_EVADING = frozenset({"avoid", "escape", "evade", "dodge"})
# Verbs that make their object do the act of their infinitive: "forced troops to pull out".
_FORCING = frozenset({"force", "compel", "oblige", "drive", "prompt", "coerce", "pressure",
                      "pressurise", "pressurize"})
# Verbs whose gerund is an act put off or ended: "delayed signing", "stopped sending weapons".
_PUT_OFF = frozenset({"delay", "postpone", "defer", "stall", "stop", "halt", "suspend", "cease",
                      "quit", "refrain", "abstain", "pause"})
# Verbs whose object is not who does their purpose clause: "summoned the envoy to complain".
# (and what one uses: "used Syrian territory to launch attacks" is no attack by Syria)
_PURPOSE_OBJECT = frozenset({"summon", "use", "employ", "exploit"})
_VIOLENT = frozenset({"18", "19", "20"})
# Verbs that declare their object something: "declared the ambassador persona non grata".
_DECLARING = frozenset({"declare", "name", "designate", "deem", "proclaim"})
# Sectors of a country's people, not its state: civilians, workers, students, believers, the
# press, parties and the opposition.
_PUBLIC_SECTORS = frozenset({"CVL", "PPL", "EDU", "LAB", "OPP", "PTY", "REL", "MED", "HLH",
                             "REF", "AGR"})
# ... and coercing: what is done to people by force.
_COERCIVE = _VIOLENT | {"17"}
# Kinds of named entity whose words are a name, not a pattern's words: "the Nobel Peace Prize".
_NAMED_THINGS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "FAC", "ORG", "PRODUCT"})
# What a blow did, told after it: "shot and killed", "stabbed and wounded" (but "abducted
# and killed" are two acts).
_SEIZING_PEOPLE = frozenset({"abduct", "kidnap", "seize", "capture", "detain", "arrest",
                             "torture", "rape", "hold", "take"})
_BLOWS_DEALT = frozenset({"kill", "wound", "injure", "maim"})
# ... and threatening it: what "fight" waged by other means is not (see _fought_without_force).
_FORCE_ROOTS = _VIOLENT | {"13"}
# Doers of violence the news does not name: the event is kept, its source uncoded.
_ASSAILANTS = frozenset({"gunman", "gunmen", "attacker", "assailant", "bomber", "kidnapper",
                         "abductor", "hijacker", "arsonist", "militant", "insurgent", "jihadist",
                         "terrorist", "raider", "bandit", "sniper", "man", "men", "mob",
                         "bomb", "ied", "grenade"})  # (what someone planted or threw)
# What a bomb does that is no one's act of its own: "a car bomb exploded, killing 100".
_GOING_OFF = frozenset({"explode", "detonate", "go", "blow", "rip", "tear"})
# Assailants whose name says the means: "a suicide bomber killed 59 people" (1831).
_ASSAILANT_CODES = {"bomber": "183", "gunman": "180", "gunmen": "180", "kidnapper": "181",
                    "abductor": "181", "hijacker": "181", "sniper": "193"}
# Nature's forces, no one's act as the subject of an event verb ("Hurricane Milton slammed").
_NATURAL_FORCES = frozenset({
    "hurricane", "storm", "cyclone", "typhoon", "tornado", "wildfire", "bushfire", "flood",
    "floodwater", "earthquake", "quake", "tsunami", "landslide", "avalanche", "volcano",
    "eruption", "heatwave", "drought", "rain", "snow", "wind", "blizzard", "monsoon",
    "locust", "locusts", "pest", "insect",
    # and diseases: "Cholera killed 200 people"
    "cholera", "malaria", "ebola", "measles", "mpox", "covid", "covid-19", "coronavirus",
    "dengue", "marburg", "polio", "tuberculosis", "famine", "hunger", "starvation",
    "disease", "outbreak", "epidemic", "pandemic", "virus", "flu", "influenza"})
# What kills or destroys without anyone doing it: "victims killed by the crash".
_MISHAPS = frozenset({"crash", "accident", "collision", "fire", "blaze", "flood", "flooding",
                      "earthquake", "quake", "storm", "hurricane", "cyclone", "typhoon",
                      "landslide", "avalanche", "tsunami", "disease", "outbreak", "heatwave",
                      "drought", "lightning", "derailment", "explosion", "stampede"})
# What vehicles and buildings do by mishap: "a jet crashed, killing 38" (not a drone's crash).
_MISHAP_VERBS = frozenset({"crash", "collapse", "derail", "capsize", "sink", "overturn",
                           "plunge", "burn", "collide"})
# Curfews, emergencies, martial law and threats of them: measures a government takes at home.
_DOMESTIC = frozenset({"132", "172"})
_PLACE_PREPS = frozenset({"in", "inside", "near", "across", "within", "throughout", "outside",
                          "around", "from"})
_ACCUSED = ("object", "prep:against", "prep:over", "prep:about", "prep:of")
_HAPPENING_GOVERNORS = frozenset({"hold", "carry", "impose", "provide", "send", "deliver",
                                  "conduct", "launch"})
_PARTITIVES = frozenset({"part", "parts", "some", "most", "all", "much", "rest", "half",
                         "millions", "billions", "dozen", "hundred", "thousand", "wave",
                         "waves", "barrage", "salvo", "volley", "swarm", "series", "number",
                         "scores",
                         "dozens", "hundreds", "thousands", "many", "several", "section",
                         "kg", "kilogram", "kilograms", "ton", "tons", "tonne", "tonnes",
                         "litre", "litres", "liter", "liters", "barrel", "barrels", "shipment",
                         "shipments", "consignment", "consignments", "batch", "batches",
                         "worth", "amount", "quantity", "quantities", "lot", "lots",
                         "round", "rounds", "session", "sessions",  # ("round of talks")
                         # ("sent 20 trucks of food": what they carry)
                         "truck", "trucks", "truckload", "truckloads", "lorry", "lorries",
                         "planeload", "planeloads", "shipload", "shiploads", "boatload",
                         "boatloads", "convoy", "convoys", "cargo", "cargoes", "crate",
                         "crates", "container", "containers", "pallet", "pallets", "parcel",
                         "parcels", "package", "packages"})
# Parts of a whole a judgement may be said of: "most of the tariffs were illegal".
_PARTS_OF = frozenset({"most", "all", "some", "many", "much", "part", "parts", "several",
                       "one", "each", "none"})
# What a travel advisory tells a state's people: "against travelling to Japan".
_TRAVEL = frozenset({"travel", "travelling", "traveling", "leave", "avoid", "visit", "trip",
                     "evacuate", "depart", "study", "studying", "return", "go", "come",
                     "coming"})
# A state's own people abroad or on the move, whom it advises: "warned its citizens".
_NATIONALS = frozenset({"citizen", "national", "tourist", "traveller", "traveler", "resident",
                        "expatriate", "student", "visitor"})
# Waters a tested missile is fired into: "toward the East Sea".
_OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters", "coast", "air", "sky", "pacific"})
# Missiles tested: "a ballistic missile", "an intercontinental ballistic missile".
_TESTED_MISSILES = frozenset({"ballistic", "intercontinental", "hypersonic", "short-range",
                              "medium-range", "intermediate-range", "long-range", "solid-fuel",
                              "icbm", "slbm", "submarine-launched"})
# Words that tell a missile launch struck or was met: an attack, not a test.
_STRIKE_TOLD = frozenset({"kill", "strike", "hit", "attack", "injure", "wound", "damage",
                          "destroy", "overnight", "intercept", "shoot", "down", "defense",
                          "defence", "target", "drone", "casualty", "dead", "barrage"})
# Sectors that make a side of their own against their state: "the government and the M23
# rebels agreed ... The two sides".
_SIDE_SECTORS = frozenset({"REB", "UAF", "INS", "SEP", "OPP"})
# What two states cut between them: "Belgium and Rwanda cut diplomatic ties".
_SEVERED = frozenset({"tie", "relation", "relationship", "talk", "negotiation", "contact",
                      "dialogue"})
# Prepositions that time a clause by an event noun: "freed him after a visit by X".
_WHEN_PREPS = frozenset({"after", "during", "before", "following", "ahead", "since"})
# Agreements a truce or a yielding may be the kind of: "a ceasefire agreement".
_PACTS = frozenset({"agreement", "deal", "accord", "pact", "arrangement"})
# Heads of a measure brought in or back: "triggered the snapback of UN sanctions".
_BRINGING_IN = frozenset({"snapback", "imposition", "reimposition", "reinstatement"})
# "launched 10 days of war games", "a wave of arrests": the event noun under a quantity (or
# under its resumption: "called for the resumption of talks")
_QUANTITY_HEADS = frozenset({"day", "week", "month", "hour", "year", "round", "series", "wave",
                             "spate", "string", "number", "campaign", "night", "dozen",
                             "dozens", "hundred", "hundreds", "thousand", "thousands", "scores",
                             "package", "set", "raft", "barrage", "flurry", "slew", "volley",
                             # ("called for the resumption of talks": talks called for)
                             "resumption", "restart", "revival"}) | _BRINGING_IN
# Heads that an event noun qualifies: "a mediation effort", "a peace mission".
_PROXY_NOUNS = frozenset({"effort", "mission", "bid", "campaign", "drive", "initiative",
                          "operation", "process", "plan", "round", "session"})
_COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_CONSIDERING = frozenset({"consider", "weigh", "mull", "contemplate", "study", "explore"})
_COOPERATIVE = frozenset({"03", "04", "05", "06"})
_REJECT_SUFFIX = {"06": "1", "07": "2", "08": "4", "04": "5", "03": "7"}
_FAMILIES = {"02": "02", "03": "03", "10": "10", "12": "12"}
# Prepositions of an act's circumstances (when, how), never of what is asked or alleged.
_CIRCUMSTANCE = frozenset({"before", "after", "while", "since", "without", "despite", "during",
                           "by", "until", "upon", "in", "amid", "following"})
# Ties two sides may promise each other: "Xi, Putin pledge deeper ties".
_RELATIONAL = frozenset({"tie", "relation", "relationship", "cooperation", "partnership",
                         "friendship", "coordination", "alliance", "dialogue"})
# Verbs of promising: what two subjects promise is for others, not each other.
_PROMISING = frozenset({"pledge", "promise", "vow", "offer", "commit", "undertake", "swear"})
# Verbs that tell of an act their event-noun object names more precisely: "alleged Russian
# interference" (1121), "halted military aid" (1622).
_TELLING_OF = frozenset({"accuse", "allege", "blame", "charge", "halt", "suspend", "stop", "cut",
                         "freeze", "end"})
# Codes of reactions to another's act, and the nouns that tell any act: "condemned the move".
_ANSWERING = frozenset({"01", "02", "05", "10", "11", "12"})
_ACTS_TOLD = frozenset({"move", "decision", "step", "action", "measure", "ruling", "verdict",
                        "announcement", "order", "decree", "operation", "policy",
                        "resolution", "takeover", "timetable", "coup", "seizure"})
# ... those of them that are a seizure of power or ground by force.
_SEIZURES = frozenset({"takeover", "coup", "seizure"})
# Verbs of carrying someone somewhere: in the passive, no visit of the one carried.
_CARRYING = frozenset({"fly", "take", "bring", "airlift", "evacuate", "transfer", "move",
                       "send", "drive", "ferry", "escort"})
# Prepositions naming those who act with the subject, not upon ("fought alongside the
# army"), or who are left out of it ("met without Orban"): no target either way.
_ALLIED = frozenset({"alongside", "beside",
                    # (and those left out: "hosts G20 summit without US", "met without Orban")
                    "without", "excluding"})
# Prepositions of time and setting: what they hold is not the act's target ("urged X to
# speed up deliveries after Russian strikes on Kyiv").
_TIME_PREPS = frozenset({"after", "before", "since", "until", "amid", "despite", "following",
                         "upon", "while", "ahead", "prior"})
# Verbs a short headline uses in the passive without its auxiliary ("Kremlin critic jailed"):
# acts done to someone, rarely said of a doer without an object; as participles after a noun
# they say what was done to it ("forces backed by the US").
_DONE_TO = frozenset({"detain", "arrest", "jail", "imprison", "sentence", "convict", "charge",
                      "indict", "kidnap", "abduct", "expel", "deport", "free", "release",
                      "kill", "shoot", "wound", "injure", "execute", "hang", "ban", "sanction",
                      "impeach", "oust", "depose", "exile", "extradite", "summon", "bar",
                      "back", "support", "arm", "fund", "finance", "train", "sponsor", "supply",
                      "equip"})
# Prepositions that open a clause of setting: "as fighting blocked aid", "while talks went on".
_SETTING_PREPS = _TIME_PREPS | {"as"}
# Verbs by which an act draws a reaction from someone ("drew condemnation from China").
_DRAWING = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn",
                      "elicit", "bring", "invite", "face"})
# Sectors whose members are political actors even alone and unnamed.
_PUBLIC_ROLES = frozenset({"GOV", "OPP", "PTY", "LEG", "JUD", "REB", "ELI", "MIL", "COP", "SPY",
                           "JRN", "MED", "HRI", "REL", "UAF", "INS"})
# Verbs that keep someone from an act ("barred them from travelling"): the act is not done.
_PREVENTING = frozenset({"bar", "ban", "prevent", "stop", "block", "prohibit", "forbid", "keep",
                         "exclude", "restrict", "deter", "discourage", "refrain", "abstain",
                         "desist", "dissuade", "disqualify", "preclude"})
# Verbs that stop a text or a plan from being adopted: what it would have done is not done.
_BLOCKING = frozenset({"veto", "block", "reject", "oppose", "scrap", "shelve", "kill", "withdraw",
                       "drop", "defeat", "thwart", "torpedo", "stall", "water"})
# Words of people taken by those who hold no state's prisons: "hostages kidnapped by gunmen".
_TAKEN_CAPTIVE = frozenset({"kidnap", "abduct", "hostage", "captive", "abductee", "seize",
                            "kidnapping", "abduction"})
# The sectors of people a state holds when their release is asked for with no holder named.
_HELD_BY_STATE = frozenset({"OPP", "MED", "CVL", "EDU", "LAB", "NGO", "HRI", "REL", "ELI",
                            "PTY", "ACT", "ENV", "LEG"})
# Pressure a side says it will not bow to: "would not be intimidated by China".
_PRESSING = frozenset({"intimidate", "pressure", "coerce", "bully", "blackmail", "cow",
                       "threaten", "pressurise", "pressurize", "browbeat"})
# Offences of a crowd in unrest, which a state's arrests for put down (see _suspected).
_UNREST_OFFENCES = frozenset({"loot", "looting", "arson", "vandalism", "rioting", "rioter",
                              "unrest", "clash"})
# Offences that make an arrest political: "arrested a man suspected of spying".
_POLITICAL_OFFENCES = frozenset({
    "spy", "spying", "espionage", "sabotage", "saboteur", "treason", "terrorism", "terrorist",
    "extremism", "extremist", "sedition", "seditious", "insurrection", "subversion", "coup",
    "protest", "protester", "demonstration", "demonstrator", "dissident", "activist",
    "journalist", "opposition", "riot", "rebellion", "separatism", "separatist", "blasphemy",
    "insult", "defamation", "disinformation", "interference", "collaboration", "collaborator",
    "candidate", "vote-buying", "election", "electoral", "ballot", "cleric", "preacher",
    "imam", "bishop", "priest", "militant", "insurgent", "guerrilla", "jihadist", "war",
    "genocide", "massacre", "tribunal", "torture", "bombing", "bomber", "assassination",
    "assassinate", "hostage", "kidnapping", "plot", "plotting", "militia", "cartel",
    "collaborate", "enemy", "corruption", "bribery", "graft", "immigration", "deportation",
    "immigrant", "migrant", "undocumented", "asylum", "ice",
    # (critics and artists: "arrested a rapper who criticised the government")
    "criticise", "criticize", "criticism", "critic", "mock", "satire", "satirical", "regime",
    "dissent", "song", "lyrics", "rapper", "comedian", "poet", "cartoonist", "satirist",
    "blogger", "influencer", "tiktoker", "youtuber"})
# Verbs that ease a measure: "agreed to cut tariffs", "to discontinue the levy".
_EASING = frozenset({"discontinue", "end", "remove", "ease", "cut", "reduce", "lower", "halve",
                     "relax", "loosen"})
# Verbs that undo a measure: "revoked the decree banning social media".
_REVERSING = frozenset({"lift", "revoke", "rescind", "repeal", "scrap", "cancel", "withdraw",
                        "annul", "overturn", "quash", "suspend", "reverse", "abolish",
                        "retract", "drop"})
# Trade measures a threat may answer: "vowed to retaliate against the tariffs".
_TRADE_MEASURES = frozenset({"tariff", "duty", "levy", "surcharge", "surtax", "quota",
                             "sanction", "embargo", "restriction", "control", "ban", "tax"})
# Weapons whose blows are artillery (194): "an Israeli shell killed 100 refugees".
_SMALL_ARMS = frozenset({"small-arms", "small-arm", "gunfire", "rifle", "machine-gun",
                        "machinegun", "sniper", "automatic"})
_ARTILLERY = frozenset({"shell", "mortar", "rocket", "artillery", "howitzer", "katyusha",
                        "salvo", "barrage", "shelling"})
# Prepositions an event noun is read through from the verb it hangs on ("a proposal for
# talks"), and verbs of agreeing that take one with "to" ("agreed to a ceasefire deal").
_READ_PREPS = ("for", "of", "on", "over")
_AGREEING = frozenset({"agree", "consent", "commit"})
# Verbs of shooting whose object may name the weapon: "exchanged artillery fire".
_FIRING = frozenset({"exchange", "fire", "trade", "open"})
# Light verbs of an attack named by a noun: "jets carried out strikes".
_STRIKES_CARRIED = frozenset({"carry", "conduct", "launch", "stage", "mount", "execute",
                              "unleash", "make"})
# What carries a bomb that makes it a vehicle bomb (1832): "a truck bomb", "a car bomb".
_VEHICLES = frozenset({"car", "truck", "lorry", "vehicle", "van", "bus", "motorcycle",
                       "motorbike", "tanker"})
# What one is "on": "is on a state visit", "have been on strike since March".
_ON_ERRANDS = frozenset({"visit", "trip", "tour", "strike", "walkout", "hunger-strike", "alert"})
# Adverbs of a standing reputation: "are often accused of abuses".
_HABITUAL = frozenset({"often", "frequently", "routinely", "repeatedly", "long", "widely",
                       "regularly", "commonly", "previously", "also"})
# A state's own organs, which answer no act of their own state (see _answer).
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
# Acts only a state does to people: "condemned the execution of three protesters in Iran".
_STATE_ACTS = frozenset({"execution", "arrest", "detention", "jailing", "imprisonment",
                         "sentencing", "crackdown", "deportation", "expulsion", "hanging",
                         "incarceration", "prosecution", "conviction"})
# Words for a body after its name: "the Arakan Army group", "the ISI agency".
_BODY_HEADS = frozenset({"agency", "group", "party", "movement", "organisation", "organization",
                         "militia", "faction", "alliance", "network", "service", "bureau",
                         "coalition", "outfit", "front"})
# Verbs that keep money from where it was to go: "froze $2 billion in funding".
_WITHHOLDING = frozenset({"cut", "freeze", "withhold", "halt", "suspend", "slash", "block",
                          "stop", "cancel", "terminate", "pause", "end", "reduce"})
_BIG_NUMBERS = frozenset({"million", "billion", "trillion", "bn", "mn"})
# Money put into a country: "invested $10 billion in Egypt" is aimed at Egypt, not done there.
_INVESTING = frozenset({"invest", "investment", "reinvest", "stake"})
# Measures laid on the people of a place: "lifted the curfew in Almaty".
_PLACE_MEASURES = frozenset({"curfew", "lockdown", "internet", "blackout", "shutdown",
                             "emergency"})
# Flows of goods a restriction may fall on: "export controls", "a ban on imports of seafood"
# are restrictions of trade (163, lifted 085), not of movement (172, lifted 081).
_TRADE_FLOWS = frozenset({"import", "export", "trade", "shipment", "sale", "purchase",
                          "transit", "good", "goods", "cargo", "transhipment",
                          "transshipment"})
_RESTRICTING = frozenset({"restriction", "control", "ban", "curb", "limit", "barrier"})
# Names a speaker calls another by way of insult: "called Petro a terrorist".
_INSULTS = frozenset({"terrorist", "murderer", "fascist", "criminal", "dictator", "liar",
                      "thief", "tyrant", "puppet", "traitor", "communist", "nazi", "clown",
                      "killer", "butcher", "thug", "coward", "idiot", "madman", "enemy",
                      "psychopath", "gangster", "mafioso", "usurper"})
# Appeals and demands to release captives (0253, 1053), and the verbs of holding them.
_RELEASE_ASKED = frozenset({"0253", "1053"})
# What is asked for a captive, the one released named by a pronoun ("his release"), and the
# acts of taking captives (arrest and detention, abduction) whose doer it is asked of.
_RELEASES = frozenset({"release", "freedom", "return"})
_CAPTIVE_PRONOUNS = frozenset({"his", "her", "their", "him", "them"})
_TAKING = frozenset({"173", "181"})
_HOLDING = frozenset({"hold", "detain", "capture", "abduct", "kidnap", "seize", "jail", "imprison",
                      "take", "arrest", "keep"})
# Verbs of fighting a foe, the purpose aid or forces may be sought for: "to defeat al-Shabaab".
_COMBATING = frozenset({"defeat", "fight", "combat", "counter", "crush", "destroy", "eliminate",
                        "tackle", "confront", "repel", "deter", "attack"})
# Holding captives that states do: "its citizens held in Iran".
_STATE_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "arrest", "keep"})
# Verbs of credit whose "for" tells a deed already told: "thanked Kim for sending troops".
_CREDITED_FOR = frozenset({"thank", "praise", "commend", "hail", "applaud", "congratulate",
                           "credit", "reward", "laud", "salute"})
# What one is arrested, tried or punished for is a charge: "jailed for spying".
_PUNISHED_FOR = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict",
                           "punish", "fine", "charge", "prosecute", "indict", "try", "trial",
                           "execute", "investigate", "probe", "sue", "detention", "conviction",
                           "warrant", "jailing", "prosecution", "indictment", "investigation",
                           "hang", "lock", "round",
                           # (and the state's sanctions on its office holders and bodies:
                           # "dismissed the prime minister for breaching ethical standards in
                           # a call with Hun Sen")
                           "dismiss", "remove", "suspend", "sack", "fire", "oust", "ban", "bar",
                           "disqualify", "impeach", "expel", "strip", "censure", "reprimand",
                           "penalize", "penalise", "dismissal", "removal", "suspension",
                           "impeachment", "expulsion", "disqualification"})
# Verbs of judging a thing or an act, whose "saying it ..." speaks of what is judged.
# Acts a side says it would or would not do ("rejected the proposal, saying it would not
# disarm"): the speaker's, not those of the proposal judged.
_PLEDGED_ACTS = frozenset({
    "release", "disarm", "hand", "cooperate", "negotiate", "continue", "attack", "withdraw",
    "accept", "recognize", "recognise", "allow", "free", "return", "abide", "comply", "respect",
    "stop", "halt", "fight", "resist", "retaliate", "respond", "give", "surrender", "lay",
    "sign", "join", "pull", "talk", "engage", "participate", "implement", "honour", "honor"})
_JUDGING = frozenset({"criticise", "criticize", "condemn", "denounce", "reject", "welcome",
                      "praise", "slam", "blast", "dismiss", "hail", "decry", "deplore", "oppose",
                      "applaud", "commend", "fault", "rebuke", "castigate", "lambast", "assail"})
# Words of war around a vow to retaliate that make it a threat of force (1384).
# A warning's reply by arms: "would be met with a military response" (138).
_WARNING_VERBS = frozenset({"warn", "threaten", "vow", "caution", "say"})
_REPLIES = frozenset({"response", "retaliation", "reply", "answer", "action", "reaction",
                      "force", "operation", "consequence"})
_ARMED_WORDS = frozenset({"military", "armed", "army"})
# Attacks on a person's life, and of them those that take it: on a political figure, an
# attempt to assassinate (185) or the assassination (186).
_ATTEMPTS_ON_LIFE = frozenset({"shoot", "stab", "attack", "wound", "injure", "gun", "kill",
                               "murder", "ambush"})
_KILLING_VERBS = frozenset({"kill", "murder"})
_POLITICAL_FIGURES = frozenset({"GOV", "LEG", "JUD", "OPP", "PTY"})
_OFFICE_TITLES = frozenset({"mayor", "governor", "senator", "lawmaker", "legislator",
                            "minister", "president", "premier", "deputy", "congressman",
                            "congresswoman", "councillor", "councilor", "judge", "prosecutor",
                            "candidate", "hopeful", "mp", "parliamentarian", "speaker",
                            "chancellor"})
# What those who press for an act make: "despite pressure from the EU".
_PRESSURES = frozenset({"pressure", "call", "demand", "appeal", "plea", "request", "urging",
                        "calls", "demands", "appeals"})
# What a denial denies (016): charges, and ties to others named in them.
_DENIED_CHARGES = frozenset({"allegation", "accusation", "charge", "claim", "report",
                             "involvement", "responsibility", "role", "wrongdoing", "link",
                             "tie", "connection", "complicity", "assertion", "suggestion"})
# Attitudes to what may yet be: what one is hopeful of doing is not done.
_EXPECTANT = frozenset({"optimistic", "hopeful", "confident", "pessimistic", "skeptical",
                        "sceptical", "doubtful", "wary", "upbeat", "positive"})
# A state's punishments, which one warned of faces: "would face up to 10 years in prison".
_PUNISHMENTS = frozenset({"prison", "jail", "imprisonment", "prosecution", "arrest",
                          "punishment", "penalty", "sentence", "execution", "detention"})
# Spans of time counted from an earlier act: "a week after gunmen killed 26 people" (not a
# day or hours after: the news of the day before, dated so).
_SPANS = frozenset({"day", "week", "month", "year", "fortnight", "decade"})
# Assaults whose attempt is itself made: "tried to storm the palace".
_STORMING = frozenset({"storm", "breach", "overrun", "ransack"})
# What restrictions on political freedoms fall on: "lifted its ban on social media".
_FREEDOMS_BANNED = frozenset({"media", "internet", "platform", "press", "protest", "demonstration",
                              "rally", "gathering", "assembly", "speech", "newspaper",
                              "broadcaster", "website", "site", "coverage", "app", "march",
                              "strike", "union", "ngo", "journalist", "social", "broadcast",
                              "channel", "television", "tv", "radio"})
# Words of a ban or restriction: "imposed a broadcast ban on the channel".
_BANS = frozenset({"ban", "restriction", "curb", "limit", "embargo", "blackout", "moratorium",
                   "suspension", "block", "prohibition"})
# ... and the words that ban: "outlawed", "prohibited".
_BANNING = _BANS | {"outlaw", "prohibit", "proscribe"}
# ... and on parties: "lifted the ban on the Awami League's activities".
_PARTIES_BANNED = frozenset({"party", "opposition", "politician", "candidate"})
# Verbs of sending forces somewhere, whose purpose is not yet done: "sent troops to fight".
_DISPATCHING = frozenset({"send", "deploy", "dispatch", "station", "mobilise", "mobilize",
                          "train", "redeploy"})

# Ways a crowd blocks: "tried to block roads".
_THOROUGHFARES = frozenset({"road", "highway", "street", "bridge", "junction", "motorway",
                            "railway", "rail", "port", "border", "crossing", "entrance"})
# What an appeal to restore is an appeal for rights by (0243): "restore democracy".
_RIGHTS_RESTORED = frozenset({"right", "democracy", "freedom", "liberty", "order", "rule",
                              "law", "constitution", "constitutional", "civilian", "access",
                              "internet", "peace", "calm", "stability", "independence"})
# Attacks one may be killed in, whose by-phrase names the attackers.
_ATTACK_NOUNS = frozenset({"attack", "ambush", "raid", "assault", "shooting", "bombing",
                           "strike", "offensive", "incursion"})
# Acts a participle names its noun's people by: protests, demands, statements.
_DESCRIBING_ROOTS = frozenset({"01", "02", "10", "11", "14"})
_WARLIKE = frozenset({"attack", "strike", "airstrike", "war", "aggression", "missile", "invasion",
                      "bombing", "assault", "rocket", "shelling", "offensive", "incursion"})
# Crowds of the street and of parties: whose clash with police is a riot.
_STREET_SECTORS = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU", "REL", "REF", "AGR", "MED",
                            "ETH"})
# A leader's street following, and the sectors of office whose holder's following is none
# of the state's.
_BACKERS = frozenset({"supporter", "follower", "loyalist", "backer", "sympathiser",
                      "sympathizer", "partisan"})
# Places people live in, named as land taken or besieged: "captured the village of X".
_SETTLEMENT_WORDS = frozenset({"village", "town", "city", "settlement", "hamlet", "district",
                               "neighbourhood", "neighborhood", "suburb", "camp"})
# Shares of a people and the polls that measure them: "70 percent of Germans support ...,
# a survey found".
_SHARES = frozenset({"percent", "%", "majority", "minority", "most", "half", "third", "quarter",
                     "share", "proportion", "two-thirds", "fraction"})
_POLLS = frozenset({"poll", "survey", "pollster", "opinion-poll"})
# Acts named by a noun whose possessor is the one they are done to: "Imamoglu's arrest".
_PATIENT_NOUNS = frozenset({"arrest", "detention", "conviction", "sentencing", "expulsion",
                            "deportation", "extradition", "impeachment", "dismissal", "ouster",
                            "disqualification", "prosecution", "indictment", "imprisonment",
                            "jailing", "execution", "abduction", "kidnapping", "torture",
                            "assassination", "removal"})
# Assaults told by what they do to a person, kept whoever does them: an abduction (181), a
# torture (1822), an assassination (186) by police are not crowd control (175).
_ACTS_ON_ONE = frozenset({"181", "182", "185", "186"})
# Nouns of what is proposed, not yet done: a "truce plan" is no truce.
_UNTRIED = frozenset({"plan", "proposal", "initiative", "offer", "talk", "negotiation",
                      "monitor", "violation", "bid", "call", "deadline", "framework"})
# Verbs of taking people, and the takers whose taking is an abduction, not an arrest.
_SEIZING = frozenset({"seize", "capture", "grab", "snatch"})
_IRREGULAR = frozenset({"REB", "UAF", "INS", "CRM", "SEP", "RAD"})
# A part one has in an act, which a denial says one had none of.
_PARTS = frozenset({"involvement", "role", "part", "hand", "link", "connection",
                    "responsibility"})
# How long before a story an act it dates to a day or month is history, not its news.
_HISTORY_DAYS = 183
# Clauses that tell of something else than the act they hang on (a place's relative clause,
# what is said): a deployment's purpose and manner are its own.
_TOLD_APART = frozenset({"relcl", "ccomp", "parataxis"})
# The kinds of mission a force is sent abroad on to help.
_MISSION_KINDS = frozenset({"security", "peacekeeping", "stabilisation", "stabilization",
                            "support", "un", "au", "protection", "multinational", "regional"})
# Sectors of armed sides, and of the armed actors whose named groups act as armed men do in
# the rows ("armed": "The RSF withdrew from Bara").
_ARMED_SIDES = frozenset({"MIL", "REB", "UAF", "INS"})
_ARMED_ACTORS = _ARMED_SIDES | {"SEP"}
# Talks: held between two sides, each with the other.
_TALKS = frozenset({"talk", "negotiation", "dialogue", "meeting", "summit"})
# The followers of a party or leader: "their supporters".
_FOLLOWERS = frozenset({"supporter", "follower", "backer", "loyalist", "sympathiser",
                        "sympathizer", "partisan"})
# People sent to speak for a side: "delegations from the army and the RSF".
_ENVOYS = frozenset({"delegation", "delegate", "negotiator", "envoy", "representative",
                     "emissary", "team"})
# Asks a later rejection points back to ("rejected the demand"), with the roots of the events
# that make them, and the words that point back.
_ASKS = {"demand": ("10", "02"), "call": ("02", "10"), "request": ("02", "10"),
         "appeal": ("02",), "plea": ("02",), "ultimatum": ("10", "13"),
         "proposal": ("03", "02"), "offer": ("03",), "plan": ("03", "02"),
         # (a denial of "the allegations" answers the accuser)
         "allegation": ("11",), "accusation": ("11",), "charge": ("11",)}
_ASK_POINTERS = frozenset({"the", "this", "that", "these", "those", "such", "their", "his",
                           "her", "its"})
# Bodies made of the groups named after "of": "an alliance of rebel groups".
_ALLIANCES = frozenset({"alliance", "coalition", "umbrella", "grouping", "bloc", "union",
                        "federation", "confederation", "network"})
# Talks between sides, which a host of them mediates (not a summit or a meeting of many).
_NEGOTIATIONS = frozenset({"talk", "negotiation", "dialogue"})
# Participles that lay an attack at someone's door: "an airstrike blamed on the army".
_LAID_AT = frozenset({"blame", "attribute", "ascribe"})
# Armed men named by whom they are loyal to ("forces loyal to Machar"), and the words that
# make that leader the state ("troops loyal to President Kiir", "to the government").
_ARMED_FOLLOWINGS = frozenset({"force", "troop", "fighter", "militia", "militiaman", "soldier",
                               "gunman", "unit"})
_RULERS = frozenset({"president", "government", "king", "emir", "sultan", "regime", "junta",
                     "premier", "administration", "council"})
_OFFICE_HOLDING = frozenset({"GOV", "LEG", "JUD", "ELI", "MIL", "COP"})
# Verbs of a state that lasts: "remains imprisoned", "stayed detained".
_LASTING = frozenset({"remain", "stay"})
# People named by whom they stand against: "Saied's rivals" are not Saied.
_ADVERSARIES = frozenset({"rival", "opponent", "critic", "challenger", "adversary",
                          "detractor", "foe", "enemy"})
_HELD_ON = frozenset({"trial", "arrest", "investigation", "probe"})  # "on trial for"
# Verbs of doing an act a noun names: a row they govern reads the noun as the act done
# ("carried out arrests"), not as one asked for ("called for the release").
_DOING = frozenset({"carry", "conduct", "make", "stage", "launch", "order", "mount",
                    "perpetrate", "commit", "hold", "impose", "secure", "complete"})
# What keeps an act from being done: "the release was delayed", "the vote was blocked".
_UNDONE = frozenset({"delay", "postpone", "block", "prevent", "halt", "stop", "suspend",
                     "cancel", "await", "expect", "plan", "stall", "derail", "thwart",
                     "foil", "reject", "veto", "oppose"})
# What a crowd that is no protest waits for: "crowds waiting for food near an aid site".
_AID_SOUGHT = frozenset({"food", "aid", "flour", "bread", "ration", "distribution", "water"})
# Words of street protest: soldiers firing on a crowd here are repressing it.
# (not "strike", "march": an air strike, the month)
_PROTESTING = frozenset({"protest", "protester", "protestor", "demonstration", "demonstrator",
                         "marcher", "riot", "rioter", "unrest", "uprising", "crowd", "sit-in"})
# Dissent and its people, whom force threatened at home represses: "crush any protest" (not
# "strike" or "march": "threatened to carry out strikes" threatens an attack).
_DISSENTERS = _PROTESTING | {"rally", "dissent", "dissident", "opposition", "attempt", "striker"}
# Nouns of people a nationality may name as a party: "a meeting of Palestinian factions".
_OWN_PEOPLE = frozenset({"faction", "group", "people", "official", "leader", "force", "troop",
                         "soldier", "citizen", "national", "worker", "organization",
                         "organisation", "recipient", "side", "delegation", "party",
                         "movement", "authority", "community", "militant", "fighter"})
# Calls and vows whose "until" clause is their demand: "called a strike until Yoon resigned".
_UNTIL_DEMANDS = frozenset({"call", "vow", "pledge", "promise", "threaten", "urge", "demand",
                            "announce", "declare", "plan", "refuse", "strike"})
# A state's missions abroad: "closed its embassy in Kabul" is aimed at Afghanistan.
_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation", "consulate-general"})
# Measures their imposer owns: "UN sanctions were lifted" is the UN's act.
_MEASURES = frozenset({"sanction", "embargo", "ban", "restriction", "tariff", "blockade",
                       "curfew", "boycott", "freeze"})
# Measures a state hits another "with" (a twin of _TRADE_MEASURES, which a threat answers):
# "hit China with tariffs", "hammered Beijing with chip restrictions".
_TRADE_BLOWS = _MEASURES | frozenset({"duty", "levy", "control", "curb", "measure", "penalty",
                                      "fine", "quota", "countermeasure"})
# Texts whose content is what their author does: "passed a bill lifting the emergency law".
_INSTRUMENTS = frozenset({"declaration", "communique", "bill", "law", "decree", "resolution",
                          "measure", "order", "motion", "amendment", "legislation", "ordinance",
                          "directive", "executive", "proclamation"})
# Heads of an unnamed crowd: "tens of thousands rallied", "crowds marched".
_CROWDS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                     "million", "millions", "crowd", "crowds", "ten", "tens", "score", "scores"})
# Nouns of time: "on Thursday", "at dawn", "in the morning".
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening",
                         "night", "dawn", "dusk", "noon", "midnight", "weekend", "hour",
                         "minute", "time", "today", "tonight", "yesterday", "tomorrow",
                         "date", "moment", "period", "occasion", "eve", "anniversary"})
# Prepositions that give an act's reason: an event noun under them is background.
_REASONS = frozenset({"over", "amid", "despite", "because", "for", "against"})
_ENDINGS = frozenset({"end", "lifting", "removal", "easing", "halt", "cessation", "ending",
                      "relaxation", "withdrawal", "pause", "suspension", "moratorium",
                      "postponement", "reprieve"})
# What asking for, promising or refusing the end of an event of a root is: easing sanctions
# (085), easing administrative measures (081), de-escalating (087), easing dissent (082).
_ENDED_READING = {"16": "085", "17": "081", "18": "087", "19": "087", "20": "087",
                  "15": "087", "14": "082"}
_DISSENT = frozenset({"agitation", "unrest", "protest", "demonstration", "strike", "boycott",
                      "dissent", "uprising", "riot"})
_AID_KINDS = {"economic": "071", "financial": "071", "budget": "071", "budgetary": "071",
              "military": "072", "defence": "072", "defense": "072", "security": "072",
              "humanitarian": "073", "food": "073", "medical": "073", "emergency": "073",
              "development": "071", "developmental": "071"}
# The 4th digit of an appeal, intent, demand or rejection from the code it is about:
# material cooperation (061-064), aid (071-074), yielding (081, 082, 084-087).
_KIND_ROOTS = frozenset({"06", "07", "08"})
_KIND_DIGIT = {"061": "1", "062": "2", "063": "3", "064": "4",
               "071": "1", "072": "2", "073": "3", "074": "4",
               "081": "1", "082": "2", "084": "3", "085": "4", "086": "5", "087": "6"}
# The threat (13x) of doing an event: by its 3- or 4-digit code first, then by its root.
_THREAT_BY_CODE = {
    "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "191": "1381", "192": "1382", "180": "1383", "181": "1383", "183": "1383", "200": "1385",
    "204": "1385",
}
# Sectors that fight with words, not arms: governments, parliaments, parties, courts.
_WORDY_SECTORS = frozenset({"", "GOV", "LEG", "PTY", "OPP", "ELI", "JUD"})
# Family codes that are acts of their own, whatever their object is about: defying, vetoing.
_OWN_ACTS = frozenset({"128", "129"})
# Verbs by which a body decides what it then does: "the EU agreed new sanctions" imposes them.
_DECIDING = frozenset({"agree", "decide", "vote", "resolve"})
_THREAT_BY_ROOT = {"14": "133", "16": "132", "17": "137", "18": "138", "19": "138", "20": "138",
                   "15": "138"}
_SPORTS = frozenset({
    "match", "goal", "league", "tournament", "championship", "striker", "midfielder", "goalkeeper",
    "coach", "innings", "wicket", "semifinal", "semi-final", "quarterfinal", "quarter-final",
    "olympic", "olympics", "medal", "cup", "squad", "fixture", "playoff", "playoffs", "scored",
    "season", "final", "derby", "stadium", "fifa", "uefa", "nba", "nfl", "team", "teams", "player",
    "players", "club", "clubs", "referee", "umpire", "football", "soccer", "tennis", "cricket",
    "rugby", "basketball", "baseball", "golf", "athlete", "athletes", "fans", "wimbledon", "prix",
    "marathon", "sprinter", "swimmer", "boxer", "batsman", "bowler", "cyclist", "podium", "scorer",
    "hat-trick", "matches", "goals", "medals", "tournaments", "defender", "winger", "fixtures",
    "atp", "wta", "seeded", "title", "champions", "champion", "leagues", "qualifier", "qualifiers",
    "coaches", "captain", "quarter-finals", "semi-finals", "quarterfinals", "semifinals",
    # ("semi-finals" is read as "semi", "-", "finals")
    "finals", "semi", "semis", "equaliser", "equalizer", "relegation", "unbeaten", "opener",
    "kickoff", "kick-off", "halftime", "half-time", "friendlies", "qualifying", "knockout",
    "skipper", "umpires", "referees", "midfield", "touchdown", "dribble", "free-kick",
})
# People at a game, not a political crowd.
_SPECTATORS = _SPORTS | {"crowd", "crowds", "spectators", "spectator", "supporters", "women",
                         "men", "man", "fan", "audience", "volleyball", "team"}
# People whose crimes against one another are no political event.
_PRIVATE_DOERS = frozenset({
    "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "neighbour",
    "neighbor", "father", "mother", "stepfather", "stepmother", "son", "daughter", "brother",
    "sister", "relative", "uncle", "aunt", "cousin", "nephew", "friend", "colleague",
    "classmate", "landlord", "tenant", "employer", "robber", "burglar", "thief", "mugger",
    "stalker", "driver", "motorist", "dog"})
_PRIVATE_SECTORS = frozenset({"CVL", "PPL", "EDU", "HLH", "BUS", "LAB", "AGR"})
# What a call is made by: see _by_phone.
_CALLING = frozenset({"phone", "telephone", "video", "videoconference", "videolink",
                      "teleconference", "zoom"})
# Acts, not words, a side's present tense tells as its rule (see _habitual).
_DONE_AS_A_RULE = frozenset({"06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"})
# Words that make a present perfect a story's background: "has long denied", "has repeatedly
# accused".
_LONG_STANDING = frozenset({"long", "repeatedly", "often", "frequently", "routinely",
                            "regularly", "consistently", "previously", "always", "traditionally",
                            "historically", "persistently"})
# Words that make a present tense what a side does as a rule: "it only strikes militants".
_AS_A_RULE = frozenset({"only", "always", "never", "routinely", "regularly", "often",
                        "usually", "repeatedly", "frequently", "normally", "generally"})
# Works and the verbs by which they tell a story: "The documentary shows how Russian troops
# attacked Bucha".
_WORKS = frozenset({"book", "film", "documentary", "memoir", "novel", "exhibition", "podcast",
                    "biography", "movie", "opera", "musical"})
_NARRATING = frozenset({"recount", "show", "tell", "depict", "describe", "chronicle",
                        "examine", "explore", "recall", "document", "trace", "portray",
                        "dramatise", "dramatize", "revisit"})
# Roots coded whoever the sides are: public statements (a bank's warning of recession),
# protests and strikes, violence.
_NEVER_ONLY_BUSINESS = frozenset({"01", "14", "18", "19", "20"})
# Bodies that act at home, whose country is where a crowd they face is (see _crowd).
_HOME_BODIES = frozenset({"COP", "GOV", "JUD", "LEG"})
# Weapons of mass destruction a threat names (1385).
_MASS_WEAPONS = frozenset({"nuclear", "atomic", "chemical", "biological", "nuke",
                           "thermonuclear"})
# What is exchanged in a fight: "an exchange of fire", "of gunfire".
_FIRE_WORDS = frozenset({"fire", "gunfire", "shot", "artillery", "rocket", "mortar"})
# Fights whose "with" names the other side: "killed in clashes with M23".
_FIGHTS = frozenset({"clash", "fighting", "battle", "gunfight", "skirmish", "firefight",
                     "confrontation", "exchange", "gunbattle", "shootout", "encounter"})
# Words of war that make "Azerbaijan defeated Armenia" a battle, not a match.
_WAR_WORDS = frozenset({"war", "wars", "battle", "battles", "force", "forces", "troops", "army",
                        "armies", "offensive", "military", "fighting", "invasion", "front",
                        "rebels", "insurgents", "militants", "battlefield", "siege"})
_SCORE = re.compile(r"(?<![\d/.-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d/.-])")
_POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "SPY", "INS",
                                "UAF", "PTY", "HLH", "REF", "CVL", "ELI", "IGO", "NGO"})
# Names of days that are no dates: "Palm Sunday", "Good Friday", "Bloody Sunday".
_HOLY_DAYS = frozenset({"palm", "easter", "good", "holy", "bloody", "black", "ash", "maundy",
                        "super", "cyber", "orthodox", "trinity", "whit", "low", "shrove"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}


@dataclass(frozen=True, slots=True)
class Party:
    """An event's source or target: one resolved actor mention."""

    text: str
    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    start: int
    end: int

    @classmethod
    def of(cls, mention: ActorMention) -> Party:
        return cls(mention.text, mention.code, mention.country, mention.sector, mention.name,
                   mention.start, mention.end)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "country": self.country,
                "sector": self.sector, "name": self.name, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event:
    """One coded event, with the sentence and words that say it."""

    event_id: str
    doc_id: str
    part: str  # "headline" or "body"
    sentence_index: int
    sentence: str
    span: tuple[int, int]
    date: str | None
    date_basis: str
    source: Party | None
    target: Party | None
    cameo: str
    cameo_name: str | None
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    goldstein: float | None
    quad_class: int | None
    negated: bool
    mode: str  # asserted, future, negated
    confidence: float
    trigger: tuple[str, int, int]
    rule: str
    resources: str
    quote_id: str | None = None
    location: dict[str, Any] | None = None
    # The day a future act is planned for ("will visit India on Friday"), when the text
    # names one; ``date`` is the day the intent was told.
    planned_date: str | None = None
    # The first event of the same article with the same source, target, code, date and
    # negation: the story telling one event again ("The arrests on Tuesday ...").
    repeat_of: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def as_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "doc_id": self.doc_id, "part": self.part,
            "sentence_index": self.sentence_index, "sentence": self.sentence,
            "span": list(self.span), "date": self.date, "date_basis": self.date_basis,
            "source": self.source.as_dict() if self.source else None,
            "target": self.target.as_dict() if self.target else None,
            "cameo": self.cameo, "cameo_root": self.cameo_root, "cameo_name": self.cameo_name,
            "plover": self.plover, "plover_mode": self.plover_mode,
            "plover_context": self.plover_context, "goldstein": self.goldstein,
            "quad_class": self.quad_class, "negated": self.negated, "mode": self.mode,
            "confidence": self.confidence,
            "trigger": {"text": self.trigger[0], "start": self.trigger[1],
                        "end": self.trigger[2]},
            "rule": self.rule, "resources": self.resources, "quote_id": self.quote_id,
            "location": self.location, "repeat_of": self.repeat_of,
            "planned_date": self.planned_date,
        }


@dataclass(slots=True)
class _Hit:
    """A trigger found on the parse, before its actors are attached."""

    token: Token
    code: str
    rule: str
    row: Trigger | None
    curated: bool
    complement: Token | None = None  # the complement verb whose event refined this code
    negated: bool = False
    mode: str = "asserted"


class _Actors:
    """Actor mentions of one doc, indexed by token."""

    def __init__(self, doc: Doc, mentions: Sequence[ActorMention],
                 places: Sequence[Any] = ()) -> None:
        self.doc = doc
        self.at: dict[int, ActorMention] = {}
        for m in mentions:
            if m.code is None and m.country is None:
                continue
            if m.basis == "location" and m.country in REGIONS:
                continue  # "struck a boat in the Caribbean": a region is where, no one struck
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or _attribution(span.root):
                continue  # "..., according to the health ministry": who tells, not who acts
            for tok in span:
                self.at.setdefault(tok.i, m)
        # Places the actor stage did not claim ("shelled Kharkiv") stand for their country
        # where a violent event or a visit needs a target: a location, never a source.
        for place in places:
            if not place.country or place.end <= place.start:
                continue
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None or any(t.i in self.at for t in span):
                continue
            m = ActorMention(place.text, place.start, place.end, place.country, place.country,
                             None, place.name, place.id, None, "location", place.sentence_index)
            for tok in span:
                self.at[tok.i] = m

    def of(self, tok: Token, depth: int = 0) -> list[ActorMention]:
        """The actors a noun phrase headed by ``tok`` names, its conjuncts included."""
        if _aside(tok):
            return []  # "signed a joint declaration, with Trump as a witness": no party
        own = self.at.get(tok.i)
        if own is not None and depth < 4 and tok.idx == own.start:
            # "Trinidad and Tobago's prime minister": one name's words parsed as two
            # conjuncts, its last word the owner of the phrase the second heads
            last = next((c for c in tok.sent if c.idx < own.end <= c.idx + len(c)), None)
            for conj in _children(tok, "conj"):
                if last is not None and last.i != tok.i and last.dep_ == "poss" and \
                        conj.left_edge.i <= last.i <= conj.right_edge.i:
                    return self.of(conj, depth + 1)
        found = self._phrase(tok, depth)
        hidden = not found and depth == 0 and tok.dep_ == "pobj" and \
            self.at.get(tok.i, None) is not None and self.at[tok.i].basis == "location"
        for conj in _kids(tok):
            if hidden and conj.i in self.at and self.at[conj.i].basis == "location":
                continue  # "from the United States and Australia": places, as the first is
            listed = conj.dep_ == "appos" and found and ((any(  # "the US, Russia, and Swiss"
                c.dep_ == "cc" and c.lower_ in ("and", "or")
                # ("Namibia, the Republic of Congo, Chad and Nigeria": the "and" further on)
                for t in (conj, *conj.conjuncts) for c in _kids(t)) and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in _kids(conj))) or (
                conj.i in self.at and self.at[conj.i].country not in (  # "Biden, Xi meet"
                    None, *(m.country for m in found)) and conj.pos_ == "PROPN" and not any(
                    c.dep_ in ("det", "poss") for c in _kids(conj))))
            # (not a description: "Hungary, the EU's most Russia-friendly government",
            # "Ruth Lopez, a lawyer and critic of President Bukele")
            if conj.dep_ == "conj" and tok.tag_ == "NN" and conj.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in _kids(tok)) and not any(
                    c.dep_ in ("det", "nummod", "poss") for c in _kids(conj)):
                continue  # "shot a student activist and parliamentary candidate": one
                # person, two descriptions under one article
            if (conj.dep_ == "conj" or listed) and conj.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                for m in self.of(conj, depth + 1):
                    if m not in found:
                        found.append(m)
        return found

    def _pair(self, tok: Token) -> list[ActorMention]:
        """"both sides", "the two governments": the last two countries named before (for
        "countries", "leaders" and the like, by their states, not groups within them)."""
        start = tok.sent.start
        states = tok.lemma_.lower() not in ("side", "party", "delegation", "negotiator")
        # the subject's pair is the two this sentence names before it, when it names two
        # ("Takaichi met Lee in Tokyo, and the two leaders agreed"); an object's is told
        # before ("Egypt's minister met his Qatari counterpart and urged both sides")
        # (and "the two" alone may be a state and a body: "Grossi met Araqchi, and the two
        # signed an agreement")
        here = self._states_between(start, tok.i, states, bodies=tok.lower_ == "two") \
            if tok.dep_ in ("nsubj", "nsubjpass") else {}
        joined = self._joined_pair(tok, states)
        if joined and not (joined[0].start < tok.sent.start_char and len(here) == 2):
            return _as_pair(tok, joined)
        if len(here) >= 2:
            return _as_pair(tok, list(here.values())[:2])
        lead = self._joined_pair(tok, states, back=None)
        if lead:
            # ("Thailand and Cambodia agreed a ceasefire ... Trump spoke to Anwar ... Trump
            # thanked Xi ... The two countries will hold talks": the story's pair, told first,
            # not the last two named)
            return _as_pair(tok, lead)
        for end in (start, tok.i):  # earlier sentences first, then this one's too
            # (sides may be a state and a bloc: "Wang spoke with Sefcovic and called on the
            # EU to return to dialogue. The two sides agreed to hold talks")
            seen = self._states_between(0, end, states, bodies=not states and
                                        tok.dep_ in ("nsubj", "nsubjpass"))
            if len(seen) >= 2:
                return _as_pair(tok, list(seen.values())[:2])
        return []

    def _states_between(self, first: int, end: int, states: bool, bodies: bool = False
                        ) -> dict[str, ActorMention]:
        """The countries of the parties named from token ``first`` up to ``end``, latest
        first (with ``bodies``, international bodies too, by their codes)."""
        seen: dict[str, ActorMention] = {}
        for i in sorted((i for i in self.at if first <= i < end), reverse=True):
            m = self.at[i]
            if bodies and m.country == "IGO" and m.code and m.basis != "location":
                seen.setdefault(m.code, m)
                continue
            if m.basis == "location" or not m.country or (states and not _of_state(m)):
                continue
            if not states and (m.sector or "")[:3] in ("CVL", "REF"):
                continue  # ("killing 12 civilians ... called on both sides": the civilians
                # killed or displaced take no side)
            # (sides by their codes: a government and its rebels are two, not a government
            # and its own parliament)
            key = m.country if states or (m.sector or "")[:3] not in _SIDE_SECTORS \
                else (m.code or m.country)
            if m.country in _NON_STATES:
                continue
            if key not in seen:
                seen[key] = m
            elif key == m.country and m.basis == "country" and \
                    (seen[key].sector or "GOV")[:3] != "GOV":
                seen[key] = m  # ("Thailand ... two Thai soldiers ... both sides": the state,
                # not some of its people; its government stays)
        return seen

    def _joined_pair(self, tok: Token, states: bool, back: int | None = 2
                     ) -> list[ActorMention]:
        """The two sides a pair word names when the sentences before it (up to ``back``)
        name two actors joined by "and" ("Russia and Ukraine exchanged prisoners ... The two
        sides agreed"), the latest such pair, a pair of go-betweens left out ("with Qatari and
        Egyptian mediators"); with ``back`` None, the first such pair the story tells."""
        doc = tok.doc
        first = tok.sent.start
        for _ in range(back if back is not None else 0):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        first = first if back is not None else 0
        for i in sorted((i for i in self.at if first <= i < tok.i), reverse=back is not None):
            later = self.at[i]
            joined = doc[i]
            # (or, told just before, one who did something with the other: "Wang spoke by
            # phone with Sefcovic ... The two sides agreed")
            partner = back is not None and joined.dep_ == "pobj" and \
                joined.head.lower_ == "with" and joined.head.head.pos_ == "VERB"
            if (joined.dep_ != "conj" and not partner) or later.basis == "location" or \
                    not later.country:
                continue
            earlier = self.at.get(joined.head.i) if not partner else next(
                (self.at.get(c.i) for c in _kids(joined.head.head) if c.dep_ == "nsubj"), None)
            # (sides of one country are two when they are two bodies: "Congo's government
            # and the M23 rebels agreed ... The two sides")
            if earlier is None or earlier is later or earlier.basis == "location" or \
                    earlier.country is None or (earlier.country == later.country and (
                        states or earlier.code == later.code or not {
                            (earlier.sector or "")[:3], (later.sector or "")[:3]
                        } & _SIDE_SECTORS)):
                continue
            if _head_noun(joined.head).lemma_.lower() in _THIRD_PARTY_ROLES or \
                    _mediating(joined.head):
                continue
            if states and not (_of_state(earlier) and _of_state(later)):
                continue
            return [earlier, later]
        return []

    def _named_group(self, tok: Token, count: int) -> list[ActorMention]:
        """The ``count`` states a list joined by "and" names, the latest such list in this
        sentence before ``tok`` or in the two before it ("Germany, France and Britain")."""
        doc = tok.doc
        first = tok.sent.start
        for _ in range(2):
            first = doc[first - 1].sent.start if first else first
        for i in sorted((i for i in self.at if first <= i < tok.i), reverse=True):
            head = doc[i]
            if head.dep_ == "conj" or not any(c.dep_ == "conj" for c in _kids(head)):
                continue
            listed = [self.at.get(w.i) for w in (head, *head.conjuncts)]
            states = {m.country: m for m in listed if m is not None and m.country and
                      m.basis != "location" and m.country not in REGIONS and _of_state(m)}
            if len(states) == count == len(listed):
                return list(states.values())
        # (no list: "Biden hosted Kishida and Yoon at Camp David, where the three leaders
        # agreed": the states of the parties this sentence names before the phrase, when
        # there are that many)
        named = self._states_between(tok.sent.start, tok.i, True)
        if len(named) == count:
            return list(reversed(named.values()))
        return []

    def _phrase(self, tok: Token, depth: int) -> list[ActorMention]:
        if lemma(tok) in _HOSTING_SITES and depth < 3:
            # "fired missiles at two Iraqi air bases housing US troops": those the base houses
            housed = [x for a in _children(tok, "acl") if lemma(a) in ("house", "host")
                      for o in _children(a, "dobj") for x in self.of(o, depth + 1)
                      if x.basis != "location"]
            if housed:
                return housed
        if (tok.i not in self.at or self.at[tok.i].basis == "coreference") and \
                tok.lemma_.lower() in _PAIR_HEADS and any(
                (c.dep_ == "det" and c.lower_ == "both") or
                (c.dep_ == "nummod" and c.lower_ == "two") or
                (c.dep_ == "predet" and c.lower_ == "both") for c in _kids(tok)):
            return self._pair(tok)
        count = next((_GROUP_SIZES[c.lower_] for c in _kids(tok) if c.dep_ == "nummod" and
                      c.lower_ in _GROUP_SIZES), 0)
        if count and tok.lemma_.lower() in _PAIR_HEADS and (
                tok.i not in self.at or self.at[tok.i].country in REGIONS or
                self.at[tok.i].basis == "coreference") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in _kids(tok)):
            # "Germany, France and Britain triggered the snapback ... The three European
            # countries accused Tehran": the three named before, not Europe
            group = self._named_group(tok, count)
            if group:
                return _as_pair(tok, group)
        if tok.i not in self.at and tok.lower_ == "two" and tok.pos_ == "NUM" and \
                tok.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in _kids(tok)):
            return self._pair(tok)  # "where the two signed a defence pact"
        if tok.lemma_.lower() in _ARMED_FOLLOWINGS and depth < 3:
            # "forces loyal to Riek Machar": an armed following, not its leader's office
            leaders = [(q, x) for a in _kids(tok) if a.dep_ == "amod" and a.lower_ == "loyal"
                       for p in _children(a, "prep") if p.lower_ == "to"
                       for q in _children(p, "pobj") for x in self.of(q, depth + 1)]
            if leaders:
                return [_as_following(m, q) for q, m in leaders]
        if tok.i not in self.at and tok.lemma_.lower() in _OTHERS_OF and depth < 3 and any(
                c.dep_ == "poss" for c in _kids(tok)):
            # "Somalia's international partners, including Turkey and the United States",
            # "Kenya's allies": others than the one whose they are; the ones named ("its ally
            # Hezbollah"), or no one
            preps = [p for p in _kids(tok) if p.dep_ == "prep" and p.lower_ in (
                "including", "like", "such")]
            # (and the body they are members of: "its European Community partners")
            others = [*_children(tok, "appos", "compound"),
                      *(g for p in preps for g in _children(p, "pobj")),
                      *(g for p in preps for c in _children(p, "prep")
                        for g in _children(c, "pobj"))]
            return [x for q in others for x in self.of(q, depth + 1)]
        if tok.lemma_.lower() in _COUNSEL and depth < 3:
            # "Khan's lawyer", "lawyers for Duterte": the client's counsel speaks for him
            clients = [x for c in _kids(tok) if c.dep_ == "poss" for x in self.of(c, depth + 1)]
            clients += [x for p in _kids(tok) if p.dep_ == "prep" and p.lower_ in ("for", "of")
                        for q in _children(p, "pobj") for x in self.of(q, depth + 1)
                        if x.basis != "location"]
            if clients:
                return clients
        if (tok.i not in self.at or self.at[tok.i].basis in ("context", "agent")) and \
                lemma(tok) in _ENVOYS and depth < 3:
            # "Delegations from Sudan's army and the RSF held talks": each side's envoys
            sides = [x for p in _kids(tok) if p.dep_ == "prep" and p.lower_ in ("from", "of")
                     for q in _children(p, "pobj") if q.conjuncts
                     for x in self.of(q, depth + 1) if x.basis != "location"]
            if len(sides) >= 2:
                return sides
        if tok.i not in self.at and lemma(tok) in _ALLIANCES and depth < 3:
            # "an alliance of rebel groups signed a peace deal": the groups allied
            members = [x for p in _kids(tok) if p.dep_ == "prep" and p.lower_ == "of"
                       for q in _children(p, "pobj") for x in self.of(q, depth + 1)
                       if x.basis != "location"]
            if members:
                return members
        if tok.i not in self.at and lemma(tok) in _FOLLOWERS and any(
                c.dep_ == "poss" and c.lower_ in ("their", "his", "her") for c in _kids(tok)):
            # "arrested two opposition officials and fired tear gas at hundreds of their
            # supporters": the followers of the party named last before them in the sentence
            before = [m for i in range(tok.sent.start, tok.i) if (m := self.at.get(i))
                      is not None and m.basis != "location" and m.sector and
                      (m.sector[:3] in ("OPP", "PTY", "REB", "REL") or m.basis == "name")]
            if before:
                return before[-1:]
        if tok.i not in self.at and tok.tag_ == "NNS" and depth < 3:
            # "far-right figures in the French government", "hardliners within the ruling
            # party": people of the body they sit in (not of a place: "protesters in Paris")
            bodies = [x for p in _kids(tok) if p.dep_ == "prep" and p.lower_ in ("in", "within")
                      for q in _children(p, "pobj") for x in self.of(q, depth + 1)
                      if x.basis in ("agent", "organization") and x.sector]
            if bodies:
                return bodies
        m = self.at.get(tok.i)
        if (m is None and tok.tag_ == "NNS") or (m is not None and (
                m.basis == "context" or (m.basis == "country" and m.sector == "CVL") or
                m.country in REGIONS)):
            # "Critics, including the European Commission, ...": the ones named ("11
            # Americans, including Senators Marco Rubio and Ted Cruz", "diplomats from seven
            # Latin American countries, including Argentina, Chile and Peru")
            named = [x for p in _kids(tok) if p.dep_ == "prep" and p.lower_ in (
                "including", "like") for q in _children(p, "pobj") for x in self.of(q, depth + 1)]
            if named:
                return named
        if m is not None:
            if m.basis == "location" and depth == 0 and tok.dep_ == "pobj":
                return []
            # "Congolese government and M23 negotiators": the negotiators of two sides
            shared = [x for c in _kids(tok) if c.dep_ in ("nmod", "compound") and
                      c.i < tok.i and any(g.dep_ in ("conj", "cc") for g in _kids(c))
                      for x in self.of(c, depth + 1) if x is not m and x.sector]
            return [*shared, m] if shared and depth < 3 else [m]
        if depth > 3:
            return []
        if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and (
                tok.lower_ in _FIRM_WORDS or tok.lower_.endswith(_FIRM_ENDINGS)):
            # "India's Tata Group", "France's TotalEnergies": a company the dictionaries lack,
            # its country's business, not the state (not "Egypt's Muslim Brotherhood")
            owners = [x for c in _kids(tok) if c.dep_ == "poss" and (x := self.at.get(c.i))
                      and x.basis == "country" and x.country]
            if owners:
                return [replace(owners[0], code=f"{owners[0].country}BUS", sector="BUS",
                                plover_sector="Business", basis="context")]
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.i < tok.head.i:
            # "Besigye, who was abducted in Nairobi": the relative pronoun's antecedent
            return self.of(tok.head.head, depth + 1)
        laid = _blamed_on(tok, self) if tok.pos_ == "NOUN" else []
        if laid:
            return laid  # "an airstrike blamed on the army killed 20"
        if tok.lemma_.lower() in _BODY_HEADS:
            # "Pakistan's Inter-Services Intelligence agency", "Myanmar's Arakan Army group":
            # the body named before the word, not the country it belongs to
            named = [x for c in _kids(tok) if c.dep_ == "compound" and c.i < tok.i
                     for x in self.of(c, depth + 1)
                     if x.sector and x.basis not in ("location", "country", "capital")]
            if named:
                return named
        for child in _kids(tok):  # "his Chinese counterpart Xi Jinping": the person named
            m = self.at.get(child.i) if child.dep_ == "appos" else None
            if m is not None and m.sector and m.basis != "location":
                return [m]
        based: list[ActorMention] = []
        for child in _kids(tok):
            if child.dep_ in _NP_MODIFIERS and not (
                    child.dep_ == "amod" and lemma(child) in _BACKING and
                    child.i < tok.i and any(c.dep_ in ("npadvmod", "compound", "nmod")
                                            for c in _kids(child))):
                # (not "Iran-backed militias": their patron is not who they are)
                found = self.of(child, depth + 1)  # "Hungarian and Romanian officials"
                if found and child.dep_ in ("compound", "nmod") and \
                        tok.lemma_.lower() in _PLACE_NAMED and \
                        all(m.basis == "location" for m in found):
                    continue  # "the Paris agreement", "the Vienna talks": named for a venue
                if found and tok.lemma_.lower() in _BACKERS and child.dep_ in ("poss",
                                                                              "compound"):
                    # "Yoon's supporters stormed a court": people of the street, not the
                    # state their leader heads (an opposition's or a group's are its own)
                    return _as_backers(found)
                if found and tok.lemma_.lower() in _ADVERSARIES and child.dep_ == "poss":
                    # "after his main rivals were jailed": the leader's opponents, not the
                    # leader (a ruler's are the opposition; others' unknown)
                    return [replace(m, code=f"{m.country}OPP", sector="OPP",
                                    plover_sector="Opposition")
                            for m in found
                            if m.country and (m.sector or "")[:3] in ("GOV", "ELI")]
                if found and all(m.basis == "compound" for m in found):
                    # "Chinese, Russian and Iranian warships": the list's every member, its
                    # commas parsed as modifiers of the noun each
                    found = list(dict.fromkeys([*found, *(
                        x for c in _kids(tok) if c.i > child.i and
                        c.dep_ in ("amod", "compound", "nmod")
                        for x in self.of(c, depth + 1) if x.basis == "compound")]))
                if found and child.dep_ == "amod" and lemma(child) == "base":
                    based = based or found  # ("the Pakistan-based Jaish-e-Mohammed group":
                    continue  # the body named, before where it is based)
                if found:
                    return found
        if based:
            return based  # ("a London-based rights group")
        # a town is its country's, where the actors know neither it nor its name: "the town
        # of Moqokori in Somalia's Hiraan region", "Seiyun, the second city of Yemen's
        # Hadramawt province"
        settled = tok.lemma_.lower() in SETTLEMENTS or (
            tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and
            tok.head.head.lemma_.lower() in SETTLEMENTS)
        if tok.pos_ == "PROPN" and depth < 3:
            for town in _children(tok, "appos"):
                if town.lemma_.lower() in SETTLEMENTS and town.i > tok.i:
                    found = self.of(town, depth + 1)
                    if found:
                        return found
        for child in _kids(tok):
            if child.dep_ == "prep" and (child.lower_ in _OWNER_PREPS or (
                    child.lower_ == "for" and tok.lemma_.lower() in _SHELTERS) or (
                    child.lower_ == "in" and settled)):
                # "a camp for Congolese refugees": theirs
                for pobj in _kids(child):
                    if pobj.dep_ == "pobj":
                        found = self.of(pobj, depth + 1)
                        if found and tok.lemma_.lower() in _BACKERS and child.lower_ == "of":
                            # "Supporters of Yoon rallied": as "Yoon's supporters" are
                            return _as_backers(found)
                        if found:
                            return found
        return []


def _as_backers(leaders: list[ActorMention]) -> list[ActorMention]:
    """Mentions of leaders as their backers: "Yoon's supporters", "supporters of Yoon" are
    people of the street, not the office Yoon holds (an opposition's or a group's backers stay
    its own)."""
    return [_as_street(m) if m.country and (m.sector or "")[:3] in _OFFICE_HOLDING else m
            for m in leaders]


def _polled(doc: Doc, mention: ActorMention) -> bool:
    """Whether a people is named as a share of it polled ("70 percent of Germans", "most
    Israelis"), or in a sentence a poll or survey reports."""
    root = _mention_root(doc, mention)
    if root is None:
        return False
    if any(lemma(t) in _POLLS and t.dep_ in ("nsubj", "nsubjpass") for t in root.sent):
        return True  # ("a survey found", "polls show"; not "ahead of the polls")
    if mention.basis != "country":
        return False  # ("most protesters condemned the police": a crowd's act)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and \
            lemma(root.head.head) in _SHARES:
        return True
    return any(c.dep_ in ("amod", "det", "nummod") and lemma(c) in _SHARES
               for c in _kids(root))


def _on_mission(verb: Token) -> bool:
    """Whether a deployment is told as a mission of help in its own clause and purpose:
    peacekeepers, a security or peacekeeping mission, or one sent "at the request of" the
    host (not "into southern Lebanon, where UN peacekeepers are deployed")."""
    words = [t.lower_ for t in _own_words(verb, _TOLD_APART)]
    return any(w.startswith(("peacekeep", "peace-keep")) for w in words) or any(
        w == "mission" and i > 0 and words[i - 1] in _MISSION_KINDS
        for i, w in enumerate(words)) or "at the request of" in " ".join(words)


def _blamed_on(noun: Token, actors: _Actors) -> list[ActorMention]:
    """Whom an attack is laid at: "killed in an airstrike blamed on the army" (the army),
    "a drone strike attributed to Israel"."""
    return [m for a in _children(noun, "acl") if lemma(a) in _LAID_AT
            for w in ("on", "to") for q in _prep_objects(a, w) for m in actors.of(q)]


def _as_following(m: ActorMention, leader: Token) -> ActorMention:
    """The armed following of a leader: the state's forces for its head or its government
    ("troops loyal to President Kiir"), a general's or a group's own, or a rebel force for
    anyone else ("forces loyal to Riek Machar", his vice-president)."""
    if not m.country or not m.sector or m.country[:3] in ORG_PREFIXES or \
            m.sector[:3] in _ARMED_SIDES:
        return m
    state = m.sector[:3] == "GOV" and any(w.lemma_.lower() in _RULERS for w in leader.subtree)
    sector = "MIL" if state else "REB"
    return replace(m, code=m.country + sector, sector=sector,
                   plover_sector="Military" if state else "Rebel")


def _as_street(m: ActorMention) -> ActorMention:
    """A country named as a crowd's ("Kenya protests") as its civilians."""
    return replace(m, code=f"{m.country}CVL", sector="CVL", plover_sector="Civilian")


def _of_state(m: ActorMention) -> bool:
    """Whether a mention is a state's own (its government, forces or legislature)."""
    return (m.sector or "GOV")[:3] in ("GOV", "MIL", "LEG", "ELI")


def _as_state(m: ActorMention) -> ActorMention:
    """A mention's country as the state itself: "Egypt" arrived in, the defenders'
    state of "Israeli air defences"."""
    return replace(m, code=m.country, sector=None, plover_sector=None, basis="country")


def _as_government(m: ActorMention) -> ActorMention:
    """A place's country as its government, the doer of a state's act done there with no
    doer named: "condemned the execution of three protesters in Iran", "was detained in
    Iran"."""
    return replace(m, code=f"{m.country}GOV", sector="GOV", plover_sector="Government",
                   basis="context")


def _as_pair(tok: Token, pair: list[ActorMention]) -> list[ActorMention]:
    """The two sides a pair word names, as states where the word says so ("the two countries"
    after "the Ukrainian air force")."""
    if tok.lemma_.lower() in _STATE_WORDS:
        return [replace(m, code=m.country, sector=None, plover_sector=None) if m.sector else m
                for m in pair]
    return pair


def _head_noun(tok: Token) -> Token:
    """The noun a modifier qualifies ("Qatari" in "Qatari and Egyptian mediators"), or the
    token itself."""
    while tok.dep_ in ("amod", "compound", "nmod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _mediating(tok: Token) -> bool:
    """Whether a phrase is the go-between of a mediation: "mediated by the United Arab
    Emirates", "talks brokered by Qatar and Egypt"."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "by" and \
        lemma(head.head) in ("mediate", "broker", "facilitate", "host", "sponsor")


def lemma(tok: Token) -> str:
    """The token's lemma, lower case, mended where the small model strips a verb's final e
    ("staged" -> "stag", "based" -> "bas") or keeps a capitalised plural ("Accords")."""
    table = tok.doc.user_data.get(_LEMMAS)
    return table[tok.i] if table is not None else _lemma(tok)


def _lemma(tok: Token) -> str:
    value = tok.lemma_.lower()
    if value not in _KNOWN and value + "e" in _KNOWN and (
            tok.lower_.startswith(value + "e") or tok.lower_ == value + "ing"):
        return value + "e"  # ("waging" -> "wag")
    if value[-1:] == "s" and tok.tag_ in ("NNPS", "NNP") and (
            value[:-1] in _NAMED_DOCUMENTS or value[:-1] in _CAPITAL_FORCES or (
                value[:-1] in _ROW_WORDS and not tok.ent_type_ and tok.is_sent_start)):
        return value[:-1]  # "signed the Abraham Accords", "U.S. Marines rolled into
        # Baghdad": a plural the model keeps as a name; and "Rockets were fired from
        # Lebanon": a plural the model takes for a name because it opens the sentence
    return value


# The houses a motion of no confidence is put in: "lost a confidence vote in parliament".
_HOUSES = frozenset({"parliament", "assembly", "house", "senate", "congress", "chamber",
                     "legislature", "bundestag", "knesset", "duma", "rada", "sejm", "majlis",
                     "storting", "riksdag", "folketing", "cortes", "diet"})

# Lemmas the coder looks for; a stray lemma one "e" short of one of them is mended.
_KNOWN: set[str] = set()
# The words trigger rows are written for or name as their objects (filled by
# EventCoder.__init__): a capitalised plural opening a sentence is read as one of them.
_ROW_WORDS: set[str] = set()
# Documents named in capitalised plurals the model keeps ("the Abraham Accords").
_NAMED_DOCUMENTS = frozenset({"accord", "treaty", "agreement", "protocol", "convention",
                              "declaration", "pact", "deal", "understanding"})


# Words of a crowd of a party's people, who clash with their hands, not their words.
_CROWD_WORDS = frozenset({"supporters", "activists", "members", "workers", "youths", "cadres",
                          "followers", "loyalists", "militants", "students", "protesters",
                          "demonstrators", "mobs", "crowds", "fans"})
# Bare counts of people that stand for some of a crowd named before: "detaining dozens".
_BARE_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "some", "many",
                          "several", "others", "dozen"})
# Verbs of what an attack does to its target: "was damaged in the attack".
_HARMED = frozenset({"damage", "destroy", "hit", "strike", "kill", "wound", "injure", "hurt",
                     "target", "raze", "flatten", "level", "burn", "disable", "shell",
                     "bomb"})
# What a state's own economic controls are of: "currency controls", "capital controls".
_ECONOMIC_CONTROLS = frozenset({"currency", "capital", "price", "exchange", "rent", "foreign"})
# Verbs of a trend in what is done: "attacks have intensified".
_TRENDS = frozenset({"intensify", "increase", "escalate", "grow", "rise", "surge", "mount",
                     "worsen", "soar", "double", "multiply"})
# Documents whose participle tells what they hold: "a treaty pledging to deepen cooperation".
_DOCUMENTS = frozenset({"treaty", "agreement", "declaration", "deal", "accord", "pact",
                        "statement", "communique", "memorandum", "resolution", "charter"})
# What police fire at a crowd: "fired tear gas", "water cannon".
_CROWD_CONTROL = frozenset({"gas", "teargas", "cannon", "pellet", "bullet", "grenade"})
# What a crowd in a protest does that a row codes as force: "attacked", "injured".
_RIOT_HARMS = frozenset({"attack", "injure", "wound", "hurt"})
# Verbs of taking people into custody.
_DETAINING = frozenset({"detain", "arrest", "apprehend", "jail", "hold", "round"})
# Things that stand for a ruler or a state: what is done to them is done to no one.
_SYMBOLS = frozenset({"statue", "poster", "portrait", "flag", "monument", "banner", "billboard",
                      "bust", "effigy", "mural", "picture", "photo", "photograph", "sign"})
# Verbs of talks whose object is what is talked about.
_TOPIC_VERBS = frozenset({"discuss", "debate", "review", "address", "examine", "consider"})
# Prepositions and nouns that frame an act in another: "pulled out under a deal" withdraws
# from none (but "came under fire" is fired on).
_FRAMING = frozenset({"under", "despite", "amid", "per"})
_FRAMES = frozenset({"deal", "agreement", "accord", "pact", "plan", "arrangement", "treaty",
                     "framework", "ceasefire", "truce", "mandate", "order", "ruling", "law",
                     "terms", "resolution", "memorandum"})
# What one is arrested on: "on suspicion of spying", "on charges of treason".
_SUSPICIONS = frozenset({"suspicion", "charge", "allegation", "accusation", "count"})
# Acts one is said to be behind: "said China was behind the cyberattack".
_BEHIND_ACTS = frozenset({
    "attack", "cyberattack", "hack", "hacking", "breach", "campaign", "sabotage", "killing",
    "assassination", "murder", "bombing", "intrusion", "arson", "plot", "poisoning",
    "explosion", "blast", "strike", "shooting", "kidnapping", "abduction", "interference",
    "meddling", "disinformation", "coup", "unrest", "violence", "protest", "riot", "incursion"})
# Who strikes for pay or work.
_STRIKERS = frozenset({
    "union", "worker", "doctor", "teacher", "nurse", "employee", "staff", "driver", "miner",
    "trucker", "pilot", "lecturer", "farmer", "lawyer", "physician", "medic", "docker",
    "dockworker", "labourer", "laborer", "professor", "controller", "conductor", "collector",
    "civil", "servant", "federation", "confederation", "attendant", "firefighter", "porter",
    "trader", "vendor", "operator", "transporter", "shopkeeper", "merchant", "journalist",
    "judge", "magistrate", "pharmacist", "engineer", "academic", "student", "opposition"})
# Heads of a count of people: "thousands of health workers began a strike".
_COUNTS = frozenset({"thousand", "hundred", "dozen", "million", "ten", "score", "number",
                     "group", "crowd", "majority", "scores", "tens", "hundreds", "thousands"})


def _workers_strike(noun: Token) -> bool:
    """Whether a strike noun is one by workers: its verb's subject or its "by" doer is a
    working people ("Unions held a strike", "a strike by French air traffic controllers")."""
    governor = EventCoder._governor(noun)
    doers = [c for c in _kids(governor) if c.dep_ == "nsubj"] if governor is not None else []
    doers += list(_prep_objects(noun, "by"))
    # ("Thousands of health workers began a strike": the workers counted)
    doers += [o for d in list(doers) if d.lemma_.lower() in _COUNTS or d.pos_ == "NUM"
              for o in _prep_objects(d, "of")]
    doers += [c for d in list(doers) for c in d.conjuncts]
    return any(w.lemma_.lower() in _STRIKERS for d in doers
               for w in (d, *(c for c in _kids(d) if c.dep_ in ("compound", "amod"))))


def _done_to_subject(verb: Token) -> bool:
    """Whether ``verb`` is a bare past participle after a comma, done to the passive subject of
    the clause it hangs on: "was arrested on Friday, charged with trespassing", "was detained
    in Istanbul, accused of insulting the president"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > verb.head.i and \
        any(c.dep_ in ("auxpass", "nsubjpass") for c in _kids(verb.head)) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark", "agent")
            for c in _kids(verb)) and any(t.text == "," for t in verb.doc[verb.head.i:verb.i])


def _passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in _kids(verb)):
        return True
    if _done_to_subject(verb):
        return True
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ != "conj" and any(
            c.dep_ in ("auxpass", "nsubjpass") for c in _kids(verb.head)) and not any(
                c.dep_ in ("nsubj", "dobj", "aux", "xcomp", "ccomp") for c in _kids(verb)) \
            and lemma(verb) not in _PROMISING and lemma(verb) not in _REPORTING:
        return True  # "was charged with corruption and remanded in custody": both done to him
        # (but "was sworn in and pledged to restore relations": what he pledged is his act)
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and lemma(verb) in _DONE_TO and \
            any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for c in _kids(verb)) and \
            not any(c.dep_ in ("dobj", "aux", "auxpass", "agent") for c in _kids(verb)) and any(
                t.dep_ == "auxpass" and t.head.tag_ == "VBN" and t.head.i < verb.i
                for t in verb.sent if t.i < verb.i):
        return True  # "48 officers were injured and 22 people detained": the second passive
        # with its auxiliary left out (the parser reads the people as the detainers)
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in _kids(verb)):
        return True  # "Rebuked by Eriador, Osgiliath ...": a passive participle
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma(verb) in _DONE_TO and \
            not any(c.dep_ in ("dobj", "prt") for c in _kids(verb)):
        return True  # "a Turkish journalist arrested in Istanbul": done to the noun
    # Headlines drop the auxiliary: "Opposition leader detained at airport" (and "Comey
    # indicted on false statement charges": the charges read as the object)
    if verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ == "aux" or (c.dep_ == "dobj" and not (
                lemma(verb) in _CHARGED_WITH and lemma(c) in _CHARGE_WORDS))
            for c in _kids(verb)):
        return False
    return bool(verb.doc.user_data.get("eventcoder_headline")) or (
        verb.dep_ == "ROOT" and lemma(verb) in _DONE_TO and _headline_like(verb.sent))


def _headline_like(sent: Span) -> bool:
    """A short line with no closing punctuation: a headline in a body ("Kremlin critic jailed
    for 25 years")."""
    text = sent.text.rstrip()
    return 2 < len(sent) <= 14 and text[-1:] not in ".!?\"'”’:;)" and "\n" not in text


def _if_clause(verb: Token) -> Token | None:
    """The verb's "if"/"unless" clause, or one told by inversion ("Were China to invade
    Taiwan, ..."): the condition of a threat."""
    return next((c for c in _kids(verb) if (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in _kids(c))) or _inverted(c)),
        None)


def _undone(verb: Token) -> bool:
    """Whether ``verb`` is a participle telling what a measure does that a verb of reversing
    undoes: "revoked the decree banning social media", "cancelled the decree imposing a
    curfew"."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and \
        verb.head.dep_ in ("dobj", "nsubjpass") and lemma(verb.head.head) in _REVERSING


# What a measure or an act does to those it falls on, told in a passive with the act as its
# doer ("hit by U.S. tariffs", "hurt by sanctions"): their news, not the act's.
_HURTING = frozenset({"hit", "hurt", "affect", "squeeze", "weigh", "dent", "batter", "drag",
                      "damage", "impact", "pressure"})


def _launched(weapons: Iterable[Token]) -> list[Token]:
    """The participles that tell the weapons were launched or fired: "a drone launched from
    Yemen", "a missile fired by the Houthis"."""
    return [a for w in weapons for a in _kids(w) if a.dep_ == "acl" and
            lemma(a) in ("launch", "fire")]


def _freed_from(verb: Token) -> bool:
    """Whether ``verb`` is a participle telling, with no doer named, what was done to those
    another verb frees: "pardoned two politicians jailed for abuse of power", "the release of
    protesters detained during the clashes" (not "freed hostages abducted by Hamas")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in _kids(verb)):
        return False
    held = verb.head
    freer = held.head if held.dep_ in ("dobj", "nsubjpass", "conj") else \
        held.head.head if held.dep_ == "pobj" and held.head.lower_ == "of" else None
    return freer is not None and (lemma(freer) in _FREEING or (
        lemma(freer) in _PUNISHMENTS_DONE and lemma(verb) in _CONVICTING))


# Verbs of a punishment carried out, and of the verdicts that led to it: "executed two men
# convicted of terrorism offences" tells no new verdict.
_PUNISHMENTS_DONE = frozenset({"execute", "hang", "behead", "punish", "flog", "jail", "imprison"})
_CONVICTING = frozenset({"convict", "sentence", "condemn", "find"})
# Verbs and nouns of setting people free.
_FREEING = frozenset({"release", "free", "pardon", "amnesty", "acquit", "exchange", "swap",
                      "repatriate", "rescue", "liberate", "freeing", "parole"})


def _first_conjunct(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` is one of: "threatened to send troops and to halt
    aid" for "halt", "Egypt" in "brokered by Egypt, Qatar and the United States"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _threatened(tok: Token) -> bool:
    """Whether ``tok`` is what a verb of threatening names ("threatened to halt all aid",
    "threatened to send troops and to halt aid")."""
    node = _first_conjunct(tok)
    return node.dep_ in ("xcomp", "ccomp") and lemma(node.head) in ("threaten", "warn")


def _life_told(verb: Token) -> bool:
    """Whether ``verb`` tells in the past perfect what a dead person had done: its subject is
    "the late X" or one "who died" or "who was killed" on a day the text names."""
    top = _first_conjunct(verb)
    if verb.tag_ != "VBN" or top.dep_ != "ROOT" or not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in (*_kids(verb), *_kids(top))):
        return False
    for subject in (c for c in _kids(top) if c.dep_ == "nsubj"):
        if any(c.dep_ == "amod" and c.lower_ == "late" for c in _kids(subject)):
            return True
        for clause in (c for c in _kids(subject) if c.dep_ == "relcl"):
            # (a death with a day of its own: not "the attacker, who died in the blast, had
            # detonated a bomb", the day's own act)
            if (lemma(clause) in _DYING or (lemma(clause) in ("kill", "assassinate") and any(
                    c.dep_ == "auxpass" for c in _kids(clause)))) and any(
                    t.ent_type_ == "DATE" for t in clause.subtree):
                return True
    return False


def _lead(doc: Doc, default: Span) -> Span:
    """The story's lead: its first sentence with a verb (a byline or a dateline of its own
    comes before it), else ``default``."""
    return next((s for s in sentences_of(doc) if s.root.pos_ in ("VERB", "AUX")), default)


def _standing(verb: Token) -> bool:
    """Whether ``verb`` tells how things stand in a story's body, not what was done: a main
    clause in the simple present of a verb of holding, backing or hosting, with no day told
    and no one quoted ("Lebanon hosts 1.5 million Syrian refugees", "Iran backs the Houthis",
    "Russia still occupies the plant", "The United States provides Israel with $3.8 billion in
    military aid each year"). A headline's present is its news, and so is the lead's and a
    present with its day ("Russia pounds Kharkiv on Tuesday")."""
    if verb.tag_ not in ("VBZ", "VBP") or lemma(verb) not in _STANDING or \
            verb.doc.user_data.get("eventcoder_headline"):
        return False
    top = _first_conjunct(verb)
    if top.dep_ != "ROOT" or top.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in (*_kids(verb), *_kids(top))):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i", "you") for c in _kids(top)):
        return False  # "We support Ukraine": said in the first person, a stance taken now
    sent = verb.sent
    if sent.start <= _lead(verb.doc, sent).start or any(t.text in _QUOTE_MARKS for t in sent):
        return False  # (the lead is the story's news: "EU provides €45m support for ...",
        # after a byline or a dateline of its own)
    if any(c.dep_ == "advmod" and c.lower_ in ("still", "currently", "already", "routinely",
                                               "traditionally", "long")
           for c in _kids(verb)):
        return True
    return not any((t.ent_type_ in ("DATE", "TIME") and t.lower_ not in _YEARLY) or
                   t.lower_ in ("today", "tonight", "now") for t in sent)


# Simple presents that tell a standing state in a story's body (see _standing).
_STANDING = frozenset({
    "host", "support", "back", "occupy", "control", "hold", "buy", "import", "export",
    "provide", "supply", "fund", "finance", "patrol", "require", "commit", "prosecute",
    "sponsor", "arm", "train", "shelter", "harbour", "harbor", "govern", "rule",
    "administer", "station", "keep", "maintain", "guarantee", "protect", "defend",
    "employ"})
_YEARLY = frozenset({"each", "every", "year", "annually", "yearly", "a", "per", "month",
                     "week", "day", "daily", "weekly", "monthly"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _inverted(clause: Token) -> bool:
    """Whether ``clause`` is a condition told by inversion, ahead of its main clause: "Were
    Beijing to blockade Taiwan, ...", "Had Israel struck Iran's oil facilities, ...", "Should
    Iran close the strait, ..." (not "Never before had China sent ...", nor a question)."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i or \
            clause.i > clause.head.i:
        return False
    first = clause.left_edge
    if first.lower_ not in ("were", "had", "should") or (
            first.i > first.sent.start and first.nbor(-1).lower_ not in (",", ";", "and", "but")):
        return False
    subject = next((c for c in _kids(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and first.i < subject.i


def _guessed(tok: Token) -> bool:
    """Whether what ``tok`` tells is a guess: hedged ("was likely preparing to send troops",
    "is expected to send"), or believed or expected by someone ("officials believe Beijing is
    planning drills")."""
    node = tok if tok.pos_ != "NOUN" else (EventCoder._governor(tok) or tok)
    for _ in range(6):
        if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in _kids(node)):
            return True
        if node.head.i == node.i:
            return False
        if node.dep_ in ("xcomp", "ccomp") and (
                lemma(node.head) in _GUESSING or lemma(node.head) in ("believe", "think")):
            return True
        if node.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
            return False
        node = node.head
    return False


_HEDGES = frozenset({"likely", "probably", "possibly", "reportedly", "allegedly", "apparently"})


def _topics(doc: Doc, mentions: Sequence[ActorMention]) -> bool:
    """Whether every mention is only what something is about: "coordination on China"."""
    def topic(m: ActorMention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "pobj" and \
            span.root.head.lower_ in ("on", "over", "about", "regarding", "concerning")
    return bool(mentions) and all(topic(m) for m in mentions)


def _investments(verb: Token) -> list[Token]:
    """The investment a verb promises: its object ("pledged investments"), the object's sum
    ("$350 billion in investment"), its own "in" ("committed $1.4 trillion in investments") or
    its complement ("pledged to invest $10 billion")."""
    found = [w for o in _children(verb, "dobj")
             for w in (o, *_prep_objects(o, "in"), *_prep_objects(o, "of"))]
    found += [*_prep_objects(verb, "in"), *_children(verb, "xcomp")]
    return [w for w in found if lemma(w) in _INVESTING]


def _aid_kind(verb: Token) -> str | None:
    """The aid code (071-073) the verb's object names by its modifier: "military aid" in "sent
    military aid", "$6 million in humanitarian assistance" (or an aid noun's own: "humanitarian
    aid to Gaza"); None for none or several."""
    objects = list(_children(verb, "dobj")) if verb.pos_ == "VERB" else [verb]
    # (and what a recipient is provided with: "provide Ukraine with 500 million euros in aid";
    # and a sum's "in" the parser hung on the verb: "pledged 500 million pounds in
    # humanitarian aid")
    objects += list(_prep_objects(verb, "with")) if verb.pos_ == "VERB" else []
    objects += [p for p in _prep_objects(verb, "in") if lemma(p) in _AID_NOUNS] \
        if verb.pos_ == "VERB" and objects else []
    objects += [p for o in objects for prep in _children(o, "prep") if prep.lower_ in ("in", "of")
                for p in _children(prep, "pobj")]
    objects += [c for o in objects for c in o.conjuncts]  # "rescue teams and relief supplies"
    # (an aid noun modifying another: "a military aid package", "relief supplies")
    objects += [c for o in objects for c in _kids(o)
                if c.dep_ == "compound" and lemma(c) in _AID_NOUNS]
    kinds = {_AID_KINDS[c.lemma_.lower()] for o in objects if lemma(o) in _AID_NOUNS
             for c in _kids(o) if c.dep_ in ("amod", "compound") and c.lemma_.lower() in _AID_KINDS}
    kinds |= {"073" for o in objects if lemma(o) == "relief" or (
        lemma(o) in ("supply", "supplies") and any(lemma(c) == "relief" for c in _kids(o)))}
    if not kinds and any(_armaments(o) for o in objects):
        kinds = {"072"}  # "a package of drones for Ukraine", "pledged four IRIS-T systems"
    return kinds.pop() if len(kinds) == 1 else None


# What a speaker condemns by calling it so: "said the strikes were illegal".
_CONDEMNED = frozenset({
    "illegal", "unlawful", "illegitimate", "unacceptable", "outrageous", "violation",
    "provocation", "aggression", "crime", "atrocity", "unjustified", "unprovoked",
    "reckless", "irresponsible", "barbaric", "criminal", "disgrace", "disgraceful",
    "shameful", "absurd", "hostile", "interference", "blackmail", "unconstitutional",
    "terrorism", "massacre", "genocide", "bloodbath", "piracy", "sham", "farce", "travesty",
    "charade", "fraudulent", "rigged", "unfriendly", "provocative", "aggressive",
    "counterproductive", "destabilising", "destabilizing", "unjust",
    "unwarranted", "baseless", "deplorable", "abhorrent", "inhumane", "cruel",
    # ("observers said the vote was marred by irregularities")
    "mar", "taint", "flawed", "undemocratic"})
# ... what condemns when said of a side's deeds: "said China's actions were a threat to
# regional peace" (not "said inflation was the biggest threat")
_CONDEMNED_OF_SIDES = frozenset({"threat", "danger", "menace"})
# ... and the deeds whose adjective may condemn them: "an unfriendly act", "a hostile move"
_DEEDS_JUDGED = frozenset({"act", "move", "step", "measure", "decision", "action"})
# ... and what condemns when denied: "said the election was neither free nor fair"
_UPHELD = frozenset({"free", "fair", "credible", "legitimate", "transparent", "democratic",
                     "inclusive"})
# Verbs that stop goods on their way (see _kept_out).
_STOPPING_GOODS = frozenset({"block", "halt", "stop", "prevent", "bar", "obstruct", "restrict",
                             "suspend", "deny", "cut"})
# Verbs of finding that make a reported crime an accusation (see _charge).
_FINDING = frozenset({"find", "conclude", "determine", "rule", "allege", "charge"})
# What a side is accused of breaking when it "violated" it.
# (not a ceasefire, which is broken by a deed: "Pakistan violated the ceasefire, an officer
# said" is the violation, 196)
_BROKEN_RULES = frozenset({"law", "resolution", "right", "convention", "charter",
                           "sovereignty", "rule", "obligation", "norm", "principle", "treaty",
                           "constitution", "amendment", "act", "order", "injunction", "statute",
                           "ruling", "clause"})
# Who rules: a court's finding is a judgement (116), not the deed it judges (the bench that
# orders, less the prosecutor who only asks, and the justices and panels that rule).
_COURTS = (_BENCH - {"prosecutor", "bench"}) | {"justice", "panel"}
# What a speaker denies claims to be: "said the allegations were baseless" (016).
_DENIED = frozenset({"baseless", "groundless", "unfounded", "false", "untrue", "fabricated",
                     "fabrication", "lie", "nonsense", "fake", "misleading", "absurd",
                     "ridiculous", "preposterous", "slanderous", "fictitious"})
_CLAIMS = frozenset({"allegation", "accusation", "claim", "charge", "report", "assertion",
                     "suggestion", "rumour", "rumor"})
# Weapons of the air, which make an attack with them CAMEO's 195.
_AERIAL = frozenset({"drone", "warplane", "jet", "bomber", "aircraft", "helicopter",
                     "airstrike", "air-strike", "uav", "shahed", "geran", "gunship"})


# Words of drones that sail or dive: "sea drones", "naval drones", "underwater drones".
_AT_SEA = frozenset({"sea", "naval", "maritime", "marine", "underwater", "surface", "water",
                     "unmanned-surface", "kamikaze-boat", "boat", "submarine", "undersea"})


def _seaborne(word: Token) -> bool:
    """A drone that sails or dives: "Ukrainian naval drones struck two tankers" are boats,
    not aircraft."""
    return lemma(word) == "drone" and any(c.lower_ in _AT_SEA for c in _kids(word)
                                          if c.dep_ in ("amod", "compound", "nmod"))


def _aerial(word: Token) -> bool:
    """A weapon of the air: a drone, a warplane, a glide or guided bomb (not an
    "anti-aircraft" battery)."""
    if word.i >= 2 and word.doc[word.i - 1].text == "-" and \
            word.doc[word.i - 2].lower_ in ("anti", "counter"):
        return False
    if _seaborne(word):
        return False
    return lemma(word) in _AERIAL or (lemma(word) == "bomb" and any(
        c.lower_ in ("glide", "guided", "aerial", "cluster", "barrel") for c in _kids(word)))


# Acts an investigation looks into, whose "of" names victims, not doers.
_INVESTIGATED_ACTS = frozenset({
    "killing", "death", "murder", "attack", "strike", "airstrike", "shooting", "crime",
    "abuse", "torture", "disappearance", "rape", "massacre", "atrocity", "violation",
    "execution", "bombing", "shelling", "crash", "downing", "assassination", "beating"})
# The roots of what is said or done in words, whose "on X" may be what they are about.
_SAID_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"})
# The kind of cooperation an intent names (CAMEO 031x).
_COOPERATION_KINDS = {"economic": "0311", "trade": "0311", "energy": "0311",
                      "investment": "0311", "military": "0312", "defence": "0312",
                      "defense": "0312", "security": "0312", "judicial": "0313",
                      "intelligence": "0314"}
_AID_NOUNS = frozenset({"aid", "assistance", "support", "help", "relief", "financing", "funding",
                        "package", "supply", "supplies"})
# The parts one may have beside the parties ("with Trump as a witness").
_ASIDE_ROLES = frozenset({"witness", "observer", "guest", "guarantor", "onlooker", "spectator"})
# What carries a greeting sent ("a message of condolence", "a congratulatory telegram"), and
# the greeting its adjective names.
_MESSAGES = frozenset({"message", "letter", "cable", "telegram", "note", "card", "greeting"})
_MESSAGE_KINDS = {"congratulatory": "congratulation", "condolatory": "condolence",
                  "condolence": "condolence", "sympathy": "sympathy"}
# What military aid (072) is given in, whatever the row that reads the giving: "pledged four
# more IRIS-T systems", "a package of drones", "resumed weapons deliveries".
_ARMAMENTS = frozenset({"weapon", "weaponry", "arm", "arms", "munition", "ammunition", "missile",
                        "rocket", "drone", "jet", "warplane", "fighter", "tank", "artillery",
                        "shell", "howitzer", "interceptor", "launcher", "helicopter", "warship",
                        "frigate", "corvette", "submarine", "rifle", "firearm", "gun",
                        "armament", "patriot", "himars", "atacms", "tomahawk", "nasams",
                        "javelin", "stinger", "leopard", "abrams", "bradley", "rafale",
                        "gripen", "eurofighter", "f-16", "f-35", "f-16s", "f-35s"})
# ... and the general words that are arms when a weapon's name or kind qualifies them: "IRIS-T
# systems", "air defence systems" (not "payment systems")
_ARMED_KINDS = frozenset({"system", "battery", "equipment", "vehicle", "platform"})
_ARMED_QUALIFIERS = frozenset({"defence", "defense", "missile", "rocket", "military",
                               "air-defence", "air-defense", "anti-aircraft", "armoured",
                               "armored", "artillery", "patriot", "nasams", "himars", "iris"})


def _armed_state(doc: Doc, mention: ActorMention) -> ActorMention:
    """A state whose arms the resolver read as its military ("F-35 jets from the United
    States" as USAMIL): the state the arms go to or come from."""
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if mention.sector != "MIL" or words is None or not mention.country or \
            not any(_armaments(w) for w in words if w.pos_ in ("NOUN", "PROPN") and
                    w.i < words.root.i + 1 and w.ent_type_ not in ("GPE", "NORP")):
        return mention
    return replace(mention, code=mention.country, sector=None, plover_sector=None)


def _armaments(word: Token) -> bool:
    """Whether ``word`` names arms: "drones", "F-16 jets", "IRIS-T systems", "air defence
    systems", "weapons deliveries"."""
    name = lemma(word)
    if name in _ARMAMENTS or word.lower_ in _ARMAMENTS:
        return True
    mods = [c for c in _kids(word) if c.dep_ in ("compound", "amod", "nmod") and c.i < word.i]
    if name in _ARMED_KINDS:
        return any(lemma(c) in _ARMED_QUALIFIERS or c.lower_ in _ARMED_QUALIFIERS or
                   lemma(c) in _ARMAMENTS or (c.pos_ == "PROPN" and c.text[:1].isupper())
                   for c in mods)
    return name in ("delivery", "shipment", "transfer", "sale", "supply", "package") and any(
        lemma(c) in _ARMAMENTS or c.lower_ in _ARMAMENTS for c in mods if c.dep_ == "compound")


def _own_ground(place: Token) -> bool:
    """ "its northern border", "their own territory": a place that is the mover's own."""
    return lemma(place) in ("border", "frontier", "territory", "soil", "coast", "region") and \
        any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
            for c in _kids(place))


def _told_condition(clause: Token) -> Token | None:
    """The "if"/"unless" clause of a told clause or of a verb it goes on with: "warned that
    'all hell is going to break out' if Hamas did not free the hostages"."""
    for verb in (clause, *(t for t in clause.subtree if t.dep_ == "xcomp")):
        condition = _if_clause(verb)
        if condition is not None:
            return condition
    return None


def _participle_objects(verb: Token) -> list[Token]:
    """An object the parser read as the subject of a participle clause: "will not accept any
    refugees fleeing the violence" (ccomp fleeing, nsubj refugees)."""
    if _passive(verb) or any(c.dep_ in ("dobj", "obj") for c in _kids(verb)):
        return []
    found = [s for c in _kids(verb) if c.dep_ == "ccomp" and c.tag_ == "VBG"
             for s in _kids(c) if s.dep_ == "nsubj"]
    # "struck what New Delhi described as a training camp of Jaish-e-Mohammed", "hit what
    # it called terrorist hideouts", "struck what Israel said were Hezbollah sites": a free
    # relative, read as a clause the verb says; what it is described as is the object
    for c in _kids(verb):
        if c.dep_ != "ccomp" or c.i < verb.i or not any(
                o.dep_ in ("dobj", "nsubj") and o.lower_ == "what" and o.i < c.i
                for o in (*_kids(c), *(g for w in _kids(c) if w.dep_ == "ccomp"
                                       for g in _kids(w)))):
            continue
        found += [p for a in _kids(c) if a.dep_ == "prep" and a.lower_ == "as"
                  for p in _kids(a) if p.dep_ == "pobj"]
        found += [o for o in _kids(c) if o.dep_ in ("oprd", "attr")]
        found += [o for w in _kids(c) if w.dep_ == "ccomp"
                  for o in _kids(w) if o.dep_ == "attr"]
    return found


def _fought_without_force(verb: Token) -> bool:
    """Whether "fight" (or "battle", "combat") is waged by other means: "fight the charges",
    "fight the impeachment", "combat corruption"."""
    return lemma(verb) in ("fight", "battle", "combat") and (
        any(lemma(o) in _CONTESTED for o in _children(verb, *_OBJECTS)) or
        any(lemma(p) in ("court", "courts", "parliament", "ballot", "election", "poll")
            for prep in _children(verb, "prep") if prep.lower_ in ("in", "at", "through")
            for p in _children(prep, "pobj")) or  # "vowed to fight it in court"
        # "fighting for survival", "fighting against drought", "fighting to stay afloat"
        any(lemma(p) in (_STRIVEN_FOR if prep.lower_ == "for" else _CONTESTED)
            for prep in _children(verb, "prep") if prep.lower_ in ("for", "against")
            for p in _children(prep, "pobj")) or
        any(lemma(c) in _STRIVING_TO and c.tag_ == "VB" for c in _children(verb, "xcomp")))


def _war_on_ills(noun: Token) -> bool:
    """Whether a war, battle or fight is waged on an ill or a case, not on an enemy: "war on
    crime", "the fight against corruption"."""
    # (the parser may hang the "on" on the verb: "wage war on crime")
    holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
    return lemma(noun) in ("war", "battle", "fight") and any(
        lemma(p) in _CONTESTED for h in holders for prep in _children(h, "prep")
        if prep.lower_ in ("on", "against") for p in _children(prep, "pobj"))


# What a strike is made with, when it is one of arms: "missile strikes", "air strikes".
_STRIKING_ARMS = frozenset({"air", "missile", "drone", "rocket", "artillery", "military",
                            "aerial", "naval", "retaliatory", "precision", "preemptive",
                            "pre-emptive", "long-range", "cruise", "ballistic", "nuclear"})
# Doc.user_data keys of the tables of each token's children and head that EventCoder.code
# builds.
_KIDS = "eventcoder_children"
_HEADS = "eventcoder_heads"
_LEMMAS = "eventcoder_lemma_table"


def _parse_tables(doc: Doc, tokens: list[Token]) -> tuple[list[tuple[Token, ...]], list[Token]]:
    """Each token's children, in order, as ``Token.children`` yields them, and its head
    (``tokens``: the Doc's)."""
    from spacy.attrs import HEAD

    table: list[list[Token]] = [[] for _ in tokens]
    heads = list(tokens)
    # (HEAD is the offset to the head, stored unsigned)
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])
            heads[i] = tokens[i + offset]
    return [tuple(kids) for kids in table], heads


def _commercial(mention: ActorMention) -> bool:
    """A company: a business sector, or a Phoenix multinational's code (MNCUSA)."""
    return (mention.sector or "")[:3] == "BUS" or (mention.code or "").startswith("MNC")


def _kept_out(verb: Token) -> bool:
    """Whether what a verb stops is kept from going in: "into Gaza", "the entry of aid",
    "from reaching El Fasher"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in ("entry", "passage", "access") for o in objects):
        return True
    for head in (verb, *objects):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "into":
                return True
            if prep.dep_ == "prep" and prep.lower_ == "from" and any(
                    c.lemma_.lower() in ("enter", "reach", "cross", "arrive")
                    for c in prep.children):
                return True
    return False


def _charge(clause: Token) -> tuple[str, str] | None:
    """The accusation a reported clause makes, with the word that makes it: committing
    genocide, war crimes or crimes against humanity (1124), abuses (1122), violating the law,
    a ceasefire or a resolution (112)."""
    verb = clause.lemma_.lower()
    for obj in (c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")):
        word = obj.lemma_.lower()
        if verb in ("commit", "perpetrate", "carry"):
            if word in ("genocide", "atrocity", "massacre", "cleansing") or (
                    word == "crime" and any(
                        c.lemma_.lower() in ("war", "against") for c in obj.subtree)):
                return "1124", word
            if word in ("abuse", "violation"):
                return "1122", word
        if verb in ("violate", "breach", "flout") and word in _BROKEN_RULES:
            return "112", word
    return None


def _told_to(verb: Token, clause: Token) -> bool:
    """Whether "told X that ..." orders X: the clause says X must or should act ("told Iran
    it must stop enrichment"), not what the teller will do ("told reporters he would meet
    Xi") or what is so."""
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if told is None or subject is None or not any(
            c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children):
        return False
    return subject.lower_ in ("it", "they") or subject.lemma_.lower() == told.lemma_.lower()


def _alleged(verb: Token, comp: Token) -> Token | None:
    """The gerund an accusing verb's "of" takes, whose words are all alleged: ``comp`` itself,
    or the gerund it was read through ("accused the West of trying to use the Council to
    pressure Moscow": trying, with the using and the pressing)."""
    if comp.dep_ == "pcomp":
        return comp
    first = EventCoder._complement_word(verb)
    if first is not None and first.dep_ == "pcomp" and comp.i in {t.i for t in first.subtree}:
        return first
    return None


def _joined_verbs(verb: Token) -> list[Token]:
    """The verbs joined to ``verb`` by "and" or "or" in the same form, with no subject or
    auxiliary of their own ("arrested and beat protesters", "denying and revoking visas"):
    the object the parser hangs on the last of them is all of theirs."""
    joined = {c.i for c in _kids(verb) if c.dep_ == "cc" and c.lower_ in ("and", "or")}
    # (a past form and a participle are one form to the model's tagger: "have detained or
    # questioned 100 lawyers" tags the second a past)
    forms = {verb.tag_} | ({"VBD", "VBN"} if verb.tag_ in ("VBD", "VBN") else set())
    return [v for v in _children(verb, "conj")
            if v.pos_ == "VERB" and v.tag_ in forms and not _passive(v) and
            any(verb.i < j < v.i for j in joined) and not any(
                c.dep_ in (*_SUBJECTS, *_PASSIVE_SUBJECTS, "aux") for c in _kids(v))]


def _suspected(word: Token | None) -> bool:
    """Whether a noun is told as suspected or accused of something: "three men suspected of
    stealing", "a man accused of fraud"."""
    return word is not None and any(
        c.dep_ in ("acl", "relcl") and lemma(c) in ("suspect", "accuse") and c.tag_ == "VBN"
        for c in _kids(word))


def _mention_root(doc: Doc, mention: ActorMention) -> Token | None:
    """The syntactic head of a mention's words, or None where they are no span."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _in_exchange(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention is what something is given in exchange for: "in exchange for 183
    Palestinian prisoners", "in return for", "a swap for"."""
    node = _mention_root(doc, mention)
    if node is None:
        return False
    while node.dep_ in ("conj", "appos", "compound", "amod", "nummod") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "for":
        return False
    owner = node.head.head
    if owner.lemma_.lower() in ("exchange", "return", "swap", "trade"):
        return True
    # ("released 33 hostages in exchange for ...": the parser hangs "for" on the verb)
    return any(c.dep_ == "prep" and c.lower_ in ("in", "as") and c.i < node.head.i and any(
        p.lemma_.lower() in ("exchange", "return", "swap") for p in c.children
        if p.dep_ == "pobj") for c in owner.children)


def _patient_of(participle: Token, mention: ActorMention) -> bool:
    """Whether a mention is the noun a participle describes, what it was done to: "183
    prisoners freed by Israel"."""
    if participle.dep_ != "acl":
        return False
    root = _mention_root(participle.doc, mention)
    return root is not None and root.i == participle.head.i


def _broker(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention names who brokered a thing, in its modifier: "a US-brokered deal",
    "the Qatar-mediated talks"."""
    root = _mention_root(doc, mention)
    if root is None:
        return False
    if root.dep_ in ("npadvmod", "compound", "nmod", "amod") and \
            root.head.dep_ == "amod" and root.head.lemma_.lower() in _BROKERING:
        return True
    root = _first_conjunct(root)
    # "a ceasefire deal brokered by Egypt, Qatar and the United States"
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and \
        root.head.head.dep_ == "acl" and root.head.head.lemma_.lower() in _BROKERING


def _by_phone(verb: Token) -> bool:
    """Whether a meeting verb's talk went by telephone or video: "in a phone call", "on the
    phone", "by video link", "during a telephone conversation"."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # ("held talks by video")
    for prep in (p for h in heads for p in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "on", "over", "by", "via"):
            continue
        for noun in prep.children:
            word = noun.lemma_.lower()
            if word in _CALLING:
                return True
            if word in ("call", "conversation", "conference", "link", "summit", "meeting") and \
                    any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _CALLING
                        for c in noun.children):
                return True
    return False


# Prepositions of the circumstances an act is done in, and the occasions it marks.
_AMID = frozenset({"amid", "amidst"})
_OCCASIONS = frozenset({"anniversary", "occasion", "eve", "commemoration", "centenary"})


def _occasion(word: Token, root: Token) -> bool:
    """Whether ``word`` names what an occasion marks, below ``root``: "on the 80th
    anniversary of Japan's surrender"."""
    node = word
    for _ in range(8):
        if node.i == root.i or _head(node).i == node.i:
            return False
        if node.pos_ == "NOUN" and lemma(node) in _OCCASIONS:
            return True
        node = _head(node)
    return False


def _aside(word: Token) -> bool:
    """Whether ``word`` names one beside the parties: "with Trump as a witness", "with Trump
    and Anwar Ibrahim as witnesses" (the parser hangs "as" on the verb, and "Trump" on
    "Ibrahim")."""
    while word.dep_ in ("nmod", "compound", "conj") and word.head.i != word.i:
        word = word.head
    if word.dep_ != "pobj" or word.head.lower_ != "with":
        return False
    verb = word.head.head
    return any(lemma(r) in _ASIDE_ROLES for h in (word, verb) for p in _kids(h)
               if p.dep_ == "prep" and p.lower_ == "as" and (h is word or (
                   verb.pos_ in ("VERB", "AUX") and p.i == word.right_edge.i + 1))
               for r in _children(p, "pobj"))


def _on_a_call(verb: Token) -> bool:
    """Whether what ``verb`` tells was said on a telephone call: "in a phone call", "during a
    telephone conversation", "in a call", "on the phone" (not "in a video posted online"),
    wherever in the verb's clause the parser hangs it ("congratulated Lee on his victory in
    a phone call", "invited Trump to visit Beijing during a phone call")."""
    for noun in verb.subtree:
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or \
                prep.lower_ not in ("in", "during", "on", "over", "by"):
            continue
        word = noun.lemma_.lower()
        if not (word in ("phone", "telephone") or (word == "call" and prep.lower_ in (
                "in", "during", "on")) or (word in ("call", "conversation", "chat") and any(
                    c.dep_ in ("amod", "compound") and c.lemma_.lower() in (
                        "phone", "telephone", "telephonic", "video")
                    for c in noun.children))):
            continue
        node = prep.head
        while node.i != verb.i and (node.pos_ not in ("VERB", "AUX") or node.dep_ == "xcomp"):
            node = node.head
        if node.i == verb.i:
            return True
    return False


def _habitual(verb: Token) -> bool:
    """A story's present tense of what a side does as a rule, not an act: "Israel says it
    only targets militants", "Russia denies targeting civilians and says it strikes only
    military infrastructure", "Hezbollah always attacks military targets". (A headline's
    present tense is its news: not in headlines.)"""
    if verb.doc.user_data.get("eventcoder_headline"):
        return False
    if verb.tag_ == "VBN" and [c.lower_ for c in verb.children if c.dep_ in (
            "aux", "auxpass")] in (["is"], ["are"]) and not any(
            t.ent_type_ in ("DATE", "TIME") for c in verb.children
            if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree):
        return True  # "the WHO is funded by dues from member states": what is so as a rule
    if verb.tag_ not in ("VBZ", "VBP") or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _AS_A_RULE for c in verb.children) or any(
            c.dep_ == "advmod" and c.lower_ == "only" for o in verb.children
            if o.dep_ in ("dobj", "prep") for c in o.subtree):
        return True
    head = verb.head
    return verb.dep_ in ("ccomp", "conj") and head.lemma_.lower() in _REPORTING | {"deny"} and (
        head.tag_ in ("VBZ", "VBP", "VBG") or any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in head.children))


def _long_standing(verb: Token) -> bool:
    """A present perfect of what a side has done over time, told as background in a story's
    body: "Israel has repeatedly accused Hezbollah of rearming", "Iran has long denied seeking
    nuclear weapons" (but not in the lead or a headline, the story's news, nor with a time of
    its own: "has repeatedly shelled the city this week", "since Monday")."""
    if verb.tag_ != "VBN" or verb.doc.user_data.get("eventcoder_headline") or not any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in _kids(verb)):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in _LONG_STANDING for c in _kids(verb)):
        return False
    if verb.sent.start <= _lead(verb.doc, verb.sent).start:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for c in _kids(verb)
                   if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree)


def _anti_government(tok: Token) -> bool:
    """Whether a protest word, or the protesters who are its subject, are called
    "anti-government" ("the largest anti-government protest", "anti-government protesters
    marched")."""
    holders = [tok, *(c for c in _kids(tok) if c.dep_ in _SUBJECTS)]
    holders += [p for prep in _children(tok, "prep") if prep.lower_ in ("in", "at", "during")
                for p in _children(prep, "pobj")]
    return any(c.lower_ == "government" and c.i >= 2 and c.doc[c.i - 1].text == "-" and
               c.doc[c.i - 2].lower_ == "anti" for h in holders for c in _kids(h)
               if c.dep_ in ("amod", "compound"))


def _told_before(verb: Token) -> bool:
    """A relative clause in the past perfect, with no day of its own, describing whom the
    story is about: "released a French national who had been detained for more than two
    years", "journalists who had travelled to Dar es Salaam" (a how long is no day)."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lower_ == "had" for c in _kids(verb)):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for c in _kids(verb)
                   if c.dep_ in ("npadvmod", "prep", "advmod") and
                   c.lower_ not in ("for", "since")  # ("detained since February": how long)
                   for t in c.subtree)


def _told_on(sent: Span, trigger: Token, at: int) -> bool:
    """Whether the date word at ``at`` stands between a verb of saying and the subject of
    the clause it tells, the trigger's: "The EU said on Monday it would impose ..."."""
    node = trigger
    while node.dep_ != "ccomp" and node.head.i != node.i and node.i >= sent.start:
        node = node.head
    if node.dep_ != "ccomp" or lemma(node.head) not in _REPORTING:
        return False
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and node.head.i < at < subject.left_edge.i


def _natural(word: Token) -> bool:
    """A force of nature's name ("Hurricane", "wildfires": the model reads some as names)."""
    low = word.lower_
    return low in _NATURAL_FORCES or low.removesuffix("s") in _NATURAL_FORCES or \
        lemma(word) in _NATURAL_FORCES


def _unnamed_wish(verb: Token) -> bool:
    """"Asked not to be named", "requested anonymity": a source's wish to stay unnamed."""
    return any((c.dep_ == "dobj" and c.lower_ == "anonymity") or (
        c.dep_ == "xcomp" and c.lemma_.lower() in _UNNAMING and
        any(g.dep_ == "auxpass" for g in c.children)) for c in verb.children)


# Attitudes expressed or voiced over something: "expressed regret over the decision".
_ATTITUDE_NOUNS = frozenset({"regret", "concern", "condolence", "support", "opposition",
                             "anger", "outrage", "disappointment", "displeasure", "dismay",
                             "sympathy", "solidarity", "satisfaction", "alarm", "frustration",
                             "indignation", "sorrow", "grief", "shock", "unease"})
# Boats and ships a force may turn its water cannon on.
_BOATS = frozenset({"vessel", "ship", "boat", "trawler", "craft", "cutter", "ferry", "tanker",
                    "yacht", "dinghy"})
# Forces written with a capital: "Marines", "Rangers", "Navy SEALs".
_CAPITAL_FORCES = frozenset({"marine", "ranger", "commando", "paratrooper", "seal",
                             "guardsman", "legionnaire"})
# Those of the state a private person may be charged with harming.
_STATE_AGENTS_HARMED = frozenset({"officer", "agent", "deputy", "trooper", "policeman",
                                  "policewoman", "soldier", "guard", "marshal", "official",
                                  "lawmaker", "judge", "senator", "congressman",
                                  "congresswoman", "legislator", "minister", "governor"})
# Verbs of charging someone and the words for what they are charged with: a headline's
# "indicted on fraud charges" has no object of its own.
_CHARGED_WITH = frozenset({"indict", "charge", "convict", "sentence", "arrest", "detain",
                           "jail", "acquit"})
_CHARGE_WORDS = frozenset({"charge", "count", "allegation", "accusation", "offence", "offense"})
# Words that make a name a company's: "Tata Group", "Toyota Motor", "TotalEnergies".
_FIRM_WORDS = frozenset({"group", "corp", "corporation", "inc", "ltd", "holdings", "company",
                         "plc", "ag", "motor", "motors", "airlines", "airways", "bank",
                         "steel", "petroleum", "industries", "technologies", "electronics",
                         "pharmaceuticals", "telecom", "energy", "mining", "resources"})
_FIRM_ENDINGS = ("energies", "corp", "tech", "soft", "com")
# What a country sells abroad: a tariff "on its exports" falls on it.
_SOLD = frozenset({"export", "good", "product", "car", "vehicle", "steel", "shipment",
                   "commodity", "sale"})
# What markets trade, whose moves are no one's act: "shares rallied", "the rouble tumbled".
_MARKETS = frozenset({"share", "stock", "equity", "bond", "yield", "price", "index", "market",
                      "currency", "peso", "yen", "rupee", "yuan", "euro", "dollar", "crude",
                      "brent", "gold", "future", "rouble", "ruble", "lira", "rand", "naira",
                      "shekel", "won", "bitcoin", "sterling", "pound", "franc", "nikkei",
                      "benchmark", "commodity", "oil"})
# Inquiries and reports whose findings are told: "An investigation by the Post found ...".
_INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "review", "report", "study",
                            "audit", "analysis", "examination", "assessment", "survey"})
# Verbs of what an inquiry or a report found.
_FINDINGS_TOLD = frozenset({"find", "show", "reveal", "conclude", "suggest", "document",
                            "uncover", "establish", "confirm", "detail", "determine",
                            "identify", "indicate"})
# Those who judge from outside what a side will do, and the studies and polls they make: their
# forecast is not the side's word.
_PUNDITS = frozenset({"analyst", "expert", "observer", "economist", "commentator",
                      "researcher", "scholar", "strategist", "pundit", "forecaster", "historian",
                      "academic", "specialist", "study", "poll", "survey", "model"})
# Help and ties one side gives or keeps with another: what kind they are ("military aid",
# "defence cooperation") names no force of the giver's own.
_BENEFITS = frozenset({"support", "aid", "assistance", "help", "cooperation", "tie", "relation",
                       "partnership", "spending", "budget", "funding", "investment", "package",
                       "training", "supply", "supplies", "delivery", "contribution"})


def _name_head(word: Token) -> Token:
    """The last word of the name ``word`` opens ("South" of "South Sudan", "El" of "El
    Salvador"), which the parse hangs the rest of the sentence on."""
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    return word


def _kids(tok: Token) -> Sequence[Token]:
    """``tok.children``, from the table ``EventCoder.code`` keeps for its Doc: each pass over
    ``Token.children`` makes a new Token for every child, and the coder reads the same
    children many times over."""
    table = tok.doc.user_data.get(_KIDS)
    return table[tok.i] if table is not None else tuple(tok.children)


def _armed_strike(strike: Token) -> bool:
    """Whether a "strike" is a blow of arms: aimed with "on" ("strikes on energy
    infrastructure"; not "a strike on Monday", nor a labour strike "against the reform"), or
    of a weapon ("missile strikes", "drone strikes", "air strikes")."""
    return any((c.dep_ == "prep" and c.lower_ in ("on", "into") and
                any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                    for g in _kids(c))) or
               (c.dep_ in ("compound", "amod", "nmod") and lemma(c) in _STRIKING_ARMS)
               for c in _kids(strike))


def _head(tok: Token) -> Token:
    """``tok.head``, from the table ``EventCoder.code`` keeps for its Doc (each read of
    ``Token.head`` makes a new Token), for the walks up a word's ancestors."""
    table = tok.doc.user_data.get(_HEADS)
    return table[tok.i] if table is not None else tok.head


def _children(tok: Token, *deps: str) -> Iterator[Token]:
    return (c for c in _kids(tok) if c.dep_ in deps)


def _prep_objects(tok: Token, prep: str) -> Iterator[Token]:
    for child in _kids(tok):
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
            for pobj in _kids(child):
                if pobj.dep_ in ("pobj", "pcomp"):
                    yield pobj
                elif pobj.dep_ == "prep" and prep in ("out", "away"):
                    yield from _children(pobj, "pobj")  # "pulled out of the deal"


def _entered(verb: Token) -> list[Token]:
    """What one is kept "from entering" or "from visiting": "Petro was barred from entering
    the United States"."""
    return [o for p in _prep_objects(verb, "from") if lemma(p) in ("enter", "visit")
            for o in _children(p, "dobj")]


# Sectors of a country's own politicians, whom no other state jails (see the "home-state"
# reading in EventCoder._events).
_HELD_AT_HOME = frozenset({"OPP", "ELI", "LEG", "PTY", "GOV"})
# Where a state holds people: one freed from it is freed by that state.
_CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "detention", "confinement",
                      "arrest", "penitentiary"})
# Codes of acts only a state does where it rules: arrests and jailings, deportations,
# crackdowns (their nouns: _STATE_ACTS).
_STATE_CODES = frozenset({"173", "174", "175"})


def _state_of_place(verb: Token, actors: _Actors) -> ActorMention | None:
    """The government of the country a state's act told in the passive is done in ("was
    detained in Iran", "were arrested in Dar es Salaam"), which is the one that does it
    (see _as_government); None where no place or more than one country is named there."""
    # ("was granted asylum in Argentina": the place hung on what was granted)
    places = [*_prep_objects(verb, "in"), *(p for o in _children(verb, "dobj")
                                             for p in _prep_objects(o, "in"))]
    where = next((c for c in _kids(verb) if c.dep_ == "advmod" and c.lower_ == "where"),
                 None) if verb.dep_ == "relcl" else None
    if where is not None:
        # ("fled to Spain on Sunday, where he was granted asylum": the last place before,
        # named as a place or as a country gone to)
        places.append(next((t for t in reversed(verb.doc[verb.sent.start:where.i])
                            if getattr(actors.at.get(t.i), "basis", None) in (
                                "location", "country")), verb.head))
    found = {m.country: m for p in places for w in (p, *p.conjuncts)
             if (m := actors.at.get(w.i)) is not None and m.basis in ("location", "country") and
             m.country and len(m.country) == 3 and m.country not in REGIONS and
             m.country not in _NON_STATES}
    return _as_government(next(iter(found.values()))) if len(found) == 1 else None


def _expeller(verb: Token, code: str, targets: Sequence[ActorMention],
              actors: _Actors) -> list[ActorMention]:
    """The state that expels or summons, told in the passive with no agent: the one expelled
    from ("two diplomats were expelled from the Philippines", "was ordered to leave Moldova"),
    the ministry summoned to ("was summoned to the Chinese foreign ministry"), or the state an
    envoy expelled or summoned is posted to ("Iran's ambassador to Germany was summoned")."""
    if code[:3] == "114":
        heads = list(_prep_objects(verb, "to"))
    elif code[:2] in ("16", "17") and code[:3] not in ("161", "166", "174"):
        heads = []  # ("taxis are banned from the city": a place kept from, no state acting)
    else:
        heads = [*_prep_objects(verb, "from"),
                 *(o for c in _children(verb, "xcomp") if lemma(c) in _LEAVING
                   for o in _children(c, "dobj"))]
    heads += [o for s in _children(verb, "nsubjpass") if lemma(s) in ENVOYS
              for o in _prep_objects(s, "to")]
    heads += _entered(verb)
    theirs = {m.country for m in targets}
    found = [m for h in heads for m in (actors.of(h) or actors.of(h, 1))
             if m.country and m.country not in theirs and len(m.country) == 3 and
             m.country not in _NON_STATES and (m.sector or "GOV")[:3] == "GOV"]
    return found[:1]


class EventCoder:
    """Codes events in parsed sentences, given the actor mentions resolved there.

    >>> coder = EventCoder(load_triggers(), load_verb_patterns(), load_cameo())  # +SKIP
    >>> events = coder.code(doc, mentions, published=date(2025, 3, 4), doc_id="a1")  # +SKIP
    """

    def __init__(self, triggers: TriggerLexicon, verbs: VerbPatterns | None,
                 cameo: CameoTable, *, digest: str = "") -> None:
        self.triggers = triggers
        self.verbs = verbs
        self.cameo = cameo
        self.digest = digest or triggers.digest
        self._synsets = {s.name: frozenset(w.lower().rstrip("_") for w in s.words)
                         for s in (verbs.synsets if verbs else ())}
        self._patterns: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {}
        self._verb_lemmas = frozenset(
            {r.lemma for r in triggers.rows if r.pos == "VERB"})
        # the words a row or a PETRARCH2 pattern is written for: no other word is a trigger
        self._coded = triggers.lemmas | (verbs.verbs if verbs is not None else frozenset())
        # Verbs curated only as phrasal verbs ("push back", "step down"): the particles that
        # make them so; the bare verb is still PETRARCH2's ("pushed for a new election law")
        phrasal: dict[str, set[str]] = {}
        for r in triggers.rows:
            if r.pos == "VERB":
                phrasal.setdefault(r.lemma, set()).update(r.particles or {""})
        self._phrasal_only = {lemma_: frozenset(parts) for lemma_, parts in phrasal.items()
                              if "" not in parts}
        # and verbs curated only with what they ask for ("pushed Israel to allow aid"): the
        # verb with no such complement is still PETRARCH2's ("pushed deeper into Donetsk")
        bare = {r.lemma for r in triggers.rows
                if r.pos == "VERB" and not r.complements and not r.particles}
        self._asking_only = frozenset({r.lemma for r in triggers.rows if r.pos == "VERB"} -
                                      bare)
        _KNOWN.update(r.lemma for r in triggers.rows)
        _KNOWN.update(w for r in triggers.rows for w in r.governors | r.complements)
        _KNOWN.update(DEFAULT_GOVERNORS | _UNREALISED | _REPORTING)
        _ROW_WORDS.update(w for r in triggers.rows for w in (r.lemma, *r.objects) if ":" not in w)

    # ------------------------------------------------------------------ triggers
    def _violent(self, verb: Token) -> bool:
        """Whether a verb has a row of force (18-20): "struck", "attacked"."""
        return any(row.code[:2] in _VIOLENT for row in self.triggers.get(lemma(verb), "VERB"))

    def _curated(self, tok: Token) -> Trigger | None:
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in (
            "NOUN", "PROPN") else None
        if pos is None or (pos == "NOUN" and tok.ent_type_ in _NAME_ENTITIES):
            return None  # "the People's Alliance", "Operation Desert Storm": names
        if pos == "NOUN" and tok.ent_type_ in ("DATE", "TIME") and tok.text[:1].isupper():
            return None  # "will hold elections in March": the month, not a march
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "agent" and \
                lemma(tok.head.head) in _HURTING and tok.head.head.dep_ in ("advcl", "acl") \
                and tok.head.head.tag_ == "VBN":
            return None  # "Volkswagen reported a loss, hit by U.S. tariffs": what the
            # measure cost someone, told as the background of their news
        rows = self.triggers.get(lemma(tok), pos)
        if tok.i >= 2 and text_of(tok.doc)[tok.idx - 1:tok.idx] == "-" and \
                tok.doc[tok.i - 1].text == "-":
            # "test-fired", "re-imposed": a row for the hyphened word speaks for it
            prefixed = self.triggers.get(f"{tok.doc[tok.i - 2].lower_}-{lemma(tok)}", pos)
            rows = prefixed or rows
        if not rows and pos == "NOUN":
            rows = self.triggers.get(tok.lower_, pos)
        seen: dict[str, Any] = {}
        firing = [row for row in rows if self._fires(row, tok, seen)]  # most specific first
        if len(firing) > 1 and any(r.particles for r in firing) and any(
                c.dep_ == "prt" and any(c.lower_ in r.particles for r in firing)
                for c in _kids(tok)):
            # "did not rule out military action against Iraq": the phrasal verb's reading,
            # not the bare verb's with a preposition of its object
            firing = [r for r in firing if r.particles]
        if len(firing) > 1 and firing[0].objects and firing[1].conditions == firing[0].conditions:
            # equally specific: the row naming the object's modifier ("war crimes": war) wins
            mods = {c.lemma_.lower() for o in _children(tok, *_OBJECTS, *_PASSIVE_SUBJECTS)
                    for c in _kids(o) if c.dep_ in ("compound", "amod")}
            top = [r for r in firing if r.conditions == firing[0].conditions]
            firing = sorted(top, key=lambda r: not (r.objects & mods)) + firing[len(top):]
        if len(firing) > 1 and not firing[0].complements and \
                any(c.dep_ == "xcomp" for c in _kids(tok)):
            # "agreed to lift the embargo": the reading that takes the complement event (a
            # row naming the complement is that reading: "refused to comment", 011)
            family = [r for r in firing if r.code[:2] in _FAMILIES or r.code[:2] == "13"]
            if family:
                return family[0]
        return firing[0] if firing else None

    def _fires(self, row: Trigger, tok: Token, seen: dict[str, Any] | None = None) -> bool:
        """Whether a row's conditions hold for ``tok``; ``seen`` keeps what was read off the
        parse for the token's other rows."""
        seen = {} if seen is None else seen

        def read(key: str, make: Callable[[], Any]) -> Any:
            if key not in seen:
                seen[key] = make()
            return seen[key]

        words = functools.partial(self._condition_words, row=row, tok=tok, read=read)
        # The row's own words first, the cheapest test and the one most rows fail: every test
        # below only refuses, so their order is not their meaning
        if row.preps and not words("prep") & row.preps:
            return False
        if row.particles and not words("particle") & row.particles:  # "stepped down": advmod
            return False
        if row.subjects and not words("subject") & row.subjects:
            return False
        if row.reading == "phone-call" and any(
                t.dep_ in ("oprd", "appos") and t.i > tok.i and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in _kids(t))
                for o in (tok, *_children(tok, "dobj", "oprd")) for t in _kids(o)):
            return False  # "called Colombian President Gustavo Petro an illegal drug leader"
        if row.reading == "town-taken" and any(
                o.i in tok.doc.user_data.get("eventcoder_people", ())
                for o in _children(tok, *_OBJECTS)):
            return False  # "U.S. forces captured Maduro": a person the actors know, no town
        if row.pos == "VERB" and row.code[:2] in _FORCE_ROOTS and _fought_without_force(tok):
            return False  # "fight the charges", "fight corruption"
        if row.pos == "NOUN" and row.code[:2] in _FORCE_ROOTS and _war_on_ills(tok):
            return False  # "declared war on crime", "the fight against corruption"
        if row.pos == "NOUN":
            governor = read("governor", lambda: self._governor(tok))
            allowed = row.governors or DEFAULT_GOVERNORS
            if (governor is None or read("governor_lemma", lambda: lemma(governor)) not in allowed
                    ) and not ((not row.governors or row.governors & _DOING) and
                               read("done_by", lambda: _done_by(tok)) and not (
                                   # "An investigation by the Post found ...": its findings
                                   tok.dep_ == "nsubj" and lemma(tok) in _INQUIRY_NOUNS and
                                   lemma(tok.head) in _FINDINGS_TOLD)) \
                    and not ((not row.governors or "claim" in row.governors) and
                             read("owned", lambda: _own_deed_told(tok)) is not None) \
                    and not (
                    row.code[:3] == "042" and tok.dep_ == "pobj" and
                    tok.head.lower_ in ("during", "after", "on") and
                    lemma(tok) in ("visit", "trip", "tour") and
                    # (where to or by whom: "Trump and Saudi Arabia signed a deal during the
                    # visit" tells neither who visited nor where; "during her visit to Syria"
                    # both)
                    any(True for w in ("to", "by") for _ in _prep_objects(tok, w))) and not (
                    row.code[:2] == "14" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and
                    lemma(tok) in _ON_ERRANDS and governor is not None and
                    lemma(governor) in ("be", "remain", "stay")) and not (
                    row.code[:2] == "04" and tok.dep_ == "pobj" and
                    tok.head.lower_ in ("during", "after", "at") and
                    lemma(tok) in ("talk", "meeting", "call") and any(
                        True for _ in _prep_objects(tok, "with"))):
                # ("reaffirmed ties during a visit to Taipei", "raised the issue during talks
                # with Wang Yi": the visit was made, the talks held)
                return False
            if row.code[:3] == "087" and tok.dep_ == "compound" and \
                    lemma(tok.head) in _UNTRIED:
                return False  # "accepted an Egyptian truce plan": a plan, no truce yet
            if row.code[:2] in ("16", "17") and tok.dep_ in ("dobj", "nsubjpass") and \
                    lemma(tok.head) in _REVERSING:
                return False  # "agreed to suspend the export controls it announced": undone
            if governor is not None and _undone(governor):
                return False  # "cancelled the decree imposing a curfew": undone
            if governor is not None and lemma(governor) == "call" and _asked_for(tok, governor):
                return False  # "called for a week of strikes": an appeal, not the strike
            if governor is not None and read("called_off", lambda: any(
                    c.dep_ == "prt" and c.lower_ == "off" for c in _kids(governor))):
                return False  # "called off the strike", "put off the talks": not held
        if row.lemma == "strike" and row.pos == "VERB" and row.code[:2] == "14" and any(
                c.dep_ == "dobj" for c in _kids(tok)):
            return False  # "Israel strikes military targets": a labour strike has no object
        if row.lemma == "hope" and row.pos == "VERB" and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and self.triggers.get(lemma(c), "VERB")
                for c in _kids(tok)):
            return False  # "hoped to meet Lee soon": the act hoped for, an intent (036)
        if row.pos == "VERB" and row.lemma in _NAMING and not any(
                w.startswith("oprd:") for w in row.objects) and any(
                c.dep_ in ("oprd", "acomp") and c.pos_ in ("NOUN", "ADJ") for c in _kids(tok)):
            return False  # "called Lai a parasite": a name called, not a telephone call;
            # "called early elections a possibility": no election called
        # "Resident doctors began a five-day strike", "a strike by air traffic controllers":
        # a strike by workers is a labour strike (143), whatever its modifiers
        labour = row.lemma == "strike" and row.pos == "NOUN" and \
            read("labour", lambda: _workers_strike(tok))
        if labour and row.code[:2] == "19":
            return False
        if row.objects and not (labour and row.code == "143"):
            # (a noun's "object" is its own modifier: "hunger strike", "suicide bombing")
            if not words("object") & row.objects:
                return False
            if row.code[:3] == "082" and "armed-strike" in words("object"):
                return False  # (strikes of arms are no dissent to ease)
        elif row.pos == "VERB" and row.lemma in _IDIOMS and (
                any(lemma(o) in _IDIOMS[row.lemma][0] for o in _children(tok, "dobj")) or
                any(c.dep_ in ("prt", "advmod") and c.lower_ in _IDIOMS[row.lemma][1]
                    for c in _kids(tok))):
            return False  # "meeting little resistance", "pressed on with the offensive"
        elif row.preps and row.pos == "VERB" and row.code == "042" and \
                not _passive(tok) and any(c.dep_ == "dobj" for c in _kids(tok)):
            return False  # "flew him to Kampala": someone taken there, not a visit
        elif row.preps and row.pos == "VERB" and row.code == "042" and any(
                lemma(o) in _MISSIONS for p in _children(tok, "prep") if p.lower_ in (
                    "to", "for", "toward", "towards", "into") for o in _children(p, "pobj")):
            return False  # "detained as he headed to the Mexican embassy": a mission in the
            # goer's own capital, no visit to its state
        if row.complements:
            comp = read("complement", lambda: self._complement(tok))
            if comp is None or not words("complement") & row.complements:
                return False  # (with its object: "accused of abusing power", "abuse:power")
            if row.code[:2] in ("02", "10") and any(c.dep_ == "neg" for c in _kids(comp)):
                return False  # "urged the EU not to ease sanctions": no appeal to ease them
            if row.code[:3] == "105" and row.lemma in _INSTRUCTING and comp.tag_ == "VBN" and (
                    any(c.dep_ == "auxpass" for c in _kids(comp)) or (
                        comp.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass")
                                                     for c in _kids(comp))
                        and not any(c.dep_ in ("aux", "auxpass") for c in _kids(comp)))):
                return False  # "a court ordered Sarkozy released", "ordered the activists
                # to be released": the release itself, done by order (as "ordered X jailed")
            if row.lemma == "tell" and comp.dep_ == "ccomp" and not _told_to(tok, comp):
                return False  # "Trump told reporters he would meet Xi": what is told, no order
            if lemma(comp) == "return" and "release" in row.complements and not any(
                    c.dep_ in _OBJECTS for c in _kids(comp)):
                return False  # "urged both sides to return to talks": no one is handed back
            if row.code[:2] in _FORCE_ROOTS and _fought_without_force(comp):
                return False  # "vowed to fight the impeachment": in court, not with arms
        return not any(words(kind) & stops for kind, stops in row.unless)

    def _condition_words(self, kind: str, row: Trigger, tok: Token,
                         read: Callable[[str, Callable[[], Any]], Any]) -> set[str]:
        """The words of ``tok``'s parse that a row's condition of ``kind`` is matched against
        (``read`` shares what was read with the token's other rows)."""
        if kind == "object":
            if row.pos == "NOUN":
                return read("modifiers", lambda: self._modifier_words(tok))
            return read("objects", lambda: self._object_words(tok))
        if kind == "governor":
            governor = read("governor", lambda: self._governor(tok))
            return set() if governor is None else {lemma(governor)}
        if kind == "prep":
            return read("preps", lambda: self._prep_words(tok, read(
                "governor", lambda: self._governor(tok)) if row.pos == "NOUN" else None))
        if kind == "particle":
            # ("shot dead the mayor", "was shot dead": the model reads "dead" as a complement
            # or as the object's modifier)
            return read("particles", lambda: {
                c.lower_ for c in _kids(tok) if c.dep_ in ("prt", "advmod")} | (
                {"dead"} if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "dead"
                else set()))
        if kind == "subject":
            return read("subjects", lambda: self._subject_words(tok))
        return read("complements", lambda: self._complement_words(read(
            "complement", lambda: self._complement(tok))))

    @staticmethod
    def _complement_words(comp: Token | None) -> set[str]:
        if comp is None:
            return set()
        objects = list(_children(comp, *_OBJECTS))
        # ("accused of killing hundreds of Ethiopian migrants": the migrants are killed)
        objects += [p for o in objects if lemma(o) in _QUANTITY_HEADS or o.like_num
                    for p in _prep_objects(o, "of")]
        if lemma(comp) == "be":
            objects += _children(comp, "attr")  # "of being an intelligence officer"
        if lemma(comp) in ("retaliate", "respond"):
            objects += _prep_objects(comp, "with")  # "would retaliate with tariffs"
        # (and what kind of thing the object is: "use nuclear weapons", "use:nuclear", but not
        # of help or ties: "boost military aid" is no "boost:military"; and its particle:
        # "back down", "back:down", not "back the plan")
        return {lemma(comp), *(f"{lemma(comp)}:{lemma(o)}" for o in objects),
                *(f"{lemma(comp)}:{c.lower_}" for c in _children(comp, "prt")),
                # (what one is asked to help do: "asked Trump to help end the war", help:end)
                *(f"help:{lemma(c)}" for c in _children(comp, "xcomp", "ccomp")
                  if lemma(comp) == "help" and c.pos_ == "VERB"),
                *(f"{lemma(comp)}:{lemma(c)}" for o in objects if lemma(o) not in _BENEFITS
                  for c in _kids(o) if c.dep_ in ("amod", "compound") and c.i < o.i)}

    @staticmethod
    def _modifier_words(tok: Token) -> set[str]:
        mods = _kind_modifiers(tok)
        # (and the kind of the war it is in: "a truce in their trade war" is a trade truce)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" \
            else None  # (the parser may hang the war on the verb)
        mods += [c for h in (tok, *([verb] if verb is not None else []))
                 for p in (*_prep_objects(h, "in"), *_prep_objects(h, "over"))
                 if lemma(p) in ("war", "dispute", "conflict", "row", "standoff", "feud")
                 for c in _kids(p) if c.dep_ in ("compound", "amod")]
        words = {c.lemma_.lower() for c in mods} | {c.lower_ for c in mods}
        return words | {"us"} if "u.s." in words else words  # ("U.S. strikes": "us")

    @staticmethod
    def _object_words(tok: Token) -> set[str]:
        passive = _passive(tok)
        objs = list(_children(tok, *(_PASSIVE_SUBJECTS if passive else _OBJECTS)))
        if passive:  # "Abbas was denied a visa", "was granted asylum": what is kept
            objs += _children(tok, "dobj")
        if passive and not objs and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            # "were robbed and beaten by", "returned home and was arrested"
            objs += _children(tok.head, *_PASSIVE_SUBJECTS, *(
                () if _passive(tok.head) else _SUBJECTS))
        if not passive and not objs and tok.pos_ == "VERB":
            # "denying and revoking visas": the object hung on the second verb is the first's
            objs += [o for v in _joined_verbs(tok) for o in _children(v, *_OBJECTS)]
        # "was handing over the body": the parser hangs the object on the particle
        objs += [p for c in _kids(tok) if c.dep_ == "prt" for p in _children(c, "pobj")]
        if not passive and not objs:
            # "had flown in 20 tonnes of supplies": the particle read as a preposition, what
            # is carried as its object
            objs += [p for c in _kids(tok) if c.dep_ == "prep" and c.i == tok.i + 1 and
                     c.lower_ in ("in", "out") for p in _children(c, "pobj")
                     if p.lower_ in _PARTITIVES or any(q.dep_ == "nummod" for q in _kids(p))]
        if ((passive and tok.dep_ == "acl") or (
                tok.dep_ == "amod" and _hyphened_doer(tok) is not None)) and \
                tok.head.pos_ in ("NOUN", "PROPN"):
            objs.append(tok.head)  # "talks mediated by Qatar", "Qatari-brokered talks": the
            # talks are mediated
        objs += _participle_objects(tok)
        if not passive and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and \
                tok.head.i < tok.i and any(
                    c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in _kids(tok)) and \
                all(o.tag_ in ("WDT", "WP") for o in _children(tok, "dobj")):
            objs.append(tok.head)  # "an offer Kyiv dismissed", "the deal which Iran signed":
            # an object relative clause does its verb to the noun it is told of
        # "declared the ambassador persona non grata": the parser makes the label a clause of
        # the one declared (its subject), the label and the one declared what is declared
        objs += [w for c in _children(tok, "ccomp") if c.pos_ in ("NOUN", "PROPN") and
                 lemma(tok) in _DECLARING for w in (c, *_children(c, "nsubj"))]
        objs += [p for o in objs if o.lemma_.lower() in _PARTITIVES or
                 o.lower_ in _PARTITIVES or o.like_num or
                 o.lemma_.lower() in _OF_HEADS or o.lemma_.lower() == "activity"
                 for p in _prep_objects(o, "of")]  # "captured part of the town", "suspended
        # the activities of political parties"
        objs += [p for o in objs if o.ent_type_ == "MONEY" or any(
            c.dep_ == "nummod" and c.lower_ in _BIG_NUMBERS for c in _kids(o)) or
                 o.lower_ in ("millions", "billions", "trillions")  # ("billions of euros")
                 for p in _prep_objects(o, "in")
                 if lemma(p) not in _AID_NOUNS or lemma(tok) in _WITHHOLDING]
        # "expelled 10 members of Russia's diplomatic mission": the embassy's people
        objs += [p for o in objs if lemma(o) in ("member", "staff", "employee", "personnel")
                 for p in _prep_objects(o, "of") if lemma(p) in _MISSIONS]
        # "sent a message of condolence", "a letter of congratulations": what the message
        # carries is what is sent
        objs += [p for o in objs if lemma(o) in _MESSAGES for p in _prep_objects(o, "of")]
        # ("froze $150 million in assets": a sum of what; a sum in aid is money given,
        # unless it is withheld: "cut $2 billion in funding")
        # ("shipped millions of artillery shells": shells, no sum of money)
        objs = [o for o in objs if not (o.lower_ in ("millions", "billions", "trillions") and
                                        any(True for _ in _prep_objects(o, "of")))]
        # "providing aerial photographs and other military intelligence"
        objs += [c for o in objs for c in o.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        # "dissolved the main opposition Cambodia National Rescue Party": the body's name
        # the parser set beside its description
        # (right after it: only the name's own words between)
        objs += [c for o in objs if o.pos_ == "NOUN" for c in _kids(o)
                 if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.i > o.i and all(
                     t.dep_ == "compound" and t.head.i == c.i for t in o.doc[o.i + 1:c.i])]
        # "boarded the Boracay, a tanker suspected of ...": what a named thing is
        objs += [c for o in objs if o.pos_ == "PROPN" for c in _kids(o)
                 if c.dep_ == "appos" and lemma(c) in _BOATS]
        # (a modifier says what kind of thing the object is, unless the object is a thing of
        # its own: "arms embargo", "oil production" are no arms, no oil)
        words = {w.lemma_.lower() for o in objs for w in
                 [o, *(_kind_modifiers(o) if o.lemma_.lower() not in _THING_HEADS else ())]}
        words |= {o.lower_ for o in objs} | {lemma(o) for o in objs if o.tag_ in ("NNP", "NNPS")}
        if "u.s." in words:
            words.add("us")  # ("the U.S. strikes": rows name the United States "us")
        if any(lemma(o) in _MESSAGES for o in objs):
            # "sent a congratulatory telegram", "a condolence message": the message's kind
            words |= {_MESSAGE_KINDS[w] for w in list(words) if w in _MESSAGE_KINDS}
        if any(lemma(o) == "strike" and _armed_strike(o) for o in objs):
            # "halt strikes on energy infrastructure", "paused missile strikes": blows of
            # arms (the rows of attacks name "airstrike"), no labour strike
            words |= {"airstrike", "armed-strike"}
        if any(lemma(o) in _RESTRICTING and any(
                lemma(w) in _TRADE_FLOWS for w in (
                    *(c for c in _kids(o) if c.dep_ in ("compound", "amod")),
                    *_prep_objects(o, "on"), *_prep_objects(o, "of"),
                    # ("lifted its ban on exports": the parser hangs "on" on the verb)
                    *(_prep_objects(tok, "on") if o.dep_ == "dobj" and o.head.i == tok.i
                      else ()))) for o in objs):
            words.add("trade-restriction")  # "imposed export controls", "a ban on imports"
        if any(lemma(o) in ("control", "curb") and any(
                c.lower_ in _ECONOMIC_CONTROLS for c in _kids(o) if c.dep_ in ("compound", "amod"))
               for o in objs):
            words.add("economic-control")  # "lifted most currency controls": a state's own
            # economic policy, no restriction eased on anyone
        if lemma(tok) == "give":
            # "gave Hezbollah 60 days to withdraw", "gave Hamas until Saturday": a deadline
            words |= {lemma(c) for c in _kids(tok) if c.dep_ == "npadvmod"}
            if any(c.dep_ == "prep" and c.lower_ == "until" for c in _kids(tok)):
                words.add("deadline")
        # what a court finds one: "found Marine Le Pen guilty" (a small clause to the parser,
        # or the object's modifier: "found Jair Bolsonaro guilty of corruption")
        if lemma(tok) == "find":
            words |= {f"oprd:{c.lemma_.lower()}" for c in (
                *_kids(tok), *(a for o in objs for a in _kids(o) if a.i > o.i and
                               a.dep_ == "amod"))
                      if c.dep_ in ("oprd", "acomp", "ccomp", "amod") and c.pos_ == "ADJ" and
                      not any(n.dep_ == "neg" for n in _kids(c))}
        # what a crowd turned or became: "the march turned violent"
        if lemma(tok) in ("turn", "become", "grow"):
            words |= {f"oprd:{c.lemma_.lower()}" for c in _kids(tok)
                      if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"}
        # what a verb of naming calls its object: "called the incursion a provocation"
        words |= {f"oprd:{w.lemma_.lower()}" for c in _kids(tok)
                  if c.dep_ in ("oprd", "acomp") and lemma(tok) in _NAMING
                  for w in (c, *(a for a in _kids(c) if a.dep_ == "amod"))}
        if lemma(tok) in _NAMING:
            # "called the incursion reckless and dangerous", "called the death sentence cruel":
            # the label read as the object's modifier after it, or as the object's head
            labels = [a for o in objs for a in _kids(o) if a.dep_ == "amod" and a.i > o.i]
            labels += [o for o in objs if any(c.dep_ == "compound" for c in _kids(o))]
            labels += [c for lab in list(labels) for c in lab.conjuncts]
            labels += [c for k in _kids(tok) if k.dep_ in ("oprd", "acomp") for c in k.conjuncts]
            words |= {f"oprd:{w.lemma_.lower()}" for w in labels}
        # ("called the decision a cowardly act": the label's own modifier too)
        # (read as an apposition of the object: "designated Tren de Aragua a terrorist
        # organization")
        words |= {f"oprd:{a.lemma_.lower()}" for o in objs for a in _kids(o)
                  if a.dep_ == "appos" and lemma(tok) in _NAMING and any(
                      d.dep_ == "det" and d.lower_ in ("a", "an") for d in _kids(a))}
        # "ent:gpe": an object named as a place ("struck Kharkiv", "captured Goma")
        named = tok.doc.user_data.get("eventcoder_places", ())
        words |= {"ent:gpe" for o in objs if o.i in named}
        # "ent:armed": an object the actor stage reads as an armed actor ("struck Hezbollah",
        # "hit Syrian government forces")
        armed = tok.doc.user_data.get("eventcoder_armed", ())
        words |= {"ent:armed" for o in objs if o.i in armed}
        # "ent:igo": an object the actor stage reads as an international body ("quit the
        # Economic Community of West African States")
        igos = tok.doc.user_data.get("eventcoder_igos", ())
        words |= {"ent:igo" for o in objs if o.i in igos}
        # "ent:media", "ent:ngo": an outlet, an aid or a rights group the actor stage names
        # ("suspended the BBC", "ordered the ICRC to leave")
        media = tok.doc.user_data.get("eventcoder_media", ())
        words |= {"ent:media" for o in objs if o.i in media}
        ngos = tok.doc.user_data.get("eventcoder_ngos", ())
        words |= {"ent:ngo" for o in objs if o.i in ngos}
        # "ent:firm": a company the actor stage names ("summoned Nvidia", "ordered TikTok to
        # wind down its business")
        firms = tok.doc.user_data.get("eventcoder_firms", ())
        words |= {"ent:firm" for o in objs if o.i in firms}
        # "ent:person": an object named as a person, the verb with no complement ("called Xi",
        # not "called Xi a dictator")
        if not any(c.dep_ in ("oprd", "ccomp", "acomp") for c in _kids(tok)):
            people = tok.doc.user_data.get("eventcoder_people", ())
            # (and a name the title before it makes a person's: "suspends PM Paetongtarn")
            words |= {"ent:person" for o in objs if o.ent_type_ == "PERSON" or o.i in people
                      or (o.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i in people
                                                    for c in _kids(o)))}
        return words | {_plain(w) for w in words}  # "chargé d'affaires"

    @staticmethod
    def _prep_words(tok: Token, governor: Token | None) -> set[str]:
        # not a time: "fired his commander on Thursday" is not "fired on"
        preps = {c.lower_ for c in _kids(tok) if c.dep_ in ("prep", "agent", "dative")
                 and not _when(c)}
        # "from:organization": a preposition with its object's word ("withdrew from the WHO")
        # (and the agent's: "was hit by steep tariffs", "by:tariff")
        preps |= {f"{c.lower_}:{w}" for c in _kids(tok) if c.dep_ in ("prep", "agent")
                  for o in _children(c, "pobj") for w in (o.lemma_.lower(), o.lower_)}
        # (the title before a name: "the expulsion of Rwanda's ambassador Vincent Karega")
        preps |= {f"{c.lower_}:{t.lemma_.lower()}" for c in _kids(tok) if c.dep_ == "prep"
                  for o in _children(c, "pobj") if o.pos_ == "PROPN"
                  for t in _children(o, "compound") if t.pos_ == "NOUN"}
        preps |= {f"{c.lower_} {cc.lower_}:{w}" for c in _kids(tok) if c.dep_ == "prep"
                  for cc in _children(c, "prep") for o in _children(cc, "pobj")
                  for w in (o.lemma_.lower(), o.lower_)}  # "pulled out of the deal"
        # "put its talks with Washington on tariffs on hold", "put negotiations on ice": the
        # idiom the parser hangs on the object
        preps |= {f"on:{t.lower_}" for o in _children(tok, "dobj", "prep") for t in o.subtree
                  if t.dep_ == "pobj" and t.lower_ in ("hold", "ice") and t.head.lower_ == "on"}
        # "responded to Washington's tariffs with levies": the means the parser hangs on what
        # is answered
        preps |= {f"with:{w}" for c in _kids(tok) if c.dep_ == "prep" and
                  c.lower_ in ("to", "against") for o in _children(c, "pobj")
                  for p in _children(o, "prep") if p.lower_ == "with"
                  for q in _children(p, "pobj") for w in (q.lemma_.lower(), q.lower_)} \
            if lemma(tok) in _ANSWERING_VERBS else set()
        # "appealed to the international community for urgent food aid": what is asked for,
        # hung on the one asked
        preps |= {f"for:{w}" for c in _kids(tok) if c.dep_ == "prep" and c.lower_ == "to"
                  for o in _children(c, "pobj") for p in _children(o, "prep")
                  if p.lower_ == "for" for q in _children(p, "pobj")
                  for w in (q.lemma_.lower(), q.lower_)} \
            if lemma(tok) in ("appeal", "turn", "plead") else set()
        # what a measure's package or round holds: "hit Russia with a 17th sanctions package",
        # "with a fresh round of tariffs" (with:sanction, with:tariff)
        preps |= {f"{c.lower_}:{w.lemma_.lower()}" for c in _kids(tok) if c.dep_ == "prep"
                  for o in _children(c, "pobj") if o.lemma_.lower() in _QUANTITY_HEADS
                  for w in (*_children(o, "compound"), *_prep_objects(o, "of"))}
        # "described the blockade as cruel collective punishment", "described the move as
        # irresponsible", "dismissed her comments as baseless" (read as an adverbial clause):
        # what something is described as, with the label's modifiers
        labels = [o for c in _kids(tok) if c.dep_ == "prep" and c.lower_ == "as"
                  for o in _kids(c) if o.dep_ in ("pobj", "amod", "acomp")]
        labels += [c for c in _kids(tok) if c.dep_ in ("advcl", "acomp", "oprd") and
                   c.pos_ == "ADJ" and any(a.lower_ == "as" and a.i < c.i for a in _kids(c))]
        for obj in _children(tok, *_OBJECTS):
            labels += [o for c in _kids(obj) if c.dep_ == "prep" and c.lower_ == "as"
                       for o in _kids(c) if o.dep_ in ("pobj", "amod")]
        preps |= {f"as:{w.lemma_.lower()}" for o in labels
                  for w in (o, *(a for a in _kids(o) if a.dep_ == "amod"))}
        # ("talks between Russia and Ukraine, hosted by Turkey": the talks' own)
        preps |= {c.lower_ for c in _kids(tok.head) if c.dep_ == "prep" and
                  c.lower_ == "between"} if tok.dep_ == "acl" and tok.tag_ == "VBN" and \
            tok.head.pos_ in ("NOUN", "PROPN") else set()
        for obj in _children(tok, *_OBJECTS):
            preps |= {c.lower_ for c in _kids(obj) if c.dep_ == "prep" and not _when(c)}
            # ("hosted a new round of talks between X and Y": what the round is of)
            preps |= {c.lower_ for o in _prep_objects(obj, "of")
                      if lemma(obj) in _QUANTITY_HEADS
                      for c in _kids(o) if c.dep_ == "prep" and not _when(c)}
            # "warned Russia of new sanctions", "warned the Taliban government of open war":
            # the parser hangs "of" on the object, a name or a named side's body
            named = obj.pos_ == "PROPN" or any(
                c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < obj.i and (
                    c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
                for c in _kids(obj))
            preps |= {f"{c.lower_}:{w}" for c in _kids(obj) if c.dep_ == "prep" and
                      c.lower_ == "of" and named
                      for o in _children(c, "pobj") for w in (o.lemma_.lower(), o.lower_)}
            # "took control of chipmaker Nexperia": what control is of, and its kind
            # (and "declared a state of national calamity": which state)
            if lemma(obj) in ("control", "ownership", "management", "stake", "state"):
                preps |= {f"of:{w}" for c in _kids(obj) if c.dep_ == "prep" and
                          c.lower_ == "of" for o in _children(c, "pobj")
                          for w in (o.lemma_.lower(), *(k.lemma_.lower() for k in _kids(o)
                                                        if k.dep_ in ("compound", "amod")))}
            # "dismissed the protests as street terror", "reopened the crossing for aid
            # deliveries": and "as" or "for" on the object, with its word
            preps |= {f"{c.lower_}:{w}" for c in _kids(obj) if c.dep_ == "prep" and
                      c.lower_ in ("as", "for")
                      for o in _children(c, "pobj") for w in (o.lemma_.lower(), o.lower_)}
            # "expressed regret over China's decision": what an attitude is over or at
            if lemma(obj) in _ATTITUDE_NOUNS:
                preps |= {f"{c.lower_}:{w}" for c in _kids(obj) if c.dep_ == "prep" and
                          c.lower_ in ("over", "at", "about", "for")
                          for o in _children(c, "pobj") for w in (o.lemma_.lower(), o.lower_)}
        if governor is not None:  # "staged rallies in Gaza against X": on the light verb
            preps |= {c.lower_ for c in _kids(governor) if c.dep_ == "prep" and not _when(c)}
        return preps

    @staticmethod
    def _subject_words(tok: Token) -> set[str]:
        subjects = [c for c in _kids(tok) if c.dep_ in _SUBJECTS]
        if not subjects and any(c.dep_ == "auxpass" for c in _kids(tok)):
            # "the government was toppled by the National Assembly": the doer the row's
            # subject names, as in the active "the National Assembly toppled the government"
            subjects = [p for a in _kids(tok) if a.dep_ == "agent" for p in _kids(a)
                        if p.dep_ == "pobj"]
        first = tok
        while not subjects and first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") \
                and first.head.i != first.i:
            # "the army took control of the capital and ousted the president": the first
            # verb's subject
            first = first.head
            subjects = [c for c in _kids(first) if c.dep_ in _SUBJECTS]
        # "soldiers said they had ousted the president": the pronoun's speaker's words
        subjects += [s for c in subjects if c.lower_ in ("they", "it", "we") and
                     first.dep_ == "ccomp" and lemma(first.head) in _REPORTING
                     for s in _kids(first.head) if s.dep_ in _SUBJECTS]
        if not subjects and tok.dep_ == "xcomp":
            # "forcing army units to pull out": the one made to do it, the controller's
            # object (as _subject reads it); "lawmakers voted to oust": the voters
            subjects = [o for o in _kids(tok.head) if o.dep_ == "dobj" and o.i < tok.i and
                        lemma(tok.head) in _FORCING] or \
                [s for s in _kids(tok.head) if s.dep_ in _SUBJECTS]
        acting = tok.head if not subjects and tok.dep_ == "xcomp" else tok
        if not subjects and acting.dep_ in ("acl", "relcl") and acting.tag_ == "VBG":
            # "a school sheltering displaced families": the school; "a plane flying to Delhi
            # to land in Jaipur": the plane
            subjects = [acting.head]
        if not subjects and acting.dep_ == "advcl" and acting.tag_ == "VBG" and \
                any(t.text == "," for t in acting.doc[acting.head.i:acting.i]):
            # "adopted a package of sanctions, targeting 200 vessels": what was adopted does it
            subjects = [o for o in _kids(acting.head) if o.dep_ in ("dobj", "obj")
                        and o.pos_ == "NOUN"]
        subjects += [p for c in subjects for p in _prep_objects(c, "of")]  # "a batch of"
        armed = tok.doc.user_data.get("eventcoder_armed", ())
        return {lemma(w) for c in subjects for w in
                [c, *(m for m in _kids(c) if m.dep_ in ("compound", "amod"))]} | (
            {"armed"} if any(c.i in armed for c in subjects) else set())

    def _means(self, noun: Token, hits: dict[int, _Hit]) -> tuple[str, str] | None:
        """The code and rule of an event noun named as the means of another event, found or
        not as an event of its own ("in a bomb attack": its modifier's row)."""
        if noun.pos_ == "NOUN" and lemma(noun) == "bomb" and _aerial(noun):
            return "195", "aerial-bomb"  # "was hit by a glide bomb": dropped from the air
        if noun.pos_ == "NOUN":
            mods = {c.lemma_.lower() for c in _kids(noun) if c.dep_ in ("compound", "amod")}
            row = next((r for r in self.triggers.get(lemma(noun), "NOUN") if r.objects & mods
                        and not (r.preps or r.particles or r.complements)), None)
            if row is not None:
                return row.code, f"trigger:{row.id}"
        if noun.i in hits:
            return hits[noun.i].code, hits[noun.i].rule
        if noun.pos_ == "NOUN":  # "a roadside bombing": the noun's plain reading
            # (a word for a mishap too, read by a row that needs its governor or subject, is
            # that reading only for a side's: "killed by Israeli fire", not "a fire at a
            # warehouse killed 12")
            owned = lemma(noun) not in _MISHAPS or any(
                c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")
                for c in _kids(noun))
            mods = {c.lemma_.lower() for c in _kids(noun) if c.dep_ in ("compound", "amod")}
            row = next((r for r in self.triggers.get(lemma(noun), "NOUN")
                        if not (r.objects or r.preps or r.particles or r.complements)
                        and (owned or not (r.governors or r.subjects))
                        and r.code[:2] in _VIOLENT and not any(
                            kind == "object" and stops & mods for kind, stops in r.unless)),
                       None)  # (not "with petrol bombs": no bombing, as a row says)
            if row is not None:
                return row.code, f"trigger:{row.id}"
        return None

    def _means_owner(self, tok: Token, actors: _Actors
                     ) -> tuple[list[ActorMention], list[ActorMention]]:
        """Whose violent means an act was done by, and whom the means struck: "killed in a
        Russian missile strike on Kharkiv" (Russia; Kharkiv), "died in Israel's air raids"."""
        for prep in _children(tok, "prep", "agent"):
            if prep.lower_ not in ("in", "during", "by"):
                continue
            for noun in _children(prep, "pobj"):
                means = self._means(noun, {}) if noun.pos_ == "NOUN" else None
                fire = [q for q in _prep_objects(noun, "of") if lemma(q) in _FIRE_WORDS] \
                    if lemma(noun) == "exchange" else []
                if means is None and fire:
                    # ("killed in an exchange of fire with Thai troops": a fight, with "with"
                    # hung on the exchange or on its fire)
                    means = ("190", "exchange-fire")
                    owners = [m for x in (noun, *fire) for q in _prep_objects(x, "with")
                              for m in actors.of(q)]
                    if owners:
                        return owners, []
                if means is None:
                    continue
                # (a country named before a bombing or suicide attack is where it was:
                # "killed in Pakistan suicide attack"; before a strike, who struck: "a US
                # drone strike")
                owners = _owners(noun, actors, ("amod", "poss", "nmod") if means[0][:2] == "18"
                                 else ("amod", "compound", "poss", "nmod")) or \
                    [m for q in _prep_objects(noun, "by") for m in actors.of(q)] or \
                    [m for q in _prep_objects(noun, "with") for m in actors.of(q)
                     if lemma(noun) in _FIGHTS] or _blamed_on(noun, actors)
                # ("died in clashes with the rebels": the other side of the fight)
                # ("killed in an attack by Boko Haram on a village": the doer by "by")
                struck = [m for w in ("on", "against") for q in _prep_objects(noun, w)
                          for m in actors.of(q)]
                if owners:
                    return owners, struck
        return [], []

    @staticmethod
    def _joined(doc: Doc, mention: ActorMention, objects: bool = True) -> bool:
        """Whether a target is named as a partner: an object ("telephoned X", not for violence:
        "engaged X in a firefight" is one side's attack), or under "with" or "between"."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        node = span.root
        for _ in range(4):
            if node.dep_ == "pobj" and node.head.lower_ in ("with", "between", "among", "amongst"):
                return True
            if node.dep_ == "pobj" and node.head.lower_ == "to" and \
                    lemma(node.head.head) in ("speak", "talk"):
                return True  # "spoke to his Pakistani counterpart"
            if node.dep_ == "pobj" and node.head.lower_ == "from" and \
                    lemma(node.head.head) == "call":
                return True  # "received a call from Erdogan"
            if node.dep_ in ("dobj", "dative"):  # "telephoned X", "met X"
                return objects
            if node.dep_ not in ("conj", "pobj", "appos", "compound", "amod", "poss"):
                return False
            node = node.head
        return False

    def _refined(self, family_code: str, inner_code: str) -> str:
        """:func:`_refine`, kept to the codes the CAMEO list has."""
        code = _refine(family_code, inner_code)
        while len(code) > 3 and self.cameo.get(code) is None:
            code = code[:-1]
        if self.cameo.get(code) is None:
            code = family_code[:2] + "0"  # ("109": the list has no such code; the family's)
        return code

    def _decided(self, hit: _Hit, inner_code: str) -> str:
        """:meth:`_refined` for a family verb and the event it takes; a body's decision to cut
        relations or impose sanctions is that act ("EU ministers agreed to impose sanctions
        on Belarus": 163), not a threat of it."""
        if hit.code[:2] == "03" and inner_code[:2] == "16" and lemma(hit.token) in _DECIDING:
            return inner_code
        if hit.code[:2] == "02" and inner_code[:2] == "07" and \
                lemma(hit.token) in ("propose", "suggest") and (
                    hit.complement is None or not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in _kids(hit.complement))):
            # "proposed a loan for Ukraine", "proposed sending Patriots": an offer of one's own
            # aid (033), not an appeal for it (but "proposed that the IMF lend" asks the IMF)
            return self._refined("030", inner_code)
        code = self._refined(hit.code, inner_code)
        if hit.code[:2] == "13" and len(hit.code) == 4 and code == hit.code[:3]:
            return hit.code  # ("threatened new attacks": the row's conventional attack, 1384)
        if hit.rule.endswith("+kind") and len(hit.code) == 4 and len(code) == 3:
            return hit.code  # ("appealed for more military support": the kind read, 0232)
        return code

    def _object_reading(self, tok: Token, preps: tuple[str, ...] = _READ_PREPS
                        ) -> tuple[str, str] | None:
        """The CAMEO code an event noun in the object of ``tok`` reads as, from the trigger
        rows of its lemma ("proposal for talks" -> talks' 046), with the row id."""
        nouns = []
        ended: set[int] = set()
        for obj in _children(tok, *_OBJECTS):
            held = [p for prep in _children(obj, "prep") if prep.lower_ in ("for", "of", "on")
                    for p in _children(prep, "pobj")]
            # ("agreed its 19th sanctions package": what the package holds)
            held += [c for c in _kids(obj) if c.dep_ == "compound" and
                     lemma(obj) in _QUANTITY_HEADS]
            # ("reached a ceasefire agreement": a truce agreed)
            held += [c for c in _kids(obj) if c.dep_ == "compound" and lemma(obj) in _PACTS
                     and any(r.code[:2] == "08" for r in self.triggers.get(lemma(c), "NOUN"))]
            if any(r.code[:2] not in _FAMILIES and r.code[:2] not in ("01", "13")
                   for r in self.triggers.get(lemma(obj), "NOUN")):
                nouns.append(obj)  # "facilitate the release of hostages": the release
            nouns += held
            if lemma(obj) in _ENDINGS:  # "bring an end to the embargo", "the lifting of",
                # "extend a pause on tariffs"
                for prep in [*_children(obj, "prep"), *_children(tok, "prep")]:
                    if prep.lower_ in ("to", "of", "on"):
                        for p in _children(prep, "pobj"):
                            ended.add(p.i)
                            nouns.insert(0, p)
            # "rejected calls by the rulers for economic aid": the request's own "for"
            nouns += [p for by in _children(obj, "prep") if by.lower_ == "by"
                      for agent in _children(by, "pobj") for prep in _children(agent, "prep")
                      if prep.lower_ == "for" for p in _children(prep, "pobj")]
            nouns.append(obj)
        for prep in _children(tok, "prep"):
            if prep.lower_ in preps:
                for p in _children(prep, "pobj"):  # "appealed for an end to the agitation"
                    if lemma(p) in _ENDINGS:
                        for inner in _children(p, "prep"):
                            if inner.lower_ in ("to", "of", "on"):
                                ended.update(q.i for q in _children(inner, "pobj"))
                                nouns += list(_children(inner, "pobj"))
                    # ("agreed to a ceasefire deal": a truce agreed)
                    nouns += [c for c in _kids(p) if c.dep_ == "compound" and
                              lemma(p) in _PACTS and any(
                                  r.code[:2] == "08" for r in self.triggers.get(lemma(c), "NOUN"))]
                    nouns.append(p)
        for noun in nouns:
            if noun.i in ended and noun.pos_ == "NOUN":
                # the end of a sanction, a measure, violence or dissent: yielding (08x)
                endings = [_ENDED_READING[r.code[:2]] for r in
                           self.triggers.get(lemma(noun), "NOUN") if r.code[:2] in _ENDED_READING]
                # (force ended first: "an end to attacks on civilians" is de-escalation,
                # whatever other rows the noun has)
                ending: str | None = "087" if "087" in endings else next(iter(endings), None)
                if ending is None and lemma(noun) in _DISSENT:
                    ending = "082"
                if ending is not None:
                    return ending, f"end:{lemma(noun)}"
                continue  # "a halt to arms deliveries": no delivery asked for
            if noun.pos_ != "NOUN" or _war_on_ills(noun):
                continue  # ("promised to wage war on crime": no force)
            word = lemma(noun)
            if noun.i >= 2 and noun.doc[noun.i - 1].text == "-":  # "cease-fire"
                joined = noun.doc[noun.i - 2].lower_ + noun.lower_
                word = joined if self.triggers.get(joined, "NOUN") else word
            modifiers = self._modifier_words(noun)
            readable = [r for r in self.triggers.get(word, "NOUN")
                        if r.code[:2] not in _FAMILIES and r.code[:2] not in ("01", "13")
                        and not (r.preps or r.particles or r.complements)
                        and (not r.governors or r.governors & _HAPPENING_GOVERNORS)]
            # (a row its modifiers name first: "threatened a nationwide strike" is a labour
            # strike's, not an air strike's; else the plain reading, not "a currency swap")
            rows = [r for r in readable if r.objects & modifiers] or [
                r for r in readable if not r.objects and not any(
                    kind == "object" and stops & modifiers for kind, stops in r.unless)]
            # (the reading of the event happening: held talks, imposed sanctions, sent aid)
            if rows:
                code = rows[-1].code
                if code == "070":  # "economic aid" (071), "military aid" (072) ...
                    kinds = {_AID_KINDS[c.lemma_.lower()] for c in _kids(noun)
                             if c.dep_ in ("amod", "compound") and c.lemma_.lower() in _AID_KINDS}
                    code = kinds.pop() if len(kinds) == 1 else code
                return code, rows[-1].id
        return None

    @staticmethod
    def _governor(noun: Token) -> Token | None:
        """The verb an event noun is the object or subject of ("held talks", "talks began")."""
        # (not a clause after the noun's own prepositional phrase, when the noun has a verb:
        # "imposed sanctions on officials it accuses of fraud" is about the officials)
        owned = noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB"
        for child in _kids(noun):
            # "the sanctions that Washington imposed on Iran": the relative clause's verb
            if owned and child.dep_ == "relcl" and any(
                    c.dep_ == "prep" and c.i < child.i for c in _kids(noun)):
                continue
            if child.dep_ == "relcl" and child.pos_ == "VERB" and not _passive(child) and any(
                    c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in _kids(child)) \
                    and (any(
                    c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in _kids(child)) or
                    not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in _kids(child))):
                return child
        head = noun.head
        if noun.dep_ == "compound" and (head.lemma_.lower() in _PROXY_NOUNS or
                                        head.lemma_.lower() in _QUANTITY_HEADS):
            return EventCoder._governor(head)  # "launched a mediation effort", "agreed a 19th
            # sanctions package"
        if noun.dep_ in ("dobj", "obj") and lemma(head) in _PERPETRATING and \
                head.dep_ == "pcomp" and head.head.lower_ == "of" and \
                head.head.head.pos_ == "VERB":
            return head.head.head  # "accused X of committing war crimes": the accusation's
        if noun.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd", "nsubj") \
                and head.pos_ in ("VERB", "AUX"):
            return head
        if noun.dep_ == "pobj" and head.lower_ == "into" and any(
                c.dep_ in ("dobj", "nsubjpass") and lemma(c) in _INQUIRIES
                for c in _kids(head.head)):
            return None  # "opened an investigation into the bombing": the inquiry's topic
        if noun.dep_ == "pobj" and head.dep_ == "prep" and not (
                head.lower_ in _FRAMING and lemma(noun) in _FRAMES) and (
                head.head.pos_ == "VERB" or (
                    head.head.pos_ == "AUX" and lemma(head.head) == "be" and
                    head.lower_ == "on" and lemma(noun) in _ON_ERRANDS)):
            return head.head  # (and "Ruto is on a state visit to China", "doctors have been
            # on strike since March")
        if noun.dep_ == "pobj" and head.dep_ == "agent" and lemma(noun) in _MEASURES:
            return head.head  # "Lukoil was hit by US sanctions"
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in ("dobj", "obj") \
                and lemma(head.head.head) in _ACCUSING:
            return head.head.head  # "accused the ELN of war crimes": the parser hangs "of"
            # on the accused
        if _claimed(noun) and head.head.dep_ in ("dobj", "obj"):
            return head.head.head  # "claimed responsibility for the attack": claimed it
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
                head.head.lemma_.lower() in _QUANTITY_HEADS:
            return EventCoder._governor(head.head)
        if noun.dep_ == "conj":
            return EventCoder._governor(head)
        return None

    @staticmethod
    def _complement(tok: Token) -> Token | None:
        """The verb of what a word asks, vows or plans ("urged X to withdraw"), read through
        verbs of keeping on and of trying ("vowed to keep firing rockets": firing; "accused
        Russia of trying to interfere": interfering)."""
        comp = EventCoder._complement_word(tok)
        while comp is not None and lemma(comp) in _READ_THROUGH:
            further = next((c for c in _kids(comp) if c.dep_ in ("xcomp", "ccomp") and
                            c.pos_ == "VERB"), None)
            if further is None:
                break
            comp = further
        return comp

    @staticmethod
    def _complement_word(tok: Token) -> Token | None:
        children = list(_kids(tok))
        for child in children:
            if child.dep_ in _COMPLEMENTS and child.pos_ in ("VERB", "AUX"):
                before = tok.doc[child.i - 1] if child.i else child
                if child.tag_ == "VBG" and before.dep_ == "pobj" and before.pos_ == "NOUN" and \
                        _head(_head(before)).i == tok.i:
                    continue  # "agreed to a truce starting on Saturday": the truce's start
                return child
        for child in children:  # "have sworn to fight": the parse says advcl
            if child.dep_ == "advcl" and child.pos_ == "VERB" and child.i > tok.i and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in _kids(child)) and not any(
                    c.dep_ == "mark" for c in _kids(child)):
                return child
            if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i == tok.i + 2 and \
                    tok.doc[tok.i + 1].dep_ == "prt" and not any(
                        c.dep_ in ("mark", "nsubj") for c in _kids(child)):
                return child  # "ruled out easing sanctions on Russia before a ceasefire":
                # the parse hangs the gerund after the particle as a clause
        # "a call to withdraw", "threats to attack": nouns take the infinitive as acl
        for child in children:
            if child.dep_ == "acl" and child.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in _kids(child)):
                return child
        # "called on X to withdraw", "urged X to withdraw" (parsed as the object's clause);
        # not a participle ("demanded the withdrawal, calling them occupiers")
        for obj in _children(tok, *_OBJECTS, "dative"):
            for child in _kids(obj):
                if child.dep_ in ("acl", "relcl", "xcomp") and child.pos_ == "VERB" and \
                        child.tag_ != "VBG" and not (
                            child.tag_ == "VBN" and lemma(child) in _BROKERING) \
                        and not (child.dep_ == "relcl" and any(
                            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                            for c in _kids(child))):
                    return child  # (not "reached a deal brokered by Egypt": who made it;
                    # nor a clause with a subject of its own: "..., a claim Ukraine dismissed")
        # "called on X to withdraw"; not "agreed to a truce after talks mediated by Qatar"
        for prep in _children(tok, "prep"):
            if prep.lower_ in _CIRCUMSTANCE:
                continue
            for pobj in _children(prep, "pobj"):
                for child in _kids(pobj):
                    if child.dep_ in ("acl", "xcomp") and child.pos_ == "VERB" and \
                            child.tag_ not in ("VBG", "VBN"):
                        return child
        for prep in _children(tok, "prep"):  # "accused X of shelling", "warned of attacking"
            if prep.lower_ in _CIRCUMSTANCE or prep.lower_ == "against":
                continue  # "demanded a truce before allowing aid": when, not what; "warned
                # Israel against annexing": what the warner opposes, not what it will do
            # ("accusing some of them of spying": the parser reads "spying" as the object)
            for pcomp in (*_children(prep, "pcomp"), *(
                    p for p in _children(prep, "pobj") if p.tag_ == "VBG" and p.pos_ == "VERB")):
                if _verb_or_being(pcomp) and not (prep.lower_ == "with" and any(
                        c.dep_ == "nsubj" for c in _kids(pcomp))):
                    return pcomp  # (not "rejected the demand, with Kihara saying ...": a
                    # clause of its own subject told beside the act)
        if lemma(tok) in _CHARGING:
            # "accused the journalist of betraying the motherland" ("of spying", read as its
            # object): the parser hangs "of" on the accused
            return next((p for p in _hung_of(tok) if _verb_or_being(p)), None)
        return None

    def _fallback(self, tok: Token) -> VerbPattern | None:
        """The best-matching PETRARCH2 verb pattern for a verb no curated row covers. Only a
        pattern naming words beyond the verb counts: a bare PETRARCH2 verb ("managed",
        "grabbed") is too loose to code on its own, and the curated rows carry bare verbs."""
        if self.verbs is None or tok.pos_ != "VERB":
            return None
        lemma_ = lemma(tok)
        curated = lemma_ in self._verb_lemmas and lemma_ not in self._asking_only and not (
            lemma_ in self._phrasal_only and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ in self._phrasal_only[lemma_]
                for c in _kids(tok)))
        if curated or lemma_ in _REPORTING or lemma_ in _DESCRIBING or \
                lemma_ in _ASPECTUAL or lemma_ in _NO_FALLBACK:
            return None  # curated verbs decide alone; reported speech is a quote; what one
            # describes ("described the protests as treasonous") is not one's own act; "keep"
            # and "continue" pass to the act they go on with
        rows = [r for r in self.verbs.by_verb(lemma_)
                if (r.verb == lemma_ or lemma_ in r.forms) and r.code is not None
                and (r.before or r.after)]
        if not rows:
            return None
        # (not an attribution: "according to the military" names no accord, no military act)
        cited = {t.i for c in _kids(tok) if c.dep_ == "prep" and c.lower_ == "according"
                 for t in c.subtree}
        # (nor is when or where: "pushed the bill through parliament on Friday", "pressed
        # for a tougher line at the summit in Kyiv")
        own = _own_words(tok)
        cited.update(t.i for c in own if c.dep_ in ("prep", "npadvmod") and c.i > tok.i and
                     _when_or_where(c) for t in c.subtree)
        # (nor a word of a name: "recommend Trump for the Nobel Peace Prize" proposes no peace,
        # "joined the Peace Corps" no peace process)
        cited.update(t.i for t in own if t.pos_ == "PROPN" and t.ent_type_ in _NAMED_THINGS)
        # (nor what goes on beside the act: "voted on Saturday, with Prime Minister
        # Albanese's party seeking a second term" holds no vote for a minister)
        cited.update(t.i for c in _kids(tok) if c.dep_ == "prep" and c.lower_ == "with" and any(
            (g.dep_ == "pcomp" and g.tag_ in ("VBG", "VBN") and any(
                s.dep_ in ("nsubj", "nsubjpass") for s in _kids(g))) or
            (g.dep_ == "pobj" and any(a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")
                                      for a in _kids(g)))
            for g in _kids(c)) for t in c.subtree)
        after = [(t.lower_, t.lemma_.lower()) for t in own if t.i > tok.i and t.i not in cited]
        # the verb's own prepositions and particles ("pressed on", "fired at")
        direct = {c.lower_ for c in _kids(tok) if c.dep_ in ("prep", "prt", "agent", "dative")}
        before: list[tuple[str, str]] | None = None
        best: VerbPattern | None = None
        best_score = 0
        for row in rows:
            wanted_after, wanted_before = self._compiled(row)
            score = _pattern_score(wanted_after, after)
            if score < 0:
                continue
            if wanted_after and all(w <= _PARTICLES for w in wanted_after) and (
                    not wanted_after[0] & direct or any(
                        lemma(o) in _IDIOM_ENDS for c in _kids(tok) if c.dep_ == "prep"
                        and c.lower_ in wanted_after[0] for o in _children(c, "pobj"))):
                continue  # "wants a decision on the border": the "on" is the decision's;
                # "came to power", "come to the other's aid": idioms, no one met
            if wanted_before and before is None:
                # (the verb's own clause: "confident that the institutions would handle it"
                # is no pattern of "handle" with "confident")
                before = [(t.lower_, t.lemma_.lower()) for t in own if t.i < tok.i]
            b = _pattern_score(wanted_before, before or [])
            if b < 0 or score + b == 0:
                continue
            if score + b > best_score:
                best, best_score = row, score + b
        if best is not None and best.code is not None and best.code[:2] in _FORCE_ROOTS and \
                any(lemma(o) in _SYMBOLS or _war_on_ills(o) for o in _children(tok, "dobj")):
            return None  # "crowds tore down a statue of Hafez al-Assad": no one is attacked;
            # "wage war on crime": no enemy
        return best

    def _compiled(self, row: VerbPattern) -> tuple[tuple[frozenset[str], ...], ...]:
        """A pattern's words before and after the verb, each as the set of forms it accepts
        (a synset's words for "&MILITARY"), compiled once."""
        found = self._patterns.get(row.id)
        if found is None:
            # ("to_withdraw": "to" then "withdraw", not "to" alone, which a vote tally "364
            # to 194" has)
            found = tuple(tuple(
                form for w in words if w and w not in "(){}+$^%" and not w.startswith("-")
                for form in ((self._synsets[w],) if w in self._synsets else
                             tuple(frozenset({part}) for part in
                                   w.lower().rstrip("_").split("_") if part)))
                for words in (row.after, row.before))
            self._patterns[row.id] = found
        return found

    # ------------------------------------------------------------------ coding
    def code(self, doc: Doc, mentions: Sequence[ActorMention], *, doc_id: str,
             published: date | None = None, part: str = "body",
             quotes: Sequence[Any] = (), places: Sequence[Any] = ()) -> list[Event]:
        """Every event in ``doc``; ``mentions`` are its actors from the actor stage, ``quotes``
        and ``places`` what the quote and place stages found in it."""
        tokens = tokens_of(doc)
        doc.user_data[_KIDS], doc.user_data[_HEADS] = _parse_tables(doc, tokens)
        doc.user_data[_LEMMAS] = [_lemma(t) for t in tokens]
        try:
            return self._code(doc, tokens, mentions, doc_id, published, part, quotes, places)
        finally:
            # (the tables are of this parse; a repair may change it)
            del doc.user_data[_KIDS], doc.user_data[_HEADS], doc.user_data[_LEMMAS]
            doc.user_data.pop(_ANCHOR, None)

    def _code(self, doc: Doc, every: list[Token], mentions: Sequence[ActorMention],
              doc_id: str, published: date | None, part: str, quotes: Sequence[Any],
              places: Sequence[Any]) -> list[Event]:
        doc.user_data["eventcoder_headline"] = part == "headline"
        sents = sentences_of(doc)
        text = text_of(doc)
        doc.user_data["eventcoder_questions"] = {
            i for sent in sents if text[sent.start_char:sent.end_char].rstrip().endswith("?")
            for i in range(sent.start, sent.end)}
        # (each mention's words, found once for the sets below)
        spans = [(m, [t.i for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ()])
                 for m in mentions]
        # the words the place stage and the actor stage read as places ("struck Kharkiv")
        doc.user_data["eventcoder_places"] = {
            t.i for x in places
            for t in doc.char_span(x.start, x.end, alignment_mode="expand") or ()} | {
            i for m, words in spans if m.basis in ("location", "capital") for i in words}
        # and the words the actor stage read as people ("received Burhan", where the small
        # model took the name for a place)
        doc.user_data["eventcoder_people"] = {
            i for m, words in spans if ":person:" in (m.entry or "") or m.basis == "title"
            for i in words}
        # and the words of international bodies named ("quit ECOWAS")
        doc.user_data["eventcoder_igos"] = {
            i for m, words in spans if (m.code or "").startswith("IGO") and
            (m.sector or "")[:3] not in _ARMED_ACTORS for i in words}
        # (and the outlets and the aid and rights groups it names, for "suspended the BBC",
        # "ordered the ICRC to leave")
        doc.user_data["eventcoder_media"] = {
            i for m, words in spans if "MED" in (m.sector or "") or "JRN" in (m.sector or "")
            for i in words}
        doc.user_data["eventcoder_ngos"] = {
            i for m, words in spans if (m.code or "").startswith("NGO") for i in words}
        doc.user_data["eventcoder_firms"] = {
            i for m, words in spans if (m.code or "").startswith("MNC") or
            (m.sector or "")[:3] == "BUS" for i in words}
        # and the words of armed actors named ("The RSF withdrew from Bara"), which the rows
        # of armed men's acts take as the word "armed"
        doc.user_data["eventcoder_armed"] = {
            i for m, words in spans if (m.sector or "")[:3] in _ARMED_ACTORS for i in words}
        actors = _Actors(doc, mentions, places)
        events: list[Event] = []
        last_subjects: list[ActorMention] = []
        # A sports story: sentences of sports words with no political actor are discarded,
        # and once two are, any sentence of the story with no political actor is too
        # ("Japan beat Germany 2-1 ... Germany attacked relentlessly")
        # (each pass over a Span builds its Tokens: the Doc's, listed once, sliced)
        tokens_of = [every[sent.start:sent.end] for sent in sents]
        sporty = [self._sports(sent, tokens) for sent, tokens in zip(sents, tokens_of,
                                                                    strict=True)]
        # (a headline is of the story its body is: "Senegal stun hosts Morocco")
        sports_story = doc.user_data.get(SPORTS_STORY, False) or \
            sum(s == 2 for s in sporty) >= 2 or (
                any(s == 2 for s in sporty) and sum(s >= 1 for s in sporty) >= 2)
        doc.user_data[SPORTS_STORY] = sports_story
        # the day the story last told (and in which sentence and paragraph): "A week later",
        # "the next day" count from it, and a sentence with no date of its own right after a
        # background one in the same paragraph goes on with it (see event_date)
        anchor: tuple[date, str, int, int] | None = None
        paragraph = 0
        for s_index, sent in enumerate(sents):
            tokens = tokens_of[s_index]
            if s_index:  # (a break may be a space token at either sentence's edge)
                before = [t for t in tokens_of[s_index - 1] if not t.is_space]
                first = next((t for t in tokens if not t.is_space), None)
                if before and first is not None:
                    paragraph += "\n" in text[before[-1].idx:first.idx]
            doc.user_data[_ANCHOR] = None if anchor is None else _Anchor(
                anchor[0], anchor[1], anchor[2] == s_index - 1 and anchor[3] == paragraph)
            if (sporty[s_index] == 2 or sports_story) and not self._political(tokens, actors):
                continue
            hits = self._hits(sent, tokens, actors)
            sentence_events: list[Event] = []
            for hit in hits:
                sentence_events.extend(self._events(doc, sent, s_index, hit, actors,
                                                    last_subjects, doc_id, published, part,
                                                    quotes))
            for event in sentence_events:
                self._answer(doc, event, events)
                _captor(doc, event, events)
            sentence_events = _claimed_attacks(doc, sentence_events, events)
            sentence_events = _blows_continued(sentence_events, events)
            sentence_events = _answered_blows(doc, sentence_events, events)
            sentence_events += self._in_kind(sent, s_index, tokens, actors, last_subjects,
                                             events, sentence_events)
            dated = next((e for e in sentence_events if e.date and e.date_basis in _ANCHORING),
                         None)
            if dated is not None and dated.date is not None:
                anchor = (date.fromisoformat(dated.date), dated.date_basis, s_index, paragraph)
            elif not sentence_events and published is not None:
                # ("The protests culminated on June 25, 2024, when ...": a day told with no
                # event coded of it)
                day, basis = event_date(sent, sent.root, published)
                if day is not None and basis in _ANCHORING:
                    anchor = (day, basis, s_index, paragraph)
            events.extend(_unique(sentence_events, doc))
            # (the first subject's actors, all of them: "The two leaders issued a statement.
            # They also agreed ...": both)
            first, named = next(((t, found) for t in tokens
                                 if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _PRONOUNS
                                 for found in (actors.of(t),) if found), (None, []))
            if first is not None:
                last_subjects = named
                if lemma(first.head) in _MEETING and first.dep_ == "nsubj":
                    # "Ishiba met Trump ... They agreed": the two who met
                    last_subjects += [m for o in [*_children(first.head, "dobj"),
                                                  *_prep_objects(first.head, "with")]
                                      for m in actors.of(o) if m.basis != "location" and
                                      m not in last_subjects]
        _answers_to_asks(doc, events)
        _measures_at_home(events)
        _blamed_doers(events)
        _yields_to_protests(doc, events)
        _denials_of_blame(events)
        return events

    def _in_kind(self, sent: Span, s_index: int, tokens: list[Token], actors: _Actors,
                 last: list[ActorMention], events: Sequence[Event], told: Sequence[Event]
                 ) -> list[Event]:
        """An act answered in kind or copied: "India expelled a Pakistani diplomat, and
        Pakistan responded in kind" (161 PAK>IND, the act turned back on its doer); "Mali
        recalled its ambassador, and Burkina Faso followed suit" (161 BFA, at the same
        target). The act is the latest one before the words, by another side: in the
        sentence (``told``) or in the two before it (``events``, the story's so far)."""
        out: list[Event] = []
        for tok in tokens:
            if tok.pos_ != "VERB":
                continue
            word = lemma(tok)
            mirror = (word in _ANSWERING_VERBS and any(
                lemma(p) == "kind" for p in _prep_objects(tok, "in"))) or (
                word == "reciprocate" and not any(c.dep_ in _OBJECTS for c in _kids(tok)))
            follow = word == "follow" and any(lemma(o) == "suit" for o in _children(tok, "dobj"))
            if not (mirror or follow) or any(e.extra.get("token") == tok.i for e in told):
                continue
            doers = [m for m in self._subject(tok, actors, last) if m.basis != "location"]
            theirs = {m.country for m in doers}
            # (the story's events so far are of this doc, headline or body, so their words
            # come before)
            models = [e for e in (*reversed(told), *reversed(events))
                      if e.source is not None and not e.negated and
                      e.source.country not in theirs and
                      s_index - 2 <= e.sentence_index and
                      e.extra.get("token", -1) < tok.i]
            # (the act itself, not the words told with it: "Azerbaijan expelled two French
            # diplomats, accusing them of espionage, and Paris responded in kind")
            model = next((e for e in models if not _told_alongside(
                tok.doc[e.extra["token"]] if "token" in e.extra else None)),
                models[0] if models else None)
            if model is None or not doers:
                continue
            # (as the sentence is told in _events: a masked dateline leaves blanks at its start)
            first = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            for doer in doers:
                target = model.source if mirror else model.target
                if target is not None and target.country == doer.country:
                    continue
                event = replace(
                    model, source=Party.of(doer), target=target, sentence_index=s_index,
                    sentence=sent.text.strip(), span=(first, first + len(sent.text.strip())),
                    trigger=(tok.text, tok.idx, tok.idx + len(tok.text)),
                    rule=model.rule + ("+in-kind" if mirror else "+follow-suit"),
                    quote_id=None, repeat_of=None,
                    extra={**model.extra, "token": tok.i})
                reidentify(event)
                out.append(event)
        return out

    def _answer(self, doc: Doc, event: Event, earlier: Sequence[Event]) -> None:
        """A reaction to an act told before: "The EU condemned the arrests", "Israel
        rejected the move" with no one named in them are aimed at the doer of the latest such
        act of the story (an arrest for "the arrests"; any other's act for "the move")."""
        if event.target is not None or event.cameo[:2] not in _ANSWERING or \
                "token" not in event.extra:
            return
        verb = doc[event.extra["token"]]
        # (and what a judgement is said of: "said the measures were unjustified")
        said_of = [s for c in _children(verb, "ccomp") for s in _children(c, "nsubj")] \
            if event.rule.startswith("judged:") else []
        noun = next((o for o in (*_children(verb, "dobj"), *said_of) if o.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")
            for c in _kids(o)) and not any(
            (c.dep_ in ("poss", "compound", "amod") and c.i < o.i) or
            (c.dep_ == "prep" and c.lower_ != "as") for c in _kids(o))), None)
        # (but "condemned the move as unjustified": what it is called)
        if noun is None:
            return
        word = lemma(noun)
        generic = word in _ACTS_TOLD
        # ("Kyiv denied the claim": a claim denied is the latest accusation's)
        claimed = word in _CLAIMS and event.cameo[:3] == "016"
        if not generic and not claimed and not self.triggers.get(word, "NOUN") and \
                not self.triggers.get(word, "VERB"):
            return
        own = event.source.code if event.source is not None else None
        own_country = event.source.country if event.source is not None else None
        own_state = _state_organ(event.source)
        # another country's act first: "Lebanon's president condemned the strikes" answers
        # Israel's strikes, not Hezbollah's rockets told after them; then, its own country's
        # (but never its own state's: "Iran's foreign ministry condemned the measures"
        # answers no Iranian act, while "the opposition condemned the arrests" answers the
        # police, and a governor the bandits' attack)
        foreign: list[Event] = []
        home: list[Event] = []
        for b in earlier:
            if not (own_country and b.source is not None and b.source.country == own_country):
                foreign.append(b)
            elif not (own_state and _state_organ(b.source)):
                home.append(b)
        # (and of its own country's, its state's acts first: a party "welcomed the move" of
        # the government, not of the protesters who demanded it)
        home.sort(key=lambda b: _state_organ(b.source))
        for before in (*reversed(foreign), *reversed(home)):
            if before.source is None or before.source.code == own or before.part != event.part:
                continue
            if word in _SEIZURES and before.cameo[:2] not in ("17", "18", "19", "20"):
                continue  # ("the AU denounced the takeover": the coup, not a call about it)
            if generic and word == "resolution" and before.cameo[:2] in ("02", "10"):
                pass  # ("welcomed the resolution": what the council demanded in it)
            elif generic and ((before.cameo[:2] in _ANSWERING and before.cameo[:3] != "116")
                              or before.cameo[:2] == "13" or
                              before.cameo[:3] in ("012", "013", "016")):
                continue  # ("Merz welcomed the decision": the decision is an act, not the
                # comment on it told just before, nor a threat: "Moscow vowed to retaliate.
                # Zelenskiy welcomed the decision" is the EU's; but what was agreed to be done
                # is a decision: "ministers agreed to launch joint patrols ... welcomed the
                # move"; and a court's finding of guilt is its verdict: "condemned the verdict")
            if claimed and before.cameo[:3] == "112":
                _retarget(event, before.source)
                return
            told = doc[before.extra["token"]] if "token" in before.extra else None
            if generic or (told is not None and (
                    _names_act(word, lemma(told)) or before.cameo[:2] in {
                        r.code[:2] for r in self.triggers.get(word, "NOUN")})):
                _retarget(event, before.source)
                return

    @staticmethod
    def _sports(sent: Span, tokens: list[Token]) -> int:
        """2 for a sentence of sports results and the like (sports words with a score, or
        two of them), 1 for one sports word, else 0."""
        words = {t.lower_ for t in tokens}
        found = len(words & _SPORTS)
        # ("in the second half", "in the 20th minute": a match's time)
        found += sum(1 for a, b in pairwise(tokens) if (
            b.lower_ == "half" and a.lower_ in ("first", "second")) or (
            b.lower_ in ("minute", "minutes") and a.like_num is False and
            a.lower_[:-2].isdigit() and a.lower_[-2:] in ("st", "nd", "rd", "th")))
        if not found:
            return 0
        return 2 if found >= 2 or _SCORE.search(sent.text) else 1

    @staticmethod
    def _political(tokens: list[Token], actors: _Actors) -> bool:
        """Whether a sentence names a political actor: a government, army, party, court ..."""
        named = [m for t in tokens if (m := actors.at.get(t.i))]
        # (civilians, but not the crowd: "thanked the fans", "Iran's women's volleyball team";
        # nor a side's own people: "Morocco's captain, Romain Saiss, was sent off")
        return any((m.sector or "")[:3] in _POLITICAL_SECTORS and
                   not set(m.text.lower().replace("'s", " ").replace(",", " ").split()) &
                   _SPECTATORS for m in named)

    def _hits(self, sent: Span, tokens: list[Token] | None = None,
              actors: _Actors | None = None) -> list[_Hit]:
        tokens = list(sent) if tokens is None else tokens
        named = actors.at if actors is not None else {}
        hits: dict[int, _Hit] = {}
        polled: bool | None = None  # (whether the sentence tells a poll: read once, if needed)
        for tok in tokens:
            if tok.pos_ == "ADJ" and ((tok.lemma_.lower() in _INTENT_ADJECTIVES and any(
                    c.dep_ == "xcomp" and lemma(c) not in _STANDING_FIRM for c in _kids(tok)))
                    or (tok.lemma_.lower() in ("ready", "prepared", "willing", "open") and
                        tok.dep_ in ("acomp", "amod", "oprd") and any(
                            p.dep_ == "prep" and p.lower_ in (
                                ("to",) if tok.lemma_.lower() == "open" else ("for", "to"))
                            and any((o.dep_ == "pobj" and lemma(o) in _TALKS_OFFERED) or (
                                o.dep_ == "pcomp" and lemma(o) in _TALKING_OFFERED)
                                    for o in _kids(p)) for p in _kids(tok)))):
                # "ready to negotiate", and "ready for talks", "open to a ceasefire": the
                # intent the complement or the noun names (refined below); not "ready to
                # defend itself", "ready to respond to any aggression": no cooperation is meant
                hits[tok.i] = _Hit(tok, "030", f"intent-adjective:{tok.lemma_.lower()}", None,
                                   True)
                continue
            if tok.lower_ in _ATTITUDES and tok.pos_ in ("ADJ", "VERB") and (
                    (tok.dep_ == "acomp" and lemma(tok.head) in ("be", "remain", "feel")) or
                    (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in _kids(tok)))) and \
                    not any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS
                            for c in _kids(tok.head if tok.dep_ == "acomp" else tok)):
                # (not "invited it to leave if it was frustrated": a condition)
                # "said he was skeptical over Moscow's will" (012), "was confident that" (013)
                mourned = tok.lower_ in _GRIEVING and any(
                    lemma(p) in _DEATHS for w in ("by", "at", "over")
                    for p in _prep_objects(tok, w))
                # ("deeply saddened by the death of Pope Francis": a condolence, 018)
                hits[tok.i] = _Hit(tok, "018" if mourned else _ATTITUDES[tok.lower_],
                                   f"attitude-adjective:{tok.lower_}", None, True)
                continue
            if tok.pos_ not in ("VERB", "NOUN", "PROPN", "AUX"):
                continue
            if lemma(tok) not in self._coded and tok.lower_ not in self._coded and \
                    tok.doc[tok.i - 1].text != "-":  # (a hyphened word's row: "test-fired")
                continue  # no row and no pattern is written for the word
            if tok.tag_ == "VBN" and (
                    (tok.dep_ in ("acomp", "xcomp", "oprd") and lemma(tok.head) in _LASTING) or
                    any(c.dep_ == "auxpass" and c.lower_.startswith(("remain", "stay"))
                        for c in _kids(tok))):  # (the model leaves "remained" as an AUX)
                continue  # "Suu Kyi remains imprisoned": a state that lasts, not an act
            row = self._curated(tok)
            if row is not None and row.code.startswith("02") and _unnamed_wish(tok):
                continue  # "an official, who asked not to be named, said": no appeal
            if row is not None and tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in _kids(tok)) and not any(
                    c.dep_ == "agent" for c in _kids(tok)):
                continue  # "militiamen armed with machetes": what they are, not an act
            if row is not None and row.code[:3] == "112" and lemma(tok) == "suspect" and \
                    tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(
                        c.dep_ == "agent" for c in _kids(tok)):
                continue  # "a militant suspected to have planned the attacks": who he is,
                # suspected by no one named
            if row is not None and _undone(tok):
                continue  # "revoked the decree banning social media": what the decree did,
                # undone
            if row is not None and _freed_from(tok):
                continue  # "pardoned two politicians jailed for abuse of power", "demanded
                # the release of protesters detained during the clashes": who they are
            if row is not None and tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(
                    c.dep_ == "aux" and c.lower_ == "had" for c in _kids(tok)) and \
                    tok.head.dep_ in (*_OBJECTS, "pobj") and not any(
                        t.ent_type_ == "DATE" for t in tok.subtree):
                continue  # "assassinated a prominent imam who had criticised jihadist
                # groups": who the one done to is, told as the past before the act (but
                # "journalists who had been detained by police on Monday": a day of its own)
            if row is not None and row.pos == "VERB" and tok.dep_ == "amod" and \
                    tok.tag_ in ("VBN", "VBD") and tok.head.i > tok.i and (
                        _hyphened_doer(tok) is None or (
                            _head_noun(tok).dep_ == "pobj" and
                            _head_noun(tok).head.lower_ in _BACKGROUND_PREPS | {"under", "of"})):
                continue  # "detained impeached President Yoon", "the jailed opposition
                # leader": what was done before, a description (and "withdrew after a
                # US-brokered ceasefire": the mediation before; but "signed a US-brokered
                # peace deal" tells it)
            if row is not None and row.code[:3] == "051" and tok.dep_ == "acl" and (
                    (tok.tag_ == "VBN" and lemma(tok) in _BACKING) or (
                        tok.tag_ == "VBG" and lemma(tok) in _BACKING | {"welcome"} and
                        _of_whole(tok.head).dep_ in ("nsubj", "nsubjpass"))):
                continue  # "M23 rebels, backed by Rwanda, seized Goma", "protesters
                # supporting Lissu clashed with police": who they are
            if row is not None and row.pos == "NOUN" and tok.dep_ == "nsubj" and \
                    tok.tag_ == "NNS" and lemma(tok.head) in _TRENDS and any(
                        c.dep_ == "aux" and c.lower_ in ("has", "have", "had")
                        for c in _kids(tok.head)):
                continue  # "Russian attacks on the energy grid have intensified in recent
                # weeks": a trend told, no one act
            if row is not None and row.code[:3] == "051" and tok.dep_ == "relcl" and \
                    tok.tag_ == "VBN" and lemma(tok) in _BACKING and any(
                        c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in _kids(tok)):
                continue  # "The Gaza Humanitarian Foundation, which is backed by the United
                # States and Israel, said": who it is
            if row is not None and row.pos == "NOUN" and tok.dep_ == "pobj" and \
                    tok.head.lower_ in _BACKGROUND_PREPS and not any(
                        c.dep_ in ("poss", "compound", "amod", "prep") and (
                            c.i in named or c.lower_ == "by") for c in _kids(tok)) and not (
                        row.code[:2] == "04" and any(
                            p.i in named and named[p.i].basis != "location"
                            for p in _prep_objects(tok, "with"))):
                continue  # "sent troops after the invasion of Ukraine": a past act recalled
                # by no one named, not the subject's (but "after Israeli strikes", "after
                # the attack by Hamas" name their doers, and "after talks with US officials"
                # the subject's partner)
            if row is not None and tok.tag_ == "VBN" and lemma(tok) in _QUESTIONED and \
                    tok.dep_ in ("advcl", "acl", "conj") and not any(
                        c.dep_ == "agent" for c in _kids(tok)):
                continue  # "Asked about the talks, Rubio said", "when asked": a reporter's
                # question, no appeal (but "was asked by lawmakers to resign")
            if row is not None:
                hits[tok.i] = _Hit(tok, row.code, f"trigger:{row.id}", row, True)
                continue
            if tok.dep_ in ("acl", "amod") and tok.tag_ in ("VBG", "VBN"):
                continue  # "refugees fleeing the war": a description, for curated rows only
            if tok.dep_ == "relcl" and lemma(tok) in _DESCRIBING_ROLES:
                continue  # "Umerov, who leads Ukraine's delegation, said": who he is
            pattern = self._fallback(tok)
            if pattern is None or pattern.code is None:
                continue
            if polled is None:
                polled = any(lemma(t) in ("poll", "survey") for t in tokens)
            if not polled and not (lemma(tok) in _TRENDS and any(
                    c.dep_ == "nsubj" and c.tag_ == "NNS" for c in _kids(tok))):
                # (not in a poll's figures: "Polls show Tisza leading Fidesz"; nor a trend:
                # "the military's air attacks had intensified")
                hits[tok.i] = _Hit(tok, pattern.code, f"petrarch2:{pattern.source}", None, False)
        # "carried out airstrikes", "issued an arrest warrant": a curated event noun as the
        # object of a verb only a PETRARCH2 pattern codes is the event; the verb is its carrier
        for i, hit in list(hits.items()):
            objects = list(_children(hit.token, *_OBJECTS))
            objects += [p for o in objects if lemma(o) in _QUANTITY_HEADS
                        for p in _prep_objects(o, "of")]  # "carried out hundreds of strikes"
            if hit.row is None and hit.rule.startswith("petrarch2:") and any(
                    o.i in hits and hits[o.i].row is not None and o.pos_ == "NOUN"
                    for o in objects):
                hits.pop(i)
            elif hit.row is not None and hit.row.pos == "VERB" and (
                    hit.code == "100" or (hit.row.lemma == "order" and hit.code == "172")) and any(
                    o.i in hits and getattr(hits[o.i].row, "pos", None) == "NOUN"
                    for o in objects):
                hits.pop(i)  # "ordered the closure of the consulate": the closure is the act
            elif hit.row is not None and hit.row.pos == "NOUN" and hit.token.dep_ == "pobj":
                # "withdrew from the agreement": the verb's row and the noun's say one thing
                gov = self._governor(hit.token)
                verb_row = hits[gov.i].row if gov is not None and gov.i in hits else None
                if verb_row is not None and verb_row.pos == "VERB" and verb_row.code == hit.code:
                    hits.pop(i)
        # "sent police officers to Haiti to help fight the gangs": the fight is what forces are
        # sent for, not yet fought
        for i, hit in list(hits.items()):
            node = hit.token
            if node.dep_ == "xcomp" and lemma(node.head) == "help":
                node = node.head
            if hit.code[:2] in ("18", "19", "20") and node.dep_ == "advcl" and \
                    lemma(node.head) in _DISPATCHING and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in _kids(node)):
                hits.pop(i)
        # "naval drills, firing cruise missiles at simulated targets": a blow at a mock
        # target is the drill's, no attack
        for i, hit in list(hits.items()):
            if hit.code[:2] in ("18", "19", "20") and any(
                    lemma(c) in _MOCK for o in (*_children(hit.token, *_OBJECTS),
                                               *(q for p in ("at", "on") for q in
                                                 _prep_objects(hit.token, p)))
                    for c in _kids(o) if c.dep_ in ("amod", "compound")):
                hits.pop(i)
        for i, hit in list(hits.items()):
            tok = hit.token
            if hit.code[:2] != "19":
                continue
            if tok.pos_ == "NOUN" and hit.code in ("190", "193", "194") and (any(
                    _aerial(w) for c in _kids(tok) if c.dep_ in ("compound", "amod", "nmod")
                    for w in (c, *c.conjuncts)) or any(
                    _aerial(w) for p in _prep_objects(tok, "from") for w in (p, *p.conjuncts))):
                # "a massive drone and missile attack on Ukraine", "came under fire from
                # Israeli drones": aerial weapons
                hit.code, hit.rule = "195", hit.rule + "+aerial"
                continue
            if tok.pos_ != "VERB":
                continue
            measures = [tok.head] if tok.dep_ == "acl" else list(
                _children(tok.head, "dobj")) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else []
            if any(lemma(m) in _MEASURES or any(lemma(c) in _MEASURES for c in _kids(m)
                                                if c.dep_ == "compound")
                   for m in measures):
                hits.pop(i)  # "adopted a sanctions package, targeting 200 vessels": no attack
            elif hit.code in ("190", "193", "194") and any(
                    _aerial(w) for o in (*_children(tok, "dobj"), *_prep_objects(tok, "with"))
                    for w in (o, *o.conjuncts, *_prep_objects(o, "of"), *(
                        c for c in _kids(o) if c.dep_ in ("compound", "amod", "nmod")))):
                # "fired 273 drones at Ukraine", "pounded Kyiv with drones", "with missiles
                # and drones", "with hundreds of drones", "with glide bombs": aerial weapons
                hit.code, hit.rule = "195", hit.rule + "+aerial"
        for hit in hits.values():
            # "threatened to hit China with 100 percent tariffs", "hammered Beijing with chip
            # restrictions": blows of trade, not of arms
            if hit.code[:2] not in ("13", "18", "19") or hit.token.pos_ != "VERB":
                continue
            verbs = [hit.token, *(c for c in _kids(hit.token) if c.dep_ == "xcomp")]
            if any(lemma(w) in _TRADE_BLOWS or any(
                    lemma(c) in _TRADE_BLOWS for c in _kids(w) if c.dep_ == "compound")
                   for v in verbs for w in _prep_objects(v, "with")):
                hit.code, hit.rule = ("1312" if hit.code[:2] == "13" else "163"), \
                    hit.rule + "+trade"
        # "Russian peacekeepers began pulling out of Nagorno-Karabakh": a withdrawal of
        # peacekeepers (1661), by the force's provider, as the codebook codes it
        for hit in hits.values():
            if hit.code == "0874" and hit.token.pos_ == "VERB" and \
                    self._subject_words(hit.token) & _PEACEKEEPING:
                hit.code, hit.rule = "1661", hit.rule + "+peacekeepers"
        # "rallied to demand the resignation of the government" (1411), "went on strike
        # against the new tax law" (1432): what a protest is for
        for hit in hits.values():
            if hit.code in ("141", "142", "143", "144", "145"):
                aim = _protest_aim(hit.token)
                if aim is not None and self.cameo.get(hit.code + aim) is not None:
                    hit.code, hit.rule = hit.code + aim, hit.rule + "+aim"
            elif hit.code == "120" and hit.token.pos_ == "VERB":
                # "rejected the students' demand for early elections", "ruled out fresh
                # elections": a demand for reform refused (123x), by what it asks
                aim = _demand_refused(hit.token)
                if aim is not None and self.cameo.get("123" + aim) is not None:
                    hit.code, hit.rule = "123" + aim, hit.rule + "+aim"
        # "provided $6 million in military aid", "sent humanitarian aid": the kind of aid the
        # object names (as an event noun's modifier does, see _object_reading)
        for hit in hits.values():
            if hit.code in ("070", "071"):
                aid = _aid_kind(hit.token)
                if aid is not None and aid != hit.code:
                    hit.code, hit.rule = aid, hit.rule + "+kind"
            elif hit.code == "023" and hit.token.pos_ == "VERB":
                # "appealed to the international community for urgent food aid" (0233), "for
                # more air defence systems" (0232): the kind of aid asked for
                asked = [q for h in (hit.token, *_prep_objects(hit.token, "to"))
                         for q in _prep_objects(h, "for")]
                kinds = {k for q in asked if (k := _aid_kind(q)) is not None}
                if len(kinds) == 1:
                    hit.code, hit.rule = "023" + kinds.pop()[2], hit.rule + "+kind"
            elif hit.code in ("162", "1621", "1622", "1623"):
                # "cut its development aid to Rwanda" (1621), "halted military aid" (1622)
                aid = _aid_kind(hit.token)
                if aid is not None and "162" + aid[2] != hit.code:
                    hit.code, hit.rule = "162" + aid[2], hit.rule + "+kind"
            elif hit.code in ("033", "0331"):
                # "pledged $5 million in humanitarian aid" (0333), "40 billion euros in
                # military aid" (0332): the kind of aid promised; "$350 billion in investment"
                # is economic cooperation promised (0311), no aid
                aid = _aid_kind(hit.token)
                if hit.token.pos_ == "VERB" and _investments(hit.token):
                    hit.code, hit.rule = "0311", hit.rule + "+investment"
                elif aid is not None and "033" + aid[2] != hit.code:
                    hit.code, hit.rule = "033" + aid[2], hit.rule + "+kind"
            elif hit.code == "030" and hit.token.pos_ == "VERB" and \
                    lemma(hit.token) in _PROMISING and any(
                        _armaments(o) for o in _children(hit.token, "dobj")):
                hit.code, hit.rule = "0332", hit.rule + "+arms"  # "pledged four more IRIS-T
                # systems to Ukraine": military aid promised
            elif hit.code == "030" and hit.token.pos_ == "VERB":
                # "pledged to deepen military cooperation" (0312), "trade ties" (0311)
                comp = self._complement(hit.token)
                kinds = {_COOPERATION_KINDS[c.lemma_.lower()]
                         for v in (hit.token, *((comp,) if comp is not None else ()))
                         for o in _children(v, "dobj", "pobj") if lemma(o) in _RELATIONAL
                         for c in _kids(o) if c.dep_ in ("amod", "compound") and
                         c.lemma_.lower() in _COOPERATION_KINDS}
                if len(kinds) == 1:
                    hit.code, hit.rule = kinds.pop(), hit.rule + "+kind"
        # "staged a general strike in protest at the interception": the protest a strike or
        # a march is made in is that act, no second one
        for i, hit in list(hits.items()):
            tok = hit.token
            if hit.code[:2] != "14" or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or \
                    tok.head.lower_ != "in":
                continue
            made = tok.head.head
            if any(h.code[:2] == "14" and j != i and (j == made.i or h.token.head.i == made.i)
                   for j, h in hits.items()):
                hits.pop(i)
        # "peacekeepers came under fire from M23 rebels": a PETRARCH2 pattern of a verb whose
        # object or prepositional object is an event of a curated row gives way to it
        for i, hit in list(hits.items()):
            if not hit.rule.startswith("petrarch2:") or hit.token.pos_ != "VERB":
                continue
            held = [*_children(hit.token, "dobj"), *_children(hit.token, "xcomp"),
                    *(p for c in _children(hit.token, "prep") for p in _children(c, "pobj"))]
            # (and "voted to oust the prime minister": the curated reading of the complement)
            if any(h.i in hits and not hits[h.i].rule.startswith("petrarch2:") for h in held):
                hits.pop(i)
        # "Russia may attack a NATO country, Germany's minister warned", "if talks fail, Hamas
        # could resume rocket attacks, a diplomat warned": a warning of what another may do is
        # a pessimistic comment (012), not the warner's threat; what is told is not done
        for hit in list(hits.values()):
            tok = hit.token
            if lemma(tok) not in ("warn", "caution") or tok.pos_ != "VERB" or \
                    hit.code[:2] not in ("13", "01"):
                continue
            told = [c for c in _kids(tok) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                    and any(s.dep_ == "nsubj" and _named(s) for s in _kids(c))]
            if not told or any(c.dep_ in _OBJECTS for c in _kids(tok)):
                continue
            # ("Israel's defence minister warned that Israel could strike Hezbollah": what
            # the warner's own state may do is its threat)
            warners = {m.country for w in _children(tok, "nsubj") if (m := named.get(w.i))}
            subjects = [named.get(w.i) for c in told for w in _kids(c) if w.dep_ == "nsubj"]
            if warners and subjects and all(m is not None and m.country in warners
                                            for m in subjects):
                continue
            # (an unnamed "defence minister" warning "Israel will resume strikes" speaks for
            # the clause's subject: its threat, see _events; "could" is never a threat)
            modals = {a.lower_ for c in told for a in _kids(c) if a.dep_ == "aux"}
            speculative = bool(modals & {"may", "might", "could"})
            # ("North Korea warned that Seoul would pay a heavy price": what the warner says
            # will befall another is its threat)
            if not speculative and (modals & {"will", "would", "'ll", "shall"} or not any(
                    _named(w) for w in _children(tok, "nsubj"))):
                continue
            hit.code, hit.rule = "012", hit.rule.split("+")[0] + "+told-other"
            inside = {t.i for c in told if any(a.dep_ == "aux" and a.lower_ in _THREAT_MODALS
                                               for a in _kids(c)) for t in c.subtree}
            for j in [j for j in hits if j in inside]:
                hits.pop(j)  # (what may come is not done; "had killed" is told as done)
        # One event told by a verb and its event noun, each with a row naming the other:
        # "brokered a ceasefire" is the verb's (its row lists the noun), "warned of
        # consequences" the noun's (its row lists the verb and the verb's does not list it)
        for i, hit in list(hits.items()):
            if hit.row is None or hit.row.pos != "NOUN" or not hit.row.governors or \
                    i not in hits:
                continue
            gov = self._governor(hit.token)
            if gov is None or gov.i not in hits or gov.i == i:
                continue
            carrier = hits[gov.i]
            if carrier.code[:2] in _FAMILIES and carrier.code != hit.code and \
                    carrier.row is not None and lemma(hit.token) in carrier.row.objects and \
                    hit.token.dep_ in ("dobj", "obj") and hit.token.head.i == gov.i:
                hits.pop(i)  # "demanded an investigation": the verb's row names the noun, and
                # its reading (101) is the one event, not an appeal (020) beside it
                continue
            if carrier.code == hit.code or carrier.code[:2] in _FAMILIES or \
                    carrier.code[:2] == "13" or (carrier.code == "045" and lemma(gov) == "host") \
                    or _claimed(hit.token):
                continue  # (the talks a host mediates are also the parties' own; the attack
                # claimed is the claimant's)
            content = hit.token.head.i == gov.i or (
                hit.token.dep_ == "pobj" and hit.token.head.lower_ in ("of", "about") and
                hit.token.head.head.i == gov.i)
            if not content or any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
                               for c in _kids(hit.token)):
                continue  # "hosted the premier for an informal meeting", "welcomed the OPCW
                # visit": two events, two doers
            if carrier.row is not None and lemma(hit.token) in carrier.row.objects:
                hits.pop(i)
            elif lemma(gov) in hit.row.governors and carrier.code[:2] in ("01", "05"):
                hits.pop(gov.i)  # (a comment or an endorsement told by its noun)
        # "the hostages were flown to a hospital": carried there, not visiting
        for i, hit in list(hits.items()):
            if hit.code[:3] in ("042", "043") and lemma(hit.token) in _CARRYING and \
                    hit.token.pos_ == "VERB" and _passive(hit.token):
                hits.pop(i)
        # "launched missile strikes on Indian bases", "halted military aid", "alleged Russian
        # interference": one act told by a verb and its event-noun object of the same kind;
        # the more specific code stands, with the verb's parties
        for i, hit in list(hits.items()):
            gov = hit.token.head
            if hit.token.dep_ == "pobj" and gov.lower_ in ("of", "for"):
                gov = gov.head  # "accused Moscow of interference"
            if hit.token.pos_ != "NOUN" or hit.token.dep_ not in ("dobj", "pobj") or \
                    gov.i not in hits or i not in hits or gov.i == i:
                continue
            carrier = hits[gov.i]
            root = hit.code[:2]
            if carrier.code[:2] != root or root in _FAMILIES or root == "13" or \
                    lemma(gov) in ("repel", "repulse"):
                continue  # ("repelled an attack by jihadists": the attack was made, and met)
            if hit.code[:2] in _VIOLENT:
                generic = hit.code in ("180", "190", "200")
                hits.pop(i if generic or carrier.code not in ("180", "190", "200") else gov.i)
                continue
            if lemma(gov) not in _TELLING_OF:
                continue  # ("lodged a protest with China": the noun's row finds the target)
            if len(hit.code) > len(carrier.code) or (carrier.code.endswith("0") and
                                                     not hit.code.endswith("0")):
                carrier.code, carrier.rule = hit.code, f"{carrier.rule}+{hit.rule}"
            hits.pop(i)
        # "aid agencies warned that famine had spread": a warning of what is, not of what
        # the warner will do, is a pessimistic comment (012), not a threat
        for hit in hits.values():
            tok = hit.token
            if hit.code != "130" or lemma(tok) not in ("warn", "caution") or \
                    tok.pos_ != "VERB" or any(c.dep_ in _OBJECTS for c in _kids(tok)):
                continue
            told = [c for c in _kids(tok) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            if any(_told_condition(t) is not None for t in told):
                # "warned that 'all hell is going to break out' if Hamas did not free the
                # hostages": a warning on a condition is a threat to whoever must meet it
                hit.rule += "+if-warning"
            elif told and not any(c.dep_ == "aux" and c.lower_ in _THREAT_MODALS
                                  for t in told for c in _kids(t)):
                hit.code, hit.rule = "012", hit.rule + "+told-state"
        # "X said Y must withdraw": a demand (an appeal with "should") of the speaker to Y.
        for tok in tokens:
            noun = tok.pos_ == "NOUN" and lemma(tok) in _REPORTING_NOUNS
            finding = tok.pos_ == "VERB" and lemma(tok) in _FINDING
            if (tok.i in hits and not finding) or not (
                    noun or finding or (tok.pos_ == "VERB" and lemma(tok) in _REPORTING)):
                continue
            for clause in _kids(tok):
                if clause.dep_ != "ccomp" and not (noun and clause.dep_ == "acl"):
                    continue
                # "Amnesty said Israel was committing genocide", "a UN commission found the
                # RSF had committed war crimes": an accusation of the clause's subject, not
                # the crime done (the speaker's word for it: the deed is not coded)
                if finding and actors is not None and any(
                        lemma(c) in _COURTS or any(
                            "JUD" in (m.code or "") for m in actors.of(c))
                        for c in _children(tok, "nsubj")) and any(
                        c.dep_ in ("nsubj", "nsubjpass") and any(t.i in named for t in c.subtree)
                        for c in _kids(clause)) and not any(
                        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                        for c in _kids(clause)):
                    # (not what a court orders: "ruled that the government must return him")
                    # "a federal judge ruled that the deployment violated the Posse Comitatus
                    # Act", "the court ruled that Bolsonaro had plotted a coup": the court finds
                    # the clause's subject liable (116); the deed judged is no act of the day
                    for j in [j for j in hits if clause.left_edge.i <= j <= clause.right_edge.i]:
                        hits.pop(j)
                    hits[tok.i] = _Hit(tok, "116", "judged:court", None, True)
                    break
                charge = _charge(clause)
                if charge is not None and any(
                        c.dep_ in ("nsubj", "nsubjpass") and any(t.i in named for t in c.subtree)
                        for c in _kids(clause)):
                    deed = {clause.i, *(c.i for c in _kids(clause) if c.dep_ in _OBJECTS)}
                    for j in [j for j in hits if clause.left_edge.i <= j <= clause.right_edge.i
                              and (hits[j].code[:2] in ("18", "19", "20") or j in deed)]:
                        hits.pop(j)
                    hits[tok.i] = _Hit(tok, charge[0], f"judged:{charge[1]}", None, True)
                    break
                # (what a finding says must be is no demand; what it judges illegal is
                # condemned: "the ICJ ruled that the occupation was unlawful")
                modals = {c.lower_ for c in _kids(clause) if c.dep_ == "aux"} \
                    if not finding or lemma(tok) in _REPORTING else set()
                family = "100" if modals & {"must"} else "020" if modals & {
                    "should", "ought"} else None
                if family is not None and any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in _kids(clause)) and \
                        not self._own_side(tok, clause, actors):
                    hits[tok.i] = _Hit(tok, family, f"modal-clause:{sorted(modals)[0]}", None,
                                       True)
                    break
                # "China said the arms sale was a serious violation of its sovereignty",
                # "Russia said the sanctions were illegal": a judgement that condemns (111)
                # ("aggressive and illegal": either word; "said the allegations were
                # baseless": a denial, 016)
                labels = [w for c in _kids(clause) if c.dep_ in ("attr", "acomp")
                          for w in (c, *c.conjuncts)] if clause.lemma_.lower() == "be" else []
                # ("the raid amounted to a war crime", "constituted a flagrant violation")
                labels += [w for c in _children(clause, "dobj") for w in (c, *c.conjuncts)] \
                    if lemma(clause) in ("constitute", "represent") else []
                labels += [w for p in _prep_objects(clause, "to") for w in (p, *p.conjuncts)] \
                    if lemma(clause) == "amount" else []
                # ("said the charges were fabricated": the participle says what they are)
                labels += [clause] if clause.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" for c in _kids(clause)) else []
                # ("an act of state terrorism": the act's kind)
                labels += [q for w in list(labels) if lemma(w) in ("act", "form", "case")
                           for q in _prep_objects(w, "of")]
                # ("an unfriendly act", "a hostile step": the act's kind, in its adjective)
                labels += [a for w in list(labels) if lemma(w) in _DEEDS_JUDGED
                           for a in _children(w, "amod")]
                said_of = [c for c in _kids(clause) if c.dep_ in ("nsubj", "nsubjpass") and
                           c.pos_ in ("NOUN", "PROPN")]
                # ("most of the US tariffs were illegal": the part's whole)
                said_of += [p for c in _kids(clause) if c.dep_ == "nsubj" and
                            lemma(c) in _PARTS_OF for p in _prep_objects(c, "of")]
                negated = any(c.dep_ == "neg" for c in _kids(clause))
                judged = next((w for w in labels if w.lemma_.lower() in _CONDEMNED or (
                    w.lemma_.lower() in _CONDEMNED_OF_SIDES and any(
                        t.i in named for c in said_of for t in c.subtree))), None)
                denied = next((w for w in labels if w.lemma_.lower() in _DENIED or
                               w.lower_ in _DENIED), None) \
                    if any(lemma(c) in _CLAIMS for c in said_of) else None
                unfair = next((w for w in labels if w.lemma_.lower() in _UPHELD and (
                    negated or any(c.dep_ == "preconj" and c.lower_ == "neither"
                                   for c in _kids(w)))), None)
                if unfair is not None and said_of:
                    hits[tok.i] = _Hit(tok, "111", f"judged:not-{lemma(unfair)}", None, True)
                    break
                verdict = denied or judged
                if verdict is not None and said_of and not negated:
                    hits[tok.i] = _Hit(tok, "016" if denied is not None else "111",
                                       f"judged:{lemma(verdict)}", None, True)
                    break
                # "said China was behind the cyberattack": an accusation (112) of the subject
                if clause.lemma_.lower() == "be" and said_of and any(
                        lemma(o) in _BEHIND_ACTS for o in _prep_objects(clause, "behind")) and \
                        not any(c.dep_ == "neg" for c in _kids(clause)):
                    hits[tok.i] = _Hit(tok, "112", "judged:behind", None, True)
                    break
        # "Croatia is failing its refugees, a rights group protested": a protest in words,
        # a complaint (114) against the subject of what was said.
        for i, hit in list(hits.items()):
            tok = hit.token
            if hit.code[:2] != "14" or lemma(tok) not in ("protest", "complain") or \
                    tok.pos_ != "VERB":
                continue
            said = next((c for c in _kids(tok) if c.dep_ == "ccomp" and any(
                g.dep_ in _SUBJECTS for g in _kids(c))), None)
            if said is None and tok.dep_ in ("ccomp", "parataxis") and tok.head.i < tok.i \
                    and tok.head.pos_ in ("VERB", "AUX"):
                said = tok.head
            top = tok.sent.root
            if said is None and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and \
                    top.i < tok.i and top.pos_ in ("VERB", "AUX") and \
                    tok.doc[max(tok.head.left_edge.i - 1, 0)].text == "," and \
                    not any(c.dep_ in ("agent", "dobj") for c in _kids(tok)):
                said = top  # the same, its speaker read as an apposition by the parser
            if said is not None:
                hits[i] = _Hit(tok, "114", f"{hit.rule}+speech", hit.row, True,
                               complement=said)
        # "wounded two soldiers in a bomb attack", "killed in an air strike": the means named
        # makes a generic act of violence specific (183, 195)
        for hit in list(hits.values()):
            if hit.code == "183" and hit.token.pos_ == "VERB":
                # "detonated a truck bomb" (1832), "a suicide bomber blew up a bus" (1831)
                bombs = [o for o in _children(hit.token, *_OBJECTS) if lemma(o) == "bomb"]
                if any(lemma(c) in _VEHICLES for o in bombs for c in _kids(o)
                       if c.dep_ in ("compound", "amod")):
                    hit.code, hit.rule = "1832", hit.rule + "+vehicle"
                elif any(lemma(c) == "suicide" for s in _children(hit.token, "nsubj")
                         for c in _kids(s) if c.dep_ in ("compound", "amod")):
                    hit.code, hit.rule = "1831", hit.rule + "+suicide"
            if hit.code == "193" and hit.token.pos_ == "VERB":
                # "gunmen shot dead eight labourers", "gunmen opened fire on worshippers": as
                # "gunmen killed" is, 180
                doer = next((c for c in _kids(hit.token) if c.dep_ == "nsubj"), None)
                if doer is not None and _ASSAILANT_CODES.get(lemma(doer)) == "180":
                    hit.code = "180"  # (the rule is marked with the doer below)
            if hit.code[:2] in ("18", "19", "20") and hit.code not in ("180", "190") and \
                    hit.token.pos_ == "VERB":
                # "killed a commander in a strike on Beirut": the strike is how, not another
                # event (the verb's own code is already the more specific)
                for prep in _children(hit.token, "prep"):
                    if prep.lower_ in ("in", "with", "by", "during"):
                        for p in _children(prep, "pobj"):
                            if p.i in hits and hits[p.i].code[:2] in ("18", "19", "20"):
                                hits.pop(p.i)
                # "An Israeli strike killed a Hezbollah commander": one act, the killing's
                for c in _children(hit.token, "nsubj"):
                    if c.pos_ == "NOUN" and c.i in hits and hits[c.i].code[:2] in (
                            "18", "19", "20"):
                        hits.pop(c.i)
                continue
            if hit.code not in ("180", "190") or hit.token.pos_ != "VERB":
                continue
            # (a participle after the attack, or the next one joined to it: "launched drones
            # at Ukraine, hitting energy facilities and killing four people")
            first = hit.token.head if hit.token.dep_ == "conj" and \
                hit.token.head.dep_ == "advcl" and hit.token.head.tag_ == "VBG" else hit.token
            if first.dep_ == "advcl" and hit.token.tag_ == "VBG" and not any(
                    c.dep_ == "nsubj" for c in _kids(hit.token)) and actors is not None:
                # "Russian forces shelled Kharkiv, killing three civilians", "launched a wave
                # of airstrikes across Gaza, killing 400 Palestinians": the attack told with
                # its dead is one event, the attack's kind against the dead (not told
                # across "residents said": the attack keeps its own day; nor a two-sided
                # "exchanged fire, killing three soldiers", which keeps both its sides)
                head = first.head
                if head.pos_ in ("NOUN", "PROPN"):
                    # ("dropped bombs on a crowd gathered for a festival and protest, killing
                    # 24": hung on a noun, the participle goes with the clause it is in)
                    head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and
                                 a.dep_ not in ("acl", "relcl")), head)
                if _time_clause(head, self._violent) and any(t.text == "," for t in
                                              head.doc[head.i:hit.token.i]):
                    head = head.head  # ("fired missiles at Yassin as he left a mosque,
                    # killing him": the main clause's attack)
                objects = list(_children(head, "dobj"))
                attack = next((hits[t.i] for t in (
                    head, *objects, *(p for o in objects for p in _prep_objects(o, "of")))
                               if t.i in hits and hits[t.i].code[:2] in ("18", "19", "20")
                               and not getattr(hits[t.i].row, "reciprocal", False)), None)
                victims = any(actors.of(o) for o in _children(hit.token, "dobj"))
                if attack is not None and not victims and lemma(hit.token) in _STRIKING:
                    hits.pop(hit.token.i)  # ("hitting energy facilities": the attack's aim)
                    continue
                aboard = attack is not None and attack.token.i == head.i and any(
                    t.lower_ in ("aboard", "onboard") or (t.lower_ == "board" and t.i > 0 and
                                                         t.doc[t.i - 1].lower_ == "on")
                    for o in _children(hit.token, "dobj") for t in o.subtree) and any(
                        actors.of(o) for o in objects)
                if aboard:
                    # ("shot down a Ukrainian airliner, killing all 176 people on board": those
                    # aboard are of the craft attacked; the attack on it is the one event)
                    hits.pop(hit.token.i)
                    continue
                if attack is not None and victims:
                    # (one act by one doer, named or not: "a suicide bomber blew himself up
                    # outside a court, killing 12 people")
                    hit.code, hit.rule = attack.code, f"{hit.rule}+attack:{attack.rule}"
                    hits.pop(attack.token.i)
                    for c in _children(head, "nsubj"):
                        # ("a Myanmar army airstrike hit two schools, killing 19 students":
                        # the strike that hit is that one attack too)
                        if c.pos_ == "NOUN" and c.i in hits and \
                                hits[c.i].code[:2] in ("18", "19", "20"):
                            hits.pop(c.i)
                    continue
            doer = next((c for c in _kids(hit.token) if c.dep_ == "nsubj"), None)
            if doer is None and hit.token.dep_ == "advcl" and hit.token.tag_ == "VBG":
                # "A car bomb exploded outside the ministry, killing 100 people"
                doer = next((c for c in _kids(hit.token.head) if c.dep_ == "nsubj"), None)
            if doer is None and hit.token.dep_ == "conj" and hit.token.head.pos_ == "VERB" and \
                    not any(c.dep_ in ("nsubjpass", "auxpass") for c in _kids(hit.token)):
                # "gunmen abducted 25 schoolgirls and killed the vice principal": the doers of
                # the first verb; not a car bomb's ("a bomb exploded and killed"), see _means
                doer = next((c for c in _kids(hit.token.head) if c.dep_ == "nsubj" and
                             lemma(c) in _ASSAILANT_CODES), None)
            means = self._means(doer, {}) if doer is not None else None
            if means is not None and means[0][:2] in ("18", "19", "20") and \
                    means[0] != hit.code:  # "a roadside bombing killed ...": 183
                hit.code, hit.rule = means[0], f"{hit.rule}+means:{means[1]}"
                if doer is not None and doer.i in hits and hit.token.dep_ == "advcl":
                    hits.pop(doer.i)  # ("a car bomb exploded ..., killing": one bombing)
                continue
            if doer is None and _passive(hit.token):
                # "100 people were killed by gunmen": the agent, as the subject would be
                agent = next((p for c in _kids(hit.token) if c.dep_ == "agent"
                              for p in _children(c, "pobj")), None)
                if agent is None:
                    # ("were killed in an ambush by an Islamic State gunman": the by-phrase
                    # of the attack they were killed in)
                    agent = next((q for w in ("in", "during") for p in _prep_objects(
                        hit.token, w) if lemma(p) in _ATTACK_NOUNS
                        for q in _prep_objects(p, "by")), None)
                if agent is not None and lemma(agent) in _ASSAILANT_CODES:
                    doer = agent
            if doer is not None and lemma(doer) in _ASSAILANT_CODES:
                code = _ASSAILANT_CODES[lemma(doer)]
                if code == "183" and any(c.lower_ == "suicide" for c in _kids(doer)):
                    code = "1831"
                hit.code, hit.rule = code, f"{hit.rule}+doer:{lemma(doer)}"
                continue
            for prep in _children(hit.token, "prep", "agent"):  # ("killed by an air strike")
                if prep.lower_ not in ("in", "with", "by", "during"):
                    continue
                for p in _children(prep, "pobj"):
                    if prep.dep_ == "agent" and lemma(p) == "fire":
                        continue  # ("killed by Israeli fire": of no told weapon)
                    means = self._means(p, hits)
                    if means is not None and means[0][:2] in ("18", "19", "20") and \
                            means[0] != hit.code:
                        hit.code, hit.rule = means[0], f"{hit.rule}+means:{means[1]}"
                        hits.pop(p.i, None)
                        break
        for i, hit in list(hits.items()):
            tok = hit.token
            if hit.code[:2] == "11" and lemma(tok) in _LABELLING and any(
                    c.dep_ == "dobj" and c.lower_ == "what" for c in _kids(tok)):
                hits.pop(i)  # "to protest what they call judicial persecution", "in what
                # Arce called an attempted coup": the teller's way of naming a thing, no
                # criticism made
        # A pledge or praise whose row names the support it gives is one event: "pledged
        # continued support for Ukraine" is a pledge (032), not also a support (051).
        for i, hit in list(hits.items()):
            verb = hit.token.head
            row = hits[verb.i].row if verb.i in hits else None
            if hit.token.pos_ == "NOUN" and hit.token.dep_ == "dobj" and row is not None and \
                    hit.code[:2] == "05" and row.code[:2] in ("03", "05") and \
                    lemma(hit.token) in row.objects:
                hits.pop(i)
        # A family verb takes its complement's event: "urged X to withdraw" is one appeal.
        consumed: set[int] = set()
        for _i, hit in sorted(hits.items()):
            root = hit.code[:2]
            comp = self._complement(hit.token)
            if (comp is None or comp.dep_ == "advcl") and (root in _FAMILIES or root == "13"):
                # "threatened Belarus with sanctions", "called for talks": an event noun,
                # before a purpose ("called for the withdrawal of X to end the war")
                comp = next((p for prep in _children(hit.token, "prep")
                             if prep.lower_ in ("with", "for", "of", "over", "to")
                             for p in _children(prep, "pobj") if p.i in hits), comp)
            if root == "11" and (comp is None or comp.dep_ == "pcomp"):
                # "accused the ELN of war crimes" (the parser hangs "of" on the accused),
                # "accused X of committing war crimes": the kind of wrong alleged (1124)
                alleged = [hits[p.i] for p in _hung_of(hit.token) if p.i in hits]
                if comp is not None:
                    alleged += [hits[t.i] for t in comp.subtree if t.i in hits and t.i != comp.i]
                kind = next((h for h in alleged if h.code[:2] == "11" and
                             len(h.code) > len(hit.code)), None)
                if kind is not None:
                    consumed.add(kind.token.i)
                    hit.code, hit.rule = kind.code, f"{hit.rule}+{kind.rule}"
            if comp is None and root in _FAMILIES and any(
                    o.i in hits and hits[o.i].code[:2] == root
                    for o in _children(hit.token, *_OBJECTS)):
                consumed.add(hit.token.i)  # "demanded the withdrawal of X": the noun's event
                continue
            if comp is None and (root in _FAMILIES or root == "13") and (
                    hit.row is None or not hit.row.complements) and hit.code not in _OWN_ACTS:
                # "rejected a proposal for talks", "demanded political reforms": the event
                # noun read off the object, refining the code without being coded itself
                # (not a veto's: "vetoed a statement on military aid" refuses no aid)
                # ("agreed to a ceasefire agreement": what is agreed to)
                # ("open to talks": what one is open to)
                # (a threat's "over" tells why, not what is threatened: "warned of
                # consequences over the arrest of its nationals")
                reading = self._object_reading(hit.token, tuple(
                    p for p in _READ_PREPS if p != "over" or root != "13") + (
                    ("to",) if lemma(hit.token) in _AGREEING or
                    hit.rule == "intent-adjective:open" else ()))
                if reading is not None:
                    hit.code = self._decided(hit, reading[0])
                    hit.rule += f"+object:{reading[1]}"
                    # ("agreed on a ceasefire", "agreed a ceasefire": the truce is the
                    # agreement's, not coded again)
                    consumed.update(
                        q.i for q in (*(q for p in _children(hit.token, "prep")
                                        if p.lower_ in ("on", "to")
                                        for q in _children(p, "pobj")),
                                      *_children(hit.token, "dobj"))
                        if q.i in hits and getattr(hits[q.i].row, "id", None) == reading[1])
            if comp is not None and hit.row is not None and hit.row.complements and \
                    root in ("03", "13") and any(c.dep_ == "neg" for c in _kids(comp)):
                # "vowed not to withdraw from Gaza", "vowed never to give up its weapons": no
                # intent to yield but a refusal, which the complement's own reading codes
                # (see below); "pledged not to attack": no threat
                consumed.add(hit.token.i)
                continue
            if comp is None or _answered(comp):
                continue  # (_answered: "X accused Y, a claim Z denied" denies no accusing)
            inner = hits.get(comp.i)
            if inner is None:  # "must be ready to mediate": the event word of the clause
                # (not in a clause of setting: "warned that famine was spreading as fighting
                # blocked aid" warns of no fighting)
                inner = next((hits[t.i] for t in _own_words(comp) if t.i in hits and
                              not _under(t, comp, _SETTING_PREPS, clause=True)), None)
            if inner is None and root in _FAMILIES and comp.pos_ == "VERB":
                # "willing to send material to help defend Saudi Arabia": the purpose of an
                # uncoded complement is what is intended
                purpose = [t for c in _kids(comp) if c.dep_ in ("advcl", "xcomp") and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in _kids(c))
                    for t in c.subtree if t.dep_ not in ("ccomp", "relcl")]
                inner = next((hits[t.i] for t in purpose if t.i in hits), None)
                if inner is not None:
                    consumed.update(t.i for t in purpose)
                    comp = inner.token
            if hit.row is not None and hit.row.complements and root not in _FAMILIES \
                    and root != "13":
                # "attempted to assassinate the president" (185): the row names the event
                consumed.add(comp.i)
                hit.complement = comp
                if root == "11" or hit.code[:3] == "016":
                    # "accused Hamas of violating the ceasefire by attacking troops", "denied
                    # violating it by attacking": the means alleged or denied are no act either
                    consumed.update(t.i for t in comp.subtree if t.i in hits and
                                    t.dep_ != "relcl")
            elif root in _FAMILIES or root == "13":
                consumed.add(comp.i)
                # (not a go-between's own act: "agreed to a Qatari-brokered ceasefire")
                consumed.update(t.i for t in _own_words(comp)
                                if t.dep_ != "amod" or _hyphened_doer(t) is None)
                # "called on both sides to stop attacking civilians": the attacks asked to
                # stop are not coded as done
                consumed.update(t.i for c in _kids(comp) if c.dep_ == "xcomp"
                                for t in _own_words(c))
                if root in _FAMILIES and comp.pos_ == "VERB":
                    # "willing to send equipment to help defend X": the purpose is intended too
                    consumed.update(t.i for c in _kids(comp) if c.dep_ in ("advcl", "xcomp")
                                    and any(a.dep_ == "aux" and a.lower_ == "to"
                                            for a in _kids(c)) for t in c.subtree)
                hit.complement = comp
                if inner is not None and (hit.row is None or not hit.row.complements):
                    # (not "called on the UN to impose sanctions": an appeal to another)
                    # (nor "said NATO countries should shoot down Russian jets": the clause's
                    # own subject is asked)
                    controlled = not any(c.dep_ in ("dobj", "dative", "iobj") or (
                        c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "for"))
                        for c in _kids(hit.token)) and not any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _PRONOUNS
                        for c in _kids(comp))
                    if comp.dep_ == "advcl" and hit.row is not None and (
                            hit.row.preps or hit.row.objects) and hit.code[-1] != "0":
                        pass  # "appealed for $1.8 billion to support people who fled": what
                        # the row names asked for (023), not the purpose it is asked for
                    elif hit.code in _OWN_ACTS:
                        pass  # "vetoed an EU plan to give Ukraine military aid": a veto,
                        # whatever the plan would do (as e552)
                    elif controlled and root in ("02", "10") and \
                            inner.code[:2] in _THREAT_BY_ROOT:
                        # "wants to attack", "demands to strike": the subject's own threat
                        hit.code = _threat(inner.code)
                    elif root in ("02", "10") and any(c.dep_ == "neg" for c in _kids(comp)):
                        pass  # "urged the IMF not to extend loans": an appeal, not for aid
                    elif root == "03" and any(c.dep_ == "neg" for c in _kids(comp)):
                        # "vowed never to give up its weapons": a refusal, not an intent; but
                        # "agreed not to attack Israeli troops" is an intent to de-escalate
                        hit.code = "0356" if inner.code[:2] in _VIOLENT else "120"
                    elif root == "13" and _warned_against(hit.token, comp):
                        pass  # "warned against any attempt to displace Palestinians": another's
                        # act opposed, no threat of the warner's own to displace them
                    elif root == "13" and _warned_of(hit.token, comp, inner.token, named):
                        # "the UN warned that the fighting would displace thousands", "aid
                        # groups warned that cuts to U.S. funding would leave millions without
                        # food": what another's act will do, a pessimistic comment (012)
                        hit.code = "012"
                        hit.rule += "+warning"
                    else:
                        inner_code = inner.code
                        if inner_code == "030" and inner.token.pos_ == "VERB" and (
                                inner.row is None or not inner.row.complements):
                            # "urged both sides to agree to a ceasefire": what is agreed to
                            # (0256), read off the complement before its own turn
                            reading = self._object_reading(inner.token,
                                                           ("on", "to", "for", "over"))
                            if reading is not None:
                                inner_code = self._refined("030", reading[0])
                        hit.code = self._decided(hit, inner_code)
                        if hit.code == "038" and inner.token.pos_ == "VERB":
                            # "ready to mediate between Russia and Ukraine", "offered to host
                            # talks between them": to mediate (039), not to accept mediation
                            hit.code = "039"
                    hit.rule += f"+{inner.rule}"
                elif inner is not None and inner.row is not None and (
                        inner.row.objects or inner.row.complements) and \
                        root in _FAMILIES and inner.code[:2] in _KIND_ROOTS:
                    # "demanding that the government provide information" (1014), "agreed to
                    # stop attacking American ships" (0356): the complement's own reading is
                    # more telling than the row's general one
                    hit.code = self._refined(root + "0", inner.code)
                    hit.rule += f"+{inner.rule}"
                elif inner is None and hit.code == "130" and lemma(hit.token) == "warn" and \
                        comp.dep_ == "ccomp" and lemma(comp) == "face" and any(
                            lemma(t) in _PUNISHMENTS for t in comp.subtree):
                    # "warned that anyone who disrupted the election would face up to 10 years
                    # in prison": a threat of the state's punishment (137)
                    hit.code = "137"
                    hit.rule += "+punishment"
                elif inner is None and hit.code == "130" and lemma(hit.token) == "warn" and \
                        comp.dep_ == "ccomp" and not any(c.dep_ in ("dobj", "dative", "iobj")
                                                         for c in _kids(hit.token)) and \
                        not any(lemma(t) in _MENACES and (t.pos_ == "NOUN" or lemma(t) in
                                                          _MENACING) for t in comp.subtree) \
                        and not _dealt_with(comp) and _told_condition(comp) is None and \
                        not _warner_acts(hit.token, comp, named):
                    # "WFP warned that millions faced starvation": a warning of what will come
                    # that no one makes happen is a pessimistic comment, not a threat (but
                    # "warned that Beijing would take all necessary measures", of the
                    # warner's own side, is one)
                    hit.code = "012"
                    hit.rule += "+warning"
                elif inner is None and (hit.row is None or not hit.row.complements) and \
                        len(hit.code) == 3 and hit.code[2] == "0":
                    # "refused to commit to any military assistance": the clause's object
                    reading = self._object_reading(comp, (*_READ_PREPS, "to"))
                    if reading is None and lemma(comp) in _HOLDING_POLLS and any(
                            lemma(o) in _BALLOTS for o in _children(comp, "dobj")):
                        # "pledged to hold elections" (0341), "urged the junta to hold
                        # elections" (0241): a change of leaders by the vote, promised or asked
                        reading = ("0831", "hold-election")
                    if reading is not None and reading[0][:2] == "16" and \
                            lemma(comp) in _REVERSING | _EASING:
                        reading = None  # "agreed to discontinue tariffs": no measure kept
                    if reading is not None:
                        # ("EU leaders agreed to roll over sanctions on Russia": a body's
                        # decision to keep its sanctions is the sanctions, 163, no threat)
                        hit.code = self._decided(hit, reading[0])
                        hit.rule += f"+object:{reading[1]}"
            elif lemma(hit.token) in _UNREALISED and comp.i in hits:
                consumed.add(comp.i)
                if lemma(hit.token) in _DENYING:
                    # "denied violating the ceasefire by attacking troops": nor the means
                    consumed.update(t.i for p in _children(comp, "prep") if p.lower_ == "by"
                                    for t in p.subtree if t.i in hits)
            elif root == "11" and (gerund := _alleged(hit.token, comp)) is not None:
                # "accused the RSF of killing civilians", "accused Washington of plotting to
                # assassinate Maduro": what is alleged, not a coded act (but not the answer to
                # the charge the parser hangs inside it: "accused the government of sponsoring
                # gangs to attack demonstrators, a charge the government denied")
                answer = {t.i for n in gerund.subtree if n.dep_ == "appos" and
                          lemma(n) in _CHARGES for t in n.subtree}
                consumed.update(t.i for t in gerund.subtree
                                if t.i in hits and t.i not in answer)
        # "The minister was asked whether Poland would send troops": a question put, no
        # request (and what it asks about is not done)
        for i, hit in hits.items():
            if lemma(hit.token) in ("ask", "question") and hit.token.pos_ == "VERB" and any(
                    c.dep_ in ("ccomp", "xcomp", "advcl") and any(
                        m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in _kids(c))
                    for c in _kids(hit.token)):
                consumed.add(i)
                consumed.update(t.i for c in _kids(hit.token)
                                if c.dep_ in ("ccomp", "xcomp", "advcl")
                                for t in c.subtree if t.i in hits)
        # "closed its border after fighting in Sudan": a gerund of time with no object of its
        # own is the background's event, not the subject's ("after shelling the city" is, and
        # so is "after speaking with Sheinbaum by phone": a partner named)
        for i, hit in hits.items():
            tok = hit.token
            if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in _TIME_PREPS \
                    and not any(c.dep_ in _OBJECTS or c.dep_ in _SUBJECTS
                                for c in _kids(tok)) and not (
                        hit.code[:2] == "04" and any(
                            p.i in named and named[p.i].basis != "location"
                            for p in _prep_objects(tok, "with"))):
                consumed.add(i)
        # "warned Israel against annexing the West Bank", "voted against imposing sanctions":
        # what a party sets itself against doing is not done
        for hit in hits.values():
            consumed.update(t.i for prep in _children(hit.token, "prep") if prep.lower_ ==
                            "against" for p in _children(prep, "pcomp") if p.pos_ == "VERB"
                            for t in p.subtree if t.i in hits)
        # "troops deployed to Mozambique to fight the insurgency", "police arrived in Haiti to
        # lead a mission": the purpose of a move or a visit is not yet done
        for i, hit in hits.items():
            tok = hit.token
            if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and \
                    tok.head.i in hits and hits[tok.head.i].code[:2] in ("04", "15") and \
                    (hit.code[:2] not in ("04", "15") or (  # "met to discuss": one meeting
                        hit.code[:2] == hits[tok.head.i].code[:2])) and any(  # ("will send
                    # troops to Estonia to reinforce NATO's flank": one deployment)
                        c.dep_ == "aux" and c.lower_ == "to" for c in _kids(tok)):
                consumed.add(i)
        # "imposed sanctions over the crackdown", "protested against the arrest": an event
        # noun given as the reason of another act is background, not the actor's own act
        for i, hit in hits.items():
            tok = hit.token
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or i in consumed:
                continue
            prep = tok.head
            word = prep.lower_
            if prep.dep_ == "pcomp" and prep.head.lower_ == "because":
                word = "because"  # "because of the attack"
            gov = prep.head if prep.dep_ == "prep" else prep.head.head
            if word == "at" and (lemma(gov) in _ANSWERING_VERBS or any(
                    c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out")
                    for c in _kids(gov))):
                word = "against"  # "hit back at Trump's tariffs", "lashed out at the raids"
            if word not in _REASONS or gov.i == i:
                continue
            # the act it is the reason of: the governing verb's, or its event noun's
            main = _main_hit(gov, hits)
            if main is None or main is hit or (
                    main.code[:2] in ("02", "03", "10", "12", "13") and word != "amid"):
                continue  # "called for talks", "warned against an attack": what is asked
            if main.code == "015":
                continue  # "claimed responsibility for the attack": the claimant's own act
            if _hosted_for(tok) is not None:
                continue  # "hosted Paetongtarn for talks": the guest came, the talks are held
            consumed.add(i)
        # "accused the army of bombing a market, killing 12 civilians": the deaths told after
        # an alleged blow are the blow's, alleged too, not the accuser's deed
        for hit in hits.values():
            if hit.code[:2] != "11" or lemma(hit.token) not in ("accuse", "blame"):
                continue
            blows = [t for p in _children(hit.token, "prep") if p.lower_ in ("of", "for")
                     for t in p.subtree if t.i in hits and hits[t.i].code[:2] in _VIOLENT]
            if blows:
                consumed.update(c.i for c in _kids(hit.token) if c.dep_ == "advcl" and
                                c.tag_ == "VBG" and c.i in hits and
                                hits[c.i].code[:2] in _VIOLENT)
        # "Canada hit back at the tariffs, slapping a levy on U.S. goods", "hit back with
        # tariffs": the answer the story tells is the act, no criticism besides
        for i, hit in hits.items():
            if i in consumed or hit.code != "111" or lemma(hit.token) not in _ANSWERING_VERBS:
                continue
            told = [*(c for c in _kids(hit.token) if c.dep_ == "advcl" and c.tag_ == "VBG"),
                    *_prep_objects(hit.token, "with")]
            if any(t.i in hits and t.i not in consumed and hits[t.i].code[:2] in _ANSWERS
                   for t in told):
                consumed.add(i)
        # "police opened fire on a rally", "troops fired at the protest": the gathering is
        # what the violence struck, not the shooters' own protest
        for i, hit in hits.items():
            tok = hit.token
            if hit.code[:2] != "14" or tok.pos_ != "NOUN" or tok.dep_ != "pobj" or \
                    tok.head.lower_ not in ("on", "at", "into", "against"):
                continue
            gov = tok.head.head
            main = _main_hit(gov, hits)
            if main is not None and main is not hit and (
                    _forceful(main.code)):
                consumed.add(i)
        # "called the raid an attack on civilians", "described it as an act of war", "a move
        # Brasilia called an attack": an event noun that names something is a label, not an act
        for i, hit in hits.items():
            tok = hit.token
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            namer = tok.head if tok.dep_ in ("oprd", "dobj") else (
                tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None)
            if namer is None or lemma(namer) not in _NAMING:
                continue
            labelled = tok.dep_ == "dobj" and lemma(namer) in ("call", "describe", "label",
                                                              "brand", "term", "dub") and any(
                c.dep_ in ("oprd", "attr", "ccomp", "xcomp") or (
                    c.dep_ == "prep" and c.lower_ == "as") for c in _kids(namer))
            if tok.dep_ == "dobj" and not labelled and not (namer.dep_ == "relcl" and not any(
                    c.dep_ in ("oprd", "dative") for c in _kids(namer))):
                continue  # "called a strike": the event itself
            consumed.add(i)  # ("called the attack madness": an attack told before)
            if tok.dep_ == "dobj" and (not labelled or lemma(namer) == "call") and not (
                    namer.i in hits and hits[namer.i].code[:2] == "11"):
                consumed.add(namer.i)  # (not a call on anyone; but calling it a provocation
                # is a criticism)
        # "vowed to retaliate against the tariffs", "a swift response to Washington's duties":
        # a threat answering trade measures is one of economic sanctions, not of force
        for hit in hits.values():
            if hit.code[:3] not in ("138", "130") or hit.code == "1385":
                continue
            near = [hit.token, *([hit.complement] if hit.complement is not None else [])]
            near += [o for h in list(near) for o in _children(h, "dobj")]  # "a response to"
            if any(lemma(c) == "trade" for o in near[1:] for c in _kids(o)
                   if c.dep_ in ("compound", "amod")):
                hit.code, hit.rule = "1312", hit.rule + "+trade"  # "fight a trade war"
                continue
            aimed = [p for h in near for prep in _children(h, "prep")
                     if prep.lower_ in ("against", "to", "over", "for")
                     for p in _children(prep, "pobj")]
            # (and what the threat answers: "would retaliate if Trump imposed tariffs",
            # "Asked about the sanctions, the spokesperson said Beijing would respond firmly")
            clauses = [c for h in (hit.token, *hit.token.ancestors) if h.pos_ in ("VERB", "AUX")
                       for c in _children(h, "advcl") if c.i != hit.token.i and (
                           any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                               for m in _kids(c)) or lemma(c) in _QUESTIONED)]
            aimed += [o for c in clauses for o in (
                *_children(c, *_OBJECTS), *(q for p in _children(c, "prep")
                                            for q in _children(p, "pobj")))]
            if any(lemma(p) in _TRADE_MEASURES or any(lemma(c) in _TRADE_MEASURES for c in
                                                        _kids(p) if c.dep_ == "compound")
                   for p in aimed):
                hit.code, hit.rule = "1312", hit.rule + "+trade"
            elif hit.row is not None and hit.row.reading == "reprisal" and any(
                    lemma(t) in _WARLIKE for t in tokens):
                # "said the Indian strikes were an act of war and vowed to respond": a
                # reprisal vowed amid acts of war is one by force
                hit.code, hit.rule = "1384", hit.rule + "+force"
            elif hit.code == "130" and hit.token.pos_ == "VERB" and \
                    lemma(hit.token) in _WARNING_VERBS and any(
                        lemma(t) in _REPLIES and any(
                            c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_WORDS
                            for c in _kids(t))
                        for clause in _children(hit.token, "ccomp", "xcomp")
                        for t in clause.subtree):
                # "warned Pakistan that any attack would be met with a stronger military
                # response", "threatened to respond with overwhelming military force": the
                # reply warned of is one by force
                hit.code, hit.rule = "138", hit.rule + "+armed-reply"
        # "urged donors to restore funding", "urged India to restore the treaty": what is to
        # be restored says the appeal's kind; only rights and freedoms are appealed for as such
        for hit in hits.values():
            if hit.code[2:] != "43" or hit.row is None or \
                    "restore" not in hit.row.complements:
                continue
            comp = self._complement(hit.token)
            if comp is None or lemma(comp) != "restore":
                continue
            restored = {lemma(w) for o in _children(comp, "dobj") for w in (o, *_kids(o))}
            if restored and not restored & _RIGHTS_RESTORED:
                funds = restored & (_AID_NOUNS | {"funding", "fund", "financing"})
                hit.code = self._refined(hit.code[:2] + "0", "073" if funds else hit.code[:2] + "0")
                hit.rule += "+restored"
        # "denied sending weapons, calling the U.S. allegations baseless": calling a claim
        # false denies it (016), as saying it was does
        for hit in hits.values():
            # (any label a claim is given: "calling the U.S. accusations a pretext for an
            # invasion")
            if hit.code == "111" and hit.token.pos_ == "VERB" and \
                    lemma(hit.token) in ("call", "describe", "brand", "label", "dismiss") and any(
                        lemma(o) in _CLAIMS for o in _children(hit.token, "dobj")):
                hit.code, hit.rule = "016", hit.rule + "+denial"
        # "Milei called Petro a terrorist": an insult a speaker hurls is a denunciation
        for tok in tokens:
            if tok.i in hits or tok.pos_ != "VERB" or lemma(tok) not in ("call", "brand",
                                                                          "label", "dub"):
                continue
            label = next((c for c in _kids(tok) if c.dep_ in ("oprd", "xcomp", "ccomp")
                          and lemma(c) in _INSULTS), None)
            if label is not None and any(c.dep_ in ("dobj", "nsubj") and c.i != label.i
                                         for c in _kids(tok)):
                hits[tok.i] = _Hit(tok, "111", f"insult:{lemma(label)}", None, True)
        # "Hezbollah said it had no involvement in the rocket fire", "the RSF said it had
        # nothing to do with the killings", "was not involved in the attack": a denial (016)
        for tok in tokens:
            if tok.i in hits or tok.pos_ not in ("VERB", "AUX"):
                continue
            act = self._disowned(tok)
            if act is not None:
                hits[tok.i] = _Hit(tok, "016", "denial:no-part", None, True)
                hits.pop(act.i, None)  # (the act denied is not the denier's)
        # "declared Meduza an undesirable organisation", "designated the group a foreign
        # agent": a label that outlaws or restricts its bearer
        for tok in tokens:
            if tok.i in hits or tok.pos_ != "VERB" or lemma(tok) not in (
                    "designate", "declare", "list", "label", "brand", "register"):
                continue
            for label in (c for c in _kids(tok) if c.dep_ in ("oprd", "xcomp", "ccomp") or (
                    c.dep_ == "prep" and c.lower_ == "as")):
                words = {lemma(w) for w in label.subtree}
                if words & {"undesirable", "extremist"} or {"foreign", "agent"} <= words:
                    hits[tok.i] = _Hit(tok, "1721", "label:restricted", None, True)
                    break
        out = []
        for i, hit in sorted(hits.items()):
            if i in consumed:
                continue
            state = self._modality(hit.token)
            if hit.row is not None and hit.row.reading in ("promised", "aimed-promise") and \
                    state not in ("future", "conditional"):
                continue  # "Canada retaliated": the response itself is told by its means
            if state == "asserted" and hit.code[:2] in _DONE_AS_A_RULE and \
                    hit.token.pos_ == "VERB" and _habitual(hit.token):
                state = "skip"  # "Israel says it only targets militants": what it does as a
                # rule (a statement in the present is still made: "says it supports")
            done = hit.token if hit.token.pos_ in ("VERB", "AUX") else \
                hit.token.head if hit.token.dep_ == "dobj" else None
            if state == "asserted" and done is not None and (
                    _long_standing(done) or _told_before(done)):
                state = "skip"  # "Israel has repeatedly accused Hezbollah of rearming", "Iran
                # has long denied seeking nuclear weapons", "a French national who had been
                # detained for two years": background, no act of the day
            head = hit.token.head
            if hit.code[:2] in _VIOLENT and hit.token.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in _kids(hit.token)) and \
                    any(j in hits and j not in consumed and
                        hits[j].code[:2] not in _VIOLENT
                        for j in (head.i, *(c.i for c in _kids(head) if c.dep_ in _OBJECTS))):
                continue  # "declared a state of emergency to fight extortion gangs": the
                # purpose of an act coded itself (but "launched an operation to destroy ...")
            if state == "conditional" and hit.code[:2] in _COOPERATION_ROOTS and \
                    self._negated(hit.token):
                state = "future"  # "will not end their strike unless paid": a refusal
            if state == "conditional":
                root = hit.code[:2]
                # (steps promised are a threat conditional by nature: "will take resolute
                # measures if it keeps provoking"; not any act of threat told in a condition:
                # "will not be intimidated by the intimidation of journalists, even if ...")
                threat = root == "13" and hit.row is not None and \
                    hit.row.reading == "aimed-promise"
                if root not in _THREAT_BY_ROOT and root not in ("12",) and not threat and \
                        root not in _FAMILY_SUFFIX and not (
                            hit.row is not None and hit.row.reading == "promised"):
                    continue
                if (hit.row is not None and hit.row.reading == "promised") or threat:
                    pass  # "would retaliate if Washington imposed tariffs", "will take all
                    # necessary measures if it keeps provoking": the threat itself
                elif root in _FAMILY_SUFFIX:
                    # "would meet Putin if the Kremlin agreed", "will ease sanctions on Belarus
                    # if Minsk frees prisoners": an offer, the intent to do it (03)
                    hit.code = "039" if hit.code[:3] == "045" else \
                        self._refined("030", hit.code)
                else:
                    hit.code = _threat(hit.code)
                # kept only if the source says it (see _events); "will ... if" is firm: kept
                # too when no one is reported saying it
                verb = hit.token if hit.token.pos_ != "NOUN" else (
                    self._governor(hit.token) or hit.token)
                firm = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall")
                           for c in _kids(verb))
                hit.rule += "+conditional:firm" if firm else "+conditional"
                state = hit.mode = "future"
            # "declined to rule out strikes": not ruled out, as "did not rule out" below
            declined = hit.token.dep_ == "xcomp" and lemma(hit.token.head) in _REFUSING and \
                _rules_out_force(hit.token)
            if state == "skip" and not declined:
                continue
            negated = declined or self._negated(hit.token)
            if (negated or lemma(hit.token) in _REFUSING) and _rules_out_force(
                    hit.token if negated else hit.complement):
                # "would not rule out the use of force against Baghdad", "refused to rule out
                # military force": a threat of force
                hit.code, hit.rule = "138", hit.rule + "+not-ruled-out"
                out.append(hit)
                continue
            if negated and state == "future" and hit.code[:2] in _COOPERATION_ROOTS:
                # "will not lift the embargo": a refusal (124), not a negated lifting
                hit.code = self._refined("120", hit.code)
                hit.rule += "+refusal"
                out.append(hit)
                continue
            if state == "future" and "+conditional" not in hit.rule:
                root = hit.code[:2]
                if root == "16" and _threatened(hit.token):
                    # "threatened to send troops into Nigeria and to halt all aid": a measure
                    # threatened, not decided (1311)
                    hit.code, hit.rule = _threat(hit.code), hit.rule + "+future"
                elif root == "16" and lemma(hit.token) in ("retaliate", "respond"):
                    # "said Canada would retaliate against the tariffs", "would respond with
                    # reciprocal measures": a promise to respond, a threat
                    hit.code, hit.rule = _threat(hit.code), hit.rule + "+future"
                elif root == "16":
                    # "announced it would prohibit all aid": the decision is the sanction
                    hit.mode = "future"
                elif root == "15" and hit.token.pos_ == "VERB" and any(
                        p.ent_type_ == "GPE" or _own_ground(p) or (
                            p.i in named and named[p.i].basis in ("country", "location"))
                        for h in (hit.token, *_children(hit.token, "dobj"))
                        for p in _prep_objects(h, "to")) and not any(
                        c.dep_ == "prep" and c.lower_ in ("into", "against", "near")
                        for c in _kids(hit.token)):
                    # "will send 500 soldiers to Lithuania", "will deploy a brigade to
                    # Lithuania": troops promised to a country, not a threat (that is "into"
                    # or "against" it); "will deploy troops to its northern border", "would
                    # send troops to Chicago": to one's own ground, a deployment to come
                    home = self._sent_home(hit.token, actors)
                    hit.code, hit.rule = ("0312" if not home else hit.code), hit.rule + "+future"
                elif root in _THREAT_BY_ROOT:
                    hit.code, hit.rule = _threat(hit.code), hit.rule + "+future"
                elif root in _FAMILY_SUFFIX and root != "03":
                    # "will halt attacks" (0356): the kind of yielding or aid promised; "will
                    # mediate" is an intent to mediate (039), not to accept mediation
                    hit.code = "039" if hit.code[:3] == "045" else \
                        self._refined("030", hit.code)
                    hit.rule += "+future"
                hit.mode = "future"
            if negated and hit.code == "010" and lemma(hit.token) in ("comment", "respond",
                                                                    "elaborate"):
                hit.code, hit.rule = "011", hit.rule + "+declined"
                negated = False  # "did not comment on the measures": declining to comment (011)
            if hit.rule == "denial:no-part":
                negated = False  # ("had no involvement": the "no" is the denial itself)
            if negated:
                hit.negated, hit.mode = True, "negated"
            out.append(hit)
        # "is considering sending aid": considering a policy option (014), not the aid
        for tok in tokens:
            if lemma(tok) not in _CONSIDERING or tok.i in hits:
                continue
            comp = self._complement(tok)
            if comp is not None and comp.i in hits and comp.i not in consumed:
                inner = hits[comp.i]
                out = [h for h in out if h is not inner]
                out.append(_Hit(tok, "014", f"consider:{lemma(tok)}+{inner.rule}", None, True,
                                complement=comp))
        # "appealed for more military support": the appeal read its kind off the thing asked
        # for, which is no second appeal
        read = {p.i for h in out if "+kind" in h.rule and h.token.pos_ == "VERB"
                for p in _prep_objects(h.token, "for")}
        out = [h for h in out if not (h.token.i in read and h.code[:2] == "02" and
                                      h.token.pos_ == "NOUN")]
        # "urged Tanzania to restore internet access and release detained opposition figures":
        # an appeal for each act asked, joined by "and"
        for hit in list(out):
            comp = hit.complement
            if comp is None or hit.code[:2] not in ("02", "10") or hit.code[2:] == "0":
                continue
            for other in _children(comp, "conj"):
                inner = hits.get(other.i)
                if inner is None or other.pos_ != "VERB" or any(
                        c.dep_ in _SUBJECTS for c in _kids(other)):
                    continue
                code = self._refined(hit.code[:2] + "0", inner.code)
                if code not in (hit.code, hit.code[:2] + "0") and not any(
                        h.token.i == hit.token.i and h.code == code for h in out):
                    out.append(_Hit(hit.token, code, f"{hit.rule}+and:{inner.rule}", hit.row,
                                    hit.curated, complement=other, negated=hit.negated,
                                    mode=hit.mode))
        # "warned that police would crush any attempt to storm parliament", "threatened to
        # send troops against the protesters": force threatened against dissent at home is a
        # threat of repression (137), not of military attack
        for hit in out:
            if hit.code[:3] not in ("130", "138"):
                continue
            comp = hit.complement or (self._complement(hit.token)
                                      if hit.token.pos_ == "VERB" else None)
            if comp is None:
                continue
            # (and the purpose it is threatened for: "threatened to invoke the Insurrection
            # Act to deploy troops against protesters")
            acts = [comp, *(c for h in (hit.token, comp) for c in _children(h, "advcl")
                            if any(a.dep_ == "aux" and a.lower_ == "to" for a in _kids(c)))]
            if any(lemma(o) in _DISSENTERS for a in acts
                   for o in (*_children(a, *_OBJECTS), *_prep_objects(a, "against"), *(
                       p for x in _children(a, *_OBJECTS) for p in _prep_objects(x, "against")
                   ))) or any(
                    lemma(c) == "police" for c in _children(comp, "nsubj")):
                hit.code, hit.rule = "137", hit.rule + "+repression"
        # "Al-Shabaab said it carried out the attack": the speaker claims the attack (015), as
        # "claimed responsibility for" it would
        # (and "The Pakistani Taliban said they were behind the blast": a deed told before,
        # whose noun codes nothing by itself)
        deeds = [(h.token, h.rule) for h in out if h.code[:2] in _VIOLENT and not h.negated]
        deeds += [(t, f"claimed-deed:{lemma(t)}") for t in tokens if t.i not in hits and
                  lemma(t) in _BEHIND_ACTS and t.pos_ == "NOUN" and
                  _owning_clause(t) is not None]
        for claimed, rule in deeds:
            said = _own_deed_told(claimed)
            if said is not None and said.i not in hits and actors is not None and \
                    not any(h.token.i == said.i for h in out) and any(
                        (m.sector or "")[:3] in _ARMED_GROUP_SECTORS or
                        (m.code or "").startswith("IMG")
                        for c in _children(said, "nsubj") for m in actors.of(c)):
                # (an armed group's claim; a state's army telling its raid claims nothing)
                out.append(_Hit(said, "015", f"claimed:{rule}", None, True))
        # "arrested hundreds of supporters for attacking security forces", "on trial for
        # allegedly plotting a coup": what one is punished or tried for is the charge, not an
        # act the story reports
        return [h for h in out if not _in_charge(h.token) and not _since_clause(h.token)
                and not _describes_target(h, hits) and not _hoped_for(h.token)
                and not _terms_of(h.token)]

    def _sent_home(self, verb: Token, actors: _Actors | None) -> bool:
        """Whether troops are sent to the sender's own ground: "its northern border", a
        city of the subject's own country ("Trump said he would send troops to Chicago")."""
        places = [p for h in (verb, *_children(verb, "dobj")) for p in _prep_objects(h, "to")]
        if any(_own_ground(p) for p in places):
            return True
        if actors is None:
            return False
        # (the forces sent, and the teller: "The Pentagon said 700 Marines would be deployed
        # to Los Angeles")
        senders = [*self._subject(verb, actors, []),
                   *(m for c in _children(verb, "nsubjpass") for m in actors.of(c))]
        if verb.dep_ == "ccomp" and lemma(verb.head) in _REPORTING:
            senders += self._subject(verb.head, actors, [])
        own = {m.country for m in senders if m.country}
        return bool(own) and any(m.country in own and m.basis == "location"
                                 for p in places for m in (actors.at.get(p.i),) if m is not None)

    @staticmethod
    def _negated(tok: Token) -> bool:
        if any(c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither")
               for c in _kids(tok)):
            return True  # (and "neither accepts nor recognises the ruling")
        if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor"
                                      for c in _kids(tok.head)):
            return True  # "neither accepts nor recognises", "did not attend nor send an envoy"
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and any(
                c.dep_ == "neg" for c in _kids(tok.head)):
            return True  # "was not ready to sanction Russia": the copula's "not"
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and \
                lemma(tok.head) in ("able", "possible", "allowed") and \
                tok.head.dep_ == "acomp" and any(c.dep_ == "neg" for c in _kids(tok.head.head)):
            return True  # "had not been able to deliver food to Kadugli": not done
        if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in _kids(c))
               for c in _kids(tok) if c.dep_ == "advmod"):
            return True  # "no longer recognised Maskhadov": recognition withdrawn
        if tok.pos_ == "VERB" and any(  # "provided no evidence", "sent no troops", "no
                d.dep_ == "det" and d.lower_ == "no"  # facilities had been targeted"
                for o in _kids(tok) if o.dep_ in (*_OBJECTS, "nsubj", "nsubjpass")
                for d in _kids(o)):
            return True
        if tok.pos_ == "VERB" and any(s.lower_ == "none" for s in _kids(tok)
                                      if s.dep_ in ("nsubj", "nsubjpass")):
            return True  # "none of the detainees was released"
        if tok.pos_ in ("NOUN", "PROPN"):
            gov = EventCoder._governor(tok)
            if gov is not None and any(c.dep_ == "neg" for c in _kids(gov)):
                return True
            if gov is not None and tok.dep_ in _OBJECTS and any(
                    d.dep_ == "det" and d.lower_ == "no" for s in _kids(gov)
                    if s.dep_ == "nsubj" for d in _kids(s)):
                return True  # "no U.S. officials would attend the summit"
            return any(c.dep_ == "det" and c.lower_ in ("no",) for c in _kids(tok))
        return False

    @staticmethod
    def _modality(tok: Token) -> str:
        """"asserted", "future", "conditional" (a hypothetical with "if"/"unless": a threat when
        it is a move against someone), or "skip" (hypothetical, planned, questioned)."""
        verb = tok
        if tok.i in tok.doc.user_data.get("eventcoder_questions", ()):
            return "skip"  # "Will China invade Taiwan?"
        for above in islice(tok.ancestors, 4):
            if lemma(above) in _NARRATING and any(
                    c.dep_ == "nsubj" and lemma(c) in _WORKS for c in _kids(above)):
                return "skip"  # "The book recounts how the Soviet Union threatened ...": a
                # work's story, not the day's news
        if tok.pos_ == "VERB" and _life_told(tok):
            return "skip"  # "Pope Francis, who died on April 21, had criticised Trump's
            # deportation plans", "The late pope had urged ...": a dead man's life, no news
        if tok.pos_ == "VERB" and _standing(tok):
            return "skip"  # "Lebanon hosts 1.5 million Syrian refugees", "Iran backs the
            # Houthis", "Russia occupies a fifth of Ukraine": how things stand, no act
        if tok.pos_ in ("NOUN", "PROPN"):
            gov = EventCoder._governor(tok)
            if gov is None:
                return "asserted"
            verb = gov
            if tok.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may")
                    for c in _kids(verb)):
                return "skip"  # "an invasion of Taiwan would devastate the economy"
        node = verb
        for _ in range(3):
            if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "ADJ" and (node.lower_ in _ATTITUDES or
                                       lemma(node) in _INTENT_ADJECTIVES | {"open"}):
                return "skip"  # "confident the treaty would be signed", "ready to help
                # Russia and Ukraine reach a ceasefire": what is hoped for or offered, not
                # done (the adjective's own event says it)
        if verb.tag_ == "VBN" and any(c.lower_ == "never" for c in _kids(verb)) and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in _kids(verb)):
            return "skip"  # "a decision Beijing has never recognised": a standing position,
            # no act of the day
        if verb.dep_ == "xcomp" and (verb.tag_ == "VBG" or (verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb)))) and \
                verb.head.pos_ in ("VERB", "AUX"):
            if lemma(verb.head) in _ASPECTUAL:
                return EventCoder._modality(verb.head)  # "would keep attacking ships": as the
                # going on is told
            if lemma(verb.head) in _STOPPING:
                return "skip"  # "stopped firing missiles": no more (see the rows of stopping)
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ", "VBD")
                                      and lemma(c) in _UNREALISED for c in _kids(verb)):
            return "skip"  # "Poles oppose sending troops": the parser made the stance an
            # auxiliary of the act it is taken on
        if verb.dep_ == "xcomp" and lemma(verb.head) in _CAUSING and \
                verb.head.pos_ == "VERB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb)):
            return EventCoder._modality(verb.head)  # "will force Moscow to withdraw": as the
            # forcing is told
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("at", "to") and \
                lemma(verb.head.head) in _UNREALISED:
            return "skip"  # "aimed at forcing Moscow to agree to a ceasefire": not done
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and \
                verb.head.head.pos_ in ("VERB", "AUX"):
            told = EventCoder._modality(verb.head.head)
            if told != "asserted":
                return told  # "could respond by closing the Strait of Hormuz": as the
                # response is told
        if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and \
                verb.head.head.lemma_.lower() in _PREVENTING:
            return "skip"  # "barred 11 officials from travelling", "refrained from attacking"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in _OBJECTS and \
                verb.head.head.lemma_.lower() in _BLOCKING:
            return "skip"  # "vetoed a resolution condemning X": never adopted, never said
        if verb.dep_ in ("advcl", "xcomp", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb)) and (
                lemma(verb.head) in _COMMISSIONING or (
                    verb.dep_ == "acl" and lemma(verb.head) in _SCHEMES | _PROVISIONS) or (
                    # (the scheme's clause hung by the parser on the verb before it: "foiled
                    # a plot to carry out attacks", "charged 12 people over a plot to ...")
                    verb.dep_ != "acl" and verb.head.i < verb.i and (any(
                        lemma(t) in _SCHEMES for t in verb.doc[verb.head.i + 1:verb.i]) or any(
                        lemma(o) in _PROVISIONS for o in _children(verb.head, "dobj"))))):
            return "skip"  # "recruited gangs to carry out attacks", "a plot to kill the
            # president": what someone was hired or plotted to do is not done
        if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and verb.i > verb.head.i and \
                not any(c.dep_ in ("aux", "auxpass") for c in _kids(verb)) and any(
                    c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in _kids(verb)):
            return "skip"  # "Bangladesh, which hosts a million Rohingya refugees, said": what
            # a party is, told in passing, not an act of the day
        if verb.dep_ == "relcl" and verb.i > verb.head.i and any(
                c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in _kids(verb)) and (
                (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                            for c in _kids(verb)) and
                 not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)) or
                (verb.head.dep_ in ("nsubj", "nsubjpass") and
                 lemma(verb.head.head) in _DYING | {"bury", "mourn", "pass"})):
            return "skip"  # "Zelensky, who has accused Moscow of stalling, met ...", "Carter,
            # who brokered the Camp David accords, died on Sunday": a life told in passing
        if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.i != verb.i and (
                (lemma(verb.head) in _ASKING and verb.head.dep_ == "relcl") or (
                    lemma(verb.head) == "see" and any(
                        c.dep_ == "aux" and c.lower_ in ("would", "will", "could")
                        for c in _kids(verb.head)))):
            return "skip"  # "the plan, which calls for Hamas to disarm", "the deal would see
            # Israel release 2,000 prisoners": what a text asks or would bring, not done
        if verb.dep_ in ("xcomp", "advcl") and lemma(verb.head) in _EVADING and not any(
                c.dep_ in ("nsubj", "mark") for c in _kids(verb)):
            return "skip"  # "avoided being encircled", "escaped being captured" (but "escaped
            # unharmed after a roadside bomb targeted his convoy": the bombing was done)
        if verb.tag_ == "VBG" and ((verb.dep_ == "xcomp" and lemma(verb.head) in _PUT_OFF) or (
                verb.dep_ == "pcomp" and verb.head.lower_ == "from" and
                lemma(verb.head.head) in _PUT_OFF)):
            return "skip"  # "delayed signing a security deal", "stopped sending weapons",
            # "refrained from attacking": the act put off or ended is not done
        node = verb
        for _ in range(5):  # "weighing whether to use frozen assets to fund Ukraine"
            if node.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "pcomp") or (
                    node.dep_ == "advcl" and not any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in _kids(node))) or \
                    node.head.i == node.i or lemma(node.head) in _REPORTING:
                break  # (a purpose, not "debated the bill as protesters gathered")
            node = node.head
            if lemma(node) in _WEIGHING and node.i != tok.i:
                return "skip"
        if verb.dep_ == "advcl" and any(
                a.dep_ in ("aux", "auxpass") and a.lower_ in ("had", "were", "should") and
                any(s.dep_ in _SUBJECTS and a.i < s.i for s in _kids(verb)) for a in _kids(verb)):
            return "skip"  # "had the West not sent weapons": a condition not met
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("to", "of") and \
                verb.head.head.lower_ in _NEARLY:
            return "skip"  # "close to signing a peace treaty", "on the verge of capturing"
        if verb.dep_ in ("advcl", "xcomp", "ccomp", "dobj") and verb.tag_ == "VBG" and \
                verb.head.lemma_.lower() == "rule" and any(
                    c.dep_ == "prt" and c.lower_ == "out" for c in _kids(verb.head)):
            return "skip"  # "has not ruled out sending missiles": an option, not an act
        # (a modal by its lemma: a headline's "to" read as "will")
        auxes = {c.lemma_.lower() if c.tag_ == "MD" else c.lower_
                 for c in _kids(verb) if c.dep_ == "aux"}
        node = verb
        while node.dep_ == "conj" and node.head.i != node.i:  # "should go and suspend"
            if node.tag_ == "VBD" and node.head.tag_ == "VB":
                break  # (but "would never surrender and warned": the warning was made)
            node = node.head
            auxes |= {c.lower_ for c in _kids(node) if c.dep_ == "aux"}
        if auxes & {"would", "could", "might", "should", "may"} and "have" in auxes and \
                verb.tag_ == "VBN":
            return "skip"  # "Washington would have imposed new sanctions": it did not
        if auxes & _HYPOTHETICAL:
            # "may halt mediation if cooperation founders": a conditional move against someone
            # is a threat; any other hypothetical is not coded
            if auxes & {"may", "might", "could", "would"} and _if_clause(verb) is not None:
                return "conditional"
            return "skip"
        let = verb.head if verb.dep_ in ("ccomp", "xcomp") else verb.head.head if (
            # ("refused to allow an envoy to meet Suu Kyi": the parser's relative clause)
            verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb))) else None
        if let is not None and lemma(let) in ("let", "allow", "permit") and (
                any(c.dep_ == "neg" for c in _kids(let)) or (
                    let.dep_ == "xcomp" and lemma(let.head) in _REFUSING)):
            return "skip"  # "refused to let the administration deploy troops": not let
        node = verb
        for _ in range(4):  # "must ensure security to allow aid": the purpose is not done
            if _inverted(node):
                return "skip"  # "Were Russia to attack Estonia, ...": not (yet) done
            if node.i != verb.i and node.dep_ == "acl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in _kids(node)):
                return "skip"  # "a plan to use frozen assets to fund a loan": not done
            if node.dep_ not in ("xcomp", "advcl", "conj") or node.head.i == node.i:
                break
            if node.i != verb.i and node.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in _kids(node)):
                return "skip"  # "if Iran continued to fire missiles": not (yet) done
            node = node.head
            if {c.lower_ for c in _kids(node) if c.dep_ == "aux"} & _HYPOTHETICAL:
                return "skip"
        for c in _kids(verb):
            if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS:
                return "skip"
            if c.dep_ == "mark" and c.lower_ in ("until", "till", "once") and (
                    verb.tag_ in ("VBZ", "VBP", "VB") or lemma(verb.head) in _UNTIL_DEMANDS
                    or any(a.dep_ == "aux" and a.lower_ in ("would", "will", "'ll", "could")
                           for a in _kids(verb.head))):
                return "skip"  # "will go on until Hamas releases the hostages": not yet
                # ("called a strike until Yoon resigned": what is demanded; "said it would
                # not halt the offensive until Hamas released all hostages": a condition,
                # told in the past; but "fought until the army withdrew")
        if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                   for c in _kids(verb)) and (
                verb.head.lower_ in ("about", "set", "due", "poised", "scheduled", "expected")
                or (lemma(verb.head) == "be" and verb.dep_ == "xcomp")):
            return "future"  # "is about to restore", "is to visit", "is set to expel"
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb)) and (
                verb.dep_ == "ROOT" or (
                    verb.dep_ == "ccomp" and verb.head.i > verb.i and
                    lemma(verb.head) in _REPORTING) or (
                    verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and
                    verb.head.i < verb.i and (verb.head.dep_ == "ROOT" or (
                        verb.head.dep_ == "nsubj" and verb.head.head.i > verb.i and
                        lemma(verb.head.head) in _REPORTING)))) and \
                not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not (
                    t.i > verb.i and lemma(t) in _REPORTING) for t in verb.sent):
            return "future"  # "Saudi crown prince to visit Washington next month, sources
            # say", "Putin to meet Trump in Alaska": a headline's "to" is "will"
        if verb.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "neg" for c in _kids(verb.head)):
            return "skip"  # "will not accept that citizens can be seized": not a fact
        if verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb)) and any(
                c.dep_ == "aux" and (c.lower_ in ("will", "'ll", "shall") or (
                    # ("said he would be in Istanbul on Thursday to meet Putin": told)
                    c.lower_ == "would" and verb.head.dep_ == "ccomp" and
                    lemma(verb.head.head) in _REPORTING))
                for c in _kids(verb.head)) and not any(
                c.dep_ == "neg" for c in _kids(verb.head)):
            return "future"  # "Modi will travel to China on Sunday to attend a summit": the
            # purpose of an act to come is to come
        if verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb)) and (
                lemma(verb.head) in _UNREALISED or (
                    verb.head.dep_ in ("xcomp", "ccomp") and
                    EventCoder._modality(verb.head) != "asserted")):
            return "skip"  # "threatened to invoke the Insurrection Act to deploy troops": the
            # purpose of an act not done, or of a threat, is not done
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:  # "aims to tighten ... and
            if first.tag_ in ("VBD", "VBZ") and first.head.tag_ == "VBG":  # impose a blockade"
                break  # "denied targeting civilians and accused the army": the main verb's
            if first.tag_ == "VBD" and first.head.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "will", "to")
                    for c in _kids(first.head)):
                break  # "said Iran would never surrender and warned the US", "agreed to
                # release the hostages and handed over four bodies": told as done
            first = first.head
        if _answered(first):
            return "asserted"  # "X accused Y of Z, a claim police denied": the parser hung
            # the accusation on the denial that answers it
        if first.dep_ == "xcomp" and lemma(first.head) in ("try", "attempt") and \
                first.head.tag_ == "VBD" and (lemma(verb) in _STORMING or (
                    lemma(verb) in ("block", "barricade", "occupy") and any(
                        lemma(o) in _THOROUGHFARES for o in _children(verb, "dobj")))):
            return "asserted"  # "protesters tried to storm parliament", "tried to block
            # roads": the assault or the blockade was made
        if first.dep_ == "xcomp" and lemma(first.head) in ("have", "be") and any(
                c.lower_ == "yet" for c in _kids(first.head)):
            return "skip"  # "France has yet to recognise Palestine": not done
        if first.dep_ in ("xcomp", "ccomp") and lemma(first.head) in _UNREALISED and not (
                # "warned that strikes had killed hundreds": told as done
                first.dep_ == "ccomp" and lemma(first.head) in ("warn", "fear", "caution")
                and (first.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in (
                    "has", "have", "had") for c in _kids(first)))):
            head_aux = {c.lower_ for c in _kids(first.head) if c.dep_ == "aux"}
            if head_aux & _HYPOTHETICAL or lemma(first.head) not in _COMMITTING or (
                    first.dep_ == "ccomp" and lemma(first.head) == "hope"):
                return "skip"  # "is considering sending aid", "failed to reach a deal",
                # "hopes Japan will persuade Biden" (one's own act hoped for is an intent)
            if first.head.dep_ in ("ccomp", "xcomp") and lemma(first.head.head) in _DENYING:
                return "skip"  # "denied that Russia was planning to attack NATO": no plan
            return "future"
        if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in _kids(verb)):
            return "skip"  # "a request to interrogate", "a plan to attack": not done
        if first.dep_ in ("xcomp", "ccomp") and lemma(first.head) in _INSTRUCTING and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(first)) and not (
                any(c.dep_ == "auxpass" for c in _kids(first)) and any(
                    c.dep_ == "nsubj" and lemma(c) in _BENCH for c in _kids(first.head))):
            return "skip"  # "ordered police to shoot protesters": told to, not (yet) done
            # (but "ordered Imamoglu jailed", "a court ordered him to be jailed" is the
            # court's jailing)
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS
                                        for c in _kids(verb)):
            return "skip"
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "without", "instead"):
            return "skip"  # "demanded a truce before allowing aid in": not (yet) done
        if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and lemma(verb.head.head) == \
                "look" and any(c.lower_ == "forward" for c in _kids(verb.head.head)):
            return "future"  # "looked forward to meeting Lee": a meeting hoped for
        if verb.dep_ == "advcl" and verb.head.dep_ in ("relcl", "acl") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in _kids(verb)):
            return "skip"  # "X, who lost his son when bombers struck the bus": his background
        if auxes & _FUTURE or any(c.lower_ == "going" for c in _kids(verb) if c.dep_ == "aux"):
            if _if_clause(verb) is not None:
                return "conditional"  # "will impose sanctions if Russia invades": a threat
            return "future"
        return "asserted"

    # ------------------------------------------------------------------ actors
    def _subject(self, verb: Token, actors: _Actors, last: list[ActorMention],
                 seen: int = 0) -> list[ActorMention]:
        if seen > 4:
            return []
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma(verb.head) == "come" and any(
                c.dep_ == "prep" and c.lower_ == "under" for c in _kids(verb.head)):
            return []  # "a UN helicopter came under fire, killing a crew member": not its act
        if verb.dep_ == "conj" and lemma(verb) in _SPEECH_ACTS and \
                verb.head.dep_ == "ccomp" and lemma(verb.head.head) in _REPORTING and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(verb)) and (not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i in actors.at
                    for c in _kids(verb.head)) or (
                    # "Khamenei said Iran would never surrender and warned the United
                    # States": a past verb joined to a clause of what would be is the
                    # speaker's, told in the speaker's tense
                    # (or "said Israel had used its airspace and lodged a complaint")
                    verb.tag_ == "VBD" and lemma(verb.head.head) == "say" and (
                        verb.head.tag_ in ("VB", "VBG") or (verb.head.tag_ == "VBN" and any(
                            c.dep_ == "aux" and c.lower_ == "had" for c in _kids(verb.head))))
                ) or (
                    # "Lin Jian said Japan had no right to ..., and urged Tokyo to stop": the
                    # one the clause is about is the one urged, not the one who urges
                    {m.country for c in _kids(verb.head) if c.dep_ == "nsubj"
                     for m in actors.of(c) if m.country} &
                    {m.country for o in _children(verb, *_OBJECTS) for m in actors.of(o)
                     if m.country})):
            # "Borrell said the law harms Georgia and urged the authorities to withdraw
            # it": the parser joins the appeal to what was said (about a thing, not an
            # actor); the speaker makes it
            return self._subject(verb.head.head, actors, last, seen + 1)
        told = verb.head
        while told.dep_ == "conj" and told.head.i != told.i:
            told = told.head  # ("had boarded a boat and beaten its crew, calling the attack")
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
                lemma(verb) in _SPEECH_ACTS | _LABELLING or (
                    lemma(verb) in ("rule", "dismiss") and
                    any(c.dep_ == "prt" and c.lower_ == "out" for c in _kids(verb)))) and \
                told.dep_ == "ccomp" and \
                lemma(told.head) in _REPORTING and \
                lemma(verb.head) not in _SPEECH_ACTS | _REPORTING | _LABELLING and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(verb)):
            # "Japan said Chinese aircraft had locked their radar on its jets, calling the act
            # dangerous", "said negotiating with the US was not smart, ruling out talks": the
            # parser hangs the speaker's words on what was said
            return self._subject(told.head, actors, last, seen + 1)
        doer = _hyphened_doer(verb) if verb.dep_ == "amod" else None
        if doer is not None:
            return [m for m in actors.of(doer) if m.basis != "location"] or \
                [_as_state(m) for m in actors.of(doer)]  # "U.S.-mediated talks"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(verb)):
            # "dropped bombs on a crowd gathered for a festival and protest, killing at least
            # 24 people": the parser hangs the participle on a noun (the protest); it is the
            # act of the clause the noun is in, not a description's
            clause = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX") and
                           a.dep_ not in ("acl", "relcl")), None)
            if clause is not None:
                return self._subject(clause, actors, last, seen + 1)
        above = past_above(verb)
        if above is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(verb)):
            # "Israel declared Guterres persona non grata and barred him": a past verb joined
            # to a present small clause goes with the past verb above it
            return self._subject(above, actors, last, seen + 1)
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb.head)) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in _kids(verb)):
            # "said Israel had used its airspace to attack Iran and lodged a complaint": a past
            # verb is no infinitive's fellow; it goes with the nearest clause told in the past
            node = verb.head
            while node.head.i != node.i and not (node.tag_ == "VBD" and node.pos_ == "VERB"):
                node = node.head
            if node.tag_ == "VBD" and node.i != verb.i:
                return self._subject(node, actors, last, seen + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma(verb) in _SENT_OUT and \
                not any(c.dep_ == "agent" for c in _kids(verb)):
            # "received five men deported from the United States": the state they were sent
            # out of sent them
            found = _sent_out_of(verb, actors)
            if found:
                return found
        if _passive(verb):
            # (and "was fined 1.8 billion euros by the Commission", "was threatened with
            # sanctions by the United States": a by-phrase the parser hung on the object)
            for pobj in (*_prep_objects(verb, "by"),
                         *(p for o in (*_children(verb, "dobj"), *_prep_objects(verb, "with"))
                           for p in _prep_objects(o, "by"))):
                if lemma(pobj) in _MISHAPS:
                    return []  # "victims killed by the Malaysia Airlines crash": no one's act
                found = actors.of(pobj)
                if found:
                    return found
            # "were arrested and beaten by police": the doer the last of two passive verbs
            # names is the first's too
            if not any(c.dep_ == "agent" for c in _kids(verb)):
                for other in verb.conjuncts:
                    if other.i > verb.i and other.tag_ == "VBN" and other.dep_ == "conj" and \
                            not any(c.dep_ in (*_SUBJECTS, *_PASSIVE_SUBJECTS, "aux", "auxpass")
                                    for c in _kids(other)):
                        found = [m for p in _prep_objects(other, "by") for m in actors.of(p)]
                        if found:
                            return found
            # "UN sanctions against Iran were lifted", "Lukoil was hit with US sanctions",
            # "was placed under EU sanctions"
            for measure in (*_children(verb, "nsubjpass"), *_prep_objects(verb, "with"),
                            *_prep_objects(verb, "under")):
                if lemma(measure) in _MEASURES:
                    found = _owners(measure, actors)
                    if found:
                        return found
            if verb.dep_ in ("ccomp", "xcomp") and verb.head.i < verb.i and \
                    lemma(verb.head) in ORDERING_VERBS:
                return self._subject(verb.head, actors, last, seen + 1)  # "ordered X jailed"
            if verb.dep_ == "ccomp" and lemma(verb) in _DETAINING and \
                    lemma(verb.head) in _REPORTING:
                # "police said 30 protesters had been detained", "the interior ministry said
                # 48 people were arrested": the force that tells of arrests made them
                tellers = [m for c in _kids(verb.head) if c.dep_ == "nsubj"
                           for m in actors.of(c)]
                if tellers and all((m.sector or "")[:3] == "COP" or (
                        (m.sector or "")[:3] == "GOV" and "interior" in m.text.lower())
                        for m in tellers):
                    return tellers
            # the doers of the active clause this one is joined to: "Police fired tear gas to
            # disperse protesters, and dozens of people were detained" (a state's force made
            # the arrests); "100,000 people marched through London, and 26 police officers
            # were injured in clashes" (the crowd clashed)
            joined = verb.dep_ == "conj" and verb.head.i < verb.i and \
                verb.head.pos_ == "VERB" and not _passive(verb.head)
            doers: frozenset[str] | tuple[str, ...] = ()
            if joined and lemma(verb) in _DETAINING:
                doers = ("COP", "MIL")
            elif joined and lemma(verb) in _RIOT_HARMS and any(
                    lemma(p) in ("clash", "riot", "violence", "scuffle")
                    for p in _prep_objects(verb, "in")):
                doers = _STREET_SECTORS
            found = [m for c in _kids(verb.head) if c.dep_ == "nsubj"
                     for m in actors.of(c) if (m.sector or "")[:3] in doers] if doers else []
            if found:
                return found
            return []  # (a headline's "X detained": X is the target, see _slot)
        subjects = [c for c in _kids(verb) if c.dep_ in _SUBJECTS]
        if not subjects and verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr" and \
                lemma(verb.head.head) in ("become", "be") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb)):
            # "Ireland became the latest country to recognise Palestine": Ireland's act
            return self._subject(verb.head.head, actors, last, seen + 1)
        if not subjects and verb.dep_ == "ccomp" and lemma(verb.head) in _REPORTING and \
                verb.doc.user_data.get("eventcoder_headline"):
            # a wire headline drops the said clause's subject: "Hamas says agrees to
            # ceasefire proposal", "Kremlin says will respond": the speaker's
            return self._subject(verb.head, actors, last, seen + 1)
        # a name split by the parse has several ("Omar al-Bashir"); one that is itself an
        # actor's word first ("Sudan's paramilitary Rapid Support Forces": the RSF)
        subjects.sort(key=lambda c: c.i not in actors.at)
        listed = sorted(subjects, key=lambda c: c.i)
        if len(listed) > 1 and all(c.dep_ == "nsubj" for c in listed) and all(
                any(t.text == "," for t in verb.doc[a.i + 1:b.i])
                for a, b in pairwise(listed)):
            # a headline's list of doers: "Xi, Putin pledge deeper ties"
            found = [m for c in listed for m in actors.of(c) if m.basis != "location"]
            if len(found) >= len(listed):
                return found
        for child in subjects:
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return actors.of(verb.head)
            found = [m for m in actors.of(child) if m.basis != "location"]
            if not found and lemma(child) in _WEAPONS:
                # "the missiles fired by the Israeli military struck a depot": whose they are
                found = [m for a in _kids(child) if a.dep_ == "acl"
                         for p in _prep_objects(a, "by") for m in actors.of(p)]
            if not found and child.tag_ in ("VBG", "VBN"):
                # "The Red Cross operating in Iraq said": the participle taken for the subject
                found = [m for c in _kids(child) if c.dep_ in _SUBJECTS
                         for m in actors.of(c) if m.basis != "location"]
            if found:
                return found
        for child in subjects:
            place = actors.at.get(child.i)
            if place is not None and (place.entry or "").startswith("geonames:") and \
                    child.ent_type_ in ("GPE", "LOC") and not any(
                        c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and
                        c.ent_type_ not in ("GPE", "LOC") for c in _kids(child)):
                # "Colorado accepted Syrian refugees": the place acts (not a firm or club of
                # a place's name: "Meta sued the FTC", "Manchester City", "Orange sued")
                return [place]
            if child.lower_ in _PRONOUNS:
                return self._pronoun(verb, actors, last, child.lower_)  # "it", "they"
            for c in _kids(child):
                if c.dep_ == "poss" and c.lower_ in _PRONOUNS:  # "their forces"
                    return self._pronoun(verb, actors, last, c.lower_)
        if subjects:
            return []
        dep = verb.dep_
        if dep in ("acomp", "attr", "oprd") and verb.head.i != verb.i:
            return self._subject(verb.head, actors, last, seen + 1)
        if dep == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            # "suspended aid by accusing Pakistan", "guilty of violating the ceasefire"; under
            # a passive it is the patient's act: "was arrested for collaborating with X"
            head = verb.head.head
            if _passive(head):
                return [m for s in _children(head, *_PASSIVE_SUBJECTS) for m in actors.of(s)
                        if m.basis != "location"]
            if verb.head.lower_ in ("for", "of"):
                # "sanctioned six companies for supplying drones", "praised X for helping":
                # the one the act is held against or credited to does it
                found = [m for o in _children(head, "dobj") for m in actors.of(o)
                         if m.basis != "location"]
                # ("imposed sanctions on North Korea for refusing to halt its exports": the
                # one a measure falls on)
                found = found or [m for o in _children(head, "dobj") if lemma(o) in _MEASURES
                                  for p in (*_prep_objects(o, "on"), *_prep_objects(o, "against"))
                                  for m in actors.of(p) if m.basis != "location"]
                if found:
                    return found
            return self._subject(head, actors, last, seen + 1)
        if dep == "acl" and verb.tag_ == "VBN" and any(
                c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "over")
                for c in _kids(verb)):
            return []  # "a diplomat accused of spying": the diplomat is accused, not accusing
        if dep in ("relcl", "acl") and verb.head.i in actors.at and not (
                dep == "acl" and verb.tag_ == "VBN" and lemma(verb) in _DONE_TO):
            # "the rebels who attacked", "troops deployed to"; not "a journalist arrested
            # in Istanbul", whom the participle is done to
            return actors.of(verb.head)
        if dep == "relcl" and verb.tag_ == "VBD":
            # a finite verb the parser hung on a subject's apposition ("The Afghan government,
            # a number of parties and the Taliban on Thursday condemned ..."): their act
            head = verb.head
            found = actors.of(head) or (actors.of(head.head) if head.dep_ == "appos" else [])
            if found:
                return [m for m in found if m.basis != "location"]
        if dep == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in (*_OBJECTS, "nsubjpass") \
                and lemma(verb.head.head) in _ADOPTING:
            # "adopted a US-drafted resolution calling for ...", "a resolution censuring Iran
            # was approved by the board": the body that adopts it says it, not its drafter
            return self._subject(verb.head.head, actors, last, seen + 1)
        if dep == "acl" and verb.tag_ == "VBG" and verb.head.dep_ in _OBJECTS:
            # "blocked an EU statement criticising Israel": the statement's own author
            owners = _owners(verb.head, actors)
            if owners:
                return owners
            # "issued a declaration demanding ...": whoever issued it
            return self._subject(verb.head.head, actors, last, seen + 1)
        if dep in ("xcomp", "advcl") and _passive(verb.head):
            for pobj in _prep_objects(verb.head, "by"):  # "was attacked by X, killing 15": X
                found = actors.of(pobj)
                if found:
                    return found
        if dep == "advcl" and verb.tag_ == "VBG" and _passive(verb.head) and \
                self._violent(verb.head):
            return []  # "a UN convoy was attacked, killing two drivers": by someone unnamed,
            # not by the convoy
        if _done_to_subject(verb):
            return []  # "was arrested on Friday, charged with trespassing": by someone unnamed
        if dep in ("xcomp", "advcl"):
            for subj in _children(verb.head, "nsubjpass"):  # "Russia is set to expel"
                found = [m for m in actors.of(subj) if m.basis != "location"]
                if found:
                    return found
        if dep == "conj" and _passive(verb.head) and not _passive(verb) and verb.tag_ != "VBN":
            # "was indicted by the court and will resign": the one indicted resigns
            found = [m for s in _children(verb.head, "nsubjpass") for m in actors.of(s)
                     if m.basis != "location"]
            if found:
                return found
        if dep == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ in ("pcomp", "acl") and \
                any(t.text == "," for t in verb.doc[verb.head.i:verb.i]):
            # "opened fire on Palestinians waiting for food, killing 31": the participle
            # after the comma goes with the clause the described people are in
            node = verb.head.head
            while node.pos_ != "VERB" and node.head.i != node.i:
                node = node.head
            if node.pos_ == "VERB":
                return self._subject(node, actors, last, seen + 1)
        if dep == "advcl" and verb.tag_ == "VBG" and self._violent(verb) and \
                _time_clause(verb.head, self._violent) and any(
                    t.text == "," for t in verb.doc[verb.head.i:verb.i]):
            # "fired missiles at Yassin as he left a mosque, killing him": the participle
            # after the comma goes with the main clause, not the time clause
            return self._subject(verb.head.head, actors, last, seen + 1)
        if dep == "advcl" and verb.tag_ == "VBG" and lemma(verb.head) in _REPORTING and \
                self._violent(verb):
            # "Gunmen attacked a bus, police said, killing nine": the participle goes with the
            # act told, not with the one who tells it
            told = _told_act(verb)
            if told.i != verb.head.i and self._violent(told):
                return self._subject(told, actors, last, seen + 1)
        if dep == "conj" and not any(c.dep_ in _SUBJECTS for c in _kids(verb)):
            head = verb.head
            if head.dep_ == "ccomp" and lemma(head) == "be" and \
                    lemma(head.head) in _REPORTING and head.i < verb.i:
                # "police said the march was illegal and arrested 20 protesters": the police
                return self._subject(head.head, actors, last, seen + 1)
            if head.dep_ == "advcl" and any(c.dep_ == "mark" for c in _kids(head)) and \
                    verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "and" and \
                    verb.doc[verb.i - 2].text == ",":
                # "imposed a curfew after clashes left 34 injured, and arrested 60 people":
                # the clause the time clause hangs on goes on
                return self._subject(head.head, actors, last, seen + 1)
        after = _after_phrase(verb) if dep in ("conj", "advcl") else None
        if after is not None:
            # "agreed to halt firing after four days of clashes killed dozens", "after Indian
            # shelling killed 15 civilians": the parser cut the time phrase's act off its
            # verb; the act's doers, not the main clause's subject
            acts = [after, *(p for p in _prep_objects(after, "of"))]
            return [m for a in acts for m in _doers(a, actors) if m.basis != "location"]
        if dep == "conj" or dep == "advcl":
            return self._subject(verb.head, actors, last, seen + 1)
        if dep == "xcomp":
            head = verb.head
            if lemma(head) in _PURPOSE_OBJECT or any(c.dep_ == "prt" for c in _kids(head)):
                # "summoned the envoy to complain", "forced down a flight to arrest": the doer
                return self._subject(head, actors, last, seen + 1)
            for obj in _children(head, *_OBJECTS, "dative"):
                found = actors.of(obj)
                if found:
                    return found  # "urged Iran to stop": Iran stops
            if lemma(head) in _FORCING and any(
                    o.dep_ == "dobj" and o.i < verb.i and o.pos_ in ("NOUN", "PROPN")
                    for o in _kids(head)):
                return []  # "forcing army units to pull out": those forced, whom no actor
                # names, not the forcer
            return self._subject(head, actors, last, seen + 1)
        return []

    def _pronoun(self, verb: Token, actors: _Actors, last: list[ActorMention],
                 word: str = "it") -> list[ActorMention]:
        """"it"/"they": the speaker of the reporting clause above, else the last subject. A
        person who speaks is "we" or "our", never "they" or "it": '"They arrested people," she
        said' is not her arrest."""
        if word in ("they", "their") and verb.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in _kids(verb)):
            # "Police detained dozens of MPs as they marched", "fired tear gas at protesters
            # as they gathered": those the force was used on, not the police
            head = verb.head
            if any(r.code[:2] in _COERCIVE for r in self.triggers.get(lemma(head), "VERB")):
                done_to = [*_children(head, *_OBJECTS), *_prep_objects(head, "at"),
                           *_prep_objects(head, "on")]
                found = [m for o in done_to for x in (o, *o.conjuncts, *_prep_objects(o, "of"))
                         for m in actors.of(x) if m.basis != "location" and (
                             x.tag_ in ("NNS", "NNPS") or len(done_to) > 1 or o.conjuncts)]
                if found:
                    return found
        node = verb
        while node.head.i != node.i and (
                node.dep_ in ("ccomp", "xcomp", "conj", "advcl", "acomp") or (
                    node.dep_ == "relcl" and word in ("they", "their"))):
            if node.dep_ == "relcl":
                # "said they would keep the ship, whose owner they accuse of trading with
                # Israel": the clause the described noun stands in, its teller's "they"
                above = next((a for a in node.head.ancestors if a.pos_ in ("VERB", "AUX")),
                             None)
                if above is None or not any(lemma(a) in _REPORTING
                                            for a in islice(node.head.ancestors, 6)):
                    break  # (not "accused rebel forces of diverting deliveries, a charge they
                    # deny": they are the accused, told before)
                node = above
            else:
                node = node.head
            if lemma(node) in _REPORTING or lemma(node) in _UNREALISED:
                judged = [o for o in _children(node.head, "dobj")] if node.tag_ == "VBG" and \
                    node.dep_ == "advcl" and lemma(node.head) in _JUDGING else []
                pledged = lemma(verb) in _PLEDGED_ACTS and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "can", "must")
                    for c in _kids(verb))
                if judged and word in _THIRD_PERSON and not pledged:
                    # "The Kremlin criticised the verdict, saying it violated democratic
                    # norms": what is judged, not the judge
                    return [m for o in judged for m in actors.of(o) if m.basis != "location"]
                found = self._subject(node, actors, last, 3)
                speakers = [c for c in _kids(node) if c.dep_ in _SUBJECTS]
                if word in ("it", "its") and not any(
                        m.basis in ("organization", "agent") and not _personal(s)
                        for s in speakers for m in actors.of(s)):
                    # "Turkey's president says it will begin an operation": the country (but
                    # "Sudan's RSF said it had shot down a drone": the RSF)
                    owners = [m for s in speakers for c in _kids(s) if c.dep_ == "poss"
                              for m in actors.of(c) if m.country]
                    if owners:
                        return owners
                # (a group the model took for a person is no person: "the Houthis said they")
                if found and word in _THIRD_PERSON and any(
                        _personal(c) and not any(m.basis in ("organization", "country")
                                                 for m in actors.of(c)) for c in speakers) \
                        and not (word == "they" and any(  # "Obama and Putin said they will"
                            c.dep_ == "conj" for s in speakers for c in _kids(s))):
                    return []
                if found:
                    return found
                if any(c.dep_ in _SUBJECTS for c in _kids(node)):
                    return []  # "monitors said they had...": unknown monitors, not the last actor
        if node.i != verb.i and word in ("it", "its", "they", "their"):
            # "the government has made it clear it will not lift the ban": the main clause's
            # subject, a body or a people, not a person
            subjects = [c for c in _kids(node) if c.dep_ in ("nsubj", "nsubjpass")
                        and c.lower_ not in _PRONOUNS and not _personal(c)]
            if word in ("it", "its") and subjects and all(c.tag_ == "NNS" for c in subjects):
                # "Western countries imposed sanctions on Iran after it supplied drones": not
                # the plural subject, the state or body named last before the pronoun
                named = [m for t in node.sent if t.i < verb.i and not any(
                    t.i in (x.i for x in c.subtree) for c in subjects)
                    for m in (actors.at.get(t.i),) if m is not None and
                    m.basis in ("country", "organization", "capital")]
                return named[-1:]
            found = [m for c in subjects for m in actors.of(c) if m.basis != "location"]
            if found:
                return found
        return list(last) if word in ("they", "their", "them") else list(last[:1])

    def _noun_source(self, noun: Token, actors: _Actors,
                     last: list[ActorMention]) -> list[ActorMention]:
        gov = self._governor(noun)
        if gov is not None and lemma(gov) in ("join", "attend") and any(
                r.code[:2] == "14" for r in self.triggers.get(lemma(noun), "NOUN")):
            # "Millions of people joined No Kings rallies": who joins a protest makes it, not
            # the words of its name
            found = self._subject(gov, actors, last)
            if found:
                return found
        gathering = lemma(noun) in _GATHERINGS
        if lemma(noun) in _FIGHTS or (lemma(noun) in ("talk", "negotiation", "dialogue") and
                                      noun.dep_ == "nsubj"):
            # "clashes between M23 rebels and the Congolese army", "talks between Pakistan
            # and Afghanistan collapsed": the first side; the other is the target (and the
            # row's reciprocal reading gives the other way)
            sides = _between_sides(noun, actors)
            if len({m.code for m in sides}) >= 2 or len({m.text.lower() for m in sides}) >= 2:
                return sides[:1]  # (two named groups of one code: "the ELN and FARC
                # dissidents")
        for child in _modifiers(noun):
            if (gathering or lemma(noun) in _FILINGS) and child.dep_ in ("amod", "compound") \
                    and any((m.code or "").startswith("IGO") for m in actors.of(child)):
                continue  # "attended the G20 summit": the summit's name, not who holds it;
                # "lodged a WTO complaint": where it is lodged, not who lodges it
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound")
                                        and child.i in actors.at):
                found = actors.of(child)
                if found and self._compound_aim(noun, child, found, actors, last):
                    continue  # "the US announced new Russia sanctions": Russia is the target
                if found and self._regime(noun, child, found, actors, last):
                    continue
                if found:
                    return found
                if child.dep_ == "poss" and child.lower_ in _PRONOUNS:
                    # "their first meeting": whoever holds it, else the pronoun's antecedent
                    gov = self._governor(noun)
                    found = self._subject(gov, actors, last) if gov is not None and \
                        noun.dep_ not in ("nsubj", "nsubjpass") else []
                    return found or self._pronoun(gov if gov is not None else noun, actors,
                                                  last)
        into = [p for p in _children(noun, "prep") if p.lower_ == "into"]
        for pobj in _prep_objects(noun, "by"):
            if into and into[0].i < pobj.i and noun.dep_ in ("dobj", "obj") and any(
                    c.dep_ == "nsubj" for c in _kids(noun.head)):
                continue  # "The ICC opened an investigation into war crimes by Russian
                # troops": the crimes' doers, the parser's "by" hung on the investigation
            found = actors.of(pobj)
            if found:
                return found
        # "an attack claimed by Islamic State": who claims it did it
        found = [m for acl in _children(noun, "acl") if lemma(acl) == "claim"
                 for p in _prep_objects(acl, "by") for m in actors.of(p)]
        if found:
            return found
        said = _own_deed_told(noun) if _owning_clause(noun) is not None else None
        if said is not None:
            return self._subject(said, actors, last)  # "IS said it was behind the attack"
        gov = self._governor(noun)
        if _survived(noun):
            return []  # "survived an ambush": the survivor is struck, not the attacker
        if gov is not None and gov.dep_ == "relcl" and gov.head.i == noun.i:
            return self._subject(gov, actors, last)  # "the sanctions Washington imposed"
        if gov is not None and noun.dep_ == "nsubjpass":
            # "sanctions were imposed on Russian banks by the European Union"
            found = [m for p in _prep_objects(gov, "by") for m in actors.of(p)]
            if found:
                return found
        if gov is not None and noun.dep_ not in ("nsubj", "nsubjpass") and \
                lemma(gov) in _NAMING and noun.dep_ in ("dobj", "obj"):
            return []  # "Zelensky called the attack 'madness'": not Zelensky's attack
        if gov is not None and noun.dep_ not in ("nsubj", "nsubjpass"):
            found = self._subject(gov, actors, last)
            if not found and _passive(gov) and noun.dep_ == "pobj" and \
                    lemma(gov) not in _CHARGING and lemma(gov) not in _HARMED:
                # "Serb forces were engaged in ethnic cleansing": the subject does it (not
                # "Lissu was charged with treason": he is accused of it; nor "a refinery was
                # damaged in the drone attack": it is struck)
                found = [m for s in _children(gov, "nsubjpass") for m in actors.of(s)
                         if m.basis != "location"]
            return found
        return []

    def _regime(self, noun: Token, child: Token, found: list[ActorMention],
                actors: _Actors, last: list[ActorMention]) -> bool:
        """An organisation's name before a measure a state brings in ("Britain, France and
        Germany triggered the snapback of UN sanctions on Iran") names the measures' regime;
        the state that brings them in imposes them."""
        if child.dep_ != "compound" or lemma(noun) not in _MEASURES or \
                not all((m.code or "").startswith("IGO") for m in found):
            return False
        gov = self._governor(noun)
        if gov is None or noun.dep_ in ("nsubj", "nsubjpass"):
            return False
        doers = self._subject(gov, actors, last)
        return bool(doers) and not any((m.code or "").startswith("IGO") for m in doers)

    def _compound_aim(self, noun: Token, child: Token, found: list[ActorMention],
                      actors: _Actors, last: list[ActorMention]) -> bool:
        """A country's name before an event noun with no target of its own ("new Russia
        sanctions", "a Gaza ceasefire", "the Ukraine aid package") is what the act is aimed
        at when the verb governing the noun has a subject of another country: "the US
        announced new Russia sanctions" (a demonym, "Russian sanctions", is the doer's)."""
        if child.dep_ != "compound" or child.pos_ != "PROPN" or \
                any(m.basis not in ("country", "location") for m in found):
            return False
        if any(p.lower_ in ("on", "against", "with", "to", "for", "between")
               for p in _children(noun, "prep")):
            return False  # "US sanctions on Iran": the name is the doer's
        gov = self._governor(noun)
        if gov is None or noun.dep_ in ("nsubj", "nsubjpass"):
            return False
        doers = self._subject(gov, actors, last)
        return bool(doers) and not {m.country for m in doers} & {m.country for m in found}

    @staticmethod
    def _crowd(verb: Token, actors: _Actors, crowd: Token | None = None
               ) -> list[ActorMention]:
        """"Tens of thousands rallied in Tel Aviv": an unnamed crowd protesting in one
        country's place is that country's civilians (and so are ``crowd``, the protests of
        "protests broke out in Caracas")."""
        counted = crowd is None  # (a crowd counted, "thousands", not "protests")
        crowd = crowd or next((c for c in _kids(verb) if c.dep_ == "nsubj" and (
            lemma(c) in _CROWDS or (c.like_num and not any(
                p.dep_ == "prep" for p in _kids(c))))), None)
        if crowd is None:
            return []
        places = {m.country: m for t in verb.sent if (m := actors.at.get(t.i)) is not None
                  and m.basis in ("location", "capital") and m.country}
        if not places:
            # ("Turkey detains Imamoglu ... Thousands protested on Thursday": the one country
            # the story's places and countries are in)
            here = {m.country for t in verb.sent if (m := actors.at.get(t.i)) is not None
                    and m.country}
            home = [m for t in verb.sent if (m := actors.at.get(t.i)) is not None and
                    (m.sector or "")[:3] in _HOME_BODIES and m.country in here]
            if len(here) == 1 and home and counted:
                # ("Kenyan police fired tear gas as thousands took to the streets": the one
                # country whose police or government the sentence names, where they act)
                places = {m.country: m for m in home[:1] if m.country}
            else:
                places = {m.country: m for m in actors.at.values()
                          if m.country and m.country not in ORG_PREFIXES and
                          not verb.sent.start_char <= m.start < verb.sent.end_char}
                if here - set(places):
                    return []  # (not a country this sentence names beside it)
        if len(places) != 1:
            return []
        country, place = next(iter(places.items()))
        words = verb.doc[crowd.left_edge.i:crowd.i + 1]
        return [ActorMention(words.text, words.start_char, words.end_char, f"{country}CVL",
                             country, "CVL", None, None, None, "context",
                             place.sentence_index, "Civilian")]

    def _addressee(self, noun: Token, actors: _Actors, source: list[ActorMention]
                   ) -> list[ActorMention]:
        """Whom a message asking for something is handed or sent: "handed him a note of
        protest demanding the release of the fishermen", "sent a letter to Tehran calling for
        talks"."""
        gov = noun if noun.pos_ == "VERB" else self._governor(noun)
        if gov is None or lemma(gov) not in _ASKING:
            return []
        if gov.dep_ == "acl" and gov.head.dep_ in _OBJECTS and gov.head.head.pos_ == "VERB":
            carrier, verb = gov.head, gov.head.head
        elif gov.dep_ == "advcl" and gov.tag_ == "VBG" and any(
                lemma(o) in _REPORTING_NOUNS for o in _children(gov.head, *_OBJECTS)):
            # ("sent a letter to the UN calling for a meeting": the parser hangs the
            # participle on the verb)
            verb = gov.head
            carrier = next(o for o in _children(verb, *_OBJECTS) if lemma(o) in _REPORTING_NOUNS)
        else:
            return []
        if lemma(carrier) not in _REPORTING_NOUNS and lemma(carrier) not in ("protest", "demand",
                                                                         "request", "appeal"):
            return []
        told = [*_children(verb, "dative"), *_prep_objects(verb, "to"),
                *_prep_objects(carrier, "to")]
        if verb.dep_ == "conj" and any(t.lower_ in ("him", "her", "them") and t.i not in actors.at
                                       for t in told):
            # "summoned Turkey's ambassador and handed him a note": the one summoned
            told += _children(verb.head, "dobj")
        found = [m for t in told for m in actors.of(t)
                 if m not in source and m.basis != "location"]
        return list(dict.fromkeys(found))

    def _said_day(self, sent: Span, tok: Token, published: date) -> tuple[date, str]:
        """The day a future act was told: that of the verb reporting it ("said on Monday he
        would visit"), else publication."""
        node = tok if tok.pos_ == "VERB" else (self._governor(tok) or tok)
        for _ in range(6):
            if node.head.i == node.i:
                break
            if node.dep_ in ("ccomp", "parataxis") and lemma(node.head) in _REPORTING:
                day, basis = event_date(sent, node.head, published)
                if day is not None and day <= published:
                    return day, basis
                break
            node = node.head
        return published, "publication"

    def _drawn(self, noun: Token, actors: _Actors, last: list[ActorMention]
               ) -> tuple[list[ActorMention], list[ActorMention]] | None:
        """(sources, targets) of a reaction something drew from someone: "the sale drew
        condemnation from China" is China's condemnation of the seller."""
        gov = self._governor(noun)
        if gov is None or lemma(gov) not in _DRAWING or noun.dep_ in ("nsubj", "nsubjpass"):
            return None  # ("the strike drew condemnation": the strike is no reaction)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                lemma(noun.head.head) in _BRINGING_IN:
            return None  # "triggered the snapback of UN sanctions": brought them back
        # (a place here is its people or government: "drew criticism from Beijing")
        sources = [m for holder in (noun, gov) for p in _prep_objects(holder, "from")
                   for m in (actors.of(p) or actors.of(p, 1))]
        targets = [m for m in self._subject(gov, actors, last) if m not in sources]
        if not targets:
            # "a crackdown on protesters by federal agents drew condemnation": the doers of
            # the act that drew it, named in its by-phrase or as its owners
            acts = [c for c in _kids(gov) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            targets = [m for a in acts for p in _prep_objects(a, "by") for m in actors.of(p)
                       if m not in sources] or [
                m for a in acts for m in _owners(a, actors, ("poss", "amod", "compound"))
                if m not in sources]
        # (with no one named, no one's: "the strike drew international condemnation" is no
        # condemnation by the striker)
        return sources, targets

    def _target(self, hit: _Hit, actors: _Actors, source: list[ActorMention]
                ) -> list[ActorMention]:
        tok = hit.token
        if hit.code == "129" and tok.pos_ == "VERB":
            texts = [o for o in _children(tok, "dobj") if lemma(o) in _VETOED_TEXTS]
            if texts:
                # "vetoed a U.S.-drafted resolution on North Korea": the body it was put to or
                # its drafter, never what it is about
                found = [m for o in texts for c in _kids(o)
                         if c.dep_ in ("compound", "amod", "nmod", "poss")
                         for w in (c, *(g for g in _kids(c) if g.dep_ in ("npadvmod",
                                                                            "compound")))
                         for m in actors.of(w) if m not in source]
                found += [m for o in texts for a in _children(o, "acl")
                          for p in _prep_objects(a, "by") for m in actors.of(p)
                          if m not in source]
                return list(dict.fromkeys(found))
        if _survived(tok):
            # "Somalia's president survived an assassination attempt": the one who survived
            return [m for c in _children(tok.head, "nsubj") for m in actors.of(c)
                    if m not in source and m.basis != "location"]
        # the forces the source moves are set aside with it ("sent peacekeepers to Gaza")
        sent = tok.sent
        forces = {id(m): m for m in (actors.at.get(i) for i in range(sent.start, sent.end))
                  if m is not None and (m.sector or "")[:3] in ("MIL", "COP") and m not in source}
        source = [*source, *(m for m in forces.values() if _own_force(tok.doc, m, source))]
        slots = hit.row.target if hit.row else ("object", "dative", "prep:against", "prep:on",
                                                "prep:with", "prep:to")
        if tok.pos_ == "VERB" and _passive(tok) and "object" not in slots[:1] and any(
                c.dep_ == "dobj" for c in _kids(tok)):
            slots = ("object", *slots)  # "Ukraine was granted a loan": the one given it
        if tok.pos_ in ("NOUN", "PROPN") and lemma(tok) in _FIGHTS:
            sides = [m for m in _between_sides(tok, actors) if m not in source]
            if sides:
                return sides  # "clashes between M23 and the army killed dozens": the other side
        if tok.pos_ == "VERB" and hit.code[:2] in ("02", "03", "12", "13"):
            # "ruled out a meeting between Putin and Zelensky", said by the Kremlin: the side
            # of the meeting the speaker's is not
            own = {m.country for m in source}
            sides = [m for o in (*_children(tok, *_OBJECTS), *_prep_objects(tok, "to"))
                     if lemma(o) in _TALKS
                     for m in _between_sides(o, actors)]
            if len(sides) >= 2 and own & {m.country for m in sides}:
                others = [m for m in sides if m.country not in own]
                if others:
                    return others
        if tok.pos_ == "NOUN" and hit.code[:2] in ("18", "19"):
            # "a suicide bombing at a church in Damascus that killed 25 worshippers": the
            # parser hangs the clause of the dead on the nearest place; they were struck
            # (or on the act itself, as the parse repair hangs it)
            victims = [m for w in (*_children(tok, "relcl"), *(
                           w for p in _children(tok, "prep") if p.lower_ in ("at", "in", "on",
                                                                             "near")
                           for w in p.subtree if w.dep_ == "relcl" and getattr(
                               actors.at.get(w.head.i), "basis", "location") == "location"))
                       if lemma(w) in _BLOWS_DEALT
                       for o in _children(w, *_OBJECTS) for m in actors.of(o)
                       if m not in source and m.basis != "location"]
            if victims:
                return victims[:1]
        if hit.rule.startswith("judged:"):
            # "said the US arms sale to Taiwan was a violation": the doer of what is judged
            judged = [s for c in _children(tok, "ccomp") for s in _children(c, "nsubj")]
            judged = [p for j in judged for p in (
                _prep_objects(j, "of") if lemma(j) in _PARTS_OF else (j,))]
            # ("the killing of civilians by the RSF may amount to war crimes": the doer named
            # by "by", not the victims)
            by_doers = [m for j in judged for q in _prep_objects(j, "by")
                        for m in actors.of(q) if m not in source and m.basis != "location"]
            if by_doers:
                return by_doers[:1]
            # (the subject's own mention first: "Sudan's Rapid Support Forces", not Sudan)
            judged_doers = [m for j in judged for m in actors.of(j)
                            if m not in source and m.basis != "location"]
            return judged_doers[:1] or [m for j in judged for t in j.subtree if t.i <= j.i
                                        for m in actors.of(t)
                                        if m not in source and m.basis != "location"][:1]
        acts = [o for o in _children(tok, "dobj", "nsubjpass") if lemma(o) in _INVESTIGATED_ACTS] \
            if hit.code[:2] == "09" and tok.pos_ == "VERB" else []
        if hit.code[:2] == "09" and tok.pos_ == "NOUN":
            # "opened an investigation into the shooting of a woman by a Border Patrol
            # agent", "a probe into the killing of protesters": as the verb's object
            # (the parser may hang "into" on the verb that opens it)
            opener = self._governor(tok)
            acts = [a for a in (*_prep_objects(tok, "into"), *_prep_objects(tok, "of"),
                                *(_prep_objects(opener, "into") if opener is not None else ()))
                    if lemma(a) in _INVESTIGATED_ACTS]
        if hit.code[:2] in ("02", "10") and tok.pos_ == "VERB":
            # "called for an investigation into the killing of protesters": the killers are
            # whom it is asked of, never the victims (an inquiry into an act)
            acts = [a for o in (*_children(tok, "dobj"), *_prep_objects(tok, "for"))
                    if lemma(o) in _INQUIRIES
                    for a in (*_prep_objects(o, "into"), *_prep_objects(o, "of"))
                    if lemma(a) in _INVESTIGATED_ACTS]
        if acts:
            # "investigating the killing of civilians by the RSF": the doers, never the
            # victims; "alleged war crimes committed by Russian forces", "a Russian strike"
            doers = [o for a in acts for o in (
                *_prep_objects(a, "by"),
                *(c for c in _kids(a) if c.dep_ in ("amod", "compound", "poss")),
                *(p for v in _children(a, "acl") for p in _prep_objects(v, "by")))]
            found = [m for o in doers for m in actors.of(o) if m not in source]
            if found or tok.pos_ == "VERB":
                return found  # (an inquiry named by a noun, into an act of no one named,
                # is into what was done to its victims: "into the killing of a mayor")
        if tok.pos_ in ("NOUN", "PROPN") and "prep:between" not in slots:
            slots = (*slots, "prep:between")  # "mediation between Syria and the PLO"
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" and "object" not in slots \
                and lemma(tok.head) not in _DRAWING:
            slots = (*slots, "object")  # "an Israeli strike hit a school": its verb's object
            # (not what it drew: "the raid drew condemnation from Australia")
        if hit.code[:2] == "11" and lemma(tok) not in ("blame", "pin", "join", "attribute",
                                                        "ascribe"):
            # "complained to the UN over Israeli raids": the accused before the audience (but
            # "blamed the attack on Israel", "attributed the hack of its police network to
            # Russia": the one it is blamed on first)
            # (but a state a protest is lodged with is the one protested to: "lodged a
            # protest with Japan over a visit by Taiwan's health minister"; a forum is only
            # heard: "lodged a complaint with the UN over Israeli strikes")
            heard_first = ("prep:with", *_ACCUSED) if "prep:with" in slots and any(
                m.country and m.country not in ORG_PREFIXES and
                (m.sector or "")[:3] not in ("JUD", "IGO")
                for o in (tok, *_children(tok, *_OBJECTS)) for p in _prep_objects(o, "with")
                for m in actors.of(p)) else _ACCUSED
            slots = (*heard_first, *[s for s in slots if s not in heard_first])
        holders = [tok]
        if tok.pos_ == "VERB" and _passive(tok):  # "sanctions against Iran were lifted"
            holders += [m for m in _children(tok, "nsubjpass") if lemma(m) in _MEASURES]
        gov = self._governor(tok) if tok.pos_ in ("NOUN", "PROPN") else None
        if tok.pos_ in ("NOUN", "PROPN"):
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in _PROXY_NOUNS:
                holders.append(tok.head)
            timed = tok.dep_ == "pobj" and tok.head.lower_ in _WHEN_PREPS
            if gov is not None and not _fellows_of(gov, hit.code) and not timed:
                holders.append(gov)  # (not the act a visit came before: "freed the
                # journalist after a visit by Qatar's foreign minister")
            if gov is not None and timed and hit.code[:3] == "042" and \
                    not any(True for _ in _prep_objects(tok, "to")):
                # (but the state that frees is the host visited)
                hosts = [m for c in _children(gov, "nsubj") for m in actors.of(c)
                         if m not in source and m.country and m.country not in ORG_PREFIXES
                         and ((m.sector or "GOV")[:3] == "GOV")]
                if hosts:
                    return hosts
        if hit.code[:2] == "11":
            # "unsealed an indictment charging Venezuelan President Nicolas Maduro", "filed a
            # case at the ICJ accusing Myanmar of genocide": the one the charge names
            # (the parser may hang the participle in the forum's phrase: "at the ICJ")
            charging = [c for c in (*_children(tok, "acl"), *(
                [hit.complement] if hit.complement is not None else ()), *(
                w for p in _children(tok, "prep") for w in _children(p, "pobj", "pcomp")
                if w.tag_ == "VBG"))
                if lemma(c) in _NAMING_ACCUSED and c.pos_ == "VERB"]
            found = [m for c in charging for o in _children(c, *_OBJECTS)
                     for m in actors.of(o) if m not in source and m.basis != "location"]
            if found:
                return found
        judging = hit.code[:2] == "11" or hit.code[:3] == "051"
        if ((judging or hit.code[:2] == "14") and tok.pos_ == "VERB" and not _passive(tok)) or (
                hit.code[:2] == "14" and tok.pos_ == "NOUN"):
            # "condemned the killing of aid workers", "condemned Israel's strike on a UN
            # school", "protested against the jailing of Imran Khan": the act condemned is
            # its doer's, never its victims' (and one praised: "praised his crackdown on
            # gangs" praises no gang)
            # (and what reports of it tell: "condemned reports of mass killings of civilians
            # by the RSF")
            objects = list(_children(tok, *_OBJECTS))
            reported = {p.i: o for o in objects if lemma(o) in _REPORTS_OF
                        for p in _prep_objects(o, "of")}
            objects += [tok.doc[i] for i in reported]
            # ("Protests erupted over the death of a blogger in police custody": the death is
            # not the blogger's doing)
            acts = [o for o in (*objects, *(
                (*_prep_objects(tok, "against"), *((
                    *_prep_objects(tok, "over"),
                    *(_prep_objects(tok.head, "over") if tok.dep_ == "nsubj" else ()))
                    if tok.pos_ == "NOUN" else ()))
                if hit.code[:2] == "14" else ()))
                    if o.pos_ == "NOUN" and o.i not in actors.at and (
                        lemma(o) in _ACTS_ON_PERSONS or (
                            judging and self.triggers.get(lemma(o), "NOUN")) or (
                            hit.code[:2] == "14" and lemma(o) in ("death", "disappearance")))
                    and not (hit.row is not None and lemma(o) in hit.row.objects)]
            # (not the row's own object: "brought a case against Israel" is against Israel)
            accused = [m for o in acts for m in [
                *_doers(o, actors),
                # (the parser may hang the act's "by" on the reports)
                *(m for by in (_children(reported[o.i], "prep") if o.i in reported else ())
                  if by.lower_ == "by" and by.i == o.right_edge.i + 1
                  for p in _children(by, "pobj") for m in actors.of(p)),
                *(m for p in (_prep_objects(o, "of") if lemma(o) in _DEPLOYING else ())
                  for m in actors.of(p))]
                if m not in source and m.basis != "location"]
            if acts and not accused and hit.code[:2] == "11" and any(
                    lemma(o) in _STATE_ACTS for o in acts):
                # "condemned the execution of three protesters in Iran": a state's act with
                # no doer named is the government's of the country it was done in
                accused = [_as_government(m) for o in acts
                           for p in (*_prep_objects(o, "in"), *_prep_objects(tok, "in"),
                                     *(q for x in _prep_objects(o, "of")
                                       for q in _prep_objects(x, "in")))
                           if (m := actors.at.get(p.i)) is not None
                           if m.country and m.basis in ("location", "country", "capital")
                           and m.country not in ORG_PREFIXES and not any(
                               s.country == m.country for s in source)][:1]
            if acts and hit.code[:3] == "051" and not accused:
                if any(True for o in acts for w in ("on", "against") for _ in _prep_objects(o, w)):
                    return []  # ("praised his crackdown on gangs": no gang is praised)
            elif acts and (accused or lemma(tok) not in ("blame", "pin")):
                return accused  # (but "blamed the killings on al-Shabaab": on whom, below)
        if hit.code[:2] == "11" and tok.pos_ == "VERB" and _passive(tok):
            # "the sanctions that Washington imposed on Iran were criticised by Beijing"
            acts = [o for o in _children(tok, "nsubjpass") if o.pos_ == "NOUN" and
                    o.i not in actors.at and self.triggers.get(lemma(o), "NOUN")]
            found = [m for o in acts for m in self._noun_source(o, actors, [])
                     if m not in source and m.basis != "location"]
            if found:
                return found
        if hit.code in _RELEASE_ASKED:
            # "demanded the release of Palestinian prisoners held by Israel": the one asked is
            # who holds them, not the captives
            held = [t for t in tok.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and
                    lemma(t) in _HOLDING]
            found = [m for t in held for p in _prep_objects(t, "by")
                     for m in actors.of(p) if m not in source and m.basis != "location"]
            found = found or self._addressee(tok, actors, source)
            if found:
                return found
            # "demanded the release of its citizens held in Iran": the state they are held
            # in; "the priests kidnapped in Nigeria": by no one named, no one asked
            own = {m.country for m in source}
            # (one asked by name is asked: "asked Washington to return the properties seized")
            asked = (hit.complement is not None and any(
                c.dep_ in _SUBJECTS for c in _kids(hit.complement))) or any(
                actors.of(o) for o in (*_children(tok, "dobj", "dative"), *(
                    q for w in ("on", "upon", "to") for q in _prep_objects(tok, w))))
            found = [] if asked else [
                _as_government(m) for t in held if lemma(t) in _STATE_HOLDING
                for p in _prep_objects(t, "in") if (m := actors.at.get(p.i)) is not None
                and m.basis in ("location", "country", "capital") and m.country and
                m.country not in own and m.country not in ORG_PREFIXES][:1]
            if found:
                return found
            if not asked and any(lemma(t) not in _STATE_HOLDING and not any(
                    True for _ in _prep_objects(t, "by")) for t in held):
                return []
        invested = _investments(tok) if hit.code == "0311" and tok.pos_ == "VERB" else []
        if invested:
            # "pledged $350 billion in investment in the United States", "pledged to invest
            # $10 billion in Egypt": where it is put
            holders += invested
            slots = ("prep:in", *slots)
        measures = list(_children(tok, *_OBJECTS)) \
            if hit.code[:3] == "172" and tok.pos_ == "VERB" else []
        # "declared a state of emergency in Lima": the measure's own place
        holders += [*measures, *(p for o in measures for p in _prep_objects(o, "of"))]
        # ("Erdogan and Aliyev discussed relations with Armenia": two parties of their own, the
        # object's "with" names what they discussed, no third party)
        paired = len({m.country for m in source if m.country}) >= 2
        for slot in slots:
            for holder in holders:
                found = self._slot(holder, slot, actors, noun=holder.i == tok.i and holder.pos_ in (
                    "NOUN", "PROPN"), descend=not (paired and slot == "prep:with"))
                found = [m for m in found if m not in source and not _own_mission(m, source)
                         and not _own_goods(tok.doc, m, source)]
                if found:
                    return found
        if measures and any(lemma(c) in ("nationwide", "countrywide") for c in (
                *(c for o in measures for c in _children(o, "amod")),
                *_children(tok, "advmod"))):
            return _whole_country(source)  # "Nepal's army imposed a nationwide curfew"
        if hit.code[:2] in ("02", "10") and hit.code not in _RELEASE_ASKED:
            # (a release asked for has had its addressee sought with its holder, above)
            found = self._addressee(tok, actors, source)
            if found:
                return found
        if hit.rule.endswith("+warning"):
            return []  # "warned that aid groups could be forced to halt": no one is warned
        if hit.rule.endswith("+if-warning"):
            # "warned that Tehran would pay if Iran fired": the one the condition is put to
            found = [m for t in _children(tok, "ccomp") if (c := _told_condition(t)) is not None
                     for s in _children(c, *_SUBJECTS) for m in actors.of(s)
                     if m not in source and m.basis != "location"]
            if found:
                return found
        if gov is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("with", "by") and \
                tok.head.head.i == gov.i and _passive(gov):
            # "Iran was slapped with new EU sanctions", "Rosneft was targeted by British
            # sanctions": the measure falls on the verb's subject
            found = [m for s in _children(gov, "nsubjpass") for m in actors.of(s)
                     if m not in source and m.basis != "location"]
            if found:
                return found
        if tok.pos_ in ("NOUN", "PROPN"):  # "announced new Russia sanctions"
            own = {m.country for m in source}
            found = [m for c in _kids(tok) if c.dep_ == "compound" and c.pos_ == "PROPN"
                     for m in actors.of(c) if m not in source and m.country not in own]
            if found:
                return found
        # "imposed tariffs targeting Chinese steel", "sanctions aimed at Iran's oil sector":
        # whom a measure is aimed at
        found = [m for h in holders for o in _children(h, *_OBJECTS) if lemma(o) in _MEASURES
                 or any(c.dep_ == "compound" and lemma(c) in _MEASURES for c in _kids(o))
                 for a in _kids(o) if a.dep_ == "acl" and lemma(a) in ("target", "aim", "hit")
                 for p in [*_children(a, "dobj"), *_prep_objects(a, "at")]
                 for m in [*actors.of(p, 1), *_owners(p, actors)] if m not in source]
        if found:
            return found[:1]
        # "shot down drones launched by Russia", "destroyed a boat operated by the gang":
        # whose weapons or things they were
        found = [m for h in holders for o in _children(h, *_OBJECTS)
                 if lemma(o) in _WEAPONS or hit.code[:2] in _VIOLENT
                 for a in _kids(o) if a.dep_ == "acl" for p in _prep_objects(a, "by")
                 for m in actors.of(p) if m not in source]
        if found:
            return found
        if hit.code[:2] in ("02", "10") and tok.pos_ == "VERB" and \
                hit.complement is not None and any(
                    (o.ent_type_ == "PERSON" or lemma(o) in _ADDRESSEES) and
                    o.i < hit.complement.i and not any(actors.of(t) for t in o.subtree)
                    for o in (*_children(tok, "dobj"), *(
                        q for w in ("on", "upon", "to") for q in _prep_objects(tok, w)))):
            return []  # "urged the government to reject US pressure", "called on partners to
            # increase pressure on Russia": the one urged is unnamed
        if hit.code[:2] == "12" and hit.complement is not None and \
                hit.complement.dep_ == "acl" and lemma(hit.complement.head) in _PLANS_OF:
            # "rejected any plan to displace Palestinians from Gaza": the plan's author, if
            # named ("calls by the United Nations", "a proposal made by the Commission"); those
            # it would be done to are not the ones rejected
            plan = hit.complement.head
            authors = [m for p in (*_children(plan, "poss"), *_prep_objects(plan, "by"),
                                   *_prep_objects(plan, "from"), *(
                q for a in _children(plan, "acl") if a.tag_ == "VBN"
                for q in _prep_objects(a, "by"))) for m in actors.of(p) if m not in source]
            if authors or lemma(plan) not in ("offer", "invitation", "request"):
                return authors
        found = self._complement_target(hit, actors, source)
        if found:
            return found
        found = self._clause_target(hit, actors, source)
        if found:
            return found
        if "+conditional" in hit.rule or hit.code[:2] == "13":
            # "will impose sanctions if Russia invades": the threat is to whoever is warned;
            # "threatened to close Hormuz if the United States joined": the parser hangs the
            # condition on the complement
            verb = tok if tok.pos_ == "VERB" else self._governor(tok)
            condition = _if_clause(verb) if verb is not None else None
            if condition is None and verb is not None and hit.code[:2] == "13":
                condition = next((k for c in _kids(verb) if c.dep_ in ("xcomp", "ccomp")
                                  for k in (_told_condition(c),) if k is not None), None)
            if condition is not None:
                found = [m for s in _children(condition, *_SUBJECTS) for m in actors.of(s)
                         if m not in source and m.basis != "location"]
                if found:
                    return found
        if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj", "ccomp", "relcl", "pcomp") \
                and (_own_object(tok) or any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their")
                    for w in ("into", "over") for p in _prep_objects(tok, w) for c in _kids(p))):
            # "Poland invoked Article 4 after Russian drones violated its airspace", "Kyiv
            # said Hungarian drones had crossed into its airspace": the one the clause above
            # is about; "Poland shot down drones that entered its airspace": the clause the
            # drones are named in
            own = {m.country for m in source}
            above = tok.head
            while tok.dep_ in ("relcl", "pcomp") and above.pos_ not in ("VERB", "AUX") and \
                    above.head.i != above.i:
                above = above.head
            found = [m for s in _children(above, "nsubj", "nsubjpass")
                     for m in (self._pronoun(above, actors, [], s.lower_)
                               if s.lower_ in ("it", "they") else actors.of(s))
                     if m not in source and m.country not in own]
            if not found and tok.dep_ in ("relcl", "pcomp"):
                # "a Russian drone crashed in Poland after entering its airspace": the state
                # named before it, not the doer's
                found = [m for w in above.subtree if w.i < tok.i
                         for m in (actors.at.get(w.i),) if m is not None and m not in source
                         and m.country and len(m.country) == 3 and m.country not in own and
                         m.country not in _NON_STATES][-1:]
            if found:
                return found
        unnamed_object = any(
            o.i not in actors.at and o.pos_ in ("NOUN", "PROPN", "PRON")
            for h in holders for o in _children(h, *_OBJECTS) if o.i != tok.i)
        if unnamed_object and tok.pos_ == "VERB" and hit.code[:2] == "17" and not measures:
            return []  # "police arrested a man in Manchester": the man, not the city
        if hit.code[:2] in _PLACE_TARGETED or hit.code[:3] in _PLACE_TARGETED_CODES or \
                hit.code in _PLACE_TARGETED_CODES:
            # "shelled Kharkiv", "a curfew in Algiers", "a rally in Lagos": where protest,
            # coercion or violence is done is its target when no one else is named
            near = [*holders, *([hit.complement] if hit.complement is not None else [])]
            # "converging for a rally in Lagos": the place of the event noun under a preposition
            near += [p for h in list(near) for prep in _children(h, "prep")
                     for p in _children(prep, "pobj") if p.pos_ == "NOUN"]
            # "threatened to institute a curfew in Algiers": the place of the object
            near += [o for h in list(near) for o in _children(h, "dobj") if o.pos_ == "NOUN"]
            for holder in near:
                for prep in ("in", "on", "at", "near", "across", "outside", "throughout",
                             "within", "inside", "around", "off"):
                    for pobj in _prep_objects(holder, prep):
                        # "in the capital city of Algiers", "on a mall in Kremenchuk"
                        named = [pobj, *(p for of in _children(pobj, "prep")
                                         if of.lower_ in ("of", "in") for p in
                                         _children(of, "pobj"))]
                        for word in named:
                            m = actors.at.get(word.i)
                            if m is not None and m not in source and m.basis == "location":
                                return self._place_at(actors, word)  # "in Iraq and Syria"
                        if prep in ("across", "throughout") and lemma(pobj) in (
                                "country", "nation") and hit.code[:2] in ("14", "17"):
                            # "blocked roads across the country": the source's own
                            return _whole_country(source)
        if hit.code[:2] == "14" or hit.code[:3] in _DOMESTIC:
            # "imposed martial law as battles raged in Baghdad", "a strike that shut down
            # Kathmandu": a protest or an emergency measure aimed at no one named is aimed at
            # the country it happens in, when the sentence places it in the source's own
            inside = {t.i for m in source for t in tok.doc.char_span(
                m.start, m.end, alignment_mode="expand") or ()}
            own = {m.country for m in source if m.country}
            for word in tok.sent:
                m = actors.at.get(word.i)
                if m is not None and m not in source and word.i not in inside and \
                        m.basis in ("location", "capital") and m.country in own:
                    return [m]
        return []

    @staticmethod
    def _clause_target(hit: _Hit, actors: _Actors, source: list[ActorMention]
                       ) -> list[ActorMention]:
        """The first actor after the event word in its own clause, reached through its
        objects and prepositions: "granted asylum to five Panamanian officers", "an offensive
        in its war with Iraq". Not a place, not the source, not inside a subordinate clause."""
        tok = hit.token
        if hit.code[:2] == "11" and _unknown_accused(tok, actors):
            return []  # (see _complement_target)
        roots = [tok] + ([hit.complement] if hit.complement is not None and not (
            hit.code[:2] in ("02", "03") and lemma(hit.complement) in _COMBATING) else [])
        if tok.pos_ in ("NOUN", "PROPN"):
            governor = EventCoder._governor(tok)  # "engaged the peacekeepers in a firefight"
            if governor is not None and not _fellows_of(governor, hit.code) and \
                    not (tok.dep_ == "nsubj" and lemma(governor) in _DRAWING):
                roots.insert(1, governor)  # (not what it drew: "the raid drew condemnation
                # from Australia")
        place: list[ActorMention] = []
        owned = tok.pos_ == "VERB" and _own_object(tok) and any(
            lemma(o) in ("airspace", "territory", "waters") for o in _children(tok, *_OBJECTS))
        for root in roots:
            for word in _own_words(root):
                m = actors.at.get(word.i)
                if m is None:
                    continue  # (every test below is of a word the actor stage named)
                if word.i <= root.i or word.dep_ in _SUBJECTS or word.dep_ in _PASSIVE_SUBJECTS:
                    continue
                if word.head.lower_ not in ("with", "between") and _under(word, root,
                                                                          _TIME_PREPS):
                    continue  # "urged X to act after Russian strikes on Kyiv": not Russia;
                    # but "called off the strike after deliberations with the government"
                if word.dep_ == "dobj" and word.head.i == tok.i and hit.row is not None and \
                        hit.row.objects and "object" not in hit.row.target:
                    continue  # "will send an envoy to the summit": what the row's object
                    # condition names is what is sent, not whom it is sent to
                if word.dep_ in ("npadvmod", "compound") and word.head.dep_ == "amod" and \
                        lemma(word.head) in _BACKING | {"base"} and word.i < word.head.i:
                    continue  # "claimed by the Pakistan-based Jaish-e-Mohammed group": where
                    # a group is based or who backs it, not the one it acts on
                if owned and _under(word, root, frozenset({"during"})):
                    continue  # "violated its airspace during an attack on Ukraine": the
                    # airspace's owner is the one it is done to, the attack another's
                if _under(word, root, _ALLIED) or _along_with(
                        word, root, hit.code[:2] in _VIOLENT) or \
                        _at_venue(word, root) or _in_charge(word, root) or _backed(word, root) \
                        or _aside(word) or _occasion(word, root) or (
                            _under(word, root, _AMID) and hit.code[:2] != "15"):
                    continue  # "troops fighting alongside M23 rebels", "mediated the truce
                    # along with the United States": allies, not targets (nor "with Trump as
                    # a witness", "amid rising tensions with Iran", "on the anniversary of
                    # Japan's surrender": the circumstances; but a show of force "amid
                    # tensions with India" is aimed at India)
                if hit.code[:2] in ("02", "03") and any(
                        a.pos_ == "VERB" and lemma(a) in _COMBATING and a.i != root.i
                        for a in word.ancestors if a.i > root.i):
                    continue  # "appealed for military support to defeat al-Shabaab": the foe
                    # the help is for, not the one asked
                if _under(word, root, _INTERMEDIARY) or (
                        hit.code[:3] == "174" and (name := _name_head(word)).head.lower_ in (
                            "to", "into") and name.head.head.i == root.i):
                    continue  # "released hostages through the Red Cross", "expelled migrants
                    # to Niger", "to South Sudan": the go-between and the destination are not
                    # whom it is done to
                if m.basis == "location" and not place and source and \
                        hit.code[:2] in _VIOLENT and m.country and \
                        m.country not in {s.country for s in source} and \
                        not _under(word, root, frozenset({"from"})):
                    # "struck a pumping station on the pipeline in Russia's Bryansk region":
                    # where what was struck is, failing anyone struck (not whence it came)
                    place = [m, *(x for c in word.conjuncts if (x := actors.at.get(c.i))
                                  and x.basis == "location" and x.country)]
                if m in source or m.basis == "location":
                    continue
                if source and all(m.country == s.country and m.sector == s.sector
                                  for s in source):
                    continue
                if hit.code[:3] == "115" and "JUD" in (m.code or "") and \
                        _under(word, root, frozenset({"at", "before", "with", "in", "to"})):
                    continue  # "filed a lawsuit at the International Court of Justice": the
                    # court it is brought before, not the one sued
                if hit.code[:2] == "04" and (
                        (word.dep_ in ("amod", "compound", "poss") and
                         word.head.dep_ == "dobj" and word.head.i not in actors.at) or
                        (lemma(root) in _TOPIC_VERBS and any(
                            t.dep_ == "dobj" and t.head.i == root.i for t in
                            (word, *word.ancestors) if t.i != root.i))):
                    continue  # "discussed the Syrian conflict", "ministers discussed Syria":
                    # a topic, no counterpart
                if m.country in REGIONS:
                    # "expelled diplomats from seven Latin American countries, including
                    # Argentina, Chile and Peru": the states named, not the region
                    noun = word
                    while noun.dep_ in ("amod", "compound") and noun.head.i != noun.i:
                        noun = noun.head
                    named = [x for x in actors.of(noun) if x.country not in REGIONS and
                             x not in source] if noun.tag_ == "NNS" else []
                    if named:
                        return named
                # ("welcomed the ceasefire between Israel and Iran": both sides)
                return [m, *(x for x in actors.of(word) if x is not m and x not in source and
                             x.basis != "location")]
        return place

    def _complement_target(self, hit: _Hit, actors: _Actors, source: list[ActorMention]
                           ) -> list[ActorMention]:
        comps = [hit.complement] if hit.complement is not None and not (
            lemma(hit.complement) in _COMBATING and (
                hit.complement.dep_ == "advcl" or any(
                    p.lower_ == "for" for p in _children(hit.token, "prep")))) else []
        if hit.code[:2] == "11" and _unknown_accused(hit.token, actors):
            return []  # "accused foreign embassies of financing the student-led protests":
            # the accused are named, if not known; not the students
        if comps and hit.code[:2] in ("02", "03", "10", "13"):
            # "willing to send equipment to help defend Lithuania": whom the purpose is for
            # (not the foe it is to be used against: "appealed for military support to
            # defeat al-Shabaab")
            comps += [t for c in _kids(comps[0]) if c.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in _kids(c))
                for t in (c, *(x for x in _kids(c) if x.dep_ == "xcomp"))
                if lemma(t) not in _COMBATING]
            # "agreed to stop attacking American ships": what is to stop is done to them
            comps += [c for c in _kids(comps[0]) if c.dep_ == "xcomp" and c.tag_ == "VBG"]
        for comp in comps:
            # "allow UN planes to land" (parsed as the clause's subject)
            clauses = [comp, *(c for c in _kids(comp) if c.dep_ in ("ccomp", "xcomp"))]
            # (a threat's own side; an appeal's or demand's addressee may be of either)
            own = {m.country for m in source if m.country} if hit.code[:2] == "13" else set()
            for child in (c for clause in clauses for c in _kids(clause)):
                if child.dep_ in ("nsubj", "nsubjpass"):
                    # not the source's own side: "Russia will send troops into Ukraine, the
                    # Kremlin warned" is a threat to Ukraine
                    found = [m for m in actors.of(child) if m not in source and
                             (m.country is None or m.country not in own)]
                    if found:
                        return found
            forces = {m.country for m in source if m.country}
            for slot in ("object", "dative", "prep:against", "prep:on", "prep:with",
                         "prep:to", "prep:for", "prep:from", "prep:into", "prep:between",
                         "prep:at"):
                # (not the source's own forces: "Rwanda agreed to withdraw its troops from
                # Congo" is Congo's)
                if slot == "object" and any(
                        lemma(o) in _TRADE_BLOWS and any(
                            c.dep_ in ("compound", "amod", "nmod") and actors.of(c)
                            for c in _kids(o)) for o in (
                            *_children(comp, *_OBJECTS),
                            *(p for q in _children(comp, *_OBJECTS)
                              if lemma(q) in _QUANTITY_HEADS for p in _prep_objects(q, "of")))):
                    continue  # "threatened to impose UN sanctions on North Korea", "to
                    # trigger the snapback of UN sanctions": the measure's modifier names its
                    # imposer, not its target
                found = [m for m in self._slot(comp, slot, actors) if m not in source and not (
                    slot == "object" and m.country in forces and
                    (m.sector or "")[:3] in ("MIL", "COP")) and not (
                    slot == "prep:at" and lemma(comp) not in _FIRING_AT)]  # ("stop firing
                # at Israel"; not "set up a station at Digha")
                if found:
                    return found
        return []

    def _own_word(self, tok: Token, sources: list[ActorMention], actors: _Actors,
                  last: list[ActorMention], unreported: bool = False) -> bool:
        """Whether the clause of ``tok`` is reported by someone of its source's own country
        (``unreported`` when no one is reported saying it)."""
        def own(reporting: Token) -> bool:
            speakers = self._subject(reporting, actors, last, 3)
            countries = {m.country for m in speakers if m.country}
            if not countries:
                # a speaker of no known side; but a guess is none of the actor's own word
                # ("Analysts expect Russia to attack Kharkiv"), nor is a pundit's ("Analysts
                # say China will invade Taiwan")
                return unreported and not (lemma(reporting) in _GUESSES and
                                           not any(m in sources for m in speakers)) and \
                    not any(lemma(c) in _PUNDITS for c in _children(reporting, "nsubj"))
            return bool(countries & {m.country for m in sources if m.country})

        node = tok if tok.pos_ == "VERB" else (self._governor(tok) or tok)
        for _ in range(5):
            if node.head.i == node.i:
                break
            head = node.head
            if node.dep_ in ("ccomp", "parataxis") and lemma(head) in _SAID_OR_GUESSED:
                return own(head)
            node = head
        for child in _kids(node):  # "X may halt ..., its minister said" parsed inverted
            if child.dep_ in ("ccomp", "parataxis") and lemma(child) in _SAID_OR_GUESSED:
                return own(child)
        return unreported

    def _disowned(self, verb: Token) -> Token | None:
        """The act a verb says its subject had no part in: "had no involvement in the attack",
        "had nothing to do with the killings", "was not involved in the bombing"."""
        acts: list[Token] = []
        if lemma(verb) == "have":
            for obj in _children(verb, "dobj"):
                if lemma(obj) in _PARTS and any(c.lower_ == "no" for c in _kids(obj)):
                    acts += [p for w in ("in", "with", "for") for h in (obj, verb)
                             for p in _prep_objects(h, w)]
                elif obj.lower_ == "nothing":
                    acts += [p for d in _kids(obj) if lemma(d) == "do"
                             for p in _prep_objects(d, "with")]
        elif lemma(verb) == "involve" and any(c.dep_ == "auxpass" for c in _kids(verb)) and \
                any(c.dep_ == "neg" for c in _kids(verb)):
            acts = list(_prep_objects(verb, "in"))
        return next((a for a in acts if a.pos_ == "NOUN" and (
            lemma(a) in _ACTS_ON_PERSONS or self.triggers.get(lemma(a), "NOUN"))), None)

    @staticmethod
    def _unknown_subject(tok: Token, violent: bool = False) -> list[ActorMention]:
        """The subject of an event word as an uncoded mention: a proper name or an
        organisation's name only ("Hezb-e-Islami", "the Earth Liberation Front"), or, for
        violence, unnamed assailants ("gunmen stormed the school")."""
        verb = EventCoder._governor(tok) if tok.pos_ in ("NOUN", "PROPN") else tok
        while verb is not None and (verb.dep_ in ("xcomp", "conj") or (
                violent and verb.dep_ == "advcl" and verb.tag_ == "VBG" and
                lemma(verb.head) in _GOING_OFF)) and not any(
                c.dep_ in _SUBJECTS for c in _kids(verb)):
            verb = verb.head  # ("a car bomb exploded, killing 100": the bomb's)
        if verb is None:
            return []
        subject = next((c for c in _kids(verb) if c.dep_ in _SUBJECTS), None)
        if subject is None:
            return []
        # (the model tags a capitalised "Gunmen" opening a sentence as a place)
        assailant = violent and lemma(subject) in _ASSAILANTS
        if subject.ent_type_ not in ("ORG", "PERSON", "NORP", "") and not (
                assailant and subject.pos_ == "NOUN"):
            return []
        if any(_natural(t) for t in subject.subtree if t.i <= subject.i):
            return []  # "Hurricane Milton slammed into Florida": no one's act
        if subject.pos_ != "PROPN" and not assailant and not (
                subject.ent_type_ in ("ORG", "PERSON") and subject.text[:1].isupper()):
            return []  # ("Trump" is sometimes tagged a noun)
        words = [t for t in subject.subtree if t.dep_ in ("compound", "amod", "flat") or
                 t.i == subject.i or (t.pos_ == "PROPN" and t.head.i == subject.i)]
        first, last = min(t.i for t in words), max(t.i for t in words)
        span = subject.doc[first:last + 1]
        return [ActorMention(span.text, span.start_char, span.end_char, None, None, None, None,
                         None, None, "unknown", subject.sent.start)]

    @staticmethod
    def _political_person(doc: Doc, mention: ActorMention) -> bool:
        """Whether a mention is one political figure: a named or titled office holder,
        lawmaker, judge or opposition politician ("Colombian senator Miguel Uribe", "the mayor
        of Uruapan"), not a group ("opposition supporters") nor a body."""
        if (mention.sector or "")[:3] not in _POLITICAL_FIGURES:
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.tag_ not in ("NN", "NNP"):
            return False
        return mention.basis in ("title", "name") or ":person:" in (mention.entry or "") or \
            lemma(span.root) in _OFFICE_TITLES or (
                bool(mention.name) and span.root.pos_ == "PROPN")  # ("Manzo, the mayor of")

    @staticmethod
    def _lone_person(doc: Doc, mention: ActorMention) -> bool:
        """A single unnamed person ("a man", "a teenager") given a code only by context."""
        if mention.basis not in ("context", "agent") or \
                (mention.sector or "")[:3] in _PUBLIC_ROLES:
            return False  # "the leader of the main opposition party" is a political actor
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.tag_ == "NN" and lemma(span.root) not in _CROWDS

    @staticmethod
    def _own_side(said: Token, clause: Token, actors: _Actors | None) -> bool:
        """Whether the subject of what a speaker says must be done is the speaker's own state:
        "Netanyahu said Israel must retain control", "we must" (a stance, no demand)."""
        subjects = [c for c in _kids(clause) if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ in ("we", "i") for c in subjects):
            return True
        if actors is None:
            return False
        speakers = [m for c in _kids(said) if c.dep_ == "nsubj" for m in actors.of(c)]
        named = [m for c in subjects for m in actors.of(c)]
        return bool(speakers and named) and all(
            m.country is not None and not m.sector and m.country[:3] not in ORG_PREFIXES and
            m.basis in ("country", "capital") and
            any(sp.country == m.country and (sp.sector or "")[:3] in ("GOV", "MIL")
                for sp in speakers) for m in named)

    def _slot(self, holder: Token, slot: str, actors: _Actors, noun: bool = False,
              descend: bool = True) -> list[ActorMention]:
        if slot == "object":
            if noun:
                return []
            deps = (*_PASSIVE_SUBJECTS, "nsubj") if _passive(holder) else _OBJECTS
            # ("found Marine Le Pen guilty": the small clause's subject is the object)
            small = [s for c in _children(holder, "ccomp") if c.pos_ == "ADJ" or (
                c.pos_ in ("NOUN", "PROPN") and lemma(holder) in _DECLARING)
                     for s in _children(c, "nsubj")]
            # "called Modi a butcher": the parser makes both the one named and the name
            # complements of the verb
            labels = list(_children(holder, "oprd"))
            small += [c for c in labels[:-1] if c.pos_ in ("PROPN", "PRON")] \
                if lemma(holder) in _NAMING and len(labels) > 1 else []
            for obj in [*_children(holder, *deps), *_participle_objects(holder), *small]:
                found = [m for m in actors.of(obj) if not _forum_named(obj, m)]
                if lemma(obj) in PREMISES and all(m.basis == "location" for m in found):
                    # "raided the Nairobi home of Raila Odinga": whose home, not where
                    found = [m for p in _prep_objects(obj, "of") for m in actors.of(p)] or found
                if not found:
                    # "struck positions held by the mutineers", "nationalised the mine operated
                    # by Orano": whose they are
                    found = [m for c in _children(obj, "acl")
                             if c.tag_ == "VBN" and lemma(c) in _HOLDING_BY
                             for p in _prep_objects(c, "by") for m in actors.of(p)
                             if m.basis != "location"]
                if not found and lemma(obj) in _CARRIERS:
                    # "pushed back a dinghy carrying 30 Syrian asylum seekers": those it carries
                    found = [m for c in _children(obj, "acl") if lemma(c) in ("carry", "transport")
                             for o in _children(c, "dobj") for m in actors.of(o)]
                if not found and obj in small and lemma(holder) in _DECLARING:
                    # "declared the UN's coordinator persona non grata", "the advisers at
                    # Pakistan's High Commission": whose envoys they are
                    found = [m for c in _kids(obj) if c.dep_ == "poss" for m in actors.of(c)] \
                        or [m for p in _prep_objects(obj, "at") for m in actors.of(p)]
                if not found and obj.lower_ in _BARE_COUNTS and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in _kids(obj)):
                    # "clashed with protesters ..., detaining dozens": some of the crowd the
                    # sentence named before
                    found = next(([m] for t in reversed(obj.sent[:obj.i - obj.sent.start])
                                  if (m := actors.at.get(t.i)) is not None and
                                  (m.sector or "")[:3] in _STREET_SECTORS and
                                  t.lower_ in _CROWD_WORDS), [])
                if found:
                    return found
            if not _passive(holder) and not any(c.dep_ in (*_OBJECTS, "xcomp", "ccomp")
                                                for c in _kids(holder)):
                # "Police arrested and beat protesters": the verbs share the object the parser
                # hangs on the last of them (one joined by "and" or "or", in the same form,
                # with no subject or auxiliary of its own); not two words for one blow ("shot
                # and killed a soldier": the killing is coded)
                for verb in _joined_verbs(holder):
                    if not (lemma(verb) in _BLOWS_DEALT and self._violent_verb(holder) and
                            lemma(holder) not in _SEIZING_PEOPLE):
                        found = [m for o in _children(verb, *_OBJECTS) for m in actors.of(o)
                                 if not _forum_named(o, m)]
                        if found:
                            return found
            if _done_to_subject(holder):
                # "was detained in Istanbul, accused of insulting the president": the one
                # detained is the one accused
                found = [m for c in _children(holder.head, "nsubjpass") for m in actors.of(c)]
                if found:
                    return found
            if holder.dep_ == "acl" and holder.tag_ == "VBN" and \
                    lemma(holder) in _DONE_TO and not any(
                        c.dep_ in _OBJECTS for c in _kids(holder)):
                # "Turkish journalist arrested in Istanbul": the noun the participle is done to
                found = actors.of(holder.head)
                if found:
                    return found
            if _passive(holder) and holder.dep_ in ("xcomp", "ccomp") and \
                    lemma(holder.head) in _INSTRUCTING and not any(
                        c.dep_ in _PASSIVE_SUBJECTS for c in _kids(holder)):
                # "ordered Imamoglu to be jailed": the one ordered jailed
                for obj in _children(holder.head, "dobj"):
                    found = actors.of(obj)
                    if found:
                        return found
            if _passive(holder) and holder.dep_ == "conj" and holder.head.pos_ in (
                    "VERB", "AUX") and \
                    not any(c.dep_ in (*_SUBJECTS, *_PASSIVE_SUBJECTS) for c in _kids(holder)):
                # "were arrested and beaten by police": the second verb's victims are the
                # first's; "Obama arrived in Nairobi and was greeted by Kenyatta",
                # "returned to Kampala and was arrested": the first verb's doer
                for subj in _children(holder.head, *_PASSIVE_SUBJECTS, *(
                        () if _passive(holder.head) else _SUBJECTS)):
                    found = actors.of(subj)
                    if found:
                        return found
            # ("was abandoned after being hit by two missiles": a participle after a
            # preposition hangs on the clause through it)
            clause = holder.head.head if holder.dep_ == "pcomp" and \
                holder.head.dep_ == "prep" and holder.head.head.pos_ in ("VERB", "AUX") \
                else holder.head
            if _passive(holder) and holder.dep_ in ("advcl", "acl", "pcomp") and \
                    clause.i != holder.i and not any(
                        c.dep_ in (*_SUBJECTS, *_PASSIVE_SUBJECTS) and
                        lemma(c) in _ADVERSARIES for c in _kids(holder)):
                # the participle's subject is its head clause's: "Rebuked by X, Y said ...",
                # "suspended aid after a convoy was attacked" (the convoy its own); not its
                # adversaries: "won after his rivals were jailed"
                for subj in _children(clause, *_SUBJECTS, *_PASSIVE_SUBJECTS):
                    found = actors.of(subj)
                    if found:
                        return found
            return []
        if slot == "dative":
            for child in _children(holder, "dative", "iobj"):
                found = actors.of(child) or [m for p in _children(child, "pobj")
                                             for m in actors.of(p)]
                if found:
                    return found
            return []
        prep = slot.split(":", 1)[1]
        if prep == "for" and lemma(holder) == "call" and not any(
                c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                     for a in _kids(c))
                for c in _kids(holder)):
            return []  # "called for a ceasefire in Ukraine": what is asked, of no one named
            # (but "called for Russia to withdraw": Russia is asked)
        # A trigger row's own target preposition ("fired at Russia", "sanctions on Iran")
        # names a target even where the actor stage read a place; "in"/"near" never do.
        aimed = prep not in _PLACE_PREPS or prep == "from" or (  # "recalled its envoy from X"
            prep == "in" and lemma(holder) in _INVESTING) or (  # "invested $10 billion in Egypt"
            # "lifted the curfew in Almaty", "restored internet across Afghanistan": the people
            # of the place live under the measure
            prep in ("in", "across", "throughout") and any(
                lemma(t) in _PLACE_MEASURES for o in (holder, *_children(holder, *_OBJECTS))
                for t in (o, *_children(o, "compound"))))
        def named(pobj: Token, aim: bool = aimed) -> list[ActorMention]:
            if not aim:
                return actors.of(pobj)
            return actors.of(pobj) or self._place_at(actors, pobj) or self._origin(pobj, actors)

        if prep == "in":
            # "closed its embassy in Kabul", "the closure of the embassy in Kabul": the
            # mission's host is the one its closing or opening is aimed at
            missions = [o for o in (*_children(holder, *_OBJECTS), *_prep_objects(holder, "of"),
                                    *_prep_objects(holder, "from"))
                        if lemma(o) in _MISSIONS]
            found = [m for o in missions for p in _prep_objects(o, "in") for m in named(p, True)]
            if missions and not found:  # (the parser may hang the place on the verb)
                found = [m for p in _prep_objects(holder, "in") for m in named(p, True)]
            if found:
                return found

        # "blamed the attack on Indian proxies": the parser hangs the one blamed on the deed
        # (or on what the deed was done to: "blamed the killing of the Hamas leader on Israel")
        blamed = [p for o in _children(holder, "dobj", "nsubjpass")
                  for t in (o, *_prep_objects(o, "of")) for p in _prep_objects(t, "on")] \
            if prep == "on" and lemma(holder) in ("blame", "pin") else []
        # ("pulled its troops out of the town": "of" under an "out" read as a preposition)
        blamed += [p for o in _children(holder, "prep") if o.lower_ in ("out", "back")
                   for p in _prep_objects(o, prep)] if prep in ("of", "from") else []
        # ("talks between Russia and Ukraine, hosted by Turkey": the parties of the talks)
        blamed += _prep_objects(holder.head, prep) if prep == "between" and \
            holder.dep_ == "acl" and holder.tag_ == "VBN" and \
            holder.head.pos_ in ("NOUN", "PROPN") else []

        def claimed(pobj: Token) -> list[ActorMention]:
            """"claimed responsibility for the bombing of a mosque in Peshawar": whom or where
            the act claimed was aimed at."""
            if prep != "for" or lemma(holder) != "claim" or \
                    not self.triggers.get(lemma(pobj), "NOUN"):
                return []
            return next((f for t in (pobj, *_prep_objects(pobj, "of"))
                         for p in ("on", "against", "in", "at", "near")
                         for q in _prep_objects(t, p)
                         for f in (named(q) or self._place_at(actors, q),) if f), [])

        for pobj in (*_prep_objects(holder, prep), *blamed):
            if prep == "with" and pobj.head.i > 0 and \
                    pobj.doc[pobj.head.i - 1].text in (",", "\u2014", "-") and (any(
                        c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN")
                        for c in _kids(pobj)) or (pobj.dep_ == "pcomp" and
                                                  pobj.tag_ in ("VBG", "VBN"))):
                continue  # "rejected talks, with Araghchi saying ...": who says so, no party
            if prep == "with" and _aside(pobj):
                continue  # "signed the declaration, with Trump and Anwar as witnesses": who
                # looks on, no party
            if prep == "with" and _lent(pobj):
                continue  # "fought with the support of AU forces": an ally, no enemy; "agreed
                # to a peace deal with the help of the United States": a go-between, no party
            if prep == "with" and any(_brokering(v) for v in (
                    pobj, *(c for c in _kids(pobj) if c.dep_ in ("acl", "advcl", "pcomp")))):
                continue  # "signed a declaration in Doha with Qatar mediating"
            if prep in ("over", "about", "against") and pobj.i not in actors.at and \
                    self.triggers.get(lemma(pobj), "NOUN"):
                # "a protest over the detention of Vietnamese fishermen": the act's doer,
                # never its victims
                found = _doers(pobj, actors)
                if found:
                    return found
                continue
            found = named(pobj) or claimed(pobj)
            if not found and pobj.dep_ == "pcomp" and pobj.tag_ in ("VBG", "VBN"):
                # "opened fire on Palestinians waiting for food": the parser makes the people
                # the subject of a clause
                found = [m for c in _children(pobj, "nsubj") for m in named(c)]
            if found:
                return found
        if not noun and descend:
            # ("mediated a fifth round of talks between Iran and the US": the object's, or
            # what it is a round or a part of; in the passive, the subject's: "aid to Colombia
            # was cut")
            for obj in _children(holder, *(_PASSIVE_SUBJECTS if _passive(holder) else
                                           _OBJECTS)):
                # (and what a sum is in: "withheld 18 billion euros in funding from Hungary")
                sums = [p for t in (obj, *_prep_objects(obj, "of")) for p in _prep_objects(t, "in")
                        if lemma(p) in _AID_NOUNS]
                for thing in (obj, *_prep_objects(obj, "of"), *sums):
                    for pobj in _prep_objects(thing, prep):
                        found = named(pobj) or claimed(pobj)
                        if found:
                            return found
        return []

    def _violent_verb(self, verb: Token) -> bool:
        """Whether a verb's trigger rows are all of force (18, 19, 20)."""
        rows = self.triggers.get(lemma(verb), "VERB")
        return bool(rows) and all(r.code[:2] in _VIOLENT for r in rows)

    @staticmethod
    def _origin(thing: Token, actors: _Actors) -> list[ActorMention]:
        """Whose a thing aimed at is, when it is no actor: its owner ("against the EU
        tariffs"), or where goods come from or go to ("tariffs on vehicles made in China",
        "on steel from Canada", "controls on chips sold to China")."""
        if thing.pos_ not in ("NOUN", "PROPN"):
            return []
        for child in _kids(thing):
            if child.dep_ == "amod" and lemma(child) in _BROKERING:
                continue  # "a US-brokered ceasefire" is not the United States'
            if child.dep_ in ("compound", "poss", "amod", "nmod"):
                found = [m for m in actors.of(child) if m.basis != "location"]
                if found:
                    return found
        places = [q for q in _prep_objects(thing, "from")]
        places += [q for c in _kids(thing) if c.dep_ == "acl" and lemma(c) in _TRADE_VERBS
                   for p in ("in", "from", "to", "by") for q in _prep_objects(c, p)]
        places += [q for c in _kids(thing) if c.dep_ == "acl" and lemma(c) in _TRADE_VERBS
                   for d in _children(c, "dative") for q in _children(d, "pobj")]
        if not places and lemma(thing) in _TRADE_FLOWS:
            # "impose a tariff on goods from Brazil": the parser may hang the origin on the verb
            verb = next((a for a in list(thing.ancestors)[:4] if a.pos_ == "VERB"), None)
            places = list(_prep_objects(verb, "from")) if verb is not None else []
        return [m for q in places for m in actors.of(q) or EventCoder._place_at(actors, q)][:2]

    @staticmethod
    def _place_at(actors: _Actors, tok: Token) -> list[ActorMention]:
        """The places a phrase names, its conjuncts included: "from Mali and Niger"."""
        found = []
        for word in (tok, *tok.conjuncts):
            m = actors.at.get(word.i)
            if m is not None and m.basis == "location" and m not in found:
                found.append(m)
        return found

    @classmethod
    def _launchers(cls, launches: Iterable[Token], actors: _Actors, preps: Sequence[str]
                   ) -> list[ActorMention]:
        """The actors or places the given prepositions of the launch verbs name: "a missile
        launched by the Houthis", "a drone fired from Yemen"."""
        return [m for a in launches for w in preps for p in _prep_objects(a, w)
                for m in (actors.of(p) or cls._place_at(actors, p))]

    @classmethod
    def _side_at(cls, actors: _Actors, tok: Token) -> list[ActorMention]:
        """The actors a phrase names as a side that presses or accuses, where a place named
        alone is its country's government: "accusations from Washington", "pressure from
        Beijing"."""
        return actors.of(tok) or [_as_government(x) for x in cls._place_at(actors, tok)
                                  if x.country and len(x.country) == 3]

    def _events(self, doc: Doc, sent: Span, s_index: int, hit: _Hit, actors: _Actors,
                last: list[ActorMention], doc_id: str, published: date | None, part: str,
                quotes: Sequence[Any]) -> list[Event]:
        tok = hit.token
        if _earlier_year(tok, published):
            return []  # "was re-elected in 2018 in a vote the US rejected": background
        if hit.code in ("138", "1384") and tok.pos_ == "VERB" and any(
                lemma(c) in _MASS_WEAPONS for w in (
                    *_children(tok, "dobj"), *_prep_objects(tok, "with"),
                    *_prep_objects(tok, "of"))
                for c in (w, *_kids(w)) if c.i == w.i or c.dep_ in ("amod", "compound")):
            # "threatened Britain and France with nuclear retaliation", "warned of a nuclear
            # strike": a threat of weapons of mass destruction (1385)
            hit.code, hit.rule = "1385", hit.rule + "+mass-weapons"
        if tok.pos_ == "NOUN" and hit.code[:2] in _VIOLENT and hit.row is not None and \
                hit.row.governors and not hit.row.objects:
            # "A Russian drone attack on Odesa killed three": the attack's weapon says what
            # kind (195), as it does where the attack is the means of a killing
            means = self._means(tok, {})
            if means is not None and means[0] != hit.code and means[0][:2] in _VIOLENT:
                hit.code, hit.rule = means[0], f"{hit.rule}+{means[1]}"
        if tok.pos_ == "VERB" and any(_natural(c) for c in _kids(tok)
                                      if c.dep_ in ("nsubj", "agent")):
            return []  # "Wildfires threatened thousands of homes": no one's act
        if hit.code[:2] == "16" and lemma(tok) in ("agree", "accept") and \
                hit.complement is not None and any(
                    d.dep_ == "poss" and d.lower_ in ("its", "their") and lemma(p) in _SOLD
                    for p in _prep_objects(hit.complement, "on") for d in _kids(p)):
            # "Vietnam agreed to a 20% tariff on its exports": a measure it bears, agreed to
            hit.code, hit.rule = "030", hit.rule + "+own-goods"
        if tok.pos_ == "VERB" and any(lemma(c) in _MARKETS and c.pos_ == "NOUN" and
                                      not c.ent_type_ for c in _kids(tok) if c.dep_ == "nsubj"):
            return []  # "Shares of European carmakers rallied", "Chinese stocks retreated":
            # the markets moving, no one acting
        moved = (tok.dep_ == "acl" and (lemma(tok.head) in _MOVES or (
            lemma(tok.head) in _BROKERED and lemma(tok) in _BROKERING)) and
            tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in _kids(tok))) or (
            # "..., a move the Philippines denounced as illegal", "a decision which Seoul
            # criticised": a relative clause whose object is the move
            tok.dep_ == "relcl" and lemma(tok.head) in _MOVES and tok.pos_ == "VERB" and
            any(c.dep_ == "nsubj" for c in _kids(tok)) and not any(
                c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in _kids(tok)))
        if tok.dep_ == "acl" and tok.head.i not in actors.at and not moved and \
                lemma(tok.head) not in _REPORTING_NOUNS | _INSTRUMENTS and not (
                    # ("received five men deported from the United States": sent out by it)
                    lemma(tok) in _SENT_OUT and tok.tag_ == "VBN" and _sent_out_of(tok, actors)):
            return []  # "roads leading to the headquarters": a description, not an act
        drawn = self._drawn(tok, actors, last) if tok.pos_ in ("NOUN", "PROPN") else None
        victims: list[ActorMention] | None = None
        # targets the event's own phrase names, before any other reading: the one asked to
        # act ("demanded an Israeli withdrawal"), the one come under fire
        aimed: list[ActorMention] = []
        if drawn is not None:
            sources = drawn[0]
        elif tok.pos_ in ("NOUN", "PROPN"):
            sources = self._noun_source(tok, actors, last)
            if hit.code[:2] == "14" and any(
                    m.basis in ("country", "location") and not m.sector and m.country and
                    c.i < tok.i and c.dep_ in ("amod", "compound")
                    for c in _kids(tok) for m in actors.of(c)):
                # "Kenya protests", "Iranian protests": the country's people in the street
                sources = [_as_street(m) if m.basis in ("country", "location") and
                           not m.sector else m for m in sources]
            gov = self._governor(tok)
            if gov is not None and lemma(gov) == "come" and tok.head.lower_ == "under":
                # "peacekeepers came under fire from M23 rebels": the rebels fire on them
                attackers = [m for h in (tok, gov) for p in _prep_objects(h, "from")
                             for m in actors.of(p) if m.basis != "location"]
                attackers += _owners(tok, actors, ("amod", "poss"))
                aimed = [m for c in _children(gov, "nsubj") for m in actors.of(c)]
                sources = [m for m in attackers if m not in aimed]
            if lemma(tok) in _PATIENT_NOUNS and gov is not None and \
                    tok.dep_ not in ("nsubj", "nsubjpass") and not any(
                        True for w in ("of", "against") for _ in _prep_objects(tok, w)):
                # "a court ordered Imamoglu's arrest", "upheld Kirchner's conviction": the one
                # the act is done to; the doer is who orders or upholds it
                held = [m for c in _kids(tok) if c.dep_ == "poss" and c.lower_ not in _PRONOUNS
                        for m in actors.of(c)]
                if held:
                    aimed = held
                    sources = [m for m in self._subject(gov, actors, last) if m not in held]
            if hit.row is not None and hit.row.reading == "obtained" and gov is not None:
                # "met Maduro and secured the release of six Americans": the release is the
                # holder's ("won the release of the hostages from Hamas"), not the winner's
                sources = [m for p in (*_prep_objects(gov, "from"), *_prep_objects(tok, "from"))
                           for m in actors.of(p) if m not in aimed]
            if hit.row is not None and hit.row.reading == "suffered" and gov is not None:
                # "Portugal's government lost a confidence vote in parliament", "von der Leyen
                # survived a no-confidence motion in the European Parliament": the house's
                # motion against the one who lost or survived it (the subject's own
                # legislature where no house is named)
                aimed = [m for m in self._subject(gov, actors, last) if m.country]
                houses = [w for h in (tok, gov) for w in _prep_objects(h, "in")
                          if lemma(w) in _HOUSES or any(
                              m.basis != "location" for m in actors.of(w))]
                sources = [m for w in houses for m in actors.of(w)
                           if m.basis != "location" and m not in aimed]
                if not sources and aimed and len(aimed[0].country or "") == 3:
                    word = houses[0] if houses else tok
                    sources = [replace(
                        aimed[0], text=word.text, start=word.idx, end=word.idx + len(word.text),
                        code=f"{aimed[0].country}LEG", sector="LEG", plover_sector="Legislature",
                        name=None, entry=None, valid=None, basis="context")]
            if hit.row is not None and hit.row.reading == "hosted-visit" and gov is not None:
                # "China hosted Modi's state visit": the host is who hosts it, the visitor
                # whose visit it is
                aimed = [*_owners(tok, actors, ("poss",)),
                         *(m for p in _prep_objects(tok, "by") for m in actors.of(p))]
                sources = [m for m in self._subject(gov, actors, last) if m not in aimed]
            if hit.code[:2] in ("02", "10") and gov is not None and lemma(gov) in _ASKING:
                # "Hamas demanded a complete Israeli withdrawal from Gaza": the one asked to
                # withdraw is the target; the asker is the demanding verb's subject
                owners = _owners(tok, actors, ("amod", "poss"))
                if owners and tok.dep_ not in ("nsubj", "nsubjpass"):
                    aimed = owners
                    sources = [m for m in self._subject(gov, actors, last) if m not in owners]
        elif lemma(tok) in _DYING:
            # "five soldiers died in an Israeli drone strike": the dead are the target
            victims = [m for c in _children(tok, "nsubj") for m in actors.of(c)]
            sources = []
        elif hit.rule.startswith("attitude-adjective") and _passive(tok):
            # "Guterres is appalled by the killing", "it was outraged by the attack": the one
            # who feels it, not what it was felt at
            felt = list(_children(tok, "nsubjpass"))
            sources = [m for c in felt for m in actors.of(c)] or (
                self._pronoun(tok, actors, last, felt[0].lower_)
                if felt and felt[0].lower_ in ("it", "they") else [])
        else:
            sources = self._subject(tok, actors, last)
        if not sources and tok.pos_ == "VERB" and hit.code[:2] in _VIOLENT:
            # "A drone strike by the RSF hit a hospital, killing 12 people": the doer of the
            # means the verb's subject is (or its head's, for the participle)
            weapon = next((c for c in _kids(tok) if c.dep_ == "nsubj"), None)
            if weapon is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
                weapon = next((c for c in _kids(tok.head) if c.dep_ == "nsubj"), None)
            if weapon is not None and weapon.pos_ == "NOUN" and weapon.i not in actors.at:
                sources = [m for p in _prep_objects(weapon, "by") for m in actors.of(p)
                           if m.basis != "location"]
        struck: list[ActorMention] = []
        if not sources and hit.code[:2] in _VIOLENT and tok.pos_ == "VERB" and (
                victims is not None or _passive(tok)):
            # "were killed in a Russian missile strike on Kharkiv": the means' owner did it
            sources, struck = self._means_owner(tok, actors)
        if not sources and hit.complement is not None and hit.code[:2] == "13" and \
                any(c.dep_ in _SUBJECTS for c in _kids(tok)):
            # (not a demand's: "The leaders demanded that Russia accept a ceasefire", "Iran
            # must release the tanker, the minister demanded" ask Russia and Iran)
            # "Israel will resume strikes on Gaza, the defence minister warned": the threat
            # or demand of the clause's subject, told by a speaker of no known side
            sources = [m for c in _kids(hit.complement) if c.dep_ in _SUBJECTS
                       for m in actors.of(c) if m.basis != "location"]
        if not sources and hit.code[:2] == "14" and tok.pos_ == "VERB":
            sources = self._crowd(tok, actors)
            if not sources and tok.dep_ in ("advcl", "xcomp") and \
                    tok.head.pos_ == "VERB" and not any(c.dep_ in _SUBJECTS for c in _kids(tok)):
                # "Thousands marched in Nairobi to protest against Ruto": the marchers
                sources = self._crowd(tok.head, actors)
        elif not sources and hit.code[:2] == "14" and tok.pos_ == "NOUN" and \
                tok.dep_ == "nsubj":
            # "protests broke out in Caracas": the protests are the crowd's
            sources = self._crowd(tok.head, actors, tok)
        if hit.row is not None and "ent:gpe" in hit.row.objects and not any(
                m.code for m in sources):
            return []  # "Hurricane Milton struck Florida": a place struck by no actor
        if hit.code[:2] == "19" and lemma(tok) in ("defeat", "beat", "rout", "thrash") and \
                sources and all(m.sector in (None, "CVL") for m in sources) and \
                not any(t.lower_ in _WAR_WORDS for t in sent):
            return []  # "Argentina defeated France on penalties": a match, not a battle
        if hit.code[:3] == "162" and tok.pos_ == "VERB" and lemma(tok) in _STOPPING_GOODS and \
                _kept_out(tok):
            # "Israel blocked aid deliveries into Gaza", "halted the entry of aid trucks": a
            # blockade of another's land (191), not a donor cutting its own aid
            hit.code, hit.rule = "191", hit.rule + "+entry"
        if hit.code == "046" and tok.pos_ == "VERB" and tok.dep_ == "conj" and \
                lemma(tok.head) in _MEETING_VERBS and tok.head.pos_ == "VERB":
            return []  # "spoke by phone with Li Qiang, and the two discussed the trade
            # turmoil", "met Modi and discussed trade": what the call or the meeting was about
        if hit.code in ("040", "046") and (
                (tok.pos_ == "VERB" and _by_phone(tok)) or (
                    tok.pos_ == "NOUN" and (gov := self._governor(tok)) is not None and
                    _by_phone(gov))):
            # "discussed the war in a phone call", "spoke to Starmer on the phone"
            hit.code, hit.rule = "041", hit.rule + "+phone"
        if hit.code == "051" and lemma(tok) == "welcome" and tok.pos_ == "VERB" and any(
                (m := actors.at.get(o.i)) is not None and (
                    m.basis in ("name", "title") or
                    any(a.lower_ == "visiting" for a in _children(o, "amod")))
                for o in _kids(tok) if o.dep_ in ("dobj", "nsubjpass")):
            # "MBS welcomed Zelensky in Jeddah", "Al-Sharaa was welcomed in Riyadh by MBS",
            # "welcomed the visiting Brazilian president": a visitor welcomed is hosted (043);
            # "welcomed the decision" is praise
            hit.code, hit.rule = "043", hit.rule + "+visitor"
        if hit.code == "173" and tok.pos_ == "VERB" and any(
                lemma(o) in _CRAFT for o in _children(tok, "dobj")):
            # "detained a tanker carrying Iranian oil": a ship seized, not a person arrested
            hit.code, hit.rule = "1711", hit.rule + "+craft"
        if hit.code == "026" and tok.pos_ == "VERB" and any(
                next(_prep_objects(o, "with"), None) is not None
                for o in _children(tok, "dobj")):
            # "Putin proposed direct talks with Ukraine": a meeting the proposer is party to
            # is its own intent to meet (036), not an appeal for others to meet
            hit.code, hit.rule = "036", hit.rule + "+party"
        if hit.code == "183" and sources and \
                all(m.basis in ("country", "capital") or (m.sector or "")[:3] in ("MIL", "GOV")
                    for m in sources):
            # "the United States bombed three Iranian nuclear sites", "a Russian glide bomb
            # killed three people": a state's bombing is from the air, not a planted bomb
            hit.code, hit.rule = "195", hit.rule + "+state"
        # (the weapon as the doer, also of a passive: "the depot was struck by US bombers")
        wielded = [*_children(tok, "nsubj"), *(
            _prep_objects(tok, "by") if tok.pos_ == "VERB" and _passive(tok) else ())]
        carrier = self._governor(tok) if tok.pos_ == "NOUN" and hit.code in ("190", "193") \
            else None
        if carrier is not None and lemma(carrier) in _STRIKES_CARRIED and \
                tok.dep_ in _OBJECTS and not _passive(carrier):
            # "Pakistani jets carried out strikes in Kabul": the light verb's subject wields
            wielded = list(_children(carrier, "nsubj"))
        # (and the weapon that struck, for the dead it left: "Russian missiles struck Dnipro,
        # killing three", "an artillery shell hit a school, killing five children")
        wielders = wielded or (
            [*_children(tok.head.head if _time_clause(tok.head, self._violent) else tok.head,
                        "nsubj")] if tok.dep_ == "advcl" and tok.tag_ == "VBG" else [])
        if (hit.code in ("190", "193") or (hit.code == "194" and lemma(tok) != "shell" and all(
                lemma(k) in _AIR_WEAPONS for c in _children(tok, "nsubj")
                for k in (c, *c.conjuncts)))) and (tok.pos_ == "VERB" or carrier) and any(
                lemma(c) in _AIR_WEAPONS and not _seaborne(c) for c in wielders):
            # "Ukrainian drones struck an ammunition depot", "Israeli warplanes struck Beirut",
            # "Israeli jets pounded Hezbollah positions"
            hit.code, hit.rule = "195", hit.rule + "+aerial"
        elif hit.code in ("190", "193") and tok.pos_ == "VERB" and (any(
                lemma(c) in _ARTILLERY for c in wielders) or (lemma(tok) in _FIRING and any(
                    lemma(c) in _ARTILLERY for o in _children(tok, "dobj")
                    for c in (o, *_children(o, "compound", "amod"))))):
            # "An Israeli shell killed 100 refugees", "a Katyusha rocket hit Haifa", "troops
            # exchanged artillery fire"
            hit.code, hit.rule = "194", hit.rule + "+artillery"
        elif hit.code == "190" and tok.pos_ == "VERB" and lemma(tok) in _FIRING | {"trade"} and \
                any(w.lower_ in _SMALL_ARMS or (w.lower_ in ("arms", "gun", "guns") and any(
                    c.lower_ in ("small", "machine") for c in _kids(w)))
                    for o in _children(tok, "dobj")
                    for w in (o, *_children(o, "compound", "amod", "nmod"))):
            # "troops traded small-arms fire along the Line of Control": small arms (193)
            hit.code, hit.rule = "193", hit.rule + "+small-arms"
        if hit.code[:2] in ("13", "14") and lemma(tok) == "march" and sources and all(
                (m.sector or "")[:3] in ("REB", "UAF", "INS", "MIL") for m in sources):
            # "M23 marched on Bukavu", "the RSF said it would march on Khartoum": an armed
            # advance (or its threat), not a protest march
            hit.code, hit.rule = ("138" if hit.code[:2] == "13" else "190"), hit.rule + "+armed"
        if hit.code == "175" and tok.pos_ == "VERB" and any(lemma(o) in _BOATS for o in (
                *_children(tok, "dobj"),
                *(q for h in (tok, *_children(tok, "dobj")) for p in ("at", "on", "against")
                  for q in _prep_objects(h, p)))):
            # "Chinese coast guard ships fired water cannon at a Philippine vessel", "used
            # water cannon against a Philippine vessel": force against another's boat, no
            # crowd repressed
            hit.code, hit.rule = "180", hit.rule + "+vessel"
        if hit.code == "175" and sources and all(
                (m.sector or "GOV")[:3] in _PUBLIC_SECTORS | {"UAF", "CRM"} for m in sources):
            # "A mob beat a garment worker", "villagers beat the suspects", "unidentified
            # attackers beat an opposition activist": an assault by people or by gunmen
            # (182), not a state's repression
            hit.code, hit.rule = "182", hit.rule + "+public"
        if hit.code[:2] == "14" and lemma(tok) == "take" and sources and all(
                (m.sector or "")[:3] in ("MIL", "COP", "SPY") for m in sources):
            return []  # "soldiers took to the streets to restore order": no protest
        if hit.code == "144" and lemma(tok) == "block" and sources and all(
                (m.sector or "")[:3] in ("MIL", "COP", "SPY") for m in sources):
            # "Soldiers blocked the road to the palace": a state's forces restrict movement
            hit.code, hit.rule = "191", hit.rule + "+armed"
        if hit.code == "190" and lemma(tok) == "storm" and sources and all(
                (m.sector or "")[:3] in _STREET_SECTORS for m in sources):
            # "protesters who tried to storm the airport": a crowd storming a place riots
            hit.code, hit.rule = "145", hit.rule + "+crowd"
        if hit.code == "145" and lemma(tok) in ("storm", "break", "force") \
                and sources and all((m.sector or "")[:3] in _ARMED_SECTORS for m in sources):
            # "gunmen stormed a television station": an armed attack, not a riot; police
            # storming a building or camp, or forcing their way into it: repression
            police = all((m.sector or "")[:3] == "COP" for m in sources)
            hit.code, hit.rule = ("175" if police else "190"), hit.rule + "+armed"
        if hit.code == "141" and lemma(tok) == "protest" and tok.dep_ in ("advcl", "xcomp") and \
                lemma(tok.head) in ("summon", "call", "recall", "convene"):
            return []  # "summoned the Israeli ambassador to protest against": the summons' why
        if hit.code == "141" and lemma(tok) == "protest" and tok.tag_ == "VBZ" and sources and \
                all(m.basis == "country" for m in sources) and not any(
                    c.dep_ in ("dobj", "prep", "ccomp", "advcl", "xcomp", "npadvmod")
                    for c in _kids(tok)) and (tok.i + 1 == tok.sent.end or
                                              tok.doc[tok.i + 1].text in (":", "-", "–")):
            return []  # "Georgia protests: police fire water cannon": a topic label
        if hit.code == "141" and lemma(tok) == "protest" and sources and all(
                (m.basis in ("country", "capital", "seat") and m.sector is None) or
                (m.sector or "")[:3] == "GOV" for m in sources) and (
                tok.pos_ == "VERB" or ((gov := self._governor(tok)) is not None and
                lemma(gov) in ("lodge", "file", "issue", "send", "deliver", "register"))):
            # "Taiwan protested after a Chinese vessel boarded a boat", "lodged a protest": a
            # state protests in words, a complaint (114), not a demonstration ("Kenya protests
            # turn violent" are the country's streets)
            hit.code, hit.rule = "114", hit.rule + "+state"
        targets = drawn[1] if drawn is not None else self._target(hit, actors, sources)
        if not targets and hit.code[:3] == "175" and tok.pos_ == "VERB" and any(
                lemma(o) in _CROWD_CONTROL for o in _children(tok, "dobj")):
            # "police fired tear gas and detained scores of Imran Khan's supporters": the crowd
            # the joined verb acts on
            targets = [m for v in tok.conjuncts if v.pos_ == "VERB"
                       for o in _children(v, *_OBJECTS) for m in actors.of(o)
                       if m not in sources and m.basis != "location"][:1]
        if hit.code[:3] == "162" and not targets and tok.pos_ == "VERB" and any(
                lemma(o) in ("budget", "spending", "staff", "workforce", "cost") and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
                    for c in _kids(o)) for o in _children(tok, "dobj")):
            return []  # "The WHO said it would cut its budget by a fifth": its own books
        if hit.negated and hit.code[:2] in ("13", "17") and tok.pos_ == "VERB" and \
                _passive(tok) and lemma(tok) in _PRESSING and sources and targets:
            # "the Philippines would not be intimidated by China", "will not be blackmailed":
            # not a threat undone but a refusal to yield to the one pressing
            sources, targets = targets, sources
            hit.code, hit.rule, hit.negated = "124", hit.rule + "+defied", False
        if hit.code == "1245" and sources and targets and all(
                m.country and m.country in {s.country for s in sources} for m in targets):
            # "The Supreme Court refused to allow the administration to deploy troops": a
            # refusal at home, no foreign involvement refused
            hit.code, hit.rule = "120", hit.rule + "+at-home"
        if hit.code[:3] == "174" and targets:
            # "Pakistani authorities deported nearly 9,000 people": the deported are foreigners,
            # not of the country the story's setting gives bare people
            doers = {m.country for m in sources if m.country}
            targets = [m for m in targets if not (
                m.basis == "context" and m.country in doers and (m.sector or "")[:3] == "CVL")]
        if hit.code[:3] == "114" and targets and all(
                (m.code or "").startswith("IGO") for m in targets):
            # "filed a complaint at the World Trade Organization over India's subsidies",
            # "with the U.N. Security Council over Israel's construction of a wall": the body
            # is where it is brought; whose act it is over is whom it is against
            carriers = [tok, *(_children(tok, "dobj") if tok.pos_ == "VERB" else ())]
            if tok.pos_ == "NOUN" and (gov := self._governor(tok)) is not None:
                carriers.append(gov)
            # (the parser may hang the "over" on the forum)
            carriers += [q for c in list(carriers) for p in _children(c, "prep")
                         if p.lower_ in ("at", "with", "to", "before")
                         for q in _children(p, "pobj")]
            over = [m for c in carriers for p in _prep_objects(c, "over")
                    for w in (p, *_children(p, "poss"))
                    for m in actors.of(w) if m not in sources and m.basis != "location"]
            if over:
                targets = over[:1]
        if hit.code[:2] == "03" and tok.tag_ == "VBG" and (
                (tok.dep_ == "acl" and lemma(tok.head) in _DOCUMENTS) or (
                    tok.dep_ == "advcl" and lemma(tok.head) in ("sign", "adopt", "ink") and
                    any(lemma(o) in _DOCUMENTS for o in _children(tok.head, "dobj")))):
            return []  # "signed a treaty pledging to deepen defence cooperation": what the
            # treaty holds, told with its signing (and what is pledged is no act either)
        convened = tok if lemma(tok) == "convene" else self._governor(tok) \
            if tok.pos_ == "NOUN" and lemma(tok) in _GATHERINGS else None
        if hit.code[:2] == "04" and convened is not None and lemma(convened) == "convene" and \
                not targets and sources and any(c.dep_ == "dobj" for c in _kids(convened)) and \
                not any(True for w in (tok, convened, *_children(convened, "dobj"))
                        for _ in _prep_objects(w, "with")) and all(
                (m.sector or "GOV")[:3] in ("GOV", "MIL") and
                not (m.code or "").startswith("IGO") for m in sources):
            return []  # "convened a meeting of his national security council", "convened his
            # security cabinet": a state's own councils, no one met
        if hit.code[:2] == "04" and lemma(tok) in ("tell", "speak", "talk") and targets and \
                all((m.sector or "")[:3] in ("MED", "JRN") for m in targets):
            return []  # "a woman who organised the event told AFP by phone": an interview
            # given, no consultation
        if hit.code == "0841" and sources and tok.pos_ == "VERB" and _rescued(tok, sources):
            return []  # "security forces freed 300 hostages", "gunmen stormed the prison and
            # freed hundreds of inmates": taken from those who held them, not released by them
        if hit.code[:3] == "112" and lemma(tok) == "blame" and not targets:
            return []  # "blaming warming waters", "blamed the explosion on a gas leak": a cause
            # named, no one accused
        if hit.row is not None and hit.row.reading == "aimed-promise" and not targets:
            return []  # "will take all necessary steps to protect its nationals": no threat
        if hit.code == "160" and tok.pos_ == "NOUN" and lemma(tok) == "suspension":
            # "ordered the suspension of the video platform Rumble", "of broadcaster RFI": a
            # firm or an outlet suspended is restricted (172) or censored (1721), no ties cut
            held = [m for p in _prep_objects(tok, "of") for m in actors.of(p)]
            if held and all((m.sector or "")[:3] in ("MED", "JRN", "BUS") or
                            (m.code or "").startswith("MNC") for m in held):
                media = any((m.sector or "")[:3] in ("MED", "JRN") for m in held)
                hit.code, hit.rule = ("1721" if media else "172"), hit.rule + "+outlet"
                targets = held
        if hit.code[:2] == "16" and tok.pos_ == "VERB" and lemma(tok) in _WITHDRAWING and \
                any(True for _ in _prep_objects(tok, "from")):
            # "an order withdrawing the United States from the Paris agreement": the state
            # withdrawn is the doer's own, not whom the withdrawal is from
            doers = {m.country for m in sources if m.country}
            targets = [m for m in targets if not (
                m.country in doers and any(m in actors.of(o) for o in _children(tok, "dobj")))]
        if hit.code == "045" and tok.pos_ == "VERB" and lemma(tok) in _BROKERING:
            # "Egypt and Saudi Arabia, which are mediating with the United States and the
            # UAE": those a group mediates with, or a group it mediates with, are fellow
            # go-betweens, not the sides (but "the UN is mediating with the rebels")
            fellows = [m for p in _prep_objects(tok, "with") for m in actors.of(p)]
            if len(fellows) >= 2 or len(sources) >= 2:
                targets = [m for m in targets if m not in fellows]
        if hit.code[:3] == "042" and tok.pos_ == "VERB" and lemma(tok) in ("arrive", "land"):
            # "A Hamas delegation arrived in Egypt for indirect talks with Israel": the host
            # is the state arrived in, not a partner of another country met there
            hosts = [m for p in _prep_objects(tok, "in")
                     for m in (actors.of(p) or self._place_at(actors, p)) if m.country]
            if hosts and targets and not any(t.country == hosts[0].country for t in targets):
                targets = [_as_state(hosts[0]) if hosts[0].basis == "location" else hosts[0]]
        if hit.row is not None and hit.row.reading == "interception" \
                and tok.pos_ == "VERB":
            # "Israeli air defences intercepted a missile launched by the Houthis", "shot
            # down a drone fired from Yemen": the launcher's attack on the defender's state
            launchers = self._launchers(_launched(_children(tok, *_OBJECTS)), actors,
                                        ("by", "from"))
            defenders = [_as_state(m) for m in sources if m.country]
            if launchers and defenders:
                sources = [_as_state(m) if m.basis == "location" else m for m in launchers]
                targets = list({m.code: m for m in defenders}.values())
                hit.rule += "+launched"
        if not sources and hit.code[:2] in ("18", "19") and tok.pos_ == "VERB":
            # "rockets were fired from Lebanon into northern Israel", "a drone launched from
            # Yemen struck Eilat": with no one named, the state the fire came from is its side
            fired = [tok] if _passive(tok) else []
            fired += _launched(_children(tok, "nsubj", "nsubjpass"))
            origins = [m for m in self._launchers(fired, actors, ("from",))
                       if m.country and len(m.country) == 3]
            if origins and not any(m.country == origins[0].country for m in targets):
                sources = [_as_state(origins[0]) if origins[0].basis == "location"
                           else origins[0]]
                hit.rule += "+origin"
        if hit.row is not None and hit.row.reading == "obtained" and tok.pos_ == "VERB" and \
                sources and targets:
            # "Israel received the remains of two hostages from Hamas": the one they come
            # from releases them to the one who receives them
            sources, targets = targets, sources
        if hit.row is not None and hit.row.reading == "crowd-turned":
            # "a far-right march in Lisbon turned violent", "celebrations in Paris turned into
            # riots", "Georgian protests turned violent": the people of where the crowd was
            sources = [_as_street(m) if m.country and not m.sector and len(m.country) == 3
                       else m for m in sources]
            gathered = [c for c in _kids(tok) if c.dep_ == "nsubj"] if not sources else []
            places = [m for c in gathered for h in (c, tok) for p in _prep_objects(h, "in")
                      for m in (actors.of(p) or self._place_at(actors, p))]
            places += [m for c in gathered for k in _kids(c) if k.dep_ in ("amod", "compound")
                       for m in actors.of(k)]
            places = [m for m in places if m.country and len(m.country) == 3]
            sources = sources or [_as_street(m) for m in places[:1]]
        if hit.code[:2] == "16":
            # "the snapback of UN sanctions", "EU sanctions": the body whose measures they are
            # is never whom they fall on
            targets = [m for m in targets if not _regime_named(tok.doc, m)]
        if not targets and hit.code in ("190", "194", "195") and _missile_test(tok):
            # "North Korea fired a ballistic missile on Monday", "launched an ICBM": a test,
            # a show of force (150), where nothing is struck or aimed at
            hit.code, hit.rule = "150", hit.rule + "+test"
        if not aimed and tok.pos_ == "VERB" and lemma(tok) in _ASKING and \
                hit.code[:2] in ("02", "10"):
            # "called for a Russian withdrawal", "called for the withdrawal of Russian troops
            # from Ukraine": the one asked to act, not the place it acts on
            acts = [o for o in (*_children(tok, "dobj"), *_prep_objects(tok, "for"))
                    if o.pos_ == "NOUN" and o.i not in actors.at]
            aimed = [m for o in acts for m in _owners(o, actors, ("amod", "poss"))
                     if m not in sources]
            aimed += [m for o in acts if lemma(o) in _PULLING_OUT for q in _prep_objects(o, "of")
                      for m in actors.of(q) if m.basis != "location" and m not in sources]
        if aimed:
            targets = aimed
        if not targets and hit.code[:2] == "11" and tok.dep_ == "advcl" and \
                tok.tag_ == "VBG" and any(o.lower_ in ("it", "them") for o in
                                          _children(tok, "dobj")):
            # "would withdraw from the ICC, calling it a tool of repression": what the main
            # clause acts on
            targets = [m for o in (*_children(tok.head, "dobj"), *(
                q for p in _children(tok.head, "prep") for q in _children(p, "pobj")))
                for m in actors.of(o) if m not in sources and m.basis != "location"][:1]
        if hit.code in ("0253", "1053") and targets:
            # "called for Imamoglu's release", "demanded the release of the detained
            # journalists in Ethiopia": an appeal for a release is made to the one holding
            # them; with no holder named, a state's own people are held by their state (but
            # "the release of students kidnapped in Kebbi": held by no one named; nor when the
            # one asking is of their country: "France demanded the release of the tourists")
            release = tok if lemma(tok) == "release" else next(
                (t for t in tok.subtree if lemma(t) == "release" and t.pos_ == "NOUN"), None)
            if release is not None and not any(lemma(t) in _TAKEN_CAPTIVE for t in tok.sent):
                askers = {s.country for s in sources}
                starts = {t.idx for t in release.subtree}  # (where the words of the held start)
                targets = [replace(m, code=m.country, sector=None, plover_sector=None,
                                   basis="context")
                           if m.country and len(m.country) == 3 and
                           m.country not in ORG_PREFIXES and m.country not in askers and
                           (m.sector or "")[:3] in _HELD_BY_STATE and m.start in starts else m
                           for m in targets]
        # ("U.S.-mediated talks", "a Qatari-brokered ceasefire": the go-between before the
        # hyphen)
        brokered = (tok.dep_ == "acl" or (tok.dep_ == "amod" and _hyphened_doer(tok) is not None)
                    ) and tok.tag_ in ("VBN", "VBD") and lemma(tok) in _BROKERING and \
            lemma(tok.head) in _TALKS | _TRUCES | {"deal", "round", "agreement", "accord"}
        if hit.code == "045" and (brokered or not targets or all(
                m.country in {s.country for s in sources} for m in targets)) and (
                brokered or (tok.dep_ == "acl" and tok.tag_ == "VBN" and
                             lemma(tok) in _BROKERING) or (
                    tok.dep_ == "pobj" and tok.head.lower_ == "as" and
                    lemma(tok.head.head) in ("act", "serve"))):
            # "held indirect talks with U.S. envoy Witkoff, in a round mediated by Oman",
            # "had agreed to stop targeting each other, in a deal mediated by Muscat", "held
            # talks with the Clan del Golfo, with Qatar acting as mediator": the go-between of
            # the parties of the clause the deal, the round or the go-between is told in
            node = tok.head
            while node.dep_ in ("pobj", "prep", "appos", "npadvmod", "dobj", "xcomp",
                                "pcomp") and node.head.i != node.i and not (
                        node.pos_ in ("VERB", "AUX") and any(
                            c.dep_ == "nsubj" and not any(m in sources for m in actors.of(c))
                            for c in _kids(node))):
                node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                node = tok.sent.root  # ("agreed to a ceasefire after talks in Doha mediated
                # by Qatar, Qatar's foreign ministry said": the parser cut the talks loose)
            parties = [m for c in _children(node, "nsubj") for w in (c, *c.conjuncts)
                       for m in actors.of(w)]
            parties += [m for h in (node, *_children(node, "dobj"))
                        for p in _prep_objects(h, "with") for m in actors.of(p)]
            if lemma(node) in _MEETING_VERBS:  # "X met Y ..., in talks mediated by Z"
                parties += [m for o in _children(node, "dobj") for w in (o, *o.conjuncts)
                            for m in actors.of(w)]
            if brokered:  # ("a U.S.-brokered ceasefire between Israel and Hezbollah")
                parties += _between_sides(tok.head, actors)
            found = [m for m in dict.fromkeys(parties) if m not in sources and
                     m.basis != "location" and m.country not in {s.country for s in sources}]
            targets = found if found or not brokered else targets
        if hit.code[:2] == "12" and tok.pos_ == "VERB":
            # "refused to impose sanctions on Russia despite pressure from the European Union":
            # a refusal answers those who press for the act, not those it would be done to
            pressers = [m for h in (tok, *_children(tok, "xcomp"))
                        for p in _prep_objects(h, "despite") if lemma(p) in _PRESSURES
                        for w in ("from", "by") for q in _prep_objects(p, w)
                        for m in self._side_at(actors, q) if m not in sources]
            if pressers:
                targets = pressers
        if hit.code == "016" and tok.pos_ == "VERB":
            # "denied the allegations made by Kyiv", "rejected accusations from Washington":
            # a denial answers its accusers, never those it denies ties to ("denied any
            # links to the Tren de Aragua gang")
            denied = [o for o in _children(tok, "dobj") if lemma(o) in _DENIED_CHARGES]
            if denied:
                targets = [m for o in denied for p in (
                    *_prep_objects(o, "by"), *_prep_objects(o, "from"),
                    *_prep_objects(tok, "from"),
                    *(q for a in _children(o, "acl") for q in _prep_objects(a, "by")))
                    for m in self._side_at(actors, p) if m not in sources]
                # ("Israel's claims", "the U.S. allegations": whose they are)
                targets += [m for o in denied for m in _owners(o, actors)
                            if m not in sources and m not in targets]
        targets = [m for m in targets if not _own_goods(doc, m, sources)]
        if not targets and hit.code == "116" and hit.rule == "judged:court" and sources and \
                all((m.sector or "")[:3] == "JUD" for m in sources):
            return []  # "the Supreme Court ruled that the legal definition of a woman is
            # based on biological sex": a court's reading of a law, with no party named
        if hit.code == "152" and sources and all(
                (m.sector or "")[:3] == "COP" for m in sources):
            hit.code, hit.rule = "151", hit.rule + "+police"  # police on alert (151)
        if hit.code == "1034" and hit.complement is not None and \
                lemma(hit.complement) in ("deploy", "send", "station", "dispatch") and \
                sources and targets and all(
                    t.country in {s.country for s in sources} and
                    (t.sector or "")[:3] in ("GOV", "MIL") for t in targets):
            # "Trump directed Hegseth to deploy troops to Portland": a government sending its
            # own forces mobilizes them (154), where they are sent
            hit.code, hit.rule = "154", hit.rule + "+own-forces"
            targets = [m for slot in ("prep:to", "prep:into")
                       for m in self._slot(hit.complement, slot, actors)
                       if m not in sources][:1]
        if hit.code in ("061", "0311") and (lemma(hit.token) in _INVESTING or
                                            _investments(hit.token)):
            # "Apple will invest $500 billion in the United States": at home, no partner
            homes = {(s.code or "")[3:6] if (s.code or "").startswith("MNC") else s.country
                     for s in sources}  # (a multinational's country: MNCUSA)
            targets = [m for m in targets if m.country not in homes]
        if hit.row is not None and hit.row.lemma == "fire" and hit.code[:2] == "19" and \
                tok.pos_ == "NOUN" and tok.head.lower_ == "under" and (any(
                    c.dep_ == "prep" and c.lower_ in ("for", "over")
                    for c in (*_kids(tok.head.head), *_kids(tok))) or (sources and not any(
                        (m.sector or "")[:3] in _ARMED_SECTORS for m in sources))):
            # "the police chief came under fire from rights groups over the killings": from
            # critics, in words (but "peacekeepers came under fire from M23 rebels")
            hit.code, hit.rule = "111", hit.rule + "+verbal"
        if hit.row is not None and hit.row.lemma == "clash" and hit.code == "190" and \
                sources:
            # "protesters clashed with police": a riot (145) on the crowd's side, repression
            # (175) on the police's; armies and armed groups clash by force (190); a crowd
            # clashing with guards no actor names riots too
            crowd = all((m.sector or "")[:3] in _STREET_SECTORS for m in sources)
            police = all((m.sector or "")[:3] == "COP" for m in sources)
            if crowd and all((m.sector or "")[:3] == "COP" for m in targets):
                hit.code, hit.rule = "145", hit.rule + "+crowd"
            elif police and all((m.sector or "")[:3] in _STREET_SECTORS for m in targets):
                hit.code, hit.rule = "175", hit.rule + "+crowd"
        if hit.row is not None and hit.row.lemma in ("attack", "assail", "slam", "blast") and \
                hit.code[:2] in ("18", "19") and tok.pos_ == "VERB" and sources and all(
                    m.entry is not None and (m.basis == "name" or m.entry.startswith(
                        "cur:person")) and (m.sector or "")[:3] in _WORDY_SECTORS
                    for m in sources) and (any(
                c.dep_ == "prep" and c.lower_ in ("over", "for", "as") and not _when(c)
                for c in _kids(tok)) or (targets and all(
                    (m.sector or "")[:3] in _WORDY_SECTORS - {""} | {"MED"} and
                    m.country in {s.country for s in sources} for m in targets)) or (
                    targets and all((m.code or "").startswith("IGO") for m in targets)) or any(
                    lemma(p) in _ADDRESSES for p in _prep_objects(tok, "in"))):
            # "Trump attacked Spain over its refusal to raise defence spending": a leader
            # attacks in words (not "over the weekend"); so does one attacking his own
            # country's lawmakers, judges, press or rivals ("Trump attacked Indiana state
            # senators"), or an international body, or in a speech ("Trump attacked the
            # United Nations in a speech")
            hit.code, hit.rule = "111", hit.rule + "+verbal"
        if hit.row is not None and hit.row.lemma in _RIOT_HARMS and hit.code == "190" and \
                sources and all((m.sector or "")[:3] in _STREET_SECTORS for m in sources) and (
                    any(lemma(t) in _PROTESTING | {"rally", "march"} for t in sent)):
            # "protesters attacked the embassies", "officers were injured in clashes with
            # protesters": a riot (145), not an armed assault
            hit.code, hit.rule = "145", hit.rule + "+crowd"
        if hit.code[:2] in ("18", "19") and hit.code[:3] not in _ACTS_ON_ONE and \
                hit.code[:3] not in ("194", "195") and sources and targets and all(
                (m.sector or "")[:3] in _STREET_SECTORS for m in targets) and (
                all((m.sector or "")[:3] == "COP" for m in sources) or (
                    all((m.sector or "")[:3] in ("MIL", "GOV") for m in sources) and
                    any(lemma(t) in _PROTESTING for t in sent) and not (
                        not any(lemma(t) in _PROTESTING - {"crowd"} for t in sent) and
                        any(lemma(t) in _AID_SOUGHT for t in sent)))):
            # "police shot dead 30 protesters", "soldiers opened fire on demonstrators": the
            # state's force on its own streets is repression (175), not war (but not "opened
            # fire on crowds waiting for food": people seeking aid, no protest; nor bombs and
            # shells, 195 and 194, dropped on a crowd)
            hit.code, hit.rule = "175", hit.rule + "+crowd"
        if hit.code == "173" and lemma(tok) in _SEIZING and sources and all(
                (m.sector or "")[:3] in _IRREGULAR for m in sources):
            # "Somali pirates seized a Saudi crew", "Taliban insurgents captured three
            # policemen": taken by armed men or criminals, an abduction (181), no arrest
            hit.code, hit.rule = "181", hit.rule + "+irregular"
        if hit.code == "190" and tok.pos_ == "VERB" and lemma(tok) in _BLOWS_DEALT and sources and \
                "+attack:" not in hit.rule and all((m.sector or "")[:3] == "CRM" for m in sources):
            # "Gang members killed at least 20 people in Kenscoff": criminals' killings are
            # assaults (180), as a cartel's gunmen's are, not armed forces' war (but an attack
            # told with its dead keeps the attack's code: "Bandits attacked a village, killing
            # 10 people", 190)
            hit.code, hit.rule = "180", hit.rule + "+criminal"
        if hit.code in ("153", "154") and targets and sources and all(
                t.country not in {s.country for s in sources} for t in targets) and \
                _on_mission(tok if tok.pos_ == "VERB" else self._governor(tok) or tok):
            # "Chad sent troops to Mali to join the UN peacekeeping mission", "deployed
            # police to Haiti as part of a security mission": protection given (074)
            hit.code, hit.rule = "074", hit.rule + "+mission"
        if hit.code == "1712" and sources and all(
                (m.sector or "")[:3] in _STREET_SECTORS for m in sources) and any(
                lemma(t) in _PROTESTING - {"riot", "rioter", "unrest", "crowd"}
                for t in sent) and not _passive(tok):
            # "protesters set fire to the parliament building": a riot (145), as storming it
            # (but "rioters set fire to police cars", "settlers set fire to offices" destroy)
            hit.code, hit.rule = "145", hit.rule + "+crowd"
        if hit.code == "191" and sources and all(
                (m.sector or "")[:3] in _STREET_SECTORS for m in sources):
            # "students blockaded universities": a civilian blockade obstructs (144); CAMEO's
            # 191 is a blockade by armed forces
            hit.code, hit.rule = "144", hit.rule + "+crowd"
        if hit.code == "166" and targets and all(
                (m.sector or "")[:3] in ("CVL", "REF") for m in targets):
            # "ordered undocumented Afghans to leave": people expelled are deported (174)
            hit.code, hit.rule = "174", hit.rule + "+people"
        if hit.row is not None and hit.row.reading == "people-sent" and not (
                targets and all((m.sector or "")[:3] in ("CVL", "REF") for m in targets)):
            return []  # "forced the convoy to return": no people sent home
        if hit.code in ("081", "172") and tok.pos_ in ("VERB", "NOUN"):
            # "lifted its ban on 26 social media platforms", "lifted the ban on protests": the
            # restrictions eased are on political freedoms (0811), or on parties (0812); so
            # are those imposed ("imposed a broadcast ban on the channel" 1721)
            objects = list(_children(tok, *_OBJECTS)) if tok.pos_ == "VERB" else [tok]
            on = [*(p for o in objects for p in _prep_objects(o, "on")),
                  *(_prep_objects(tok, "on") if tok.pos_ == "VERB" else ())]
            # (bans only: "stripped opposition lawmakers of immunity" bans no party)
            banning = lemma(tok) in _BANNING or any(
                lemma(o) in _BANS for o in objects)
            banned = {lemma(w) for o in (*objects, *on)
                      for w in (o, *_kids(o)) if w.i == o.i or w.dep_ in ("compound", "amod")
                      } if banning else set()
            # (a party before what it speaks by: "the opposition channel" is a channel)
            if banned & {"party", "parties"} or (
                    banned & _PARTIES_BANNED and not banned & _FREEDOMS_BANNED):
                hit.code, hit.rule = hit.code[:3] + "2", hit.rule + "+party"
            elif banned & _FREEDOMS_BANNED:
                hit.code, hit.rule = hit.code[:3] + "1", hit.rule + "+freedom"
        if hit.code == "172" and lemma(tok) in ("ban", "outlaw", "proscribe", "dissolve") and \
                targets and all((m.sector or "")[-3:] in ("PTY", "OPP") or
                                (m.sector or "")[:3] in ("PTY", "OPP") for m in targets):
            # "banned all activities of the Awami League": a ban on a party (1722)
            hit.code, hit.rule = "1722", hit.rule + "+party"
        if hit.code == "174" and any(lemma(o) in ENVOYS or (
                o.lower_ in ("him", "her", "them") and any(
                    lemma(t) in ENVOYS and t.dep_ in ("nsubj", "dobj", "dative")
                    for t in tok.doc[tok.sent.start:o.i]))
                for o in _children(tok, "dobj", "dative", "nsubjpass")):
            # "gave the French ambassador 72 hours to leave", "deported the diplomat": an
            # envoy sent home is expelled (161); so is one told of before ("declared the
            # ambassador persona non grata and gave him 48 hours to leave")
            hit.code, hit.rule = "161", hit.rule + "+envoy"
        taker = tok if tok.pos_ == "VERB" else self._governor(tok)
        if hit.code[:2] in ("07", "06") and taker is not None and \
                lemma(taker) in _RECEIVING and not _passive(taker):
            # "Sri Lanka secured a bailout from the IMF", "Ukraine received jets from
            # Denmark": the giver gives to the one who receives
            givers = [m for h in (taker, *_children(taker, "dobj"), tok)
                      for p in _prep_objects(h, "from") for m in (actors.of(p) or
                                                                  actors.of(p, 1))
                      if m.basis != "location" or m.country]
            if givers:
                receivers = [m for m in self._subject(taker, actors, last) if m not in givers]
                sources, targets = list(dict.fromkeys(givers)), receivers
        if hit.code == "062" and not targets and len(sources) <= 1 and \
                lemma(tok) in _DRILLS and not any(
                    c.lower_ in ("joint", "combined", "bilateral", "trilateral", "multinational")
                    for h in (tok, *_children(tok, "dobj")) for c in _kids(h)):
            # "the Chinese navy held live-fire drills": drills with no partner are a show of
            # force (150), not military cooperation
            hit.code, hit.rule = "150", hit.rule + "+alone"
        if hit.code[:2] == "14" and tok.pos_ == "VERB" and \
                all(m.basis == "location" for m in targets):
            # "rallied in Sanaa to denounce Israel", "rallied in Baghdad to protest against US
            # strikes": whom the protest's purpose is aimed at, not the place (but not whose
            # release is demanded: "marched to demand Imamoglu's release")
            aimed = [m for c in _kids(tok) if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                     and lemma(c) in _PROTESTED and
                     any(a.dep_ == "aux" and a.lower_ == "to" for a in _kids(c))
                     for o in (*_children(c, "dobj"), *_prep_objects(c, "against"))
                     if lemma(o) not in _FOR_THEM
                     for m in actors.of(o) if m not in sources and m.basis != "location"]
            if aimed:
                targets = list(dict.fromkeys(aimed))
        if hit.code[:2] in _VIOLENT and tok.pos_ == "VERB" and tok.dep_ == "ccomp" and \
                lemma(tok.head) in _REPORTING and (_own_object(tok) or any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their")
                    for p in ("at", "on", "against") for o in _prep_objects(tok, p)
                    for c in _kids(o))) and \
                all(m.basis == "location" for m in targets):
            # "The RSF said army warplanes had bombed its positions in North Darfur", "fired
            # rockets at its positions": the positions are the teller's, not the place's
            own = {m.country for m in sources}
            tellers = [m for c in _children(tok.head, "nsubj") for m in actors.of(c)
                       if m not in sources and m.basis != "location" and (
                           m.country not in own or (m.sector or "")[:3] != "GOV")]
            if tellers:
                targets = tellers
        if not targets and hit.code[:2] in _VIOLENT and tok.pos_ == "VERB" and _passive(tok):
            # "A weapons depot near Damascus was hit by Israeli warplanes", "The Fordow plant
            # was struck": the place of what was struck, as in the active
            own = {m.country for m in sources}
            targets = [m for s in _children(tok, "nsubjpass") for w in s.subtree
                       for m in (actors.at.get(w.i),) if m is not None and
                       m.basis == "location" and m.country and m.country not in own][:1]
        if victims is not None:
            targets = victims or struck
        elif struck and not [m for m in targets if m not in sources]:
            targets = struck
        targets = [m for m in targets if m not in sources]
        if not targets and hit.code[:2] in ("11", "12") and tok.tag_ == "VBG" and \
                tok.dep_ in ("advcl", "conj", "xcomp") and lemma(tok.head) in _REPORTING and \
                any(o.lower_ in ("it", "this") or (o.pos_ == "NOUN" and not actors.of(o))
                    for o in _children(tok, "dobj")):
            # "Israeli troops raided the camp, the foreign ministry said, calling it a war
            # crime", "calling the flights provocative": the doer of the act told
            # (the clause told: the teller's, or the one it is set in: "..., X said, calling")
            clauses = [*_children(tok.head, "ccomp"), *(
                [tok.head.head] if tok.head.dep_ == "parataxis" else [])]
            targets = [m for c in clauses for n in _children(c, "nsubj")
                       for m in actors.of(n) if m not in sources and m.basis != "location"]
        judged = tok.dep_ == "relcl" and (hit.code[:2] in ("01", "11", "12") or
                                          hit.code[:3] == "051")  # (praise, not a deal)
        if moved and (not targets or judged):
            # "imposed sanctions on ICC judges, a move condemned by the EU": the mover
            # (the nearest clause with a subject: "voted to ratify the Rome Statute, a
            # decision the Kremlin criticised": the voters); and a relative clause judging
            # the move is aimed at its mover before anyone its own words name ("on a visit
            # Armenian officials hailed as a signal of support after clashes with Azerbaijan")
            clause = next((v for v in tok.head.ancestors if v.pos_ in ("VERB", "AUX") and
                           any(c.dep_ == "nsubj" for c in _kids(v))), None)
            movers = [m for c in _children(clause, "nsubj") for m in actors.of(c)
                      if m not in sources] if clause is not None else []
            targets = movers or (targets if judged else [])
        if not targets and tok.pos_ == "VERB" and tok.dep_ == "relcl" and \
                lemma(tok) in _DENYING:
            # "Kyiv accused Moscow of ..., which the Kremlin denied", "..., a charge New Delhi
            # rejected": the denial answers the accuser
            # (of another side, if of one country: the government denies the opposition's;
            # the nearest such verb: "concluded that Israel has committed genocide, a finding
            # Israel rejected" is the conclusion's)
            for accuser in tok.ancestors:
                if accuser.pos_ not in ("VERB", "AUX") or not any(
                        c.dep_ == "nsubj" for c in _kids(accuser)):
                    continue
                targets = [m for c in _children(accuser, "nsubj") for m in actors.of(c)
                           if m not in sources and not any(
                               parties_agree(m.code or m.country or "", s.code or s.country or "")
                               for s in sources)]
                if targets:
                    break
            if targets and (lemma(tok.head) in _CHARGES or tok.head.pos_ == "VERB" or any(
                    c.lower_ == "which" for c in _kids(tok))):
                hit.code, hit.rule = "016", hit.rule + "+answer"
        if hit.code[:2] == "07" or hit.code[:3] == "033":
            # "a package of drones for Ukraine", "a package of U.S. weapons for Ukraine": the
            # arms go to the one they are for, not to the maker named on them
            goods = [o for o in (*_children(tok, "dobj"), *([tok] if tok.pos_ == "NOUN" else []))
                     for o in (o, *_prep_objects(o, "of"))]
            arms_for = [m for g in goods if _armaments(g) for p in _prep_objects(g, "for")
                        for m in actors.of(p, 1) if m.country and m not in sources]
            if arms_for:
                targets = arms_for[:1]
        if hit.code[:3] in ("062", "072", "033", "031", "070"):
            # ("drones for Ukraine", "F-35 jets from the United States" read as the state's
            # own arms: the state they go to or come from)
            targets = [_armed_state(tok.doc, m) for m in targets]
        if tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "in" and \
                lemma(tok.head.head) == "join" and sources:
            # "Belgium and Malta joined France in recognising a Palestinian state": the one
            # joined does it too
            sources = [*sources, *(m for o in _children(tok.head.head, "dobj")
                                   for m in actors.of(o)
                                   if m not in sources and m.basis != "location" and
                                   m not in targets)]
        host_verb = _hosted_for(tok) if tok.pos_ == "NOUN" and hit.code[:3] == "046" else None
        if host_verb is not None:
            # "Anwar hosted Paetongtarn for talks": host and guest talk with each other;
            # "Qatar hosted Congolese government and M23 negotiators for talks": the guests
            # talk with each other, the host mediates (the hosting verb's event)
            guests = list(dict.fromkeys(m for o in _children(host_verb, "dobj")
                                        for m in actors.of(o)))
            if len({m.code for m in guests}) >= 2:
                sources, targets = guests, []
            elif guests and sources:
                targets = guests
        if tok.pos_ in ("NOUN", "PROPN") and hit.code[:2] == "04":
            # "hosted talks between Russia and Ukraine", "talks between X and Y were held":
            # the two sides talk with each other, whoever holds the talks
            sides: list[ActorMention] = []
            for p in _prep_objects(tok, "between"):
                for q in (p, *p.conjuncts):
                    sides += [m for m in actors.of(q) if m not in sides]
            if len(sides) >= 2 and any(c.lower_ in ("indirect", "proximity")
                                       for c in _kids(tok)):
                return []  # "indirect talks between Washington and Tehran": each talks to
                # the mediator (the hosting verb's event), not to the other
            if len(sides) >= 2 and not any(m in sides for m in sources):
                sources, targets = sides, []
            elif next(_prep_objects(tok, "between"), None) is not None and \
                    lemma(self._governor(tok) or tok) == "host":
                return []  # "X and Y hosted talks between the warring parties": the hosting
                # is the verb's event; the hosts do not talk with each other
        own = {m.country for m in sources if m.country}
        if own and not targets and (hit.row.code if hit.row else hit.code)[:2] == "15" and \
                tok.pos_ == "VERB":
            # "deployed warships near Taiwan", "troops to the border with Guyana": a posture
            # at another's place is at them
            near = [p for h in (tok, *_children(tok, *_OBJECTS))
                    for prep in ("near", "around", "off", "along", "in", "into", "to")
                    for p in _prep_objects(h, prep)]
            near += [q for p in near for w in _children(p, "prep") if w.lower_ in ("with", "of")
                     for q in _children(w, "pobj")]
            targets = [m for p in near for m in actors.of(p, 1) if m.country and
                       m.country not in own and m.basis in ("location", "country")][:1]
        if hit.code[:2] in _VIOLENT:
            # "a strike on Beirut": the city struck, not the government its name stands for;
            # "drones attacked an oil refinery in Krasnodar": a plant struck is its country's
            # ground, not a firm acted on (as a refinery sanctioned is)
            targets = [replace(m, code=m.country, sector=None, plover_sector=None,
                               basis="location") if m.country and (
                m.basis == "capital" or (m.sector == "BUS" and _installation(doc, m))) else m
                       for m in targets]
        if hit.code[:3] == "112" and tok.pos_ == "VERB" and lemma(tok) in ("charge", "indict") \
                and sources and (all((m.sector or "")[:3] in ("JUD", "COP") for m in sources) or (
                    # (and a person charged with a crime by a state's department: "the Justice
                    # Department charged a North Korean man with hacking hospitals")
                    targets and any(c.dep_ == "prep" and c.lower_ == "with" for c in _kids(tok))
                    and all(m.sector and m.sector[:3] not in STATE_SECTORS for m in targets))):
            # "German prosecutors charged three men with spying": a charge brought in court
            # (115), whatever it is of; "Kyiv charged Moscow with shelling" accuses (1123)
            hit.code, hit.rule = "115", hit.rule + "+prosecution"
        if hit.code == "043" and hit.row is not None and hit.row.id == "host-summit-043" and \
                sources and any(
                    m.country and m.country not in {s.country for s in sources}
                    for p in (*_prep_objects(tok, "in"), *(
                        w for o in _children(tok, "dobj") for w in o.subtree
                        if w.dep_ == "pobj" and w.head.lower_ == "in"))
                    for m in self._place_at(actors, p)):
            # "Saudi Arabia and France co-hosted a conference in New York": a meeting at a
            # third place (044), not visitors received at home
            hit.code, hit.rule = "044", hit.rule + "+abroad"
        if hit.code == "044" and hit.row is not None and hit.row.id == "summit-hold-044":
            summit_verb = self._governor(tok)
            at = [m for h in (tok, *((summit_verb,) if summit_verb is not None else ()))
                  for p in _prep_objects(h, "in") for m in self._place_at(actors, p)]
            if summit_verb is not None and lemma(summit_verb) == "hold" and not any(
                    (x.code or "")[:3] in ORG_PREFIXES for x in (*sources, *targets)) and \
                    any(m.country in {x.country for x in (*sources, *targets)} for m in at):
                # "Lee and Ishiba held their first summit in Tokyo": at one side's home, a
                # meeting (040), not one at a third place
                hit.code, hit.rule = "040", hit.rule + "+at-home"
        if (hit.code in ("180", "190", "193") or (
                hit.code == "182" and lemma(tok) in ("stab", "shoot"))) and \
                tok.pos_ == "VERB" and lemma(tok) in _ATTEMPTS_ON_LIFE and len(targets) == 1 and \
                self._political_person(tok.doc, targets[0]):
            # "Colombian senator Miguel Uribe was shot in the head", "gunmen stabbed the
            # mayor": an attack on a political figure's life is an attempt to assassinate
            # (185); "shot dead", "killed" it is the assassination (186)
            dead = lemma(tok) in _KILLING_VERBS or any(
                c.lower_ == "dead" for c in _kids(tok) if c.dep_ in ("prt", "advmod", "acomp",
                                                                     "oprd", "xcomp")) or (
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "dead")
            hit.code, hit.rule = ("186" if dead else "185"), hit.rule + "+political-figure"
        if "+conditional" in hit.rule and not self._own_word(
                tok, sources, actors, last, unreported=hit.rule.endswith(":firm")):
            return []  # "Russia could attack if talks fail, analysts said": not Russia's threat
        if hit.code[:3] in ("012", "013") and tok.pos_ == "VERB" and not self._own_word(
                tok, sources, actors, last, unreported=True):
            return []  # "Analysts say the Gulf states fear being drawn into a war": a mood
            # an onlooker reads in a side, not the side's word
        if hit.rule.endswith("+future") and (_guessed(tok) or hit.code[:2] == "13") and \
                not self._own_word(tok, sources, actors, last, unreported=True):
            return []  # "Seoul's spy agency said North Korea was likely preparing to send
            # troops", "Beijing plans to hold drills near Taiwan, officials in Taipei said":
            # another's guess or report of what a state will do is not its threat or promise
        verb = tok if tok.pos_ == "VERB" else (self._governor(tok) or tok)
        if hit.rule.endswith("+future") and hit.code[:2] == "13" and verb.dep_ == "xcomp" and \
                lemma(verb.head) in _GUESSING and _passive(verb.head):
            return []  # "Russia is expected to launch an offensive": a forecast, no threat
        if not sources and tok.pos_ == "VERB" and _passive(tok) and \
                (hit.row.code if hit.row else hit.code)[:2] == "15":
            # "Rwandan troops were deployed to Mozambique": forces moved are their state's
            sources = [m for c in _children(tok, "nsubjpass") for m in actors.of(c)
                       if (m.sector or "")[:3] in ("MIL", "COP") and m.basis != "location"]
            targets = [m for m in targets if m not in sources]
        gov = self._governor(tok) if hit.code == "0841" and tok.pos_ == "NOUN" else None
        if gov is not None and lemma(gov) in _OBTAINING:
            # "Qatar secured the release of hostages held by Hamas": Hamas releases them; the
            # one who secured it brokered it
            holders = [m for t in tok.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and
                       lemma(t) in _HOLDING for p in _prep_objects(t, "by")
                       for m in actors.of(p) if m.basis != "location"]
            if holders:
                sources = holders
        if not sources and tok.pos_ == "VERB" and _passive(tok) and \
                hit.code[:3] in ("114", "161", "166", "174", "163", "172"):
            sources = _expeller(tok, hit.code, targets, actors)
            entered = [m for o in _entered(tok) for m in actors.of(o)]
            if not sources and entered:
                # "Two journalists were banned from entering Russia": Russia bans them, no one
                # bans Russia
                sources = entered[:1]
                targets = [m for c in _children(tok, "nsubjpass") for m in actors.of(c)
                           if m not in sources]
        passive_no_agent = (tok.pos_ == "VERB" and _passive(tok) and not sources) or (
            _survived(tok) and not sources)  # ("survived an assassination attempt")
        if passive_no_agent and any((lemma(p) in _MISHAPS or any(
                c.dep_ == "compound" and lemma(c) in _MISHAPS for c in _kids(p))) and not any(
                lemma(t) in _WEAPONS for t in p.subtree)
                for prep in ("by", "in", "during", "after") for p in _prep_objects(tok, prep)):
            return []  # "victims killed by the crash", "killed in a car accident": no one's act
        if hit.code[:2] in _VIOLENT and tok.dep_ == "advcl" and tok.tag_ == "VBG" and \
                lemma(tok.head) in _MISHAP_VERBS and not any(
                    lemma(c) in _WEAPONS for c in _children(tok.head, "nsubj")):
            return []  # "a jet crashed in Kazakhstan, killing 38": no one's act
        if passive_no_agent and hit.code[:2] in _VIOLENT and any(
                lemma(v) in _MISHAP_VERBS and not any(
                    lemma(s) in _WEAPONS for s in _children(v, "nsubj"))
                for c in _children(tok, "advcl")
                for v in ((c, *c.conjuncts, *_children(c, "acl")) if any(
                    m.lower_ == "when" for m in _kids(c)) else (c,))):
            return []  # "46 people were killed when a military plane crashed": no one's act;
            # nor "52 were killed when a lorry lost control and crashed" (the when-clause's
            # joined verbs too)
        if passive_no_agent and hit.code[:3] in ("201", "203"):
            return []  # "1.9 million people have been displaced": a tally, no one's expulsion
        if passive_no_agent and hit.code[:2] == "11" and tok.pos_ == "VERB" and (
                any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in _kids(tok)) or
                (any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in _kids(tok)) and
                 tok.dep_ in ("relcl", "ROOT", "conj"))):
            return []  # "Kenya's police are frequently accused of killing protesters",
            # "Rwanda, which has been accused of backing M23": a reputation, no one accusing
        if passive_no_agent and not hit.curated:
            return []  # "a woman was found dead": a PETRARCH2 pattern with no one doing it
        # the state an arrest, a deportation or a crackdown told with no doer is done in
        # ("a French citizen was detained in Iran": Iran detains), and whether those it is
        # done to are that state's foreigners (no private crime, then, but a state's act)
        # (and asylum granted: "was granted asylum in Spain" is Spain's grant)
        place = _state_of_place(tok, actors) if passive_no_agent and \
            hit.code[:3] in _STATE_CODES | {"075"} and tok.pos_ == "VERB" else None
        # (and one freed from its custody: "Senegal's opposition leader was released from
        # prison"; not a hostage freed by no one named)
        # ("released from prison days before the vote": the parser joins "prison days")
        freed = hit.code == "0841" and any(
            lemma(w) in _CUSTODY for p in _prep_objects(tok, "from")
            for w in (p, *_children(p, "compound")))
        if place is None and passive_no_agent and hit.code[:2] == "17" and \
                tok.pos_ == "VERB" and tok.dep_ in ("relcl", "advcl", "conj") and targets:
            # "the military seized power in a coup against the government of Aung San Suu
            # Kyi, who was detained": those a force's coup deposes are held by that force
            main = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
            force = [m for c in (_children(main, "nsubj") if main is not None and
                                 lemma(main) in _COUPS else ())
                     for m in actors.of(c) if (m.sector or "")[:3] == "MIL" and
                     m.country and all(t.country == m.country for t in targets)]
            if force:
                place = force[0]
                hit.rule += "+coup"
        if place is None and passive_no_agent and (
                hit.code[:3] in _STATE_CODES or freed) and \
                tok.pos_ == "VERB" and targets and all(
                    (m.sector or "")[:3] in _HELD_AT_HOME and m.country and
                    len(m.country) == 3 and m.country not in REGIONS and
                    m.country not in _NON_STATES for m in targets) and \
                len({m.country for m in targets}) == 1:
            # "Georgian opposition leader Nika Melia was jailed", "former Prime Minister Imran
            # Khan was sentenced to 14 years": a country's own politicians, held with no doer
            # or place named, are held by their own state
            place = _as_government(targets[0])
            hit.rule += "+home-state"
        if place is not None and lemma(tok) in _COURTS_ONLY and place.country and \
                len(place.country) == 3 and (place.sector or "GOV")[:3] == "GOV":
            # ("Alvaro Uribe was sentenced to 12 years", "was sentenced in Russia": only a
            # court sentences)
            place = replace(place, code=f"{place.country}JUD", sector="JUD",
                            plover_sector="Judiciary", basis="context")
        foreigners = place is not None and any(
            m.country and m.country != place.country for m in targets)
        if passive_no_agent and hit.code[:2] in ("17", "18", "19") and targets and not \
                foreigners and all(
                m.basis == "context" and self._lone_person(tok.doc, m) for m in targets) and \
                not any(lemma(t) in _POLITICAL_OFFENCES for t in sent):
            return []  # "a man was arrested on suspicion of murder", "a woman was stabbed
            # outside a supermarket in Leeds": crime, not politics
        if passive_no_agent and hit.code[:2] in ("11", "17") and targets and not foreigners \
                and all(m.basis in ("context", "agent") and
                        (m.sector or "")[:3] in _PRIVATE_SECTORS for m in targets) and \
                not any(lemma(t) in _POLITICAL_OFFENCES for t in sent) \
                and not any(lemma(t) in _STATE_AGENTS_HARMED and t.i > tok.i
                            for t in tok.subtree):
            # (but "charged with assaulting a federal officer": an act against the state)
            return []  # "two teenagers were charged with murder", "a teacher was accused of
            # stealing": private people's crimes, no one political doing anything
        if passive_no_agent and any(lemma(q) in _PRIVATE_DOERS
                                    for q in _prep_objects(tok, "by")):
            return []  # "stabbed to death by her ex-partner": a private crime
        if place is not None and any(m.basis != "location" for m in targets):
            sources, passive_no_agent = [place], False
            hit.rule += "+state-of-place"
        if not sources and targets and not passive_no_agent:
            # "Hezb-e-Islami threatened to shell Bagram": a named doer the dictionaries do not
            # know is kept as its words, uncoded, when the event has a coded target
            sources = self._unknown_subject(tok, violent=hit.code[:2] in _VIOLENT)
        if not sources and targets and hit.code[:2] in _VIOLENT and tok.pos_ == "VERB" and \
                any(self._means(s, {}) is not None or lemma(s) in _WEAPONS for s in (
                    *_children(tok, "nsubj"), *(_children(tok.head, "nsubj") if (
                        tok.dep_ == "advcl" and tok.tag_ == "VBG") else ()))):
            # "a roadside bombing killed a US soldier", "a drone struck a hospital", "a shell
            # hit a school, killing five children": violence by no one named
            passive_no_agent = True
        if hit.code[:3] == "087" and tok.pos_ == "NOUN" and lemma(tok) in _TRUCES and \
                tok.dep_ == "nsubj" and lemma(tok.head) in ("take", "hold") and (
                    lemma(tok.head) == "hold" or
                    len(_between_sides(tok, actors) or _joined_owners(tok, actors)) < 2):
            return []  # "after the Gaza ceasefire took effect": a truce of no sides named;
            # "the India-Pakistan ceasefire holds": one declared before, kept
        if not sources and hit.code[:3] == "087" and tok.pos_ == "NOUN" and \
                lemma(tok) in _TRUCES:
            # "A ceasefire between Israel and Hezbollah took effect": the two sides' (below)
            sources = _between_sides(tok, actors) or _joined_owners(tok, actors)
        if not sources and not (passive_no_agent and targets):
            return []
        if hit.code == "172" and lemma(tok) in ("fire", "sack", "dismiss") and sources and \
                targets and all((m.sector or "")[:3] == "GOV" for m in sources) and all(
                m.country in {s.country for s in sources} and
                (m.sector or "")[:3] in ("GOV", "MIL", "COP", "SPY") for m in targets):
            return []  # "Zelensky fired his top commander": a government's own staffing
        if hit.code in ("172", "173", "174") and sources and all(
                (m.sector or "").startswith("COP") for m in sources) and not any(
                lemma(t) in _POLITICAL_OFFENCES for t in tok.sent):
            # police arresting "a man suspected of burglary": crime, not politics (but "a man
            # suspected of spying for Russia" is, and so is "detained a Japanese businessman"
            # in China: a foreigner)
            home = {m.country for m in sources}
            targets = [m for m in targets if not self._lone_person(tok.doc, m) or
                       (m.country is not None and m.country not in home)]
            # "arrested three men suspected of stealing luxury watches", "detained two women
            # on suspicion of fraud": suspects of a crime, no one political (a foreigner is
            # kept: "detained two Britons suspected of smuggling")
            # (but not those suspected of the crowd's offences in unrest: "arrested 27 people
            # suspected of looting and arson")
            unrest = any(lemma(t) in _UNREST_OFFENCES for t in tok.sent)
            suspicion = not unrest and any(lemma(p) == "suspicion"
                                           for p in _prep_objects(tok, "on"))
            targets = [m for m in targets if m.country not in home or not (
                m.basis in ("context", "agent") and (m.sector or "CVL")[:3] in _PRIVATE_SECTORS
                and (suspicion or (not unrest and _suspected(_mention_root(tok.doc, m)))))]
            named = _PASSIVE_SUBJECTS if _passive(tok) else _OBJECTS
            # the people it is done to: its object, or whom the weapon is aimed at ("fired
            # tear gas at pensioners")
            done_to = [*_children(tok, *named),
                       *(o for p in ("at", "on", "against") for o in _prep_objects(tok, p))]
            # "fired tear gas to push them back": whom the purpose is aimed at
            purpose = [o for c in _kids(tok) if c.dep_ in ("advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in _kids(c))
                for o in _children(c, *_OBJECTS)]
            if not targets:
                targets = [m for o in purpose for m in actors.of(o) if m not in sources and
                           m.basis != "location"]
            done_to += purpose
            kept = any((o.tag_ in ("NNS", "NNPS") or o.ent_type_ == "PERSON" or
                        lemma(o) in _CROWDS or o.lower_ == "them") and
                       not suspicion and (unrest or not _suspected(o)) for o in done_to)
            if not targets and not kept:  # "detained dozens of people", "arrested Disha Ravi"
                return []
        if hit.code[:2] == "14" and sources and sources[0].country and all(
                m.basis == "location" or (not m.sector and m.country == sources[0].country)
                for m in targets) and _anti_government(tok):
            # "the largest anti-government protest", "anti-government protesters marched":
            # against the protesters' own government
            m = sources[0]
            start = next((t.idx for t in tok.sent if t.lower_ == "government" and t.i > 0 and
                          tok.doc[t.i - 1].text == "-"), tok.idx)
            targets = [replace(m, text="government", start=start, end=start + 10,
                               code=f"{m.country}GOV", sector="GOV", plover_sector=None,
                               name=None, entry=None, valid=None, basis="agent")]
        if not targets and sources and hit.code[:3] in ("087", "035"):
            # "Russia announced a ceasefire in Ukraine", "Israel agreed to a ceasefire in
            # Gaza": a truce in another's land is with that land (one's own is no party:
            # "the RSF declared a truce in Sudan")
            truces = [t for t in (tok, *_children(tok, *_OBJECTS), *_prep_objects(tok, "to"))
                      if lemma(t) in _TRUCES]
            own = {m.country for m in sources}
            targets = [m for t in truces for p in _prep_objects(t, "in")
                       for m in (actors.of(p) or self._place_at(actors, p))
                       if m.country and m.country not in own and
                       (m.code or "")[:3] not in ORG_PREFIXES][:1]
        reciprocal = bool(hit.row and hit.row.reciprocal) or (hit.code[:2] in ("04",) and (
            lemma(tok) in ("meet", "talk", "negotiate", "confer")))
        if reciprocal and targets and len(sources) < 2 and (hit.code[:2] != "04" or not any(
                self._joined(tok.doc, m, objects=hit.code[:2] not in _VIOLENT) for m in targets)):
            # One named doer acts on the target: "restored ties with Gondor", "agreed to an
            # extension for the force in Lebanon". Only a meeting or a call with a partner is
            # mutual by nature ("met X", "talks with X"), as are acts of two subjects (below),
            # and what is done jointly ("held a joint naval exercise with the French navy").
            reciprocal = hit.code[:2] in _COOPERATIVE and any(
                lemma(c) == "joint" for o in (tok, *_children(tok, *_OBJECTS))
                for c in _children(o, "amod"))
        # "Hungarian and Romanian officials agreed": cooperation between the two, both ways;
        # "X and Y failed to reach agreement": a rejection between them.
        # (not mediation: "Egypt and Qatar mediated the truce" do not mediate each other; not
        # a pledge: "France and Germany pledged aid" promise it to others)
        # (nor praise or hosting: "Japan and South Korea welcomed the resolution", "Qatar and
        # Egypt hosted talks" welcome and host it together, not each other)
        host = self._governor(tok) if tok.pos_ == "NOUN" and host_verb is None else None
        hosting = hit.code[:3] == "043" or lemma(tok) == "host" or (
            host is not None and lemma(host) == "host" and any(
                m in sources for s in _children(host, "nsubj") for m in actors.of(s)))
        between = (hit.code[:2] in _COOPERATIVE and
                   hit.code[:3] not in ("039", "045", "051") and not hosting and
                   not (hit.code[:2] == "03" and lemma(tok) in _PROMISING and not any(
                       lemma(o) in _RELATIONAL for o in (
                           *_children(tok, *_OBJECTS),
                           *(_children(hit.complement, *_OBJECTS)
                             if hit.complement is not None else ()))))) or (
            hit.code[:2] == "12" and hit.complement is not None and hit.code[:3] != "129")
        # (a veto is cast on another's text: "Russia and China vetoed the resolution")
        if tok.pos_ == "VERB" and _passive(tok):
            between = False  # "the strikes were supported by A, B and C": not of each other
        if hosting:
            reciprocal = False
        if len(sources) >= 2 and between:
            if not targets:
                reciprocal = True
            elif ({m.country for m in targets} <= {m.country for m in sources} and (
                    reciprocal or hit.code[:2] == "12")) or _topics(tok.doc, targets):
                # "Israel and Lebanon renewed talks on an Israeli pullback", "failed to reach
                # agreement on the Palestinian offices", "Seoul and Tokyo pledged closer
                # coordination on China": between the two, whatever it is about
                reciprocal, targets = True, []
        if len(sources) >= 2 and not targets and _each_other(tok):
            reciprocal = True  # "Thailand and Cambodia accused each other"
        if len(sources) >= 2 and not targets and hit.code in ("161", "164") and \
                len({m.country for m in sources}) == len(sources) and any(
                    lemma(o) in _SEVERED for o in _children(tok, *_OBJECTS)):
            reciprocal = True  # "Belgium and Rwanda cut diplomatic ties": with each other
        if len(sources) >= 2 and not targets and tok.pos_ == "NOUN" and \
                lemma(tok) in _FIGHTS | _TALKS and len(_joined_owners(tok, actors)) >= 2:
            reciprocal = True  # "India-Pakistan clashes": each side's at the other
        if hit.code[:3] == "087" and tok.pos_ == "NOUN" and lemma(tok) in _TRUCES:
            # "Trump announced a ceasefire between Israel and Iran": the truce is the two
            # sides', not the announcer's
            sides = _between_sides(tok, actors)
            joined = _joined_owners(tok, actors) if not sides else []
            if (len(sides) >= 2 and not any(m in sides for m in sources)) or len(joined) >= 2:
                # ("the Israel-Hamas ceasefire": the two joined before it)
                sources, targets, reciprocal = sides or joined, [], True
        if hit.code[:2] == "16" and sources and targets and all(
                m.country in {s.country for s in sources} for m in targets) and \
                _own_object(tok):
            targets = []  # "Lithuania recalled its ambassador": its own, from somewhere
        if hit.rule == "denial:no-part":
            targets = []  # "said it had no role in the attack on Israel": who accuses, untold
        if hit.code[:2] == "13" and not targets and tok.pos_ == "VERB" and \
                tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in _kids(tok)):
            # "condemned Russia and threatened sanctions", "suspended Sierra Leone ... and
            # threatened sanctions if Bio was not freed": the threat is the first act's
            # target's
            targets = [m for o in _children(tok.head, *_OBJECTS) for m in actors.of(o)
                       if m not in sources and m.basis != "location"]
        if hit.code[:2] in ("18", "19") and targets and all(
                m.basis in ("location", "country", "capital") and not m.sector and m.country
                and m.country not in ORG_PREFIXES for m in targets) and any(
                lemma(w) in _MILITARY_SITES
                for h in (tok, *([hit.complement] if hit.complement is not None else ()))
                for w in (*_children(h, *_OBJECTS), *(p for x in ("on", "against")
                                                       for p in _prep_objects(h, x)))):
            # "an attack by Boko Haram fighters on a base on the shores of Lake Chad", "a
            # suicide car bombing on a military camp in Gao": the base is its army's
            targets = [replace(m, code=f"{m.country}MIL", sector="MIL",
                               plover_sector="Military") for m in targets]
        if hit.code == "175" and sources and targets and all(
                (m.sector or "")[:3] == "MIL" for m in sources) and all(
                m.country and m.country not in {s.country for s in sources} and
                m.country not in ORG_PREFIXES for m in targets):
            # "one of them fired water cannon at Filipino fishermen": a state's forces'
            # force against another's people, no crowd of its own repressed
            hit.code, hit.rule = "180", hit.rule + "+foreign"
        if hit.code[:3] == "084" and targets and all(
                (m.code or "").startswith(_GO_BETWEENS) and not any(
                    r is not None and r.dep_ in _OBJECTS and r.head.i == tok.i
                    for r in (_mention_root(tok.doc, m),)) for m in targets):
            targets = []  # "handed over the hostages to the Red Cross": a go-between (but
            # "freed two WHO staff members": the UN's own people, freed)
        if not targets and (hit.code[:3] in ("191", "192") or hit.code[:2] in ("19", "20")):
            # "seized the central Somali town of Moqokori": a settlement the gazetteer does
            # not know, of the country its adjective names
            targets = [replace(m, basis="location") for o in _children(tok, *_OBJECTS)
                       if lemma(o) in _SETTLEMENT_WORDS for c in _children(o, "amod")
                       if (m := actors.at.get(c.i)) is not None and m.country and
                       m.code == m.country][:1]
        if hit.code[:3] in ("087", "192") and sources and targets and all(
                (s.sector or "GOV")[:3] in ("MIL", "COP", "GOV", "SPY") for s in sources) and all(
                (m.basis == "location" or (
                    hit.code[:3] == "192" and (m.sector or "")[:3] == "GOV" and
                    m.basis not in ("name", "title"))) and
                m.country in {s.country for s in sources} for m in targets):
            # ("Sudanese troops recaptured the presidential palace": their own state's seat)
            targets = []  # "Syrian forces withdrew from Sweida": the state's own land, no
            # target (but "Syrian rebels captured Aleppo" take it from the state)
        if hit.code[:3] == "192" and targets and all(
                (m.sector or "")[:3] == "BUS" or (m.code or "").startswith("MNC")
                for m in targets):
            hit.code, hit.rule = "1711", hit.rule + "+firm"  # "seized control of British
            # Steel": a company's property taken, no land
        if hit.code[:3] in ("191", "192") and targets:
            # "captured the village of Bahatyr", "besieged the town": the land, the state's
            # (not its people, as in "attacked a village, killing ...")
            targets = [replace(m, code=m.country, sector=None, plover_sector=None)
                       if m.country and (m.sector or "")[:3] == "CVL" and
                       lemma(_mention_root(tok.doc, m) or tok) in _SETTLEMENT_WORDS else m
                       for m in targets]
        if sources and targets and hit.code[:2] in _SAID_ROOTS and _topics(tok.doc, targets) \
                and all(
                m.basis == "location" and m.country in {s.country for s in sources}
                for m in targets):
            targets = []  # "refused mediation on Kashmir": its own land, what it is about
        if targets and (hit.code[:2] == "04" or hit.code[:3] == "036"):
            # "The Security Council will meet on Ukraine": what a meeting is about is no
            # partner in it
            topics = {q.i for p in _kids(tok) if p.dep_ == "prep" and
                      p.lower_ in ("on", "about", "over", "regarding", "concerning")
                      for q in _kids(p) if q.dep_ == "pobj" for q in (q, *q.conjuncts)}
            targets = [m for m in targets
                       if getattr(_mention_root(tok.doc, m), "i", None) not in topics]
        # "freed three hostages in exchange for 183 Palestinian prisoners": what is given back
        # is no one acted on; "Armenia and Azerbaijan signed a US-brokered deal": the broker
        # is no party
        targets = [m for m in targets
                   if not (_in_exchange(tok.doc, m) and not _patient_of(tok, m))
                   and not _broker(tok.doc, m)]
        if reciprocal and len(sources) >= 2 and targets and all(
                m.basis == "location" or not _partner(tok, m) for m in targets):
            # "Indian and Chinese troops clashed in Ladakh", "Congo and Rwanda signed an
            # agreement in the presence of Rubio": with each other, not the place or witness
            targets = []
        if hit.code[:2] in ("13", "15") and sources:
            # "Kim vowed to boost his country's nuclear arsenal": no threat to itself (but
            # "Homan threatened to arrest New Jersey Governor Phil Murphy": another person of
            # the same government)
            own = {s.name or s.text for s in sources}
            # ("deployed troops to Washington, D.C.": the capital at home is a place, no
            # government)
            targets = [_as_state(m) if hit.code[:2] == "15" and m.basis == "capital" and
                       any(m.code == s.code for s in sources) else m for m in targets]
            targets = [m for m in targets if not any(m.code == s.code for s in sources) or (
                m.basis in ("name", "title") and (m.name or m.text) not in own)]
        if hit.code in ("0874", "1246") and sources:
            # "would not withdraw its troops from the Donbas region": a place of its own is
            # no side yielded to
            # (a state's; rebels pulling out of a town yield it to the state: "the M23
            # withdrew from Walikale, Congo")
            targets = [m for m in targets if not (
                m.basis == "location" and m.country in {
                    s.country for s in sources if (s.sector or "GOV")[:3] in ("GOV", "MIL")})]
        if hit.code[:3] in ("042", "043") and sources and targets and all(
                m.basis in ("location", "country", "capital") and
                m.country in {s.country for s in sources} for m in targets):
            return []  # "Ruto travelled to Mombasa", "Modi visited Kashmir": a trip at home
        if hit.code[:3] == "016" and sources:
            # "Rwanda denied that its troops were fighting in Congo": what its own forces are
            # said to do is denied, not to them
            targets = [m for m in targets if not (
                (m.sector or "")[:3] in ("MIL", "COP", "SPY") and any(
                    m.country == s.country and (s.sector or "GOV")[:3] == "GOV"
                    for s in sources))]
        if hit.code[:2] in ("01", "02", "13") and targets and all(
                _own_nationals(tok.doc, m, sources) for m in targets):
            return []  # "Beijing warned its citizens against travelling to Japan", "urged its
            # nationals to leave Myanmar": an advisory to its own people, no act on another
        pairs: list[tuple[ActorMention | None, ActorMention | None]] = []
        # ("Haitian police and Kenyan officers clashed with gangs": with the gangs, not with
        # each other, though the gangs are no coded actor)
        opposed = tok.pos_ == "VERB" and any(
            q.dep_ == "pobj" and lemma(q) not in ("side", "other", "each", "another") and
            not any(c.dep_ in ("acl", "relcl") for c in _kids(q)) and not (
                p == "with" and (_lent(q) or _aside(q)))  # ("with Qatar mediating", "with
            # Trump as a witness")
            for p in ("with", "against") for q in _prep_objects(tok, p))
        # ("Russia and Ukraine each handed over 1,000 prisoners": each to the other)
        each = len(sources) >= 2 and len({m.country for m in sources}) == len(sources) and \
            (hit.code[:3] == "084" or hit.code == "0353") and (any(
                c.lower_ == "each" for s in (*_children(tok, "nsubj", "dobj"), tok)
                for c in _kids(s)) or (hit.complement is not None and any(
                    t.lower_ == "each" for t in hit.complement.subtree)))
        # ("agreed to exchange 1,000 prisoners of war each")
        if each:
            targets = [m for m in targets if m.sector in ("CRM", "CVL", "MIL", None) and
                       m.country not in {s.country for s in sources} and
                       m.basis != "context"]
        if hit.code in ("043", "046") and lemma(tok) == "host" and \
                len({m.code for m in targets}) >= 2 and (any(
                    lemma(w) in _NEGOTIATIONS for p in _prep_objects(tok, "for")
                    for w in (p, *_prep_objects(p, "of"))) or (
                    tok.dep_ == "acl" and lemma(tok.head) in _TALKS) or (
                    tok.dep_ == "advcl" and tok.tag_ == "VBN" and (
                        lemma(tok.head) in ("meet", "negotiate", "talk") or any(
                            lemma(o) in _TALKS for o in _children(tok.head, "dobj"))))):
            # "Qatar hosted Congolese government and M23 negotiators for talks", "held talks
            # in Istanbul, hosted by Turkey's foreign minister" (and "..., hosted by Turkish
            # Foreign Minister Hakan Fidan", hung on the holding): a host of two sides' talks
            # mediates between them
            hit.code, hit.rule = "045", hit.rule + "+talks"
        if lemma(tok) == "host" and tok.dep_ == "acl" and not targets:
            return []  # "The talks, hosted by Saudi Arabia, brought together ...": no parties
            # the hosting names (the host's part is told with the talks' own event)
        if sources and not targets and (reciprocal or each) and len(sources) >= 2 and \
                not opposed:
            # (each side with the others, not with itself: "the foreign ministers of Armenia
            # and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, began talks" names each
            # side twice)
            each_side = {a.code for a in sources}
            pairs = [(a, b) for a in sources for b in sources
                     if a is not b and (len(each_side) < 2 or a.code != b.code)]
        else:
            source_options: list[ActorMention | None] = list(sources) or [None]
            target_options: list[ActorMention | None] = list(targets) or [None]
            for a in source_options:
                for b in target_options:
                    if a is not None and b is not None and a is not place and (a is b or (
                            a.code == b.code and (a.text.lower() == b.text.lower() or
                                                  _one_person(tok.doc, a, b) or
                                                  hit.rule.startswith("petrarch2:") or
                                                  hit.code[:2] == "04" or (
                                                      hit.code[:2] in _VIOLENT and any(
                                                          m.code != a.code
                                                          for m in sources))))):
                        # (but "a Turkish minister was detained": the state holds its own
                        # minister, the source read off the one held)
                        # ("Erdogan and Aliyev signed a deal during a visit to Ankara": no
                        # one visits or meets his own government; "he" and "him" of one
                        # name, or a title and the name right after it, are one person)
                        # (Kurdish officials v. the Iraqi government: one code, two actors;
                        # but a loose pattern's "Rubio leading the US delegation" is no act
                        # on another)
                        continue
                    pairs.append((a, b))
                    if reciprocal and a is not None and b is not None:
                        pairs.append((b, a))
        if hit.code[:2] in ("05", "11", "12") and sources and all(
                (m.sector or "")[:3] in ("CVL", "PPL") and _polled(tok.doc, m) for m in sources):
            return []  # "70 percent of Germans support stricter border controls, a survey
            # found": opinion measured, no act
        if sources and all(_commercial(m) for m in sources) and all(
                m is None or _commercial(m) or (m.sector or "")[:3] in ("CVL", "PPL")
                for m in targets) and hit.code[:2] not in _NEVER_ONLY_BUSINESS:
            return []  # "Microsoft agreed to acquire the studio", "Apple sued Samsung":
            # business between firms and their customers (but "Meta sued the FTC" is not)
        if not pairs:
            return []
        comp = hit.complement
        if hit.code[:2] == "10" and lemma(tok) in _COMMANDS and comp is not None and \
                lemma(comp) in ("withdraw", "pull", "exit", "leave", "quit") and sources and \
                targets and all(t.country in {s.country for s in sources} for t in targets):
            # "Trump ordered the United States to withdraw from the WHO": a state leaving a
            # body or treaty on its leader's order (160), not a demand made of itself
            left = [m for q in _prep_objects(comp, "from") for m in actors.of(q)
                    if (m.code or "")[:3] in ("IGO", "NGO") or m.country not in
                    {s.country for s in sources}]
            if left or any(lemma(q) in ("agreement", "accord", "treaty", "pact", "deal",
                                        "convention", "organization", "organisation")
                           for q in _prep_objects(comp, "from")):
                hit.code, hit.rule, targets = "160", hit.rule + "+own-state", left
                ends: list[ActorMention | None] = list(left) or [None]
                pairs = [(a, b) for a in sources for b in ends]
        if hit.code in ("161", "172", "174") and targets and all(
                t.basis not in ("name", "title") and (t.sector or "")[:3] not in ("MIL", "GOV")
                and ((t.code or "").startswith("IGOUNO") or (
                    hit.code != "172" and (t.code or "").startswith("NGO")))
                for t in targets):
            # "banned UNRWA from operating", "expelled an official of the Norwegian Refugee
            # Council": a restriction on aid agencies (1663), not on diplomats or citizens
            hit.code, hit.rule = "1663", hit.rule + "+agency"
        if hit.code == "051" and lemma(tok) == "approve" and not targets:
            return []  # "the cabinet approved a plan to build a railway": its own plan, no one
            # else's position endorsed
        if hit.code == "130" and lemma(tok) == "vow" and sources and all(
                (m.sector or "")[:3] in _ARMED_SIDES for m in sources):
            # "Hezbollah vowed to retaliate", "the army vowed that the attackers would pay a
            # heavy price": an armed side's threat is one of force
            hit.code, hit.rule = "138", hit.rule + "+armed"
        if hit.code[:2] == "12" and lemma(tok) == "fail" and len(sources) < 2 and not targets:
            return []  # "the Security Council failed to agree on a statement": no one refused
        if hit.code[:2] in ("02", "10") and lemma(tok) in _COMMANDS and sources and targets \
                and all(t.country in {s.country for s in sources} and
                        (t.sector or "")[:3] in ("MIL", "COP", "SPY") for t in targets) \
                and not any((s.sector or "")[:3] in ("JUD", "LEG") for s in sources):
            return []  # "ordered the Kenya Defence Forces to support the police": its own
            # (but "a Kenyan court ordered police to release the activists" is a demand)
        if lemma(tok) == "clash" and hit.code[:2] == "19" and sources and (
                targets or len(sources) >= 2) and not any(
                t.lower_ in _CROWD_WORDS for c in _children(tok, "nsubj", "prep")
                for t in c.subtree) and all(m.basis != "location" for m in targets) and all(
                (m.sector or "")[:3] in _WORDY_SECTORS for m in sources) and all(
                (m.sector or "")[:3] in _WORDY_SECTORS | {"MED"} for m in targets) and any(
                m.sector for m in (*sources, *targets)):
            # "Sheinbaum clashed with Trump over tariffs", "Trump and Zelensky clashed",
            # "clashed with reporters": leaders clash in words
            hit.code, hit.rule = "111", hit.rule + "+verbal"
        # ("invited the opposition to talks on Wednesday": the talks' day, to come)
        invited = lemma(tok) == "invite" and any(
            t.ent_type_ == "DATE" for p in _children(tok, "prep") if p.lower_ == "to"
            for t in p.subtree)
        day, basis = event_date(sent, tok, published, future=hit.mode == "future" or invited)
        planned = None
        if (hit.mode == "future" or invited) and day is not None and published is not None and \
                day > published:
            # "Putin will visit India on Friday": the intent is told now, the visit planned
            # for Friday (the day it was said, if the saying has a day of its own)
            planned, day, basis = day, *self._said_day(sent, tok, published)
        if published is not None and day is not None and (published - day).days > \
                _HISTORY_DAYS and hit.mode != "future" and basis in ("explicit", "month") and \
                (str(day.year) in {t.text for t in sent} or day == _OCTOBER_7):
            return []  # "Hamas attacked Israel on 7 October 2023", "in August 2022", told in
            # 2026: history (not a day or month told without its year, which may be misread
            # or the story misdated: "said he would visit China in April and invited Xi")
        if published is not None and day is not None and basis == "month" and \
                (published - day).days > _HISTORY_DAYS and hit.mode == "asserted" and \
                tok.tag_ == "VBD" and _own_month(tok):
            return []  # "In March, authorities detained Imamoglu", told in October: a month
            # half a year before the story, of a deed told as done, is its background (the
            # year may go unsaid where the verb's past tense leaves no doubt)
        quote = _covering(quotes, tok.idx)
        raw = sent.text  # a masked dateline leaves blanks at the start: not the sentence's
        sentence = raw.strip()
        first = sent.start_char + (len(raw) - len(raw.lstrip()))
        span = (first, first + len(sentence))
        depth, node = 0, tok
        if tok.pos_ in ("NOUN", "PROPN") and not _claimed(tok):
            # an event noun ranks as its light verb; a claimed act below its claim
            node = self._governor(tok) or tok
        while node.head.i != node.i and depth < 20:
            node, depth = node.head, depth + 1
        out = []
        told: list[tuple[ActorMention | None, ActorMention | None, str, str]] = [
            (s, t, hit.code, hit.rule) for s, t in pairs]
        if tok.pos_ == "VERB" and hit.code[:2] in _SAID_ROOTS and hit.code[:2] != "04" and \
                not hit.negated and hit.mode == "asserted" and _on_a_call(tok):
            # "Xi invited Trump to visit Beijing during a phone call", "apologised to Qatar's
            # prime minister in a phone call": the call is an event of its own, both ways
            # (with the one addressed, or between the subjects: "Putin agreed in a phone call
            # with Trump to halt strikes on Ukraine" calls Trump, not Ukraine, and the call
            # with Trump is told by its own row)
            addressed = {t.i for c in _kids(tok) if c.dep_ in ("dobj", "dative") or (
                c.dep_ == "prep" and c.lower_ in ("to", "with")) for t in c.subtree}
            calls: list[tuple[ActorMention, ActorMention]] = []
            for s, t in pairs:
                if s is not None and t is not None and s.code and t.code and \
                        s.code != t.code and (t, s) not in calls and (s, t) not in calls and (
                            t in sources or any(
                                actors.at.get(i) is t for i in addressed)):
                    calls.append((s, t))
            told += [(a, b, "041", hit.rule + "+phone-call") for s, t in calls
                     for a, b in ((s, t), (t, s))]
        for s, t, code, rule in told:
            if lemma(tok) == "clash" and code == "190" and not targets and s and t:
                # "police and protesters clashed": a riot on the crowd's side, repression on
                # the police's (as "protesters clashed with police")
                side_of_s, side_of_t = (s.sector or "")[:3], (t.sector or "")[:3]
                if side_of_s in _STREET_SECTORS and side_of_t == "COP":
                    code, rule = "145", rule + "+crowd"
                elif side_of_s == "COP" and side_of_t in _STREET_SECTORS:
                    code, rule = "175", rule + "+crowd"
            info = self.cameo.get(code)
            confidence = 0.45 + (0.25 if hit.curated else 0.1)
            confidence += 0.15 if s is not None and s.country else 0.0
            confidence += 0.1 if t is not None else 0.0
            confidence = round(min(confidence, 0.95) * (0.8 if hit.mode != "asserted" else 1.0), 3)
            out.append(Event(
                event_id=_event_id(doc_id, part, s_index, tok.idx, s.code if s else "",
                                   t.code if t else "", code),
                doc_id=doc_id, part=part,
                sentence_index=s_index, sentence=sentence, span=span,
                date=day.isoformat() if day else None,
                date_basis=basis, planned_date=planned.isoformat() if planned else None,
                source=Party.of(s) if s else None,
                target=Party.of(t) if t else None, cameo=code,
                cameo_name=info.name if info else None,
                plover=info.plover if info else None,
                plover_mode=info.plover_mode if info else None,
                plover_context=info.plover_context if info else None,
                goldstein=info.goldstein if info else None,
                quad_class=info.quad_class if info else None,
                negated=hit.negated, mode=hit.mode, confidence=confidence,
                trigger=(tok.text, tok.idx, tok.idx + len(tok.text)), rule=rule,
                resources=self.digest, quote_id=_quote_id(quote, doc_id),
                extra={"depth": depth, "token": tok.i,
                       "place_target": t is not None and t.basis in ("location", "capital")},
            ))
        return out


def _survived(noun: Token) -> bool:
    """Whether an attack noun is what its verb's subject survived or escaped: "survived an
    assassination attempt", "escaped an ambush"."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in ("survive", "escape", "withstand")


def _of_whole(noun: Token) -> Token:
    """The quantity a noun is counted by: "thousands" in "thousands of people"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in (
            "NOUN", "NUM", "PRON"):
        return noun.head.head
    return noun


def _between_sides(noun: Token, actors: _Actors) -> list[ActorMention]:
    """The sides a noun of fighting names with "between" ("clashes between M23 rebels and
    the Congolese army"), places left out; or the verb it is the subject of, where the
    parser hangs the phrase ("clashes erupted between X and Y")."""
    objects = list(_prep_objects(noun, "between"))
    if not objects and noun.dep_ == "nsubj":
        objects = list(_prep_objects(noun.head, "between"))
    return [m for p in objects for m in actors.of(p) if m.basis != "location"]


def _joined_owners(noun: Token, actors: _Actors) -> list[ActorMention]:
    """The two sides a noun's modifier names joined ("the Israel-Hamas ceasefire",
    "India-Pakistan clashes", read as conjuncts by the parse repair)."""
    joined = [c for c in _kids(noun) if c.dep_ in ("compound", "amod") and c.i < noun.i
              and any(k.dep_ == "conj" for k in _kids(c))][:1]
    return [m for c in joined for m in actors.of(c) if m.basis != "location"]


def _done_by(noun: Token) -> bool:
    """Whether an event noun that is its clause's subject names its doer with "by" ("the
    arrest of the mayor by Turkish police sparked protests"): an act reported as done."""
    if noun.dep_ != "ROOT" and lemma(noun.head) in _UNDONE:
        return False  # "the release of the hostages by Hamas was delayed"
    return noun.dep_ in ("nsubj", "nsubjpass", "ROOT") and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(
            o.pos_ in ("NOUN", "PROPN") for o in _children(c, "pobj")) for c in _kids(noun))


def _own_goods(doc: Doc, mention: ActorMention, source: Sequence[ActorMention]) -> bool:
    """Whether ``mention`` is only the source's own nationality on a thing ("retaliate
    against the tariff on Brazilian exports", said of Brazil): whose goods are hit, not whom
    the act is aimed at."""
    if mention.sector or not mention.country or mention.basis != "country" or \
            not any(s.country == mention.country for s in source):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].dep_ in ("amod", "compound",
                                                                      "nmod") and \
        span[0].head.pos_ == "NOUN" and lemma(span[0].head) not in _OWN_PEOPLE


def _asked_for(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` hangs from ``verb`` through "for" and a span of time or a number
    ("called for a week of strikes", "for three days of protests")."""
    node, counted = noun, False
    while node.i != verb.i and node.head.i != node.i:
        counted = counted or (node.i != noun.i and node.pos_ == "NOUN" and
                              lemma(node) in _QUANTITY_HEADS)
        if node.dep_ == "prep" and node.lower_ == "for":
            return counted
        node = node.head
    return False


def _own_mission(mention: ActorMention, source: Sequence[ActorMention]) -> bool:
    """Whether ``mention`` is the source's own embassy or consulate ("Qatar reopened its
    embassy in Damascus", "the Qatari embassy": the embassy is Qatar's, the event aimed at
    Syria)."""
    # (or named by its state: "reopened the German embassy in Damascus")
    return mention.basis in ("coreference", "agent") and \
        mention.text.lower().split()[-1].rstrip("s") in _MISSIONS and \
        any(s.country == mention.country for s in source)


def _hosted_for(noun: Token) -> Token | None:
    """The hosting verb ``noun`` is the purpose of ("hosted Paetongtarn for talks", "hosted
    the two delegations for a new round of talks"), if any. (Not a meeting: "hosted Hashimoto
    for an informal meeting" is the hosting, one event, in the CAMEO codebook's example.)"""
    if lemma(noun) not in _TALKS - {"meeting", "summit"}:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            lemma(noun.head.head) in _QUANTITY_HEADS and noun.head.head.dep_ == "pobj":
        noun = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and lemma(verb) == "host" else None


def _charged_with(tok: Token) -> bool:
    """Whether ``tok`` is the act someone is arrested, tried or punished for ("arrested for
    attacking police", "on trial for plotting a coup"); not whom a warrant is for."""
    if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "of" and \
            lemma(tok.head.head) in _SUSPICIONS and tok.head.head.dep_ == "pobj" and \
            tok.head.head.head.lower_ in ("on", "over", "under"):
        return True  # "arrested three men on suspicion of spying for China"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and \
            lemma(tok.head.head) in _ACCUSING and tok.head.head.dep_ == "relcl":
        return True  # "the UAE, which Sudan accuses of arming the RSF": alleged, not told
    if tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return False
    head = tok.head.head
    if lemma(head) in _CREDITED_FOR:
        return True  # "thanked Kim for sending troops": a deed told before, credited
    if lemma(head) in _PUNISHED_FOR or (
            head.dep_ in ("dobj", "nsubjpass") and lemma(head.head) in _PUNISHED_FOR):
        return True  # (and "executed a man for spying": the parser hangs "for" on the man)
    # "put Bolsonaro on trial for": the preposition hung on the verb of "on trial"
    return any(p.lower_ in ("on", "under") and any(lemma(o) in _HELD_ON
                                                  for o in _children(p, "pobj"))
               for p in _children(head, "prep"))


# What a target is that no one is struck at: "fired missiles at simulated targets".
_MOCK = frozenset({"simulated", "simulate", "mock", "dummy", "practice", "imaginary", "notional"})
# What goes on in a clause of time that tells the background: "while attacks continued".
_GOING_ON = frozenset({"continue", "persist", "rage", "go", "intensify", "escalate"})


def _terms_of(word: Token) -> bool:
    """Whether ``word`` tells the terms of a deal in a relative clause ("a truce reached in
    May, under which the two countries agreed to cut tariffs"): what the deal says, not an
    act of the story."""
    node = word
    for _ in range(6):
        if node.dep_ == "relcl":
            return any(c.dep_ == "prep" and c.lower_ == "under" and any(
                o.tag_ in ("WDT", "WP", "WP$") or any(w.tag_ == "WP$" for w in _kids(o))
                for o in _children(c, "pobj")) for c in _kids(node))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _since_clause(word: Token) -> bool:
    """Whether ``word`` tells what a time is counted from ("three years since Moscow launched
    its invasion", "held since police arrested him in March"), or what is awaited ("until
    Imamoglu is freed"): background, not news."""
    node = word
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            kids = _kids(node)
            # (and what is awaited: "protests will go on until Imamoglu is freed"; and a time
            # counted after: "two days after four people were killed in clashes")
            return any(c.dep_ == "mark" and c.lower_ == "since" for c in kids) or (
                # ("the campaign has since killed 67,000", "negotiators have since met in
                # London": what has been done since, a tally of the past)
                node.i == word.i and node.tag_ == "VBN" and any(
                    c.dep_ == "advmod" and c.lower_ == "since" for c in kids) and any(
                    c.dep_ == "aux" and lemma(c) == "have" for c in kids)) or (
                any(c.dep_ == "mark" and c.lower_ == "after" for c in kids) and any(
                    c.dep_ == "npadvmod" and lemma(c) in _SPANS and c.lower_ != "day"
                    for c in kids)) or (
                any(c.dep_ == "mark" and c.lower_ == "until" for c in kids) and
                (node.tag_ in ("VBZ", "VBP") or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in kids))) or (
                # (and what is a condition of a refusal or a promise: "would not negotiate
                # while Israeli attacks continued")
                node.i != word.i and lemma(node) in _GOING_ON and any(
                    c.dep_ == "mark" and c.lower_ in ("while", "as") for c in kids) and any(
                    c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("would", "will"))
                    for c in _kids(node.head)))
        if node.dep_ not in ("dobj", "pobj", "prep", "compound", "amod", "nsubjpass",
                             "nsubj") or node.head.i == node.i:
            return False  # (and "since the protests began last month": the protests too)
        node = node.head
    return False


def _in_charge(word: Token, root: Token | None = None) -> bool:
    """Whether ``word`` is in what someone is charged with, below ``root`` if given: "plotting
    a coup" in "on trial for plotting a coup", "Israel" in "executed a man for spying for
    Israel"."""
    node = word
    for _ in range(8):
        if root is not None and node.i == root.i:
            return False
        if _charged_with(node):
            return True
        if _head(node).i == node.i:
            return False
        node = _head(node)
    return False


def _personal(subject: Token) -> bool:
    """One person: "he", "she", a person's name, a spokesman, a minister."""
    if subject.tag_ in ("NNS", "NNPS"):
        return False  # "Bosnian Serbs said their forces ...": a people, not a person
    return subject.lower_ in ("he", "she", "i") or subject.ent_type_ == "PERSON" or (
        subject.tag_ == "NN" and subject.lemma_.lower() in _PERSON_NOUNS)


def _plain(word: str) -> str:
    """The word without accents: "chargé" -> "charge"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Acts done to people: who protests or condemns one is against its doer, not the victim
# named after "of" ("the jailing of Imran Khan").
_ACTS_ON_PERSONS = frozenset({
    "arrest", "detention", "jailing", "imprisonment", "incarceration", "sentencing",
    "sentence", "conviction", "prosecution", "persecution", "abduction", "kidnapping",
    "killing", "murder", "assassination", "execution", "torture", "deportation", "expulsion",
    "disqualification", "dismissal", "removal", "ouster", "harassment", "mistreatment",
    "ill-treatment", "detainment", "extradition", "indictment", "trial", "disappearance",
    "transfer", "pushback", "return", "treatment", "internment", "eviction", "roundup"})

# What one may be open or ready to do, as a gerund: "open to meeting Putin", "ready for
# negotiating".
_TALKING_OFFERED = frozenset({"meet", "talk", "negotiate", "discuss", "resume", "sign",
                              "mediate"})
# What a side says it is ready for or open to: talks, a truce, a deal.
_TALKS_OFFERED = frozenset({"talk", "negotiation", "dialogue", "ceasefire", "truce", "deal",
                            "settlement", "agreement", "compromise", "meeting", "summit",
                            "cooperation", "mediation", "exchange"})
# Those who speak for a client in court.
_COUNSEL = frozenset({"lawyer", "attorney", "counsel", "advocate", "solicitor", "barrister"})
# Texts a veto falls on.
_VETOED_TEXTS = frozenset({"resolution", "draft", "text", "motion", "statement", "measure",
                           "declaration", "plan", "proposal", "decision", "agreement", "deal"})
# Verbs of getting another's act done: "secured the release of the hostages".
_OBTAINING = frozenset({"secure", "win", "negotiate", "broker", "obtain", "facilitate"})
# Verbs of weighing an option, under which nothing is done yet.
_WEIGHING = frozenset({"weigh", "consider", "debate", "mull", "contemplate", "explore",
                       "discuss", "study", "ponder"})
# What a side stands ready to do against others, which is no cooperation.
_STANDING_FIRM = frozenset({"defend", "protect", "resist", "respond", "retaliate", "fight",
                            "repel", "confront", "counter"})

# Words of what nearly happened: "close to signing", "on the brink of seizing".
_NEARLY = frozenset({"close", "closer", "near", "nearer", "verge", "brink", "edge", "cusp"})

# Inquiries, whose "into" phrase is what is looked into, wherever the parser hangs it.
_INQUIRIES = {"investigation", "probe", "inquiry", "enquiry", "inquest", "review", "audit",
              "case", "hearing", "trial", "look"}

# Nouns of acts not formed from their verb by a suffix.
_ACT_NOUNS = {"detention": "detain", "expulsion": "expel", "retention": "retain",
              "seizure": "seize", "invasion": "invade", "incursion": "enter",
              "intrusion": "enter"}


def _names_act(noun: str, verb: str) -> bool:
    """Whether ``noun`` is the act of ``verb``: "the launch" of "launched", "the detentions"
    of "detained", "the deportations" of "deported", "the shelling" of "shelled"."""
    if noun == verb or _ACT_NOUNS.get(noun) == verb:
        return True
    stem = verb[:-1] if verb.endswith("e") else verb
    return noun in (verb + "ment", verb + "ation", stem + "ation", verb + "ion", stem + "ion",
                    verb + "al", stem + "al", verb + "ing", stem + "ing", stem + "ure",
                    stem + "sion", verb + verb[-1:] + "ing")


def _partner(tok: Token, mention: ActorMention) -> bool:
    """Whether ``mention`` is what ``tok`` is done to or with: its object, or the object of a
    "with", "to" or "between" under it or its object ("met with X", "signed a deal with X"),
    not a witness, a host or a place ("in the presence of X", "at the invitation of X")."""
    span = tok.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True
    node = span.root
    if node.dep_ == "poss":
        return False  # "signed the first phase of Trump's plan": its author, no party
    if node.dep_ in ("nsubj", "nsubjpass") and node.head.dep_ in ("pcomp", "advcl") and \
            node.head.head.lower_ in ("with", "without"):
        return False  # "exchanged fire, with Thai jets striking Cambodian targets": a scene
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.head.i == tok.i:
            return node.dep_ in ("dobj", "obj", "dative", "iobj", "nsubjpass") or (
                node.dep_ == "prep" and (node.lower_ in ("with", "to", "between", "against")
                                         or (node.lower_ == "of" and tok.pos_ == "NOUN")))
        if node.dep_ == "prep" and node.lower_ not in ("with", "to", "between", "against",
                                                         "of"):
            return False
        node = node.head
    return False


def _rules_out_force(tok: Token | None) -> bool:
    """Whether ``tok`` is "rule out" with force or action as its object ("rule out the use
    of force")."""
    return tok is not None and lemma(tok) == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in _kids(tok)) and bool({
            w.lemma_.lower() for o in _children(tok, *_OBJECTS, "xcomp", "pcomp")
            for w in (o, *_prep_objects(o, "of"), *(  # ("using military force")
                _children(o, *_OBJECTS) if o.tag_ == "VBG" else ()))} & _FORCE_OPTIONS)


def _own_object(verb: Token) -> bool:
    """Whether the verb's object is "its" or "their" something: "recalled its ambassador",
    "violated its airspace"."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their")
               for o in _children(verb, *_OBJECTS) for c in _kids(o))


def _fellows_of(governor: Token, code: str) -> bool:
    """Whether an event noun's governor names those who do the act with its subject, not to
    them: "joined the students in a strike" (but "joined Trump and Abe for talks": partners)."""
    return lemma(governor) == "join" and code[:2] not in _COOPERATIVE


def _kind_modifiers(noun: Token) -> list[Token]:
    """The words before a noun that say what kind of thing it is, each of those joined by
    "and" too: "phone and internet shutdowns", "cut internet and mobile phone services" (not a
    name's: "the Gaza war")."""
    return [m for c in _kids(noun) if c.dep_ in ("compound", "amod") or (
        c.dep_ == "nmod" and c.pos_ != "PROPN") for m in (c, *c.conjuncts)]


def _verb_or_being(tok: Token) -> bool:
    """A verb, or "being" ("accused him of being an intelligence officer")."""
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lower_ == "being")


def _hung_of(verb: Token) -> list[Token]:
    """What an "of" phrase the parser hung on the verb's object names: "accused the ELN of war
    crimes", "accused the journalist of betraying the motherland"."""
    return [p for o in _children(verb, *_OBJECTS) for prep in _children(o, "prep")
            if prep.lower_ == "of" for p in _children(prep, "pcomp", "pobj")]


def _hoped_for(tok: Token) -> bool:
    """Whether an act is what a speaker is hopeful or doubtful of bringing about: "was
    optimistic about reaching a deal with Washington" (013), no deal reached."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") or tok.head.dep_ != "prep" or \
            tok.head.lower_ not in ("about", "of", "on"):
        return False
    return tok.head.head.lower_ in _EXPECTANT


def _describes_target(hit: _Hit, hits: dict[int, _Hit]) -> bool:
    """Whether a hit is a participle that says who another act's target is: "detained
    dozens of students protesting against the government", "clashed with demonstrators
    demanding the minister's resignation". Their protest or demand is how the story names
    them, not an act it reports (the act is the detention, the clash)."""
    tok = hit.token
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head  # ("demanding the resignation": the demand told by its noun)
    if hit.code[:2] not in _DESCRIBING_ROOTS or tok.tag_ != "VBG":
        return False
    if tok.dep_ == "acl":
        noun = tok.head
    elif tok.dep_ == "advcl" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _CROWD_WORDS and \
            tok.doc[tok.i - 1].dep_ in ("dobj", "pobj"):
        noun = tok.doc[tok.i - 1]  # ("clashed with demonstrators demanding ...": the parser
        # hangs the demonstrators' demand on the clash)
    else:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            lemma(noun.head.head) in _QUANTITY_HEADS:
        noun = noun.head.head  # ("dozens of students protesting")
    if noun.dep_ in ("dobj", "dative"):
        act = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        act = noun.head.head
    else:
        return False
    # (or an act told under the verb: "opened fire on protesters demonstrating against the
    # ban, killing 19": the killing)
    return act.i != tok.i and (act.i in hits or any(
        h.token.head.i == act.i and h.token.i != tok.i and h.token.dep_ in ("advcl", "conj")
        for h in hits.values()))


def _doers(act: Token, actors: _Actors) -> list[ActorMention]:
    """Who did an act named by a noun, never its victims: its own modifiers ("Israel's
    strike", "Russian raids") and its "by" agent ("the arrests by police")."""
    deps: tuple[str, ...] = ("poss", "compound", "amod")
    if lemma(act) in _PATIENT_NOUNS and not any(
            True for w in ("of", "against") for _ in _prep_objects(act, w)):
        deps = ("amod",)  # ("Imamoglu's arrest": Imamoglu is arrested, not arresting)
    # ("condemned the drills by the United States": the parser hangs the "by" right after
    # the act on the verb)
    verb = act.head
    stray = [p for c in _kids(verb) if c.dep_ == "prep" and c.lower_ == "by" and
             c.i == act.right_edge.i + 1 for p in _children(c, "pobj")
             if p.tag_ != "VBG"] if act.dep_ == "dobj" and not _passive(verb) else []
    return [*_owners(act, actors, deps),
            *(m for p in (*_prep_objects(act, "by"), *stray) for m in actors.of(p)),
            # ("the tariff imposed by Trump", "the attack carried out by U.S. forces", "the
            # agreements reached between Baku and Yerevan")
            *(m for a in _children(act, "acl") if a.tag_ == "VBN"
              for w in ("by", "between") for p in _prep_objects(a, w) for m in actors.of(p))]


def _one_person(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions of one code name one person: the same canonical name ("he" and
    "him", both read as Bolsonaro), or a title and the name right after it ("Thai acting
    Prime Minister" and "Phumtham Wechayachai")."""
    if a.name and a.name == b.name:
        return True
    first, second = (a, b) if a.start <= b.start else (b, a)
    return 0 <= second.start - first.end <= 1 and doc.text[first.end:second.start].strip() == ""


# Words of a blow answered (see _answered_blows).
_REPRISALS = frozenset({"retaliation", "response", "reprisal", "revenge", "retaliate",
                        "respond", "avenge", "punish", "punishment", "retribution"})


def _answered_blows(doc: Doc, new: list[Event], earlier: Sequence[Event]) -> list[Event]:
    """A response, retaliation or revenge vowed by a side struck, with no one it is aimed at,
    is aimed at the striker told in the sentence or the one before: "Israel launched strikes
    on Iran's nuclear facilities, and Tehran vowed a harsh response"."""
    for e in new:
        tok = doc[e.extra["token"]] if "token" in e.extra else None
        if e.cameo[:2] != "13" or e.target is not None or e.source is None or \
                e.source.country is None or e.negated or tok is None or not any(
                    lemma(w) in _REPRISALS for w in tok.subtree):
            continue
        striker = _one_striker((*earlier, *new), e.source.country, e.part,
                               (e.sentence_index - 1, e.sentence_index), _VIOLENT)
        if striker is not None:
            e.target = striker
            reidentify(e)
    return new


def _one_striker(events: Sequence[Event], struck: str, part: str, sentences: Sequence[int],
                 roots: Container[str]) -> Party | None:
    """The one side of another country that the events of ``sentences`` (in ``part``, with a
    CAMEO root in ``roots``) tell striking ``struck``; None where none or two are told."""
    strikers = [b.source for b in events if b.cameo[:2] in roots and not b.negated and
                b.part == part and b.sentence_index in sentences and
                b.source is not None and b.source.country is not None and
                b.source.country != struck and
                b.target is not None and b.target.country == struck]
    return strikers[0] if len({(s.code, s.country) for s in strikers}) == 1 else None


def _blows_continued(new: list[Event], earlier: Sequence[Event]) -> list[Event]:
    """A blow told with no doer right after a barrage whose doer is named is that barrage's:
    "Russian forces fired 450 drones at Ukraine overnight. A drone hit a residential building
    in Kyiv, killing four" (the one striker of the sentence before that struck the same
    country; none where two are told)."""
    for e in new:
        if e.cameo[:2] != "19" or e.source is not None or e.target is None or \
                e.target.country is None or e.negated or e.mode != "asserted":
            continue
        # (the sentence before: a blow of its own sentence is read with it, "killed when a
        # Russian missile hit a building")
        striker = _one_striker(earlier, e.target.country, e.part, (e.sentence_index - 1,),
                               ("19",))
        if striker is not None:
            e.source = striker
            reidentify(e)
    return new


def _claimed_attacks(doc: Doc, new: list[Event], earlier: Sequence[Event]) -> list[Event]:
    """An attack by no one named, told in the sentence or the one before, is the doing of
    whoever claims responsibility for it ("A roadside bomb struck the convoy, and al-Shabaab
    claimed responsibility"); "the attack" they claim is that attack, not another."""
    claim = next((e for e in new if e.cameo == "015" and e.source is not None and
                  not e.negated and "token" in e.extra and (
                      lemma(doc[e.extra["token"]]) == "claim" or
                      e.rule.startswith("claimed:"))), None)
    if claim is None or claim.source is None:
        return new
    # (an attack by no one named may have its means as its source: "a roadside bomb"; and
    # "gunmen", "assailants" name no group: the one that claims their attack is theirs, when
    # the claim tells no attack of its own: "claimed an attack on a church in Lagos")
    own = any(e is not claim and e.cameo[:2] in _VIOLENT and e.target is not None and
              e.sentence_index == claim.sentence_index for e in new)
    done = [e for e in (*earlier, *new) if (e.source is None or e.source.code is None or (
                not own and e.source.sector == "UAF" and (e.source.country in (
                    None, claim.source.country) or (claim.source.code or "").startswith("IMG")))
            ) and e.cameo[:2] in _VIOLENT and
            e.part == claim.part and claim.sentence_index - 1 <= e.sentence_index and
            not e.negated]
    for e in done:
        e.source = claim.source
        reidentify(e)
    if not done:
        return new

    def retold(e: Event) -> bool:
        word = doc[e.extra["token"]] if "token" in e.extra else None
        if e is claim or word is None or word.pos_ != "NOUN" or e.cameo[:2] not in _VIOLENT:
            return False
        # ("claimed responsibility for the attack"; "killed the minister, an attack claimed
        # by Islamic State": the attack told again in apposition)
        return (e.target is None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                         for c in _kids(word))) or (
            (word.dep_ == "appos" or (word.left_edge.i > 0 and
                                      doc[word.left_edge.i - 1].text == ",")) and any(
                d is not e and e.target is not None and d.target is not None and
                d.target.code == e.target.code for d in done))

    return [e for e in new if not retold(e)]


def _captor(doc: Doc, event: Event, earlier: Sequence[Event]) -> None:
    """A release asked for one told before ("Iran arrested a French citizen. France demanded
    his release") is asked of whoever took them: the doer of the latest arrest, detention or
    abduction the story told in the same part, when the one released is only a pronoun, or a
    definite noun for the one taken ("Turkey jailed journalist Fatih Altayli. The EU demanded
    the journalist's release")."""
    if event.cameo not in _RELEASE_ASKED or "token" not in event.extra:
        return
    tok = doc[event.extra["token"]]
    freed = [tok] if lemma(tok) in _RELEASES else [
        o for o in (*_children(tok, *_OBJECTS), *_prep_objects(tok, "for"),
                    *_prep_objects(tok, "on")) if lemma(o) in _RELEASES]
    captives = [c for r in freed for c in (*_children(r, "poss"), *_prep_objects(r, "of"))]
    if event.target is None:
        if not any(c.lower_ in _CAPTIVE_PRONOUNS for c in captives):
            return
    elif not any(c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("the", "this")
                                          for d in _kids(c)) for c in captives):
        return
    own = event.source.country if event.source is not None else None
    for before in reversed(earlier):
        if before.cameo[:3] in _TAKING and before.part == event.part and \
                before.source is not None and before.source.country != own and (
                    event.target is None or (before.target is not None and
                                             before.target.code == event.target.code)):
            _retarget(event, before.source)
            return


def _after_phrase(verb: Token) -> Token | None:
    """The noun of a time phrase the parser cut off the finite verb right after it, the verb
    left with no subject: "after four days of clashes killed dozens" (days)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start or any(
            c.dep_ in (*_SUBJECTS, *_PASSIVE_SUBJECTS, "mark") for c in _kids(verb)):
        return None
    node = verb.doc[verb.i - 1]
    for _ in range(8):
        if (node.dep_ == "prep" and node.lower_ in ("after", "before", "following", "amid")) \
                or node.head.i == node.i or node.i > verb.i:
            break
        node = node.head
    if node.dep_ != "prep" or node.lower_ not in ("after", "before", "following", "amid") or \
            node.i > verb.i:
        return None
    return next(_children(node, "pobj"), None)


def _time_clause(verb: Token, violent: Callable[[Token], bool]) -> bool:
    """Whether ``verb`` heads a clause of time hung on another that tells no attack of its
    own ("as he left a mosque"; not "as suicide bombers struck polling stations")."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and any(
        c.dep_ == "mark" and c.lower_ in ("as", "when", "while", "after", "before")
        for c in _kids(verb)) and not violent(verb)


def _told_act(participle: Token) -> Token:
    """The clause a participle after a verb of saying goes with: "Gunmen attacked a bus,
    police said, killing nine" (attacked), else the participle's own head."""
    head = participle.head
    if lemma(head) in _REPORTING:
        return next((c for c in _kids(head) if c.dep_ in ("ccomp", "parataxis")
                     and c.i < participle.i), head)
    return head


# Craft that carry people: what is done to one, with those it carries named, is done to them.
_CARRIERS = frozenset({"boat", "dinghy", "raft", "vessel", "ship", "canoe", "trawler", "bus",
                       "truck", "lorry", "plane", "flight", "aircraft", "ferry"})


def _owners(noun: Token, actors: _Actors,
            deps: tuple[str, ...] = ("poss", "compound", "amod")) -> list[ActorMention]:
    """The actors a noun's own modifiers name, not places: "UN sanctions", "an EU statement"
    (and "the US naval deployment", where the parser reads "US" as a modifier of the phrase)."""
    return [m for c in _modifiers(noun) if c.dep_ in deps or (
                c.dep_ == "nmod" and c.i < noun.i and "compound" in deps)
            for m in actors.of(c) if m.basis != "location"]


def _modifiers(noun: Token) -> list[Token]:
    """A noun's children, with the demonym or possessor the parser hung on a bare compound
    before it: "Russian missile strikes" (the parser reads "Russian missile")."""
    kids = list(_kids(noun))
    for c in list(kids):
        if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN":
            kids += [g for g in _kids(c) if g.dep_ in ("amod", "poss") and g.i < c.i
                     and g.ent_type_ in ("NORP", "GPE", "ORG")]
    return kids


def _attribution(word: Token) -> bool:
    """Whether ``word`` is in an "according to" phrase."""
    node = word
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "to" and \
                node.head.head.lower_ == "according":
            return True
        if node.dep_ not in ("conj", "appos", "compound", "amod", "poss", "pobj"):
            return False
        node = node.head
    return False


def _moved(doc: Doc, mention: ActorMention) -> bool:
    """Whether a mention is the force a verb of moving moves ("sent troops")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "amod", "nmod") and root.head.i != root.i:
        root = root.head  # "National Guard troops"
    verb = moving_verb(root)
    return verb is not None and (lemma(verb) in MOVING_VERBS or lemma(verb) in _WITHDRAWING)


# Verbs that take a side's own forces back: "withdrew its troops from the town".
_WITHDRAWING = frozenset({"withdraw", "pull", "evacuate", "recall", "relocate", "redeploy",
                          "retreat"})


def _own_force(doc: Doc, mention: ActorMention, source: Sequence[ActorMention]) -> bool:
    """"Mexico deployed National Guard troops", "offered to send peacekeepers to Gaza": the
    forces a state moves are its own, not whom the move is aimed at."""
    if (mention.sector or "")[:3] not in ("MIL", "COP") or not any(
            m.country == mention.country for m in source):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None and span.root.dep_ in ("amod", "compound") and \
            span.root.head.lemma_.lower() in _FORCES_DOINGS:
        return True  # ("agreed to halt military operations in Kursk": its own operations)
    return _moved(doc, mention)


# What a side's forces do, named with the force as a modifier: "military operations".
_FORCES_DOINGS = frozenset({"operation", "activity", "campaign", "offensive", "action",
                            "exercise", "drill", "presence", "deployment", "buildup"})


def _own_month(verb: Token) -> bool:
    """Whether a month is named as the verb's own time ("In March, authorities detained
    Imamoglu", "recaptured Khartoum in March"), not in another clause of its sentence ("said
    he would visit China in April and invited Xi") nor of a noun it governs ("apologised for
    the downing of a jet last December": the downing's month)."""
    for t in verb.children:
        months = [t] if t.lower_ in _MONTHS else [
            o for o in t.children if o.dep_ == "pobj" and o.lower_ in _MONTHS] \
            if t.dep_ == "prep" else []
        if any(m.text[:1].isupper() for m in months):
            return True
    return False


def _installation(doc: Doc, mention: ActorMention) -> bool:
    """Whether a firm's mention names a plant ("an oil refinery in Russia"), not a company."""
    root = _mention_root(doc, mention)
    return root is not None and lemma(root) in _INSTALLATIONS


# Plants a firm's agent word may name: struck, they are ground, not a firm.
_INSTALLATIONS = frozenset({"refinery"})


def _whole_country(source: Sequence[ActorMention]) -> list[ActorMention]:
    """The source's country as a whole, the target of a measure on all of it: "imposed a
    nationwide curfew", "blocked roads across the country"."""
    return [replace(m, code=m.country, sector=None, plover_sector=None, basis="context")
            for m in source[:1] if m.country and m.country not in ORG_PREFIXES]


def _unknown_accused(verb: Token, actors: _Actors) -> bool:
    """Whether a verb of accusing names the accused by words no actor resolves: "accused
    foreign intelligence services of orchestrating the protests"."""
    return verb.pos_ == "VERB" and lemma(verb) in _ACCUSING and any(
        o.pos_ in ("NOUN", "PROPN", "PRON") and o.i not in actors.at
        for o in _children(verb, "dobj"))


def _own_deed_told(noun: Token) -> Token | None:
    """The verb of saying by which a group claims an attack as its own deed: "Al-Shabaab said
    it carried out the attack", "said it was behind the bombing", "said its fighters were
    responsible for the attack" (not "said the army carried out the raid")."""
    if noun.pos_ != "NOUN":
        return None
    verb = _owning_clause(noun)
    if verb is None and noun.dep_ in ("dobj", "obj") and lemma(noun.head) in _CARRYING_OUT:
        verb = noun.head
    if verb is None:
        return None
    said = verb.head
    if verb.dep_ != "ccomp" or lemma(said) not in ("say", "announce", "state", "claim") or \
            said.i > verb.i or any(c.dep_ == "neg" for c in _kids(verb)) or not any(
                c.dep_ == "nsubj" and (c.lower_ in _OWN_PRONOUNS or any(
                    p.dep_ == "poss" and p.lower_ in _OWN_PRONOUNS for p in _kids(c)))
                for c in _kids(verb)):
        return None
    return said if any(c.dep_ == "nsubj" for c in _kids(said)) else None


def _owning_clause(noun: Token) -> Token | None:
    """The clause of being by which a deed is owned: "(it) was behind the attack", "(they)
    were responsible for the bombing"."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "behind" and lemma(prep.head) == "be":
        return prep.head
    if prep.lower_ == "for" and lemma(prep.head) == "responsible" and \
            prep.head.dep_ == "acomp" and lemma(prep.head.head) == "be":
        return prep.head.head
    return None


# Verbs of carrying out an attack: "said it carried out the attack".
_CARRYING_OUT = frozenset({"carry", "conduct", "stage", "perpetrate", "mount", "execute"})
# The words by which a group speaks of itself and its own: "said it", "said its fighters"
# (the subject and possessive pronouns; not "us", which is also the United States).
_OWN_PRONOUNS = _PRONOUNS - {"them", "us"}


def _claimed(noun: Token) -> bool:
    """Whether an event noun is what someone takes responsibility or credit for ("claimed
    responsibility for the attack"), or claims ("claimed the suicide bombing")."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "for" and
            noun.head.head.lemma_.lower() in ("responsibility", "credit")) or (
        noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.pos_ == "VERB" and
        noun.head.lemma_.lower() == "claim")


def _each_other(tok: Token) -> bool:
    """Whether an act's object is "each other" or "one another"."""
    words = [tok, *(p for c in _kids(tok) if c.dep_ == "prep" for p in _kids(c))]
    for w in words:
        for o in _kids(w):
            if o.dep_ not in ("dobj", "pobj", "obj"):
                continue
            for x in (o, *(c for c in _kids(o) if c.dep_ == "poss")):
                # "each other", or its possessive: "expelled each other's diplomats"
                pair = {x.lower_, *(d.lower_ for d in _kids(x))}
                if pair >= {"each", "other"} or pair >= {"one", "another"}:
                    return True
    return False


def _when(prep: Token) -> bool:
    """Whether a preposition's phrase is a time ("on Thursday", "at dawn", "in March")."""
    objects = [c for c in _kids(prep) if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.lower_ in _WEEKDAYS or o.lower_ in _MONTHS or o.lemma_.lower() in _TIME_NOUNS or
        (o.like_num and len(o.text) == 4) for o in objects)  # (the model calls "Kyiv" TIME)


def _answered(clause: Token) -> bool:
    """Whether a clause is a statement the parser hung on the denial that answers it: "X
    accused Y of Z, a claim police denied" (the clause before the verb, the verb's object a
    "claim" or "charge" after it)."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i < clause.i:
        return False
    between = clause.doc[clause.right_edge.i + 1:head.i]
    return len(between) > 0 and between[0].text == "," and any(
        lemma(t) in _CHARGES and t.pos_ == "NOUN" for t in between)


def _named(word: Token) -> bool:
    """Whether a noun names its holder: "Russia", "Germany's defence minister", "Israeli
    strikes" (not "the defence minister", "any attack")."""
    return word.pos_ == "PROPN" or any(
        m.dep_ in ("poss", "compound", "amod") and m.pos_ in ("PROPN", "ADJ") and
        m.text[:1].isupper() for m in _kids(word))


def _at_venue(word: Token, root: Token) -> bool:
    """Whether ``word`` names where or under whom something is done, below ``root``: "met on
    the sidelines of the APEC summit", "at the SCO summit", "under the mediation of X", "on the
    Bangladesh border"."""
    node = word
    for _ in range(12):
        if node.i == root.i or _head(node).i == node.i:
            return False
        if node.dep_ == "pobj" and _head(node).lower_ in ("on", "at", "during", "under", "in",
                                                          "ahead", "before", "after", "near",
                                                          "along", "across", "by", "to") \
                and lemma(node) in _VENUES:
            return True
        node = _head(node)
    return False


def _backed(word: Token, root: Token) -> bool:
    """Whether ``word`` names the backing an act is done with ("fought with the support of AU
    forces"), below ``root``."""
    node = word
    for _ in range(12):
        if node.i == root.i or _head(node).i == node.i:
            return False
        if node.dep_ == "pobj" and _lent(node) and _head(node).lower_ in (
                "with", "by", "under", "through"):
            return True
        node = _head(node)
    return False


def _under(word: Token, root: Token, preps: frozenset[str], clause: bool = False) -> bool:
    """Whether ``word`` is inside the noun phrase of one of ``preps`` below ``root``, or with
    ``clause``, inside the clause one of them opens ("as fighting blocked aid")."""
    node = word
    for _ in range(12):
        if node.i == root.i or _head(node).i == node.i:
            return False
        # ("ahead of the APEC summit", "prior to the talks": the preposition of an adverb)
        name = _head(node).lower_ if node.dep_ == "prep" and node.lower_ in ("of", "to") and \
            _head(node).lower_ in ("ahead", "prior") else node.lower_
        if clause:
            if node.dep_ == "pcomp" and _head(node).lower_ in preps:
                return True
        elif node.dep_ == "prep" and name in preps and not any(
                c.dep_ == "pcomp" for c in _kids(node)):
            return True
        node = _head(node)
    return False


def _event_id(doc_id: str, part: str, s_index: int, offset: int, source: str | None,
              target: str | None, cameo: str) -> str:
    """An event's stable id: its article, part, sentence, trigger offset, parties' codes ("" for
    no party) and code."""
    key = f"{doc_id}|{part}|{s_index}|{offset}|{source}|{target}|{cameo}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def _along_with(word: Token, root: Token, fighting: bool = False) -> bool:
    """Whether ``word`` is inside an "along with" or "together with" phrase below ``root``,
    or, for a blow (``fighting``), a partner's in the operation: "launched a joint operation
    with Mali against jihadists", "an offensive with Chadian forces against Boko Haram"."""
    node = word
    for _ in range(12):
        if node.i == root.i or _head(node).i == node.i:
            return False
        if fighting and node.dep_ == "prep" and node.lower_ == "against":
            return False  # (the parser's "with [Chadian forces against Boko Haram]")
        if node.dep_ == "prep" and node.lower_ == "with" and (
                _head(node).lower_ in ("along", "together") or (fighting and (
                    lemma(_head(node)) in _OPERATIONS or any(
                        lemma(c) in ("joint", "combined") for c in _children(_head(node),
                                                                             "amod"))))):
            return True
        node = _head(node)
    return False


# Verbs by which a charge or case names the accused: "an indictment charging Maduro".
_NAMING_ACCUSED = frozenset({"charge", "accuse", "allege", "name", "target"})
# Armed operations one mounts with partners: "an offensive with Chadian forces".
_OPERATIONS = frozenset({"operation", "offensive", "campaign", "raid", "patrol", "mission",
                         "counteroffensive", "sweep", "crackdown"})


# What is planned or proposed, by someone: "rejected any plan to displace Palestinians".
_PLANS_OF = frozenset({"plan", "proposal", "scheme", "idea", "attempt", "bid", "effort",
                       "initiative", "push", "call", "demand", "move", "decision", "offer",
                       "invitation", "request"})
# Words for others standing in a relation to the one they are said to be of: "Kenya's allies".
_OTHERS_OF = frozenset({"partner", "ally", "neighbour", "neighbor", "donor", "critic", "rival",
                        "enemy", "foe", "adversary", "backer", "friend", "opponent"})
# Verbs of holding a poll: "pledged to hold elections".
_HOLDING_POLLS = frozenset({"hold", "organise", "organize", "conduct", "stage", "call"})
# Polls one votes in: "voted in parliamentary elections" intends no reform (PETRARCH2's 034).
_BALLOTS = frozenset({"election", "poll", "referendum", "runoff", "ballot", "primary"})


def _when_or_where(prep: Token) -> bool:
    """A verb's phrase of time or venue: "on Friday", "at the summit", "in Kyiv", "in the
    elections"."""
    objects = [prep] if prep.dep_ == "npadvmod" else list(_children(prep, "pobj"))
    return any(o.ent_type_ in ("DATE", "TIME") or (
        prep.lower_ in ("in", "at") and (o.ent_type_ in ("GPE", "LOC", "FAC") or
                                         lemma(o) in _VENUES | _BALLOTS)) for o in objects)


def _own_words(tok: Token, clauses: frozenset[str] = _CLAUSES) -> list[Token]:
    """The words of a verb's own clause: its subtree without subordinate clauses (of the
    kinds ``clauses`` names)."""
    out = []
    stack = [tok]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in _kids(node):
            if child.dep_ not in clauses:
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _pattern_score(wanted: Sequence[frozenset[str]], words: Sequence[tuple[str, str]]) -> int:
    """How many pattern words occur in order among ``words`` ((form, lemma) pairs), or -1."""
    position = 0
    for targets in wanted:
        while position < len(words):
            form, lem = words[position]
            position += 1
            if form in targets or lem in targets:
                break
        else:
            return -1
    return len(wanted)


def _threat(code: str, default: str = "130") -> str:
    """The threat of doing ``code``: "threatened to expel the inspectors" is 136."""
    return _THREAT_BY_CODE.get(code) or _THREAT_BY_CODE.get(code[:3]) or \
        _THREAT_BY_ROOT.get(code[:2], default)


# What protesters want, by the fourth digit of CAMEO 141x-145x: a change of leaders (1), of
# policy (2), rights (3), a change of institutions or regime (4).
_PROTEST_AIMS = (
    # (and elections, as the codebook codes demands for them with leadership change)
    ("1", frozenset({"resignation", "resign", "ouster", "oust", "impeachment", "impeach",
                     "dismissal", "departure", "downfall", "step", "quit", "leadership",
                     "election", "elections"})),
    ("4", frozenset({"constitution", "constitutional", "regime", "system", "independence",
                     "autonomy", "secession", "monarchy", "republic"})),
    ("3", frozenset({"right", "rights", "release", "freedom", "liberty", "equality",
                     "justice", "free"})),
    ("2", frozenset({"reform", "law", "bill", "policy", "policies", "tax", "budget", "hike",
                     "increase", "repeal", "ban", "measure", "price", "subsidy", "decision",
                     "plan", "legislation", "tariff", "austerity", "cut", "cuts", "freeze",
                     "course", "deal", "agreement", "treaty", "takeover", "accountability",
                     "allowance", "perk", "hospital", "school", "service", "pension"})),
    # (a removal of leaders, once no policy is named: "the removal of diesel subsidies" is
    # policy, "the removal of the president" not)
    ("1", frozenset({"removal", "remove"})))
# (not pay or wages, which employers set: "a strike over pay" stays 143)
# Removals of leaders, which a protest against them opposes.
_REMOVALS = frozenset({"ouster", "removal", "dismissal", "impeachment", "sacking", "firing",
                       "overthrow", "toppling", "suspension"})


def _protest_aim(tok: Token) -> str | None:
    """The fourth digit of what a protest, strike or blockade is for: what it demands ("rallied
    to demand the resignation of the government", "protesters calling for his release") or
    is against ("a strike against the pension reform")."""
    # ("called a general strike against constitutional changes": the strike's own)
    called = list(_children(tok, "dobj")) if tok.pos_ == "VERB" else []
    holders = [tok, *([tok.head] if tok.dep_ in ("dobj", "nsubj") else []),
               *([tok.head.head] if tok.dep_ == "pobj" else []), *_children(tok, "nsubj"),
               *called]
    # ("marched, holding candles and calling for ...": a clause joined to another)
    asks = [w for h in holders for c in _kids(h)
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl")
            for w in (c, *(j for j in c.conjuncts if j.i > c.i)) if lemma(w) in _ASKING]
    # ("calling on President Park to step down", "on the government to scrap the tax": what
    # the one called on is to do, and to what)
    told = [c for a in asks if any(p.dep_ == "prep" and p.lower_ == "on" for p in _kids(a))
            for c in _children(a, "xcomp")]
    words = [w for a in asks for o in (*_children(a, "dobj"), *_prep_objects(a, "for"),
                                       *_children(a, "ccomp"), *told,
                                       *(d for t in told for d in _children(t, "dobj")))
             for w in (o, *_children(o, "prt"), *_prep_objects(o, "of"), *(
                 c for c in _kids(o) if c.dep_ in ("compound", "amod")))]
    # ("went on strike to protest against the budget cuts": the protest it was held for)
    # (and "walked off the job in protest at a government plan": the protest it is made in)
    made_in = [p for h in holders for p in _prep_objects(h, "in") if lemma(p) == "protest"]
    against = [*holders[:2], *called, *made_in,
               *(c for h in holders for c in _kids(h)
                 if c.dep_ in ("xcomp", "advcl") and
                 lemma(c) in ("protest", "demonstrate", "rally", "march"))]
    opposed = [w for h in against
               for p in ("against", "over", *(("at",) if h in made_in else ()))
               for o in _prep_objects(h, p)
               for w in (o, *_prep_objects(o, "of"), *(
                   c for c in _kids(o) if c.dep_ in ("compound", "amod")))]
    lemmas = {lemma(w) for w in (*words, *opposed)} | {w.lower_ for w in (*words, *opposed)}
    # (a removal protested against is one the crowd would undo: "protested against the ouster
    # of President Castillo" asks for no change of leaders)
    lemmas -= {lemma(w) for w in opposed if w.dep_ == "pobj" and w.head.lower_ == "against" and
               lemma(w) in _REMOVALS} - {lemma(w) for w in words}
    return _aim_of(lemmas)


def _aim_of(lemmas: set[str]) -> str | None:
    """The fourth digit of the first aim of :data:`_PROTEST_AIMS` that ``lemmas`` name."""
    return next((digit for digit, aims in _PROTEST_AIMS if lemmas & aims), None)


def _demand_refused(verb: Token) -> str | None:
    """The fourth digit of a refused demand for reform (123x): "rejected the demand for early
    elections" (1), "ruled out fresh elections" (1), "rejected calls for a new constitution"
    (4); None when the refused thing is no demand for a change of leaders, policy, rights or
    institutions."""
    words = []
    for o in _children(verb, *_OBJECTS):
        if lemma(o) in _DEMANDS_OF:
            words += [w for p in (*_prep_objects(o, "for"), *_prep_objects(o, "of"))
                      for w in (p, *(c for c in _kids(p) if c.dep_ in ("compound", "amod")))]
        elif lemma(o) in ("election", "resignation", "referendum", "recount", "rerun"):
            words.append(o)
    return _aim_of({lemma(w) for w in words})


# Words for what is asked of another: "rejected the demand for early elections".
_DEMANDS_OF = frozenset({"demand", "call", "request", "appeal", "plea", "push", "bid"})


def intends(intent: str, act: str) -> bool:
    """Whether an intent's code (03x) is an intent to do the kind of act ``act`` codes ("would
    lift sanctions", 0354, and "lifted sanctions", 085; "will meet", 036, and "met", 040); a
    bare intent (030) is one to cooperate in any way."""
    if act[:2] == "03":
        return True
    suffix = _FAMILY_SUFFIX.get(act[:2])
    return suffix is not None and intent[2:3] in (suffix, "0")


def _refine(family_code: str, inner_code: str) -> str:
    """The family code ("02x", "03x", "10x", "12x", "13x") that fits the complement's event."""
    family = family_code[:2]
    inner = inner_code[:2]
    if inner == family:
        return inner_code  # "threatened with sanctions" (1312): the noun's own reading
    if family == "03" and inner == "15":
        return "030"  # "agreed to launch joint patrols": an intent, not a show of force
    if family == "03" and inner in ("11", "12"):
        return inner_code  # "vowed to defy the court": defiance, not cooperation
    if family == "13" or (family == "03" and inner in _THREAT_BY_ROOT):
        # an announced intent to coerce or attack is a threat
        return _threat(inner_code, "130" if family == "03" else family_code)
    if family not in ("02", "03", "10", "12"):
        return family_code
    if family in ("02", "10") and inner == "03" and len(inner_code) >= 3 and \
            inner_code[:3] != "030":
        # "urged both sides to accept a ceasefire" (0356 asked for: 0256), "demanded that
        # Hamas agree to release the hostages" (0353: 1053): the 03 and 02/10 codes run in
        # step (a code the list lacks is cut back by _refined)
        return family + inner_code[2:]
    if inner_code[:3] == "045":  # mediation asked for, offered, demanded, refused
        return {"02": "028", "03": "038", "10": "108", "12": "126"}[family]
    if inner_code[:3] in ("083", "104"):  # political reform: 024, 034, 104, 123; and a
        # change of leader asked for, vowed or refused ("urged Congress to impeach Milei")
        code = family + ("3" if family == "12" else "4")
        return code + inner_code[3:4]
    # 12x is laid out apart: 121 material cooperation, 122 aid, 124 yield, 125 meet.
    suffix = (_REJECT_SUFFIX if family == "12" else _FAMILY_SUFFIX).get(inner)
    if suffix is None:
        return family_code
    # The fourth digit follows the kind of cooperation, aid or yielding asked for, promised
    # or refused: "urged Iran to release the sailors" (0253), "rejected calls for economic
    # aid" (1221).
    return family + suffix + _KIND_DIGIT.get(inner_code[:3], "")


def _quote_id(quote: Any, doc_id: str) -> str | None:
    if quote is None:
        return None
    value = getattr(quote, "quote_id", None)
    return str(value(doc_id)) if callable(value) else value


def _covering(quotes: Sequence[Any], offset: int) -> Any:
    for q in quotes:
        if getattr(q, "start", 0) <= offset < getattr(q, "end", -1):
            return q
    return None


# Verbs of holding a post, which in a relative clause say who someone is: "who leads the
# delegation", "who heads the agency" (PETRARCH2's patterns read them as acts).
_DESCRIBING_ROLES = frozenset({"lead", "head", "chair", "run", "oversee", "command", "direct"})
# Sites that house forces: "a base housing US troops" (see _Actors._phrase).
_HOSTING_SITES = frozenset({"base", "camp", "compound", "facility", "installation", "barracks",
                            "outpost"})
# Verbs of a coup: "the army seized power", "soldiers ousted the president".
_COUPS = frozenset({"seize", "take", "oust", "overthrow", "topple", "depose", "stage"})
# Verbs of standing behind a group, which as its participle say who it is: "backed by Rwanda".
_BACKING = frozenset({"back", "support", "endorse", "sponsor", "fund", "arm", "finance"})
# What a go-between lends a deal ("with the help of the United States", "with Qatari
# mediation"), and the go-between's own acts ("with Qatar mediating").
_GOOD_OFFICES = frozenset({"help", "assistance", "mediation", "backing", "facilitation",
                           "auspices", "sponsorship", "involvement", "blessing", "good",
                           "intercession", "encouragement", "participation"})
_GO_BETWEEN_ACTS = frozenset({"mediating", "brokering", "facilitating", "hosting", "helping",
                              "overseeing", "observing", "guaranteeing", "sponsoring",
                              "supervising", "monitoring"})


def _hyphened_doer(participle: Token) -> Token | None:
    """The doer a participle names before its hyphen: "U.S." in "U.S.-mediated talks",
    "Qatari" in "a Qatari-brokered ceasefire"; only for go-betweens' acts."""
    if lemma(participle) not in _BROKERING or participle.i < 2 or \
            participle.doc[participle.i - 1].text != "-":
        return None
    return next((c for c in _kids(participle) if c.i == participle.i - 2 and
                 c.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod")), None)


def _warned_against(warning: Token, comp: Token) -> bool:
    """Whether a warning's complement is told under its "against": "warned against any
    attempt to displace Palestinians", what others might do."""
    node = comp
    while node.i != warning.i and node.head.i != node.i:
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ == "against" and \
                node.head.head.i == warning.i:
            return True
        node = node.head
    return False


def _rescued(verb: Token, sources: list[ActorMention]) -> bool:
    """Whether the ones a verb frees were held by others than its doers: hostages freed by a
    state's forces ("security forces freed 300 hostages from a hijacked train"), or a
    state's inmates freed by armed men or a crowd (a jailbreak)."""
    freed = [w for o in _children(verb, "dobj") for w in (o, *o.conjuncts)]
    freed += [p for o in freed if lemma(o) in _QUANTITY_HEADS or o.like_num
              for p in _prep_objects(o, "of")]
    words = {lemma(w) for o in freed for w in (o, *(c for c in _kids(o)
                                                     if c.dep_ in ("amod", "acl")))}
    sectors = {(m.sector or "")[:3] for m in sources}
    if words & _TAKEN_CAPTIVE:
        return sectors <= {"COP", "MIL", "SPY"}
    return bool(words & {"inmate", "prisoner", "detainee"}) and \
        sectors <= _IRREGULAR | _STREET_SECTORS and any(
            lemma(c) in ("storm", "attack", "raid") for c in (verb.head, *verb.conjuncts))


def _brokering(word: Token) -> bool:
    """A go-between's act as a "with" phrase tells it ("with Qatar mediating"; the tagger may
    read the participle as a noun)."""
    return word.lower_ in _GO_BETWEEN_ACTS


def _lent(word: Token) -> bool:
    """Whether ``word`` names backing or good offices lent to an act, by no party to it:
    "with the support of AU forces", "with the help of the United States", "with Qatar
    mediating"."""
    return lemma(word) in _BACKING or lemma(word) in _GOOD_OFFICES or _brokering(word)


def _state_organ(party: Party | None) -> bool:
    """Whether ``party`` is one of a state's own organs (a party with no sector is taken for
    its government)."""
    return party is not None and (party.sector or "GOV")[:3] in _STATE_ORGANS


# Prepositions that set an act as the time of another: "after the invasion", "since the war".
_BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "amid", "despite",
                               "throughout"})
# Complaints and cases brought to a forum: "a WTO complaint", "an ICJ case".
_FILINGS = frozenset({"complaint", "case", "lawsuit", "suit", "challenge", "dispute",
                      "consultation", "proceeding", "petition", "claim", "appeal"})
# Gatherings named for the body whose members meet: "the G20 summit", "the NATO summit".
_GATHERINGS = frozenset({"summit", "conference", "meeting", "forum", "session", "assembly",
                         "ministerial", "gathering"})
# Bodies and people an appeal is made to, named or not: "urged the government to ...".
_ADDRESSEES = frozenset({"government", "authority", "side", "party", "leader", "ministry",
                         "regime", "administration", "state", "council", "parliament", "army",
                         "police", "force", "rebel", "group", "junta", "president",
                         "minister", "official", "lawmaker", "legislator", "court",
                         "partner", "ally", "member", "country", "nation", "donor",
                         "community", "colleague", "counterpart", "neighbour", "neighbor"})
# Verbs by which a body makes a text its own: "adopted a resolution condemning ...".
_ADOPTING = frozenset({"adopt", "pass", "approve", "endorse"})
# Sectors of the state a protest's demand may be made of (see _unique).
_DEMANDED_OF = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Verbs whose subject and object are, after, "they": "Ishiba met Trump. They agreed ...".
_MEETING = frozenset({"meet", "host", "receive", "talk", "speak", "confer"})
# Roots whose three-digit kinds are distinct acts of one source in one sentence (see _unique).
_KINDS_APART = frozenset({"11", "12", "16", "17"})


# Families of sectors that may name one party: a headline's "court" and a lead's "police",
# "students" and "protesters", "rebels" and "an armed group"; a government and its
# opposition, or the police and the protesters, are two sides.
_KINDRED = (STATE_SECTORS, _PUBLIC_SECTORS,
            frozenset({"REB", "UAF", "INS"}))


def parties_agree(x: str, y: str) -> bool:
    """Whether two actor codes may name the same party: one the other's country or body
    ("TUR" and "TURGOV"), or two of one state's organs, of its public, or of its armed
    groups; not a state and its people ("TURCOP" and "TURCVL": the police's arrests are not
    the court's jailing of a mayor)."""
    return nested_codes(x, y) or (
        x[:3] == y[:3] and any(x[3:6] in kin and y[3:6] in kin for kin in _KINDRED))


def nested_codes(x: str, y: str) -> bool:
    """Whether one actor code holds the other: a country and its body ("TUR", "TURGOV")."""
    return x.startswith(y) or y.startswith(x)


# Marks of a clause told beside another act, at the same time or before or after it.
_TIMING_MARKS = frozenset({"as", "while", "when", "after", "before", "until", "once"})


def _told_alongside(word: Token | None) -> bool:
    """A participle told with an act, as its reason or its manner: "expelled two diplomats,
    accusing them of espionage"."""
    return word is not None and word.tag_ == "VBG" and word.dep_ in ("advcl", "conj") and \
        word.head.pos_ == "VERB"


def _unique(events: Iterable[Event], doc: Doc) -> list[Event]:
    """One event per (source, target, code) in a sentence: a demand or protest that a protest
    or threat is for is folded into it; no targetless event inside the clause of a targeted one
    by the same source ("agreed to give Tanzania a grant to finance projects": the financing is
    the grant's purpose, not another event), nor beside one of its kind."""
    events = list(events)
    protests = [e for e in events if e.cameo[:2] in ("13", "14") and not e.negated]

    def claim(e: Event) -> Event | None:
        """The protest or threat a demand or protest is what for: "blocked roads demanding
        his return", "began a hunger strike to demand the return of their land"."""
        if e.cameo[:2] not in ("02", "10", "14") or e.cameo[:3] == "145" or not protests:
            return None  # ("began a hunger strike to protest": one protest, the strike; but
            # "marched ..., clashing with police" is a riot beside the march)
        word = doc[e.extra["token"]]
        side = e.source.country if e.source else None
        for p in protests:
            if not (side is None or p.source is None or p.source.country in (None, side)):
                continue
            top = doc[p.extra["token"]]
            if top.pos_ in ("NOUN", "PROPN"):  # "staged rallies ..., saying he must resign"
                top = EventCoder._governor(top) or top
            node, clause = word, False
            for _ in range(6):  # up from the demand to the protest, through a clause
                if node.i == top.i or node.i == p.extra["token"]:
                    break
                clause = clause or node.dep_ in ("advcl", "xcomp", "acl", "relcl", "pcomp",
                                                 "conj")
                node = node.head
            else:
                continue
            if clause and node.i != word.i:
                return p
        return None

    kept = []
    for e in events:
        owner = claim(e)
        if owner is None:
            kept.append(e)
        elif e.target is not None and (owner.target is None or (
                owner.extra.get("place_target") and owner.cameo[:2] == "14" and
                e.cameo[:2] in ("02", "10", "11", "14") and not e.extra.get("place_target") and
                ((e.target.sector or "")[:3] in _DEMANDED_OF or
                 (e.target.code or "").startswith("IGO")) and
                (owner.source is None or owner.source.code != e.target.code))):
            # "to protest against Sweden's decision": its target; "marched through Nairobi
            # demanding Ruto's resignation": the state it demands of, not where it marched
            # (nor "justice for the victims": for whom)
            _retarget(owner, e.target)
    events = kept
    targeted = [e for e in events if e.source and e.target and not e.negated]

    def beside(word: Token, top: int) -> bool:
        """A verb coordinated with the targeted one ("thanked Germany and called for more
        air defence"): an act of its own, not inside the first."""
        node = word
        while node.head.i != top and node.head.i != node.i:
            node = node.head
            if lemma(node) in _REPORTING:
                return True  # "rejected the proposal, saying it would not disarm": told
        return node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")

    def asked(word: Token, top: int) -> bool:
        """A demand the targeted act's noun carries ("handed him a note of protest demanding
        the release of the three men"): what it asks, an act of its own."""
        node = word
        while node.head.i != top and node.head.i != node.i:
            node = node.head
        return node.dep_ == "acl" and node.tag_ == "VBG" and lemma(node) in _ASKING and \
            node.head.pos_ == "NOUN"

    def one_side(e: Event, t: Event) -> bool:
        """Whether two events' sources may be one party: a state and its organs, not a
        government and its opposition, nor the police and the protesters."""
        return e.source is not None and t.source is not None and parties_agree(
            e.source.code or e.source.country or "", t.source.code or t.source.country or "")

    def meanwhile(word: Token, top: int) -> bool:
        """A clause of its own subject told as happening at the same time as the targeted
        act, or before or after it ("police detained 200 people as protesters blocked roads",
        "recaptured the town after government forces withdrew"): another side's act."""
        node = word
        while node.head.i != top and node.head.i != node.i:
            node = node.head
        return node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _TIMING_MARKS for c in _kids(node)) \
            and any(c.dep_ in _SUBJECTS for c in _kids(node))

    def inside(e: Event) -> bool:
        word = doc[e.extra["token"]]
        side = e.source.country or e.source.code if e.source else None
        return any((t.source.country or t.source.code) == side and  # type: ignore[union-attr]
                   (one_side(e, t) or not meanwhile(word, t.extra["token"])) and
                   word in doc[t.extra["token"]].subtree and word.i != t.extra["token"]
                   and not beside(word, t.extra["token"]) and not asked(word, t.extra["token"])
                   for t in targeted)

    def told(e: Event) -> bool:
        """A targetless act of a kind the same source is coded doing to someone in the same
        sentence: "police opened fire on the crowd, killing one": one assault. Coercions,
        disapprovals, rejections and cuts of two kinds are two acts: "fired tear gas at
        protesters and arrested dozens", "condemned the attack and accused Pakistan",
        "suspended the treaty and expelled the attaches"."""
        side = e.source.country or e.source.code if e.source else None
        width = 4 if e.cameo[:2] in _KINDS_APART else 2  # (a curfew and an internet
        # shutdown, 1723 and 1721, are two restrictions)
        return side is not None and any(
            (t.source.country or t.source.code) == side and  # type: ignore[union-attr]
            t.cameo[:width] == e.cameo[:width] for t in targeted)

    def orphan(e: Event) -> bool:
        """A sourceless act on a target an act of its kind by a known source is aimed at in
        the same sentence: "the strikes by Russian bombers hit Aleppo": one attack. Violence
        is one kind ("seven people were killed when a suicide bomber blew himself up at a
        checkpoint": the bombing, 1831, on the people killed)."""
        aim = e.target.country or e.target.code if e.target else None
        if aim is None:
            return False
        violent = _forceful(e.cameo)
        for t in targeted:
            if (t.target.country or t.target.code) != aim or not (  # type: ignore[union-attr]
                    t.cameo[:2] == e.cameo[:2] or (violent and _forceful(t.cameo))):
                continue
            if violent and e.target and not t.target.sector and e.target.sector:  # type: ignore[union-attr]
                _retarget(t, e.target)  # (the dead are whom the attack struck)
            return True
        if violent and any(t.source and t.cameo[:3] in ("145", "175") and not t.negated
                           for t in events):
            return True  # "One man was killed and 100 people injured as protesters clashed
            # with police": the clash's dead and hurt, no other attack
        armed = [t for t in events if t.source and t.target is None and not t.negated and
                 _forceful(t.cameo)]
        if violent and len(armed) == 1:
            # "four protesters were killed when police opened fire on a rally": the shooting
            # struck the dead
            _retarget(armed[0], e.target)
            return True
        return False

    def stated(e: Event) -> bool:
        """A statement issued that says an act of its own coded for the same source: "issued
        a statement condemning the arrests" is the condemnation."""
        if e.cameo != "010" or e.source is None or "token" not in e.extra:
            return False
        noun = doc[e.extra["token"]]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        gov = EventCoder._governor(noun)
        for t in events:
            if t is e or t.source is None or t.source.code != e.source.code or \
                    t.cameo == "010" or "token" not in t.extra:
                continue
            word = doc[t.extra["token"]]
            if word in noun.subtree or (gov is not None and word.head.i == gov.i and
                                        word.dep_ in ("advcl", "xcomp") and word.tag_ == "VBG"):
                return True
        return False

    def answered(e: Event) -> Any:
        """The side a targetless use of force answers: told in a relative clause of the one a
        use of force was aimed at ("protesters clashed with police, who fired tear gas",
        "attacked a convoy whose guards returned fire"), it is aimed back at its source."""
        if e.target is not None or e.source is None or e.negated or not _forceful(e.cameo):
            return None
        word = doc[e.extra["token"]]
        for t in targeted:
            if (not _forceful(t.cameo) and t.cameo[:3] != "145") or \
                    t.target is None or t.source is None or one_side(e, t):
                continue
            node, top = word, t.extra["token"]
            while node.dep_ != "relcl" and node.head.i not in (top, node.i):
                node = node.head
            told_of = node.head  # (the one the clause is told of, the act's object or the
            # object of its preposition: "clashed with police, who ...")
            if node.dep_ == "relcl" and t.target.start <= told_of.idx < t.target.end and (
                    told_of.head.i == top or (told_of.dep_ == "pobj" and
                                              told_of.head.head.i == top)):
                return t.source
        return None

    for e in events:
        if "token" in e.extra and (back := answered(e)) is not None:
            _retarget(e, back)
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in sorted(events, key=lambda e: -e.confidence):
        if e.target is None and e.source is not None and (inside(e) or told(e) or stated(e)):
            continue
        if e.source is None and orphan(e):
            continue
        key = (e.source.code if e.source else None, e.target.code if e.target else None,
               e.cameo, e.negated)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return sorted(out, key=lambda e: (e.trigger[1], e.source.start if e.source else -1))


# What words are said in: "attacked the UN in a speech".
_ADDRESSES = frozenset({"speech", "address", "interview", "post", "statement", "remark",
                        "letter", "tweet", "broadcast", "editorial", "column", "podcast"})
# Verbs by which a side answers an act in kind: "Pakistan responded in kind".
_ANSWERING_VERBS = frozenset({"respond", "retaliate", "reply", "answer", "react", "hit"})
# Roots of the deeds an answer may be told as ("hit back, slapping levies on U.S. goods").
_ANSWERS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# What a state does to send people out of its land (see EventCoder._subject).
_SENT_OUT = frozenset({"deport", "expel", "remove", "repatriate", "evict"})


def _sent_out_of(verb: Token, actors: _Actors) -> list[ActorMention]:
    """The state people were deported or expelled from: "deported from the United States"."""
    for p in _prep_objects(verb, "from"):
        m = actors.at.get(p.i)
        if m is not None and m.country and m.country not in ORG_PREFIXES and \
                m.basis in ("location", "country", "capital"):
            return [m]
    return []


def _warned_of(warn: Token, clause: Token, act: Token,
               named: dict[int, ActorMention]) -> bool:
    """Whether a warning tells what an act not the warner's will do: the act the subject of
    the clause warned of ("warned that the fighting would displace thousands"), not owned by
    the warner ("its forces", "Iranian strikes" told by Iran), nor one the clause says will
    meet force ("any attack would be met with force": the nsubjpass of a threat)."""
    if act.i == clause.i:
        # "warned that the drought would push thousands into hunger": an act whose doer is
        # no actor, nor any actor's (a storm, a war)
        doer = next(_children(act, "nsubj"), None)
        return lemma(warn) == "warn" and clause.dep_ == "ccomp" and doer is not None and \
            doer.pos_ == "NOUN" and not any(t.i in named or t.lower_ in _PRONOUNS or
                                            t.lower_ in ("its", "their", "our")
                                            for t in doer.subtree)
    subject = act  # ("cuts to U.S. funding would leave ...": the funding, in the subject)
    while subject.dep_ == "pobj" and subject.head.dep_ == "prep" and \
            subject.head.head.i < clause.i:
        subject = subject.head.head
    if lemma(warn) != "warn" or clause.dep_ != "ccomp" or subject.dep_ != "nsubj" or \
            subject.head.i != clause.i or act.pos_ != "NOUN":
        return False
    phrase = [c for w in {act, subject} for c in _kids(w)]
    if any(c.dep_ == "poss" and c.lower_ in _PRONOUNS | {"its", "their", "our", "his", "her"}
           for c in phrase):
        return False
    warner = {m.country for c in _children(warn, "nsubj") if (m := named.get(c.i))}
    doers = {m.country for c in phrase if c.dep_ in ("poss", "amod", "compound", "nmod")
             and (m := named.get(c.i))}
    return not (warner & doers)


def _warner_acts(warn: Token, clause: Token, named: dict[int, ActorMention]) -> bool:
    """Whether the clause a warning tells has the warner's own side (or "we") as its doer:
    "warned that Beijing would take all necessary measures", told by a Chinese ministry."""
    doer = next(_children(clause, "nsubj"), None)
    if doer is None:
        return False
    if doer.lower_ == "we":
        return True
    speaker = next(_children(warn, "nsubj"), None)
    if speaker is None and warn.dep_ == "conj":
        speaker = next(_children(warn.head, "nsubj"), None)  # "urged ... and warned that"
    if speaker is None or (theirs := named.get(doer.i)) is None or theirs.country is None:
        return False
    # (the speaker's own words, or a name or nationality it is given: "A Chinese commerce
    # ministry spokesman, He Yadong")
    words = (speaker, *(c for c in speaker.children
                        if c.dep_ in ("appos", "amod", "compound", "nmod", "poss")))
    return any((m := named.get(t.i)) is not None and m.country == theirs.country
               for t in words)


def _dealt_with(clause: Token) -> bool:
    """"anyone who breaks the law would be dealt with firmly", "severely": a menace."""
    return any(lemma(t) == "deal" and any(c.dep_ == "auxpass" for c in _kids(t)) and any(
        a.lower_ in ("firmly", "decisively", "severely", "harshly", "sternly", "ruthlessly",
                     "mercilessly", "strongly") for a in t.subtree)
               for t in clause.subtree)


def _own_nationals(doc: Doc, mention: ActorMention, sources: Sequence[ActorMention]) -> bool:
    """A state's own people abroad or travelling: "its citizens", "Americans", "Chinese
    students" of the source's own country."""
    if not mention.country or not any(s.country == mention.country for s in sources) or \
            (mention.sector or "")[:3] not in ("CVL", "EDU", "PPL", "BUS"):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if not any(lemma(t) in _TRAVEL for t in root.sent):
        return False  # ("Ruto called on Kenyans to remain calm": an appeal to its people)
    return lemma(root) in _NATIONALS or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in _kids(root)) or (
        root.ent_type_ == "NORP" and root.tag_ == "NNPS")


def _missile_test(verb: Token) -> bool:
    """A few ballistic missiles fired or launched with no aim, no damage and no defence told
    in the sentence: "fired two short-range ballistic missiles", "launched an ICBM" (not
    "launched 40 ballistic missiles and 200 drones overnight")."""
    if verb.pos_ != "VERB" or lemma(verb) not in ("fire", "launch", "test", "test-fire"):
        return False
    objs = list(_children(verb, *_OBJECTS))
    objs += [c for o in objs for c in o.conjuncts]
    if not objs or any(lemma(o) not in ("missile", "icbm", "slbm") for o in objs):
        return False
    if not any(lemma(o) in ("icbm", "slbm") or any(
            lemma(c) in _TESTED_MISSILES for c in o.subtree if c.i < o.i) for o in objs):
        return False
    for holder in (verb, *objs):
        for prep in _children(holder, "prep"):
            if prep.lower_ in ("at", "on", "against", "toward", "towards", "into", "over") and \
                    not _when(prep) and \
                    not any(lemma(p) in _OPEN_WATERS for p in _children(prep, "pobj")):
                return False  # ("fired a ballistic missile at Ben Gurion Airport": aimed)
    for o in objs:
        for c in _kids(o):
            if c.dep_ == "nummod" and (not c.like_num or not c.text.isdigit() or
                                       int(c.text) > 4) and c.lower_ not in (
                    "one", "two", "three", "four", "a"):
                return False  # (a barrage)
    return not any(lemma(t) in _STRIKE_TOLD for t in verb.sent)


def _forum_named(obj: Token, mention: ActorMention) -> bool:
    """An organisation named as the modifier of a filing: "a WTO complaint", "an ICJ case"
    (the forum it is brought to, not whom it is against)."""
    return lemma(obj) in _FILINGS and (mention.code or "").startswith("IGO") and any(
        c.dep_ in ("amod", "compound") and mention.start <= c.idx < mention.end
        for c in _kids(obj))


def _regime_named(doc: Doc, mention: ActorMention) -> bool:
    """An organisation named as a measure's modifier: "UN sanctions", "an EU embargo"."""
    if not (mention.code or "").startswith("IGO"):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod") and \
        lemma(span.root.head) in _TRADE_BLOWS


def _forceful(code: str) -> bool:
    """Violence (18-20) or violent repression (175): one kind of act in a sentence."""
    return code[:2] in _VIOLENT or code[:3] == "175"


def _main_hit(gov: Token, hits: dict[int, _Hit]) -> _Hit | None:
    """The act a governing word carries: its own trigger, or its object's ("imposed
    sanctions", "opened fire")."""
    return hits.get(gov.i) or next((hits[c.i] for c in _kids(gov)
                                    if c.dep_ in _OBJECTS and c.i in hits), None)


def _retarget(event: Event, target: Any) -> None:
    """``event`` aimed at ``target`` instead, its id following."""
    event.target = target
    reidentify(event)


def _answerable(events: list[Event], i: int) -> Iterator[Event]:
    """The events an answer ``events[i]`` may answer, latest first: those before it in its
    part, in its sentence or the two before it, asserted by another side (see
    _answers_to_asks, _denials_of_blame)."""
    event = events[i]
    own = event.source.code if event.source is not None else None
    return (p for p in reversed(events[:i]) if p.source is not None and
            p.part == event.part and not p.negated and
            event.sentence_index - 2 <= p.sentence_index <= event.sentence_index and
            p.source.code != own)


def _answers_to_asks(doc: Doc, events: list[Event]) -> None:
    """A rejection of "the demand", "the proposal" told after the ask is aimed at the one who
    asked: "Opposition lawmakers urged the government to pull the troops back. Chadwick
    rejected the demand" (at CHLOPP; was no target); a denial of "the allegations" at the one
    who made them. Only an ask made in this sentence or the two before it, by another side."""
    for i, event in enumerate(events):
        if event.target is not None or event.source is None or (
                event.cameo[:2] != "12" and event.cameo[:3] != "016") or \
                "token" not in event.extra:
            continue
        word = doc[event.extra["token"]]
        asked = next((o for o in _children(word, "dobj", "nsubjpass")
                      if lemma(o) in _ASKS and any(
                          c.dep_ in ("det", "poss") and c.lower_ in _ASK_POINTERS
                          for c in _kids(o)) and not any(
                          c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                          for c in _kids(o))), None)
        if asked is None:
            continue
        roots = _ASKS[lemma(asked)]
        prior = next((p for p in _answerable(events, i) if p.cameo[:2] in roots), None)
        if prior is not None and prior.source is not None:
            _retarget(event, prior.source)


def _measures_at_home(events: list[Event]) -> None:
    """A state of emergency, martial law or a curfew a state's government or forces declare
    with no place or people named is laid on their own country, as coders record it: "Yoon
    declared emergency martial law" (1724 KORGOV>KOR; was no target)."""
    for event in events:
        source = event.source
        if event.target is not None or source is None or event.cameo not in ("1723", "1724") \
                or not source.country or source.country in ORG_PREFIXES or \
                (source.sector or "GOV")[:3] not in ("GOV", "MIL", "COP"):
            continue
        _retarget(event, replace(source, code=source.country, sector=None, name=None))


def _yields_to_protests(doc: Doc, events: list[Event]) -> None:
    """A leader's resignation or a reform given up with no one named it yields to, told with
    the protests that forced it, yields to the protesters, as coders record it: "Hasina
    resigned ... after weeks of deadly protests" (0831 BGDGOV>BGDCVL; was no target),
    "Ortega scrapped the reform, bowing to days of protests", "Oli resigned after protesters
    set fire to parliament"."""
    for event in events:
        source = event.source
        if event.target is not None or source is None or event.cameo[:3] != "083" or \
                event.mode != "asserted" or "token" not in event.extra or \
                not source.country or len(source.country) != 3 or \
                source.country in ORG_PREFIXES:
            continue
        word = doc[event.extra["token"]]
        crowd = next((t for t in word.sent if t.i > word.i and
                      lemma(t) in _PROTESTING - {"crowd"}), None)
        if crowd is not None:
            _retarget(event, Party(crowd.text, f"{source.country}CVL", source.country, "CVL",
                                   None, crowd.idx, crowd.idx + len(crowd.text)))


def _denials_of_blame(events: list[Event]) -> None:
    """A denial with no one named it answers is aimed at whoever blamed or accused the denier
    in its sentence or the two before: "Ankara blamed the PKK for the bombing. The group
    denied any involvement" (016 TURREB>TURGOV; was no target)."""
    for i, event in enumerate(events):
        if event.target is not None or event.source is None or event.cameo[:3] != "016":
            continue
        denier = event.source.code
        accusation = next((p for p in _answerable(events, i) if p.cameo[:2] == "11" and
                           p.target is not None and p.target.code == denier), None)
        if accusation is not None and accusation.source is not None:
            _retarget(event, accusation.source)


def _blamed_doers(events: list[Event]) -> None:
    """An attack told without its doer in a sentence that blames someone for it is coded with
    the one blamed as its doer, as coders record it: "Air strikes on a funeral hall killed 140
    people, and the Houthi-run authorities blamed the Saudi-led coalition" (195 SAU>YEMCVL;
    was no source), "killed in an attack the army blamed on jihadists". The blame stays
    coded too."""
    blames = [(e, e.target) for e in events if e.rule.startswith("trigger:blame") and
              e.cameo[:3] == "112" and e.target is not None and e.mode == "asserted"]
    for event in events:
        if event.source is not None or event.cameo[:2] not in ("18", "19", "20"):
            continue
        blamed = next((target for b, target in blames if
                       b.part == event.part and b.sentence_index == event.sentence_index and (
                           event.target is None or target.code != event.target.code)),
                      None)
        if blamed is not None:
            event.source = blamed
            reidentify(event)


def reidentify(event: Event) -> None:
    """``event``'s id made again from its parties, after one of them was changed."""
    event.event_id = _event_id(
        event.doc_id, event.part, event.sentence_index, event.trigger[1],
        event.source.code or "" if event.source else "",
        event.target.code or "" if event.target else "", event.cameo)


# ---------------------------------------------------------------------- dates
def event_date(sent: Span, trigger: Token, published: date | None, *,
               future: bool = False) -> tuple[date | None, str]:
    """The event's day from relative or explicit date words near it, against ``published``.

    Returns the day and its basis: "explicit" (a month and day in the text), "weekday" ("on
    Saturday": the latest such day on or before publication, or the next one for an event in
    the future), "relative" ("yesterday", "last week", "two days ago"), "month" ("in March
    2023", "in January", "last month": the first of that month; a month by name is the latest
    one on or before publication unless a year is given, "last month" the one before
    publication's), "context" (no date words, right after a sentence of the same paragraph
    that told an earlier day: the background it tells goes on), "publication" (nothing in the
    text), or "none" (no publication date either). "A week later", "the next day" and "that
    night" count from the day the story last told. Events set years back ("two years ago",
    "in the 1990s", "in 2014") are not coded at all (see _earlier_year).
    Date words of the trigger's own clause come first (not of a clause under it: "killed on
    Thursday as protests over the Oct. 9 election went on" is Thursday's), and among them
    those that say when the act was done rather than which thing is meant.
    """
    if published is None:
        return None, "none"
    told: _Anchor | None = sent.doc.user_data.get(_ANCHOR)
    toks = tokens_of(sent.doc)[sent.start:sent.end]  # (Tokens built once, not per pass)
    words = [t.lower_ for t in toks]
    anchor = trigger if trigger.pos_ == "VERB" else EventCoder._governor(trigger)
    gap = _days_apart(anchor, words, sent.start) if anchor is not None else None
    if gap is None and anchor is not None and anchor.dep_ == "conj" and \
            anchor.head.pos_ in ("VERB", "AUX"):
        # ("a day after No accused Washington of hostility and warned of countermeasures":
        # the second verb of the clause is of its day too)
        gap = _days_apart(anchor.head, words, sent.start)
        if gap is not None:
            anchor = anchor.head
    if gap is not None and anchor is not None:
        # "adopted a sanctions package on Thursday, a day after the US imposed sanctions": the
        # day before the main clause's
        main_day, _ = event_date(sent, anchor.head, published)
        if main_day is not None:
            return main_day - timedelta(days=gap), "relative"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and \
            trigger.head.lower_ in ("after", "before"):
        # "hosted European leaders on Sunday, two days after Zelensky's clash with Trump": the
        # act two days before the main clause's
        prep = trigger.head
        days = _counted_days(words, prep.i - sent.start)
        main = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
        main_day = event_date(sent, main, published)[0] \
            if days is not None and main is not None else None
        if days is not None and main_day is not None:
            return main_day - timedelta(days=days if prep.lower_ == "after" else -days), \
                "relative"
    clause = {t.i - sent.start for t in _own_words(anchor)} if anchor is not None else set()
    node = anchor
    while future and node is not None and (node.dep_ in ("xcomp", "acomp") or (
            # ("will travel to China on Sunday to attend a summit": the purpose's day)
            node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in node.children))) and \
            node.head.i != node.i:
        # "On Wednesday, Fidan is due to meet ...": the day hung on "is due" is the meeting's
        node = node.head
        clause |= {t.i - sent.start for t in _own_words(node)}

    def adverbial(i: int) -> bool:
        head = toks[i].head
        return anchor is not None and (head.i == anchor.i or (
            head.dep_ == "prep" and head.head.i == anchor.i))

    if published >= date(2024, 1, 1) and anchor is not None and any(
            t.lower_ in ("october", "oct", "oct.") for t in toks) and any(
            t.lower_ in _ATTACK_NAMES and t.head.dep_ == "prep" and
            t.head.lower_ in ("in", "during") and t.head.head.i == anchor.i and
            _named_october_7(t) for t in _own_words(anchor)):
        return _OCTOBER_7, "explicit"  # "seized 251 hostages in the October 7 attack"
    cues = [i for i in range(len(words)) if _date_cue(words, i)]
    if not cues:
        return _undated(told, published, future)  # (no word below could tell a day)
    here = trigger.i - sent.start
    # Each test below sets aside the words of a node's subtree; a cue word is in the subtree
    # of each of its ancestors (and itself), so it is tested on those alone.

    def spans(node: Token) -> bool:  # (a node whose words hold the trigger)
        return node.left_edge.i <= trigger.i <= node.right_edge.i

    # (not a relative clause or apposition the trigger is not in: "Mr Khan, who has been in
    # jail since August 2023, called for the protest" is no act of August 2023)
    # nor what is said or asked in a clause the trigger is not in: "rejected the offer and
    # said they would march on Thursday", "demanded that the government explain whether
    # the status quo of April 2020 had been restored")
    # (nor when what is agreed starts or ends: "agreed to a truce starting on Sunday")
    def apart(node: Token) -> bool:
        return (node.dep_ in ("relcl", "appos", "acl", "ccomp") or (
            node.dep_ in ("xcomp", "advcl", "acl") and node.tag_ == "VBG" and
            lemma(node) in _SPANS_OF_TIME)) and not spans(node)

    # (but a weekday the parser hung on a participle after the object is the act's, read
    # after the clause's own: "shelled positions held by the RSF late Saturday")
    def reducing(node: Token) -> bool:
        return node.dep_ == "acl" and node.tag_ in ("VBN", "VBG") and \
            lemma(node) not in _SPANS_OF_TIME and not any(
            c.dep_ == "nsubj" for c in node.children) and not spans(node)

    # (but the outcome told of the act's own noun is its day: "claimed responsibility for an
    # ambush that killed 11 soldiers on Tuesday")
    def outcome(node: Token) -> bool:
        return node.dep_ == "relcl" and node.head.i == trigger.i and \
            trigger.pos_ == "NOUN" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")
                                           for c in node.children)

    # nor when the act an accusation or a punishment is about was done ("accused the army of
    # bombing markets on Friday"), nor what came since or comes after it ("before the vote
    # on Sunday"), nor another clause of its own subject ("imposed sanctions last week, and
    # its envoy is due to travel next week")
    def other_time(node: Token) -> bool:
        return not spans(node) and (
            (node.dep_ == "pcomp" and node.head.lower_ in ("of", "for")) or
            (node.dep_ == "advcl" and any(m.dep_ in ("mark", "prep") and
                                          m.lower_ in ("since", "before")
                                          for m in node.children)) or
            (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children)))

    # (the trigger in such a clause: its own words only)
    own = next((node for node in (trigger, *trigger.ancestors) if node.dep_ == "conj" and
                node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                     for c in node.children)), None)
    # nor when what is agreed, threatened or asked is to happen: "agreed to release four
    # hostages on Saturday", "threatened to resume fighting unless Hamas freed them by
    # Saturday" (the agreement and the threat were made when the story says, else on its day)
    unrealised = trigger.pos_ == "VERB" and lemma(trigger) in _UNREALISED

    def to_happen(node: Token) -> bool:
        return unrealised and node.head.i == trigger.i and node.i != trigger.i and (
            node.dep_ == "xcomp" or (node.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless", "until")
                for m in node.children)))

    # nor the date that names another thing: "struck Lebanon despite the November 2024
    # ceasefire", "under the 2015 deal" (but "Monday's attack" is the attack's day)
    def naming(node: Token) -> bool:
        head = node.head
        return node.dep_ in ("compound", "nmod", "amod", "nummod") and \
            head.pos_ in ("NOUN", "PROPN") and head.i != trigger.i and head.i > node.i and \
            _month(node.lower_) is not None and _month(head.lower_) is None and \
            head.lower_ not in _WEEKDAYS

    # nor a day to come that the act is before or up to: "a curfew until Friday", "arrested
    # ahead of Sunday's by-election", "on the eve of Friday prayers"
    def up_to(node: Token) -> bool:
        return node.dep_ == "prep" and (
            node.lower_ in ("until", "till", "pending", "since") or (
                node.lower_ == "of" and node.head.lower_ in ("ahead", "eve")) or (
                node.lower_ == "to" and node.head.lower_ == "run-up"))

    reduced: set[int] = set()
    kept: list[int] = []
    for i in cues:
        chain = (toks[i], *toks[i].ancestors)
        aside = any(apart(n) for n in chain)
        if (words[i] in _WEEKDAYS or words[i] == "yesterday") and \
                any(reducing(n) for n in chain):
            reduced.add(i)
            aside = False
        if aside and any(outcome(n) for n in chain):
            aside = False
        if not aside:
            aside = any(other_time(n) or to_happen(n) or naming(n) or up_to(n)
                        for n in chain) or (own is not None and
                                            all(n.i != own.i for n in chain))
        if not aside:
            kept.append(i)
    order = sorted(kept, key=lambda i: (i in reduced, i not in clause, not adverbial(i),
                                        abs(i - here)))
    for i in order:
        w = words[i]
        if w == "yesterday":
            return published - timedelta(days=1), "relative"
        if w in ("this", "next") and i + 1 < len(words) and words[i + 1] in ("week", "weekend"):
            return published, "publication"  # ("lodged a protest this week": no day told)
        if w in ("today", "tonight"):
            return published, "relative"
        dated = next((j for j in (i + 1, i + 2) if j < len(words) and
                      _month(words[j]) is not None and _day_near(words, j)), None) \
            if w in _WEEKDAYS else None
        if dated is not None:  # "on Sunday, January 19": the date itself says which Sunday
            i, w = dated, words[dated]
        if w in _WEEKDAYS and i > 0 and words[i - 1] in _HOLY_DAYS:
            continue  # "gathered for Palm Sunday", "Bloody Sunday": a name, no date
        if w in _WEEKDAYS:
            target = _WEEKDAYS.index(w)
            if future and i in clause and not _told_on(sent, trigger, sent.start + i):
                # "will meet on Friday": the next Friday (but "said on Monday it would
                # impose" was said last Monday: the parser hangs the day on the clause)
                return published + timedelta(days=(target - published.weekday()) % 7), \
                    "weekday"
            back = (published.weekday() - target) % 7
            if back == 0 and i > 0 and words[i - 1] == "last":
                back = 7  # "last Friday", said on a Friday: the week before
            return published - timedelta(days=back), "weekday"
        if w == "ago" and (days := _counted_days(words, i)) is not None:
            return published - timedelta(days=days), "relative"  # "two days ago"
        if w == "later" and i >= 1 and told is not None and told.basis in _PRECISE:
            # "A week later, Trump paused ...": from the day the story last told
            if (days := _counted_days(words, i)) is not None:
                return told.day + timedelta(days=days), "relative"
            if words[i - 1] in ("hours", "minutes", "moments"):
                return told.day, "relative"
        if w in ("earlier", "before") and i >= 1 and told is not None and \
                told.basis in _PRECISE and (
                    (days := _counted_days(words, i)) is not None or
                    (words[i - 1] == "day" and i >= 2 and words[i - 2] == "the")):
            # "A day earlier, Washington had sanctioned Rosneft", "the day before": from the
            # day the story last told
            return told.day - timedelta(days=days or 1), "relative"
        if w == "previous" and i + 1 < len(words) and words[i + 1] == "day" and \
                told is not None and told.basis in _PRECISE:
            return told.day - timedelta(days=1), "relative"  # "the previous day"
        if w in ("next", "following") and i + 1 < len(words) and \
                words[i + 1] in ("day", "morning") and i >= 1 and words[i - 1] == "the" and \
                told is not None and told.basis in _PRECISE:
            return told.day + timedelta(days=1), "relative"  # "The next day, India ..."
        if w == "that" and i + 1 < len(words) and \
                words[i + 1] in ("day", "night", "evening", "morning", "afternoon") and \
                told is not None and told.basis in _PRECISE:
            return told.day, "relative"  # "Troops were sent to the assembly that night"
        if w == "last" and i + 1 < len(words) and _month(words[i + 1]) is not None and \
                _day_near(words, i + 1) is None:
            # "last January": the latest January before the story's month
            named = _month(words[i + 1]) or 1
            return date(published.year - (named >= published.month), named, 1), "month"
        if w == "weekend" and i >= 1 and words[i - 1] in ("the", "last", "this"):
            # "over the weekend": the Saturday before (or, for what is to come, after)
            saturday = published - timedelta(days=(published.weekday() - 5) % 7)
            if future and i in clause and words[i - 1] != "last":
                saturday = published + timedelta(days=(5 - published.weekday()) % 7)
            return saturday, "relative"
        if w == "last" and i + 1 < len(words) and words[i + 1] == "month":
            # the month before publication's, from its first day, as "in January" is
            first = published.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), "month"
        if w == "last" and i + 1 < len(words) and words[i + 1] in ("week", "night"):
            delta = {"week": 7, "night": 1}[words[i + 1]]
            return published - timedelta(days=delta), "relative"
        month = _month(w) if w not in ("may", "march") or sent[i].text[:1].isupper() \
            else None  # ("3 may face charges", "march on the capital": no months)
        if month is not None:
            day = _day_near(words, i)
            if day is not None:
                year = _year_near(words, i) or published.year
                if (month, day) == (10, 7) and _year_near(words, i) is None and \
                        published >= date(2024, 1, 1) and any(
                            w2 in _ATTACK_NAMES for w2 in words[i + 1:i + 5]):
                    year = _OCTOBER_7.year  # "in the October 7 attack": the attack's day
                try:
                    found = date(year, month, day)
                except ValueError:
                    continue
                if found > published and _year_near(words, i) is None and not (
                        (future and i in clause) or (found - published).days <= 45):
                    # (a date weeks ahead is one to come: "a general strike for April 10")
                    found = date(year - 1, month, day) if not (month == 2 and day == 29) \
                        else found
                elif found < published and _year_near(words, i) is None and future and \
                        i in clause and not (month == 2 and day == 29) and \
                        (date(year + 1, month, day) - published).days <= 45:
                    # "will take office on Jan. 20", said on Dec. 28: next year's
                    found = date(year + 1, month, day)
                return found, "explicit"
            given = _year_near(words, i)
            if given is not None and i + 1 < len(words) and words[i + 1] == str(given):
                return date(given, month, 1), "month"  # "in March 2023"
            if words[i + 1:i + 3] == ["last", "year"]:
                return date(published.year - 1, month, 1), "month"  # "in July last year"
            if i > 0 and words[i - 1] in ("in", "since", "during", "early", "late", "mid"):
                # "in January": the last January, or for a future act the next one
                if future and i in clause:
                    return date(published.year + (month < published.month), month, 1), "month"
                return date(published.year - (month > published.month), month, 1), "month"
    return _undated(told, published, future)


def _undated(told: _Anchor | None, published: date, future: bool) -> tuple[date, str]:
    """The day of an event its sentence tells no day of."""
    if told is not None and told.next_to and not future and \
            (published - told.day).days > 7:
        # "... on June 25, 2024, when demonstrators broke into parliament. Police opened fire,
        # killing several people.": the background the sentence before told goes on
        return told.day, "context"
    return published, "publication"


# Words that may tell an event's day, alone or with the next word (each is read in
# event_date's loop; a sentence with none of them tells no day).
_DATE_CUES = frozenset({"yesterday", "today", "tonight", "ago", "later", "earlier", "before",
                        "previous", "last", "weekend", *_WEEKDAYS})
_NEXT_DATE_CUES = {"this": ("week", "weekend"), "next": ("week", "weekend", "day", "morning"),
                   "following": ("day", "morning"),
                   "that": ("day", "night", "evening", "morning", "afternoon")}


def _date_cue(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a word event_date's loop reads a day from."""
    w = words[i]
    if w in _DATE_CUES or _month(w) is not None:
        return True
    after = _NEXT_DATE_CUES.get(w)
    return after is not None and i + 1 < len(words) and words[i + 1] in after


# The day of the attack that stories name by its day alone ("the October 7 attack").
_OCTOBER_7 = date(2023, 10, 7)
# Nouns after a date that name an attack by its day ("the October 7 attack").
_ATTACK_NAMES = frozenset({"attack", "attacks", "assault", "massacre", "raid", "onslaught",
                           "atrocities", "incursion", "invasion", "rampage"})


def _named_october_7(noun: Token) -> bool:
    """Whether "October 7" (or "Oct. 7", "7 October") names ``noun``, an attack, by its
    day and no year."""
    words = [t.lower_.rstrip(".") for t in noun.doc[max(noun.left_edge.i, noun.i - 5):noun.i]]
    return ("7" in words and any(w in ("october", "oct") for w in words) and
            not any(w.isdigit() and len(w) == 4 for w in words))


# Doc.user_data key of the day the story last told, for the sentence being coded.
_ANCHOR = "eventcoder_anchor"
# The date bases a later sentence's date may go on from, and those precise to the day.
_ANCHORING = frozenset({"explicit", "weekday", "relative", "month", "context"})
_PRECISE = frozenset({"explicit", "weekday", "relative", "context"})


@dataclass(frozen=True, slots=True)
class _Anchor:
    day: date
    basis: str
    next_to: bool  # told in the sentence just before, in the same paragraph


_AGO_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def _days_apart(verb: Token, words: list[str], start: int) -> int | None:
    """How many days a clause's act came before the clause it is told under ("a day after
    the US imposed sanctions": 1; "two days before the vote was held": -2), or None."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and
                 c.lower_ in ("after", "before")), None)
    days = _counted_days(words, mark.i - start) if mark is not None else None
    if mark is None or days is None:
        return None
    return days if mark.lower_ == "after" else -days


def _counted_days(words: list[str], i: int) -> int | None:
    """The days a count and unit before word ``i`` span ("two days", "a week" before "ago" or
    "later"), up to 60 of the unit; None when there are none."""
    if i < 2 or words[i - 1] not in _AGO_UNITS or not (
            words[i - 2].isdigit() or words[i - 2] in _SMALL_NUMBERS):
        return None
    count = int(words[i - 2]) if words[i - 2].isdigit() else _SMALL_NUMBERS[words[i - 2]]
    return count * _AGO_UNITS[words[i - 1]] if count <= 60 else None
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _year_told(trigger: Token, published: date) -> bool:
    """Whether the last year named before the trigger, in its sentence or the two before,
    is a past one: what "that year" goes back to."""
    doc = trigger.doc
    first = doc[trigger.sent.start].sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    years = [int(t.text) for t in doc[first:trigger.i] if t.like_num and len(t.text) == 4
             and t.text.isdigit() and 1900 <= int(t.text) <= published.year]
    return bool(years) and years[-1] < published.year


def _earlier_year(trigger: Token, published: date | None) -> bool:
    """Whether the trigger's own clause sets it in a year before the story's: "imposed
    sanctions in 2014", "has ruled since 2013", background rather than the day's news."""
    if published is None:
        return False
    anchor = trigger if trigger.pos_ == "VERB" else EventCoder._governor(trigger) or trigger
    # (a clause under a background one is background too: "after Moscow annexed Crimea")
    for verb in (anchor, *(a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX"))):
        if verb.lemma_.lower() in _REPORTING:
            break  # "said on Monday that ...": the report is today's
        if any(c.dep_ == "advmod" and c.lower_ in ("previously", "formerly")
               for c in _kids(verb)) and any(c.dep_ == "aux" and c.lower_ in
                                             ("has", "have", "had") for c in _kids(verb)):
            return True  # "Washington has previously sanctioned": what was done before, not
            # the day's news (but "has repeatedly accused" goes on)
        # ("sentenced Hasina on Monday over a crackdown last year": the day is the act's;
        # the year is the cause's, hung on the verb by the parser)
        dayed = any(c.lower_ in _WEEKDAYS or c.lower_ in ("yesterday", "today", "tonight")
                    or (c.dep_ == "prep" and c.lower_ == "on" and any(
                        p.lower_ in _WEEKDAYS or _month(p.lower_) for p in _kids(c)))
                    for c in _kids(verb))
        if dayed:
            continue
        for ago in _kids(verb):
            # "two years ago", "a decade ago": long before the story
            if ago.dep_ == "advmod" and ago.lower_ == "ago" and any(
                    c.lemma_.lower() in ("year", "decade", "century") for c in _kids(ago)):
                return True
            # "Beijing last year opened an anti-dumping probe": a year before the story's,
            # as "in 2024" is
            if ago.dep_ == "npadvmod" and ago.lower_ == "year" and any(
                    c.lower_ in ("last", "previous") for c in _kids(ago)) and not (
                    verb.lemma_.lower() in _PUNISHING and any(
                        p.dep_ == "prep" and p.lower_ in ("over", "for") and
                        p.right_edge.i + 1 == ago.left_edge.i and any(
                            o.dep_ == "pobj" and o.pos_ == "NOUN" and
                            o.lemma_.lower() not in _TIME_UNITS for o in _kids(p))
                        for p in verb.subtree if p.i < ago.i)):
                # (but "sentenced Hasina to death over the crackdown on protesters last
                # year", "charged Hasina with crimes against humanity over the killing of
                # protesters last year": the year is the cause's, the charge today's)
                return True
            if ago.dep_ in ("npadvmod", "pobj") and ago.lower_ == "year" and any(
                    c.lower_ in ("that", "same") for c in _kids(ago)) and \
                    _year_told(trigger, published):
                return True  # "expelled each other's ambassadors that year" (2013)
        for prep in _kids(verb):
            if prep.dep_ == "prep" and prep.lower_ in ("between", "from"):
                # "between 2008 and 2011", "from 2008 to 2011": a span of past years
                span = [y for p in _kids(prep) if p.dep_ == "pobj" for y in (p, *p.conjuncts)]
                span += [y for p in (*_kids(prep), *_kids(verb)) if p.dep_ == "prep" and
                         p.lower_ == "to" for y in _kids(p) if y.dep_ == "pobj"]
                spanned = [int(y.text) for y in span if y.text.isdigit() and len(y.text) == 4]
                if spanned and len(spanned) == len(span) and \
                        1900 <= max(spanned) < published.year:
                    return True
            # ("after the 2023 coup, the bloc threatened", "by 1994": then, unless the
            # sentence tells a day of this week)
            after = prep.lower_ in ("after", "following", "by") and not any(
                t.lower_ in _WEEKDAYS or t.lower_ in ("yesterday", "today", "tonight")
                for t in trigger.sent)
            if prep.dep_ != "prep" or (prep.lower_ not in ("in", "since", "during", "until")
                                       and not after):
                continue
            if prep.lower_ == "since" and any(
                    t.tag_ == "JJS" or t.lower_ == "first" for t in
                    trigger.doc[min(verb.i, prep.i):prep.i]):
                continue  # "killing 147 in the deadliest attack since 1998": the measure
                # the deed is compared by, not when it was done
            for pobj in _kids(prep):
                if pobj.dep_ != "pobj":
                    continue
                if prep.lower_ in ("in", "over", "during") and \
                        pobj.lemma_.lower() in ("year", "decade") and pobj.tag_ == "NNS" and \
                        any(c.lower_ in ("recent", "past", "previous", "the") and c.i < pobj.i
                            for c in _kids(pobj)) and not any(
                            c.dep_ == "prep" for c in _kids(pobj)):
                    return True  # "have expelled dozens of diplomats in recent years"
                if pobj.lower_ == "year" and any(c.lower_ in ("that", "same") for c in
                                                 _kids(pobj)) and _year_told(trigger, published):
                    return True  # "expelled each other's ambassadors that year" (2013)
                if pobj.text[:-1].isdigit() and pobj.text.endswith("s") and \
                        len(pobj.text) == 5 and int(pobj.text[:4]) + 10 <= published.year:
                    return True  # "in the 1990s"
                # "in 2014", "in March 2023", "during the 2014 war", "in the 2024 uprising",
                # "in the Oct. 7, 2023, attack", "since independence in 1947"
                for year in (pobj, *(c for c in _kids(pobj) if _month(pobj.lower_) or (
                        c.dep_ in ("nummod", "compound", "amod", "nmod") and c.i < pobj.i)),
                             *(y for c in _kids(pobj) if c.dep_ in ("compound", "nmod") and
                               _month(c.lower_) for y in c.subtree),
                             *(y for c in _kids(pobj) if c.dep_ == "prep" and
                               c.lower_ == "in" and prep.lower_ in ("since", "after")
                               for y in _kids(c) if y.dep_ == "pobj")):
                    if year.like_num and len(year.text) == 4 and year.text.isdigit() and \
                            1900 <= int(year.text) < published.year:
                        return True
    # the event told as a thing of a past year: "The 2003 invasion of Iraq killed thousands",
    # "Rwanda's genocide in 1994 killed 800,000", "during the Cold War"
    things = [trigger] if trigger.pos_ == "NOUN" else []
    things += [c for c in _kids(anchor) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    for thing in things:
        years = [c for c in _kids(thing) if c.dep_ in ("nummod", "compound", "amod")]
        years += [q for p in _kids(thing) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                  for q in _kids(p) if q.dep_ == "pobj"]
        if any(y.text.isdigit() and len(y.text) == 4 and 1900 <= int(y.text) < published.year
               for y in years):
            return True
    return any(p.dep_ == "prep" and p.lower_ in ("during", "in") and any(
        q.dep_ == "pobj" and q.lower_ == "war" and any(c.lower_ == "cold" for c in _kids(q))
        for q in _kids(p)) for p in _kids(anchor))


def _month(word: str) -> int | None:
    w = word.rstrip(".")
    if w in _MONTHS:
        return _MONTHS.index(w) + 1
    if w in _MONTH_ABBR and w != "may" and len(word) > 3 and word.endswith("."):
        return _MONTH_ABBR[w]
    if w in ("jan", "feb", "aug", "sept", "oct", "nov", "dec"):
        return _MONTH_ABBR[w]
    return None


def _day_near(words: list[str], i: int) -> int | None:
    """The day number next to month word ``i``: "May 3", "3 May", "the 3rd of May" (not "17
    in May": a count)."""
    for j in (i + 1, i - 1, i - 2):
        if j == i - 2 and (i < 1 or words[i - 1] != "of"):
            continue
        if 0 <= j < len(words):
            w = words[j].rstrip(",").removesuffix("st").removesuffix("nd").removesuffix(
                "rd").removesuffix("th")
            if w.isdigit() and 1 <= int(w) <= 31:
                return int(w)
    return None


def _year_near(words: list[str], i: int) -> int | None:
    for j in range(i + 1, min(i + 4, len(words))):
        w = words[j]
        if len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100:
            return int(w)
    return None
