#pragma once
// Two explanations of the same frame next to each other (say occlusion and LIME), each
// with its own colour bar, to see where methods agree before trusting either.

#include "ui/explain/ExplainController.h"

#include <QWidget>

class QLabel;

namespace ns::ui {

class ColourBar;

class SideBySideView : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideView(QWidget* parent = nullptr);
    void showOutcome(const ExplainOutcome& outcome, double opacity);
    int panes() const { return m_shown; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    struct Pane {
        QLabel* title = nullptr;
        QLabel* image = nullptr;
        ColourBar* bar = nullptr;
        QImage overlay;
    };
    Pane m_panes[2];
    int m_shown = 0;
};

} // namespace ns::ui
