#pragma once
// A float heatmap made visible and written to disk, the same in the GUI and the CLI:
// values are scaled over [0, max] (evidence for the target; what speaks against it is
// shown as none), coloured with OpenCV's Turbo map, and laid over the frame with an
// opacity that also rises with the value, so unimportant areas keep the frame readable.

#include <QImage>
#include <QString>
#include <opencv2/core.hpp>

namespace ns::inference::explain {

struct HeatmapScale {
    double lo = 0; // value shown as the cold end
    double hi = 1; // value shown as the hot end
};

// [0, max of map]; [0, 1] when the map has no positive value.
HeatmapScale positiveScale(const cv::Mat& map);

// The colour of a value in [0, 1] on the colour map (for the colour bar).
QColor heatColour(double t);

// ARGB32 at the map's size: colour by value, alpha = opacity * value (scaled).
QImage heatmapLayer(const cv::Mat& map, const HeatmapScale& scale, double opacity);
// The frame (any format) with the layer drawn over it, RGB32 at frame size.
QImage overlayHeatmap(const QImage& frame, const cv::Mat& map, double opacity);

// PNG (or any Qt format by suffix) of the overlay; 32-bit float single-channel TIFF of the
// raw values. False with a one-line reason.
bool writeOverlay(const QString& path, const QImage& frame, const cv::Mat& map, double opacity, QString* error);
bool writeRawTiff(const QString& path, const cv::Mat& map, QString* error);

} // namespace ns::inference::explain
