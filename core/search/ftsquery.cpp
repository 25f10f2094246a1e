#include "ftsquery.h"

#include <QStringList>

namespace glossa {

namespace {

struct Term
{
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool excluded = false;
    bool orOperator = false;
};

// FTS5 string literal: double quotes inside are doubled; nothing else is special inside one.
QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Keeps letters, marks and digits; anything else separates words as the unicode61 tokenizer
// would, so a term never holds characters that would make FTS5 see an empty phrase.
QString tokenText(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    const int n = int(raw.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = raw.at(i);
        // A character outside the BMP is a surrogate pair; a lone surrogate (cut from a broken
        // page) is not text at all, and SQLite refuses a string literal holding one.
        if (c.isHighSurrogate() && i + 1 < n && raw.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, raw.at(i + 1));
            if (QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4)) {
                out += c;
                out += raw.at(i + 1);
            } else {
                out += QLatin1Char(' ');
            }
            ++i;
        } else if (!c.isSurrogate() && (c.isLetterOrNumber() || c.isMark())) {
            out += c;
        } else {
            out += QLatin1Char(' ');
        }
    }
    return out.simplified();
}

QList<Term> tokenize(const QString &input)
{
    QList<Term> terms;
    int i = 0;
    const int n = int(input.size());
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            ++i;
            continue;
        }
        Term term;
        if (c == QLatin1Char('-') && i + 1 < n && !input.at(i + 1).isSpace()) {
            term.excluded = true;
            ++i;
        }
        if (i < n && input.at(i) == QLatin1Char('"')) {
            const int close = input.indexOf(QLatin1Char('"'), i + 1);
            const int end = close < 0 ? n : close;
            term.text = input.mid(i + 1, end - i - 1);
            term.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            int end = i;
            while (end < n && !input.at(end).isSpace() && input.at(end) != QLatin1Char('"'))
                ++end;
            QString word = input.mid(i, end - i);
            i = end;
            if (!term.excluded && word == QLatin1String("OR")) {
                term.orOperator = true;
                terms.append(term);
                continue;
            }
            if (word.endsWith(QLatin1Char('*'))) {
                term.prefix = true;
                while (word.endsWith(QLatin1Char('*')))
                    word.chop(1);
            }
            term.text = word;
        }
        term.text = tokenText(term.text);
        if (!term.text.isEmpty())
            terms.append(term);
    }
    return terms;
}

} // namespace

QString FtsQuery::toMatchExpression(const QString &userText)
{
    // Bound the work: nobody types more than this into a search box.
    const QList<Term> terms = tokenize(userText.left(2000));
    QStringList positive; // groups joined by AND; a group is terms joined by OR
    QStringList excluded;
    QStringList group;
    bool pendingOr = false;
    for (const Term &term : terms) {
        if (term.orOperator) {
            pendingOr = !group.isEmpty();
            continue;
        }
        QString expression = literal(term.text);
        if (term.prefix && !term.phrase)
            expression += QLatin1Char('*');
        if (term.excluded) {
            excluded << expression;
            continue;
        }
        if (pendingOr || group.isEmpty()) {
            group << expression;
        } else {
            positive << (group.size() > 1 ? QLatin1Char('(') + group.join(QLatin1String(" OR ")) + QLatin1Char(')')
                                          : group.first());
            group = QStringList{expression};
        }
        pendingOr = false;
    }
    if (!group.isEmpty())
        positive << (group.size() > 1 ? QLatin1Char('(') + group.join(QLatin1String(" OR ")) + QLatin1Char(')')
                                      : group.first());
    // FTS5 cannot evaluate a pure negation; excluded words alone search for nothing.
    if (positive.isEmpty())
        return QString();
    QString expression = positive.join(QLatin1String(" AND "));
    if (!excluded.isEmpty())
        expression = QLatin1Char('(') + expression + QLatin1Char(')');
    for (const QString &term : excluded)
        expression += QLatin1String(" NOT ") + term;
    return expression;
}

std::optional<QString> FtsQuery::replacePrefixes(const QString &match, const PrefixTerms &termsOf)
{
    QString out;
    out.reserve(match.size());
    bool replaced = false;
    const int n = int(match.size());
    int i = 0;
    while (i < n) {
        if (match.at(i) != QLatin1Char('"')) {
            out += match.at(i++);
            continue;
        }
        // A literal: up to the next quote that is not doubled.
        QString text;
        int j = i + 1;
        for (; j < n; ++j) {
            if (match.at(j) != QLatin1Char('"')) {
                text += match.at(j);
            } else if (j + 1 < n && match.at(j + 1) == QLatin1Char('"')) {
                text += QLatin1Char('"');
                ++j;
            } else {
                break;
            }
        }
        if (j >= n)
            return std::nullopt; // unterminated: not an expression toMatchExpression() made
        const bool prefix = j + 1 < n && match.at(j + 1) == QLatin1Char('*');
        if (!prefix) {
            out += match.mid(i, j + 1 - i);
            i = j + 1;
            continue;
        }
        if (text.contains(QLatin1Char(' ')))
            return std::nullopt;
        const std::optional<QStringList> terms = termsOf(text);
        if (!terms || terms->isEmpty())
            return std::nullopt;
        QStringList literals;
        for (const QString &term : *terms)
            literals << literal(term);
        out += literals.size() == 1 ? literals.first()
                                    : QLatin1Char('(') + literals.join(QLatin1String(" OR ")) + QLatin1Char(')');
        replaced = true;
        i = j + 2;
    }
    if (!replaced)
        return std::nullopt;
    return out;
}

QString FtsQuery::toTsQuery(const QString &match)
{
    // A lexeme in quotes: a literal holds letters, marks, digits and spaces only (tokenText),
    // but quote and backslash are escaped all the same.
    auto lexeme = [](QString word) {
        word.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + word + QLatin1Char('\'');
    };
    QString out;
    const int n = int(match.size());
    int i = 0;
    while (i < n) {
        const QChar c = match.at(i);
        if (c == QLatin1Char('"')) {
            QString text;
            int j = i + 1;
            for (; j < n; ++j) {
                if (match.at(j) != QLatin1Char('"'))
                    text += match.at(j);
                else if (j + 1 < n && match.at(j + 1) == QLatin1Char('"'))
                    text += match.at(++j);
                else
                    break;
            }
            const bool prefix = j + 1 < n && match.at(j + 1) == QLatin1Char('*');
            const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QStringList lexemes;
            for (const QString &word : words)
                lexemes << lexeme(word);
            if (prefix && !lexemes.isEmpty())
                lexemes.last() += QLatin1String(":*");
            out += lexemes.size() > 1 ? QLatin1Char('(') + lexemes.join(QLatin1String(" <-> ")) + QLatin1Char(')')
                                      : lexemes.value(0);
            i = j + (prefix ? 2 : 1);
        } else if (match.mid(i, 5) == QLatin1String(" AND ")) {
            out += QLatin1String(" & ");
            i += 5;
        } else if (match.mid(i, 4) == QLatin1String(" OR ")) {
            out += QLatin1String(" | ");
            i += 4;
        } else if (match.mid(i, 5) == QLatin1String(" NOT ")) {
            out += QLatin1String(" & !");
            i += 5;
        } else {
            out += c; // parentheses
            ++i;
        }
    }
    return out;
}

QList<FtsQuery::Literal> FtsQuery::literals(const QString &match, int *positiveDepth)
{
    // toMatchExpression() writes "(positive) NOT x NOT y" or "positive", where positive is
    // items joined by " AND " and an item is a literal, a literal followed by '*', or an OR
    // group in parentheses.
    QList<Literal> found;
    int firstGroupEnd = -1; // where the parenthesis that opens the expression closes
    const int n = int(match.size());
    int depth = 0;
    bool afterNot = false;
    for (int i = 0; i < n;) {
        const QChar c = match.at(i);
        if (c != QLatin1Char('"')) {
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0 && firstGroupEnd < 0 && match.startsWith(QLatin1Char('(')))
                firstGroupEnd = i;
            else if (match.mid(i, 3) == QLatin1String("NOT"))
                afterNot = true;
            ++i;
            continue;
        }
        Literal literal;
        int j = i + 1;
        for (; j < n; ++j) {
            if (match.at(j) != QLatin1Char('"')) {
                literal.text += match.at(j);
            } else if (j + 1 < n && match.at(j + 1) == QLatin1Char('"')) {
                literal.text += QLatin1Char('"');
                ++j;
            } else {
                break;
            }
        }
        if (j >= n)
            return {}; // unterminated: not an expression toMatchExpression() made
        literal.depth = depth;
        literal.prefix = j + 1 < n && match.at(j + 1) == QLatin1Char('*');
        literal.excluded = afterNot;
        afterNot = false;
        found.append(literal);
        i = j + 1;
    }
    // The positive part sits in parentheses of its own when excluded terms follow it.
    if (positiveDepth) {
        const bool wrapped = firstGroupEnd >= 0 && match.mid(firstGroupEnd + 1).startsWith(QLatin1String(" NOT "));
        *positiveDepth = wrapped ? 1 : 0;
    }
    return found;
}

QStringList FtsQuery::requiredLiterals(const QString &match)
{
    int positiveDepth = 0;
    QStringList required;
    for (const Literal &literal : literals(match, &positiveDepth)) {
        if (!literal.prefix && !literal.excluded && literal.depth == positiveDepth && !literal.text.isEmpty())
            required << literal.text;
    }
    return required;
}

} // namespace glossa
