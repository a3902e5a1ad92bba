# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'repairer_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RepairerDialog(object):
    def setupUi(self, RepairerDialog):
        if not RepairerDialog.objectName():
            RepairerDialog.setObjectName(u"RepairerDialog")
        RepairerDialog.resize(620, 300)
        RepairerDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RepairerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(2)
        self.nameLabel = QLabel(RepairerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(RepairerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(RepairerDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.formLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.externalReferenceLabel = QLabel(RepairerDialog)
        self.externalReferenceLabel.setObjectName(u"externalReferenceLabel")

        self.formLayout.addWidget(self.externalReferenceLabel, 2, 0, 1, 1)

        self.externalReferenceEdit = QLineEdit(RepairerDialog)
        self.externalReferenceEdit.setObjectName(u"externalReferenceEdit")

        self.formLayout.addWidget(self.externalReferenceEdit, 2, 1, 1, 1)

        self.externalReferenceError = QLabel(RepairerDialog)
        self.externalReferenceError.setObjectName(u"externalReferenceError")
        self.externalReferenceError.setText(u"")
        self.externalReferenceError.setWordWrap(True)

        self.formLayout.addWidget(self.externalReferenceError, 3, 1, 1, 1)

        self.vatNumberLabel = QLabel(RepairerDialog)
        self.vatNumberLabel.setObjectName(u"vatNumberLabel")

        self.formLayout.addWidget(self.vatNumberLabel, 4, 0, 1, 1)

        self.vatNumberEdit = QLineEdit(RepairerDialog)
        self.vatNumberEdit.setObjectName(u"vatNumberEdit")

        self.formLayout.addWidget(self.vatNumberEdit, 4, 1, 1, 1)

        self.vatNumberError = QLabel(RepairerDialog)
        self.vatNumberError.setObjectName(u"vatNumberError")
        self.vatNumberError.setText(u"")
        self.vatNumberError.setWordWrap(True)

        self.formLayout.addWidget(self.vatNumberError, 5, 1, 1, 1)

        self.addressLabel = QLabel(RepairerDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.addWidget(self.addressLabel, 6, 0, 1, 1)

        self.addressEdit = QLineEdit(RepairerDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.addWidget(self.addressEdit, 6, 1, 1, 1)

        self.addressError = QLabel(RepairerDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setText(u"")
        self.addressError.setWordWrap(True)

        self.formLayout.addWidget(self.addressError, 7, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(RepairerDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.verticalSpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.formError = QLabel(RepairerDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.formError.sizePolicy().hasHeightForWidth())
        self.formError.setSizePolicy(sizePolicy)

        self.buttonLayout.addWidget(self.formError)

        self.saveButton = QPushButton(RepairerDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(RepairerDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.externalReferenceLabel.setBuddy(self.externalReferenceEdit)
        self.vatNumberLabel.setBuddy(self.vatNumberEdit)
        self.addressLabel.setBuddy(self.addressEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.externalReferenceEdit)
        QWidget.setTabOrder(self.externalReferenceEdit, self.vatNumberEdit)
        QWidget.setTabOrder(self.vatNumberEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(RepairerDialog)
        self.cancelButton.clicked.connect(RepairerDialog.reject)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(RepairerDialog)
    # setupUi

    def retranslateUi(self, RepairerDialog):
        RepairerDialog.setWindowTitle(QCoreApplication.translate("RepairerDialog", u"Hersteller", None))
        self.nameLabel.setText(QCoreApplication.translate("RepairerDialog", u"&Naam", None))
        self.externalReferenceLabel.setText(QCoreApplication.translate("RepairerDialog", u"E&xterne referentie (Informex-postbus)", None))
        self.vatNumberLabel.setText(QCoreApplication.translate("RepairerDialog", u"&Btw-nummer", None))
        self.addressLabel.setText(QCoreApplication.translate("RepairerDialog", u"&Adres", None))
        self.hintLabel.setText(QCoreApplication.translate("RepairerDialog", u"De externe referentie is het nummer van de Informex-postbus van de hersteller (vaak het btw-nummer). Claims360 neemt het over als Carrosserie Id.", None))
        self.saveButton.setText(QCoreApplication.translate("RepairerDialog", u"Bewaren", None))
        self.cancelButton.setText(QCoreApplication.translate("RepairerDialog", u"Annuleren", None))
    # retranslateUi

