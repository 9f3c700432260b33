#include "inference/training/CaseEvaluation.h"

#include "core/metrics/Classification.h"
#include "core/metrics/Overlap.h"
#include "inference/ModelFile.h"
#include "inference/models/NetModule.h"
#include "inference/training/Batches.h"
#include "inference/training/TrainingDataset.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QDir>
#include <opencv2/core.hpp>

#include <algorithm>

namespace ns::training {

namespace {

cv::Mat toMask8(const torch::Tensor& plane) // H x W, nonzero inside
{
    const torch::Tensor t = (plane > 0).to(torch::kUInt8).contiguous();
    return cv::Mat(int(t.size(0)), int(t.size(1)), CV_8UC1, t.data_ptr<std::uint8_t>()).clone();
}

void summarise(CaseEvaluation* e)
{
    if (e->task == TrainingTask::Segmentation) {
        double sum = 0;
        for (const CaseResult& c : e->cases)
            sum += c.dsc;
        e->dsc = e->cases.isEmpty() ? CaseEvaluation::kNone : sum / e->cases.size();
        return;
    }
    const int k = int(e->classes.size());
    ns::metrics::ConfusionMatrix m(k);
    std::vector<double> scores;
    std::vector<int> labels;
    for (const CaseResult& c : e->cases) {
        m.add(c.label, c.predicted);
        if (e->task == TrainingTask::CtsBinary) {
            scores.push_back(c.probabilities.value(1));
            labels.push_back(c.label);
        }
    }
    e->accuracy = m.report().accuracy;
    e->confusion = QVector<QVector<qint64>>(k, QVector<qint64>(k, 0));
    for (int r = 0; r < k; ++r)
        for (int p = 0; p < k; ++p)
            e->confusion[r][p] = m.count(r, p);
    if (e->task == TrainingTask::CtsBinary) {
        e->roc = ns::metrics::rocCurve(scores, labels);
        e->auc = ns::metrics::rocAuc(scores, labels); // NaN when a class is missing
    }
}
} // namespace

CaseEvaluation evaluateCases(ns::models::NetModule& net, const TrainingDataset& data, TrainingTask task, int batch,
                             const ns::jobs::Progress& progress)
{
    CaseEvaluation e;
    e.task = task;
    e.classes = taskClasses(task);
    torch::NoGradGuard noGrad;
    net.eval();
    const auto& samples = data.samples();
    for (const std::vector<int>& indices : sequentialBatches(data.size(), std::max(batch, 1))) {
        if (progress.isCancelled()) {
            e.cancelled = true;
            return e;
        }
        const Batch b = makeBatch(data, indices, task, nullptr, 0, 0);
        const torch::Tensor logits = net.forward(b.input);
        const torch::Tensor prob = task == TrainingTask::Segmentation ? torch::Tensor() : torch::softmax(logits, 1);
        for (size_t i = 0; i < indices.size(); ++i) {
            const TrainingSample& s = samples[size_t(indices[i])];
            CaseResult c;
            c.name = s.name;
            c.patient = s.patient;
            c.imagePath = s.imagePath;
            c.label = s.label;
            if (task == TrainingTask::Segmentation) {
                const cv::Mat pred = toMask8(logits[int64_t(i)][0]);
                cv::Mat truth;
                s.mask.convertTo(truth, CV_8UC1);
                c.dsc = ns::metrics::overlapScores(pred, truth).dice;
                c.score = c.dsc;
            } else {
                const torch::Tensor p = prob[int64_t(i)];
                for (int64_t k = 0; k < p.size(0); ++k)
                    c.probabilities << p[k].item<double>();
                c.predicted = int(p.argmax().item<int64_t>());
                c.score = c.probabilities.value(c.label);
            }
            e.cases << c;
        }
        progress.report(double(e.cases.size()) / std::max(data.size(), 1),
                        QCoreApplication::translate("CaseEvaluation", "judging %1 validation frames").arg(data.size()));
    }
    summarise(&e);
    return e;
}

std::optional<CaseEvaluation> evaluateModelOnSplit(const QString& cardPath, TrainingTask task, const QString& dataDir,
                                                   const QString& split, const QString& view,
                                                   const ns::jobs::Progress& progress, QString* error)
{
    auto model = ns::inference::loadModel(cardPath, error);
    if (!model)
        return std::nullopt;
    if (model->card.task != taskName(task)) {
        *error = QCoreApplication::translate("CaseEvaluation", "%1 is a %2 model, not %3")
                     .arg(QDir::toNativeSeparators(cardPath), model->card.task, taskName(task));
        return std::nullopt;
    }
    TrainingDataset data;
    // The model's own preprocessing (its crop), on the same frames as the run it is compared with.
    if (!data.load(dataDir, split, task, view, cv::Size(model->card.inputWidth, model->card.inputHeight), progress, error,
                   model->card.nerveCropMm))
        return std::nullopt;
    CaseEvaluation e = evaluateCases(*model->net, data, task, 8, progress);
    e.model = QStringLiteral("%1 %2").arg(model->card.name, model->card.version);
    return e;
}

} // namespace ns::training
