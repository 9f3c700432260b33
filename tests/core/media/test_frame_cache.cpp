// The cache that keeps long cines out of memory: bounded by bytes, least recently used out.
#include "core/media/FrameCache.h"

#include <QTest>

using namespace ns::media;

class TestFrameCache : public QObject {
    Q_OBJECT

    static QImage frame(int value)
    {
        QImage img(100, 100, QImage::Format_Grayscale8); // 10,000 bytes
        img.fill(value);
        return img;
    }

private slots:
    void evictsLeastRecentlyUsedWithinBudget()
    {
        FrameCache cache(35000); // room for three frames
        for (int i = 0; i < 3; ++i)
            cache.insert(i, frame(i));
        QCOMPARE(cache.framesHeld(), 3);
        QImage out;
        QVERIFY(cache.lookup(0, &out)); // 0 becomes most recent; 1 is now the oldest
        cache.insert(3, frame(3));
        QCOMPARE(cache.framesHeld(), 3);
        QVERIFY(!cache.lookup(1, &out));
        QVERIFY(cache.lookup(0, &out));
        QCOMPARE(out.pixelColor(5, 5).red(), 0);
        QVERIFY(cache.lookup(3, &out));
        QVERIFY(cache.bytesUsed() <= 35000);
    }
    void thousandFramesStayBounded()
    {
        FrameCache cache(50 * 10000);
        for (int i = 0; i < 1000; ++i)
            cache.insert(i, frame(i % 256));
        QCOMPARE(cache.framesHeld(), 50);
        QVERIFY(cache.bytesUsed() <= 50 * 10000);
        QImage out;
        QVERIFY(cache.lookup(999, &out));
        QVERIFY(!cache.lookup(0, &out));
        QCOMPARE(cache.hits(), quint64(1));
        QCOMPARE(cache.misses(), quint64(1));
    }
    void shrinkingBudgetEvicts()
    {
        FrameCache cache(100000);
        for (int i = 0; i < 8; ++i)
            cache.insert(i, frame(i));
        cache.setBudgetBytes(20000);
        QCOMPARE(cache.framesHeld(), 2);
        cache.clear();
        QCOMPARE(cache.framesHeld(), 0);
        QCOMPARE(cache.bytesUsed(), qint64(0));
    }
    void oversizedFrameIsStillKept()
    {
        FrameCache cache(1000);
        cache.insert(7, frame(7));
        QImage out;
        QVERIFY(cache.lookup(7, &out));
    }
};

QTEST_GUILESS_MAIN(TestFrameCache)
#include "test_frame_cache.moc"
