#pragma once
// Paints one study of the browser: thumbnail (or a placeholder saying why there is none),
// name, a coloured status badge with its text, how many frames are annotated, and a
// detail line (patient, kind, contours, raters). The study open in the viewer is marked.

#include "core/annotation/Contour.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace ns::ui {

class StudyItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kThumbWidth = 104;
    static constexpr int kThumbHeight = 78;

    explicit StudyItemDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Badge colours, chosen to stay apart on the dark theme and for common colour-vision
    // deficiencies (the badge always carries its text as well).
    static QColor statusColor(annotation::ReviewStatus status);

private:
    void paintThumbnail(QPainter* p, const QRect& box, const QModelIndex& index, const QPalette& palette) const;
    int paintBadge(QPainter* p, QPoint topLeft, annotation::ReviewStatus status, const QFont& font) const;
};

} // namespace ns::ui
