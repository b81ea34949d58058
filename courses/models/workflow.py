from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class SecondAuthorApprovalTask(AbstractGroupApprovalTask):
    """Approval by a member of the chosen groups who is not the one who submitted.

    The "L&D review" workflow uses it so that no author publishes a course alone.
    """

    @staticmethod
    def _requester_id(obj):
        state = getattr(obj, "current_workflow_state", None)
        return state.requested_by_id if state is not None else None

    def get_actions(self, obj, user):
        if self._requester_id(obj) == user.pk:
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if user is not None and task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied(_("Someone other than the submitter must review this."))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("A member of the chosen groups, other than the person who submitted, approves.")

    class Meta:
        verbose_name = _("second-author approval task")
        verbose_name_plural = _("second-author approval tasks")
