# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.2
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStatusBar, QTabWidget, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 720)
        MainWindow.setMinimumSize(QSize(900, 560))
        self.newDossierAction = QAction(MainWindow)
        self.newDossierAction.setObjectName(u"newDossierAction")
        self.winformexImportAction = QAction(MainWindow)
        self.winformexImportAction.setObjectName(u"winformexImportAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(8, 8, 8, 4)
        self.demoBanner = QFrame(self.centralWidget)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBanner.setFrameShape(QFrame.StyledPanel)
        self.demoBannerLayout = QHBoxLayout(self.demoBanner)
        self.demoBannerLayout.setObjectName(u"demoBannerLayout")
        self.demoBannerLayout.setContentsMargins(10, 6, 10, 6)
        self.demoTitleLabel = QLabel(self.demoBanner)
        self.demoTitleLabel.setObjectName(u"demoTitleLabel")

        self.demoBannerLayout.addWidget(self.demoTitleLabel)

        self.demoInfoLabel = QLabel(self.demoBanner)
        self.demoInfoLabel.setObjectName(u"demoInfoLabel")
        self.demoInfoLabel.setText(u"")
        self.demoInfoLabel.setWordWrap(True)
        self.demoInfoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.demoInfoLabel.sizePolicy().hasHeightForWidth())
        self.demoInfoLabel.setSizePolicy(sizePolicy)

        self.demoBannerLayout.addWidget(self.demoInfoLabel)


        self.centralLayout.addWidget(self.demoBanner)

        self.tabWidget = QTabWidget(self.centralWidget)
        self.tabWidget.setObjectName(u"tabWidget")
        self.tabWidget.setDocumentMode(False)
        self.tabWidget.setIconSize(QSize(20, 20))

        self.centralLayout.addWidget(self.tabWidget)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.newDossierAction)
        self.fileMenu.addAction(self.winformexImportAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"PlanManager Desktop", None))
        self.newDossierAction.setText(QCoreApplication.translate("MainWindow", u"&Nieuw dossier", None))
#if QT_CONFIG(shortcut)
        self.newDossierAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.winformexImportAction.setText(QCoreApplication.translate("MainWindow", u"&Importeren uit WinFormEx II\u2026", None))
#if QT_CONFIG(tooltip)
        self.winformexImportAction.setToolTip(QCoreApplication.translate("MainWindow", u"Berichten uit de WinFormEx-importmap importeren (ook na de activatie van Claims360)", None))
#endif // QT_CONFIG(tooltip)
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&Over PlanManager Desktop", None))
        self.demoTitleLabel.setText(QCoreApplication.translate("MainWindow", u"Demomodus", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

