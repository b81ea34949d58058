"""What happens when the L&D review workflow approves a page."""


def publish_approved(workflow_state, user=None):
    """Publish the approved revision.

    The approval is the permission: the reviewer is an L&D author who, by design,
    cannot publish alone, so Wagtail's own publish-permission check would refuse.
    Only a finished workflow (every task approved, by someone other than the
    submitter) reaches this function.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
