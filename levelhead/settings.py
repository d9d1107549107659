"""Settings from the environment, with defaults that are safe on one machine.

Every knob is an environment variable (see README, "Configuration"); nothing secret lives in the
repository. With no environment at all, levelhead runs on a SQLite file under ``LEVELHEAD_HOME``.
"""

import os
import secrets
import sys
import time
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


HOME = Path(os.environ.get("LEVELHEAD_HOME", Path.cwd() / "var")).resolve()
HOME.mkdir(parents=True, exist_ok=True)
TESTING = "pytest" in sys.modules or os.environ.get("LEVELHEAD_TESTING") == "1"


def _secret_key() -> str:
    """The key from the environment, else one generated once into a private file."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    path = HOME / "secret_key"
    try:  # created owner-only from the start; of two first runs at once, one writes it
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(50))
    for _ in range(50):  # another process may have created it and not written it yet
        if key := path.read_text().strip():
            return key
        time.sleep(0.02)
    raise RuntimeError(f"{path} is empty: delete it to have a new key generated")


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # First, so its templates (log-in, password reset, error pages) win over the admin's.
    "levelhead.core",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks_db",
    "axes",
    "channels",
    "bootstrap",
    "levelhead.accounts",
    "levelhead.records",
    "levelhead.orders",
    "levelhead.outbox",
    "levelhead.conversations",
    "levelhead.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "levelhead.accounts.middleware.ShopMemberMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "levelhead.core.middleware.ShopTimezoneMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "levelhead.urls"
WSGI_APPLICATION = "levelhead.wsgi.application"
ASGI_APPLICATION = "levelhead.asgi.application"

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
                "levelhead.accounts.context_processors.shops",
            ],
        },
    },
]


def _databases() -> dict:
    url = os.environ.get("DATABASE_URL")
    if url:
        db = dj_database_url.parse(
            url,
            conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
            conn_health_checks=env_bool("DATABASE_HEALTH_CHECKS", True),
        )
        # Several test runs on one server (two checkouts, parallel sessions) need their own names.
        db["TEST"] = {"NAME": os.environ.get("LEVELHEAD_TEST_DB_NAME")}
        if db["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_PREPARED", True):
            # Parameters bound by the server, and a query prepared on its second use on a
            # connection: PostgreSQL then plans a page's queries once per connection rather than
            # on every request (about half of its CPU per page here).
            db.setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=2)
        if db["ENGINE"] == "django.db.backends.postgresql" and env_bool("DATABASE_POOL", True):
            # Under ASGI a persistent connection per request exhausts PostgreSQL; pool instead.
            from psycopg_pool import ConnectionPool

            db["CONN_MAX_AGE"] = 0
            db.setdefault("OPTIONS", {})["pool"] = {
                "min_size": 1,
                "max_size": int(os.environ.get("DATABASE_POOL_SIZE", "10")),
                "timeout": 10,
                # A connection is checked as it is taken, so a restarted database costs no
                # failed request: the dead connections are replaced instead of handed out.
                "check": ConnectionPool.check_connection,
            }
        return {"default": db}
    path = Path(os.environ.get("LEVELHEAD_SQLITE_PATH", HOME / "levelhead.sqlite3"))
    return {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path,
            "OPTIONS": {
                # IMMEDIATE: a writing transaction takes the write lock at BEGIN, so two writers
                # queue instead of failing half-way (and the record's hash chain cannot fork).
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
            },
            "TEST": {"NAME": os.environ.get("LEVELHEAD_TEST_SQLITE_PATH")},
        }
    }


DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "levelhead.accounts.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:
    # Hashing cost is not what the tests measure; login throttling and hashing are still real.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Login throttling: five failures for one username from one address locks it for 15 minutes.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("LOGIN_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Sessions read from a cache first (the database stays the truth): one query less per page.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if env_bool("HTTPS"):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31536000

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = HOME / "static"
STATIC_ROOT.mkdir(exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", HOME / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Served from the installed packages without a collectstatic step; at scale run collectstatic.
WHITENOISE_USE_FINDERS = True

FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 26 * 1024 * 1024
RECEIPT_MAX_BYTES = int(os.environ.get("RECEIPT_MAX_BYTES", str(5 * 1024 * 1024)))
INBOUND_MAX_BYTES = int(os.environ.get("INBOUND_MAX_BYTES", str(25 * 1024 * 1024)))
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(50 * 1024 * 1024)))

# Background work: Django's tasks framework on the database; `levelhead worker` runs it.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "8"))
# How often an idle `levelhead worker` looks for queued tasks, and for stored inbound input
# (webhooks, IMAP) to file: each look is one indexed query.
TASKS_POLL_SECONDS = float(os.environ.get("TASKS_POLL_SECONDS", "0.5"))
INBOUND_POLL_SECONDS = float(os.environ.get("INBOUND_POLL_SECONDS", "0.25"))
# Shops' mailboxes: polled every IMAP_POLL_SECONDS by `levelhead worker` (0: not polled).
IMAP_POLL_SECONDS = int(os.environ.get("IMAP_POLL_SECONDS", "60"))
IMAP_BATCH_SIZE = int(os.environ.get("IMAP_BATCH_SIZE", "50"))
IMAP_TIMEOUT_SECONDS = int(os.environ.get("IMAP_TIMEOUT_SECONDS", "30"))
# Fernet key(s) for secrets stored in the database; unset: derived from SECRET_KEY (demo only).
ENCRYPTION_KEYS = env_list("LEVELHEAD_ENCRYPTION_KEY", "")

REDIS_URL = os.environ.get("REDIS_URL")
CHANNEL_LAYERS = {
    "default": (
        {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            # REDIS_PREFIX keeps several installations (or test runs) on one Redis apart.
            "CONFIG": {"hosts": [REDIS_URL], "prefix": os.environ.get("REDIS_PREFIX", "asgi")},
        }
        if REDIS_URL
        else {"BACKEND": "channels.layers.InMemoryChannelLayer"}
    )
}

# Email: SMTP when EMAIL_HOST is set; otherwise every message lands as a file under var/mail.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "levelhead <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAILERS = {
    "default": (
        {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": int(os.environ.get("EMAIL_PORT", "25")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS"),
                "use_ssl": env_bool("EMAIL_USE_SSL"),
                "timeout": int(os.environ.get("EMAIL_TIMEOUT", "20")),
            },
        }
        if os.environ.get("EMAIL_HOST")
        else {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(HOME / "mail")},
        }
    )
}

NINJA_PAGINATION_PER_PAGE = 50

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
