#include "ui/annotation/ContourPainter.h"

#include "ui/annotation/ContourGeometry.h"
#include "ui/annotation/SourceStyle.h"
#include "ui/viewer/ImageView.h"

#include <QLineF>
#include <QPainter>
#include <algorithm>

namespace ns::ui::contourpaint {

namespace {
const QColor kSelected(0, 229, 255); // the selected one and its handles
const QColor kDraft(255, 255, 255);
const QColor kLabelBack(0, 0, 0, 170);

QPolygonF toWidget(const ImageView& view, const QPolygonF& image)
{
    QPolygonF out;
    out.reserve(image.size());
    for (const QPointF& p : image)
        out << view.mapFromImage(p);
    return out;
}

QPen cosmeticPen(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    return pen;
}
} // namespace

void contours(QPainter& painter, const ImageView& view, const QList<Shown>& items, const Options& o)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setPointSizeF(std::max(8.0, font.pointSizeF()));
    painter.setFont(font);
    const QFontMetrics fm(font);

    for (const Shown& item : items) {
        const bool selected = item.id == o.selected;
        const bool interpolated = item.kind == annotation::SourceKind::Interpolated;
        const QColor colour = selected ? kSelected : sourceColour(item.kind);
        const QPolygonF w = toWidget(view, item.vertices);
        painter.setPen(cosmeticPen(colour, selected ? 2.5 : 2.0, interpolated ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(selected ? QColor(0, 229, 255, 20) : QColor(Qt::transparent));
        painter.drawPolygon(w);
        if (selected && o.vertexHandles) {
            // Smaller handles where vertices are dense (an ellipse has 32), so they do not merge.
            const double extent = w.boundingRect().width() + w.boundingRect().height(); // about perimeter / 1.5
            const double side = w.size() > 0 && 2 * extent / w.size() < 16 ? 5.0 : 7.0;
            for (int v = 0; v < w.size(); ++v) {
                const QRectF handle(w[v] - QPointF(side / 2, side / 2), QSizeF(side, side));
                painter.setPen(cosmeticPen(Qt::black, 1));
                painter.setBrush(v == o.selectedVertex ? kSelected : QColor(Qt::white));
                painter.drawRect(handle);
            }
        }
        const QString label = o.labeller ? o.labeller(item.vertices) : QString();
        if (!label.isEmpty() && !w.isEmpty()) {
            const QRectF box = w.boundingRect();
            QRectF text = QRectF(fm.boundingRect(QRect(0, 0, 260, 400), Qt::AlignLeft | Qt::TextWordWrap, label)).adjusted(-4, -2, 4, 2);
            text.moveBottomLeft(QPointF(box.right() + (selected ? o.labelGap : 6), box.top() + 2));
            painter.setPen(Qt::NoPen);
            painter.setBrush(kLabelBack);
            painter.drawRoundedRect(text, 3, 3);
            painter.setPen(colour);
            painter.drawText(text.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::TextWordWrap, label);
        }
    }
}

void draft(QPainter& painter, const ImageView& view, const QPolygonF& draft, bool polygon, const QPointF* hover,
           double closeRadius)
{
    if (draft.isEmpty())
        return;
    painter.setBrush(Qt::NoBrush);
    const QPolygonF w = toWidget(view, draft);
    painter.setPen(cosmeticPen(kDraft, 2, Qt::DashLine));
    painter.drawPolyline(w);
    if (!polygon || !hover)
        return;
    painter.setPen(cosmeticPen(kDraft, 1, Qt::DotLine));
    painter.drawLine(w.last(), view.mapFromImage(*hover));
    const bool closes = draft.size() >= 3 && QLineF(view.mapFromImage(*hover), w.first()).length() <= closeRadius;
    painter.setPen(cosmeticPen(Qt::black, 1));
    painter.setBrush(closes ? kSelected : kDraft);
    painter.drawEllipse(w.first(), closes ? 6.0 : 4.0, closes ? 6.0 : 4.0);
}

void ellipseDraft(QPainter& painter, const ImageView& view, const QRectF& box, int vertices)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmeticPen(kDraft, 1, Qt::DotLine));
    painter.drawRect(QRectF(view.mapFromImage(box.topLeft()), view.mapFromImage(box.bottomRight())));
    painter.setPen(cosmeticPen(kDraft, 2, Qt::DashLine));
    painter.drawPolygon(toWidget(view, contourgeom::ellipsePolygon(box, vertices)));
}

} // namespace ns::ui::contourpaint
