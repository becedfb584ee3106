from django.urls import path, register_converter

from curricula import views


class PageIdConverter:
    """Page ids of up to 12 digits: longer numbers overflow SQLite's integers and cannot exist."""

    regex = "[0-9]{1,12}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(PageIdConverter, "page_id")

urlpatterns = [
    path("my/", views.my_learning, name="my_learning"),
    path("my/certificates/<str:code>/", views.certificate_view, name="certificate"),
    path("curricula-actions/enrol/<page_id:page_id>/", views.enrol_view, name="enrol"),
    path("curricula-actions/complete/<page_id:page_id>/", views.complete_view, name="complete_module"),
    path("certificates/", views.verify_form, name="verify_certificate_form"),
    path("certificates/<str:code>/", views.verify_certificate, name="verify_certificate"),
]
