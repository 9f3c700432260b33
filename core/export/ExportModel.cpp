#include "core/export/ExportModel.h"

#include "core/annotation/GradeStore.h"

namespace ns::exporting {

QStringList ExportFrame::raters() const
{
    QStringList out;
    for (const ExportContour& c : contours)
        if (!out.contains(c.rater))
            out << c.rater;
    return out;
}

QList<ExportContour> ExportFrame::contoursOf(const QString& rater) const
{
    QList<ExportContour> out;
    for (const ExportContour& c : contours)
        if (c.rater == rater)
            out << c;
    return out;
}

QString ExportGrade::gradeName() const { return severity ? annotation::severityName(*severity) : QString(); }

std::optional<bool> ExportGrade::isCts() const
{
    if (cts)
        return cts;
    if (severity)
        return *severity > 0;
    return std::nullopt;
}

int ExportDataset::frameCount() const
{
    int n = 0;
    for (const ExportStudy& s : studies)
        n += int(s.frames.size());
    return n;
}

int ExportDataset::contourCount() const
{
    int n = 0;
    for (const ExportStudy& s : studies)
        for (const ExportFrame& f : s.frames)
            n += int(f.contours.size());
    return n;
}

bool ExportSelection::accepts(annotation::SourceKind kind) const
{
    switch (kind) {
    case annotation::SourceKind::Manual: return manual;
    case annotation::SourceKind::Corrected: return corrected;
    case annotation::SourceKind::Model: return model;
    case annotation::SourceKind::Interpolated: return interpolated;
    }
    return false;
}

} // namespace ns::exporting
