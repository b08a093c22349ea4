"""Reads a feed with feedparser, as a feed reader would, and prints what it made of it as JSON.

Usage: python3 feedparser_check.py FEED_FILE
"""
import json
import sys

import feedparser

parsed = feedparser.parse(open(sys.argv[1], "rb").read())
out = {
    "bozo": bool(parsed.bozo),
    "bozo_exception": str(parsed.get("bozo_exception", "")),
    "version": parsed.version,
    "feed": {
        "title": parsed.feed.get("title"),
        "author": parsed.feed.get("author"),
        "links": [[l.get("rel"), l.get("href")] for l in parsed.feed.get("links", [])],
        "updated": parsed.feed.get("updated"),
    },
    "entries": [],
}
for e in parsed.entries:
    out["entries"].append({
        "id": e.get("id"),
        "title": e.get("title"),
        "title_type": e.get("title_detail", {}).get("type"),
        "links": [[l.get("rel"), l.get("href"), l.get("title")] for l in e.get("links", [])],
        "published": e.get("published"),
        "updated": e.get("updated"),
        "tags": [t.get("term") for t in e.get("tags", [])],
        "author": e.get("author"),
        "content": [c.get("value") for c in e.get("content", [])],
    })
json.dump(out, sys.stdout, ensure_ascii=True)
