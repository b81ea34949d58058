"""Writing the report out: CSV and XLSX, in constant memory.

On PostgreSQL the CSV is the database's own ``COPY (query) TO STDOUT WITH CSV``
output, passed on chunk by chunk; elsewhere rows are fetched in batches and
written with the csv module. XLSX uses XlsxWriter's constant-memory mode over
the same batches. Nothing holds the whole report in memory.

The CSV is text: dates are ISO 8601 in UTC with a Z, and text a spreadsheet
would run as a formula carries a leading apostrophe (the only defence a CSV
has). The XLSX has typed cells: numbers are numbers, dates are dates (Excel
has no time zones: UTC, said in the header), and text is written as text
cells, as it is, so nothing in it runs and no apostrophe shows.
"""

import csv
import io
from collections.abc import Callable, Iterator
from datetime import datetime

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from reports.queries import DATE_COLUMNS, NUMBER_COLUMNS, ReportFilters, report_sql

BATCH = 2000
#: The rows a spreadsheet holds under its header (Excel's limit is 1,048,576).
SHEET_ROWS = 1_048_575
BOM = "\ufeff".encode()


def _header(filters: ReportFilters) -> list[str]:
    return [str(label) for _name, label in filters.columns]


def _csv_line(values) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue().encode()


def rows(
    filters: ReportFilters, *, now=None, batch: int = BATCH, neutralise: bool = True
) -> Iterator[tuple]:
    """The report's rows, fetched ``batch`` at a time (a server-side cursor on
    PostgreSQL), so memory stays flat however many there are."""
    sql, params = report_sql(
        filters, vendor=connection.vendor, now=now or timezone.now(), neutralise=neutralise
    )
    if connection.vendor == "postgresql":
        with transaction.atomic():
            connection.ensure_connection()
            with connection.connection.cursor(name="completion_report") as cursor:
                cursor.itersize = batch
                cursor.execute(sql, params)
                while chunk := cursor.fetchmany(batch):
                    yield from chunk
        return
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while chunk := cursor.fetchmany(batch):
            yield from chunk


def copy_statement(filters: ReportFilters, now) -> str:
    import psycopg

    sql, params = report_sql(filters, vendor="postgresql", now=now)
    connection.ensure_connection()
    bound = psycopg.ClientCursor(connection.connection).mogrify(sql, params)
    return f"COPY ({bound}) TO STDOUT WITH (FORMAT csv)"


def csv_chunks(filters: ReportFilters, *, bom: bool = False, now=None) -> Iterator[bytes]:
    """The CSV file as a stream of byte chunks, header first."""
    now = now or timezone.now()
    if bom:
        yield BOM
    yield _csv_line(_header(filters))
    if connection.vendor == "postgresql":
        statement = copy_statement(filters, now)
        with connection.connection.cursor() as cursor, cursor.copy(statement) as copy:
            for data in copy:
                yield bytes(data)
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for count, row in enumerate(rows(filters, now=now), start=1):
        writer.writerow("" if value is None else value for value in row)
        if count % BATCH == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()


def write_csv(
    target, filters: ReportFilters, *, bom: bool, progress: Callable[[int], None] | None = None
) -> int:
    """Write the CSV to a binary file object; returns the number of rows."""
    lines = 0
    reported = 0
    for chunk in csv_chunks(filters, bom=bom):
        target.write(chunk)
        lines += chunk.count(b"\n")
        if progress and lines - reported >= 10_000:
            progress(max(0, lines - 1))
            reported = lines
    return max(0, lines - 1)


def _sheet_header(filters: ReportFilters) -> list[str]:
    return [
        _("%(label)s (UTC)") % {"label": label} if name in DATE_COLUMNS else str(label)
        for name, label in filters.columns
    ]


def _utc(value: str) -> datetime:
    """An ISO 8601 stamp of the query ("…Z") as the naive UTC datetime Excel holds."""
    return datetime.fromisoformat(value).replace(tzinfo=None)


def write_xlsx(
    target, filters: ReportFilters, *, progress: Callable[[int], None] | None = None
) -> int:
    """Write an XLSX workbook to a binary file object; returns the number of rows.

    XlsxWriter in constant-memory mode writes each row out as it comes. Each
    cell is written with its type: numbers, dates (UTC) and text, the text as it
    is (``write_string`` never reads it as a formula, a number or a link)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        target,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    bold = workbook.add_format({"bold": True})
    stamp = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    header = _sheet_header(filters)
    kinds = [
        "date" if name in DATE_COLUMNS else "number" if name in NUMBER_COLUMNS else "text"
        for name, _label in filters.columns
    ]

    def new_sheet(number: int):
        sheet = workbook.add_worksheet("Completion" if number == 1 else f"Completion {number}")
        for column, kind in enumerate(kinds):
            if kind == "date":
                sheet.set_column(column, column, 20)
        sheet.write_row(0, 0, header, bold)
        return sheet

    sheets = 1
    sheet, line = new_sheet(sheets), 1
    count = 0
    for count, row in enumerate(rows(filters, neutralise=False), start=1):
        if line > SHEET_ROWS:  # a sheet is full: the rows go on in the next one
            sheets += 1
            sheet, line = new_sheet(sheets), 1
        for column, (kind, value) in enumerate(zip(kinds, row, strict=True)):
            if value is None or value == "":
                continue
            if kind == "number":
                sheet.write_number(line, column, float(value))
            elif kind == "date":
                sheet.write_datetime(line, column, _utc(value), stamp)
            else:
                sheet.write_string(line, column, value)
        line += 1
        if progress and count % 10_000 == 0:
            progress(count)
    workbook.close()
    return count
