#include "inference/EvaluationFrames.h"

#include "core/export/ExportFiles.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace ns::inference {

namespace {

// Full precision: the file is for joining and re-scoring, not for reading by eye.
QString number(double v) { return std::isfinite(v) ? QString::number(v, 'g', 10) : QString(); }
QString number(const std::optional<double>& v) { return v ? number(*v) : QString(); }

QString className(const ModelCard& card, int index)
{
    return index >= 0 && index < card.classes.size() ? card.classes[index] : QString::number(index);
}

QStringList classifierRow(const ModelCard& card, const FrameOutcome& o)
{
    QStringList row{className(card, o.truth)};
    if (o.probabilities.empty()) {
        row << QString() << QString();
        for (int c = 0; c < card.classes.size(); ++c)
            row << QString();
        return row;
    }
    const int predicted = int(std::max_element(o.probabilities.begin(), o.probabilities.end()) - o.probabilities.begin());
    row << className(card, predicted) << (predicted == o.truth ? QStringLiteral("1") : QStringLiteral("0"));
    for (int c = 0; c < card.classes.size(); ++c)
        row << (size_t(c) < o.probabilities.size() ? number(o.probabilities[size_t(c)]) : QString());
    return row;
}

QStringList segmentationRow(const FrameOutcome& o)
{
    if (!o.score)
        return QStringList(6, QString());
    const metrics::SegmentationScore& s = *o.score;
    return {number(s.overlap.dice), number(s.overlap.iou), number(s.overlap.precision), number(s.overlap.recall),
            number(s.distances.hd95Px), number(s.distances.hd95Mm)};
}

} // namespace

bool writeFrameOutcomesCsv(const QString& path, const ModelCard& card, const std::vector<FrameOutcome>& outcomes,
                           QString* error)
{
    const bool segmentation = card.task == QLatin1String("segmentation");
    QStringList header{QStringLiteral("frame"), QStringLiteral("patient"), QStringLiteral("wrist"), QStringLiteral("profile")};
    if (segmentation) {
        header << QStringLiteral("dice") << QStringLiteral("iou") << QStringLiteral("precision") << QStringLiteral("recall")
               << QStringLiteral("hd95_px") << QStringLiteral("hd95_mm");
    } else {
        header << QStringLiteral("truth") << QStringLiteral("predicted") << QStringLiteral("correct");
        for (const QString& c : card.classes)
            header << QStringLiteral("p_") + c;
    }
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const FrameOutcome& o : outcomes) {
        QStringList row{o.name, o.patient, o.wrist, o.profile};
        row << (segmentation ? segmentationRow(o) : classifierRow(card, o));
        for (QString& field : row)
            field = exporting::csvField(field);
        text += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return exporting::writeFileAtomic(path, text.toUtf8(), error);
}

} // namespace ns::inference
