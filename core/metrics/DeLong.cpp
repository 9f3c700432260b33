#include "core/metrics/DeLong.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ns::metrics {

namespace {

// Midranks (1-based, ties get the mean of their ranks) of v.
std::vector<double> midranks(const std::vector<double>& v)
{
    std::vector<size_t> order(v.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return v[a] < v[b]; });
    std::vector<double> rank(v.size());
    size_t i = 0;
    while (i < order.size()) {
        size_t j = i;
        while (j < order.size() && v[order[j]] == v[order[i]])
            ++j;
        const double mid = 0.5 * double(i + 1 + j); // mean of ranks i+1 .. j
        for (size_t k = i; k < j; ++k)
            rank[order[k]] = mid;
        i = j;
    }
    return rank;
}

// DeLong's structural components of one score vector (Sun & Xu 2014, eqs. for V10, V01).
struct Components {
    double auc = 0.0;
    std::vector<double> v10; // per positive: fraction of negatives it beats (ties 1/2)
    std::vector<double> v01; // per negative: fraction of positives that beat it
};

Components components(const std::vector<double>& pos, const std::vector<double>& neg)
{
    const size_t m = pos.size(), n = neg.size();
    std::vector<double> z(pos);
    z.insert(z.end(), neg.begin(), neg.end());
    const std::vector<double> tx = midranks(pos), ty = midranks(neg), tz = midranks(z);
    Components c;
    c.v10.resize(m);
    c.v01.resize(n);
    double sum = 0.0;
    for (size_t i = 0; i < m; ++i) {
        c.v10[i] = (tz[i] - tx[i]) / double(n);
        sum += tz[i];
    }
    for (size_t j = 0; j < n; ++j)
        c.v01[j] = 1.0 - (tz[m + j] - ty[j]) / double(m);
    c.auc = sum / (double(m) * double(n)) - (double(m) + 1.0) / (2.0 * double(n));
    return c;
}

double sampleCovariance(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n = double(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double s = 0.0;
    for (size_t i = 0; i < a.size(); ++i)
        s += (a[i] - ma) * (b[i] - mb);
    return s / (n - 1.0);
}

// Covariance of two AUC estimates from their components: S10/m + S01/n.
double aucCovariance(const Components& a, const Components& b)
{
    return sampleCovariance(a.v10, b.v10) / double(a.v10.size()) + sampleCovariance(a.v01, b.v01) / double(a.v01.size());
}

// Splits scores by label; false with a reason when the input cannot be tested.
bool split(const std::vector<int>& labels, const std::vector<double>& scores, std::vector<double>& pos,
           std::vector<double>& neg, QString* why)
{
    if (labels.size() != scores.size()) {
        *why = QCoreApplication::translate("Metrics", "Scores and labels differ in number.");
        return false;
    }
    for (size_t i = 0; i < labels.size(); ++i) {
        if (std::isnan(scores[i])) {
            *why = QCoreApplication::translate("Metrics", "A score is not a number.");
            return false;
        }
        (labels[i] ? pos : neg).push_back(scores[i]);
    }
    if (pos.size() < 2 || neg.size() < 2) {
        *why = QCoreApplication::translate("Metrics", "DeLong's test needs at least two positive and two negative cases.");
        return false;
    }
    return true;
}

} // namespace

double twoSidedNormalP(double z)
{
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

DelongAuc delongAuc(const std::vector<int>& labels, const std::vector<double>& scores)
{
    DelongAuc r;
    std::vector<double> pos, neg;
    QString why;
    if (!split(labels, scores, pos, neg, &why))
        return r;
    const Components c = components(pos, neg);
    r.valid = true;
    r.auc = c.auc;
    r.variance = aucCovariance(c, c);
    const double half = 1.959963984540054 * std::sqrt(std::max(r.variance, 0.0));
    r.lower = std::max(0.0, r.auc - half);
    r.upper = std::min(1.0, r.auc + half);
    return r;
}

DelongComparison delongTest(const std::vector<int>& labels, const std::vector<double>& scoresA,
                            const std::vector<double>& scoresB)
{
    DelongComparison r;
    std::vector<double> posA, negA, posB, negB;
    if (!split(labels, scoresA, posA, negA, &r.why) || !split(labels, scoresB, posB, negB, &r.why))
        return r;
    const Components a = components(posA, negA);
    const Components b = components(posB, negB);
    r.valid = true;
    r.aucA = a.auc;
    r.aucB = b.auc;
    r.varianceA = aucCovariance(a, a);
    r.varianceB = aucCovariance(b, b);
    r.covariance = aucCovariance(a, b);
    const double diff = r.aucA - r.aucB;
    const double var = r.varianceA + r.varianceB - 2.0 * r.covariance;
    // Rounding can leave a tiny negative or nonzero variance for identical inputs.
    if (var <= 1e-15 * std::max(1.0, r.varianceA + r.varianceB)) {
        r.z = diff == 0.0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), diff);
        r.pValue = diff == 0.0 ? 1.0 : 0.0;
        return r;
    }
    r.z = diff / std::sqrt(var);
    r.pValue = twoSidedNormalP(r.z);
    return r;
}

} // namespace ns::metrics
