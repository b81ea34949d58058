"""The editing area's access log of individual data, for superusers (erasure is
in privacy/admin_views.py)."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, MultipleUserFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column

from core.listings import DashColumn, DateTimeColumn, SafeReportView, users_who_appear
from people import selectors
from people.models import AccessLog


def _person_shown(user, user_id) -> str:
    """A person in the access log: their e-mail address, or their id once erased."""
    if user is not None and not user.erased_at:
        return user.email
    return _("Person %(id)s") % {"id": user_id}


def access_log_who(entry: AccessLog) -> str:
    if entry.actor_id is None:
        return _("Command line")
    return _person_shown(entry.actor, entry.actor_id)


def access_log_whose(entry: AccessLog) -> str:
    return _person_shown(entry.subject, entry.subject_id)


def access_log_what(entry: AccessLog) -> str:
    if entry.changed_fields:
        return f"{entry.get_action_display()}: {', '.join(entry.changed_fields)}"
    return entry.get_action_display()


def access_log_where(entry: AccessLog) -> str:
    if entry.path:
        return f"{entry.get_place_display()} {entry.path}"
    return entry.get_place_display()


class WhatColumn(Column):
    cell_template_name = "people/admin/cells/what.html"


class WhereColumn(Column):
    cell_template_name = "people/admin/cells/where.html"


class AccessLogFilterSet(WagtailFilterSet):
    person = django_filters.CharFilter(
        label=gettext_lazy("Whose data (e-mail address, employee id or id)"),
        method="filter_person",
    )
    at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("When"), widget=DateRangePickerWidget
    )
    actor = MultipleUserFilter(
        label=gettext_lazy("Who"),
        widget=forms.CheckboxSelectMultiple,
        queryset=lambda request: users_who_appear(AccessLog, "actor"),
    )
    action = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("What"),
        choices=AccessLog.Action.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    place = django_filters.MultipleChoiceFilter(
        label=gettext_lazy("Where"),
        choices=AccessLog.Place.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = AccessLog
        fields = ["person", "at", "actor", "action", "place"]

    def filter_person(self, queryset, name, value):
        query = value.strip()
        if not query:
            return queryset
        person = (
            get_user_model().objects.filter(pk=int(query)).first()
            if query.isdigit()
            else selectors.person_find(email=query) or selectors.person_find(employee_id=query)
        )
        self.person_not_found = person is None
        return queryset.filter(subject=person) if person else queryset.none()


class AccessLogView(SafeReportView):
    """Who viewed whose individual data, downloads, erasures and account
    changes; read-only, superusers only (the viewset)."""

    page_title = gettext_lazy("Access log")
    header_icon = "view"
    filterset_class = AccessLogFilterSet
    template_name = "people/admin/access_log.html"
    results_template_name = "people/admin/access_log_results.html"
    verbose_name_plural = gettext_lazy("access log entries")
    columns = [
        DateTimeColumn("at", label=gettext_lazy("When")),
        Column("who", label=gettext_lazy("Who"), accessor=access_log_who),
        WhatColumn("what", label=gettext_lazy("What"), accessor=access_log_what),
        Column("whose", label=gettext_lazy("Whose data"), accessor=access_log_whose),
        WhereColumn("where", label=gettext_lazy("Where"), accessor=access_log_where),
        DashColumn("count", label=gettext_lazy("Items")),
    ]
    list_export = ["at", "who", "what", "whose", "where", "count"]
    export_headings = {
        "at": gettext_lazy("When"),
        "who": gettext_lazy("Who"),
        "what": gettext_lazy("What"),
        "whose": gettext_lazy("Whose data"),
        "where": gettext_lazy("Where"),
        "count": gettext_lazy("Items"),
    }
    export_filename = "access-log"

    def get_queryset(self):
        return selectors.access_log_list()

    def to_row_dict(self, item):
        return {
            "at": item.at,
            "who": access_log_who(item),
            "what": access_log_what(item),
            "whose": access_log_whose(item),
            "where": access_log_where(item),
            "count": item.count,
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["person_not_found"] = getattr(self.filters, "person_not_found", False)
        return context
