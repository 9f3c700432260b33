#pragma once
// How each contour source looks, shared by the contours on the image and the timeline
// marks under it, so one colour means one kind everywhere.

#include "core/annotation/Contour.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace ns::ui {

inline QColor sourceColour(annotation::SourceKind kind)
{
    switch (kind) {
    case annotation::SourceKind::Manual: return QColor(255, 196, 0);       // amber
    case annotation::SourceKind::Corrected: return QColor(120, 230, 90);   // green
    case annotation::SourceKind::Model: return QColor(236, 110, 255);      // violet
    case annotation::SourceKind::Interpolated: return QColor(255, 228, 150); // pale amber, drawn dashed
    }
    return QColor(255, 196, 0);
}

inline QString sourceLabel(annotation::SourceKind kind)
{
    switch (kind) {
    case annotation::SourceKind::Manual: return QCoreApplication::translate("SourceStyle", "manual (key frame)");
    case annotation::SourceKind::Corrected: return QCoreApplication::translate("SourceStyle", "corrected (key frame)");
    case annotation::SourceKind::Model: return QCoreApplication::translate("SourceStyle", "model");
    case annotation::SourceKind::Interpolated: return QCoreApplication::translate("SourceStyle", "interpolated");
    }
    return {};
}

} // namespace ns::ui
