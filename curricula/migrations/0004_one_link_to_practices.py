"""One link between curricula and practices: a curriculum's "related practices" become the
practices' "curricula that teach this" (practices.PracticeCurriculum), then the table goes."""

from django.db import migrations


def move_links_to_the_practices(apps, schema_editor):
    related = apps.get_model("curricula", "CurriculumRelatedPractice")
    practice_model = apps.get_model("practices", "PracticePage")
    link = apps.get_model("practices", "PracticeCurriculum")
    practices = set(practice_model.objects.values_list("pk", flat=True))
    existing = set(link.objects.values_list("practice_id", "curriculum_id"))
    next_order = {}
    for row in related.objects.order_by("curriculum_id", "sort_order", "pk"):
        key = (row.practice_id, row.curriculum_id)
        if row.practice_id not in practices or key in existing:
            continue  # a page that is not a practice, or a link the practice already makes
        if row.practice_id not in next_order:
            orders = link.objects.filter(practice_id=row.practice_id).values_list("sort_order", flat=True)
            next_order[row.practice_id] = max((o for o in orders if o is not None), default=-1) + 1
        link.objects.create(
            practice_id=row.practice_id, curriculum_id=row.curriculum_id, sort_order=next_order[row.practice_id]
        )
        next_order[row.practice_id] += 1
        existing.add(key)


class Migration(migrations.Migration):
    dependencies = [
        ("curricula", "0003_streamfield_blocks_out_of_migrations"),
        ("practices", "0004_continuum_stage"),
    ]

    operations = [
        migrations.RunPython(move_links_to_the_practices, migrations.RunPython.noop),
        migrations.DeleteModel(name="CurriculumRelatedPractice"),
    ]
