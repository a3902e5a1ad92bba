# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_winformex_tab.ui'
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

class Ui_DossierWinFormExTab(object):
    def setupUi(self, DossierWinFormExTab):
        if not DossierWinFormExTab.objectName():
            DossierWinFormExTab.setObjectName(u"DossierWinFormExTab")
        self.tabLayout = QVBoxLayout(DossierWinFormExTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.valuesLayout = QGridLayout()
        self.valuesLayout.setObjectName(u"valuesLayout")
        self.valuesLayout.setHorizontalSpacing(16)
        self.sentCaption = QLabel(DossierWinFormExTab)
        self.sentCaption.setObjectName(u"sentCaption")

        self.valuesLayout.addWidget(self.sentCaption, 0, 0, 1, 1)

        self.sentValue = QLabel(DossierWinFormExTab)
        self.sentValue.setObjectName(u"sentValue")
        self.sentValue.setText(u"")
        self.sentValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.valuesLayout.addWidget(self.sentValue, 0, 1, 1, 1)

        self.valuesLayout.setColumnStretch(1, 1)

        self.tabLayout.addLayout(self.valuesLayout)

        self.noteLabel = QLabel(DossierWinFormExTab)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.noteLabel)

        self.tabSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.tabLayout.addItem(self.tabSpacer)


        self.retranslateUi(DossierWinFormExTab)

        QMetaObject.connectSlotsByName(DossierWinFormExTab)
    # setupUi

    def retranslateUi(self, DossierWinFormExTab):
        self.sentCaption.setText(QCoreApplication.translate("DossierWinFormExTab", u"Verstuurd naar WinFormEx II", None))
        self.noteLabel.setText(QCoreApplication.translate("DossierWinFormExTab", u"Zolang Claims360 niet actief is op deze database, werkt dit dossier met WinFormEx II van Informex.", None))
        pass
    # retranslateUi

