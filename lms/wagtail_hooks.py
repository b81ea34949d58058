from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from people.security import require_recent_authentication


@hooks.register("insert_global_admin_js")
def admin_init_script():
    # Starts what Wagtail starts with inline scripts, which the CSP refuses.
    return format_html('<script src="{}"></script>', static("lms/admin-init.js"))


# Changing who someone is or what role they have asks for the password (or
# the second factor) again when the last sign-in is more than a few minutes old.
@hooks.register("before_create_user")
@hooks.register("before_edit_user")
@hooks.register("before_delete_user")
def reauthenticate_before_account_changes(request, user=None):
    require_recent_authentication(request)
