from .home import HomePage
from .settings import SiteSettings
from .themes import Theme

__all__ = ["HomePage", "SiteSettings", "Theme"]
