"""Turning what a visitor typed into something every search backend accepts.

Used by every search box on the site, so that each treats hostile input the same way.
"""

import unicodedata

MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as it will be shown back, and whether it had to be shortened.

    Control and format characters (NUL bytes, right-to-left marks) are dropped: PostgreSQL
    refuses NUL bytes, and nobody means to search for an invisible mark.
    """
    kept = "".join(
        " " if unicodedata.category(char) in {"Cc", "Zl", "Zp"} else char
        for char in raw
        if unicodedata.category(char) != "Cf" and char != "\x00"
    )
    query = " ".join(kept.split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rstrip(), True
    return query, False


def backend_terms(query: str) -> str:
    """The cleaned query with double quotes removed, ready for `.search()`.

    Wagtail's SQLite backend wraps each term in double quotes for FTS5 without escaping the
    quotes inside it, so a stray `"` would be a syntax error; no backend needs them here.
    """
    return " ".join(query.replace('"', " ").split())
