#include "appicons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QtMath>
#include <functional>

namespace glossa {

namespace {

using Painter = std::function<void(QPainter &, const QRectF &, const QPalette &)>;

QIcon paint(const Painter &painter)
{
    QIcon icon;
    const QPalette palette = QApplication::palette();
    for (const int size : {16, 22, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        painter(p, QRectF(0, 0, size, size), palette);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const qreal outer = box.width() / 2;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : inner;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF point(centre.x() + radius * qCos(angle), centre.y() + radius * qSin(angle) + outer * 0.08);
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

} // namespace

QIcon AppIcons::star()
{
    return paint([](QPainter &p, const QRectF &r, const QPalette &) {
        p.setPen(QPen(QColor(0xb8, 0x86, 0x0b), r.width() / 16));
        p.setBrush(QColor(0xf5, 0xb7, 0x01));
        p.drawPath(starPath(r.adjusted(r.width() * 0.06, r.width() * 0.06, -r.width() * 0.06, -r.width() * 0.06)));
    });
}

QIcon AppIcons::readState()
{
    // An open circle with a check: "read".
    return paint([](QPainter &p, const QRectF &r, const QPalette &palette) {
        const qreal w = r.width();
        p.setPen(QPen(palette.color(QPalette::Highlight), w / 10, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(w * 0.1, w * 0.1, -w * 0.1, -w * 0.1));
        QPainterPath check;
        check.moveTo(w * 0.3, w * 0.52);
        check.lineTo(w * 0.45, w * 0.67);
        check.lineTo(w * 0.72, w * 0.36);
        p.drawPath(check);
    });
}

QIcon AppIcons::import()
{
    // A page with an arrow coming in.
    return paint([](QPainter &p, const QRectF &r, const QPalette &palette) {
        const qreal w = r.width();
        const QColor ink = palette.color(QPalette::WindowText);
        p.setPen(QPen(ink, w / 14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(palette.color(QPalette::Base));
        p.drawRoundedRect(QRectF(w * 0.22, w * 0.08, w * 0.56, w * 0.72), w * 0.06, w * 0.06);
        p.setPen(QPen(palette.color(QPalette::Highlight), w / 9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(w * 0.5, w * 0.3), QPointF(w * 0.5, w * 0.9));
        QPainterPath head;
        head.moveTo(w * 0.32, w * 0.72);
        head.lineTo(w * 0.5, w * 0.9);
        head.lineTo(w * 0.68, w * 0.72);
        p.setBrush(Qt::NoBrush);
        p.drawPath(head);
    });
}

QIcon AppIcons::repeatedClaim(const QColor &verdict)
{
    // Two arrows chasing each other round a circle, in the verdict's colour: "said again".
    return paint([verdict](QPainter &p, const QRectF &r, const QPalette &) {
        const qreal w = r.width();
        const QRectF ring = r.adjusted(w * 0.2, w * 0.2, -w * 0.2, -w * 0.2);
        p.setPen(QPen(verdict, w / 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        // Qt's angles are sixteenths of a degree, counter-clockwise from three o'clock.
        p.drawArc(ring, 20 * 16, 140 * 16);
        p.drawArc(ring, 200 * 16, 140 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(verdict);
        const qreal radius = ring.width() / 2;
        const QPointF centre = ring.center();
        for (const qreal degrees : {20.0, 200.0}) {
            // An arrowhead at the end of each arc, pointing on round the circle (clockwise).
            const qreal a = qDegreesToRadians(degrees);
            const QPointF tip(centre.x() + radius * qCos(a), centre.y() - radius * qSin(a));
            const QPointF along(qSin(a), qCos(a)); // clockwise tangent
            const QPointF out(qCos(a), -qSin(a));
            const qreal size = w * 0.17;
            QPainterPath head;
            head.moveTo(tip + along * size);
            head.lineTo(tip + out * size);
            head.lineTo(tip - out * size);
            head.closeSubpath();
            p.drawPath(head);
        }
    });
}

QIcon AppIcons::application()
{
    // The same drawing as resources/icons/io.glossa.Glossa.svg: a page with a highlighted line.
    return paint([](QPainter &p, const QRectF &r, const QPalette &) {
        const qreal w = r.width();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2f, 0x5d, 0x8a));
        p.drawRoundedRect(QRectF(w * 0.06, w * 0.06, w * 0.88, w * 0.88), w * 0.16, w * 0.16);
        p.setBrush(QColor(0xfa, 0xfa, 0xf7));
        p.drawRoundedRect(QRectF(w * 0.24, w * 0.16, w * 0.52, w * 0.68), w * 0.05, w * 0.05);
        p.setBrush(QColor(0xff, 0xd5, 0x4f));
        p.drawRect(QRectF(w * 0.3, w * 0.42, w * 0.4, w * 0.1));
        p.setBrush(QColor(0x9a, 0xa5, 0xb1));
        for (const qreal y : {0.26, 0.34, 0.58, 0.66})
            p.drawRect(QRectF(w * 0.3, w * y, y > 0.6 ? w * 0.3 : w * 0.4, w * 0.045));
    });
}

} // namespace glossa
