# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'estimate_comparison_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_EstimateComparisonView(object):
    def setupUi(self, EstimateComparisonView):
        if not EstimateComparisonView.objectName():
            EstimateComparisonView.setObjectName(u"EstimateComparisonView")
        self.compareLayout = QVBoxLayout(EstimateComparisonView)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setSpacing(16)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.versionColumn = QVBoxLayout()
        self.versionColumn.setObjectName(u"versionColumn")
        self.versionLayout = QGridLayout()
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLayout.setHorizontalSpacing(16)
        self.newVersionCaption = QLabel(EstimateComparisonView)
        self.newVersionCaption.setObjectName(u"newVersionCaption")

        self.versionLayout.addWidget(self.newVersionCaption, 0, 0, 1, 1)

        self.newVersionValue = QLabel(EstimateComparisonView)
        self.newVersionValue.setObjectName(u"newVersionValue")
        self.newVersionValue.setText(u"")

        self.versionLayout.addWidget(self.newVersionValue, 0, 1, 1, 1)

        self.currentVersionCaption = QLabel(EstimateComparisonView)
        self.currentVersionCaption.setObjectName(u"currentVersionCaption")

        self.versionLayout.addWidget(self.currentVersionCaption, 1, 0, 1, 1)

        self.currentVersionValue = QLabel(EstimateComparisonView)
        self.currentVersionValue.setObjectName(u"currentVersionValue")
        self.currentVersionValue.setText(u"")
        self.currentVersionValue.setWordWrap(True)

        self.versionLayout.addWidget(self.currentVersionValue, 1, 1, 1, 1)

        self.changesCaption = QLabel(EstimateComparisonView)
        self.changesCaption.setObjectName(u"changesCaption")

        self.versionLayout.addWidget(self.changesCaption, 2, 0, 1, 1)

        self.changesValue = QLabel(EstimateComparisonView)
        self.changesValue.setObjectName(u"changesValue")
        self.changesValue.setText(u"")

        self.versionLayout.addWidget(self.changesValue, 2, 1, 1, 1)

        self.versionLayout.setColumnStretch(1, 1)

        self.versionColumn.addLayout(self.versionLayout)

        self.warningFrame = QFrame(EstimateComparisonView)
        self.warningFrame.setObjectName(u"warningFrame")
        self.warningLayout = QVBoxLayout(self.warningFrame)
        self.warningLayout.setObjectName(u"warningLayout")
        self.warningTitle = QLabel(self.warningFrame)
        self.warningTitle.setObjectName(u"warningTitle")

        self.warningLayout.addWidget(self.warningTitle)

        self.warningText = QLabel(self.warningFrame)
        self.warningText.setObjectName(u"warningText")
        self.warningText.setText(u"")
        self.warningText.setWordWrap(True)
        self.warningText.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.warningLayout.addWidget(self.warningText)


        self.versionColumn.addWidget(self.warningFrame)

        self.alreadyLabel = QLabel(EstimateComparisonView)
        self.alreadyLabel.setObjectName(u"alreadyLabel")
        self.alreadyLabel.setText(u"")
        self.alreadyLabel.setWordWrap(True)

        self.versionColumn.addWidget(self.alreadyLabel)

        self.versionSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.versionColumn.addItem(self.versionSpacer)

        self.versionColumn.setStretch(3, 1)

        self.summaryLayout.addLayout(self.versionColumn)

        self.totalsColumn = QVBoxLayout()
        self.totalsColumn.setObjectName(u"totalsColumn")
        self.totalsCaption = QLabel(EstimateComparisonView)
        self.totalsCaption.setObjectName(u"totalsCaption")

        self.totalsColumn.addWidget(self.totalsCaption)

        self.totalsTable = QTableView(EstimateComparisonView)
        self.totalsTable.setObjectName(u"totalsTable")
        self.totalsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.totalsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.totalsTable.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.totalsTable.verticalHeader().setVisible(False)

        self.totalsColumn.addWidget(self.totalsTable)

        self.totalsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.totalsColumn.addItem(self.totalsSpacer)

        self.totalsColumn.setStretch(2, 1)

        self.summaryLayout.addLayout(self.totalsColumn)

        self.summaryLayout.setStretch(0, 1)

        self.compareLayout.addLayout(self.summaryLayout)

        self.linesCaption = QLabel(EstimateComparisonView)
        self.linesCaption.setObjectName(u"linesCaption")

        self.compareLayout.addWidget(self.linesCaption)

        self.linesTable = QTableView(EstimateComparisonView)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesTable.setWordWrap(False)
        self.linesTable.verticalHeader().setVisible(False)

        self.compareLayout.addWidget(self.linesTable)

        self.compareLayout.setStretch(2, 1)

        self.retranslateUi(EstimateComparisonView)

        QMetaObject.connectSlotsByName(EstimateComparisonView)
    # setupUi

    def retranslateUi(self, EstimateComparisonView):
        self.newVersionCaption.setText(QCoreApplication.translate("EstimateComparisonView", u"Nieuwe versie in Claims360", None))
        self.currentVersionCaption.setText(QCoreApplication.translate("EstimateComparisonView", u"Huidige versie in dit dossier", None))
        self.changesCaption.setText(QCoreApplication.translate("EstimateComparisonView", u"Wijzigingen", None))
        self.warningTitle.setText(QCoreApplication.translate("EstimateComparisonView", u"De lijnen tellen niet op tot de totalen", None))
        self.totalsCaption.setText(QCoreApplication.translate("EstimateComparisonView", u"Totalen", None))
        self.linesCaption.setText(QCoreApplication.translate("EstimateComparisonView", u"Regels van het bestek", None))
        pass
    # retranslateUi

