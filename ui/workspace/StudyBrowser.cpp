#include "ui/workspace/StudyBrowser.h"

#include "core/workspace/StudyOverview.h"
#include "core/workspace/Workspace.h"
#include "ui/workspace/StudyItemDelegate.h"
#include "ui/workspace/StudyListModel.h"
#include "ui/workspace/ThumbnailLoader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace ns::ui {

using annotation::ReviewStatus;

namespace {
constexpr ReviewStatus kStatuses[] = {ReviewStatus::Unlabelled, ReviewStatus::AI, ReviewStatus::Corrected, ReviewStatus::Approved};
}

StudyBrowser::StudyBrowser(QWidget* parent)
    : QWidget(parent), m_model(new StudyListModel(this)), m_proxy(new StudyFilterProxy(this)), m_loader(new ThumbnailLoader(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("studySearch"));
    m_search->setPlaceholderText(tr("Search name, patient ID or path…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show only the studies whose file name, patient ID or path contains this text "
                            "(not case-sensitive). Ctrl+F jumps here; Down moves to the list."));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("studyStatusFilter"));
    m_status->setToolTip(tr("Show only the studies with this review status. Unless someone set a status for the whole "
                            "study, it follows from its contours: any drawn or corrected by a person makes it "
                            "Corrected, only model contours make it AI."));
    m_status->addItem(tr("All statuses"), -1);
    for (ReviewStatus s : kStatuses)
        m_status->addItem(StudyListModel::statusText(s), int(s));

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("studySort"));
    m_sort->setToolTip(tr("Order of the studies"));
    m_sort->addItem(tr("Sort by name"), int(StudyFilterProxy::SortKey::Name));
    m_sort->addItem(tr("Sort by status"), int(StudyFilterProxy::SortKey::Status));
    m_sort->addItem(tr("Sort by annotated frames"), int(StudyFilterProxy::SortKey::Annotated));
    m_sort->addItem(tr("Sort by patient ID"), int(StudyFilterProxy::SortKey::Patient));
    m_sort->addItem(tr("Newest first"), int(StudyFilterProxy::SortKey::Added));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("studyList"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new StudyItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true); // per-row tooltips

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("studySummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(2, 0, 2, 0);

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_sort, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &StudyBrowser::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search box opens the only (or first) match: search, Enter, done.
        if (m_proxy->rowCount() > 0)
            activate(m_list->currentIndex().isValid() ? m_list->currentIndex() : m_proxy->index(0, 0));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &StudyBrowser::applyFilter);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSortKey(StudyFilterProxy::SortKey(m_sort->currentData().toInt()));
    });
    connect(m_list, &QListView::activated, this, &StudyBrowser::activate);
    connect(m_loader, &ThumbnailLoader::ready, m_model, &StudyListModel::setThumbnail);
    m_search->installEventFilter(this);
    updateSummary();
}

void StudyBrowser::setWorkspace(workspace::Workspace* ws)
{
    m_loader->cancelAll();
    m_requested.clear();
    m_model->clear();
    m_ws = ws;
    refresh();
}

void StudyBrowser::refresh()
{
    m_error.clear();
    if (!m_ws) {
        m_model->clear();
        updateSummary();
        return;
    }
    QList<workspace::StudyOverview> studies = workspace::studyOverviews(*m_ws, &m_error);
    m_model->setStudies(studies);
    // The counts next to each status say how much work is where.
    QHash<int, int> byStatus;
    for (const auto& s : studies)
        ++byStatus[int(s.status)];
    for (int i = 1; i < m_status->count(); ++i) {
        const auto s = ReviewStatus(m_status->itemData(i).toInt());
        m_status->setItemText(i, tr("%1 (%2)").arg(StudyListModel::statusText(s)).arg(byStatus.value(int(s))));
    }
    requestThumbnails();
    updateSummary();
}

void StudyBrowser::requestThumbnails()
{
    for (const auto& s : m_model->studies()) {
        if (m_requested.contains(s.id()))
            continue;
        m_requested.insert(s.id());
        workspace::ThumbnailRequest r;
        r.workspaceDir = m_ws->dir();
        r.studyId = s.id();
        r.studyPath = s.study.storedPath;
        r.writeCache = !m_ws->isReadOnly();
        m_loader->request(r);
    }
}

void StudyBrowser::setCurrentStudy(qint64 studyId)
{
    m_model->setCurrentStudy(studyId);
    const int row = m_model->rowOf(studyId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void StudyBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StudyBrowser::applyFilter()
{
    workspace::OverviewFilter f;
    f.search = m_search->text();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        f.status = ReviewStatus(status);
    m_proxy->setFilter(f);
    updateSummary();
}

QString StudyBrowser::summary() const { return m_summary->text(); }

void StudyBrowser::updateSummary()
{
    QString text;
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_error.isEmpty())
        text = tr("The studies cannot be read: %1").arg(m_error);
    else if (!m_ws)
        text = tr("No workspace is open. File > Open Workspace… shows its studies here.");
    else if (all == 0)
        text = tr("No studies yet. Open a study while this workspace is open to add it.");
    else if (shown == all)
        text = all == 1 ? tr("1 study") : tr("%1 studies").arg(all);
    else if (shown == 0)
        text = tr("No study of %1 matches the search and filter.").arg(all);
    else
        text = tr("%1 of %2 studies shown").arg(shown).arg(all);
    if (m_ws && m_ws->isReadOnly())
        text += QLatin1Char(' ') + tr("(read-only)");
    m_summary->setText(text);
}

bool StudyBrowser::eventFilter(QObject* watched, QEvent* event)
{
    // Down (or Page Down) in the search box goes on to the list, so the keyboard alone
    // gets from "type a name" to "open it".
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_proxy->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StudyBrowser::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    emit openRequested(index.data(StudyListModel::PathRole).toString(), index.data(StudyListModel::IdRole).toLongLong());
}

} // namespace ns::ui
