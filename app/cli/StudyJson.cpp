#include "app/cli/StudyJson.h"

#include "app/cli/CliCommon.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ns::cli {

QJsonObject calibrationToJson(const media::Calibration& calibration)
{
    QJsonObject out;
    switch (calibration.kind()) {
    case media::Calibration::Kind::None: out[QStringLiteral("kind")] = QStringLiteral("none"); break;
    case media::Calibration::Kind::PixelSpacing: out[QStringLiteral("kind")] = QStringLiteral("pixel-spacing"); break;
    case media::Calibration::Kind::UltrasoundRegions: out[QStringLiteral("kind")] = QStringLiteral("ultrasound-regions"); break;
    }
    if (auto ps = calibration.pixelSpacingMm())
        out[QStringLiteral("pixelSpacingMm")] = QJsonObject{{QStringLiteral("row"), ps->y()}, {QStringLiteral("column"), ps->x()}};
    QJsonArray regions;
    for (const media::UltrasoundRegion& r : calibration.regions()) {
        QJsonObject o{
            {QStringLiteral("x0"), r.bounds.left()}, {QStringLiteral("y0"), r.bounds.top()},
            {QStringLiteral("x1"), r.bounds.right()}, {QStringLiteral("y1"), r.bounds.bottom()},
            {QStringLiteral("spatialFormat"), r.spatialFormat}, {QStringLiteral("dataType"), r.dataType},
            {QStringLiteral("unitsX"), media::physicalUnitsName(r.unitsX)},
            {QStringLiteral("unitsY"), media::physicalUnitsName(r.unitsY)},
            {QStringLiteral("physicalDeltaX"), r.physicalDeltaX}, {QStringLiteral("physicalDeltaY"), r.physicalDeltaY},
            {QStringLiteral("calibrated"), r.isSpatiallyCalibrated()}};
        if (r.isSpatiallyCalibrated()) {
            o[QStringLiteral("mmPerPixelX")] = r.mmPerPixelX();
            o[QStringLiteral("mmPerPixelY")] = r.mmPerPixelY();
        }
        regions.append(o);
    }
    out[QStringLiteral("regions")] = regions;
    return out;
}

QJsonObject studyToJson(const media::FrameSource& source)
{
    const media::SourceInfo& info = source.info();
    QJsonArray damaged;
    for (const media::FrameRange& d : info.damagedRanges)
        damaged.append(QJsonObject{{QStringLiteral("first"), d.first + 1}, {QStringLiteral("last"), d.last + 1}});
    QJsonObject out{
        {QStringLiteral("path"), info.path},
        {QStringLiteral("kind"), media::sourceKindName(info.kind)},
        {QStringLiteral("format"), info.formatName},
        {QStringLiteral("frames"), source.frameCount()},
        {QStringLiteral("columns"), source.frameSize().width()},
        {QStringLiteral("rows"), source.frameSize().height()},
        {QStringLiteral("frameRate"), source.frameRate()},
        {QStringLiteral("photometric"), info.photometric},
        {QStringLiteral("samplesPerPixel"), info.samplesPerPixel},
        {QStringLiteral("bitsAllocated"), info.bitsAllocated},
        {QStringLiteral("bitsStored"), info.bitsStored},
        {QStringLiteral("signed"), info.isSigned},
        {QStringLiteral("calibration"), calibrationToJson(source.calibration())},
        {QStringLiteral("damagedFrames"), damaged}};
    if (!info.transferSyntaxUid.isEmpty()) {
        out[QStringLiteral("transferSyntaxUid")] = info.transferSyntaxUid;
        out[QStringLiteral("transferSyntax")] = info.transferSyntax;
    }
    if (info.defaultWindow)
        out[QStringLiteral("window")] = QJsonObject{{QStringLiteral("center"), info.defaultWindow->center},
                                                   {QStringLiteral("width"), info.defaultWindow->width}};
    return out;
}

bool scanAllFrames(media::FrameSource& source, const QString& verb, QString* error)
{
    const jobs::Progress progress([&](double f, const QString& msg) { printProgress(verb, f, msg); }, jobs::CancelToken());
    return source.scanForDamage(progress, error);
}

} // namespace ns::cli
