#include "noterecovery.h"

#include "model/annotation.h"

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

bool NoteRecovery::keep(const QString &library, const QString &key, const QString &note)
{
    QJsonObject all = readAll();
    QJsonObject notes = all.value(library).toObject();
    notes.insert(key, note);
    all.insert(library, notes);
    return writeAll(all);
}

void NoteRecovery::forget(const QString &library, const QString &key)
{
    QJsonObject all = readAll();
    QJsonObject notes = all.value(library).toObject();
    if (!notes.contains(key))
        return;
    notes.remove(key);
    if (notes.isEmpty())
        all.remove(library);
    else
        all.insert(library, notes);
    writeAll(all);
}

std::optional<QString> NoteRecovery::recovered(const QString &library, const QString &key)
{
    const QJsonValue note = readAll().value(library).toObject().value(key);
    if (!note.isString())
        return std::nullopt;
    return note.toString();
}

QString NoteRecovery::annotationKey(const Annotation &annotation)
{
    if (!annotation.uuid.isEmpty())
        return QStringLiteral("annotation %1").arg(annotation.uuid);
    return QStringLiteral("new annotation %1 %2-%3").arg(annotation.articleId).arg(annotation.anchor.start).arg(annotation.anchor.end);
}

} // namespace glossa
