# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'estimate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_EstimateDialog(object):
    def setupUi(self, EstimateDialog):
        if not EstimateDialog.objectName():
            EstimateDialog.setObjectName(u"EstimateDialog")
        EstimateDialog.resize(980, 680)
        self.dialogLayout = QVBoxLayout(EstimateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stack = QStackedWidget(EstimateDialog)
        self.stack.setObjectName(u"stack")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingTopSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingTopSpacer)

        self.loadingLabel = QLabel(self.loadingPage)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setAlignment(Qt.AlignCenter)

        self.loadingLayout.addWidget(self.loadingLabel)

        self.loadingBar = QProgressBar(self.loadingPage)
        self.loadingBar.setObjectName(u"loadingBar")
        self.loadingBar.setMaximum(0)
        self.loadingBar.setTextVisible(False)

        self.loadingLayout.addWidget(self.loadingBar)

        self.loadingBottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingBottomSpacer)

        self.stack.addWidget(self.loadingPage)
        self.errorPage = QWidget()
        self.errorPage.setObjectName(u"errorPage")
        self.errorLayout = QVBoxLayout(self.errorPage)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLabel = QLabel(self.errorPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.errorLayout.addWidget(self.errorLabel)

        self.errorButtons = QHBoxLayout()
        self.errorButtons.setObjectName(u"errorButtons")
        self.retryButton = QPushButton(self.errorPage)
        self.retryButton.setObjectName(u"retryButton")

        self.errorButtons.addWidget(self.retryButton)

        self.errorButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.errorButtons.addItem(self.errorButtonSpacer)


        self.errorLayout.addLayout(self.errorButtons)

        self.errorSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.errorLayout.addItem(self.errorSpacer)

        self.stack.addWidget(self.errorPage)
        self.comparePage = QWidget()
        self.comparePage.setObjectName(u"comparePage")
        self.compareLayout = QVBoxLayout(self.comparePage)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareLayout.setContentsMargins(0, 0, 0, 0)
        self.versionLayout = QGridLayout()
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLayout.setHorizontalSpacing(16)
        self.newVersionCaption = QLabel(self.comparePage)
        self.newVersionCaption.setObjectName(u"newVersionCaption")

        self.versionLayout.addWidget(self.newVersionCaption, 0, 0, 1, 1)

        self.newVersionValue = QLabel(self.comparePage)
        self.newVersionValue.setObjectName(u"newVersionValue")
        self.newVersionValue.setText(u"")

        self.versionLayout.addWidget(self.newVersionValue, 0, 1, 1, 1)

        self.currentVersionCaption = QLabel(self.comparePage)
        self.currentVersionCaption.setObjectName(u"currentVersionCaption")

        self.versionLayout.addWidget(self.currentVersionCaption, 1, 0, 1, 1)

        self.currentVersionValue = QLabel(self.comparePage)
        self.currentVersionValue.setObjectName(u"currentVersionValue")
        self.currentVersionValue.setText(u"")

        self.versionLayout.addWidget(self.currentVersionValue, 1, 1, 1, 1)

        self.changesCaption = QLabel(self.comparePage)
        self.changesCaption.setObjectName(u"changesCaption")

        self.versionLayout.addWidget(self.changesCaption, 2, 0, 1, 1)

        self.changesValue = QLabel(self.comparePage)
        self.changesValue.setObjectName(u"changesValue")
        self.changesValue.setText(u"")

        self.versionLayout.addWidget(self.changesValue, 2, 1, 1, 1)

        self.versionLayout.setColumnStretch(1, 1)

        self.compareLayout.addLayout(self.versionLayout)

        self.warningFrame = QFrame(self.comparePage)
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


        self.compareLayout.addWidget(self.warningFrame)

        self.alreadyLabel = QLabel(self.comparePage)
        self.alreadyLabel.setObjectName(u"alreadyLabel")
        self.alreadyLabel.setText(u"")
        self.alreadyLabel.setWordWrap(True)

        self.compareLayout.addWidget(self.alreadyLabel)

        self.linesCaption = QLabel(self.comparePage)
        self.linesCaption.setObjectName(u"linesCaption")

        self.compareLayout.addWidget(self.linesCaption)

        self.linesTable = QTableView(self.comparePage)
        self.linesTable.setObjectName(u"linesTable")
        self.linesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.linesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linesTable.setWordWrap(False)
        self.linesTable.verticalHeader().setVisible(False)

        self.compareLayout.addWidget(self.linesTable)

        self.totalsCaption = QLabel(self.comparePage)
        self.totalsCaption.setObjectName(u"totalsCaption")

        self.compareLayout.addWidget(self.totalsCaption)

        self.totalsTable = QTableView(self.comparePage)
        self.totalsTable.setObjectName(u"totalsTable")
        self.totalsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.totalsTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.totalsTable.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.totalsTable.verticalHeader().setVisible(False)

        self.compareLayout.addWidget(self.totalsTable)

        self.stack.addWidget(self.comparePage)

        self.dialogLayout.addWidget(self.stack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(EstimateDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonLayout.addWidget(self.statusLabel)

        self.acceptButton = QPushButton(EstimateDialog)
        self.acceptButton.setObjectName(u"acceptButton")

        self.buttonLayout.addWidget(self.acceptButton)

        self.closeButton = QPushButton(EstimateDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(EstimateDialog)

        QMetaObject.connectSlotsByName(EstimateDialog)
    # setupUi

    def retranslateUi(self, EstimateDialog):
        EstimateDialog.setWindowTitle(QCoreApplication.translate("EstimateDialog", u"Dossier synchroniseren met Claims360", None))
        self.loadingLabel.setText(QCoreApplication.translate("EstimateDialog", u"Het bestek wordt opgehaald uit Claims360\u2026", None))
        self.retryButton.setText(QCoreApplication.translate("EstimateDialog", u"Opnieuw proberen", None))
        self.newVersionCaption.setText(QCoreApplication.translate("EstimateDialog", u"Nieuwe versie in Claims360", None))
        self.currentVersionCaption.setText(QCoreApplication.translate("EstimateDialog", u"Huidige versie in dit dossier", None))
        self.changesCaption.setText(QCoreApplication.translate("EstimateDialog", u"Wijzigingen", None))
        self.warningTitle.setText(QCoreApplication.translate("EstimateDialog", u"De lijnen tellen niet op tot de totalen", None))
        self.linesCaption.setText(QCoreApplication.translate("EstimateDialog", u"Regels van het bestek", None))
        self.totalsCaption.setText(QCoreApplication.translate("EstimateDialog", u"Totalen", None))
        self.acceptButton.setText(QCoreApplication.translate("EstimateDialog", u"&Aanvaarden", None))
        self.closeButton.setText(QCoreApplication.translate("EstimateDialog", u"Annuleren", None))
    # retranslateUi

