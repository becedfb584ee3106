"""Codes people read aloud, copy from paper and type: certificate, session and participant codes.

One alphabet without look-alikes (no 0/O, 1/I/L), one generator, one way to read what was typed,
one way to print a code in groups."""

import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
MAX_TYPED = 40  # nobody types a longer code; longer input is cut before it is compared


def random_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise_code(typed: str) -> str:
    """What people type, as stored: capitals, without spaces or hyphens."""
    return "".join(character for character in typed.upper() if character.isalnum())[:MAX_TYPED]


def format_code(code: str, size: int | None = None) -> str:
    """`K7QM2WXH9D` → `K7QM2-WXH9D`: groups (of five for long codes, else three) are easier to
    copy."""
    size = size or (5 if len(code) >= 10 else 3)
    return "-".join(code[i : i + size] for i in range(0, len(code), size))


def is_code(text: str, length: int) -> bool:
    """Whether a normalised text could be a code of this length: only the alphabet's characters."""
    return len(text) == length and all(character in ALPHABET for character in text)
