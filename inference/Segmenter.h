#pragma once
// Segments the median nerve: frames in, probability maps and contours in image
// coordinates out, with the model card that produced them. LibTorch stays behind the
// pimpl so widgets and the CLI include this cheaply.

#include "inference/ComputeDevice.h"
#include "inference/InferenceOptions.h"
#include "inference/MaskContours.h"
#include "inference/ModelFile.h"

#include <QImage>
#include <memory>
#include <vector>

namespace ns::inference {

struct SegmentationResult {
    cv::Mat probability;       // CV_32F at frame size, in [0, 1]
    ExtractedContours nerve;   // mask + up to maxComponents contours
};

class Segmenter {
public:
    // The model must be a segmentation model; nullptr with *error otherwise.
    static std::unique_ptr<Segmenter> create(LoadedModel model, const InferenceOptions& options, QString* error);
    ~Segmenter();

    // Any size or format of frame; frames of one call may differ in size.
    std::vector<SegmentationResult> segment(const std::vector<QImage>& frames, QString* error = nullptr);
    SegmentationResult segment(const QImage& frame, QString* error = nullptr);

    ContourExtraction& extraction() { return m_extraction; }
    const ModelCard& card() const;
    const ComputeDevice& device() const;

private:
    struct Impl;
    explicit Segmenter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    ContourExtraction m_extraction;
};

} // namespace ns::inference
