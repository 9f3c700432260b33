#pragma once
// Filtering and sorting of the study browser's rows. What a filter or a search matches is
// decided by ns::workspace::matches (the same rule `workspace list` users get), not here.

#include "core/workspace/StudyOverview.h"

#include <QSortFilterProxyModel>

namespace ns::ui {

class StudyFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class SortKey { Name, Status, Annotated, Added, Patient };

    explicit StudyFilterProxy(QObject* parent = nullptr);

    void setFilter(const workspace::OverviewFilter& filter);
    const workspace::OverviewFilter& studyFilter() const { return m_filter; }
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_key; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    workspace::OverviewFilter m_filter;
    SortKey m_key = SortKey::Name;
};

} // namespace ns::ui
