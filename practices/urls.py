from django.urls import path

from practices.views import my_submissions

urlpatterns = [path("my/submissions/", my_submissions, name="my_submissions")]
