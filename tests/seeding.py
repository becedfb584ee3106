"""What the migrations seed, made again for tests whose database a transactional test flushed."""

from django.apps import apps

from continuum import roles


def ensure_vocabularies() -> None:
    """Themes, audiences and the practice vocabularies; a no-op where they exist."""
    from continuum.models import Theme
    from continuum.vocabulary import ensure_themes
    from curricula.models import Audience
    from curricula.vocabulary import ensure_audiences
    from practices.vocabulary import ensure_practice_terms

    ensure_themes(Theme)
    ensure_audiences(Audience)
    ensure_practice_terms()


def ensure_roles() -> None:
    """The role groups with exactly their permissions."""
    roles.ensure_permissions_exist(apps)
    roles.sync_roles(apps)
