#pragma once
// Shows one frame and lets the user look at it: wheel zoom around the cursor, pan by
// dragging (middle button, or left button in pan mode), Fit and 1:1, and right-drag for
// window/level (reported as drag deltas; the owner decides what they mean). Smooth
// resampling while the image is shown small, nearest-neighbour once pixels are big, so
// they stay crisp. Overlays paint on top in widget coordinates.

#include "ui/viewer/ViewTransform.h"

#include <QImage>
#include <QList>
#include <QWidget>

namespace ns::ui {

class ViewOverlay;

class ImageView : public QWidget {
    Q_OBJECT
public:
    enum class LeftDrag { Pan, None };
    // At and above this scale pixels are drawn as crisp blocks (nearest neighbour).
    static constexpr double kNearestFromScale = 2.0;

    explicit ImageView(QWidget* parent = nullptr);

    // `image` is what to show (any format; RGB32 paints fastest); `frameIndex` is reported
    // back through framePainted() once the frame is on screen.
    void setImage(const QImage& image, int frameIndex);
    void clear();
    // Frame `frameIndex` cannot be shown: its place shows `message` (geometry and zoom stay).
    void setFailure(int frameIndex, const QString& message);
    QString failure() const { return m_failure; }
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    int frameIndex() const { return m_frameIndex; }
    const QImage& image() const { return m_image; }

    QPointF mapToImage(QPointF widget) const { return m_transform.mapToImage(widget); }
    QPointF mapFromImage(QPointF image) const { return m_transform.mapFromImage(image); }
    const ViewTransform& viewTransform() const { return m_transform; }

    double zoom() const { return m_transform.scale(); }
    bool isFitMode() const { return m_fitMode; }
    bool isSmoothScaling() const;
    void setZoom(double scale, QPointF widgetAnchor);
    void zoomBy(double factor, QPointF widgetAnchor);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void oneToOne();

    void setLeftDrag(LeftDrag mode) { m_leftDrag = mode; }
    void addOverlay(ViewOverlay* overlay); // not owned
    void removeOverlay(ViewOverlay* overlay) { m_overlays.removeAll(overlay); }
    void setPlaceholderText(const QString& text);

signals:
    void zoomChanged(double scale);
    void framePainted(int frameIndex);
    void cursorMoved(QPointF imagePos);
    void cursorLeft();
    void windowDragStarted();
    // Total movement since the right button went down, in widget pixels.
    void windowDragged(QPoint totalDelta);
    void windowDragFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void applyZoom(double scale, QPointF anchor);
    QPointF viewportCentre() const { return QPointF(width() / 2.0, height() / 2.0); }

    enum class Drag { None, Pan, Window };
    QImage m_image;
    int m_frameIndex = -1;
    int m_paintedFrame = -1;
    ViewTransform m_transform;
    bool m_fitMode = true;
    LeftDrag m_leftDrag = LeftDrag::Pan;
    Drag m_drag = Drag::None;
    QPoint m_dragStart;
    QPoint m_lastPos;
    QList<ViewOverlay*> m_overlays;
    QString m_placeholder;
    QString m_failure;
};

} // namespace ns::ui
