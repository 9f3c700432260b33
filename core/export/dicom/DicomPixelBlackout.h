#pragma once
// Blacks out burned-in text in a DICOM dataset's own pixels (the de-identified copy of the
// source), either inside one rectangle or everywhere outside the Sequence of Ultrasound
// Regions. Which pixels go black is blackoutRegion()'s rule (core/export/Blackout.h), shared
// with the PNG-type exports; this file only reads the regions and zeroes the pixel buffer.

#include "core/export/dicom/DicomExportTypes.h"

#include <QRect>
#include <QString>
#include <QList>

class DcmDataset;

namespace ns::exporting {

// The rectangles (inclusive pixel bounds as QRect) of the Sequence of Ultrasound Regions;
// empty when the file has none.
QList<QRect> ultrasoundRegions(DcmDataset& dataset);

// Decompresses to Explicit VR Little Endian first (a codec must be registered for the
// source's transfer syntax), zeroes the chosen pixels in every frame and sets Burned In
// Annotation to NO. Returns false with one sentence in *error for an unsupported layout,
// a compressed syntax DCMTK cannot decode, or OutsideRegions on a file without regions.
bool blackOutPixels(DcmDataset& dataset, const BlackoutSpec& spec, QString* error);

} // namespace ns::exporting
