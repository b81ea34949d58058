"""Reading the editing area's spreadsheet downloads back, for the tests."""

import csv
import io

from openpyxl import load_workbook


def body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def xlsx_cells(response) -> list[list]:
    """Each row's cells (openpyxl's cell objects, to read their type)."""
    sheet = load_workbook(io.BytesIO(body(response)), read_only=False).active
    return [list(row) for row in sheet.iter_rows()]


def listing_rows(response) -> str:
    """The listing's table, without the filter form (which names every choice);
    the filters' results address answers with the listing alone."""
    html = response.content.decode()
    listing = html[max(html.find('id="listing-results"'), 0) :]
    return listing[: listing.index("</table>")] if "</table>" in listing else ""
