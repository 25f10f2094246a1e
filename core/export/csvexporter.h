#pragma once

#include "model/exportdata.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace glossa {

// One row per annotation for spreadsheets: RFC 4180 (CRLF records, quoted cells where needed),
// UTF-8 with a BOM so Excel reads it as UTF-8, and cells that a spreadsheet would evaluate as a
// formula (starting with = + - @, tab or CR) prefixed with a single quote.
class CsvExporter
{
public:
    QByteArray write(const QList<ExportedArticle> &articles) const;

    static QStringList header();
    // One cell, neutralised against formula injection and quoted as RFC 4180 requires.
    static QString cell(const QString &value);
    // One record: the cells neutralised, quoted where needed, joined, and the CRLF that ends it.
    static QString record(const QStringList &cells);
    // Joins several values (tags, evidence lines) into one cell's value.
    static QString joinList(const QStringList &values) { return values.join(QStringLiteral("; ")); }
};

} // namespace glossa
