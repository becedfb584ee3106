"""Uploaded images from MEDIA_ROOT, for a deployment on one machine.

Only images are served from /media/: Wagtail images have no privacy settings, while documents
can be restricted to signed-in people or groups, so documents are only ever served through
Wagtail's permission-checked /documents/<id>/<name> view and never as plain files. A larger
deployment lets the web server in front, or object storage, serve the images (README)."""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.static import serve

# Wagtail's folders for originals and renditions (wagtail.images.models).
IMAGE_FOLDERS = ("original_images/", "images/")
IMAGE_MAX_AGE = 24 * 60 * 60  # a rendition's name is reused when its image is replaced


@require_safe
def serve_image(request, path: str):
    path = posixpath.normpath(path).lstrip("/")  # as serve() reads it: no way out via "images/../"
    if not path.startswith(IMAGE_FOLDERS):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=IMAGE_MAX_AGE)
    return response
