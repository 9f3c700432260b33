#include "core/media/Calibration.h"

#include <QCoreApplication>

namespace ns::media {

namespace {

// A pixel "contains" a point when the point lies within the pixel's square, so a shape
// drawn on the last pixel column of a region (x = max + 0.5) still belongs to it.
bool boundsContain(const QRect& r, QPointF p)
{
    return p.x() >= r.left() - 0.5 && p.x() <= r.right() + 0.5
        && p.y() >= r.top() - 0.5 && p.y() <= r.bottom() + 0.5;
}
} // namespace

bool UltrasoundRegion::isSpatiallyCalibrated() const
{
    return unitsX == PhysicalUnits::Centimetre && unitsY == PhysicalUnits::Centimetre
        && physicalDeltaX > 0 && physicalDeltaY > 0;
}

double UltrasoundRegion::mmPerPixelX() const { return physicalDeltaX * 10.0; }
double UltrasoundRegion::mmPerPixelY() const { return physicalDeltaY * 10.0; }

Calibration::Kind Calibration::kind() const
{
    if (!m_regions.isEmpty())
        return Kind::UltrasoundRegions;
    if (m_pixelSpacing)
        return Kind::PixelSpacing;
    return Kind::None;
}

int Calibration::regionAt(QPointF pixel) const
{
    // Regions may nest (a small Doppler box inside a B-mode region): the smallest wins.
    int best = -1;
    qint64 bestArea = 0;
    for (int i = 0; i < m_regions.size(); ++i) {
        const QRect& r = m_regions[i].bounds;
        if (!boundsContain(r, pixel))
            continue;
        const qint64 area = qint64(r.width()) * r.height();
        if (best < 0 || area < bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

int Calibration::regionContaining(const QPolygonF& shape) const
{
    if (shape.isEmpty())
        return -1;
    const int first = regionAt(shape.first());
    if (first < 0)
        return -1;
    for (const QPointF& p : shape)
        if (regionAt(p) != first)
            return -1;
    return first;
}

MeasurementScale Calibration::scaleFor(const QPolygonF& shape) const
{
    MeasurementScale s;
    switch (kind()) {
    case Kind::None:
        s.reason = QCoreApplication::translate("Calibration", "The image carries no calibration (no ultrasound regions, no pixel spacing).");
        return s;
    case Kind::PixelSpacing:
        s.valid = true;
        s.mmPerPixelX = m_pixelSpacing->x();
        s.mmPerPixelY = m_pixelSpacing->y();
        return s;
    case Kind::UltrasoundRegions:
        break;
    }
    const int idx = regionContaining(shape);
    if (idx < 0) {
        bool anyInside = false;
        for (const QPointF& p : shape)
            anyInside = anyInside || regionAt(p) >= 0;
        s.reason = anyInside ? QCoreApplication::translate("Calibration", "The measurement crosses ultrasound regions, so it has no single scale.")
                             : QCoreApplication::translate("Calibration", "The measurement lies outside every calibrated ultrasound region.");
        return s;
    }
    const UltrasoundRegion& r = m_regions[idx];
    s.regionIndex = idx;
    if (!r.isSpatiallyCalibrated()) {
        s.reason = QCoreApplication::translate("Calibration", "Ultrasound region %1 has no spatial calibration (units %2 x %3).")
                       .arg(idx + 1).arg(physicalUnitsName(r.unitsX), physicalUnitsName(r.unitsY));
        return s;
    }
    s.valid = true;
    s.mmPerPixelX = r.mmPerPixelX();
    s.mmPerPixelY = r.mmPerPixelY();
    return s;
}

MeasurementScale Calibration::scaleAt(QPointF pixel) const
{
    return scaleFor(QPolygonF({pixel}));
}

QString Calibration::describe() const
{
    switch (kind()) {
    case Kind::None:
        return QCoreApplication::translate("Calibration", "not calibrated");
    case Kind::PixelSpacing:
        return QCoreApplication::translate("Calibration", "pixel spacing %1 x %2 mm").arg(m_pixelSpacing->x(), 0, 'g', 6).arg(m_pixelSpacing->y(), 0, 'g', 6);
    case Kind::UltrasoundRegions: {
        int calibrated = 0;
        for (const auto& r : m_regions)
            calibrated += r.isSpatiallyCalibrated() ? 1 : 0;
        return QCoreApplication::translate("Calibration", "%1 ultrasound regions, %2 spatially calibrated").arg(m_regions.size()).arg(calibrated);
    }
    }
    return {};
}

QString physicalUnitsName(PhysicalUnits units)
{
    switch (units) {
    case PhysicalUnits::None: return QStringLiteral("none");
    case PhysicalUnits::Percent: return QStringLiteral("percent");
    case PhysicalUnits::Decibel: return QStringLiteral("dB");
    case PhysicalUnits::Centimetre: return QStringLiteral("cm");
    case PhysicalUnits::Second: return QStringLiteral("s");
    case PhysicalUnits::Hertz: return QStringLiteral("Hz");
    case PhysicalUnits::DecibelPerSecond: return QStringLiteral("dB/s");
    case PhysicalUnits::CentimetrePerSecond: return QStringLiteral("cm/s");
    case PhysicalUnits::SquareCentimetre: return QStringLiteral("cm2");
    case PhysicalUnits::SquareCentimetrePerSecond: return QStringLiteral("cm2/s");
    case PhysicalUnits::CubicCentimetre: return QStringLiteral("cm3");
    case PhysicalUnits::CubicCentimetrePerSecond: return QStringLiteral("cm3/s");
    case PhysicalUnits::Degree: return QStringLiteral("degrees");
    }
    return QStringLiteral("code %1").arg(int(units));
}

} // namespace ns::media
