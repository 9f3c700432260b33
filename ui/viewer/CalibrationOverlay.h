#pragma once
// Draws what the calibration means on the image: a millimetre scale bar of a round length
// (from the region under the view centre, or the first calibrated region, or the pixel
// spacing) and, when switched on, the outline and label of every ultrasound region.

#include "core/media/Calibration.h"
#include "ui/viewer/ViewOverlay.h"

#include <QCoreApplication>
#include <optional>

namespace ns::ui {

class CalibrationOverlay : public ViewOverlay {
    Q_DECLARE_TR_FUNCTIONS(CalibrationOverlay)
public:
    struct ScaleBar {
        double lengthMm = 0;
        double lengthWidgetPx = 0;
        int regionIndex = -1; // -1: from pixel spacing
    };

    void setCalibration(const media::Calibration& calibration) { m_calibration = calibration; }
    void setRegionsVisible(bool visible) { m_regionsVisible = visible; }
    bool regionsVisible() const { return m_regionsVisible; }

    // The bar that would be drawn on `view` now, if the image is calibrated.
    std::optional<ScaleBar> scaleBar(const ImageView& view) const;
    // The longest of 20/10/5/2/1 mm (0.5/0.2/0.1 at extreme zoom) that is at most `maxPx`
    // widget pixels long at `pxPerMm`; 0.1 mm if none is.
    static double niceLengthMm(double pxPerMm, double maxPx);

    void paint(QPainter& painter, const ImageView& view) override;

private:
    void paintRegions(QPainter& painter, const ImageView& view) const;
    void paintScaleBar(QPainter& painter, const ImageView& view, const ScaleBar& bar) const;

    media::Calibration m_calibration;
    bool m_regionsVisible = false;
};

} // namespace ns::ui
