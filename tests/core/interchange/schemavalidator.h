#pragma once

// Validates XML against an XML Schema with libxml2 (Debian's libxml2-dev): the REFI-QDA
// files Glossa writes are checked against the standard's own XSD, not against what Glossa
// believes it says.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

namespace glossa::testing {

class SchemaValidator
{
public:
    explicit SchemaValidator(const QString &xsdPath)
    {
        QFile file(xsdPath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems << QStringLiteral("cannot read %1").arg(xsdPath);
            return;
        }
        const QByteArray xsd = file.readAll();
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(xsd.constData(), int(xsd.size()));
        xmlSchemaSetParserStructuredErrors(parser, &SchemaValidator::collect, this);
        m_schema = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
        if (!m_schema)
            m_problems.prepend(QStringLiteral("the schema %1 does not compile").arg(xsdPath));
    }
    ~SchemaValidator()
    {
        if (m_schema)
            xmlSchemaFree(m_schema);
    }
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    // Empty when the document is valid; else libxml2's messages, one a line.
    QStringList problems(const QByteArray &xml)
    {
        if (!m_schema)
            return m_problems;
        m_problems.clear();
        // No network, no entity substitution: the document is only validated.
        xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), "document.xml", nullptr, XML_PARSE_NONET);
        if (!doc)
            return {QStringLiteral("the document is not well-formed XML")};
        xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(m_schema);
        xmlSchemaSetValidStructuredErrors(context, &SchemaValidator::collect, this);
        const int result = xmlSchemaValidateDoc(context, doc);
        xmlSchemaFreeValidCtxt(context);
        xmlFreeDoc(doc);
        if (result != 0 && m_problems.isEmpty())
            m_problems << QStringLiteral("invalid (libxml2 code %1)").arg(result);
        return m_problems;
    }

private:
    static void collect(void *self, xmlErrorPtr error)
    {
        if (error && error->message)
            static_cast<SchemaValidator *>(self)->m_problems
                << QStringLiteral("line %1: %2").arg(error->line).arg(QString::fromUtf8(error->message).trimmed());
    }

    xmlSchemaPtr m_schema = nullptr;
    QStringList m_problems;
};

} // namespace glossa::testing
