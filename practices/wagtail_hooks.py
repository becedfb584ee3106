from wagtail.snippets.models import register_snippet

from practices.viewsets import PracticeVocabularies

register_snippet(PracticeVocabularies)
