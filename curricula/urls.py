from django.urls import path

from curricula.views import my_learning

urlpatterns = [path("my/", my_learning, name="my_learning")]
