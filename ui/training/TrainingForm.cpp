#include "ui/training/TrainingForm.h"

#include "ui/training/DataFilterBox.h"

#include "inference/DatasetManifest.h"
#include "ui/training/ModelChoices.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>

namespace ns::ui {

namespace {

using training::TrainingTask;

struct Network {
    QString architecture;
    QString tip; // what sets it apart from the task's other networks
};

QList<Network> networksFor(TrainingTask task)
{
    switch (task) {
    case TrainingTask::Segmentation:
        return {{QStringLiteral("sa-unet"), TrainingForm::tr("S0's Scale-attentional U-Net (about 0.5M parameters): the shipped segmentation network")},
                {QStringLiteral("unet"), TrainingForm::tr("A plain U-Net (about 8.6M parameters): S0's baseline")}};
    case TrainingTask::CtsBinary:
        return {{QStringLiteral("squeezenet1_1"), TrainingForm::tr("SqueezeNet 1.1, one of S1's CTS classifiers, with a greyscale input")},
                {QStringLiteral("mobilenet_v2"), TrainingForm::tr("MobileNetV2, one of S1's CTS classifiers: the shipped one")},
                {QStringLiteral("efficientnet_b0"), TrainingForm::tr("EfficientNet-B0, one of S1's CTS classifiers, with a greyscale input")}};
    case TrainingTask::CtsSeverity:
        return {{QStringLiteral("severity-transverse"),
                 TrainingForm::tr("S3's transverse severity CNN (3 convolution blocks): the shipped severity model")},
                {QStringLiteral("severity-longitudinal"),
                 TrainingForm::tr("S3's longitudinal severity CNN (2 convolution blocks), for longitudinal sweeps")},
                {QStringLiteral("severity-transverse-deep"),
                 TrainingForm::tr("The transverse CNN with two convolutions per block (not S3's): slower to train, "
                                  "level with it on our phantoms so far (docs/training.md)")}};
    }
    return {};
}

QSpinBox* spin(QWidget* parent, int min, int max, int value, const QString& tip)
{
    auto* s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setValue(value);
    s->setToolTip(tip);
    return s;
}

QDoubleSpinBox* dspin(QWidget* parent, double min, double max, double step, int decimals, const QString& tip)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setToolTip(tip);
    return s;
}
} // namespace

TrainingForm::TrainingForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildModelBox());
    layout->addWidget(buildDataBox());
    layout->addWidget(buildHyperBox());
    layout->addWidget(buildAugmentBox());
    layout->addStretch(1);
    onTaskChanged();
}

QWidget* TrainingForm::buildModelBox()
{
    auto* box = new QGroupBox(tr("Model"), this);
    auto* form = new QFormLayout(box);
    m_task = new QComboBox(box);
    m_task->addItem(tr("Nerve segmentation"), int(TrainingTask::Segmentation));
    m_task->addItem(tr("CTS: yes or no"), int(TrainingTask::CtsBinary));
    m_task->addItem(tr("CTS severity (4 grades)"), int(TrainingTask::CtsSeverity));
    m_task->setToolTip(tr("What the model learns: to outline the median nerve, to tell CTS from no CTS, or to grade severity"));
    form->addRow(tr("&Task:"), m_task);
    m_base = new QComboBox(box);
    m_base->setToolTip(tr("Fine-tune an existing model (fast; needs few frames) or start from random weights"));
    form->addRow(tr("Start &from:"), m_base);
    m_arch = new QComboBox(box);
    m_arch->setToolTip(tr("Network architecture; fixed by the model you start from"));
    form->addRow(tr("&Network:"), m_arch);
    m_baseNote = new QLabel(box);
    m_baseNote->setWordWrap(true);
    form->addRow(m_baseNote);
    m_name = new QLineEdit(box);
    m_name->setToolTip(tr("Name of the new model; its version is set when you promote it"));
    form->addRow(tr("N&ame:"), m_name);
    connect(m_task, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainingForm::onTaskChanged);
    connect(m_base, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainingForm::onBaseChanged);
    connect(m_arch, qOverload<int>(&QComboBox::currentIndexChanged), this, &TrainingForm::changed);
    connect(m_name, &QLineEdit::textChanged, this, &TrainingForm::changed);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_name->setProperty("auto", false); });
    return box;
}

QWidget* TrainingForm::buildDataBox()
{
    auto* box = new QGroupBox(tr("Data"), this);
    auto* v = new QVBoxLayout(box);
    m_fromFolder = new QRadioButton(tr("Dataset folder (with manifest.json)"), box);
    m_fromFolder->setToolTip(tr("A folder exported as PNG + manifest, or made by: nervescope-cli dataset synth"));
    m_fromFolder->setChecked(true);
    m_fromWorkspace = new QRadioButton(tr("Approved and corrected annotations of this workspace"), box);
    m_fromWorkspace->setEnabled(false);
    m_fromWorkspace->setToolTip(tr("Not available yet: export the workspace as PNG + manifest and choose that folder"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_fromFolder);
    group->addButton(m_fromWorkspace);
    v->addWidget(m_fromFolder);
    auto* row = new QHBoxLayout;
    m_data = new QLineEdit(box);
    m_data->setPlaceholderText(tr("Dataset folder"));
    m_data->setToolTip(m_fromFolder->toolTip());
    auto* browse = new QPushButton(tr("&Browse…"), box);
    browse->setToolTip(tr("Choose the dataset folder"));
    row->addWidget(m_data, 1);
    row->addWidget(browse);
    v->addLayout(row);
    v->addWidget(m_fromWorkspace);
    m_filters = new DataFilterBox(box);
    v->addWidget(m_filters);
    connect(m_fromWorkspace, &QRadioButton::toggled, m_filters, &DataFilterBox::setWorkspaceFiltersEnabled);
    connect(m_filters, &DataFilterBox::changed, this, &TrainingForm::changed);
    m_summary = new QLabel(box);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setToolTip(tr("The manifest splits by patient: no patient's frames are in two splits, so validation "
                             "figures come from patients the model never saw"));
    v->addWidget(m_summary);
    auto* outRow = new QHBoxLayout;
    m_out = new QLineEdit(box);
    m_out->setToolTip(tr("Where the run writes its checkpoints, log and the trained model"));
    auto* browseOut = new QPushButton(tr("Out&put…"), box);
    browseOut->setToolTip(tr("Choose the output folder"));
    outRow->addWidget(new QLabel(tr("Output:"), box));
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browseOut);
    v->addLayout(outRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        if (const QString d = QFileDialog::getExistingDirectory(this, tr("Dataset Folder"), m_data->text()); !d.isEmpty())
            setDataFolder(d);
    });
    connect(browseOut, &QPushButton::clicked, this, [this] {
        if (const QString d = QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_out->text()); !d.isEmpty())
            setOutputFolder(d);
    });
    connect(m_data, &QLineEdit::editingFinished, this, [this] {
        refreshSummary();
        emit changed();
    });
    connect(m_out, &QLineEdit::textChanged, this, &TrainingForm::changed);
    return box;
}

QWidget* TrainingForm::buildHyperBox()
{
    auto* box = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(box);
    m_epochs = spin(box, 1, 10000, 30, tr("Most passes over the training frames; training stops earlier when validation stops improving"));
    m_batch = spin(box, 1, 512, 8, tr("Frames per optimisation step; lower it when memory runs short"));
    m_lr = dspin(box, 0.000001, 0.5, 0.0001, 6, tr("Adam learning rate; about 10x lower than the default suits fine-tuning"));
    m_lr->setValue(5e-4);
    m_schedule = new QComboBox(box);
    m_schedule->addItem(tr("Constant"), false);
    m_schedule->addItem(tr("Cosine"), true);
    m_schedule->setToolTip(tr("Constant keeps the learning rate; cosine lowers it along half a cosine to near 0 at the last "
                              "epoch, which steadies the last epochs (the shipped severity CNN was trained so). "
                              "A cosine run resumes only with the same number of epochs."));
    m_input = spin(box, 32, 1024, 256, tr("Frames are resized to this square size before the network (U-Nets: a multiple of 16)"));
    m_input->setSingleStep(16);
    m_input->setSuffix(tr(" px"));
    // Below 0 is "the network's own" (S3's 0.6 for the severity CNNs), shown as text.
    m_dropout = dspin(box, -0.05, 0.95, 0.05, 2,
                      tr("Classifiers: dropout after each dense layer while training. The severity CNNs start at 0.2: "
                         "with S3's 0.6 their units die in the first epochs and they stay at chance on phantoms. "
                         "A model you start from keeps its own."));
    m_dropout->setSpecialValueText(tr("network's own"));
    m_patience = spin(box, 1, 1000, 8, tr("Stop after this many epochs without a better validation figure"));
    m_seed = spin(box, 0, 1000000000, 1, tr("Random seed: the same seed, data and threads give the same model"));
    m_threads = spin(box, 0, std::max(QThread::idealThreadCount(), 1), 0,
                     tr("CPU threads for training; 0 uses all cores (the window stays responsive either way)"));
    m_threads->setSpecialValueText(tr("automatic"));
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Batch size:"), m_batch);
    form->addRow(tr("&Learning rate:"), m_lr);
    form->addRow(tr("Learning-rate s&chedule:"), m_schedule);
    form->addRow(tr("&Input size:"), m_input);
    form->addRow(tr("&Dropout:"), m_dropout);
    form->addRow(tr("&Patience:"), m_patience);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Threads:"), m_threads);
    for (QAbstractSpinBox* s : std::initializer_list<QAbstractSpinBox*>{m_epochs, m_batch, m_lr, m_input, m_dropout, m_seed})
        connect(s, &QAbstractSpinBox::editingFinished, this, &TrainingForm::changed);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &TrainingForm::changed);
    return box;
}

QWidget* TrainingForm::buildAugmentBox()
{
    auto* box = new QGroupBox(tr("Augmentation (random, per frame and epoch)"), this);
    auto* form = new QFormLayout(box);
    m_shear = dspin(box, 0, 45, 1, 1, tr("Largest shear, degrees, drawn independently in x and y"));
    m_rotation = dspin(box, 0, 45, 1, 1, tr("Largest rotation, degrees, either way"));
    m_scaleMin = dspin(box, 0.5, 1, 0.05, 2, tr("Smallest zoom factor (1 = none); CTS models keep this near 1 because nerve size is the sign"));
    m_scaleMax = dspin(box, 1, 2, 0.05, 2, tr("Largest zoom factor (1 = none)"));
    m_shift = dspin(box, 0, 30, 1, 1, tr("Largest shift, percent of the image size, in x and y"));
    m_shift->setSuffix(QStringLiteral(" %"));
    m_flip = new QCheckBox(tr("Mirror left-right"), box);
    m_flip->setToolTip(tr("Mirror half of the frames: left and right wrists look alike mirrored"));
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scaleMin);
    scaleRow->addWidget(new QLabel(QStringLiteral("–"), box));
    scaleRow->addWidget(m_scaleMax);
    form->addRow(tr("Shear:"), m_shear);
    form->addRow(tr("Rotation:"), m_rotation);
    form->addRow(tr("Zoom:"), scaleRow);
    form->addRow(tr("Shift:"), m_shift);
    form->addRow(m_flip);
    for (QDoubleSpinBox* s : {m_shear, m_rotation})
        s->setSuffix(QStringLiteral(" °"));
    return box;
}

void TrainingForm::onTaskChanged()
{
    const auto task = TrainingTask(m_task->currentData().toInt());
    m_arch->blockSignals(true);
    m_arch->clear();
    for (const Network& n : networksFor(task)) {
        m_arch->addItem(n.architecture);
        m_arch->setItemData(m_arch->count() - 1, n.tip, Qt::ToolTipRole);
    }
    m_arch->blockSignals(false);
    const training::AugmentRanges a = training::augmentRangesFor(task);
    m_shear->setValue(a.shearDeg);
    m_rotation->setValue(a.rotationDeg);
    m_scaleMin->setValue(a.scaleMin);
    m_scaleMax->setValue(a.scaleMax);
    m_shift->setValue(a.translateFrac * 100);
    m_flip->setChecked(a.horizontalFlip);
    refreshBases(); // calls onBaseChanged, which emits changed
}

void TrainingForm::refreshBases()
{
    const QString task = training::taskName(TrainingTask(m_task->currentData().toInt()));
    const QString previous = m_base->currentData().toString();
    m_base->blockSignals(true);
    m_base->clear();
    const QList<ModelChoice> choices = modelChoices(m_ws, task);
    for (int i = 0; i < choices.size(); ++i) {
        const auto& c = choices[i].entry.card;
        QString label = QStringLiteral("%1 %2").arg(c.name, c.version);
        if (i == 0)
            label = tr("%1 (current default)").arg(label);
        else if (choices[i].fromWorkspace)
            label = tr("%1 (workspace)").arg(label);
        m_base->addItem(label, choices[i].entry.cardPath);
        m_base->setItemData(m_base->count() - 1, QStringLiteral("%1\n%2").arg(c.trainingData, c.notice), Qt::ToolTipRole);
    }
    m_base->addItem(tr("Random weights (from scratch)"), QString());
    const int keep = m_base->findData(previous);
    m_base->setCurrentIndex(keep >= 0 && !previous.isEmpty() ? keep : 0);
    m_base->blockSignals(false);
    onBaseChanged();
}

void TrainingForm::onBaseChanged()
{
    inference::ModelCard card;
    const QString path = baseModelCard();
    const bool base = !path.isEmpty() && inference::readModelCard(path, &card, nullptr);
    m_arch->setEnabled(!base);
    m_input->setEnabled(!base);
    const auto task = TrainingTask(m_task->currentData().toInt());
    m_dropout->setEnabled(task != TrainingTask::Segmentation && !base);
    const double dropout = base ? card.dropout : training::suggestedDropout(task);
    m_dropout->setValue(dropout >= 0 ? dropout : m_dropout->minimum());
    if (base) {
        const int i = m_arch->findText(card.architecture);
        if (i >= 0)
            m_arch->setCurrentIndex(i);
        m_input->setValue(card.inputWidth);
        m_lr->setValue(5e-5); // fine-tuning: a tenth of the rate from scratch
        m_baseNote->setText(tr("Starts from %1 %2: %3, input %4×%5 px.").arg(card.name, card.version, card.architecture)
                                .arg(card.inputWidth).arg(card.inputHeight)
                            + (card.nerveCropMm > 0 ? QLatin1Char(' ') + tr("It looks at a %1 mm square around the nerve.").arg(card.nerveCropMm)
                                                    : QString()));
    } else {
        m_lr->setValue(5e-4);
        m_baseNote->setText(tr("Starts from random weights: needs many frames and epochs."));
    }
    const QString stem = base ? card.name : m_arch->currentText();
    if (m_name->text().isEmpty() || m_name->property("auto").toBool()) {
        m_name->setText(stem + QStringLiteral("-local"));
        m_name->setProperty("auto", true);
    }
    emit changed();
}

void TrainingForm::setWorkspace(workspace::Workspace* ws)
{
    m_ws = ws;
    refreshBases();
}

void TrainingForm::setTask(TrainingTask task) { m_task->setCurrentIndex(m_task->findData(int(task))); }

void TrainingForm::setDataFolder(const QString& dir)
{
    m_data->setText(QDir::toNativeSeparators(dir));
    m_fromFolder->setChecked(true);
    refreshSummary();
    emit changed();
}

void TrainingForm::setOutputFolder(const QString& dir) { m_out->setText(QDir::toNativeSeparators(dir)); }

void TrainingForm::setWorkspaceExporter(WorkspaceExporter exporter)
{
    m_exporter = std::move(exporter);
    m_fromWorkspace->setEnabled(bool(m_exporter));
    if (m_exporter)
        m_fromWorkspace->setToolTip(tr("Export the approved and corrected annotations of the open workspace and train on them"));
}

bool TrainingForm::usesWorkspaceAnnotations() const { return m_fromWorkspace->isChecked(); }

QString TrainingForm::resolveDataFolder(QString* error)
{
    if (usesWorkspaceAnnotations() && m_exporter) {
        const QString dir = m_exporter(m_filters->selection(), error);
        if (!dir.isEmpty()) {
            // Show the folder the run trains on, but stay on the workspace: each new run
            // exports the annotations as they are then.
            m_data->setText(QDir::toNativeSeparators(dir));
            refreshSummary();
        }
        return dir;
    }
    return QDir::fromNativeSeparators(m_data->text().trimmed());
}

void TrainingForm::refreshSummary()
{
    const QString dir = QDir::fromNativeSeparators(m_data->text().trimmed());
    if (dir.isEmpty()) {
        m_summary->setText(tr("Choose a dataset folder."));
        return;
    }
    inference::DatasetManifest manifest;
    QString error;
    if (!inference::readDatasetManifest(dir, &manifest, &error)) {
        m_summary->setText(tr("<span style='color:#ff8080'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    const QString view = config().trainingView();
    QMap<QString, QSet<QString>> patients;
    QMap<QString, int> frames;
    QSet<QString> profiles;
    for (const inference::DatasetItem& item : manifest.items) {
        if (!item.profile.isEmpty())
            profiles.insert(item.profile);
        if (!item.view.isEmpty() && item.view != view)
            continue;
        patients[item.split].insert(item.patient);
        ++frames[item.split];
    }
    QStringList rows;
    for (const QString& split : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")})
        rows << tr("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                    .arg(split).arg(patients.value(split).size()).arg(frames.value(split));
    QStringList profileList(profiles.begin(), profiles.end());
    profileList.sort();
    m_summary->setText(tr("Made for: %1 · view: %2 · scanner profiles: %3"
                          "<table cellspacing=0 cellpadding=2><tr><th align=left>split</th><th>patients</th><th>frames</th></tr>%4</table>")
                           .arg(manifest.task.toHtmlEscaped(), view,
                                profileList.isEmpty() ? tr("unknown") : profileList.join(QStringLiteral(", ")).toHtmlEscaped(),
                                rows.join(QString())));
}

QString TrainingForm::baseModelCard() const { return m_base->currentData().toString(); }

QString TrainingForm::defaultModelCard() const { return m_base->count() > 1 ? m_base->itemData(0).toString() : QString(); }

training::TrainingConfig TrainingForm::config() const
{
    training::TrainingConfig c;
    c.task = TrainingTask(m_task->currentData().toInt());
    c.architecture = m_arch->currentText();
    c.dataDir = QDir::fromNativeSeparators(m_data->text().trimmed());
    c.outDir = QDir::fromNativeSeparators(m_out->text().trimmed());
    c.name = m_name->text().trimmed();
    c.epochs = m_epochs->value();
    c.batch = m_batch->value();
    c.learningRate = m_lr->value();
    c.cosineSchedule = m_schedule->currentData().toBool();
    if (m_dropout->isEnabled() && m_dropout->value() >= 0)
        c.dropout = m_dropout->value();
    c.seed = std::uint64_t(m_seed->value());
    c.inputSize = QSize(m_input->value(), m_input->value());
    c.patience = m_patience->value();
    c.threads = m_threads->value();
    c.baseModel = baseModelCard();
    c.view = m_filters->view();
    // A fine-tuned classifier keeps its base's view of the nerve (crop or whole frame).
    if (inference::ModelCard card; !c.baseModel.isEmpty() && inference::readModelCard(c.baseModel, &card, nullptr))
        c.nerveCropMm = card.nerveCropMm;
    training::AugmentRanges a;
    a.shearDeg = m_shear->value();
    a.rotationDeg = m_rotation->value();
    a.scaleMin = m_scaleMin->value();
    a.scaleMax = m_scaleMax->value();
    a.translateFrac = m_shift->value() / 100.0;
    a.horizontalFlip = m_flip->isChecked();
    const training::AugmentRanges d = training::augmentRangesFor(c.task);
    if (a.shearDeg != d.shearDeg || a.rotationDeg != d.rotationDeg || a.scaleMin != d.scaleMin || a.scaleMax != d.scaleMax
        || std::abs(a.translateFrac - d.translateFrac) > 1e-9 || a.horizontalFlip != d.horizontalFlip)
        c.augment = a;
    // Card data, kept in English like the trainer's own card text.
    c.recipe = QStringLiteral("NerveScope training tab: task %1, %2, %3 epochs, batch %4, learning rate %5%6, input %7, seed %8")
                   .arg(training::taskName(c.task), c.architecture).arg(c.epochs).arg(c.batch).arg(c.learningRate)
                   .arg((c.cosineSchedule ? QStringLiteral(" (cosine schedule)") : QString())
                        + (c.dropout >= 0 ? QStringLiteral(", dropout %1").arg(c.dropout) : QString()))
                   .arg(c.inputSize.width()).arg(quint64(c.seed));
    return c;
}

} // namespace ns::ui
