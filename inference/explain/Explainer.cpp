#include "inference/explain/Explainer.h"

#include "inference/FramePreprocess.h"
#include "inference/NerveCrop.h"
#include "inference/NerveLocator.h"
#include "inference/Segmenter.h"
#include "inference/NetRunner.h"
#include "inference/TensorImage.h"
#include "inference/explain/GradCam.h"
#include "inference/explain/Lime.h"
#include "inference/explain/Occlusion.h"
#include "inference/TensorCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace ns::inference::explain {

struct Explainer::Impl {
    LoadedModel model;
    NetRunner runner;
    bool segmenter = false;
    std::unique_ptr<Segmenter> locator; // crop classifiers only
};

namespace {

// The nerve a segmenter predicts on the unperturbed input: what its explanations ask about.
torch::Tensor predictedNerve(NetRunner& runner, const cv::Mat& input)
{
    const torch::Tensor p = torch::sigmoid(runner.forward({input}))[0][0];
    torch::Tensor mask = (p > 0.5).to(torch::kFloat32);
    if (mask.sum().item<double>() < 1.0) // no nerve predicted: explain its strongest response
        mask = (p >= 0.5 * p.max()).to(torch::kFloat32);
    return mask;
}

} // namespace

Explainer::Explainer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Explainer::~Explainer() = default;

std::unique_ptr<Explainer> Explainer::create(LoadedModel model, const InferenceOptions& options, QString* error,
                                             std::unique_ptr<Segmenter> locator)
{
    const QString& task = model.card.task;
    const bool segmenter = task == QLatin1String("segmentation");
    const bool classifier = (task == QLatin1String("cts-binary") || task == QLatin1String("cts-severity")) && model.card.classes.size() >= 2;
    if (!model.net || (!segmenter && !classifier)) {
        if (error)
            *error = QCoreApplication::translate("Explain", "model %1 (%2) cannot be explained: it is neither a segmentation model nor a CTS classifier")
                         .arg(model.card.name, task);
        return nullptr;
    }
    if (classifier && model.card.nerveCropMm > 0 && !locator) {
        QString why;
        // The crop must be the one the Grader places, so the locator runs as the Grader's does.
        InferenceOptions locatorOptions = options;
        locatorOptions.precision = Precision::Float32;
        locator = defaultNerveLocator(locatorOptions, &why);
        if (!locator) {
            if (error)
                *error = QCoreApplication::translate("Explain", "model %1 looks at a crop around the nerve and needs a segmentation model to find it: %2")
                             .arg(model.card.name, why);
            return nullptr;
        }
    }
    auto net = model.net;
    auto impl = std::unique_ptr<Impl>(new Impl{std::move(model), NetRunner(net, options), segmenter, std::move(locator)});
    return std::unique_ptr<Explainer>(new Explainer(std::move(impl)));
}

const ModelCard& Explainer::card() const { return m_impl->model.card; }
const ComputeDevice& Explainer::device() const { return m_impl->runner.device(); }
bool Explainer::isSegmenter() const { return m_impl->segmenter; }

QStringList Explainer::targets() const
{
    return m_impl->segmenter ? QStringList{QStringLiteral("nerve")} : card().classes;
}

cv::Mat Explainer::modelInput(const QImage& frame, const media::Calibration& calibration, QRectF* crop, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return cv::Mat();
    };
    const cv::Mat grey = frameToGrey8(frame);
    if (grey.empty())
        return fail(QCoreApplication::translate("Explain", "an empty frame cannot be explained"));
    const cv::Size inputSize(card().inputWidth, card().inputHeight);
    if (!m_impl->locator)
        return toModelInput(grey, inputSize);
    QString why;
    const SegmentationResult found = m_impl->locator->segment(frame, &why);
    if (!why.isEmpty())
        return fail(QCoreApplication::translate("Explain", "finding the nerve failed: %1").arg(why));
    const NerveCropPlacement place = placeNerveCrop(found.nerve.mask, calibration, card().nerveCropMm);
    if (!place.nerveFound)
        return fail(QCoreApplication::translate("Explain", "%1 found no nerve on this frame, so there is no crop for %2 to explain")
                        .arg(m_impl->locator->card().name, card().name));
    if (!place.error.isEmpty())
        return fail(place.error);
    if (crop)
        *crop = place.rect;
    return toCroppedModelInput(grey, place.rect, inputSize);
}

BatchScore Explainer::targetScore(const cv::Mat& input, int targetClass, Score scale, int* resolved, QString* error)
{
    NetRunner* runner = &m_impl->runner;
    if (m_impl->segmenter) {
        // The nerve the model finds on the whole frame is what it is asked to keep finding.
        const torch::Tensor mask = predictedNerve(*runner, input);
        const double area = mask.sum().item<double>();
        if (resolved)
            *resolved = -1;
        const bool logOdds = scale == Score::LogOdds;
        return [runner, mask, area, logOdds](const std::vector<cv::Mat>& inputs) {
            const torch::Tensor logits = runner->forward(inputs).select(1, 0);
            const torch::Tensor values = logOdds ? logits : torch::sigmoid(logits);
            const torch::Tensor means = (values * mask).sum({1, 2}) / area;
            const auto a = means.contiguous();
            return std::vector<double>(a.data_ptr<float>(), a.data_ptr<float>() + a.numel());
        };
    }
    const auto classes = card().classes.size();
    if (targetClass >= classes) {
        if (error)
            *error = QCoreApplication::translate("Explain", "class %1 does not exist: model %2 has %3 classes (%4)")
                         .arg(targetClass).arg(card().name).arg(classes).arg(card().classes.join(QStringLiteral(", ")));
        return {};
    }
    if (targetClass < 0)
        targetClass = int(torch::argmax(runner->forward({input}), 1).item<std::int64_t>());
    if (resolved)
        *resolved = targetClass;
    if (scale == Score::LogOdds) {
        return [runner, targetClass](const std::vector<cv::Mat>& inputs) {
            // log(p / (1 - p)) of the target, from the logits without rounding p to 1.
            const torch::Tensor z = runner->forward(inputs);
            const torch::Tensor others = torch::cat({z.slice(1, 0, targetClass), z.slice(1, targetClass + 1)}, 1);
            const auto lo = (z.select(1, targetClass) - torch::logsumexp(others, 1)).contiguous();
            return std::vector<double>(lo.data_ptr<float>(), lo.data_ptr<float>() + lo.numel());
        };
    }
    return [runner, targetClass](const std::vector<cv::Mat>& inputs) {
        const auto p = torch::softmax(runner->forward(inputs), 1).select(1, targetClass).contiguous();
        return std::vector<double>(p.data_ptr<float>(), p.data_ptr<float>() + p.numel());
    };
}

cv::Mat Explainer::gradCam(const cv::Mat& input, int targetClass, QString* error)
{
    const torch::Device device = m_impl->runner.device().cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (!m_impl->segmenter)
        return gradCamMap(*m_impl->model.net, device, input, targetClass, error);
    // The same nerve the perturbation methods explain.
    return gradCamMap(*m_impl->model.net, device, input, -1, error, matFromTensor(predictedNerve(m_impl->runner, input).cpu()));
}

ExplainResult Explainer::explain(const QImage& frame, const ExplainRequest& request, const jobs::Progress& progress, QString* error)
{
    ExplainResult r;
    r.method = request.method;
    r.score = request.score;
    QElapsedTimer timer;
    timer.start();
    const cv::Mat input = modelInput(frame, request.calibration, &r.crop, error);
    if (input.empty())
        return r;
    const cv::Size frameSize(frame.width(), frame.height());
    const cv::Mat imageArea = r.crop.isNull() ? cv::Mat() : croppedImageArea(frameSize, r.crop, input.size());
    // Hundreds of perturbed batches allocate the same large activations again and again;
    // without the cache glibc unmaps and page-faults them every batch (bench_explain: 1.7x).
    const TensorCacheScope tensorCache(kInferenceJobCacheBytes);
    const NetRunner::CastCache castCache(m_impl->runner);
    try {
        progress.report(0, QCoreApplication::translate("Explain", "Scoring the frame…"));
        int cls = -1;
        const BatchScore score = targetScore(input, request.targetClass, request.score, &cls, error);
        if (!score)
            return r;
        r.targetClass = cls;
        r.target = m_impl->segmenter ? QStringLiteral("nerve") : card().classes.value(cls);
        cv::Mat map;
        switch (request.method) {
        case Method::Occlusion: {
            PerturbationMap m = occlusionMap(input, request.occlusion, score, progress, imageArea);
            r.cancelled = m.cancelled;
            r.baseScore = m.baseScore;
            r.evaluations = m.evaluations;
            map = m.map;
            break;
        }
        case Method::Lime: {
            LimeOptions lime = request.lime;
            if (lime.superpixels <= 0)
                lime.superpixels = defaultSuperpixels(!r.crop.isNull());
            LimeMap m = limeMap(input, lime, score, progress, imageArea);
            r.cancelled = m.cancelled;
            r.baseScore = m.baseScore;
            r.evaluations = m.evaluations;
            r.surrogateR2 = m.weightedR2;
            r.superpixels = m.labels;
            map = m.map;
            break;
        }
        case Method::GradCam:
            r.baseScore = score({input}).at(0);
            map = gradCam(input, cls, error);
            r.evaluations = 1;
            if (map.empty())
                return r;
            progress.report(1, QCoreApplication::translate("Explain", "Grad-CAM done"));
            break;
        }
        if (r.cancelled)
            return r;
        r.modelMap = map;
        r.heatmap = r.crop.isNull() ? mapToFrame(map, frameSize) : cropMapToFrame(map, r.crop, frameSize);
    } catch (const std::exception& e) {
        if (error)
            *error = QCoreApplication::translate("Explain", "explanation failed: %1")
                         .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        r.heatmap.release();
        return r;
    }
    r.seconds = timer.nsecsElapsed() * 1e-9;
    return r;
}

} // namespace ns::inference::explain
