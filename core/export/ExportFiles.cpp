#include "core/export/ExportFiles.h"

#include "core/annotation/Measurements.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>
#include <cstring>

namespace ns::exporting {

namespace {
bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

StagingFolder::~StagingFolder()
{
    if (!m_committed && !m_partial.isEmpty())
        QDir(m_partial).removeRecursively();
}

bool StagingFolder::begin(const QString& outDir, QString* error)
{
    m_out = QFileInfo(outDir).absoluteFilePath();
    const QFileInfo out(m_out);
    if (out.exists() && (!out.isDir() || !QDir(m_out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        return fail(error, QCoreApplication::translate("Export", "%1 already exists and is not an empty folder; choose a new output folder")
                               .arg(QDir::toNativeSeparators(m_out)));
    const QString partial = m_out + QStringLiteral(".partial");
    if (QFileInfo::exists(partial))
        QDir(partial).removeRecursively(); // left by an export that was killed
    if (!QDir().mkpath(partial))
        return fail(error, QCoreApplication::translate("Export", "cannot create %1 (is the folder writable?)").arg(QDir::toNativeSeparators(partial)));
    m_partial = partial;
    return true;
}

bool StagingFolder::commit(QString* error)
{
    if (QFileInfo(m_out).isDir())
        QDir().rmdir(m_out); // empty (checked in begin)
    if (!QDir().rename(m_partial, m_out))
        return fail(error, QCoreApplication::translate("Export", "cannot rename %1 to %2").arg(QDir::toNativeSeparators(m_partial), QDir::toNativeSeparators(m_out)));
    m_committed = true;
    return true;
}

bool writeFileAtomic(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(error, QCoreApplication::translate("Export", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return true;
}

bool savePng(const QImage& image, const QString& path, QString* error)
{
    QImageWriter w(path, "png");
    if (!w.write(image))
        return fail(error, QCoreApplication::translate("Export", "cannot write %1: %2 (is the disk full or read-only?)").arg(QDir::toNativeSeparators(path), w.errorString()));
    return true;
}

QImage maskImage(const cv::Mat& mask)
{
    QImage out(mask.cols, mask.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < mask.rows; ++y)
        std::memcpy(out.scanLine(y), mask.ptr<uchar>(y), size_t(mask.cols));
    return out;
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

ItemMeasures measureItem(const QList<ExportContour>& contours, const media::Calibration& calibration)
{
    ItemMeasures m;
    bool allPhysical = !contours.isEmpty();
    double mm2 = 0, mm = 0;
    for (const ExportContour& c : contours) {
        const annotation::Measurements one = annotation::measure(c.vertices, &calibration);
        m.areaPx += one.areaPx;
        m.perimeterPx += one.perimeterPx;
        if (one.areaMm2 && one.perimeterMm) {
            mm2 += *one.areaMm2;
            mm += *one.perimeterMm;
        } else {
            allPhysical = false;
        }
        if (!m.pixelSpacingMm) {
            const media::MeasurementScale scale = calibration.scaleFor(c.vertices);
            if (scale.valid)
                m.pixelSpacingMm = scale.mmPerPixelX;
        }
    }
    if (allPhysical) {
        m.areaMm2 = mm2;
        m.perimeterMm = mm;
    }
    return m;
}

QJsonArray polygonJson(const QPolygonF& p)
{
    QJsonArray pts;
    for (const QPointF& v : p)
        pts.append(QJsonArray{v.x(), v.y()});
    return pts;
}

QList<QPolygonF> polygonsOf(const QList<ExportContour>& contours)
{
    QList<QPolygonF> out;
    for (const ExportContour& c : contours)
        out << c.vertices;
    return out;
}

QString sourcesOf(const QList<ExportContour>& contours)
{
    QStringList kinds;
    for (const ExportContour& c : contours) {
        const QString k = annotation::sourceKindName(c.source.kind);
        if (!kinds.contains(k))
            kinds << k;
    }
    kinds.sort();
    return kinds.join(QLatin1Char('+'));
}

} // namespace ns::exporting
