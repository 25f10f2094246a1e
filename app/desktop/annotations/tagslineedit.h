#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace glossa {

// A line of comma-separated tags that completes the tag being typed from the library's
// existing tags (QCompleter only completes a whole line; this completes the last item).
class TagsLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TagsLineEdit(QWidget *parent = nullptr);

    void setKnownTags(const QStringList &tags);
    QStringList tags() const;
    void setTags(const QStringList &tags);

    // TagNames::split, the rule glossa-cli's --tag follows too.
    static QStringList parse(const QString &text);

    QCompleter *completer() const { return m_completer; }

private:
    void updateCompletion(const QString &text);
    void insertCompletion(const QString &tag);

    QCompleter *m_completer;
    QStringListModel *m_known;
};

} // namespace glossa
