#pragma once
// The raters of the workspace beside the image: a checklist of the other raters whose
// contours are shown (read-only, each in its colour), and the agreement of two raters on
// the frame on screen (Dice, Hausdorff in px and, where calibrated, mm) from core's
// agreementOnFrame.

#include "core/annotation/Agreement.h"

#include <QSet>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;

namespace ns::ui {

class AnnotationSession;
class ImageView;

class RatersPanel : public QWidget {
    Q_OBJECT
public:
    RatersPanel(AnnotationSession* session, ImageView* view, QWidget* parent = nullptr);

    // Every rater of the workspace (for colours) and the other raters ticked to be shown.
    QStringList allRaters() const { return m_all; }
    QStringList shownRaters() const;
    void setShown(const QString& rater, bool shown);
    // Compare these two raters (either may be empty: the panel picks).
    void compare(const QString& raterA, const QString& raterB);
    std::optional<annotation::Agreement> agreement() const { return m_agreement; }
    QString raterA() const;
    QString raterB() const;

    QListWidget* list() const { return m_list; }
    QLabel* resultLabel() const { return m_result; }

public slots:
    void refresh();

signals:
    void shownChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateAgreement();
    void fillCombo(QComboBox* combo, const QString& keep);

    AnnotationSession* m_session;
    ImageView* m_view;
    QListWidget* m_list;
    QComboBox* m_a;
    QComboBox* m_b;
    QLabel* m_result;
    QStringList m_all;
    QSet<QString> m_hidden; // others are shown unless unticked
    std::optional<annotation::Agreement> m_agreement;
    bool m_filling = false;
};

} // namespace ns::ui
