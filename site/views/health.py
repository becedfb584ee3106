import logging

from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers: answers without touching the database or the session."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


logger = logging.getLogger(__name__)


@never_cache
@require_safe
def readyz(request: HttpRequest) -> HttpResponse:
    """Readiness for load balancers: 503 while the database cannot be reached, so that traffic
    goes to another instance instead of to error pages."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Readiness check: the database cannot be reached")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain; charset=utf-8")
    return HttpResponse("ready\n", content_type="text/plain; charset=utf-8")
