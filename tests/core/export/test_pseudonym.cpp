#include "core/export/Pseudonym.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ns::exporting;

class TestPseudonym : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saltIsCreatedOnceAndKept()
    {
        QTemporaryDir dir;
        QString error;
        const QByteArray a = exportSalt(dir.path(), &error);
        QVERIFY2(!a.isEmpty(), qPrintable(error));
        QCOMPARE(a.size(), 64);
        QCOMPARE(exportSalt(dir.path(), &error), a);
        QTemporaryDir other;
        QVERIFY(exportSalt(other.path(), &error) != a);
    }

    void pseudonymsAreStableAndKeyed()
    {
        const QByteArray s1 = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
        const QByteArray s2 = QByteArrayLiteral("fedcba9876543210fedcba9876543210");
        const QString p = pseudonymousId(s1, QStringLiteral("Doe^Jane 1234"));
        QVERIFY(QRegularExpression(QStringLiteral("^ANON-[0-9A-F]{10}$")).match(p).hasMatch());
        QCOMPARE(pseudonymousId(s1, QStringLiteral("Doe^Jane 1234")), p);
        QVERIFY(pseudonymousId(s1, QStringLiteral("Doe^Jane 1235")) != p);
        QVERIFY(pseudonymousId(s2, QStringLiteral("Doe^Jane 1234")) != p);
        QVERIFY(pseudonymousId(s1, QString()).isEmpty());
        // Computed independently with Python's hashlib.
        QCOMPARE(p, QStringLiteral("ANON-4428BC639C"));
    }

    void uidsAreValidDicomUids()
    {
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
        const QString src = QStringLiteral("1.2.840.113619.2.55.3.604688119.969.1268071029.320");
        const QString uid = remappedUid(salt, src);
        QCOMPARE(remappedUid(salt, src), uid);
        QVERIFY(remappedUid(salt, src + QLatin1Char('1')) != uid);
        QVERIFY(uid.startsWith(QLatin1String("2.25.")));
        QVERIFY(uid.size() <= 64);
        // Components are decimal without leading zeros (PS3.5 9.1).
        QVERIFY(QRegularExpression(QStringLiteral("^2\\.25\\.(0|[1-9][0-9]*)$")).match(uid).hasMatch());
        // 2^128 has 39 digits: the number must fit.
        QVERIFY(uid.size() - 5 <= 39);
        // Computed independently with Python (hashlib + int.from_bytes).
        QCOMPARE(uid, QStringLiteral("2.25.335769488426204124165092158624124189276"));
    }

    void dateShiftIsNegativeAndPerPatient()
    {
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
        QSet<int> seen;
        for (int i = 0; i < 50; ++i) {
            const int d = dateShiftDays(salt, QStringLiteral("P%1").arg(i));
            QVERIFY(d <= -1 && d >= -365);
            QCOMPARE(dateShiftDays(salt, QStringLiteral("P%1").arg(i)), d);
            seen.insert(d);
        }
        QVERIFY(seen.size() > 30);
    }
};

QTEST_GUILESS_MAIN(TestPseudonym)
#include "test_pseudonym.moc"
