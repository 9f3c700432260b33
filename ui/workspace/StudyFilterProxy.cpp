#include "ui/workspace/StudyFilterProxy.h"

#include "ui/workspace/StudyListModel.h"

#include <tuple>

namespace ns::ui {

StudyFilterProxy::StudyFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void StudyFilterProxy::setFilter(const workspace::OverviewFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

void StudyFilterProxy::setSortKey(SortKey key)
{
    m_key = key;
    invalidate();
    sort(0, key == SortKey::Added ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool StudyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = qobject_cast<const StudyListModel*>(sourceModel());
    return model && workspace::matches(model->overview(sourceRow), m_filter);
}

bool StudyFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const StudyListModel*>(sourceModel());
    const workspace::StudyOverview& a = model->overview(left.row());
    const workspace::StudyOverview& b = model->overview(right.row());
    const auto name = [](const workspace::StudyOverview& s) { return s.displayName.toCaseFolded(); };
    const auto fraction = [](const workspace::StudyOverview& s) {
        return s.study.frames > 0 ? double(s.annotatedFrames()) / s.study.frames : 0.0;
    };
    // Ties fall back to the name, then the id, so the order is stable and predictable.
    switch (m_key) {
    case SortKey::Status:
        // The work still to do first: unlabelled, AI, corrected, approved.
        return std::make_tuple(int(a.status), name(a), a.id()) < std::make_tuple(int(b.status), name(b), b.id());
    case SortKey::Annotated:
        return std::make_tuple(fraction(a), name(a), a.id()) < std::make_tuple(fraction(b), name(b), b.id());
    case SortKey::Added:
        return std::make_tuple(a.study.addedAt, a.id()) < std::make_tuple(b.study.addedAt, b.id());
    case SortKey::Patient:
        return std::make_tuple(a.study.patientId.toCaseFolded(), name(a), a.id())
             < std::make_tuple(b.study.patientId.toCaseFolded(), name(b), b.id());
    case SortKey::Name:
        break;
    }
    return std::make_tuple(name(a), a.id()) < std::make_tuple(name(b), b.id());
}

} // namespace ns::ui
