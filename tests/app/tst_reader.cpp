// The reader pane: documents built from articles, the canonical <-> document position table in
// LTR, RTL and mixed text with surrogate pairs, highlights, clicks on them, find, zoom.

#include "readertestsupport.h"

#include "anchoring/textanchoring.h"
#include "edits/addannotationcommand.h"
#include "edits/editannotationcommand.h"
#include "edits/removeannotationcommand.h"
#include "reader/articletextview.h"
#include "reader/readerview.h"
#include "storage/annotationstore.h"
#include "workspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>
#include <QScrollBar>
#include <QToolButton>

using namespace glossa;

namespace {

bool splitsSurrogatePair(const QString &text, int offset)
{
    return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate()
        && text.at(offset - 1).isHighSurrogate();
}

// What QTextCursor::selectedText() gives for a canonical span: blocks end in U+2029.
QString asSelectedText(QStringView canonical)
{
    QString text = canonical.toString();
    text.replace(QLatin1Char('\n'), QChar::ParagraphSeparator);
    return text;
}

// What the reader draws, in drawing order: each highlight's span, colour, underline and id.
QStringList drawn(const ReaderView &reader)
{
    QStringList result;
    for (const QTextEdit::ExtraSelection &selection : reader.textView()->extraSelections()) {
        result << QStringLiteral("%1:%2-%3:%4:%5")
                      .arg(selection.format.property(QTextFormat::UserProperty).toLongLong())
                      .arg(selection.cursor.selectionStart())
                      .arg(selection.cursor.selectionEnd())
                      .arg(selection.format.background().color().name(QColor::HexArgb))
                      .arg(selection.format.fontUnderline() ? selection.format.underlineColor().name() : QString());
    }
    return result;
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsHeaderAndBlocks();
    void arabicIsRightToLeft();
    void mixedBlocksFindTheirOwnDirection();
    void selectionRoundTrip_data();
    void selectionRoundTrip();
    void selectionFromDocumentIsCanonical();
    void highlightsAtTheirSpans();
    void highlightsFollowUndoStack();
    void oneEditRedrawsOneHighlight_data();
    void oneEditRedrawsOneHighlight();
    void clickingAHighlightActivatesIt_data();
    void clickingAHighlightActivatesIt();
    void findInArticle();
    void findFoldsAccentsAndCase_data();
    void findFoldsAccentsAndCase();
    void marksTheLibrarySearchTerms();
    void neverLoadsResources();
    void zoom();
    void showingTheSameArticleKeepsScroll();
    void anotherArticleComesWithoutASelection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReaderView> m_reader;
    QHash<QString, qint64> m_ids;
    QHash<QString, Article> m_articles;
};

// Issue 21, item 5: a selection never carries over to the next article by position.
void TestReader::anotherArticleComesWithoutASelection()
{
    const qint64 first = m_ids.value(QStringLiteral("french_headings.article"));
    const qint64 second = m_ids.value(QStringLiteral("mixed_emoji.article"));
    m_reader->showArticle(first);
    m_reader->selectSpan(5, 20);
    QVERIFY(m_reader->selectedSpan());
    m_reader->showArticle(first); // the same one again keeps it
    QVERIFY(m_reader->selectedSpan());
    m_reader->showArticle(second);
    QVERIFY(!m_reader->selectedSpan());
    QVERIFY(!m_reader->textView()->textCursor().hasSelection());
}

void TestReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_workspace = std::make_unique<Workspace>();
    QString error;
    QVERIFY2(m_workspace->openLibrary(m_dir.filePath(QStringLiteral("library.glossa")), &error), qPrintable(error));
    for (const QString &name : {QStringLiteral("french_headings.article"), QStringLiteral("arabic_rtl.article"),
                                QStringLiteral("mixed_emoji.article")}) {
        const qint64 id = testsupport::storeFixture(m_workspace->library(), name);
        m_ids.insert(name, id);
        m_articles.insert(name, *m_workspace->articles().article(id));
    }
    m_reader = std::make_unique<ReaderView>(m_workspace.get());
    m_reader->resize(900, 700);
    m_reader->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
}

void TestReader::showsHeaderAndBlocks()
{
    const Article &article = m_articles.value(QStringLiteral("french_headings.article"));
    m_reader->showArticle(article.id);
    QCOMPARE(m_reader->articleId(), article.id);
    const QString plain = m_reader->textView()->document()->toPlainText();
    QVERIFY(plain.startsWith(article.title));
    QVERIFY(plain.contains(QStringLiteral("Le Quotidien du Soir")));
    QVERIFY(plain.contains(QStringLiteral("quotidien_2025-02-12.txt"))); // provenance: the file

    const DocumentPositionMap &map = m_reader->positionMap();
    QCOMPARE(map.segments().size(), article.blocks.size());
    QTextDocument *document = m_reader->textView()->document();
    for (int i = 0; i < article.blocks.size(); ++i) {
        const Block &block = article.blocks.at(i);
        const QTextBlock textBlock = document->findBlock(map.toDocument(block.start));
        QCOMPARE(textBlock.position(), map.toDocument(block.start));
        QCOMPARE(textBlock.text(), article.blockText(block));
        QTextCursor inside(textBlock);
        inside.movePosition(QTextCursor::NextCharacter);
        QCOMPARE(inside.charFormat().fontWeight() >= QFont::Bold, block.kind == Block::Kind::Heading);
    }
}

void TestReader::arabicIsRightToLeft()
{
    const Article &article = m_articles.value(QStringLiteral("arabic_rtl.article"));
    QCOMPARE(article.direction, Qt::RightToLeft);
    m_reader->showArticle(article.id);
    QTextDocument *document = m_reader->textView()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        QCOMPARE(block.textDirection(), Qt::RightToLeft);
}

void TestReader::mixedBlocksFindTheirOwnDirection()
{
    const Article &article = m_articles.value(QStringLiteral("mixed_emoji.article"));
    m_reader->showArticle(article.id);
    QTextDocument *document = m_reader->textView()->document();
    const DocumentPositionMap &map = m_reader->positionMap();
    for (const Block &block : article.blocks) {
        const QTextBlock textBlock = document->findBlock(map.toDocument(block.start));
        const Qt::LayoutDirection expected =
            article.blockText(block).isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        QCOMPARE(textBlock.textDirection(), expected);
    }
}

void TestReader::selectionRoundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it) {
        const QString &text = it->text;
        const int length = int(text.size());
        auto add = [&](int start, int end) {
            if (start < 0 || end > length || start >= end || splitsSurrogatePair(text, start)
                || splitsSurrogatePair(text, end))
                return;
            QTest::addRow("%s %d-%d", qPrintable(it.key()), start, end) << it.key() << start << end;
        };
        add(0, length);
        for (const Block &block : it->blocks) {
            add(block.start, block.end);
            add(block.start, block.end + 1);         // with the newline after
            add(block.end - 3, block.end + 4);       // across a block boundary
        }
        for (int start = 0; start < length; start += 11) {
            for (int width : {1, 2, 3, 7, 29, 90})
                add(start, start + width);
        }
        // Every emoji, alone and with its neighbours (surrogate pairs and modifiers).
        for (int i = 0; i + 1 < length; ++i) {
            if (text.at(i).isHighSurrogate()) {
                add(i, i + 2);
                add(i - 1, i + 2);
                add(i, i + 3);
                add(i - 2, i + 4);
            }
        }
    }
}

void TestReader::selectionRoundTrip()
{
    QFETCH(QString, fixture);
    QFETCH(int, start);
    QFETCH(int, end);
    const Article &article = m_articles.value(fixture);
    m_reader->showArticle(article.id);
    m_reader->selectSpan(start, end);
    const std::optional<std::pair<int, int>> span = m_reader->selectedSpan();
    QVERIFY(span);
    QCOMPARE(span->first, start);
    QCOMPARE(span->second, end);
    QCOMPARE(m_reader->textView()->textCursor().selectedText(),
             asSelectedText(QStringView(article.text).mid(start, end - start)));
}

void TestReader::selectionFromDocumentIsCanonical()
{
    // A selection made in the document (as the mouse would) that starts in the header is
    // clamped to the article's text; one inside the body maps back exactly.
    const Article &article = m_articles.value(QStringLiteral("arabic_rtl.article"));
    m_reader->showArticle(article.id);
    const DocumentPositionMap &map = m_reader->positionMap();
    QTextCursor cursor(m_reader->textView()->document());
    cursor.setPosition(2); // inside the title
    cursor.setPosition(map.toDocument(article.blocks.at(1).start + 5), QTextCursor::KeepAnchor);
    m_reader->textView()->setTextCursor(cursor);
    QCOMPARE(m_reader->selectedSpan(), std::make_optional(std::make_pair(0, article.blocks.at(1).start + 5)));
    // Selecting backwards (anchor after position) gives the same span.
    cursor.setPosition(map.toDocument(article.blocks.at(2).start + 4));
    cursor.setPosition(map.toDocument(article.blocks.at(1).start + 1), QTextCursor::KeepAnchor);
    m_reader->textView()->setTextCursor(cursor);
    QCOMPARE(m_reader->selectedSpan(),
             std::make_optional(std::make_pair(article.blocks.at(1).start + 1, article.blocks.at(2).start + 4)));
}

void TestReader::highlightsAtTheirSpans()
{
    const Article &article = m_articles.value(QStringLiteral("mixed_emoji.article"));
    AnnotationStore store = m_workspace->annotations();
    const Block second = article.blocks.at(1); // French with an Arabic quotation
    const Block third = article.blocks.at(2);  // Arabic
    Annotation yellow;
    yellow.articleId = article.id;
    yellow.anchor = TextAnchoring::makeAnchor(article.text, second.start + 5, second.start + 45);
    yellow.color = QStringLiteral("#ffd54f");
    QVERIFY2(store.create(yellow), qPrintable(store.lastError()));
    Annotation blue; // overlaps the yellow one and carries a claim
    blue.articleId = article.id;
    blue.anchor = TextAnchoring::makeAnchor(article.text, second.start + 30, third.start + 20);
    blue.color = QStringLiteral("#64b5f6");
    blue.claim = Claim{QStringLiteral("attribution"), QStringLiteral("disputed"), {}, {}, {}, {}, {}};
    QVERIFY2(store.create(blue), qPrintable(store.lastError()));
    Annotation orphan; // its quote is not in the text: listed apart, never drawn
    orphan.articleId = article.id;
    orphan.anchor = TextAnchor{0, 4, QStringLiteral("gone"), {}, {}};
    orphan.orphaned = true;
    QVERIFY2(store.create(orphan), qPrintable(store.lastError()));

    m_reader->clear();
    m_reader->showArticle(article.id);
    const QList<QTextEdit::ExtraSelection> selections = m_reader->textView()->extraSelections();
    QCOMPARE(selections.size(), 2);
    const DocumentPositionMap &map = m_reader->positionMap();
    const Annotation *expected[] = {&yellow, &blue};
    for (int i = 0; i < 2; ++i) {
        const QTextEdit::ExtraSelection &selection = selections.at(i);
        const Annotation &annotation = *expected[i];
        QCOMPARE(selection.cursor.selectionStart(), map.toDocument(annotation.anchor.start));
        QCOMPARE(selection.cursor.selectionEnd(), map.toDocument(annotation.anchor.end));
        QCOMPARE(selection.cursor.selectedText(), asSelectedText(annotation.anchor.exact));
        const QColor background = selection.format.background().color();
        QCOMPARE(background.rgb(), QColor(annotation.color).rgb());
        QVERIFY2(background.alpha() < 255, "translucent, so overlapping highlights blend");
        QCOMPARE(selection.format.property(QTextFormat::UserProperty).toLongLong(), annotation.id);
    }
    QVERIFY(!selections.at(0).format.fontUnderline());
    QVERIFY(selections.at(1).format.fontUnderline());
    QCOMPARE(selections.at(1).format.underlineColor(), QColor(QStringLiteral("#f9a825"))); // disputed

    for (const Annotation *annotation : expected)
        QVERIFY(store.remove(annotation->id));
    QVERIFY(store.remove(orphan.id));
}

void TestReader::highlightsFollowUndoStack()
{
    const Article &article = m_articles.value(QStringLiteral("arabic_rtl.article"));
    m_reader->showArticle(article.id);
    const int before = int(m_reader->textView()->extraSelections().size());
    Annotation annotation;
    annotation.articleId = article.id;
    annotation.anchor = TextAnchoring::makeAnchor(article.text, 10, 30);
    AnnotationStore store = m_workspace->annotations();
    QVERIFY(store.create(annotation));
    m_workspace->notifyAnnotationsChanged(article.id);
    QCOMPARE(m_reader->textView()->extraSelections().size(), before + 1);
    QVERIFY(store.remove(annotation.id));
    m_workspace->notifyAnnotationsChanged(article.id);
    QCOMPARE(m_reader->textView()->extraSelections().size(), before);
}

void TestReader::oneEditRedrawsOneHighlight_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("add") << QStringLiteral("add");
    QTest::newRow("add over the same span") << QStringLiteral("add twin");
    QTest::newRow("add then undo") << QStringLiteral("add undo");
    QTest::newRow("recolour") << QStringLiteral("recolour");
    QTest::newRow("claim with verdict") << QStringLiteral("claim");
    QTest::newRow("moved span") << QStringLiteral("move");
    QTest::newRow("no longer in the text") << QStringLiteral("orphan");
    QTest::newRow("remove") << QStringLiteral("remove");
    QTest::newRow("remove then undo") << QStringLiteral("remove undo");
    QTest::newRow("edit then undo") << QStringLiteral("recolour undo");
}

// A single add / edit / remove updates the one highlight it touched (Workspace names it); what
// the reader then draws must be exactly what a reader opening the article afresh draws.
void TestReader::oneEditRedrawsOneHighlight()
{
    QFETCH(QString, edit);
    const Article &article = m_articles.value(QStringLiteral("french_headings.article"));
    AnnotationStore store = m_workspace->annotations();
    for (const Annotation &annotation : store.annotationsForArticle(article.id))
        QVERIFY(store.remove(annotation.id));
    QList<Annotation> existing;
    for (auto [start, end] : {std::pair{10, 40}, std::pair{25, 60}, std::pair{25, 60}, std::pair{120, 150}}) {
        Annotation annotation;
        annotation.articleId = article.id;
        annotation.anchor = TextAnchoring::makeAnchor(article.text, start, end);
        annotation.color = QStringLiteral("#81c784");
        QVERIFY(store.create(annotation));
        existing << annotation;
    }
    m_reader->clear();
    m_reader->showArticle(article.id);
    QCOMPARE(m_reader->textView()->extraSelections().size(), existing.size());

    QUndoStack *undo = m_workspace->undoStack();
    undo->clear();
    const Annotation target = *store.annotation(existing.at(1).id);
    Annotation after = target;
    if (edit.startsWith(QLatin1String("add"))) {
        Annotation added;
        added.articleId = article.id;
        const int start = edit == QLatin1String("add twin") ? 25 : 80;
        added.anchor = TextAnchoring::makeAnchor(article.text, start, start + 35);
        undo->push(new AddAnnotationCommand(m_workspace.get(), added));
        QCOMPARE(m_reader->textView()->extraSelections().size(), existing.size() + 1);
    } else if (edit.startsWith(QLatin1String("remove"))) {
        undo->push(new RemoveAnnotationCommand(m_workspace.get(), target));
        QCOMPARE(m_reader->textView()->extraSelections().size(), existing.size() - 1);
        QVERIFY(!m_reader->highlights().annotation(target.id));
    } else {
        if (edit.startsWith(QLatin1String("recolour")))
            after.color = QStringLiteral("#f48fb1");
        else if (edit == QLatin1String("claim"))
            after.claim = Claim{QStringLiteral("statistic"), QStringLiteral("false"), {}, {}, {}, {}, {}};
        else if (edit == QLatin1String("move"))
            after.anchor = TextAnchoring::makeAnchor(article.text, 130, 170);
        else if (edit == QLatin1String("orphan"))
            after.orphaned = true;
        undo->push(new EditAnnotationCommand(m_workspace.get(), target, after));
    }
    if (edit.endsWith(QLatin1String("undo"))) {
        undo->undo();
        QCOMPARE(m_reader->textView()->extraSelections().size(), existing.size());
    }

    ReaderView fresh(m_workspace.get());
    fresh.resize(m_reader->size());
    fresh.showArticle(article.id);
    QCOMPARE(drawn(*m_reader), drawn(fresh));
    QList<qint64> ids, freshIds;
    for (const Annotation &annotation : m_reader->highlights().annotations())
        ids << annotation.id;
    for (const Annotation &annotation : fresh.highlights().annotations())
        freshIds << annotation.id;
    QCOMPARE(ids, freshIds);

    undo->clear();
    for (const Annotation &annotation : store.annotationsForArticle(article.id))
        QVERIFY(store.remove(annotation.id));
    m_workspace->notifyAnnotationsChanged(article.id);
    QCOMPARE(m_reader->textView()->extraSelections().size(), 0);
}

void TestReader::clickingAHighlightActivatesIt_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("block");
    QTest::newRow("french") << QStringLiteral("french_headings.article") << 1;
    QTest::newRow("arabic rtl") << QStringLiteral("arabic_rtl.article") << 0;
    QTest::newRow("arabic in ltr article") << QStringLiteral("mixed_emoji.article") << 2;
}

void TestReader::clickingAHighlightActivatesIt()
{
    QFETCH(QString, fixture);
    QFETCH(int, block);
    const Article &article = m_articles.value(fixture);
    const Block target = article.blocks.at(block);
    Annotation annotation;
    annotation.articleId = article.id;
    annotation.anchor = TextAnchoring::makeAnchor(article.text, target.start + 4, target.start + 24);
    AnnotationStore store = m_workspace->annotations();
    QVERIFY(store.create(annotation));
    m_reader->clear();
    m_reader->showArticle(article.id);

    ArticleTextView *view = m_reader->textView();
    QTextCursor cursor(view->document());
    const int position = m_reader->positionMap().toDocument(annotation.anchor.start + 8);
    cursor.setPosition(position);
    const QRect before = view->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect after = view->cursorRect(cursor);
    const QPoint inside((before.center().x() + after.center().x()) / 2, before.center().y());

    QSignalSpy activated(m_reader.get(), &ReaderView::annotationActivated);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), annotation.id);

    // Far away from any highlight: nothing.
    activated.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(5, view->viewport()->height() - 5));
    QCOMPARE(activated.size(), 0);
    QVERIFY(store.remove(annotation.id));
    m_workspace->notifyAnnotationsChanged(article.id);
}

void TestReader::findInArticle()
{
    const Article &article = m_articles.value(QStringLiteral("french_headings.article"));
    m_reader->showArticle(article.id);
    m_reader->activateWindow();
    m_reader->findAction()->trigger();
    auto *query = m_reader->findChild<QLineEdit *>(QStringLiteral("findQuery"));
    auto *matches = m_reader->findChild<QLabel *>(QStringLiteral("findMatches"));
    QVERIFY(query && matches);
    QVERIFY(query->isVisible());

    query->insert(QStringLiteral("ministère")); // typed (keyClicks takes ASCII only)
    const int total = int(m_reader->textView()->document()->toPlainText().count(QStringLiteral("ministère"),
                                                                                 Qt::CaseInsensitive));
    QVERIFY(total >= 3);
    QCOMPARE(matches->text(), QStringLiteral("1 of %1").arg(total));
    QCOMPARE(m_reader->textView()->textCursor().selectedText().toLower(), QStringLiteral("ministère"));
    const int first = m_reader->textView()->textCursor().selectionStart();

    auto *next = m_reader->findChild<QToolButton *>(QStringLiteral("findNext"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(matches->text(), QStringLiteral("2 of %1").arg(total));
    QVERIFY(m_reader->textView()->textCursor().selectionStart() > first);
    // A match in the body is a selection of the article's text, ready to annotate.
    const std::optional<std::pair<int, int>> span = m_reader->selectedSpan();
    QVERIFY(span);
    QCOMPARE(article.text.mid(span->first, span->second - span->first).toLower(), QStringLiteral("ministère"));

    auto *previous = m_reader->findChild<QToolButton *>(QStringLiteral("findPrevious"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_reader->textView()->textCursor().selectionStart(), first);
    QTest::mouseClick(previous, Qt::LeftButton); // wraps to the last match
    QCOMPARE(matches->text(), QStringLiteral("%1 of %1").arg(total));

    query->clear();
    QTest::keyClicks(query, QStringLiteral("zzzz-not-there"));
    QCOMPARE(matches->text(), QStringLiteral("No matches"));

    QTest::keyClick(query, Qt::Key_Escape);
    QVERIFY(!query->isVisible());
}

// Issue 21, item 14: Find in Article folds as the library search does.
void TestReader::findFoldsAccentsAndCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("found");
    QTest::newRow("no accent") << "ministere" << "ministère";
    QTest::newRow("capitals") << "MINISTÈRE" << "ministère";
}

void TestReader::findFoldsAccentsAndCase()
{
    QFETCH(QString, typed);
    QFETCH(QString, found);
    const Article &article = m_articles.value(QStringLiteral("french_headings.article"));
    m_reader->showArticle(m_ids.value(QStringLiteral("mixed_emoji.article")));
    m_reader->showArticle(article.id); // from the top
    m_reader->findAction()->trigger();
    auto *query = m_reader->findChild<QLineEdit *>(QStringLiteral("findQuery"));
    auto *matches = m_reader->findChild<QLabel *>(QStringLiteral("findMatches"));
    query->clear();
    query->insert(typed);
    const int total = int(m_reader->textView()->document()->toPlainText().count(found, Qt::CaseInsensitive));
    QVERIFY(total >= 3);
    QCOMPARE(matches->text(), QStringLiteral("1 of %1").arg(total));
    QCOMPARE(m_reader->textView()->textCursor().selectedText().toLower(), found);
    QTest::keyClick(query, Qt::Key_Escape);
}

// The library search the list is filtered by is marked in the article, under the highlights;
// excluded words are not, and a word is marked where the index matches it (at word starts).
void TestReader::marksTheLibrarySearchTerms()
{
    const Article &article = m_articles.value(QStringLiteral("french_headings.article"));
    m_reader->showArticle(article.id);
    m_reader->setSearchTerms(QString());
    QCOMPARE(m_reader->searchTermCount(), 0);
    m_reader->setSearchTerms(QStringLiteral("ministere -zzzz"));
    const QString plain = m_reader->textView()->document()->toPlainText();
    const int total = int(plain.count(QStringLiteral("ministère"), Qt::CaseInsensitive));
    QCOMPARE(m_reader->searchTermCount(), total);
    int marked = 0;
    for (const QTextEdit::ExtraSelection &selection : m_reader->textView()->extraSelections()) {
        if (!selection.format.property(QTextFormat::UserProperty + 1).toBool())
            continue;
        ++marked;
        QCOMPARE(selection.cursor.selectedText().toLower(), QStringLiteral("ministère"));
    }
    QCOMPARE(marked, total);
    // Another article shown under the same search is marked too; a cleared search unmarks.
    m_reader->showArticle(m_ids.value(QStringLiteral("mixed_emoji.article")));
    m_reader->showArticle(article.id);
    QCOMPARE(m_reader->searchTermCount(), total);
    m_reader->setSearchTerms(QString());
    QCOMPARE(m_reader->searchTermCount(), 0);
}

void TestReader::neverLoadsResources()
{
    QTextDocument *document = m_reader->textView()->document();
    QVERIFY(document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/x.png"))).isNull());
    QVERIFY(document->resource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
}

void TestReader::zoom()
{
    const qreal base = m_reader->textView()->font().pointSizeF();
    m_reader->zoomIn();
    m_reader->zoomIn();
    QCOMPARE(m_reader->textView()->font().pointSizeF(), base + 2);
    QCOMPARE(m_reader->textView()->document()->defaultFont().pointSizeF(), base + 2);
    m_reader->zoomOut();
    QCOMPARE(m_reader->textView()->font().pointSizeF(), base + 1);
    m_reader->resetZoom();
    QCOMPARE(m_reader->zoomSteps(), 0);
}

void TestReader::showingTheSameArticleKeepsScroll()
{
    const Article &article = m_articles.value(QStringLiteral("french_headings.article"));
    m_reader->resize(500, 250);
    m_reader->showArticle(article.id);
    QTest::qWait(10);
    QScrollBar *bar = m_reader->textView()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int value = bar->value();
    m_reader->showArticle(article.id);
    QCOMPARE(bar->value(), value);
    m_reader->resize(900, 700);
}

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
