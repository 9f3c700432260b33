#pragma once
// What a DICOM file says about itself beyond its pixels: playback rate, default window and
// the attribute list of the metadata panel and `nervescope-cli info`.

#include "core/media/Calibration.h"
#include "core/media/SourceInfo.h"

#include <QSize>

class DcmItem;
class DcmTagKey;

namespace ns::media::dicom {

struct FrameLayout;

// Cine Rate, else 1000 / Frame Time, else the mean Frame Time Vector increment, else the
// Recommended Display Frame Rate; 0 when none is given.
double readFrameRate(DcmItem& dataset);

// First Window Center/Width (0028,1050/1051), moved into the values frame() returns:
// Rescale Slope/Intercept undone, the signed offset added and MONOCHROME1 inverted, so
// toDisplayImage(frame, window) shows what the file asks for.
std::optional<WindowLevel> readDefaultWindow(DcmItem& dataset, const FrameLayout& stored);

// A string attribute as text, decoded with the dataset's character set (see
// prepareCharacterSet); empty when absent.
QString readText(DcmItem& dataset, const DcmTagKey& tag);

// Converts the dataset's strings to UTF-8 when it declares a character set other than
// ASCII/Latin-1; afterwards readText() decodes them correctly.
void prepareCharacterSet(DcmItem& dataset);

// The view the file names (ScanView.h): from the View Code Sequence's meaning and the Series
// Description, with the Body Part Examined; empty when neither names one.
QString readScanView(DcmItem& dataset);
// "left" or "right" from Image Laterality (0020,0062), else Laterality (0020,0060); empty for
// both sides, unpaired or unsaid.
QString readWrist(DcmItem& dataset);

// The ordered, translated attribute list of SourceInfo.
QList<QPair<QString, QString>> describeAttributes(DcmItem& dataset, const SourceInfo& info, int frameCount,
                                                  QSize frameSize, double frameRate, const Calibration& calibration);

} // namespace ns::media::dicom
