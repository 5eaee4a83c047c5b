"""Tests of eventcoder.scrape: from a text scrape of a news page to a clean article.

``tests/data/scrapes`` holds scrapes of fictional stories in many site styles; ``expected.json``
gives for each the metadata, the exact story paragraphs and every clutter line with its reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.pipeline import mask_lead
from eventcoder.scrape import DroppedLine, Scrape, clean_scrape

DATA = Path(__file__).parent / "data" / "scrapes"
SAMPLES = Path(__file__).parent.parent / "sample" / "scrapes"
EXPECTED: dict[str, dict] = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def _read(path: Path) -> str:
    # newline="" keeps \r\n: the Windows-style scrape must reach the cleaner as it is.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _norm(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(scrape: Scrape) -> list[str]:
    return scrape.text.split("\n\n") if scrape.text else []


def test_expectations_cover_every_test_scrape() -> None:
    files = sorted(p.name for p in DATA.glob("*.txt"))
    assert files == sorted(EXPECTED)
    assert len(files) >= 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata(name: str) -> None:
    expected = EXPECTED[name]
    scrape = clean_scrape(_read(DATA / name))
    assert scrape.title == expected["title"]
    assert scrape.published == expected["published"]
    assert scrape.original_outlet == expected["original_outlet"]
    assert scrape.author == expected["author"]
    assert scrape.dateline == expected["dateline"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_story_paragraphs_exactly(name: str) -> None:
    scrape = clean_scrape(_read(DATA / name))
    assert _paragraphs(scrape) == EXPECTED[name]["paragraphs"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_clutter_dropped_with_reason(name: str) -> None:
    scrape = clean_scrape(_read(DATA / name))
    reasons: dict[str, set[str]] = {}
    for dropped in scrape.dropped:
        reasons.setdefault(dropped.text, set()).add(dropped.reason)
    paragraphs = set(_paragraphs(scrape))
    for clutter in EXPECTED[name]["clutter"]:
        assert clutter["text"] not in paragraphs
        assert clutter["reason"] in reasons.get(clutter["text"], set()), clutter["text"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_dropped_line_numbers_point_at_the_raw_line(name: str) -> None:
    raw = _read(DATA / name)
    lines = raw.replace("\r\n", "\n").split("\n")
    scrape = clean_scrape(raw)
    assert scrape.dropped
    for dropped in scrape.dropped:
        assert _norm(lines[dropped.line - 1]) == dropped.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cleaning_the_clean_text_changes_nothing(name: str) -> None:
    scrape = clean_scrape(_read(DATA / name))
    again = clean_scrape(scrape.text)
    assert again.text == scrape.text
    assert again.dropped == ()


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_samples_read_well(path: Path) -> None:
    scrape = clean_scrape(_read(path))
    assert scrape.title and scrape.published and scrape.original_outlet
    paragraphs = _paragraphs(scrape)
    assert 4 <= len(paragraphs) <= 12
    assert all(p[-1] in '.”"' for p in paragraphs)
    assert {d.reason for d in scrape.dropped} >= {"headline", "dateline", "reprint", "initials"}


def test_sample_set_has_four_scrapes() -> None:
    assert len(list(SAMPLES.glob("*.txt"))) == 4


# --- Edge cases ---------------------------------------------------------------------------------


def test_empty_and_blank_input() -> None:
    empty = Scrape(None, None, None, None, None, "", ())
    assert clean_scrape("") == empty
    assert clean_scrape("  \n\n\t\r\n") == empty


def test_body_only_scrape_is_kept_whole() -> None:
    raw = "The minister resigned on Monday.\n\nHe declined to comment.\n\nThe vote was 12-3.\n"
    scrape = clean_scrape(raw)
    assert scrape.title is None
    assert _paragraphs(scrape) == [
        "The minister resigned on Monday.",
        "He declined to comment.",
        "The vote was 12-3.",
    ]
    assert scrape.dropped == ()


def test_question_headline_before_dateline() -> None:
    raw = "Will the ceasefire hold?\nMarch 4, 2025\nThe ceasefire held overnight.\nNobody fired.\n"
    scrape = clean_scrape(raw)
    assert scrape.title == "Will the ceasefire hold?"
    assert scrape.published == "2025-03-04"
    assert _paragraphs(scrape) == ["The ceasefire held overnight.", "Nobody fired."]


def test_a_dateline_on_its_own_line_names_the_place_and_the_wire() -> None:
    """Wire text saved with its dateline as a line of its own above the story: the place and
    agency are the story's, as they are when the dateline opens the first paragraph."""
    raw = ("Police fire tear gas at marchers\n\nNAIROBI, June 25, 2025 (Reuters) -\n\n"
           "Police fired tear gas at thousands of marchers on Wednesday.\n")
    scrape = clean_scrape(raw)
    assert (scrape.dateline, scrape.original_outlet, scrape.published) == (
        "NAIROBI", "Reuters", "2025-06-25")
    assert _paragraphs(scrape) == ["Police fired tear gas at thousands of marchers on Wednesday."]


def test_a_dateline_line_with_a_two_word_place_and_a_country_dates_the_story() -> None:
    """A wire dateline on its own line whose place and country run to more words than a
    header's stray few ("NOVI SAD, Serbia", "JEDDAH, Saudi Arabia") still dates the story; a
    zone named alike in two regions (AST: Atlantic or Arabia) is the one of the place; and a
    weekday after the place is the day, not the place's region."""
    cases = [
        ("NOVI SAD, Serbia, Saturday 7 March 2026, 23:40 CET (AFP) -",
         "NOVI SAD, Serbia", "2026-03-07T23:40:00+01:00"),
        ("JEDDAH, Saudi Arabia, Wednesday 12 Nov 2025, 21:05 AST (Reuters) -",
         "JEDDAH, Saudi Arabia", "2025-11-12T21:05:00+03:00"),
        ("BEIJING, Friday 17 April 2026 (AFP) -", "BEIJING", "2026-04-17"),
    ]
    for line, place, published in cases:
        raw = (f"Police fire tear gas at students\n\nBy Jovana Gec\n\n{line}\n\n"
               "Police fired tear gas at thousands of students on Saturday.\n")
        scrape = clean_scrape(raw)
        assert (scrape.dateline, scrape.published) == (place, published), line
        assert _paragraphs(scrape) == [
            "Police fired tear gas at thousands of students on Saturday."]


def test_caption_credits_and_notes_on_the_story_are_clutter() -> None:
    """A caption closed by its picture credit, the BBC's "Image caption," and notes of
    correction or update are dropped wherever they stand; the story's own sentences are not."""
    raw = ("Opposition leader detained in Tbilisi\n\nTBILISI, Oct 4, 2025 (Reuters) -\n\n"
           "Police detained opposition leader Nika Melia on Saturday.\n\n"
           "Police detain a protester during a rally in Tbilisi on Monday. "
           "(Irakli Gedenidze/Reuters)\n\n"
           "Image caption, Riot police clash with protesters outside parliament\n\n"
           "Melia's party said the arrest was political.\n\n"
           "Correction: An earlier version of this story said police had arrested two "
           "opposition leaders. Only Melia was arrested.\n\n"
           "This is a developing story and will be updated.\n")
    scrape = clean_scrape(raw)
    assert _paragraphs(scrape) == ["Police detained opposition leader Nika Melia on Saturday.",
                                   "Melia's party said the arrest was political."]
    assert [d.reason for d in scrape.dropped if d.reason in ("photo_credit", "correction")] == [
        "photo_credit", "photo_credit", "correction", "correction"]


def test_a_story_paragraph_signed_by_its_wire_is_kept() -> None:
    """"... after the protest, police said. (AFP)": the story's sign-off, not a caption."""
    raw = ("Police detain opposition leader\n\nTBILISI, Oct 4, 2025 (Reuters) -\n\n"
           "Police detained the opposition leader on Saturday.\n\n"
           "Police said the man was detained after the protest in Tbilisi on Monday. (AFP)\n\n"
           "His party called the arrest political.\n")
    assert len(_paragraphs(clean_scrape(raw))) == 3


def test_prose_lookalike_clutter_in_header_is_dropped() -> None:
    raw = (
        "Support our journalism. Donate now!\n"
        "This article is more than 2 years old.\n"
        "Envoy recalled after border shooting\n"
        "Published 4 March 2025\n"
        "Veldoria recalled its envoy on Tuesday.\n"
        "It was not clear who fired first.\n"
    )
    scrape = clean_scrape(raw)
    assert scrape.title == "Envoy recalled after border shooting"
    assert _paragraphs(scrape) == [
        "Veldoria recalled its envoy on Tuesday.",
        "It was not clear who fired first.",
    ]
    assert [d.reason for d in scrape.dropped] == ["banner", "notice", "headline", "dateline"]


def test_mid_body_clutter_dropped_story_kept() -> None:
    raw = "\n\n".join(
        [
            "Envoy recalled after border shooting",
            "Tuesday, March 4, 2025",
            "Veldoria recalled its envoy on Tuesday, the ministry said.",
            "Advertisement",
            "Protesters gather outside the embassy. (MWS Photo/Jane Roe)",
            "Photo: Jane Roe/AP",
            "Image credit: Harbour Times",
            "Read more: Marovia imposes tariffs on steel",
            "Click here to read the full statement",
            "“We will respond,” the minister said.",
            "See also",
            "Marovia imposes tariffs on steel",
            "Police arrest 40 in the capital",
            "The vote was 12-3.",
        ]
    )
    scrape = clean_scrape(raw)
    assert _paragraphs(scrape) == [
        "Veldoria recalled its envoy on Tuesday, the ministry said.",
        "“We will respond,” the minister said.",
        "The vote was 12-3.",
    ]
    assert [d.reason for d in scrape.dropped[2:]] == [
        "advert", "photo_credit", "photo_credit", "photo_credit", "related", "click", "related",
        "related", "related",
    ]  # fmt: skip


def test_footer_families() -> None:
    story = "Envoy recalled\nMarch 4, 2025\nVeldoria recalled its envoy.\nIt was not clear why.\n"
    footer = [
        ("Follow us on Instagram and X for the latest news", "follow"),
        ("Download the Harbour Times app", "app"),
        ("Leave a comment", "comment"),
        ("Copyright 2025 Harbour Times Ltd.", "copyright"),
        ("Facebook | Twitter | WhatsApp | Email", "share"),
        ("Privacy Policy", "footer"),
    ]
    for line, reason in footer:
        scrape = clean_scrape(story + line + "\n")
        assert _paragraphs(scrape) == ["Veldoria recalled its envoy.", "It was not clear why."]
        assert scrape.dropped[-1] == DroppedLine(5, line, reason)


@pytest.mark.parametrize(
    "line",
    ["(jm/ka)", "— JM/KA", "ds/rt", "Editing by Ruth Alder",
     "Reporting by Tomas Greer; Editing by Ruth Alder", "(Reporting by Tomas Greer)",
     "jm/ka (AFP, Reuters)", "The Associated Press contributed to this report.",
     "bur-im/rlp"],
)  # fmt: skip
def test_initials_end_the_story(line: str) -> None:
    raw = f"Envoy recalled\nMarch 4, 2025\nVeldoria recalled its envoy.\n{line}\nHe said so.\n"
    scrape = clean_scrape(raw)
    assert _paragraphs(scrape) == ["Veldoria recalled its envoy."]
    assert scrape.dropped[2].reason == "initials"


def test_menu_and_cookie_lines() -> None:
    raw = (
        "Home World Politics Business Technology Sport Opinion\n"
        "We use cookies to personalise content. Accept cookies to continue.\n"
        "Manage preferences\n"
        "News · Politics · Africa · Elections\n"
        "Zembara delays term-extension vote\n"
        "By Kofi Mensah | March 21, 2025\n"
        "The assembly postponed the vote on Thursday.\n"
    )
    scrape = clean_scrape(raw)
    assert scrape.author == "Kofi Mensah"
    assert scrape.published == "2025-03-21"
    assert scrape.title == "Zembara delays term-extension vote"
    assert [d.reason for d in scrape.dropped] == [
        "menu", "cookie", "cookie", "menu", "headline", "byline",
    ]  # fmt: skip


def test_prose_that_mentions_clutter_words_is_kept() -> None:
    paragraphs = [
        "Share prices fell 3 percent on Tuesday.",
        "The ministry said it would subscribe to the declaration.",
        "Donors pledged to donate $2 billion.",
        "Follow the money, he said.",
        "Copyright law was not discussed.",
        "Related talks will take place in Dunmar.",
        "Latest figures show unemployment rose.",
        "“Our neighbours must support us,” he said.",
        "By the time police arrived, the crowd had dispersed.",
        "Source: a senior official told reporters the plan had failed.",
    ]
    raw = "Markets slide\n\nMarch 4, 2025\n\n" + "\n\n".join(paragraphs) + "\n"
    assert _paragraphs(clean_scrape(raw)) == paragraphs


def test_hard_wrapped_without_blank_lines() -> None:
    raw = (
        "Talks collapse in Kestria\n"
        "March 4, 2025\n"
        "Talks on forming a new coalition government in Kestria collapsed late\n"
        "on Tuesday after the Green Party walked out of negotiations with the\n"
        "centre-right National Union.\n"
        "The Greens had demanded a binding commitment to close the country's\n"
        "last two coal-fired power stations by 2030.\n"
        "The National Union offered 2035, officials from both parties said on\n"
        "Wednesday.\n"
    )
    scrape = clean_scrape(raw)
    assert [p[:20] for p in _paragraphs(scrape)] == [
        "Talks on forming a n",
        "The Greens had deman",
        "The National Union o",
    ]


def test_lead_dateline_variants() -> None:
    for lead, place in [
        ("NAIROBI, Kenya (AP) — Police fired tear gas.", "NAIROBI, Kenya"),
        ("GENEVA (Reuters) - Talks resumed.", "GENEVA"),
        ("VELORA, March 4 (MWS) - Talks resumed.", "VELORA"),
        ("UNITED NATIONS — The council met.", "UNITED NATIONS"),
        ("Police fired tear gas — and water cannon.", None),
        # a place in title case, as sites restyle the wires, with its agency or its day
        ("Kinshasa, Congo (AP) — Troops recaptured Uvira.", "Kinshasa, Congo"),
        ("Port-au-Prince, Haiti (AP) — Gangs attacked.", "Port-au-Prince, Haiti"),
        ("New Delhi, Jan 5 (IANS) — Talks resumed.", "New Delhi"),
        ("Rio de Janeiro (Reuters) - Talks resumed.", "Rio de Janeiro"),
        # but not a bare one, which may open a sentence, nor a possessive or an article
        ("Nairobi – Police fired tear gas.", None),
        ("Hamas – the group said – fired rockets.", None),
        ("Ukraine's President (AP) — Talks resumed.", None),
        ("The President (AP) — Talks resumed.", None),
    ]:
        assert clean_scrape(lead).dateline == place


def test_a_wide_clutter_line_sets_no_wrap_width() -> None:
    """A 79-column "Read more:" footer under a story wrapped at 72 does not widen the story's
    margin: its wrapped sentences are still joined where a capitalised word goes on."""
    import textwrap

    story = [
        "MANILA - When Chinese coast guard personnel rammed and boarded Philippine navy boats "
        "near Second Thomas Shoal, officials in Manila were furious and summoned the envoy.",
        "President Ferdinand Marcos Jr. said days later that the Philippines was not in the "
        "business of instigating wars, and called for calm in the disputed waters.",
        "Three months on, the confrontations have moved to Sabina Shoal, where a Chinese "
        "coast guard cutter collided with a Philippine vessel in late August this year.",
    ]
    raw = ("Coast guard rams navy boat\n\n" + "\n\n".join(textwrap.fill(p, 72) for p in story)
           + "\n\nRead more: Philippines, Vietnam sign defence pact amid South China Sea "
           "tensions\nCopyright 2024 The Meridian Post. All rights reserved.\n")
    assert _paragraphs(clean_scrape(raw)) == story


def test_a_numeric_date_with_an_update_time_dates_the_story() -> None:
    raw = ("EU adopts sanctions package against Russia\n\n"
           "Published on 16/12/2024 - 17:32 GMT+1 \u2022 Updated 18:05\n\n"
           "The European Union adopted its 15th package of sanctions against Russia.\n")
    assert clean_scrape(raw).published == "2024-12-16T17:32:00+01:00"


def test_lead_dateline_with_day_time_and_zone_dates_the_story() -> None:
    """A dateline opening the first paragraph, with weekday, date, time and zone, gives the
    publication date when the header has none; the text keeps it (the coder masks it)."""
    raw = ("Kenya police fire on protesters\n\n"
           "NAIROBI, Kenya, Tuesday 25 June 2024, 14:05 EAT — Kenyan police opened fire on "
           "protesters who stormed parliament.\n\nAt least five people were killed.\n")
    scrape = clean_scrape(raw)
    assert scrape.dateline == "NAIROBI, Kenya"
    assert scrape.published == "2024-06-25T14:05:00+03:00"
    assert scrape.text.startswith("NAIROBI, Kenya, Tuesday 25 June 2024")
    masked = mask_lead(scrape.text)
    assert masked.lstrip().startswith("Kenyan police opened fire")
    assert len(masked) == len(scrape.text)


# --- Properties ---------------------------------------------------------------------------------

_LINES = st.sampled_from(
    [
        "", "", "WORLD", "Advertisement", "(jm/ka)", "Subscribe", "Enter your email",
        "Originally published by The Meridian Post", "Tuesday, March 4, 2025 · 2:32 PM EST",
        "By Jane Doe", "Veldoria recalls ambassador over border row",
        "The vote was 12-3.", "It was not clear who fired first.", "“We will respond,” he said.",
        "police said on Tuesday, adding that", "Related: Talks collapse", "Home | World | Sport",
        "© 2025 Harbour Times", "We respect your privacy.", "the minister told reporters.",
        "VELORA, Veldoria (MWS) — Police arrested 40 people on Tuesday.", "\r", "  \t ",
    ]
)  # fmt: skip
_RAW = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_LINES, st.text(max_size=60)), max_size=40).map("\n".join),
)


def _check_accounting(raw: str, scrape: Scrape) -> None:
    flat = _norm(raw)
    paragraphs = _paragraphs(scrape)
    for paragraph in paragraphs:
        assert paragraph and paragraph == _norm(paragraph)
        assert paragraph in flat
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbers = [d.line for d in scrape.dropped]
    assert len(numbers) == len(set(numbers))
    dropped = {d.line: d for d in scrape.dropped}
    for number, line in enumerate(lines, 1):
        text = _norm(line)
        if number in dropped:
            assert dropped[number].text == text and text
            assert dropped[number].reason
        elif text:
            assert text in scrape.text


@settings(max_examples=400, deadline=None)
@given(_RAW)
def test_never_raises_and_accounts_for_every_line(raw: str) -> None:
    scrape = clean_scrape(raw)
    assert isinstance(scrape.text, str)
    _check_accounting(raw, scrape)


@settings(max_examples=300, deadline=None)
@given(_RAW)
def test_cleaning_is_idempotent(raw: str) -> None:
    first = clean_scrape(raw)
    second = clean_scrape(first.text)
    assert second.text == first.text


_WORDS = st.sampled_from(
    "the minister said police army talks border vote on tuesday in capital and were had "
    "protesters arrested government officials ceasefire envoy".split()
)
_SENTENCE = st.builds(
    lambda first, rest, end: " ".join([first.capitalize(), *rest]) + end,
    _WORDS,
    st.lists(_WORDS, min_size=2, max_size=25),
    st.sampled_from([".", "?", "!", ".”"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=1,
                max_size=10))  # fmt: skip
def test_clean_body_keeps_every_paragraph(paragraphs: list[str]) -> None:
    body = "\n\n".join(paragraphs)
    assert _paragraphs(clean_scrape(body)) == paragraphs
    one_per_line = "\n".join(paragraphs)
    assert _paragraphs(clean_scrape(one_per_line)) == paragraphs


def test_an_all_capitals_wire_story_is_kept() -> None:
    story = ("THE FOREIGN MINISTRY SUMMONED THE AMBASSADOR ON MONDAY AFTER A DISPUTE OVER FISHING "
             "RIGHTS. OFFICIALS SAID TALKS WOULD RESUME WITHIN THREE WEEKS.")
    assert clean_scrape(story).text == story


def test_a_long_paragraph_cut_off_mid_sentence_is_kept() -> None:
    body = ("Police in the capital arrested dozens of protesters on Tuesday after a march on the "
            "parliament turned violent, and the interior ministry said it would open an inquiry "
            "into the use of tear gas by officers who were")
    result = clean_scrape("Election protests\n\n" + body)
    assert result.text == body


def test_a_year_less_lead_dateline_takes_the_copyright_year_and_names_the_wire() -> None:
    """"DAKAR, Feb 16 (Reuters) -" has no year; the page's "(c) 2024 Reuters" gives it. The
    agency in the dateline is the story's original outlet."""
    raw = ("World\n\nSenegal court overturns election delay\n\n"
           "DAKAR, Feb 16 (Reuters) - Senegal's Constitutional Council on Thursday overturned "
           "the decision to postpone the election.\n\nThe ruling came after weeks of protests "
           "in the capital.\n\n(c) 2024 Reuters. All rights reserved.\n")
    scrape = clean_scrape(raw)
    assert scrape.published is not None and scrape.published.startswith("2024-02-16")
    assert scrape.original_outlet == "Reuters"
    assert scrape.dateline == "DAKAR"
    # No notice, no year: no date is guessed.
    assert clean_scrape(raw.replace("(c) 2024 Reuters. All rights reserved.\n", "")
                        ).published is None


def test_an_updated_ago_note_and_a_donation_banner_under_the_headline() -> None:
    raw = ("EUROPE\n\nFinland seizes tanker\n\nDecember 27, 2024 9:14 AM GMT+1 Updated 2 hours "
           "ago\n\nYour donations keep our newsroom independent. Give $5 a month.\n\n"
           "HELSINKI, Dec 26 (Reuters) - Finnish authorities seized an oil tanker on Thursday.\n\n"
           "The vessel is part of Russia's shadow fleet, officials said.\n")
    scrape = clean_scrape(raw)
    assert scrape.published == "2024-12-27T09:14:00+01:00"
    assert scrape.text.startswith("HELSINKI, Dec 26 (Reuters)")
    assert scrape.dateline == "HELSINKI" and scrape.original_outlet == "Reuters"


def test_live_page_times_captions_and_listed_headlines_are_clutter() -> None:
    """A live page's entry times, a "Photo caption:" line, and the headlines listed under a
    bare "Read more:" even when they end in a question mark are not the story."""
    raw = ("Live | Ukraine\n\nRussia-Ukraine war live: drones hit Kyiv\n\n"
           "Updated Friday 28 February 2025 14:05 GMT\n\n"
           "09:40 GMT\n\nRussian drones struck an apartment block in Kyiv overnight, the mayor "
           "said.\n\nPhoto caption: Firefighters at the damaged block in Kyiv. AFP\n\n"
           "10:25 GMT\n\nRussia's defence ministry said its forces had captured a village.\n\n"
           "Read more:\n\nWhat is in the minerals deal?\n\n- Who are Ukraine's new commanders?\n\n"
           "The Kremlin said it had seen no sign that Europe was ready for talks.\n")
    scrape = clean_scrape(raw)
    reasons = {d.text: d.reason for d in scrape.dropped}
    assert reasons["09:40 GMT"] == reasons["10:25 GMT"] == "timestamp"
    assert reasons["Photo caption: Firefighters at the damaged block in Kyiv. AFP"] == \
        "photo_credit"
    assert reasons["What is in the minerals deal?"] == "related"
    assert reasons["- Who are Ukraine's new commanders?"] == "related"
    assert scrape.text.split("\n\n") == [
        "Russian drones struck an apartment block in Kyiv overnight, the mayor said.",
        "Russia's defence ministry said its forces had captured a village.",
        "The Kremlin said it had seen no sign that Europe was ready for talks."]


def test_a_byline_with_a_particle_name_keeps_its_date() -> None:
    raw = ("Middle East\n\nIsrael and Hamas agree ceasefire\n\n"
           "By Nidal al-Mughrabi and Andrew Mills | Wednesday 15 January 2025 22:40 AST\n\n"
           "DOHA - Israel and Hamas have agreed to a ceasefire in Gaza, Qatar said.\n")
    scrape = clean_scrape(raw)
    assert scrape.author == "Nidal al-Mughrabi and Andrew Mills"
    assert scrape.published is not None and scrape.published.startswith("2025-01-15")


def test_a_year_less_dateline_keeps_its_day_for_a_default_date() -> None:
    raw = ("Africa\n\nKenyan police fire tear gas at protesters\n\n"
           "NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas at protesters on Tuesday."
           "\n\nThe protests spread to other towns.\n")
    scrape = clean_scrape(raw)
    assert scrape.published is None and scrape.dateline_day == "June 25"
    assert clean_scrape(raw.replace(" (Reuters)", ", 2024 (Reuters)")).dateline_day is None


def test_news_with_funded_or_powered_is_no_donation_banner() -> None:
    story = ("TBILISI, Georgia (AP) - Thousands rallied in Tbilisi on Sunday.\n\n"
             "Prime Minister Irakli Kobakhidze accused the opposition of plotting a revolution "
             "with the help of foreign-funded groups.\n\n"
             "Iran-supported militias fired rockets at a base in Syria.\n\n"
             "Russia launched a nuclear-powered submarine on Monday.\n\n"
             "We are a reader-funded newsroom. Support us today.\n")
    result = clean_scrape(story)
    assert "foreign-funded groups" in result.text
    assert "Iran-supported militias" in result.text and "nuclear-powered" in result.text
    assert "reader-funded" not in result.text
    assert [d.reason for d in result.dropped] == ["banner"]


@pytest.mark.parametrize(("header", "published"), [
    ("Published November 25, 2024 Updated a day ago", "2024-11-25"),
    ("TOI News Desk / TIMESOFINDIA.COM / Updated: Apr 24, 2025, 08:15 IST",
     "2025-04-24T08:15:00+05:30"),
    ("Seda Sevencan, Burak Bir |01.03.2025 - Update : 01.03.2025", "2025-03-01"),
])
def test_a_header_line_stringing_a_date_with_other_things_dates_the_story(
        header: str, published: str) -> None:
    raw = (f"Police arrest 40 in capital\n\n{header}\n\n"
           "The army said on Sunday that it had arrested 40 people in the capital after the "
           "protests turned violent.\n\nThe opposition condemned the arrests.\n")
    assert clean_scrape(raw).published == published


def test_a_slashed_agency_dateline_is_the_lead_dateline() -> None:
    raw = ("Kremlin rejects EU plan\n\nMOSCOW, February 25. /TASS/. The Kremlin said on Monday "
           "it rejected the European plan for Ukraine.\n\nPeskov said the plan was unrealistic.\n")
    scrape = clean_scrape(raw)
    assert scrape.dateline == "MOSCOW" and scrape.dateline_day == "February 25"
    assert mask_lead(scrape.text).lstrip().startswith("The Kremlin said")


def test_an_appeal_to_help_the_outlet_keep_going_is_a_banner() -> None:
    raw = ("Russia strikes Kyiv\n\nKYIV - Russia launched 100 drones at Kyiv overnight, "
           "officials said.\n\nWe've been fighting for independence for 10 years. Help us keep "
           "going.\n\nUkraine's air force said it shot down 80 drones.\n")
    result = clean_scrape(raw)
    assert "Help us" not in result.text and "shot down 80 drones" in result.text


def test_a_site_name_or_section_above_the_headline_is_not_the_headline() -> None:
    raw = ("Times of India\n\nNews\n\nIndia News\n\n"
           "After Pahalgam attack, India suspends Indus Waters Treaty, expels Pakistani "
           "military attaches\n\nNEW DELHI: India on Wednesday put the 1960 Indus Waters Treaty "
           "with Pakistan in abeyance, a day after terrorists killed 26 people in Pahalgam.\n\n"
           "Foreign secretary Vikram Misri announced the decisions after a cabinet meeting.\n")
    assert clean_scrape(raw).title.startswith("After Pahalgam attack")


def test_a_masthead_slogan_and_a_funding_appeal_are_not_the_headline() -> None:
    raw = ("ARAB NEWS\nThe Voice of a Changing Region\nSaudi Arabia\nMiddle-East\nWorld\n"
           "Business\nOpinion\n\nFebruary 18, 2025 22:05\n\nSaudi Arabia hosts first "
           "high-level US-Russia talks since Ukraine invasion\n\nRIYADH: US and Russian "
           "officials agreed on Tuesday to work toward ending the war in Ukraine.\n\n"
           "Rubio and Lavrov met for more than four hours.\n")
    result = clean_scrape(raw)
    assert result.title.startswith("Saudi Arabia hosts")
    raw = ("Support the Guardian\nFund independent journalism with £5 per month\nSupport us"
           "\n\nGeorgia\n\nGeorgian police fire teargas at protesters\n\nGeorgian riot "
           "police used water cannon on protesters in Tbilisi for a second night.\n\n"
           "The president said she would not step down.\n")
    result = clean_scrape(raw)
    assert result.title == "Georgian police fire teargas at protesters"
    assert "£5" not in result.text


def test_a_headline_ending_on_a_quoted_phrase_is_the_headline() -> None:
    raw = ("TASS\n\nRussian Politics & Diplomacy\n\n"
           'Kremlin rejects new EU sanctions package, says Europe is "shooting itself in the '
           'foot"\n\nMOSCOW, February 25. /TASS/. The Kremlin has rejected the European '
           "Union's 16th sanctions package as illegitimate, its spokesman said on Tuesday.\n\n"
           "Peskov said the restrictions would hurt Europe more than Russia.\n")
    scrape = clean_scrape(raw)
    assert scrape.title.startswith("Kremlin rejects new EU sanctions package")
    assert scrape.dateline == "MOSCOW" and scrape.text.startswith("MOSCOW, February 25.")


def test_a_live_page_s_share_button_and_post_credits_are_clutter() -> None:
    raw = ("Trump pauses military aid to Ukraine\n\nUpdated 9:14 AM EST, Tue March 4, 2025\n\n"
           "President Donald Trump has paused all US military aid to Ukraine, a White House "
           "official said.\n\nLink Copied!\n\nKremlin welcomes US aid pause\n\n"
           "From CNN's Anna Chernova\n\nThe Kremlin said Tuesday that the suspension would be "
           "the best contribution to peace.\n")
    result = clean_scrape(raw)
    assert "Link Copied" not in result.text and "From CNN's" not in result.text
    assert ("byline", "From CNN's Anna Chernova") in [(d.reason, d.text) for d in result.dropped]
    assert "the best contribution to peace" in result.text


def test_initials_on_the_line_under_the_last_paragraph_keep_it() -> None:
    raw = ("Envoy recalled\nMarch 4, 2025\n\nVeldoria recalled its envoy.\n\n"
           "The opposition called for rallies.\nbur-im/rlp\n")
    assert _paragraphs(clean_scrape(raw)) == ["Veldoria recalled its envoy.",
                                              "The opposition called for rallies."]


def test_a_related_list_in_mid_story_does_not_end_it() -> None:
    raw = ("Envoy recalled\nMarch 4, 2025\n\nVeldoria recalled its envoy.\n\n"
           "You may also be interested in:\n\nWhy Veldorians are angry\n\n"
           "Zembara's protesters: 'We are not afraid'\n\n"
           "The ministry said the envoy would return on Friday.\n")
    assert _paragraphs(clean_scrape(raw)) == [
        "Veldoria recalled its envoy.", "The ministry said the envoy would return on Friday."]


def test_a_rubric_in_capitals_a_bar_edited_byline_and_a_today_dateline() -> None:
    raw = (
        "The Harbour Times\n\nNEWS | WORLD | OPINION | Log in\n\n"
        "FLOODS IN THE NORTH - DAY 12\n\n"
        "Cabinet approves relief package for Ostmark; minister says aid will reach villages "
        "'within days'\n\n"
        "The package doubles emergency funds as rivers keep rising; opposition calls it late\n\n"
        "By Jane Roe and John Doe | Edited by J.K. and S.R.\n"
        "Today, 10:31 pm | Tuesday, 26 November 2024, 10:31 pm\n\n"
        "The cabinet on Tuesday approved a relief package for the flooded north of Ostmark.\n\n"
        "The vote passed 10-1, according to a statement from the prime minister's office.\n"
    )
    scrape = clean_scrape(raw)
    assert scrape.title is not None and scrape.title.startswith("Cabinet approves relief")
    assert scrape.author == "Jane Roe and John Doe"
    assert scrape.published is not None and scrape.published.startswith("2024-11-26")
    assert _paragraphs(scrape)[0].startswith("The cabinet on Tuesday approved")


@pytest.mark.parametrize("above, headline, outlet", [
    # a membership banner, a live page's ended tag, a site's name with its reprint source
    ("Your support keeps our reporting free. Become a member today \u2192",
     "Hamas frees the last living hostages as Israel releases prisoners", None),
    ("LIVE UPDATES ended", "Hamas frees the last living hostages as Israel releases prisoners",
     None),
    ("The Straits Times | Reprinted from Agence France-Presse",
     "Thai jets strike Cambodian targets as border clashes spread", "Agence France-Presse"),
    # a headline in Title Case is no menu
    ("", "Pro-EU Mayor Nicusor Dan Wins Romania's Presidential Runoff", None),
])
def test_a_line_above_the_headline_is_not_taken_for_it(above: str, headline: str,
                                                        outlet: str | None) -> None:
    story = "The foreign ministry confirmed the news on Monday, officials said."
    scrape = clean_scrape(f"{above}\n\n{headline}\n\n{story}\n" if above else
                          f"{headline}\n\n{story}\n")
    assert scrape.title == headline
    assert scrape.text == story
    if outlet is not None:
        assert scrape.original_outlet == outlet


def test_a_news_line_about_membership_is_not_a_banner() -> None:
    story = "Sweden will become a member of NATO next month, officials said on Monday."
    assert clean_scrape(f"Sweden to join NATO in March\n\n{story}\n").text == story


def test_captions_with_the_agency_first_are_clutter() -> None:
    """A Reuters caption ends in "REUTERS/Name" (with "File Photo" and a licensing link), AFP's
    in "(Photo by Name / AFP)", some sites' start "(Caption)"; a sentence naming Reuters is
    the story."""
    captions = [
        "Police officers detain a protester in Tbilisi, Georgia, December 2, 2024. "
        "REUTERS/Irakli Gedenidze",
        "Soldiers walk in Bamako, Mali. REUTERS/Luc Gnago/File Photo Purchase Licensing Rights, "
        "opens new tab",
        "(Caption) Soldiers patrol a street in Bissau, Guinea-Bissau, November 26, 2025.",
        "Protesters clash with police in Tbilisi (Photo by Vano Shlamov / AFP)",
    ]
    story = ["Veldoria recalled its envoy on Tuesday, Reuters reported.",
             "The minister told Reuters/Ipsos pollsters that he would run."]
    scrape = clean_scrape("Envoy recalled\n\n" + "\n\n".join([story[0], *captions, story[1]]))
    assert {d.text: d.reason for d in scrape.dropped if d.text in captions} == \
        dict.fromkeys(captions, "photo_credit")
    assert all(line in scrape.text for line in story)


def test_a_pages_extracted_text_loses_its_clutter_but_keeps_its_middle() -> None:
    from eventcoder.scrape import clean_extracted

    story = [
        "KYIV, March 10 (Reuters) - Russian forces launched missiles at Ukraine's grid "
        "overnight, officials said on Monday.",
        "Ukraine's air force said it shot down 58 of the 112 drones.",
        # a short date line in the middle is clutter by its look, but the prose around it is
        # not cut as a header or footer, as a scrape's would be
        "A separate strike on Kharkiv on Sunday killed four civilians, the governor said.",
        "March 9, 2025",
        "Reporting by Olena Harmash; Editing by Mark Trevelyan",
        "The Kremlin did not immediately respond to a request for comment.",
    ] + [f"Paragraph {n} of the story goes on about the strikes and the damage." for n in
         range(8)]
    text = "\n\n".join(["Reprinted from Reuters", *story,
                        "Help us keep independent journalism alive. Become a member of the "
                        "Kyiv Independent community for just $5 a month. Support us now.",
                        "Read also: Zelensky says Ukraine ready for ceasefire talks"])
    scrape = clean_extracted(text)
    assert scrape.original_outlet == "Reuters"
    kept = scrape.text.split("\n\n")
    assert kept[0].startswith("KYIV, March 10") and "The Kremlin did not" in scrape.text
    assert kept[-1] == "Paragraph 7 of the story goes on about the strikes and the damage."
    assert {(d.line, d.reason) for d in scrape.dropped} >= {
        (1, "reprint"), (6, "initials"), (16, "banner"), (17, "related")}
    assert "Support us now" not in scrape.text and "Read also" not in scrape.text


@pytest.mark.parametrize("box", ["TRENDING NOW", "Most read"])
def test_a_trending_box_in_the_middle_does_not_cut_the_story_short(box: str) -> None:
    text = "\n".join([
        "WORLD",
        "Army says rebels shelled market",
        "Friday 9 January 2026 16:20 EAT",
        "KHARTOUM, Jan 9 - Rebels shelled a market in the city of Kosti on Friday, killing "
        "eight people, the army said in a statement issued in the evening.",
        "The army said its forces had repelled the attack and arrested twelve fighters near "
        "the town, which has been under siege since last year.",
        box,
        "1. Egypt hosts talks on truce",
        "2. Drone strike hits power station",
        "The United Nations said on Friday that it was alarmed by the escalation and called on "
        "both sides to protect civilians in the region.",
        "The British government announced on Friday an additional 20 million pounds in "
        "humanitarian aid for the country.",
    ])
    scrape = clean_scrape(text)
    kept = scrape.text.split("\n\n")
    assert kept[-1].startswith("The British government announced")
    assert not any("Egypt hosts talks" in p for p in kept)
    assert sum(d.reason == "related" for d in scrape.dropped) == 3


@pytest.mark.parametrize("credit", ["(Handout photo from the Philippine Coast Guard)",
                                    "(Philippine Coast Guard via AP)", "(Handout photo)",
                                    "(AP Photo)"])
def test_a_caption_with_a_bracketed_credit_is_clutter(credit: str) -> None:
    caption = ("The Philippine fisheries vessel Datu Bankaw is hit by a water cannon from a China "
               f"Coast Guard ship near Scarborough Shoal on March 15, 2026. {credit}")
    text = "\n".join([
        "WORLD",
        "Coast guard fires water cannon at fishing boat",
        "MANILA - A Chinese coast guard ship fired a water cannon at a Philippine fisheries "
        "vessel on Sunday, the Philippine Coast Guard said on Monday.",
        "The vessel was delivering fuel to fishermen when two Chinese ships blocked its path, "
        "spokesman Jay Tarriela said.",
        caption,
        "Tarriela said a Chinese helicopter also hovered at low altitude over the vessel.",
        "The Department of Foreign Affairs summoned the Chinese ambassador on Monday.",
    ])
    scrape = clean_scrape(text)
    assert "Datu Bankaw" not in scrape.text
    assert scrape.text.split("\n\n")[-1].startswith("The Department of Foreign Affairs")


def test_a_menu_of_one_word_lines_names_no_section_of_the_story() -> None:
    text = "\n".join([
        "News", "Opinion", "Sport", "World",
        "Georgian court jails opposition leaders",
        "Mon 23 Jun 2025 14.05 BST",
        "A court in Georgia has sentenced three opposition leaders to seven months in prison.",
        "The EU's foreign policy chief, Kaja Kallas, condemned the sentences.",
    ])
    scrape = clean_scrape(text)
    reasons = {d.text: d.reason for d in scrape.dropped}
    assert reasons["Opinion"] == "menu"
    assert "section_label" not in reasons.values()
    assert scrape.text.startswith("A court in Georgia")


def test_a_recommended_list_and_joined_adverts_inside_the_story_are_clutter() -> None:
    text = "\n".join([
        "Thai and Cambodian troops exchange fire",
        "Published On 24 Jul 202524 Jul 2025",
        "Thailand accused Cambodia on Thursday of firing rockets at villages near the border.",
        "Advertisement · Scroll to continue",
        "Report This Ad",
        "Recommended Stories",
        "list of 4 items",
        "Thailand shuts border crossings with Cambodia",
        "end of list",
        "Thai soldiers patrol near the border in Surin province [File: Athit Perawongmetha/"
        "Reuters]",
        "Cambodia asked the UN Security Council to hold an emergency meeting.",
        "Jane Roe reported from Bangkok.",
    ])
    scrape = clean_scrape(text)
    assert scrape.published == "2025-07-24"
    assert scrape.text.split("\n\n") == [
        "Thailand accused Cambodia on Thursday of firing rockets at villages near the border.",
        "Cambodia asked the UN Security Council to hold an emergency meeting.",
    ]


def test_a_live_page_s_entries_signed_with_initials_go_on() -> None:
    """An editor's initials under one entry of a live page do not end the story when the next
    entry's time follows; promotion lines at the end are clutter."""
    raw = ("Russia-Ukraine war live: attack hits energy grid\n\n"
           "16:40\n\nZelensky will travel to Washington on Friday to meet Trump, his office "
           "said.\n\n\u2014 KH\n\n13:22\n\nUkrainian drones struck an oil refinery in "
           "Russia's Samara region overnight, the General Staff said.\n\n"
           "Our journalism needs your support. Subscribe today.\n\n"
           "Join ST's Telegram channel and get the latest breaking news delivered to you.\n")
    paragraphs = _paragraphs(clean_scrape(raw))
    assert len(paragraphs) == 2 and paragraphs[1].startswith("Ukrainian drones")


@pytest.mark.parametrize("banner", [
    "Donate to keep our journalism free for everyone.",
    # (an appeal in words no banner rule knows: the dateline still starts the story)
    "Our newsroom runs on the generosity of people who believe news should be free.",
])
def test_a_wire_dateline_starts_the_story_whatever_stands_above_it(banner: str) -> None:
    """Short lines above a wire's opening dateline are its header, prose or not: the story
    keeps its headline, its day and its agency."""
    raw = "\n\n".join([
        banner,
        "PAKISTAN",
        "Court frees opposition leader Omar Ayub on bail as PTI calls off protests",
        "By Asif Shahzad",
        "ISLAMABAD, Wednesday 11 Mar 2026, 19:20 PKT (Reuters) - The Islamabad High Court on "
        "Wednesday suspended the sentence of opposition leader Omar Ayub Khan.",
        "Ayub walked out of Adiala jail in Rawalpindi late in the evening.",
    ])
    scrape = clean_scrape(raw)
    assert scrape.title == ("Court frees opposition leader Omar Ayub on bail as PTI calls off "
                            "protests")
    assert scrape.published == "2026-03-11T19:20:00+05:00"
    assert scrape.original_outlet == "Reuters"
    assert scrape.text.startswith("ISLAMABAD, Wednesday")


def test_a_reprint_line_s_article_is_not_the_outlet_s_name() -> None:
    raw = ("This story was originally published by the Associated Press.\n\n"
           "GUAYAQUIL, Ecuador, Saturday 24 Jan 2026, 08:30 ECT (AP) \u2014 A car bomb "
           "exploded outside a police station in Guayaquil, killing six people.\n")
    scrape = clean_scrape(raw)
    assert scrape.original_outlet == "Associated Press"
    assert scrape.published == "2026-01-24T08:30:00-05:00"


@pytest.mark.parametrize("raw", [
    "MARCH1/2000\n0 a.\nAA (A)\u2013 a.",
    "0 a.\n0\n0\n0\n0\n0\n0\n:\nAA (A)\u2013 a.",
])
def test_a_wire_dateline_after_a_header_opens_the_story_once(raw: str) -> None:
    """The lines above a wire's opening dateline are its header whether or not a header
    dateline stands above them, and only the lines cleaning keeps are counted: cleaned again,
    the story opens in the same place (two cases the property test found)."""
    first = clean_scrape(raw)
    assert clean_scrape(first.text).text == first.text
