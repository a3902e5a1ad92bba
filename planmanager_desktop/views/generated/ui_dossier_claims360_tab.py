# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_claims360_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DossierClaims360Tab(object):
    def setupUi(self, DossierClaims360Tab):
        if not DossierClaims360Tab.objectName():
            DossierClaims360Tab.setObjectName(u"DossierClaims360Tab")
        self.tabLayout = QVBoxLayout(DossierClaims360Tab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.valuesLayout = QGridLayout()
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesLayout.setHorizontalSpacing(16)
        self.caseNumberCaption = QLabel(DossierClaims360Tab)
        self.caseNumberCaption.setObjectName(u"caseNumberCaption")

        self.valuesLayout.addWidget(self.caseNumberCaption, 0, 0, 1, 1)

        self.caseNumberValue = QLabel(DossierClaims360Tab)
        self.caseNumberValue.setObjectName(u"caseNumberValue")
        self.caseNumberValue.setText(u"")
        self.caseNumberValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.valuesLayout.addWidget(self.caseNumberValue, 0, 1, 1, 1)

        self.lastExportCaption = QLabel(DossierClaims360Tab)
        self.lastExportCaption.setObjectName(u"lastExportCaption")

        self.valuesLayout.addWidget(self.lastExportCaption, 1, 0, 1, 1)

        self.lastExportValue = QLabel(DossierClaims360Tab)
        self.lastExportValue.setObjectName(u"lastExportValue")
        self.lastExportValue.setText(u"")
        self.lastExportValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.valuesLayout.addWidget(self.lastExportValue, 1, 1, 1, 1)

        self.estimateVersionCaption = QLabel(DossierClaims360Tab)
        self.estimateVersionCaption.setObjectName(u"estimateVersionCaption")

        self.valuesLayout.addWidget(self.estimateVersionCaption, 2, 0, 1, 1)

        self.estimateVersionValue = QLabel(DossierClaims360Tab)
        self.estimateVersionValue.setObjectName(u"estimateVersionValue")
        self.estimateVersionValue.setText(u"")
        self.estimateVersionValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.valuesLayout.addWidget(self.estimateVersionValue, 2, 1, 1, 1)

        self.photosSentCaption = QLabel(DossierClaims360Tab)
        self.photosSentCaption.setObjectName(u"photosSentCaption")

        self.valuesLayout.addWidget(self.photosSentCaption, 3, 0, 1, 1)

        self.photosSentValue = QLabel(DossierClaims360Tab)
        self.photosSentValue.setObjectName(u"photosSentValue")
        self.photosSentValue.setText(u"")
        self.photosSentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.valuesLayout.addWidget(self.photosSentValue, 3, 1, 1, 1)

        self.photosReceivedCaption = QLabel(DossierClaims360Tab)
        self.photosReceivedCaption.setObjectName(u"photosReceivedCaption")

        self.valuesLayout.addWidget(self.photosReceivedCaption, 4, 0, 1, 1)

        self.photosReceivedValue = QLabel(DossierClaims360Tab)
        self.photosReceivedValue.setObjectName(u"photosReceivedValue")
        self.photosReceivedValue.setText(u"")
        self.photosReceivedValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.valuesLayout.addWidget(self.photosReceivedValue, 4, 1, 1, 1)

        self.valuesLayout.setColumnStretch(1, 1)

        self.tabLayout.addLayout(self.valuesLayout)

        self.noteLabel = QLabel(DossierClaims360Tab)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.noteLabel)

        self.tabSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tabLayout.addItem(self.tabSpacer)


        self.retranslateUi(DossierClaims360Tab)

        QMetaObject.connectSlotsByName(DossierClaims360Tab)
    # setupUi

    def retranslateUi(self, DossierClaims360Tab):
        self.caseNumberCaption.setText(QCoreApplication.translate("DossierClaims360Tab", u"Claims360-dossiernummer", None))
        self.lastExportCaption.setText(QCoreApplication.translate("DossierClaims360Tab", u"Laatste export", None))
        self.estimateVersionCaption.setText(QCoreApplication.translate("DossierClaims360Tab", u"Bestekversie", None))
        self.photosSentCaption.setText(QCoreApplication.translate("DossierClaims360Tab", u"Foto's verstuurd", None))
        self.photosReceivedCaption.setText(QCoreApplication.translate("DossierClaims360Tab", u"Foto's ontvangen", None))
        pass
    # retranslateUi

