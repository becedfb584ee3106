"""Who a request comes from, for sign-in lockouts and code throttles: the client's address, and
the username a lockout is counted for.

Behind a reverse proxy every request arrives from the proxy, so limits keyed on REMOTE_ADDR lock
out everyone at once (and five wrong passwords from anywhere lock the owner out). Each proxy
appends the address it received the request from to X-Forwarded-For, so with N trusted proxies
the client is the N-th entry from the right; entries further left are whatever the client sent
and are never trusted. Without a proxy (PROXY_COUNT 0) the header is ignored altogether.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    """An address as proxies write it: `203.0.113.9`, `203.0.113.9:51234`, `[2001:db8::1]:443`."""
    text = address.strip()
    if text.startswith("["):  # [IPv6]:port
        text = text[1 : text.find("]")] if "]" in text else text
    elif text.count(":") == 1:  # IPv4:port
        text = text.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        return remote  # the request did not pass through every proxy: only the peer is known
    return _valid(forwarded[-proxies]) or remote


USERNAME_MAX = 150  # django.contrib.auth's username field


def lockout_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """The username a sign-in lockout is counted for (django-axes), cut to the longest a username
    can be: Django's sign-in form does not limit what is typed, and axes' table holds 255."""
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get("username")
    return username[:USERNAME_MAX] if isinstance(username, str) else username
