"""Running the project in a fresh Python process, as a deployment would start it: for settings
that are read once at start-up (production's checks, the cache, two-factor sign-in)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STRONG_KEY = "x7Qp2Lr9Vb4Nt6Kc1Mz8Hs3Jd5Fg0Wy2Ue7Ia4Ro9Pl6Tk1Sn8Bv3Cx5Dq0Gh2Jw"
# What the test run's own environment may hold that would change what is being tried.
SETTINGS_VARIABLES = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "REDIS_URL",
    "REQUIRE_TWO_FACTOR",
}
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "continuum.settings.production",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "testserver,continuum.example.org",
}


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    """`python ARGS…` in the repository, with the given environment instead of the test run's
    settings variables."""
    environment = {key: value for key, value in os.environ.items() if key not in SETTINGS_VARIABLES}
    environment.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return run("manage.py", *args, **env)


def python(code: str, **env: str) -> subprocess.CompletedProcess:
    return run("-c", code, **env)
