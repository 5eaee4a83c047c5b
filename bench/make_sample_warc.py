"""Write the tiny sample WARC used by the ingestion tests and demos.

Usage::

    python bench/make_sample_warc.py sample/warc/crawl.warc.gz

The output is byte-stable: every WARC-Date and WARC-Record-ID is fixed, digests are computed
from fixed payloads, and warcio's per-record gzip members carry no timestamp. Running the script
twice gives identical files.

Records, in order:

1. ``warcinfo``
2. ``request`` for the first page (must be skipped by the ingester: not a response)
3. ``response`` text/html: Varkonian parliament approves referendum on bloc membership
4. ``response`` text/html: Sorvanian opposition leader detained at airport
5. ``response`` image/png (must be skipped: not HTML)
6. ``response`` text/html: Coastal States Union agrees joint maritime patrols
"""

from __future__ import annotations

import argparse
import struct
import sys
import zlib
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = ["PAGES", "build_warc", "main", "tiny_png"]

WARC_FILENAME = "crawl.warc.gz"
SOFTWARE = "eventcoder bench/make_sample_warc.py"


def _page(
    *,
    site: str,
    title: str,
    url: str,
    published: str,
    author: str,
    paragraphs: list[str],
) -> str:
    body = "\n".join(f"      <p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
  <meta name="author" content="{author}">
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="{site}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <link rel="canonical" href="{url}">
</head>
<body>
  <div class="cookie-notice">We use cookies to improve your experience.
    <button>Accept</button></div>
  <nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
    <a href="/business">Business</a> <a href="/opinion">Opinion</a></nav>
  <div class="ad-slot">Advertisement</div>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">By {author}</p>
      <div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
      <div class="article-body">
{body}
      </div>
    </article>
    <aside class="related"><h2>Related stories</h2>
      <ul><li><a href="/world/1">Regional leaders meet for annual summit</a></li>
      <li><a href="/world/2">Explainer: how the bloc takes decisions</a></li></ul></aside>
    <section class="newsletter">Sign up for our morning briefing. <input type="email"></section>
  </main>
  <footer>&copy; 2025 {site}. All rights reserved.</footer>
</body>
</html>
"""


PAGES: list[dict[str, str]] = [
    {
        "url": "https://www.dailyvarkonian.example/politics/2025/03/07/referendum-bloc-membership",
        "date": "2025-03-07T08:15:42Z",
        "http_date": "Fri, 07 Mar 2025 08:15:42 GMT",
        "record_id": "<urn:uuid:6a1b7c2e-0c5d-4f3e-9a10-000000000003>",
        "html": _page(
            site="The Daily Varkonian",
            title="Varkonian parliament approves referendum on bloc membership",
            url="https://www.dailyvarkonian.example/politics/2025/03/07/referendum-bloc-membership",
            published="2025-03-07T06:30:00+01:00",
            author="Mirela Stanic",
            paragraphs=[
                "Varkonia's parliament voted on Thursday night to hold a referendum in June on "
                "whether the country should apply to join the Continental Economic Community, "
                "ending months of wrangling inside the governing coalition.",
                "The bill passed by 131 votes to 58, with the nationalist Homeland Party voting "
                "against and several independent deputies abstaining. Prime Minister Radek "
                "Vollan told the chamber that the question was too important to be settled by "
                "politicians alone. &#8220;The people will decide our future, not this "
                "building,&#8221; he said.",
                "Opinion polls suggest voters are evenly split. A survey published last week by "
                "the Institute for Public Affairs in Ostrava Nova found 46 percent in favour of "
                "applying, 44 percent against and the rest undecided.",
                "Homeland Party leader Jana Kovar accused the government of rushing the vote to "
                "distract from rising food prices and said her party would campaign for a "
                "&#8220;no&#8221;. Business groups welcomed the decision, saying membership "
                "would open markets for Varkonian exporters.",
                "The Continental Economic Community's executive said in a statement that it "
                "respected the democratic process in Varkonia and that any application would "
                "be assessed on its merits.",
            ],
        ),
    },
    {
        "url": "https://news.baltorapress.example/world/sorvania-opposition-leader-detained",
        "date": "2025-03-07T10:02:11Z",
        "http_date": "Fri, 07 Mar 2025 10:02:11 GMT",
        "record_id": "<urn:uuid:6a1b7c2e-0c5d-4f3e-9a10-000000000004>",
        "html": _page(
            site="Baltora Press",
            title="Sorvanian opposition leader detained at Miran airport",
            url="https://news.baltorapress.example/world/sorvania-opposition-leader-detained",
            published="2025-03-07T09:40:00Z",
            author="Karim Essedi",
            paragraphs=[
                "Security officers in Sorvania detained opposition leader Alina Terescu at Miran "
                "international airport on Friday as she returned from a week of meetings abroad, "
                "her party said, a day after the government accused her of "
                "&#8220;conspiring with foreign powers&#8221;.",
                "Members of the Democratic Renewal party said Terescu was taken from the arrivals "
                "hall by plain-clothes officers and driven away in an unmarked car. Her lawyer, "
                "Viktor Balan, said he had not been told where she was being held.",
                "The interior ministry confirmed the detention in a short statement and said "
                "Terescu was being questioned about &#8220;contacts that threaten national "
                "security&#8221;. It did not say whether she would be charged.",
                "Hundreds of supporters gathered outside the party's headquarters in central Miran "
                "on Friday afternoon. Police in riot gear blocked the surrounding streets but "
                "there were no reports of clashes.",
                "Several foreign governments called for her release. Terescu, who came second in "
                "last year's presidential election, had met parliamentarians and officials in "
                "three neighbouring capitals during her trip.",
            ],
        ),
    },
    {
        "url": "https://www.coastalrecord.example/news/coastal-states-joint-maritime-patrols",
        "date": "2025-03-07T12:47:03Z",
        "http_date": "Fri, 07 Mar 2025 12:47:03 GMT",
        "record_id": "<urn:uuid:6a1b7c2e-0c5d-4f3e-9a10-000000000006>",
        "html": _page(
            site="The Coastal Record",
            title="Coastal States Union agrees joint maritime patrols",
            url="https://www.coastalrecord.example/news/coastal-states-joint-maritime-patrols",
            published="2025-03-07T11:55:00Z",
            author="Teodora Lind",
            paragraphs=[
                "Interior ministers of the Coastal States Union agreed on Friday to launch joint "
                "patrols in the Strait of Veyra from next month, in response to a rise in "
                "smuggling and attacks on fishing boats, the union's presidency said.",
                "Under the plan, Merrow, Lusara and Norvenia will each contribute two patrol "
                "vessels and share radar and surveillance data through a new coordination centre "
                "in the port of Halden. The patrols will initially run for six months.",
                "&#8220;No single country can police these waters alone,&#8221; said Lusara's "
                "interior minister, Farah Olsen, who chaired the meeting. She said 23 fishing "
                "boats had been boarded by armed groups since January.",
                "Kestria, which also borders the strait, did not sign the agreement. Its "
                "delegation said it needed more time to consult its parliament on allowing "
                "foreign vessels into its territorial waters.",
                "Fishermen's associations welcomed the move but said compensation for lost "
                "catches and damaged boats was still needed.",
            ],
        ),
    },
]

# Fixed identities for the records that are not pages.
WARCINFO_ID = "<urn:uuid:6a1b7c2e-0c5d-4f3e-9a10-000000000001>"
WARCINFO_DATE = "2025-03-07T08:00:00Z"
REQUEST_ID = "<urn:uuid:6a1b7c2e-0c5d-4f3e-9a10-000000000002>"
IMAGE_ID = "<urn:uuid:6a1b7c2e-0c5d-4f3e-9a10-000000000005>"
IMAGE_URL = "https://news.baltorapress.example/static/img/logo-32.png"
IMAGE_DATE = "2025-03-07T10:02:12Z"
IMAGE_HTTP_DATE = "Fri, 07 Mar 2025 10:02:12 GMT"


def tiny_png(width: int = 4, height: int = 4) -> bytes:
    """Return a valid, deterministic RGB PNG of a solid colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _response(
    writer: WARCWriter,
    *,
    url: str,
    date: str,
    http_date: str,
    record_id: str,
    body: bytes,
    content_type: str,
) -> None:
    http_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Date", http_date),
            ("Server", "nginx"),
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "max-age=300"),
        ],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Record-ID": record_id, "WARC-Date": date},
    )
    writer.write_record(record)


def build_warc(out: Path) -> None:
    """Write the sample WARC to ``out`` (gzip, one member per record)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="1.0")

        info = (
            f"software: {SOFTWARE}\r\n"
            "format: WARC File Format 1.0\r\n"
            "description: Tiny sample crawl of fictional news pages for eventcoder tests\r\n"
            "isPartOf: eventcoder-sample\r\n"
        ).encode()
        warcinfo = writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": WARCINFO_ID,
                "WARC-Date": WARCINFO_DATE,
                "WARC-Filename": WARC_FILENAME,
            },
        )
        writer.write_record(warcinfo)

        first = PAGES[0]
        host = first["url"].split("/")[2]
        path = "/" + first["url"].split("/", 3)[3]
        request_headers = StatusAndHeaders(
            f"GET {path} HTTP/1.1",
            [
                ("Host", host),
                ("User-Agent", "Mozilla/5.0 (compatible; eventcoder-sample/0.1)"),
                ("Accept", "text/html,application/xhtml+xml"),
                ("Accept-Language", "en"),
            ],
            is_http_request=True,
        )
        request = writer.create_warc_record(
            first["url"],
            "request",
            http_headers=request_headers,
            warc_headers_dict={
                "WARC-Record-ID": REQUEST_ID,
                "WARC-Date": first["date"],
                "WARC-Concurrent-To": first["record_id"],
            },
        )
        writer.write_record(request)

        for index, page in enumerate(PAGES):
            _response(
                writer,
                url=page["url"],
                date=page["date"],
                http_date=page["http_date"],
                record_id=page["record_id"],
                body=page["html"].encode("utf-8"),
                content_type="text/html; charset=utf-8",
            )
            if index == 1:
                _response(
                    writer,
                    url=IMAGE_URL,
                    date=IMAGE_DATE,
                    http_date=IMAGE_HTTP_DATE,
                    record_id=IMAGE_ID,
                    body=tiny_png(),
                    content_type="image/png",
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the tiny, byte-stable sample WARC.")
    parser.add_argument(
        "out", nargs="?", default="sample/warc/crawl.warc.gz", help="output .warc.gz path"
    )
    args = parser.parse_args(argv)
    build_warc(Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
