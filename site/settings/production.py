"""Production: refuses to start without its secrets; secure cookies, HSTS, TLS redirect."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    BEHIND_TLS_PROXY,
    DATABASE_CACHE,
    HSTS_SECONDS,
    REDIS_URL,
    REQUIRE_TWO_FACTOR_IN_PRODUCTION,
    SECRET_KEY,
    SSL_REDIRECT,
)

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production (comma-separated).")

DEBUG = False
if not REDIS_URL:
    # Several gunicorn workers: limits counted in one worker's memory would hold per worker.
    # `migrate` and `setup_site` create the table (continuum.apps).
    CACHES = {"default": DATABASE_CACHE}
DEMO_CONTENT_ALLOWED = False
# Administrators, curriculum leads, practice moderators and evaluators give a one-time code.
REQUIRE_TWO_FACTOR = REQUIRE_TWO_FACTOR_IN_PRODUCTION

SECURE_SSL_REDIRECT = SSL_REDIRECT
SECURE_HSTS_SECONDS = HSTS_SECONDS
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
if BEHIND_TLS_PROXY:
    # Trust the proxy's header only when the proxy is known to set it.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
