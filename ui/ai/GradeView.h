#pragma once
// A CTS grade at a glance: one bar per class with its probability for the wrist, and the
// per-frame curve below (probability of CTS, or the expected severity 0-3), whose points
// jump to their frame when clicked.

#include "ui/ai/AiController.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace ns::ui {

class GradeView : public QWidget {
    Q_OBJECT
public:
    explicit GradeView(QWidget* parent = nullptr);

    // A finished grade, or one still being computed (result.complete() false), which the
    // next call replaces.
    void showResult(const StudyGradeResult& result);
    // Grading failed (no calibration, a broken model…): the reason stays in the panel.
    void showFailure(const QString& reason);
    void clear();
    QCustomPlot* plot() const { return m_plot; }
    QList<QProgressBar*> bars() const { return m_bars; }
    QString summary() const;
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void frameRequested(int frame);

private:
    void showBars(const QStringList& classes, const std::vector<double>& probabilities);
    void showCurve(const StudyGradeResult& result);

    QLabel* m_summary;
    QVBoxLayout* m_barBox;
    QList<QProgressBar*> m_bars;
    QCustomPlot* m_plot;
};

} // namespace ns::ui
