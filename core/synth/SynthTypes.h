#pragma once
// The data contract of the synthetic sonography generator: what is asked for, what comes
// back (B-mode frames with exact ground truth). The image-formation engine produces it;
// the DICOM/video/dataset writers and the CLI consume it.

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QSize>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace ns::synth {

enum class View { WristTransverse, ForearmTransverse, Longitudinal };
enum class Grade { Normal = 0, Mild = 1, Moderate = 2, Severe = 3 };

QString viewName(View view);          // "wrist", "forearm", "longitudinal"
bool parseView(const QString& name, View* out);
QString gradeName(Grade grade);       // "normal", "mild", "moderate", "severe"
bool parseGrade(const QString& name, Grade* out);
inline bool isCts(Grade g) { return g != Grade::Normal; } // binary task: normal vs the rest

// A scanner's imaging character: the domain shift the fine-tuning loop must bridge.
struct ScannerProfile {
    QString name;                  // "hm70a", "minisono", "handheld"
    QString displayName;           // "Samsung HM70A-like"
    QSize imageSize;               // columns x rows of the output frame
    double pixelSpacingMm = 0.1;   // square pixels
    double centreFrequencyMHz = 10;
    double axialResolutionMm = 0.2;   // PSF FWHM along depth
    double lateralResolutionMm = 0.4; // PSF FWHM across
    double gainDb = 0;
    double dynamicRangeDb = 60;
    double electronicNoise = 0.01;    // additive noise relative to tissue echo level
    double frameRate = 30;
};

QList<ScannerProfile> scannerProfiles();
bool profileByName(const QString& name, ScannerProfile* out);

// How CTS shows in the nerve; sampled per wrist from grade-dependent, overlapping
// distributions.
struct SeverityParams {
    double csaMm2 = 8;               // cross-sectional area at the tunnel inlet
    double fascicleVisibility = 1;   // 1 = crisp honeycomb, 0 = none
    double echogenicity = 1;         // relative brightness of the nerve interior
    double epineuriumBlur = 0;       // 0 = sharp rim, 1 = blurred
    double flattening = 1.5;         // major/minor axis ratio
    double perineuralThickness = 0;  // extra bright tissue around the nerve, mm
};

struct AnnotationNoise {
    double boundaryJitterPx = 0;       // random displacement of contour vertices
    double inconsistentShare = 0;      // share of frames whose label is drawn differently
                                       // (grown/shrunk, bifid drawn as one, or left empty)
};

struct GroundTruth {
    QImage mask;                 // Format_Grayscale8, 255 inside the nerve, 0 outside
    QList<QPolygonF> contours;   // closed polygons in image pixels (two when bifid; none when empty)
    double areaPx = 0;           // analytic area of the nerve cross-section in pixels
    double areaMm2 = 0;
    bool nervePresent = true;
    bool bifid = false;
    Grade grade = Grade::Normal;
    SeverityParams severity;
    View view = View::WristTransverse;
    QString profile;
    QString level;               // "DWC", "DWC+1", ... or "forearm DWC+10"
    QString patientId;
    QString wrist;               // "left" / "right"
    int frameIndex = 0;
    double sweepPositionMm = 0;  // probe position along the sweep
    // With annotation noise the mask and contours are the (noisy) label while areaPx and
    // areaMm2 stay the true anatomy; these say how far the label strays.
    double labelAreaPx = 0;      // pixels set in mask
    bool labelInconsistent = false; // this frame's label was drawn differently on purpose
};

struct SynthFrame {
    QImage image;                // Format_Grayscale8 B-mode frame
    GroundTruth truth;
};

struct SynthRequest {
    View view = View::WristTransverse;
    Grade grade = Grade::Normal;
    QString profile = QStringLiteral("hm70a");
    int frames = 1;
    std::uint64_t seed = 1;
    // Non-zero: the same anatomy, motion and severity as `seed` gives, seen through another
    // realisation of speckle and electronic noise (a second look at the same wrist); 0: the
    // noise follows `seed` too.
    std::uint64_t speckleSeed = 0;
    double sweepMm = 20;         // probe travel over the cine
    bool bifid = false;
    bool emptyFrames = false;    // nerve out of view (empty mask)
    AnnotationNoise noise;
    QString patientId = QStringLiteral("SYN-0001");
    QString wrist = QStringLiteral("right");
    // Set to reuse one wrist's severity across cines (transverse and longitudinal of the
    // same wrist); unset: sampled from grade and seed (see Severity.h).
    std::optional<SeverityParams> severity;
};

struct SynthCine {
    ScannerProfile profile;
    std::vector<SynthFrame> frames;
    double frameRate = 30;
};

} // namespace ns::synth
