#include "ui/annotation/AnnotationSession.h"

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"
#include "core/annotation/KeyFrameInterpolation.h"
#include "core/workspace/StudyStore.h"
#include "core/workspace/Workspace.h"
#include "ui/annotation/ContourToolLayer.h"
#include "ui/viewer/ImageView.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QUndoStack>

namespace ns::ui {

namespace {
const char* kRaterKey = "annotation/rater";

QString defaultRater()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("rater") : user;
}
} // namespace

AnnotationSession::AnnotationSession(ImageView* view, QObject* parent)
    : QObject(parent), m_view(view), m_layer(new ContourToolLayer(view, this))
{
    m_rater = QSettings().value(QLatin1String(kRaterKey)).toString();
    if (m_rater.isEmpty())
        m_rater = defaultRater();
    m_layer->setLabeller([this](const QPolygonF& v) { return measurementLabel(v); });

    connect(m_layer, &ContourToolLayer::contourDrawn, this, &AnnotationSession::onDrawn);
    connect(m_layer, &ContourToolLayer::regionPainted, this, &AnnotationSession::onRegionPainted);
    connect(m_layer, &ContourToolLayer::verticesDragged, this, [this](qint64 id, const QPolygonF& v) {
        if (m_editor)
            m_editor->dragVertices(id, v);
    });
    connect(m_layer, &ContourToolLayer::dragFinished, this, [this](qint64) {
        if (m_editor)
            m_editor->endDrag();
    });
    connect(m_layer, &ContourToolLayer::verticesReplaced, this, [this](qint64 id, const QPolygonF& v) {
        if (m_editor)
            m_editor->replaceVertices(id, v);
    });
    connect(m_layer, &ContourToolLayer::deleteRequested, this, [this](qint64 id) {
        if (m_editor)
            m_editor->deleteContour(id);
    });
    connect(m_layer, &ContourToolLayer::interactionFinished, this, [this] {
        if (m_reloadPending)
            reload();
    });
    updateEnabled();
}

AnnotationSession::~AnnotationSession()
{
    dropEditor(); // writes a pending drag while the workspace is still open
    m_ws.reset();
}

void AnnotationSession::dropEditor()
{
    if (m_editor) {
        // Its teardown (flush, clearing the stack) must not call back into a session going away.
        disconnect(m_editor.get(), nullptr, this, nullptr);
        disconnect(m_editor->undoStack(), nullptr, this, nullptr);
        m_editor.reset();
    }
    m_parked.clear(); // parked editors are disconnected already
}

void AnnotationSession::useEditorFor(const QString& rater)
{
    if (!m_ws || m_ws->isReadOnly() || (m_editor && m_editor->rater() == rater))
        return;
    if (m_editor) {
        m_editor->endDrag(); // lands the last drag under the rater who made it
        disconnect(m_editor.get(), nullptr, this, nullptr);
        disconnect(m_editor->undoStack(), nullptr, this, nullptr);
        const QString previous = m_editor->rater();
        m_parked[previous] = std::move(m_editor);
    }
    auto parked = m_parked.find(rater);
    if (parked != m_parked.end()) {
        m_editor = std::move(parked->second);
        m_parked.erase(parked);
    } else {
        m_editor = std::make_unique<annotation::AnnotationEditor>(*m_ws, rater);
    }
    connect(m_editor.get(), &annotation::AnnotationEditor::errorOccurred, this, &AnnotationSession::fail);
    connect(m_editor.get(), &annotation::AnnotationEditor::contoursChanged, this, [this] { reload(); });
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, [this] { reload(); });
}

bool AnnotationSession::hasRememberedRater() const
{
    return !QSettings().value(QLatin1String(kRaterKey)).toString().trimmed().isEmpty();
}

QUndoStack* AnnotationSession::undoStack() const { return m_editor ? m_editor->undoStack() : nullptr; }

void AnnotationSession::setRater(const QString& rater)
{
    if (rater.trimmed().isEmpty())
        return;
    m_rater = rater.trimmed();
    QSettings().setValue(QLatin1String(kRaterKey), m_rater);
    if (!m_editor || m_editor->rater() == m_rater)
        return;
    m_layer->cancelDraft();
    useEditorFor(m_rater);
    reload();
    emit stateChanged();
}

bool AnnotationSession::createWorkspace(const QString& dir)
{
    auto r = ns::workspace::Workspace::create(dir);
    if (!r) {
        fail(r.error.isEmpty() ? tr("Cannot create a workspace in %1.").arg(QDir::toNativeSeparators(dir)) : r.error);
        return false;
    }
    return adopt(std::move(r.workspace), r.notice);
}

bool AnnotationSession::openWorkspace(const QString& dir)
{
    auto r = ns::workspace::Workspace::open(dir);
    if (!r) {
        fail(r.error.isEmpty() ? tr("Cannot open the workspace %1.").arg(QDir::toNativeSeparators(dir)) : r.error);
        return false;
    }
    return adopt(std::move(r.workspace), r.notice);
}

bool AnnotationSession::adopt(std::unique_ptr<ns::workspace::Workspace> ws, const QString& notice)
{
    m_layer->cancelDraft();
    dropEditor();
    m_ws = std::move(ws);
    m_readOnlyReason = m_ws->isReadOnly() ? (notice.isEmpty() ? m_ws->readOnlyReason() : notice) : QString();
    m_error.clear();
    useEditorFor(m_rater);
    m_studyId = 0;
    importCurrentStudy();
    updateEnabled();
    reload();
    emit stateChanged();
    emit workspaceAdopted();
    return true;
}

void AnnotationSession::closeWorkspace()
{
    m_layer->cancelDraft();
    dropEditor();
    m_ws.reset();
    m_studyId = 0;
    m_readOnlyReason.clear();
    updateEnabled();
    reload();
    emit stateChanged();
}

void AnnotationSession::setStudy(const QString& path, const media::Calibration& calibration)
{
    m_layer->cancelDraft();
    m_studyPath = path;
    m_calibration = calibration;
    m_frame = 0;
    m_studyId = 0;
    importCurrentStudy();
    updateEnabled();
    reload();
    emit stateChanged();
}

void AnnotationSession::clearStudy()
{
    m_layer->cancelDraft();
    if (m_editor)
        m_editor->flush();
    m_studyPath.clear();
    m_calibration = {};
    m_studyId = 0;
    updateEnabled();
    reload();
    emit stateChanged();
}

void AnnotationSession::importCurrentStudy()
{
    if (!m_ws || m_studyPath.isEmpty())
        return;
    if (m_ws->isReadOnly()) {
        // Read-only: show what is there, but import nothing.
        QString error;
        // By either path: the study browser opens a copied study from its stored path.
        const QString wanted = QFileInfo(m_studyPath).canonicalFilePath();
        for (const auto& s : ns::workspace::listStudies(*m_ws, &error))
            if (QFileInfo(s.sourcePath).canonicalFilePath() == wanted || QFileInfo(s.storedPath).canonicalFilePath() == wanted)
                m_studyId = s.id;
        return;
    }
    const auto r = ns::workspace::importStudy(*m_ws, m_studyPath, false);
    if (!r.study) {
        fail(tr("The study could not be added to the workspace: %1").arg(r.error));
        return;
    }
    m_studyId = r.study->id;
}

void AnnotationSession::setFrame(int frame)
{
    if (frame == m_frame)
        return;
    m_layer->cancelDraft();
    if (m_editor)
        m_editor->endDrag();
    m_frame = frame;
    reload();
}

QString AnnotationSession::whyDisabled() const
{
    if (!m_ws)
        return tr("Annotation needs a workspace: choose File > New Workspace… or Open Workspace…. "
                  "Every edit is stored there as you make it.");
    if (m_ws->isReadOnly())
        return tr("The workspace is open read-only: %1").arg(m_readOnlyReason);
    if (m_studyPath.isEmpty())
        return tr("Open a study to annotate it.");
    if (m_studyId <= 0)
        return tr("The study could not be added to the workspace: %1").arg(m_error);
    return {};
}

void AnnotationSession::updateEnabled()
{
    m_layer->setEnabled(canEdit());
}

void AnnotationSession::onDrawn(const QPolygonF& vertices)
{
    if (!canEdit())
        return;
    annotation::Contour c;
    c.studyId = m_studyId;
    c.frame = m_frame;
    c.vertices = vertices;
    const qint64 id = m_editor->addContour(c);
    if (id > 0)
        m_layer->select(id);
}

void AnnotationSession::onRegionPainted(qint64 id, const QList<QPolygonF>& pieces, bool erased)
{
    if (!canEdit())
        return;
    const QString text = erased ? tr("Eraser stroke") : tr("Brush stroke");
    if (id > 0) {
        m_editor->replaceRegion(id, pieces, text);
        return;
    }
    // A brush stroke on empty image: new manual contour(s).
    QList<annotation::Contour> added;
    for (const QPolygonF& p : pieces) {
        annotation::Contour c;
        c.studyId = m_studyId;
        c.frame = m_frame;
        c.vertices = p;
        added << c;
    }
    QList<qint64> ids;
    if (m_editor->applyBatch({}, added, text, &ids) && !ids.isEmpty())
        m_layer->select(ids.first());
}

QString AnnotationSession::interpolateKeyFrames(bool* ok)
{
    if (ok)
        *ok = false;
    if (!canEdit())
        return whyDisabled();
    if (m_layer->isInteracting())
        return tr("Finish the contour being drawn first.");
    QString error;
    QList<annotation::Contour> mine;
    for (const annotation::Contour& c : annotation::loadContours(*m_ws, m_studyId, -1, false, &error))
        if (c.rater == editingRater())
            mine << c;
    if (!error.isEmpty())
        return error;
    const annotation::InterpolationPlan plan = annotation::planInterpolation(mine, m_frame);
    if (!plan.ok())
        return plan.error;
    const QString text = tr("Interpolate Frames %1–%2").arg(plan.from + 2).arg(plan.to);
    if (plan.added.isEmpty())
        return tr("Every frame between key frames %1 and %2 holds a model's contours; nothing was interpolated.")
            .arg(plan.from + 1).arg(plan.to + 1);
    if (!m_editor->applyBatch(plan.replaced, plan.added, text))
        return m_editor->lastError();
    if (ok)
        *ok = true;
    const int filled = plan.to - plan.from - 1 - plan.skippedFrames;
    QString message = tr("Interpolated %n frame(s) between key frames %1 and %2.", nullptr, filled).arg(plan.from + 1).arg(plan.to + 1);
    if (plan.skippedFrames > 0)
        message += QLatin1Char(' ') + tr("%n frame(s) with a model's contours were left as they are.", nullptr, plan.skippedFrames);
    return message;
}

void AnnotationSession::reload()
{
    if (m_layer->isInteracting()) {
        m_reloadPending = true; // the layer shows the drag; the store catches up after it
        return;
    }
    m_reloadPending = false;
    m_rows.clear();
    QList<ContourToolLayer::Item> items;
    if (m_ws && m_studyId > 0) {
        QString error;
        const QList<annotation::Contour> contours = annotation::loadContours(*m_ws, m_studyId, m_frame, false, &error);
        if (!error.isEmpty())
            fail(error);
        for (annotation::Contour c : contours) {
            if (m_editor)
                if (const auto staged = m_editor->debouncer().staged(c.id))
                    c.vertices = *staged;
            // Other raters' contours are shown read-only by their own overlay, never edited here.
            if (c.rater == editingRater())
                items << ContourToolLayer::Item{c.id, c.vertices, c.source.kind};
            m_rows << Row{c, annotation::measure(c.vertices, &m_calibration)};
        }
    }
    m_layer->setContours(items);
    emit contoursReloaded();
}

QString AnnotationSession::measurementLabel(const QPolygonF& vertices) const
{
    const annotation::Measurements m = annotation::measure(vertices, &m_calibration);
    if (m.areaMm2)
        return tr("%1 mm²").arg(*m.areaMm2, 0, 'f', 2);
    return tr("%1 px²\nno mm²: %2").arg(m.areaPx, 0, 'f', 0).arg(m.noPhysicalReason);
}

QString AnnotationSession::editingRater() const { return m_editor ? m_editor->rater() : m_rater; }

QList<annotation::Contour> AnnotationSession::contoursToCopy() const
{
    QList<annotation::Contour> out;
    const qint64 selected = m_layer->selectedId();
    for (const Row& r : m_rows) {
        if (selected > 0 ? r.contour.id == selected : r.contour.rater == editingRater())
            out << r.contour;
    }
    return out;
}

int AnnotationSession::copyToFrame(int frame)
{
    if (!canEdit() || frame < 0 || frame == m_frame || m_layer->isInteracting())
        return 0;
    const QList<annotation::Contour> contours = contoursToCopy();
    if (contours.isEmpty())
        return 0;
    QUndoStack* stack = m_editor->undoStack();
    const bool macro = contours.size() > 1;
    if (macro)
        stack->beginMacro(tr("Copy %n Contour(s) to Frame %1", nullptr, int(contours.size())).arg(frame + 1));
    int copied = 0;
    for (annotation::Contour c : contours) {
        c.frame = frame;
        if (m_editor->addContour(c) > 0)
            ++copied;
        else
            break; // the error is reported; what was stored stays one undo step
    }
    if (macro)
        stack->endMacro();
    return copied;
}

void AnnotationSession::undo()
{
    if (m_editor && !m_layer->isInteracting())
        m_editor->undoStack()->undo();
}

void AnnotationSession::redo()
{
    if (m_editor && !m_layer->isInteracting())
        m_editor->undoStack()->redo();
}

void AnnotationSession::fail(const QString& message)
{
    m_error = message;
    emit errorOccurred(message);
}

} // namespace ns::ui
