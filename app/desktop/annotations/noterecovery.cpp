#include "noterecovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace glossa {

namespace {

QJsonObject readAll()
{
    QFile file(NoteRecovery::filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeAll(const QJsonObject &all)
{
    const QString path = NoteRecovery::filePath();
    if (all.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    return file.commit();
}

} // namespace

QString NoteRecovery::filePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("glossa/unsaved-notes.json"));
}

bool NoteRecovery::keep(const QString &library, qint64 articleId, const QString &note)
{
    QJsonObject all = readAll();
    QJsonObject notes = all.value(library).toObject();
    notes.insert(QString::number(articleId), note);
    all.insert(library, notes);
    return writeAll(all);
}

void NoteRecovery::forget(const QString &library, qint64 articleId)
{
    QJsonObject all = readAll();
    QJsonObject notes = all.value(library).toObject();
    if (!notes.contains(QString::number(articleId)))
        return;
    notes.remove(QString::number(articleId));
    if (notes.isEmpty())
        all.remove(library);
    else
        all.insert(library, notes);
    writeAll(all);
}

std::optional<QString> NoteRecovery::recovered(const QString &library, qint64 articleId)
{
    const QJsonValue note = readAll().value(library).toObject().value(QString::number(articleId));
    if (!note.isString())
        return std::nullopt;
    return note.toString();
}

} // namespace glossa
