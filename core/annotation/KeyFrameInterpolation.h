#pragma once
// Which contours "interpolate between key frames" writes. Key frames are the frames where
// the rater has manual or corrected contours (a person drew or touched them). From the
// current frame the plan takes the key frames on either side (on a key frame: the gap after
// it, else the one before), pairs their contours (a bifid nerve is two) and fills every
// frame between with interpolated contours, replacing the rater's earlier interpolated
// ones there. Frames where the rater has a model's contours are left alone and counted.

#include "core/annotation/Contour.h"

#include <QList>

namespace ns::annotation {

struct InterpolationPlan {
    int from = -1, to = -1;   // the key frames
    QList<qint64> replaced;   // earlier interpolated contours between them (to delete)
    QList<Contour> added;     // new contours, source Interpolated
    int skippedFrames = 0;    // frames holding model contours, left as they are
    QString error;            // why there is nothing to do; empty on success
    bool ok() const { return error.isEmpty(); }
};

bool isKeyKind(SourceKind kind); // manual or corrected

// `contours`: one rater's contours of one study (any frames); `frame`: the frame on screen.
InterpolationPlan planInterpolation(const QList<Contour>& contours, int frame);

} // namespace ns::annotation
