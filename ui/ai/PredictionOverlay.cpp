#include "ui/ai/PredictionOverlay.h"

#include "ui/viewer/ImageView.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace ns::ui {

void PredictionOverlay::paint(QPainter& painter, const ImageView& view)
{
    if (!m_visible || m_predictions.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_predictions.size(); ++i) {
        const Prediction& p = m_predictions[i];
        QPolygonF shown;
        for (const QPointF& v : p.vertices)
            shown << view.mapFromImage(v);
        // A dark underlay keeps the dashes readable on bright speckle.
        painter.setPen(QPen(QColor(0, 0, 0, 160), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(shown);
        QPen dashed(colour(), 2, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(dashed);
        painter.setBrush(QColor(255, 176, 0, 40));
        painter.drawPolygon(shown);
        const QRectF box = shown.boundingRect();
        const QString label = QCoreApplication::translate("PredictionOverlay", "AI %1 · %2%")
                                  .arg(i + 1).arg(qRound(p.meanProbability * 100));
        const QPointF at(box.left(), box.top() - 6);
        QPainterPath text;
        text.addText(at, painter.font(), label);
        painter.setPen(QPen(QColor(0, 0, 0, 200), 3));
        painter.drawPath(text);
        painter.fillPath(text, colour());
    }
    painter.restore();
}

} // namespace ns::ui
