"""The credential baked into a badge image (Open Badges 3.0 baking).

The image is a PNG drawn with Pillow; the credential's JSON is carried in an
``iTXt`` chunk with the keyword ``openbadgecredential``, uncompressed, so that a
badge dropped into any Open Badges 3.0 tool carries its own proof.
"""

import io
import textwrap
from pathlib import Path

import reportlab
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin, UnidentifiedImageError

KEYWORD = "openbadgecredential"
SIZE = 600
#: Uploaded badges larger than this are refused before their pixels are read.
MAX_PIXELS = 4096 * 4096
BRAND = (11, 90, 107)
TINT = (230, 242, 244)
WHITE = (255, 255, 255)
# Bitstream Vera, which ships with reportlab and draws the PDF certificate: it
# has the accented letters of English, Spanish and French.
FONTS = Path(reportlab.__file__).parent / "fonts"


class NotABadge(Exception):
    """Not a PNG, or a PNG without a baked credential."""


def _font(name: str, size: int):
    return ImageFont.truetype(str(FONTS / name), size)


def _centred(draw, y: int, text: str, font, fill) -> int:
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.text(((SIZE - (right - left)) / 2, y), text, font=font, fill=fill)
    return y + (bottom - top) + 12


def badge_png(*, credential_json: str, course_title: str, issued_on: str) -> bytes:
    """A round badge naming the course, with the credential baked in."""
    image = Image.new("RGB", (SIZE, SIZE), WHITE)
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, SIZE - 10, SIZE - 10), fill=BRAND)
    draw.ellipse((40, 40, SIZE - 40, SIZE - 40), fill=TINT)
    y = _centred(draw, 120, "Human Edge Academy", _font("VeraBd.ttf", 30), BRAND)
    y = _centred(draw, y + 10, _("Certificate of completion"), _font("Vera.ttf", 24), BRAND)
    title_font = _font("VeraBd.ttf", 30)
    for line in textwrap.wrap(course_title, width=22)[:4]:
        y = _centred(draw, y + 6, line, title_font, (27, 31, 36))
    _centred(draw, max(y + 20, 440), issued_on, _font("Vera.ttf", 22), BRAND)
    info = PngImagePlugin.PngInfo()
    info.add_itxt(KEYWORD, credential_json, lang="", tkey="", zip=False)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", pnginfo=info, optimize=True)
    return buffer.getvalue()


def baked_credential(data: bytes) -> str:
    """The credential JSON baked into the PNG ``data``; NotABadge otherwise."""
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise NotABadge("too many pixels")
            image.load()
            text = image.text.get(KEYWORD)
    except NotABadge:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as error:
        raise NotABadge(str(error)) from error
    if not isinstance(text, str) or not text:
        raise NotABadge("no credential")
    return str(text)
