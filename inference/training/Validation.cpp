#include "inference/training/Validation.h"

#include "inference/training/Batches.h"
#include "inference/training/Losses.h"
#include "inference/training/ValidationMetrics.h"

#include <torch/torch.h>

#include <QSet>

namespace ns::training {

QString metricName(TrainingTask task)
{
    switch (task) {
    case TrainingTask::Segmentation: return QStringLiteral("dsc");
    case TrainingTask::CtsBinary: return QStringLiteral("auc");
    case TrainingTask::CtsSeverity: return QStringLiteral("accuracy");
    }
    return {};
}

ValidationResult validate(ns::models::NetModule& net, const TrainingDataset& data, TrainingTask task, int batch,
                          const ns::jobs::Progress& progress)
{
    ValidationResult r;
    torch::NoGradGuard noGrad;
    net.eval();
    double lossSum = 0, diceSum = 0, iouSum = 0;
    std::vector<double> scores;
    std::vector<int> predicted, labels;
    for (const std::vector<int>& indices : sequentialBatches(data.size(), batch)) {
        if (progress.isCancelled()) {
            r.cancelled = true;
            return r;
        }
        const Batch b = makeBatch(data, indices, task, nullptr, 0, 0);
        const torch::Tensor logits = net.forward(b.input);
        const auto n = double(indices.size());
        if (task == TrainingTask::Segmentation) {
            lossSum += segmentationLoss(logits, b.target).item<double>() * n;
            // Per-frame DSC and IoU of the mask thresholded at probability 0.5 (logit 0).
            const torch::Tensor pred = (logits > 0).to(torch::kFloat32).flatten(1);
            const torch::Tensor truth = b.target.flatten(1);
            const torch::Tensor inter = (pred * truth).sum(1), ps = pred.sum(1), ts = truth.sum(1);
            for (int64_t i = 0; i < pred.size(0); ++i) {
                const auto in = inter[i].item<int64_t>(), p = ps[i].item<int64_t>(), t = ts[i].item<int64_t>();
                diceSum += diceFromCounts(in, p, t);
                iouSum += p + t - in == 0 ? 1.0 : double(in) / double(p + t - in);
            }
        } else {
            lossSum += classificationLoss(logits, b.target).item<double>() * n;
            const torch::Tensor prob = torch::softmax(logits, 1);
            const torch::Tensor arg = logits.argmax(1);
            for (int64_t i = 0; i < logits.size(0); ++i) {
                predicted.push_back(int(arg[i].item<int64_t>()));
                labels.push_back(int(b.target[i].item<int64_t>()));
                if (task == TrainingTask::CtsBinary)
                    scores.push_back(prob[i][1].item<double>());
            }
        }
    }
    const int n = data.size();
    QSet<QString> patients;
    for (const TrainingSample& s : data.samples())
        patients.insert(s.patient);
    r.loss = lossSum / std::max(n, 1);
    r.figures = {{QStringLiteral("split"), QStringLiteral("val")},
                 {QStringLiteral("frames"), n},
                 {QStringLiteral("patients"), int(patients.size())},
                 {QStringLiteral("loss"), r.loss}};
    if (task == TrainingTask::Segmentation) {
        r.metric = diceSum / std::max(n, 1);
        r.figures.insert(QStringLiteral("dsc"), r.metric);
        r.figures.insert(QStringLiteral("iou"), iouSum / std::max(n, 1));
    } else {
        const double acc = accuracy(predicted, labels);
        r.figures.insert(QStringLiteral("accuracy"), acc);
        r.metric = acc;
        if (task == TrainingTask::CtsBinary) {
            r.metric = rocAuc(scores, labels);
            r.figures.insert(QStringLiteral("auc"), r.metric);
        }
    }
    return r;
}

} // namespace ns::training
