#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

// A REFI-QDA project (QDA-XML 1.0, "urn:QDA-XML:project:1.0") as plain data: what
// RefiProjectWriter writes and RefiProjectReader reads, and nothing Glossa does not use.
// GUIDs are kept as the file spells them; RefiQda::normalizedGuid compares them.

struct RefiUser
{
    QString guid;
    QString name;
};

struct RefiCode
{
    QString guid;
    QString name;
    QString color; // "#rrggbb", or empty
    bool codable = true;
    QString description;
    QList<RefiCode> children;
};

struct RefiCoding
{
    QString guid;
    QString codeGuid;
    QString creatingUser;
    QDateTime created;
};

struct RefiSelection
{
    QString guid;
    qint64 start = 0; // Unicode code points, half-open
    qint64 end = 0;
    QString creatingUser;
    QDateTime created;
    QDateTime modified;
    QString description;
    QList<RefiCoding> codings;
    QStringList noteRefs;
};

struct RefiVariable
{
    enum class Type { Text, Boolean, Integer, Float, Date, DateTime };
    QString guid;
    QString name;
    Type type = Type::Text;
    QString description;
};

struct RefiVariableValue
{
    QString variableGuid;
    QString value; // as written: text, or an xsd:date "2025-03-03"
};

struct RefiSource
{
    // Only TextSource is read as text; the others are named so that skipping them can be said.
    QString element = QStringLiteral("TextSource");
    QString guid;
    QString name;
    QString plainTextPath; // "internal://…", "relative://…", "absolute://…", or empty
    QString richTextPath;
    bool hasPlainTextContent = false;
    QString plainTextContent;
    QString creatingUser;
    QDateTime created;
    QDateTime modified;
    QString description;
    QList<RefiSelection> selections;
    QList<RefiCoding> codings; // of the whole source
    QStringList noteRefs;
    QList<RefiVariableValue> values;
    int otherSelections = 0; // PDF, picture or media selections: not carried
};

struct RefiNote
{
    QString guid;
    QString name;
    QString creatingUser;
    QDateTime created;
    QString text;
};

struct RefiSet
{
    QString guid;
    QString name;
    QString description;
    QStringList memberSources;
    int memberCodes = 0;
    int memberNotes = 0;
};

struct RefiProject
{
    QString name;
    QString origin; // the writing program, e.g. "ATLAS.ti 23.1"
    QString creatingUser;
    QDateTime created;
    QList<RefiUser> users;
    QList<RefiCode> codes;
    QList<RefiVariable> variables;
    QList<RefiSource> sources;
    QList<RefiNote> notes;
    QList<RefiSet> sets;
    QStringList projectNoteRefs;
    // Parts of the file Glossa does not carry, one line each ("2 Cases", "Links", …).
    QStringList unsupported;
};

} // namespace glossa
