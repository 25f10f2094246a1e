#include "checkworthyfeedbackstore.h"

#include "analyststore.h"
#include "sqlbackend.h"
#include "timestamps.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace glossa {

CheckWorthyFeedbackStore::CheckWorthyFeedbackStore(QSqlDatabase db) : m_db(db) {}

qint64 CheckWorthyFeedbackStore::record(const CheckWorthyFeedback &feedback)
{
    m_lastError.clear();
    if (feedback.start < 0 || feedback.end < feedback.start) {
        m_lastError = QStringLiteral("a sentence's range must be 0 <= start <= end");
        return 0;
    }
    const qint64 analyst = AnalystStore(m_db).actingId();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_lastError = transaction.errorText();
        return 0;
    }
    QSqlQuery sql(m_db);
    // The earlier answer of the same analyst (or of nobody) for that sentence gives way.
    sql.prepare(QStringLiteral("DELETE FROM check_worthy_feedback WHERE article_id = ? AND start = ? AND \"end\" = ?"
                               " AND (analyst_id = ? OR (analyst_id IS NULL AND ? = 0))"));
    sql.addBindValue(feedback.articleId);
    sql.addBindValue(feedback.start);
    sql.addBindValue(feedback.end);
    sql.addBindValue(analyst);
    sql.addBindValue(analyst);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return 0;
    }
    sql.prepare(QStringLiteral("INSERT INTO check_worthy_feedback (article_id, start, \"end\", sentence, features, score,"
                               " decision, analyst_id, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    sql.addBindValue(feedback.articleId);
    sql.addBindValue(feedback.start);
    sql.addBindValue(feedback.end);
    sql.addBindValue(feedback.sentence);
    sql.addBindValue(feedback.features.join(QLatin1Char(',')));
    sql.addBindValue(feedback.score);
    sql.addBindValue(CheckWorthyFeedback::decisionName(feedback.decision));
    sql.addBindValue(analyst == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(analyst));
    sql.addBindValue(timestamps::toText(feedback.decided.isValid() ? feedback.decided : QDateTime::currentDateTimeUtc()));
    if (!sql.exec() || !sql.next()) {
        // An article that is not there is refused by its foreign key: said in words.
        m_lastError = errorText(sql);
        return 0;
    }
    const qint64 id = sql.value(0).toLongLong();
    sql.finish();
    if (!transaction.commit()) {
        m_lastError = transaction.errorText();
        return 0;
    }
    return id;
}

bool CheckWorthyFeedbackStore::forget(qint64 id)
{
    m_lastError.clear();
    QSqlQuery sql(m_db);
    sql.prepare(QStringLiteral("DELETE FROM check_worthy_feedback WHERE id = ?"));
    sql.addBindValue(id);
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return false;
    }
    if (sql.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no answer %1 of this analyst").arg(id);
        return false;
    }
    return true;
}

std::optional<CheckWorthyFeedback> CheckWorthyFeedbackStore::answer(qint64 articleId, int start, int end) const
{
    const qint64 analyst = AnalystStore(m_db).actingId();
    const QList<CheckWorthyFeedback> found =
        read(QStringLiteral("f.article_id = ? AND f.start = ? AND f.\"end\" = ? AND (f.analyst_id = ? OR (f.analyst_id IS NULL AND ? = 0))"),
             {articleId, start, end, analyst, analyst});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<CheckWorthyFeedback> CheckWorthyFeedbackStore::answers(qint64 articleId) const
{
    if (articleId == 0)
        return read(QStringLiteral("1 = 1"), {});
    return read(QStringLiteral("f.article_id = ?"), {articleId});
}

QList<CheckWorthyFeedback> CheckWorthyFeedbackStore::read(const QString &where, const QVariantList &values) const
{
    m_lastError.clear();
    QSqlQuery sql(m_db);
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT f.id, f.article_id, f.start, f.\"end\", f.sentence, f.features, f.score, f.decision,"
                               " f.analyst_id, coalesce(a.name, ''), f.decided_at FROM check_worthy_feedback f"
                               " LEFT JOIN analysts a ON a.id = f.analyst_id WHERE %1 ORDER BY f.decided_at, f.id")
                    .arg(where));
    for (const QVariant &value : values)
        sql.addBindValue(value);
    QList<CheckWorthyFeedback> out;
    if (!sql.exec()) {
        m_lastError = errorText(sql);
        return out;
    }
    while (sql.next()) {
        CheckWorthyFeedback f;
        f.id = sql.value(0).toLongLong();
        f.articleId = sql.value(1).toLongLong();
        f.start = sql.value(2).toInt();
        f.end = sql.value(3).toInt();
        f.sentence = sql.value(4).toString();
        const QString features = sql.value(5).toString();
        f.features = features.isEmpty() ? QStringList() : features.split(QLatin1Char(','));
        f.score = sql.value(6).toDouble();
        f.decision = CheckWorthyFeedback::decisionFromName(sql.value(7).toString()).value_or(CheckWorthyFeedback::Decision::Accepted);
        f.analystId = sql.value(8).toLongLong();
        f.analystName = sql.value(9).toString();
        f.decided = timestamps::fromText(sql.value(10).toString());
        out << f;
    }
    return out;
}

} // namespace glossa
