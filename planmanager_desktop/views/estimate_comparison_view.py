"""What accepting an estimate version would change: one widget for every place that asks (C360-DOS-3).

The estimate pop-up ("Dossier synchroniseren met Claims360") and the Wachtrij (an estimate version
that waits while ``informex_queueing`` is on, C360-SYNC-5) ask the same question about the same
:class:`~planmanager_desktop.domain.estimates.EstimateComparison`, so they show the same answer:
version and date new against current, every line marked nieuw / gewijzigd / verwijderd /
ongewijzigd, the totals old and new, and — when the lines do not add up to the totals — a warning
that says where. Nothing here stores anything; the caller owns the buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from planmanager_desktop.domain.estimates import EstimateComparison
from planmanager_desktop.views import labels, styling
from planmanager_desktop.views.estimate_comparison_model import EstimateChangeModel, EstimateTotalsModel
from planmanager_desktop.views.generated.ui_estimate_comparison_view import Ui_EstimateComparisonView

_WARNING_STYLE = (
    "QFrame#warningFrame { background: #fff4e0; border: 1px solid #f0b45a; border-radius: 4px; }"
    "QLabel#warningTitle { font-weight: bold; color: #8a4b00; }"
)


class EstimateComparisonView(QWidget):
    """The comparison of one estimate version with the dossier's current one.

    Signals: none (it only shows; :attr:`comparison` is what it shows).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EstimateComparisonView()
        self.ui.setupUi(self)
        self.setStyleSheet(_WARNING_STYLE)
        self.comparison: EstimateComparison | None = None
        self.lines_model = EstimateChangeModel(self)
        self.totals_model = EstimateTotalsModel(self)
        ui = self.ui
        ui.linesTable.setModel(self.lines_model)
        styling.setup_table(ui.linesTable, (112, 40, 88, 96, 280, 56, 100, 100, 100))
        ui.linesTable.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        ui.totalsTable.setModel(self.totals_model)
        # Beside the versions, so the lines (what the user reads most) get the height.
        widths = (130, 110, 110, 100)
        styling.setup_table(ui.totalsTable, widths)
        ui.totalsTable.setFixedWidth(sum(widths) + 2 * ui.totalsTable.frameWidth())
        for label in (ui.linesCaption, ui.totalsCaption):
            styling.mark(label, "title")
        styling.mark(ui.alreadyLabel, "ok")
        ui.warningFrame.hide()
        ui.alreadyLabel.hide()

    def show_comparison(self, comparison: EstimateComparison | None) -> None:
        """Show ``comparison`` (None: empty, nothing selected)."""
        self.comparison = comparison
        ui = self.ui
        self.lines_model.set_comparison(comparison)
        self.totals_model.set_comparison(comparison)
        table = ui.totalsTable
        rows = table.verticalHeader().defaultSectionSize() * self.totals_model.rowCount()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())
        if comparison is None:
            for label in (ui.newVersionValue, ui.currentVersionValue, ui.changesValue):
                label.clear()
            ui.warningFrame.hide()
            ui.alreadyLabel.hide()
            return
        ui.newVersionValue.setText(
            self.tr("versie {version} van {date}").format(
                version=comparison.new_version, date=labels.local_datetime(comparison.new_date)
            )
        )
        if comparison.current_version is None:
            ui.currentVersionValue.setText(self.tr("nog geen bestek in dit dossier"))
        else:
            when = labels.local_datetime(comparison.current_date) or self.tr("onbekende datum")
            ui.currentVersionValue.setText(
                self.tr("bestekversie {version} (versie {remote} in Claims360) van {date}").format(
                    version=comparison.current_version,
                    remote=comparison.current_remote_version or "—",
                    date=when,
                )
            )
        ui.changesValue.setText(
            self.tr(
                "{added} nieuw, {changed} gewijzigd, {removed} verwijderd, {unchanged} ongewijzigd"
            ).format(
                added=len(comparison.added),
                changed=len(comparison.changed),
                removed=len(comparison.removed),
                unchanged=comparison.unchanged,
            )
        )
        if comparison.issues:
            ui.warningTitle.setText(
                self.tr("De lijnen tellen niet op tot de totalen: {count} verschil(len)").format(
                    count=len(comparison.issues)
                )
            )
            ui.warningText.setText(
                "\n".join(f"• {issue.message}" for issue in comparison.issues)
                + "\n\n"
                + self.tr(
                    "PlanManager verbetert niets: aanvaardt u het bestek, dan wordt het bewaard zoals "
                    "Claims360 het stuurt. Vraag de expert het bestek na te kijken."
                )
            )
            ui.warningFrame.show()
        else:
            ui.warningFrame.hide()
        if comparison.already_accepted:
            ui.alreadyLabel.setText(
                self.tr(
                    "Versie {version} van het bestek is al overgenomen in dit dossier; er is niets "
                    "meer te aanvaarden."
                ).format(version=comparison.new_version)
            )
            ui.alreadyLabel.show()
        else:
            ui.alreadyLabel.hide()
