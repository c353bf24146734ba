"""The WSGI application a server (gunicorn, mod_wsgi) runs: `scrutiny.wsgi:application`."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")

application = get_wsgi_application()
