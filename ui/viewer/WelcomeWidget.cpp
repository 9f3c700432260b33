#include "ui/viewer/WelcomeWidget.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ns::ui {

WelcomeWidget::WelcomeWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    setAttribute(Qt::WA_StyledBackground);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/nervescope.svg")).pixmap(72, 72));
    logo->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(tr("NerveScope"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setAlignment(Qt::AlignCenter);

    m_hint = new QLabel(tr("Open a study (Ctrl+O) or drop a DICOM, video or image file here"), this);
    m_hint->setObjectName(QStringLiteral("welcomeHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    m_open = new QPushButton(tr("Open Study…"), this);
    m_open->setObjectName(QStringLiteral("primaryButton"));
    m_open->setToolTip(tr("Open a DICOM, video or image file (Ctrl+O)"));
    m_open->setDefault(true);
    m_openFolder = new QPushButton(tr("Open Folder…"), this);
    m_openFolder->setToolTip(tr("Open a folder of images as one sequence (Ctrl+Shift+O)"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();

    m_recentTitle = new QLabel(tr("Recent studies"), this);
    m_recentTitle->setObjectName(QStringLiteral("panelTitle"));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    m_recent->setMaximumHeight(260);

    auto* note = new QLabel(tr("Research and teaching software: not a medical device."), this);
    note->setObjectName(QStringLiteral("welcomeNote"));
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);

    auto* card = new QWidget(this);
    card->setMaximumWidth(560);
    auto* column = new QVBoxLayout(card);
    column->setSpacing(12);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(m_hint);
    column->addSpacing(4);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addSpacing(8);
    column->addWidget(note);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* centreRow = new QHBoxLayout;
    centreRow->addStretch(1);
    centreRow->addWidget(card, 3);
    centreRow->addStretch(1);
    outer->addLayout(centreRow);
    outer->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(m_openFolder, &QPushButton::clicked, this, &WelcomeWidget::openFolderRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    setRecentFiles({});
}

void WelcomeWidget::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo fi(path);
        auto* item = new QListWidgetItem(tr("%1    %2").arg(fi.fileName(), QDir::toNativeSeparators(fi.absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentTitle->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
    m_recent->setFixedHeight(std::min(260, int(paths.size()) * (m_recent->fontMetrics().height() + 10) + 8));
}

} // namespace ns::ui
