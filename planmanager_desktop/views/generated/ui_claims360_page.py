# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claims360_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_Claims360Page(object):
    def setupUi(self, Claims360Page):
        if not Claims360Page.objectName():
            Claims360Page.setObjectName(u"Claims360Page")
        self.pageLayout = QVBoxLayout(Claims360Page)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.repairerLabel = QLabel(Claims360Page)
        self.repairerLabel.setObjectName(u"repairerLabel")

        self.toolbarLayout.addWidget(self.repairerLabel)

        self.repairerCombo = QComboBox(Claims360Page)
        self.repairerCombo.setObjectName(u"repairerCombo")
        self.repairerCombo.setMinimumSize(QSize(340, 0))
        self.repairerCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toolbarLayout.addWidget(self.repairerCombo)

        self.settingsButton = QPushButton(Claims360Page)
        self.settingsButton.setObjectName(u"settingsButton")
        self.settingsButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.settingsButton)

        self.refreshButton = QPushButton(Claims360Page)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.refreshButton)

        self.progressBar = QProgressBar(Claims360Page)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximumSize(QSize(110, 16777215))

        self.toolbarLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(Claims360Page)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.toolbarLayout.addWidget(self.progressLabel)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.explanationLabel = QLabel(Claims360Page)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.infoBox = QGroupBox(Claims360Page)
        self.infoBox.setObjectName(u"infoBox")
        self.infoLayout = QGridLayout(self.infoBox)
        self.infoLayout.setObjectName(u"infoLayout")
        self.infoLayout.setHorizontalSpacing(12)
        self.infoLayout.setVerticalSpacing(4)
        self.lastSyncLabel = QLabel(self.infoBox)
        self.lastSyncLabel.setObjectName(u"lastSyncLabel")

        self.infoLayout.addWidget(self.lastSyncLabel, 0, 0, 1, 1)

        self.lastSyncValue = QLabel(self.infoBox)
        self.lastSyncValue.setObjectName(u"lastSyncValue")
        self.lastSyncValue.setText(u"")

        self.infoLayout.addWidget(self.lastSyncValue, 0, 1, 1, 1)

        self.nextSyncLabel = QLabel(self.infoBox)
        self.nextSyncLabel.setObjectName(u"nextSyncLabel")

        self.infoLayout.addWidget(self.nextSyncLabel, 0, 2, 1, 1)

        self.nextSyncValue = QLabel(self.infoBox)
        self.nextSyncValue.setObjectName(u"nextSyncValue")
        self.nextSyncValue.setText(u"")

        self.infoLayout.addWidget(self.nextSyncValue, 0, 3, 1, 1)

        self.resultLabel = QLabel(self.infoBox)
        self.resultLabel.setObjectName(u"resultLabel")

        self.infoLayout.addWidget(self.resultLabel, 1, 0, 1, 1)

        self.resultValue = QLabel(self.infoBox)
        self.resultValue.setObjectName(u"resultValue")
        self.resultValue.setText(u"")

        self.infoLayout.addWidget(self.resultValue, 1, 1, 1, 1)

        self.countsLabel = QLabel(self.infoBox)
        self.countsLabel.setObjectName(u"countsLabel")

        self.infoLayout.addWidget(self.countsLabel, 1, 2, 1, 1)

        self.countsValue = QLabel(self.infoBox)
        self.countsValue.setObjectName(u"countsValue")
        self.countsValue.setText(u"")

        self.infoLayout.addWidget(self.countsValue, 1, 3, 1, 1)

        self.messageValue = QLabel(self.infoBox)
        self.messageValue.setObjectName(u"messageValue")
        self.messageValue.setText(u"")
        self.messageValue.setWordWrap(True)
        self.messageValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.infoLayout.addWidget(self.messageValue, 2, 0, 1, 4)

        self.infoLayout.setColumnStretch(1, 1)
        self.infoLayout.setColumnStretch(3, 1)

        self.pageLayout.addWidget(self.infoBox)

        self.filterBox = QGroupBox(Claims360Page)
        self.filterBox.setObjectName(u"filterBox")
        self.filterLayout = QGridLayout(self.filterBox)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setHorizontalSpacing(8)
        self.filterLayout.setVerticalSpacing(6)
        self.numberFilterLabel = QLabel(self.filterBox)
        self.numberFilterLabel.setObjectName(u"numberFilterLabel")

        self.filterLayout.addWidget(self.numberFilterLabel, 0, 0, 1, 1)

        self.numberFilterEdit = QLineEdit(self.filterBox)
        self.numberFilterEdit.setObjectName(u"numberFilterEdit")
        self.numberFilterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.numberFilterEdit, 0, 1, 1, 1)

        self.plateFilterLabel = QLabel(self.filterBox)
        self.plateFilterLabel.setObjectName(u"plateFilterLabel")

        self.filterLayout.addWidget(self.plateFilterLabel, 0, 2, 1, 1)

        self.plateFilterEdit = QLineEdit(self.filterBox)
        self.plateFilterEdit.setObjectName(u"plateFilterEdit")
        self.plateFilterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.plateFilterEdit, 0, 3, 1, 1)

        self.customerFilterLabel = QLabel(self.filterBox)
        self.customerFilterLabel.setObjectName(u"customerFilterLabel")

        self.filterLayout.addWidget(self.customerFilterLabel, 0, 4, 1, 1)

        self.customerFilterEdit = QLineEdit(self.filterBox)
        self.customerFilterEdit.setObjectName(u"customerFilterEdit")
        self.customerFilterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.customerFilterEdit, 0, 5, 1, 1)

        self.repairerFilterLabel = QLabel(self.filterBox)
        self.repairerFilterLabel.setObjectName(u"repairerFilterLabel")

        self.filterLayout.addWidget(self.repairerFilterLabel, 0, 6, 1, 1)

        self.repairerFilterCombo = QComboBox(self.filterBox)
        self.repairerFilterCombo.setObjectName(u"repairerFilterCombo")

        self.filterLayout.addWidget(self.repairerFilterCombo, 0, 7, 1, 1)

        self.completeFilterLabel = QLabel(self.filterBox)
        self.completeFilterLabel.setObjectName(u"completeFilterLabel")

        self.filterLayout.addWidget(self.completeFilterLabel, 1, 0, 1, 1)

        self.completeFilterCombo = QComboBox(self.filterBox)
        self.completeFilterCombo.setObjectName(u"completeFilterCombo")

        self.filterLayout.addWidget(self.completeFilterCombo, 1, 1, 1, 1)

        self.smartFilterLabel = QLabel(self.filterBox)
        self.smartFilterLabel.setObjectName(u"smartFilterLabel")

        self.filterLayout.addWidget(self.smartFilterLabel, 1, 2, 1, 1)

        self.smartFilterCombo = QComboBox(self.filterBox)
        self.smartFilterCombo.setObjectName(u"smartFilterCombo")

        self.filterLayout.addWidget(self.smartFilterCombo, 1, 3, 1, 1)

        self.fromFilterLabel = QLabel(self.filterBox)
        self.fromFilterLabel.setObjectName(u"fromFilterLabel")

        self.filterLayout.addWidget(self.fromFilterLabel, 1, 4, 1, 1)

        self.fromDateEdit = QDateEdit(self.filterBox)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)
        self.fromDateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.filterLayout.addWidget(self.fromDateEdit, 1, 5, 1, 1)

        self.toFilterLabel = QLabel(self.filterBox)
        self.toFilterLabel.setObjectName(u"toFilterLabel")

        self.filterLayout.addWidget(self.toFilterLabel, 1, 6, 1, 1)

        self.toLayout = QHBoxLayout()
        self.toLayout.setObjectName(u"toLayout")
        self.toDateEdit = QDateEdit(self.filterBox)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)
        self.toDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.toDateEdit.sizePolicy().hasHeightForWidth())
        self.toDateEdit.setSizePolicy(sizePolicy)

        self.toLayout.addWidget(self.toDateEdit)

        self.clearFiltersButton = QPushButton(self.filterBox)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.toLayout.addWidget(self.clearFiltersButton)


        self.filterLayout.addLayout(self.toLayout, 1, 7, 1, 1)

        self.filterLayout.setColumnStretch(1, 1)
        self.filterLayout.setColumnStretch(3, 1)
        self.filterLayout.setColumnStretch(5, 1)
        self.filterLayout.setColumnStretch(7, 1)

        self.pageLayout.addWidget(self.filterBox)

        self.assignmentTable = QTableView(Claims360Page)
        self.assignmentTable.setObjectName(u"assignmentTable")
        self.assignmentTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assignmentTable.setAlternatingRowColors(True)
        self.assignmentTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.assignmentTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assignmentTable.setSortingEnabled(True)
        self.assignmentTable.setWordWrap(False)
        self.assignmentTable.horizontalHeader().setHighlightSections(False)
        self.assignmentTable.horizontalHeader().setStretchLastSection(True)
        self.assignmentTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.assignmentTable)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(Claims360Page)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.openDossierButton = QPushButton(Claims360Page)
        self.openDossierButton.setObjectName(u"openDossierButton")
        self.openDossierButton.setEnabled(False)

        self.footerLayout.addWidget(self.openDossierButton)


        self.pageLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.repairerLabel.setBuddy(self.repairerCombo)
        self.numberFilterLabel.setBuddy(self.numberFilterEdit)
        self.plateFilterLabel.setBuddy(self.plateFilterEdit)
        self.customerFilterLabel.setBuddy(self.customerFilterEdit)
        self.repairerFilterLabel.setBuddy(self.repairerFilterCombo)
        self.completeFilterLabel.setBuddy(self.completeFilterCombo)
        self.smartFilterLabel.setBuddy(self.smartFilterCombo)
        self.fromFilterLabel.setBuddy(self.fromDateEdit)
        self.toFilterLabel.setBuddy(self.toDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.repairerCombo, self.settingsButton)
        QWidget.setTabOrder(self.settingsButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.numberFilterEdit)
        QWidget.setTabOrder(self.numberFilterEdit, self.plateFilterEdit)
        QWidget.setTabOrder(self.plateFilterEdit, self.customerFilterEdit)
        QWidget.setTabOrder(self.customerFilterEdit, self.repairerFilterCombo)
        QWidget.setTabOrder(self.repairerFilterCombo, self.completeFilterCombo)
        QWidget.setTabOrder(self.completeFilterCombo, self.smartFilterCombo)
        QWidget.setTabOrder(self.smartFilterCombo, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.assignmentTable)
        QWidget.setTabOrder(self.assignmentTable, self.openDossierButton)

        self.retranslateUi(Claims360Page)

        QMetaObject.connectSlotsByName(Claims360Page)
    # setupUi

    def retranslateUi(self, Claims360Page):
        self.repairerLabel.setText(QCoreApplication.translate("Claims360Page", u"&Hersteller", None))
        self.settingsButton.setText(QCoreApplication.translate("Claims360Page", u"Claims360 Instellen\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("Claims360Page", u"Vernieuwen", None))
        self.explanationLabel.setText(QCoreApplication.translate("Claims360Page", u"Kies de hersteller waarvan u de opdrachten wilt binnenhalen en druk op Vernieuwen. Elke 15 minuten gebeurt dat ook automatisch voor alle ingestelde herstellers.", None))
        self.infoBox.setTitle(QCoreApplication.translate("Claims360Page", u"Synchronisatie", None))
        self.lastSyncLabel.setText(QCoreApplication.translate("Claims360Page", u"Laatste synchronisatie", None))
        self.nextSyncLabel.setText(QCoreApplication.translate("Claims360Page", u"Volgende synchronisatie", None))
        self.resultLabel.setText(QCoreApplication.translate("Claims360Page", u"Resultaat", None))
        self.countsLabel.setText(QCoreApplication.translate("Claims360Page", u"Opdrachten", None))
        self.filterBox.setTitle(QCoreApplication.translate("Claims360Page", u"Filter", None))
        self.numberFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"N&ummer", None))
        self.plateFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"Nummer&plaat", None))
        self.customerFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"&Klant", None))
        self.repairerFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"Her&steller", None))
        self.completeFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"&Compleet", None))
        self.smartFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"Smart E&xpertise", None))
        self.fromFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"Import &van", None))
        self.toFilterLabel.setText(QCoreApplication.translate("Claims360Page", u"&tot", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("Claims360Page", u"Wissen", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("Claims360Page", u"Alle filters wissen", None))
#endif // QT_CONFIG(tooltip)
        self.openDossierButton.setText(QCoreApplication.translate("Claims360Page", u"Dossier openen", None))
        pass
    # retranslateUi

