#include "ui/workspace/StudyItemDelegate.h"

#include "ui/workspace/StudyListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ns::ui {

namespace {
constexpr int kPad = 6;
constexpr int kAccent = 3; // the bar marking the study open in the viewer

QFont scaledFont(QFont f, double factor)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * factor)));
    return f;
}
} // namespace

StudyItemDelegate::StudyItemDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor StudyItemDelegate::statusColor(annotation::ReviewStatus status)
{
    switch (status) {
    case annotation::ReviewStatus::Unlabelled: return QColor(0x5f, 0x66, 0x6e);
    case annotation::ReviewStatus::AI: return QColor(0x7b, 0x5c, 0xd6);
    case annotation::ReviewStatus::Corrected: return QColor(0xd0, 0x8a, 0x1e);
    case annotation::ReviewStatus::Approved: return QColor(0x2e, 0x9e, 0x5b);
    }
    return Qt::gray;
}

QSize StudyItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    const int text = 4 * fm.height() + 3 * 3 + 4; // name, badge, count, detail lines
    return {kThumbWidth + 3 * kPad + 160, qMax(kThumbHeight, text) + 2 * kPad};
}

void StudyItemDelegate::paint(QPainter* p, const QStyleOptionViewItem& optionIn, const QModelIndex& index) const
{
    QStyleOptionViewItem option = optionIn;
    initStyleOption(&option, index);
    option.text.clear(); // the style draws the background and selection; the rest is ours
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, p, widget);

    const auto status = annotation::ReviewStatus(index.data(StudyListModel::StatusRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.72);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    if (index.data(StudyListModel::CurrentRole).toBool())
        p->fillRect(QRect(option.rect.left(), option.rect.top() + 2, kAccent, option.rect.height() - 4), pal.color(QPalette::Link));

    const QRect thumb(r.left() + kAccent, r.top() + (r.height() - kThumbHeight) / 2, kThumbWidth, kThumbHeight);
    paintThumbnail(p, thumb, index, pal);

    const int x = thumb.right() + kPad + 4;
    const int w = r.right() - x;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fmBold(bold), fm(option.font);
    int y = r.top() + 1;
    p->setFont(bold);
    p->setPen(text);
    p->drawText(QRect(x, y, w, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fmBold.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, w));
    y += fmBold.height() + 3;

    const QFont small = scaledFont(option.font, 0.9);
    // Beside the badge: a missing file (in red), then the grade a person gave.
    int besideBadge = paintBadge(p, QPoint(x, y), status, small) + 6;
    auto beside = [&](const QString& note, const QColor& colour) {
        const QFontMetrics fmNote(small);
        p->setFont(small);
        p->setPen(colour);
        const int room = qMax(0, x + w - besideBadge);
        p->drawText(QRect(besideBadge, y, room, fmNote.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
                    fmNote.elidedText(note, Qt::ElideRight, room));
        besideBadge += fmNote.horizontalAdvance(note) + 8;
    };
    if (index.data(StudyListModel::FileMissingRole).toBool())
        beside(tr("file missing"), QColor(0xff, 0x8a, 0x80));
    if (const QString grade = index.data(StudyListModel::GradeTextRole).toString(); !grade.isEmpty())
        beside(grade, text);
    y += QFontMetrics(small).height() + 4 + 3;

    p->setFont(option.font);
    p->setPen(text);
    const QString counts = index.data(StudyListModel::AnnotatedTextRole).toString();
    p->drawText(QRect(x, y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(counts, Qt::ElideRight, w));
    y += fm.height() + 3;

    p->setFont(small);
    p->setPen(dim);
    const QFontMetrics fmSmall(small);
    p->drawText(QRect(x, y, w, fmSmall.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fmSmall.elidedText(index.data(StudyListModel::DetailTextRole).toString(), Qt::ElideRight, w));
    p->restore();
}

void StudyItemDelegate::paintThumbnail(QPainter* p, const QRect& box, const QModelIndex& index, const QPalette& pal) const
{
    p->fillRect(box, QColor(0x10, 0x11, 0x13));
    const QImage image = index.data(StudyListModel::ThumbnailRole).value<QImage>();
    if (!image.isNull()) {
        const QSize s = image.size().scaled(box.size(), Qt::KeepAspectRatio);
        const QRect target(box.left() + (box.width() - s.width()) / 2, box.top() + (box.height() - s.height()) / 2, s.width(), s.height());
        p->save();
        p->setRenderHint(QPainter::SmoothPixmapTransform);
        p->drawImage(target, image);
        p->restore();
        return;
    }
    const QFont f = scaledFont(p->font(), 0.85);
    p->setFont(f);
    if (index.data(StudyListModel::ThumbnailPendingRole).toBool()) {
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(box, Qt::AlignCenter, tr("Loading…"));
        return;
    }
    // No picture: say so plainly; the row's tooltip carries the full reason.
    const bool missing = index.data(StudyListModel::FileMissingRole).toBool();
    const QColor warn(0xff, 0x8a, 0x80);
    p->setPen(QPen(warn, 1, Qt::DashLine));
    p->drawRect(box.adjusted(0, 0, -1, -1));
    p->setPen(warn);
    QFont big = scaledFont(f, 1.8);
    big.setBold(true);
    p->setFont(big);
    const QRect upper(box.left(), box.top() + 6, box.width(), box.height() / 2);
    p->drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("!"));
    p->setFont(f);
    p->drawText(QRect(box.left() + 4, box.center().y() + 4, box.width() - 8, box.height() / 2 - 6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                missing ? tr("File missing") : tr("Cannot read file"));
}

int StudyItemDelegate::paintBadge(QPainter* p, QPoint topLeft, annotation::ReviewStatus status, const QFont& font) const
{
    const QString label = StudyListModel::statusText(status);
    const QFontMetrics fm(font);
    const QRect badge(topLeft, QSize(fm.horizontalAdvance(label) + 14, fm.height() + 4));
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    p->fillPath(path, statusColor(status));
    p->setFont(font);
    p->setPen(Qt::white);
    p->drawText(badge, Qt::AlignCenter, label);
    return badge.right();
}

} // namespace ns::ui
