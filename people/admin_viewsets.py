"""The editing area's Groups screens (a group is a role), asking a stale sign-in
to confirm itself before a role is created, changed or deleted."""

from wagtail.users.views import groups

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
