# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSplitter, QStackedWidget,
    QTabWidget, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_QueuePage(object):
    def setupUi(self, QueuePage):
        if not QueuePage.objectName():
            QueuePage.setObjectName(u"QueuePage")
        self.pageLayout = QVBoxLayout(QueuePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(QueuePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.queueingOffLabel = QLabel(QueuePage)
        self.queueingOffLabel.setObjectName(u"queueingOffLabel")
        self.queueingOffLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.queueingOffLabel)

        self.kindTabs = QTabWidget(QueuePage)
        self.kindTabs.setObjectName(u"kindTabs")
        self.kindTabs.setDocumentMode(True)
        self.assignmentsTab = QWidget()
        self.assignmentsTab.setObjectName(u"assignmentsTab")
        self.assignmentsLayout = QVBoxLayout(self.assignmentsTab)
        self.assignmentsLayout.setObjectName(u"assignmentsLayout")
        self.assignmentsLayout.setContentsMargins(0, -1, 0, 0)
        self.stack = QStackedWidget(self.assignmentsTab)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.tablePage = QWidget()
        self.tablePage.setObjectName(u"tablePage")
        self.tableLayout = QVBoxLayout(self.tablePage)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.tablePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.queueTable = QTableView(self.splitter)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setWordWrap(False)
        self.splitter.addWidget(self.queueTable)
        self.queueTable.horizontalHeader().setStretchLastSection(True)
        self.queueTable.verticalHeader().setVisible(False)
        self.detailWidget = QWidget(self.splitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.sideBySideLayout = QHBoxLayout()
        self.sideBySideLayout.setObjectName(u"sideBySideLayout")
        self.assignmentBox = QGroupBox(self.detailWidget)
        self.assignmentBox.setObjectName(u"assignmentBox")
        self.assignmentForm = QFormLayout(self.assignmentBox)
        self.assignmentForm.setObjectName(u"assignmentForm")
        self.assignmentForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.numberLabel = QLabel(self.assignmentBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.assignmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.assignmentNumberValue = QLabel(self.assignmentBox)
        self.assignmentNumberValue.setObjectName(u"assignmentNumberValue")
        self.assignmentNumberValue.setText(u"")

        self.assignmentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assignmentNumberValue)

        self.repairerLabel = QLabel(self.assignmentBox)
        self.repairerLabel.setObjectName(u"repairerLabel")

        self.assignmentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repairerLabel)

        self.repairerValue = QLabel(self.assignmentBox)
        self.repairerValue.setObjectName(u"repairerValue")
        self.repairerValue.setText(u"")

        self.assignmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repairerValue)

        self.plateLabel = QLabel(self.assignmentBox)
        self.plateLabel.setObjectName(u"plateLabel")

        self.assignmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plateLabel)

        self.plateValue = QLabel(self.assignmentBox)
        self.plateValue.setObjectName(u"plateValue")
        self.plateValue.setText(u"")

        self.assignmentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.plateValue)

        self.vehicleLabel = QLabel(self.assignmentBox)
        self.vehicleLabel.setObjectName(u"vehicleLabel")

        self.assignmentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vehicleLabel)

        self.vehicleValue = QLabel(self.assignmentBox)
        self.vehicleValue.setObjectName(u"vehicleValue")
        self.vehicleValue.setText(u"")

        self.assignmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vehicleValue)

        self.customerLabel = QLabel(self.assignmentBox)
        self.customerLabel.setObjectName(u"customerLabel")

        self.assignmentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.customerLabel)

        self.customerValue = QLabel(self.assignmentBox)
        self.customerValue.setObjectName(u"customerValue")
        self.customerValue.setText(u"")

        self.assignmentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.customerValue)

        self.workLabel = QLabel(self.assignmentBox)
        self.workLabel.setObjectName(u"workLabel")

        self.assignmentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workLabel)

        self.workValue = QLabel(self.assignmentBox)
        self.workValue.setObjectName(u"workValue")
        self.workValue.setText(u"")
        self.workValue.setWordWrap(True)

        self.assignmentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workValue)

        self.insurerLabel = QLabel(self.assignmentBox)
        self.insurerLabel.setObjectName(u"insurerLabel")

        self.assignmentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.insurerLabel)

        self.insurerValue = QLabel(self.assignmentBox)
        self.insurerValue.setObjectName(u"insurerValue")
        self.insurerValue.setText(u"")
        self.insurerValue.setWordWrap(True)

        self.assignmentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.insurerValue)

        self.importedLabel = QLabel(self.assignmentBox)
        self.importedLabel.setObjectName(u"importedLabel")

        self.assignmentForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.importedLabel)

        self.importedValue = QLabel(self.assignmentBox)
        self.importedValue.setObjectName(u"importedValue")
        self.importedValue.setText(u"")

        self.assignmentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.importedValue)


        self.sideBySideLayout.addWidget(self.assignmentBox)

        self.proposalBox = QGroupBox(self.detailWidget)
        self.proposalBox.setObjectName(u"proposalBox")
        self.proposalLayout = QVBoxLayout(self.proposalBox)
        self.proposalLayout.setObjectName(u"proposalLayout")
        self.proposalTable = QTableWidget(self.proposalBox)
        self.proposalTable.setObjectName(u"proposalTable")
        self.proposalTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.proposalTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.proposalTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.proposalTable.setWordWrap(False)
        self.proposalTable.horizontalHeader().setStretchLastSection(True)
        self.proposalTable.verticalHeader().setVisible(False)

        self.proposalLayout.addWidget(self.proposalTable)

        self.noProposalLabel = QLabel(self.proposalBox)
        self.noProposalLabel.setObjectName(u"noProposalLabel")
        self.noProposalLabel.setWordWrap(True)

        self.proposalLayout.addWidget(self.noProposalLabel)

        self.numberLayout = QHBoxLayout()
        self.numberLayout.setObjectName(u"numberLayout")
        self.dossierNumberLabel = QLabel(self.proposalBox)
        self.dossierNumberLabel.setObjectName(u"dossierNumberLabel")

        self.numberLayout.addWidget(self.dossierNumberLabel)

        self.dossierNumberEdit = QLineEdit(self.proposalBox)
        self.dossierNumberEdit.setObjectName(u"dossierNumberEdit")
        self.dossierNumberEdit.setClearButtonEnabled(True)

        self.numberLayout.addWidget(self.dossierNumberEdit)


        self.proposalLayout.addLayout(self.numberLayout)


        self.sideBySideLayout.addWidget(self.proposalBox)

        self.sideBySideLayout.setStretch(0, 2)
        self.sideBySideLayout.setStretch(1, 3)

        self.detailLayout.addLayout(self.sideBySideLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.messageLabel = QLabel(self.detailWidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.buttonLayout.addWidget(self.messageLabel)

        self.acceptNewButton = QPushButton(self.detailWidget)
        self.acceptNewButton.setObjectName(u"acceptNewButton")
        self.acceptNewButton.setEnabled(False)

        self.buttonLayout.addWidget(self.acceptNewButton)

        self.linkButton = QPushButton(self.detailWidget)
        self.linkButton.setObjectName(u"linkButton")
        self.linkButton.setEnabled(False)

        self.buttonLayout.addWidget(self.linkButton)

        self.rejectButton = QPushButton(self.detailWidget)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setEnabled(False)

        self.buttonLayout.addWidget(self.rejectButton)


        self.detailLayout.addLayout(self.buttonLayout)

        self.splitter.addWidget(self.detailWidget)

        self.tableLayout.addWidget(self.splitter)

        self.stack.addWidget(self.tablePage)

        self.assignmentsLayout.addWidget(self.stack)

        self.kindTabs.addTab(self.assignmentsTab, "")
        self.estimatesTab = QWidget()
        self.estimatesTab.setObjectName(u"estimatesTab")
        self.estimatesLayout = QVBoxLayout(self.estimatesTab)
        self.estimatesLayout.setObjectName(u"estimatesLayout")
        self.estimatesLayout.setContentsMargins(0, -1, 0, 0)
        self.estimateStack = QStackedWidget(self.estimatesTab)
        self.estimateStack.setObjectName(u"estimateStack")
        self.estimateEmptyPage = QWidget()
        self.estimateEmptyPage.setObjectName(u"estimateEmptyPage")
        self.estimateEmptyLayout = QVBoxLayout(self.estimateEmptyPage)
        self.estimateEmptyLayout.setObjectName(u"estimateEmptyLayout")
        self.estimateEmptyLabel = QLabel(self.estimateEmptyPage)
        self.estimateEmptyLabel.setObjectName(u"estimateEmptyLabel")
        self.estimateEmptyLabel.setAlignment(Qt.AlignCenter)
        self.estimateEmptyLabel.setWordWrap(True)

        self.estimateEmptyLayout.addWidget(self.estimateEmptyLabel)

        self.estimateStack.addWidget(self.estimateEmptyPage)
        self.estimateTablePage = QWidget()
        self.estimateTablePage.setObjectName(u"estimateTablePage")
        self.estimateTableLayout = QVBoxLayout(self.estimateTablePage)
        self.estimateTableLayout.setObjectName(u"estimateTableLayout")
        self.estimateTableLayout.setContentsMargins(0, 0, 0, 0)
        self.estimateSplitter = QSplitter(self.estimateTablePage)
        self.estimateSplitter.setObjectName(u"estimateSplitter")
        self.estimateSplitter.setOrientation(Qt.Vertical)
        self.estimateSplitter.setChildrenCollapsible(False)
        self.estimateTable = QTableView(self.estimateSplitter)
        self.estimateTable.setObjectName(u"estimateTable")
        self.estimateTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.estimateTable.setAlternatingRowColors(True)
        self.estimateTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.estimateTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.estimateTable.setWordWrap(False)
        self.estimateSplitter.addWidget(self.estimateTable)
        self.estimateTable.horizontalHeader().setStretchLastSection(True)
        self.estimateTable.verticalHeader().setVisible(False)
        self.estimateBox = QGroupBox(self.estimateSplitter)
        self.estimateBox.setObjectName(u"estimateBox")
        self.estimateBoxLayout = QVBoxLayout(self.estimateBox)
        self.estimateBoxLayout.setObjectName(u"estimateBoxLayout")
        self.estimateDossierLayout = QHBoxLayout()
        self.estimateDossierLayout.setObjectName(u"estimateDossierLayout")
        self.estimateDossierLabel = QLabel(self.estimateBox)
        self.estimateDossierLabel.setObjectName(u"estimateDossierLabel")

        self.estimateDossierLayout.addWidget(self.estimateDossierLabel)

        self.estimateDossierValue = QLabel(self.estimateBox)
        self.estimateDossierValue.setObjectName(u"estimateDossierValue")
        self.estimateDossierValue.setText(u"")
        self.estimateDossierValue.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.estimateDossierValue.sizePolicy().hasHeightForWidth())
        self.estimateDossierValue.setSizePolicy(sizePolicy)

        self.estimateDossierLayout.addWidget(self.estimateDossierValue)

        self.openDossierButton = QPushButton(self.estimateBox)
        self.openDossierButton.setObjectName(u"openDossierButton")
        self.openDossierButton.setEnabled(False)

        self.estimateDossierLayout.addWidget(self.openDossierButton)


        self.estimateBoxLayout.addLayout(self.estimateDossierLayout)

        self.comparisonLoadingLabel = QLabel(self.estimateBox)
        self.comparisonLoadingLabel.setObjectName(u"comparisonLoadingLabel")

        self.estimateBoxLayout.addWidget(self.comparisonLoadingLabel)

        self.comparisonLayout = QVBoxLayout()
        self.comparisonLayout.setObjectName(u"comparisonLayout")

        self.estimateBoxLayout.addLayout(self.comparisonLayout)

        self.estimateSplitter.addWidget(self.estimateBox)

        self.estimateTableLayout.addWidget(self.estimateSplitter)

        self.estimateButtonLayout = QHBoxLayout()
        self.estimateButtonLayout.setObjectName(u"estimateButtonLayout")
        self.estimateMessageLabel = QLabel(self.estimateTablePage)
        self.estimateMessageLabel.setObjectName(u"estimateMessageLabel")
        self.estimateMessageLabel.setText(u"")
        self.estimateMessageLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.estimateMessageLabel.sizePolicy().hasHeightForWidth())
        self.estimateMessageLabel.setSizePolicy(sizePolicy)

        self.estimateButtonLayout.addWidget(self.estimateMessageLabel)

        self.acceptEstimateButton = QPushButton(self.estimateTablePage)
        self.acceptEstimateButton.setObjectName(u"acceptEstimateButton")
        self.acceptEstimateButton.setEnabled(False)

        self.estimateButtonLayout.addWidget(self.acceptEstimateButton)

        self.rejectEstimateButton = QPushButton(self.estimateTablePage)
        self.rejectEstimateButton.setObjectName(u"rejectEstimateButton")
        self.rejectEstimateButton.setEnabled(False)

        self.estimateButtonLayout.addWidget(self.rejectEstimateButton)


        self.estimateTableLayout.addLayout(self.estimateButtonLayout)

        self.estimateStack.addWidget(self.estimateTablePage)

        self.estimatesLayout.addWidget(self.estimateStack)

        self.kindTabs.addTab(self.estimatesTab, "")

        self.pageLayout.addWidget(self.kindTabs)

#if QT_CONFIG(shortcut)
        self.dossierNumberLabel.setBuddy(self.dossierNumberEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindTabs, self.queueTable)
        QWidget.setTabOrder(self.queueTable, self.proposalTable)
        QWidget.setTabOrder(self.proposalTable, self.dossierNumberEdit)
        QWidget.setTabOrder(self.dossierNumberEdit, self.acceptNewButton)
        QWidget.setTabOrder(self.acceptNewButton, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.estimateTable)
        QWidget.setTabOrder(self.estimateTable, self.openDossierButton)
        QWidget.setTabOrder(self.openDossierButton, self.acceptEstimateButton)
        QWidget.setTabOrder(self.acceptEstimateButton, self.rejectEstimateButton)

        self.retranslateUi(QueuePage)

        QMetaObject.connectSlotsByName(QueuePage)
    # setupUi

    def retranslateUi(self, QueuePage):
        self.introLabel.setText(QCoreApplication.translate("QueuePage", u"Opdrachten en bestekken die via Informex binnenkomen, wachten hier tot iemand ze aanvaardt of weigert.", None))
        self.queueingOffLabel.setText(QCoreApplication.translate("QueuePage", u"Nieuwe opdrachten worden meteen een dossier (informex_queueing staat uit).", None))
        self.emptyLabel.setText(QCoreApplication.translate("QueuePage", u"Er wachten geen opdrachten.", None))
        self.assignmentBox.setTitle(QCoreApplication.translate("QueuePage", u"Opdracht", None))
        self.numberLabel.setText(QCoreApplication.translate("QueuePage", u"Nummer", None))
        self.repairerLabel.setText(QCoreApplication.translate("QueuePage", u"Hersteller", None))
        self.plateLabel.setText(QCoreApplication.translate("QueuePage", u"Nummerplaat", None))
        self.vehicleLabel.setText(QCoreApplication.translate("QueuePage", u"Voertuig", None))
        self.customerLabel.setText(QCoreApplication.translate("QueuePage", u"Klant", None))
        self.workLabel.setText(QCoreApplication.translate("QueuePage", u"Werk", None))
        self.insurerLabel.setText(QCoreApplication.translate("QueuePage", u"Verzekeraar", None))
        self.importedLabel.setText(QCoreApplication.translate("QueuePage", u"Datum Import", None))
        self.proposalBox.setTitle(QCoreApplication.translate("QueuePage", u"Voorgestelde dossiers (zelfde hersteller en nummerplaat)", None))
        self.noProposalLabel.setText(QCoreApplication.translate("QueuePage", u"Geen dossier met deze nummerplaat bij deze hersteller.", None))
        self.dossierNumberLabel.setText(QCoreApplication.translate("QueuePage", u"Of &dossiernummer", None))
        self.dossierNumberEdit.setPlaceholderText(QCoreApplication.translate("QueuePage", u"bv. PM-2024-0012", None))
        self.acceptNewButton.setText(QCoreApplication.translate("QueuePage", u"Aanvaarden als nieuw dossier", None))
        self.linkButton.setText(QCoreApplication.translate("QueuePage", u"Koppelen aan dossier", None))
        self.rejectButton.setText(QCoreApplication.translate("QueuePage", u"Weigeren\u2026", None))
        self.kindTabs.setTabText(self.kindTabs.indexOf(self.assignmentsTab), QCoreApplication.translate("QueuePage", u"Opdrachten", None))
        self.estimateEmptyLabel.setText(QCoreApplication.translate("QueuePage", u"Er wachten geen bestekken.", None))
        self.estimateBox.setTitle(QCoreApplication.translate("QueuePage", u"Bestek", None))
        self.estimateDossierLabel.setText(QCoreApplication.translate("QueuePage", u"Dossier", None))
        self.openDossierButton.setText(QCoreApplication.translate("QueuePage", u"Dossier &openen", None))
        self.comparisonLoadingLabel.setText(QCoreApplication.translate("QueuePage", u"Het bestek wordt vergeleken met het dossier\u2026", None))
        self.acceptEstimateButton.setText(QCoreApplication.translate("QueuePage", u"&Aanvaarden", None))
        self.rejectEstimateButton.setText(QCoreApplication.translate("QueuePage", u"&Weigeren\u2026", None))
        self.kindTabs.setTabText(self.kindTabs.indexOf(self.estimatesTab), QCoreApplication.translate("QueuePage", u"Bestekken", None))
        pass
    # retranslateUi

