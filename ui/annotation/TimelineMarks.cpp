#include "ui/annotation/TimelineMarks.h"

#include "ui/annotation/SourceStyle.h"

#include <QCoreApplication>
#include <QMap>

namespace ns::ui {

namespace {
using annotation::SourceKind;
const SourceKind kOrder[] = {SourceKind::Manual, SourceKind::Corrected, SourceKind::Model, SourceKind::Interpolated};

int rank(SourceKind k)
{
    for (int i = 0; i < 4; ++i)
        if (kOrder[i] == k)
            return i;
    return 3;
}
} // namespace

QList<FrameMark> timelineMarks(const QList<annotation::Contour>& contours)
{
    struct Frame {
        SourceKind kind = SourceKind::Interpolated;
        int count = 0;
    };
    QMap<int, Frame> frames;
    for (const annotation::Contour& c : contours) {
        Frame& f = frames[c.frame];
        if (f.count == 0 || rank(c.source.kind) < rank(f.kind))
            f.kind = c.source.kind;
        ++f.count;
    }
    QList<FrameMark> marks;
    for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
        const bool key = it->kind == SourceKind::Manual || it->kind == SourceKind::Corrected;
        marks << FrameMark{it.key(), sourceColour(it->kind), key,
                           QCoreApplication::translate("TimelineMarks", "%1, %n contour(s)", nullptr, it->count).arg(sourceLabel(it->kind))};
    }
    return marks;
}

QString timelineLegend(const QString& rater)
{
    QString rows;
    for (SourceKind k : kOrder)
        rows += QStringLiteral("<tr><td><span style=\"color:%1\">&#9632;</span></td><td>%2</td></tr>")
                    .arg(sourceColour(k).name(), sourceLabel(k).toHtmlEscaped());
    return QCoreApplication::translate("TimelineMarks", "Marks under the slider: frames with contours of %1")
               .arg(rater.toHtmlEscaped())
         + QStringLiteral("<table>%1</table>").arg(rows);
}

} // namespace ns::ui
