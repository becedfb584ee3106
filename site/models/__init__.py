from .accounts import AccountAdministration
from .home import HomePage
from .settings import SiteSettings
from .themes import Theme

__all__ = ["AccountAdministration", "HomePage", "SiteSettings", "Theme"]
