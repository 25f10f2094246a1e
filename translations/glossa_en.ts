<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationDescription</name>
    <message>
        <source>%1 highlight, claim: %2, verdict: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict with another edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerWorthCheckingCommand</name>
    <message>
        <source>Accept “%1” as Worth Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss “%1” as Not Worth Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the mark could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the mark could not be taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDocumentBuilder</name>
    <message>
        <source>Unknown outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, imported %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditClaimsCommand</name>
    <message>
        <source>The claims could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeMembershipCommand</name>
    <message numerus="yes">
        <source>Add %n Article(s) to “%1”</source>
        <translation>
            <numerusform>Add %n Article to “%1”</numerusform>
            <numerusform>Add %n Articles to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Article(s) from “%1”</source>
        <translation>
            <numerusform>Remove %n Article from “%1”</numerusform>
            <numerusform>Remove %n Articles from “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>« %1 » — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionEdits</name>
    <message>
        <source>A collection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a collection named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCollectionCommand</name>
    <message>
        <source>New Collection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideAppearanceCommand</name>
    <message>
        <source>Accept Repeated Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss Repeated Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeated claim could not be dismissed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeated claim could not be accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeated claim could not be proposed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideClaimsCommand</name>
    <message>
        <source>Accept Agreed Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide a Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions could not be taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteArticlesCommand</name>
    <message>
        <source>Delete Article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Article(s)</source>
        <translation>
            <numerusform>Delete %n Article</numerusform>
            <numerusform>Delete %n Articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The article could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deleted article could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCollectionCommand</name>
    <message>
        <source>Delete Collection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change Highlight Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Markdown brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The filtered list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article to export in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is laid out on pages and needs a file to be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no annotation in this scope matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved, and no file was left in its place.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REFI-QDA file could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClaimReview settings cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review URL template is set: the reviews have no url, and fact-check search takes none without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <source>Upgrading “%1” to this version&apos;s library format…
Large libraries take a few minutes; nothing is lost if Glossa is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockFreeFileDialog</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Library Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a Glossa library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create another library from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password could not be read from the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QdpxArchive</name>
    <message>
        <source>the archive could not be started (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added to the archive (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive could not be finished (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” points outside the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry&apos;s name holds a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a ZIP archive (a .qdpx is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 entries, more than the %2 a project may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of the archive cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” would unpack to %2 MB, more than the %3 MB allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive would unpack to more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” cannot be opened (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” is damaged (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” holds more than it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” fails its checksum (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry “%1” holds less than it declares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <source>Change Colour of Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s colour could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiProjectReader</name>
    <message>
        <source>it is not a QDA-XML project: it holds no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a QDA-XML project: its root element is &lt;%1&gt;, not &lt;Project&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML is malformed at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n element(s))</source>
        <translation>
            <numerusform>%1 (%n element)</numerusform>
            <numerusform>%1 (%n elements)</numerusform>
        </translation>
    </message>
    <message>
        <source>it declares a DTD, which a QDA-XML project never needs (entities are refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its codes are nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1 selections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiQdaExporter</name>
    <message>
        <source>annotation “%1” in “%2”: its passage is no longer in the article&apos;s text (orphaned), and a selection needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the highlight colours of %n annotation(s): a selection has no colour in REFI-QDA (its codes do)</source>
        <translation>
            <numerusform>the highlight colour of %n annotation: a selection has no colour in REFI-QDA (its codes do)</numerusform>
            <numerusform>the highlight colours of %n annotations: a selection has no colour in REFI-QDA (its codes do)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>which lines are headings, in %n article(s): a source is plain text</source>
        <translation>
            <numerusform>which lines are headings, in %n article: a source is plain text</numerusform>
            <numerusform>which lines are headings, in %n articles: a source is plain text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ticker headlines of %n article(s): REFI-QDA has no place for them</source>
        <translation>
            <numerusform>the ticker headlines of %n article: REFI-QDA has no place for them</numerusform>
            <numerusform>the ticker headlines of %n articles: REFI-QDA has no place for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>which of %n annotation(s) are the editor&apos;s final decisions: they are written as their analyst&apos;s codings</source>
        <translation>
            <numerusform>that %n annotation is the editor&apos;s final decision: it is written as its analyst&apos;s coding</numerusform>
            <numerusform>which of %n annotations are the editor&apos;s final decisions: they are written as their analyst&apos;s codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the versions of %n annotation(s) waiting to be settled: only the library&apos;s own is written</source>
        <translation>
            <numerusform>the versions of %n annotation waiting to be settled: only the library&apos;s own is written</numerusform>
            <numerusform>the versions of %n annotations waiting to be settled: only the library&apos;s own is written</numerusform>
        </translation>
    </message>
    <message>
        <source>read and starred marks, and the raw files the articles were imported from: REFI-QDA has no place for them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefiQdaImporter</name>
    <message>
        <source>the file is larger than %1 MB, more than any project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds no .qde project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds several .qde files and no project.qde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: its text is outside the project (%2), and is never read from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: the archive has no sources/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: its text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 is larger than any article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Glossa has no place for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the whole project: a library has no project note</source>
        <translation>
            <numerusform>%n note about the whole project: a library has no project note</numerusform>
            <numerusform>%n notes about the whole project: a library has no project note</numerusform>
        </translation>
    </message>
    <message>
        <source>a note reference to %1: the file has no such note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 (%2): only plain-text sources are read; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: rich text only (%2), without its plain text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: it holds no text; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: a claim kind or verdict coding the whole source; an article has no claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>source %1: %n selection(s) of another kind than plain text</source>
        <translation>
            <numerusform>source %1: %n selection of another kind than plain text</numerusform>
            <numerusform>source %1: %n selections of another kind than plain text</numerusform>
        </translation>
    </message>
    <message>
        <source>selection %1 of source %2: its range %3–%4 is not a passage of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection %1: a second claim kind or verdict (%2); a claim has one, the first is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of a code the codebook does not hold</source>
        <translation>
            <numerusform>%n coding of a code the codebook does not hold</numerusform>
            <numerusform>%n codings of codes the codebook does not hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the author of %n selection(s), a user the file does not list: made by the acting analyst</source>
        <translation>
            <numerusform>the author of %n selection, a user the file does not list: made by the acting analyst</numerusform>
            <numerusform>the author of %n selections, a user the file does not list: made by the acting analyst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of variables other than outlet, date, URL and language</source>
        <translation>
            <numerusform>%n value of a variable other than outlet, date, URL and language</numerusform>
            <numerusform>%n values of variables other than outlet, date, URL and language</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) attached to nothing Glossa carries</source>
        <translation>
            <numerusform>%n note attached to nothing Glossa carries</numerusform>
            <numerusform>%n notes attached to nothing Glossa carries</numerusform>
        </translation>
    </message>
    <message>
        <source>set “%1”: its codes and notes (a collection holds articles only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article of source %1 was not found after writing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection %1: its GUID is already an annotation of another article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the authors of %n selection(s): on a team library what an analyst imports is theirs, so they are yours</source>
        <translation>
            <numerusform>the author of %n selection: on a team library what an analyst imports is theirs, so it is yours</numerusform>
            <numerusform>the authors of %n selections: on a team library what an analyst imports is theirs, so they are yours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <source>Delete Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameCollectionCommand</name>
    <message>
        <source>Rename Collection “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection could not be renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetArticleNoteCommand</name>
    <message>
        <source>Edit Article Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetArticleTagsCommand</name>
    <message>
        <source>Edit Article Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article tags could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCollectionBlindCommand</name>
    <message>
        <source>Review Collection “%1” Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Blind Review of Collection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection&apos;s review state could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetReadCommand</name>
    <message>
        <source>Mark “%1” Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s state could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetReviewFlagCommand</name>
    <message>
        <source>Review “%1” Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Blind Review of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” Not Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s review state could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetStarredCommand</name>
    <message>
        <source>Star “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s state could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Glossa: read, annotate and fact-check news dumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file to open (default: $GLOSSA_DB, then the default library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[paths...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library (*.glossa) to open, files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One library at a time: %1 and %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AgreementDialog</name>
    <message>
        <source>Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement Between Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article two analysts or more annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles the list shows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two analysts annotated the same articles here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are paired when their passages share at least half of the shorter one. Kappa and alpha compare the verdicts of the pairs, alpha the kinds, alpha u every highlighted span; “—” where a figure is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement by article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AgreementTableModel</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span αu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) without a partner claim</source>
        <translation>
            <numerusform>%n claim without a partner claim</numerusform>
            <numerusform>%n claims without a partner claim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the text</source>
        <translation>
            <numerusform>%n no longer in the text</numerusform>
            <numerusform>%n no longer in the text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::AnalystActions</name>
    <message>
        <source>A&amp;nalyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each analyst sees only their own annotations on this article until they mark it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished this article: the other analysts&apos; annotations appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Analyst…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysts&apos; claims side by side, and the final layer&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnalystProfileDialog</name>
    <message>
        <source>Analyst Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you annotate is recorded under this name, so that a desk can compare readings and settle verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected passage (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the claim the selected passage makes (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected passage (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selected passage could not be annotated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationCardDelegate</name>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text is no longer in the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationDialog</name>
    <message>
        <source>New Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters about this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links and notes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;mant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note typed here before could not be saved then; it is back in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1
Everything typed is still here, and the note is kept in a recovery file too. Save again once the library can take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said: an export takes a name of one of the library&apos;s outlets for an organisation, anyone else for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant&apos;s kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in a line, for fact-check search (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as the ClaimReview&apos;s claimReviewed, under %1 characters; without a summary the quote is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Word Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the quote one word earlier (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− First Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the quote one word later (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Last Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the quote one word earlier (Alt+Shift+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Word After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the quote one word later (Alt+Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text typed in this dialog has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationImportController</name>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge annotations from a W3C Web Annotation (JSON-LD) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be an annotation file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationImportSummaryDialog</name>
    <message>
        <source>Annotations Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is not an undoable edit: Edit ▸ Undo does not remove the imported annotations. Delete them one by one if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported from %1.</source>
        <translation>
            <numerusform>%n annotation imported from %1.</numerusform>
            <numerusform>%n annotations imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…of which orphaned (quote not found in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: article not in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: changed in the file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: changed on both sides, both kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept ours: older in the file, or changed here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations not imported, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: a whole page annotated, no passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchDock</name>
    <message>
        <source>Annotation Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotation Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the quotes, notes and tags of every annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind · Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchPanel</name>
    <message>
        <source>Search highlighted passages, notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words must all match; accents are ignored. Use &quot;quotes&quot; for a phrase, word* for a prefix, -word to exclude, OR between alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n match(es)</source>
        <translation>
            <numerusform>First match</numerusform>
            <numerusform>First %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in quotes, notes, tags and claimants of every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSidebar</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only annotations with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only claims with this verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected annotation (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected annotation (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the annotations of everyone, yours, or one analyst&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blind review: %n annotation(s) by other analysts stay hidden until you mark this article done (Article ▸ Done Reading).</source>
        <translation>
            <numerusform>Blind review: %n annotation by another analyst stays hidden until you mark this article done (Article ▸ Done Reading).</numerusform>
            <numerusform>Blind review: %n annotations by other analysts stay hidden until you mark this article done (Article ▸ Done Reading).</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This annotation is %1&apos;s: only they can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card says its highlight colour, claim and verdict in words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AppearanceCard</name>
    <message>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 % alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the fact-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the fact-check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it as a claim in this article, with the remembered verdict (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a repeat: it is not proposed again for this passage (D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AppearanceListModel</name>
    <message>
        <source>Repeats a claim rated %1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats a claim rated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats a claim rated %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats a claim rated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::AppearancePanel</name>
    <message>
        <source>Repeats of checked claims (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ArticleDeletion</name>
    <message>
        <source>&amp;Delete Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected articles with their annotations (Edit ▸ Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n annotation(s)?</source>
        <translation>
            <numerusform>Delete “%1” and its annotation?</numerusform>
            <numerusform>Delete “%1” and its %n annotations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) and their annotations?</source>
        <translation>
            <numerusform>Delete %n article and its annotations?</numerusform>
            <numerusform>Delete %n articles and their annotations?</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims, notes and tags on them go too. Edit ▸ Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ArticleNotePanel</name>
    <message>
        <source>Article note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of the whole article, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note and tags are saved in the library as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library refused the note; it is kept in a recovery file and tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ArticlePartsBar</name>
    <message>
        <source>&amp;Previous Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is very long (%1 characters): it is shown in %2 parts so that the window stays responsive. Part %3 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::BackupController</name>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a consistent copy of the library, to restore from if the file is ever damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup %2.glossa</source>
        <extracomment>The proposed file name of a backup: %1 the library&apos;s name, %2 today&apos;s date (YYYY-MM-DD).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the library to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Backed Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was left there; the library itself was not changed. Check that the folder is writable and has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore it, use File ▸ Restore from Backup… (or &apos;glossa-cli restore&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::CitationCopier</name>
    <message>
        <source>Copy as &amp;Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the passage with its outlet and date, ready to paste into a brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ClaimFilterBar</name>
    <message>
        <source>Words in passage, note or claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ClaimGroupModel</name>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed: not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim of this analyst on this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ClaimHistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This annotation is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before analysts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ClaimMemoryController</name>
    <message>
        <source>C&amp;laims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Fact-checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fact-checks published as schema.org ClaimReview (JSON-LD) to the claim memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match Claims Against Memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for every remembered claim in every article of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Repeated Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the current repeat as a claim with the remembered verdict (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss Repeated Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a repeat: never propose this passage again (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Original Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Fact-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) added to the claim memory</source>
        <translation>
            <numerusform>%n fact-check added to the claim memory</numerusform>
            <numerusform>%n fact-checks added to the claim memory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n already there).</numerusform>
            <numerusform>(%n already there).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) added to the claim memory.</source>
        <translation>
            <numerusform>%n fact-check added to the claim memory.</numerusform>
            <numerusform>%n fact-checks added to the claim memory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match Claims Against Memory finds where they are repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the claim memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Matched %1 of %n article(s)</source>
        <translation>
            <numerusform>Matched %1 of %n article</numerusform>
            <numerusform>Matched %1 of %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new repeat(s) of checked claims found</source>
        <translation>
            <numerusform>%n new repeat of a checked claim found</numerusform>
            <numerusform>%n new repeats of checked claims found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s).</source>
        <translation>
            <numerusform>in %n article.</numerusform>
            <numerusform>in %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was found before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ClaimReviewOptions</name>
    <message>
        <source>ClaimReview publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page where each fact-check is published; {id} stands for the claim&apos;s identifier. Fact-check search takes no review without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s website is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo URL is not a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review page needs {id} where each claim&apos;s identifier goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review page is not a web address (https://…/{id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ClaimTableModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ClaimsBoard</name>
    <message>
        <source>Set Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to the selected claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected</source>
        <translation>
            <numerusform>%n claim selected</numerusform>
            <numerusform>%n claims selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim of the library with its verdict in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set Verdict of %n Claim(s)</source>
        <translation>
            <numerusform>Set Verdict of %n Claim</numerusform>
            <numerusform>Set Verdict of %n Claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Claim(s)</source>
        <translation>
            <numerusform>Tag %n Claim</numerusform>
            <numerusform>Tag %n Claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::ClaimsBoardDock</name>
    <message>
        <source>Claims Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims Board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::CollectionActions</name>
    <message>
        <source>Add to &amp;Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n article to “%1”.</numerusform>
            <numerusform>Added %n articles to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from the collection.</source>
        <translation>
            <numerusform>Removed %n article from the collection.</numerusform>
            <numerusform>Removed %n articles from the collection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New collection “%1” with %n article(s).</source>
        <translation>
            <numerusform>New collection “%1” with %n article.</numerusform>
            <numerusform>New collection “%1” with %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection (the selected articles go in it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::CollectionListModel</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is not limited to a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::CollectionsDock</name>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::CollectionsPanel</name>
    <message>
        <source>Drag articles from the list onto a collection to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On every article of this collection, each analyst sees only their own annotations until done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::DateField</name>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or as 2025-03-01</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::EditConflictController</name>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this annotation at %2, after you opened it. Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:
%1

Yours:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Note Changed Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this article&apos;s note at %2, after you started editing it. Your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mine Instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::EmptyListNotice</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outlet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims rated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles yet.
Import dumps with File ▸ Import Files… or drop files or folders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ExchangeSummaryDialog</name>
    <message>
        <source>Not carried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations as a brief, a spreadsheet, a report or JSON-LD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) from %1 to %2.</source>
        <translation>
            <numerusform>Exported %n annotation from %1 to %2.</numerusform>
            <numerusform>Exported %n annotations from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Project Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA has no place for these; the library keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>The selected article (%n)</numerusform>
            <numerusform>The selected articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filtered list (%n article(s))</source>
        <translation>
            <numerusform>The filtered list (%n article)</numerusform>
            <numerusform>The filtered list (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole library (every annotated article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;annotations with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ExportDoneBar</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::FilterBar</name>
    <message>
        <source>Search titles and text  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words must all match; accents are ignored. Use &quot;quotes&quot; for a phrase, word* for a prefix, -word to exclude, OR between alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag on the article or on one of its annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict of a claim in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unread articles only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show starred articles only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection (case file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats a checked claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only articles where the claim memory found a claim the desk or a fact-checker has already rated (proposed or accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict of the repeated claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::HeadlineModel</name>
    <message>
        <source>Unknown outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many annotations (highlights, claims and notes) the article has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column: number of annotations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats a checked claim rated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between verdicts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the article’s note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::HeadlineView</name>
    <message>
        <source>Headlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles of the library that match the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ImportController</name>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News dumps (*.txt *.text *.jsonl *.ndjson *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s)
%2</source>
        <translation>
            <numerusform>Imported %1 of %n file
%2</numerusform>
            <numerusform>Imported %1 of %n files
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for repeats of checked claims…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s).</source>
        <translation>
            <numerusform>from %n file.</numerusform>
            <numerusform>from %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were already in the library.</source>
        <translation>
            <numerusform>%n article was already in the library.</numerusform>
            <numerusform>%n articles were already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing was taken from them.</source>
        <translation>
            <numerusform>%n file refused; nothing was taken from it.</numerusform>
            <numerusform>%n files refused; nothing was taken from them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files done before stay imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No provenance line: %n article(s) laid out as plain text, outlet unknown</source>
        <translation>
            <numerusform>No provenance line: %n article laid out as plain text, outlet unknown</numerusform>
            <numerusform>No provenance line: %n articles laid out as plain text, outlet unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>Generic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had no provenance line: their articles show no outlet or date.</source>
        <translation>
            <numerusform>%n file had no provenance line: its articles show no outlet or date.</numerusform>
            <numerusform>%n files had no provenance line: their articles show no outlet or date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new articles could not be matched against the claim memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) of checked claims found in them.</source>
        <translation>
            <numerusform>%n repeat of a checked claim found in them.</numerusform>
            <numerusform>%n repeats of checked claims found in them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No repeat of a checked claim found in them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::LibraryController</name>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library.glossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a Glossa library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current library stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password could not be read from the system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::LibraryCopyController</name>
    <message>
        <source>&amp;Copy Library To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole library into a library file or a team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Library To</source>
        <extracomment>The proposed name of a library file copied from the open library.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library copy.glossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Not Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open library itself: choose another file or team library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the library to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the library to %1…
%2: %3 of %4</source>
        <extracomment>%1 the table being copied (articles, annotations, …), %2 and %3 its rows done and in all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The library was copied to %1: %n row(s) added.</source>
        <translation>
            <numerusform>The library was copied to %1: %n row added.</numerusform>
            <numerusform>The library was copied to %1: %n rows added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying again adds only what is new since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was copied stays there; copying again resumes. The open library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::LibraryStatusLabel</name>
    <message>
        <source>No library open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) shown</source>
        <translation>
            <numerusform>%1 of %n article shown</numerusform>
            <numerusform>%1 of %n articles shown</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::MainActions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import news dumps (text, JSON Lines, HTML) into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Read/Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Articles Read When &amp;Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Glossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard into the article&apos;s text, to select a passage (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Glossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glossa %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for news analysts: import dumps of news pages, highlight passages, record claims with their verdicts, and export briefs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Glossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker &amp;Headlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program kept the library busy for more than 10 seconds (an import with glossa-cli?). Nothing was changed; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached: changes are not saved until it is back. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the team library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can read it, but edits are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file was replaced or deleted: nothing more is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library File Replaced or Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Glossa stopped writing to it, so that the file now at that place is not damaged; your edits of this session are kept in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them to a new library file, then open it (File &gt; Open Library...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Edits to a New File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Edits to a New File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1; open it with File &gt; Open Library...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::PreferencesController</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect the next time Glossa starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it takes effect the next time Glossa starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Glossa starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typeface of the article text in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In points, before zooming with Ctrl++ and Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Reading For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only by Hand (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark articles read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before an open article is marked read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst at This Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name, initials and colour your annotations carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where File ▸ Export… starts; empty for the folder of the last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the last library used when Glossa starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise Glossa opens its default library, unless one is named with --db or GLOSSA_DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default e&amp;xport folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet: your annotations carry your account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst chip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ProjectImportController</name>
    <message>
        <source>Import &amp;Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and %1 imported from %2.</source>
        <translation>
            <numerusform>%n article and %1 imported from %2.</numerusform>
            <numerusform>%n articles and %1 imported from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text sources read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selections read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is not an undoable edit: Edit ▸ Undo does not remove what it added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ReaderView</name>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (claimant: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article in the list — J and K move to the next and previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend Selection to &amp;Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ReadingController</name>
    <message>
        <source>The article could not be marked read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::RestoreController</name>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in the place of this library; the library as it is now is kept beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the library %1 with the backup %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library as it is now, with every change made since the backup, is kept beside it under a dated name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and copying the backup %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ReviewDialog</name>
    <message>
        <source>Review Claims — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim all its analysts coded on the same words with the same verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take This Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide With This Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: %1 · analysts: %2 · decided: %3 · agreed and waiting: %4 · to settle: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::TagManagerDialog</name>
    <message>
        <source>Manage Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change here can be undone (%1), here or in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag named “%1”. Merge “%2” into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::TagTableModel</name>
    <message>
        <source>%1 — colour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::TagsLineEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::TaxonomyLabels</name>
    <message>
        <source>Factual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::TeamLibraryDialog</name>
    <message>
        <source>Open Team Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org, or a local server&apos;s socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ~/.pgpass when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to Team Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator gives you these (glossa-cli team add-analyst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as the team library&apos;s owner (the login that ran &apos;glossa-cli team init&apos;): the rows are every analyst&apos;s. Copying again adds only what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless you ask Glossa to remember it, the password is kept only until Glossa quits; it is never written to Glossa&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring (%1): it is kept until Glossa quits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::TickerHeadlineModel</name>
    <message>
        <source>In the library: double-click to open the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ticker of a page of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::TickerHeadlinesDialog</name>
    <message>
        <source>Ticker Headlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n headline(s)</source>
        <translation>
            <numerusform>%n headline</numerusform>
            <numerusform>%n headlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the library (underlined; double-click to open)</source>
        <translation>
            <numerusform>%n in the library (underlined; double-click to open)</numerusform>
            <numerusform>%n in the library (underlined; double-click to open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tickers of the whole library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headlines could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ticker headlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker headlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseDock</name>
    <message>
        <source>Where Else?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseLauncher</name>
    <message>
        <source>&amp;Where Else?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other articles that carry this passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::WhereElsePanel</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Onto This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate the passage found in the selected article with the same claim, tags and colour (Edit ▸ Undo takes it off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other article in the library carries this passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found in %n other article(s), earliest first. Double-click one to open it on the passage.</source>
        <translation>
            <numerusform>Found in %n other article. Double-click it to open it on the passage.</numerusform>
            <numerusform>Found in %n other articles, earliest first. Double-click one to open it on the passage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles with the same passage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::Workspace</name>
    <message>
        <source>The analyst could not be recorded in the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library refused the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossa::WorthCheckingMarks</name>
    <message>
        <source>&amp;Worth Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth Checking: &amp;Accept Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth Checking: &amp;Dismiss Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the sentences most worth checking in the margin (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sum of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outlet or claimant the library knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a superlative or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed to a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hedged, which lowers the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted this mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to accept or dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
