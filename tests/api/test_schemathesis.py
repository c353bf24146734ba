"""Schemathesis against the API's own OpenAPI document: generated requests to every operation
(a few examples each, so the run stays short) must never meet a server error or an answer that
breaks the document's schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from api.open_data import make_world

EXAMPLES = 15  # per operation: about ten seconds in all


@pytest.fixture
def connection_kept() -> Iterator[None]:
    """As Django's test client does: a request through the WSGI handler must not close the
    connection the test's transaction is on."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_api_keeps_to_its_document(db: None, settings: Any, connection_kept: None) -> None:
    settings.ALLOWED_HOSTS = ["localhost", "testserver"]  # schemathesis asks as localhost
    make_world()
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:

        @given(case=operation.as_strategy())
        @examples(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def keeps_to_it(case: Any) -> None:
            case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

        keeps_to_it()
