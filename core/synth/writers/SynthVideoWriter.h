#pragma once
// Writes a synthetic cine as a video file for tools that do not read DICOM: .mp4 (H.264
// when OpenCV's FFmpeg can encode it, else MPEG-4 Part 2) or .avi (Motion JPEG). Greyscale
// frames are written as BGR because the FFmpeg backend's greyscale path is unreliable.
// Odd sizes (HM70A's 565 columns) are padded to even by repeating the last column/row,
// because 4:2:0 encoders cannot store them. Video carries no calibration: keep the DICOM or the ground truth for measurements.

#include "core/jobs/Progress.h"
#include "core/synth/SynthTypes.h"

#include <QString>

namespace ns::synth {

// The container follows the suffix (.mp4 or .avi). Returns false with one sentence in
// `error` naming the file when it cannot be written, or when cancelled.
bool writeSynthVideo(const SynthCine& cine, const QString& path, QString* error = nullptr,
                     const ns::jobs::Progress& progress = ns::jobs::Progress::none());

} // namespace ns::synth
