#pragma once
// Draws the AI's undecided contours on the frame on screen, dashed in amber with the
// model's confidence, so they never look like a person's solid contours.

#include "ui/ai/AiController.h"
#include "ui/viewer/ViewOverlay.h"

#include <QColor>

namespace ns::ui {

class PredictionOverlay : public ViewOverlay {
public:
    static QColor colour() { return QColor(255, 176, 0); }

    void setPredictions(QList<Prediction> predictions) { m_predictions = std::move(predictions); }
    void setVisible(bool visible) { m_visible = visible; }
    void paint(QPainter& painter, const ImageView& view) override;

private:
    QList<Prediction> m_predictions;
    bool m_visible = true;
};

} // namespace ns::ui
