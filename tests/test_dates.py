"""Tests of eventcoder.dates: ISO normalisation of news dates and dateline detection."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.dates import find_dateline, local_zone, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # ISO forms
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T14:32:00Z", "2025-03-04T14:32:00+00:00"),
        ("2025-03-04T14:32:00-05:00", "2025-03-04T14:32:00-05:00"),
        ("2025-03-04T14:32", "2025-03-04T14:32:00"),
        ("2025-03-04 14:32:00", "2025-03-04T14:32:00"),
        ("2025-03-04T14:32:00.123456+05:30", "2025-03-04T14:32:00+05:30"),
        ("2025-03-04T14:32:00+0100", "2025-03-04T14:32:00+01:00"),
        ("2025-03-04 14:32 UTC+3", "2025-03-04T14:32:00+03:00"),
        ("2025/03/04", "2025-03-04"),
        # Written dates
        ("March 4, 2025", "2025-03-04"),
        ("March 4 2025", "2025-03-04"),
        ("March 4th, 2025", "2025-03-04"),
        ("4 March 2025", "2025-03-04"),
        ("4th of March, 2025", "2025-03-04"),
        ("04-Mar-2025", "2025-03-04"),
        ("MARCH 4, 2025", "2025-03-04"),
        ("Tue 4 Mar 2025", "2025-03-04"),
        ("Sept. 9, 2025", "2025-09-09"),
        ("Tuesday, March 4, 2025 2:32 PM EST", "2025-03-04T14:32:00-05:00"),
        ("Tuesday 4 March 2025 14:32 GMT", "2025-03-04T14:32:00+00:00"),
        ("Mar. 4, 2025 at 9:15 a.m. ET", "2025-03-04T09:15:00-05:00"),
        ("Wed 5 Mar 2025 06.40 GMT", "2025-03-05T06:40:00+00:00"),
        ("14:32 GMT, 4 March 2025", "2025-03-04T14:32:00+00:00"),
        ("4 March 2025, 2pm", "2025-03-04T14:00:00"),
        ("March 4, 2025 12:05 a.m.", "2025-03-04T00:05:00"),
        ("March 4, 2025 at noon ET", "2025-03-04T12:00:00-05:00"),
        ("March 4, 2025 2:32 PM (EST)", "2025-03-04T14:32:00-05:00"),
        # RFC 2822
        ("Tue, 04 Mar 2025 14:32:00 +0000", "2025-03-04T14:32:00+00:00"),
        ("Sat, 8 Mar 2025 23:59:59 -0800", "2025-03-08T23:59:59-08:00"),
        ("Tue, 4 Mar 2025 14:32:00 GMT", "2025-03-04T14:32:00+00:00"),
        # Labels
        ("Published: March 4, 2025", "2025-03-04"),
        ("Updated 4 March 2025 10:00 CET", "2025-03-04T10:00:00+01:00"),
        ("Last updated: Mar 6, 2025 / 18:05 CET", "2025-03-06T18:05:00+01:00"),
        ("First published on Thu 6 Mar 2025 11.02 GMT", "2025-03-06T11:02:00+00:00"),
        ("Posted on 2025-03-04", "2025-03-04"),
        # Numeric dates: only unambiguous ones
        ("25/03/2025", "2025-03-25"),
        ("03/25/2025", "2025-03-25"),
        ("04/04/2025", "2025-04-04"),
        ("25.03.2025", "2025-03-25"),
    ],
)
def test_parse_date_forms(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("UTC", "+00:00"), ("GMT", "+00:00"), ("Z", "+00:00"), ("EST", "-05:00"),
        ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"), ("MST", "-07:00"),
        ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("BST", "+01:00"),
        ("CET", "+01:00"), ("CEST", "+02:00"), ("EET", "+02:00"), ("EEST", "+03:00"),
        ("MSK", "+03:00"), ("IST", "+05:30"), ("JST", "+09:00"), ("KST", "+09:00"),
        ("HKT", "+08:00"), ("SGT", "+08:00"), ("AEST", "+10:00"), ("AEDT", "+11:00"),
        ("WAT", "+01:00"), ("EAT", "+03:00"), ("CAT", "+02:00"), ("SAST", "+02:00"),
        ("PKT", "+05:00"), ("+0530", "+05:30"), ("-03:00", "-03:00"), ("UTC-5", "-05:00"),
        ("GMT+05:30", "+05:30"),
    ],
)  # fmt: skip
def test_zone_abbreviations(zone: str, offset: str) -> None:
    assert parse_date(f"4 March 2025 14:32 {zone}") == f"2025-03-04T14:32:00{offset}"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Generic North American names follow daylight saving time for the given date.
        ("Jan 15, 2025 9:15 a.m. ET", "2025-01-15T09:15:00-05:00"),
        ("Jul 15, 2025 9:15 a.m. ET", "2025-07-15T09:15:00-04:00"),
        ("Mar 8, 2025 9:15 a.m. ET", "2025-03-08T09:15:00-05:00"),
        ("Mar 10, 2025 9:15 a.m. ET", "2025-03-10T09:15:00-04:00"),
        ("Nov 3, 2025 9:15 a.m. PT", "2025-11-03T09:15:00-08:00"),
        ("Jun 1, 2025 9:15 a.m. PT", "2025-06-01T09:15:00-07:00"),
        ("Jun 1, 2025 9:15 a.m. CT", "2025-06-01T09:15:00-05:00"),
        ("Jan 1, 2025 9:15 a.m. MT", "2025-01-01T09:15:00-07:00"),
        # Fixed abbreviations do not: EST in July is still -05:00.
        ("Jul 15, 2025 9:15 a.m. EST", "2025-07-15T09:15:00-05:00"),
        # A zone with no time gives the date alone.
        ("March 4, 2025 EST", "2025-03-04"),
    ],
)
def test_generic_zones_use_daylight_time(value: str, expected: str) -> None:
    assert parse_date(value) == expected


def test_default_tz_applies_only_without_zone() -> None:
    tz = ZoneInfo("Europe/Paris")
    assert parse_date("4 March 2025 14:32", default_tz=tz) == "2025-03-04T14:32:00+01:00"
    assert parse_date("4 July 2025 14:32", default_tz=tz) == "2025-07-04T14:32:00+02:00"
    assert parse_date("4 March 2025 14:32 GMT", default_tz=tz) == "2025-03-04T14:32:00+00:00"
    assert parse_date("4 March 2025", default_tz=tz) == "2025-03-04"
    fixed = timezone(timedelta(hours=-3))
    assert parse_date("2025-03-04T14:32", default_tz=fixed) == "2025-03-04T14:32:00-03:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tuesday 04/03/2025", "2025-03-04"),  # 3 April 2025 was a Thursday
        ("Thursday 04/03/2025", "2025-04-03"),
        ("Tue, 04/03/2025 14:32 GMT", "2025-03-04T14:32:00+00:00"),
        ("Friday 04/03/2025", None),  # neither reading is a Friday
        ("04/03/2025", None),
        ("Monetary 04/03/2025", None),  # not a weekday
        ("Sun 05/05/2024", "2024-05-05"),  # one reading only
    ],
)
def test_a_weekday_settles_an_ambiguous_numeric_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "", "   ", "2025", "12", "garbage", "20250304", "March 2025", "4 March", "March 4",
        "04/03/2025",  # day-first and month-first readings differ
        "03/04/25", "4 Mar 25",  # two-digit years
        "2025-02-30", "February 30, 2025", "1899-12-31", "2101-01-01", "March 4, 1850",
        "2025-03-04T25:00", "March 4, 2025 13:00 PM",
        "The talks will resume on March 4, 2025, officials said.",
        "March 4, 2025 12", "yesterday", "2 hours ago", "14:32 GMT", "Published:", "Tuesday",
        "x" * 500,
    ],
)  # fmt: skip
def test_parse_date_rejects_non_dates(value: str) -> None:
    assert parse_date(value) is None


def test_parse_date_rejects_non_strings() -> None:
    assert parse_date(None) is None  # type: ignore[arg-type]
    assert parse_date(20250304) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday, March 4, 2025 · 2:32 PM EST", "2025-03-04T14:32:00-05:00"),
        ("Published: Tuesday 4 March 2025 14:32 GMT", "2025-03-04T14:32:00+00:00"),
        ("Posted on Mar. 4, 2025 at 9:15 a.m. ET", "2025-03-04T09:15:00-05:00"),
        ("Updated: 5 March 2025, 09:14 GMT", "2025-03-05T09:14:00+00:00"),
        ("Last updated March 5, 2025 | 10:00 CET", "2025-03-05T10:00:00+01:00"),
        ("First published on Thu 6 Mar 2025 11.02 GMT", "2025-03-06T11:02:00+00:00"),
        ("Tuesday, March 4, 2025 — 2:32 PM EST — 4 min read", "2025-03-04T14:32:00-05:00"),
        ("March 4, 2025 - 14:32", "2025-03-04T14:32:00"),
        ("2025-03-07 14:32 UTC+3", "2025-03-07T14:32:00+03:00"),
        ("Tue, 11 Mar 2025 08:15:00 +0000", "2025-03-11T08:15:00+00:00"),
        # Several dates: the published one wins, whatever the order.
        ("Published 12 March 2025 · Updated 13 March 2025, 10:00 GMT", "2025-03-12"),
        ("Updated 13 March 2025 | Published 12 March 2025", "2025-03-12"),
        # A name beside the date is tolerated.
        ("Harbour Times, March 4, 2025", "2025-03-04"),
    ],
)
def test_find_dateline_accepts_datelines(line: str, expected: str) -> None:
    assert find_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The talks will resume on March 4, 2025, officials said.",
        "On March 4, 2025, police arrested 46 people.",
        "Talks resume March 4, 2025.",
        "Elections were held on 4 March 2025 and the results were announced a week later",
        "Veldoria recalls ambassador",
        "WORLD",
        "2025",
        "12",
        "",
        "Subscribe to our newsletter",
        "04/03/2025",
    ],
)
def test_find_dateline_rejects_prose_and_non_dates(line: str) -> None:
    assert find_dateline(line) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_parse_date_never_raises_and_returns_iso(value: str) -> None:
    result = parse_date(value)
    if result is not None:
        parsed = datetime.fromisoformat(result)
        assert 1900 <= parsed.year <= 2100
    find_dateline(value)


_DATE_ALPHABET = st.sampled_from(
    [
        "March", "Mar.", "4", "04", "2025", "1999", ",", " ", "·", "|", "14:32", "2:32", "PM",
        "a.m.", "EST", "ET", "GMT", "+0000", "UTC+3", "Tue", "Tuesday", "Published", "at", "/",
        "-", "2025-03-04", "T", "Z", "31", "12", "13", "of", "said", "the",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATE_ALPHABET, max_size=12).map(" ".join))
def test_date_like_noise_never_raises(value: str) -> None:
    for result in (parse_date(value), find_dateline(value)):
        if result is not None:
            assert 1900 <= datetime.fromisoformat(result).year <= 2100


def test_dotted_dates_are_day_first() -> None:
    # (as written in Europe, Turkey and Russia; slashed dates stay ambiguous, above)
    assert parse_date("01.03.2025") == "2025-03-01"
    assert parse_date("25.11.2024") == "2024-11-25"
    assert parse_date("31.02.2025") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1742342400", "2025-03-19T00:00:00+00:00"),  # Unix seconds, as dumps give them
        ("1742342400000", "2025-03-19T00:00:00+00:00"),  # milliseconds
        ("1742342400.0", "2025-03-19T00:00:00+00:00"),
        ("631152000", "1990-01-01T00:00:00+00:00"),
        ("123456789", None),  # 1973: before any news dump, another number
        ("99999999999", None),  # far in the future
        ("20250304", None),  # eight digits: not a Unix time
    ],
)
def test_unix_times_in_a_sane_range_are_dates(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("13/03/2025", "2025-03-13"), ("03/13/2025", "2025-03-13"), ("10/03/2025", None)],
)
def test_numeric_dates_are_read_only_when_one_reading_fits(value: str,
                                                           expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("when", "place", "expected"), [
    ("Tuesday 17 Feb 2026, 22:10 CST", "BEIJING", "2026-02-17T22:10:00+08:00"),
    ("Tuesday 17 Feb 2026, 22:10 CST", "TAIPEI, Taiwan", "2026-02-17T22:10:00+08:00"),
    ("Tuesday 17 Feb 2026, 22:10 CST", "CHICAGO", "2026-02-17T22:10:00-06:00"),
    ("Tuesday 17 Feb 2026, 09:00 IST", "JERUSALEM", "2026-02-17T09:00:00+02:00"),
    ("Tuesday 17 Feb 2026, 09:00 IST", "NEW DELHI", "2026-02-17T09:00:00+05:30"),
    ("Saturday 24 Jan 2026, 08:30 ECT", "QUITO", "2026-01-24T08:30:00-05:00"),
    ("Saturday 24 Jan 2026, 08:30 CET", "BERLIN", "2026-01-24T08:30:00+01:00"),
])
def test_a_zone_abbreviation_is_read_where_the_story_was_filed(when: str, place: str,
                                                                 expected: str) -> None:
    assert find_dateline(local_zone(when, place)) == expected
