#pragma once
// The coded concepts NerveScope's DICOM SEG and SR use, in one place so a better code can
// replace one everywhere. Every code was checked against DICOM PS3.16 (as shipped in
// pydicom's concept dictionary, pydicom/sr/_concepts_dict.py).
//
// Median nerve: PS3.16 has no median-nerve concept in any context group, and the often
// quoted SCT 56459004 is "Foot" in PS3.16 (CID 4 / 7151), so it must not be used. The
// segment is therefore typed with the standard generic concept "Nerve" (SCT 119410002,
// CID 7151 Segmentation Property Types) and named "Median nerve" in its label,
// description and tracking identifier.

namespace ns::exporting::codes {

struct Code {
    const char* value;
    const char* scheme;
    const char* meaning;
};

constexpr Code kAnatomicalStructure{"91723000", "SCT", "Anatomical Structure"}; // CID 7150
constexpr Code kNerve{"119410002", "SCT", "Nerve"};                               // CID 7151
constexpr Code kArtificialIntelligence{"123110", "DCM", "Artificial Intelligence"}; // CID 7162
constexpr Code kSegmentationDerivation{"113076", "DCM", "Segmentation"};        // CID 7203
constexpr Code kSourceForProcessing{"121322", "DCM", "Source image for image processing operation"}; // CID 7202
constexpr Code kImagingProcedure{"363679005", "SCT", "Imaging procedure"};      // CID 100
constexpr Code kArea{"42798000", "SCT", "Area"};                                 // CID 7469
constexpr Code kSquareMillimeter{"mm2", "UCUM", "square millimeter"};
constexpr Code kSourceOfMeasurement{"121112", "DCM", "Source of Measurement"};

constexpr const char* kSegmentLabel = "Median nerve";

} // namespace ns::exporting::codes
