#pragma once
// The heatmap's colour scale: the Turbo ramp from "no support" to the map's maximum, with
// the values at both ends and what they measure, so a colour can be read as a number.

#include "inference/explain/ExplainOptions.h"

#include <QWidget>

namespace ns::ui {

// What a method's heatmap values measure, for the colour bar's caption.
QString heatQuantity(inference::explain::Method method, inference::explain::Score score);

class ColourBar : public QWidget {
    Q_OBJECT
public:
    explicit ColourBar(QWidget* parent = nullptr);
    void setRange(double lo, double hi, const QString& quantity);
    void clear();
    QSize sizeHint() const override { return {220, 40}; }
    QSize minimumSizeHint() const override { return {120, 40}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_lo = 0, m_hi = 1;
    QString m_quantity;
    bool m_valid = false;
};

} // namespace ns::ui
