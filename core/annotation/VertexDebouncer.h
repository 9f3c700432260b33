#pragma once
// Coalesces the stream of vertex changes a drag produces into few database writes. The
// first staged change starts a clock; everything staged is written at most maxLatency later
// (by a timer, or at once by stage() itself if the event loop was too busy to fire it), so a
// killed process loses at most that much of a drag. Destruction flushes.

#include "core/annotation/Contour.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace ns::workspace { class Workspace; }

namespace ns::annotation {

class VertexDebouncer : public QObject {
    Q_OBJECT
public:
    // 250 ms leaves half of the promised 0.5 s for the commit itself and a late timer.
    static constexpr int kDefaultLatencyMs = 250;

    VertexDebouncer(ns::workspace::Workspace& ws, QString rater, int maxLatencyMs = kDefaultLatencyMs,
                    QObject* parent = nullptr);
    ~VertexDebouncer() override;

    void stage(qint64 contourId, const QPolygonF& vertices, const ContourSource& source);
    // The newest vertices of a contour, staged or not yet: nullopt when nothing is staged.
    std::optional<QPolygonF> staged(qint64 contourId) const;
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Writes everything staged; false (and errorOccurred) when a write failed.
    bool flush();

signals:
    void errorOccurred(const QString& message);
    void flushed(int contours);

private:
    struct Pending {
        QPolygonF vertices;
        ContourSource source;
    };
    ns::workspace::Workspace& m_ws;
    QString m_rater;
    int m_latencyMs;
    QHash<qint64, Pending> m_pending;
    QList<qint64> m_order; // first-staged first, so the audit log keeps the edit order
    QTimer m_timer;
    QElapsedTimer m_oldest;
};

} // namespace ns::annotation
