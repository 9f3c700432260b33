#include "core/synth/writers/SynthDatasetWriter.h"

#include "core/synth/writers/WriterSupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <algorithm>
#include <utility>

namespace ns::synth {

namespace {

bool failWith(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

// Masks are stored strictly 0/255 whatever the generator used for "inside", so a reader
// can threshold at any value; returns the inside count.
QImage binaryMask(const QImage& mask, QSize size, int* inside)
{
    QImage out(size, QImage::Format_Grayscale8);
    out.fill(0);
    *inside = 0;
    if (mask.isNull())
        return out;
    const QImage grey = mask.format() == QImage::Format_Grayscale8 ? mask : mask.convertToFormat(QImage::Format_Grayscale8);
    const int w = std::min(size.width(), grey.width()), h = std::min(size.height(), grey.height());
    for (int y = 0; y < h; ++y) {
        const uchar* src = grey.constScanLine(y);
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < w; ++x)
            if (src[x] >= 128) {
                dst[x] = 255;
                ++*inside;
            }
    }
    return out;
}

QJsonArray contoursJson(const QList<QPolygonF>& contours)
{
    QJsonArray all;
    for (const QPolygonF& poly : contours) {
        QJsonArray pts;
        for (const QPointF& p : poly)
            pts.append(QJsonArray{p.x(), p.y()});
        all.append(pts);
    }
    return all;
}

// One row's fields in column order (values as JSON so numbers stay numbers).
QJsonObject rowJson(const ManifestRow& r)
{
    const GroundTruth& t = r.truth;
    QJsonObject o{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("image"), QStringLiteral("images/%1.png").arg(r.name)},
        {QStringLiteral("mask"), QStringLiteral("masks/%1.png").arg(r.name)},
        {QStringLiteral("split"), r.split},
        {QStringLiteral("patient"), t.patientId},
        {QStringLiteral("wrist"), t.wrist},
        {QStringLiteral("frame"), t.frameIndex},
        {QStringLiteral("view"), writers::viewKey(t.view)},
        {QStringLiteral("profile"), t.profile},
        {QStringLiteral("level"), t.level},
        {QStringLiteral("grade"), writers::gradeKey(t.grade)},
        {QStringLiteral("gradeIndex"), int(t.grade)},
        {QStringLiteral("cts"), isCts(t.grade) ? 1 : 0},
        {QStringLiteral("csaMm2"), t.severity.csaMm2},
        {QStringLiteral("fascicleVisibility"), t.severity.fascicleVisibility},
        {QStringLiteral("echogenicity"), t.severity.echogenicity},
        {QStringLiteral("epineuriumBlur"), t.severity.epineuriumBlur},
        {QStringLiteral("flattening"), t.severity.flattening},
        {QStringLiteral("perineuralThickness"), t.severity.perineuralThickness},
        {QStringLiteral("areaPx"), t.areaPx},
        {QStringLiteral("areaMm2"), t.areaMm2},
        {QStringLiteral("maskPixels"), r.maskPixels},
        {QStringLiteral("pixelSpacingMm"), r.pixelSpacingMm},
        {QStringLiteral("bifid"), t.bifid},
        {QStringLiteral("nervePresent"), t.nervePresent},
        {QStringLiteral("sweepPositionMm"), t.sweepPositionMm},
    };
    for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString csvField(const QJsonValue& v)
{
    QString s;
    if (v.isBool())
        s = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    else if (v.isDouble())
        s = QString::number(v.toDouble(), 'g', 10);
    else
        s = v.toString();
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return failWith(error, QCoreApplication::translate("SynthDatasetWriter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return true;
}
} // namespace

QMap<QString, QString> splitPatients(QStringList ids, std::uint64_t seed)
{
    ids.sort();
    ids.removeDuplicates();
    // Fisher-Yates with SplitMix64: the order depends on the seed and the ids only.
    std::uint64_t state = writers::splitMix64(seed ^ 0x5EEDu);
    for (int i = int(ids.size()) - 1; i > 0; --i) {
        state = writers::splitMix64(state);
        ids.swapItemsAt(i, int(state % std::uint64_t(i + 1)));
    }
    const int n = int(ids.size());
    int nTest = int(n * 0.15 + 0.5), nVal = int(n * 0.15 + 0.5);
    if (n >= 2 && nTest == 0)
        nTest = 1;
    if (n >= 3 && nVal == 0)
        nVal = 1;
    const int nTrain = n - nTest - nVal;
    QMap<QString, QString> split;
    for (int i = 0; i < n; ++i)
        split.insert(ids[i], i < nTrain ? QStringLiteral("train")
                             : i < nTrain + nVal ? QStringLiteral("val") : QStringLiteral("test"));
    return split;
}

QStringList DatasetFolderWriter::columns()
{
    return {QStringLiteral("name"), QStringLiteral("image"), QStringLiteral("mask"), QStringLiteral("split"),
            QStringLiteral("patient"), QStringLiteral("wrist"), QStringLiteral("frame"), QStringLiteral("view"),
            QStringLiteral("profile"), QStringLiteral("level"), QStringLiteral("grade"), QStringLiteral("gradeIndex"),
            QStringLiteral("cts"), QStringLiteral("label"), QStringLiteral("csaMm2"), QStringLiteral("fascicleVisibility"),
            QStringLiteral("echogenicity"), QStringLiteral("epineuriumBlur"), QStringLiteral("flattening"),
            QStringLiteral("perineuralThickness"), QStringLiteral("areaPx"), QStringLiteral("areaMm2"),
            QStringLiteral("maskPixels"), QStringLiteral("pixelSpacingMm"), QStringLiteral("bifid"),
            QStringLiteral("nervePresent"), QStringLiteral("sweepPositionMm")};
}

bool DatasetFolderWriter::open(const QString& dir, const QString& task, std::uint64_t seed, QString* error)
{
    m_dir = dir;
    m_task = task;
    m_seed = seed;
    m_rows.clear();
    const QDir root(dir);
    if (!QDir().mkpath(root.filePath(QStringLiteral("images"))) || !QDir().mkpath(root.filePath(QStringLiteral("masks"))))
        return failWith(error, QCoreApplication::translate("SynthDatasetWriter", "Cannot create the dataset folder %1").arg(QDir::toNativeSeparators(dir)));
    return true;
}

EncodedFrame encodeFrame(const QString& name, const SynthFrame& frame, double pixelSpacingMm, const QString& split,
                         const QJsonObject& extra)
{
    EncodedFrame out;
    out.row = ManifestRow{name, split, frame.truth, pixelSpacingMm, 0, extra};
    const QImage image = frame.image.format() == QImage::Format_Grayscale8 ? frame.image
                                                                           : frame.image.convertToFormat(QImage::Format_Grayscale8);
    const QImage mask = binaryMask(frame.truth.mask, image.size(), &out.row.maskPixels);
    out.row.truth.mask = QImage(); // the manifest keeps the numbers, the PNG keeps the pixels
    for (const auto& [picture, bytes] : {std::pair{&image, &out.imagePng}, std::pair{&mask, &out.maskPng}}) {
        QBuffer buffer(bytes);
        buffer.open(QIODevice::WriteOnly);
        picture->save(&buffer, "PNG");
    }
    return out;
}

bool DatasetFolderWriter::add(const EncodedFrame& frame, QString* error)
{
    const QDir root(m_dir);
    for (const auto& [folder, bytes] : {std::pair{QStringLiteral("images"), &frame.imagePng}, std::pair{QStringLiteral("masks"), &frame.maskPng}}) {
        const QString path = root.filePath(QStringLiteral("%1/%2.png").arg(folder, frame.row.name));
        QFile f(path);
        if (bytes->isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.flush())
            return failWith(error, QCoreApplication::translate("SynthDatasetWriter", "Cannot write %1 (is the disk full or read-only?)").arg(QDir::toNativeSeparators(path)));
    }
    m_rows.append(frame.row);
    return true;
}

bool DatasetFolderWriter::finish(QString* error)
{
    const QStringList cols = columns();
    QByteArray csv = cols.join(QLatin1Char(',')).toUtf8() + '\n';
    QJsonArray items;
    QMap<QString, int> perSplit;
    for (const ManifestRow& r : m_rows) {
        QJsonObject o = rowJson(r);
        QStringList fields;
        for (const QString& c : cols)
            fields << csvField(o.value(c));
        csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
        o.insert(QStringLiteral("contours"), contoursJson(r.truth.contours));
        items.append(o);
        ++perSplit[r.split];
    }
    QJsonObject splits;
    for (auto it = perSplit.begin(); it != perSplit.end(); ++it)
        splits.insert(it.key(), it.value());
    QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("nervescope-synthetic-dataset")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("task"), m_task},
        {QStringLiteral("seed"), QString::number(quint64(m_seed))}, // a string: JSON numbers lose 64-bit seeds
        {QStringLiteral("splitBy"), QStringLiteral("patient")},
        {QStringLiteral("frames"), int(m_rows.size())},
        {QStringLiteral("splits"), splits},
        {QStringLiteral("columns"), QJsonArray::fromStringList(cols)},
        {QStringLiteral("items"), items},
    };
    if (m_speckleSeed != 0)
        doc.insert(QStringLiteral("speckleSeed"), QString::number(quint64(m_speckleSeed)));
    const QDir root(m_dir);
    return writeFile(root.filePath(QStringLiteral("manifest.csv")), csv, error)
           && writeFile(root.filePath(QStringLiteral("manifest.json")), QJsonDocument(doc).toJson(QJsonDocument::Indented), error);
}

} // namespace ns::synth
