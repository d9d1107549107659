"""Settings for the web benchmark's servers: the app's own, with bench/web_urls.py as URLconf
(the app's URLs plus one baseline page). ``bench/web.py`` runs the servers with
``DJANGO_SETTINGS_MODULE=bench.web_site``."""

from levelhead.settings import *  # noqa: F403 - the app's settings, unchanged

ROOT_URLCONF = "bench.web_urls"
