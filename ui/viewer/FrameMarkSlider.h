#pragma once
// The cine's frame slider with marks under its groove: one small coloured bar per marked
// frame (which frames hold contours and of which kind, in the annotation's colours), taller
// for key frames. Hovering a mark names its frame and kind; the slider's tooltip carries
// the legend. The viewer knows nothing of contours: the marks arrive ready to draw.

#include <QColor>
#include <QList>
#include <QSlider>
#include <QString>

namespace ns::ui {

struct FrameMark {
    int frame = 0;
    QColor colour;
    bool key = false;  // drawn taller
    QString text;      // hover text, e.g. "manual (key frame), 2 contours"
};

class FrameMarkSlider : public QSlider {
    Q_OBJECT
public:
    static constexpr int kMarkHeight = 6; // px below the groove; key frames taller

    explicit FrameMarkSlider(QWidget* parent = nullptr);

    // `legend`: rich text appended to the base tooltip; empty marks remove both.
    void setMarks(const QList<FrameMark>& marks, const QString& legend);
    const QList<FrameMark>& marks() const { return m_marks; }
    void setBaseToolTip(const QString& tip);
    // The x centre of `frame` on this slider (the handle's centre there), widget px.
    int xOfFrame(int frame) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    const FrameMark* markAt(QPoint pos) const;
    QList<FrameMark> m_marks;
    QString m_base;
    QString m_legend;
};

} // namespace ns::ui
