#include "ui/explain/ExplainPanel.h"

#include "core/media/DisplayMapping.h"
#include "inference/ModelRegistry.h"
#include "inference/ViewCheck.h"
#include "inference/explain/HeatmapImage.h"
#include "ui/ai/ViewWarning.h"
#include "ui/explain/ColourBar.h"
#include "ui/explain/HeatmapOverlay.h"
#include "ui/explain/SideBySideView.h"
#include "ui/viewer/ImageView.h"
#include "ui/viewer/StudyViewer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace ns::ui {

namespace ex = ns::inference::explain;

namespace {

constexpr int kViewRole = Qt::UserRole + 3;

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

void addMethods(QComboBox* combo)
{
    for (ex::Method m : {ex::Method::Occlusion, ex::Method::Lime, ex::Method::GradCam})
        combo->addItem(ex::methodDisplayName(m), int(m));
}

} // namespace

ExplainPanel::ExplainPanel(StudyViewer* viewer, QWidget* parent)
    : QGroupBox(tr("Explain"), parent), m_viewer(viewer), m_controller(new ExplainController(this)),
      m_overlay(std::make_unique<HeatmapOverlay>())
{
    m_explain = makeAction(this, tr("E&xplain Frame"), Qt::Key_F7, tr("Show where the model looked on the frame on screen"));
    m_cancel = makeAction(this, tr("Cancel Explanation"), QKeySequence(Qt::SHIFT | Qt::Key_F7), tr("Stop the running explanation"));
    m_toggle = makeAction(this, tr("Show &Heatmap"), QKeySequence(Qt::CTRL | Qt::Key_F7), tr("Show or hide the heatmap over the frame"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_models = new QComboBox(this);
    m_models->setToolTip(tr("The model whose decision is explained: a CTS grader or the nerve segmenter"));
    form->addRow(tr("Model"), m_models);
    m_viewWarning = makeViewWarningLabel(this);
    form->addRow(m_viewWarning);
    m_targets = new QComboBox(this);
    m_targets->setToolTip(tr("The score explained: a class of the grader, or for a segmenter the mean nerve probability inside the nerve it finds"));
    form->addRow(tr("Explain"), m_targets);
    m_method = new QComboBox(this);
    addMethods(m_method);
    m_method->setToolTip(tr("Occlusion: hide 16-pixel windows and record the drop in score. LIME: fit a linear model to random "
                            "superpixel masks. Grad-CAM: gradient-weighted last convolutional block (coarse)."));
    form->addRow(tr("Method"), m_method);
    m_compare = new QComboBox(this);
    m_compare->addItem(tr("No comparison"), -1);
    addMethods(m_compare);
    m_compare->setToolTip(tr("Run a second method and show both side by side"));
    form->addRow(tr("Compare with"), m_compare);
    layout->addLayout(form);
    // Long model names would otherwise set the panel's width and push the AI dock's right
    // edge out of view; the open list still shows them whole.
    for (QComboBox* combo : {m_models, m_targets, m_method, m_compare}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    auto* runRow = new QHBoxLayout;
    auto* run = new QToolButton(this);
    run->setDefaultAction(m_explain);
    run->setToolButtonStyle(Qt::ToolButtonTextOnly);
    run->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    runRow->addWidget(run);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(m_cancel->toolTip());
    connect(m_cancelButton, &QPushButton::clicked, m_cancel, &QAction::trigger);
    runRow->addWidget(m_cancelButton);
    layout->addLayout(runRow);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);

    auto* showRow = new QHBoxLayout;
    m_show = new QCheckBox(tr("Heatmap"), this);
    m_show->setChecked(true);
    m_show->setToolTip(m_toggle->toolTip());
    showRow->addWidget(m_show);
    showRow->addWidget(new QLabel(tr("Opacity"), this));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(60);
    m_opacity->setToolTip(tr("How strongly the heatmap covers the frame"));
    showRow->addWidget(m_opacity, 1);
    layout->addLayout(showRow);
    m_bar = new ColourBar(this);
    layout->addWidget(m_bar);
    auto* exportRow = new QHBoxLayout;
    m_exportPng = new QPushButton(tr("Export PNG…"), this);
    m_exportPng->setToolTip(tr("Save the frame with the heatmap over it as an image"));
    m_exportTiff = new QPushButton(tr("Export TIFF…"), this);
    m_exportTiff->setToolTip(tr("Save the raw heatmap values (32-bit float, frame size) for analysis"));
    exportRow->addWidget(m_exportPng);
    exportRow->addWidget(m_exportTiff);
    layout->addLayout(exportRow);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    viewer->imageView()->addOverlay(m_overlay.get());
    reloadModels();

    connect(m_models, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        fillTargets();
        updateViewWarning();
    });
    connect(m_explain, &QAction::triggered, this, &ExplainPanel::run);
    connect(m_cancel, &QAction::triggered, m_controller, &ExplainController::cancel);
    connect(m_toggle, &QAction::toggled, m_show, &QCheckBox::setChecked);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        m_toggle->setChecked(on);
        m_overlay->setVisible(on);
        m_viewer->imageView()->update();
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) {
        m_overlay->setOpacity(v / 100.0);
        m_viewer->imageView()->update();
    });
    connect(m_exportPng, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export heatmap overlay"), QString(), tr("PNG image (*.png)"));
        if (!path.isEmpty())
            exportOverlay(path);
    });
    connect(m_exportTiff, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export raw heatmap"), QString(), tr("Float TIFF (*.tiff *.tif)"));
        if (!path.isEmpty())
            exportRaw(path);
    });
    connect(m_controller, &ExplainController::busyChanged, this, &ExplainPanel::updateEnabled);
    connect(m_controller, &ExplainController::progress, this, [this](double f, const QString& message) {
        m_progress->setValue(int(f * 1000));
        m_progress->setFormat(message);
    });
    connect(m_controller, &ExplainController::resultReady, this, &ExplainPanel::showOutcome);
    connect(m_controller, &ExplainController::cancelled, this, [this] {
        m_progress->setValue(0);
        setStatus(tr("Explanation cancelled."));
    });
    connect(m_controller, &ExplainController::errorOccurred, this, [this](const QString& e) { setStatus(tr("Failed: %1").arg(e)); });
    connect(m_viewer, &StudyViewer::frameShown, this, [this](int frame) {
        m_overlay->setShownFrame(frame);
        updateEnabled();
    });
    m_view = m_viewer->imageView();
    updateEnabled();
}

ExplainPanel::~ExplainPanel()
{
    if (m_view)
        m_view->removeOverlay(m_overlay.get());
}

QList<QAction*> ExplainPanel::actions() const { return {m_explain, m_cancel, m_toggle}; }

void ExplainPanel::setModelLister(ModelLister lister)
{
    m_lister = std::move(lister);
    reloadModels();
}

void ExplainPanel::reloadModels()
{
    const QString previous = m_models->currentData().toString();
    m_models->blockSignals(true);
    m_models->clear();
    for (const auto& e : m_lister ? m_lister() : inference::ModelRegistry().list()) {
        const auto& c = e.card;
        if (c.task != QLatin1String("segmentation") && c.task != QLatin1String("cts-binary") && c.task != QLatin1String("cts-severity"))
            continue;
        m_models->addItem(QStringLiteral("%1 %2 (%3)").arg(c.name, c.version, c.task), e.cardPath);
        const int i = m_models->count() - 1;
        m_models->setItemData(i, c.classes, Qt::UserRole + 1);
        m_models->setItemData(i, c.task, Qt::UserRole + 2);
        m_models->setItemData(i, inference::viewOfModel(c), kViewRole);
        m_models->setItemData(i, QStringLiteral("%1\n%2").arg(c.trainingData, c.notice), Qt::ToolTipRole);
    }
    // Graders first: the grade is what most needs a reason.
    const int grader = m_models->findData(QStringLiteral("cts-binary"), Qt::UserRole + 2);
    const int keep = m_models->findData(previous);
    m_models->setCurrentIndex(keep >= 0 ? keep : std::max(0, grader));
    m_models->blockSignals(false);
    fillTargets();
    updateViewWarning(); // the study's view changes with the study, which reloads the models
    if (m_overlay->hasHeatmap() && !m_viewer->source()) {
        m_overlay->clear();
        m_bar->clear();
    }
    updateEnabled();
}

void ExplainPanel::updateViewWarning()
{
    const auto* source = m_viewer->source();
    showViewWarning(m_viewWarning, m_models->currentText(), m_models->currentData(kViewRole).toString(),
                    source ? source->info().scanView : QString());
}

void ExplainPanel::fillTargets()
{
    m_targets->clear();
    if (m_models->currentIndex() < 0)
        return;
    if (m_models->currentData(Qt::UserRole + 2).toString() == QLatin1String("segmentation")) {
        m_targets->addItem(tr("Nerve (mean probability inside the predicted nerve)"), -1);
        return;
    }
    m_targets->addItem(tr("Predicted class"), -1);
    const QStringList classes = m_models->currentData(Qt::UserRole + 1).toStringList();
    for (int i = 0; i < classes.size(); ++i)
        m_targets->addItem(tr("Class: %1").arg(classes[i]), i);
}

QImage ExplainPanel::displayedFrame() const
{
    const auto* source = m_viewer->source();
    if (!source || m_viewer->currentStoredFrame().isNull())
        return {};
    return media::toDisplayImage(m_viewer->currentStoredFrame(), m_viewer->window(), source->info().bitsStored);
}

void ExplainPanel::run()
{
    const QImage frame = displayedFrame();
    if (frame.isNull() || m_controller->isBusy())
        return;
    QList<ex::ExplainRequest> requests;
    ex::ExplainRequest r;
    r.method = ex::Method(m_method->currentData().toInt());
    r.targetClass = m_targets->currentData().toInt();
    if (m_viewer->source())
        r.calibration = m_viewer->source()->calibration();
    requests << r;
    if (m_compare->currentData().toInt() >= 0 && m_compare->currentData().toInt() != int(r.method)) {
        r.method = ex::Method(m_compare->currentData().toInt());
        requests << r;
    }
    setStatus(QString());
    m_controller->explain(m_models->currentData().toString(), frame, m_viewer->currentFrame(), requests);
}

void ExplainPanel::showOutcome(const ExplainOutcome& outcome)
{
    m_last = outcome;
    const ex::ExplainResult& r = outcome.results.front();
    m_overlay->setHeatmap(r.heatmap, outcome.frame);
    m_overlay->setShownFrame(m_viewer->currentFrame());
    m_overlay->setOpacity(m_opacity->value() / 100.0);
    const ex::HeatmapScale s = ex::positiveScale(r.heatmap);
    m_bar->setRange(s.lo, s.hi, heatQuantity(r.method, r.score));
    m_progress->setValue(1000);
    m_progress->setFormat(tr("Done"));
    setStatus(tr("%1 of %2 for \"%3\" (%4) on frame %5: %6 model evaluations in %7 s on %8. %9")
                  .arg(ex::methodDisplayName(r.method), outcome.card.name, r.target,
                       ex::describeScore(r.score, r.baseScore, r.targetClass < 0))
                  .arg(outcome.frame + 1).arg(r.evaluations)
                  .arg(r.seconds, 0, 'f', 1).arg(outcome.device, outcome.card.notice));
    if (outcome.results.size() > 1) {
        if (!m_sideBySide)
            m_sideBySide = new SideBySideView(this);
        m_sideBySide->showOutcome(outcome, m_opacity->value() / 100.0);
        m_sideBySide->show();
        m_sideBySide->raise();
    }
    m_viewer->imageView()->update();
    updateEnabled();
}

bool ExplainPanel::exportOverlay(const QString& path)
{
    QString error;
    if (m_last.results.isEmpty() || !ex::writeOverlay(path, m_last.image, m_last.results.front().heatmap, m_opacity->value() / 100.0, &error)) {
        setStatus(error.isEmpty() ? tr("No heatmap to export yet.") : error);
        return false;
    }
    setStatus(tr("Saved %1").arg(path));
    return true;
}

bool ExplainPanel::exportRaw(const QString& path)
{
    QString error;
    if (m_last.results.isEmpty() || !ex::writeRawTiff(path, m_last.results.front().heatmap, &error)) {
        setStatus(error.isEmpty() ? tr("No heatmap to export yet.") : error);
        return false;
    }
    setStatus(tr("Saved %1").arg(path));
    return true;
}

void ExplainPanel::setStatus(const QString& text) { m_status->setText(text); }

void ExplainPanel::updateEnabled()
{
    const bool busy = m_controller->isBusy();
    const bool study = m_viewer->source() != nullptr;
    m_explain->setEnabled(!busy && study && m_models->count() > 0);
    m_cancel->setEnabled(busy);
    m_cancelButton->setEnabled(busy);
    m_models->setEnabled(!busy);
    const bool have = !m_last.results.isEmpty();
    m_exportPng->setEnabled(have && !busy);
    m_exportTiff->setEnabled(have && !busy);
    if (have && m_overlay->frame() != m_viewer->currentFrame() && study)
        m_status->setText(tr("The heatmap belongs to frame %1; explain this frame to see its own.").arg(m_overlay->frame() + 1));
}

} // namespace ns::ui
