#pragma once
// The undoable edits. Each redo()/undo() writes through ContourStore in a transaction (with
// its audit row). A write that fails marks the command obsolete, so QUndoStack drops it
// and the stack never claims a state the file does not hold.

#include "core/annotation/Contour.h"
#include "core/annotation/GradeStore.h"

#include <QUndoCommand>
#include <optional>

namespace ns::annotation {

class AnnotationEditor;

class EditCommand : public QUndoCommand {
public:
    explicit EditCommand(AnnotationEditor& editor) : m_editor(editor) {}
    bool failed() const { return m_failed; }

protected:
    // Records a failed write: reported once, command dropped by the stack.
    void fail(const QString& error);
    AnnotationEditor& m_editor;
    bool m_failed = false;
};

class AddContourCommand : public EditCommand {
public:
    AddContourCommand(AnnotationEditor& editor, Contour contour);
    void redo() override;
    void undo() override;
    qint64 contourId() const { return m_contour.id; }

private:
    Contour m_contour;
};

class DeleteContourCommand : public EditCommand {
public:
    DeleteContourCommand(AnnotationEditor& editor, qint64 id);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
};

class ReplaceVerticesCommand : public EditCommand {
public:
    enum { kDragId = 0x4e53'0001 };
    // `dragging`: persisted through the debouncer and merged with the next drag step of the
    // same contour and the same drag.
    ReplaceVerticesCommand(AnnotationEditor& editor, const Contour& before, const QPolygonF& after, bool dragging);
    void redo() override;
    void undo() override;
    int id() const override { return m_dragging ? kDragId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    qint64 m_id;
    QPolygonF m_before, m_after;
    ContourSource m_sourceBefore, m_sourceAfter;
    bool m_dragging;
    bool m_pushed = false;
    int m_dragSerial;
};

class SetLabelCommand : public EditCommand {
public:
    SetLabelCommand(AnnotationEditor& editor, qint64 id, QString before, QString after);
    void redo() override;
    void undo() override;

private:
    qint64 m_id;
    QString m_before, m_after;
};

class SetReviewStatusCommand : public EditCommand {
public:
    SetReviewStatusCommand(AnnotationEditor& editor, qint64 studyId, int frame,
                           std::optional<ReviewStatus> before, ReviewStatus after);
    void redo() override;
    void undo() override;

private:
    qint64 m_studyId;
    int m_frame;
    std::optional<ReviewStatus> m_before;
    ReviewStatus m_after;
};

// A grade is appended by redo and withdrawn by undo; a redo brings it back under the same id.
class RecordGradeCommand : public EditCommand {
public:
    RecordGradeCommand(AnnotationEditor& editor, Grade grade);
    void redo() override;
    void undo() override;
    qint64 gradeId() const { return m_grade.id; }

private:
    Grade m_grade;
};

// A person touching a model's or an interpolation's contour makes it a corrected one
// (keeping the model name); manual and corrected contours stay what they are.
ContourSource sourceAfterEdit(const ContourSource& before);

} // namespace ns::annotation
