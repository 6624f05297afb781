"""Per-site settings that each tourist office edits for its own portal only (GroupSitePermission)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class TouristOfficeSettings(BaseSiteSetting):
    office_name = models.CharField(_("tourist office name"), max_length=160, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram account"), blank=True)

    panels = [
        FieldPanel("office_name"),
        MultiFieldPanel([FieldPanel("street_address"), FieldPanel("postal_code"), FieldPanel("city")], _("Address")),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], _("Contact")),
        MultiFieldPanel([FieldPanel("facebook_url"), FieldPanel("instagram_url")], _("Social networks")),
    ]

    class Meta:
        verbose_name = _("tourist office")
