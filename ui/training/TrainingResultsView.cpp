#include "ui/training/TrainingResultsView.h"

#include "ui/training/TrainingCurves.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace ns::ui {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

constexpr int kValueRole = Qt::UserRole + 2;

// Shown rounded, sorted by the full value (rounding would make ties of different cases).
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(double value, int decimals)
        : QTableWidgetItem(std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'f', decimals))
    {
        setData(kValueRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(kValueRole).toDouble() < other.data(kValueRole).toDouble();
    }
};

QTableWidgetItem* numberItem(double value, int decimals) { return new NumberItem(value, decimals); }

QString figure(double v) { return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', 3); }

void readOnly(QTableWidget* t)
{
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
}
} // namespace

TrainingResultsView::TrainingResultsView(QWidget* parent)
    : QWidget(parent), m_roc(new QCustomPlot(this)), m_confusion(new QTableWidget(this)), m_compare(new QTableWidget(this)),
      m_cases(new QTableWidget(this)), m_compareNote(new QLabel(this)), m_rocTitle(new QLabel(tr("<b>ROC curve</b>"), this)),
      m_confusionTitle(new QLabel(tr("<b>Confusion matrix</b> (rows: reference, columns: predicted)"), this)),
      m_openWorst(new QPushButton(tr("Open &Worst Case"), this))
{
    styleTrainingPlot(m_roc);
    m_roc->xAxis->setLabel(tr("1 − specificity"));
    m_roc->yAxis->setLabel(tr("Sensitivity"));
    m_roc->xAxis->setRange(0, 1);
    m_roc->yAxis->setRange(0, 1);
    m_roc->legend->setVisible(true);
    m_roc->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_roc->setToolTip(tr("Validation ROC curve of the new model (and of the current default when it is a binary model)"));
    readOnly(m_confusion);
    m_confusion->setToolTip(tr("Validation frames by reference class (rows) and predicted class (columns)"));
    readOnly(m_compare);
    m_compare->setToolTip(tr("The new model and the current default on the same validation frames"));
    m_compareNote->setWordWrap(true);
    readOnly(m_cases);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cases->setSortingEnabled(true);
    m_cases->setToolTip(tr("Every validation frame; sort by score to see the worst. Double-click (or Enter) opens the frame."));
    m_openWorst->setToolTip(tr("Open the validation frame the new model did worst on in the viewer"));
    m_openWorst->setEnabled(false);

    // Left: how the classifier separates (ROC, confusion); right: the comparison with the
    // default and the frames themselves, which need the width.
    auto* left = new QVBoxLayout;
    left->addWidget(m_rocTitle);
    left->addWidget(m_roc, 1);
    left->addWidget(m_confusionTitle);
    left->addWidget(m_confusion);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>New model vs current default</b> (same validation frames)"), this));
    right->addWidget(m_compare);
    right->addWidget(m_compareNote);
    auto* casesHead = new QHBoxLayout;
    casesHead->addWidget(new QLabel(tr("<b>Validation frames</b>, worst first"), this), 1);
    casesHead->addWidget(m_openWorst);
    right->addLayout(casesHead);
    right->addWidget(m_cases, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_cases, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    connect(m_cases, &QTableWidget::cellActivated, this, [this](int row, int) { openRow(row); });
    connect(m_openWorst, &QPushButton::clicked, this, [this] {
        m_cases->sortItems(m_scoreColumn, Qt::AscendingOrder);
        m_cases->selectRow(0);
        openRow(0);
    });
    clear();
}

void TrainingResultsView::clear()
{
    m_roc->clearPlottables();
    m_roc->replot(QCustomPlot::rpQueuedReplot);
    m_confusion->clear();
    m_confusion->setRowCount(0);
    m_confusion->setColumnCount(0);
    m_compare->clear();
    m_compare->setRowCount(0);
    m_compare->setColumnCount(0);
    m_cases->setRowCount(0);
    m_compareNote->setText(tr("Results appear here when a run finishes."));
    m_openWorst->setEnabled(false);
}

void TrainingResultsView::showResults(const training::CaseEvaluation& mine,
                                      const std::optional<training::CaseEvaluation>& comparison, const QString& note)
{
    clear();
    const bool classifier = mine.task != training::TrainingTask::Segmentation;
    const bool binary = mine.task == training::TrainingTask::CtsBinary;
    m_rocTitle->setVisible(binary);
    m_roc->setVisible(binary);
    m_confusionTitle->setVisible(classifier);
    m_confusion->setVisible(classifier);
    fillRoc(mine, comparison);
    fillConfusion(mine);
    fillComparison(mine, comparison, note);
    fillCases(mine);
}

void TrainingResultsView::fillRoc(const training::CaseEvaluation& e, const std::optional<training::CaseEvaluation>& other)
{
    auto add = [this](const training::CaseEvaluation& ev, const QColor& color, const QString& who) {
        if (ev.roc.empty())
            return;
        auto* curve = new QCPCurve(m_roc->xAxis, m_roc->yAxis);
        QVector<double> x, y;
        for (const auto& p : ev.roc) {
            x << p.falsePositiveRate;
            y << p.truePositiveRate;
        }
        curve->setData(x, y);
        curve->setPen(QPen(color, 2));
        curve->setName(tr("%1 (AUC %2)").arg(who, figure(ev.auc)));
    };
    m_roc->clearPlottables();
    auto* chance = m_roc->addGraph();
    chance->setData({0, 1}, {0, 1});
    chance->setPen(QPen(QColor(0x80, 0x80, 0x80), 1, Qt::DashLine));
    chance->setName(tr("chance"));
    add(e, QColor(0x6c, 0xd0, 0x6c), tr("new"));
    if (other)
        add(*other, QColor(0xff, 0xa0, 0x30), tr("default"));
    m_roc->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingResultsView::fillConfusion(const training::CaseEvaluation& e)
{
    const int k = int(e.confusion.size());
    m_confusion->setRowCount(k);
    m_confusion->setColumnCount(k);
    m_confusion->setHorizontalHeaderLabels(e.classes);
    m_confusion->setVerticalHeaderLabels(e.classes);
    m_confusion->verticalHeader()->setVisible(k > 0);
    qint64 most = 1;
    for (const auto& row : e.confusion)
        for (qint64 v : row)
            most = std::max(most, v);
    for (int r = 0; r < k; ++r)
        for (int p = 0; p < k; ++p) {
            auto* item = new QTableWidgetItem(QString::number(e.confusion[r][p]));
            item->setTextAlignment(Qt::AlignCenter);
            // Shade by count: the diagonal (right answers) green, the rest red.
            const int alpha = int(40 + 160 * double(e.confusion[r][p]) / double(most));
            item->setBackground(r == p ? QColor(40, 150, 60, alpha) : QColor(190, 50, 50, alpha));
            m_confusion->setItem(r, p, item);
        }
    m_confusion->resizeColumnsToContents();
    m_confusion->setFixedHeight(m_confusion->horizontalHeader()->height() + 4 + k * m_confusion->verticalHeader()->defaultSectionSize());
}

void TrainingResultsView::fillComparison(const training::CaseEvaluation& mine,
                                         const std::optional<training::CaseEvaluation>& other, const QString& note)
{
    struct Row { QString name; double a, b; };
    QList<Row> rows;
    const double nan = training::CaseEvaluation::kNone;
    if (mine.task == training::TrainingTask::Segmentation)
        rows << Row{tr("Mean DSC"), mine.dsc, other ? other->dsc : nan};
    if (mine.task == training::TrainingTask::CtsBinary)
        rows << Row{tr("AUC"), mine.auc, other ? other->auc : nan};
    if (mine.task != training::TrainingTask::Segmentation)
        rows << Row{tr("Accuracy"), mine.accuracy, other ? other->accuracy : nan};
    m_compare->setColumnCount(3);
    m_compare->setHorizontalHeaderLabels({tr("Figure"), tr("New: %1").arg(mine.model),
                                          other ? tr("Default: %1").arg(other->model) : tr("Default")});
    m_compare->setRowCount(int(rows.size()) + 1);
    for (int i = 0; i < rows.size(); ++i) {
        m_compare->setItem(i, 0, new QTableWidgetItem(rows[i].name));
        m_compare->setItem(i, 1, numberItem(rows[i].a, 3));
        m_compare->setItem(i, 2, numberItem(rows[i].b, 3));
    }
    const int n = int(rows.size());
    m_compare->setItem(n, 0, new QTableWidgetItem(tr("Frames")));
    m_compare->setItem(n, 1, numberItem(mine.cases.size(), 0));
    m_compare->setItem(n, 2, numberItem(other ? other->cases.size() : nan, 0));
    m_compare->resizeColumnsToContents();
    m_compare->setFixedHeight(m_compare->horizontalHeader()->height() + 4 + (n + 1) * m_compare->verticalHeader()->defaultSectionSize());
    m_compareNote->setText(other ? tr("Both models judged on the same %1 validation frames, each at its own input size.")
                                       .arg(mine.cases.size())
                                 : note);
}

void TrainingResultsView::fillCases(const training::CaseEvaluation& e)
{
    const bool seg = e.task == training::TrainingTask::Segmentation;
    // The score sits before the (wide) probabilities so it stays in view.
    QStringList headers{tr("Frame"), tr("Patient")};
    if (!seg)
        headers << tr("Reference") << tr("Predicted");
    m_scoreColumn = int(headers.size());
    headers << (seg ? tr("DSC") : tr("Score"));
    if (!seg)
        headers << tr("Probabilities");
    m_cases->setSortingEnabled(false);
    m_cases->setColumnCount(int(headers.size()));
    m_cases->setHorizontalHeaderLabels(headers);
    m_cases->horizontalHeaderItem(m_scoreColumn)
        ->setToolTip(seg ? tr("DSC of the predicted outline with the reference (1 = perfect)")
                         : tr("Probability the model gave the reference class (1 = sure and right)"));
    m_cases->setRowCount(int(e.cases.size()));
    for (int i = 0; i < e.cases.size(); ++i) {
        const training::CaseResult& c = e.cases[i];
        int col = 0;
        auto* name = new QTableWidgetItem(c.name);
        name->setData(kPathRole, c.imagePath);
        name->setToolTip(QDir::toNativeSeparators(c.imagePath));
        m_cases->setItem(i, col++, name);
        m_cases->setItem(i, col++, new QTableWidgetItem(c.patient));
        if (!seg) {
            m_cases->setItem(i, col++, new QTableWidgetItem(e.classes.value(c.label)));
            auto* pred = new QTableWidgetItem(e.classes.value(c.predicted));
            if (c.predicted != c.label)
                pred->setForeground(QColor(0xff, 0x80, 0x80));
            m_cases->setItem(i, col++, pred);
        }
        m_cases->setItem(i, col++, numberItem(c.score, 3));
        if (!seg) {
            QStringList probs;
            for (double p : c.probabilities)
                probs << QString::number(p, 'f', 2);
            m_cases->setItem(i, col++, new QTableWidgetItem(probs.join(QStringLiteral(" / "))));
        }
    }
    m_cases->setSortingEnabled(true);
    m_cases->sortItems(m_scoreColumn, Qt::AscendingOrder); // worst first
    m_cases->resizeColumnsToContents();
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_openWorst->setEnabled(!e.cases.isEmpty());
}

void TrainingResultsView::openRow(int row)
{
    const QTableWidgetItem* item = m_cases->item(row, 0);
    if (item && !item->data(kPathRole).toString().isEmpty())
        emit openImageRequested(item->data(kPathRole).toString());
}

} // namespace ns::ui
