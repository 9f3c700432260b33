#include "core/export/StudyFrames.h"

#include "core/media/DisplayFrames.h"
#include "core/media/MediaOpener.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace ns::exporting {

bool StudyFrames::open(const ExportStudy& study, const BlackoutSpec& blackout, QString* error)
{
    m_studyId = study.id;
    m_blackout = blackout;
    media::OpenResult opened = media::openMedia(study.storedPath);
    if (!opened) {
        if (error)
            *error = QCoreApplication::translate("Export", "Study %1 cannot be opened: %2").arg(study.id).arg(opened.error);
        return false;
    }
    m_source = std::move(opened.source);
    return true;
}

QImage StudyFrames::frame(int index, QString* error)
{
    QString why;
    const std::vector<QImage> frames = media::displayFrames(*m_source, index, index, m_source->info().defaultWindow, &why);
    if (frames.empty()) {
        if (error)
            *error = QCoreApplication::translate("Export", "Study %1, %2").arg(m_studyId).arg(why);
        return {};
    }
    const QImage grey = frames.front().convertToFormat(QImage::Format_Grayscale8);
    // A fresh image, copied line by line: QImage::copy() would carry the source's text keys.
    QImage out(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(out.scanLine(y), grey.constScanLine(y), size_t(grey.width()));
    if (!applyBlackout(out, m_blackout, m_source->calibration(), &why)) {
        if (error)
            *error = QCoreApplication::translate("Export", "Study %1: %2").arg(m_studyId).arg(why);
        return {};
    }
    return out;
}

bool forEachExportFrame(const ExportDataset& data, const BlackoutSpec& blackout, const ns::jobs::Progress& progress,
                        QString* error, const ExportFrameVisitor& visit)
{
    const int total = data.frameCount();
    int done = 0;
    for (const ExportStudy& s : data.studies) {
        StudyFrames frames;
        if (!frames.open(s, blackout, error))
            return false;
        for (const ExportFrame& f : s.frames) {
            if (progress.isCancelled()) {
                if (error)
                    *error = QCoreApplication::translate("Export", "Cancelled.");
                return false;
            }
            ++done;
            progress.report(double(done - 1) / std::max(1, total), QCoreApplication::translate("Export", "writing frame %1 of %2").arg(done).arg(total));
            const QImage image = frames.frame(f.frame, error);
            if (image.isNull() || !visit(s, f, image))
                return false;
        }
    }
    return true;
}

} // namespace ns::exporting
