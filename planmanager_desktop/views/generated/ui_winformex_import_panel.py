# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'winformex_import_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WinFormExImportPanel(object):
    def setupUi(self, WinFormExImportPanel):
        if not WinFormExImportPanel.objectName():
            WinFormExImportPanel.setObjectName(u"WinFormExImportPanel")
        self.panelLayout = QVBoxLayout(WinFormExImportPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.importButton = QPushButton(WinFormExImportPanel)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)

        self.busyBar = QProgressBar(WinFormExImportPanel)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(140, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.buttonLayout.addWidget(self.busyBar)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.panelLayout.addLayout(self.buttonLayout)

        self.summaryLabel = QLabel(WinFormExImportPanel)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.panelLayout.addWidget(self.summaryLabel)

        self.resultList = QListWidget(WinFormExImportPanel)
        self.resultList.setObjectName(u"resultList")
        self.resultList.setAlternatingRowColors(True)
        self.resultList.setWordWrap(True)
        self.resultList.setSpacing(3)
        self.resultList.setSelectionMode(QAbstractItemView.SingleSelection)

        self.panelLayout.addWidget(self.resultList)


        self.retranslateUi(WinFormExImportPanel)

        QMetaObject.connectSlotsByName(WinFormExImportPanel)
    # setupUi

    def retranslateUi(self, WinFormExImportPanel):
        self.importButton.setText(QCoreApplication.translate("WinFormExImportPanel", u"Importeren uit WinFormEx II", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("WinFormExImportPanel", u"De berichten in de WinFormEx-importmap nu importeren: opdrachten en bestekken gaan naar de Wachtrij of rechtstreeks naar een dossier.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

