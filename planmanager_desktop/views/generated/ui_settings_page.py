# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.languageGroup = QGroupBox(SettingsPage)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageLayout = QFormLayout(self.languageGroup)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLayout.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.languageGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.languageLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.pageLayout.addWidget(self.languageGroup)

        self.databaseGroup = QGroupBox(SettingsPage)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseLayout = QFormLayout(self.databaseGroup)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.databaseCaption = QLabel(self.databaseGroup)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.databaseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseValue = QLabel(self.databaseGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setText(u"")
        self.databaseValue.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.databaseValue.setWordWrap(True)

        self.databaseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.activationCaption = QLabel(self.databaseGroup)
        self.activationCaption.setObjectName(u"activationCaption")

        self.databaseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activationCaption)

        self.activationValue = QLabel(self.databaseGroup)
        self.activationValue.setObjectName(u"activationValue")
        self.activationValue.setText(u"")
        self.activationValue.setWordWrap(True)

        self.databaseLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activationValue)

        self.queueingCaption = QLabel(self.databaseGroup)
        self.queueingCaption.setObjectName(u"queueingCaption")

        self.databaseLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.queueingCaption)

        self.queueingValue = QLabel(self.databaseGroup)
        self.queueingValue.setObjectName(u"queueingValue")
        self.queueingValue.setText(u"")
        self.queueingValue.setWordWrap(True)

        self.databaseLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.queueingValue)

        self.syncIntervalCaption = QLabel(self.databaseGroup)
        self.syncIntervalCaption.setObjectName(u"syncIntervalCaption")

        self.databaseLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.syncIntervalCaption)

        self.syncIntervalValue = QLabel(self.databaseGroup)
        self.syncIntervalValue.setObjectName(u"syncIntervalValue")
        self.syncIntervalValue.setText(u"")

        self.databaseLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.syncIntervalValue)

        self.photosFolderCaption = QLabel(self.databaseGroup)
        self.photosFolderCaption.setObjectName(u"photosFolderCaption")

        self.databaseLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.photosFolderCaption)

        self.photosFolderValue = QLabel(self.databaseGroup)
        self.photosFolderValue.setObjectName(u"photosFolderValue")
        self.photosFolderValue.setText(u"")
        self.photosFolderValue.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.photosFolderValue.setWordWrap(True)

        self.databaseLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.photosFolderValue)

        self.helpdeskNote = QLabel(self.databaseGroup)
        self.helpdeskNote.setObjectName(u"helpdeskNote")
        self.helpdeskNote.setWordWrap(True)

        self.databaseLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.helpdeskNote)


        self.pageLayout.addWidget(self.databaseGroup)

        self.verticalSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Taal (voor deze gebruiker op deze pc)", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Taal van het programma", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsPage", u"Een andere taal wordt gebruikt vanaf de volgende start van PlanManager; herstarten is nu niet nodig.", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Database (gedeeld door alle gebruikers)", None))
        self.databaseCaption.setText(QCoreApplication.translate("SettingsPage", u"Database", None))
        self.activationCaption.setText(QCoreApplication.translate("SettingsPage", u"Claims360", None))
        self.queueingCaption.setText(QCoreApplication.translate("SettingsPage", u"Wachtrij (informex_queueing)", None))
        self.syncIntervalCaption.setText(QCoreApplication.translate("SettingsPage", u"Automatische synchronisatie", None))
        self.photosFolderCaption.setText(QCoreApplication.translate("SettingsPage", u"Foto's (photos.folder)", None))
        self.helpdeskNote.setText(QCoreApplication.translate("SettingsPage", u"Deze instellingen gelden voor de hele database. Enkel de helpdesk kan ze wijzigen: mail naar support@solera.com.", None))
        pass
    # retranslateUi

