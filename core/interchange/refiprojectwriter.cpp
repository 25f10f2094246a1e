#include "refiprojectwriter.h"

#include "refiqda.h"

#include <QXmlStreamWriter>

namespace glossa {

namespace {

// Text as XML 1.0 may hold it: a control character (a scraped title's vertical tab) or a lone
// surrogate would make the whole file unreadable to every tool, so each becomes U+FFFD.
QString xmlSafe(const QString &text)
{
    QString safe = text;
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const char16_t c = safe.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < safe.size() && safe.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const bool allowed = c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
        if (!allowed)
            safe[i] = QChar::ReplacementCharacter;
    }
    return safe;
}

void optionalAttribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeAttribute(name, xmlSafe(value));
}

void optionalTime(QXmlStreamWriter &xml, const QString &name, const QDateTime &when)
{
    if (when.isValid())
        xml.writeAttribute(name, when.toUTC().toString(Qt::ISODate));
}

// An element of text, its carriage returns as "&#13;": a reader turns a raw "\r\n" into "\n"
// (XML's end-of-line rule), and a note written with CRLF must come back as it was.
void textElement(QXmlStreamWriter &xml, const QString &element, const QString &text)
{
    xml.writeStartElement(element);
    const QStringList pieces = text.split(QLatin1Char('\r'));
    for (int i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(QStringLiteral("#13"));
        xml.writeCharacters(xmlSafe(pieces.at(i)));
    }
    xml.writeEndElement();
}

void description(QXmlStreamWriter &xml, const QString &text)
{
    if (!text.isEmpty())
        textElement(xml, QStringLiteral("Description"), text);
}

void reference(QXmlStreamWriter &xml, const QString &element, const QString &guid)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(QStringLiteral("targetGUID"), guid);
}

void writeCode(QXmlStreamWriter &xml, const RefiCode &code)
{
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), code.guid);
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(code.name));
    xml.writeAttribute(QStringLiteral("isCodable"), code.codable ? QStringLiteral("true") : QStringLiteral("false"));
    optionalAttribute(xml, QStringLiteral("color"), code.color);
    description(xml, code.description);
    for (const RefiCode &child : code.children)
        writeCode(xml, child);
    xml.writeEndElement();
}

void writeCodes(QXmlStreamWriter &xml, const QList<RefiCode> &codes)
{
    xml.writeStartElement(QStringLiteral("Codes"));
    for (const RefiCode &code : codes)
        writeCode(xml, code);
    xml.writeEndElement();
}

void writeCoding(QXmlStreamWriter &xml, const RefiCoding &coding)
{
    xml.writeStartElement(QStringLiteral("Coding"));
    xml.writeAttribute(QStringLiteral("guid"), coding.guid);
    optionalAttribute(xml, QStringLiteral("creatingUser"), coding.creatingUser);
    optionalTime(xml, QStringLiteral("creationDateTime"), coding.created);
    reference(xml, QStringLiteral("CodeRef"), coding.codeGuid);
    xml.writeEndElement();
}

QString typeName(RefiVariable::Type type)
{
    switch (type) {
    case RefiVariable::Type::Text:
        return QStringLiteral("Text");
    case RefiVariable::Type::Boolean:
        return QStringLiteral("Boolean");
    case RefiVariable::Type::Integer:
        return QStringLiteral("Integer");
    case RefiVariable::Type::Float:
        return QStringLiteral("Float");
    case RefiVariable::Type::Date:
        return QStringLiteral("Date");
    case RefiVariable::Type::DateTime:
        return QStringLiteral("DateTime");
    }
    return QStringLiteral("Text");
}

QString valueElement(RefiVariable::Type type)
{
    return typeName(type) + QStringLiteral("Value");
}

void writeSource(QXmlStreamWriter &xml, const RefiSource &source, const QHash<QString, RefiVariable::Type> &types)
{
    xml.writeStartElement(QStringLiteral("TextSource"));
    xml.writeAttribute(QStringLiteral("guid"), source.guid);
    optionalAttribute(xml, QStringLiteral("name"), source.name);
    optionalAttribute(xml, QStringLiteral("plainTextPath"), source.plainTextPath);
    optionalAttribute(xml, QStringLiteral("creatingUser"), source.creatingUser);
    optionalTime(xml, QStringLiteral("creationDateTime"), source.created);
    optionalTime(xml, QStringLiteral("modifiedDateTime"), source.modified);
    description(xml, source.description);
    if (source.hasPlainTextContent)
        textElement(xml, QStringLiteral("PlainTextContent"), source.plainTextContent);
    for (const RefiSelection &selection : source.selections) {
        xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        xml.writeAttribute(QStringLiteral("guid"), selection.guid);
        xml.writeAttribute(QStringLiteral("startPosition"), QString::number(selection.start));
        xml.writeAttribute(QStringLiteral("endPosition"), QString::number(selection.end));
        optionalAttribute(xml, QStringLiteral("creatingUser"), selection.creatingUser);
        optionalTime(xml, QStringLiteral("creationDateTime"), selection.created);
        optionalAttribute(xml, QStringLiteral("modifyingUser"), selection.modified.isValid() ? selection.creatingUser : QString());
        optionalTime(xml, QStringLiteral("modifiedDateTime"), selection.modified);
        description(xml, selection.description);
        for (const RefiCoding &coding : selection.codings)
            writeCoding(xml, coding);
        for (const QString &note : selection.noteRefs)
            reference(xml, QStringLiteral("NoteRef"), note);
        xml.writeEndElement();
    }
    for (const RefiCoding &coding : source.codings)
        writeCoding(xml, coding);
    for (const QString &note : source.noteRefs)
        reference(xml, QStringLiteral("NoteRef"), note);
    for (const RefiVariableValue &value : source.values) {
        xml.writeStartElement(QStringLiteral("VariableValue"));
        reference(xml, QStringLiteral("VariableRef"), value.variableGuid);
        xml.writeTextElement(valueElement(types.value(value.variableGuid)), xmlSafe(value.value));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

QByteArray RefiProjectWriter::project(const RefiProject &project)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(RefiQda::kProjectNamespace);
    xml.writeStartElement(RefiQda::kProjectNamespace, QStringLiteral("Project"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(project.name));
    optionalAttribute(xml, QStringLiteral("origin"), project.origin);
    optionalAttribute(xml, QStringLiteral("creatingUserGUID"), project.creatingUser);
    optionalTime(xml, QStringLiteral("creationDateTime"), project.created);

    if (!project.users.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Users"));
        for (const RefiUser &user : project.users) {
            xml.writeEmptyElement(QStringLiteral("User"));
            xml.writeAttribute(QStringLiteral("guid"), user.guid);
            optionalAttribute(xml, QStringLiteral("name"), user.name);
        }
        xml.writeEndElement();
    }
    if (!project.codes.isEmpty()) {
        xml.writeStartElement(QStringLiteral("CodeBook"));
        writeCodes(xml, project.codes);
        xml.writeEndElement();
    }
    QHash<QString, RefiVariable::Type> types;
    if (!project.variables.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Variables"));
        for (const RefiVariable &variable : project.variables) {
            types.insert(variable.guid, variable.type);
            xml.writeStartElement(QStringLiteral("Variable"));
            xml.writeAttribute(QStringLiteral("guid"), variable.guid);
            xml.writeAttribute(QStringLiteral("name"), xmlSafe(variable.name));
            xml.writeAttribute(QStringLiteral("typeOfVariable"), typeName(variable.type));
            description(xml, variable.description);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!project.sources.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Sources"));
        for (const RefiSource &source : project.sources)
            writeSource(xml, source, types);
        xml.writeEndElement();
    }
    if (!project.notes.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Notes"));
        for (const RefiNote &note : project.notes) {
            xml.writeStartElement(QStringLiteral("Note"));
            xml.writeAttribute(QStringLiteral("guid"), note.guid);
            optionalAttribute(xml, QStringLiteral("name"), note.name);
            optionalAttribute(xml, QStringLiteral("creatingUser"), note.creatingUser);
            optionalTime(xml, QStringLiteral("creationDateTime"), note.created);
            textElement(xml, QStringLiteral("PlainTextContent"), note.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (!project.sets.isEmpty()) {
        xml.writeStartElement(QStringLiteral("Sets"));
        for (const RefiSet &set : project.sets) {
            xml.writeStartElement(QStringLiteral("Set"));
            xml.writeAttribute(QStringLiteral("guid"), set.guid);
            xml.writeAttribute(QStringLiteral("name"), xmlSafe(set.name));
            description(xml, set.description);
            for (const QString &source : set.memberSources)
                reference(xml, QStringLiteral("MemberSource"), source);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray RefiProjectWriter::codebook(const QList<RefiCode> &codes, const QString &origin)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(RefiQda::kCodebookNamespace);
    xml.writeStartElement(RefiQda::kCodebookNamespace, QStringLiteral("CodeBook"));
    optionalAttribute(xml, QStringLiteral("origin"), origin);
    writeCodes(xml, codes);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace glossa
