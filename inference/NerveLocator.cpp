#include "inference/NerveLocator.h"

#include "core/media/Calibration.h"
#include "inference/ModelRegistry.h"
#include "inference/NerveCrop.h"
#include "inference/Segmenter.h"

#include <QCoreApplication>

namespace ns::inference {

std::unique_ptr<Segmenter> defaultNerveLocator(const InferenceOptions& options, QString* error)
{
    const ModelEntry entry = ModelRegistry().firstForTask(QStringLiteral("segmentation"));
    if (entry.cardPath.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("NerveLocator", "no segmentation model is installed to find the nerve");
        return nullptr;
    }
    auto loaded = loadModel(entry.cardPath, error);
    return loaded ? Segmenter::create(std::move(*loaded), options, error) : nullptr;
}

NerveCropPlacement placeNerveCrop(const cv::Mat& mask, const media::Calibration& calibration, double cropMm)
{
    NerveCropPlacement p;
    const auto centre = nerveCentre(mask);
    if (!centre)
        return p;
    p.nerveFound = true;
    const media::MeasurementScale scale = calibration.scaleAt(QPointF(centre->x, centre->y));
    if (!scale.valid) {
        p.error = QCoreApplication::translate("NerveLocator", "the crop around the nerve (%1 mm) needs the image's scale: %2").arg(cropMm).arg(scale.reason);
        return p;
    }
    p.rect = nerveCropRect(*centre, 0.5 * (scale.mmPerPixelX + scale.mmPerPixelY), cropMm);
    return p;
}

} // namespace ns::inference
