#pragma once
// Shape interpolation between the contours of two key frames. Both contours are resampled
// by arc length to the same number of points, the second is given the first's orientation
// and the cyclic start that best matches it (least squares about the centroids, so a
// translated or scaled nerve still matches point for point), and each point then moves on
// a straight line. Works for any vertex counts (a 4-vertex polygon and a 32-vertex ellipse).

#include <QList>
#include <QPair>
#include <QPolygonF>

namespace ns::annotation {

// `n` points spaced evenly along the closed outline, the first at vertex 0.
QPolygonF resampleByArcLength(const QPolygonF& polygon, int n);
// Signed shoelace area: > 0 for one turning sense, < 0 for the other (image y points down).
double signedArea(const QPolygonF& polygon);

class ContourInterpolator {
public:
    static constexpr int kDefaultPoints = 64;

    // `points` <= 0: max(kDefaultPoints, vertex count of either), at most 256.
    ContourInterpolator(const QPolygonF& from, const QPolygonF& to, int points = 0);

    // t in [0, 1]: 0 gives `from` and 1 gives `to` exactly (their own vertices); in between
    // the corresponding points move linearly.
    QPolygonF at(double t) const;
    // The matched point lists (same size, same orientation, start aligned).
    const QPolygonF& fromPoints() const { return m_a; }
    const QPolygonF& toPoints() const { return m_b; }
    bool isValid() const { return !m_a.isEmpty(); }

private:
    QPolygonF m_from, m_to, m_a, m_b;
};

// Pairs the contours of two key frames (a bifid nerve is two) by nearest centroids;
// returns (index in a, index in b) pairs, or an empty list when the counts differ.
QList<QPair<int, int>> pairContours(const QList<QPolygonF>& a, const QList<QPolygonF>& b);

} // namespace ns::annotation
