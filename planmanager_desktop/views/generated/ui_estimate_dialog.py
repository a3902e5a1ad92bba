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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

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
        self.acceptButton.setText(QCoreApplication.translate("EstimateDialog", u"&Aanvaarden", None))
        self.closeButton.setText(QCoreApplication.translate("EstimateDialog", u"Annuleren", None))
    # retranslateUi

