#pragma once
// JSON views of a study for `info --json` (and later verbs that report on a study).

#include "core/media/FrameSource.h"

#include <QJsonObject>

namespace ns::cli {

QJsonObject calibrationToJson(const media::Calibration& calibration);
QJsonObject studyToJson(const media::FrameSource& source);

// Decodes every frame once so damaged ones are found and recorded in the source's info;
// prints progress on stderr. Returns the number of frames that failed.
int scanAllFrames(media::FrameSource& source, const QString& verb);

} // namespace ns::cli
