#pragma once
// What a finished run shows: the ROC curve (binary), the confusion matrix (classifiers), the
// new model beside the current default on the same validation frames, and a table of every
// validation frame sortable by its score, whose rows open the frame in the viewer.

#include "inference/training/CaseEvaluation.h"

#include <QWidget>
#include <optional>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ns::ui {

class TrainingResultsView : public QWidget {
    Q_OBJECT
public:
    explicit TrainingResultsView(QWidget* parent = nullptr);

    void clear();
    // `comparison`: the current default on the same frames; `note` says why there is none.
    void showResults(const training::CaseEvaluation& mine, const std::optional<training::CaseEvaluation>& comparison,
                     const QString& note);

    QCustomPlot* rocPlot() const { return m_roc; }
    QTableWidget* confusionTable() const { return m_confusion; }
    QTableWidget* casesTable() const { return m_cases; }
    QTableWidget* comparisonTable() const { return m_compare; }
    QPushButton* openWorstButton() const { return m_openWorst; }
    int scoreColumn() const { return m_scoreColumn; } // DSC or probability of the reference class

signals:
    // A validation frame to look at (double-click on a row, or "Open worst case").
    void openImageRequested(const QString& imagePath);

private:
    void fillCases(const training::CaseEvaluation& e);
    void fillConfusion(const training::CaseEvaluation& e);
    void fillRoc(const training::CaseEvaluation& e, const std::optional<training::CaseEvaluation>& other);
    void fillComparison(const training::CaseEvaluation& mine, const std::optional<training::CaseEvaluation>& other,
                        const QString& note);
    void openRow(int row);

    QCustomPlot* m_roc;
    QTableWidget* m_confusion;
    QTableWidget* m_compare;
    QTableWidget* m_cases;
    QLabel* m_compareNote;
    QLabel* m_rocTitle;
    QLabel* m_confusionTitle;
    QPushButton* m_openWorst;
    int m_scoreColumn = 0;
};

} // namespace ns::ui
