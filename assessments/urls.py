from django.urls import path

from assessments.views import evaluation_overview

urlpatterns = [path("evaluation/", evaluation_overview, name="evaluation")]
