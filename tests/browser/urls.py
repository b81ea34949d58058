"""The site's addresses, and its uploads served as the development server
serves them (config/urls.py does so only with DEBUG on): browser tests load the
course covers, and a missing one would fail them."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as site_urlpatterns


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", media), *site_urlpatterns]
