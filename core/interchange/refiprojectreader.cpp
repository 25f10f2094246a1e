#include "refiprojectreader.h"

#include <QHash>
#include <QMap>
#include <QXmlStreamReader>

namespace glossa {

namespace {

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(RefiProjectReader)
public:
    Parser(const QByteArray &xml, const RefiProjectReader::Limits &limits) : m_xml(xml), m_limits(limits) {}

    bool parse(RefiProject *project, QString *error)
    {
        if (!nextStartElement()) {
            *error = m_error.isEmpty() ? tr("it is not a QDA-XML project: it holds no element") : m_error;
            return false;
        }
        if (m_xml.name() != QLatin1String("Project")) {
            *error = tr("it is not a QDA-XML project: its root element is <%1>, not <Project>").arg(m_xml.name());
            return false;
        }
        project->name = attribute("name");
        project->origin = attribute("origin");
        project->creatingUser = attribute("creatingUserGUID");
        project->created = time("creationDateTime");
        while (ok() && nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("Users"))
                readList("User", [&] { project->users.append({attribute("guid"), attribute("name")}); skip(); });
            else if (name == QLatin1String("CodeBook"))
                readCodeBook(project);
            else if (name == QLatin1String("Variables"))
                readList("Variable", [&] { project->variables.append(readVariable()); });
            else if (name == QLatin1String("Sources"))
                readSources(project);
            else if (name == QLatin1String("Notes"))
                readList("Note", [&] {
                    if (++m_notes > m_limits.maxNotes)
                        return refuse(tr("it holds more than %1 notes").arg(m_limits.maxNotes));
                    const RefiSource note = readSource(QStringLiteral("Note"));
                    project->notes.append({note.guid, note.name, note.creatingUser, note.created, note.plainTextContent});
                });
            else if (name == QLatin1String("Sets"))
                readList("Set", [&] { project->sets.append(readSet()); });
            else if (name == QLatin1String("NoteRef")) {
                project->projectNoteRefs.append(attribute("targetGUID"));
                skip();
            } else
                unsupported(project, name.toString());
        }
        if (m_xml.hasError() && m_error.isEmpty())
            m_error = tr("the XML is malformed at line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString());
        if (!m_error.isEmpty()) {
            *error = m_error;
            *project = RefiProject();
            return false;
        }
        for (auto it = m_skipped.cbegin(); it != m_skipped.cend(); ++it)
            project->unsupported << tr("%1 (%n element(s))", nullptr, it.value()).arg(it.key());
        return true;
    }

private:
    bool ok() const { return m_error.isEmpty() && !m_xml.hasError(); }

    void refuse(const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = reason;
        m_xml.raiseError(reason);
    }

    // The next start element at any depth, refusing a DTD on the way.
    bool nextStartElement()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                refuse(tr("it declares a DTD, which a QDA-XML project never needs (entities are refused)"));
                return false;
            }
            if (token == QXmlStreamReader::StartElement)
                return true;
        }
        return false;
    }

    // The next child of the current element; false at its end.
    bool nextChild()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                refuse(tr("it declares a DTD, which a QDA-XML project never needs (entities are refused)"));
                return false;
            }
            if (token == QXmlStreamReader::StartElement)
                return true;
            if (token == QXmlStreamReader::EndElement)
                return false;
        }
        return false;
    }

    void skip() { m_xml.skipCurrentElement(); }

    void unsupported(RefiProject *, const QString &name)
    {
        m_skipped[name] += 1;
        skip();
    }

    template<typename Each>
    void readList(const char *child, Each each)
    {
        while (ok() && nextChild()) {
            if (m_xml.name() == QLatin1String(child))
                each();
            else
                skip();
        }
    }

    QString attribute(const char *name) const { return m_xml.attributes().value(QLatin1String(name)).toString(); }

    QDateTime time(const char *name) const
    {
        const QString text = attribute(name);
        return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    void readCodeBook(RefiProject *project)
    {
        while (ok() && nextChild()) {
            if (m_xml.name() == QLatin1String("Codes"))
                readCodes(&project->codes, 1);
            else
                skip();
        }
    }

    void readCodes(QList<RefiCode> *codes, int depth)
    {
        while (ok() && nextChild()) {
            if (m_xml.name() == QLatin1String("Code"))
                readCode(codes, depth);
            else
                skip();
        }
    }

    // One <Code> whose start element has just been read.
    void readCode(QList<RefiCode> *codes, int depth)
    {
        if (depth > m_limits.maxCodeDepth) {
            refuse(tr("its codes are nested more than %1 levels deep").arg(m_limits.maxCodeDepth));
            return;
        }
        if (++m_codes > m_limits.maxCodes) {
            refuse(tr("it holds more than %1 codes").arg(m_limits.maxCodes));
            return;
        }
        RefiCode code;
        code.guid = attribute("guid");
        code.name = attribute("name");
        code.color = attribute("color");
        code.codable = attribute("isCodable") != QLatin1String("false");
        while (ok() && nextChild()) {
            if (m_xml.name() == QLatin1String("Code"))
                readCode(&code.children, depth + 1);
            else if (m_xml.name() == QLatin1String("Description"))
                code.description = text();
            else
                skip();
        }
        codes->append(code);
    }

    RefiVariable readVariable()
    {
        RefiVariable variable;
        variable.guid = attribute("guid");
        variable.name = attribute("name");
        static const QHash<QString, RefiVariable::Type> types{
            {QStringLiteral("Text"), RefiVariable::Type::Text},         {QStringLiteral("Boolean"), RefiVariable::Type::Boolean},
            {QStringLiteral("Integer"), RefiVariable::Type::Integer},   {QStringLiteral("Float"), RefiVariable::Type::Float},
            {QStringLiteral("Date"), RefiVariable::Type::Date},         {QStringLiteral("DateTime"), RefiVariable::Type::DateTime}};
        variable.type = types.value(attribute("typeOfVariable"), RefiVariable::Type::Text);
        while (ok() && nextChild()) {
            if (m_xml.name() == QLatin1String("Description"))
                variable.description = text();
            else
                skip();
        }
        return variable;
    }

    RefiSet readSet()
    {
        RefiSet set;
        set.guid = attribute("guid");
        set.name = attribute("name");
        while (ok() && nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("Description")) {
                set.description = text();
                continue;
            }
            if (name == QLatin1String("MemberSource"))
                set.memberSources.append(attribute("targetGUID"));
            else if (name == QLatin1String("MemberCode"))
                ++set.memberCodes;
            else if (name == QLatin1String("MemberNote"))
                ++set.memberNotes;
            skip();
        }
        return set;
    }

    void readSources(RefiProject *project)
    {
        while (ok() && nextChild()) {
            if (++m_sources > m_limits.maxSources) {
                refuse(tr("it holds more than %1 sources").arg(m_limits.maxSources));
                return;
            }
            project->sources.append(readSource(m_xml.name().toString()));
        }
    }

    RefiCoding readCoding()
    {
        RefiCoding coding;
        coding.guid = attribute("guid");
        coding.creatingUser = attribute("creatingUser");
        coding.created = time("creationDateTime");
        while (ok() && nextChild()) {
            if (m_xml.name() == QLatin1String("CodeRef"))
                coding.codeGuid = attribute("targetGUID");
            skip();
        }
        return coding;
    }

    // A TextSource (or a Note, of the same type), or any other source, whose start was just read.
    RefiSource readSource(const QString &element)
    {
        RefiSource source;
        source.element = element;
        source.guid = attribute("guid");
        source.name = attribute("name");
        source.plainTextPath = attribute("plainTextPath");
        source.richTextPath = attribute("richTextPath");
        if (source.richTextPath.isEmpty())
            source.richTextPath = attribute("path");
        source.creatingUser = attribute("creatingUser");
        source.created = time("creationDateTime");
        source.modified = time("modifiedDateTime");
        while (ok() && nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("Description")) {
                source.description = text();
            } else if (name == QLatin1String("PlainTextContent")) {
                source.hasPlainTextContent = true;
                source.plainTextContent = text();
            } else if (name == QLatin1String("PlainTextSelection")) {
                if (++m_selections > m_limits.maxSelections)
                    refuse(tr("it holds more than %1 selections").arg(m_limits.maxSelections));
                else
                    source.selections.append(readSelection());
            } else if (name == QLatin1String("Coding")) {
                source.codings.append(readCoding());
            } else if (name == QLatin1String("NoteRef")) {
                source.noteRefs.append(attribute("targetGUID"));
                skip();
            } else if (name == QLatin1String("VariableValue")) {
                source.values.append(readValue());
            } else if (name.endsWith(QLatin1String("Selection"))) {
                ++source.otherSelections;
                skip();
            } else {
                skip(); // a PDF's or picture's TextDescription, a transcript: not carried
            }
        }
        return source;
    }

    RefiSelection readSelection()
    {
        RefiSelection selection;
        selection.guid = attribute("guid");
        bool startOk = false, endOk = false;
        selection.start = attribute("startPosition").toLongLong(&startOk);
        selection.end = attribute("endPosition").toLongLong(&endOk);
        if (!startOk || !endOk) {
            selection.start = -1;
            selection.end = -1;
        }
        selection.creatingUser = attribute("creatingUser");
        selection.created = time("creationDateTime");
        selection.modified = time("modifiedDateTime");
        while (ok() && nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("Description"))
                selection.description = text();
            else if (name == QLatin1String("Coding"))
                selection.codings.append(readCoding());
            else {
                if (name == QLatin1String("NoteRef"))
                    selection.noteRefs.append(attribute("targetGUID"));
                skip();
            }
        }
        return selection;
    }

    RefiVariableValue readValue()
    {
        RefiVariableValue value;
        while (ok() && nextChild()) {
            if (m_xml.name() == QLatin1String("VariableRef")) {
                value.variableGuid = attribute("targetGUID");
                skip();
            } else {
                value.value = text();
            }
        }
        return value;
    }

    QXmlStreamReader m_xml;
    RefiProjectReader::Limits m_limits;
    QString m_error;
    QMap<QString, int> m_skipped;
    int m_codes = 0;
    int m_sources = 0;
    int m_selections = 0;
    int m_notes = 0;
};

} // namespace

bool RefiProjectReader::read(const QByteArray &xml, RefiProject *project, QString *error)
{
    return read(xml, project, error, Limits());
}

bool RefiProjectReader::read(const QByteArray &xml, RefiProject *project, QString *error, const Limits &limits)
{
    *project = RefiProject();
    Parser parser(xml, limits);
    return parser.parse(project, error);
}

} // namespace glossa
