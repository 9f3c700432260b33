#include "core/annotation/VertexDebouncer.h"

#include "core/annotation/ContourStore.h"

#include <utility>

namespace ns::annotation {

VertexDebouncer::VertexDebouncer(ns::workspace::Workspace& ws, QString rater, int maxLatencyMs, QObject* parent)
    : QObject(parent), m_ws(ws), m_rater(std::move(rater)), m_latencyMs(maxLatencyMs)
{
    m_timer.setSingleShot(true);
    // PreciseTimer: a coarse timer may fire up to 5% late, eating into the 0.5 s promise.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

VertexDebouncer::~VertexDebouncer() { flush(); }

void VertexDebouncer::stage(qint64 contourId, const QPolygonF& vertices, const ContourSource& source)
{
    if (m_pending.isEmpty()) {
        m_oldest.start();
        m_timer.start(m_latencyMs);
    }
    if (!m_pending.contains(contourId))
        m_order.append(contourId);
    m_pending.insert(contourId, {vertices, source});
    // A caller that never returns to the event loop (a scripted burst, a busy GUI thread)
    // would starve the timer; the deadline is enforced here too.
    if (m_oldest.elapsed() >= m_latencyMs)
        flush();
}

std::optional<QPolygonF> VertexDebouncer::staged(qint64 contourId) const
{
    const auto it = m_pending.constFind(contourId);
    if (it == m_pending.constEnd())
        return std::nullopt;
    return it->vertices;
}

bool VertexDebouncer::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    const QList<qint64> order = std::exchange(m_order, {});
    bool ok = true;
    for (qint64 id : order) {
        const Pending& p = pending[id];
        QString error;
        if (!replaceVertices(m_ws, id, p.vertices, p.source, m_rater, &error)) {
            ok = false;
            emit errorOccurred(error);
        }
    }
    emit flushed(int(order.size()));
    return ok;
}

} // namespace ns::annotation
