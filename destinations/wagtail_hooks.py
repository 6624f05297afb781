from wagtail import hooks
from wagtail.snippets.models import register_snippet

from destinations.viewsets import DestinationAdminGroup, RegionVocabularyGroup

register_snippet(RegionVocabularyGroup)


@hooks.register("register_admin_viewset")
def register_destination_viewsets():
    return DestinationAdminGroup()
