"""Writing the report out: CSV and XLSX, in constant memory.

On PostgreSQL the CSV is the database's own ``COPY (query) TO STDOUT WITH CSV``
output, passed on chunk by chunk; elsewhere rows are fetched in batches and
written with the csv module. XLSX uses openpyxl's write-only mode over the
same batches. Nothing holds the whole report in memory.
"""

import csv
import io
from collections.abc import Callable, Iterator

from django.db import connection, transaction
from django.utils import timezone

from reports.queries import ReportFilters, report_sql

BATCH = 2000
BOM = "\ufeff".encode()


def _header(filters: ReportFilters) -> list[str]:
    return [str(label) for _name, label in filters.columns]


def _csv_line(values) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue().encode()


def rows(filters: ReportFilters, *, now=None, batch: int = BATCH) -> Iterator[tuple]:
    """The report's rows, fetched ``batch`` at a time (a server-side cursor on
    PostgreSQL), so memory stays flat however many there are."""
    sql, params = report_sql(filters, vendor=connection.vendor, now=now or timezone.now())
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


def write_xlsx(
    target, filters: ReportFilters, *, progress: Callable[[int], None] | None = None
) -> int:
    """Write an XLSX workbook to a binary file object; returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Completion")
    header = []
    for label in _header(filters):
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    for count, row in enumerate(rows(filters), start=1):
        sheet.append(list(row))
        if progress and count % 10_000 == 0:
            progress(count)
    workbook.save(target)
    return count
