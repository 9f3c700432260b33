#pragma once
// The annotation of the study on screen: holds the open workspace and its AnnotationEditor,
// imports the study being viewed (by reference), shows the contours of the frame on
// screen in the ContourToolLayer, sends what the tools did to the editor (which stores it
// at once) and shows the stored result again after every edit, undo and redo.
// Without a writable workspace the tools are off and whyDisabled() says why: an edit that
// could not be stored is never accepted (a clinician must never lose one).

#include "core/annotation/Contour.h"
#include "core/annotation/Measurements.h"
#include "core/media/Calibration.h"

#include <QCoreApplication>
#include <QObject>
#include <map>
#include <memory>

class QUndoStack;

namespace ns::workspace { class Workspace; }
namespace ns::annotation { class AnnotationEditor; }

namespace ns::ui {

class ContourToolLayer;
class ImageView;

class AnnotationSession : public QObject {
    Q_OBJECT
public:
    struct Row {
        annotation::Contour contour;
        annotation::Measurements measurements;
    };

    AnnotationSession(ImageView* view, QObject* parent = nullptr);
    ~AnnotationSession() override;

    // Both return false with error() set; the previous workspace (if any) stays open then.
    bool createWorkspace(const QString& dir);
    bool openWorkspace(const QString& dir);
    void closeWorkspace();
    ns::workspace::Workspace* workspace() const { return m_ws.get(); }
    annotation::AnnotationEditor* editor() const { return m_editor.get(); }
    QUndoStack* undoStack() const;
    QString error() const { return m_error; }

    // The study on screen (path as opened) and its calibration; `frame` follows setFrame().
    void setStudy(const QString& path, const media::Calibration& calibration);
    void clearStudy();
    void setFrame(int frame);
    qint64 studyId() const { return m_studyId; }
    int frame() const { return m_frame; }
    const media::Calibration& calibration() const { return m_calibration; }

    bool canEdit() const { return m_editor && m_studyId > 0; }
    QString whyDisabled() const; // empty when canEdit()
    QString rater() const { return m_rater; }
    // Remembered (QSettings) and in effect at once: every later edit carries this rater.
    // Each rater keeps an editor and undo history of their own for the session, so undo
    // never takes back another person's edit; switching back brings one's history back.
    void setRater(const QString& rater);
    // False until a rater was chosen once (the first workspace then asks who annotates).
    bool hasRememberedRater() const;

    ContourToolLayer* toolLayer() const { return m_layer; }
    // Every rater's contours on the frame (the tool layer edits only the editing rater's).
    const QList<Row>& rows() const { return m_rows; }
    // The text shown next to a contour.
    QString measurementLabel(const QPolygonF& vertices) const;
    // The editor's rater (the one whose contours are edited); rater() when there is no editor.
    QString editingRater() const;
    // The contours "copy to frame" takes: the selected one, else this rater's on the frame.
    QList<annotation::Contour> contoursToCopy() const;
    // Copies contoursToCopy() to `frame` as one undo step; returns how many were stored.
    int copyToFrame(int frame);
    // Fills the frames between the editing rater's key frames around the frame on screen
    // with interpolated contours, as one undo step. Returns a message for the status bar
    // (what was done, or why nothing was); *ok says which.
    QString interpolateKeyFrames(bool* ok = nullptr);

public slots:
    void reload();
    void undo();
    void redo();

signals:
    void stateChanged(); // workspace, study, rater or editability changed
    void workspaceAdopted(); // a workspace was created or opened
    void contoursReloaded();
    void errorOccurred(const QString& message);

private:
    bool adopt(std::unique_ptr<ns::workspace::Workspace> ws, const QString& notice);
    void importCurrentStudy();
    void updateEnabled();
    void dropEditor();
    void useEditorFor(const QString& rater);
    void onDrawn(const QPolygonF& vertices);
    void onRegionPainted(qint64 id, const QList<QPolygonF>& pieces, bool erased);
    void fail(const QString& message);

    ImageView* m_view;
    ContourToolLayer* m_layer;
    std::unique_ptr<ns::workspace::Workspace> m_ws;
    std::unique_ptr<annotation::AnnotationEditor> m_editor; // after m_ws: destroyed first
    std::map<QString, std::unique_ptr<annotation::AnnotationEditor>> m_parked; // other raters' editors
    QString m_rater;
    QString m_error;
    QString m_readOnlyReason;
    QString m_studyPath;
    media::Calibration m_calibration;
    qint64 m_studyId = 0;
    int m_frame = 0;
    QList<Row> m_rows;
    bool m_reloadPending = false;
};

} // namespace ns::ui
