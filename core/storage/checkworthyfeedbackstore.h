#pragma once

#include "model/checkworthyfeedback.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace glossa {

// The analysts' answers to "Worth Checking" marks (accepted / dismissed), on either backend.
// Answers are the acting analyst's (AnalystStore::actAs): one per analyst and sentence.
class CheckWorthyFeedbackStore
{
public:
    explicit CheckWorthyFeedbackStore(QSqlDatabase db);

    // Records the acting analyst's answer for a sentence, replacing their earlier answer for the
    // same range of the same article. The new row's id; 0 on failure (lastError()).
    qint64 record(const CheckWorthyFeedback &feedback);
    // Takes an answer back (an undone accept or dismiss).
    bool forget(qint64 id);
    // The acting analyst's answer for that sentence, if any.
    std::optional<CheckWorthyFeedback> answer(qint64 articleId, int start, int end) const;
    // Every analyst's answers on an article (\a articleId 0: the whole library), oldest first.
    QList<CheckWorthyFeedback> answers(qint64 articleId = 0) const;

    QString lastError() const { return m_lastError; }

private:
    QList<CheckWorthyFeedback> read(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace glossa
