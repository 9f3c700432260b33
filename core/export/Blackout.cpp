#include "core/export/Blackout.h"

#include <QCoreApplication>
#include <algorithm>
#include <QRegion>

namespace ns::exporting {

std::optional<BlackoutSpec> BlackoutSpec::parse(const QString& text, QString* error)
{
    BlackoutSpec spec;
    const QString t = text.trimmed();
    if (t == QLatin1String("outside-regions")) {
        spec.mode = Mode::OutsideRegions;
        return spec;
    }
    const QStringList parts = t.split(QLatin1Char(','));
    if (parts.size() == 4) {
        int v[4];
        bool allOk = true;
        for (int i = 0; i < 4; ++i) {
            bool ok = false;
            v[i] = parts[i].trimmed().toInt(&ok);
            allOk = allOk && ok;
        }
        if (allOk && v[0] >= 0 && v[1] >= 0 && v[2] > 0 && v[3] > 0) {
            spec.mode = Mode::Rectangle;
            spec.rect = QRect(v[0], v[1], v[2], v[3]);
            return spec;
        }
    }
    if (error)
        *error = QCoreApplication::translate("Export", "blackout must be outside-regions or X,Y,W,H in pixels (got \"%1\")").arg(text);
    return std::nullopt;
}

std::optional<QRegion> blackoutRegion(const BlackoutSpec& spec, QSize size, const QList<QRect>& keep, QString* error)
{
    const QRect image(QPoint(0, 0), size);
    switch (spec.mode) {
    case BlackoutSpec::Mode::None:
        return QRegion();
    case BlackoutSpec::Mode::Rectangle:
        return QRegion(spec.rect.intersected(image));
    case BlackoutSpec::Mode::OutsideRegions:
        break;
    }
    if (keep.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Export", "the source has no ultrasound regions, so \"outside the regions\" is unknown (use a rectangle instead)");
        return std::nullopt;
    }
    QRegion dark(image);
    for (const QRect& r : keep)
        dark -= QRegion(r); // bounds are inclusive; QRect's width/height already count both ends
    return dark;
}

bool applyBlackout(QImage& image, const BlackoutSpec& spec, const media::Calibration& calibration, QString* error)
{
    if (spec.mode == BlackoutSpec::Mode::None || image.isNull())
        return true;
    QList<QRect> keep;
    for (const media::UltrasoundRegion& r : calibration.regions())
        keep << r.bounds;
    const std::optional<QRegion> dark = blackoutRegion(spec, image.size(), keep, error);
    if (!dark)
        return false;
    // Per pixel rather than QPainter: grey and 16-bit formats cannot be painted on.
    const int bytesPerPixel = image.depth() / 8;
    for (const QRect& c : *dark)
        for (int y = c.top(); y <= c.bottom(); ++y)
            std::fill_n(image.scanLine(y) + c.left() * bytesPerPixel, c.width() * bytesPerPixel, uchar(0));
    return true;
}

} // namespace ns::exporting
