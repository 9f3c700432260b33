#include "core/media/ScanView.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ns::media {

namespace {

bool hasWord(const QStringList& words, std::initializer_list<const char*> wanted)
{
    for (const char* w : wanted)
        if (words.contains(QLatin1String(w)))
            return true;
    return false;
}

bool hasPhrase(const QString& text, std::initializer_list<const char*> wanted)
{
    for (const char* w : wanted)
        if (text.contains(QLatin1String(w)))
            return true;
    return false;
}

} // namespace

QString declaredScanView(const QString& text, const QString& bodyPart)
{
    const QString lower = text.toLower();
    const QStringList words = lower.split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts);
    // Abbreviations as sonographers type them; "long axis" and "short axis" as phrases.
    const bool longitudinal = hasWord(words, {"longitudinal", "long", "lon", "sagittal", "sag", "lax"})
                              || hasPhrase(lower, {"long axis", "long-axis"});
    const bool transverse = hasWord(words, {"transverse", "trans", "trv", "axial", "sax"})
                            || hasPhrase(lower, {"short axis", "short-axis", "cross section", "cross-section"});
    if (longitudinal == transverse)
        return {}; // neither, or both (a series of several views)
    if (longitudinal)
        return QStringLiteral("longitudinal");
    const bool forearm = words.contains(QLatin1String("forearm")) || bodyPart.compare(QLatin1String("FOREARM"), Qt::CaseInsensitive) == 0;
    return forearm ? QStringLiteral("forearm") : QStringLiteral("wrist");
}

QString scanViewDisplayName(const QString& view)
{
    if (view == QLatin1String("wrist"))
        return QCoreApplication::translate("ScanView", "wrist transverse");
    if (view == QLatin1String("forearm"))
        return QCoreApplication::translate("ScanView", "forearm transverse");
    if (view == QLatin1String("longitudinal"))
        return QCoreApplication::translate("ScanView", "longitudinal");
    return view;
}

} // namespace ns::media
