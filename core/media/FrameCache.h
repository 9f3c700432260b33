#pragma once
// A thread-safe LRU cache of decoded frames, bounded in bytes rather than in frames, so
// the memory a cine takes does not depend on its length.

#include <QHash>
#include <QImage>
#include <QMutex>
#include <list>

namespace ns::media {

class FrameCache {
public:
    static constexpr qint64 kDefaultBudgetBytes = 256LL * 1024 * 1024;

    explicit FrameCache(qint64 budgetBytes = kDefaultBudgetBytes);

    bool lookup(int index, QImage* out);
    void insert(int index, const QImage& frame);
    void clear();

    void setBudgetBytes(qint64 bytes);
    qint64 budgetBytes() const;
    qint64 bytesUsed() const;
    int framesHeld() const;
    quint64 hits() const;
    quint64 misses() const;

private:
    void evictLocked();

    struct Entry {
        QImage frame;
        std::list<int>::iterator lruPos;
    };
    mutable QMutex m_mutex;
    QHash<int, Entry> m_entries;
    std::list<int> m_lru; // front = most recently used
    qint64 m_budget;
    qint64 m_used = 0;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace ns::media
