#include "core/media/ScanView.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ns::media {

namespace {

// Whether the words, in lower case, one space apart, contain any of the phrases.
bool says(const QString& words, std::initializer_list<const char*> phrases)
{
    for (const char* p : phrases)
        if (words.contains(QLatin1Char(' ') + QLatin1String(p) + QLatin1Char(' ')))
            return true;
    return false;
}

} // namespace

QString declaredScanView(const QString& text, const QString& bodyPart)
{
    // " r wrist trans ", " mn long axis ": whole words only, so "translucent" is not "trans".
    const QString words = QLatin1Char(' ')
                          + text.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts).join(QLatin1Char(' '))
                          + QLatin1Char(' ');
    // Abbreviations as sonographers type them.
    const bool longitudinal = says(words, {"longitudinal", "long", "lon", "sagittal", "sag", "lax"}); // "long" covers "long axis"
    const bool transverse = says(words, {"transverse", "trans", "trv", "axial", "sax", "short axis", "cross section"});
    if (longitudinal == transverse)
        return {}; // neither, or both (a series of several views)
    if (longitudinal)
        return QStringLiteral("longitudinal");
    const bool forearm = says(words, {"forearm"}) || bodyPart.compare(QLatin1String("FOREARM"), Qt::CaseInsensitive) == 0;
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
