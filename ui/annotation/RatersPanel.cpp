#include "ui/annotation/RatersPanel.h"

#include "core/annotation/RaterAgreement.h"
#include "core/workspace/AuditLog.h"
#include "core/workspace/Workspace.h"
#include "ui/annotation/AnnotationSession.h"
#include "ui/annotation/RaterOverlay.h"
#include "ui/viewer/ImageView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace ns::ui {

namespace {
QIcon swatch(const QColor& colour)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(Qt::black);
    p.setBrush(colour);
    p.drawRect(1, 1, 11, 11);
    return QIcon(pm);
}
} // namespace

RatersPanel::RatersPanel(AnnotationSession* session, ImageView* view, QWidget* parent)
    : QWidget(parent), m_session(session), m_view(view), m_list(new QListWidget(this)), m_a(new QComboBox(this)),
      m_b(new QComboBox(this)), m_result(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("ratersList"));
    m_list->setToolTip(tr("Tick the raters whose contours are shown over the image (read-only, dashed, in their colour)"));
    m_list->setMaximumHeight(84);
    m_a->setObjectName(QStringLiteral("agreementRaterA"));
    m_b->setObjectName(QStringLiteral("agreementRaterB"));
    m_a->setToolTip(tr("First rater of the comparison"));
    m_b->setToolTip(tr("Second rater of the comparison"));
    m_result->setObjectName(QStringLiteral("agreementResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setToolTip(tr("Dice similarity (1 = identical masks) and the Hausdorff distance (largest distance "
                            "between the two outlines) of the two raters' contours on this frame"));

    auto* shown = new QGroupBox(tr("Show Raters"), this);
    auto* shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(6, 6, 6, 6);
    shownLayout->addWidget(m_list);
    auto* agreement = new QGroupBox(tr("Agreement on This Frame"), this);
    auto* form = new QFormLayout(agreement);
    form->setContentsMargins(6, 6, 6, 6);
    form->addRow(tr("Rater A:"), m_a);
    form->addRow(tr("Rater B:"), m_b);
    form->addRow(m_result);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(shown);
    layout->addWidget(agreement);
    layout->addStretch(1);

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        setShown(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    for (QComboBox* c : {m_a, m_b})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                updateAgreement();
        });
    connect(session, &AnnotationSession::contoursReloaded, this, &RatersPanel::refresh);
    connect(session, &AnnotationSession::stateChanged, this, &RatersPanel::refresh);
    refresh();
}

QStringList RatersPanel::shownRaters() const
{
    QStringList out;
    const QString own = m_session->editingRater();
    for (const QString& r : m_all)
        if (r != own && !m_hidden.contains(r))
            out << r;
    return out;
}

void RatersPanel::setShown(const QString& rater, bool shown)
{
    if (shown == !m_hidden.contains(rater))
        return;
    if (shown)
        m_hidden.remove(rater);
    else
        m_hidden.insert(rater);
    refresh();
    emit shownChanged();
}

QString RatersPanel::raterA() const { return m_a->currentText(); }
QString RatersPanel::raterB() const { return m_b->currentText(); }

void RatersPanel::compare(const QString& raterA, const QString& raterB)
{
    m_filling = true;
    if (!raterA.isEmpty())
        m_a->setCurrentIndex(m_a->findText(raterA));
    if (!raterB.isEmpty())
        m_b->setCurrentIndex(m_b->findText(raterB));
    m_filling = false;
    updateAgreement();
}

void RatersPanel::fillCombo(QComboBox* combo, const QString& keep)
{
    combo->clear();
    combo->addItems(m_all);
    for (int i = 0; i < m_all.size(); ++i)
        combo->setItemIcon(i, swatch(m_all[i] == m_session->editingRater() ? RaterOverlay::ownColour()
                                                                          : RaterOverlay::colourFor(m_all[i], m_all)));
    combo->setCurrentIndex(std::max(0, int(m_all.indexOf(keep))));
}

void RatersPanel::refresh()
{
    auto* ws = m_session->workspace();
    const QString own = m_session->editingRater();
    m_all = ws ? ns::workspace::raterNames(*ws) : QStringList();
    if (!own.isEmpty() && !m_all.contains(own))
        m_all << own; // chosen, but nothing stored under the name yet
    QHash<QString, int> onFrame;
    for (const auto& row : m_session->rows())
        ++onFrame[row.contour.rater];

    m_filling = true;
    m_list->clear();
    for (const QString& r : std::as_const(m_all)) {
        if (r == own)
            continue;
        auto* item = new QListWidgetItem(swatch(RaterOverlay::colourFor(r, m_all)),
                                         tr("%1 — %n contour(s) on this frame", nullptr, onFrame.value(r)).arg(r), m_list);
        item->setData(Qt::UserRole, r);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_hidden.contains(r) ? Qt::Unchecked : Qt::Checked);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("No other raters in this workspace yet."), m_list);

    // Keep the user's pair; by default compare oneself with the first other rater on the frame.
    QString a = m_a->currentText(), b = m_b->currentText();
    if (!m_all.contains(a))
        a = own;
    if (!m_all.contains(b) || b == a) {
        b.clear();
        for (const QString& r : std::as_const(m_all))
            if (r != a && (b.isEmpty() || (onFrame.value(r) > 0 && onFrame.value(b) == 0)))
                b = r;
    }
    fillCombo(m_a, a);
    fillCombo(m_b, b);
    m_filling = false;
    updateAgreement();
}

void RatersPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateAgreement();
}

void RatersPanel::updateAgreement()
{
    m_agreement.reset();
    if (!isVisible())
        return; // rasterising two masks per frame shown is only worth it when someone looks
    auto* ws = m_session->workspace();
    const QString a = raterA(), b = raterB();
    if (!ws || m_session->studyId() <= 0 || !m_view->hasImage()) {
        m_result->setText(tr("Open a study in a workspace to compare raters."));
        return;
    }
    if (a.isEmpty() || b.isEmpty() || a == b) {
        m_result->setText(tr("Choose two different raters."));
        return;
    }
    QString error;
    m_agreement = annotation::agreementOnFrame(*ws, m_session->studyId(), m_session->frame(), a, b, m_view->imageSize(),
                                               &m_session->calibration(), &error);
    if (!m_agreement) {
        m_result->setText(tr("Cannot compare: %1").arg(error));
        return;
    }
    const annotation::Agreement& g = *m_agreement;
    if (!g.dice) {
        m_result->setText(tr("Neither %1 nor %2 has a contour on this frame.").arg(a, b));
        return;
    }
    QString hd;
    if (!g.hausdorffPx)
        hd = tr("— (only one of them contoured this frame)");
    else if (g.hausdorffMm)
        hd = tr("%1 px = %2 mm").arg(*g.hausdorffPx, 0, 'f', 1).arg(*g.hausdorffMm, 0, 'f', 2);
    else
        hd = tr("%1 px (no mm: %2)").arg(*g.hausdorffPx, 0, 'f', 1).arg(g.noPhysicalReason);
    m_result->setText(tr("<b>DSC</b> %1<br><b>Hausdorff</b> %2<br><small>%3 px² by %4, %5 px² by %6, %7 px² by both</small>")
                          .arg(*g.dice, 0, 'f', 3).arg(hd.toHtmlEscaped())
                          .arg(g.pixelsA).arg(a.toHtmlEscaped()).arg(g.pixelsB).arg(b.toHtmlEscaped()).arg(g.pixelsBoth));
}

} // namespace ns::ui
