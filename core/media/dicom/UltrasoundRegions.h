#pragma once
// Physical calibration from a DICOM dataset: every item of the Sequence of Ultrasound
// Regions (0018,6011), else Pixel Spacing (0028,0030), else Imager Pixel Spacing (0018,1164).

#include "core/media/Calibration.h"

class DcmItem;

namespace ns::media::dicom {

QList<UltrasoundRegion> readUltrasoundRegions(DcmItem& dataset);

// Fills `calibration` with the regions, or failing those with a pixel spacing.
void readCalibration(DcmItem& dataset, Calibration* calibration);

} // namespace ns::media::dicom
