#pragma once
// Agreement between two raters' stored contours on one frame of a workspace study.

#include "core/annotation/Agreement.h"
#include "core/workspace/Workspace.h"

#include <optional>

namespace ns::annotation {

// nullopt with `error` when the contours cannot be read. Deleted contours do not count.
std::optional<Agreement> agreementOnFrame(ns::workspace::Workspace& ws, qint64 studyId, int frame,
                                          const QString& raterA, const QString& raterB, QSize frameSize,
                                          const media::Calibration* calibration, QString* error = nullptr);

} // namespace ns::annotation
