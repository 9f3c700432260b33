#include "ui/workspace/StudyListModel.h"

#include "ui/GradeLabel.h"

#include <QDir>
#include <algorithm>

namespace ns::ui {

using annotation::ReviewStatus;

StudyListModel::StudyListModel(QObject* parent) : QAbstractListModel(parent) {}

void StudyListModel::setStudies(const QList<workspace::StudyOverview>& studies)
{
    const bool sameRows = studies.size() == m_rows.size()
        && std::equal(studies.begin(), studies.end(), m_rows.begin(),
                      [](const auto& a, const auto& b) { return a.id() == b.id(); });
    if (!sameRows) {
        beginResetModel();
        m_rows = studies;
        endResetModel();
        return;
    }
    m_rows = studies;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(m_rows.size() - 1));
}

void StudyListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_thumbs.clear();
    m_thumbErrors.clear();
    m_missing.clear();
    m_current = 0;
    endResetModel();
}

int StudyListModel::rowOf(qint64 studyId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id() == studyId)
            return i;
    return -1;
}

void StudyListModel::rowChanged(int row)
{
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void StudyListModel::setThumbnail(qint64 studyId, const QImage& image, const QString& error, bool missing)
{
    if (missing)
        m_missing.insert(studyId);
    else
        m_missing.remove(studyId);
    if (image.isNull()) {
        m_thumbs.remove(studyId);
        m_thumbErrors.insert(studyId, error);
    } else {
        m_thumbs.insert(studyId, image);
        m_thumbErrors.remove(studyId);
    }
    rowChanged(rowOf(studyId));
}

void StudyListModel::forgetThumbnails()
{
    m_thumbs.clear();
    m_thumbErrors.clear();
    m_missing.clear();
}

void StudyListModel::setCurrentStudy(qint64 studyId)
{
    if (studyId == m_current)
        return;
    const int before = rowOf(m_current);
    m_current = studyId;
    rowChanged(before);
    rowChanged(rowOf(studyId));
}

int StudyListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant StudyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const workspace::StudyOverview& s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return s.displayName;
    case Qt::ToolTipRole: return toolTip(s);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(s.displayName, statusText(s.status), annotatedText(s));
    case IdRole: return s.id();
    case StatusRole: return int(s.status);
    case ThumbnailRole: return m_thumbs.value(s.id());
    case ThumbnailErrorRole: return m_thumbErrors.value(s.id());
    case ThumbnailPendingRole: return !hasThumbnailResult(s.id());
    case PathRole: return s.study.storedPath;
    case FileMissingRole: return m_missing.contains(s.id());
    case CurrentRole: return s.id() == m_current;
    case AnnotatedTextRole: return annotatedText(s);
    case DetailTextRole: return detailText(s);
    case GradeTextRole: return gradeText(s);
    default: return {};
    }
}

QString StudyListModel::statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unlabelled: return tr("Unlabelled");
    case ReviewStatus::AI: return tr("AI");
    case ReviewStatus::Corrected: return tr("Corrected");
    case ReviewStatus::Approved: return tr("Approved");
    }
    return {};
}

QString StudyListModel::annotatedText(const workspace::StudyOverview& s)
{
    if (s.study.frames == 1)
        return s.annotatedFrames() > 0 ? tr("Annotated (1 frame)") : tr("Not annotated (1 frame)");
    return tr("%1 of %2 frames annotated").arg(s.annotatedFrames()).arg(s.study.frames);
}

QString StudyListModel::detailText(const workspace::StudyOverview& s)
{
    QStringList parts;
    if (!s.study.patientId.isEmpty())
        parts << tr("Patient %1").arg(s.study.patientId);
    if (const QString side = wristLabel(s.study.wrist); !side.isEmpty())
        parts << side;
    parts << s.study.kind.toUpper();
    if (s.contourCount() > 0)
        parts << (s.contourCount() == 1 ? tr("1 contour") : tr("%1 contours").arg(s.contourCount()));
    if (!s.raters.isEmpty())
        parts << (s.raters.size() == 1 ? tr("1 rater") : tr("%1 raters").arg(s.raters.size()));
    return parts.join(QStringLiteral(" · "));
}

QString StudyListModel::gradeText(const workspace::StudyOverview& s) { return gradeLabel(s.severity, s.cts); }

QString StudyListModel::toolTip(const workspace::StudyOverview& s) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(s.displayName.toHtmlEscaped());
    lines << (s.statusSet ? tr("Status: %1 (set for the study)").arg(statusText(s.status))
                          : tr("Status: %1 (from its contours)").arg(statusText(s.status)));
    lines << annotatedText(s);
    lines << tr("Contours: %1 by people, %2 by models or interpolation").arg(s.personContours).arg(s.modelContours);
    if (!s.raters.isEmpty())
        lines << tr("Raters: %1").arg(s.raters.join(QStringLiteral(", ")).toHtmlEscaped());
    const QString grade = gradeText(s);
    lines << (grade.isEmpty() ? tr("Not graded by a person") : tr("Grade: %1 (the newest a person recorded)").arg(grade));
    if (!s.study.patientId.isEmpty())
        lines << tr("Patient ID: %1").arg(s.study.patientId.toHtmlEscaped());
    lines << tr("%1, %2 x %3 px").arg(s.study.kind).arg(s.study.width).arg(s.study.height);
    lines << (s.study.copied ? tr("Copied into the workspace: %1") : tr("Referenced in place: %1"))
                 .arg(QDir::toNativeSeparators(s.study.storedPath).toHtmlEscaped());
    const QString thumbError = m_thumbErrors.value(s.id());
    if (!thumbError.isEmpty())
        lines << QStringLiteral("<span style='color:#ff8a80'>%1</span>").arg(thumbError.toHtmlEscaped());
    lines << tr("Double-click or press Enter to open it with its annotations.");
    return lines.join(QStringLiteral("<br>"));
}

} // namespace ns::ui
