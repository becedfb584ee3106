"""Uploaded files: images are served from /media/, documents only through Wagtail's view, which
applies their collection's privacy."""

import gc
import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db


def _png() -> ImageFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), "#336699").save(buffer, "PNG")
    return ImageFile(buffer, name="prison-yard.png")


@pytest.fixture
def image(home_page):
    return get_image_model().objects.create(title="Yard", file=_png())


@pytest.fixture
def restricted_document(home_page):
    collection = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Risk assessment notes",
        collection=collection,
        file=ContentFile(b"%PDF-1.4 confidential", name="risk-notes.pdf"),
    )


# Wagtail leaves the temporary file a rendition was made in to the garbage collector: collected
# here, under this filter, rather than as a warning in whichever test runs next.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_image_rendition_and_its_original_are_served(client, image):
    rendition = image.get_rendition("fill-32x24")
    gc.collect()
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"]
    response.close()
    original = client.get(image.file.url)
    assert original.status_code == 200
    original.close()


def test_a_restricted_document_is_never_served_as_a_plain_file(client, restricted_document):
    assert restricted_document.file.url.startswith("/media/documents/")
    assert client.get(restricted_document.file.url).status_code == 404
    # Nor by climbing out of the images folder.
    name = restricted_document.file.name.split("/")[-1]
    assert client.get(f"/media/images/../documents/{name}").status_code == 404


def test_a_restricted_document_asks_for_sign_in_through_wagtails_view(client, restricted_document, learner):
    response = client.get(restricted_document.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    client.force_login(learner)
    response = client.get(restricted_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 confidential"
    response.close()


def test_no_other_file_under_media_is_served(client, settings):
    (settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / "secret.txt").write_text("not for anyone")
    assert client.get("/media/secret.txt").status_code == 404
