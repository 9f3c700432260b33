#include "core/annotation/NerveAreaCheck.h"

#include <QCoreApplication>

namespace ns::annotation {

QString implausibleNerveArea(double areaMm2)
{
    if (areaMm2 > kLargestNerveMm2)
        return QCoreApplication::translate("NerveAreaCheck", "%1 mm² is larger than any median nerve's cross-section (up to about %2 mm²): "
                                                             "check that the outline is the nerve and the scan is of the wrist.")
            .arg(areaMm2, 0, 'f', 1).arg(kLargestNerveMm2, 0, 'f', 0);
    if (areaMm2 < kSmallestNerveMm2)
        return QCoreApplication::translate("NerveAreaCheck", "%1 mm² is smaller than a median nerve's cross-section (at least about %2 mm²): "
                                                             "check that the outline is the nerve.")
            .arg(areaMm2, 0, 'f', 1).arg(kSmallestNerveMm2, 0, 'f', 0);
    return {};
}

} // namespace ns::annotation
