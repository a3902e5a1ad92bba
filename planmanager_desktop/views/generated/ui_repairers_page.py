# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'repairers_page.ui'
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
    QLabel, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_RepairersPage(object):
    def setupUi(self, RepairersPage):
        if not RepairersPage.objectName():
            RepairersPage.setObjectName(u"RepairersPage")
        self.pageLayout = QVBoxLayout(RepairersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.introLabel = QLabel(RepairersPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.introLabel.sizePolicy().hasHeightForWidth())
        self.introLabel.setSizePolicy(sizePolicy)

        self.toolbarLayout.addWidget(self.introLabel)

        self.addButton = QPushButton(RepairersPage)
        self.addButton.setObjectName(u"addButton")

        self.toolbarLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RepairersPage)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.editButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.repairerTable = QTableView(RepairersPage)
        self.repairerTable.setObjectName(u"repairerTable")
        self.repairerTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.repairerTable.setAlternatingRowColors(True)
        self.repairerTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.repairerTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.repairerTable.setWordWrap(False)
        self.repairerTable.horizontalHeader().setStretchLastSection(True)
        self.repairerTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.repairerTable)


        self.retranslateUi(RepairersPage)

        QMetaObject.connectSlotsByName(RepairersPage)
    # setupUi

    def retranslateUi(self, RepairersPage):
        self.introLabel.setText(QCoreApplication.translate("RepairersPage", u"De herstellers (carrosserie\u00ebn) in deze database. De externe referentie is het nummer van hun Informex-postbus.", None))
        self.addButton.setText(QCoreApplication.translate("RepairersPage", u"Nieuwe hersteller\u2026", None))
        self.editButton.setText(QCoreApplication.translate("RepairersPage", u"Bewerken\u2026", None))
        pass
    # retranslateUi

