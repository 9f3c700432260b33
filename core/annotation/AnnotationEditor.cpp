#include "core/annotation/AnnotationEditor.h"

#include "core/annotation/ContourStore.h"
#include "core/annotation/EditCommands.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>

namespace ns::annotation {

AnnotationEditor::AnnotationEditor(ns::workspace::Workspace& ws, QString rater, QObject* parent)
    : QObject(parent), m_ws(ws), m_rater(std::move(rater)), m_debouncer(ws, m_rater)
{
    connect(&m_debouncer, &VertexDebouncer::errorOccurred, this, &AnnotationEditor::reportError);
}

AnnotationEditor::~AnnotationEditor()
{
    m_debouncer.flush();
    // The stack's commands refer to this editor; they go first.
    m_stack.clear();
}

void AnnotationEditor::reportError(const QString& message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

bool AnnotationEditor::pushChecked(EditCommand* cmd)
{
    m_lastError.clear();
    // push() deletes a command whose redo failed (it marks itself obsolete); remember
    // the outcome through lastError, which fail() sets.
    m_stack.push(cmd);
    return m_lastError.isEmpty();
}

std::optional<Contour> AnnotationEditor::current(qint64 id)
{
    QString error;
    std::optional<Contour> c = loadContour(m_ws, id, &error);
    if (!c) {
        reportError(error);
        return c;
    }
    if (const std::optional<QPolygonF> staged = m_debouncer.staged(id))
        c->vertices = *staged;
    return c;
}

qint64 AnnotationEditor::addContour(Contour contour)
{
    endDrag();
    contour.id = 0;
    contour.rater = m_rater;
    auto* cmd = new AddContourCommand(*this, contour);
    m_lastError.clear();
    m_stack.push(cmd); // cmd is deleted now if it failed
    if (!m_lastError.isEmpty())
        return -1;
    // Read from cmd itself: inside a macro (beginMacro) the stack's index does not move.
    const qint64 id = cmd->contourId();
    emit contoursChanged(contour.studyId, contour.frame);
    return id;
}

bool AnnotationEditor::deleteContour(qint64 id)
{
    endDrag();
    const std::optional<Contour> c = current(id);
    if (!c)
        return false;
    const bool ok = pushChecked(new DeleteContourCommand(*this, id));
    if (ok)
        emit contoursChanged(c->studyId, c->frame);
    return ok;
}

bool AnnotationEditor::replaceVertices(qint64 id, const QPolygonF& vertices)
{
    endDrag();
    const std::optional<Contour> c = current(id);
    if (!c)
        return false;
    const bool ok = pushChecked(new ReplaceVerticesCommand(*this, *c, vertices, false));
    if (ok)
        emit contoursChanged(c->studyId, c->frame);
    return ok;
}

bool AnnotationEditor::dragVertices(qint64 id, const QPolygonF& vertices)
{
    if (!m_inDrag) {
        m_inDrag = true;
        ++m_dragSerial; // a new drag is a new undo step, even on the same contour
    }
    const std::optional<Contour> c = current(id);
    if (!c)
        return false;
    const bool ok = pushChecked(new ReplaceVerticesCommand(*this, *c, vertices, true));
    if (ok)
        emit contoursChanged(c->studyId, c->frame);
    return ok;
}

void AnnotationEditor::endDrag()
{
    if (!m_inDrag)
        return;
    m_inDrag = false;
    // The drag is over: nothing to coalesce any more, so it need not wait for the timer.
    m_debouncer.flush();
}

bool AnnotationEditor::setLabel(qint64 id, const QString& label)
{
    endDrag();
    const std::optional<Contour> c = current(id);
    if (!c)
        return false;
    return pushChecked(new SetLabelCommand(*this, id, c->label, label));
}

bool AnnotationEditor::replaceRegion(qint64 id, const QList<QPolygonF>& pieces, const QString& text)
{
    endDrag();
    const std::optional<Contour> c = current(id);
    if (!c)
        return false;
    if (pieces.isEmpty())
        return deleteContour(id);
    m_stack.beginMacro(text);
    bool ok = replaceVertices(id, pieces.first());
    for (int i = 1; ok && i < pieces.size(); ++i) {
        Contour piece = *c;
        piece.vertices = pieces[i];
        piece.source = sourceAfterEdit(c->source); // a piece of a model contour a person cut
        ok = addContour(piece) > 0;
    }
    m_stack.endMacro(); // what was stored stays one undo step; the error is reported
    return ok;
}

bool AnnotationEditor::applyBatch(const QList<qint64>& remove, const QList<Contour>& add, const QString& text,
                                   QList<qint64>* addedIds)
{
    endDrag();
    m_stack.beginMacro(text);
    bool ok = true;
    for (int i = 0; ok && i < remove.size(); ++i)
        ok = deleteContour(remove[i]);
    for (int i = 0; ok && i < add.size(); ++i) {
        const qint64 id = addContour(add[i]);
        ok = id > 0;
        if (ok && addedIds)
            addedIds->append(id);
    }
    m_stack.endMacro();
    return ok;
}

bool AnnotationEditor::setReviewStatus(qint64 studyId, int frame, ReviewStatus status)
{
    endDrag();
    QString error;
    const std::optional<ReviewStatus> before = ns::annotation::reviewStatus(m_ws, studyId, frame, &error);
    if (!error.isEmpty()) {
        reportError(error);
        return false;
    }
    return pushChecked(new SetReviewStatusCommand(*this, studyId, frame, before, status));
}

qint64 AnnotationEditor::recordGrade(Grade grade)
{
    endDrag();
    grade.id = 0;
    grade.createdAt.clear();
    grade.rater = m_rater;
    grade.source = ContourSource{};
    auto* cmd = new RecordGradeCommand(*this, grade);
    m_lastError.clear();
    m_stack.push(cmd); // deleted now if it failed
    if (!m_lastError.isEmpty())
        return -1;
    const qint64 id = cmd->gradeId();
    emit gradesChanged(grade.studyId);
    return id;
}

} // namespace ns::annotation
