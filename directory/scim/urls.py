"""/scim/v2/ (config/urls.py). Names and paths as RFC 7644 §3.2 gives them,
with or without a trailing slash."""

from django.urls import re_path

from directory.scim import views

app_name = "scim"

urlpatterns = [
    re_path(r"^$", views.root, name="root"),
    re_path(r"^ServiceProviderConfig/?$", views.service_provider_config, name="config"),
    re_path(r"^ResourceTypes/?$", views.resource_types, name="resource_types"),
    re_path(r"^ResourceTypes/(?P<name>[^/]+)/?$", views.resource_type, name="resource_type"),
    re_path(r"^Schemas/?$", views.schema_list, name="schemas"),
    re_path(r"^Schemas/(?P<urn>[^/]+)/?$", views.schema_detail, name="schema"),
    re_path(r"^Users/?$", views.user_list, name="users"),
    re_path(r"^Users/(?P<scim_id>[^/]+)/?$", views.user_detail, name="user"),
    re_path(r"^Groups/?$", views.group_list, name="groups"),
    re_path(r"^Groups/(?P<scim_id>[^/]+)/?$", views.group_detail, name="group"),
]
