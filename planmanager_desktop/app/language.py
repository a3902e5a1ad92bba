"""The program's language: a per-user preference on this PC, applied through Qt's translators.

Source strings are Dutch (nl-BE) and need no translation file; French and English come from
``resources/translations/planmanager_<code>.qm``. The choice is stored with :class:`QSettings`
(organisation "InSyPro", application "PlanManager Desktop"): the registry on Windows, never the
shared database, because two colleagues on one database may read different languages.
A new choice applies on the next start (the Instellingen page says so).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from planmanager_desktop import paths
from planmanager_desktop.app import resources

ORGANISATION = paths.APP_AUTHOR
APPLICATION = paths.APP_NAME
LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "nl_BE"
#: Code → the language's own name (shown untranslated, so anyone finds their language).
LANGUAGES: dict[str, str] = {
    "nl_BE": "Nederlands (België)",
    "fr_BE": "Français (Belgique)",
    "en": "English",
}
#: Qt's own strings (file dialogs, message box buttons) come from Qt's qtbase_<xx>.qm.
_QT_CATALOGUES = {"nl_BE": "qtbase_nl", "fr_BE": "qtbase_fr", "en": "qtbase_en"}


def user_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


class LanguagePreference:
    """Reads and writes the saved language; unknown values fall back to Dutch."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else user_settings()

    def language(self) -> str:
        value = self._settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
        return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"onbekende taal {code!r}")
        self._settings.setValue(LANGUAGE_KEY, code)
        self._settings.sync()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; the caller keeps the list (and removes them)."""
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        _QT_CATALOGUES[language], QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"planmanager_{language}", str(resources.translations_dir())):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(DEFAULT_LANGUAGE))
