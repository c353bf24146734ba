"""Django's deployment checks pass with the production settings, and the development
settings stay as they were."""

from __future__ import annotations

import subprocess
import sys

SCRUTINY = [sys.executable, "-m", "scrutiny.cli"]


def check_deploy(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SCRUTINY, "manage", "check", "--deploy", "--fail-level", "WARNING"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def test_check_deploy_passes_with_the_production_settings(production_env: dict[str, str]) -> None:
    result = check_deploy(production_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def settings_printed(env: dict[str, str], expressions: str) -> list[str]:
    """What `print(settings.<expressions>)` shows in a fresh process with `env`, split."""
    script = (
        "from django.conf import settings; import django; django.setup(); "
        f"print(settings.{expressions})"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        env=env | {"DJANGO_SETTINGS_MODULE": "scrutiny.settings"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_behind_a_tls_proxy_the_redirect_can_be_left_to_it(production_env: dict[str, str]) -> None:
    env = production_env | {
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
    }
    printed = settings_printed(env, "SECURE_SSL_REDIRECT, settings.SECURE_PROXY_SSL_HEADER")
    assert printed == ["False", "('HTTP_X_FORWARDED_PROTO',", "'https')"]
    # Without the redirect Django warns (W008), as it should.
    assert check_deploy(env).returncode != 0


def test_debug_keeps_the_development_settings(production_env: dict[str, str]) -> None:
    env = production_env | {"DEBUG": "1"}
    env.pop("SECRET_KEY")
    printed = settings_printed(
        env,
        "SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS, "
        "'whitenoise.middleware.WhiteNoiseMiddleware' in settings.MIDDLEWARE",
    )
    assert printed == ["False", "0", "False"]
