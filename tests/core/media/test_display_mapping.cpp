// Window/level of PS3.3 C.11.2.1.2.1, checked against values computed by hand.
#include "core/media/DisplayMapping.h"

#include <QTest>

using namespace ns::media;

class TestDisplayMapping : public QObject {
    Q_OBJECT

    static QImage grey16(std::initializer_list<quint16> values)
    {
        QImage img(int(values.size()), 1, QImage::Format_Grayscale16);
        auto* row = reinterpret_cast<quint16*>(img.scanLine(0));
        int i = 0;
        for (quint16 v : values)
            row[i++] = v;
        return img;
    }

private slots:
    void linearWindowOn16Bit()
    {
        // center 1000, width 200: values <= 900.5-... map to 0, > 1099.5 to 255.
        const QImage out = toDisplayImage(grey16({0, 899, 1000, 1100, 4095}), WindowLevel{1000, 200}, 12);
        QCOMPARE(out.format(), QImage::Format_Grayscale8);
        const uchar* p = out.constScanLine(0);
        QCOMPARE(int(p[0]), 0);
        QCOMPARE(int(p[1]), 0);
        // ((1000 - 999.5) / 199 + 0.5) * 255 = 128.14
        QCOMPARE(int(p[2]), 128);
        QCOMPARE(int(p[3]), 255);
        QCOMPARE(int(p[4]), 255);
    }
    void defaultWindowUsesBitsStored()
    {
        // 12 bits stored, no window: 0..4095 spread over 0..255.
        const QImage out = toDisplayImage(grey16({0, 2048, 4095}), std::nullopt, 12);
        const uchar* p = out.constScanLine(0);
        QCOMPARE(int(p[0]), 0);
        QVERIFY(qAbs(int(p[1]) - 128) <= 1);
        QCOMPARE(int(p[2]), 255);
    }
    void eightBitPassesThroughWithoutWindow()
    {
        QImage img(3, 1, QImage::Format_Grayscale8);
        img.scanLine(0)[0] = 0; img.scanLine(0)[1] = 77; img.scanLine(0)[2] = 255;
        const QImage out = toDisplayImage(img, std::nullopt);
        QCOMPARE(out, img);
    }
    void colourIsNotWindowed()
    {
        QImage img(2, 2, QImage::Format_RGB888);
        img.fill(QColor(10, 200, 30));
        QCOMPARE(toDisplayImage(img, WindowLevel{0, 1}), img);
    }
    void fullRangeWindowCoversValues()
    {
        const WindowLevel w = fullRangeWindow(grey16({100, 300, 200}));
        QCOMPARE(w.width, 201.0);
        QCOMPARE(w.center, 200.5);
    }
};

QTEST_GUILESS_MAIN(TestDisplayMapping)
#include "test_display_mapping.moc"
