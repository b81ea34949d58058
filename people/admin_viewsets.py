"""The editing area's Groups and Users screens. A stale sign-in confirms itself
before a role is created, changed or deleted, and before an account is (the
before_*_user hooks in core/wagtail_hooks.py); every change to an account is
written to the access log with the fields it touched, never their values."""

from wagtail.users.views import groups, users

from people import services
from people.models import AccessLog
from people.security import require_recent_authentication


class ConfirmedSignInMixin:
    def run_before_hook(self):
        require_recent_authentication(self.request)
        return super().run_before_hook()


class GroupCreateView(ConfirmedSignInMixin, groups.CreateView):
    pass


class GroupEditView(ConfirmedSignInMixin, groups.EditView):
    pass


class GroupDeleteView(ConfirmedSignInMixin, groups.DeleteView):
    pass


class GroupViewSet(groups.GroupViewSet):
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView


def _account_change_record(view, user, fields) -> None:
    services.account_change_record(
        actor=view.request.user,
        subjects=[user],
        place=AccessLog.Place.USERS_SCREEN,
        fields=fields,
        path=view.request.path,
    )


class UserCreateView(users.CreateView):
    def save_instance(self):
        user = super().save_instance()
        _account_change_record(self, user, ["user (added)", *self.form.changed_data])
        return user


class UserEditView(users.EditView):
    def save_instance(self):
        user = super().save_instance()
        if self.form.changed_data:
            _account_change_record(self, user, self.form.changed_data)
        return user


class UserDeleteView(users.DeleteView):
    def delete_action(self):
        _account_change_record(self, self.object, ["user (deleted)"])
        super().delete_action()


class UserViewSet(users.UserViewSet):
    add_view_class = UserCreateView
    edit_view_class = UserEditView
    delete_view_class = UserDeleteView
