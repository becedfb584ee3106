"""Production: refuses to start without its secrets; secure cookies, HSTS, TLS redirect."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, BEHIND_TLS_PROXY, HSTS_SECONDS, SECRET_KEY, SSL_REDIRECT

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production (comma-separated).")

DEBUG = False
DEMO_CONTENT_ALLOWED = False

SECURE_SSL_REDIRECT = SSL_REDIRECT
SECURE_HSTS_SECONDS = HSTS_SECONDS
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
if BEHIND_TLS_PROXY:
    # Trust the proxy's header only when the proxy is known to set it.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
