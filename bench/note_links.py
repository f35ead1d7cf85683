#!/usr/bin/env python3
"""Exact check of Publish's own PDF: every note link (marker → note, and the note's link back) stays on its page.

usage: note_links.py BOOK.pdf        prints "ON OFF" (links whose destination is their own page / another page)

Publish links each marker to its note and each note back to its marker (named destinations), so the PDF itself
says where both sit; notes_on_page.py's text search, which works for any tool's PDF, cannot decide a marker cut
by a page break. Reads the PDF through `qpdf --json=2`.
"""
from __future__ import annotations

import json
import subprocess
import sys


def main(argv: list[str]) -> int:
    document = json.loads(subprocess.run(["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", argv[0]],
                                          capture_output=True, text=True, check=True).stdout)
    objects = document["qpdf"][1]

    def get(value):
        if isinstance(value, str) and value.endswith(" R"):
            found = objects.get("obj:" + value)
            return found.get("value", found) if found else None
        return value

    page_numbers = {page["object"]: number for number, page in enumerate(document["pages"], start=1)}
    names: dict[str, object] = {}

    def walk(node) -> None:
        node = get(node)
        for kid in node.get("/Kids", []):
            walk(kid)
        pairs = node.get("/Names", [])
        for i in range(0, len(pairs), 2):
            names[pairs[i]] = get(pairs[i + 1])

    catalog = get(objects["trailer"]["value"]["/Root"])
    if "/Names" in catalog and "/Dests" in get(catalog["/Names"]):
        walk(get(catalog["/Names"])["/Dests"])
    on = off = 0
    for page in document["pages"]:
        here = page_numbers[page["object"]]
        for annotation in get(get(page["object"]).get("/Annots", [])) or []:
            destination = get(get(annotation).get("/Dest"))
            if isinstance(destination, str):
                destination = names.get(destination)
            if isinstance(destination, dict):
                destination = destination.get("/D")
            if not isinstance(destination, list) or destination[0] not in page_numbers:
                continue
            if page_numbers[destination[0]] == here:
                on += 1
            else:
                off += 1
    print(f"{on} {off}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
