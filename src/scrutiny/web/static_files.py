"""Django's static files app, told to leave out what the npm packages ship but the site never
serves: Sass sources, Nunjucks and HTML templates, source maps, type declarations, CommonJS
builds and package metadata. `collectstatic` (run by `scrutiny serve`) then copies and
compresses a few hundred kilobytes instead of fifteen megabytes."""

from __future__ import annotations

from django.contrib.staticfiles.apps import StaticFilesConfig


class SiteStaticFiles(StaticFilesConfig):
    ignore_patterns = [  # noqa: RUF012 (Django reads it from the class)
        *StaticFilesConfig.ignore_patterns,
        "*.scss",
        "*.njk",
        "*.html",
        "*.md",
        "*.map",
        "*.ts",
        "*.cjs",
        "*.json",
    ]
