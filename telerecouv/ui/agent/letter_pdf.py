"""The plan confirmation letter as a PDF (Qt's QPdfWriter + QTextDocument).

Runs on a worker thread (it writes a file); nothing here touches a widget. The layout is
the letter the debtor receives: sender, address block, date, subject and reference, the
paragraphs, the claims covered, the instalments, the total.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from telerecouv.domain.money import format_money
from telerecouv.services.letters import PlanConfirmation

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def letter_path(directory: Path, letter: PlanConfirmation) -> Path:
    return directory / f"{_SAFE.sub('_', letter.reference)}.pdf"


def letter_html(letter: PlanConfirmation) -> str:
    e = html.escape
    money = letter.currency
    day = "{:%d/%m/%Y}".format
    parts = [
        f"<p style='font-size:13pt'><b>{e(letter.place)}</b></p>",
        "<table width='100%'><tr><td></td><td width='45%'>",
        "<br>".join(e(line) for line in letter.recipient),
        "</td></tr></table>",
        f"<p align='right'>Le {day(letter.letter_date)}</p>",
        f"<p><b>Objet : {e(letter.subject)}</b><br>Référence : {e(letter.reference)}</p>",
        f"<p>{e(letter.salutation)}</p>",
    ]
    parts += [f"<p>{e(paragraph)}</p>" for paragraph in letter.paragraphs]
    parts.append("<p><b>Créances concernées</b></p><table cellpadding='3' border='0'>")
    for claim in letter.claims:
        ref = claim.notification_ref or claim.external_id
        notified = f" du {day(claim.notified_on)}" if claim.notified_on else ""
        parts.append(
            f"<tr><td>{e(ref)}{e(notified)}</td>"
            f"<td align='right'>{e(format_money(claim.amount, money))}</td></tr>"
        )
    parts.append("</table><p><b>Échéancier</b></p>")
    parts.append("<table cellpadding='2' border='1' cellspacing='0'>")
    parts.append("<tr><th>N°</th><th>Échéance</th><th>Montant</th></tr>")
    for number, due_on, amount in letter.instalments:
        parts.append(
            f"<tr><td align='right'>{number}</td><td>{day(due_on)}</td>"
            f"<td align='right'>{e(format_money(amount, money))}</td></tr>"
        )
    parts.append(
        f"<tr><td></td><td><b>Total</b></td>"
        f"<td align='right'><b>{e(format_money(letter.total, money))}</b></td></tr></table>"
    )
    if letter.iban_masked:
        parts.append(f"<p>Prélèvement sur le compte {e(letter.iban_masked)}.</p>")
    parts.append(f"<p>{e(letter.closing)}</p>")
    return "".join(parts)


def write_letter_pdf(letter: PlanConfirmation, directory: Path) -> Path:
    """Writes the PDF under `directory` (created) and returns its path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = letter_path(directory, letter)
    writer = QPdfWriter(str(path))
    writer.setTitle(letter.subject)
    writer.setCreator("telerecouv")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: sans-serif; font-size: 10pt; }")
    document.setHtml(letter_html(letter))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer  # finishes the file
    return path
