#include "ui/ai/ClinicianGrade.h"

#include "core/annotation/AnnotationEditor.h"
#include "core/annotation/GradeStore.h"
#include "core/workspace/StudyStore.h"
#include "ui/Remeasure.h"
#include "ui/GradeLabel.h"
#include "ui/ai/AiController.h"
#include "ui/annotation/AnnotationSession.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ns::ui {

namespace {

// The choices in the combo, in this order; the last one says CTS without a severity.
constexpr int kCtsWithoutSeverity = 4;

QString gradeText(const annotation::Grade& g) { return gradeLabel(g.severity, g.cts); }

QString when(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

} // namespace

ClinicianGrade::ClinicianGrade(AnnotationSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_recorded(new QLabel(this)), m_choice(new QComboBox(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_recorded->setWordWrap(true);
    m_recorded->setTextFormat(Qt::RichText);
    layout->addWidget(m_recorded);

    m_choice->addItems({tr("Normal"), tr("Mild CTS"), tr("Moderate CTS"), tr("Severe CTS"), tr("CTS, severity not graded")});
    m_choice->setToolTip(tr("Your grade of this study (modified Canterbury scale)"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(10);
    m_record = new QAction(tr("Record My Grade"), this);
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_record->setToolTip(tr("Store the chosen grade as yours (Ctrl+Shift+G; Ctrl+Z takes it back). "
                            "Exports and training use grades people gave, never a model's."));
    auto* button = new QToolButton(this);
    button->setDefaultAction(m_record);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* row = new QHBoxLayout;
    row->addWidget(m_choice, 1);
    row->addWidget(button);
    layout->addLayout(row);

    connect(m_record, &QAction::triggered, this, &ClinicianGrade::record);
    connect(m_session, &AnnotationSession::stateChanged, this, [this] {
        followUndoStack();
        refresh();
    });
    followUndoStack();
    refresh();
}

void ClinicianGrade::followUndoStack()
{
    // Undo and redo of a recorded grade withdraw and restore it: follow the stack of the
    // rater now editing (each rater has one).
    QUndoStack* stack = m_session->undoStack();
    if (stack == m_followed)
        return;
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = stack;
    if (stack)
        connect(stack, &QUndoStack::indexChanged, this, &ClinicianGrade::refresh);
}

QString ClinicianGrade::recordedText() const { return m_recorded->text(); }

void ClinicianGrade::refresh()
{
    const bool canRecord = m_session->canEdit();
    m_record->setEnabled(canRecord);
    m_choice->setEnabled(canRecord);
    setToolTip(canRecord ? QString() : m_session->whyDisabled());
    ns::workspace::Workspace* ws = m_session->workspace();
    if (!ws || m_session->studyId() <= 0) {
        m_recorded->setText(tr("Grades are kept in a workspace: open or create one to record yours."));
        remeasureAncestors(m_recorded);
        return;
    }
    const QList<annotation::Grade> grades = annotation::loadGrades(*ws, m_session->studyId());
    const std::optional<annotation::Grade> person = annotation::newestPersonGrade(grades);
    const std::optional<annotation::Grade> model = annotation::newestModelGrade(grades);
    // A grade names its wrist only when it differs from the study's (see Grade::wrist).
    const auto study = ns::workspace::findStudy(*ws, m_session->studyId());
    const QString side = wristLabel(person && !person->wrist.isEmpty() ? person->wrist : study ? study->wrist : QString());
    QString text;
    if (!person)
        text = tr("No grade recorded by a person yet.");
    else if (side.isEmpty())
        text = tr("Recorded grade: <b>%1</b>, by %2 on %3.")
                   .arg(gradeText(*person).toHtmlEscaped(), person->rater.toHtmlEscaped(), when(person->createdAt));
    else
        text = tr("Recorded grade for the %1: <b>%2</b>, by %3 on %4.")
                   .arg(side, gradeText(*person).toHtmlEscaped(), person->rater.toHtmlEscaped(), when(person->createdAt));
    if (model)
        text += QStringLiteral("<br>") + tr("Model's grade: %1, by %2 %3 (not a label until a person records it).")
                                             .arg(gradeText(*model).toHtmlEscaped(), model->source.model.toHtmlEscaped(),
                                                  model->source.version.toHtmlEscaped());
    m_recorded->setText(text);
    remeasureAncestors(m_recorded);
}

void ClinicianGrade::suggest(const StudyGradeResult& result)
{
    if (result.wrist.frames == 0)
        return;
    if (result.card.task == QLatin1String("cts-binary"))
        m_choice->setCurrentIndex(result.wrist.predicted == 1 ? kCtsWithoutSeverity : 0);
    else if (result.wrist.predicted >= 0 && result.wrist.predicted < kCtsWithoutSeverity)
        m_choice->setCurrentIndex(result.wrist.predicted);
    refresh(); // the model's grade was stored just before
}

void ClinicianGrade::record()
{
    annotation::AnnotationEditor* editor = m_session->editor();
    if (!editor || m_session->studyId() <= 0)
        return;
    annotation::Grade g;
    g.studyId = m_session->studyId();
    const int choice = m_choice->currentIndex();
    if (choice == kCtsWithoutSeverity)
        g.cts = true;
    else
        annotation::setSeverity(g, choice);
    editor->recordGrade(g); // a failure reaches the user through the editor's errorOccurred
    refresh();
}

} // namespace ns::ui
