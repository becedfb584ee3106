from django.http import HttpRequest, HttpResponseServerError
from django.template import loader


def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponseServerError:
    """The 500 page, rendered without a request context so that it needs no database."""
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render())
