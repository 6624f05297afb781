"""Admin forms: provisioning a destination in one step."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from destinations.models import Brand

hostname_validator = RegexValidator(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$",
    _("Enter a host name such as camargue.example.org (lowercase, no scheme, no path)."),
)


class DestinationCreateForm(WagtailAdminModelForm):
    """Creates the Destination row and, through the provisioning service, its Site, home, media and groups."""

    hostname = forms.CharField(label=_("host name"), max_length=253, validators=[hostname_validator])
    port = forms.IntegerField(label=_("port"), min_value=1, max_value=65535, initial=80)
    languages = forms.MultipleChoiceField(
        label=_("published languages"),
        choices=settings.LANGUAGES,
        initial=[code for code, _name in settings.LANGUAGES],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "brand" in self.fields:
            self.fields["brand"].queryset = Brand.objects.filter(locale__language_code=settings.LANGUAGE_CODE)

    def clean_languages(self):
        languages = self.cleaned_data["languages"]
        if settings.LANGUAGE_CODE not in languages:
            raise forms.ValidationError(_("French is the source language and must be published."))
        return languages
