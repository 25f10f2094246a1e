#pragma once

#include "review/agreementreport.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace glossa {

// The agreement figures as files for the desk's records: a CSV (one row per pair, then one per
// pair and article; RFC 4180, UTF-8 with a BOM, cells neutralised as CsvExporter does) and a
// self-contained HTML page (every name and title escaped). An undefined figure is an empty
// cell or "—", never 0.
class AgreementExporter
{
public:
    // \a titles: article titles by id, for the per-article rows.
    static QByteArray csv(const QList<AgreementPair> &pairs, const QHash<qint64, QString> &titles);
    static QByteArray html(const QList<AgreementPair> &pairs, const QHash<qint64, QString> &titles,
                           const QString &scope);
};

} // namespace glossa
