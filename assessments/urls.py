from django.urls import path

import continuum.url_converters  # noqa: F401  (registers <id:…>)
from assessments.views import cohorts, evaluation, participate

app_name = "assessments"

urlpatterns = [
    path("join/", participate.join, name="join"),
    path("participate/", participate.participate, name="participate"),
    path("participate/welcome/", participate.welcome, name="welcome"),
    path("participate/profile/", participate.profile, name="profile"),
    path("participate/leave/", participate.leave, name="leave"),
    path("participate/online/<id:curriculum_id>/", participate.online, name="online"),
    path("participate/mine/<id:participant_id>/", participate.resume_mine, name="resume_mine"),
    path("participate/<str:phase>/<slug:slug>/", participate.answer, name="answer"),
    path("cohorts/", cohorts.cohort_list, name="cohorts"),
    path("cohorts/new/", cohorts.cohort_form, name="cohort_new"),
    path("cohorts/<slug:slug>/", cohorts.cohort_detail, name="cohort"),
    path("cohorts/<slug:slug>/edit/", cohorts.cohort_form, name="cohort_edit"),
    path("cohorts/<slug:slug>/sheet/", cohorts.cohort_sheet, name="cohort_sheet"),
    path(
        "cohorts/<slug:slug>/participants/<id:participant_id>/remove/",
        cohorts.remove_participant,
        name="remove_participant",
    ),
    path("cohorts/<slug:slug>/phases/<str:phase>/", cohorts.set_phase, name="cohort_phase"),
    path(
        "cohorts/<slug:slug>/paper/<str:phase>/<slug:instrument_slug>/", cohorts.paper_form, name="paper_form"
    ),
    path(
        "cohorts/<slug:slug>/enter/<str:phase>/<slug:instrument_slug>/", cohorts.bulk_entry, name="bulk_entry"
    ),
    path("cohorts/<slug:slug>/import/", cohorts.import_view, name="cohort_import"),
    path("cohorts/<slug:slug>/results.csv", cohorts.export_view, name="cohort_export"),
    path("evaluation/", evaluation.evaluation_overview, name="evaluation"),
    path("evaluation/curricula/<slug:slug>/", evaluation.curriculum_report, name="evaluation_curriculum"),
    path(
        "evaluation/curricula/<slug:slug>.json",
        evaluation.curriculum_report_json,
        name="evaluation_curriculum_json",
    ),
    path("evaluation/curricula/<slug:slug>/export.<str:what>", evaluation.export, name="evaluation_export"),
    path("evaluation/cohorts/<slug:slug>/", evaluation.cohort_report, name="evaluation_cohort"),
    path("evaluation/cohorts/<slug:slug>.json", evaluation.cohort_report_json, name="evaluation_cohort_json"),
]
