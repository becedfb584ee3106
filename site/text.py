"""Cleaning text that people paste in, so that every output format can carry it."""

import re

# Control characters other than tab, line feed and carriage return: XML 1.0 (feeds) and XLSX
# cannot hold them, and they are never meant (a vertical tab pasted from a word processor, say).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)


# Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell value that no spreadsheet runs as a formula and every format can hold."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_TRIGGERS):
        value = "'" + value
    return strip_control_characters(value)
