#pragma once
// COCO's run-length encoded masks (the format of pycocotools' maskApi), which CVAT, Label
// Studio and most instance-segmentation tools write for crowd regions and for masks painted
// with a brush. The pixels are read column by column (Fortran order); "counts" holds the
// lengths of alternating runs of 0 and 1, starting with 0, either as a JSON list
// ("uncompressed") or packed into a string ("compressed": 5 bits per character, offset 48,
// a continuation bit, and each run after the second stored as the difference from the run
// two before it).

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <opencv2/core.hpp>
#include <vector>

namespace ns::exporting {

// The run lengths of a compressed "counts" string; nullopt when it is malformed (a
// character outside '0'..'o', a value cut short, a negative run).
std::optional<std::vector<long long>> decodeCocoCounts(const QByteArray& packed);

// The CV_8UC1 mask (0/255) of a segmentation object {"size": [h, w], "counts": ...}.
// nullopt, with the reason in *error, when the object is malformed or its runs do not
// cover h x w pixels.
std::optional<cv::Mat> decodeCocoRle(const QJsonObject& segmentation, QString* error);

} // namespace ns::exporting
