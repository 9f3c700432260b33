#pragma once
// Grades CTS from frames with a classifier (binary or 4-level severity): per-frame class
// probabilities and one aggregate per wrist.

#include "inference/ComputeDevice.h"
#include "inference/InferenceOptions.h"
#include "inference/ModelFile.h"
#include "inference/Segmenter.h"

#include <QImage>
#include <QRectF>
#include <memory>
#include <vector>

namespace ns::media { class Calibration; }

namespace ns::inference {

struct FrameGrade {
    std::vector<double> probabilities; // one per card class, summing to 1; empty: not graded
    int predicted = 0;                 // argmax
    // Crop models: where the nerve was found and what the classifier saw. A frame in which
    // the locator finds no nerve is not graded (empty probabilities, nerveFound false).
    bool nerveFound = true;
    QRectF crop;                       // frame pixels; null for whole-frame models
    // Crop models: the locator's outline(s) of the nerve the crop was placed on, largest
    // first, with each one's mean probability. A grading pass outlines every frame anyway,
    // so the app offers them for review instead of segmenting the cine again.
    QList<QPolygonF> nerveOutlines;
    QList<double> outlineConfidence;
};

struct WristGrade {
    std::vector<double> probabilities; // mean of the frames' probabilities
    int predicted = 0;
    int frames = 0;
};

// The mean of per-frame probabilities, then argmax: every frame of a sweep is a view of the
// same wrist, and the mean keeps a single odd frame from deciding alone. Frames that were
// not graded (no nerve found) do not count.
WristGrade aggregateWrist(const std::vector<FrameGrade>& frames);

class Grader {
public:
    // The model must be a classifier; nullptr with *error otherwise. A crop model
    // (card().nerveCropMm > 0) also needs a segmentation model to find the nerve: `locator`,
    // or when null the registry's first segmentation model.
    static std::unique_ptr<Grader> create(LoadedModel model, const InferenceOptions& options, QString* error,
                                          std::unique_ptr<Segmenter> locator = nullptr);
    ~Grader();

    // Frames of one study. `calibration` gives the millimetres per pixel at the nerve, which
    // a crop model needs (an uncalibrated frame is refused with a reason); whole-frame
    // models ignore it. Empty with *error on failure.
    std::vector<FrameGrade> grade(const std::vector<QImage>& frames, const media::Calibration& calibration,
                                  QString* error = nullptr);
    // Whole-frame models only (no calibration).
    std::vector<FrameGrade> grade(const std::vector<QImage>& frames, QString* error = nullptr);

    bool usesNerveCrop() const;
    // The segmentation model that finds the nerve for crop models; null otherwise.
    const ModelCard* locatorCard() const;
    const ModelCard& card() const;
    const ComputeDevice& device() const;

private:
    struct Impl;
    explicit Grader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ns::inference
