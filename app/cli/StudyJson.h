#pragma once
// JSON views of a study for `info --json` (and later verbs that report on a study).

#include "core/media/FrameSource.h"

#include <QJsonObject>

namespace ns::cli {

QJsonObject calibrationToJson(const media::Calibration& calibration);
QJsonObject studyToJson(const media::FrameSource& source);

// Decodes every frame once so damaged ones are found and recorded in the source's info
// (FrameSource::scanForDamage); prints progress on stderr.
bool scanAllFrames(media::FrameSource& source, const QString& verb, QString* error);

} // namespace ns::cli
