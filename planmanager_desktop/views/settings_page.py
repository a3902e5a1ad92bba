"""The Instellingen tab: this user's language, and the database settings (read-only here).

The database settings (informex_queueing, sync interval, activation) are shared by the whole
office and changed only by the helpdesk (C360-ACT-1), so they are shown, never edited, here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from planmanager_desktop.app.language import LANGUAGES, LanguagePreference
from planmanager_desktop.composition import Services
from planmanager_desktop.domain.activation import ActivationState
from planmanager_desktop.views import styling
from planmanager_desktop.views.generated.ui_settings_page import Ui_SettingsPage


class SettingsPage(QWidget):
    """Signals:
    language_chosen(str): the user chose another language (code such as ``"fr_BE"``).
    """

    language_chosen = Signal(str)

    def __init__(
        self, services: Services, language: LanguagePreference, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._services = services
        self._language = language
        self._started_with = language.language()
        for label in (self.ui.languageNote, self.ui.helpdeskNote):
            styling.mark(label, "note")
        self.ui.languageNote.setMinimumWidth(720)  # the form keeps fields at their size hint
        combo = self.ui.languageCombo
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(combo.findData(self._started_with))
        combo.currentIndexChanged.connect(self._language_changed)
        self.ui.databaseValue.setText(services.database.url.display())
        self.refresh()

    def refresh(self, state: ActivationState | None = None) -> None:
        settings = self._services.settings
        self.show_activation(state or self._services.activation.state())
        self.ui.queueingValue.setText(
            self.tr("Aan: opdrachten wachten in de Wachtrij tot iemand ze aanvaardt.")
            if settings.informex_queueing
            else self.tr("Uit: opdrachten worden meteen een dossier.")
        )
        self.ui.syncIntervalValue.setText(
            self.tr("Elke {minutes} minuten").format(minutes=settings.sync_interval_minutes)
        )
        store = self._services.photos.store
        if store.earlier_roots:  # a shared folder is in use (see composition.photo_store_for)
            photos = self.tr("In de gedeelde map {folder}: elke pc toont ze.")
        else:
            photos = self.tr(
                "In de eigen map van deze pc, {folder}: andere pc's tonen ze niet. De helpdesk kan "
                "een gedeelde map instellen."
            )
        self.ui.photosFolderValue.setText(photos.format(folder=store.root))

    def show_activation(self, state: ActivationState) -> None:
        self.ui.activationValue.setText(state.describe())

    @Slot(int)
    def _language_changed(self, _index: int) -> None:
        code = self.ui.languageCombo.currentData()
        self._language.set_language(code)
        if code == self._started_with:
            self.ui.languageNote.setText(self.tr("Dit is de taal waarin PlanManager nu draait."))
        else:
            self.ui.languageNote.setText(
                self.tr("Bewaard. PlanManager gebruikt {language} vanaf de volgende start.").format(
                    language=LANGUAGES[code]
                )
            )
        self.language_chosen.emit(code)
