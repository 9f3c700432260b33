#include "inference/Grader.h"

#include "inference/FramePreprocess.h"
#include "inference/NetRunner.h"

#include <QCoreApplication>

#include <algorithm>

namespace ns::inference {

WristGrade aggregateWrist(const std::vector<FrameGrade>& frames)
{
    WristGrade w;
    w.frames = int(frames.size());
    if (frames.empty())
        return w;
    w.probabilities.assign(frames.front().probabilities.size(), 0.0);
    for (const FrameGrade& f : frames)
        for (size_t c = 0; c < w.probabilities.size() && c < f.probabilities.size(); ++c)
            w.probabilities[c] += f.probabilities[c] / double(frames.size());
    w.predicted = int(std::max_element(w.probabilities.begin(), w.probabilities.end()) - w.probabilities.begin());
    return w;
}

struct Grader::Impl {
    LoadedModel model;
    NetRunner runner;
};

Grader::Grader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Grader::~Grader() = default;

std::unique_ptr<Grader> Grader::create(LoadedModel model, const InferenceOptions& options, QString* error)
{
    const bool classifier = model.card.task == QLatin1String("cts-binary") || model.card.task == QLatin1String("cts-severity");
    if (!classifier || !model.net || model.card.classes.size() < 2) {
        if (error)
            *error = QCoreApplication::translate("Grader", "model %1 is a %2 model, not a CTS classifier")
                         .arg(model.card.name, model.card.task);
        return nullptr;
    }
    auto net = model.net;
    auto impl = std::unique_ptr<Impl>(new Impl{std::move(model), NetRunner(net, options)});
    return std::unique_ptr<Grader>(new Grader(std::move(impl)));
}

const ModelCard& Grader::card() const { return m_impl->model.card; }
const ComputeDevice& Grader::device() const { return m_impl->runner.device(); }

std::vector<FrameGrade> Grader::grade(const std::vector<QImage>& frames, QString* error)
{
    const cv::Size inputSize(card().inputWidth, card().inputHeight);
    std::vector<cv::Mat> inputs;
    for (const QImage& frame : frames) {
        const cv::Mat grey = frameToGrey8(frame);
        if (grey.empty()) {
            if (error)
                *error = QCoreApplication::translate("Grader", "an empty frame cannot be graded");
            return {};
        }
        inputs.push_back(toModelInput(grey, inputSize));
    }
    torch::Tensor probabilities;
    try {
        probabilities = torch::softmax(m_impl->runner.forward(inputs), 1).contiguous();
    } catch (const std::exception& e) {
        if (error)
            *error = QCoreApplication::translate("Grader", "grading failed: %1")
                         .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return {};
    }
    std::vector<FrameGrade> grades(frames.size());
    const auto classes = probabilities.size(1);
    const float* p = probabilities.data_ptr<float>();
    for (size_t i = 0; i < frames.size(); ++i) {
        FrameGrade& g = grades[i];
        g.probabilities.assign(p + i * size_t(classes), p + (i + 1) * size_t(classes));
        g.predicted = int(std::max_element(g.probabilities.begin(), g.probabilities.end()) - g.probabilities.begin());
    }
    return grades;
}

} // namespace ns::inference
