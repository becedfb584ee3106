"""Slow down guessing of cohort and participant codes, per address (in the shared cache)."""

import hashlib

from django.core.cache import cache

from continuum.client_address import client_address

# A training room shares one address: 20 typos in 15 minutes is generous for people and still
# nothing against a code space of about 10^9 (session codes) or 10^15 (participant codes).
WRONG_CODES_ALLOWED = 20
WINDOW_SECONDS = 15 * 60


def _key(request) -> str:
    address = client_address(request)
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
