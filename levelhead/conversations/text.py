"""Plain-text helpers: fold quoted replies and signatures away, strip invisible characters."""

from __future__ import annotations

import re
import unicodedata

# Bidirectional overrides and zero-width characters: harmless in a body, misleading in a name.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

QUOTE_HEADERS = [
    re.compile(r"^\s*On .{3,200}\bwrote:\s*$", re.IGNORECASE),
    re.compile(r"^\s*Le .{3,200}a écrit\s*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*Am .{3,200}schrieb .{0,200}:\s*$", re.IGNORECASE),
    re.compile(r"^\s*El .{3,200}escribió:\s*$", re.IGNORECASE),
    re.compile(r"^\s*-{2,}\s*Original Message\s*-{2,}\s*$", re.IGNORECASE),
    re.compile(r"^\s*_{10,}\s*$"),
    re.compile(r"^\s*From:\s.+$", re.IGNORECASE),
]
SIGNATURE = [
    re.compile(r"^-- ?$"),
    re.compile(r"^\s*Sent from my (iPhone|iPad|Android|Samsung|mobile)", re.IGNORECASE),
    re.compile(r"^\s*Get Outlook for (iOS|Android)", re.IGNORECASE),
]


def clean_line(value: str) -> str:
    """A header value safe to show: no invisible or direction-changing characters, no controls."""
    value = INVISIBLE.sub("", value)
    value = "".join(ch for ch in value if unicodedata.category(ch) != "Cc" or ch in "\t")
    return " ".join(value.split())


def split_quoted(text: str) -> tuple[str, str]:
    """Split a reply into what was written now and what is quoted or signature (kept, folded)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = len(lines)
    for i, line in enumerate(lines):
        if any(p.match(line) for p in QUOTE_HEADERS) or any(p.match(line) for p in SIGNATURE):
            cut = i
            break
        if line.startswith(">"):
            # A block of quoted lines (not a lone '>' in prose) starts the quote.
            following = lines[i : i + 3]
            if sum(1 for f in following if f.startswith(">") or not f.strip()) >= min(
                2, len(following)
            ):
                cut = i
                break
    main = "\n".join(lines[:cut]).strip()
    quoted = "\n".join(lines[cut:]).strip()
    if not main and quoted:
        # Everything looked quoted: better to show it all than an empty message.
        return quoted, ""
    return main, quoted
