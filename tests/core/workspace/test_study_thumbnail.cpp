// Study thumbnails from real files: the ALOKA scanner file and a synthetic video, cached as
// PNG under the workspace folder and reused; a missing or corrupt file gives a reason, not
// a crash; a read-only workspace is never written to.
#include "core/synth/CineGenerator.h"
#include "core/synth/writers/SynthVideoWriter.h"
#include "core/workspace/StudyThumbnail.h"
#include "tests/TestData.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ns::workspace;
namespace td = ns::testdata;

class TestStudyThumbnail : public QObject {
    Q_OBJECT
private slots:
    void makesCachesAndReuses()
    {
        const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        NS_REQUIRE_FILE(aloka);
        QTemporaryDir ws;
        ThumbnailRequest req{ws.path(), 7, aloka, 160, true};
        const Thumbnail first = loadOrMakeThumbnail(req);
        QVERIFY2(first, qPrintable(first.error));
        QVERIFY(!first.fromCache);
        QCOMPARE(qMax(first.image.width(), first.image.height()), 160);
        // The ALOKA frame is 640 x 480: the aspect ratio survives.
        QVERIFY(qAbs(double(first.image.width()) / first.image.height() - 640.0 / 480.0) < 0.02);
        QVERIFY(QFile::exists(thumbnailPath(ws.path(), 7)));
        QVERIFY(thumbnailPath(ws.path(), 7).endsWith(QStringLiteral("/thumbnails/7.png")));
        // Not a blank picture: the ultrasound sector has structure.
        const QImage grey = first.image.convertToFormat(QImage::Format_Grayscale8);
        int lo = 255, hi = 0;
        for (int y = 0; y < grey.height(); ++y)
            for (int x = 0; x < grey.width(); ++x) {
                lo = qMin(lo, int(grey.constScanLine(y)[x]));
                hi = qMax(hi, int(grey.constScanLine(y)[x]));
            }
        QVERIFY(hi - lo > 100);

        const Thumbnail second = loadOrMakeThumbnail(req);
        QVERIFY(second.fromCache);
        QCOMPARE(second.image.size(), first.image.size());

        // A smaller size than the cached one is made again, not served blurry.
        req.maxSide = 64;
        const Thumbnail small = loadOrMakeThumbnail(req);
        QVERIFY(!small.fromCache);
        QCOMPARE(qMax(small.image.width(), small.image.height()), 64);
    }

    void videoAndStaleCache()
    {
        QTemporaryDir tmp;
        ns::synth::SynthRequest r;
        r.frames = 4;
        const QString video = tmp.filePath(QStringLiteral("cine.avi"));
        QString error;
        QVERIFY2(ns::synth::writeSynthVideo(ns::synth::generateCine(r), video, &error), qPrintable(error));
        ThumbnailRequest req{tmp.filePath(QStringLiteral("ws")), 3, video, 160, true};
        const Thumbnail t = loadOrMakeThumbnail(req);
        QVERIFY2(t, qPrintable(t.error));
        QVERIFY(loadOrMakeThumbnail(req).fromCache);
        // The study file changed after the thumbnail was made: made again.
        QFile f(video);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        f.close();
        const Thumbnail fresh = loadOrMakeThumbnail(req);
        QVERIFY(fresh);
        QVERIFY(!fresh.fromCache);
    }

    void missingCorruptAndReadOnly()
    {
        QTemporaryDir tmp;
        const QString missing = tmp.filePath(QStringLiteral("gone.dcm"));
        Thumbnail t = loadOrMakeThumbnail({tmp.path(), 1, missing, 160, true});
        QVERIFY(!t);
        QVERIFY(t.missing);
        QVERIFY2(t.error.contains(QStringLiteral("missing")) && t.error.contains(QStringLiteral("gone.dcm")), qPrintable(t.error));

        const QString junk = tmp.filePath(QStringLiteral("junk.dcm"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        t = loadOrMakeThumbnail({tmp.path(), 2, junk, 160, true});
        QVERIFY(!t);
        QVERIFY(!t.missing);
        QVERIFY2(t.error.contains(QStringLiteral("junk.dcm")), qPrintable(t.error));
        QVERIFY(!QFile::exists(thumbnailPath(tmp.path(), 2)));

        // Read-only: a thumbnail, but nothing written to the workspace folder.
        const QString aloka = td::shared(QStringLiteral("gdcm-US-ALOKA-16.dcm"));
        t = loadOrMakeThumbnail({tmp.path(), 3, aloka, 160, false});
        QVERIFY(t);
        QVERIFY(!QFileInfo::exists(thumbnailDir(tmp.path())));
    }
};

QTEST_GUILESS_MAIN(TestStudyThumbnail)
#include "test_study_thumbnail.moc"
