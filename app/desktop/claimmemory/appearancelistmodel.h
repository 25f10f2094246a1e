#pragma once

#include "model/claimmemory.h"

#include <QAbstractListModel>
#include <QList>

namespace glossa {

// The appearances proposed in the open article, in text order: where it repeats a claim the
// desk or a fact-checker has rated. The sidebar's repeat cards and the reader's dashed
// underlines show its rows; the display text is the card's sentence ("Repeats a claim rated
// False by … on …").
class AppearanceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AppearanceIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        StartRole,
        EndRole,
        ExactRole,
        VerdictRole,        // the remembered claim's verdict id
        VerdictLabelRole,
        VerdictColorRole,   // QColor, the taxonomy's
        ReviewerRole,       // the analyst (library) or the reviewing organisation (imported)
        SettledRole,        // QDateTime the verdict was given
        ClaimTextRole,
        ClaimSourceRole,    // "library" or "imported"
        ClaimArticleIdRole, // library: the article the claim was made on
        ClaimIdRole,        // library: the claim's annotation; imported: the fact-check
        UrlRole,            // imported: the fact-check's page
        ScoreRole,          // 0..1
        MatchRole,          // "copy" or "reworded"
        ReasonRole,
    };

    explicit AppearanceListModel(QObject *parent = nullptr);

    void setAppearances(QList<Appearance> appearances);
    const QList<Appearance> &appearances() const { return m_appearances; }
    const Appearance *appearance(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;
    // The innermost appearance over a canonical offset (the reader's caret or a click); none: nullptr.
    const Appearance *appearanceAt(int canonicalOffset) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Repeats a claim rated False by Full Fact on 3 March 2026": what a card says first.
    static QString sentence(const Appearance &appearance);

private:
    QList<Appearance> m_appearances;
};

} // namespace glossa
