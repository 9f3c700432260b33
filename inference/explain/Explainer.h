#pragma once
// Explains one frame's score of a loaded model: occlusion sensitivity, LIME or Grad-CAM,
// as a float heatmap at frame size. Targets: any class of a grader, or for a segmenter the
// mean nerve probability inside the nerve it predicts on the unperturbed frame. Works at
// the model's input size on exactly the input the engines feed it (FramePreprocess), and
// maps the result back. LibTorch stays behind the pimpl.

#include "core/jobs/Progress.h"
#include "inference/ComputeDevice.h"
#include "inference/InferenceOptions.h"
#include "inference/ModelFile.h"
#include "inference/Segmenter.h"
#include "inference/explain/ExplainOptions.h"
#include "inference/explain/Perturbation.h"

#include <QImage>
#include <QRectF>
#include <memory>

namespace ns::inference::explain {

struct ExplainResult {
    Method method = Method::Occlusion;
    cv::Mat heatmap;        // CV_32FC1 at frame size; larger = more support for the target
    cv::Mat modelMap;       // the same at the model's input size
    cv::Mat superpixels;    // LIME: CV_32SC1 labels at model size; empty otherwise
    QRectF crop;            // crop classifiers: the nerve-centred square explained (frame px)
    QString target;         // "cts", "nerve", ...
    int targetClass = -1;   // grader class explained; -1 for a segmenter
    Score score = Score::LogOdds; // the scale of baseScore and of the maps
    double baseScore = 0;   // the target score of the unperturbed frame
    int evaluations = 0;    // forward passes of perturbed inputs
    double seconds = 0;
    double surrogateR2 = 0; // LIME: weighted R² of the linear surrogate
    bool cancelled = false;
    bool ok() const { return !heatmap.empty(); }
};

class Explainer {
public:
    // Any segmentation or classifier model; nullptr with *error otherwise. Crop classifiers
    // also need a segmentation model to find the nerve (`locator`, or the registry's first).
    static std::unique_ptr<Explainer> create(LoadedModel model, const InferenceOptions& options, QString* error,
                                             std::unique_ptr<Segmenter> locator = nullptr);
    ~Explainer();

    const ModelCard& card() const;
    const ComputeDevice& device() const;
    bool isSegmenter() const;
    // What can be explained: the card's classes, or {"nerve"} for a segmenter.
    QStringList targets() const;

    // Empty heatmap with *error on failure; result.cancelled when the token fired.
    ExplainResult explain(const QImage& frame, const ExplainRequest& request,
                          const jobs::Progress& progress = jobs::Progress::none(), QString* error = nullptr);

    // The pieces, for tests and benchmarks. modelInput: the frame as the model sees it
    // (crop classifiers: the crop around the nerve, placed in *crop); empty with *error
    // when there is nothing to see (an empty frame, no nerve found, no scale).
    cv::Mat modelInput(const QImage& frame, const media::Calibration& calibration = {}, QRectF* crop = nullptr,
                       QString* error = nullptr);
    // The score the maps explain, fixed on `input` (predicted class when targetClass < 0;
    // the segmenter's nerve mask of `input`), on `scale` (no default: explanations use
    // log-odds, while "is this frame called CTS" reads probabilities). *resolved: the class used.
    BatchScore targetScore(const cv::Mat& input, int targetClass, Score scale, int* resolved = nullptr,
                           QString* error = nullptr);
    // Grad-CAM at model size; empty with *error when the network offers no feature map.
    // Segmenters (targetClass ignored): the nerve it predicts on `input`, at its bottleneck.
    cv::Mat gradCam(const cv::Mat& input, int targetClass, QString* error = nullptr);

private:
    struct Impl;
    explicit Explainer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ns::inference::explain
