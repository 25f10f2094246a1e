#include "refiqda.h"

#include <QUuid>

namespace glossa::RefiQda {

namespace {
// Glossa's namespace for REFI-QDA GUIDs (a random v4 UUID, fixed forever).
const QUuid kNamespace(QStringLiteral("{6b1f4c2e-93d7-4a58-b0e6-2c9d8f1a7e34}"));
} // namespace

QString derivedGuid(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

QString normalizedGuid(const QString &guid)
{
    const QUuid uuid = QUuid::fromString(guid.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace glossa::RefiQda
