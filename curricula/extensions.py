"""Places where other apps add to curricula's pages, without curricula importing them.

Apps register functions with `wagtail.hooks` under these names; each returns HTML (already
escaped, e.g. from `render_to_string`) or an empty string:

- `curriculum_page_panels`: fn(request, curriculum) → shown on a curriculum's page;
- `my_learning_sections`: fn(request) → shown on /my/.

To hold learners back from a module, use Wagtail's own `before_serve_page` hook.
"""

from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks


def render_hook(name: str, *args) -> list[SafeString]:
    return [mark_safe(html) for fn in hooks.get_hooks(name) if (html := fn(*args))]  # noqa: S308 (rendered templates)
