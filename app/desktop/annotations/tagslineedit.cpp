#include "tagslineedit.h"

#include "common/localeorder.h"

#include "model/tagnames.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace glossa {

namespace {

const QLatin1String kSeparator(", ");

// Where the tag being typed starts: just after the last comma before the cursor.
int currentTagStart(const QString &text, int cursor)
{
    return int(text.left(cursor).lastIndexOf(QLatin1Char(','))) + 1;
}

} // namespace

TagsLineEdit::TagsLineEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_known(new QStringListModel(this))
{
    setPlaceholderText(tr("Tags, separated by commas"));
    m_completer->setModel(m_known);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &TagsLineEdit::updateCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagsLineEdit::insertCompletion);
}

void TagsLineEdit::setKnownTags(const QStringList &tags)
{
    m_known->setStringList(LocaleOrder::sorted(tags));
}

QStringList TagsLineEdit::parse(const QString &text)
{
    return TagNames::split(text);
}

QStringList TagsLineEdit::tags() const
{
    return parse(text());
}

void TagsLineEdit::setTags(const QStringList &tags)
{
    setText(tags.join(kSeparator));
}

void TagsLineEdit::updateCompletion(const QString &text)
{
    const int start = currentTagStart(text, cursorPosition());
    const QString prefix = text.mid(start, cursorPosition() - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagsLineEdit::insertCompletion(const QString &tag)
{
    const QString current = text();
    const int cursor = cursorPosition();
    const int start = currentTagStart(current, cursor);
    int end = int(current.indexOf(QLatin1Char(','), cursor));
    if (end < 0)
        end = int(current.size());
    const QString before = current.left(start);
    const QString replacement = (start > 0 ? QStringLiteral(" ") : QString()) + tag;
    const QString after = current.mid(end);
    setText(before + replacement + (after.isEmpty() ? kSeparator : after));
    setCursorPosition(int(before.size() + replacement.size()) + (after.isEmpty() ? int(kSeparator.size()) : 0));
}

} // namespace glossa
