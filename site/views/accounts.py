from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import Group
from django.contrib.auth.views import LoginView
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from continuum import roles


class SignInView(LoginView):
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "self_registration": settings.ALLOW_SELF_REGISTRATION}


class RegistrationForm(UserCreationForm):
    first_name = forms.CharField(label=_("first name"), max_length=150)
    last_name = forms.CharField(label=_("last name"), max_length=150)
    email = forms.EmailField(label=_("e-mail address"), help_text=_("Used only to reset your password."))

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "first_name", "last_name", "email")


def register(request):
    """Self-registration, off unless ALLOW_SELF_REGISTRATION is set: new accounts are learners."""
    if not settings.ALLOW_SELF_REGISTRATION:
        raise Http404
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        user.groups.add(Group.objects.get(name=roles.LEARNERS))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("my_learning")
    return TemplateResponse(request, "registration/register.html", {"form": form})
