#include "ui/annotation/AuditLogView.h"

#include "core/workspace/AuditLog.h"
#include "core/workspace/StudyStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ns::ui {

namespace {
constexpr int kMaxRows = 2000; // the newest; the filters reach older ones
}

AuditLogView::AuditLogView(QWidget* parent)
    : QWidget(parent), m_study(new QComboBox(this)), m_rater(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_note(new QLabel(this))
{
    m_study->setObjectName(QStringLiteral("auditStudyFilter"));
    m_rater->setObjectName(QStringLiteral("auditRaterFilter"));
    m_study->setToolTip(tr("Show the changes of one study only"));
    m_rater->setToolTip(tr("Show the changes of one rater only"));
    m_study->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rater->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rater->setMinimumContentsLength(10);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setToolTip(tr("Read the audit log from the workspace again"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Study:"), this));
    filters->addWidget(m_study);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Rater:"), this));
    filters->addWidget(m_rater);
    filters->addStretch(1);
    filters->addWidget(refresh);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Rater"), tr("Study"), tr("Frame"), tr("Action"), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);

    connect(refresh, &QPushButton::clicked, this, [this] {
        fillFilters();
        this->refresh();
    });
    connect(m_study, &QComboBox::currentIndexChanged, this, &AuditLogView::refresh);
    connect(m_rater, &QComboBox::currentIndexChanged, this, &AuditLogView::refresh);
    setWorkspace(nullptr);
}

void AuditLogView::setWorkspace(ns::workspace::Workspace* ws)
{
    m_ws = ws;
    fillFilters();
    refresh();
}

void AuditLogView::fillFilters()
{
    const QSignalBlocker b1(m_study), b2(m_rater);
    const QVariant study = m_study->currentData();
    const QVariant rater = m_rater->currentData();
    m_study->clear();
    m_rater->clear();
    m_studyNames.clear();
    m_study->addItem(tr("All studies"), qint64(0));
    m_rater->addItem(tr("All raters"), QString());
    if (m_ws) {
        for (const auto& s : ns::workspace::listStudies(*m_ws)) {
            const QString name = tr("%1: %2").arg(s.id).arg(QFileInfo(s.sourcePath).fileName());
            m_studyNames.insert(s.id, name);
            m_study->addItem(name, s.id);
        }
        // Audit rows also name accounts that are no rater (imports by the CLI): take both.
        QStringList names = ns::workspace::raterNames(*m_ws);
        for (const auto& e : ns::workspace::loadAuditLog(*m_ws, {std::nullopt, QString(), kMaxRows}))
            if (!names.contains(e.rater))
                names << e.rater;
        for (const QString& n : std::as_const(names))
            m_rater->addItem(n, n);
    }
    m_study->setCurrentIndex(std::max(0, m_study->findData(study)));
    m_rater->setCurrentIndex(std::max(0, m_rater->findData(rater)));
}

void AuditLogView::setStudyFilter(qint64 studyId)
{
    if (m_study->findData(studyId) < 0)
        fillFilters();
    m_study->setCurrentIndex(std::max(0, m_study->findData(studyId)));
}

void AuditLogView::setRaterFilter(const QString& rater)
{
    if (m_rater->findData(rater) < 0)
        fillFilters();
    m_rater->setCurrentIndex(std::max(0, m_rater->findData(rater)));
}

namespace {
qint64 newestAuditId(ns::workspace::Workspace& ws)
{
    QSqlDatabase db = ws.database();
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

void AuditLogView::refreshIfChanged()
{
    if (m_ws && newestAuditId(*m_ws) == m_lastId)
        return;
    fillFilters(); // a new rater or study may have come with the new rows
    refresh();
}

void AuditLogView::refresh()
{
    m_table->setRowCount(0);
    m_lastId = m_ws ? newestAuditId(*m_ws) : -1;
    if (!m_ws) {
        m_note->setText(tr("Open a workspace to see who changed what and when."));
        return;
    }
    ns::workspace::AuditFilter filter;
    if (const qint64 study = m_study->currentData().toLongLong(); study > 0)
        filter.studyId = study;
    filter.rater = m_rater->currentData().toString();
    filter.limit = kMaxRows;
    QString error;
    const QList<ns::workspace::AuditEntry> rows = ns::workspace::loadAuditLog(*m_ws, filter, &error);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto& e = rows[r];
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs);
        const QString summary = ns::workspace::auditSummary(e);
        const QStringList cells{at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : e.at, e.rater,
                                e.studyId ? m_studyNames.value(*e.studyId, QString::number(*e.studyId)) : QString(),
                                e.frame ? QString::number(*e.frame + 1) : e.entity == QLatin1String("study") ? tr("study") : QString(),
                                ns::workspace::auditActionName(e.action), summary};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == Change)
                item->setToolTip(summary);
            if (c == When)
                item->setToolTip(tr("%1 UTC").arg(e.at));
            m_table->setItem(r, c, item);
        }
    }
    m_note->setText(!error.isEmpty() ? tr("The audit log cannot be read: %1").arg(error)
                    : rows.size() >= kMaxRows ? tr("The newest %1 changes are shown; filter to see older ones.").arg(kMaxRows)
                                              : tr("%n change(s), newest first. Frames are numbered from 1.", nullptr, int(rows.size())));
}

} // namespace ns::ui
