"""Synthetic benchmark corpus: political-news-like documents as HTML pages or text scrapes.

Library::

    from generate import iter_documents
    for filename, content in iter_documents("html", 1000, seed=7):
        ...

CLI::

    python bench/generate.py --kind html --count 10000 --out /tmp/corpus --seed 7

Every document is about 500 words of English prose assembled from templates and word lists
(fictional countries, people, organisations, numbers and dates), so documents are varied and not
near-duplicates of one another. Generation is deterministic for ``(kind, seed, index)``: document
``i`` depends only on those, never on the documents before it, so any slice can be regenerated
on its own and nothing is held in memory beyond the document being written. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["KINDS", "generate_document", "iter_documents", "main", "write_corpus"]

KINDS = ("html", "text")

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

# name | adjective | capital | two other cities | a province
_COUNTRY_ROWS = """
Aldoria|Aldorian|Vesk|Marrow Bay,Ostin|Upper Vell
Belmara|Belmaran|Santo Reyes|Cala Dorn,Pinheira|Serra Alta
Carvania|Carvanian|Dubrask|Lenovo Polje,Trask|Vardar Plain
Dravia|Dravian|Velgrad|Sirovac,Banja Mel|Krasna
Estoria|Estorian|Halvar|Nordvik,Elling|Fjellmark
Felmark|Felmarkian|Korsholm|Ravnsby,Tolde|Western Fens
Galdora|Galdoran|Port Amsel|Drennick,Sayle|Greywater
Helvane|Helvanian|Lucerna|Obermatt,Sankt Ilse|Hochtal
Jorvania|Jorvanian|Miskol|Tarvin,Ebrecz|Puszta Lowlands
Kestria|Kestrian|Merrow|Dulan,Fenwick|Eastern Marches
Lusara|Lusaran|Ardenne City|Belcourt,Rivage|Côte Basse
Marisland|Marislander|Port Alder|Kelp Harbour,Strand|Southern Isles
Norvenia|Norvenian|Lindholm|Varberg,Skarne|Norrland Coast
Ostrel|Ostrel|Tarsk|Kovrin,Belozar|Steppe Oblast
Pellonia|Pellonian|Auriga|Castel Nuovo,Vento|Monti Verdi
Quarren|Quarreni|Sabah Nour|Qasr Dima,Lutfi|Oasis District
Rovenia|Rovenian|Brask|Ostrava Nova,Zlin Dol|Beskid Hills
Sorvania|Sorvanian|Miran|Cetina,Orhei|Prut Valley
Tessaly|Tessalian|Calvera|Orlen,San Miro|Lower Orlen
Ulmark|Ulmarkian|Hedeby|Aarvik,Norrholt|Jutmoor
Valdoria|Valdorian|Porto Senna|Faro Velho,Alcantra|Ribeira
Varkonia|Varkonian|Ostrava Nova|Brask Mesto,Hollin|Orlen Basin
Zelonia|Zelonian|Vilmo|Kaunara,Dravik|Amber Coast
Brenmark|Brenmarker|Aalstad|Frederiks,Hovby|Storland
Corvessa|Corvessan|Bastide|Montcalme,Vireux|Haute Sarre
Dunmore|Dunmorean|Kilbride|Ashgrove,Fairhaven|Glenmoor
Eldovia|Eldovian|Tiramo|Salvo,Corrano|Basso Delta
Karvonia|Karvonian|Radovec|Varna Sel,Hollin Gora|Black Ridge
Lirea|Lirean|Nuvola|Montebasso,Ferrante|Alta Lirea
Mazuria|Mazurian|Elbrath|Gniezno Wielki,Olsen|Lake District
Nerith|Nerithi|Amar Dune|Kessa,Tarun|Salt Flats
Orvana|Orvanan|Castellón Rey|Puerto Sal,Mirandela|Sierra Oscura
Perth Varra|Varran|Innisfell|Dunlow,Carrick|Highland Reach
Saradia|Saradian|Kaya Deniz|Erzen,Bolat|Anatolan Plateau
Tavaris|Tavarese|Monteleone|Porta Bianca,Sestri|Val Scura
"""


def _parse_countries() -> tuple[tuple[str, str, str, tuple[str, ...], str], ...]:
    rows = []
    for line in _COUNTRY_ROWS.strip().splitlines():
        name, adj, capital, cities, province = line.split("|")
        rows.append((name, adj, capital, tuple(cities.split(",")), province))
    return tuple(rows)


COUNTRIES = _parse_countries()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Anna Boris Celeste Darko Elena Farah Gunnar Hana Ilona Jonas Karim Lena Marek Nadia Oskar "
    "Petra Radek Sofia Tomas Ulla Viktor Wanda Yusuf Zora Amara Bruno Carmen Dmitri Esther "
    "Felix Greta Hugo Ines Jana Kofi Lucia Matteo Nora Olga Pavel Rosa Samir Tereza Ugo Vera "
    "Wilhelm Ximena Yara Zoltan Adele Bastian Clara Dario Emil Freya Goran Helga Ivo Joanna "
    "Kasimir Liesel Milan Nikola Orla Priya Quentin Rasmus Selma Tariq Ulrike Valentin"
)

LAST_NAMES = _words(
    "Andrelli Balan Castell Dobrev Ferrand Halvorsen Kovar Marlow Nyqvist Ostrova Radescu "
    "Savelin Tallis Vollan Brandt Essedi Lind Moravec Olsen Serić Terescu Vilen Aberg Kallberg "
    "Rell Voss Markovic Stanic Solvang Ndiaye Vasquez Ilunga Dragomir Ricciardi Hartov Oduya "
    "Pereira Castellane Solano Ventor Tolvai Kestel Halvik Vos Ferreira Holm Lukas Berisha "
    "Novak Petrov Ionescu Keller Laine Mertens Nowak Oliveira Quist Rahman Sandoval Tanaka "
    "Urban Varga Weiss Yilmaz Zeller Alcott Bianchi Costa Duarte Eriksen Fontaine Gallo Hassan "
    "Iqbal Jensen Kowalski Larsen Mendes Nieminen Orsini Pajari Rossi Strand Toivonen Urquhart"
)

ORGS = (
    "the Coastal States Union",
    "the Continental Economic Community",
    "the Northern Security Council",
    "the Council of Neighbouring States",
    "the Southern Development Forum",
    "the Inland Sea Cooperation Council",
    "the Aurelian Union",
    "the Regional Organisation for Security and Dialogue",
)

OUTLETS = (
    ("The Meridian Ledger", "meridianledger.example"),
    ("Northgate Post", "northgatepost.example"),
    ("The Valdoria Courier", "valdoriacourier.example"),
    ("Harbour Times", "harbourtimes.example"),
    ("The Lakeside Observer", "lakesideobserver.example"),
    ("Capital Dispatch", "capitaldispatch.example"),
    ("Continental Press Agency", "continentalpress.example"),
    ("The Evening Standard-Gazette", "standardgazette.example"),
    ("Baltora Press", "baltorapress.example"),
    ("The Coastal Record", "coastalrecord.example"),
    ("Daily Varkonian", "dailyvarkonian.example"),
    ("Northern Star Wire", "northernstarwire.example"),
    ("Gulf Ledger", "gulfledger.example"),
    ("The Frontier Herald", "frontierherald.example"),
    ("Atlas Daily", "atlasdaily.example"),
    ("The Plains Tribune", "plainstribune.example"),
)

SECTIONS = ("World", "Politics", "Europe", "Diplomacy", "Security", "National", "Region")

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = _words(
    "January February March April May June July August September October November December"
)
TIMEZONES = (("EST", -5), ("CET", 1), ("GMT", 0), ("EET", 2), ("PST", -8), ("MSK", 3))

ISSUES = (
    "pension reform",
    "rising fuel prices",
    "a new media law",
    "the postponement of local elections",
    "cuts to university funding",
    "a proposed tax on small farms",
    "the arrest of an opposition mayor",
    "corruption in public procurement",
    "plans to privatise the railways",
    "a controversial mining concession",
    "changes to the electoral code",
    "the closure of regional hospitals",
)

TRIGGERS = (
    "the expulsion of two of its diplomats",
    "the detention of {num} {Aadj} fishermen",
    "what it called hostile remarks by {Badj} officials",
    "a shooting incident near the border in {provA}",
    "the discovery of an alleged spying network",
    "the seizure of a {Aadj} cargo ship",
    "a dispute over water rights on a shared river",
    "the arrest of a {Aadj} journalist in {Bcap}",
)

TARGETS = (
    "the defence ministry",
    "two state-owned arms makers",
    "the central bank",
    "{num} senior officials",
    "the national shipping company",
    "three oil exporters",
    "the interior ministry's special police unit",
    "several businessmen close to the president",
)

QUOTE_OPEN = (
    "We will not",
    "Our government cannot",
    "Nobody in this region should",
    "The people of {A} will not",
    "We have made it clear that we will not",
    "Frankly, we do not",
    "This government will never",
    "Our partners understand that we cannot",
    "History shows that we must not",
    "Let me be clear: we will not",
)
QUOTE_VERB = (
    "accept",
    "tolerate",
    "ignore",
    "reward",
    "stay silent about",
    "negotiate away",
    "turn a blind eye to",
    "normalise",
    "be intimidated by",
    "make concessions on",
)
QUOTE_OBJ = (
    "violations of our sovereignty",
    "attacks on civilians",
    "threats against our citizens",
    "this kind of provocation",
    "the intimidation of journalists",
    "decisions taken behind closed doors",
    "the collapse of the talks",
    "the suffering in {cityA}",
    "broken promises",
    "a return to violence",
)
QUOTE_TAIL = (
    "and we expect our neighbours to respect that",
    "whatever the cost",
    "but the door to dialogue remains open",
    "and every option remains on the table",
    "and our partners know it",
    "and that message was delivered today",
    "even if it takes months",
    "but we are ready to talk",
    "and we will say so at every meeting",
    "not now and not in the future",
)

SOURCES = (
    "two diplomats familiar with the discussions",
    "a senior official who asked not to be named",
    "three people briefed on the matter",
    "officials in {Acap}",
    "a government spokesperson",
    "state media",
    "a person close to the negotiations",
    "local officials",
)

ADVERBS = (
    "repeatedly",
    "publicly",
    "privately",
    "already",
    "formally",
    "quietly",
    "sharply",
    "openly",
)

REACTIONS = (
    "welcomed the decision",
    "criticised the move",
    "called for restraint",
    "urged both sides to return to talks",
    "said it was monitoring the situation closely",
    "described the step as overdue",
    "warned of further escalation",
    "offered to mediate",
)

# --------------------------------------------------------------------------------------------
# Story templates
# --------------------------------------------------------------------------------------------

# Each event type: headlines, ledes, specific body sentences. Slots are filled from a _Slots
# mapping: story-level names (A, Badj, fmA, ...) are fixed per document, others (num, pct,
# quote, source, ...) are drawn afresh at each use.
EVENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "recall": {
        "headline": (
            "{A} recalls ambassador from {B} after {trigger_short}",
            "{Aadj} envoy ordered home as row with {B} deepens",
            "{A} pulls its ambassador from {Bcap} in protest",
        ),
        "lede": (
            "{A} recalled its ambassador from {B} for consultations on {weekday} after "
            "{trigger}, the foreign ministry in {Acap} said.",
            "The government of {A} has ordered its ambassador in {Bcap} to return home, "
            "{fmA} announced on {weekday}, citing {trigger}.",
        ),
        "body": (
            "{fmA_short} also summoned the {Badj} charge d'affaires and handed over a formal "
            "note of protest.",
            "The ministry said the ambassador would remain in {Acap} until {B} offered a "
            "satisfactory explanation.",
            "{Badj} officials rejected the accusations and described the recall as an "
            "overreaction that would only hurt ordinary people on both sides.",
            "It is the {ordinal} time in {num} years that {A} has withdrawn an envoy from {Bcap}.",
            "The embassy in {Bcap} will stay open and its consular section will continue "
            "issuing visas, a spokesperson said.",
            "Trade between the two neighbours reached {money} last year, according to "
            "customs figures.",
            "{oppA} said the recall came too late and urged the government to freeze "
            "a planned energy agreement with {B}.",
        ),
    },
    "sanctions": {
        "headline": (
            "{org_cap} imposes sanctions on {B} over {issueB}",
            "New sanctions target {Badj} officials as pressure mounts",
            "{A} freezes assets of {Badj} {target_short}",
        ),
        "lede": (
            "{org_cap} announced sanctions on {target} of {B} on {weekday}, accusing {Bcap} "
            "of {issueB}.",
            "{A} and its partners in {org} imposed asset freezes and travel bans on "
            "{target} of {B} on {weekday}, in the toughest measures yet over {issueB}.",
        ),
        "body": (
            "The measures freeze any assets held in member states and bar {num} people "
            "from travelling to the bloc.",
            "{Badj} officials called the sanctions illegal and said {Bcap} reserved the right "
            "to respond in kind.",
            "Analysts said the practical effect might be limited, as most {Badj} firms "
            "had already moved their money out of the region.",
            "The decision required the unanimous approval of all {num} member governments, "
            "which took {num} weeks of negotiation.",
            "Among those listed is the deputy minister {personB}, who is accused of "
            "ordering the crackdown.",
            "{fmA_short} said further measures were being prepared and could be adopted "
            "within weeks.",
            "Exporters in {cityA} warned that retaliation could hit their sales, which "
            "are worth {money} a year.",
        ),
    },
    "protest": {
        "headline": (
            "Police detain {n_arrested} as protest over {issue} turns tense in {Acap}",
            "Thousands march in {Acap} against {issue}",
            "{n_arrested} arrested after clashes at {Aadj} parliament",
        ),
        "lede": (
            "Police in {Acap} detained at least {n_arrested} people on {weekday} after a march "
            "against {issue} ended in scuffles outside parliament, the interior ministry said.",
            "Thousands of people took to the streets of {Acap} on {weekday} to protest against "
            "{issue}, and police arrested {n_arrested} of them after clashes near the "
            "government headquarters.",
        ),
        "body": (
            "Riot police used batons and pepper spray after a group of demonstrators tried "
            "to push through metal barriers near the {street}.",
            "Interior Minister {personA} said officers had acted with restraint against "
            "a small minority bent on disorder.",
            "Organisers said most of those detained had been standing far away from the "
            "barriers and accused the police of provocation.",
            "A spokesperson for the prosecutor's office said {num} of the detained had been "
            "released without charge by late evening.",
            "Unions have called a general strike for next {day2}, when parliament is due to "
            "vote on the plan.",
            "Video shared online showed officers dragging an elderly man along the pavement "
            "near the {street}.",
            "Similar rallies were held in {cityA} and {cityA2}, where local media reported "
            "no arrests.",
        ),
    },
    "ceasefire": {
        "headline": (
            "{A} and {B} resume ceasefire talks in {Ccap}",
            "Negotiators meet in {Ccap} as fighting continues between {A} and {B}",
            "Hopes for truce as {Aadj} and {Badj} delegations sit down in {Ccap}",
        ),
        "lede": (
            "Negotiators for {A} and {B} resumed ceasefire talks in {Ccap} on {weekday}, "
            "the first direct meeting between the two delegations since {month}.",
            "Delegations from {A} and {B} met in {Ccap} on {weekday} for talks on a ceasefire, "
            "with mediators from {C} hoping to agree a halt to artillery fire within days.",
        ),
        "body": (
            "The talks are expected to cover prisoner exchanges, the reopening of the port "
            "of {cityB} and a monitoring mission along the front line.",
            "{fmC} told reporters that nobody expected a full peace agreement this week.",
            "Fighting continued overnight, with {A} reporting {num} rocket attacks on "
            "positions near {cityA}.",
            "A draft text seen by {source} would deploy about {hundreds} unarmed observers "
            "along the {num}-kilometre front.",
            "{B}'s chief negotiator, {personB}, shook hands with his counterpart in front "
            "of the cameras before the session began.",
            "The previous round of talks collapsed in {month} after a dispute over the "
            "sequencing of troop withdrawals.",
            "Aid agencies say more than {big} people have been displaced by the fighting "
            "in {provA}.",
        ),
    },
    "un": {
        "headline": (
            "Security Council fails to agree statement on {A}",
            "Draft UN statement on {A} blocked after late objection",
            "UN council divided over humanitarian access in {provA}",
        ),
        "lede": (
            "A draft Security Council statement calling for humanitarian access in {provA} "
            "was withdrawn on {weekday} after one member refused to join consensus, "
            "diplomats said.",
            "The UN Security Council failed on {weekday} to agree a joint statement on the "
            "crisis in {A}, leaving the body silent as aid agencies warned of famine in "
            "{provA}.",
        ),
        "body": (
            "The text, drafted by {B} and {C}, would have urged all parties to allow the "
            "rapid and unimpeded passage of relief supplies.",
            "Presidential statements require the agreement of all 15 members of the council.",
            "{A}'s envoy to the United Nations welcomed the outcome and said the draft relied "
            "on unverified claims.",
            "The co-sponsors said they would consider putting a resolution to a vote instead.",
            "Humanitarian officials told council members that convoys had been turned back "
            "{num} times since {month}.",
            "Human rights groups said the council's silence sent a dangerous signal.",
        ),
    },
    "election": {
        "headline": (
            "{Aadj} opposition claims victory in tight parliamentary vote",
            "{A} votes in election seen as test for {leaderA_short}",
            "Early results put {Aadj} ruling party ahead with {pct} percent",
        ),
        "lede": (
            "Voters in {A} went to the polls on {weekday} in a parliamentary election widely "
            "seen as a referendum on {leaderA}'s handling of {issue}.",
            "{A}'s ruling party led with {pct} percent of the vote after {num} percent of "
            "ballots had been counted, the electoral commission said on {weekday}.",
        ),
        "body": (
            "Turnout stood at {pct} percent by early evening, slightly higher than at the "
            "last election in {year}.",
            "{oppA} told supporters in {cityA} that the opposition would not accept results "
            "marred by fraud.",
            "Observers from {org} said voting had been largely orderly but noted problems "
            "with voter lists in {provA}.",
            "The campaign was dominated by {issue} and the rising cost of living.",
            "If confirmed, the result would leave the ruling party {num} seats short of a "
            "majority.",
            "Final results are expected by {day2}, the commission said.",
        ),
    },
    "military": {
        "headline": (
            "{A} launches military drills near {Badj} border",
            "{Badj} forces on alert as {A} stages exercises in {provA}",
            "Tension rises as {A} moves troops toward {B}",
        ),
        "lede": (
            "{A} began large-scale military exercises near its border with {B} on {weekday}, "
            "involving about {big} troops and {hundreds} armoured vehicles, the defence "
            "ministry said.",
            "The armed forces of {A} started a week of drills in {provA} on {weekday}, a "
            "move that {B} called a deliberate provocation.",
        ),
        "body": (
            "The defence ministry said the drills were planned months ago and were not "
            "directed at any country.",
            "{B} placed its border units on heightened alert and summoned the {Aadj} "
            "military attache.",
            "Satellite images published by a private firm showed columns of vehicles moving "
            "toward {cityA}.",
            "{org_cap} urged both governments to use existing hotlines to avoid incidents.",
            "The exercises will include live firing and the simulated defence of {cityA2}.",
            "Defence Minister {personA} said {A} had the right to train its forces anywhere "
            "on its own territory.",
        ),
    },
    "aid": {
        "headline": (
            "Aid convoy reaches besieged {cityA}",
            "First food deliveries in weeks arrive in {cityA}",
            "UN says {num} trucks of aid enter {provA}",
        ),
        "lede": (
            "A convoy of {num} trucks carrying food, medicine and fuel reached the besieged "
            "town of {cityA} in {A} on {weekday}, the first aid to arrive in weeks, the UN said.",
            "Humanitarian agencies delivered food and medicine to {cityA} on {weekday} after "
            "the government of {A} and rebel commanders agreed a {num}-hour pause in fighting.",
        ),
        "body": (
            "The convoy was held for {num} hours at a checkpoint before being allowed through.",
            "About {big} people remain in the town, many of them sheltering in basements.",
            "A UN spokesperson said the delivery was a start but not nearly enough.",
            "Doctors in {cityA} said the main hospital had run out of insulin and antibiotics.",
            "The government accused rebel forces of diverting previous deliveries, a charge "
            "they deny.",
            "Donors have pledged {money} for relief in {provA} this year, less than half of "
            "what agencies requested.",
        ),
    },
    "trade": {
        "headline": (
            "{A} and {B} sign trade deal after {num} years of talks",
            "{Aadj}-{Badj} trade pact cuts tariffs on {good}",
            "{leaderA_short} and {leaderB_short} seal economic agreement in {Acap}",
        ),
        "lede": (
            "{A} and {B} signed a trade agreement on {weekday} that will remove tariffs on "
            "most {good} over {num} years, officials in {Acap} said.",
            "{leaderA} and {leaderB} signed an economic cooperation pact in {Acap} on "
            "{weekday}, ending a long dispute over access for {good}.",
        ),
        "body": (
            "The agreement must still be ratified by both parliaments.",
            "Farmers' groups in {B} protested outside the ministry, saying imports of {good} "
            "would drive down prices.",
            "Officials estimated that trade between the two countries could reach {money} "
            "within five years.",
            "The deal also includes a chapter on labour rights and environmental standards.",
            "{oppA} criticised the agreement as rushed and said parliament had not seen the "
            "full text.",
            "Negotiations stalled twice, in {year} and again last {month}.",
        ),
    },
    "resign": {
        "headline": (
            "{Aadj} minister resigns over contracts scandal",
            "{personA_role} quits as audit finds irregular payments",
            "Pressure on {leaderA_short} grows after minister's resignation",
        ),
        "lede": (
            "{personA_role_full} of {A} resigned on {weekday}, days after an audit found that "
            "{num} public contracts worth {money} had been paid for work never carried out.",
            "A senior minister in {A} stepped down on {weekday} amid allegations that his "
            "office awarded contracts to companies linked to relatives.",
        ),
        "body": (
            "In a statement, the minister said he took political responsibility but denied "
            "any personal wrongdoing.",
            "{leaderA} accepted the resignation and appointed a special prosecutor to "
            "examine the contracts.",
            "{oppA} called for early elections, saying the scandal reached the top of the "
            "government.",
            "It is the {ordinal} resignation from the cabinet since the coalition took office "
            "in {year}.",
            "The audit office said its investigation covered spending between {year} and "
            "last year.",
            "Anti-corruption campaigners gathered outside the ministry in {Acap} with banners.",
        ),
    },
    "border": {
        "headline": (
            "{num} soldiers killed in border clash between {A} and {B}",
            "Deadly skirmish on {Aadj}-{Badj} frontier",
            "{A} accuses {B} of cross-border attack in {provA}",
        ),
        "lede": (
            "At least {num} soldiers were killed in an exchange of fire on the border between "
            "{A} and {B} on {weekday}, officials on both sides said.",
            "{A} accused {B} on {weekday} of attacking a border post in {provA}, killing "
            "{num} of its soldiers.",
        ),
        "body": (
            "Each side accused the other of firing first.",
            "The defence ministry in {Acap} said its forces had returned fire and destroyed "
            "{num} enemy positions.",
            "{org_cap} called for an immediate investigation and offered to send observers.",
            "Villagers near {cityA} said they heard heavy shelling for several hours.",
            "The frontier has never been fully demarcated since independence in {year}.",
            "{fmA_short} said {A} would raise the incident at the next meeting of {org}.",
        ),
    },
    "prisoners": {
        "headline": (
            "{A} and {B} exchange {num} prisoners",
            "Prisoner swap brings home {num} {Aadj} soldiers",
            "Mediated exchange frees detainees held by {A} and {B}",
        ),
        "lede": (
            "{A} and {B} exchanged {num} prisoners each on {weekday} in a swap mediated by "
            "{C}, the largest since the conflict began.",
            "Buses carrying released prisoners crossed the line near {cityA} on {weekday} "
            "as {A} and {B} completed an exchange brokered by {C}.",
        ),
        "body": (
            "Families waited for hours at the crossing point, some holding photographs of "
            "missing relatives.",
            "{fmC} said the exchange showed that dialogue could produce results.",
            "Among those released were {num} civilians detained in {year}.",
            "Both governments said more exchanges were being discussed.",
            "Rights groups said some of the returning prisoners showed signs of mistreatment.",
        ),
    },
    "visit": {
        "headline": (
            "{leaderA_short} visits {Bcap} in bid to mend ties",
            "{Aadj} leader arrives in {B} for first visit in {num} years",
            "{A} and {B} sign {num} agreements during state visit",
        ),
        "lede": (
            "{leaderA} arrived in {Bcap} on {weekday} for the first visit by a {Aadj} head of "
            "government in {num} years, seeking to repair relations strained by {issueB}.",
            "{leaderA} and {leaderB} signed {num} agreements on energy, transport and "
            "education in {Bcap} on {weekday}.",
        ),
        "body": (
            "The two leaders laid wreaths at a memorial and held talks for {num} hours.",
            "{leaderB} said the visit opened a new chapter in relations.",
            "Protesters gathered near the presidential palace, demanding an apology for "
            "past abuses.",
            "The agreements include a plan to reopen the rail link between {cityA} and {cityB}.",
            "Officials said a return visit to {Acap} was planned for later this year.",
        ),
    },
}

GENERIC: tuple[str, ...] = (
    '"{quote}," {speakerA} said.',
    '"{quote}," {speakerB} told reporters in {Bcap}.',
    '"{quote}," {speakerA} said in a televised address.',
    '{speakerB} said on social media: "{quote}."',
    "According to {source}, the issue was discussed at a meeting in {Ccap} last {month}.",
    "{org_cap} {reaction}, according to a statement issued late on {weekday}.",
    "{C} {reaction} and said it was ready to host further meetings.",
    "A spokesperson for {org} said the organisation {reaction2}.",
    "Officials in {Bcap} have {adverb} denied any wrongdoing.",
    "The government of {B} has not commented on the report.",
    "Relations between {A} and {B} have been tense since {year}, when {background}.",
    "{A} and {B} have argued for years over {dispute}.",
    "The dispute over {dispute} has flared up several times since {year}.",
    "Analysts in {Ccap} said the move was aimed partly at voters ahead of elections in {month}.",
    "{personC}, an analyst at the {institute} in {Ccap}, said the crisis could drag on.",
    '"This is not going to be resolved quickly," said {personC} of the {institute}.',
    "The currency of {A} fell {small} percent against the dollar on {weekday}.",
    "An opinion poll published on {day2} found that {pct} percent of {Aadj} voters backed "
    "the government's position.",
    "{B}'s state broadcaster accused {A} of spreading disinformation.",
    "The {Aadj} parliament is due to debate the issue on {day2}.",
    "Lawmakers from {num} parties signed a letter calling for an independent inquiry.",
    "{oppA} accused {leaderA} of putting party interests ahead of national security.",
    "{leaderB} is expected to address the nation on {day2}.",
    "About {big} {Aadj} citizens live in {B}, most of them in and around {cityB}.",
    "Security was tightened around government buildings in {Acap} and {cityA}.",
    "Flights between {Acap} and {Bcap} continued to operate normally, airport officials said.",
    "{A} is one of the largest suppliers of {good} to {B}.",
    "Last year the two countries signed a memorandum on {dispute}, but it was never implemented.",
    "The foreign ministers of {A} and {C} spoke by telephone on {weekday}, {source} said.",
    "Diplomats said the issue would be on the agenda at the next summit of {org} in {Ccap}.",
    "{Aadj} newspapers were divided, with some praising the government's firmness and "
    "others warning of economic costs.",
    "Residents of {cityA} said daily life had carried on largely as normal.",
    "{personA_role_full} is due to travel to {Ccap} on {day2} for talks with {fmC_short}.",
    "Previous attempts at mediation by {C} in {year} and {year} failed.",
    "The {Badj} embassy in {Acap} said it had received no official notification.",
    "Shares in {Aadj} companies with operations in {B} fell sharply in {Acap} trading.",
    "At least {num} people were reported injured, {source} said, without giving details.",
    "The situation remains fluid, and further announcements are expected on {day2}.",
    "The interior ministry in {Acap} put police in {provA} on alert.",
    '{speakerC} said the international community had to act "before it is too late".',
    "{A} holds the rotating presidency of {org} until {month}.",
    "Civil society groups in {cityB} called on both sides to protect civilians.",
    "In {year}, a similar dispute was settled after {num} months of talks mediated by {org}.",
    "Bank officials said the measures would cost the {Aadj} economy about {money} this year.",
    "{B} has {adverb} called for talks without preconditions.",
)

BACKGROUNDS = (
    "a trade agreement collapsed",
    "{num} people died in a border incident",
    "a disputed election in {B} triggered mass protests",
    "{A} expelled {num} {Badj} diplomats",
    "a pipeline project was cancelled",
    "floods shifted the course of the river that marks the frontier",
    "the two governments clashed over fishing quotas",
)

DISPUTES = (
    "fishing rights in the Gulf of Saren",
    "the course of their shared border",
    "water from the {riverName} river",
    "the status of the {Aadj} minority in {B}",
    "gas transit fees",
    "the ownership of the {riverName} islands",
    "the return of property seized in {year}",
)

RIVERS = ("Orlen", "Velda", "Sarn", "Maritsa Alta", "Drav", "Kessa", "Lune", "Tavra")
GOODS = (
    "grain",
    "steel",
    "natural gas",
    "fertiliser",
    "textiles",
    "electricity",
    "timber",
    "olive oil",
    "machine parts",
    "medicines",
)
INSTITUTES = (
    "Institute for Regional Studies",
    "Centre for Security Policy",
    "Forum for Democratic Governance",
    "Foundation for Economic Research",
    "Council on Neighbourhood Affairs",
)
STREETS = (
    "Assembly building",
    "presidential palace",
    "Freedom Square",
    "central railway station",
    "justice ministry",
    "old town hall",
)
ORDINALS = ("second", "third", "fourth", "fifth")

ROLES_A = (
    "Foreign Minister",
    "Defence Minister",
    "Interior Minister",
    "Finance Minister",
    "Justice Minister",
    "Energy Minister",
    "Transport Minister",
)

# --------------------------------------------------------------------------------------------
# Slot filling
# --------------------------------------------------------------------------------------------


class _Slots(dict[str, str]):
    """Template mapping: fixed story-level names plus values drawn afresh at each lookup."""

    __slots__ = ("fresh",)

    def __init__(self, fixed: dict[str, str], fresh: dict[str, Callable[[], str]]) -> None:
        super().__init__(fixed)
        self.fresh = fresh

    def __missing__(self, key: str) -> str:
        return self.fresh[key]()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _fill(template: str, slots: _Slots) -> str:
    text = template.format_map(slots)
    # Nested templates (a trigger or quote that itself has slots) are filled once more.
    if "{" in text:
        text = text.format_map(slots)
    return text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Story:
    """One synthetic news story: headline, dateline data and body paragraphs."""

    def __init__(self, rng: random.Random, index: int) -> None:
        self.rng = rng
        a, b, c = rng.sample(COUNTRIES, 3)
        self.event = rng.choice(tuple(EVENTS))
        self.outlet, self.domain = rng.choice(OUTLETS)
        self.section = rng.choice(SECTIONS)
        day0 = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
        self.tz_name, tz_off = rng.choice(TIMEZONES)
        self.published = dt.datetime(
            day0.year,
            day0.month,
            day0.day,
            rng.randrange(6, 23),
            rng.randrange(60),
            tzinfo=dt.timezone(dt.timedelta(hours=tz_off)),
        )
        self.author = _person(rng)
        self.index = index
        event_day = day0 - dt.timedelta(days=rng.choice((0, 0, 1)))
        role_a = rng.choice(ROLES_A)
        names = {k: _person(rng) for k in ("leaderA", "leaderB", "fmA", "fmB", "fmC", "oppA")}
        names["personA_role"] = _person(rng)
        lead_title_a = rng.choice(("Prime Minister", "President", "Chancellor"))
        lead_title_b = rng.choice(("Prime Minister", "President"))
        org = rng.choice(ORGS)
        fixed = {
            "A": a[0],
            "Aadj": a[1],
            "Acap": a[2],
            "cityA": a[3][0],
            "cityA2": a[3][1],
            "provA": a[4],
            "B": b[0],
            "Badj": b[1],
            "Bcap": b[2],
            "cityB": b[3][0],
            "C": c[0],
            "Ccap": c[2],
            "org": org,
            "org_cap": _cap(org),
            "weekday": WEEKDAYS[event_day.weekday()],
            "leaderA": f"{lead_title_a} {names['leaderA']}",
            "leaderA_short": names["leaderA"].split()[-1],
            "leaderB": f"{b[1]} {lead_title_b} {names['leaderB']}",
            "leaderB_short": names["leaderB"].split()[-1],
            "fmA": f"Foreign Minister {names['fmA']}",
            "fmA_short": names["fmA"].split()[-1],
            "fmC": f"{c[1]} Foreign Minister {names['fmC']}",
            "fmC_short": names["fmC"].split()[-1],
            "oppA": f"opposition leader {names['oppA']}",
            "personA_role": f"{role_a} {names['personA_role'].split()[-1]}",
            "personA_role_full": f"{role_a} {names['personA_role']}",
            "issue": rng.choice(ISSUES),
            "issueB": rng.choice(
                (
                    "its crackdown on protesters",
                    "the shelling of border towns",
                    "the jailing of opposition figures",
                    "election fraud",
                    "its support for armed groups",
                )
            ),
            "n_arrested": str(rng.randrange(12, 240)),
            "trigger": rng.choice(TRIGGERS),
            "target": rng.choice(TARGETS),
            "good": rng.choice(GOODS),
            "institute": rng.choice(INSTITUTES),
            "riverName": rng.choice(RIVERS),
        }
        fixed["trigger_short"] = rng.choice(
            ("diplomatic row", "border incident", "expulsions", "spying claims", "detentions")
        )
        fixed["target_short"] = rng.choice(("officials", "firms", "banks", "generals"))
        ri = rng.randrange
        fresh: dict[str, Callable[[], str]] = {
            "num": lambda: str(ri(2, 60)),
            "small": lambda: f"{ri(1, 9)}.{ri(10)}",
            "pct": lambda: str(ri(18, 78)),
            "hundreds": lambda: str(ri(1, 9) * 100 + ri(0, 10) * 10),
            "big": lambda: f"{ri(2, 95)},{ri(1000):03d}",
            "money": lambda: f"${ri(2, 40)}.{ri(10)} billion",
            "year": lambda: str(ri(1994, 2023)),
            "month": lambda: rng.choice(MONTHS),
            "day2": lambda: rng.choice(WEEKDAYS),
            "ordinal": lambda: rng.choice(ORDINALS),
            "source": lambda: rng.choice(SOURCES),
            "adverb": lambda: rng.choice(ADVERBS),
            "reaction": lambda: rng.choice(REACTIONS),
            "reaction2": lambda: rng.choice(REACTIONS),
            "background": lambda: rng.choice(BACKGROUNDS),
            "dispute": lambda: rng.choice(DISPUTES),
            "street": lambda: rng.choice(STREETS),
            "personA": lambda: _person(rng),
            "personB": lambda: _person(rng),
            "personC": lambda: _person(rng),
            "speakerA": lambda: rng.choice(
                (fixed["leaderA"], fixed["fmA"], fixed["personA_role_full"], fixed["oppA"])
            ),
            "speakerB": lambda: rng.choice(
                (fixed["leaderB"], f"{b[1]} Foreign Minister {names['fmB']}")
            ),
            "speakerC": lambda: rng.choice((fixed["fmC"], f"{_person(rng)} of {org}")),
            "quote": lambda: " ".join(
                (
                    rng.choice(QUOTE_OPEN),
                    rng.choice(QUOTE_VERB),
                    rng.choice(QUOTE_OBJ) + ",",
                    rng.choice(QUOTE_TAIL),
                )
            ),
        }
        self.slots = _Slots(fixed, fresh)
        spec = EVENTS[self.event]
        self.headline = _cap(_fill(rng.choice(spec["headline"]), self.slots))
        self.lede = _fill(rng.choice(spec["lede"]), self.slots)
        self.dateline = fixed["Acap"].upper()

    def paragraphs(self, target_words: int) -> list[str]:
        """Body paragraphs (the lede first) totalling about ``target_words`` words."""
        rng = self.rng
        spec = EVENTS[self.event]
        specific = list(spec["body"])
        generic = list(GENERIC)
        rng.shuffle(specific)
        rng.shuffle(generic)
        # Front-load the event-specific sentences, then mix in generic ones.
        pool = specific[:4] + rng.sample(specific[4:] + generic, len(specific[4:]) + len(generic))
        paras = [self.lede]
        words = len(self.lede.split())
        cursor = 0
        while words < target_words and cursor < len(pool):
            take = rng.choice((1, 2, 2, 3))
            sentences = [_fill(t, self.slots) for t in pool[cursor : cursor + take]]
            cursor += take
            para = " ".join(_cap(s) for s in sentences)
            paras.append(para)
            words += len(para.split())
        return paras

    def slug(self) -> str:
        words = "".join(ch if ch.isalnum() else " " for ch in self.headline.lower()).split()
        return "-".join(words[:8]) + f"-{self.index}"


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


def _clock(moment: dt.datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _long_date(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


_NAV_ITEMS = ("News", "World", "Politics", "Business", "Opinion", "Culture", "Sport", "Video")
_RELATED = (
    "What the latest talks mean for the region",
    "Explainer: how the bloc decides on sanctions",
    "Opposition leaders plan new rallies",
    "Five things to know about the border dispute",
    "Analysis: a government under pressure",
    "Markets shrug off political uncertainty",
    "Aid agencies warn of winter shortages",
    "Inside the negotiating room",
)


def render_html(story: _Story, paragraphs: list[str]) -> str:
    """A realistic page skeleton around the story."""
    rng = story.rng
    esc = html.escape
    url = (
        f"https://www.{story.domain}/{story.section.lower()}/"
        f"{story.published:%Y/%m/%d}/{story.slug()}"
    )
    title = esc(story.headline)
    nav = "".join(
        f'<li><a href="https://www.{story.domain}/{item.lower()}">{item}</a></li>'
        for item in rng.sample(_NAV_ITEMS, rng.randrange(4, len(_NAV_ITEMS) + 1))
    )
    related = "".join(
        f'<li><a href="https://www.{story.domain}/{story.section.lower()}/{rng.randrange(10**6)}">'
        f"{headline}</a></li>"
        for headline in rng.sample(_RELATED, 3)
    )
    body = "\n".join(f"<p>{esc(p, quote=False)}</p>" for p in paragraphs)
    # Real saved pages weigh 50-300 KB, mostly scripts, styles and link farms around a few KB
    # of story; parsing that weight is most of extraction's cost, so the benchmark carries it.
    mega_menu = "".join(
        f'<li class="menu-item"><a href="https://www.{story.domain}/topics/{rng.randrange(10**5)}"'
        f' data-track="nav-{i}">{rng.choice(_NAV_ITEMS)} {rng.choice(_RELATED)[:24]}</a></li>'
        for i in range(120)
    )
    footer_links = "".join(
        f'<a href="https://www.{story.domain}/archive/{rng.randrange(10**6)}">'
        f"{rng.choice(_RELATED)[:30]}</a> "
        for _ in range(80)
    )
    script = "\n".join(
        f"window.__cfg_{i}={{slot:'{rng.randrange(16**8):08x}',sizes:[[300,250],[728,90]],"
        f"targeting:{{section:'{story.section}',kw:['{rng.choice(_NAV_ITEMS)}']}}}};"
        for i in range(300)
    )
    style = "\n".join(
        f".c{rng.randrange(16**6):06x}{{margin:{rng.randrange(40)}px;color:#{rng.randrange(16**6):06x}}}"
        for _ in range(250)
    )
    description = esc(paragraphs[0][:160])
    iso = story.published.isoformat()
    outlet = esc(story.outlet)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {outlet}</title>
<meta name="description" content="{description}">
<meta name="author" content="{esc(story.author)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{story.section}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.{story.domain}/css/site.{rng.randrange(16**6):06x}.css">
<style>{style}</style>
<script>{script}</script>
</head>
<body>
<div class="cookie-banner" id="cookie-consent">We use cookies to personalise content and ads and \
to analyse our traffic. <button>Accept all</button> <button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="https://www.{story.domain}/">{outlet}</a>
<nav class="main-nav"><ul>{nav}</ul></nav>
<nav class="mega-menu" aria-label="All sections"><ul>{mega_menu}</ul></nav></header>
<div class="ad-slot" data-slot="top">Advertisement</div>
<main>
<article class="article">
<h1>{title}</h1>
<p class="byline">By {esc(story.author)} · <time datetime="{iso}">{_long_date(story.published)}\
</time></p>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="article-body">
{body}
</div>
<div class="comments-teaser"><a href="{url}#comments">{rng.randrange(200)} comments</a></div>
</article>
<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>
<section class="newsletter"><h2>Get the morning briefing</h2><p>The day's top stories from \
{outlet}, in your inbox.</p><form><input type="email"><button>Sign up</button></form></section>
</main>
<footer class="site-footer"><a href="https://www.{story.domain}/about">About</a> \
<a href="https://www.{story.domain}/privacy">Privacy</a> \
<div class="footer-links">{footer_links}</div>
<p>© {story.published.year} {outlet}. All rights reserved.</p></footer>
</body>
</html>
"""


_BANNERS = (
    "Skip to main content | Subscribe | Sign in",
    "BREAKING NEWS ALERTS · Download our app",
    "Menu  Search  Sign in  Subscribe now",
    "You have {n} free articles left this month. Subscribe for unlimited access.",
    "Home > {section} > Latest",
    "Advertisement - scroll to continue reading",
)
_FOOTERS = (
    "Sign up for our daily newsletter and get the top stories delivered to your inbox.\n"
    "Email address  [Subscribe]\nBy subscribing you agree to our Terms and Privacy Policy.",
    "NEWSLETTER\nThe Briefing: the five stories you need to know, every weekday morning.\n"
    "[Sign up]",
    "Want more? Get {outlet} in your inbox. Sign up free.\nShare this article: Facebook | X | "
    "Email",
    "Related: More from {section}\nGet our newsletter | Follow us | Privacy settings",
)


def render_text(story: _Story, paragraphs: list[str]) -> str:
    """A scrape-style text document: clutter around the story."""
    rng = story.rng
    moment = story.published
    banner = rng.choice(_BANNERS).format(n=rng.randrange(1, 10), section=story.section)
    footer = rng.choice(_FOOTERS).format(outlet=story.outlet, section=story.section)
    initials = "".join(rng.choice("abcdefghjklmnprstvw") for _ in range(2))
    initials2 = "".join(rng.choice("abcdefghjklmnprstvw") for _ in range(2))
    dateline_lede = f"{story.dateline} — {paragraphs[0]}"
    parts = [
        banner,
        story.section.upper(),
        f"Originally published by {story.outlet}",
        story.headline,
        f"By {story.author}",
        f"{_long_date(moment)} · {_clock(moment)} {story.tz_name}",
        dateline_lede,
        *paragraphs[1:],
        f"({initials}/{initials2})",
        footer,
    ]
    return "\n\n".join(parts) + "\n"


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def generate_document(kind: str, index: int, seed: int = 0) -> tuple[str, str]:
    """Document ``index`` of the corpus for ``(kind, seed)`` as ``(filename, content)``."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    rng = random.Random(f"eventcoder-bench/{kind}/{seed}/{index}")
    story = _Story(rng, index)
    paragraphs = story.paragraphs(rng.randrange(470, 540))
    if kind == "html":
        return f"doc-{index:07d}.html", render_html(story, paragraphs)
    return f"doc-{index:07d}.txt", render_text(story, paragraphs)


def iter_documents(kind: str, count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """Yield ``count`` distinct documents ``(filename, content)``, one at a time."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    if count < 0:
        raise ValueError("count must be >= 0")
    for index in range(count):
        yield generate_document(kind, index, seed)


def write_corpus(kind: str, count: int, out: Path, seed: int = 0) -> int:
    """Write ``count`` documents to ``out`` (created if needed); return bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for filename, content in iter_documents(kind, count, seed):
        data = content.encode("utf-8")
        (out / filename).write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic news benchmark corpus.")
    parser.add_argument("--kind", choices=KINDS, required=True, help="html pages or text scrapes")
    parser.add_argument("--count", type=int, required=True, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must be >= 0")
    start = time.perf_counter()
    size = write_corpus(args.kind, args.count, args.out, args.seed)
    elapsed = time.perf_counter() - start
    rate = args.count / elapsed if elapsed > 0 else float("inf")
    print(
        f"wrote {args.count} {args.kind} documents ({size / 1e6:.1f} MB) to {args.out} "
        f"in {elapsed:.2f}s ({rate:,.0f} docs/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
