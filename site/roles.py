"""The site's roles: which group may do what.

Each group's permissions are declared here, once, and applied by `sync_roles`, which the data
migrations and `seed_demo` call. It takes an `apps` registry so that it runs both inside a
migration (historical models) and in ordinary code. Later issues add to these tables and ship a
migration that calls `sync_roles` again. The README's "Who can do what" table mirrors this file.
"""

from collections.abc import Mapping

LEARNERS = "Learners"
TRAINERS = "Trainers"
CURRICULUM_LEADS = "Curriculum leads"
PRACTICE_MODERATORS = "Practice moderators"
EVALUATORS = "Evaluators"
REGIONAL_OFFICIALS = "Regional officials"

ALL_ROLES = (
    LEARNERS,
    TRAINERS,
    CURRICULUM_LEADS,
    PRACTICE_MODERATORS,
    EVALUATORS,
    REGIONAL_OFFICIALS,
)

_EDIT_THEMES = ("continuum.add_theme", "continuum.change_theme")

# Model permissions, as "app_label.codename".
_FACILITATE = ("curricula.view_facilitator_notes",)
_CREATE_LEARNERS = ("continuum.create_learner_accounts",)
_EDIT_PRACTICE_VOCABULARIES = (
    "practices.change_continuumstage",
    "practices.add_actortype",
    "practices.change_actortype",
    "practices.add_targetgroup",
    "practices.change_targetgroup",
)

# Instruments and evaluation plans are edited in the Wagtail admin; cohorts are run on the site.
_RUN_ASSESSMENTS = (
    "assessments.add_instrument",
    "assessments.change_instrument",
    "assessments.view_instrument",
    "assessments.add_evaluationplan",
    "assessments.change_evaluationplan",
    "assessments.view_evaluationplan",
    "assessments.add_cohort",
)

MODEL_PERMISSIONS: Mapping[str, tuple[str, ...]] = {
    LEARNERS: (),
    TRAINERS: ("wagtailadmin.access_admin", *_FACILITATE, *_CREATE_LEARNERS, *_RUN_ASSESSMENTS),
    CURRICULUM_LEADS: (
        "wagtailadmin.access_admin",
        *_EDIT_THEMES,
        *_FACILITATE,
        *_CREATE_LEARNERS,
        *_RUN_ASSESSMENTS,
    ),
    PRACTICE_MODERATORS: ("wagtailadmin.access_admin", *_EDIT_THEMES, *_EDIT_PRACTICE_VOCABULARIES),
    EVALUATORS: ("assessments.view_evaluation",),
    REGIONAL_OFFICIALS: (),
}

# Permissions on the root collection of images and documents, as "app_label.codename".
_USE_MEDIA = (
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
)
_MANAGE_MEDIA = (*_USE_MEDIA, "wagtailimages.change_image", "wagtaildocs.change_document")
COLLECTION_PERMISSIONS: Mapping[str, tuple[str, ...]] = {
    TRAINERS: _USE_MEDIA,
    CURRICULUM_LEADS: _MANAGE_MEDIA,
    PRACTICE_MODERATORS: _MANAGE_MEDIA,
}


def _permissions(permission_model, dotted_names) -> list:
    """The permissions that exist now. An early migration runs before later apps' models exist;
    the migration that adds those models calls `sync_roles` again and grants the rest."""
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        permission = permission_model.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


def sync_roles(apps) -> None:
    """Create the groups and give each exactly the permissions declared above."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    collection_model = apps.get_model("wagtailcore", "Collection")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = collection_model.objects.filter(depth=1).first()

    for name in ALL_ROLES:
        group, _created = group_model.objects.get_or_create(name=name)
        group.permissions.set(_permissions(permission_model, MODEL_PERMISSIONS[name]))
        if root_collection is None:
            continue
        wanted = {
            permission.pk
            for permission in _permissions(permission_model, COLLECTION_PERMISSIONS.get(name, ()))
        }
        existing = collection_permission_model.objects.filter(group=group, collection=root_collection)
        existing.exclude(permission_id__in=wanted).delete()
        have = set(existing.values_list("permission_id", flat=True))
        collection_permission_model.objects.bulk_create(
            collection_permission_model(group=group, collection=root_collection, permission_id=pk)
            for pk in wanted - have
        )


def ensure_permissions_exist(apps) -> None:
    """Create every model's permissions now; Django would otherwise wait for post_migrate."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # Historical app configs have no models_module, which create_permissions would skip.
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = original
