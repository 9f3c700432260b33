#include "core/metrics/Classification.h"

#include <algorithm>

namespace ns::metrics {

ConfusionMatrix::ConfusionMatrix(int classes)
    : k_(std::max(classes, 1))
    , m_(size_t(k_) * size_t(k_), 0)
{
}

bool ConfusionMatrix::add(int reference, int predicted, std::int64_t count)
{
    if (reference < 0 || reference >= k_ || predicted < 0 || predicted >= k_)
        return false;
    m_[size_t(reference * k_ + predicted)] += count;
    return true;
}

int ConfusionMatrix::addAll(const std::vector<int>& reference, const std::vector<int>& predicted)
{
    const size_t n = std::min(reference.size(), predicted.size());
    int rejected = int(std::max(reference.size(), predicted.size()) - n);
    for (size_t i = 0; i < n; ++i)
        if (!add(reference[i], predicted[i]))
            ++rejected;
    return rejected;
}

std::int64_t ConfusionMatrix::total() const
{
    std::int64_t t = 0;
    for (std::int64_t v : m_)
        t += v;
    return t;
}

ClassificationReport ConfusionMatrix::report() const
{
    ClassificationReport r;
    r.total = total();
    std::int64_t trace = 0;
    for (int c = 0; c < k_; ++c)
        trace += count(c, c);
    r.accuracy = r.total ? double(trace) / double(r.total) : 0.0;
    for (int c = 0; c < k_; ++c) {
        std::int64_t row = 0, col = 0;
        for (int j = 0; j < k_; ++j) {
            row += count(c, j);
            col += count(j, c);
        }
        const std::int64_t tp = count(c, c);
        const std::int64_t fp = col - tp, fn = row - tp;
        const std::int64_t tn = r.total - tp - fp - fn;
        bool undefined = false;
        auto ratio = [&undefined](std::int64_t num, std::int64_t den) {
            if (den == 0) {
                undefined = true;
                return 0.0;
            }
            return double(num) / double(den);
        };
        ClassMetrics m;
        m.support = row;
        m.precision = ratio(tp, tp + fp);
        m.recall = ratio(tp, tp + fn);
        m.specificity = ratio(tn, tn + fp);
        // F1 from counts (2TP / (2TP + FP + FN)) equals the harmonic mean whenever that is defined.
        m.f1 = ratio(2 * tp, 2 * tp + fp + fn);
        r.perClass.push_back(m);
        if (undefined)
            r.undefinedClasses.push_back(c);
    }
    r.macro.support = r.weighted.support = r.total;
    for (const ClassMetrics& m : r.perClass) {
        r.macro.precision += m.precision / k_;
        r.macro.recall += m.recall / k_;
        r.macro.specificity += m.specificity / k_;
        r.macro.f1 += m.f1 / k_;
        if (r.total > 0) {
            const double w = double(m.support) / double(r.total);
            r.weighted.precision += w * m.precision;
            r.weighted.recall += w * m.recall;
            r.weighted.specificity += w * m.specificity;
            r.weighted.f1 += w * m.f1;
        }
    }
    return r;
}

QString ConfusionMatrix::toText(const std::vector<QString>& names) const
{
    auto name = [&](int c) { return size_t(c) < names.size() ? names[size_t(c)] : QString::number(c); };
    int width = 8;
    for (int c = 0; c < k_; ++c)
        width = std::max(width, int(name(c).size()) + 2);
    for (std::int64_t v : m_)
        width = std::max(width, int(QString::number(v).size()) + 2);
    QString out = QString().leftJustified(width);
    for (int c = 0; c < k_; ++c)
        out += name(c).rightJustified(width);
    out += QLatin1Char('\n');
    for (int r = 0; r < k_; ++r) {
        out += name(r).leftJustified(width);
        for (int c = 0; c < k_; ++c)
            out += QString::number(count(r, c)).rightJustified(width);
        out += QLatin1Char('\n');
    }
    return out;
}

std::vector<int> thresholdScores(const std::vector<double>& scores, double threshold)
{
    std::vector<int> labels;
    labels.reserve(scores.size());
    for (double s : scores)
        labels.push_back(s >= threshold ? 1 : 0);
    return labels;
}

} // namespace ns::metrics
