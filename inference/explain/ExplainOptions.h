#pragma once
// What an explanation is asked for: the method, its parameters and the target score. The
// defaults are argued in docs/explanations.md. No LibTorch here: widgets and the CLI
// include it.

#include "core/media/Calibration.h"
#include <QString>
#include <QStringList>
#include <cstdint>

namespace ns::inference::explain {

enum class Method { Occlusion, Lime, GradCam };
// What an occluded window or a switched-off superpixel is replaced by: the image's mean
// grey, black, a blur of the image, or the region's own mean grey (Region: LIME's reference
// behaviour; hides texture and keeps each region's brightness, so an anechoic region stays
// dark instead of turning into grey tissue).
enum class Fill { Mean, Zero, Blur, Region };

QString methodName(Method m);            // "occlusion", "lime", "gradcam" (CLI/file names)
QString methodDisplayName(Method m);     // translated, for the UI
bool parseMethod(const QString& name, Method* out);
QString fillName(Fill f);                // "mean", "zero", "blur"
bool parseFill(const QString& name, Fill* out);

// The scale the explained score is measured on. A confident classifier sits at P ≈ 0.99,
// where hiding even the decisive region moves the probability by a few thousandths and
// the map is mostly noise; the log-odds (Zintgraf et al.'s "weight of evidence") keeps
// the same evidence visible there. Segmenters: the mean inside the nerve of the pixels'
// probabilities or of their log-odds.
enum class Score { Probability, LogOdds };
QString scoreName(Score s);              // "probability", "logodds"
bool parseScore(const QString& name, Score* out);
// A score for people: "P = 0.990" or "log-odds 4.60 (P = 0.990)"; a segmenter's is a mean
// over the nerve's pixels, said so.
QString describeScore(Score s, double value, bool segmenter);

struct OcclusionOptions {
    int patch = 16;     // window side in model-input pixels
    int stride = 8;     // step between windows; < patch makes them overlap
    Fill fill = Fill::Mean;
    int batchSize = 32; // windows per forward pass; 1 is the unbatched loop
};

struct LimeOptions {
    // SLIC regions asked for (OpenCV may return a few more or less); 0 = by what the model
    // sees: defaultSuperpixels().
    int superpixels = 0;
    int samples = 1000;         // random on/off masks scored by the model
    std::uint64_t seed = 1;
    double kernelWidth = 0.25;  // of the exponential kernel on the cosine distance (LIME's)
    double ridgeAlpha = 1.0;    // ridge penalty of the surrogate (scikit-learn's default)
    Fill fill = Fill::Mean;
    int batchSize = 32;
};

// LIME's regions should be about half a CTS nerve across (2.5-4 mm), so that the nerve and
// its rim are separate features: 64 on a whole frame (224 px of ~34 mm), 32 on a classifier's
// 15 mm nerve crop. On the crop, 64 regions (1.9 mm) put the peak on the nerve in 68% of
// held-out CTS phantoms and 32 in 82% (docs/explanations.md).
int defaultSuperpixels(bool nerveCrop);

struct ExplainRequest {
    Method method = Method::Occlusion;
    // Grader: index into the card's classes; -1 = the predicted class. Segmenter: ignored
    // (the target is the mean nerve probability inside the predicted nerve).
    int targetClass = -1;
    Score score = Score::LogOdds;
    OcclusionOptions occlusion;
    LimeOptions lime;
    // The image's scale: a crop classifier (card nerveCropMm > 0) explains the crop it grades,
    // which needs millimetres per pixel at the nerve.
    media::Calibration calibration;
};

} // namespace ns::inference::explain
