#include "core/annotation/RaterAgreement.h"

#include "core/annotation/ContourStore.h"

namespace ns::annotation {

std::optional<Agreement> agreementOnFrame(ns::workspace::Workspace& ws, qint64 studyId, int frame,
                                          const QString& raterA, const QString& raterB, QSize frameSize,
                                          const media::Calibration* calibration, QString* error)
{
    QString why;
    const QList<Contour> contours = loadContours(ws, studyId, frame, false, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QList<QPolygonF> a, b;
    for (const Contour& c : contours) {
        if (c.rater == raterA)
            a.append(c.vertices);
        else if (c.rater == raterB)
            b.append(c.vertices);
    }
    return compareRaters(a, b, frameSize, calibration);
}

} // namespace ns::annotation
