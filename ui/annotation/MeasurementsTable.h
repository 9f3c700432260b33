#pragma once
// The measurements of the contours on the frame on screen, one row per contour: id, rater,
// area in px and mm^2 (or why there is none), perimeter, circularity, flattening.

#include <QWidget>

class QTableWidget;
class QLabel;

namespace ns::ui {

class AnnotationSession;

class MeasurementsTable : public QWidget {
    Q_OBJECT
public:
    explicit MeasurementsTable(AnnotationSession* session, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();

private:
    AnnotationSession* m_session;
    QTableWidget* m_table;
    QLabel* m_note;
};

} // namespace ns::ui
