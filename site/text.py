"""Cleaning text that people paste in, so that every output format can carry it."""

import re
import unicodedata

# Control characters other than tab, line feed and carriage return: XML 1.0 (feeds) and XLSX
# cannot hold them, and they are never meant (a vertical tab pasted from a word processor, say).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


# What shows nothing on a page: control and format characters (zero-width spaces, byte-order
# marks) and every kind of space.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp"}


def has_visible_text(text: str) -> bool:
    """Whether `text` has at least one character that shows: a title of only control
    characters, zero-width spaces and spaces is, to a reader, no title at all."""
    return any(unicodedata.category(character) not in _INVISIBLE_CATEGORIES for character in text)


# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell value that no spreadsheet runs as a formula and every format can hold."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_TRIGGERS):
        value = "'" + value
    return strip_control_characters(value)
