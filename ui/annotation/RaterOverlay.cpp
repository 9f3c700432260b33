#include "ui/annotation/RaterOverlay.h"

#include "ui/viewer/ImageView.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <iterator>

namespace ns::ui {

namespace {
// Distinct from each other, from the tools' amber (own) and cyan (selected), and readable
// on a grey ultrasound image.
const QColor kPalette[] = {QColor(255, 85, 200), QColor(110, 235, 100), QColor(140, 150, 255),
                           QColor(255, 120, 70), QColor(210, 160, 255), QColor(240, 240, 240)};
} // namespace

RaterOverlay::RaterOverlay(ImageView* view) : m_view(view)
{
    view->addOverlay(this);
}

QColor RaterOverlay::colourFor(const QString& rater, const QStringList& allRaters)
{
    const qsizetype at = allRaters.indexOf(rater);
    const size_t n = std::size(kPalette);
    return kPalette[at < 0 ? qHash(rater) % n : size_t(at) % n];
}

void RaterOverlay::setLayers(const QString& own, const QColor& ownColour, const QList<Layer>& others)
{
    m_own = own;
    m_ownColour = ownColour;
    m_layers = others;
    if (m_view)
        m_view->update();
}

void RaterOverlay::paint(QPainter& painter, const ImageView& view)
{
    m_legend = {};
    if (m_layers.isEmpty() || !view.hasImage())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Layer& layer : std::as_const(m_layers)) {
        QPen pen(layer.colour, 2.0, Qt::DashLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const QPolygonF& contour : layer.contours) {
            QPolygonF w;
            w.reserve(contour.size());
            for (const QPointF& p : contour)
                w << view.mapFromImage(p);
            painter.drawPolygon(w);
        }
    }

    // Legend: one line per rater, own first.
    struct Line {
        QString text;
        QColor colour;
        bool dashed;
    };
    QList<Line> lines;
    if (!m_own.isEmpty())
        lines << Line{QCoreApplication::translate("RaterOverlay", "%1 (you, editable)").arg(m_own), m_ownColour, false};
    for (const Layer& layer : std::as_const(m_layers))
        lines << Line{layer.contours.isEmpty() ? QCoreApplication::translate("RaterOverlay", "%1 (none on this frame)").arg(layer.rater)
                                               : layer.rater,
                      layer.colour, true};
    const QFontMetrics fm(painter.font());
    const int swatch = 22;
    int textWidth = 0;
    for (const Line& l : lines)
        textWidth = std::max(textWidth, fm.horizontalAdvance(l.text));
    const int lineHeight = fm.height() + 4;
    const QRectF box(view.width() - textWidth - swatch - 26, 8, textWidth + swatch + 18, lines.size() * lineHeight + 8);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 180));
    painter.drawRoundedRect(box, 4, 4);
    for (int i = 0; i < lines.size(); ++i) {
        const double y = box.top() + 4 + i * lineHeight + lineHeight / 2.0;
        QPen pen(lines[i].colour, 2.5, lines[i].dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left() + 6, y), QPointF(box.left() + 6 + swatch, y));
        painter.setPen(lines[i].colour);
        painter.drawText(QRectF(box.left() + swatch + 12, y - lineHeight / 2.0, textWidth + 4, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, lines[i].text);
    }
    m_legend = box;
    painter.restore();
}

} // namespace ns::ui
