"""Signing in, resetting a password, self-registration (off by default), learner accounts."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from continuum import roles
from continuum.factories import TEST_PASSWORD


@pytest.mark.django_db
def test_sign_in_page_offers_password_reset_but_no_registration_by_default(client, home_page):
    body = client.get("/accounts/login/").content.decode()
    assert "Forgotten your password?" in body
    assert "Create an account" not in body
    assert client.get("/accounts/register/").status_code == 404


@pytest.mark.django_db
def test_wrong_password_says_so_and_keeps_the_username(client, home_page, learner):
    response = client.post("/accounts/login/", {"username": learner.username, "password": "nope"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Please enter a correct username and password" in body
    assert f'value="{learner.username}"' in body


@pytest.mark.django_db
def test_password_reset_sends_a_link_that_sets_a_new_password(client, home_page, learner):
    response = client.post("/accounts/password_reset/", {"email": learner.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url, {"new_password1": "a new long passphrase", "new_password2": "a new long passphrase"}
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password("a new long passphrase")


@pytest.mark.django_db
def test_password_reset_does_not_reveal_whether_an_address_exists(client, home_page):
    response = client.post("/accounts/password_reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


@pytest.mark.django_db
def test_self_registration_when_switched_on_creates_a_signed_in_learner(
    client, home_page, role_groups, settings
):
    settings.ALLOW_SELF_REGISTRATION = True
    response = client.post(
        "/accounts/register/",
        {
            "username": "newofficer",
            "first_name": "Nora",
            "last_name": "Krasniqi",
            "email": "nora@example.org",
            "password1": TEST_PASSWORD,
            "password2": TEST_PASSWORD,
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(username="newofficer")
    assert list(user.groups.values_list("name", flat=True)) == [roles.LEARNERS]
    assert client.get("/my/").status_code == 200


@pytest.mark.django_db
def test_registration_with_mismatched_passwords_keeps_what_was_typed(
    client, home_page, role_groups, settings
):
    settings.ALLOW_SELF_REGISTRATION = True
    response = client.post(
        "/accounts/register/",
        {
            "username": "nora",
            "first_name": "Nora",
            "last_name": "K",
            "email": "n@example.org",
            "password1": "x1",
        },
    )
    assert response.status_code == 200
    assert 'value="Nora"' in response.content.decode()
    assert not get_user_model().objects.filter(username="nora").exists()


@pytest.mark.django_db
def test_trainers_create_learner_accounts_with_a_temporary_password(client, home_page, trainer):
    client.force_login(trainer)
    response = client.post(
        "/accounts/learners/new/",
        {"first_name": "Arben", "last_name": "Gashi", "username": "agashi", "email": ""},
    )
    assert response.status_code == 200
    temporary = re.search(r'<span class="code">(\S+)</span>', response.content.decode()).group(1)
    user = get_user_model().objects.get(username="agashi")
    assert user.check_password(temporary)
    assert list(user.groups.values_list("name", flat=True)) == [roles.LEARNERS]


@pytest.mark.django_db
def test_with_an_e_mail_address_the_learner_gets_a_link_instead(client, home_page, trainer):
    client.force_login(trainer)
    response = client.post(
        "/accounts/learners/new/",
        {"first_name": "Arben", "last_name": "Gashi", "username": "agashi", "email": "arben@example.org"},
    )
    assert "A link to choose a password was sent" in response.content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["arben@example.org"]


@pytest.mark.django_db
def test_a_taken_username_is_refused_and_the_form_keeps_its_values(client, home_page, trainer, learner):
    client.force_login(trainer)
    response = client.post(
        "/accounts/learners/new/",
        {"first_name": "Lena", "last_name": "H", "username": learner.username.upper()},
    )
    body = response.content.decode()
    assert "This username is taken" in body
    assert 'value="Lena"' in body


@pytest.mark.django_db
@pytest.mark.parametrize("fixture", ["learner", "evaluator", "regional_official", "practice_moderator"])
def test_only_trainers_and_leads_create_accounts(client, home_page, request, fixture):
    client.force_login(request.getfixturevalue(fixture))
    assert client.get("/accounts/learners/new/").status_code == 403
