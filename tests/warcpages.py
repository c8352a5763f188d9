"""A crawl of generated news pages (fictional towns and people) written as a WARC file, for the WARC
tests and the WARC run of bench/throughput.py: dated pages state their date in a <time> element, undated
ones only carry a copyright year, which is no publication date."""
from __future__ import annotations

import io
from pathlib import Path

FIRST = ["Arlo", "Brisa", "Cato", "Dagny", "Eero", "Fenna", "Gideon", "Hilde", "Ines", "Jory"]
LAST = ["Marrow", "Quillan", "Tessaly", "Vantor", "Olund", "Pruett", "Skerra", "Wendholm", "Yarrow", "Zelig"]
TOWNS = ["Brightwater", "Kelmsford", "Dunmere", "Ashgrove", "Thornby", "Harrowgate", "Fallowmere", "Oakhollow"]
THINGS = ["bridge", "tramway", "library", "harbour wall", "water plant", "stadium"]


def page(i: int) -> tuple[str, str | None, bytes]:
    """(url, the date the page states or None, the HTML) of page ``i``."""
    first, last, town, thing = FIRST[i % 10], LAST[(i // 10) % 10], TOWNS[i % 8], THINGS[i % 6]
    date = f"2021-0{1 + i % 9}-1{i % 10}" if i % 3 else None
    stamp = f'<p class="byline">By Mira Holt · <time datetime="{date}">{date}</time></p>' if date else ""
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{town} council approves the {thing}</title></head>
<body><nav><a href="/">Home</a> | <a href="/local">Local</a></nav>
<article><h1>{town} council approves the {thing} ({i})</h1>{stamp}
<p>{first} {last}, the mayor of {town}, said on Tuesday that the {thing} would cost {i + 3} million crowns and
that work would start before the end of the year.</p>
<p>"We will finish the {thing} before the spring floods," {last} told reporters outside the town hall.</p>
<p>Residents of {town} remain divided over plan number {i}, and the opposition leader Tove Brandt said the
council had not answered questions about the cost.</p></article>
<footer>&copy; 2016 The {town} Ledger. All rights reserved.</footer></body></html>"""
    return f"https://ledger.example/{town.lower()}/{i}", date, html.encode("utf-8")


def build_crawl(path: Path, n: int) -> list[tuple[str, str, str | None]]:
    """Write ``n`` pages (plus a warcinfo record and a request before each page) to ``path`` (gzipped
    when it ends in .gz); returns (record id, url, stated date) per page, in file order."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = []
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dossier tests"}))
        for i in range(n):
            url, date, body = page(i)
            request = StatusAndHeaders(f"GET /{i} HTTP/1.1", [("Host", "ledger.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
            out.append((record.rec_headers.get_header("WARC-Record-ID").strip("<>"), url, date))
    return out
