"""Enrol, read, complete, resume, finish, and verify the certificate."""

import pytest
from wagtail.models import PageViewRestriction

from curricula.factories import add_module
from curricula.models import Certificate, Enrolment, ModuleCompletion


def complete(client, module):
    return client.post(f"/curricula-actions/complete/{module.pk}/")


@pytest.mark.django_db
def test_enrolling_takes_the_learner_to_the_first_module(client, curriculum, modules, learner):
    client.force_login(learner)
    response = client.post(f"/curricula-actions/enrol/{curriculum.pk}/")
    assert response.status_code == 302
    assert response["Location"] == modules[0].url
    assert Enrolment.objects.filter(user=learner, curriculum=curriculum).count() == 1


@pytest.mark.django_db
def test_enrolling_twice_keeps_one_enrolment(client, curriculum, learner):
    client.force_login(learner)
    client.post(f"/curricula-actions/enrol/{curriculum.pk}/")
    client.post(f"/curricula-actions/enrol/{curriculum.pk}/")
    assert Enrolment.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_enrolling_needs_a_post_and_a_signed_in_person(client, curriculum, learner):
    response = client.post(f"/curricula-actions/enrol/{curriculum.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(learner)
    assert client.get(f"/curricula-actions/enrol/{curriculum.pk}/").status_code == 405
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_curriculum_page_invites_anonymous_visitors_to_sign_in_and_learners_to_enrol(
    client, curriculum, learner
):
    assert "Sign in to enrol" in client.get(curriculum.url).content.decode()
    client.force_login(learner)
    assert "Enrol in this curriculum" in client.get(curriculum.url).content.decode()


@pytest.mark.django_db
def test_completing_a_module_without_enrolling_enrols_and_says_so(client, modules, learner):
    client.force_login(learner)
    response = complete(client, modules[0])
    assert response["Location"] == modules[1].url
    assert Enrolment.objects.filter(user=learner).exists()
    page = client.get(modules[1].url).content.decode()
    assert "we enrolled you" in page
    assert "is marked as complete" in page


@pytest.mark.django_db
def test_completion_records_the_revision_that_was_read(client, modules, learner):
    client.force_login(learner)
    complete(client, modules[0])
    completion = ModuleCompletion.objects.get()
    assert completion.revision_id == modules[0].live_revision_id


@pytest.mark.django_db
def test_double_clicking_complete_records_it_once(client, modules, learner):
    client.force_login(learner)
    first = complete(client, modules[0])
    second = complete(client, modules[0])
    assert first.status_code == second.status_code == 302
    assert ModuleCompletion.objects.count() == 1


@pytest.mark.django_db
def test_module_page_shows_ticks_previous_next_and_reading_time(client, modules, learner):
    client.force_login(learner)
    complete(client, modules[0])
    body = client.get(modules[1].url).content.decode()
    assert "1 of 3 modules complete" in body
    assert 'rel="prev"' in body and 'rel="next"' in body
    assert "minute to read" in body
    assert body.count("(complete)") == 1


@pytest.mark.django_db
def test_completed_module_shows_it_is_done_instead_of_the_button(client, modules, learner):
    client.force_login(learner)
    complete(client, modules[0])
    body = client.get(modules[0].url).content.decode()
    assert "You have completed this module." in body
    assert "Mark as complete" not in body


@pytest.mark.django_db
def test_my_learning_resumes_at_the_first_unfinished_module(client, modules, learner):
    client.force_login(learner)
    complete(client, modules[0])
    complete(client, modules[2])
    response = client.get("/my/")
    body = response.content.decode()
    assert "2 of 3 modules complete (67%)" in body
    assert f'href="{modules[1].url}"' in body
    assert "Resume: Module 2" in body


@pytest.mark.django_db
def test_completing_every_module_completes_the_curriculum_and_issues_a_certificate(
    client, curriculum, modules, learner
):
    client.force_login(learner)
    for module in modules[:-1]:
        complete(client, module)
    assert not Certificate.objects.exists()
    response = complete(client, modules[-1])
    certificate = Certificate.objects.get()
    assert response["Location"] == certificate.get_absolute_url()
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is not None
    page = client.get(certificate.get_absolute_url()).content.decode()
    assert learner.get_full_name() in page
    assert curriculum.title in page
    assert certificate.code in page
    my = client.get("/my/").content.decode()
    assert "Completed on" in my and certificate.code in my


@pytest.mark.django_db
def test_unpublished_modules_do_not_block_completion(client, curriculum, modules, learner):
    add_module(curriculum, slug="draft", title="Draft", live=False)
    client.force_login(learner)
    for module in modules:
        complete(client, module)
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_a_certificate_is_only_shown_to_its_owner(client, modules, learner, make_user):
    client.force_login(learner)
    for module in modules:
        complete(client, module)
    certificate = Certificate.objects.get()
    client.force_login(make_user("someone-else"))
    assert client.get(certificate.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_anyone_can_verify_a_code_and_learns_only_curriculum_and_date(client, curriculum, modules, learner):
    client.force_login(learner)
    for module in modules:
        complete(client, module)
    certificate = Certificate.objects.get()
    client.logout()
    response = client.get(f"/certificates/{certificate.code.lower()}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in body
    assert curriculum.title in body
    assert learner.get_full_name() not in body
    assert learner.username not in body.replace("Sign in", "")


@pytest.mark.django_db
def test_an_unknown_certificate_code_gets_the_404_page_with_a_message(client, home_page):
    response = client.get("/certificates/AAAA-BBBB-CCCC/")
    assert response.status_code == 404
    assert "No certificate has the code" in response.content.decode()


@pytest.mark.django_db
def test_the_verification_form_sends_the_code_to_its_page(client, home_page):
    response = client.get("/certificates/", {"code": " abcd-efgh "})
    assert response.status_code == 302
    assert response["Location"] == "/certificates/ABCD-EFGH/"
    assert client.get("/certificates/").status_code == 200


@pytest.mark.django_db
def test_pasting_the_printed_verification_address_finds_the_code(client, home_page):
    response = client.get("/certificates/", {"code": "http://127.0.0.1:8000/certificates/K7QM-2WXH-9DRT/"})
    assert response["Location"] == "/certificates/K7QM-2WXH-9DRT/"


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["a/b", "<b>", "x" * 500])
def test_something_that_cannot_be_a_code_gets_a_404_with_a_message(client, home_page, code):
    response = client.get("/certificates/", {"code": code})
    assert response.status_code == 404
    assert "not a certificate code" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/certificates/AB%00CD/", "/certificates/?code=%00"])
def test_a_nul_byte_in_the_address_is_a_bad_request(client, home_page, address):
    assert client.get(address).status_code == 400


@pytest.mark.django_db
def test_absurdly_long_page_ids_are_a_404(client, learner):
    client.force_login(learner)
    assert client.post("/curricula-actions/enrol/99999999999999999999999/").status_code == 404
    assert client.post("/curricula-actions/complete/99999999999999999999999/").status_code == 404


@pytest.mark.django_db
def test_hostile_certificate_codes_are_escaped_in_the_message(client, home_page):
    response = client.get("/certificates/%3Cscript%3E/")
    assert response.status_code == 404
    assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_a_draft_module_cannot_be_completed(client, curriculum, learner):
    draft = add_module(curriculum, slug="draft", title="Draft", live=False)
    client.force_login(learner)
    assert complete(client, draft).status_code == 404
    assert not ModuleCompletion.objects.exists()


@pytest.mark.django_db
def test_members_only_curricula_are_hidden_from_anonymous_visitors(
    client, curriculum, curriculum_index, learner
):
    PageViewRestriction.objects.create(page=curriculum, restriction_type=PageViewRestriction.LOGIN)
    assert curriculum.title not in client.get(curriculum_index.url).content.decode()
    response = client.get(curriculum.url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(learner)
    assert curriculum.title in client.get(curriculum_index.url).content.decode()
    assert client.get(curriculum.url).status_code == 200


@pytest.mark.django_db
def test_the_home_page_lists_the_newest_curricula(client, curriculum):
    assert curriculum.title in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_theme_page_lists_the_curricula_that_teach_it(client, curriculum):
    from continuum.models import Theme

    theme = Theme.objects.get(slug="dynamic-security")
    assert "Rapport building" not in client.get(theme.get_absolute_url()).content.decode()
    curriculum.themes.add(theme)
    curriculum.save_revision().publish()
    body = client.get(theme.get_absolute_url()).content.decode()
    assert f'href="{curriculum.url}"' in body


@pytest.mark.django_db
def test_a_module_unpublished_after_the_rest_were_done_still_lets_the_learner_finish(
    client, modules, learner
):
    client.force_login(learner)
    for module in modules[:-1]:
        complete(client, module)
    modules[-1].unpublish()
    # Issued when the module left the curriculum, not by the page that shows progress.
    assert Certificate.objects.filter(enrolment__user=learner).count() == 1
    assert "Completed on" in client.get("/my/").content.decode()


@pytest.mark.django_db
def test_a_module_deleted_after_the_rest_were_done_completes_the_curriculum(client, modules, learner):
    client.force_login(learner)
    for module in modules[:-1]:
        complete(client, module)
    modules[-1].delete()
    assert Certificate.objects.filter(enrolment__user=learner).count() == 1


@pytest.mark.django_db
def test_showing_progress_writes_nothing(client, modules, learner):
    from curricula.models import ModulePage

    client.force_login(learner)
    for module in modules[:-1]:
        complete(client, module)
    ModulePage.objects.filter(pk=modules[-1].pk).update(live=False)  # behind the signals' back
    assert client.get("/my/").status_code == 200
    assert client.get(modules[0].get_parent().url).status_code == 200
    assert not Certificate.objects.exists()


@pytest.mark.django_db
def test_handouts_and_outlines_leave_out_modules_the_visitor_may_not_open(client, curriculum, modules):
    PageViewRestriction.objects.create(page=modules[1], restriction_type=PageViewRestriction.LOGIN)
    assert client.get(f"{curriculum.url}handout/module-2/").status_code == 404
    body = client.get(f"{curriculum.url}handout/").content.decode()
    assert "Module 2 summary." not in body and "Module 3 summary." in body
    assert "Module 2" not in client.get(curriculum.url).content.decode()


@pytest.mark.django_db
def test_a_signed_in_person_sent_to_sign_in_by_a_group_only_page_is_told_they_lack_access(
    client, curriculum, learner
):
    from django.contrib.auth.models import Group

    restriction = PageViewRestriction.objects.create(
        page=curriculum, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Evaluators")])
    client.force_login(learner)
    response = client.get(curriculum.url, follow=True)
    assert response.status_code == 403
    assert "You do not have access to this page" in response.content.decode()
    assert len(response.redirect_chain) == 1


@pytest.mark.django_db
def test_videos_are_links_not_embedded_players(client, curriculum):
    import json

    module = curriculum.modules().first()
    video = {"url": "https://www.youtube.com/watch?v=abc", "title": "Trust on the wing", "caption": "c"}
    module.body = json.dumps([{"type": "video", "value": video}])
    module.save_revision().publish()
    body = client.get(module.url).content.decode()
    assert "<iframe" not in body
    assert 'href="https://www.youtube.com/watch?v=abc"' in body
    assert "Watch “Trust on the wing”" in body


@pytest.mark.django_db
def test_unpublishing_a_module_reads_only_the_enrolments_it_completes(
    client, modules, learner, make_user, django_assert_max_num_queries
):
    from curricula.services import enrol

    for number in range(30):  # learners who have done nothing yet
        enrol(user=make_user(f"reader{number}"), curriculum=modules[0].get_parent().specific)
    client.force_login(learner)
    for module in modules[:-1]:
        complete(client, module)
    with django_assert_max_num_queries(40):
        modules[-1].unpublish()
    assert Certificate.objects.filter(enrolment__user=learner).count() == 1
    assert Certificate.objects.count() == 1
