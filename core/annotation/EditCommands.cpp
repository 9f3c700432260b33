#include "core/annotation/EditCommands.h"

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/ContourStore.h"

#include <QCoreApplication>

namespace ns::annotation {

ContourSource sourceAfterEdit(const ContourSource& before)
{
    ContourSource s = before;
    if (before.kind == SourceKind::Model || before.kind == SourceKind::Interpolated)
        s.kind = SourceKind::Corrected;
    return s;
}

void EditCommand::fail(const QString& error)
{
    m_failed = true;
    setObsolete(true);
    m_editor.reportError(error);
}

AddContourCommand::AddContourCommand(AnnotationEditor& editor, Contour contour)
    : EditCommand(editor), m_contour(std::move(contour))
{
    setText(QCoreApplication::translate("Annotation", "Add contour"));
}

void AddContourCommand::redo()
{
    QString error;
    // The first redo creates the row; later ones bring the same row (same id) back.
    const bool ok = m_contour.id == 0 ? insertContour(m_editor.workspace(), m_contour, &error)
                                      : setContourDeleted(m_editor.workspace(), m_contour.id, false, m_editor.rater(), &error);
    if (!ok)
        fail(error);
}

void AddContourCommand::undo()
{
    QString error;
    m_editor.flush(); // a drag staged on this contour must land before the contour goes
    if (!setContourDeleted(m_editor.workspace(), m_contour.id, true, m_editor.rater(), &error))
        fail(error);
}

DeleteContourCommand::DeleteContourCommand(AnnotationEditor& editor, qint64 id) : EditCommand(editor), m_id(id)
{
    setText(QCoreApplication::translate("Annotation", "Delete contour"));
}

void DeleteContourCommand::redo()
{
    QString error;
    m_editor.flush();
    if (!setContourDeleted(m_editor.workspace(), m_id, true, m_editor.rater(), &error))
        fail(error);
}

void DeleteContourCommand::undo()
{
    QString error;
    if (!setContourDeleted(m_editor.workspace(), m_id, false, m_editor.rater(), &error))
        fail(error);
}

ReplaceVerticesCommand::ReplaceVerticesCommand(AnnotationEditor& editor, const Contour& before, const QPolygonF& after, bool dragging)
    : EditCommand(editor), m_id(before.id), m_before(before.vertices), m_after(after), m_sourceBefore(before.source),
      m_sourceAfter(sourceAfterEdit(before.source)), m_dragging(dragging), m_dragSerial(editor.dragSerial())
{
    setText(dragging ? QCoreApplication::translate("Annotation", "Move vertices") : QCoreApplication::translate("Annotation", "Edit contour"));
}

void ReplaceVerticesCommand::redo()
{
    // Only the push of a live drag step is debounced; a redo from the stack is one deliberate
    // action and is written at once.
    if (m_dragging && !m_pushed) {
        m_pushed = true;
        m_editor.debouncer().stage(m_id, m_after, m_sourceAfter);
        return;
    }
    QString error;
    m_editor.flush();
    if (!replaceVertices(m_editor.workspace(), m_id, m_after, m_sourceAfter, m_editor.rater(), &error))
        fail(error);
}

void ReplaceVerticesCommand::undo()
{
    QString error;
    // Whatever is staged for this drag is superseded by the undo, but must not land after it.
    m_editor.flush();
    if (!replaceVertices(m_editor.workspace(), m_id, m_before, m_sourceBefore, m_editor.rater(), &error))
        fail(error);
}

bool ReplaceVerticesCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const ReplaceVerticesCommand*>(other);
    if (!o || !m_dragging || !o->m_dragging || o->m_id != m_id || o->m_dragSerial != m_dragSerial)
        return false;
    m_after = o->m_after;
    return true;
}

SetLabelCommand::SetLabelCommand(AnnotationEditor& editor, qint64 id, QString before, QString after)
    : EditCommand(editor), m_id(id), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("Annotation", "Set label"));
}

void SetLabelCommand::redo()
{
    QString error;
    m_editor.flush();
    if (!setContourLabel(m_editor.workspace(), m_id, m_after, m_editor.rater(), &error))
        fail(error);
}

void SetLabelCommand::undo()
{
    QString error;
    m_editor.flush();
    if (!setContourLabel(m_editor.workspace(), m_id, m_before, m_editor.rater(), &error))
        fail(error);
}

SetReviewStatusCommand::SetReviewStatusCommand(AnnotationEditor& editor, qint64 studyId, int frame,
                                               std::optional<ReviewStatus> before, ReviewStatus after)
    : EditCommand(editor), m_studyId(studyId), m_frame(frame), m_before(before), m_after(after)
{
    setText(after == ReviewStatus::Approved ? QCoreApplication::translate("Annotation", "Approve") : QCoreApplication::translate("Annotation", "Set review status"));
}

void SetReviewStatusCommand::redo()
{
    QString error;
    m_editor.flush();
    if (!setReviewStatus(m_editor.workspace(), m_studyId, m_frame, m_after, m_editor.rater(), &error))
        fail(error);
}

void SetReviewStatusCommand::undo()
{
    QString error;
    m_editor.flush();
    if (!setReviewStatus(m_editor.workspace(), m_studyId, m_frame, m_before, m_editor.rater(), &error))
        fail(error);
}

RecordGradeCommand::RecordGradeCommand(AnnotationEditor& editor, Grade grade) : EditCommand(editor), m_grade(std::move(grade))
{
    setText(QCoreApplication::translate("Annotation", "Grade"));
}

void RecordGradeCommand::redo()
{
    QString error;
    if (!recordGrade(m_editor.workspace(), m_grade, &error))
        fail(error);
}

void RecordGradeCommand::undo()
{
    QString error;
    if (!withdrawGrade(m_editor.workspace(), m_grade.id, m_editor.rater(), &error))
        fail(error);
}

} // namespace ns::annotation
