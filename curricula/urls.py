from django.urls import path

import continuum.url_converters  # noqa: F401  (registers <id:…>)
from curricula import views

urlpatterns = [
    path("my/", views.my_learning, name="my_learning"),
    path("my/certificates/<str:code>/", views.certificate_view, name="certificate"),
    path("curricula-actions/enrol/<id:page_id>/", views.enrol_view, name="enrol"),
    path("curricula-actions/complete/<id:page_id>/", views.complete_view, name="complete_module"),
    path("certificates/", views.verify_form, name="verify_certificate_form"),
    path("certificates/<str:code>/", views.verify_certificate, name="verify_certificate"),
]
