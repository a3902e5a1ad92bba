# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claims360_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_Claims360Page(object):
    def setupUi(self, Claims360Page):
        if not Claims360Page.objectName():
            Claims360Page.setObjectName(u"Claims360Page")
        self.pageLayout = QVBoxLayout(Claims360Page)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.repairerLabel = QLabel(Claims360Page)
        self.repairerLabel.setObjectName(u"repairerLabel")

        self.toolbarLayout.addWidget(self.repairerLabel)

        self.repairerCombo = QComboBox(Claims360Page)
        self.repairerCombo.setObjectName(u"repairerCombo")
        self.repairerCombo.setMinimumSize(QSize(260, 0))

        self.toolbarLayout.addWidget(self.repairerCombo)

        self.refreshButton = QPushButton(Claims360Page)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setEnabled(False)

        self.toolbarLayout.addWidget(self.refreshButton)

        self.toolbarSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.placeholderFrame = QFrame(Claims360Page)
        self.placeholderFrame.setObjectName(u"placeholderFrame")
        self.placeholderFrame.setFrameShape(QFrame.StyledPanel)
        self.placeholderLayout = QVBoxLayout(self.placeholderFrame)
        self.placeholderLayout.setObjectName(u"placeholderLayout")
        self.explanationLabel = QLabel(self.placeholderFrame)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.placeholderLayout.addWidget(self.explanationLabel)

        self.placeholderSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.placeholderLayout.addItem(self.placeholderSpacer)


        self.pageLayout.addWidget(self.placeholderFrame)

#if QT_CONFIG(shortcut)
        self.repairerLabel.setBuddy(self.repairerCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Claims360Page)

        QMetaObject.connectSlotsByName(Claims360Page)
    # setupUi

    def retranslateUi(self, Claims360Page):
        self.repairerLabel.setText(QCoreApplication.translate("Claims360Page", u"&Hersteller", None))
        self.refreshButton.setText(QCoreApplication.translate("Claims360Page", u"Vernieuwen", None))
        self.explanationLabel.setText(QCoreApplication.translate("Claims360Page", u"Claims360 is actief op deze database. Kies een hersteller om zijn koppeling met Claims360 in te stellen. Elke 15 minuten haalt PlanManager de nieuwe opdrachten van alle ingestelde herstellers op; met Vernieuwen haalt u ze meteen op voor de gekozen hersteller.", None))
        pass
    # retranslateUi

