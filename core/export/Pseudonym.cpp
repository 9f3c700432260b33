#include "core/export/Pseudonym.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

#include <array>

namespace ns::exporting {

namespace {

QByteArray keyedHash(const QByteArray& salt, const QString& value)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(salt);
    h.addData(QByteArrayView("\n", 1));
    h.addData(value.toUtf8());
    return h.result();
}

// The first 16 bytes of `bytes` as one unsigned decimal number (long division by 10).
QString decimal128(const QByteArray& bytes)
{
    std::array<unsigned char, 16> n{};
    for (size_t i = 0; i < n.size(); ++i)
        n[i] = static_cast<unsigned char>(bytes.at(int(i)));
    QString digits;
    for (;;) {
        bool zero = true;
        unsigned remainder = 0;
        for (unsigned char& b : n) {
            const unsigned cur = (remainder << 8) | b;
            b = static_cast<unsigned char>(cur / 10);
            remainder = cur % 10;
            zero = zero && b == 0;
        }
        digits.prepend(QChar(char('0' + remainder)));
        if (zero)
            break;
    }
    return digits;
}

} // namespace

QByteArray exportSalt(const QString& workspaceDir, QString* error)
{
    const QString path = QDir(workspaceDir).filePath(QStringLiteral("export-salt"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray salt = existing.readAll().trimmed();
        if (salt.size() >= 32)
            return salt;
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    const QByteArray salt = raw.toHex();
    QSaveFile out(path);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly) || out.write(salt) != salt.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("Pseudonym", "cannot create the export key %1: %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString());
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return salt;
}

QString pseudonymousId(const QByteArray& salt, const QString& original)
{
    if (original.isEmpty())
        return {};
    return QStringLiteral("ANON-") + QString::fromLatin1(keyedHash(salt, original).toHex().left(10)).toUpper();
}

QString remappedUid(const QByteArray& salt, const QString& uid)
{
    QByteArray h = keyedHash(salt, QStringLiteral("uid:") + uid);
    // RFC 4122 version-4/variant bits, as 2.25 expects a UUID.
    h[6] = char((h[6] & 0x0f) | 0x40);
    h[8] = char((h[8] & 0x3f) | 0x80);
    return QStringLiteral("2.25.") + decimal128(h);
}

int dateShiftDays(const QByteArray& salt, const QString& patientId)
{
    const QByteArray h = keyedHash(salt, QStringLiteral("date:") + patientId);
    const quint32 v = (quint32(quint8(h[0])) << 8) | quint8(h[1]);
    return -1 - int(v % 365);
}

} // namespace ns::exporting
