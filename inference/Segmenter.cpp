#include "inference/Segmenter.h"

#include "inference/FramePreprocess.h"
#include "inference/NetRunner.h"
#include "inference/TensorImage.h"

#include <QCoreApplication>

namespace ns::inference {

struct Segmenter::Impl {
    LoadedModel model;
    NetRunner runner;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Segmenter::~Segmenter() = default;

std::unique_ptr<Segmenter> Segmenter::create(LoadedModel model, const InferenceOptions& options, QString* error)
{
    if (model.card.task != QLatin1String("segmentation") || !model.net) {
        if (error)
            *error = QCoreApplication::translate("Segmenter", "model %1 is a %2 model, not a segmentation model")
                         .arg(model.card.name, model.card.task);
        return nullptr;
    }
    auto net = model.net;
    auto impl = std::unique_ptr<Impl>(new Impl{std::move(model), NetRunner(net, options)});
    return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

const ModelCard& Segmenter::card() const { return m_impl->model.card; }
const ComputeDevice& Segmenter::device() const { return m_impl->runner.device(); }

std::vector<SegmentationResult> Segmenter::segment(const std::vector<QImage>& frames, QString* error)
{
    const cv::Size inputSize(card().inputWidth, card().inputHeight);
    std::vector<cv::Mat> inputs;
    std::vector<cv::Size> sizes;
    for (const QImage& frame : frames) {
        const cv::Mat grey = frameToGrey8(frame);
        if (grey.empty()) {
            if (error)
                *error = QCoreApplication::translate("Segmenter", "an empty frame cannot be segmented");
            return {};
        }
        sizes.push_back(grey.size());
        inputs.push_back(toModelInput(grey, inputSize));
    }
    torch::Tensor probabilities;
    try {
        probabilities = torch::sigmoid(m_impl->runner.forward(inputs));
    } catch (const std::exception& e) {
        if (error)
            *error = QCoreApplication::translate("Segmenter", "segmentation failed: %1")
                         .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return {};
    }
    std::vector<SegmentationResult> results;
    results.reserve(frames.size());
    for (size_t i = 0; i < frames.size(); ++i) {
        SegmentationResult r;
        r.probability = mapToFrame(matFromTensor(probabilities[std::int64_t(i)][0]), sizes[i]);
        r.nerve = extractContours(r.probability, m_extraction);
        results.push_back(std::move(r));
    }
    return results;
}

SegmentationResult Segmenter::segment(const QImage& frame, QString* error)
{
    auto results = segment(std::vector<QImage>{frame}, error);
    return results.empty() ? SegmentationResult{} : std::move(results.front());
}

} // namespace ns::inference
