#include "inference/Grader.h"

#include "core/media/Calibration.h"
#include "inference/FramePreprocess.h"
#include "inference/NerveCrop.h"
#include "inference/NerveLocator.h"
#include "inference/NetRunner.h"
#include "inference/Segmenter.h"

#include <QCoreApplication>

#include <algorithm>

namespace ns::inference {

WristGrade aggregateWrist(const std::vector<FrameGrade>& frames)
{
    WristGrade w;
    for (const FrameGrade& f : frames) {
        if (f.probabilities.empty())
            continue;
        if (w.probabilities.empty())
            w.probabilities.assign(f.probabilities.size(), 0.0);
        for (size_t c = 0; c < w.probabilities.size() && c < f.probabilities.size(); ++c)
            w.probabilities[c] += f.probabilities[c];
        ++w.frames;
    }
    if (w.frames == 0)
        return w;
    for (double& p : w.probabilities)
        p /= w.frames;
    w.predicted = int(std::max_element(w.probabilities.begin(), w.probabilities.end()) - w.probabilities.begin());
    return w;
}

struct Grader::Impl {
    LoadedModel model;
    NetRunner runner;
    std::unique_ptr<Segmenter> locator;
};

Grader::Grader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Grader::~Grader() = default;

std::unique_ptr<Grader> Grader::create(LoadedModel model, const InferenceOptions& options, QString* error,
                                       std::unique_ptr<Segmenter> locator)
{
    const bool classifier = model.card.task == QLatin1String("cts-binary") || model.card.task == QLatin1String("cts-severity");
    if (!classifier || !model.net || model.card.classes.size() < 2) {
        if (error)
            *error = QCoreApplication::translate("Grader", "model %1 is a %2 model, not a CTS classifier")
                         .arg(model.card.name, model.card.task);
        return nullptr;
    }
    if (model.card.nerveCropMm > 0 && !locator) {
        QString why;
        locator = defaultNerveLocator(options, &why);
        if (!locator) {
            if (error)
                *error = QCoreApplication::translate("Grader", "model %1 grades a %2 mm crop around the nerve and needs a segmentation model "
                                                               "to find it: %3")
                             .arg(model.card.name).arg(model.card.nerveCropMm).arg(why);
            return nullptr;
        }
    }
    auto net = model.net;
    auto impl = std::unique_ptr<Impl>(new Impl{std::move(model), NetRunner(net, options), std::move(locator)});
    return std::unique_ptr<Grader>(new Grader(std::move(impl)));
}

const ModelCard& Grader::card() const { return m_impl->model.card; }
const ComputeDevice& Grader::device() const { return m_impl->runner.device(); }
bool Grader::usesNerveCrop() const { return card().nerveCropMm > 0; }
const ModelCard* Grader::locatorCard() const { return m_impl->locator ? &m_impl->locator->card() : nullptr; }

std::vector<FrameGrade> Grader::grade(const std::vector<QImage>& frames, QString* error)
{
    return grade(frames, media::Calibration(), error);
}

std::vector<FrameGrade> Grader::grade(const std::vector<QImage>& frames, const media::Calibration& calibration, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::vector<FrameGrade>{};
    };
    const cv::Size inputSize(card().inputWidth, card().inputHeight);
    std::vector<FrameGrade> grades(frames.size());
    std::vector<SegmentationResult> located;
    if (usesNerveCrop()) {
        QString why;
        located = m_impl->locator->segment(frames, &why);
        if (located.size() != frames.size())
            return fail(QCoreApplication::translate("Grader", "finding the nerve failed: %1").arg(why));
    }
    std::vector<cv::Mat> inputs;
    std::vector<size_t> graded; // frames with an input, in order
    for (size_t i = 0; i < frames.size(); ++i) {
        const cv::Mat grey = frameToGrey8(frames[i]);
        if (grey.empty())
            return fail(QCoreApplication::translate("Grader", "an empty frame cannot be graded"));
        if (!usesNerveCrop()) {
            inputs.push_back(toModelInput(grey, inputSize));
            graded.push_back(i);
            continue;
        }
        grades[i].nerveOutlines = located[i].nerve.contours;
        grades[i].outlineConfidence = located[i].nerve.meanProbability;
        const NerveCropPlacement place = placeNerveCrop(located[i].nerve.mask, calibration, card().nerveCropMm);
        if (!place.nerveFound) {
            grades[i].nerveFound = false;
            continue;
        }
        if (!place.error.isEmpty())
            return fail(QCoreApplication::translate("Grader", "model %1: %2").arg(card().name, place.error));
        grades[i].crop = place.rect;
        inputs.push_back(toCroppedModelInput(grey, grades[i].crop, inputSize));
        graded.push_back(i);
    }
    if (inputs.empty())
        return grades; // no nerve anywhere: nothing graded, which the caller shows
    torch::Tensor probabilities;
    try {
        probabilities = torch::softmax(m_impl->runner.forward(inputs), 1).contiguous();
    } catch (const std::exception& e) {
        return fail(QCoreApplication::translate("Grader", "grading failed: %1")
                        .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    const auto classes = size_t(probabilities.size(1));
    const float* p = probabilities.data_ptr<float>();
    for (size_t k = 0; k < graded.size(); ++k) {
        FrameGrade& g = grades[graded[k]];
        g.probabilities.assign(p + k * classes, p + (k + 1) * classes);
        g.predicted = int(std::max_element(g.probabilities.begin(), g.probabilities.end()) - g.probabilities.begin());
    }
    return grades;
}

} // namespace ns::inference
