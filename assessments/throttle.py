"""Slow down guessing of cohort and participant codes, per address (in the shared cache)."""

import hashlib

from django.core.cache import cache

WRONG_CODES_ALLOWED = 5
WINDOW_SECONDS = 15 * 60


def _key(request) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    return "join-wrong:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def is_blocked(request) -> bool:
    return cache.get(_key(request), 0) >= WRONG_CODES_ALLOWED


def record_wrong_code(request) -> None:
    key = _key(request)
    if cache.add(key, 1, WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, WINDOW_SECONDS)
