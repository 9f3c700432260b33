#pragma once
// Grades CTS from frames with a classifier (binary or 4-level severity): per-frame class
// probabilities and one aggregate per wrist.

#include "inference/ComputeDevice.h"
#include "inference/InferenceOptions.h"
#include "inference/ModelFile.h"

#include <QImage>
#include <memory>
#include <vector>

namespace ns::inference {

struct FrameGrade {
    std::vector<double> probabilities; // one per card class, summing to 1
    int predicted = 0;                 // argmax
};

struct WristGrade {
    std::vector<double> probabilities; // mean of the frames' probabilities
    int predicted = 0;
    int frames = 0;
};

// The mean of per-frame probabilities, then argmax: every frame of a sweep is a view of the
// same wrist, and the mean keeps a single odd frame from deciding alone.
WristGrade aggregateWrist(const std::vector<FrameGrade>& frames);

class Grader {
public:
    // The model must be a classifier; nullptr with *error otherwise.
    static std::unique_ptr<Grader> create(LoadedModel model, const InferenceOptions& options, QString* error);
    ~Grader();

    std::vector<FrameGrade> grade(const std::vector<QImage>& frames, QString* error = nullptr);

    const ModelCard& card() const;
    const ComputeDevice& device() const;

private:
    struct Impl;
    explicit Grader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ns::inference
