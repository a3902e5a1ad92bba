# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QMainWindow, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTabWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_DossierWindow(object):
    def setupUi(self, DossierWindow):
        if not DossierWindow.objectName():
            DossierWindow.setObjectName(u"DossierWindow")
        DossierWindow.resize(860, 620)
        DossierWindow.setMinimumSize(QSize(720, 520))
        self.centralWidget = QWidget(DossierWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.headerFrame = QFrame(self.centralWidget)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerFrame.setFrameShape(QFrame.StyledPanel)
        self.headerLayout = QHBoxLayout(self.headerFrame)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(12, 8, 8, 8)
        self.headerTextLayout = QVBoxLayout()
        self.headerTextLayout.setSpacing(2)
        self.headerTextLayout.setObjectName(u"headerTextLayout")
        self.headerTitleLayout = QHBoxLayout()
        self.headerTitleLayout.setObjectName(u"headerTitleLayout")
        self.numberValue = QLabel(self.headerFrame)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setText(u"")

        self.headerTitleLayout.addWidget(self.numberValue)

        self.statusValue = QLabel(self.headerFrame)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.headerTitleLayout.addWidget(self.statusValue)

        self.headerTitleSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerTitleLayout.addItem(self.headerTitleSpacer)


        self.headerTextLayout.addLayout(self.headerTitleLayout)

        self.summaryValue = QLabel(self.headerFrame)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setText(u"")
        self.summaryValue.setTextFormat(Qt.PlainText)

        self.headerTextLayout.addWidget(self.summaryValue)


        self.headerLayout.addLayout(self.headerTextLayout)

        self.infoButton = QToolButton(self.headerFrame)
        self.infoButton.setObjectName(u"infoButton")
        self.infoButton.setEnabled(False)
        self.infoButton.setIconSize(QSize(28, 28))
        self.infoButton.setAutoRaise(True)

        self.headerLayout.addWidget(self.infoButton)


        self.centralLayout.addWidget(self.headerFrame)

        self.tabWidget = QTabWidget(self.centralWidget)
        self.tabWidget.setObjectName(u"tabWidget")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalTabLayout = QGridLayout(self.generalTab)
        self.generalTabLayout.setObjectName(u"generalTabLayout")
        self.generalTabLayout.setHorizontalSpacing(12)
        self.generalTabLayout.setVerticalSpacing(3)
        self.repairerComboLabel = QLabel(self.generalTab)
        self.repairerComboLabel.setObjectName(u"repairerComboLabel")

        self.generalTabLayout.addWidget(self.repairerComboLabel, 0, 0, 1, 1)

        self.repairerCombo = QComboBox(self.generalTab)
        self.repairerCombo.setObjectName(u"repairerCombo")

        self.generalTabLayout.addWidget(self.repairerCombo, 0, 1, 1, 1)

        self.repairerError = QLabel(self.generalTab)
        self.repairerError.setObjectName(u"repairerError")
        self.repairerError.setText(u"")
        self.repairerError.setWordWrap(True)

        self.generalTabLayout.addWidget(self.repairerError, 1, 1, 1, 1)

        self.statusComboLabel = QLabel(self.generalTab)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.generalTabLayout.addWidget(self.statusComboLabel, 2, 0, 1, 1)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalTabLayout.addWidget(self.statusCombo, 2, 1, 1, 1)

        self.statusError = QLabel(self.generalTab)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setText(u"")
        self.statusError.setWordWrap(True)

        self.generalTabLayout.addWidget(self.statusError, 3, 1, 1, 1)

        self.insurerEditLabel = QLabel(self.generalTab)
        self.insurerEditLabel.setObjectName(u"insurerEditLabel")

        self.generalTabLayout.addWidget(self.insurerEditLabel, 4, 0, 1, 1)

        self.insurerEdit = QLineEdit(self.generalTab)
        self.insurerEdit.setObjectName(u"insurerEdit")

        self.generalTabLayout.addWidget(self.insurerEdit, 4, 1, 1, 1)

        self.claimNumberEditLabel = QLabel(self.generalTab)
        self.claimNumberEditLabel.setObjectName(u"claimNumberEditLabel")

        self.generalTabLayout.addWidget(self.claimNumberEditLabel, 5, 0, 1, 1)

        self.claimNumberEdit = QLineEdit(self.generalTab)
        self.claimNumberEdit.setObjectName(u"claimNumberEdit")

        self.generalTabLayout.addWidget(self.claimNumberEdit, 5, 1, 1, 1)

        self.descriptionEditLabel = QLabel(self.generalTab)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.generalTabLayout.addWidget(self.descriptionEditLabel, 6, 0, 1, 1, Qt.AlignTop)

        self.descriptionEdit = QPlainTextEdit(self.generalTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 160))

        self.generalTabLayout.addWidget(self.descriptionEdit, 6, 1, 1, 1)

        self.generalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalTabLayout.addItem(self.generalSpacer, 7, 0, 1, 2)

        self.generalTabLayout.setColumnStretch(1, 1)
        self.tabWidget.addTab(self.generalTab, "")
        self.vehicleTab = QWidget()
        self.vehicleTab.setObjectName(u"vehicleTab")
        self.vehicleTabLayout = QGridLayout(self.vehicleTab)
        self.vehicleTabLayout.setObjectName(u"vehicleTabLayout")
        self.vehicleTabLayout.setHorizontalSpacing(12)
        self.vehicleTabLayout.setVerticalSpacing(3)
        self.plateEditLabel = QLabel(self.vehicleTab)
        self.plateEditLabel.setObjectName(u"plateEditLabel")

        self.vehicleTabLayout.addWidget(self.plateEditLabel, 0, 0, 1, 1)

        self.plateEdit = QLineEdit(self.vehicleTab)
        self.plateEdit.setObjectName(u"plateEdit")

        self.vehicleTabLayout.addWidget(self.plateEdit, 0, 1, 1, 1)

        self.plateError = QLabel(self.vehicleTab)
        self.plateError.setObjectName(u"plateError")
        self.plateError.setText(u"")
        self.plateError.setWordWrap(True)

        self.vehicleTabLayout.addWidget(self.plateError, 1, 1, 1, 1)

        self.vinEditLabel = QLabel(self.vehicleTab)
        self.vinEditLabel.setObjectName(u"vinEditLabel")

        self.vehicleTabLayout.addWidget(self.vinEditLabel, 2, 0, 1, 1)

        self.vinEdit = QLineEdit(self.vehicleTab)
        self.vinEdit.setObjectName(u"vinEdit")

        self.vehicleTabLayout.addWidget(self.vinEdit, 2, 1, 1, 1)

        self.vinError = QLabel(self.vehicleTab)
        self.vinError.setObjectName(u"vinError")
        self.vinError.setText(u"")
        self.vinError.setWordWrap(True)

        self.vehicleTabLayout.addWidget(self.vinError, 3, 1, 1, 1)

        self.makeEditLabel = QLabel(self.vehicleTab)
        self.makeEditLabel.setObjectName(u"makeEditLabel")

        self.vehicleTabLayout.addWidget(self.makeEditLabel, 4, 0, 1, 1)

        self.makeEdit = QLineEdit(self.vehicleTab)
        self.makeEdit.setObjectName(u"makeEdit")

        self.vehicleTabLayout.addWidget(self.makeEdit, 4, 1, 1, 1)

        self.modelEditLabel = QLabel(self.vehicleTab)
        self.modelEditLabel.setObjectName(u"modelEditLabel")

        self.vehicleTabLayout.addWidget(self.modelEditLabel, 5, 0, 1, 1)

        self.modelEdit = QLineEdit(self.vehicleTab)
        self.modelEdit.setObjectName(u"modelEdit")

        self.vehicleTabLayout.addWidget(self.modelEdit, 5, 1, 1, 1)

        self.firstRegistrationEditLabel = QLabel(self.vehicleTab)
        self.firstRegistrationEditLabel.setObjectName(u"firstRegistrationEditLabel")

        self.vehicleTabLayout.addWidget(self.firstRegistrationEditLabel, 6, 0, 1, 1)

        self.firstRegistrationEdit = QLineEdit(self.vehicleTab)
        self.firstRegistrationEdit.setObjectName(u"firstRegistrationEdit")

        self.vehicleTabLayout.addWidget(self.firstRegistrationEdit, 6, 1, 1, 1)

        self.firstRegistrationError = QLabel(self.vehicleTab)
        self.firstRegistrationError.setObjectName(u"firstRegistrationError")
        self.firstRegistrationError.setText(u"")
        self.firstRegistrationError.setWordWrap(True)

        self.vehicleTabLayout.addWidget(self.firstRegistrationError, 7, 1, 1, 1)

        self.odometerEditLabel = QLabel(self.vehicleTab)
        self.odometerEditLabel.setObjectName(u"odometerEditLabel")

        self.vehicleTabLayout.addWidget(self.odometerEditLabel, 8, 0, 1, 1)

        self.odometerEdit = QLineEdit(self.vehicleTab)
        self.odometerEdit.setObjectName(u"odometerEdit")

        self.vehicleTabLayout.addWidget(self.odometerEdit, 8, 1, 1, 1)

        self.odometerError = QLabel(self.vehicleTab)
        self.odometerError.setObjectName(u"odometerError")
        self.odometerError.setText(u"")
        self.odometerError.setWordWrap(True)

        self.vehicleTabLayout.addWidget(self.odometerError, 9, 1, 1, 1)

        self.vehicleSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vehicleTabLayout.addItem(self.vehicleSpacer, 10, 0, 1, 2)

        self.vehicleTabLayout.setColumnStretch(1, 1)
        self.tabWidget.addTab(self.vehicleTab, "")
        self.customerTab = QWidget()
        self.customerTab.setObjectName(u"customerTab")
        self.customerTabLayout = QGridLayout(self.customerTab)
        self.customerTabLayout.setObjectName(u"customerTabLayout")
        self.customerTabLayout.setHorizontalSpacing(12)
        self.customerTabLayout.setVerticalSpacing(3)
        self.customerNameEditLabel = QLabel(self.customerTab)
        self.customerNameEditLabel.setObjectName(u"customerNameEditLabel")

        self.customerTabLayout.addWidget(self.customerNameEditLabel, 0, 0, 1, 1)

        self.customerNameEdit = QLineEdit(self.customerTab)
        self.customerNameEdit.setObjectName(u"customerNameEdit")

        self.customerTabLayout.addWidget(self.customerNameEdit, 0, 1, 1, 1)

        self.customerNameError = QLabel(self.customerTab)
        self.customerNameError.setObjectName(u"customerNameError")
        self.customerNameError.setText(u"")
        self.customerNameError.setWordWrap(True)

        self.customerTabLayout.addWidget(self.customerNameError, 1, 1, 1, 1)

        self.phoneEditLabel = QLabel(self.customerTab)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.customerTabLayout.addWidget(self.phoneEditLabel, 2, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.customerTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.customerTabLayout.addWidget(self.phoneEdit, 2, 1, 1, 1)

        self.emailEditLabel = QLabel(self.customerTab)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.customerTabLayout.addWidget(self.emailEditLabel, 3, 0, 1, 1)

        self.emailEdit = QLineEdit(self.customerTab)
        self.emailEdit.setObjectName(u"emailEdit")

        self.customerTabLayout.addWidget(self.emailEdit, 3, 1, 1, 1)

        self.emailError = QLabel(self.customerTab)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setWordWrap(True)

        self.customerTabLayout.addWidget(self.emailError, 4, 1, 1, 1)

        self.addressEditLabel = QLabel(self.customerTab)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.customerTabLayout.addWidget(self.addressEditLabel, 5, 0, 1, 1)

        self.addressEdit = QLineEdit(self.customerTab)
        self.addressEdit.setObjectName(u"addressEdit")

        self.customerTabLayout.addWidget(self.addressEdit, 5, 1, 1, 1)

        self.customerSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customerTabLayout.addItem(self.customerSpacer, 6, 0, 1, 2)

        self.customerTabLayout.setColumnStretch(1, 1)
        self.tabWidget.addTab(self.customerTab, "")
        self.photosTab = QWidget()
        self.photosTab.setObjectName(u"photosTab")
        self.photosLayout = QVBoxLayout(self.photosTab)
        self.photosLayout.setObjectName(u"photosLayout")
        self.photosToolbar = QHBoxLayout()
        self.photosToolbar.setObjectName(u"photosToolbar")
        self.addPhotosButton = QPushButton(self.photosTab)
        self.addPhotosButton.setObjectName(u"addPhotosButton")

        self.photosToolbar.addWidget(self.addPhotosButton)

        self.photoStatusLabel = QLabel(self.photosTab)
        self.photoStatusLabel.setObjectName(u"photoStatusLabel")
        self.photoStatusLabel.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.photoStatusLabel.sizePolicy().hasHeightForWidth())
        self.photoStatusLabel.setSizePolicy(sizePolicy)

        self.photosToolbar.addWidget(self.photoStatusLabel)


        self.photosLayout.addLayout(self.photosToolbar)

        self.photoList = QListView(self.photosTab)
        self.photoList.setObjectName(u"photoList")
        self.photoList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.photoList.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.photoList.setIconSize(QSize(160, 120))
        self.photoList.setMovement(QListView.Static)
        self.photoList.setResizeMode(QListView.Adjust)
        self.photoList.setSpacing(8)
        self.photoList.setViewMode(QListView.IconMode)
        self.photoList.setUniformItemSizes(True)
        self.photoList.setWordWrap(True)

        self.photosLayout.addWidget(self.photoList)

        self.tabWidget.addTab(self.photosTab, "")
        self.estimateTab = QWidget()
        self.estimateTab.setObjectName(u"estimateTab")
        self.estimateLayout = QVBoxLayout(self.estimateTab)
        self.estimateLayout.setObjectName(u"estimateLayout")
        self.estimateToolbar = QHBoxLayout()
        self.estimateToolbar.setObjectName(u"estimateToolbar")
        self.versionComboLabel = QLabel(self.estimateTab)
        self.versionComboLabel.setObjectName(u"versionComboLabel")

        self.estimateToolbar.addWidget(self.versionComboLabel)

        self.versionCombo = QComboBox(self.estimateTab)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setMinimumSize(QSize(220, 0))

        self.estimateToolbar.addWidget(self.versionCombo)

        self.estimateInfoLabel = QLabel(self.estimateTab)
        self.estimateInfoLabel.setObjectName(u"estimateInfoLabel")
        self.estimateInfoLabel.setText(u"")
        sizePolicy.setHeightForWidth(self.estimateInfoLabel.sizePolicy().hasHeightForWidth())
        self.estimateInfoLabel.setSizePolicy(sizePolicy)

        self.estimateToolbar.addWidget(self.estimateInfoLabel)


        self.estimateLayout.addLayout(self.estimateToolbar)

        self.estimateStack = QStackedWidget(self.estimateTab)
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
        self.estimateLinesPage = QWidget()
        self.estimateLinesPage.setObjectName(u"estimateLinesPage")
        self.estimateLinesLayout = QVBoxLayout(self.estimateLinesPage)
        self.estimateLinesLayout.setObjectName(u"estimateLinesLayout")
        self.estimateLinesLayout.setContentsMargins(0, 0, 0, 0)
        self.estimateTable = QTableView(self.estimateLinesPage)
        self.estimateTable.setObjectName(u"estimateTable")
        self.estimateTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.estimateTable.setAlternatingRowColors(True)
        self.estimateTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.estimateTable.setWordWrap(False)
        self.estimateTable.horizontalHeader().setStretchLastSection(False)
        self.estimateTable.verticalHeader().setVisible(False)

        self.estimateLinesLayout.addWidget(self.estimateTable)

        self.estimateTotalsLabel = QLabel(self.estimateLinesPage)
        self.estimateTotalsLabel.setObjectName(u"estimateTotalsLabel")
        self.estimateTotalsLabel.setText(u"")
        self.estimateTotalsLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.estimateTotalsLabel.setTextFormat(Qt.RichText)

        self.estimateLinesLayout.addWidget(self.estimateTotalsLabel)

        self.estimateStack.addWidget(self.estimateLinesPage)

        self.estimateLayout.addWidget(self.estimateStack)

        self.tabWidget.addTab(self.estimateTab, "")

        self.centralLayout.addWidget(self.tabWidget)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.formError = QLabel(self.centralWidget)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.formError.sizePolicy().hasHeightForWidth())
        self.formError.setSizePolicy(sizePolicy)

        self.buttonLayout.addWidget(self.formError)

        self.saveButton = QPushButton(self.centralWidget)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(self.centralWidget)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.centralLayout.addLayout(self.buttonLayout)

        DossierWindow.setCentralWidget(self.centralWidget)
#if QT_CONFIG(shortcut)
        self.repairerComboLabel.setBuddy(self.repairerCombo)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.insurerEditLabel.setBuddy(self.insurerEdit)
        self.claimNumberEditLabel.setBuddy(self.claimNumberEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.plateEditLabel.setBuddy(self.plateEdit)
        self.vinEditLabel.setBuddy(self.vinEdit)
        self.makeEditLabel.setBuddy(self.makeEdit)
        self.modelEditLabel.setBuddy(self.modelEdit)
        self.firstRegistrationEditLabel.setBuddy(self.firstRegistrationEdit)
        self.odometerEditLabel.setBuddy(self.odometerEdit)
        self.customerNameEditLabel.setBuddy(self.customerNameEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.versionComboLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierWindow)
        self.closeButton.clicked.connect(DossierWindow.close)

        self.tabWidget.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(DossierWindow)
    # setupUi

    def retranslateUi(self, DossierWindow):
        DossierWindow.setWindowTitle(QCoreApplication.translate("DossierWindow", u"Dossier", None))
        self.repairerComboLabel.setText(QCoreApplication.translate("DossierWindow", u"&Hersteller", None))
        self.statusComboLabel.setText(QCoreApplication.translate("DossierWindow", u"&Status", None))
        self.insurerEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Verzekeraar", None))
        self.claimNumberEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Schadedossiernummer", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Omschrijving", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.generalTab), QCoreApplication.translate("DossierWindow", u"Algemeen", None))
        self.plateEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Nummerplaat", None))
        self.vinEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Chassisnummer (VIN)", None))
        self.makeEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Merk", None))
        self.modelEditLabel.setText(QCoreApplication.translate("DossierWindow", u"M&odel", None))
        self.firstRegistrationEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Eerste inschrijving", None))
        self.odometerEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Km-stand", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.vehicleTab), QCoreApplication.translate("DossierWindow", u"Voertuig", None))
        self.customerNameEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Naam", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Telefoon", None))
        self.emailEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&E-mail", None))
        self.addressEditLabel.setText(QCoreApplication.translate("DossierWindow", u"&Adres", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.customerTab), QCoreApplication.translate("DossierWindow", u"Klant", None))
        self.addPhotosButton.setText(QCoreApplication.translate("DossierWindow", u"Foto's toevoegen\u2026", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.photosTab), QCoreApplication.translate("DossierWindow", u"Foto's", None))
        self.versionComboLabel.setText(QCoreApplication.translate("DossierWindow", u"&Versie", None))
        self.estimateEmptyLabel.setText(QCoreApplication.translate("DossierWindow", u"Er is nog geen bestek voor dit dossier. Een bestek komt binnen via Informex.", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.estimateTab), QCoreApplication.translate("DossierWindow", u"Bestek", None))
        self.saveButton.setText(QCoreApplication.translate("DossierWindow", u"Bewaren", None))
        self.closeButton.setText(QCoreApplication.translate("DossierWindow", u"Sluiten", None))
    # retranslateUi

