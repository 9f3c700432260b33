#pragma once
// The AI review of the study on screen: loads the chosen models off the GUI thread, runs
// segmentation of one frame or of the whole cine and CTS grading as cancellable jobs,
// keeps the predictions that nobody has decided on yet, and turns a decision into a
// workspace edit: Accept stores the contour with the model's name and version as its
// source (undoable like any edit), Edit stores it and hands it to the vertex tool (the
// first change makes it "corrected"), Reject drops it. Grades go to the workspace as the
// model's grade. The GUI thread never waits on LibTorch.

#include "core/annotation/Contour.h"
#include "core/jobs/Progress.h"
#include "inference/Grader.h"
#include "inference/ModelRegistry.h"
#include "inference/Segmenter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPolygonF>
#include <QThreadPool>
#include <memory>
#include <mutex>

namespace ns::ui {

class AnnotationSession;
class StudyViewer;

struct Prediction {
    QPolygonF vertices;
    double meanProbability = 0;
    annotation::ContourSource source; // the model that outlined it (what Accept stores)
    QString view;                     // the view that model reads (inference::viewOfModel)
};

struct StudyGradeResult {
    inference::ModelCard card;
    std::vector<inference::FrameGrade> frames;
    inference::WristGrade wrist;
    QString side; // the study's wrist: "left", "right" or empty (not known)
    int framesInStudy = 0;
    // False while the job is still reading frames (gradeProgress); nothing is stored then.
    bool complete() const { return int(frames.size()) >= framesInStudy; }
};

class AiController : public QObject {
    Q_OBJECT
public:
    AiController(StudyViewer* viewer, AnnotationSession* session, QObject* parent = nullptr);
    ~AiController() override;

    QList<inference::ModelEntry> models(const QString& task) const;
    void setSegmentationModel(const QString& cardPath);
    QString segmentationModel() const { return m_segPath; }
    void setForceCpu(bool cpu);
    bool forceCpu() const { return m_options.forceCpu; }

    AnnotationSession* session() const { return m_session; }
    bool isBusy() const { return m_busy; }
    void segmentFrame();
    void segmentCine();
    // Grades every frame. A grader that crops around the nerve outlines it first; those
    // outlines become pending predictions on the frames nobody has outlined or decided on.
    void gradeStudy(const QString& graderCardPath);
    // Segments the frame on screen (when `segment`), then grades the study with
    // `graderCardPath` (when not empty): what opening a study runs with "Analyse Studies on
    // Open". A failed or cancelled step stops the rest.
    void analyse(bool segment, const QString& graderCardPath);
    void cancel();

    QList<Prediction> predictions(int frame) const { return m_predictions.value(frame); }
    // Frames with predictions nobody has decided on.
    int pendingFrames() const { return int(m_predictions.size()); }
    // The segmentation of `frame` ran (for this study) and found no nerve.
    bool foundNoNerve(int frame) const { return m_noNerve.contains(frame); }
    // The model that found no nerve on `frame`; empty when none did.
    QString noNerveFoundBy(int frame) const { return m_noNerve.value(frame); }
    // The workspace holds contours on `frame` of the open study: the AI leaves such a frame
    // alone unless asked for it by name (Segment Frame, Segment Cine).
    bool holdsContours(int frame) const;
    // Decisions on prediction `index` of `frame`; false (with errorOccurred) when the
    // workspace cannot store it, and the prediction stays.
    bool accept(int frame, int index);
    bool acceptAll(int frame);
    // Every pending prediction of every frame (after Segment Cine), as one undo step. The
    // number stored; on a workspace failure the ones stored so far stay (and stay pending
    // no more), the rest stay pending, and errorOccurred says why.
    int acceptEveryFrame();
    bool edit(int frame, int index);
    void reject(int frame, int index);
    void rejectAll(int frame);
    void clear();
    // Area etc. as shown next to a contour (mm² where the calibration allows).
    QString measurementLabel(const QPolygonF& vertices) const;

    // The device the last segmentation ran on.
    QString deviceDescription() const { return m_device; }

signals:
    void predictionsChanged(int frame);
    void busyChanged(bool busy);
    void progress(double fraction, const QString& message);
    // The grade over the frames read so far, after each batch of a grading job: a long cine
    // shows its grade within a moment, and refines it as the job goes on.
    void gradeProgress(const ns::ui::StudyGradeResult& partial);
    void gradeReady(const ns::ui::StudyGradeResult& result);
    void gradeFailed(const QString& reason);
    void deviceChanged(const QString& description);
    void finished(const QString& message);
    void errorOccurred(const QString& message);

private:
    struct Engines; // segmenter/grader owned by the worker side
    void runSegmentation(int first, int last);
    void setBusy(bool busy);
    // The wrist of the study on screen: the workspace's record, else what the file says.
    QString studySide() const;
    // Ends the running job, and what analyse() queued after it.
    void failJob(const QString& error);
    void failGrading(const QString& error, quint64 generation);
    bool storeContour(int frame, const Prediction& p, qint64* id);
    annotation::Contour modelContour(int frame, const Prediction& p) const;
    // What a model found on frames (predictions, or an empty list: no nerve), kept pending
    // for review. `fillOnly`: frames that have pending predictions, a "no nerve" or stored
    // contours keep them (a grader's outlines fill in; a segmentation replaces).
    void offerPredictions(const QHash<int, QList<Prediction>>& found, const QString& model, bool fillOnly);
    // Stores prediction `index` of `frame` and drops it from the pending ones; its contour id,
    // or -1 when there is no such prediction or the workspace refused it.
    qint64 storePrediction(int frame, int index);

    StudyViewer* m_viewer;
    AnnotationSession* m_session;
    QThreadPool m_pool;
    std::shared_ptr<Engines> m_engines;
    inference::InferenceOptions m_options;
    QString m_segPath;
    QHash<int, QList<Prediction>> m_predictions; // never an empty list
    QHash<int, QString> m_noNerve; // frame -> the model that found no nerve there
    QString m_device;
    jobs::CancelToken m_cancel;
    QString m_gradeNext; // analyse(): the grader to run once the segmentation has finished
    bool m_busy = false;
    quint64 m_generation = 0; // results of a superseded study are dropped
};

} // namespace ns::ui

Q_DECLARE_METATYPE(ns::ui::StudyGradeResult)
