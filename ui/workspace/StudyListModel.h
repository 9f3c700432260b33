#pragma once
// The studies of a workspace as rows for the study browser: each row is one
// ns::workspace::StudyOverview plus its thumbnail (or the reason there is none). Refreshing
// keeps the rows (and the view's selection) when the same studies come back in the same
// order, so an edit in the viewer updates counts without the list jumping.

#include "core/workspace/StudyOverview.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>

namespace ns::ui {

class StudyListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StatusRole,                // int (annotation::ReviewStatus)
        ThumbnailRole,             // QImage, null while loading or when there is none
        ThumbnailErrorRole,        // QString, why there is no thumbnail
        ThumbnailPendingRole,      // bool, still being made
        FileMissingRole,           // bool, the study file is not where the workspace says
        PathRole,                  // the stored path: what opening the study opens
        CurrentRole,               // bool, the study open in the viewer
        AnnotatedTextRole,         // QString, "12 of 300 frames annotated"
        DetailTextRole,            // QString, patient · kind · contours · raters
        GradeTextRole,             // QString, the newest grade a person gave ("moderate CTS"), or empty
    };

    explicit StudyListModel(QObject* parent = nullptr);

    void setStudies(const QList<workspace::StudyOverview>& studies);
    void clear();
    const workspace::StudyOverview& overview(int row) const { return m_rows.at(row); }
    int rowOf(qint64 studyId) const;
    const QList<workspace::StudyOverview>& studies() const { return m_rows; }

    // Thumbnails arrive later, from a background thread.
    void setThumbnail(qint64 studyId, const QImage& image, const QString& error, bool missing = false);
    bool hasThumbnailResult(qint64 studyId) const { return m_thumbs.contains(studyId) || m_thumbErrors.contains(studyId); }
    void forgetThumbnails();

    // The study on screen in the viewer (drawn marked), 0 for none.
    void setCurrentStudy(qint64 studyId);
    qint64 currentStudy() const { return m_current; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Text used in the list and its tooltips; shared with the delegate.
    static QString statusText(annotation::ReviewStatus status);
    // The newest grade a person gave, e.g. "moderate CTS"; empty when none.
    static QString gradeText(const workspace::StudyOverview& s);
    static QString annotatedText(const workspace::StudyOverview& s);
    static QString detailText(const workspace::StudyOverview& s);
    QString toolTip(const workspace::StudyOverview& s) const;

private:
    void rowChanged(int row);

    QList<workspace::StudyOverview> m_rows;
    QHash<qint64, QImage> m_thumbs;
    QHash<qint64, QString> m_thumbErrors;
    QSet<qint64> m_missing;
    qint64 m_current = 0;
};

} // namespace ns::ui
