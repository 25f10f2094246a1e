<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
</context>
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add Claim</source>
        <translation>Ajouter une allégation</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add Highlight</source>
        <translation>Ajouter un surlignage</translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation>L&apos;annotation n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The annotation could not be removed: %1</source>
        <translation>L&apos;annotation n&apos;a pas pu être retirée : %1</translation>
    </message>
</context>
<context>
    <name>AnnotationDescription</name>
    <message>
        <source>%1 highlight, claim: %2, verdict: %3.</source>
        <translation>Surlignage %1, affirmation&#xa0;: %2, verdict&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Claimant: %1.</source>
        <translation>Auteur de l’affirmation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 highlight.</source>
        <translation>Surlignage %1.</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>Étiquettes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Par %1.</translation>
    </message>
    <message>
        <source>The editor&apos;s decision.</source>
        <translation>Décision du rédacteur en chef.</translation>
    </message>
    <message>
        <source>In conflict with another edit.</source>
        <translation>En conflit avec une autre modification.</translation>
    </message>
</context>
<context>
    <name>AnswerWorthCheckingCommand</name>
    <message>
        <source>Accept “%1” as Worth Checking</source>
        <translation>Accepter « %1 » comme à vérifier</translation>
    </message>
    <message>
        <source>Dismiss “%1” as Not Worth Checking</source>
        <translation>Écarter « %1 » comme à ne pas vérifier</translation>
    </message>
    <message>
        <source>The answer to the mark could not be saved: %1</source>
        <translation>La réponse à la marque n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The answer to the mark could not be taken back: %1</source>
        <translation>La réponse à la marque n’a pas pu être annulée : %1</translation>
    </message>
</context>
<context>
    <name>ArticleDocumentBuilder</name>
    <message>
        <source>Unknown outlet</source>
        <translation>Média inconnu</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>fichier inconnu</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Provenance : %1</translation>
    </message>
    <message>
        <source>From %1, imported %2</source>
        <translation>Provenance : %1, importé le %2</translation>
    </message>
</context>
<context>
    <name>BulkEditClaimsCommand</name>
    <message>
        <source>The claims could not be saved: %1</source>
        <translation>Les affirmations n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>ChangeMembershipCommand</name>
    <message numerus="yes">
        <source>Add %n Article(s) to “%1”</source>
        <translation>
            <numerusform>Ajouter %n article à « %1 »</numerusform>
            <numerusform>Ajouter %n articles à « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Article(s) from “%1”</source>
        <translation>
            <numerusform>Retirer %n article de « %1 »</numerusform>
            <numerusform>Retirer %n articles de « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection could not be changed: %1</source>
        <translation>Le dossier n’a pas pu être modifié : %1</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>« %1 » — %2, %3</source>
        <translation>« %1 » — %2, %3</translation>
    </message>
    <message>
        <source>« %1 » — %2</source>
        <translation>« %1 » — %2</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>CollectionEdits</name>
    <message>
        <source>A collection needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a collection named “%1”.</source>
        <translation>Il existe déjà un dossier nommé « %1 ».</translation>
    </message>
    <message>
        <source>The library refused the change.</source>
        <translation>La bibliothèque a refusé la modification.</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>Ce dossier n’existe plus.</translation>
    </message>
</context>
<context>
    <name>CreateCollectionCommand</name>
    <message>
        <source>New Collection “%1”</source>
        <translation>Nouveau dossier « %1 »</translation>
    </message>
    <message>
        <source>The collection could not be created: %1</source>
        <translation>Le dossier n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>The collection could not be removed: %1</source>
        <translation>Le dossier n’a pas pu être retiré : %1</translation>
    </message>
</context>
<context>
    <name>DecideAppearanceCommand</name>
    <message>
        <source>Accept Repeated Claim</source>
        <translation>Accepter la reprise</translation>
    </message>
    <message>
        <source>Dismiss Repeated Claim</source>
        <translation>Écarter la reprise</translation>
    </message>
    <message>
        <source>The repeated claim could not be dismissed: %1</source>
        <translation>La reprise n'a pas pu être écartée : %1</translation>
    </message>
    <message>
        <source>The repeated claim could not be accepted: %1</source>
        <translation>La reprise n'a pas pu être acceptée : %1</translation>
    </message>
    <message>
        <source>The repeated claim could not be proposed again: %1</source>
        <translation>La reprise n'a pas pu être proposée à nouveau : %1</translation>
    </message>
</context>
<context>
    <name>DecideClaimsCommand</name>
    <message>
        <source>Accept Agreed Claims</source>
        <translation>Accepter les affirmations concordantes</translation>
    </message>
    <message>
        <source>Decide a Claim</source>
        <translation>Statuer sur une affirmation</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>Les décisions n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The decisions could not be taken back: %1</source>
        <translation>Les décisions n&apos;ont pas pu être annulées : %1</translation>
    </message>
</context>
<context>
    <name>DeleteArticlesCommand</name>
    <message>
        <source>Delete Article “%1”</source>
        <translation>Supprimer l’article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Article(s)</source>
        <translation>
            <numerusform>Supprimer %n article</numerusform>
            <numerusform>Supprimer %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>The article could not be deleted: %1</source>
        <translation>L’article n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The deleted article could not be put back: %1</source>
        <translation>L’article supprimé n’a pas pu être rétabli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeleteCollectionCommand</name>
    <message>
        <source>Delete Collection “%1”</source>
        <translation>Supprimer le dossier « %1 »</translation>
    </message>
    <message>
        <source>The collection could not be deleted: %1</source>
        <translation>Le dossier n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>The collection could not be restored: %1</source>
        <translation>Le dossier n’a pas pu être rétabli : %1</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change Highlight Colour</source>
        <translation>Changer la couleur du surlignage</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Modifier l&apos;allégation</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l&apos;annotation</translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation>L&apos;annotation n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Markdown brief</source>
        <translation>Synthèse Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per annotation)</source>
        <translation>Tableur CSV (une ligne par annotation)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Annotations Web W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD)</source>
        <translation>ClaimReview (JSON-LD schema.org)</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)</source>
        <translation>Projet REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Livre de codes REFI-QDA</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The filtered list could not be read: %1</source>
        <translation>La liste filtrée n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>There is no article to export in this scope.</source>
        <translation>Il n&apos;y a aucun article à exporter dans cette sélection.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Nothing to export: no annotation in this scope matches the filters.</source>
        <translation>Rien à exporter : aucune annotation de cette sélection ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>“%1” could not be saved, and no file was left in its place.

%2</source>
        <translation>« %1 » n&apos;a pas pu être enregistré, et aucun fichier n&apos;a été laissé à sa place.

%2</translation>
    </message>
    <message>
        <source>A %1 is laid out on pages and needs a file to be written to.</source>
        <translation>Un %1 est mis en page et doit être écrit dans un fichier.</translation>
    </message>
    <message>
        <source>The REFI-QDA file could not be made: %1</source>
        <translation>Le fichier REFI-QDA n’a pas pu être produit : %1</translation>
    </message>
    <message>
        <source>The ClaimReview settings cannot be used: %1.</source>
        <translation>Les réglages ClaimReview ne peuvent pas servir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No review URL template is set: the reviews have no url, and fact-check search takes none without one.</source>
        <translation>Aucun modèle d&apos;adresse de vérification n&apos;est défini&#xa0;: les vérifications n&apos;ont pas d&apos;url, et la recherche de vérifications n&apos;en prend aucune sans elle.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <source>Upgrading “%1” to this version&apos;s library format…
Large libraries take a few minutes; nothing is lost if Glossa is closed.</source>
        <translation>Mise à jour de « %1 » au format de bibliothèque de cette version…
Les grandes bibliothèques demandent quelques minutes ; rien n’est perdu si Glossa est fermé.</translation>
    </message>
    <message>
        <source>Upgrading Library</source>
        <translation>Mise à jour de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LockFreeFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>Fusionner l&apos;étiquette « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation>Les étiquettes n&apos;ont pas pu être fusionnées : %1</translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation>La fusion n&apos;a pas pu être annulée : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Library Not Opened</source>
        <translation>Bibliothèque non ouverte</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a Glossa library.</source>
        <translation>« %1 » ne peut pas être ouvert comme bibliothèque Glossa.</translation>
    </message>
    <message>
        <source>Open or create another library from the File menu.</source>
        <translation>Ouvrez ou créez une autre bibliothèque depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>The remembered password could not be read from the system keyring: %1</source>
        <translation>Le mot de passe mémorisé n’a pas pu être lu dans le trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QdpxArchive</name>
    <message>
        <source>the archive could not be started (zip error %1)</source>
        <translation>l’archive n’a pas pu être commencée (erreur zip %1)</translation>
    </message>
    <message>
        <source>%1 could not be added to the archive (zip error %2)</source>
        <translation>%1 n’a pas pu être ajouté à l’archive (erreur zip %2)</translation>
    </message>
    <message>
        <source>the archive could not be finished (zip error %1)</source>
        <translation>l’archive n’a pas pu être terminée (erreur zip %1)</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>une entrée n’a pas de nom</translation>
    </message>
    <message>
        <source>the entry “%1” has an absolute path</source>
        <translation>l’entrée « %1 » a un chemin absolu</translation>
    </message>
    <message>
        <source>the entry “%1” points outside the archive</source>
        <translation>l’entrée « %1 » pointe hors de l’archive</translation>
    </message>
    <message>
        <source>an entry&apos;s name holds a NUL character</source>
        <translation>le nom d’une entrée contient un caractère NUL</translation>
    </message>
    <message>
        <source>it is not a ZIP archive (a .qdpx is one)</source>
        <translation>ce n’est pas une archive ZIP (un .qdpx en est une)</translation>
    </message>
    <message>
        <source>it holds %1 entries, more than the %2 a project may</source>
        <translation>elle contient %1 entrées, plus que les %2 permises à un projet</translation>
    </message>
    <message>
        <source>an entry of the archive cannot be read</source>
        <translation>une entrée de l’archive est illisible</translation>
    </message>
    <message>
        <source>the entry “%1” would unpack to %2 MB, more than the %3 MB allowed</source>
        <translation>l’entrée « %1 » occuperait %2 Mo une fois décompressée, plus que les %3 Mo permis</translation>
    </message>
    <message>
        <source>the archive would unpack to more than %1 MB</source>
        <translation>l’archive occuperait plus de %1 Mo une fois décompressée</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged (zip error %1)</source>
        <translation>le répertoire de l’archive est endommagé (erreur zip %1)</translation>
    </message>
    <message>
        <source>the archive has no entry “%1”</source>
        <translation>l’archive n’a pas d’entrée « %1 »</translation>
    </message>
    <message>
        <source>the entry “%1” cannot be opened (zip error %2)</source>
        <translation>l’entrée « %1 » ne peut pas être ouverte (erreur zip %2)</translation>
    </message>
    <message>
        <source>the entry “%1” is damaged (zip error %2)</source>
        <translation>l’entrée « %1 » est endommagée (erreur zip %2)</translation>
    </message>
    <message>
        <source>the entry “%1” holds more than it declares</source>
        <translation>l’entrée « %1 » contient plus qu’elle ne le déclare</translation>
    </message>
    <message>
        <source>the entry “%1” fails its checksum (zip error %2)</source>
        <translation>la somme de contrôle de l’entrée « %1 » est fausse (erreur zip %2)</translation>
    </message>
    <message>
        <source>the entry “%1” holds less than it declares</source>
        <translation>l’entrée « %1 » contient moins qu’elle ne le déclare</translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <source>Change Colour of Tag “%1”</source>
        <translation>Changer la couleur de l&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>The tag&apos;s colour could not be saved: %1</source>
        <translation>La couleur de l&apos;étiquette n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>RefiProjectReader</name>
    <message>
        <source>it is not a QDA-XML project: it holds no element</source>
        <translation>ce n’est pas un projet QDA-XML : il ne contient aucun élément</translation>
    </message>
    <message>
        <source>it is not a QDA-XML project: its root element is &lt;%1&gt;, not &lt;Project&gt;</source>
        <translation>ce n’est pas un projet QDA-XML : son élément racine est &lt;%1&gt;, pas &lt;Project&gt;</translation>
    </message>
    <message>
        <source>it holds more than %1 notes</source>
        <translation>il contient plus de %1 notes</translation>
    </message>
    <message>
        <source>the XML is malformed at line %1: %2</source>
        <translation>le XML est mal formé à la ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n element(s))</source>
        <translation>
            <numerusform>%1 (%n élément)</numerusform>
            <numerusform>%1 (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>it declares a DTD, which a QDA-XML project never needs (entities are refused)</source>
        <translation>il déclare une DTD, dont un projet QDA-XML n’a jamais besoin (les entités sont refusées)</translation>
    </message>
    <message>
        <source>its codes are nested more than %1 levels deep</source>
        <translation>ses codes sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>it holds more than %1 codes</source>
        <translation>il contient plus de %1 codes</translation>
    </message>
    <message>
        <source>it holds more than %1 sources</source>
        <translation>il contient plus de %1 sources</translation>
    </message>
    <message>
        <source>it holds more than %1 selections</source>
        <translation>il contient plus de %1 sélections</translation>
    </message>
</context>
<context>
    <name>RefiQdaExporter</name>
    <message>
        <source>annotation “%1” in “%2”: its passage is no longer in the article&apos;s text (orphaned), and a selection needs one</source>
        <translation>annotation « %1 » dans « %2 » : son passage n’est plus dans le texte de l’article (orpheline), et une sélection en exige un</translation>
    </message>
    <message numerus="yes">
        <source>the highlight colours of %n annotation(s): a selection has no colour in REFI-QDA (its codes do)</source>
        <translation>
            <numerusform>la couleur de surlignage de %n annotation : une sélection n’a pas de couleur dans REFI-QDA (ses codes en ont)</numerusform>
            <numerusform>les couleurs de surlignage de %n annotations : une sélection n’a pas de couleur dans REFI-QDA (ses codes en ont)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>which lines are headings, in %n article(s): a source is plain text</source>
        <translation>
            <numerusform>les lignes qui sont des intertitres, dans %n article : une source est du texte brut</numerusform>
            <numerusform>les lignes qui sont des intertitres, dans %n articles : une source est du texte brut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ticker headlines of %n article(s): REFI-QDA has no place for them</source>
        <translation>
            <numerusform>les titres du bandeau de %n article : REFI-QDA n’a pas de place pour eux</numerusform>
            <numerusform>les titres du bandeau de %n articles : REFI-QDA n’a pas de place pour eux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>which of %n annotation(s) are the editor&apos;s final decisions: they are written as their analyst&apos;s codings</source>
        <translation>
            <numerusform>qu’%n annotation est une décision finale de l’éditeur : elle est écrite comme codage de son analyste</numerusform>
            <numerusform>lesquelles de %n annotations sont des décisions finales de l’éditeur : elles sont écrites comme codages de leur analyste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the versions of %n annotation(s) waiting to be settled: only the library&apos;s own is written</source>
        <translation>
            <numerusform>les versions de %n annotation en attente d’arbitrage : seule celle de la bibliothèque est écrite</numerusform>
            <numerusform>les versions de %n annotations en attente d’arbitrage : seule celle de la bibliothèque est écrite</numerusform>
        </translation>
    </message>
    <message>
        <source>read and starred marks, and the raw files the articles were imported from: REFI-QDA has no place for them</source>
        <translation>les marques « lu » et « suivi », et les fichiers bruts d’où viennent les articles : REFI-QDA n’a pas de place pour eux</translation>
    </message>
</context>
<context>
    <name>RefiQdaImporter</name>
    <message>
        <source>the file is larger than %1 MB, more than any project</source>
        <translation>le fichier dépasse %1 Mo, plus que n’importe quel projet</translation>
    </message>
    <message>
        <source>the archive holds no .qde project file</source>
        <translation>l’archive ne contient aucun fichier de projet .qde</translation>
    </message>
    <message>
        <source>the archive holds several .qde files and no project.qde</source>
        <translation>l’archive contient plusieurs fichiers .qde et aucun project.qde</translation>
    </message>
    <message>
        <source>source %1: its text is outside the project (%2), and is never read from there</source>
        <translation>source %1 : son texte est hors du projet (%2), et n’est jamais lu à cet endroit</translation>
    </message>
    <message>
        <source>source %1: the archive has no sources/%2</source>
        <translation>source %1 : l’archive n’a pas de sources/%2</translation>
    </message>
    <message>
        <source>source %1: its text is not UTF-8</source>
        <translation>source %1 : son texte n’est pas en UTF-8</translation>
    </message>
    <message>
        <source>source %1: %2 cannot be read</source>
        <translation>source %1 : %2 est illisible</translation>
    </message>
    <message>
        <source>the source %1 is larger than any article</source>
        <translation>la source %1 est plus grande que n’importe quel article</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>%1: Glossa has no place for it</source>
        <translation>%1 : Glossa n’a pas de place pour cela</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the whole project: a library has no project note</source>
        <translation>
            <numerusform>%n note sur le projet entier : une bibliothèque n’a pas de note de projet</numerusform>
            <numerusform>%n notes sur le projet entier : une bibliothèque n’a pas de note de projet</numerusform>
        </translation>
    </message>
    <message>
        <source>a note reference to %1: the file has no such note</source>
        <translation>un renvoi à la note %1 : le fichier n’a pas cette note</translation>
    </message>
    <message>
        <source>source %1 (%2): only plain-text sources are read; skipped</source>
        <translation>source %1 (%2) : seules les sources en texte brut sont lues ; ignorée</translation>
    </message>
    <message>
        <source>source %1: rich text only (%2), without its plain text; skipped</source>
        <translation>source %1 : texte enrichi seulement (%2), sans son texte brut ; ignorée</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Source sans titre</translation>
    </message>
    <message>
        <source>source %1: it holds no text; skipped</source>
        <translation>source %1 : elle ne contient aucun texte ; ignorée</translation>
    </message>
    <message>
        <source>source %1: a claim kind or verdict coding the whole source; an article has no claim</source>
        <translation>source %1 : un type d’affirmation ou un verdict code toute la source ; un article n’a pas d’affirmation</translation>
    </message>
    <message numerus="yes">
        <source>source %1: %n selection(s) of another kind than plain text</source>
        <translation>
            <numerusform>source %1 : %n sélection d’un autre type que le texte brut</numerusform>
            <numerusform>source %1 : %n sélections d’un autre type que le texte brut</numerusform>
        </translation>
    </message>
    <message>
        <source>selection %1 of source %2: its range %3–%4 is not a passage of the text</source>
        <translation>sélection %1 de la source %2 : sa plage %3–%4 n’est pas un passage du texte</translation>
    </message>
    <message>
        <source>selection %1: a second claim kind or verdict (%2); a claim has one, the first is kept</source>
        <translation>sélection %1 : un deuxième type d’affirmation ou verdict (%2) ; une affirmation n’en a qu’un, le premier est gardé</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of a code the codebook does not hold</source>
        <translation>
            <numerusform>%n codage d’un code absent du livre de codes</numerusform>
            <numerusform>%n codages de codes absents du livre de codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the author of %n selection(s), a user the file does not list: made by the acting analyst</source>
        <translation>
            <numerusform>l’auteur de %n sélection, un utilisateur que le fichier ne liste pas : attribuée à l’analyste actif</numerusform>
            <numerusform>l’auteur de %n sélections, un utilisateur que le fichier ne liste pas : attribuées à l’analyste actif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of variables other than outlet, date, URL and language</source>
        <translation>
            <numerusform>%n valeur d’une variable autre que le média, la date, l’URL et la langue</numerusform>
            <numerusform>%n valeurs de variables autres que le média, la date, l’URL et la langue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) attached to nothing Glossa carries</source>
        <translation>
            <numerusform>%n note rattachée à rien de ce que Glossa transmet</numerusform>
            <numerusform>%n notes rattachées à rien de ce que Glossa transmet</numerusform>
        </translation>
    </message>
    <message>
        <source>set “%1”: its codes and notes (a collection holds articles only)</source>
        <translation>ensemble « %1 » : ses codes et ses notes (une collection ne contient que des articles)</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>the article of source %1 was not found after writing it</source>
        <translation>l’article de la source %1 est introuvable après son écriture</translation>
    </message>
    <message>
        <source>selection %1: its GUID is already an annotation of another article</source>
        <translation>sélection %1 : son GUID est déjà celui d’une annotation d’un autre article</translation>
    </message>
    <message numerus="yes">
        <source>the authors of %n selection(s): on a team library what an analyst imports is theirs, so they are yours</source>
        <translation>
            <numerusform>l’auteur de %n sélection : sur une bibliothèque d’équipe, ce qu’un analyste importe est à lui, donc à vous</numerusform>
            <numerusform>les auteurs de %n sélections : sur une bibliothèque d’équipe, ce qu’un analyste importe est à lui, donc à vous</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete Claim</source>
        <translation>Supprimer l&apos;allégation</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>The annotation could not be deleted: %1</source>
        <translation>L&apos;annotation n&apos;a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>The annotation could not be restored: %1</source>
        <translation>L&apos;annotation n&apos;a pas pu être rétablie : %1</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>Supprimer l&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>The tag could not be deleted: %1</source>
        <translation>L&apos;étiquette n&apos;a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>The tag could not be restored: %1</source>
        <translation>L&apos;étiquette n&apos;a pas pu être restaurée : %1</translation>
    </message>
</context>
<context>
    <name>RenameCollectionCommand</name>
    <message>
        <source>Rename Collection “%1” to “%2”</source>
        <translation>Renommer le dossier « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>The collection could not be renamed: %1</source>
        <translation>Le dossier n’a pas pu être renommé : %1</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>Renommer l&apos;étiquette « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>L&apos;étiquette n&apos;a pas pu être renommée : %1</translation>
    </message>
</context>
<context>
    <name>SetArticleNoteCommand</name>
    <message>
        <source>Edit Article Note</source>
        <translation>Modifier la note de l&apos;article</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>l&apos;article n&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>The article note could not be saved: %1</source>
        <translation>La note de l&apos;article n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>SetArticleTagsCommand</name>
    <message>
        <source>Edit Article Tags</source>
        <translation>Modifier les étiquettes de l&apos;article</translation>
    </message>
    <message>
        <source>The article tags could not be saved: %1</source>
        <translation>Les étiquettes de l&apos;article n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>SetCollectionBlindCommand</name>
    <message>
        <source>Review Collection “%1” Blind</source>
        <translation>Vérifier la collection « %1 » à l&apos;aveugle</translation>
    </message>
    <message>
        <source>End Blind Review of Collection “%1”</source>
        <translation>Terminer la vérification à l&apos;aveugle de la collection « %1 »</translation>
    </message>
    <message>
        <source>The collection&apos;s review state could not be saved: %1</source>
        <translation>L&apos;état de vérification de la collection n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SetReadCommand</name>
    <message>
        <source>Mark “%1” Read</source>
        <translation>Marquer « %1 » comme lu</translation>
    </message>
    <message>
        <source>Mark “%1” Unread</source>
        <translation>Marquer « %1 » comme non lu</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>l&apos;article n&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>The article&apos;s state could not be saved: %1</source>
        <translation>L&apos;état de l&apos;article n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SetReviewFlagCommand</name>
    <message>
        <source>Review “%1” Blind</source>
        <translation>Vérifier « %1 » à l&apos;aveugle</translation>
    </message>
    <message>
        <source>End Blind Review of “%1”</source>
        <translation>Terminer la vérification à l&apos;aveugle de « %1 »</translation>
    </message>
    <message>
        <source>Mark “%1” Done</source>
        <translation>Marquer « %1 » comme terminé</translation>
    </message>
    <message>
        <source>Mark “%1” Not Done</source>
        <translation>Marquer « %1 » comme non terminé</translation>
    </message>
    <message>
        <source>The article&apos;s review state could not be saved: %1</source>
        <translation>L&apos;état de vérification de l&apos;article n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SetStarredCommand</name>
    <message>
        <source>Star “%1”</source>
        <translation>Mettre « %1 » en favori</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <translation>Retirer « %1 » des favoris</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>l&apos;article n&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <source>The article&apos;s state could not be saved: %1</source>
        <translation>L&apos;état de l&apos;article n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Glossa: read, annotate and fact-check news dumps.</source>
        <translation>Glossa : lire, annoter et vérifier des pages de presse.</translation>
    </message>
    <message>
        <source>Library file to open (default: $GLOSSA_DB, then the default library).</source>
        <translation>Fichier de bibliothèque à ouvrir (par défaut : $GLOSSA_DB, puis la bibliothèque par défaut).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark.</source>
        <translation>Thème de couleurs pour cette session : system, light ou dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file, then quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans ce fichier, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>chemins</translation>
    </message>
    <message>
        <source>[paths...]</source>
        <translation>[chemins...]</translation>
    </message>
    <message>
        <source>A library (*.glossa) to open, files or folders to import.</source>
        <translation>Une bibliothèque (*.glossa) à ouvrir, des fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>One library at a time: %1 and %2 were given.</source>
        <translation>Une seule bibliothèque à la fois&#xa0;: %1 et %2 ont été donnés.</translation>
    </message>
</context>
<context>
    <name>glossa::AgreementDialog</name>
    <message>
        <source>Analysts</source>
        <translation>Analystes</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Agreement Between Analysts</source>
        <translation>Accord entre analystes</translation>
    </message>
    <message>
        <source>Articles compared</source>
        <translation>Articles comparés</translation>
    </message>
    <message>
        <source>Every article two analysts or more annotated</source>
        <translation>Tous les articles annotés par au moins deux analystes</translation>
    </message>
    <message>
        <source>The articles the list shows (%1)</source>
        <translation>Les articles affichés dans la liste (%1)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparer :</translation>
    </message>
    <message>
        <source>No two analysts annotated the same articles here.</source>
        <translation>Aucun article n&apos;a été annoté ici par deux analystes.</translation>
    </message>
    <message>
        <source>Claims are paired when their passages share at least half of the shorter one. Kappa and alpha compare the verdicts of the pairs, alpha the kinds, alpha u every highlighted span; “—” where a figure is not defined.</source>
        <translation>Deux affirmations sont appariées quand leurs passages ont en commun au moins la moitié du plus court. Kappa et alpha comparent les verdicts des paires, alpha les types, alpha u chaque segment surligné ; « — » quand une valeur n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>Agreement Not Saved</source>
        <translation>Accord non enregistré</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Save Agreement</source>
        <translation>Enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Agreement between analysts</source>
        <translation>Accord entre analystes</translation>
    </message>
    <message>
        <source>Agreement by article</source>
        <translation>Accord par article</translation>
    </message>
</context>
<context>
    <name>glossa::AgreementTableModel</name>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Matched claims</source>
        <translation>Affirmations appariées</translation>
    </message>
    <message>
        <source>Verdict κ</source>
        <translation>Verdict κ</translation>
    </message>
    <message>
        <source>Verdict α</source>
        <translation>Verdict α</translation>
    </message>
    <message>
        <source>Kind α</source>
        <translation>Type α</translation>
    </message>
    <message>
        <source>Span αu</source>
        <translation>Segment αu</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Exclues</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) without a partner claim</source>
        <translation>
            <numerusform>%n affirmation sans affirmation correspondante</numerusform>
            <numerusform>%n affirmations sans affirmation correspondante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the text</source>
        <translation>
            <numerusform>%n qui n&apos;est plus dans le texte</numerusform>
            <numerusform>%n qui ne sont plus dans le texte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::AnalystActions</name>
    <message>
        <source>A&amp;nalyst</source>
        <translation>A&amp;nalyste</translation>
    </message>
    <message>
        <source>&amp;Blind Review</source>
        <translation>&amp;Vérification à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Each analyst sees only their own annotations on this article until they mark it done</source>
        <translation>Chaque analyste ne voit que ses propres annotations sur cet article jusqu&apos;à ce qu&apos;il le marque comme terminé</translation>
    </message>
    <message>
        <source>&amp;Done Reading</source>
        <translation>&amp;Lecture terminée</translation>
    </message>
    <message>
        <source>You have finished this article: the other analysts&apos; annotations appear</source>
        <translation>Vous avez terminé cet article : les annotations des autres analystes apparaissent</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <source>&amp;New Analyst…</source>
        <translation>&amp;Nouvel analyste…</translation>
    </message>
    <message>
        <source>At the Desk</source>
        <translation>À la rédaction</translation>
    </message>
    <message>
        <source>&amp;Review Claims…</source>
        <translation>&amp;Examiner les affirmations…</translation>
    </message>
    <message>
        <source>The analysts&apos; claims side by side, and the final layer&apos;s decisions</source>
        <translation>Les affirmations des analystes côte à côte, et les décisions de la couche finale</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Accord entre analystes…</translation>
    </message>
</context>
<context>
    <name>glossa::AnalystProfileDialog</name>
    <message>
        <source>Analyst Profile</source>
        <translation>Profil de l&apos;analyste</translation>
    </message>
    <message>
        <source>New Analyst</source>
        <translation>Nouvel analyste</translation>
    </message>
    <message>
        <source>Everything you annotate is recorded under this name, so that a desk can compare readings and settle verdicts.</source>
        <translation>Tout ce que vous annotez est enregistré sous ce nom, afin que la rédaction puisse comparer les lectures et arrêter les verdicts.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>Analyst Colour</source>
        <translation>Couleur de l&apos;analyste</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>Highlight the selected passage (H)</source>
        <translation>Surligner le passage sélectionné (H)</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>&amp;Allégation…</translation>
    </message>
    <message>
        <source>Record the claim the selected passage makes (C)</source>
        <translation>Consigner l&apos;allégation que contient le passage sélectionné (C)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage (N)</source>
        <translation>Écrire une note sur le passage sélectionné (N)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>C&amp;ouleur de surlignage</translation>
    </message>
    <message>
        <source>the selected passage could not be annotated</source>
        <translation>le passage sélectionné n’a pas pu être annoté</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationCardDelegate</name>
    <message>
        <source>Orphaned</source>
        <translation>Orpheline</translation>
    </message>
    <message>
        <source>Their text is no longer in the article</source>
        <translation>Son texte ne figure plus dans l&apos;article</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationDialog</name>
    <message>
        <source>New Claim</source>
        <translation>Nouvelle allégation</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l&apos;annotation</translation>
    </message>
    <message>
        <source>What matters about this passage</source>
        <translation>Ce qui compte dans ce passage</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Étiquettes :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>A&amp;llégation</translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation>Qui fait l&apos;allégation</translation>
    </message>
    <message>
        <source>Links and notes, one per line</source>
        <translation>Liens et notes, un par ligne</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict :</translation>
    </message>
    <message>
        <source>Clai&amp;mant:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves :</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Con&amp;fiance :</translation>
    </message>
    <message>
        <source>The note typed here before could not be saved then; it is back in the field.</source>
        <translation>La note saisie ici auparavant n’avait pas pu être enregistrée&#xa0;; elle est de retour dans le champ.</translation>
    </message>
    <message>
        <source>Not saved: %1
Everything typed is still here, and the note is kept in a recovery file too. Save again once the library can take it.</source>
        <translation>Non enregistré&#xa0;: %1
Tout ce qui a été saisi est toujours là, et la note est aussi gardée dans un fichier de récupération. Enregistrez de nouveau dès que la bibliothèque peut l’accepter.</translation>
    </message>
    <message>
        <source>Person or organisation?</source>
        <translation>Personne ou organisation&#xa0;?</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Une organisation</translation>
    </message>
    <message>
        <source>Not said: an export takes a name of one of the library&apos;s outlets for an organisation, anyone else for a person</source>
        <translation>Non précisé&#xa0;: un export tient le nom d&apos;un des médias de la bibliothèque pour une organisation, tout autre pour une personne</translation>
    </message>
    <message>
        <source>Claimant&apos;s kind</source>
        <translation>Nature de l&apos;auteur</translation>
    </message>
    <message>
        <source>The claim in a line, for fact-check search (optional)</source>
        <translation>L&apos;affirmation en une ligne, pour la recherche de vérifications (facultatif)</translation>
    </message>
    <message>
        <source>Published as the ClaimReview&apos;s claimReviewed, under %1 characters; without a summary the quote is published</source>
        <translation>Publié comme claimReviewed du ClaimReview, en moins de %1 caractères&#xa0;; sans résumé, c&apos;est la citation qui est publiée</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ré&amp;sumé&#xa0;:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Citation&#xa0;:</translation>
    </message>
    <message>
        <source>+ Word Before</source>
        <translation>+ Mot avant</translation>
    </message>
    <message>
        <source>Start the quote one word earlier (Alt+Left)</source>
        <translation>Commencer la citation un mot plus tôt (Alt+Gauche)</translation>
    </message>
    <message>
        <source>− First Word</source>
        <translation>− Premier mot</translation>
    </message>
    <message>
        <source>Start the quote one word later (Alt+Right)</source>
        <translation>Commencer la citation un mot plus loin (Alt+Droite)</translation>
    </message>
    <message>
        <source>− Last Word</source>
        <translation>− Dernier mot</translation>
    </message>
    <message>
        <source>End the quote one word earlier (Alt+Shift+Left)</source>
        <translation>Terminer la citation un mot plus tôt (Alt+Maj+Gauche)</translation>
    </message>
    <message>
        <source>+ Word After</source>
        <translation>+ Mot après</translation>
    </message>
    <message>
        <source>End the quote one word later (Alt+Shift+Right)</source>
        <translation>Terminer la citation un mot plus loin (Alt+Maj+Droite)</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <source>The text typed in this dialog has not been saved.</source>
        <translation>Le texte saisi dans cette fenêtre n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationImportController</name>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>Merge annotations from a W3C Web Annotation (JSON-LD) file</source>
        <translation>Fusionner les annotations d&apos;un fichier d&apos;annotations Web W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Annotations Web W3C (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation>aucune bibliothèque n&apos;est ouverte</translation>
    </message>
    <message>
        <source>the file is too large to be an annotation file</source>
        <translation>le fichier est trop volumineux pour être un fichier d&apos;annotations</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationImportSummaryDialog</name>
    <message>
        <source>Annotations Imported</source>
        <translation>Annotations importées</translation>
    </message>
    <message>
        <source>This merge is not an undoable edit: Edit ▸ Undo does not remove the imported annotations. Delete them one by one if needed.</source>
        <translation>Cette fusion ne peut pas être annulée : Édition ▸ Annuler ne retire pas les annotations importées. Supprimez-les une par une si nécessaire.</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Refused or skipped:</source>
        <translation>Refusées ou ignorées :</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n&apos;a été importé depuis %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported from %1.</source>
        <translation>
            <numerusform>%n annotation importée depuis %1.</numerusform>
            <numerusform>%n annotations importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations in the file</source>
        <translation>Annotations dans le fichier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>…of which orphaned (quote not found in the article)</source>
        <translation>…dont orphelines (citation introuvable dans l&apos;article)</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Doublons ignorés</translation>
    </message>
    <message>
        <source>Skipped: article not in this library</source>
        <translation>Ignorées : article absent de cette bibliothèque</translation>
    </message>
    <message>
        <source>Updated: changed in the file only</source>
        <translation>Mises à jour : modifiées dans le fichier seulement</translation>
    </message>
    <message>
        <source>Conflicts: changed on both sides, both kept</source>
        <translation>Conflits : modifiées des deux côtés, les deux versions conservées</translation>
    </message>
    <message>
        <source>Kept ours: older in the file, or changed here only</source>
        <translation>Versions locales conservées : plus anciennes dans le fichier, ou modifiées ici seulement</translation>
    </message>
    <message>
        <source>Annotations not imported, with the reason</source>
        <translation>Annotations non importées, avec la raison</translation>
    </message>
    <message>
        <source>Left out: a whole page annotated, no passage</source>
        <translation>Laissées de côté&#xa0;: une page entière annotée, sans passage</translation>
    </message>
    <message>
        <source>Refused or skipped</source>
        <translation>Refusées ou ignorées</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchDock</name>
    <message>
        <source>Annotation Search</source>
        <translation>Recherche dans les annotations</translation>
    </message>
    <message>
        <source>A&amp;nnotation Search</source>
        <translation>Recherche dans les a&amp;nnotations</translation>
    </message>
    <message>
        <source>Search &amp;Annotations</source>
        <translation>Rechercher dans les &amp;annotations</translation>
    </message>
    <message>
        <source>Search the quotes, notes and tags of every annotation</source>
        <translation>Chercher dans les passages, notes et étiquettes de toutes les annotations</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Kind · Verdict</source>
        <translation>Type · Verdict</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchPanel</name>
    <message>
        <source>Search highlighted passages, notes and tags</source>
        <translation>Chercher dans les passages surlignés, les notes et les étiquettes</translation>
    </message>
    <message>
        <source>Words must all match; accents are ignored. Use &quot;quotes&quot; for a phrase, word* for a prefix, -word to exclude, OR between alternatives.</source>
        <translation>Tous les mots doivent être présents ; les accents sont ignorés. Utilisez des &quot;guillemets&quot; pour une expression, mot* pour un préfixe, -mot pour exclure, OR entre des variantes.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message numerus="yes">
        <source>First %n match(es)</source>
        <translation>
            <numerusform>Premier résultat</numerusform>
            <numerusform>Premiers %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Rechercher dans les annotations</translation>
    </message>
    <message>
        <source>Words in quotes, notes, tags and claimants of every article</source>
        <translation>Mots des citations, notes, étiquettes et auteurs d’affirmations de tous les articles</translation>
    </message>
    <message>
        <source>Annotations found</source>
        <translation>Annotations trouvées</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSidebar</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Show only annotations with this tag</source>
        <translation>Afficher seulement les annotations portant cette étiquette</translation>
    </message>
    <message>
        <source>Show only claims with this verdict</source>
        <translation>Afficher seulement les allégations ayant ce verdict</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Without claim</source>
        <translation>Sans allégation</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected annotation (Enter)</source>
        <translation>Modifier l&apos;annotation sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected annotation (Delete)</source>
        <translation>Supprimer l&apos;annotation sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l&apos;annotation</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
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
            <numerusform>%1 sur %n affichée</numerusform>
            <numerusform>%1 sur %n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Show the annotations of everyone, yours, or one analyst&apos;s</source>
        <translation>Afficher les annotations de tout le monde, les vôtres ou celles d&apos;un analyste</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message numerus="yes">
        <source>Blind review: %n annotation(s) by other analysts stay hidden until you mark this article done (Article ▸ Done Reading).</source>
        <translation>
            <numerusform>Vérification à l&apos;aveugle : %n annotation des autres analystes reste masquée jusqu&apos;à ce que vous marquiez cet article comme terminé (Article ▸ Lecture terminée).</numerusform>
            <numerusform>Vérification à l&apos;aveugle : %n annotations des autres analystes restent masquées jusqu&apos;à ce que vous marquiez cet article comme terminé (Article ▸ Lecture terminée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim &amp;History…</source>
        <translation>&amp;Historique de l&apos;affirmation…</translation>
    </message>
    <message>
        <source>This annotation is %1&apos;s: only they can change it</source>
        <translation>Cette annotation est celle de %1 : seul·e %1 peut la modifier</translation>
    </message>
    <message>
        <source>Annotations of the article</source>
        <translation>Annotations de l’article</translation>
    </message>
    <message>
        <source>Each card says its highlight colour, claim and verdict in words</source>
        <translation>Chaque fiche donne en toutes lettres sa couleur de surlignage, son affirmation et son verdict</translation>
    </message>
</context>
<context>
    <name>glossa::AppearanceCard</name>
    <message>
        <source>Reworded</source>
        <translation>Reformulée</translation>
    </message>
    <message>
        <source>Word for word</source>
        <translation>Mot pour mot</translation>
    </message>
    <message>
        <source>%1 · %2 % alike</source>
        <translation>%1 · semblable à %2 %</translation>
    </message>
    <message>
        <source>Read the fact-check</source>
        <translation>Lire la vérification</translation>
    </message>
    <message>
        <source>Read the fact-check (%1)</source>
        <translation>Lire la vérification (%1)</translation>
    </message>
    <message>
        <source>Open the original claim</source>
        <translation>Ouvrir l'affirmation d'origine</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>Accepter (A)</translation>
    </message>
    <message>
        <source>Record it as a claim in this article, with the remembered verdict (A)</source>
        <translation>L'enregistrer comme affirmation de cet article, avec le verdict mémorisé (A)</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>Écarter (D)</translation>
    </message>
    <message>
        <source>Not a repeat: it is not proposed again for this passage (D)</source>
        <translation>Pas une reprise : elle ne sera plus proposée pour ce passage (D)</translation>
    </message>
</context>
<context>
    <name>glossa::AppearanceListModel</name>
    <message>
        <source>Repeats a claim rated %1 by %2 on %3</source>
        <translation>Reprend une affirmation jugée « %1 » par %2 le %3</translation>
    </message>
    <message>
        <source>Repeats a claim rated %1 by %2</source>
        <translation>Reprend une affirmation jugée « %1 » par %2</translation>
    </message>
    <message>
        <source>Repeats a claim rated %1 on %2</source>
        <translation>Reprend une affirmation jugée « %1 » le %2</translation>
    </message>
    <message>
        <source>Repeats a claim rated %1</source>
        <translation>Reprend une affirmation jugée « %1 »</translation>
    </message>
</context>
<context>
    <name>glossa::AppearancePanel</name>
    <message>
        <source>Repeats of checked claims (%1)</source>
        <translation>Reprises d'affirmations vérifiées (%1)</translation>
    </message>
</context>
<context>
    <name>glossa::ArticleDeletion</name>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Supprimer l’article…</translation>
    </message>
    <message>
        <source>Delete the selected articles with their annotations (Edit ▸ Undo brings them back)</source>
        <translation>Supprimer les articles sélectionnés avec leurs annotations (Édition ▸ Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n annotation(s)?</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et son annotation&#xa0;?</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n annotations&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) and their annotations?</source>
        <translation>
            <numerusform>Supprimer %n article et ses annotations&#xa0;?</numerusform>
            <numerusform>Supprimer %n articles et leurs annotations&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims, notes and tags on them go too. Edit ▸ Undo brings everything back.</source>
        <translation>Leurs affirmations, notes et étiquettes partent aussi. Édition ▸ Annuler rétablit tout.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>glossa::ArticleNotePanel</name>
    <message>
        <source>Article note</source>
        <translation>Note sur l&apos;article</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>Une note sur l&apos;ensemble de l&apos;article</translation>
    </message>
    <message>
        <source>Article tags, separated by commas</source>
        <translation>Étiquettes de l&apos;article, séparées par des virgules</translation>
    </message>
    <message>
        <source>Article tags</source>
        <translation>Étiquettes de l’article</translation>
    </message>
    <message>
        <source>Tags of the whole article, separated by commas</source>
        <translation>Étiquettes de tout l’article, séparées par des virgules</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The note and tags are saved in the library as you type.</source>
        <translation>La note et les étiquettes sont enregistrées dans la bibliothèque au fil de la frappe.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The library refused the note; it is kept in a recovery file and tried again.</source>
        <translation>La bibliothèque a refusé la note&#xa0;; elle est gardée dans un fichier de récupération et sera réessayée.</translation>
    </message>
</context>
<context>
    <name>glossa::ArticlePartsBar</name>
    <message>
        <source>&amp;Previous Part</source>
        <translation>Partie &amp;précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt Part</source>
        <translation>Partie &amp;suivante</translation>
    </message>
    <message>
        <source>This article is very long (%1 characters): it is shown in %2 parts so that the window stays responsive. Part %3 of %2.</source>
        <translation>Cet article est très long (%1&#xa0;caractères)&#xa0;: il est affiché en %2&#xa0;parties pour que la fenêtre reste réactive. Partie %3 sur %2.</translation>
    </message>
</context>
<context>
    <name>glossa::BackupController</name>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the library, to restore from if the file is ever damaged</source>
        <translation>Enregistrer une copie cohérente de la bibliothèque, à restaurer si le fichier est un jour endommagé</translation>
    </message>
    <message>
        <source>%1 backup %2.glossa</source>
        <extracomment>The proposed file name of a backup: %1 the library&apos;s name, %2 today&apos;s date (YYYY-MM-DD).</extracomment>
        <translation>%1 sauvegarde %2.glossa</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>Bibliothèques Glossa (*.glossa);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up the library to %1…</source>
        <translation>Sauvegarde de la bibliothèque dans %1…</translation>
    </message>
    <message>
        <source>Backing Up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation>la copie a été interrompue</translation>
    </message>
    <message>
        <source>Library Backed Up</source>
        <translation>Bibliothèque sauvegardée</translation>
    </message>
    <message>
        <source>The library was backed up to %1.</source>
        <translation>La bibliothèque a été sauvegardée dans %1.</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>The library could not be backed up to %1.</source>
        <translation>La bibliothèque n’a pas pu être sauvegardée dans %1.</translation>
    </message>
    <message>
        <source>No file was left there; the library itself was not changed. Check that the folder is writable and has room, then try again.</source>
        <translation>Aucun fichier n’y a été laissé ; la bibliothèque elle-même n’a pas été modifiée. Vérifiez que le dossier est accessible en écriture et qu’il reste de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>To restore it, use File ▸ Restore from Backup… (or &apos;glossa-cli restore&apos;).</source>
        <translation>Pour la restaurer, utilisez Fichier ▸ Restaurer une sauvegarde… (ou «&#xa0;glossa-cli restore&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>glossa::CitationCopier</name>
    <message>
        <source>Copy as &amp;Citation</source>
        <translation>Copier comme &amp;citation</translation>
    </message>
    <message>
        <source>Copy the passage with its outlet and date, ready to paste into a brief</source>
        <translation>Copier le passage avec son média et sa date, prêt à coller dans une synthèse</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimFilterBar</name>
    <message>
        <source>Words in passage, note or claimant</source>
        <translation>Mots du passage, de la note ou de l&apos;auteur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Type d&apos;affirmation</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>Du : toute date</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>Publié le ou après le</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>Au : toute date</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>Publié le ou avant le</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation>Filtrer les affirmations par texte</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Publié à partir du</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publié jusqu’au</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimGroupModel</name>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>Agreed: not yet accepted</source>
        <translation>Concordante : pas encore acceptée</translation>
    </message>
    <message>
        <source>To settle</source>
        <translation>À trancher</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No claim of this analyst on this passage</source>
        <translation>Aucune affirmation de cet analyste sur ce passage</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Final layer</source>
        <translation>Couche finale</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimHistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Claim History</source>
        <translation>Historique de l&apos;affirmation</translation>
    </message>
    <message>
        <source>This annotation is no longer in the library.</source>
        <translation>Cette annotation n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Changes of the claim</source>
        <translation>Modifications de l&apos;affirmation</translation>
    </message>
    <message>
        <source>(before analysts)</source>
        <translation>(avant les analystes)</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimMemoryController</name>
    <message>
        <source>C&amp;laims</source>
        <translation>Affir&amp;mations</translation>
    </message>
    <message>
        <source>Import &amp;Fact-checks…</source>
        <translation>Importer des &amp;vérifications…</translation>
    </message>
    <message>
        <source>Add fact-checks published as schema.org ClaimReview (JSON-LD) to the claim memory</source>
        <translation>Ajouter à la mémoire des affirmations des vérifications publiées au format schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>&amp;Match Claims Against Memory…</source>
        <translation>&amp;Rechercher les affirmations mémorisées…</translation>
    </message>
    <message>
        <source>Look for every remembered claim in every article of the library</source>
        <translation>Chercher chaque affirmation mémorisée dans chaque article de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Accept Repeated Claim</source>
        <translation>&amp;Accepter la reprise</translation>
    </message>
    <message>
        <source>Record the current repeat as a claim with the remembered verdict (A)</source>
        <translation>Enregistrer la reprise choisie comme affirmation, avec le verdict mémorisé (A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss Repeated Claim</source>
        <translation>É&amp;carter la reprise</translation>
    </message>
    <message>
        <source>Not a repeat: never propose this passage again (D)</source>
        <translation>Pas une reprise : ne plus jamais proposer ce passage (D)</translation>
    </message>
    <message>
        <source>&amp;Open the Original Claim</source>
        <translation>&amp;Ouvrir l'affirmation d'origine</translation>
    </message>
    <message>
        <source>Import Fact-checks</source>
        <translation>Importer des vérifications</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (*.json *.jsonld);;All files (*)</source>
        <translation>ClaimReview JSON-LD (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n'a pas été importé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) added to the claim memory</source>
        <translation>
            <numerusform>%n vérification ajoutée à la mémoire des affirmations</numerusform>
            <numerusform>%n vérifications ajoutées à la mémoire des affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(%n déjà présente).</numerusform>
            <numerusform>(%n déjà présentes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) added to the claim memory.</source>
        <translation>
            <numerusform>%n vérification ajoutée à la mémoire des affirmations.</numerusform>
            <numerusform>%n vérifications ajoutées à la mémoire des affirmations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match Claims Against Memory finds where they are repeated.</source>
        <translation>« Rechercher les affirmations mémorisées » trouve où elles sont reprises.</translation>
    </message>
    <message>
        <source>Reading the claim memory…</source>
        <translation>Lecture de la mémoire des affirmations…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Matching Claims</source>
        <translation>Recherche des affirmations</translation>
    </message>
    <message numerus="yes">
        <source>Matched %1 of %n article(s)</source>
        <translation>
            <numerusform>%1 article sur %n comparé</numerusform>
            <numerusform>%1 articles sur %n comparés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Matching failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new repeat(s) of checked claims found</source>
        <translation>
            <numerusform>%n nouvelle reprise d'affirmations vérifiées trouvée</numerusform>
            <numerusform>%n nouvelles reprises d'affirmations vérifiées trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s).</source>
        <translation>
            <numerusform>dans %n article.</numerusform>
            <numerusform>dans %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was found before is kept.</source>
        <translation>Annulé : ce qui a été trouvé avant est conservé.</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimReviewOptions</name>
    <message>
        <source>ClaimReview publisher</source>
        <translation>Éditeur des ClaimReview</translation>
    </message>
    <message>
        <source>The page where each fact-check is published; {id} stands for the claim&apos;s identifier. Fact-check search takes no review without it.</source>
        <translation>La page où chaque vérification est publiée&#xa0;; {id} y tient la place de l&apos;identifiant de l&apos;affirmation. La recherche de vérifications ne prend aucune vérification sans elle.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Its &amp;website:</source>
        <translation>Son site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Logo URL:</source>
        <translation>URL du &amp;logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Review page:</source>
        <translation>&amp;Page de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation&apos;s website is not a web address (https://…).</source>
        <translation>Le site de l&apos;organisation n&apos;est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>The logo URL is not a web address (https://…).</source>
        <translation>L&apos;URL du logo n&apos;est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>The review page needs {id} where each claim&apos;s identifier goes.</source>
        <translation>La page de vérification doit contenir {id} à la place de l&apos;identifiant de chaque affirmation.</translation>
    </message>
    <message>
        <source>The review page is not a web address (https://…/{id}).</source>
        <translation>La page de vérification n&apos;est pas une adresse web (https://…/{id}).</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimTableModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimsBoard</name>
    <message>
        <source>Set Verdict</source>
        <translation>Définir le verdict</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag to add to the selected claims:</source>
        <translation>Étiquette à ajouter aux affirmations sélectionnées :</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Ouvrir l&apos;article</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected</source>
        <translation>
            <numerusform>%n affirmation sélectionnée</numerusform>
            <numerusform>%n affirmations sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Every claim of the library with its verdict in words</source>
        <translation>Toutes les affirmations de la bibliothèque, avec leur verdict en toutes lettres</translation>
    </message>
    <message numerus="yes">
        <source>Set Verdict of %n Claim(s)</source>
        <translation>
            <numerusform>Fixer le verdict de %n affirmation</numerusform>
            <numerusform>Fixer le verdict de %n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Claim(s)</source>
        <translation>
            <numerusform>Étiqueter %n affirmation</numerusform>
            <numerusform>Étiqueter %n affirmations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::ClaimsBoardDock</name>
    <message>
        <source>Claims Board</source>
        <translation>Tableau des affirmations</translation>
    </message>
    <message>
        <source>&amp;Claims Board</source>
        <translation>Tableau des &amp;affirmations</translation>
    </message>
</context>
<context>
    <name>glossa::CollectionActions</name>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>Ajouter au &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Remove from Collection</source>
        <translation>&amp;Retirer du dossier</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove from “%1”</source>
        <translation>&amp;Retirer de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>%n article ajouté à « %1 ».</numerusform>
            <numerusform>%n articles ajoutés à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>Déjà dans « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from the collection.</source>
        <translation>
            <numerusform>%n article retiré du dossier.</numerusform>
            <numerusform>%n articles retirés du dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New collection “%1” with %n article(s).</source>
        <translation>
            <numerusform>Nouveau dossier « %1 » avec %n article.</numerusform>
            <numerusform>Nouveau dossier « %1 » avec %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new collection (the selected articles go in it):</source>
        <translation>Nom du nouveau dossier (les articles sélectionnés y seront placés) :</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>glossa::CollectionListModel</name>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>The list is not limited to a collection</source>
        <translation>La liste n’est pas limitée à un dossier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1 : %n article</numerusform>
            <numerusform>%1 : %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::CollectionsDock</name>
    <message>
        <source>Collections</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>&amp;Dossiers</translation>
    </message>
</context>
<context>
    <name>glossa::CollectionsPanel</name>
    <message>
        <source>Drag articles from the list onto a collection to add them</source>
        <translation>Faites glisser des articles de la liste sur un dossier pour les y ajouter</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>Nom du nouveau dossier :</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Blind Review</source>
        <translation>Vérification à l&apos;aveugle</translation>
    </message>
    <message>
        <source>On every article of this collection, each analyst sees only their own annotations until done</source>
        <translation>Sur chaque article de cette collection, chaque analyste ne voit que ses propres annotations jusqu&apos;à la fin de sa lecture</translation>
    </message>
</context>
<context>
    <name>glossa::DateField</name>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or as 2025-03-01</source>
        <translation>Ce n&apos;est pas une date&#xa0;: tapez-la sous la forme %1 ou 2025-03-01</translation>
    </message>
</context>
<context>
    <name>glossa::EditConflictController</name>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Annotation Changed Meanwhile</source>
        <translation>Annotation modifiée entre-temps</translation>
    </message>
    <message>
        <source>%1 changed this annotation at %2, after you opened it. Your change was not saved.</source>
        <translation>%1 a modifié cette annotation à %2, après que vous l’avez ouverte. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Now:
%1

Yours:
%2</source>
        <translation>Maintenant&#xa0;:
%1

La vôtre&#xa0;:
%2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(pas de note)</translation>
    </message>
    <message>
        <source>Article Note Changed Meanwhile</source>
        <translation>Note d’article modifiée entre-temps</translation>
    </message>
    <message>
        <source>%1 changed this article&apos;s note at %2, after you started editing it. Your change was not saved.</source>
        <translation>%1 a modifié la note de cet article à %2, après que vous avez commencé à la modifier. Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Garder la leur</translation>
    </message>
    <message>
        <source>&amp;Save Mine Instead</source>
        <translation>&amp;Enregistrer la mienne à la place</translation>
    </message>
</context>
<context>
    <name>glossa::EmptyListNotice</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the collection “%1”</source>
        <translation>la collection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the outlet “%1”</source>
        <translation>le média «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>claims rated “%1”</source>
        <translation>les affirmations jugées «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>published from %1 to %2</source>
        <translation>publié du %1 au %2</translation>
    </message>
    <message>
        <source>published from %1</source>
        <translation>publié à partir du %1</translation>
    </message>
    <message>
        <source>published until %1</source>
        <translation>publié jusqu’au %1</translation>
    </message>
    <message>
        <source>unread only</source>
        <translation>non lus seulement</translation>
    </message>
    <message>
        <source>starred only</source>
        <translation>favoris seulement</translation>
    </message>
    <message>
        <source>No articles yet.
Import dumps with File ▸ Import Files… or drop files or folders here.</source>
        <translation>Aucun article pour l’instant.
Importez des fichiers avec Fichier ▸ Importer des fichiers… ou déposez ici des fichiers ou des dossiers.</translation>
    </message>
    <message>
        <source>No article matches %1.</source>
        <translation>Aucun article ne correspond à %1.</translation>
    </message>
</context>
<context>
    <name>glossa::ExchangeSummaryDialog</name>
    <message>
        <source>Not carried:</source>
        <translation>Non transmis :</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>glossa::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export annotations as a brief, a spreadsheet, a report or JSON-LD</source>
        <translation>Exporter les annotations en synthèse, tableur, rapport ou JSON-LD</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n annotation exportée de %1 vers %2.</numerusform>
            <numerusform>%n annotations exportées de %1 vers %2.</numerusform>
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
        <translation>Projet exporté</translation>
    </message>
    <message>
        <source>REFI-QDA has no place for these; the library keeps them.</source>
        <translation>REFI-QDA n’a pas de place pour ceux-ci ; la bibliothèque les garde.</translation>
    </message>
</context>
<context>
    <name>glossa::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The open article</source>
        <translation>L&apos;article ouvert</translation>
    </message>
    <message>
        <source>The open article: %1</source>
        <translation>L&apos;article ouvert : %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>Les articles sélectionnés (%n)</numerusform>
            <numerusform>Les articles sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filtered list (%n article(s))</source>
        <translation>
            <numerusform>La liste filtrée (%n article)</numerusform>
            <numerusform>La liste filtrée (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole library (every annotated article)</source>
        <translation>Toute la bibliothèque (chaque article annoté)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tout verdict</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Articles :</translation>
    </message>
    <message>
        <source>Only &amp;annotations with:</source>
        <translation>Seulement les &amp;annotations avec :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>“%1” is a folder: add a file name.</source>
        <translation>« %1 » est un dossier : ajoutez un nom de fichier.</translation>
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
        <translation>Le dossier :</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>Collection à exporter</translation>
    </message>
</context>
<context>
    <name>glossa::ExportDoneBar</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>glossa::FilterBar</name>
    <message>
        <source>Search titles and text  ( / )</source>
        <translation>Rechercher dans les titres et le texte  ( / )</translation>
    </message>
    <message>
        <source>Words must all match; accents are ignored. Use &quot;quotes&quot; for a phrase, word* for a prefix, -word to exclude, OR between alternatives.</source>
        <translation>Tous les mots doivent être présents ; les accents sont ignorés. Utilisez des &quot;guillemets&quot; pour une expression, mot* pour un préfixe, -mot pour exclure, OR entre des variantes.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Tag on the article or on one of its annotations</source>
        <translation>Étiquette de l&apos;article ou de l&apos;une de ses annotations</translation>
    </message>
    <message>
        <source>Verdict of a claim in the article</source>
        <translation>Verdict d&apos;une allégation de l&apos;article</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tout verdict</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>Publié le ou après le</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>Publié le ou avant le</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Show unread articles only</source>
        <translation>Afficher seulement les articles non lus</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Show starred articles only</source>
        <translation>Afficher seulement les favoris</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Collection (case file)</source>
        <translation>Dossier (affaire)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>Publié à partir du</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publié jusqu’au</translation>
    </message>
    <message>
        <source>Repeats a checked claim</source>
        <translation>Reprend une affirmation vérifiée</translation>
    </message>
    <message>
        <source>Show only articles where the claim memory found a claim the desk or a fact-checker has already rated (proposed or accepted)</source>
        <translation>N'afficher que les articles où la mémoire des affirmations a trouvé une affirmation déjà jugée par la rédaction ou un vérificateur (proposée ou acceptée)</translation>
    </message>
    <message>
        <source>Verdict of the repeated claim</source>
        <translation>Verdict de l'affirmation reprise</translation>
    </message>
    <message>
        <source>rated anything</source>
        <translation>quel que soit le verdict</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>jugée « %1 »</translation>
    </message>
</context>
<context>
    <name>glossa::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>glossa::HeadlineModel</name>
    <message>
        <source>Unknown outlet</source>
        <translation>Média inconnu</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How many annotations (highlights, claims and notes) the article has</source>
        <translation>Nombre d&apos;annotations (surlignages, affirmations et notes) de l&apos;article</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column: number of annotations</comment>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Repeats a checked claim rated %1</source>
        <translation>Reprend une affirmation vérifiée, jugée « %1 »</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between verdicts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>In the article’s note:</source>
        <translation>Dans la note de l’article :</translation>
    </message>
</context>
<context>
    <name>glossa::HeadlineView</name>
    <message>
        <source>Headlines</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>The articles of the library that match the filters</source>
        <translation>Les articles de la bibliothèque qui correspondent aux filtres</translation>
    </message>
</context>
<context>
    <name>glossa::ImportController</name>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>News dumps (*.txt *.text *.jsonl *.ndjson *.html *.htm);;All files (*)</source>
        <translation>Pages de presse (*.txt *.text *.jsonl *.ndjson *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Préparation de l&apos;import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s)
%2</source>
        <translation>
            <numerusform>%1 fichier importé sur %n
%2</numerusform>
            <numerusform>%1 fichiers importés sur %n
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for repeats of checked claims…</source>
        <translation>Recherche des reprises d'affirmations vérifiées…</translation>
    </message>
</context>
<context>
    <name>glossa::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article importé</numerusform>
            <numerusform>%n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s).</source>
        <translation>
            <numerusform>depuis %n fichier.</numerusform>
            <numerusform>depuis %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were already in the library.</source>
        <translation>
            <numerusform>%n article était déjà dans la bibliothèque.</numerusform>
            <numerusform>%n articles étaient déjà dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing was taken from them.</source>
        <translation>
            <numerusform>%n fichier refusé ; rien n&apos;en a été repris.</numerusform>
            <numerusform>%n fichiers refusés ; rien n&apos;en a été repris.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files done before stay imported.</source>
        <translation>L&apos;import a été annulé ; les fichiers déjà traités restent importés.</translation>
    </message>
    <message numerus="yes">
        <source>No provenance line: %n article(s) laid out as plain text, outlet unknown</source>
        <translation>
            <numerusform>Pas de ligne de provenance&#xa0;: %n article mis en page comme texte brut, média inconnu</numerusform>
            <numerusform>Pas de ligne de provenance&#xa0;: %n articles mis en page comme texte brut, média inconnu</numerusform>
        </translation>
    </message>
    <message>
        <source>Generic layout</source>
        <translation>Mise en page générique</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had no provenance line: their articles show no outlet or date.</source>
        <translation>
            <numerusform>%n fichier n’avait pas de ligne de provenance&#xa0;: ses articles n’ont ni média ni date.</numerusform>
            <numerusform>%n fichiers n’avaient pas de ligne de provenance&#xa0;: leurs articles n’ont ni média ni date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <source>The new articles could not be matched against the claim memory: %1</source>
        <translation>Les nouveaux articles n'ont pas pu être comparés à la mémoire des affirmations : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) of checked claims found in them.</source>
        <translation>
            <numerusform>%n reprise d'affirmations vérifiées y a été trouvée.</numerusform>
            <numerusform>%n reprises d'affirmations vérifiées y ont été trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No repeat of a checked claim found in them.</source>
        <translation>Aucune reprise d'affirmation vérifiée n'y a été trouvée.</translation>
    </message>
</context>
<context>
    <name>glossa::LibraryController</name>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>Bibliothèques Glossa (*.glossa);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>library.glossa</source>
        <translation>bibliotheque.glossa</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>Aucune bibliothèque récente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Library Not Opened</source>
        <translation>Bibliothèque non ouverte</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a Glossa library.</source>
        <translation>« %1 » ne peut pas être ouvert comme bibliothèque Glossa.</translation>
    </message>
    <message>
        <source>The current library stays open.</source>
        <translation>La bibliothèque actuelle reste ouverte.</translation>
    </message>
    <message>
        <source>The remembered password could not be read from the system keyring: %1</source>
        <translation>Le mot de passe mémorisé n’a pas pu être lu dans le trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>glossa::LibraryCopyController</name>
    <message>
        <source>&amp;Copy Library To</source>
        <translation>&amp;Copier la bibliothèque vers</translation>
    </message>
    <message>
        <source>Copy the whole library into a library file or a team library</source>
        <translation>Copier toute la bibliothèque dans un fichier de bibliothèque ou une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>Library &amp;File…</source>
        <translation>&amp;Fichier de bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Team Library…</source>
        <translation>Bibliothèque d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>Copy Library To</source>
        <extracomment>The proposed name of a library file copied from the open library.</extracomment>
        <translation>Copier la bibliothèque vers</translation>
    </message>
    <message>
        <source>library copy.glossa</source>
        <translation>copie de bibliothèque.glossa</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa)</source>
        <translation>Bibliothèques Glossa (*.glossa)</translation>
    </message>
    <message>
        <source>Library Not Copied</source>
        <translation>Bibliothèque non copiée</translation>
    </message>
    <message>
        <source>%1 is the open library itself: choose another file or team library.</source>
        <translation>%1 est la bibliothèque ouverte elle-même&#xa0;: choisissez un autre fichier ou une autre bibliothèque d’équipe.</translation>
    </message>
    <message>
        <source>Copying the library to %1…</source>
        <translation>Copie de la bibliothèque vers %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Copying the Library</source>
        <translation>Copie de la bibliothèque</translation>
    </message>
    <message>
        <source>Copying the library to %1…
%2: %3 of %4</source>
        <extracomment>%1 the table being copied (articles, annotations, …), %2 and %3 its rows done and in all.</extracomment>
        <translation>Copie de la bibliothèque vers %1…
%2&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation>la copie a été interrompue</translation>
    </message>
    <message>
        <source>Library Copied</source>
        <translation>Bibliothèque copiée</translation>
    </message>
    <message numerus="yes">
        <source>The library was copied to %1: %n row(s) added.</source>
        <translation>
            <numerusform>La bibliothèque a été copiée vers %1&#xa0;: %n ligne ajoutée.</numerusform>
            <numerusform>La bibliothèque a été copiée vers %1&#xa0;: %n lignes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying again adds only what is new since.</source>
        <translation>Copier de nouveau n’ajoute que ce qui est nouveau depuis.</translation>
    </message>
    <message>
        <source>Copy Stopped</source>
        <translation>Copie arrêtée</translation>
    </message>
    <message>
        <source>The copy to %1 was stopped.</source>
        <translation>La copie vers %1 a été arrêtée.</translation>
    </message>
    <message>
        <source>The library could not be copied to %1.</source>
        <translation>La bibliothèque n’a pas pu être copiée vers %1.</translation>
    </message>
    <message>
        <source>What was copied stays there; copying again resumes. The open library was not changed.</source>
        <translation>Ce qui a été copié y reste&#xa0;; copier de nouveau reprend là où la copie s’est arrêtée. La bibliothèque ouverte n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>glossa::LibraryStatusLabel</name>
    <message>
        <source>No library open</source>
        <translation>Aucune bibliothèque ouverte</translation>
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
            <numerusform>%1 sur %n article affiché</numerusform>
            <numerusform>%1 sur %n articles affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>décompte…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n favori</numerusform>
            <numerusform>%n favoris</numerusform>
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
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import news dumps (text, JSON Lines, HTML) into the library</source>
        <translation>Importer des pages de presse (texte, JSON Lines, HTML) dans la bibliothèque</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Mark Read/Unread</source>
        <translation>&amp;Marquer lu/non lu</translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation>&amp;Favori oui/non</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Mark Articles Read When &amp;Opened</source>
        <translation>Marquer les articles comme lus à l&apos;&amp;ouverture</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>Couleurs du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Glossa</source>
        <translation>À &amp;propos de Glossa</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>Ouvrir une bibliothèque d’é&amp;quipe…</translation>
    </message>
    <message>
        <source>&amp;Read the Article</source>
        <translation>&amp;Lire l&apos;article</translation>
    </message>
    <message>
        <source>Move the keyboard into the article&apos;s text, to select a passage (R)</source>
        <translation>Placer le clavier dans le texte de l&apos;article, pour sélectionner un passage (R)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
</context>
<context>
    <name>glossa::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>About Glossa</source>
        <translation>À propos de Glossa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glossa %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for news analysts: import dumps of news pages, highlight passages, record claims with their verdicts, and export briefs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Glossa %1&lt;/h3&gt;&lt;p&gt;Un atelier de lecture et d&apos;annotation pour les analystes de presse : importez des pages de presse, surlignez des passages, consignez les allégations avec leur verdict et exportez des synthèses.&lt;/p&gt;&lt;p&gt;Bibliothèque : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Glossa</source>
        <translation>%1 — Glossa</translation>
    </message>
    <message>
        <source>Glossa</source>
        <translation>Glossa</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation>Gérer les é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>Ticker &amp;Headlines…</source>
        <translation>&amp;Titres du bandeau…</translation>
    </message>
    <message>
        <source>Another program kept the library busy for more than 10 seconds (an import with glossa-cli?). Nothing was changed; try again when it is done.</source>
        <translation>Un autre programme a occupé la bibliothèque plus de 10 secondes (une importation avec glossa-cli ?). Rien n’a été modifié ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached: changes are not saved until it is back. Reconnecting…</source>
        <translation>Le serveur de la bibliothèque d’équipe est injoignable&#xa0;: les modifications ne sont pas enregistrées tant qu’il ne répond pas. Reconnexion…</translation>
    </message>
    <message>
        <source>Connected to the team library again.</source>
        <translation>De nouveau connecté à la bibliothèque d’équipe.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read it, but edits are off.</source>
        <translation>%1 est en lecture seule&#xa0;: vous pouvez la lire, mais les modifications sont désactivées.</translation>
    </message>
    <message>
        <source>The library file was replaced or deleted: nothing more is written to it.</source>
        <translation>Le fichier de la bibliothèque a été remplacé ou supprimé&#xa0;: plus rien n’y est écrit.</translation>
    </message>
    <message>
        <source>Library File Replaced or Deleted</source>
        <translation>Fichier de bibliothèque remplacé ou supprimé</translation>
    </message>
    <message>
        <source>%1. Glossa stopped writing to it, so that the file now at that place is not damaged; your edits of this session are kept in this window.</source>
        <translation>%1. Glossa a cessé d’y écrire, pour que le fichier qui se trouve maintenant à cet endroit ne soit pas abîmé&#xa0;; les modifications de cette session restent dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Save them to a new library file, then open it (File &gt; Open Library...).</source>
        <translation>Enregistrez-les dans un nouveau fichier de bibliothèque, puis ouvrez-le (Fichier &gt; Ouvrir une bibliothèque...).</translation>
    </message>
    <message>
        <source>Save Edits to a New File...</source>
        <translation>Enregistrer les modifications dans un nouveau fichier...</translation>
    </message>
    <message>
        <source>Save Edits to a New File</source>
        <translation>Enregistrer les modifications dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa)</source>
        <translation>Bibliothèques Glossa (*.glossa)</translation>
    </message>
    <message>
        <source>Saved to %1; open it with File &gt; Open Library...</source>
        <translation>Enregistré dans %1&#xa0;; ouvrez-le avec Fichier &gt; Ouvrir une bibliothèque...</translation>
    </message>
</context>
<context>
    <name>glossa::PreferencesController</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Glossa starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Glossa.</translation>
    </message>
</context>
<context>
    <name>glossa::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it takes effect the next time Glossa starts.</source>
        <translation>La langue des menus et des boîtes de dialogue&#xa0;; elle s’applique au prochain démarrage de Glossa.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Glossa starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Glossa.</translation>
    </message>
    <message>
        <source>System Colours</source>
        <translation>Couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation>Police du lecteur</translation>
    </message>
    <message>
        <source>The typeface of the article text in the reader</source>
        <translation>La police du texte des articles dans le lecteur</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>Taille de la police du lecteur</translation>
    </message>
    <message>
        <source>In points, before zooming with Ctrl++ and Ctrl+-</source>
        <translation>En points, avant le zoom avec Ctrl++ et Ctrl+-</translation>
    </message>
    <message>
        <source>When Opened</source>
        <translation>À l’ouverture</translation>
    </message>
    <message>
        <source>After Reading For</source>
        <translation>Après une lecture de</translation>
    </message>
    <message>
        <source>Only by Hand (M)</source>
        <translation>Seulement à la main (M)</translation>
    </message>
    <message>
        <source>Mark articles read</source>
        <translation>Marquer les articles comme lus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before an open article is marked read</source>
        <translation>Secondes avant qu’un article ouvert soit marqué comme lu</translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation>&amp;Police du lecteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mark as read:</source>
        <translation>&amp;Marquer comme lu&#xa0;:</translation>
    </message>
    <message>
        <source>Analyst at This Desk</source>
        <translation>Analyste à ce poste</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>The name, initials and colour your annotations carry</source>
        <translation>Le nom, les initiales et la couleur que portent vos annotations</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>The folder of the last export</source>
        <translation>Le dossier du dernier export</translation>
    </message>
    <message>
        <source>Where File ▸ Export… starts; empty for the folder of the last export</source>
        <translation>Où s’ouvre Fichier ▸ Exporter…&#xa0;; vide pour le dossier du dernier export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Choisir le dossier d’export par défaut</translation>
    </message>
    <message>
        <source>&amp;Open the last library used when Glossa starts</source>
        <translation>&amp;Ouvrir la dernière bibliothèque utilisée au démarrage de Glossa</translation>
    </message>
    <message>
        <source>Otherwise Glossa opens its default library, unless one is named with --db or GLOSSA_DB</source>
        <translation>Sinon Glossa ouvre sa bibliothèque par défaut, sauf si une autre est indiquée par --db ou GLOSSA_DB</translation>
    </message>
    <message>
        <source>Default e&amp;xport folder:</source>
        <translation>Dossier d’e&amp;xport par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Dossier d’export par défaut</translation>
    </message>
    <message>
        <source>No profile yet: your annotations carry your account&apos;s name.</source>
        <translation>Pas encore de profil&#xa0;: vos annotations portent le nom de votre compte.</translation>
    </message>
    <message>
        <source>&amp;Create Profile…</source>
        <translation>&amp;Créer le profil…</translation>
    </message>
    <message>
        <source>Analyst chip %1</source>
        <translation>Pastille d’analyste %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>glossa::ProjectImportController</name>
    <message>
        <source>Import &amp;Project…</source>
        <translation>Importer un &amp;projet…</translation>
    </message>
    <message>
        <source>Merge a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>Fusionner un projet REFI-QDA de NVivo, ATLAS.ti, MAXQDA ou QualCoder</translation>
    </message>
    <message>
        <source>Import Project</source>
        <translation>Importer un projet</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde);;All files (*)</source>
        <translation>Projets REFI-QDA (*.qdpx *.qde);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation>aucune bibliothèque n’est ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and %1 imported from %2.</source>
        <translation>
            <numerusform>%n article et %1 importés de %2.</numerusform>
            <numerusform>%n articles et %1 importés de %2.</numerusform>
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
        <translation>Rien n’a été importé de %1 : %2</translation>
    </message>
    <message>
        <source>Plain-text sources read</source>
        <translation>Sources en texte brut lues</translation>
    </message>
    <message>
        <source>Articles added</source>
        <translation>Articles ajoutés</translation>
    </message>
    <message>
        <source>Articles already in the library</source>
        <translation>Articles déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>Selections read</source>
        <translation>Sélections lues</translation>
    </message>
    <message>
        <source>Annotations added</source>
        <translation>Annotations ajoutées</translation>
    </message>
    <message>
        <source>Annotations already in the library</source>
        <translation>Annotations déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analystes</translation>
    </message>
    <message>
        <source>Notes carried</source>
        <translation>Notes transmises</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Project Imported</source>
        <translation>Projet importé</translation>
    </message>
    <message>
        <source>This merge is not an undoable edit: Edit ▸ Undo does not remove what it added.</source>
        <translation>Cette fusion n’est pas une modification annulable : Édition ▸ Annuler ne retire pas ce qu’elle a ajouté.</translation>
    </message>
</context>
<context>
    <name>glossa::ReaderView</name>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Rechercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (claimant: %1)</source>
        <translation> (auteur : %1)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Select an article in the list — J and K move to the next and previous one.</source>
        <translation>Choisissez un article dans la liste — J et K passent au suivant et au précédent.</translation>
    </message>
    <message>
        <source>Extend Selection to &amp;Sentence</source>
        <translation>Étendre la sélection à la &amp;phrase</translation>
    </message>
    <message>
        <source>%1 highlight</source>
        <translation>Surlignage %1</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
</context>
<context>
    <name>glossa::ReadingController</name>
    <message>
        <source>The article could not be marked read: %1</source>
        <translation>L&apos;article n&apos;a pas pu être marqué comme lu : %1</translation>
    </message>
</context>
<context>
    <name>glossa::RestoreController</name>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put a backup in the place of this library; the library as it is now is kept beside it</source>
        <translation>Mettre une sauvegarde à la place de cette bibliothèque&#xa0;; la bibliothèque telle qu’elle est est conservée à côté</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>Bibliothèques Glossa (*.glossa);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the library %1 with the backup %2?</source>
        <translation>Remplacer la bibliothèque %1 par la sauvegarde %2&#xa0;?</translation>
    </message>
    <message>
        <source>The library as it is now, with every change made since the backup, is kept beside it under a dated name.</source>
        <translation>La bibliothèque telle qu’elle est, avec toutes les modifications faites depuis la sauvegarde, est conservée à côté sous un nom daté.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Checking and copying the backup %1…</source>
        <translation>Vérification et copie de la sauvegarde %1…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation>la copie a été interrompue</translation>
    </message>
    <message>
        <source>The library could not be restored from %1.</source>
        <translation>La bibliothèque n’a pas pu être restaurée depuis %1.</translation>
    </message>
    <message>
        <source>The library as it was is kept as %1.</source>
        <translation>La bibliothèque telle qu’elle était est conservée sous %1.</translation>
    </message>
    <message>
        <source>The library was restored from %1.</source>
        <translation>La bibliothèque a été restaurée depuis %1.</translation>
    </message>
    <message>
        <source>Library Restored</source>
        <translation>Bibliothèque restaurée</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>The library was not changed.</source>
        <translation>La bibliothèque n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>glossa::ReviewDialog</name>
    <message>
        <source>Review Claims — %1</source>
        <translation>Examen des affirmations — %1</translation>
    </message>
    <message>
        <source>Claims by analyst</source>
        <translation>Affirmations par analyste</translation>
    </message>
    <message>
        <source>Accept &amp;Agreed</source>
        <translation>&amp;Accepter les concordances</translation>
    </message>
    <message>
        <source>Every claim all its analysts coded on the same words with the same verdict</source>
        <translation>Chaque affirmation que tous ses analystes ont consignée sur les mêmes mots avec le même verdict</translation>
    </message>
    <message>
        <source>&amp;Take This Side</source>
        <translation>&amp;Retenir cette version</translation>
    </message>
    <message>
        <source>Final verdict</source>
        <translation>Verdict final</translation>
    </message>
    <message>
        <source>&amp;Decide With This Verdict</source>
        <translation>&amp;Trancher avec ce verdict</translation>
    </message>
    <message>
        <source>Claims: %1 · analysts: %2 · decided: %3 · agreed and waiting: %4 · to settle: %5</source>
        <translation>Affirmations : %1 · analystes : %2 · tranchées : %3 · concordantes en attente : %4 · à trancher : %5</translation>
    </message>
</context>
<context>
    <name>glossa::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>glossa::TagManagerDialog</name>
    <message>
        <source>Manage Tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Every change here can be undone (%1), here or in the main window.</source>
        <translation>Chaque modification peut être annulée (%1), ici ou dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a tag named “%1”. Merge “%2” into it?</source>
        <translation>Une étiquette « %1 » existe déjà. Y fusionner « %2 » ?</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>glossa::TagTableModel</name>
    <message>
        <source>%1 — colour %2</source>
        <translation>%1 — couleur %2</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>glossa::TagsLineEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>glossa::TaxonomyLabels</name>
    <message>
        <source>Factual</source>
        <translation>Factuelle</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Accusation</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Partly supported</source>
        <translation>Partiellement confirmée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Trompeuse</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>glossa::TeamLibraryDialog</name>
    <message>
        <source>Open Team Library</source>
        <translation>Ouvrir une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>db.example.org, or a local server&apos;s socket folder</source>
        <translation>db.exemple.org, ou le dossier de socket d’un serveur local</translation>
    </message>
    <message>
        <source>From ~/.pgpass when left empty</source>
        <translation>Pris dans ~/.pgpass si vide</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Copy to Team Library</source>
        <translation>Copier vers une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Your administrator gives you these (glossa-cli team add-analyst).</source>
        <translation>Votre administrateur vous les donne (glossa-cli team add-analyst).</translation>
    </message>
    <message>
        <source>Copy as the team library&apos;s owner (the login that ran &apos;glossa-cli team init&apos;): the rows are every analyst&apos;s. Copying again adds only what is new.</source>
        <translation>Copiez en tant que propriétaire de la bibliothèque d’équipe (l’identifiant qui a lancé «&#xa0;glossa-cli team init&#xa0;»)&#xa0;: les lignes sont celles de tous les analystes. Copier de nouveau n’ajoute que ce qui est nouveau.</translation>
    </message>
    <message>
        <source>Unless you ask Glossa to remember it, the password is kept only until Glossa quits; it is never written to Glossa&apos;s settings.</source>
        <translation>Sauf si vous demandez à Glossa de le mémoriser, le mot de passe n’est gardé que jusqu’à la fermeture de Glossa&#xa0;; il n’est jamais écrit dans les réglages de Glossa.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring (%1): it is kept until Glossa quits.</source>
        <translation>Le mot de passe n’a pas pu être gardé dans le trousseau du système (%1)&#xa0;: il est conservé jusqu’à la fermeture de Glossa.</translation>
    </message>
</context>
<context>
    <name>glossa::TickerHeadlineModel</name>
    <message>
        <source>In the library: double-click to open the article</source>
        <translation>Dans la bibliothèque : double-cliquez pour ouvrir l&apos;article</translation>
    </message>
    <message>
        <source>This article is not in the library</source>
        <translation>Cet article n&apos;est pas dans la bibliothèque</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Vu dans</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation>Média inconnu</translation>
    </message>
    <message>
        <source>In the ticker of a page of %1</source>
        <translation>Dans le bandeau d&apos;une page de %1</translation>
    </message>
</context>
<context>
    <name>glossa::TickerHeadlinesDialog</name>
    <message>
        <source>Ticker Headlines</source>
        <translation>Titres du bandeau</translation>
    </message>
    <message>
        <source>Words in the headline</source>
        <translation>Mots du titre</translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation>« %1 » n&apos;est pas dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n headline(s)</source>
        <translation>
            <numerusform>%n titre</numerusform>
            <numerusform>%n titres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the library (underlined; double-click to open)</source>
        <translation>
            <numerusform>%n dans la bibliothèque (souligné ; double-cliquez pour ouvrir)</numerusform>
            <numerusform>%n dans la bibliothèque (soulignés ; double-cliquez pour ouvrir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tickers of the whole library…</source>
        <translation>Lecture des bandeaux de toute la bibliothèque…</translation>
    </message>
    <message>
        <source>The headlines could not be read: %1</source>
        <translation>Les titres n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Search ticker headlines</source>
        <translation>Rechercher dans les titres du fil</translation>
    </message>
    <message>
        <source>Ticker headlines</source>
        <translation>Titres du fil</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseDock</name>
    <message>
        <source>Where Else?</source>
        <translation>Où ailleurs&#xa0;?</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseLauncher</name>
    <message>
        <source>&amp;Where Else?…</source>
        <translation>&amp;Où ailleurs ?…</translation>
    </message>
    <message>
        <source>Find the other articles that carry this passage</source>
        <translation>Trouver les autres articles qui contiennent ce passage</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseModel</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElsePanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Copy Onto This Article</source>
        <translation>&amp;Copier sur cet article</translation>
    </message>
    <message>
        <source>Annotate the passage found in the selected article with the same claim, tags and colour (Edit ▸ Undo takes it off)</source>
        <translation>Annoter le passage trouvé dans l’article sélectionné avec la même affirmation, les mêmes étiquettes et la même couleur (Édition ▸ Annuler la retire)</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>Recherche dans la bibliothèque…</translation>
    </message>
    <message>
        <source>No other article in the library carries this passage.</source>
        <translation>Aucun autre article de la bibliothèque ne reprend ce passage.</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n other article(s), earliest first. Double-click one to open it on the passage.</source>
        <translation>
            <numerusform>Trouvé dans %n autre article, le plus ancien d’abord. Double-cliquez pour l’ouvrir sur le passage.</numerusform>
            <numerusform>Trouvé dans %n autres articles, le plus ancien d’abord. Double-cliquez sur l’un d’eux pour l’ouvrir sur le passage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Articles with the same passage</source>
        <translation>Articles reprenant le même passage</translation>
    </message>
</context>
<context>
    <name>glossa::Workspace</name>
    <message>
        <source>The analyst could not be recorded in the library: %1</source>
        <translation>L&apos;analyste n&apos;a pas pu être enregistré dans la bibliothèque : %1</translation>
    </message>
    <message>
        <source>the library refused the change</source>
        <translation>la bibliothèque a refusé la modification</translation>
    </message>
</context>
<context>
    <name>glossa::WorthCheckingMarks</name>
    <message>
        <source>&amp;Worth Checking</source>
        <translation>À &amp;vérifier</translation>
    </message>
    <message>
        <source>Worth Checking: &amp;Accept Mark</source>
        <translation>À vérifier : &amp;accepter la marque</translation>
    </message>
    <message>
        <source>Worth Checking: &amp;Dismiss Mark</source>
        <translation>À vérifier : &amp;écarter la marque</translation>
    </message>
    <message>
        <source>Mark the sentences most worth checking in the margin (Ctrl+Shift+W)</source>
        <translation>Marquer dans la marge les phrases qui méritent le plus une vérification (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>un pourcentage</translation>
    </message>
    <message>
        <source>a sum of money</source>
        <translation>une somme d’argent</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>une date ou une heure</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>an outlet or claimant the library knows</source>
        <translation>un média ou un auteur de propos connu de la bibliothèque</translation>
    </message>
    <message>
        <source>a comparison or change</source>
        <translation>une comparaison ou une évolution</translation>
    </message>
    <message>
        <source>a superlative or record</source>
        <translation>un superlatif ou un record</translation>
    </message>
    <message>
        <source>attributed to a source</source>
        <translation>attribué à une source</translation>
    </message>
    <message>
        <source>hedged, which lowers the score</source>
        <translation>nuancé, ce qui abaisse le score</translation>
    </message>
    <message>
        <source>You accepted this mark.</source>
        <translation>Vous avez accepté cette marque.</translation>
    </message>
    <message>
        <source>Right-click to accept or dismiss it.</source>
        <translation>Clic droit pour l’accepter ou l’écarter.</translation>
    </message>
    <message>
        <source>Worth checking</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>score de %1 sur 100</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>En raison de : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
</TS>
