"""Model fields shared by the apps."""

from wagtail.fields import StreamField as WagtailStreamField


class StreamField(WagtailStreamField):
    """Wagtail's StreamField, without its block definitions in migrations.

    The blocks are how the admin edits a field's JSON, not the database's schema: left in, every
    change to a block's label or help text writes the whole tree into a new migration (the largest
    repetition in the project). Migrations that need the blocks to change data import them from
    the app instead. As torchbox/torchbox.com does."""

    def deconstruct(self):
        name, _path, _args, kwargs = super().deconstruct()
        # What Wagtail's own field deconstructs to when it has no blocks, so that the state in
        # the migrations compares equal to the model.
        return name, "wagtail.fields.StreamField", [[]], {**kwargs, "block_lookup": {}}
