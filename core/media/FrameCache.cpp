#include "core/media/FrameCache.h"

#include <QMutexLocker>

namespace ns::media {

FrameCache::FrameCache(qint64 budgetBytes) : m_budget(budgetBytes) {}

bool FrameCache::lookup(int index, QImage* out)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(index);
    if (it == m_entries.end()) {
        ++m_misses;
        return false;
    }
    m_lru.splice(m_lru.begin(), m_lru, it->lruPos);
    *out = it->frame;
    ++m_hits;
    return true;
}

void FrameCache::insert(int index, const QImage& frame)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(index);
    if (it != m_entries.end()) {
        m_used -= it->frame.sizeInBytes();
        m_lru.erase(it->lruPos);
        m_entries.erase(it);
    }
    m_lru.push_front(index);
    m_entries.insert(index, Entry{frame, m_lru.begin()});
    m_used += frame.sizeInBytes();
    evictLocked();
}

void FrameCache::evictLocked()
{
    // The newest frame always stays, even if it alone exceeds the budget.
    while (m_used > m_budget && m_lru.size() > 1) {
        const int victim = m_lru.back();
        m_lru.pop_back();
        auto it = m_entries.find(victim);
        m_used -= it->frame.sizeInBytes();
        m_entries.erase(it);
    }
}

void FrameCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_lru.clear();
    m_used = 0;
}

void FrameCache::setBudgetBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_budget = bytes;
    evictLocked();
}

qint64 FrameCache::budgetBytes() const { QMutexLocker lock(&m_mutex); return m_budget; }
qint64 FrameCache::bytesUsed() const { QMutexLocker lock(&m_mutex); return m_used; }
int FrameCache::framesHeld() const { QMutexLocker lock(&m_mutex); return int(m_entries.size()); }
quint64 FrameCache::hits() const { QMutexLocker lock(&m_mutex); return m_hits; }
quint64 FrameCache::misses() const { QMutexLocker lock(&m_mutex); return m_misses; }

} // namespace ns::media
