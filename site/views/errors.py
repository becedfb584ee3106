from django.http import HttpRequest, HttpResponseNotFound, HttpResponseServerError
from django.template import loader

from continuum.errors import FriendlyNotFound


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponseNotFound:
    """The 404 page; it shows the exception's message only when it was written for people."""
    message = str(exception.args[0]) if isinstance(exception, FriendlyNotFound) and exception.args else ""
    body = loader.render_to_string("404.html", {"exception_message": message}, request)
    return HttpResponseNotFound(body)


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponseServerError:
    """The 500 page, rendered without a request context so that it needs no database."""
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render())
