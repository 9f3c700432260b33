#pragma once
// The study's facts beside the image: what the source says about itself (SourceInfo
// attributes), its calibration region by region, and any frames that cannot be decoded.

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ns::media {
class FrameSource;
}

namespace ns::ui {

class MetadataPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget* parent = nullptr);

    void showSource(const media::FrameSource* source); // nullptr clears
    QSize sizeHint() const override { return QSize(340, 480); }
    QTableWidget* attributesTable() const { return m_attributes; }
    QTableWidget* calibrationTable() const { return m_calibration; }
    QLabel* calibrationSummary() const { return m_calibrationSummary; }
    QLabel* damagedLabel() const { return m_damaged; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showCalibration(const media::FrameSource& source);
    void showDamaged(const media::FrameSource& source);

    QTableWidget* m_attributes = nullptr;
    QLabel* m_calibrationSummary = nullptr;
    QTableWidget* m_calibration = nullptr;
    QLabel* m_damagedTitle = nullptr;
    QLabel* m_damaged = nullptr;
};

} // namespace ns::ui
