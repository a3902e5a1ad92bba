# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'photo_picker_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QLabel, QListView, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PhotoPickerDialog(object):
    def setupUi(self, PhotoPickerDialog):
        if not PhotoPickerDialog.objectName():
            PhotoPickerDialog.setObjectName(u"PhotoPickerDialog")
        PhotoPickerDialog.resize(900, 640)
        self.dialogLayout = QVBoxLayout(PhotoPickerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PhotoPickerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.selectLayout = QHBoxLayout()
        self.selectLayout.setObjectName(u"selectLayout")
        self.selectAllButton = QPushButton(PhotoPickerDialog)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.selectLayout.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(PhotoPickerDialog)
        self.selectNoneButton.setObjectName(u"selectNoneButton")

        self.selectLayout.addWidget(self.selectNoneButton)

        self.countLabel = QLabel(PhotoPickerDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy)

        self.selectLayout.addWidget(self.countLabel)

        self.scaleDownButton = QPushButton(PhotoPickerDialog)
        self.scaleDownButton.setObjectName(u"scaleDownButton")

        self.selectLayout.addWidget(self.scaleDownButton)

        self.retryButton = QPushButton(PhotoPickerDialog)
        self.retryButton.setObjectName(u"retryButton")

        self.selectLayout.addWidget(self.retryButton)


        self.dialogLayout.addLayout(self.selectLayout)

        self.photoList = QListView(PhotoPickerDialog)
        self.photoList.setObjectName(u"photoList")
        self.photoList.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.photoList.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.photoList.setIconSize(QSize(160, 120))
        self.photoList.setMovement(QListView.Static)
        self.photoList.setResizeMode(QListView.Adjust)
        self.photoList.setSpacing(6)
        self.photoList.setViewMode(QListView.IconMode)
        self.photoList.setUniformItemSizes(True)
        self.photoList.setWordWrap(True)

        self.dialogLayout.addWidget(self.photoList)

        self.progressBar = QProgressBar(PhotoPickerDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.dialogLayout.addWidget(self.progressBar)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(PhotoPickerDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonLayout.addWidget(self.statusLabel)

        self.sendButton = QPushButton(PhotoPickerDialog)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonLayout.addWidget(self.sendButton)

        self.closeButton = QPushButton(PhotoPickerDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(PhotoPickerDialog)

        QMetaObject.connectSlotsByName(PhotoPickerDialog)
    # setupUi

    def retranslateUi(self, PhotoPickerDialog):
        PhotoPickerDialog.setWindowTitle(QCoreApplication.translate("PhotoPickerDialog", u"Foto's versturen naar Claims360", None))
        self.introLabel.setText(QCoreApplication.translate("PhotoPickerDialog", u"Duid de foto's aan die u naar Claims360 wilt versturen. Foto's die al in Claims360 staan, zijn gemarkeerd en worden niet opnieuw verstuurd.", None))
        self.selectAllButton.setText(QCoreApplication.translate("PhotoPickerDialog", u"&Alles selecteren", None))
        self.selectNoneButton.setText(QCoreApplication.translate("PhotoPickerDialog", u"&Niets selecteren", None))
        self.scaleDownButton.setText(QCoreApplication.translate("PhotoPickerDialog", u"&Verkleinen", None))
        self.retryButton.setText(QCoreApplication.translate("PhotoPickerDialog", u"&Opnieuw proberen", None))
        self.progressBar.setFormat(QCoreApplication.translate("PhotoPickerDialog", u"%v van %m", None))
        self.sendButton.setText(QCoreApplication.translate("PhotoPickerDialog", u"V&ersturen", None))
        self.closeButton.setText(QCoreApplication.translate("PhotoPickerDialog", u"Sluiten", None))
    # retranslateUi

