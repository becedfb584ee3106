"""Path converters shared by every app's URLs (registered on import)."""

from django.urls import register_converter


class IdConverter:
    """Database ids of up to 12 digits. Django's `int` takes any length, and a longer number
    overflows SQLite's integers (a 500) although no such row can exist: here it is a 404."""

    max_digits = 12
    regex = f"[0-9]{{1,{max_digits}}}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(IdConverter, "id")
