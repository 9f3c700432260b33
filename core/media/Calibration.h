#pragma once
// Physical calibration of a frame: the regions of the DICOM Sequence of Ultrasound Regions,
// or a single Pixel Spacing, or nothing. A measurement belongs to the region that contains
// it; one that crosses regions or lies in an uncalibrated region has no physical size, and
// the reason is reported instead of a guess.

#include <QList>
#include <QPolygonF>
#include <QRect>
#include <QString>
#include <optional>

namespace ns::media {

// DICOM (0018,6024)/(0018,6026) Physical Units X/Y Direction codes.
enum class PhysicalUnits {
    None = 0, Percent = 1, Decibel = 2, Centimetre = 3, Second = 4, Hertz = 5,
    DecibelPerSecond = 6, CentimetrePerSecond = 7, SquareCentimetre = 8,
    SquareCentimetrePerSecond = 9, CubicCentimetre = 0xA, CubicCentimetrePerSecond = 0xB,
    Degree = 0xC
};

struct UltrasoundRegion {
    QRect bounds;              // inclusive pixel bounds (Region Location Min/Max X0 Y0 X1 Y1)
    int spatialFormat = 0;     // (0018,6012): 1 = 2D tissue/flow
    int dataType = 0;          // (0018,6014): 1 = tissue, 2 = colour flow, ...
    PhysicalUnits unitsX = PhysicalUnits::None;
    PhysicalUnits unitsY = PhysicalUnits::None;
    double physicalDeltaX = 0; // in unitsX per pixel, as stored
    double physicalDeltaY = 0;

    // Both axes in centimetres with a positive delta: lengths and areas are meaningful.
    bool isSpatiallyCalibrated() const;
    double mmPerPixelX() const; // only meaningful when spatially calibrated
    double mmPerPixelY() const;
};

// The scale that applies to one measurement, or the reason there is none.
struct MeasurementScale {
    bool valid = false;
    double mmPerPixelX = 0;
    double mmPerPixelY = 0;
    int regionIndex = -1;      // -1 when the scale is from Pixel Spacing
    QString reason;            // why there is no physical size, when !valid

    double areaMm2(double areaPx) const { return areaPx * mmPerPixelX * mmPerPixelY; }
};

class Calibration {
public:
    enum class Kind { None, UltrasoundRegions, PixelSpacing };

    Kind kind() const;
    const QList<UltrasoundRegion>& regions() const { return m_regions; }
    void setRegions(QList<UltrasoundRegion> regions) { m_regions = std::move(regions); }
    // Pixel Spacing (row spacing, column spacing) in mm: the fallback with no regions.
    std::optional<QPointF> pixelSpacingMm() const { return m_pixelSpacing; }
    void setPixelSpacingMm(double rowMm, double columnMm) { m_pixelSpacing = QPointF(columnMm, rowMm); }

    // Index of the region whose bounds contain every vertex of `shape`; -1 when none does
    // or when the shape spans more than one region.
    int regionContaining(const QPolygonF& shape) const;
    int regionAt(QPointF pixel) const;

    // The scale for a measurement drawn as `shape` (image pixel coordinates).
    MeasurementScale scaleFor(const QPolygonF& shape) const;
    // The scale at one pixel (for the cursor read-out and the scale bar).
    MeasurementScale scaleAt(QPointF pixel) const;

    QString describe() const; // one line for the UI and the CLI

private:
    QList<UltrasoundRegion> m_regions;
    std::optional<QPointF> m_pixelSpacing; // x = column spacing, y = row spacing (mm)
};

QString physicalUnitsName(PhysicalUnits units);

} // namespace ns::media
