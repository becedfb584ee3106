"""Request and response rules that hold for every address of the site."""

from django.http import HttpResponseBadRequest
from django.utils.cache import patch_cache_control, patch_vary_headers

# Pages about a person (their learning, answers, cohorts, results and the evaluation data) are
# never stored by a proxy or a shared computer's browser, even when nobody is signed in yet.
PERSONAL_PATH_PREFIXES = ("/my/", "/participate/", "/join/", "/cohorts/", "/evaluation/", "/accounts/")
PARTICIPANT_SESSION_KEY = "participant_id"  # assessments.views.participate.SESSION_PARTICIPANT


FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _names_and_values(query_dict):
    for name, values in query_dict.lists():
        yield name
        yield from values


def _has_nul(texts) -> bool:
    return any("\x00" in text for text in texts)


class RejectNulBytesMiddleware:
    """A NUL byte in an address or a form is refused with 400 before any view sees it:
    PostgreSQL cannot store or compare NUL in text, so it would reach a query as a 500, and no
    honest browser sends one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or _has_nul(_names_and_values(request.GET)):
            return HttpResponseBadRequest("Bad request: the address contains a NUL character.\n")
        is_form = request.method == "POST" and request.content_type in FORM_CONTENT_TYPES
        if is_form and _has_nul(_names_and_values(request.POST)):
            return HttpResponseBadRequest("Bad request: the form contains a NUL character.\n")
        return self.get_response(request)


class PrivateResponsesMiddleware:
    """`Cache-Control: private, no-store` and `Vary: Cookie` on every response made for an
    identified person (signed in, or a participant of a session) and on the personal addresses,
    so that neither a proxy nor the browser of a shared computer keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self._is_personal(request):
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ("Cookie",))
        return response

    @staticmethod
    def _is_personal(request) -> bool:
        if request.path.startswith(PERSONAL_PATH_PREFIXES):
            return True
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return True
        session = getattr(request, "session", None)
        return session is not None and PARTICIPANT_SESSION_KEY in session
