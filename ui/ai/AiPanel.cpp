#include "ui/ai/AiPanel.h"

#include "core/annotation/Measurements.h"
#include "core/annotation/NerveAreaCheck.h"
#include "inference/ViewCheck.h"
#include "ui/ai/AiController.h"
#include "ui/ai/ClinicianGrade.h"
#include "ui/ai/GradeView.h"
#include "ui/ai/PredictionOverlay.h"
#include "ui/ai/ViewWarning.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/explain/ExplainPanel.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace ns::ui {

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}

QAction* makeAction(QWidget* owner, const QString& text, const QKeySequence& key, const QString& tip)
{
    auto* a = new QAction(text, owner);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    owner->addAction(a);
    return a;
}

// The card's figures a user needs to trust or distrust the model: held-out results (all
// profiles, then each) when the card has them, else the validation figure training kept.
QStringList metricLines(const QJsonObject& metrics)
{
    static const char* const keys[] = {"dice", "iou", "hd95Mm", "frameAuc", "wristAuc", "frameAccuracy", "wristAccuracy"};
    auto summary = [](const QJsonObject& o) {
        QStringList parts;
        for (const char* k : keys)
            if (o.value(QLatin1String(k)).isDouble())
                parts << QStringLiteral("%1 %2").arg(QLatin1String(k)).arg(o.value(QLatin1String(k)).toDouble(), 0, 'f', 3);
        return parts.join(QStringLiteral(", "));
    };
    QStringList lines;
    const QJsonObject held = metrics.value(QStringLiteral("heldOut")).toObject();
    if (!held.isEmpty()) {
        lines << QCoreApplication::translate("AiPanel", "Held-out phantoms (%1 patients): %2")
                     .arg(held.value(QStringLiteral("patients")).toInt()).arg(summary(held.value(QStringLiteral("all")).toObject()));
        const QJsonObject profiles = held.value(QStringLiteral("byProfile")).toObject();
        for (auto it = profiles.begin(); it != profiles.end(); ++it)
            lines << QStringLiteral("&nbsp;&nbsp;%1: %2").arg(it.key(), summary(it.value().toObject()));
    } else {
        QStringList parts;
        for (const char* k : {"dsc", "iou", "auc", "accuracy"})
            if (metrics.value(QLatin1String(k)).isDouble())
                parts << QStringLiteral("%1 %2").arg(QLatin1String(k)).arg(metrics.value(QLatin1String(k)).toDouble(), 0, 'f', 3);
        if (!parts.isEmpty())
            lines << QCoreApplication::translate("AiPanel", "Validation: %1 (no held-out figures in the card)").arg(parts.join(QStringLiteral(", ")));
    }
    return lines;
}

constexpr int kViewRole = Qt::UserRole + 2;
constexpr int kIdentityRole = Qt::UserRole + 3; // {name, version}
// The card path the user last picked in a combo, kept while studies of other views come and go.
const char* const kUserChoice = "userChoice";

// The model to select after the list was filled anew for a study: the user's choice while it
// reads the study's view (or the study names none), else the first model trained on that
// view, else the user's choice all the same (its view warning shows), else the first.
int preferredModel(const QComboBox* combo, const QString& previousCardPath, const QString& scanView)
{
    const int previous = combo->findData(previousCardPath);
    auto suits = [&](int i) { return scanView.isEmpty() || combo->itemData(i, kViewRole).toString() == scanView; };
    if (previous >= 0 && suits(previous))
        return previous;
    for (int i = 0; i < combo->count(); ++i)
        if (suits(i))
            return i;
    return previous >= 0 ? previous : (combo->count() > 0 ? 0 : -1);
}

} // namespace

AiPanel::AiPanel(AiController* controller, StudyViewer* viewer, QWidget* parent)
    : QWidget(parent), m_ai(controller), m_viewer(viewer), m_overlay(std::make_unique<PredictionOverlay>())
{
    m_segmentFrame = makeAction(this, tr("Segment &Frame"), Qt::Key_F5, tr("Outline the nerve on the frame on screen"));
    m_segmentCine = makeAction(this, tr("Segment &Cine"), QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Outline the nerve on every frame of the study"));
    m_grade = makeAction(this, tr("&Grade Study"), Qt::Key_F6, tr("Grade carpal tunnel syndrome over all frames of the study"));
    m_accept = makeAction(this, tr("&Accept"), Qt::Key_Y, tr("Store the selected AI contour as an annotation (all of the frame's when none is selected)"));
    m_acceptEvery = makeAction(this, tr("Accept All F&rames"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
                               tr("Store the AI contours of every frame (after Segment Cine) as annotations, in one undo step"));
    m_edit = makeAction(this, tr("&Edit"), QKeySequence(Qt::SHIFT | Qt::Key_Y), tr("Store the selected AI contour and edit its vertices; it becomes \"corrected\""));
    m_reject = makeAction(this, tr("&Reject"), Qt::Key_N, tr("Discard the selected AI contour (all of the frame's when none is selected)"));
    m_cancel = makeAction(this, tr("Cancel"), QKeySequence(Qt::CTRL | Qt::Key_Period), tr("Stop the running AI job"));

    auto* layout = new QVBoxLayout(this);
    auto* notice = new QLabel(tr("Default models were trained on synthetic phantoms and are <b>not clinically validated</b>."), this);
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral("QLabel { background: #5a4300; color: #ffe9a8; padding: 4px; border-radius: 3px; }"));
    layout->addWidget(notice);

    auto* segBox = new QGroupBox(tr("Segmentation"), this);
    auto* seg = new QVBoxLayout(segBox);
    m_models = new QComboBox(segBox);
    m_models->setToolTip(tr("The segmentation model; its card is shown below"));
    seg->addWidget(m_models);
    m_segViewWarning = makeViewWarningLabel(segBox);
    seg->addWidget(m_segViewWarning);
    m_card = new QLabel;
    m_card->setWordWrap(true);
    m_card->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A card with held-out figures per scanner runs to ten lines: at most six show, the rest
    // scrolls, so Accept/Edit/Reject stay in view on a 950 px high window.
    auto* cardScroll = new QScrollArea(segBox);
    cardScroll->setWidget(m_card);
    cardScroll->setWidgetResizable(true);
    cardScroll->setFrameShape(QFrame::NoFrame);
    cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    cardScroll->setMaximumHeight(cardScroll->fontMetrics().lineSpacing() * 6 + 6);
    seg->addWidget(cardScroll);
    auto* deviceRow = new QHBoxLayout;
    m_device = new QLabel(segBox);
    m_device->setWordWrap(true); // "CPU, 2 threads, bfloat16" and the like must not widen the dock
    m_device->setToolTip(tr("Where the model runs: the GPU when LibTorch has CUDA, the CPU otherwise"));
    m_cpu = new QCheckBox(tr("Force CPU"), segBox);
    m_cpu->setToolTip(tr("Run on the CPU even when a GPU is available"));
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(m_cpu);
    seg->addLayout(deviceRow);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(buttonFor(m_segmentFrame, segBox));
    runRow->addWidget(buttonFor(m_segmentCine, segBox));
    seg->addLayout(runRow);
    m_jobStatus = new QWidget(this);
    auto* progressRow = new QHBoxLayout(m_jobStatus);
    progressRow->setContentsMargins(6, 2, 6, 4);
    m_progress = new QProgressBar(m_jobStatus);
    m_progress->setRange(0, 1000);
    m_cancelButton = new QPushButton(tr("Cancel"), m_jobStatus);
    m_cancelButton->setToolTip(m_cancel->toolTip());
    connect(m_cancelButton, &QPushButton::clicked, m_cancel, &QAction::trigger);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto* legend = new QLabel(tr("<span style='color:#ffb000'>- - -</span> AI prediction, not yet decided &nbsp; "
                                 "<b>——</b>&nbsp;annotation"), segBox); // the sample stays with its word when the line wraps
    legend->setToolTip(tr("Accepted contours keep the model's name and version as their source"));
    legend->setWordWrap(true);
    seg->addWidget(legend);
    m_list = new QListWidget(segBox);
    m_list->setMaximumHeight(90);
    m_list->setToolTip(tr("AI contours on this frame; select one to decide on it alone"));
    seg->addWidget(m_list);
    auto* decide = new QHBoxLayout;
    decide->addWidget(buttonFor(m_accept, segBox));
    decide->addWidget(buttonFor(m_edit, segBox));
    decide->addWidget(buttonFor(m_reject, segBox));
    seg->addLayout(decide);
    seg->addWidget(buttonFor(m_acceptEvery, segBox));
    layout->addWidget(segBox);

    auto* gradeBox = new QGroupBox(tr("CTS grade"), this);
    auto* grade = new QVBoxLayout(gradeBox);
    m_graders = new QComboBox(gradeBox);
    m_graders->setToolTip(tr("The grading model: binary (CTS or not) or 4-level severity"));
    grade->addWidget(m_graders);
    m_gradeViewWarning = makeViewWarningLabel(gradeBox);
    grade->addWidget(m_gradeViewWarning);
    // As in the explain panel: a long model name must not widen the dock past the window.
    for (QComboBox* combo : {m_models, m_graders}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    grade->addWidget(buttonFor(m_grade, gradeBox));
    m_clinician = new ClinicianGrade(m_ai->session(), gradeBox);
    grade->addWidget(m_clinician);
    m_gradeView = new GradeView(gradeBox);
    grade->addWidget(m_gradeView, 1);
    layout->addWidget(gradeBox, 1);
    m_explain = new ExplainPanel(viewer, this);
    m_explain->setModelLister([this] {
        return m_ai->models(QStringLiteral("segmentation")) + m_ai->models(QStringLiteral("cts-binary"))
               + m_ai->models(QStringLiteral("cts-severity"));
    });
    layout->addWidget(m_explain);

    m_view = viewer->imageView();
    m_view->addOverlay(m_overlay.get());
    reloadModels();

    connect(m_models, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_models->setProperty(kUserChoice, m_models->itemData(i));
        showSegmentationModel();
    });
    connect(m_graders, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_graders->setProperty(kUserChoice, m_graders->itemData(i));
        updateViewWarnings();
    });
    connect(m_cpu, &QCheckBox::toggled, m_ai, &AiController::setForceCpu);
    connect(m_cpu, &QCheckBox::toggled, m_explain, &ExplainPanel::setForceCpu);
    connect(m_segmentFrame, &QAction::triggered, m_ai, &AiController::segmentFrame);
    connect(m_segmentCine, &QAction::triggered, m_ai, &AiController::segmentCine);
    connect(m_grade, &QAction::triggered, this, [this] { m_ai->gradeStudy(graderCardPath()); });
    connect(m_cancel, &QAction::triggered, m_ai, &AiController::cancel);
    connect(m_accept, &QAction::triggered, this, [this] {
        const int i = selectedIndex();
        i < 0 ? m_ai->acceptAll(m_frame) : m_ai->accept(m_frame, i);
    });
    connect(m_acceptEvery, &QAction::triggered, m_ai, &AiController::acceptEveryFrame);
    connect(m_edit, &QAction::triggered, this, [this] { m_ai->edit(m_frame, std::max(0, selectedIndex())); });
    connect(m_reject, &QAction::triggered, this, [this] {
        const int i = selectedIndex();
        i < 0 ? m_ai->rejectAll(m_frame) : m_ai->reject(m_frame, i);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &AiPanel::updateEnabled);
    connect(m_ai, &AiController::predictionsChanged, this, [this](int frame) {
        if (frame == m_frame)
            showFrame(frame);
        else
            updateEnabled(); // "Accept All Frames" follows every frame's predictions
    });
    connect(m_ai, &AiController::busyChanged, this, &AiPanel::updateEnabled);
    connect(m_ai, &AiController::progress, this, [this](double f, const QString& message) {
        m_progress->setValue(int(f * 1000));
        m_progress->setFormat(message);
    });
    connect(m_ai, &AiController::finished, this, [this](const QString& message) { m_progress->setFormat(message); });
    connect(m_ai, &AiController::errorOccurred, this, [this](const QString& message) { m_progress->setFormat(tr("Failed: %1").arg(message)); });
    connect(m_ai, &AiController::deviceChanged, this, [this](const QString& d) { m_device->setText(tr("Runs on: %1").arg(d)); });
    connect(m_ai, &AiController::gradeProgress, m_gradeView, &GradeView::showResult);
    connect(m_ai, &AiController::gradeReady, m_gradeView, &GradeView::showResult);
    connect(m_ai, &AiController::gradeFailed, m_gradeView, &GradeView::showFailure);
    connect(m_ai, &AiController::gradeReady, m_clinician, &ClinicianGrade::suggest);
    connect(m_gradeView, &GradeView::frameRequested, m_viewer, &StudyViewer::showFrame);
    connect(m_viewer, &StudyViewer::frameShown, this, &AiPanel::showFrame);
    updateEnabled();
}

void AiPanel::showSegmentationModel()
{
    if (m_models->currentIndex() >= 0)
        m_ai->setSegmentationModel(m_models->currentData().toString());
    m_card->setText(cardSummary(m_models->currentIndex(), m_models));
    updateViewWarnings();
}

void AiPanel::updateViewWarnings()
{
    const auto source = m_viewer->sharedSource();
    const QString scanView = source ? source->info().scanView : QString();
    for (auto [combo, label] : {std::pair{m_models, m_segViewWarning}, std::pair{m_graders, m_gradeViewWarning}})
        showViewWarning(label, combo->currentText(), combo->currentData(kViewRole).toString(), scanView);
}

AiPanel::~AiPanel()
{
    if (m_view)
        m_view->removeOverlay(m_overlay.get());
}

QString AiPanel::graderCardPath() const { return m_graders->currentData().toString(); }

annotation::ContourSource AiPanel::graderSource() const
{
    const QStringList identity = m_graders->currentData(kIdentityRole).toStringList();
    if (identity.size() != 2)
        return {};
    return {annotation::SourceKind::Model, identity[0], identity[1]};
}

QSize AiPanel::sizeHint() const { return {320, QWidget::sizeHint().height()}; }

QList<QAction*> AiPanel::menuActions() const
{
    return QList<QAction*>{m_segmentFrame, m_segmentCine, m_grade, m_clinician->recordAction(), m_accept, m_acceptEvery, m_edit, m_reject, m_cancel}
           + m_explain->actions();
}

QString AiPanel::cardSummary(int i, const QComboBox* combo) const
{
    if (i < 0)
        return tr("No model installed: see the README's section on models.");
    const QStringList parts = combo->itemData(i, Qt::UserRole + 1).toStringList();
    return parts.join(QStringLiteral("<br>"));
}

void AiPanel::reloadModels()
{
    const auto source = m_viewer->sharedSource();
    const QString scanView = source ? source->info().scanView : QString();
    auto fill = [this, &scanView](QComboBox* combo, const QStringList& tasks) {
        const QVariant chosen = combo->property(kUserChoice);
        const QString previous = chosen.isValid() ? chosen.toString() : combo->currentData().toString();
        const QSignalBlocker quiet(combo); // not a choice of the user's; the panel follows below
        combo->clear();
        for (const QString& task : tasks) {
            for (const auto& e : m_ai->models(task)) {
                const auto& c = e.card;
                combo->addItem(QStringLiteral("%1 %2").arg(c.name, c.version), e.cardPath);
                const int i = combo->count() - 1;
                QStringList lines{tr("%1, %2 parameters, input %3×%4").arg(c.architecture).arg(c.parameters).arg(c.inputWidth).arg(c.inputHeight)};
                lines << metricLines(c.metrics);
                lines << c.notice.toHtmlEscaped();
                combo->setItemData(i, lines, Qt::UserRole + 1);
                combo->setItemData(i, inference::viewOfModel(c), kViewRole);
                combo->setItemData(i, QStringLiteral("%1\n%2\n%3\nsha256 %4").arg(c.trainingData, c.recipe, c.notice, c.sha256),
                                   Qt::ToolTipRole);
                combo->setItemData(i, QStringList{c.name, c.version}, kIdentityRole);
            }
        }
        combo->setCurrentIndex(preferredModel(combo, previous, scanView));
    };
    fill(m_models, {QStringLiteral("segmentation")});
    fill(m_graders, {QStringLiteral("cts-binary"), QStringLiteral("cts-severity")});
    if (m_explain)
        m_explain->reloadModels();
    showSegmentationModel();
    m_device->setText(m_ai->deviceDescription().isEmpty() ? tr("Runs on: chosen when the model first runs")
                                                         : tr("Runs on: %1").arg(m_ai->deviceDescription()));
    updateViewWarnings(); // the study's view changes with the study, which reloads the models
    updateEnabled();
}

int AiPanel::selectedIndex() const
{
    const auto* item = m_list->currentItem();
    return item && item->isSelected() ? m_list->currentRow() : -1;
}

void AiPanel::showFrame(int frame)
{
    m_frame = frame;
    m_overlay->setPredictions(m_ai->predictions(frame));
    m_viewer->imageView()->update();
    refreshList();
}

void AiPanel::refreshList()
{
    m_list->clear();
    const auto predictions = m_ai->predictions(m_frame);
    for (int i = 0; i < predictions.size(); ++i) {
        const Prediction& p = predictions[i];
        // One line each: an uncalibrated image's reason for "no mm²" goes to the tooltip, with
        // the model (a grading's outlines may come from another model than the one chosen).
        const QString measured = m_ai->measurementLabel(p.vertices);
        auto* item = new QListWidgetItem(tr("AI %1 · confidence %2% · %3").arg(i + 1).arg(qRound(p.meanProbability * 100))
                                             .arg(measured.section(QLatin1Char('\n'), 0, 0)), m_list);
        item->setToolTip(tr("%1\nOutlined by %2 %3.").arg(measured, p.source.model, p.source.version));
        const bool crossSection = p.view != QLatin1String("longitudinal");
        const auto area = annotation::measure(p.vertices, &m_ai->session()->calibration()).areaMm2;
        if (const QString odd = crossSection && area ? annotation::implausibleNerveArea(*area) : QString(); !odd.isEmpty()) {
            item->setText(QStringLiteral("⚠ ") + item->text());
            item->setForeground(QColor(0xff, 0xb0, 0x00)); // the amber of the view warnings
            item->setToolTip(odd);
        }
    }
    if (predictions.isEmpty() && m_ai->foundNoNerve(m_frame)) {
        auto* none = new QListWidgetItem(tr("No nerve found on this frame by %1.").arg(m_ai->noNerveFoundBy(m_frame)), m_list);
        none->setFlags(Qt::NoItemFlags); // a note, not something to accept
    }
    updateEnabled();
}

void AiPanel::updateEnabled()
{
    const bool busy = m_ai->isBusy();
    const bool study = m_viewer->source() != nullptr;
    m_segmentFrame->setEnabled(!busy && study && m_models->count() > 0);
    m_segmentCine->setEnabled(!busy && study && m_models->count() > 0);
    m_grade->setEnabled(!busy && study && m_graders->count() > 0);
    m_cancel->setEnabled(busy);
    m_cancelButton->setEnabled(busy);
    m_cancelButton->setVisible(busy);
    m_jobStatus->setVisible(busy || m_progress->value() > 0);
    const bool any = !m_ai->predictions(m_frame).isEmpty();
    m_accept->setEnabled(any);
    m_acceptEvery->setEnabled(!busy && m_ai->pendingFrames() > 0);
    m_edit->setEnabled(any);
    m_reject->setEnabled(any);
    m_models->setEnabled(!busy);
    m_cpu->setEnabled(!busy);
}

} // namespace ns::ui
