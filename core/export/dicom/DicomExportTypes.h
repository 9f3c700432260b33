#pragma once
// What the DICOM SEG / SR writers need to know about one annotated source file, as plain
// data: the workspace's collector fills it, the writers never touch the workspace.

#include "core/export/Blackout.h"

#include <QByteArray>
#include <QRect>
#include <QString>
#include <opencv2/core.hpp>

#include <vector>

namespace ns::exporting {

// Where a contour came from; decides the SEG algorithm type (MANUAL for people,
// AUTOMATIC/SEMIAUTOMATIC with the model's name and version for a model).
enum class DicomAnnotationSource { Manual, Corrected, Model };

struct DicomExportFrame {
    int frameIndex = 0;                   // 0-based frame of the source file
    cv::Mat mask;                         // CV_8U, source rows x columns, non-zero = nerve
    std::vector<cv::Point> contour;       // used (filled) when mask is empty
    double areaMm2 = -1;                  // < 0: no physical size (uncalibrated region)
    double areaPx = 0;
};

struct DicomExportStudy {
    QString sourcePath;                   // the DICOM file the contours were drawn on
    QString rater;                        // person who drew or approved; SR observer
    DicomAnnotationSource source = DicomAnnotationSource::Manual;
    QString modelName;                    // for Model (and Corrected: the model it started from)
    QString modelVersion;
    double pixelSpacingMm = 0;            // row = column spacing in mm, 0 when unknown
    std::vector<DicomExportFrame> frames; // at least one; distinct frameIndex values
};

struct DicomExportOptions {
    enum class DateMode { Shift, Remove };

    QByteArray salt;                       // exportSalt(workspaceDir): pseudonyms, UIDs, date shift
    bool deidentify = true;                // PS3.15 basic profile on every copied header
    DateMode dates = DateMode::Shift;
    BlackoutSpec blackout;                 // burned-in text in the copied source pixels (source pixels)
    QString baseName;                      // file stem; empty: the source file's stem
    QString sourceBaseName;                // stem of the source copy (_image.dcm); empty: baseName.
                                           // Several raters' SEGs of one source share one copy.
};

// The files one study produced, named <stem>_image.dcm / _seg.dcm / _sr.dcm.
struct DicomExportFiles {
    QString sourceCopy;
    QString seg;
    QString sr;
};

} // namespace ns::exporting
