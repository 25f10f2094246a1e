#pragma once

#include <QByteArray>
#include <QList>
#include <QMimeData>
#include <QString>

namespace glossa {

// Articles dragged out of the headline list: their ids, in the list's order. A private MIME
// type, so only Glossa's own drop targets (the collections) accept them.
namespace ArticleIdsMime {

inline QString type()
{
    return QStringLiteral("application/x-glossa-article-ids");
}

inline QMimeData *encode(const QList<qint64> &articleIds)
{
    QByteArray bytes;
    for (qint64 id : articleIds) {
        if (!bytes.isEmpty())
            bytes += ',';
        bytes += QByteArray::number(id);
    }
    auto *data = new QMimeData;
    data->setData(type(), bytes);
    return data;
}

// Anything that is not a positive number is skipped: drops can come from other processes.
inline QList<qint64> decode(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(type()))
        return ids;
    for (const QByteArray &part : data->data(type()).split(',')) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace ArticleIdsMime

} // namespace glossa
