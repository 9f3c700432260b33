#pragma once
// Other raters' contours on the frame, read-only, each rater in a colour of their own
// (dashed, so one's own editable contours stay distinct beneath them), with a legend in
// the view's top-right corner that names every rater shown and marks one's own.

#include "ui/viewer/ViewOverlay.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QPolygonF>
#include <QString>

namespace ns::ui {

class ImageView;

class RaterOverlay : public ViewOverlay {
public:
    struct Layer {
        QString rater;
        QColor colour;
        QList<QPolygonF> contours; // image px
    };

    explicit RaterOverlay(ImageView* view);

    // `own` is the editing rater, drawn by the contour tools in `ownColour`; it is only
    // named in the legend. Repaints the view.
    void setLayers(const QString& own, const QColor& ownColour, const QList<Layer>& others);
    const QList<Layer>& layers() const { return m_layers; }
    // Widget rectangle of the legend at the last paint (empty when none was drawn).
    QRectF legendRect() const { return m_legend; }

    // A colour per rater, stable for a workspace: the rater's place among its raters picks
    // it, skipping the tools' own amber and cyan.
    static QColor colourFor(const QString& rater, const QStringList& allRaters);
    // ContourToolLayer's colour of the editable (own) contours, for legends and swatches.
    static QColor ownColour() { return QColor(255, 196, 0); }

    void paint(QPainter& painter, const ImageView& view) override;

private:
    QPointer<ImageView> m_view;
    QString m_own;
    QColor m_ownColour;
    QList<Layer> m_layers;
    QRectF m_legend;
};

} // namespace ns::ui
