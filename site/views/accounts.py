from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.forms import PasswordResetForm, UserCreationForm
from django.contrib.auth.models import Group
from django.contrib.auth.views import LoginView
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.crypto import get_random_string
from django.utils.translation import gettext_lazy as _

from continuum import roles
from continuum.forms import TypedTextField


class SignInView(LoginView):
    """Django's sign-in in the site's style. Someone already signed in who is sent here (by a page
    restricted to a group they are not in) is told they lack access, instead of being bounced
    back to the page in a loop."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            if self.get_redirect_url():
                return TemplateResponse(request, "403.html", status=403)
            return redirect(settings.LOGIN_REDIRECT_URL)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "self_registration": settings.ALLOW_SELF_REGISTRATION}


class RegistrationForm(UserCreationForm):
    first_name = TypedTextField(label=_("first name"), max_length=150)
    last_name = TypedTextField(label=_("last name"), max_length=150)
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


TEMPORARY_PASSWORD_LENGTH = 12
UNAMBIGUOUS_CHARACTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"


class LearnerAccountForm(forms.Form):
    first_name = TypedTextField(label=_("first name"), max_length=150)
    last_name = TypedTextField(label=_("last name"), max_length=150)
    username = forms.CharField(
        label=_("username"),
        max_length=150,
        validators=[get_user_model().username_validator],
        help_text=_("Letters, digits and @ . + - _ only. The learner signs in with it."),
    )
    email = forms.EmailField(
        label=_("e-mail address"),
        required=False,
        help_text=_(
            "If given, the learner gets a link to choose a password; otherwise you get a temporary one."
        ),
    )

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This username is taken; choose another."))
        return username


@login_required
@permission_required("continuum.create_learner_accounts", raise_exception=True)
def create_learner(request):
    """Trainers create accounts for the prison and probation staff they train.

    With an e-mail address the learner is sent a link to choose a password; without one, the
    trainer is shown a temporary password once, to hand over on paper.
    """
    form = LearnerAccountForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(request, "registration/create_learner.html", {"form": form})
    data = form.cleaned_data
    temporary_password = get_random_string(TEMPORARY_PASSWORD_LENGTH, UNAMBIGUOUS_CHARACTERS)
    user = get_user_model().objects.create_user(
        username=data["username"],
        email=data["email"],
        first_name=data["first_name"],
        last_name=data["last_name"],
        password=temporary_password,
    )
    user.groups.add(Group.objects.get(name=roles.LEARNERS))
    if data["email"]:
        reset = PasswordResetForm({"email": data["email"]})
        reset.is_valid()  # the address was validated above
        reset.save(request=request, use_https=request.is_secure())
        temporary_password = None
    context = {"created": user, "temporary_password": temporary_password, "form": LearnerAccountForm()}
    return TemplateResponse(request, "registration/create_learner.html", context)
