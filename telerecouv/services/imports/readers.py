"""Reading creditor files as rows of text: CSV (encoding and delimiter detected) and XLSX.

Both readers stream: the CSV through the `csv` module over a decoding stream, the XLSX
through openpyxl's read-only mode, so a million-row file never sits in memory. Each row comes
with the line number the creditor sees in a text editor or a spreadsheet.

Encoding: a BOM decides (UTF-8, UTF-16); otherwise the whole file is checked as UTF-8 while
its SHA-256 is computed (one fast pass), and Windows-1252 is used when it is not UTF-8 —
unless it is mostly UTF-8 with a few lines in Windows-1252 (rows pasted from another export):
then each line is read as UTF-8 and the bytes that are not as Windows-1252, and the import
warns about it.
Delimiter: the most frequent of ";", ",", tab and "|" in the header line, outside quotes.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from telerecouv.store.errors import KnownError, msg

CHUNK = 1 << 20
DELIMITERS = (";", ",", "\t", "|")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class FileUnreadable(KnownError):
    """The file itself cannot be read (missing, wrong format, bad encoding, no header)."""


@dataclass(frozen=True)
class ReadOptions:
    encoding: str | None = None  # None: detect
    delimiter: str | None = None  # None: detect
    sheet: str | None = None  # XLSX: None for the first sheet
    header_row: int = 1  # 1-based row of the header (title lines above it are skipped)


@dataclass(frozen=True)
class FileInfo:
    path: Path
    format: str  # "csv" or "xlsx"
    sha256: str
    size: int
    encoding: str | None  # CSV only
    delimiter: str | None  # CSV only
    sheet: str | None  # XLSX only


class TableReader:
    """A file opened for reading: `info`, `headers` (as written) and `rows()`."""

    def __init__(self, info: FileInfo, headers: list[str], header_line: int) -> None:
        self.info = info
        self.headers = headers
        self.header_line = header_line

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, cell texts) of each non-empty data row, in file order."""
        raise NotImplementedError

    def position(self) -> tuple[int, int]:
        """How far reading is: (done, total) in bytes for CSV; total 0 when unknown."""
        return 0, 0

    def close(self) -> None:
        """Release the file."""

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_table(path: str | Path, options: ReadOptions | None = None) -> TableReader:
    """Open a CSV or XLSX file; raises FileUnreadable with what to do about it."""
    options = options or ReadOptions()
    file = Path(path)
    if not file.is_file():
        raise FileUnreadable(msg("No file {file}.", file=file), msg("Check the path."))
    if options.header_row < 1:
        raise FileUnreadable(msg("The header row is counted from 1."))
    try:
        with file.open("rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise FileUnreadable(
            msg("Cannot read {file}: {strerror}.", file=file, strerror=exc.strerror)
        ) from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileUnreadable(
            msg("{name} is an old Excel 97-2003 (.xls) workbook.", name=file.name),
            msg("Save it as .xlsx or CSV, then import it again."),
        )
    if file.suffix.lower() in XLSX_SUFFIXES or head.startswith(b"PK\x03\x04"):
        return _open_xlsx(file, options)
    return _open_csv(file, options)


# --- CSV -------------------------------------------------------------------------------------


# Valid multi-byte UTF-8 sequences, and bytes outside ASCII.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
MIXED_ENCODING = "utf-8+cp1252"  # UTF-8, and Windows-1252 for the bytes that are not
_FALLBACK = "telerecouv-cp1252"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the bytes that are not UTF-8 read as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = bytes(error.object[error.start : error.end])
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_FALLBACK, _cp1252_fallback)


def _scan(file: Path) -> tuple[str, int, bool]:
    """SHA-256, size, and whether the whole file is valid UTF-8 (one pass)."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    size = 0
    try:
        with file.open("rb") as stream:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        utf8 = False
        if utf8:
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        utf8 = False
    except OSError as exc:
        raise FileUnreadable(
            msg("Cannot read {file}: {strerror}.", file=file, strerror=exc.strerror)
        ) from None
    return digest.hexdigest(), size, utf8


def _mostly_utf8(file: Path) -> bool:
    """Whether a file that is not valid UTF-8 is nevertheless mostly UTF-8 (a few lines
    pasted from a Windows-1252 export): most of its bytes outside ASCII form valid UTF-8
    sequences. In a Windows-1252 file they hardly ever do ("é" is one byte there)."""
    in_sequences = high = 0
    with file.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            if not chunk.isascii():
                in_sequences += sum(map(len, _UTF8_SEQUENCE.findall(chunk)))
                high += len(_HIGH_BYTE.findall(chunk))
    return in_sequences * 2 > high


def _encoding(file: Path, utf8: bool, forced: str | None) -> str:
    if forced:
        try:
            return codecs.lookup(forced).name
        except LookupError:
            raise FileUnreadable(
                msg("Unknown encoding {forced!r} in the mapping profile.", forced=forced)
            ) from None
    with file.open("rb") as stream:
        head = stream.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if utf8:
        return "utf-8"
    return MIXED_ENCODING if _mostly_utf8(file) else "cp1252"


def sniff_delimiter(line: str) -> str:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the order of DELIMITERS
    return best if counts[best] else ";"


class _CsvReader(TableReader):
    def __init__(
        self, info: FileInfo, stream: IO[str], reader: Any, headers: list[str], offset: int
    ) -> None:
        super().__init__(info, headers, offset + reader.line_num)
        self._stream = stream
        self._binary: Any = getattr(stream, "buffer", None)
        self._reader = reader
        self._offset = offset

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        reader, offset = self._reader, self._offset
        start = reader.line_num + 1
        try:
            for row in reader:
                line, start = start, reader.line_num + 1
                if any(row) and "".join(row).strip():  # not a blank line
                    yield line + offset, row
        except csv.Error as exc:
            raise FileUnreadable(
                msg(
                    "{name}, line {line}: the CSV structure is broken ({exc}).",
                    name=self.info.path.name,
                    line=reader.line_num + offset,
                    exc=exc,
                ),
                msg("Check the quotes on that line."),
            ) from None
        except UnicodeDecodeError as exc:
            raise FileUnreadable(
                msg(
                    "{name} is not valid {encoding} ({reason}).",
                    name=self.info.path.name,
                    encoding=self.info.encoding,
                    reason=exc.reason,
                ),
                msg("Give the encoding in a mapping profile."),
            ) from None

    def position(self) -> tuple[int, int]:
        try:
            return int(self._binary.tell()), self.info.size
        except (OSError, ValueError):
            return 0, self.info.size

    def close(self) -> None:
        self._stream.close()


def _open_csv(file: Path, options: ReadOptions) -> TableReader:
    sha, size, utf8 = _scan(file)
    encoding = _encoding(file, utf8, options.encoding)
    if encoding == MIXED_ENCODING:
        stream = io.TextIOWrapper(file.open("rb"), encoding="utf-8", newline="", errors=_FALLBACK)
    else:
        stream = io.TextIOWrapper(file.open("rb"), encoding=encoding, newline="", errors="strict")
    try:
        lines = iter(stream)
        offset = 0  # lines above the header: titles, blank lines
        first = ""
        for number, line in enumerate(lines, 1):
            if number >= options.header_row and line.strip():
                first = line
                break
            offset += 1
        if not first:
            raise FileUnreadable(msg("{name} is empty: no header line.", name=file.name))
        delimiter = options.delimiter or sniff_delimiter(first)
        reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
        headers = [h.strip().lstrip("\ufeff").strip() for h in next(reader)]
    except UnicodeDecodeError as exc:
        stream.close()
        raise FileUnreadable(
            msg(
                "{name} is not valid {encoding} ({reason}).",
                name=file.name,
                encoding=encoding,
                reason=exc.reason,
            )
        ) from None
    except (csv.Error, StopIteration) as exc:
        stream.close()
        raise FileUnreadable(
            msg("{name}: cannot read the header line ({exc}).", name=file.name, exc=exc)
        ) from None
    except BaseException:
        stream.close()
        raise
    info = FileInfo(file, "csv", sha, size, encoding, delimiter, None)
    return _CsvReader(info, stream, reader, headers, offset)


# --- XLSX ------------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a CSV would hold (ISO dates, exact short numbers)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(round(value, 9))  # drops binary noise: 1234.5600000000001 -> 1234.56
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


class _XlsxReader(TableReader):
    def __init__(
        self, info: FileInfo, workbook: Any, rows: Iterator[tuple[Any, ...]], headers: list[str],
        header_line: int,
    ) -> None:  # fmt: skip
        super().__init__(info, headers, header_line)
        self._workbook = workbook
        self._rows = rows
        self._line = header_line
        self._total = 0

    def position(self) -> tuple[int, int]:
        return self._line, self._total

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        for line, values in enumerate(self._rows, self.header_line + 1):
            self._line = line
            cells = [cell_text(value) for value in values]
            if any(cell.strip() for cell in cells):
                yield line, cells

    def close(self) -> None:
        self._workbook.close()


def _open_xlsx(file: Path, options: ReadOptions) -> TableReader:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    sha, size, _ = _scan(file)
    try:
        workbook = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise FileUnreadable(
            msg(
                "{name} is not a readable XLSX workbook ({error_type}).",
                name=file.name,
                error_type=type(exc).__name__,
            ),
            msg("Open it in a spreadsheet and save it again as .xlsx, or export it as CSV."),
        ) from None
    try:
        if options.sheet is not None:
            if options.sheet not in workbook.sheetnames:
                raise FileUnreadable(
                    msg(
                        "{name} has no sheet {sheet!r}; its sheets are: {sheetnames}.",
                        name=file.name,
                        sheet=options.sheet,
                        sheetnames=", ".join(workbook.sheetnames),
                    )
                )
            sheet = workbook[options.sheet]
        else:
            sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size: read every row
        rows = sheet.iter_rows(values_only=True)
        headers: list[str] = []
        line = 0
        for line, values in enumerate(rows, 1):
            if line >= options.header_row and any(cell_text(v).strip() for v in values):
                headers = [cell_text(v).strip() for v in values]
                break
        if not headers:
            raise FileUnreadable(
                msg("{name}: the sheet {title!r} is empty.", name=file.name, title=sheet.title)
            )
        while headers and not headers[-1]:
            headers.pop()
    except BaseException:
        workbook.close()
        raise
    info = FileInfo(file, "xlsx", sha, size, None, None, sheet.title)
    return _XlsxReader(info, workbook, rows, headers, line)
