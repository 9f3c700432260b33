#pragma once
// The pixels of one study's frames for export: the 8-bit grey frames the models see
// (displayFrames with the source's default window), burned-in text blacked out as asked,
// and stripped of any text chunks the source image carried, so nothing but pixels leaves.

#include "core/export/Blackout.h"
#include "core/export/ExportModel.h"
#include "core/jobs/Progress.h"
#include "core/media/FrameSource.h"

#include <functional>
#include <memory>

namespace ns::exporting {

class StudyFrames {
public:
    // False with a one-line *error naming the study when its file cannot be opened.
    bool open(const ExportStudy& study, const BlackoutSpec& blackout, QString* error);
    // Format_Grayscale8; null with *error on a decoding or blackout failure.
    QImage frame(int index, QString* error);

private:
    std::unique_ptr<media::FrameSource> m_source;
    BlackoutSpec m_blackout;
    qint64 m_studyId = 0;
};

// Every exported frame of `data` in order, each read (and blacked out) once, with progress
// ("writing frame i of n") and cancel. `visit` returns false, with *error set, to stop.
using ExportFrameVisitor = std::function<bool(const ExportStudy&, const ExportFrame&, const QImage&)>;
bool forEachExportFrame(const ExportDataset& data, const BlackoutSpec& blackout, const ns::jobs::Progress& progress,
                        QString* error, const ExportFrameVisitor& visit);

} // namespace ns::exporting
