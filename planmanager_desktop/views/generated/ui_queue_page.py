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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

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

        self.stack = QStackedWidget(QueuePage)
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
        self.queueTable = QTableView(self.tablePage)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.queueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.queueTable.setWordWrap(False)
        self.queueTable.horizontalHeader().setStretchLastSection(True)
        self.queueTable.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.queueTable)

        self.stack.addWidget(self.tablePage)

        self.pageLayout.addWidget(self.stack)


        self.retranslateUi(QueuePage)

        QMetaObject.connectSlotsByName(QueuePage)
    # setupUi

    def retranslateUi(self, QueuePage):
        self.introLabel.setText(QCoreApplication.translate("QueuePage", u"Opdrachten en bestekken die via Informex binnenkomen, wachten hier tot iemand ze aanvaardt of weigert.", None))
        self.emptyLabel.setText(QCoreApplication.translate("QueuePage", u"Er wachten geen opdrachten.", None))
        pass
    # retranslateUi

