#include "core/annotation/ContourInterpolation.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace ns::annotation {

namespace {

QPointF meanOf(const QPolygonF& p)
{
    QPointF sum;
    for (const QPointF& v : p)
        sum += v;
    return p.isEmpty() ? sum : sum / double(p.size());
}

// Root mean square distance from the mean: the scale that makes the start search
// indifferent to a nerve that grew or shrank between the key frames.
double spreadOf(const QPolygonF& p, QPointF centre)
{
    double s = 0;
    for (const QPointF& v : p)
        s += QPointF::dotProduct(v - centre, v - centre);
    return p.isEmpty() ? 1.0 : std::max(1e-9, std::sqrt(s / p.size()));
}

} // namespace

double signedArea(const QPolygonF& polygon)
{
    double a = 0;
    const int n = int(polygon.size());
    for (int i = 0; i < n; ++i) {
        const QPointF& p = polygon[i];
        const QPointF& q = polygon[(i + 1) % n];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return a / 2;
}

QPolygonF resampleByArcLength(const QPolygonF& polygon, int n)
{
    QPolygonF out;
    const int m = int(polygon.size());
    if (m == 0 || n <= 0)
        return out;
    std::vector<double> cumulative(m + 1, 0.0);
    for (int i = 0; i < m; ++i)
        cumulative[i + 1] = cumulative[i] + QLineF(polygon[i], polygon[(i + 1) % m]).length();
    const double total = cumulative[m];
    out.reserve(n);
    if (total <= 0) {
        for (int k = 0; k < n; ++k)
            out << polygon[0];
        return out;
    }
    int edge = 0;
    for (int k = 0; k < n; ++k) {
        const double s = total * k / n;
        while (edge < m - 1 && cumulative[edge + 1] <= s)
            ++edge;
        const double len = cumulative[edge + 1] - cumulative[edge];
        const double f = len > 0 ? (s - cumulative[edge]) / len : 0.0;
        const QPointF& a = polygon[edge];
        const QPointF& b = polygon[(edge + 1) % m];
        out << a + (b - a) * f;
    }
    return out;
}

ContourInterpolator::ContourInterpolator(const QPolygonF& from, const QPolygonF& to, int points)
    : m_from(from), m_to(to)
{
    if (from.size() < 3 || to.size() < 3)
        return;
    const int n = points > 0 ? points : std::min(256, std::max({kDefaultPoints, int(from.size()), int(to.size())}));
    m_a = resampleByArcLength(from, n);
    QPolygonF b = resampleByArcLength(to, n);
    // Same turning sense, or the points would sweep through the shape's middle.
    if ((signedArea(m_a) > 0) != (signedArea(b) > 0))
        std::reverse(b.begin(), b.end());

    const QPointF ca = meanOf(m_a), cb = meanOf(b);
    const double sa = spreadOf(m_a, ca), sb = spreadOf(b, cb);
    int bestShift = 0;
    double bestCost = std::numeric_limits<double>::max();
    for (int shift = 0; shift < n; ++shift) {
        double cost = 0;
        for (int i = 0; i < n && cost < bestCost; ++i) {
            const QPointF d = (m_a[i] - ca) / sa - (b[(i + shift) % n] - cb) / sb;
            cost += QPointF::dotProduct(d, d);
        }
        if (cost < bestCost) {
            bestCost = cost;
            bestShift = shift;
        }
    }
    m_b.reserve(n);
    for (int i = 0; i < n; ++i)
        m_b << b[(i + bestShift) % n];
}

QPolygonF ContourInterpolator::at(double t) const
{
    if (!isValid())
        return {};
    if (t <= 0)
        return m_from;
    if (t >= 1)
        return m_to;
    QPolygonF out;
    out.reserve(m_a.size());
    for (int i = 0; i < m_a.size(); ++i)
        out << m_a[i] * (1 - t) + m_b[i] * t;
    return out;
}

QList<QPair<int, int>> pairContours(const QList<QPolygonF>& a, const QList<QPolygonF>& b)
{
    QList<QPair<int, int>> pairs;
    if (a.size() != b.size() || a.isEmpty())
        return pairs;
    const int n = int(a.size());
    std::vector<QPointF> ca, cb;
    for (int i = 0; i < n; ++i) {
        ca.push_back(meanOf(resampleByArcLength(a[i], 64)));
        cb.push_back(meanOf(resampleByArcLength(b[i], 64)));
    }
    auto dist = [&](int i, int j) { return QLineF(ca[i], cb[j]).length(); };
    std::vector<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    if (n <= 7) {
        // Few contours per frame (one nerve, a bifid one): try every assignment.
        std::vector<int> best = perm;
        double bestCost = std::numeric_limits<double>::max();
        do {
            double cost = 0;
            for (int i = 0; i < n; ++i)
                cost += dist(i, perm[i]);
            if (cost < bestCost) {
                bestCost = cost;
                best = perm;
            }
        } while (std::next_permutation(perm.begin(), perm.end()));
        perm = best;
    } else {
        std::vector<bool> used(n, false);
        for (int i = 0; i < n; ++i) {
            int pick = -1;
            for (int j = 0; j < n; ++j)
                if (!used[j] && (pick < 0 || dist(i, j) < dist(i, pick)))
                    pick = j;
            used[pick] = true;
            perm[i] = pick;
        }
    }
    for (int i = 0; i < n; ++i)
        pairs.append({i, perm[i]});
    return pairs;
}

} // namespace ns::annotation
