#pragma once
// File plumbing shared by the export writers: an output folder that only appears once it is
// complete, atomic single files, PNGs without metadata, CSV quoting, and the per-item
// numbers (area, perimeter, spacing) every format reports the same way.

#include "core/export/ExportModel.h"

#include <QImage>
#include <QJsonArray>
#include <QString>
#include <opencv2/core.hpp>

namespace ns::exporting {

// Writes into OUT.partial and renames it to OUT on commit(); destroyed uncommitted (error,
// cancel, crash of the writer) it removes the partial folder, so a half dataset never sits
// under the name of a complete one. OUT may be missing or an empty folder, nothing else.
class StagingFolder {
public:
    ~StagingFolder();
    bool begin(const QString& outDir, QString* error);
    QString path() const { return m_partial; } // where to write
    bool commit(QString* error);

private:
    QString m_out;
    QString m_partial;
    bool m_committed = false;
};

bool writeFileAtomic(const QString& path, const QByteArray& bytes, QString* error);
// `image` must be a plain pixel image (StudyFrames gives one); failure names the file.
bool savePng(const QImage& image, const QString& path, QString* error);
QImage maskImage(const cv::Mat& mask); // CV_8UC1 -> Format_Grayscale8 copy
QString csvField(const QString& s);

struct ItemMeasures {
    double areaPx = 0;             // sum over the item's contours
    std::optional<double> areaMm2; // only when every contour has a physical scale
    double perimeterPx = 0;
    std::optional<double> perimeterMm;
    std::optional<double> pixelSpacingMm; // x spacing of the scale the first contour lies in
};
ItemMeasures measureItem(const QList<ExportContour>& contours, const media::Calibration& calibration);

QJsonArray polygonJson(const QPolygonF& p); // [[x,y],...]
QList<QPolygonF> polygonsOf(const QList<ExportContour>& contours);
// "manual", "corrected", ... or several joined with "+", sorted.
QString sourcesOf(const QList<ExportContour>& contours);

} // namespace ns::exporting
