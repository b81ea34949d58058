"""The certificate as a one-page PDF, drawn with reportlab."""

import io

from django.utils import formats
from django.utils.translation import gettext as _
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

BRAND = HexColor("#0b5a6b")
INK = HexColor("#1b1f24")
MUTED = HexColor("#4a5360")


REGULAR, BOLD = "Vera", "VeraBd"


def _register_fonts() -> None:
    # Bitstream Vera ships with reportlab; as an embedded TrueType font it draws
    # the accented letters of English, Spanish and French names.
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, "Vera.ttf"))
        pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))


def certificate_pdf(*, certificate, verify_url: str, course_title: str | None = None) -> io.BytesIO:
    """The PDF in the active language; ``course_title`` is the course's name in it."""
    course_title = course_title or certificate.course_title
    _register_fonts()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(_("Certificate of completion: %(course)s") % {"course": course_title})
    pdf.setAuthor("Human Edge Academy")
    pdf.setSubject(certificate.code)

    pdf.setStrokeColor(BRAND)
    pdf.setLineWidth(4)
    pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    pdf.setLineWidth(1)
    pdf.rect(16 * mm, 16 * mm, width - 32 * mm, height - 32 * mm)

    centre = width / 2
    pdf.setFillColor(BRAND)
    pdf.setFont(BOLD, 16)
    pdf.drawCentredString(centre, height - 45 * mm, "Human Edge Academy")

    pdf.setFillColor(INK)
    pdf.setFont(REGULAR, 30)
    pdf.drawCentredString(centre, height - 70 * mm, _("Certificate of completion"))

    pdf.setFont(REGULAR, 14)
    pdf.setFillColor(MUTED)
    pdf.drawCentredString(centre, height - 88 * mm, _("This certifies that"))
    pdf.setFillColor(INK)
    pdf.setFont(BOLD, 26)
    pdf.drawCentredString(centre, height - 103 * mm, certificate.learner_name)

    pdf.setFont(REGULAR, 14)
    pdf.setFillColor(MUTED)
    pdf.drawCentredString(centre, height - 118 * mm, _("has completed the course"))
    pdf.setFillColor(INK)
    pdf.setFont(BOLD, 20)
    pdf.drawCentredString(centre, height - 132 * mm, course_title)

    pdf.setFont(REGULAR, 12)
    pdf.setFillColor(MUTED)
    issued = formats.date_format(certificate.issued_at, "DATE_FORMAT")
    pdf.drawCentredString(centre, height - 148 * mm, _("Issued on %(date)s") % {"date": issued})
    pdf.setFont(REGULAR, 10)
    pdf.drawCentredString(
        centre,
        30 * mm,
        _("Verification code %(code)s · check it at %(url)s")
        % {"code": certificate.code, "url": verify_url},
    )
    pdf.showPage()
    pdf.save()
    buffer.seek(0)
    return buffer
