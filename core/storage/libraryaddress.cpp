#include "libraryaddress.h"

#include <QRegularExpression>

#include <libpq-fe.h>

#include <memory>

namespace glossa {

namespace {

// A value in a libpq connection string: quoted, with \ and ' escaped.
QString quotedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool LibraryAddress::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<LibraryAddress> LibraryAddress::parse(const QString &text, QString *error)
{
    auto refuse = [&](const QString &reason) -> std::optional<LibraryAddress> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    LibraryAddress address;
    address.m_text = text;
    if (!looksLikeServer(text)) {
        // A scheme (two letters or more, so that C:\ stays a path) other than PostgreSQL's.
        static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
        if (scheme.match(text).hasMatch())
            return refuse(QStringLiteral("%1 is not a library: an address on a server starts with postgresql://, "
                                         "anything else is a file's path")
                              .arg(text));
        if (text.trimmed().isEmpty())
            return refuse(QStringLiteral("no library was named"));
        return address;
    }
    address.m_kind = Kind::Server;
    char *message = nullptr;
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(utf8.constData(), &message),
                                                                              &PQconninfoFree);
    if (!options) {
        const QString reason = message ? QString::fromUtf8(message).simplified() : QStringLiteral("out of memory");
        PQfreemem(message);
        return refuse(QStringLiteral("%1 is not a valid server address: %2").arg(address.displayText(), reason));
    }
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString value = QString::fromUtf8(option->val);
        // QPSQL reads ';' in its options as a separator: such a value cannot reach libpq whole.
        if (value.contains(QLatin1Char(';')))
            return refuse(QStringLiteral("%1: the setting %2 contains ';', which Qt's PostgreSQL driver cannot pass on")
                              .arg(address.displayText(), QString::fromUtf8(option->keyword)));
        address.m_parameters.append({QString::fromUtf8(option->keyword), value});
    }
    return address;
}

QString LibraryAddress::parameter(const QString &keyword) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key == keyword)
            return value;
    }
    return QString();
}

QString LibraryAddress::connectionString() const
{
    QStringList pairs;
    for (const auto &[key, value] : m_parameters)
        pairs << key + QLatin1Char('=') + quotedValue(value);
    return pairs.join(QLatin1Char(' '));
}

QString LibraryAddress::displayText() const
{
    if (m_kind == Kind::File && !looksLikeServer(m_text))
        return m_text;
    // postgresql://user:secret@host → postgresql://user@host; ?password=… and &password=… go.
    QString shown = m_text;
    static const QRegularExpression userPassword(QStringLiteral("^(postgres(?:ql)?://[^:/@?]*):[^@/?]*@"),
                                                 QRegularExpression::CaseInsensitiveOption);
    shown.replace(userPassword, QStringLiteral("\\1@"));
    static const QRegularExpression passwordParameter(QStringLiteral("([?&])password=[^&]*&?"));
    shown.replace(passwordParameter, QStringLiteral("\\1"));
    if (shown.endsWith(QLatin1Char('?')) || shown.endsWith(QLatin1Char('&')))
        shown.chop(1);
    return shown;
}

QString LibraryAddress::place() const
{
    const QString host = parameter(QStringLiteral("host")).isEmpty() ? parameter(QStringLiteral("hostaddr"))
                                                                     : parameter(QStringLiteral("host"));
    const QString service = parameter(QStringLiteral("service"));
    return QStringLiteral("%1@%2:%3/%4%5")
        .arg(parameter(QStringLiteral("user")), host, parameter(QStringLiteral("port")),
             parameter(QStringLiteral("dbname")), service.isEmpty() ? QString() : QStringLiteral(" (service %1)").arg(service));
}

} // namespace glossa
