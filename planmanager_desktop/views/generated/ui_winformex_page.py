# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'winformex_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_WinFormExPage(object):
    def setupUi(self, WinFormExPage):
        if not WinFormExPage.objectName():
            WinFormExPage.setObjectName(u"WinFormExPage")
        self.pageLayout = QVBoxLayout(WinFormExPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.infoFrame = QFrame(WinFormExPage)
        self.infoFrame.setObjectName(u"infoFrame")
        self.infoFrame.setFrameShape(QFrame.StyledPanel)
        self.infoLayout = QVBoxLayout(self.infoFrame)
        self.infoLayout.setObjectName(u"infoLayout")
        self.titleLabel = QLabel(self.infoFrame)
        self.titleLabel.setObjectName(u"titleLabel")

        self.infoLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(self.infoFrame)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.infoLayout.addWidget(self.explanationLabel)

        self.activationLabel = QLabel(self.infoFrame)
        self.activationLabel.setObjectName(u"activationLabel")
        self.activationLabel.setText(u"")
        self.activationLabel.setWordWrap(True)

        self.infoLayout.addWidget(self.activationLabel)


        self.pageLayout.addWidget(self.infoFrame)

        self.importBox = QGroupBox(WinFormExPage)
        self.importBox.setObjectName(u"importBox")
        self.importLayout = QVBoxLayout(self.importBox)
        self.importLayout.setObjectName(u"importLayout")

        self.pageLayout.addWidget(self.importBox)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(WinFormExPage)

        QMetaObject.connectSlotsByName(WinFormExPage)
    # setupUi

    def retranslateUi(self, WinFormExPage):
        self.titleLabel.setText(QCoreApplication.translate("WinFormExPage", u"WinFormEx II", None))
        self.explanationLabel.setText(QCoreApplication.translate("WinFormExPage", u"Deze database werkt nog met WinFormEx II van Informex. Opdrachten en bestekken uit uw Informex-postbus komen als bestanden binnen in de WinFormEx-importmap; met Importeren uit WinFormEx II gaan ze naar de Wachtrij of rechtstreeks naar een dossier. Vanuit een dossier verstuurt u gegevens naar WinFormEx II met de i-knop.", None))
        self.importBox.setTitle(QCoreApplication.translate("WinFormExPage", u"Import uit WinFormEx II", None))
        pass
    # retranslateUi

