"""Tests: fast hashing, in-memory e-mail, static files served from source."""

from .base import *  # noqa: F403
from .base import STORAGES

DEBUG = False
SECRET_KEY = "test-only-not-secret-2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e0b2d4f6a8c"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
REQUIRE_TWO_FACTOR = False  # whatever the environment says; its tests switch it on

# A file, not the default in-memory database: concurrency tests need separate connections that
# really contend for SQLite's write lock (in-memory shared cache fails at once instead of waiting).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    import os
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"continuum-test-{os.getpid()}.sqlite3")
    }
