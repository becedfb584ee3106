from django.urls import path

from curricula import views

urlpatterns = [
    path("my/", views.my_learning, name="my_learning"),
    path("my/certificates/<str:code>/", views.certificate_view, name="certificate"),
    path("curricula-actions/enrol/<int:page_id>/", views.enrol_view, name="enrol"),
    path("curricula-actions/complete/<int:page_id>/", views.complete_view, name="complete_module"),
    path("certificates/", views.verify_form, name="verify_certificate_form"),
    path("certificates/<str:code>/", views.verify_certificate, name="verify_certificate"),
]
