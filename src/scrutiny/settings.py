"""The one settings module: everything that differs between machines comes from the environment.

DATABASE_URL   where meetings are kept (default: SQLite at var/scrutiny.sqlite3 in the checkout)
SECRET_KEY     required unless DEBUG is on; production secrets have no default
DEBUG          1/true/yes/on or 0/false/no/off (default off)
ALLOWED_HOSTS  comma-separated host names (default: localhost names when DEBUG is on, else none)
MEDIA_ROOT     where source documents are kept (default: var/documents in the checkout)
PENDING_UPLOADS_DIR  uploads awaiting review (default: var/pending-uploads; never served)
DOWNLOADS_DIR  the open data downloads as built, one file a format (default: var/downloads)
GOVUK_FRONTEND_DIR   GOV.UK Frontend's dist/govuk (default: node_modules/ in the checkout)
CHARTJS_DIR          Chart.js's dist folder (default: node_modules/ in the checkout)
TEST_DATABASE_NAME   the test database's name (default: Django's test_ prefix), for parallel runs
STATIC_ROOT    where collectstatic gathers the static files whitenoise serves (var/static)

With DEBUG off (production), HTTPS is enforced:
SECURE_SSL_REDIRECT      redirect plain HTTP to HTTPS (default on; off only if the proxy does it)
SECURE_PROXY_SSL_HEADER  the header a TLS-terminating proxy sets to `https`, such as
                         X-Forwarded-Proto (default: none, so no header is trusted)
SECURE_HSTS_SECONDS      Strict-Transport-Security max-age (default one year)
SECURE_HSTS_PRELOAD      ask for the browsers' HSTS preload list (default on)
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

# Generic Django classes (ModelAdmin[Board]) are subscriptable at run time, as mypy sees them.
django_stubs_ext.monkeypatch()

# src/scrutiny/settings.py -> the checkout (or the environment's prefix when installed).
BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = BASE_DIR / "var"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/true/yes/on or 0/false/no/off, not {raw!r}"
    )


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


def env_path(name: str, default: Path) -> Path:
    raw = os.environ.get(name)
    return Path(raw).expanduser().resolve() if raw else default


def default_database_url() -> str:
    # Created on first run, so `scrutiny manage migrate` works on a fresh checkout.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{VAR_DIR / 'scrutiny.sqlite3'}"


DEBUG = env_bool("DEBUG")

_secret_key = os.environ.get("SECRET_KEY", "")
if not _secret_key:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY to a long random value "
            "(production), or DEBUG=1 to use a development key on your own machine."
        )
    _secret_key = "django-insecure-scrutiny-development-only"  # DEBUG only
SECRET_KEY = _secret_key

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or default_database_url(), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging: pages keep reading while an ingest writes, and a commit costs one
    # sync of the log instead of several of the database (NORMAL keeps the database whole after
    # a crash; a power cut may lose the last commits, not corrupt the earlier ones). IMMEDIATE:
    # a writer takes the lock when it begins, so two writers queue (up to the timeout) rather
    # than one failing with "database is locked" half way through.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        }
    )
# Test runs that share one PostgreSQL server side by side each name their own test database.
if test_database := os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": test_database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

MEDIA_ROOT = env_path("MEDIA_ROOT", VAR_DIR / "documents")
# Built from the database and rebuilt when it changes (scrutiny.downloads.built): not backed up.
DOWNLOADS_DIR = env_path("DOWNLOADS_DIR", VAR_DIR / "downloads")
MEDIA_URL = "/documents/"
STATIC_URL = "/static/"
STATIC_ROOT = env_path("STATIC_ROOT", VAR_DIR / "static")  # for collectstatic in production
# GOV.UK Frontend, installed from npm by `make setup`, served under /static/govuk/.
GOVUK_FRONTEND_DIR = env_path(
    "GOVUK_FRONTEND_DIR", BASE_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk"
)
# Chart.js, also from npm, for the figure series charts (served under /static/chartjs/).
CHARTJS_DIR = env_path("CHARTJS_DIR", BASE_DIR / "node_modules" / "chart.js" / "dist")
STATICFILES_DIRS = [("govuk", GOVUK_FRONTEND_DIR), ("chartjs", CHARTJS_DIR)]
# In production whitenoise serves STATIC_ROOT, with gzip copies made by collectstatic.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedStaticFilesStorage"
    },
}

# An upload waits here, outside MEDIA_ROOT so nothing ever serves it, until it is reviewed.
PENDING_UPLOADS_DIR = env_path("PENDING_UPLOADS_DIR", VAR_DIR / "pending-uploads")
# The readers' own limit (scrutiny.read.limits.MAX_BYTES), checked before an upload is read.
UPLOAD_MAX_BYTES = 50 * 1024 * 1024

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",  # intcomma: "57,593 results"
    "scrutiny.meetings",
    "scrutiny.accounts",
    "scrutiny.actions",
    "scrutiny.figures",
    "scrutiny.ingestion",
    "scrutiny.search",
    "scrutiny.questions",
    "scrutiny.inspections",
    "scrutiny.web",
    "simple_history",
    "scrutiny.authoring",
    # Open data: the API (django-ninja serves its docs' scripts from "ninja"'s static files),
    # CORS for other sites' reads, and email alerts.
    "ninja",
    "corsheaders",
    "scrutiny.api",
    "scrutiny.alerts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Production only: with DEBUG on, runserver serves the static files, as before.
    *([] if DEBUG else ["whitenoise.middleware.WhiteNoiseMiddleware"]),
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "scrutiny.api.conditional.ConditionalReads",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # The audit trail records who made each change to a board's notes.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "scrutiny.urls"
WSGI_APPLICATION = "scrutiny.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "scrutiny.web.context.navigation",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# One cache for every server process, so that a rate limit (scrutiny.api.ratelimit) is one
# limit however many processes serve: a table in the database, made by a migration.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "scrutiny_cache",
    }
}

# Protections that cost nothing in development and matter in production.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS") or 365 * 24 * 60 * 60)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)


def proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """The header a TLS-terminating proxy sets to `https` (X-Forwarded-Proto), as Django names
    it in request.META; None when no proxy header is to be trusted."""
    header = os.environ.get(name, "").strip()
    if not header:
        return None
    return "HTTP_" + header.upper().replace("-", "_"), "https"


SECURE_PROXY_SSL_HEADER = proxy_ssl_header("SECURE_PROXY_SSL_HEADER")


# Open data: other sites' pages may read the API, the downloads and the feeds (not write: a
# write needs a token, which no page should hold).
CORS_URLS_REGEX = r"^/(api/v1|downloads|feeds)/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_EXPOSE_HEADERS = ("ETag", "Last-Modified")

# Email (alert confirmations and digests): printed to the console with DEBUG on; in production
# sent by SMTP as EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS
# and DEFAULT_FROM_EMAIL say. Tests use Django's in-memory backend whatever this is.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Scrutiny <alerts@localhost>")
# The site's own address, for links in mail sent outside a request (alert digests).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
