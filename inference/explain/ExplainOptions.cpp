#include "inference/explain/ExplainOptions.h"

#include <QCoreApplication>

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
    }
    return {};
}

bool parseFill(const QString& name, Fill* out)
{
    for (Fill f : {Fill::Mean, Fill::Zero, Fill::Blur}) {
        if (name.compare(fillName(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

} // namespace ns::inference::explain
