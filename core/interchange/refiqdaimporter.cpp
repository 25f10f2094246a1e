#include "refiqdaimporter.h"

#include "anchoring/textanchoring.h"
#include "model/displaypath.h"
#include "model/taxonomy.h"
#include "qdpxarchive.h"
#include "refiprojectreader.h"
#include "refiqda.h"
#include "refiqdamapping.h"
#include "storage/analyststore.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/articlewriter.h"
#include "storage/collectionstore.h"
#include "storage/exportsource.h"
#include "storage/sqlbackend.h"
#include "storage/tagstore.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

namespace glossa {

namespace {

// A source's bytes as text: UTF-8, a BOM dropped; nullopt when they are not UTF-8.
std::optional<QString> decodeSource(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// One line whatever the file holds: each thing not carried is a line of its own.
QString sourceLabel(const RefiSource &source)
{
    return source.name.isEmpty() ? DisplayPath::oneLine(source.guid)
                                 : QStringLiteral("“%1”").arg(DisplayPath::oneLine(source.name));
}

Qt::LayoutDirection directionOf(const QString &text)
{
    int rightToLeft = 0, leftToRight = 0;
    for (int i = 0; i < text.size() && i < 4000; ++i) {
        switch (text.at(i).direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            ++rightToLeft;
            break;
        case QChar::DirL:
            ++leftToRight;
            break;
        default:
            break;
        }
    }
    return rightToLeft > leftToRight ? Qt::RightToLeft : Qt::LeftToRight;
}

QStringList foldedTags(const QStringList &tags)
{
    QStringList folded;
    for (const QString &tag : tags)
        folded << TagStore::normalizedName(tag).toCaseFolded();
    std::sort(folded.begin(), folded.end());
    return folded;
}

bool samePassage(const Annotation &a, const Annotation &b)
{
    return a.anchor.start == b.anchor.start && a.anchor.end == b.anchor.end && a.note == b.note && a.claim == b.claim
        && foldedTags(a.tags) == foldedTags(b.tags);
}

void appendParagraph(QString *text, const QString &more)
{
    if (more.isEmpty())
        return;
    if (!text->isEmpty())
        *text += QStringLiteral("\n\n");
    *text += more;
}

// One source made ready to store: its page and what becomes of its selections.
struct PreparedSource
{
    const RefiSource *source = nullptr;
    ParsedPage page;
    QList<Annotation> annotations;
    QString note;
    QStringList tags;
};

} // namespace

RefiQdaImporter::RefiQdaImporter(QSqlDatabase db, const Taxonomy *taxonomy)
    : m_db(db), m_taxonomy(taxonomy ? taxonomy : &Taxonomy::builtIn())
{
}

RefiImportReport RefiQdaImporter::importFile(const QString &path)
{
    RefiImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fileError = file.errorString();
        return report;
    }
    if (file.size() > kMaxFileBytes) {
        report.fileError = tr("the file is larger than %1 MB, more than any project").arg(kMaxFileBytes / (1024 * 1024));
        return report;
    }
    const QByteArray raw = file.readAll();
    file.close();
    RefiProject project;
    QHash<QString, QString> texts;
    const bool zip = raw.startsWith("PK\x03\x04") || raw.startsWith("PK\x05\x06");
    if (zip ? !readArchive(path, &project, &texts, &report) : !readLooseProject(path, raw, &project, &texts, &report))
        return report;
    RefiImportReport written = importProject(project, texts, QFileInfo(path).fileName(), raw);
    written.notCarried = report.notCarried + written.notCarried;
    return written;
}

bool RefiQdaImporter::readArchive(const QString &path, RefiProject *project, QHash<QString, QString> *texts,
                                  RefiImportReport *report)
{
    QdpxArchive archive;
    QString error;
    if (!archive.open(path, &error)) {
        report->fileError = error;
        return false;
    }
    // project.qde, else the one .qde at the top of the archive whatever its name.
    QString qde = archive.find(QStringLiteral("project.qde"));
    if (qde.isEmpty()) {
        QStringList candidates;
        for (const QString &name : archive.names()) {
            if (!name.contains(QLatin1Char('/')) && name.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive))
                candidates << name;
        }
        if (candidates.size() != 1) {
            report->fileError = candidates.isEmpty() ? tr("the archive holds no .qde project file")
                                                     : tr("the archive holds several .qde files and no project.qde");
            return false;
        }
        qde = candidates.first();
    }
    QByteArray xml;
    if (!archive.read(qde, &xml, &error) || !RefiProjectReader::read(xml, project, &error)) {
        report->fileError = error;
        return false;
    }
    for (const RefiSource &source : std::as_const(project->sources)) {
        if (source.element != QLatin1String("TextSource") || source.hasPlainTextContent)
            continue;
        if (!source.plainTextPath.startsWith(RefiQda::kInternalScheme, Qt::CaseInsensitive)) {
            if (!source.plainTextPath.isEmpty())
                report->notCarried << tr("source %1: its text is outside the project (%2), and is never read from there")
                                          .arg(sourceLabel(source), source.plainTextPath);
            continue;
        }
        const QString name = source.plainTextPath.mid(RefiQda::kInternalScheme.size());
        const QString entry = QdpxArchive::nameRefusal(name).isEmpty() ? archive.find(QStringLiteral("sources/") + name)
                                                                       : QString();
        QByteArray bytes;
        if (entry.isEmpty()) {
            report->notCarried << tr("source %1: the archive has no sources/%2").arg(sourceLabel(source), name);
            continue;
        }
        if (!archive.read(entry, &bytes, &error)) {
            report->fileError = error;
            return false;
        }
        const std::optional<QString> text = decodeSource(bytes);
        if (!text)
            report->notCarried << tr("source %1: its text is not UTF-8").arg(sourceLabel(source));
        else
            texts->insert(source.guid, *text);
    }
    return true;
}

bool RefiQdaImporter::readLooseProject(const QString &path, const QByteArray &xml, RefiProject *project,
                                       QHash<QString, QString> *texts, RefiImportReport *report)
{
    QString error;
    if (!RefiProjectReader::read(xml, project, &error)) {
        report->fileError = error;
        return false;
    }
    // A bare .qde reads its sources from beside it, and from nowhere else.
    const QDir folder = QFileInfo(path).absoluteDir();
    const QString root = QFileInfo(folder.absolutePath()).canonicalFilePath() + QLatin1Char('/');
    for (const RefiSource &source : std::as_const(project->sources)) {
        if (source.element != QLatin1String("TextSource") || source.hasPlainTextContent || source.plainTextPath.isEmpty())
            continue;
        QString relative;
        if (source.plainTextPath.startsWith(RefiQda::kInternalScheme, Qt::CaseInsensitive))
            relative = QStringLiteral("sources/") + source.plainTextPath.mid(RefiQda::kInternalScheme.size());
        else if (source.plainTextPath.startsWith(RefiQda::kRelativeScheme, Qt::CaseInsensitive))
            relative = source.plainTextPath.mid(RefiQda::kRelativeScheme.size());
        const QString file = relative.isEmpty() ? QString() : QFileInfo(folder.filePath(relative)).canonicalFilePath();
        if (relative.isEmpty() || (!file.isEmpty() && !file.startsWith(root))
            || QFileInfo(relative).isAbsolute() || relative.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
            report->notCarried << tr("source %1: its text is outside the project (%2), and is never read from there")
                                      .arg(sourceLabel(source), source.plainTextPath);
            continue;
        }
        QFile text(file);
        if (file.isEmpty() || !text.open(QIODevice::ReadOnly)) {
            report->notCarried << tr("source %1: %2 cannot be read").arg(sourceLabel(source), source.plainTextPath);
            continue;
        }
        if (text.size() > QdpxArchive::Limits().maxEntryBytes) {
            report->fileError = tr("the source %1 is larger than any article").arg(DisplayPath::oneLine(source.plainTextPath));
            return false;
        }
        const std::optional<QString> decoded = decodeSource(text.readAll());
        if (!decoded)
            report->notCarried << tr("source %1: its text is not UTF-8").arg(sourceLabel(source));
        else
            texts->insert(source.guid, *decoded);
    }
    return true;
}

RefiImportReport RefiQdaImporter::importProject(const RefiProject &project, const QHash<QString, QString> &texts,
                                                const QString &fileName, const QByteArray &raw)
{
    RefiImportReport report;
    const bool atlasCounting = project.origin.contains(QLatin1String("ATLAS.ti"), Qt::CaseInsensitive);
    const QHash<QString, RefiCodeMeaning> meanings = refiCodeMeanings(project.codes, *m_taxonomy);
    QHash<QString, const RefiNote *> notes;
    for (const RefiNote &note : project.notes)
        notes.insert(RefiQda::normalizedGuid(note.guid), &note);
    QSet<QString> notesUsed;
    QHash<QString, QString> variables; // GUID → Glossa's name for it, or the file's
    for (const RefiVariable &variable : project.variables)
        variables.insert(RefiQda::normalizedGuid(variable.guid), variable.name);
    QHash<QString, Analyst> analysts;
    for (const RefiUser &user : project.users) {
        const QString guid = RefiQda::normalizedGuid(user.guid);
        if (guid.isEmpty())
            continue;
        Analyst analyst;
        analyst.uuid = guid;
        analyst.name = user.name.trimmed().isEmpty() ? tr("User %1").arg(guid.left(8)) : user.name.trimmed();
        analysts.insert(guid, analyst);
    }
    for (const QString &line : project.unsupported)
        report.notCarried << tr("%1: Glossa has no place for it").arg(line);
    if (!project.projectNoteRefs.isEmpty())
        report.notCarried << tr("%n note(s) about the whole project: a library has no project note", nullptr,
                                int(project.projectNoteRefs.size()));

    int unknownCodes = 0, unknownUsers = 0, otherVariables = 0;
    // The notes a selection or source refers to, by role.
    const auto gatherNotes = [&](const QStringList &refs, Annotation *annotation, QString *articleNote) {
        for (const QString &ref : refs) {
            const RefiNote *note = notes.value(RefiQda::normalizedGuid(ref));
            if (!note) {
                report.notCarried << tr("a note reference to %1: the file has no such note").arg(ref);
                continue;
            }
            notesUsed.insert(RefiQda::normalizedGuid(ref));
            ++report.notes;
            if (!annotation) {
                appendParagraph(articleNote, note->text);
                continue;
            }
            const QString name = note->name.trimmed();
            bool isNumber = false;
            const double confidence = note->text.trimmed().toDouble(&isNumber);
            if (annotation->claim && name.compare(RefiQda::kClaimantName, Qt::CaseInsensitive) == 0)
                annotation->claim->claimant = note->text;
            else if (annotation->claim && name.compare(RefiQda::kEvidenceName, Qt::CaseInsensitive) == 0)
                annotation->claim->evidence = note->text;
            else if (annotation->claim && name.compare(RefiQda::kConfidenceName, Qt::CaseInsensitive) == 0 && isNumber
                     && confidence >= 0 && confidence <= 1)
                annotation->claim->confidence = confidence;
            else
                appendParagraph(&annotation->note, note->text);
        }
    };

    QList<PreparedSource> prepared;
    QHash<QString, int> preparedBySource; // source GUID (normalized) → index
    for (const RefiSource &source : project.sources) {
        if (source.element != QLatin1String("TextSource")) {
            report.notCarried << tr("source %1 (%2): only plain-text sources are read; skipped")
                                     .arg(sourceLabel(source), source.element);
            continue;
        }
        QString text;
        if (source.hasPlainTextContent) {
            text = source.plainTextContent;
        } else if (texts.contains(source.guid)) {
            text = texts.value(source.guid);
        } else {
            if (source.plainTextPath.isEmpty())
                report.notCarried << tr("source %1: rich text only (%2), without its plain text; skipped")
                                         .arg(sourceLabel(source), source.richTextPath);
            continue; // else already said why by the reader of the archive or folder
        }
        ++report.sources;
        const RefiSourceText sourceText(text, atlasCounting);
        PreparedSource ready;
        ready.source = &source;
        ready.page.title = source.name.trimmed().isEmpty() ? tr("Untitled source") : source.name.trimmed();
        ready.page.blocks = sourceText.blocks();
        ready.page.profile = QStringLiteral("refi-qda");
        if (ready.page.blocks.isEmpty()) {
            report.notCarried << tr("source %1: it holds no text; skipped").arg(sourceLabel(source));
            continue;
        }
        for (const RefiVariableValue &value : source.values) {
            const QString name = variables.value(RefiQda::normalizedGuid(value.variableGuid));
            if (name.compare(RefiQda::kOutletVariable, Qt::CaseInsensitive) == 0)
                ready.page.source = value.value.trimmed();
            else if (name.compare(RefiQda::kPublishedVariable, Qt::CaseInsensitive) == 0)
                ready.page.published = QDate::fromString(value.value.trimmed().left(10), Qt::ISODate);
            else if (name.compare(RefiQda::kUrlVariable, Qt::CaseInsensitive) == 0)
                ready.page.url = value.value.trimmed();
            else if (name.compare(RefiQda::kLanguageVariable, Qt::CaseInsensitive) == 0)
                ready.page.language = value.value.trimmed();
            else
                ++otherVariables;
        }
        const QString canonical = ArticleWriter::canonicalText(ready.page, nullptr);
        ready.page.direction = directionOf(canonical);
        for (const RefiCoding &coding : source.codings) {
            const auto meaning = meanings.constFind(RefiQda::normalizedGuid(coding.codeGuid));
            if (meaning == meanings.cend())
                ++unknownCodes;
            else if (meaning->role == RefiCodeMeaning::Role::Tag)
                ready.tags << meaning->value;
            else
                report.notCarried << tr("source %1: a claim kind or verdict coding the whole source; an article has no claim")
                                         .arg(sourceLabel(source));
        }
        gatherNotes(source.noteRefs, nullptr, &ready.note);
        appendParagraph(&ready.note, source.description);
        if (source.otherSelections > 0)
            report.notCarried << tr("source %1: %n selection(s) of another kind than plain text", nullptr,
                                    source.otherSelections)
                                     .arg(sourceLabel(source));

        for (const RefiSelection &selection : source.selections) {
            ++report.annotationsRead;
            const auto range = sourceText.canonicalRange(selection.start, selection.end);
            if (!range) {
                report.notCarried << tr("selection %1 of source %2: its range %3–%4 is not a passage of the text")
                                         .arg(DisplayPath::oneLine(selection.guid), sourceLabel(source),
                                              QString::number(selection.start), QString::number(selection.end));
                continue;
            }
            Annotation annotation;
            annotation.uuid = RefiQda::normalizedGuid(selection.guid);
            if (annotation.uuid.isEmpty())
                annotation.uuid = RefiQda::derivedGuid(QStringLiteral("selection:%1:%2:%3")
                                                           .arg(source.guid).arg(selection.start).arg(selection.end));
            annotation.anchor = TextAnchoring::makeAnchor(canonical, range->first, range->second);
            annotation.created = selection.created.isValid() ? selection.created : project.created;
            annotation.modified = selection.modified.isValid() ? selection.modified : annotation.created;
            const QString user = RefiQda::normalizedGuid(selection.creatingUser);
            if (analysts.contains(user))
                annotation.analyst = analysts.value(user);
            else if (!selection.creatingUser.isEmpty())
                ++unknownUsers;
            QString kind, verdict;
            for (const RefiCoding &coding : selection.codings) {
                const auto meaning = meanings.constFind(RefiQda::normalizedGuid(coding.codeGuid));
                if (meaning == meanings.cend()) {
                    ++unknownCodes;
                    continue;
                }
                QString *slot = meaning->role == RefiCodeMeaning::Role::Kind      ? &kind
                    : meaning->role == RefiCodeMeaning::Role::Verdict              ? &verdict
                                                                                    : nullptr;
                if (!slot) {
                    if (!annotation.tags.contains(meaning->value, Qt::CaseInsensitive))
                        annotation.tags << meaning->value;
                } else if (slot->isEmpty()) {
                    *slot = meaning->value;
                } else if (*slot != meaning->value) {
                    report.notCarried << tr("selection %1: a second claim kind or verdict (%2); a claim has one, the first is kept")
                                             .arg(selection.guid, meaning->value);
                }
            }
            if (!kind.isEmpty() || !verdict.isEmpty()) {
                Claim claim;
                if (!kind.isEmpty())
                    claim.kind = kind;
                if (!verdict.isEmpty())
                    claim.verdict = verdict;
                annotation.claim = claim;
            }
            gatherNotes(selection.noteRefs, &annotation, nullptr);
            appendParagraph(&annotation.note, selection.description);
            ready.annotations.append(annotation);
        }
        preparedBySource.insert(RefiQda::normalizedGuid(source.guid), int(prepared.size()));
        prepared.append(ready);
    }
    if (unknownCodes > 0)
        report.notCarried << tr("%n coding(s) of a code the codebook does not hold", nullptr, unknownCodes);
    if (unknownUsers > 0)
        report.notCarried << tr("the author of %n selection(s), a user the file does not list: made by the acting analyst",
                                nullptr, unknownUsers);
    if (otherVariables > 0)
        report.notCarried << tr("%n value(s) of variables other than outlet, date, URL and language", nullptr, otherVariables);
    const int unusedNotes = int(notes.size() - notesUsed.size() - project.projectNoteRefs.size());
    if (unusedNotes > 0)
        report.notCarried << tr("%n note(s) attached to nothing Glossa carries", nullptr, unusedNotes);
    for (const RefiSet &set : project.sets) {
        if (set.memberCodes + set.memberNotes > 0)
            report.notCarried << tr("set “%1”: its codes and notes (a collection holds articles only)").arg(set.name);
    }

    // Everything is ready: write it all, or nothing.
    Transaction transaction(m_db);
    const auto fail = [&report, this](const QString &why) {
        report = RefiImportReport{};
        report.fileError = tr("nothing imported: %1").arg(why);
        return report;
    };
    if (!transaction.isActive())
        return fail(transaction.errorText());
    AnalystStore analystStore(m_db);
    for (const Analyst &analyst : std::as_const(analysts)) {
        if (analystStore.ensure(analyst) == 0)
            return fail(analystStore.lastError());
    }
    report.analysts = int(analysts.size());

    ParsedDocument document;
    document.encoding = QStringLiteral("UTF-8");
    for (const PreparedSource &ready : std::as_const(prepared))
        document.pages.append(ready.page);
    WriteResult written;
    if (!document.pages.isEmpty()) {
        written = ArticleWriter(m_db).write(fileName, raw, document);
        if (!written.ok())
            return fail(written.error);
        report.articlesAdded = written.added;
        report.articlesKnown = int(document.pages.size()) - written.added;
    }

    const ExportSource finder(m_db);
    ArticleStore articles(m_db);
    AnnotationStore annotations(m_db);
    QStringList uuids;
    for (const PreparedSource &ready : std::as_const(prepared)) {
        for (const Annotation &annotation : ready.annotations)
            uuids << annotation.uuid;
    }
    // The annotations of the file that the library holds already: one look-up for all of them.
    const std::optional<QHash<QString, qint64>> held = finder.articlesOfAnnotations(uuids);
    if (!held)
        return fail(finder.lastError());
    QList<Annotation> accepted;
    QHash<QString, qint64> articleOf; // source GUID (normalized) → article id
    for (const PreparedSource &ready : std::as_const(prepared)) {
        const qint64 articleId = finder.articleIdByContentHash(ArticleWriter::contentHash(ready.page));
        if (articleId == 0)
            return fail(tr("the article of source %1 was not found after writing it").arg(sourceLabel(*ready.source)));
        articleOf.insert(RefiQda::normalizedGuid(ready.source->guid), articleId);
        // An article this import added has no annotation yet; one the library had may have.
        const bool added = written.articleIds.contains(articleId);
        QList<Annotation> known = added ? QList<Annotation>() : annotations.annotationsForArticle(articleId);
        for (Annotation annotation : ready.annotations) {
            annotation.articleId = articleId;
            if (const auto ours = held->constFind(annotation.uuid); ours != held->cend()) {
                if (ours.value() != articleId)
                    report.notCarried << tr("selection %1: its GUID is already an annotation of another article").arg(annotation.uuid);
                else
                    ++report.annotationsKnown;
                continue;
            }
            const auto same = [&annotation](const Annotation &other) { return samePassage(other, annotation); };
            if (std::any_of(known.cbegin(), known.cend(), same)) {
                ++report.annotationsKnown;
                continue;
            }
            known.append(annotation);
            accepted.append(annotation);
        }
        if (!ready.note.isEmpty() || !ready.tags.isEmpty()) {
            const std::optional<ArticleState> state = articles.state(articleId);
            if (!state)
                return fail(articles.lastError());
            if (!ready.note.isEmpty() && !state->note.contains(ready.note)) {
                QString note = state->note;
                appendParagraph(&note, ready.note);
                if (!articles.setNote(articleId, note))
                    return fail(articles.lastError());
            }
            QStringList tags = state->tags;
            for (const QString &tag : ready.tags) {
                if (!tags.contains(TagStore::normalizedName(tag), Qt::CaseInsensitive))
                    tags << TagStore::normalizedName(tag);
            }
            if (tags.size() != state->tags.size() && !articles.setTags(articleId, tags))
                return fail(articles.lastError());
        }
    }
    // A team library records what its analyst adds as theirs (the server's row-level security):
    // the file's authors are said, not carried.
    if (backendOf(m_db) == SqlBackend::PostgreSql) {
        const QString acting = AnalystStore(m_db).acting().value_or(Analyst()).uuid;
        int others = 0;
        for (Annotation &annotation : accepted) {
            if (annotation.analyst.isValid() && annotation.analyst.uuid != acting) {
                annotation.analyst = Analyst();
                ++others;
            }
        }
        if (others > 0)
            report.notCarried << tr("the authors of %n selection(s): on a team library what an analyst imports is "
                                    "theirs, so they are yours", nullptr, others);
    }
    if (!accepted.isEmpty() && !annotations.createAll(accepted))
        return fail(annotations.lastError());
    report.annotationsAdded = int(accepted.size());

    // A code's colour becomes its tag's, where the tag has none yet.
    TagStore tags(m_db);
    for (const RefiCodeMeaning &meaning : meanings) {
        if (meaning.role != RefiCodeMeaning::Role::Tag || meaning.color.isEmpty())
            continue;
        const qint64 id = tags.idOf(meaning.value);
        const std::optional<TagUsage> tag = id ? tags.tag(id) : std::nullopt;
        if (tag && tag->color.isEmpty() && !tags.recolor(id, meaning.color))
            return fail(tags.lastError());
    }

    CollectionStore collections(m_db);
    for (const RefiSet &set : project.sets) {
        QList<qint64> members;
        for (const QString &source : set.memberSources) {
            if (const qint64 id = articleOf.value(RefiQda::normalizedGuid(source)))
                members << id;
        }
        if (members.isEmpty() || set.name.trimmed().isEmpty())
            continue;
        qint64 id = collections.idOf(set.name.trimmed());
        const bool created = id == 0;
        if (created && (id = collections.create(set.name.trimmed())) == 0)
            return fail(collections.lastError());
        const int added = collections.addArticles(id, members);
        if (added < 0)
            return fail(collections.lastError());
        if (created || added > 0)
            ++report.collections; // created or grown: a second import of the same set counts nothing
    }
    if (!transaction.commit())
        return fail(transaction.errorText());
    return report;
}

} // namespace glossa
