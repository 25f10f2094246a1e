#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace glossa {

// An analyst's answer to a "Worth Checking" mark: the sentence as it was shown (its UTF-16 range
// in the article's text, its text, the features and score that put the mark there) and whether
// it is worth checking (accepted) or not (dismissed). Kept to tune the features' weights later.
struct CheckWorthyFeedback
{
    enum class Decision { Accepted, Dismissed };

    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString sentence;
    QStringList features;
    double score = 0;
    Decision decision = Decision::Accepted;
    qint64 analystId = 0;  // 0: nobody was acting
    QString analystName;   // read back with the row
    QDateTime decided;

    static QString decisionName(Decision d) { return d == Decision::Dismissed ? QStringLiteral("dismissed") : QStringLiteral("accepted"); }
    static std::optional<Decision> decisionFromName(const QString &name)
    {
        if (name == QLatin1String("accepted"))
            return Decision::Accepted;
        if (name == QLatin1String("dismissed"))
            return Decision::Dismissed;
        return std::nullopt;
    }
};

} // namespace glossa
