"""Signing in and out, on GOV.UK-styled pages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from factories import make_user
from pages import text_of

pytestmark = pytest.mark.django_db


def test_the_sign_in_page(client: Client) -> None:
    response = client.get("/accounts/login/?next=/upload/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'autocomplete="username"' in html and 'type="password"' in html
    assert 'name="next" value="/upload/"' in html
    assert "Uploading notes is for staff accounts" in text_of(response)


def test_a_wrong_password_is_reported_in_the_error_summary(client: Client) -> None:
    make_user()
    response = client.post("/accounts/login/", {"username": "officer", "password": "wrong"})
    assert response.status_code == 200
    text = text_of(response)
    assert "There is a problem" in text
    assert "Enter a correct username and password" in text
    assert "<title>Error: Sign in" in response.content.decode()


def test_missing_fields_are_reported_against_each(client: Client) -> None:
    response = client.post("/accounts/login/", {})
    text = text_of(response)
    assert "Enter your username" in text and "Enter your password" in text
    assert 'href="#id_username"' in response.content.decode()


def test_staff_sign_in_and_go_where_they_were_going(client: Client) -> None:
    make_user()
    response = client.post(
        "/accounts/login/",
        {"username": "officer", "password": "correct horse battery", "next": "/upload/"},
    )
    assert response.status_code == 302 and response["Location"] == "/upload/"
    html = client.get("/").content.decode()
    assert 'href="/upload/"' in html and "Sign out" in html and "Sign in" not in html


def test_signing_out(client: Client) -> None:
    client.force_login(make_user())
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "Sign in" in text_of(client.get("/"))


def test_upload_is_in_the_navigation_for_staff_only(client: Client) -> None:
    client.force_login(make_user("member", staff=False))
    html = client.get("/").content.decode()
    assert 'href="/upload/"' not in html and "Sign out" in html


def test_staff_see_the_review_lists_in_the_navigation(staff_client: Client) -> None:
    html = staff_client.get("/actions/review/").content.decode()
    for address in ("/actions/review/", "/commitments/", "/upload/", "/inspections/"):
        assert f'href="{address}"' in html
    # The review list is its own section, not the register's whose address it starts with.
    assert re.search(r'aria-current="page">\s*<strong[^>]*>Review closures<', html)
    assert not re.search(r'aria-current="page">\s*<strong[^>]*>Action register<', html)


def test_the_public_see_no_review_lists_in_the_navigation(client: Client) -> None:
    html = client.get("/inspections/").content.decode()
    assert 'href="/actions/review/"' not in html and 'href="/commitments/"' not in html
    assert re.search(r'aria-current="page">\s*<strong[^>]*>Inspections<', html)
