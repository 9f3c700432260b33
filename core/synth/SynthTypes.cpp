#include "core/synth/SynthTypes.h"

#include <QCoreApplication>

namespace ns::synth {

QString viewName(View view)
{
    switch (view) {
    case View::WristTransverse: return QStringLiteral("wrist");
    case View::ForearmTransverse: return QStringLiteral("forearm");
    case View::Longitudinal: return QStringLiteral("longitudinal");
    }
    return {};
}

bool parseView(const QString& name, View* out)
{
    for (View v : {View::WristTransverse, View::ForearmTransverse, View::Longitudinal}) {
        if (name.compare(viewName(v), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = v;
            return true;
        }
    }
    return false;
}

QString gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Normal: return QStringLiteral("normal");
    case Grade::Mild: return QStringLiteral("mild");
    case Grade::Moderate: return QStringLiteral("moderate");
    case Grade::Severe: return QStringLiteral("severe");
    }
    return {};
}

bool parseGrade(const QString& name, Grade* out)
{
    for (Grade g : {Grade::Normal, Grade::Mild, Grade::Moderate, Grade::Severe}) {
        if (name.compare(gradeName(g), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = g;
            return true;
        }
    }
    return false;
}

QList<ScannerProfile> scannerProfiles()
{
    // Pixel spacings are chosen so each frame spans a 31-36 mm wide, 24-31 mm deep field, as on
    // the wrist scans of S0/S3; resolutions follow the probes' frequencies (higher
    // frequency, finer speckle). The handheld is the coarse, noisy domain of S3.
    ScannerProfile hm;
    hm.name = QStringLiteral("hm70a");
    hm.displayName = QCoreApplication::translate("ns::synth", "Samsung HM70A-like");
    hm.imageSize = QSize(565, 442);
    hm.pixelSpacingMm = 0.06;
    hm.centreFrequencyMHz = 10;
    hm.axialResolutionMm = 0.2;
    hm.lateralResolutionMm = 0.34;
    hm.gainDb = 0;
    hm.dynamicRangeDb = 60;
    hm.electronicNoise = 0.025;
    hm.frameRate = 30;

    ScannerProfile mini;
    mini.name = QStringLiteral("minisono");
    mini.displayName = QCoreApplication::translate("ns::synth", "Alpinion miniSONO-like");
    mini.imageSize = QSize(864, 576);
    mini.pixelSpacingMm = 0.042;
    mini.centreFrequencyMHz = 12;
    mini.axialResolutionMm = 0.16;
    mini.lateralResolutionMm = 0.28;
    mini.gainDb = 2;
    mini.dynamicRangeDb = 66;
    mini.electronicNoise = 0.02;
    mini.frameRate = 25;

    ScannerProfile hand;
    hand.name = QStringLiteral("handheld");
    hand.displayName = QCoreApplication::translate("ns::synth", "Handheld wireless probe-like");
    hand.imageSize = QSize(384, 384);
    hand.pixelSpacingMm = 0.08;
    hand.centreFrequencyMHz = 7.5;
    hand.axialResolutionMm = 0.32;
    hand.lateralResolutionMm = 0.62;
    hand.gainDb = -2;
    hand.dynamicRangeDb = 50;
    hand.electronicNoise = 0.06;
    hand.frameRate = 20;

    return {hm, mini, hand};
}

bool profileByName(const QString& name, ScannerProfile* out)
{
    for (const ScannerProfile& p : scannerProfiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (out)
                *out = p;
            return true;
        }
    }
    return false;
}

} // namespace ns::synth
