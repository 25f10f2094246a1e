#include "layoutprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace glossa {

namespace {

bool isTrimmable(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E: // bidi embeddings
    case 0x2066: case 0x2067: case 0x2068: case 0x2069: // bidi isolates
    case 0xFEFF:
        return true;
    default:
        return c.isSpace();
    }
}

bool readStringList(const QJsonObject &object, const QString &key, QStringList *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("\"%1\" is not an array of strings").arg(key);
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *error = QStringLiteral("\"%1\" is not an array of strings").arg(key);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool readString(const QJsonObject &object, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = QStringLiteral("\"%1\" is not a string").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

int digitsValue(QStringView digits)
{
    // \d matches any Unicode decimal digit (the pattern is compiled with Unicode
    // properties), so Arabic-Indic dates "١٢ - ٠٢ - ٢٠٢٥" work too.
    int value = 0;
    for (QChar c : digits) {
        const int d = c.digitValue();
        if (d < 0 || value > 100000)
            return -1;
        value = value * 10 + d;
    }
    return digits.isEmpty() ? -1 : value;
}

} // namespace

QString LayoutProfile::trimLine(QStringView line)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && isTrimmable(line.at(begin)))
        ++begin;
    while (end > begin && isTrimmable(line.at(end - 1)))
        --end;
    return line.mid(begin, end - begin).toString();
}

QString LayoutProfile::matchKey(QStringView line)
{
    QString key = trimLine(line).simplified();
    key.replace(QChar(0x2019), u'\'');
    key.replace(QChar(0x2018), u'\'');
    key.replace(QChar(0x02BC), u'\'');
    return key.toCaseFolded();
}

LayoutProfile LayoutProfile::fallbackGeneric()
{
    LayoutProfile profile;
    profile.m_name = QStringLiteral("generic");
    profile.m_finalPunctuation = {QStringLiteral("."), QStringLiteral("!"), QStringLiteral("?"),
                                  QStringLiteral("…"), QStringLiteral(":"), QStringLiteral(";"),
                                  QStringLiteral("؟"), QStringLiteral("؛"), QStringLiteral("»"),
                                  QStringLiteral("\""), QStringLiteral("”")};
    return profile;
}

LayoutProfile LayoutProfile::fromJson(const QByteArray &json, QString *error)
{
    QString reason;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return LayoutProfile();
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("invalid JSON (%1 at offset %2)")
                        .arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();

    LayoutProfile profile;
    QString provenance;
    QString direction;
    QStringList boilerplate;
    QStringList footers;
    if (!readString(object, QStringLiteral("name"), &profile.m_name, &reason)
        || !readString(object, QStringLiteral("language"), &profile.m_language, &reason)
        || !readString(object, QStringLiteral("direction"), &direction, &reason)
        || !readString(object, QStringLiteral("provenance"), &provenance, &reason)
        || !readString(object, QStringLiteral("tickerSeparator"), &profile.m_tickerSeparator, &reason)
        || !readStringList(object, QStringLiteral("boilerplate"), &boilerplate, &reason)
        || !readStringList(object, QStringLiteral("footers"), &footers, &reason))
        return fail(reason);
    profile.m_name = profile.m_name.trimmed();
    if (profile.m_name.isEmpty())
        return fail(QStringLiteral("missing \"name\""));

    if (direction.isEmpty() || direction == QLatin1String("auto"))
        profile.m_direction = Qt::LayoutDirectionAuto;
    else if (direction == QLatin1String("ltr"))
        profile.m_direction = Qt::LeftToRight;
    else if (direction == QLatin1String("rtl"))
        profile.m_direction = Qt::RightToLeft;
    else
        return fail(QStringLiteral("\"direction\" must be \"ltr\", \"rtl\" or \"auto\""));

    if (!provenance.isEmpty()) {
        profile.m_provenance = QRegularExpression(provenance, QRegularExpression::UseUnicodePropertiesOption);
        if (!profile.m_provenance.isValid())
            return fail(QStringLiteral("invalid provenance pattern (%1)")
                            .arg(profile.m_provenance.errorString()));
        const QStringList groups = profile.m_provenance.namedCaptureGroups();
        for (const char *group : {"source", "day", "month", "year"}) {
            if (!groups.contains(QLatin1String(group)))
                return fail(QStringLiteral("provenance pattern lacks the named group \"%1\"")
                                .arg(QLatin1String(group)));
        }
        profile.m_provenance.optimize();
    }

    for (const QString &line : std::as_const(boilerplate))
        profile.m_boilerplate.insert(matchKey(line));
    for (const QString &line : std::as_const(footers))
        profile.m_footers.insert(matchKey(line));
    profile.m_boilerplate.remove(QString());
    profile.m_footers.remove(QString());
    for (const QString &key : std::as_const(profile.m_boilerplate))
        profile.m_boilerplateMaxKey = qMax(profile.m_boilerplateMaxKey, int(key.size()));
    for (const QString &key : std::as_const(profile.m_footers))
        profile.m_footerMaxKey = qMax(profile.m_footerMaxKey, int(key.size()));

    const QJsonValue heading = object.value(QStringLiteral("heading"));
    if (!heading.isUndefined() && !heading.isNull()) {
        if (!heading.isObject())
            return fail(QStringLiteral("\"heading\" is not an object"));
        const QJsonObject h = heading.toObject();
        const QJsonValue maxLength = h.value(QStringLiteral("maxLength"));
        if (!maxLength.isUndefined()) {
            if (!maxLength.isDouble() || maxLength.toDouble() < 0 || maxLength.toDouble() > 100000)
                return fail(QStringLiteral("\"heading.maxLength\" is not a non-negative number"));
            profile.m_headingMaxLength = maxLength.toInt();
        }
        if (!readStringList(h, QStringLiteral("finalPunctuation"), &profile.m_finalPunctuation, &reason))
            return fail(QStringLiteral("heading: %1").arg(reason));
        profile.m_finalPunctuation.removeAll(QString());
    } else {
        profile.m_finalPunctuation = fallbackGeneric().m_finalPunctuation;
    }
    return profile;
}

ProvenanceMatch LayoutProfile::matchProvenance(const QString &line) const
{
    ProvenanceMatch result;
    if (!hasProvenance())
        return result;
    const QRegularExpressionMatch match = m_provenance.match(line);
    if (!match.hasMatch())
        return result;
    result.source = trimLine(match.capturedView(QStringLiteral("source")));
    if (result.source.isEmpty())
        return result;
    result.matched = true;
    const int day = digitsValue(match.capturedView(QStringLiteral("day")));
    const int month = digitsValue(match.capturedView(QStringLiteral("month")));
    int year = digitsValue(match.capturedView(QStringLiteral("year")));
    if (year >= 0 && year < 100)
        year += 2000; // "12 - 02 - 25": the dumps are all from this century
    if (day > 0 && month > 0 && year >= 1000)
        result.published = QDate(year, month, day); // QDate rejects 31 - 02 itself
    return result;
}

bool LayoutProfile::keyLongerThan(QStringView line, int maxKey)
{
    // Counts a lower bound of the key's length: whitespace collapses, other characters stay
    // (simple case folding never shortens a string); format characters such as bidi marks may
    // be trimmed away, so they are not counted.
    int visible = 0;
    for (QChar c : line) {
        if (!c.isSpace() && c.category() != QChar::Other_Format && ++visible > maxKey)
            return true;
    }
    return false;
}

bool LayoutProfile::isBoilerplate(const QString &line) const
{
    if (m_boilerplate.isEmpty() || keyLongerThan(line, m_boilerplateMaxKey))
        return false;
    return m_boilerplate.contains(matchKey(line));
}

bool LayoutProfile::isFooter(const QString &line) const
{
    if (m_footers.isEmpty() || keyLongerThan(line, m_footerMaxKey))
        return false;
    return m_footers.contains(matchKey(line));
}

bool LayoutProfile::isTicker(const QString &rawLine) const
{
    if (m_tickerSeparator.isEmpty() || !rawLine.contains(m_tickerSeparator))
        return false;
    // Only ASCII spaces are cut before the comparison: the separator may itself be
    // made of no-break spaces that trimLine would remove, or end in a space (" | ").
    auto chopAsciiSpaces = [](QStringView view) {
        while (!view.isEmpty() && (view.back() == u' ' || view.back() == u'\t'))
            view.chop(1);
        return view;
    };
    const QStringView separatorEnd = chopAsciiSpaces(m_tickerSeparator);
    if (rawLine.endsWith(m_tickerSeparator)
        || (!separatorEnd.isEmpty() && chopAsciiSpaces(rawLine).endsWith(separatorEnd)))
        return true;
    return splitTicker(rawLine).size() >= 3;
}

QStringList LayoutProfile::splitTicker(const QString &rawLine) const
{
    QStringList headlines;
    if (m_tickerSeparator.isEmpty())
        return headlines;
    for (QStringView part : QStringView(rawLine).split(m_tickerSeparator)) {
        const QString headline = trimLine(part);
        if (!headline.isEmpty())
            headlines.append(headline);
    }
    return headlines;
}

bool LayoutProfile::looksLikeHeading(const QString &line) const
{
    if (line.isEmpty() || line.size() > m_headingMaxLength)
        return false;
    for (const QString &mark : m_finalPunctuation) {
        if (line.endsWith(mark))
            return false;
    }
    for (QChar c : line) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace glossa
