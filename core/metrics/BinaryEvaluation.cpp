#include "core/metrics/BinaryEvaluation.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <stdexcept>

namespace ns::metrics {

namespace {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

QJsonObject classJson(const ClassMetrics& m)
{
    return QJsonObject{{QStringLiteral("support"), double(m.support)},
                       {QStringLiteral("precision"), m.precision},
                       {QStringLiteral("recall"), m.recall},
                       {QStringLiteral("specificity"), m.specificity},
                       {QStringLiteral("f1"), m.f1}};
}

} // namespace

BinaryEvaluation evaluateBinary(const std::vector<int>& labels, const std::vector<double>& scores, double threshold,
                                const BootstrapOptions& options)
{
    if (labels.size() != scores.size())
        throw std::invalid_argument("evaluateBinary: scores and labels differ in length");
    BinaryEvaluation r;
    for (int l : labels)
        (l ? r.positives : r.negatives) += 1;
    r.auc = rocAuc(scores, labels);
    r.delong = delongAuc(labels, scores);
    r.curve = rocCurve(scores, labels);
    r.youden = youdenPoint(r.curve);
    r.threshold = threshold;
    ConfusionMatrix cm(2);
    for (size_t i = 0; i < labels.size(); ++i)
        cm.add(labels[i] ? 1 : 0, scores[i] >= threshold ? 1 : 0);
    r.atThreshold = cm.report();
    if (options.resamples > 0) {
        r.aucCi = bootstrapCi(
            int(labels.size()),
            [&](const std::vector<int>& idx) {
                std::vector<double> pos, neg;
                for (int i : idx)
                    (labels[size_t(i)] ? pos : neg).push_back(scores[size_t(i)]);
                return aucFromClasses(std::move(pos), std::move(neg));
            },
            options);
    } else {
        r.aucCi.estimate = r.auc;
    }
    return r;
}

QJsonObject toJson(const ConfidenceInterval& ci)
{
    return QJsonObject{{QStringLiteral("estimate"), number(ci.estimate)},
                       {QStringLiteral("lower"), number(ci.lower)},
                       {QStringLiteral("upper"), number(ci.upper)},
                       {QStringLiteral("confidence"), ci.confidence},
                       {QStringLiteral("resamples"), ci.resamples},
                       {QStringLiteral("validResamples"), ci.validResamples}};
}

QJsonObject toJson(const ClassificationReport& report)
{
    QJsonArray perClass, undefined;
    for (const ClassMetrics& m : report.perClass)
        perClass.append(classJson(m));
    for (int c : report.undefinedClasses)
        undefined.append(c);
    return QJsonObject{{QStringLiteral("total"), double(report.total)},
                       {QStringLiteral("accuracy"), report.accuracy},
                       {QStringLiteral("perClass"), perClass},
                       {QStringLiteral("macro"), classJson(report.macro)},
                       {QStringLiteral("weighted"), classJson(report.weighted)},
                       {QStringLiteral("undefinedClasses"), undefined}};
}

QJsonObject BinaryEvaluation::toJson(bool withCurve) const
{
    QJsonObject o{{QStringLiteral("positives"), positives},
                  {QStringLiteral("negatives"), negatives},
                  {QStringLiteral("auc"), number(auc)},
                  {QStringLiteral("aucDelongLower"), delong.valid ? QJsonValue(delong.lower) : QJsonValue()},
                  {QStringLiteral("aucDelongUpper"), delong.valid ? QJsonValue(delong.upper) : QJsonValue()},
                  {QStringLiteral("aucBootstrap"), ns::metrics::toJson(aucCi)},
                  {QStringLiteral("threshold"), threshold},
                  {QStringLiteral("atThreshold"), ns::metrics::toJson(atThreshold)},
                  {QStringLiteral("youdenThreshold"), number(youden.threshold)},
                  {QStringLiteral("youdenSensitivity"), youden.truePositiveRate},
                  {QStringLiteral("youdenSpecificity"), 1.0 - youden.falsePositiveRate}};
    if (withCurve) {
        QJsonArray fpr, tpr;
        for (const RocPoint& p : curve) {
            fpr.append(p.falsePositiveRate);
            tpr.append(p.truePositiveRate);
        }
        o.insert(QStringLiteral("rocFpr"), fpr);
        o.insert(QStringLiteral("rocTpr"), tpr);
    }
    return o;
}

} // namespace ns::metrics
