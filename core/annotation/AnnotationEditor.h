#pragma once
// The one place edits enter: each edit becomes a command on the undo stack and is
// persisted as it happens (redo and undo both write), so there is no Save to forget.
// Drags go through a VertexDebouncer and merge into one undo step per drag.

#include "core/annotation/Contour.h"
#include "core/annotation/GradeStore.h"
#include "core/annotation/VertexDebouncer.h"

#include <QObject>
#include <QUndoStack>

namespace ns::workspace { class Workspace; }

namespace ns::annotation {

class AnnotationEditor : public QObject {
    Q_OBJECT
public:
    // `ws` must outlive the editor (its destructor still writes a pending drag).
    AnnotationEditor(ns::workspace::Workspace& ws, QString rater, QObject* parent = nullptr);
    ~AnnotationEditor() override; // flushes a pending drag

    ns::workspace::Workspace& workspace() { return m_ws; }
    QString rater() const { return m_rater; }
    QUndoStack* undoStack() { return &m_stack; }
    VertexDebouncer& debouncer() { return m_debouncer; }

    // Each returns false (and emits errorOccurred with lastError()) when the change could not
    // be stored; the workspace and the undo stack then stay as they were.
    // `contour.rater` is replaced by this editor's rater. Returns the new id or -1.
    qint64 addContour(Contour contour);
    bool deleteContour(qint64 id);
    // One undo step, written at once (move/scale of a whole contour, vertex insert/delete).
    bool replaceVertices(qint64 id, const QPolygonF& vertices);
    // Many calls per drag, one undo step, written at most 0.5 s behind. endDrag() closes the step.
    bool dragVertices(qint64 id, const QPolygonF& vertices);
    void endDrag();
    bool setLabel(qint64 id, const QString& label);
    // A brush or eraser stroke turned the contour's region into `pieces` (largest first):
    // the first keeps the id, the others become new contours of the same label, rater and
    // (edited) source, and none deletes it. One undo step named `text`.
    bool replaceRegion(qint64 id, const QList<QPolygonF>& pieces, const QString& text);
    // Deletes `remove` and adds `add` as one undo step named `text` (interpolation, a new
    // brush region); `addedIds` receives the new ids.
    bool applyBatch(const QList<qint64>& remove, const QList<Contour>& add, const QString& text,
                    QList<qint64>* addedIds = nullptr);
    // frame == -1: the study's status.
    bool setReviewStatus(qint64 studyId, int frame, ReviewStatus status);
    // Appends this rater's grade of a study as one undo step (undo withdraws it again).
    // Returns the grade's id or -1.
    qint64 recordGrade(Grade grade);

    bool flush() { return m_debouncer.flush(); }
    QString lastError() const { return m_lastError; }

    // For the commands: the contour as the user sees it (staged drag vertices included).
    std::optional<Contour> current(qint64 id);
    void reportError(const QString& message);
    int dragSerial() const { return m_dragSerial; }

signals:
    void errorOccurred(const QString& message);
    void contoursChanged(qint64 studyId, int frame);
    void gradesChanged(qint64 studyId);

private:
    bool pushChecked(class EditCommand* cmd);

    ns::workspace::Workspace& m_ws;
    QString m_rater;
    QUndoStack m_stack;
    VertexDebouncer m_debouncer;
    QString m_lastError;
    int m_dragSerial = 0;
    bool m_inDrag = false;
};

} // namespace ns::annotation
