"""The Django admin's screens for parts of a person's account.

The Django admin is for Celery beat schedules; accounts and roles are managed
in the editing area. What the libraries register there about a person (their
e-mail addresses, their second factors) stays, under two rules that hold for
every account model registered in the Django admin (AccountAdminMixin):

- any change (a form saved, an object added or deleted, an action run) asks a
  sign-in older than ACCOUNT_REAUTHENTICATION_TIMEOUT to confirm itself first,
  and allauth then replays the request;
- each change is written to the access log (people.AccessLog): who, whose
  account, which fields (never their values), and where.

Authenticators are shown read-only and without their data: their secrets
never appear in a page.
"""

from allauth.account.admin import EmailAddressAdmin
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.admin import SocialAccountAdmin
from allauth.socialaccount.models import SocialAccount
from django.contrib import admin
from django.contrib.auth import get_user_model

from people import services
from people.models import AccessLog
from people.security import reauthentication_required

CHANGED_FIELDS_ATTRIBUTE = "_account_changed_fields"


def _names_from_message(message) -> list[str]:
    """Field names from the change message the Django admin logs (labels)."""
    names = []
    for part in message if isinstance(message, list) else []:
        for kind, detail in part.items():
            names.extend(detail.get("fields", []))
            if kind in ("added", "deleted") and detail.get("name"):
                names.append(f"{detail['name']} ({kind})")
    return names


class AccountAdminMixin:
    """For a ModelAdmin of the user model or of a model with a ``user`` field:
    every POST asks for a recent sign-in, every logged change is audited."""

    # Actions other than these are not offered: each one here must be audited.
    audited_actions: tuple[str, ...] = ("delete_selected",)

    def get_urls(self):
        urls = super().get_urls()
        for pattern in urls:
            pattern.callback = reauthentication_required(pattern.callback)
        return urls

    def get_actions(self, request):
        actions = super().get_actions(request)
        return {name: action for name, action in actions.items() if name in self.audited_actions}

    # Whose account an object belongs to.
    def account_ids(self, obj) -> set:
        if isinstance(obj, get_user_model()):
            return {obj.pk}
        return {obj.user_id}

    def save_model(self, request, obj, form, change):
        # The form's own field names, and the previous owner when the object
        # is moved to another person's account.
        setattr(request, CHANGED_FIELDS_ATTRIBUTE, list(form.changed_data))
        super().save_model(request, obj, form, change)
        previous = form.initial.get("user")
        if change and "user" in form.changed_data and previous:
            self.account_change_record(request, {previous}, ["user"])

    def account_change_record(self, request, account_ids, fields, *, suffix=""):
        model_name = self.model._meta.model_name
        names = [f"{model_name}.{name}" for name in fields]
        if suffix:
            names.insert(0, f"{model_name} ({suffix})")
        services.account_change_record(
            actor=request.user,
            subjects=account_ids,
            place=AccessLog.Place.DJANGO_ADMIN,
            fields=names,
            path=request.path,
        )

    def _fields(self, request, message):
        stashed = getattr(request, CHANGED_FIELDS_ATTRIBUTE, None)
        return stashed if stashed is not None else _names_from_message(message)

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        self.account_change_record(
            request, self.account_ids(obj), self._fields(request, message), suffix="added"
        )
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        self.account_change_record(request, self.account_ids(obj), self._fields(request, message))
        return entry

    def log_deletions(self, request, queryset):
        account_ids = set()
        for obj in queryset:
            account_ids |= self.account_ids(obj)
        entries = super().log_deletions(request, queryset)
        self.account_change_record(request, account_ids, [], suffix="deleted")
        return entries


class AccountEmailAddressAdmin(AccountAdminMixin, EmailAddressAdmin):
    audited_actions = ("delete_selected", "make_verified")

    def make_verified(self, request, queryset):
        account_ids = set(queryset.filter(verified=False).values_list("user_id", flat=True))
        super().make_verified(request, queryset)
        if account_ids:
            self.account_change_record(request, account_ids, ["verified"])

    make_verified.short_description = EmailAddressAdmin.make_verified.short_description


class ReadOnlyAuthenticatorAdmin(AccountAdminMixin, admin.ModelAdmin):
    """Which second factors a person has and when they were used; never their
    secrets, and nothing can be changed here."""

    list_display = ("user", "type", "created_at", "last_used_at")
    list_filter = ("type", "created_at", "last_used_at")
    fields = ("user", "type", "created_at", "last_used_at")
    readonly_fields = fields
    audited_actions = ()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AccountSocialAccountAdmin(AccountAdminMixin, SocialAccountAdmin):
    """Which identity providers' accounts (single sign-on) a person's account is
    linked to."""


ACCOUNT_ADMINS = {
    EmailAddress: AccountEmailAddressAdmin,
    Authenticator: ReadOnlyAuthenticatorAdmin,
    SocialAccount: AccountSocialAccountAdmin,
}


def account_admins_install(site: admin.AdminSite) -> None:
    """Replace the libraries' Django-admin screens of account models by the
    ones above. Called from config/urls.py, after the admin has loaded them."""
    for model, model_admin in ACCOUNT_ADMINS.items():
        if site.is_registered(model):
            site.unregister(model)
        site.register(model, model_admin)
