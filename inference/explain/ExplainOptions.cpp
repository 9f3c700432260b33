#include "inference/explain/ExplainOptions.h"

#include <QCoreApplication>

#include <cmath>

namespace ns::inference::explain {

QString methodName(Method m)
{
    switch (m) {
    case Method::Occlusion: return QStringLiteral("occlusion");
    case Method::Lime: return QStringLiteral("lime");
    case Method::GradCam: return QStringLiteral("gradcam");
    }
    return {};
}

QString methodDisplayName(Method m)
{
    switch (m) {
    case Method::Occlusion: return QCoreApplication::translate("Explain", "Occlusion sensitivity");
    case Method::Lime: return QCoreApplication::translate("Explain", "LIME (superpixels)");
    case Method::GradCam: return QCoreApplication::translate("Explain", "Grad-CAM (coarse)");
    }
    return {};
}

bool parseMethod(const QString& name, Method* out)
{
    for (Method m : {Method::Occlusion, Method::Lime, Method::GradCam}) {
        if (name.compare(methodName(m), Qt::CaseInsensitive) == 0) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString fillName(Fill f)
{
    switch (f) {
    case Fill::Mean: return QStringLiteral("mean");
    case Fill::Zero: return QStringLiteral("zero");
    case Fill::Blur: return QStringLiteral("blur");
    case Fill::Region: return QStringLiteral("region");
    }
    return {};
}

bool parseFill(const QString& name, Fill* out)
{
    for (Fill f : {Fill::Mean, Fill::Zero, Fill::Blur, Fill::Region}) {
        if (name.compare(fillName(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

int defaultSuperpixels(bool nerveCrop) { return nerveCrop ? 32 : 64; }

QString scoreName(Score s)
{
    switch (s) {
    case Score::Probability: return QStringLiteral("probability");
    case Score::LogOdds: return QStringLiteral("logodds");
    }
    return {};
}

QString describeScore(Score s, double value, bool segmenter)
{
    if (s == Score::Probability)
        return segmenter ? QCoreApplication::translate("Explain", "mean P = %1").arg(value, 0, 'f', 3)
                         : QCoreApplication::translate("Explain", "P = %1").arg(value, 0, 'f', 3);
    if (segmenter)
        return QCoreApplication::translate("Explain", "mean log-odds %1").arg(value, 0, 'f', 2);
    return QCoreApplication::translate("Explain", "log-odds %1 (P = %2)").arg(value, 0, 'f', 2).arg(1.0 / (1.0 + std::exp(-value)), 0, 'f', 3);
}

bool parseScore(const QString& name, Score* out)
{
    for (Score s : {Score::Probability, Score::LogOdds}) {
        if (name.compare(scoreName(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace ns::inference::explain
