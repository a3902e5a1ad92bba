# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claims360_settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.2
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_Claims360SettingsDialog(object):
    def setupUi(self, Claims360SettingsDialog):
        if not Claims360SettingsDialog.objectName():
            Claims360SettingsDialog.setObjectName(u"Claims360SettingsDialog")
        Claims360SettingsDialog.resize(680, 420)
        Claims360SettingsDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(Claims360SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.repairerNameLabel = QLabel(Claims360SettingsDialog)
        self.repairerNameLabel.setObjectName(u"repairerNameLabel")
        self.repairerNameLabel.setText(u"")

        self.dialogLayout.addWidget(self.repairerNameLabel)

        self.messageLabel = QLabel(Claims360SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(8)
        self.formLayout.setVerticalSpacing(2)
        self.carrosserieIdLabel = QLabel(Claims360SettingsDialog)
        self.carrosserieIdLabel.setObjectName(u"carrosserieIdLabel")

        self.formLayout.addWidget(self.carrosserieIdLabel, 0, 0, 1, 1)

        self.carrosserieIdEdit = QLineEdit(Claims360SettingsDialog)
        self.carrosserieIdEdit.setObjectName(u"carrosserieIdEdit")
        self.carrosserieIdEdit.setMaxLength(64)

        self.formLayout.addWidget(self.carrosserieIdEdit, 0, 1, 1, 3)

        self.carrosserieIdError = QLabel(Claims360SettingsDialog)
        self.carrosserieIdError.setObjectName(u"carrosserieIdError")
        self.carrosserieIdError.setText(u"")
        self.carrosserieIdError.setWordWrap(True)

        self.formLayout.addWidget(self.carrosserieIdError, 1, 1, 1, 3)

        self.bodyshopKeyLabel = QLabel(Claims360SettingsDialog)
        self.bodyshopKeyLabel.setObjectName(u"bodyshopKeyLabel")

        self.formLayout.addWidget(self.bodyshopKeyLabel, 2, 0, 1, 1)

        self.bodyshopKeyEdit = QLineEdit(Claims360SettingsDialog)
        self.bodyshopKeyEdit.setObjectName(u"bodyshopKeyEdit")
        self.bodyshopKeyEdit.setEchoMode(QLineEdit.Password)
        self.bodyshopKeyEdit.setMaxLength(512)

        self.formLayout.addWidget(self.bodyshopKeyEdit, 2, 1, 1, 1)

        self.showBodyshopKeyButton = QToolButton(Claims360SettingsDialog)
        self.showBodyshopKeyButton.setObjectName(u"showBodyshopKeyButton")
        self.showBodyshopKeyButton.setCheckable(True)

        self.formLayout.addWidget(self.showBodyshopKeyButton, 2, 2, 1, 1)

        self.pasteBodyshopKeyButton = QToolButton(Claims360SettingsDialog)
        self.pasteBodyshopKeyButton.setObjectName(u"pasteBodyshopKeyButton")

        self.formLayout.addWidget(self.pasteBodyshopKeyButton, 2, 3, 1, 1)

        self.bodyshopKeyError = QLabel(Claims360SettingsDialog)
        self.bodyshopKeyError.setObjectName(u"bodyshopKeyError")
        self.bodyshopKeyError.setText(u"")
        self.bodyshopKeyError.setWordWrap(True)

        self.formLayout.addWidget(self.bodyshopKeyError, 3, 1, 1, 3)

        self.planmanagerKeyLabel = QLabel(Claims360SettingsDialog)
        self.planmanagerKeyLabel.setObjectName(u"planmanagerKeyLabel")

        self.formLayout.addWidget(self.planmanagerKeyLabel, 4, 0, 1, 1)

        self.planmanagerKeyEdit = QLineEdit(Claims360SettingsDialog)
        self.planmanagerKeyEdit.setObjectName(u"planmanagerKeyEdit")
        self.planmanagerKeyEdit.setEchoMode(QLineEdit.Password)
        self.planmanagerKeyEdit.setMaxLength(512)

        self.formLayout.addWidget(self.planmanagerKeyEdit, 4, 1, 1, 1)

        self.showPlanmanagerKeyButton = QToolButton(Claims360SettingsDialog)
        self.showPlanmanagerKeyButton.setObjectName(u"showPlanmanagerKeyButton")
        self.showPlanmanagerKeyButton.setCheckable(True)

        self.formLayout.addWidget(self.showPlanmanagerKeyButton, 4, 2, 1, 1)

        self.pastePlanmanagerKeyButton = QToolButton(Claims360SettingsDialog)
        self.pastePlanmanagerKeyButton.setObjectName(u"pastePlanmanagerKeyButton")

        self.formLayout.addWidget(self.pastePlanmanagerKeyButton, 4, 3, 1, 1)

        self.planmanagerKeyError = QLabel(Claims360SettingsDialog)
        self.planmanagerKeyError.setObjectName(u"planmanagerKeyError")
        self.planmanagerKeyError.setText(u"")
        self.planmanagerKeyError.setWordWrap(True)

        self.formLayout.addWidget(self.planmanagerKeyError, 5, 1, 1, 3)

        self.organisationLabel = QLabel(Claims360SettingsDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.addWidget(self.organisationLabel, 6, 0, 1, 1)

        self.organisationValue = QLabel(Claims360SettingsDialog)
        self.organisationValue.setObjectName(u"organisationValue")
        self.organisationValue.setText(u"")
        self.organisationValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.addWidget(self.organisationValue, 6, 1, 1, 3)

        self.savedLabel = QLabel(Claims360SettingsDialog)
        self.savedLabel.setObjectName(u"savedLabel")

        self.formLayout.addWidget(self.savedLabel, 7, 0, 1, 1)

        self.savedValue = QLabel(Claims360SettingsDialog)
        self.savedValue.setObjectName(u"savedValue")
        self.savedValue.setText(u"")
        self.savedValue.setWordWrap(True)

        self.formLayout.addWidget(self.savedValue, 7, 1, 1, 3)

        self.verifiedLabel = QLabel(Claims360SettingsDialog)
        self.verifiedLabel.setObjectName(u"verifiedLabel")

        self.formLayout.addWidget(self.verifiedLabel, 8, 0, 1, 1)

        self.verifiedValue = QLabel(Claims360SettingsDialog)
        self.verifiedValue.setObjectName(u"verifiedValue")
        self.verifiedValue.setText(u"")
        self.verifiedValue.setWordWrap(True)

        self.formLayout.addWidget(self.verifiedValue, 8, 1, 1, 3)

        self.formLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(Claims360SettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.helpdeskLabel = QLabel(Claims360SettingsDialog)
        self.helpdeskLabel.setObjectName(u"helpdeskLabel")
        self.helpdeskLabel.setWordWrap(True)
        self.helpdeskLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.helpdeskLabel)

        self.busyLayout = QHBoxLayout()
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyBar = QProgressBar(Claims360SettingsDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(140, 16777215))

        self.busyLayout.addWidget(self.busyBar)

        self.busyLabel = QLabel(Claims360SettingsDialog)
        self.busyLabel.setObjectName(u"busyLabel")

        self.busyLayout.addWidget(self.busyLabel)

        self.busySpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.busyLayout.addItem(self.busySpacer)


        self.dialogLayout.addLayout(self.busyLayout)

        self.resultLabel = QLabel(Claims360SettingsDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.resultLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveAnywayButton = QPushButton(Claims360SettingsDialog)
        self.saveAnywayButton.setObjectName(u"saveAnywayButton")

        self.buttonLayout.addWidget(self.saveAnywayButton)

        self.saveButton = QPushButton(Claims360SettingsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(Claims360SettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.carrosserieIdLabel.setBuddy(self.carrosserieIdEdit)
        self.bodyshopKeyLabel.setBuddy(self.bodyshopKeyEdit)
        self.planmanagerKeyLabel.setBuddy(self.planmanagerKeyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.carrosserieIdEdit, self.bodyshopKeyEdit)
        QWidget.setTabOrder(self.bodyshopKeyEdit, self.showBodyshopKeyButton)
        QWidget.setTabOrder(self.showBodyshopKeyButton, self.pasteBodyshopKeyButton)
        QWidget.setTabOrder(self.pasteBodyshopKeyButton, self.planmanagerKeyEdit)
        QWidget.setTabOrder(self.planmanagerKeyEdit, self.showPlanmanagerKeyButton)
        QWidget.setTabOrder(self.showPlanmanagerKeyButton, self.pastePlanmanagerKeyButton)
        QWidget.setTabOrder(self.pastePlanmanagerKeyButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.saveAnywayButton)
        QWidget.setTabOrder(self.saveAnywayButton, self.cancelButton)

        self.retranslateUi(Claims360SettingsDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(Claims360SettingsDialog)
    # setupUi

    def retranslateUi(self, Claims360SettingsDialog):
        Claims360SettingsDialog.setWindowTitle(QCoreApplication.translate("Claims360SettingsDialog", u"Claims360 Instellen", None))
        self.messageLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"De configuratie is onvolledig voor de geselecteerde hersteller. Vul de volgende velden in:", None))
        self.carrosserieIdLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"&Carrosserie Id", None))
        self.bodyshopKeyLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"&Bodyshop Api Sleutel", None))
        self.showBodyshopKeyButton.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Tonen", None))
#if QT_CONFIG(tooltip)
        self.showBodyshopKeyButton.setToolTip(QCoreApplication.translate("Claims360SettingsDialog", u"De sleutel leesbaar tonen", None))
#endif // QT_CONFIG(tooltip)
        self.pasteBodyshopKeyButton.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Plakken", None))
#if QT_CONFIG(tooltip)
        self.pasteBodyshopKeyButton.setToolTip(QCoreApplication.translate("Claims360SettingsDialog", u"De gekopieerde sleutel uit Claims360 plakken", None))
#endif // QT_CONFIG(tooltip)
        self.planmanagerKeyLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"&PlanManager Api Sleutel", None))
        self.showPlanmanagerKeyButton.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Tonen", None))
#if QT_CONFIG(tooltip)
        self.showPlanmanagerKeyButton.setToolTip(QCoreApplication.translate("Claims360SettingsDialog", u"De sleutel leesbaar tonen", None))
#endif // QT_CONFIG(tooltip)
        self.pastePlanmanagerKeyButton.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Plakken", None))
#if QT_CONFIG(tooltip)
        self.pastePlanmanagerKeyButton.setToolTip(QCoreApplication.translate("Claims360SettingsDialog", u"De gekopieerde sleutel uit Claims360 plakken", None))
#endif // QT_CONFIG(tooltip)
        self.organisationLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Organisatie", None))
        self.savedLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Bewaard", None))
        self.verifiedLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Gecontroleerd", None))
        self.hintLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"De Carrosserie Id is het nummer van uw Informex-postbus (vaak het btw-nummer van de onderneming). De twee API sleutels vindt u in Claims360: klik rechtsboven op uw gebruikersnaam, dan op Mijn organisatie en API sleutels. Onbekend of werken ze niet? Neem contact op met Informex via support@informex.be.", None))
        self.helpdeskLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Na het ingeven van deze gegevens is het niet meer mogelijk om deze aan te passen via de claims360 pagina. Indien er foutieve gegevens werden ingegeven gelieve contact op te nemen met onze helpdesk via support@solera.com", None))
        self.busyLabel.setText(QCoreApplication.translate("Claims360SettingsDialog", u"De gegevens worden gecontroleerd bij Claims360\u2026", None))
        self.saveAnywayButton.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Toch bewaren", None))
        self.saveButton.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Bewaren", None))
        self.cancelButton.setText(QCoreApplication.translate("Claims360SettingsDialog", u"Annuleren", None))
    # retranslateUi

