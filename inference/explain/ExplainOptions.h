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
// What an occluded window or a switched-off superpixel is replaced by.
enum class Fill { Mean, Zero, Blur };

QString methodName(Method m);            // "occlusion", "lime", "gradcam" (CLI/file names)
QString methodDisplayName(Method m);     // translated, for the UI
bool parseMethod(const QString& name, Method* out);
QString fillName(Fill f);                // "mean", "zero", "blur"
bool parseFill(const QString& name, Fill* out);

struct OcclusionOptions {
    int patch = 16;     // window side in model-input pixels
    int stride = 8;     // step between windows; < patch makes them overlap
    Fill fill = Fill::Mean;
    int batchSize = 32; // windows per forward pass; 1 is the unbatched loop
};

struct LimeOptions {
    int superpixels = 64;       // SLIC regions asked for (OpenCV may return a few more or less)
    int samples = 1000;         // random on/off masks scored by the model
    std::uint64_t seed = 1;
    double kernelWidth = 0.25;  // of the exponential kernel on the cosine distance (LIME's)
    double ridgeAlpha = 1.0;    // ridge penalty of the surrogate (scikit-learn's default)
    Fill fill = Fill::Mean;
    int batchSize = 32;
};

struct ExplainRequest {
    Method method = Method::Occlusion;
    // Grader: index into the card's classes; -1 = the predicted class. Segmenter: ignored
    // (the target is the mean nerve probability inside the predicted nerve).
    int targetClass = -1;
    OcclusionOptions occlusion;
    LimeOptions lime;
    // The image's scale: a crop classifier (card nerveCropMm > 0) explains the crop it grades,
    // which needs millimetres per pixel at the nerve.
    media::Calibration calibration;
};

} // namespace ns::inference::explain
