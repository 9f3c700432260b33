#pragma once
// A person's own CTS grade of the study on screen: what is recorded (the newest grade a
// person gave, and the newest model grade beside it) and a choice to record one's own, as
// an undoable edit in the rater's name. Grades people give are the labels exports and
// training use; a model's grade never is, so accepting it means recording it here.

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace ns::ui {

class AnnotationSession;
struct StudyGradeResult;

class ClinicianGrade : public QWidget {
    Q_OBJECT
public:
    ClinicianGrade(AnnotationSession* session, QWidget* parent = nullptr);

    QAction* recordAction() const { return m_record; }
    QComboBox* choiceBox() const { return m_choice; }
    QString recordedText() const;

    // Preselects the model's answer, so that accepting it is one press of Record.
    void suggest(const StudyGradeResult& result);
    // Re-reads the study's grades and whether this rater may record one.
    void refresh();

private:
    void record();
    void followUndoStack();

    AnnotationSession* m_session;
    QLabel* m_recorded;
    QComboBox* m_choice;
    QAction* m_record;
    QPointer<QUndoStack> m_followed; // dies with its editor when the workspace or rater changes
};

} // namespace ns::ui
