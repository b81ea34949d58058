from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def admin_init_script():
    # Starts what Wagtail starts with inline scripts, which the CSP refuses.
    return format_html('<script src="{}"></script>', static("core/admin-init.js"))
