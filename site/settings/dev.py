"""Development: debug on, console e-mail, a fixed insecure key when none is given."""

import warnings

from .base import *  # noqa: F403
from .base import LOGGING, SECRET_KEY, STORAGES

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-7f3b9c2e5d1a4f8e6b0c9d2a7e4f1b3c5d8e0a2f4b6c"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# No collectstatic in development: serve the source files as they are.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
# Without collectstatic there is no STATIC_ROOT; the source files are served instead.
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# Wagtail logs every page created at INFO, which buries the demo logins under `make run`.
LOGGING = {**LOGGING, "loggers": {**LOGGING["loggers"], "wagtail": {"level": "WARNING"}}}
