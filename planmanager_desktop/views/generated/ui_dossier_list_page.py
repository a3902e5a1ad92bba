# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_DossierListPage(object):
    def setupUi(self, DossierListPage):
        if not DossierListPage.objectName():
            DossierListPage.setObjectName(u"DossierListPage")
        self.pageLayout = QVBoxLayout(DossierListPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchEdit = QLineEdit(DossierListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(320, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(DossierListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.toolbarLayout.addWidget(self.countLabel)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(DossierListPage)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.openButton = QPushButton(DossierListPage)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.openButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.dossierTable = QTableView(DossierListPage)
        self.dossierTable.setObjectName(u"dossierTable")
        self.dossierTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.dossierTable.setAlternatingRowColors(True)
        self.dossierTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.dossierTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.dossierTable.setSortingEnabled(True)
        self.dossierTable.setWordWrap(False)
        self.dossierTable.horizontalHeader().setHighlightSections(False)
        self.dossierTable.horizontalHeader().setStretchLastSection(True)
        self.dossierTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.dossierTable)


        self.retranslateUi(DossierListPage)

        QMetaObject.connectSlotsByName(DossierListPage)
    # setupUi

    def retranslateUi(self, DossierListPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DossierListPage", u"Zoek op dossiernummer, nummerplaat of klant\u2026", None))
        self.newButton.setText(QCoreApplication.translate("DossierListPage", u"Nieuw dossier", None))
        self.openButton.setText(QCoreApplication.translate("DossierListPage", u"Openen", None))
        pass
    # retranslateUi

