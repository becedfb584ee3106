from django.conf import settings
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from continuum.views.accounts import SignInView, create_learner, register
from continuum.views.health import healthz, readyz
from continuum.views.media import serve_image
from continuum.views.search import search
from continuum.views.themes import theme_detail, theme_list

handler404 = "continuum.views.errors.page_not_found"
handler500 = "continuum.views.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # Before Wagtail's admin: the views of it that would show drafts to people who may not edit them.
    path("admin/", include("continuum.admin_visibility")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("themes/", theme_list, name="theme_list"),
    path("themes/<slug:slug>/", theme_detail, name="theme_detail"),
    path("accounts/login/", SignInView.as_view(), name="login"),
    path("accounts/register/", register, name="register"),
    path("accounts/learners/new/", create_learner, name="create_learner"),
    path("accounts/two-factor/", include("continuum.two_factor.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("curricula.urls")),
    path("", include("practices.urls")),
    path("", include("assessments.urls")),
]

if settings.MEDIA_URL.startswith("/"):  # served here unless MEDIA_URL names another host
    urlpatterns += [path(f"{settings.MEDIA_URL.lstrip('/')}<path:path>", serve_image, name="media_image")]

# Wagtail's page tree serves everything else, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]
