<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>أدوات أخرى</translation>
    </message>
</context>
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add Claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Add Highlight</source>
        <translation>إضافة تظليل</translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation>تعذّر حفظ التعليق التوضيحي: %1</translation>
    </message>
    <message>
        <source>The annotation could not be removed: %1</source>
        <translation>تعذّرت إزالة التعليق التوضيحي: %1</translation>
    </message>
</context>
<context>
    <name>AnnotationDescription</name>
    <message>
        <source>%1 highlight, claim: %2, verdict: %3.</source>
        <translation>تظليل %1، ادعاء: %2، الحكم: %3.</translation>
    </message>
    <message>
        <source>Claimant: %1.</source>
        <translation>صاحب الادعاء: %1.</translation>
    </message>
    <message>
        <source>%1 highlight.</source>
        <translation>تظليل %1.</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>الوسوم: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>بقلم %1.</translation>
    </message>
    <message>
        <source>The editor&apos;s decision.</source>
        <translation>قرار المحرر.</translation>
    </message>
    <message>
        <source>In conflict with another edit.</source>
        <translation>متعارض مع تعديل آخر.</translation>
    </message>
</context>
<context>
    <name>AnswerWorthCheckingCommand</name>
    <message>
        <source>Accept “%1” as Worth Checking</source>
        <translation>قبول «%1» بوصفها جديرة بالتحقق</translation>
    </message>
    <message>
        <source>Dismiss “%1” as Not Worth Checking</source>
        <translation>استبعاد «%1» بوصفها غير جديرة بالتحقق</translation>
    </message>
    <message>
        <source>The answer to the mark could not be saved: %1</source>
        <translation>تعذّر حفظ الرد على العلامة: %1</translation>
    </message>
    <message>
        <source>The answer to the mark could not be taken back: %1</source>
        <translation>تعذّر التراجع عن الرد على العلامة: %1</translation>
    </message>
</context>
<context>
    <name>ArticleDocumentBuilder</name>
    <message>
        <source>Unknown outlet</source>
        <translation>مصدر غير معروف</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>unknown file</source>
        <translation>ملف غير معروف</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>مأخوذ من %1</translation>
    </message>
    <message>
        <source>From %1, imported %2</source>
        <translation>مأخوذ من %1، استُورد في %2</translation>
    </message>
</context>
<context>
    <name>BulkEditClaimsCommand</name>
    <message>
        <source>The claims could not be saved: %1</source>
        <translation>تعذّر حفظ الادعاءات: %1</translation>
    </message>
</context>
<context>
    <name>ChangeMembershipCommand</name>
    <message numerus="yes">
        <source>Add %n Article(s) to “%1”</source>
        <translation>
            <numerusform>إضافة %n مقال إلى «%1»</numerusform>
            <numerusform>إضافة مقال واحد إلى «%1»</numerusform>
            <numerusform>إضافة مقالين إلى «%1»</numerusform>
            <numerusform>إضافة %n مقالات إلى «%1»</numerusform>
            <numerusform>إضافة %n مقالًا إلى «%1»</numerusform>
            <numerusform>إضافة %n مقال إلى «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Article(s) from “%1”</source>
        <translation>
            <numerusform>إزالة %n مقال من «%1»</numerusform>
            <numerusform>إزالة مقال واحد من «%1»</numerusform>
            <numerusform>إزالة مقالين من «%1»</numerusform>
            <numerusform>إزالة %n مقالات من «%1»</numerusform>
            <numerusform>إزالة %n مقالًا من «%1»</numerusform>
            <numerusform>إزالة %n مقال من «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection could not be changed: %1</source>
        <translation>تعذّر تعديل المجموعة: %1</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>« %1 » — %2, %3</source>
        <translation>«%1» — %2، %3</translation>
    </message>
    <message>
        <source>« %1 » — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>CollectionEdits</name>
    <message>
        <source>A collection needs a name.</source>
        <translation>يجب أن يكون للمجموعة اسم.</translation>
    </message>
    <message>
        <source>There is already a collection named “%1”.</source>
        <translation>توجد بالفعل مجموعة باسم «%1».</translation>
    </message>
    <message>
        <source>The library refused the change.</source>
        <translation>رفضت المكتبة التعديل.</translation>
    </message>
    <message>
        <source>That collection no longer exists.</source>
        <translation>لم تعد هذه المجموعة موجودة.</translation>
    </message>
</context>
<context>
    <name>CreateCollectionCommand</name>
    <message>
        <source>New Collection “%1”</source>
        <translation>مجموعة جديدة «%1»</translation>
    </message>
    <message>
        <source>The collection could not be created: %1</source>
        <translation>تعذّر إنشاء المجموعة: %1</translation>
    </message>
    <message>
        <source>The collection could not be removed: %1</source>
        <translation>تعذّرت إزالة المجموعة: %1</translation>
    </message>
</context>
<context>
    <name>DecideAppearanceCommand</name>
    <message>
        <source>Accept Repeated Claim</source>
        <translation>قبول الادعاء المكرَّر</translation>
    </message>
    <message>
        <source>Dismiss Repeated Claim</source>
        <translation>استبعاد الادعاء المكرَّر</translation>
    </message>
    <message>
        <source>The repeated claim could not be dismissed: %1</source>
        <translation>تعذّر استبعاد الادعاء المكرَّر: %1</translation>
    </message>
    <message>
        <source>The repeated claim could not be accepted: %1</source>
        <translation>تعذّر قبول الادعاء المكرَّر: %1</translation>
    </message>
    <message>
        <source>The repeated claim could not be proposed again: %1</source>
        <translation>تعذّر اقتراح الادعاء المكرَّر مجددًا: %1</translation>
    </message>
</context>
<context>
    <name>DecideClaimsCommand</name>
    <message>
        <source>Accept Agreed Claims</source>
        <translation>قبول الادعاءات المتّفق عليها</translation>
    </message>
    <message>
        <source>Decide a Claim</source>
        <translation>البتّ في ادعاء</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>تعذّر حفظ القرارات: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>تعذّر حفظ القرار: %1</translation>
    </message>
    <message>
        <source>The decisions could not be taken back: %1</source>
        <translation>تعذّر التراجع عن القرارات: %1</translation>
    </message>
</context>
<context>
    <name>DeleteArticlesCommand</name>
    <message>
        <source>Delete Article “%1”</source>
        <translation>حذف المقال «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Article(s)</source>
        <translation>
            <numerusform>حذف %n مقال</numerusform>
            <numerusform>حذف مقال واحد</numerusform>
            <numerusform>حذف مقالين</numerusform>
            <numerusform>حذف %n مقالات</numerusform>
            <numerusform>حذف %n مقالًا</numerusform>
            <numerusform>حذف %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>The article could not be deleted: %1</source>
        <translation>تعذّر حذف المقال: %1</translation>
    </message>
    <message>
        <source>The deleted article could not be put back: %1</source>
        <translation>تعذّرت إعادة المقال المحذوف: %1</translation>
    </message>
</context>
<context>
    <name>DeleteCollectionCommand</name>
    <message>
        <source>Delete Collection “%1”</source>
        <translation>حذف المجموعة «%1»</translation>
    </message>
    <message>
        <source>The collection could not be deleted: %1</source>
        <translation>تعذّر حذف المجموعة: %1</translation>
    </message>
    <message>
        <source>The collection could not be restored: %1</source>
        <translation>تعذّرت استعادة المجموعة: %1</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Change Highlight Colour</source>
        <translation>تغيير لون التظليل</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>تعديل الادعاء</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>تعديل التعليق التوضيحي</translation>
    </message>
    <message>
        <source>The annotation could not be saved: %1</source>
        <translation>تعذّر حفظ التعليق التوضيحي: %1</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>Markdown brief</source>
        <translation>موجز Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet (one row per annotation)</source>
        <translation>جدول بيانات CSV (صف لكل تعليق توضيحي)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>تعليقات توضيحية W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD)</source>
        <translation>ClaimReview (JSON-LD وفق schema.org)</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)</source>
        <translation>مشروع REFI-QDA (NVivo وATLAS.ti وMAXQDA وQualCoder)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>دليل ترميز REFI-QDA</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The filtered list could not be read: %1</source>
        <translation>تعذّرت قراءة القائمة المصفّاة: %1</translation>
    </message>
    <message>
        <source>There is no article to export in this scope.</source>
        <translation>لا يوجد مقال لتصديره ضمن هذا النطاق.</translation>
    </message>
    <message>
        <source>The library could not be read: %1</source>
        <translation>تعذّرت قراءة المكتبة: %1</translation>
    </message>
    <message>
        <source>Nothing to export: no annotation in this scope matches the filters.</source>
        <translation>لا شيء للتصدير: لا يطابق أيُّ تعليق توضيحي في هذا النطاق عوامل التصفية.</translation>
    </message>
    <message>
        <source>“%1” could not be saved, and no file was left in its place.

%2</source>
        <translation>تعذّر حفظ «%1»، ولم يُترك أي ملف مكانه.

%2</translation>
    </message>
    <message>
        <source>A %1 is laid out on pages and needs a file to be written to.</source>
        <translation>يُنسَّق %1 على صفحات، ولذلك يحتاج إلى ملف يُكتب فيه.</translation>
    </message>
    <message>
        <source>The REFI-QDA file could not be made: %1</source>
        <translation>تعذّر إنشاء ملف REFI-QDA: %1</translation>
    </message>
    <message>
        <source>The ClaimReview settings cannot be used: %1.</source>
        <translation>لا يمكن استعمال إعدادات ClaimReview: %1.</translation>
    </message>
    <message>
        <source>No review URL template is set: the reviews have no url, and fact-check search takes none without one.</source>
        <translation>لم يُحدَّد قالب لعنوان صفحة التحقق: المراجعات بلا url، ولا يقبل بحث التحقق أي مراجعة بدونه.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>No library is open.</source>
        <translation>لا توجد مكتبة مفتوحة.</translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <source>Upgrading “%1” to this version&apos;s library format…
Large libraries take a few minutes; nothing is lost if Glossa is closed.</source>
        <translation>جارٍ ترقية «%1» إلى صيغة المكتبة في هذا الإصدار…
تستغرق المكتبات الكبيرة بضع دقائق؛ ولن يضيع شيء إذا أُغلق Glossa.</translation>
    </message>
    <message>
        <source>Upgrading Library</source>
        <translation>ترقية المكتبة</translation>
    </message>
</context>
<context>
    <name>LockFreeFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>دمج الوسم «%1» في «%2»</translation>
    </message>
    <message>
        <source>The tags could not be merged: %1</source>
        <translation>تعذّر دمج الوسوم: %1</translation>
    </message>
    <message>
        <source>The merge could not be undone: %1</source>
        <translation>تعذّر التراجع عن الدمج: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Library Not Opened</source>
        <translation>لم تُفتح المكتبة</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a Glossa library.</source>
        <translation>لا يمكن فتح «%1» بوصفه مكتبة Glossa.</translation>
    </message>
    <message>
        <source>Open or create another library from the File menu.</source>
        <translation>افتح مكتبة أخرى أو أنشئ واحدة من قائمة «ملف».</translation>
    </message>
    <message>
        <source>The remembered password could not be read from the system keyring: %1</source>
        <translation>تعذّرت قراءة كلمة المرور المحفوظة من سلسلة مفاتيح النظام: %1</translation>
    </message>
</context>
<context>
    <name>QdpxArchive</name>
    <message>
        <source>the archive could not be started (zip error %1)</source>
        <translation>تعذّر بدء الأرشيف (خطأ zip رقم %1)</translation>
    </message>
    <message>
        <source>%1 could not be added to the archive (zip error %2)</source>
        <translation>تعذّرت إضافة %1 إلى الأرشيف (خطأ zip رقم %2)</translation>
    </message>
    <message>
        <source>the archive could not be finished (zip error %1)</source>
        <translation>تعذّر إنهاء الأرشيف (خطأ zip رقم %1)</translation>
    </message>
    <message>
        <source>an entry has no name</source>
        <translation>أحد مدخلات الأرشيف بلا اسم</translation>
    </message>
    <message>
        <source>the entry “%1” has an absolute path</source>
        <translation>للمدخل «%1» مسار مطلق</translation>
    </message>
    <message>
        <source>the entry “%1” points outside the archive</source>
        <translation>المدخل «%1» يشير إلى خارج الأرشيف</translation>
    </message>
    <message>
        <source>an entry&apos;s name holds a NUL character</source>
        <translation>اسم أحد المدخلات يحوي محرف NUL</translation>
    </message>
    <message>
        <source>it is not a ZIP archive (a .qdpx is one)</source>
        <translation>ليس أرشيف ZIP (وملف ‎.qdpx أرشيف من هذا النوع)</translation>
    </message>
    <message>
        <source>it holds %1 entries, more than the %2 a project may</source>
        <translation>يحوي %1 مدخلًا، أكثر من الحد المسموح به للمشروع وهو %2</translation>
    </message>
    <message>
        <source>an entry of the archive cannot be read</source>
        <translation>تتعذّر قراءة أحد مدخلات الأرشيف</translation>
    </message>
    <message>
        <source>the entry “%1” would unpack to %2 MB, more than the %3 MB allowed</source>
        <translation>سيبلغ حجم المدخل «%1» بعد فك الضغط %2 ميغابايت، أكثر من الحد المسموح به وهو %3 ميغابايت</translation>
    </message>
    <message>
        <source>the archive would unpack to more than %1 MB</source>
        <translation>سيتجاوز حجم الأرشيف بعد فك الضغط %1 ميغابايت</translation>
    </message>
    <message>
        <source>the archive&apos;s directory is damaged (zip error %1)</source>
        <translation>فهرس الأرشيف تالف (خطأ zip رقم %1)</translation>
    </message>
    <message>
        <source>the archive has no entry “%1”</source>
        <translation>لا يحوي الأرشيف المدخل «%1»</translation>
    </message>
    <message>
        <source>the entry “%1” cannot be opened (zip error %2)</source>
        <translation>يتعذّر فتح المدخل «%1» (خطأ zip رقم %2)</translation>
    </message>
    <message>
        <source>the entry “%1” is damaged (zip error %2)</source>
        <translation>المدخل «%1» تالف (خطأ zip رقم %2)</translation>
    </message>
    <message>
        <source>the entry “%1” holds more than it declares</source>
        <translation>يحوي المدخل «%1» أكثر مما يصرّح به</translation>
    </message>
    <message>
        <source>the entry “%1” fails its checksum (zip error %2)</source>
        <translation>فشل التحقق من المجموع الاختباري للمدخل «%1» (خطأ zip رقم %2)</translation>
    </message>
    <message>
        <source>the entry “%1” holds less than it declares</source>
        <translation>يحوي المدخل «%1» أقل مما يصرّح به</translation>
    </message>
</context>
<context>
    <name>RecolorTagCommand</name>
    <message>
        <source>Change Colour of Tag “%1”</source>
        <translation>تغيير لون الوسم «%1»</translation>
    </message>
    <message>
        <source>The tag&apos;s colour could not be saved: %1</source>
        <translation>تعذّر حفظ لون الوسم: %1</translation>
    </message>
</context>
<context>
    <name>RefiProjectReader</name>
    <message>
        <source>it is not a QDA-XML project: it holds no element</source>
        <translation>ليس مشروع QDA-XML: لا يحوي أي عنصر</translation>
    </message>
    <message>
        <source>it is not a QDA-XML project: its root element is &lt;%1&gt;, not &lt;Project&gt;</source>
        <translation>ليس مشروع QDA-XML: عنصره الجذر &lt;%1&gt; وليس &lt;Project&gt;</translation>
    </message>
    <message>
        <source>it holds more than %1 notes</source>
        <translation>يحوي أكثر من %1 ملاحظة</translation>
    </message>
    <message>
        <source>the XML is malformed at line %1: %2</source>
        <translation>صيغة XML غير سليمة في السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n element(s))</source>
        <translation>
            <numerusform>%1 (%n عنصر)</numerusform>
            <numerusform>%1 (عنصر واحد)</numerusform>
            <numerusform>%1 (عنصران)</numerusform>
            <numerusform>%1 (%n عناصر)</numerusform>
            <numerusform>%1 (%n عنصرًا)</numerusform>
            <numerusform>%1 (%n عنصر)</numerusform>
        </translation>
    </message>
    <message>
        <source>it declares a DTD, which a QDA-XML project never needs (entities are refused)</source>
        <translation>يصرّح بتعريف DTD، ولا يحتاج إليه مشروع QDA-XML أبدًا (الكيانات مرفوضة)</translation>
    </message>
    <message>
        <source>its codes are nested more than %1 levels deep</source>
        <translation>رموزه متداخلة لأكثر من %1 مستوى</translation>
    </message>
    <message>
        <source>it holds more than %1 codes</source>
        <translation>يحوي أكثر من %1 رمز</translation>
    </message>
    <message>
        <source>it holds more than %1 sources</source>
        <translation>يحوي أكثر من %1 مصدر</translation>
    </message>
    <message>
        <source>it holds more than %1 selections</source>
        <translation>يحوي أكثر من %1 مقطع محدد</translation>
    </message>
</context>
<context>
    <name>RefiQdaExporter</name>
    <message>
        <source>annotation “%1” in “%2”: its passage is no longer in the article&apos;s text (orphaned), and a selection needs one</source>
        <translation>التعليق «%1» في «%2»: لم يعد مقطعه في نص المقال (يتيم)، والتحديد يحتاج إلى مقطع</translation>
    </message>
    <message numerus="yes">
        <source>the highlight colours of %n annotation(s): a selection has no colour in REFI-QDA (its codes do)</source>
        <translation>
            <numerusform>ألوان إبراز %n تعليق: لا لون للتحديد في REFI-QDA (لرموزه ألوان)</numerusform>
            <numerusform>لون إبراز تعليق واحد: لا لون للتحديد في REFI-QDA (لرموزه ألوان)</numerusform>
            <numerusform>لونا إبراز تعليقين: لا لون للتحديد في REFI-QDA (لرموزه ألوان)</numerusform>
            <numerusform>ألوان إبراز %n تعليقات: لا لون للتحديد في REFI-QDA (لرموزه ألوان)</numerusform>
            <numerusform>ألوان إبراز %n تعليقًا: لا لون للتحديد في REFI-QDA (لرموزه ألوان)</numerusform>
            <numerusform>ألوان إبراز %n تعليق: لا لون للتحديد في REFI-QDA (لرموزه ألوان)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>which lines are headings, in %n article(s): a source is plain text</source>
        <translation>
            <numerusform>الأسطر التي هي عناوين فرعية في %n مقال: المصدر نص خام</numerusform>
            <numerusform>الأسطر التي هي عناوين فرعية في مقال واحد: المصدر نص خام</numerusform>
            <numerusform>الأسطر التي هي عناوين فرعية في مقالين: المصدر نص خام</numerusform>
            <numerusform>الأسطر التي هي عناوين فرعية في %n مقالات: المصدر نص خام</numerusform>
            <numerusform>الأسطر التي هي عناوين فرعية في %n مقالًا: المصدر نص خام</numerusform>
            <numerusform>الأسطر التي هي عناوين فرعية في %n مقال: المصدر نص خام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ticker headlines of %n article(s): REFI-QDA has no place for them</source>
        <translation>
            <numerusform>عناوين الشريط الإخباري لـ%n مقال: لا مكان لها في REFI-QDA</numerusform>
            <numerusform>عناوين الشريط الإخباري لمقال واحد: لا مكان لها في REFI-QDA</numerusform>
            <numerusform>عناوين الشريط الإخباري لمقالين: لا مكان لها في REFI-QDA</numerusform>
            <numerusform>عناوين الشريط الإخباري لـ%n مقالات: لا مكان لها في REFI-QDA</numerusform>
            <numerusform>عناوين الشريط الإخباري لـ%n مقالًا: لا مكان لها في REFI-QDA</numerusform>
            <numerusform>عناوين الشريط الإخباري لـ%n مقال: لا مكان لها في REFI-QDA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>which of %n annotation(s) are the editor&apos;s final decisions: they are written as their analyst&apos;s codings</source>
        <translation>
            <numerusform>أيّ %n تعليق هي قرارات المحرر النهائية: تُكتب ترميزاتٍ لمحللها</numerusform>
            <numerusform>أن تعليقًا واحدًا قرار نهائي للمحرر: يُكتب ترميزًا لمحلله</numerusform>
            <numerusform>أن تعليقين قراران نهائيان للمحرر: يُكتبان ترميزين لمحللهما</numerusform>
            <numerusform>أيّ %n تعليقات هي قرارات المحرر النهائية: تُكتب ترميزاتٍ لمحلليها</numerusform>
            <numerusform>أيّ %n تعليقًا هي قرارات المحرر النهائية: تُكتب ترميزاتٍ لمحلليها</numerusform>
            <numerusform>أيّ %n تعليق هي قرارات المحرر النهائية: تُكتب ترميزاتٍ لمحلليها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the versions of %n annotation(s) waiting to be settled: only the library&apos;s own is written</source>
        <translation>
            <numerusform>نسخ %n تعليق تنتظر الحسم: لا تُكتب إلا نسخة المكتبة</numerusform>
            <numerusform>نسخ تعليق واحد تنتظر الحسم: لا تُكتب إلا نسخة المكتبة</numerusform>
            <numerusform>نسخ تعليقين تنتظر الحسم: لا تُكتب إلا نسخة المكتبة</numerusform>
            <numerusform>نسخ %n تعليقات تنتظر الحسم: لا تُكتب إلا نسخة المكتبة</numerusform>
            <numerusform>نسخ %n تعليقًا تنتظر الحسم: لا تُكتب إلا نسخة المكتبة</numerusform>
            <numerusform>نسخ %n تعليق تنتظر الحسم: لا تُكتب إلا نسخة المكتبة</numerusform>
        </translation>
    </message>
    <message>
        <source>read and starred marks, and the raw files the articles were imported from: REFI-QDA has no place for them</source>
        <translation>علامات «مقروء» و«مميز بنجمة»، والملفات الخام التي استُورِدت منها المقالات: لا مكان لها في REFI-QDA</translation>
    </message>
</context>
<context>
    <name>RefiQdaImporter</name>
    <message>
        <source>the file is larger than %1 MB, more than any project</source>
        <translation>حجم الملف يتجاوز %1 ميغابايت، أكبر من أي مشروع</translation>
    </message>
    <message>
        <source>the archive holds no .qde project file</source>
        <translation>لا يحوي الأرشيف أي ملف مشروع ‎.qde</translation>
    </message>
    <message>
        <source>the archive holds several .qde files and no project.qde</source>
        <translation>يحوي الأرشيف عدة ملفات ‎.qde ولا يحوي project.qde</translation>
    </message>
    <message>
        <source>source %1: its text is outside the project (%2), and is never read from there</source>
        <translation>المصدر %1: نصه خارج المشروع (%2)، ولا يُقرأ من هناك أبدًا</translation>
    </message>
    <message>
        <source>source %1: the archive has no sources/%2</source>
        <translation>المصدر %1: لا يحوي الأرشيف sources/%2</translation>
    </message>
    <message>
        <source>source %1: its text is not UTF-8</source>
        <translation>المصدر %1: نصه ليس بترميز UTF-8</translation>
    </message>
    <message>
        <source>source %1: %2 cannot be read</source>
        <translation>المصدر %1: تتعذّر قراءة %2</translation>
    </message>
    <message>
        <source>the source %1 is larger than any article</source>
        <translation>المصدر %1 أكبر من أي مقال</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>%1: Glossa has no place for it</source>
        <translation>%1: لا مكان له في Glossa</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) about the whole project: a library has no project note</source>
        <translation>
            <numerusform>%n ملاحظة عن المشروع كله: لا ملاحظة مشروع في المكتبة</numerusform>
            <numerusform>ملاحظة واحدة عن المشروع كله: لا ملاحظة مشروع في المكتبة</numerusform>
            <numerusform>ملاحظتان عن المشروع كله: لا ملاحظة مشروع في المكتبة</numerusform>
            <numerusform>%n ملاحظات عن المشروع كله: لا ملاحظة مشروع في المكتبة</numerusform>
            <numerusform>%n ملاحظة عن المشروع كله: لا ملاحظة مشروع في المكتبة</numerusform>
            <numerusform>%n ملاحظة عن المشروع كله: لا ملاحظة مشروع في المكتبة</numerusform>
        </translation>
    </message>
    <message>
        <source>a note reference to %1: the file has no such note</source>
        <translation>إحالة إلى الملاحظة %1: لا يحوي الملف هذه الملاحظة</translation>
    </message>
    <message>
        <source>source %1 (%2): only plain-text sources are read; skipped</source>
        <translation>المصدر %1 (%2): لا تُقرأ إلا مصادر النص الخام؛ تم تجاوزه</translation>
    </message>
    <message>
        <source>source %1: rich text only (%2), without its plain text; skipped</source>
        <translation>المصدر %1: نص منسّق فقط (%2) بلا نصه الخام؛ تم تجاوزه</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>مصدر بلا عنوان</translation>
    </message>
    <message>
        <source>source %1: it holds no text; skipped</source>
        <translation>المصدر %1: لا يحوي أي نص؛ تم تجاوزه</translation>
    </message>
    <message>
        <source>source %1: a claim kind or verdict coding the whole source; an article has no claim</source>
        <translation>المصدر %1: نوع ادعاء أو حكم مُرمَّز على المصدر كله؛ والمقال لا يحمل ادعاءً</translation>
    </message>
    <message numerus="yes">
        <source>source %1: %n selection(s) of another kind than plain text</source>
        <translation>
            <numerusform>المصدر %1: %n تحديد من نوع غير النص الخام</numerusform>
            <numerusform>المصدر %1: تحديد واحد من نوع غير النص الخام</numerusform>
            <numerusform>المصدر %1: تحديدان من نوع غير النص الخام</numerusform>
            <numerusform>المصدر %1: %n تحديدات من نوع غير النص الخام</numerusform>
            <numerusform>المصدر %1: %n تحديدًا من نوع غير النص الخام</numerusform>
            <numerusform>المصدر %1: %n تحديد من نوع غير النص الخام</numerusform>
        </translation>
    </message>
    <message>
        <source>selection %1 of source %2: its range %3–%4 is not a passage of the text</source>
        <translation>التحديد %1 من المصدر %2: نطاقه %3–%4 ليس مقطعًا من النص</translation>
    </message>
    <message>
        <source>selection %1: a second claim kind or verdict (%2); a claim has one, the first is kept</source>
        <translation>التحديد %1: نوع ادعاء أو حكم ثانٍ (%2)؛ للادعاء واحد فقط، ويُحتفظ بالأول</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of a code the codebook does not hold</source>
        <translation>
            <numerusform>%n ترميز برمز غير موجود في دليل الترميز</numerusform>
            <numerusform>ترميز واحد برمز غير موجود في دليل الترميز</numerusform>
            <numerusform>ترميزان برمز غير موجود في دليل الترميز</numerusform>
            <numerusform>%n ترميزات برموز غير موجودة في دليل الترميز</numerusform>
            <numerusform>%n ترميزًا برموز غير موجودة في دليل الترميز</numerusform>
            <numerusform>%n ترميز برموز غير موجودة في دليل الترميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the author of %n selection(s), a user the file does not list: made by the acting analyst</source>
        <translation>
            <numerusform>مؤلف %n تحديد، وهو مستخدم لا يذكره الملف: تُنسب إلى المحلل الحالي</numerusform>
            <numerusform>مؤلف تحديد واحد، وهو مستخدم لا يذكره الملف: يُنسب إلى المحلل الحالي</numerusform>
            <numerusform>مؤلف تحديدين، وهو مستخدم لا يذكره الملف: يُنسبان إلى المحلل الحالي</numerusform>
            <numerusform>مؤلف %n تحديدات، وهو مستخدم لا يذكره الملف: تُنسب إلى المحلل الحالي</numerusform>
            <numerusform>مؤلف %n تحديدًا، وهو مستخدم لا يذكره الملف: تُنسب إلى المحلل الحالي</numerusform>
            <numerusform>مؤلف %n تحديد، وهو مستخدم لا يذكره الملف: تُنسب إلى المحلل الحالي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of variables other than outlet, date, URL and language</source>
        <translation>
            <numerusform>%n قيمة لمتغيرات غير الوسيلة والتاريخ والرابط واللغة</numerusform>
            <numerusform>قيمة واحدة لمتغير غير الوسيلة والتاريخ والرابط واللغة</numerusform>
            <numerusform>قيمتان لمتغيرات غير الوسيلة والتاريخ والرابط واللغة</numerusform>
            <numerusform>%n قيم لمتغيرات غير الوسيلة والتاريخ والرابط واللغة</numerusform>
            <numerusform>%n قيمة لمتغيرات غير الوسيلة والتاريخ والرابط واللغة</numerusform>
            <numerusform>%n قيمة لمتغيرات غير الوسيلة والتاريخ والرابط واللغة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) attached to nothing Glossa carries</source>
        <translation>
            <numerusform>%n ملاحظة غير مرتبطة بشيء ينقله Glossa</numerusform>
            <numerusform>ملاحظة واحدة غير مرتبطة بشيء ينقله Glossa</numerusform>
            <numerusform>ملاحظتان غير مرتبطتين بشيء ينقله Glossa</numerusform>
            <numerusform>%n ملاحظات غير مرتبطة بشيء ينقله Glossa</numerusform>
            <numerusform>%n ملاحظة غير مرتبطة بشيء ينقله Glossa</numerusform>
            <numerusform>%n ملاحظة غير مرتبطة بشيء ينقله Glossa</numerusform>
        </translation>
    </message>
    <message>
        <source>set “%1”: its codes and notes (a collection holds articles only)</source>
        <translation>المجموعة «%1»: رموزها وملاحظاتها (لا تحوي المجموعة إلا مقالات)</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>لم يُستورَد شيء: %1</translation>
    </message>
    <message>
        <source>the article of source %1 was not found after writing it</source>
        <translation>لم يُعثر على مقال المصدر %1 بعد كتابته</translation>
    </message>
    <message>
        <source>selection %1: its GUID is already an annotation of another article</source>
        <translation>التحديد %1: معرّفه GUID هو أصلًا معرّف تعليق على مقال آخر</translation>
    </message>
    <message numerus="yes">
        <source>the authors of %n selection(s): on a team library what an analyst imports is theirs, so they are yours</source>
        <translation>
            <numerusform>مؤلفو %n تحديد: في مكتبة الفريق ما يستورده المحلل يُنسب إليه، أي إليك</numerusform>
            <numerusform>مؤلف تحديد واحد: في مكتبة الفريق ما يستورده المحلل يُنسب إليه، أي إليك</numerusform>
            <numerusform>مؤلفا تحديدين: في مكتبة الفريق ما يستورده المحلل يُنسب إليه، أي إليك</numerusform>
            <numerusform>مؤلفو %n تحديدات: في مكتبة الفريق ما يستورده المحلل يُنسب إليه، أي إليك</numerusform>
            <numerusform>مؤلفو %n تحديدًا: في مكتبة الفريق ما يستورده المحلل يُنسب إليه، أي إليك</numerusform>
            <numerusform>مؤلفو %n تحديد: في مكتبة الفريق ما يستورده المحلل يُنسب إليه، أي إليك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete Claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>حذف التعليق التوضيحي</translation>
    </message>
    <message>
        <source>The annotation could not be deleted: %1</source>
        <translation>تعذّر حذف التعليق التوضيحي: %1</translation>
    </message>
    <message>
        <source>The annotation could not be restored: %1</source>
        <translation>تعذّرت استعادة التعليق التوضيحي: %1</translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>حذف الوسم «%1»</translation>
    </message>
    <message>
        <source>The tag could not be deleted: %1</source>
        <translation>تعذّر حذف الوسم: %1</translation>
    </message>
    <message>
        <source>The tag could not be restored: %1</source>
        <translation>تعذّرت استعادة الوسم: %1</translation>
    </message>
</context>
<context>
    <name>RenameCollectionCommand</name>
    <message>
        <source>Rename Collection “%1” to “%2”</source>
        <translation>إعادة تسمية المجموعة «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>The collection could not be renamed: %1</source>
        <translation>تعذّرت إعادة تسمية المجموعة: %1</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <source>Rename Tag “%1” to “%2”</source>
        <translation>إعادة تسمية الوسم «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>The tag could not be renamed: %1</source>
        <translation>تعذّرت إعادة تسمية الوسم: %1</translation>
    </message>
</context>
<context>
    <name>SetArticleNoteCommand</name>
    <message>
        <source>Edit Article Note</source>
        <translation>تعديل ملاحظة المقال</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>لم يعد المقال موجودًا في المكتبة</translation>
    </message>
    <message>
        <source>The article note could not be saved: %1</source>
        <translation>تعذّر حفظ ملاحظة المقال: %1</translation>
    </message>
</context>
<context>
    <name>SetArticleTagsCommand</name>
    <message>
        <source>Edit Article Tags</source>
        <translation>تعديل وسوم المقال</translation>
    </message>
    <message>
        <source>The article tags could not be saved: %1</source>
        <translation>تعذّر حفظ وسوم المقال: %1</translation>
    </message>
</context>
<context>
    <name>SetCollectionBlindCommand</name>
    <message>
        <source>Review Collection “%1” Blind</source>
        <translation>بدء مراجعة عمياء للمجموعة «%1»</translation>
    </message>
    <message>
        <source>End Blind Review of Collection “%1”</source>
        <translation>إنهاء المراجعة العمياء للمجموعة «%1»</translation>
    </message>
    <message>
        <source>The collection&apos;s review state could not be saved: %1</source>
        <translation>تعذّر حفظ حالة المراجعة للمجموعة: %1</translation>
    </message>
</context>
<context>
    <name>SetReadCommand</name>
    <message>
        <source>Mark “%1” Read</source>
        <translation>تعليم «%1» كمقروء</translation>
    </message>
    <message>
        <source>Mark “%1” Unread</source>
        <translation>تعليم «%1» كغير مقروء</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>لم يعد المقال موجودًا في المكتبة</translation>
    </message>
    <message>
        <source>The article&apos;s state could not be saved: %1</source>
        <translation>تعذّر حفظ حالة المقال: %1</translation>
    </message>
</context>
<context>
    <name>SetReviewFlagCommand</name>
    <message>
        <source>Review “%1” Blind</source>
        <translation>بدء مراجعة عمياء للمقال «%1»</translation>
    </message>
    <message>
        <source>End Blind Review of “%1”</source>
        <translation>إنهاء المراجعة العمياء للمقال «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” Done</source>
        <translation>تعليم قراءة «%1» كمنتهية</translation>
    </message>
    <message>
        <source>Mark “%1” Not Done</source>
        <translation>تعليم قراءة «%1» كغير منتهية</translation>
    </message>
    <message>
        <source>The article&apos;s review state could not be saved: %1</source>
        <translation>تعذّر حفظ حالة مراجعة المقال: %1</translation>
    </message>
</context>
<context>
    <name>SetStarredCommand</name>
    <message>
        <source>Star “%1”</source>
        <translation>تمييز «%1» بنجمة</translation>
    </message>
    <message>
        <source>Unstar “%1”</source>
        <translation>إزالة النجمة عن «%1»</translation>
    </message>
    <message>
        <source>the article is no longer in the library</source>
        <translation>لم يعد المقال موجودًا في المكتبة</translation>
    </message>
    <message>
        <source>The article&apos;s state could not be saved: %1</source>
        <translation>تعذّر حفظ حالة المقال: %1</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Glossa: read, annotate and fact-check news dumps.</source>
        <translation>Glossa: قراءة ملفات الأخبار المحفوظة والتعليق عليها والتحقق من صحتها.</translation>
    </message>
    <message>
        <source>Library file to open (default: $GLOSSA_DB, then the default library).</source>
        <translation>ملف المكتبة المراد فتحه (الافتراضي: $GLOSSA_DB، ثم المكتبة الافتراضية).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>مسار</translation>
    </message>
    <message>
        <source>Colour theme for this run: system, light or dark.</source>
        <translation>سمة الألوان لهذا التشغيل: system أو light أو dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>سمة</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file, then quit.</source>
        <translation>حفظ صورة للنافذة الرئيسية في هذا الملف، ثم الخروج.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>مسارات</translation>
    </message>
    <message>
        <source>[paths...]</source>
        <translation>[مسارات...]</translation>
    </message>
    <message>
        <source>A library (*.glossa) to open, files or folders to import.</source>
        <translation>مكتبة (*.glossa) لفتحها، أو ملفات أو مجلدات لاستيرادها.</translation>
    </message>
    <message>
        <source>One library at a time: %1 and %2 were given.</source>
        <translation>مكتبة واحدة في كل مرة: أُعطيت %1 و%2.</translation>
    </message>
</context>
<context>
    <name>glossa::AgreementDialog</name>
    <message>
        <source>Analysts</source>
        <translation>المحلّلون</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Agreement Between Analysts</source>
        <translation>الاتفاق بين المحلّلين</translation>
    </message>
    <message>
        <source>Articles compared</source>
        <translation>المقالات المقارَنة</translation>
    </message>
    <message>
        <source>Every article two analysts or more annotated</source>
        <translation>كل مقال علّق عليه محلّلان أو أكثر</translation>
    </message>
    <message>
        <source>The articles the list shows (%1)</source>
        <translation>المقالات المعروضة في القائمة (%1)</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>حفظ ك&amp;جدول CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>حفظ ك&amp;صفحة HTML…</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>المقارنة:</translation>
    </message>
    <message>
        <source>No two analysts annotated the same articles here.</source>
        <translation>لا يوجد هنا مقال علّق عليه محلّلان.</translation>
    </message>
    <message>
        <source>Claims are paired when their passages share at least half of the shorter one. Kappa and alpha compare the verdicts of the pairs, alpha the kinds, alpha u every highlighted span; “—” where a figure is not defined.</source>
        <translation>يُقرَن ادعاءان حين يشترك مقطعاهما في نصف أقصرهما على الأقل. يقارن كابا وألفا أحكامَ الأزواج، وألفا الأنواعَ، وألفا u كلَّ مقطع مظلَّل؛ وتظهر «—» حيث لا تكون القيمة معرَّفة.</translation>
    </message>
    <message>
        <source>Agreement Not Saved</source>
        <translation>لم تُحفَظ نتائج الاتفاق</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
    <message>
        <source>Save Agreement</source>
        <translation>حفظ نتائج الاتفاق</translation>
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
        <translation>الاتفاق بين المحللين</translation>
    </message>
    <message>
        <source>Agreement by article</source>
        <translation>الاتفاق حسب المقال</translation>
    </message>
</context>
<context>
    <name>glossa::AgreementTableModel</name>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Matched claims</source>
        <translation>الادعاءات المقترنة</translation>
    </message>
    <message>
        <source>Verdict κ</source>
        <translation>الحكم κ</translation>
    </message>
    <message>
        <source>Verdict α</source>
        <translation>الحكم α</translation>
    </message>
    <message>
        <source>Kind α</source>
        <translation>النوع α</translation>
    </message>
    <message>
        <source>Span αu</source>
        <translation>المقطع αu</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>المستبعدة</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) without a partner claim</source>
        <translation>
            <numerusform>لا ادعاءات بلا ادعاء مقابل</numerusform>
            <numerusform>ادعاء واحد بلا ادعاء مقابل</numerusform>
            <numerusform>ادعاءان بلا ادعاء مقابل</numerusform>
            <numerusform>%n ادعاءات بلا ادعاء مقابل</numerusform>
            <numerusform>%n ادعاءً بلا ادعاء مقابل</numerusform>
            <numerusform>%n ادعاء بلا ادعاء مقابل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the text</source>
        <translation>
            <numerusform>لا شيء لم يعد في النص</numerusform>
            <numerusform>واحد لم يعد في النص</numerusform>
            <numerusform>اثنان لم يعودا في النص</numerusform>
            <numerusform>%n لم تعد في النص</numerusform>
            <numerusform>%n لم يعد في النص</numerusform>
            <numerusform>%n لم يعد في النص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::AnalystActions</name>
    <message>
        <source>A&amp;nalyst</source>
        <translation>م&amp;حلّل</translation>
    </message>
    <message>
        <source>&amp;Blind Review</source>
        <translation>مراجعة &amp;عمياء</translation>
    </message>
    <message>
        <source>Each analyst sees only their own annotations on this article until they mark it done</source>
        <translation>لا يرى كل محلّل سوى تعليقاته التوضيحية على هذا المقال إلى أن يعلّم قراءته كمنتهية</translation>
    </message>
    <message>
        <source>&amp;Done Reading</source>
        <translation>انتهيت من ال&amp;قراءة</translation>
    </message>
    <message>
        <source>You have finished this article: the other analysts&apos; annotations appear</source>
        <translation>أنهيت قراءة هذا المقال: تظهر التعليقات التوضيحية للمحلّلين الآخرين</translation>
    </message>
    <message>
        <source>&amp;Profile…</source>
        <translation>ال&amp;ملف الشخصي…</translation>
    </message>
    <message>
        <source>&amp;New Analyst…</source>
        <translation>محلّل &amp;جديد…</translation>
    </message>
    <message>
        <source>At the Desk</source>
        <translation>في الفريق</translation>
    </message>
    <message>
        <source>&amp;Review Claims…</source>
        <translation>م&amp;راجعة الادعاءات…</translation>
    </message>
    <message>
        <source>The analysts&apos; claims side by side, and the final layer&apos;s decisions</source>
        <translation>ادعاءات المحلّلين جنبًا إلى جنب، وقرارات الطبقة النهائية</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>ال&amp;اتفاق بين المحلّلين…</translation>
    </message>
</context>
<context>
    <name>glossa::AnalystProfileDialog</name>
    <message>
        <source>Analyst Profile</source>
        <translation>الملف الشخصي للمحلّل</translation>
    </message>
    <message>
        <source>New Analyst</source>
        <translation>محلّل جديد</translation>
    </message>
    <message>
        <source>Everything you annotate is recorded under this name, so that a desk can compare readings and settle verdicts.</source>
        <translation>يُسجَّل كل ما تضيفه من تعليقات توضيحية تحت هذا الاسم، ليتمكّن الفريق من مقارنة القراءات والبتّ في الأحكام.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>الأ&amp;حرف الأولى:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>ال&amp;لون:</translation>
    </message>
    <message>
        <source>Analyst Colour</source>
        <translation>لون المحلّل</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>ت&amp;ظليل</translation>
    </message>
    <message>
        <source>Highlight the selected passage (H)</source>
        <translation>تظليل المقطع المحدَّد (H)</translation>
    </message>
    <message>
        <source>&amp;Claim…</source>
        <translation>ا&amp;دعاء…</translation>
    </message>
    <message>
        <source>Record the claim the selected passage makes (C)</source>
        <translation>تسجيل الادعاء الوارد في المقطع المحدَّد (C)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;ملاحظة…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage (N)</source>
        <translation>كتابة ملاحظة على المقطع المحدَّد (N)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>&amp;لون التظليل</translation>
    </message>
    <message>
        <source>the selected passage could not be annotated</source>
        <translation>تعذّر التعليق على المقطع المحدد</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationCardDelegate</name>
    <message>
        <source>Orphaned</source>
        <translation>تعليقات يتيمة</translation>
    </message>
    <message>
        <source>Their text is no longer in the article</source>
        <translation>لم يعد نصّها موجودًا في المقال</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationDialog</name>
    <message>
        <source>New Claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>ملاحظة جديدة</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>تعديل التعليق التوضيحي</translation>
    </message>
    <message>
        <source>What matters about this passage</source>
        <translation>ما الذي يهمّ في هذا المقطع</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>ال&amp;لون:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ال&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>ال&amp;ادعاء</translation>
    </message>
    <message>
        <source>Who makes the claim</source>
        <translation>مَن يُطلق الادعاء</translation>
    </message>
    <message>
        <source>Links and notes, one per line</source>
        <translation>روابط وملاحظات، كل منها في سطر مستقل</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدَّدة</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>ال&amp;حكم:</translation>
    </message>
    <message>
        <source>Clai&amp;mant:</source>
        <translation>&amp;صاحب الادعاء:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>الأ&amp;دلة:</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>درجة ال&amp;ثقة:</translation>
    </message>
    <message>
        <source>The note typed here before could not be saved then; it is back in the field.</source>
        <translation>الملاحظة التي كُتبت هنا من قبل لم يكن بالإمكان حفظها حينها؛ وقد أُعيدت إلى الحقل.</translation>
    </message>
    <message>
        <source>Not saved: %1
Everything typed is still here, and the note is kept in a recovery file too. Save again once the library can take it.</source>
        <translation>لم يُحفظ: ⁨%1⁩
كل ما كُتب لا يزال هنا، والملاحظة محفوظة أيضًا في ملف استرداد. احفظ مجددًا حين تصبح المكتبة قادرة على قبولها.</translation>
    </message>
    <message>
        <source>Person or organisation?</source>
        <translation>شخص أم هيئة؟</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>هيئة</translation>
    </message>
    <message>
        <source>Not said: an export takes a name of one of the library&apos;s outlets for an organisation, anyone else for a person</source>
        <translation>غير محدد: يعدّ التصدير اسم أحد منابر المكتبة هيئةً، وأي اسم آخر شخصًا</translation>
    </message>
    <message>
        <source>Claimant&apos;s kind</source>
        <translation>صفة صاحب الادعاء</translation>
    </message>
    <message>
        <source>The claim in a line, for fact-check search (optional)</source>
        <translation>الادعاء في سطر واحد، لبحث التحقق من الأخبار (اختياري)</translation>
    </message>
    <message>
        <source>Published as the ClaimReview&apos;s claimReviewed, under %1 characters; without a summary the quote is published</source>
        <translation>يُنشر بوصفه claimReviewed في ClaimReview، في أقل من %1 حرفًا؛ وبدون ملخص يُنشر المقطع المقتبس</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;الملخص:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>الاقتباس:</translation>
    </message>
    <message>
        <source>+ Word Before</source>
        <translation>+ كلمة قبل</translation>
    </message>
    <message>
        <source>Start the quote one word earlier (Alt+Left)</source>
        <translation>ابدأ الاقتباس قبل كلمة واحدة (Alt+يسار)</translation>
    </message>
    <message>
        <source>− First Word</source>
        <translation>− الكلمة الأولى</translation>
    </message>
    <message>
        <source>Start the quote one word later (Alt+Right)</source>
        <translation>ابدأ الاقتباس بعد كلمة واحدة (Alt+يمين)</translation>
    </message>
    <message>
        <source>− Last Word</source>
        <translation>− الكلمة الأخيرة</translation>
    </message>
    <message>
        <source>End the quote one word earlier (Alt+Shift+Left)</source>
        <translation>أنهِ الاقتباس قبل كلمة واحدة (Alt+Shift+يسار)</translation>
    </message>
    <message>
        <source>+ Word After</source>
        <translation>+ كلمة بعد</translation>
    </message>
    <message>
        <source>End the quote one word later (Alt+Shift+Right)</source>
        <translation>أنهِ الاقتباس بعد كلمة واحدة (Alt+Shift+يمين)</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>هل تريد تجاهل ما كتبته؟</translation>
    </message>
    <message>
        <source>The text typed in this dialog has not been saved.</source>
        <translation>لم يُحفظ النص المكتوب في هذه النافذة.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>م&amp;تابعة التحرير</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationImportController</name>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>استيراد ت&amp;عليقات توضيحية…</translation>
    </message>
    <message>
        <source>Merge annotations from a W3C Web Annotation (JSON-LD) file</source>
        <translation>دمج التعليقات التوضيحية من ملف W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>استيراد تعليقات توضيحية</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>تعليقات W3C Web Annotation (*.json *.jsonld);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation>لا توجد مكتبة مفتوحة</translation>
    </message>
    <message>
        <source>the file is too large to be an annotation file</source>
        <translation>الملف أكبر من أن يكون ملف تعليقات توضيحية</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationImportSummaryDialog</name>
    <message>
        <source>Annotations Imported</source>
        <translation>تم استيراد التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>This merge is not an undoable edit: Edit ▸ Undo does not remove the imported annotations. Delete them one by one if needed.</source>
        <translation>لا يمكن التراجع عن هذا الدمج: الأمر تحرير ◂ تراجع لا يزيل التعليقات التوضيحية المستوردة. احذفها واحدًا تلو الآخر عند الحاجة.</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <source>Refused or skipped:</source>
        <translation>المرفوضة أو المتخطّاة:</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>لم يُستورد أي شيء من %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported from %1.</source>
        <translation>
            <numerusform>تم استيراد %n تعليق توضيحي من %1.</numerusform>
            <numerusform>تم استيراد تعليق توضيحي واحد من %1.</numerusform>
            <numerusform>تم استيراد تعليقين توضيحيين من %1.</numerusform>
            <numerusform>تم استيراد %n تعليقات توضيحية من %1.</numerusform>
            <numerusform>تم استيراد %n تعليقًا توضيحيًا من %1.</numerusform>
            <numerusform>تم استيراد %n تعليق توضيحي من %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations in the file</source>
        <translation>التعليقات التوضيحية في الملف</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>المستوردة</translation>
    </message>
    <message>
        <source>…of which orphaned (quote not found in the article)</source>
        <translation>…منها يتيمة (لم يُعثر على الاقتباس في المقال)</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>النسخ المكرّرة المتخطّاة</translation>
    </message>
    <message>
        <source>Skipped: article not in this library</source>
        <translation>متخطّاة: المقال ليس في هذه المكتبة</translation>
    </message>
    <message>
        <source>Updated: changed in the file only</source>
        <translation>المحدَّثة: تغيّرت في الملف فقط</translation>
    </message>
    <message>
        <source>Conflicts: changed on both sides, both kept</source>
        <translation>المتعارضة: تغيّرت في الطرفين، واحتُفظ بالنسختين</translation>
    </message>
    <message>
        <source>Kept ours: older in the file, or changed here only</source>
        <translation>أُبقي على النسخة المحلية: أقدم في الملف، أو تغيّرت هنا فقط</translation>
    </message>
    <message>
        <source>Annotations not imported, with the reason</source>
        <translation>التعليقات التوضيحية غير المستوردة، مع السبب</translation>
    </message>
    <message>
        <source>Left out: a whole page annotated, no passage</source>
        <translation>مستبعدة: تعليق على صفحة كاملة دون مقطع</translation>
    </message>
    <message>
        <source>Refused or skipped</source>
        <translation>مرفوضة أو متروكة</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchDock</name>
    <message>
        <source>Annotation Search</source>
        <translation>البحث في التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>A&amp;nnotation Search</source>
        <translation>ال&amp;بحث في التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Search &amp;Annotations</source>
        <translation>ب&amp;حث في التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Search the quotes, notes and tags of every annotation</source>
        <translation>البحث في اقتباسات كل التعليقات التوضيحية وملاحظاتها ووسومها</translation>
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
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Kind · Verdict</source>
        <translation>النوع · الحكم</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSearchPanel</name>
    <message>
        <source>Search highlighted passages, notes and tags</source>
        <translation>البحث في المقاطع المظلَّلة والملاحظات والوسوم</translation>
    </message>
    <message>
        <source>Words must all match; accents are ignored. Use &quot;quotes&quot; for a phrase, word* for a prefix, -word to exclude, OR between alternatives.</source>
        <translation>يجب أن تتطابق كل الكلمات، وتُتجاهل النبرات على الحروف (مثل é). الصيغ المتاحة: &quot;عبارة بين علامتي تنصيص&quot; للبحث عن عبارة، كلمة* للبحث ببادئة، -كلمة للاستبعاد، OR بين البدائل.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>فشل البحث</translation>
    </message>
    <message numerus="yes">
        <source>First %n match(es)</source>
        <translation>
            <numerusform>أول %n نتيجة</numerusform>
            <numerusform>النتيجة الأولى</numerusform>
            <numerusform>أول نتيجتين</numerusform>
            <numerusform>أول %n نتائج</numerusform>
            <numerusform>أول %n نتيجةً</numerusform>
            <numerusform>أول %n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجةً</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>البحث في التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Words in quotes, notes, tags and claimants of every article</source>
        <translation>كلمات في الاقتباسات والملاحظات والوسوم وأصحاب الادعاءات في كل المقالات</translation>
    </message>
    <message>
        <source>Annotations found</source>
        <translation>التعليقات التوضيحية التي عُثر عليها</translation>
    </message>
</context>
<context>
    <name>glossa::AnnotationSidebar</name>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Show only annotations with this tag</source>
        <translation>عرض التعليقات التوضيحية التي تحمل هذا الوسم فقط</translation>
    </message>
    <message>
        <source>Show only claims with this verdict</source>
        <translation>عرض الادعاءات التي لها هذا الحكم فقط</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>كل الأحكام</translation>
    </message>
    <message>
        <source>Without claim</source>
        <translation>بلا ادعاء</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected annotation (Enter)</source>
        <translation>تعديل التعليق التوضيحي المحدَّد (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected annotation (Delete)</source>
        <translation>حذف التعليق التوضيحي المحدَّد (Delete)</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>حذف التعليق التوضيحي</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>تعديل التعليق التوضيحي</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n تعليق توضيحي</numerusform>
            <numerusform>تعليق توضيحي واحد</numerusform>
            <numerusform>تعليقان توضيحيان</numerusform>
            <numerusform>%n تعليقات توضيحية</numerusform>
            <numerusform>%n تعليقًا توضيحيًا</numerusform>
            <numerusform>%n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>المعروض %1 من أصل %n</numerusform>
            <numerusform>المعروض %1 من أصل %n</numerusform>
            <numerusform>المعروض %1 من أصل %n</numerusform>
            <numerusform>المعروض %1 من أصل %n</numerusform>
            <numerusform>المعروض %1 من أصل %n</numerusform>
            <numerusform>المعروض %1 من أصل %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>ال&amp;لون</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Show the annotations of everyone, yours, or one analyst&apos;s</source>
        <translation>عرض التعليقات التوضيحية للجميع، أو تعليقاتك، أو تعليقات محلّل واحد</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>المحلّل</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>تعليقاتي</translation>
    </message>
    <message numerus="yes">
        <source>Blind review: %n annotation(s) by other analysts stay hidden until you mark this article done (Article ▸ Done Reading).</source>
        <translation>
            <numerusform>مراجعة عمياء: %n تعليق توضيحي مخفي لمحلّلين آخرين؛ تبقى تعليقاتهم مخفية إلى أن تعلّم قراءة هذا المقال كمنتهية (مقال ◂ انتهيت من القراءة).</numerusform>
            <numerusform>مراجعة عمياء: يبقى تعليق توضيحي واحد لمحلّل آخر مخفيًا إلى أن تعلّم قراءة هذا المقال كمنتهية (مقال ◂ انتهيت من القراءة).</numerusform>
            <numerusform>مراجعة عمياء: يبقى تعليقان توضيحيان لمحلّلين آخرين مخفيين إلى أن تعلّم قراءة هذا المقال كمنتهية (مقال ◂ انتهيت من القراءة).</numerusform>
            <numerusform>مراجعة عمياء: تبقى %n تعليقات توضيحية لمحلّلين آخرين مخفية إلى أن تعلّم قراءة هذا المقال كمنتهية (مقال ◂ انتهيت من القراءة).</numerusform>
            <numerusform>مراجعة عمياء: تبقى %n تعليقًا توضيحيًا لمحلّلين آخرين مخفية إلى أن تعلّم قراءة هذا المقال كمنتهية (مقال ◂ انتهيت من القراءة).</numerusform>
            <numerusform>مراجعة عمياء: تبقى %n تعليق توضيحي لمحلّلين آخرين مخفية إلى أن تعلّم قراءة هذا المقال كمنتهية (مقال ◂ انتهيت من القراءة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim &amp;History…</source>
        <translation>سجلّ الا&amp;دعاء…</translation>
    </message>
    <message>
        <source>This annotation is %1&apos;s: only they can change it</source>
        <translation>هذا التعليق التوضيحي من عمل %1: لا يغيّره غيره</translation>
    </message>
    <message>
        <source>Annotations of the article</source>
        <translation>التعليقات التوضيحية للمقال</translation>
    </message>
    <message>
        <source>Each card says its highlight colour, claim and verdict in words</source>
        <translation>تذكر كل بطاقة بالكلمات لون تظليلها وادعاءها وحكمها</translation>
    </message>
</context>
<context>
    <name>glossa::AppearanceCard</name>
    <message>
        <source>Reworded</source>
        <translation>بصياغة أخرى</translation>
    </message>
    <message>
        <source>Word for word</source>
        <translation>حرفيًّا</translation>
    </message>
    <message>
        <source>%1 · %2 % alike</source>
        <translation>%1 · تشابه بنسبة %2٪</translation>
    </message>
    <message>
        <source>Read the fact-check</source>
        <translation>قراءة التحقق</translation>
    </message>
    <message>
        <source>Read the fact-check (%1)</source>
        <translation>قراءة التحقق (%1)</translation>
    </message>
    <message>
        <source>Open the original claim</source>
        <translation>فتح الادعاء الأصلي</translation>
    </message>
    <message>
        <source>Accept (A)</source>
        <translation>قبول (A)</translation>
    </message>
    <message>
        <source>Record it as a claim in this article, with the remembered verdict (A)</source>
        <translation>تسجيله ادعاءً في هذه المقالة بالحكم المحفوظ (A)</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>استبعاد (D)</translation>
    </message>
    <message>
        <source>Not a repeat: it is not proposed again for this passage (D)</source>
        <translation>ليس تكرارًا: لن يُقترح مجددًا لهذا المقطع (D)</translation>
    </message>
</context>
<context>
    <name>glossa::AppearanceListModel</name>
    <message>
        <source>Repeats a claim rated %1 by %2 on %3</source>
        <translation>يكرّر ادعاءً حكم عليه %2 بأنه «%1» في %3</translation>
    </message>
    <message>
        <source>Repeats a claim rated %1 by %2</source>
        <translation>يكرّر ادعاءً حكم عليه %2 بأنه «%1»</translation>
    </message>
    <message>
        <source>Repeats a claim rated %1 on %2</source>
        <translation>يكرّر ادعاءً حُكم عليه بأنه «%1» في %2</translation>
    </message>
    <message>
        <source>Repeats a claim rated %1</source>
        <translation>يكرّر ادعاءً حُكم عليه بأنه «%1»</translation>
    </message>
</context>
<context>
    <name>glossa::AppearancePanel</name>
    <message>
        <source>Repeats of checked claims (%1)</source>
        <translation>تكرارات لادعاءات متحقَّق منها (%1)</translation>
    </message>
</context>
<context>
    <name>glossa::ArticleDeletion</name>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>&amp;حذف المقال…</translation>
    </message>
    <message>
        <source>Delete the selected articles with their annotations (Edit ▸ Undo brings them back)</source>
        <translation>حذف المقالات المحددة مع تعليقاتها (تحرير ◂ تراجع يعيدها)</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>حذف المقال</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n annotation(s)?</source>
        <translation>
            <numerusform>حذف «%1» دون تعليقات؟</numerusform>
            <numerusform>حذف «%1» وتعليقه الوحيد؟</numerusform>
            <numerusform>حذف «%1» وتعليقيه؟</numerusform>
            <numerusform>حذف «%1» و%n تعليقات عليه؟</numerusform>
            <numerusform>حذف «%1» و%n تعليقًا عليه؟</numerusform>
            <numerusform>حذف «%1» و%n تعليق عليه؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) and their annotations?</source>
        <translation>
            <numerusform>حذف %n مقال وتعليقاتها؟</numerusform>
            <numerusform>حذف مقال واحد وتعليقاته؟</numerusform>
            <numerusform>حذف مقالين وتعليقاتهما؟</numerusform>
            <numerusform>حذف %n مقالات وتعليقاتها؟</numerusform>
            <numerusform>حذف %n مقالًا وتعليقاتها؟</numerusform>
            <numerusform>حذف %n مقال وتعليقاتها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims, notes and tags on them go too. Edit ▸ Undo brings everything back.</source>
        <translation>تُحذف معها الادعاءات والملاحظات والوسوم. تحرير ◂ تراجع يعيد كل شيء.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>glossa::ArticleNotePanel</name>
    <message>
        <source>Article note</source>
        <translation>ملاحظة المقال</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>ملاحظة عن المقال كله</translation>
    </message>
    <message>
        <source>Article tags, separated by commas</source>
        <translation>وسوم المقال، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Article tags</source>
        <translation>وسوم المقال</translation>
    </message>
    <message>
        <source>Tags of the whole article, separated by commas</source>
        <translation>وسوم المقال كله، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>The note and tags are saved in the library as you type.</source>
        <translation>تُحفظ الملاحظة والوسوم في المكتبة أثناء الكتابة.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>The library refused the note; it is kept in a recovery file and tried again.</source>
        <translation>رفضت المكتبة الملاحظة؛ وهي محفوظة في ملف استرداد وستُعاد محاولة حفظها.</translation>
    </message>
</context>
<context>
    <name>glossa::ArticlePartsBar</name>
    <message>
        <source>&amp;Previous Part</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <source>Ne&amp;xt Part</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <source>This article is very long (%1 characters): it is shown in %2 parts so that the window stays responsive. Part %3 of %2.</source>
        <translation>هذا المقال طويل جدًا (%1 حرفًا): يُعرض في %2 أجزاء كي تبقى النافذة سريعة الاستجابة. الجزء %3 من %2.</translation>
    </message>
</context>
<context>
    <name>glossa::BackupController</name>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;نسخ المكتبة احتياطيًا…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the library, to restore from if the file is ever damaged</source>
        <translation>حفظ نسخة متّسقة من المكتبة لاستعادتها إذا تلف الملف يومًا ما</translation>
    </message>
    <message>
        <source>%1 backup %2.glossa</source>
        <extracomment>The proposed file name of a backup: %1 the library&apos;s name, %2 today&apos;s date (YYYY-MM-DD).</extracomment>
        <translation>%1 نسخة احتياطية %2.glossa</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>نسخ المكتبة احتياطيًا</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>مكتبات Glossa (*.glossa);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Backing up the library to %1…</source>
        <translation>جارٍ نسخ المكتبة احتياطيًا إلى %1…</translation>
    </message>
    <message>
        <source>Backing Up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation>انقطع النسخ</translation>
    </message>
    <message>
        <source>Library Backed Up</source>
        <translation>تم نسخ المكتبة احتياطيًا</translation>
    </message>
    <message>
        <source>The library was backed up to %1.</source>
        <translation>نُسخت المكتبة احتياطيًا إلى %1.</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>فشل النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The library could not be backed up to %1.</source>
        <translation>تعذّر نسخ المكتبة احتياطيًا إلى %1.</translation>
    </message>
    <message>
        <source>No file was left there; the library itself was not changed. Check that the folder is writable and has room, then try again.</source>
        <translation>لم يُترك أي ملف هناك، ولم تتغيّر المكتبة نفسها. تحقّق من أن المجلد قابل للكتابة وفيه مساحة كافية، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>To restore it, use File ▸ Restore from Backup… (or &apos;glossa-cli restore&apos;).</source>
        <translation>لاستعادتها، استعمل ملف ◂ الاستعادة من نسخة احتياطية… (أو ‎&apos;glossa-cli restore&apos;‎).</translation>
    </message>
</context>
<context>
    <name>glossa::CitationCopier</name>
    <message>
        <source>Copy as &amp;Citation</source>
        <translation>نسخ كا&amp;ستشهاد</translation>
    </message>
    <message>
        <source>Copy the passage with its outlet and date, ready to paste into a brief</source>
        <translation>نسخ المقطع مع مصدره وتاريخه، جاهزًا للصقه في موجز</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimFilterBar</name>
    <message>
        <source>Words in passage, note or claimant</source>
        <translation>كلمات في المقطع أو الملاحظة أو اسم صاحب الادعاء</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>كل الأحكام</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>نوع الادعاء</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>من: أي تاريخ</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>منشور في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>إلى: أي تاريخ</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>منشور في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation>تصفية الادعاءات حسب النص</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>منشور ابتداءً من</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>منشور حتى</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimGroupModel</name>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (بواسطة %2)</translation>
    </message>
    <message>
        <source>Agreed: not yet accepted</source>
        <translation>متّفق عليه: لم يُقبَل بعد</translation>
    </message>
    <message>
        <source>To settle</source>
        <translation>بانتظار البتّ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No claim of this analyst on this passage</source>
        <translation>لم يسجّل هذا المحلّل ادعاءً على هذا المقطع</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Final layer</source>
        <translation>الطبقة النهائية</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimHistoryDialog</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Claim History</source>
        <translation>سجلّ الادعاء</translation>
    </message>
    <message>
        <source>This annotation is no longer in the library.</source>
        <translation>لم يعد هذا التعليق التوضيحي موجودًا في المكتبة.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>المحلّل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>القيمة السابقة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Changes of the claim</source>
        <translation>تعديلات الادعاء</translation>
    </message>
    <message>
        <source>(before analysts)</source>
        <translation>(قبل المحلّلين)</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimMemoryController</name>
    <message>
        <source>C&amp;laims</source>
        <translation>الا&amp;دعاءات</translation>
    </message>
    <message>
        <source>Import &amp;Fact-checks…</source>
        <translation>استيراد &amp;تحققات…</translation>
    </message>
    <message>
        <source>Add fact-checks published as schema.org ClaimReview (JSON-LD) to the claim memory</source>
        <translation>إضافة تحققات منشورة بصيغة schema.org ClaimReview ‏(JSON-LD) إلى ذاكرة الادعاءات</translation>
    </message>
    <message>
        <source>&amp;Match Claims Against Memory…</source>
        <translation>&amp;مطابقة الادعاءات مع الذاكرة…</translation>
    </message>
    <message>
        <source>Look for every remembered claim in every article of the library</source>
        <translation>البحث عن كل ادعاء محفوظ في كل مقالات المكتبة</translation>
    </message>
    <message>
        <source>&amp;Accept Repeated Claim</source>
        <translation>&amp;قبول الادعاء المكرَّر</translation>
    </message>
    <message>
        <source>Record the current repeat as a claim with the remembered verdict (A)</source>
        <translation>تسجيل التكرار الحالي ادعاءً بالحكم المحفوظ (A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss Repeated Claim</source>
        <translation>ا&amp;ستبعاد الادعاء المكرَّر</translation>
    </message>
    <message>
        <source>Not a repeat: never propose this passage again (D)</source>
        <translation>ليس تكرارًا: لا تقترح هذا المقطع مجددًا (D)</translation>
    </message>
    <message>
        <source>&amp;Open the Original Claim</source>
        <translation>&amp;فتح الادعاء الأصلي</translation>
    </message>
    <message>
        <source>Import Fact-checks</source>
        <translation>استيراد تحققات</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD (*.json *.jsonld);;All files (*)</source>
        <translation>ClaimReview JSON-LD (*.json *.jsonld);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>لم يُستورد %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) added to the claim memory</source>
        <translation>
            <numerusform>لم تُضف أي تحققات إلى ذاكرة الادعاءات</numerusform>
            <numerusform>أُضيف تحقق واحد إلى ذاكرة الادعاءات</numerusform>
            <numerusform>أُضيف تحققان إلى ذاكرة الادعاءات</numerusform>
            <numerusform>أُضيفت %n تحققات إلى ذاكرة الادعاءات</numerusform>
            <numerusform>أُضيف %n تحققًا إلى ذاكرة الادعاءات</numerusform>
            <numerusform>أُضيف %n تحقق إلى ذاكرة الادعاءات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already there).</source>
        <translation>
            <numerusform>(لا شيء موجود مسبقًا).</numerusform>
            <numerusform>(واحد موجود مسبقًا).</numerusform>
            <numerusform>(اثنان موجودان مسبقًا).</numerusform>
            <numerusform>(%n موجودة مسبقًا).</numerusform>
            <numerusform>(%n موجودًا مسبقًا).</numerusform>
            <numerusform>(%n موجود مسبقًا).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact-check(s) added to the claim memory.</source>
        <translation>
            <numerusform>لم تُضف أي تحققات إلى ذاكرة الادعاءات.</numerusform>
            <numerusform>أُضيف تحقق واحد إلى ذاكرة الادعاءات.</numerusform>
            <numerusform>أُضيف تحققان إلى ذاكرة الادعاءات.</numerusform>
            <numerusform>أُضيفت %n تحققات إلى ذاكرة الادعاءات.</numerusform>
            <numerusform>أُضيف %n تحققًا إلى ذاكرة الادعاءات.</numerusform>
            <numerusform>أُضيف %n تحقق إلى ذاكرة الادعاءات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match Claims Against Memory finds where they are repeated.</source>
        <translation>تجد «مطابقة الادعاءات مع الذاكرة» أين تتكرر.</translation>
    </message>
    <message>
        <source>Reading the claim memory…</source>
        <translation>قراءة ذاكرة الادعاءات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Matching Claims</source>
        <translation>مطابقة الادعاءات</translation>
    </message>
    <message numerus="yes">
        <source>Matched %1 of %n article(s)</source>
        <translation>
            <numerusform>طوبقت %1 من %n مقالة</numerusform>
            <numerusform>طوبقت %1 من مقالة واحدة</numerusform>
            <numerusform>طوبقت %1 من مقالتين</numerusform>
            <numerusform>طوبقت %1 من %n مقالات</numerusform>
            <numerusform>طوبقت %1 من %n مقالة</numerusform>
            <numerusform>طوبقت %1 من %n مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Matching failed: %1</source>
        <translation>فشلت المطابقة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new repeat(s) of checked claims found</source>
        <translation>
            <numerusform>لم يُعثر على تكرارات جديدة لادعاءات متحقَّق منها</numerusform>
            <numerusform>عُثر على تكرار جديد واحد لادعاءات متحقَّق منها</numerusform>
            <numerusform>عُثر على تكرارين جديدين لادعاءات متحقَّق منها</numerusform>
            <numerusform>عُثر على %n تكرارات جديدة لادعاءات متحقَّق منها</numerusform>
            <numerusform>عُثر على %n تكرارًا جديدًا لادعاءات متحقَّق منها</numerusform>
            <numerusform>عُثر على %n تكرار جديد لادعاءات متحقَّق منها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s).</source>
        <translation>
            <numerusform>في لا مقالة.</numerusform>
            <numerusform>في مقالة واحدة.</numerusform>
            <numerusform>في مقالتين.</numerusform>
            <numerusform>في %n مقالات.</numerusform>
            <numerusform>في %n مقالة.</numerusform>
            <numerusform>في %n مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was found before is kept.</source>
        <translation>أُلغيت: يُحتفظ بما وُجد قبل ذلك.</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimReviewOptions</name>
    <message>
        <source>ClaimReview publisher</source>
        <translation>ناشر ClaimReview</translation>
    </message>
    <message>
        <source>The page where each fact-check is published; {id} stands for the claim&apos;s identifier. Fact-check search takes no review without it.</source>
        <translation>الصفحة التي يُنشر فيها كل تحقق؛ ويحل {id} محل معرّف الادعاء. لا يقبل بحث التحقق أي مراجعة بدونها.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;الهيئة:</translation>
    </message>
    <message>
        <source>Its &amp;website:</source>
        <translation>&amp;موقعها:</translation>
    </message>
    <message>
        <source>&amp;Logo URL:</source>
        <translation>&amp;رابط الشعار:</translation>
    </message>
    <message>
        <source>&amp;Review page:</source>
        <translation>&amp;رابط التحقق:</translation>
    </message>
    <message>
        <source>The organisation&apos;s website is not a web address (https://…).</source>
        <translation>موقع الهيئة ليس عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>The logo URL is not a web address (https://…).</source>
        <translation>رابط الشعار ليس عنوان ويب (https://…).</translation>
    </message>
    <message>
        <source>The review page needs {id} where each claim&apos;s identifier goes.</source>
        <translation>تحتاج صفحة التحقق إلى {id} في موضع معرّف كل ادعاء.</translation>
    </message>
    <message>
        <source>The review page is not a web address (https://…/{id}).</source>
        <translation>صفحة التحقق ليست عنوان ويب (https://…/{id}).</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimTableModel</name>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>glossa::ClaimsBoard</name>
    <message>
        <source>Set Verdict</source>
        <translation>تعيين الحكم</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Tag to add to the selected claims:</source>
        <translation>الوسم المراد إضافته إلى الادعاءات المحدَّدة:</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>فتح المقال</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected</source>
        <translation>
            <numerusform>%n ادعاء محدَّد</numerusform>
            <numerusform>ادعاء واحد محدَّد</numerusform>
            <numerusform>ادعاءان محدَّدان</numerusform>
            <numerusform>%n ادعاءات محدَّدة</numerusform>
            <numerusform>%n ادعاءً محدَّدًا</numerusform>
            <numerusform>%n ادعاء محدَّد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%n ادعاءات</numerusform>
            <numerusform>%n ادعاءً</numerusform>
            <numerusform>%n ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Every claim of the library with its verdict in words</source>
        <translation>كل ادعاءات المكتبة مع حكم كل منها بالكلمات</translation>
    </message>
    <message numerus="yes">
        <source>Set Verdict of %n Claim(s)</source>
        <translation>
            <numerusform>تحديد حكم لا ادعاءات</numerusform>
            <numerusform>تحديد حكم ادعاء واحد</numerusform>
            <numerusform>تحديد حكم ادعاءين</numerusform>
            <numerusform>تحديد حكم %n ادعاءات</numerusform>
            <numerusform>تحديد حكم %n ادعاءً</numerusform>
            <numerusform>تحديد حكم %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Claim(s)</source>
        <translation>
            <numerusform>وسم لا ادعاءات</numerusform>
            <numerusform>وسم ادعاء واحد</numerusform>
            <numerusform>وسم ادعاءين</numerusform>
            <numerusform>وسم %n ادعاءات</numerusform>
            <numerusform>وسم %n ادعاءً</numerusform>
            <numerusform>وسم %n ادعاء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::ClaimsBoardDock</name>
    <message>
        <source>Claims Board</source>
        <translation>لوحة الادعاءات</translation>
    </message>
    <message>
        <source>&amp;Claims Board</source>
        <translation>&amp;لوحة الادعاءات</translation>
    </message>
</context>
<context>
    <name>glossa::CollectionActions</name>
    <message>
        <source>Add to &amp;Collection</source>
        <translation>إضافة إلى م&amp;جموعة</translation>
    </message>
    <message>
        <source>&amp;Remove from Collection</source>
        <translation>إ&amp;زالة من المجموعة</translation>
    </message>
    <message>
        <source>&amp;New Collection…</source>
        <translation>مجموعة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Remove from “%1”</source>
        <translation>إ&amp;زالة من «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>تمت إضافة %n مقال إلى «%1».</numerusform>
            <numerusform>تمت إضافة مقال واحد إلى «%1».</numerusform>
            <numerusform>تمت إضافة مقالين إلى «%1».</numerusform>
            <numerusform>تمت إضافة %n مقالات إلى «%1».</numerusform>
            <numerusform>تمت إضافة %n مقالًا إلى «%1».</numerusform>
            <numerusform>تمت إضافة %n مقال إلى «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “%1”.</source>
        <translation>موجودة بالفعل في «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n article(s) from the collection.</source>
        <translation>
            <numerusform>تمت إزالة %n مقال من المجموعة.</numerusform>
            <numerusform>تمت إزالة مقال واحد من المجموعة.</numerusform>
            <numerusform>تمت إزالة مقالين من المجموعة.</numerusform>
            <numerusform>تمت إزالة %n مقالات من المجموعة.</numerusform>
            <numerusform>تمت إزالة %n مقالًا من المجموعة.</numerusform>
            <numerusform>تمت إزالة %n مقال من المجموعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New collection “%1” with %n article(s).</source>
        <translation>
            <numerusform>مجموعة جديدة «%1» تضم %n مقال.</numerusform>
            <numerusform>مجموعة جديدة «%1» تضم مقالًا واحدًا.</numerusform>
            <numerusform>مجموعة جديدة «%1» تضم مقالين.</numerusform>
            <numerusform>مجموعة جديدة «%1» تضم %n مقالات.</numerusform>
            <numerusform>مجموعة جديدة «%1» تضم %n مقالًا.</numerusform>
            <numerusform>مجموعة جديدة «%1» تضم %n مقال.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Name of the new collection (the selected articles go in it):</source>
        <translation>اسم المجموعة الجديدة (ستوضع فيها المقالات المحدَّدة):</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
</context>
<context>
    <name>glossa::CollectionListModel</name>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>The list is not limited to a collection</source>
        <translation>القائمة غير مقصورة على مجموعة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n مقال</numerusform>
            <numerusform>%1: مقال واحد</numerusform>
            <numerusform>%1: مقالان</numerusform>
            <numerusform>%1: %n مقالات</numerusform>
            <numerusform>%1: %n مقالًا</numerusform>
            <numerusform>%1: %n مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::CollectionsDock</name>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>ال&amp;مجموعات</translation>
    </message>
</context>
<context>
    <name>glossa::CollectionsPanel</name>
    <message>
        <source>Drag articles from the list onto a collection to add them</source>
        <translation>اسحب المقالات من القائمة وأفلتها على مجموعة لإضافتها إليها</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>إنشاء…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Name of the new collection:</source>
        <translation>اسم المجموعة الجديدة:</translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>الاسم الجديد للمجموعة «%1»:</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Blind Review</source>
        <translation>مراجعة عمياء</translation>
    </message>
    <message>
        <source>On every article of this collection, each analyst sees only their own annotations until done</source>
        <translation>في كل مقال من هذه المجموعة، لا يرى كل محلّل إلا تعليقاته التوضيحية حتى ينتهي من قراءته</translation>
    </message>
</context>
<context>
    <name>glossa::DateField</name>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>الاختيار من تقويم (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Not a date: type it as %1 or as 2025-03-01</source>
        <translation>ليس تاريخًا: اكتبه بالشكل %1 أو 2025-03-01</translation>
    </message>
</context>
<context>
    <name>glossa::EditConflictController</name>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Annotation Changed Meanwhile</source>
        <translation>تغيّر التعليق في الأثناء</translation>
    </message>
    <message>
        <source>%1 changed this annotation at %2, after you opened it. Your change was not saved.</source>
        <translation>غيّر %1 هذا التعليق في %2، بعد أن فتحته. لم يُحفظ تعديلك.</translation>
    </message>
    <message>
        <source>Now:
%1

Yours:
%2</source>
        <translation>الآن:
%1

نسختك:
%2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(لا ملاحظة)</translation>
    </message>
    <message>
        <source>Article Note Changed Meanwhile</source>
        <translation>تغيّرت ملاحظة المقال في الأثناء</translation>
    </message>
    <message>
        <source>%1 changed this article&apos;s note at %2, after you started editing it. Your change was not saved.</source>
        <translation>غيّر %1 ملاحظة هذا المقال في %2، بعد أن بدأت تعديلها. لم يُحفظ تعديلك.</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>الإ&amp;بقاء على نسختهم</translation>
    </message>
    <message>
        <source>&amp;Save Mine Instead</source>
        <translation>&amp;حفظ نسختي بدلًا منها</translation>
    </message>
</context>
<context>
    <name>glossa::EmptyListNotice</name>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>البحث «%1»</translation>
    </message>
    <message>
        <source>the collection “%1”</source>
        <translation>المجموعة «%1»</translation>
    </message>
    <message>
        <source>the outlet “%1”</source>
        <translation>الوسيلة الإعلامية «%1»</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>الوسم «%1»</translation>
    </message>
    <message>
        <source>claims rated “%1”</source>
        <translation>الادعاءات المصنّفة «%1»</translation>
    </message>
    <message>
        <source>published from %1 to %2</source>
        <translation>المنشورة من %1 إلى %2</translation>
    </message>
    <message>
        <source>published from %1</source>
        <translation>المنشورة ابتداءً من %1</translation>
    </message>
    <message>
        <source>published until %1</source>
        <translation>المنشورة حتى %1</translation>
    </message>
    <message>
        <source>unread only</source>
        <translation>غير المقروءة فقط</translation>
    </message>
    <message>
        <source>starred only</source>
        <translation>المميّزة بنجمة فقط</translation>
    </message>
    <message>
        <source>No articles yet.
Import dumps with File ▸ Import Files… or drop files or folders here.</source>
        <translation>لا مقالات بعد.
استورد ملفات عبر ملف ◂ استيراد ملفات… أو أفلت الملفات أو المجلدات هنا.</translation>
    </message>
    <message>
        <source>No article matches %1.</source>
        <translation>لا يطابق أي مقال %1.</translation>
    </message>
</context>
<context>
    <name>glossa::ExchangeSummaryDialog</name>
    <message>
        <source>Not carried:</source>
        <translation>ما لم يُنقل:</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>نسخ التقرير</translation>
    </message>
</context>
<context>
    <name>glossa::ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export annotations as a brief, a spreadsheet, a report or JSON-LD</source>
        <translation>تصدير التعليقات التوضيحية في صورة موجز أو جدول بيانات أو تقرير أو JSON-LD</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) from %1 to %2.</source>
        <translation>
            <numerusform>تم تصدير %n تعليق توضيحي من %1 إلى %2.</numerusform>
            <numerusform>تم تصدير تعليق توضيحي واحد من %1 إلى %2.</numerusform>
            <numerusform>تم تصدير تعليقين توضيحيين من %1 إلى %2.</numerusform>
            <numerusform>تم تصدير %n تعليقات توضيحية من %1 إلى %2.</numerusform>
            <numerusform>تم تصدير %n تعليقًا توضيحيًا من %1 إلى %2.</numerusform>
            <numerusform>تم تصدير %n تعليق توضيحي من %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالين</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Project Exported</source>
        <translation>تم تصدير المشروع</translation>
    </message>
    <message>
        <source>REFI-QDA has no place for these; the library keeps them.</source>
        <translation>لا مكان لهذه في REFI-QDA؛ وتحتفظ بها المكتبة.</translation>
    </message>
</context>
<context>
    <name>glossa::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The open article</source>
        <translation>المقال المفتوح</translation>
    </message>
    <message>
        <source>The open article: %1</source>
        <translation>المقال المفتوح: %1</translation>
    </message>
    <message numerus="yes">
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>المقالات المحدَّدة (%n)</numerusform>
            <numerusform>المقال المحدَّد (%n)</numerusform>
            <numerusform>المقالان المحدَّدان (%n)</numerusform>
            <numerusform>المقالات المحدَّدة (%n)</numerusform>
            <numerusform>المقالات المحدَّدة (%n)</numerusform>
            <numerusform>المقالات المحدَّدة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filtered list (%n article(s))</source>
        <translation>
            <numerusform>القائمة المصفّاة (%n مقال)</numerusform>
            <numerusform>القائمة المصفّاة (مقال واحد)</numerusform>
            <numerusform>القائمة المصفّاة (مقالان)</numerusform>
            <numerusform>القائمة المصفّاة (%n مقالات)</numerusform>
            <numerusform>القائمة المصفّاة (%n مقالًا)</numerusform>
            <numerusform>القائمة المصفّاة (%n مقال)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole library (every annotated article)</source>
        <translation>المكتبة كلها (كل مقال يحوي تعليقات توضيحية)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>أي حكم</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <source>Only &amp;annotations with:</source>
        <translation>الاقتصار على ال&amp;تعليقات التوضيحية ذات:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;حفظ في:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>“%1” is a folder: add a file name.</source>
        <translation>«%1» مجلد: أضف اسم ملف.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n مقال)</numerusform>
            <numerusform>%1 (مقال واحد)</numerusform>
            <numerusform>%1 (مقالان)</numerusform>
            <numerusform>%1 (%n مقالات)</numerusform>
            <numerusform>%1 (%n مقالًا)</numerusform>
            <numerusform>%1 (%n مقال)</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>Collection to export</source>
        <translation>المجموعة المراد تصديرها</translation>
    </message>
</context>
<context>
    <name>glossa::ExportDoneBar</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
</context>
<context>
    <name>glossa::FilterBar</name>
    <message>
        <source>Search titles and text  ( / )</source>
        <translation>البحث في العناوين والنصوص  ( / )</translation>
    </message>
    <message>
        <source>Words must all match; accents are ignored. Use &quot;quotes&quot; for a phrase, word* for a prefix, -word to exclude, OR between alternatives.</source>
        <translation>يجب أن تتطابق كل الكلمات، وتُتجاهل النبرات على الحروف (مثل é). الصيغ المتاحة: &quot;عبارة بين علامتي تنصيص&quot; للبحث عن عبارة، كلمة* للبحث ببادئة، -كلمة للاستبعاد، OR بين البدائل.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Tag on the article or on one of its annotations</source>
        <translation>وسم على المقال أو على أحد تعليقاته التوضيحية</translation>
    </message>
    <message>
        <source>Verdict of a claim in the article</source>
        <translation>حكم أحد الادعاءات في المقال</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>أي حكم</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Published on or after</source>
        <translation>منشور في هذا التاريخ أو بعده</translation>
    </message>
    <message>
        <source>Published on or before</source>
        <translation>منشور في هذا التاريخ أو قبله</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <source>Show unread articles only</source>
        <translation>عرض المقالات غير المقروءة فقط</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>المميّزة بنجمة</translation>
    </message>
    <message>
        <source>Show starred articles only</source>
        <translation>عرض المقالات المميّزة بنجمة فقط</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>All outlets</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <source>Collection (case file)</source>
        <translation>المجموعة (ملف القضية)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>منشور ابتداءً من</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>منشور حتى</translation>
    </message>
    <message>
        <source>Repeats a checked claim</source>
        <translation>يكرّر ادعاءً متحقَّقًا منه</translation>
    </message>
    <message>
        <source>Show only articles where the claim memory found a claim the desk or a fact-checker has already rated (proposed or accepted)</source>
        <translation>عرض المقالات التي وجدت فيها ذاكرة الادعاءات ادعاءً سبق أن حكم عليه فريق التحرير أو مدقّق حقائق (مقترحًا أو مقبولًا) فقط</translation>
    </message>
    <message>
        <source>Verdict of the repeated claim</source>
        <translation>الحكم على الادعاء المكرَّر</translation>
    </message>
    <message>
        <source>rated anything</source>
        <translation>أيًّا كان الحكم</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>حُكم عليه: %1</translation>
    </message>
</context>
<context>
    <name>glossa::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>البحث في المقال</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>التطابق السابق (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>التطابق التالي (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا تطابقات</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
</context>
<context>
    <name>glossa::HeadlineModel</name>
    <message>
        <source>Unknown outlet</source>
        <translation>مصدر غير معروف</translation>
    </message>
    <message>
        <source>read</source>
        <translation>مقروء</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>مميّز بنجمة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>How many annotations (highlights, claims and notes) the article has</source>
        <translation>عدد تعليقات المقال (التظليلات والادعاءات والملاحظات)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <comment>column: number of annotations</comment>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Repeats a checked claim rated %1</source>
        <translation>يكرّر ادعاءً سبق التحقق منه، حُكم عليه: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between verdicts</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>In the article’s note:</source>
        <translation>في ملاحظة المقال:</translation>
    </message>
</context>
<context>
    <name>glossa::HeadlineView</name>
    <message>
        <source>Headlines</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>The articles of the library that match the filters</source>
        <translation>مقالات المكتبة المطابقة للمرشحات</translation>
    </message>
</context>
<context>
    <name>glossa::ImportController</name>
    <message>
        <source>Import Files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>News dumps (*.txt *.text *.jsonl *.ndjson *.html *.htm);;All files (*)</source>
        <translation>ملفات الأخبار (*.txt *.text *.jsonl *.ndjson *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>جارٍ التحضير للاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>جارٍ الإلغاء بعد الملف الحالي…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n file(s)
%2</source>
        <translation>
            <numerusform>استُورد %1 من لا ملفات
%2</numerusform>
            <numerusform>استُورد %1 من ملف واحد
%2</numerusform>
            <numerusform>استُورد %1 من ملفين
%2</numerusform>
            <numerusform>استُورد %1 من %n ملفات
%2</numerusform>
            <numerusform>استُورد %1 من %n ملفًا
%2</numerusform>
            <numerusform>استُورد %1 من %n ملف
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for repeats of checked claims…</source>
        <translation>البحث عن تكرارات لادعاءات متحقَّق منها…</translation>
    </message>
</context>
<context>
    <name>glossa::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرّر</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>موجود بالفعل في المكتبة</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>تم استيراد %n مقال</numerusform>
            <numerusform>تم استيراد مقال واحد</numerusform>
            <numerusform>تم استيراد مقالين</numerusform>
            <numerusform>تم استيراد %n مقالات</numerusform>
            <numerusform>تم استيراد %n مقالًا</numerusform>
            <numerusform>تم استيراد %n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s).</source>
        <translation>
            <numerusform>من %n ملف.</numerusform>
            <numerusform>من ملف واحد.</numerusform>
            <numerusform>من ملفين.</numerusform>
            <numerusform>من %n ملفات.</numerusform>
            <numerusform>من %n ملفًا.</numerusform>
            <numerusform>من %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) were already in the library.</source>
        <translation>
            <numerusform>%n مقال كان موجودًا في المكتبة من قبل.</numerusform>
            <numerusform>مقال واحد كان موجودًا في المكتبة من قبل.</numerusform>
            <numerusform>مقالان كانا موجودين في المكتبة من قبل.</numerusform>
            <numerusform>%n مقالات كانت موجودة في المكتبة من قبل.</numerusform>
            <numerusform>%n مقالًا كانت موجودة في المكتبة من قبل.</numerusform>
            <numerusform>%n مقال كانت موجودة في المكتبة من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused; nothing was taken from them.</source>
        <translation>
            <numerusform>رُفض %n ملف ولم يؤخذ منه شيء.</numerusform>
            <numerusform>رُفض ملف واحد ولم يؤخذ منه شيء.</numerusform>
            <numerusform>رُفض ملفان ولم يؤخذ منهما شيء.</numerusform>
            <numerusform>رُفضت %n ملفات ولم يؤخذ منها شيء.</numerusform>
            <numerusform>رُفض %n ملفًا ولم يؤخذ منها شيء.</numerusform>
            <numerusform>رُفض %n ملف ولم يؤخذ منها شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the files done before stay imported.</source>
        <translation>أُلغي الاستيراد، وتبقى الملفات التي اكتملت معالجتها قبل ذلك مستوردة.</translation>
    </message>
    <message numerus="yes">
        <source>No provenance line: %n article(s) laid out as plain text, outlet unknown</source>
        <translation>
            <numerusform>لا سطر مصدر: لا مقالات</numerusform>
            <numerusform>لا سطر مصدر: مقال واحد عُرض نصًا عاديًا، والوسيلة مجهولة</numerusform>
            <numerusform>لا سطر مصدر: مقالان عُرضا نصًا عاديًا، والوسيلة مجهولة</numerusform>
            <numerusform>لا سطر مصدر: %n مقالات عُرضت نصًا عاديًا، والوسيلة مجهولة</numerusform>
            <numerusform>لا سطر مصدر: %n مقالًا عُرض نصًا عاديًا، والوسيلة مجهولة</numerusform>
            <numerusform>لا سطر مصدر: %n مقال عُرض نصًا عاديًا، والوسيلة مجهولة</numerusform>
        </translation>
    </message>
    <message>
        <source>Generic layout</source>
        <translation>تخطيط عام</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) had no provenance line: their articles show no outlet or date.</source>
        <translation>
            <numerusform>لم يكن في أي ملف سطر مصدر.</numerusform>
            <numerusform>لم يكن في ملف واحد سطر مصدر: مقالاته بلا وسيلة ولا تاريخ.</numerusform>
            <numerusform>لم يكن في ملفين سطر مصدر: مقالاتهما بلا وسيلة ولا تاريخ.</numerusform>
            <numerusform>لم يكن في %n ملفات سطر مصدر: مقالاتها بلا وسيلة ولا تاريخ.</numerusform>
            <numerusform>لم يكن في %n ملفًا سطر مصدر: مقالاتها بلا وسيلة ولا تاريخ.</numerusform>
            <numerusform>لم يكن في %n ملف سطر مصدر: مقالاتها بلا وسيلة ولا تاريخ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>الملفات غير المستوردة</translation>
    </message>
    <message>
        <source>The new articles could not be matched against the claim memory: %1</source>
        <translation>تعذّرت مطابقة المقالات الجديدة مع ذاكرة الادعاءات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) of checked claims found in them.</source>
        <translation>
            <numerusform>لم يُعثر فيها على تكرارات لادعاءات متحقَّق منها.</numerusform>
            <numerusform>عُثر فيها على تكرار واحد لادعاءات متحقَّق منها.</numerusform>
            <numerusform>عُثر فيها على تكرارين لادعاءات متحقَّق منها.</numerusform>
            <numerusform>عُثر فيها على %n تكرارات لادعاءات متحقَّق منها.</numerusform>
            <numerusform>عُثر فيها على %n تكرارًا لادعاءات متحقَّق منها.</numerusform>
            <numerusform>عُثر فيها على %n تكرار لادعاءات متحقَّق منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>No repeat of a checked claim found in them.</source>
        <translation>لم يُعثر فيها على تكرار لادعاء متحقَّق منه.</translation>
    </message>
</context>
<context>
    <name>glossa::LibraryController</name>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>مكتبات Glossa (*.glossa);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>المكتبات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>مكتبة جديدة</translation>
    </message>
    <message>
        <source>library.glossa</source>
        <translation>مكتبة.glossa</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>No recent libraries</source>
        <translation>لا توجد مكتبات فُتحت مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;مسح القائمة</translation>
    </message>
    <message>
        <source>Library Not Opened</source>
        <translation>لم تُفتح المكتبة</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a Glossa library.</source>
        <translation>لا يمكن فتح «%1» بوصفه مكتبة Glossa.</translation>
    </message>
    <message>
        <source>The current library stays open.</source>
        <translation>تبقى المكتبة الحالية مفتوحة.</translation>
    </message>
    <message>
        <source>The remembered password could not be read from the system keyring: %1</source>
        <translation>تعذّرت قراءة كلمة المرور المحفوظة من سلسلة مفاتيح النظام: %1</translation>
    </message>
</context>
<context>
    <name>glossa::LibraryCopyController</name>
    <message>
        <source>&amp;Copy Library To</source>
        <translation>&amp;نسخ المكتبة إلى</translation>
    </message>
    <message>
        <source>Copy the whole library into a library file or a team library</source>
        <translation>نسخ المكتبة كاملة إلى ملف مكتبة أو إلى مكتبة فريق</translation>
    </message>
    <message>
        <source>Library &amp;File…</source>
        <translation>&amp;ملف مكتبة…</translation>
    </message>
    <message>
        <source>&amp;Team Library…</source>
        <translation>مكتبة ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Copy Library To</source>
        <extracomment>The proposed name of a library file copied from the open library.</extracomment>
        <translation>نسخ المكتبة إلى</translation>
    </message>
    <message>
        <source>library copy.glossa</source>
        <translation>نسخة المكتبة.glossa</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa)</source>
        <translation>مكتبات Glossa ‏(*.glossa)</translation>
    </message>
    <message>
        <source>Library Not Copied</source>
        <translation>لم تُنسخ المكتبة</translation>
    </message>
    <message>
        <source>%1 is the open library itself: choose another file or team library.</source>
        <translation>%1 هي المكتبة المفتوحة نفسها: اختر ملفًا آخر أو مكتبة فريق أخرى.</translation>
    </message>
    <message>
        <source>Copying the library to %1…</source>
        <translation>جارٍ نسخ المكتبة إلى %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Copying the Library</source>
        <translation>نسخ المكتبة</translation>
    </message>
    <message>
        <source>Copying the library to %1…
%2: %3 of %4</source>
        <extracomment>%1 the table being copied (articles, annotations, …), %2 and %3 its rows done and in all.</extracomment>
        <translation>جارٍ نسخ المكتبة إلى %1…
%2: %3 من %4</translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation>انقطع النسخ</translation>
    </message>
    <message>
        <source>Library Copied</source>
        <translation>نُسخت المكتبة</translation>
    </message>
    <message numerus="yes">
        <source>The library was copied to %1: %n row(s) added.</source>
        <translation>
            <numerusform>نُسخت المكتبة إلى %1: لم يُضف أي صف.</numerusform>
            <numerusform>نُسخت المكتبة إلى %1: أُضيف صف واحد.</numerusform>
            <numerusform>نُسخت المكتبة إلى %1: أُضيف صفان.</numerusform>
            <numerusform>نُسخت المكتبة إلى %1: أُضيفت %n صفوف.</numerusform>
            <numerusform>نُسخت المكتبة إلى %1: أُضيف %n صفًا.</numerusform>
            <numerusform>نُسخت المكتبة إلى %1: أُضيف %n صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying again adds only what is new since.</source>
        <translation>لا يضيف النسخ مجددًا إلا ما استجدّ منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Copy Stopped</source>
        <translation>أُوقف النسخ</translation>
    </message>
    <message>
        <source>The copy to %1 was stopped.</source>
        <translation>أُوقف النسخ إلى %1.</translation>
    </message>
    <message>
        <source>The library could not be copied to %1.</source>
        <translation>تعذّر نسخ المكتبة إلى %1.</translation>
    </message>
    <message>
        <source>What was copied stays there; copying again resumes. The open library was not changed.</source>
        <translation>يبقى ما نُسخ هناك؛ ويستأنف النسخ مجددًا من حيث توقف. لم تتغيّر المكتبة المفتوحة.</translation>
    </message>
</context>
<context>
    <name>glossa::LibraryStatusLabel</name>
    <message>
        <source>No library open</source>
        <translation>لا توجد مكتبة مفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n مقال</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n مقالات</numerusform>
            <numerusform>%n مقالًا</numerusform>
            <numerusform>%n مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n article(s) shown</source>
        <translation>
            <numerusform>%n مقال، المعروض منها: %1</numerusform>
            <numerusform>مقال واحد، المعروض منه: %1</numerusform>
            <numerusform>مقالان، المعروض منهما: %1</numerusform>
            <numerusform>%n مقالات، المعروض منها: %1</numerusform>
            <numerusform>%n مقالًا، المعروض منها: %1</numerusform>
            <numerusform>%n مقال، المعروض منها: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>لا مقالات غير مقروءة</numerusform>
            <numerusform>مقال واحد غير مقروء</numerusform>
            <numerusform>مقالان غير مقروءين</numerusform>
            <numerusform>%n مقالات غير مقروءة</numerusform>
            <numerusform>%n مقالًا غير مقروء</numerusform>
            <numerusform>%n مقال غير مقروء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>لا مقالات مميزة</numerusform>
            <numerusform>مقال واحد مميز</numerusform>
            <numerusform>مقالان مميزان</numerusform>
            <numerusform>%n مقالات مميزة</numerusform>
            <numerusform>%n مقالًا مميزًا</numerusform>
            <numerusform>%n مقال مميز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>glossa::MainActions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import news dumps (text, JSON Lines, HTML) into the library</source>
        <translation>استيراد ملفات الأخبار (نص، JSON Lines، HTML) إلى المكتبة</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد &amp;مجلد…</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>مكتبة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;فتح مكتبة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>المقال ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>المقال ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Mark Read/Unread</source>
        <translation>تعليم ك&amp;مقروء/غير مقروء</translation>
    </message>
    <message>
        <source>&amp;Star/Unstar</source>
        <translation>تمييز ب&amp;نجمة/إزالة النجمة</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>البحث في الم&amp;كتبة</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>ال&amp;حجم الفعلي</translation>
    </message>
    <message>
        <source>Mark Articles Read When &amp;Opened</source>
        <translation>تعليم المقالات كمقروءة عند &amp;فتحها</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>ألوان ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Glossa</source>
        <translation>&amp;عن Glossa</translation>
    </message>
    <message>
        <source>Open &amp;Team Library…</source>
        <translation>فتح مكتبة ال&amp;فريق…</translation>
    </message>
    <message>
        <source>&amp;Read the Article</source>
        <translation>&amp;قراءة المقال</translation>
    </message>
    <message>
        <source>Move the keyboard into the article&apos;s text, to select a passage (R)</source>
        <translation>نقل لوحة المفاتيح إلى نص المقال لتحديد مقطع (R)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>اللوحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Previous P&amp;ane</source>
        <translation>اللوحة ال&amp;سابقة</translation>
    </message>
</context>
<context>
    <name>glossa::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>م&amp;قال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>About Glossa</source>
        <translation>عن Glossa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Glossa %1&lt;/h3&gt;&lt;p&gt;A reader and annotation workbench for news analysts: import dumps of news pages, highlight passages, record claims with their verdicts, and export briefs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Glossa %1&lt;/h3&gt;&lt;p&gt;بيئة عمل لقراءة الأخبار والتعليق عليها، مخصّصة لمحلّلي الأخبار: استورد ملفات صفحات الأخبار، وظلّل المقاطع، وسجّل الادعاءات مع أحكامها، وصدّر الموجزات.&lt;/p&gt;&lt;p&gt;المكتبة: %2&lt;/p&gt;</translation>
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
        <translation>لم يُحفَظ</translation>
    </message>
    <message>
        <source>Manage &amp;Tags…</source>
        <translation>إدارة ال&amp;وسوم…</translation>
    </message>
    <message>
        <source>Ticker &amp;Headlines…</source>
        <translation>عناوين &amp;شريط الأخبار…</translation>
    </message>
    <message>
        <source>Another program kept the library busy for more than 10 seconds (an import with glossa-cli?). Nothing was changed; try again when it is done.</source>
        <translation>أبقى برنامج آخر المكتبة مشغولة لأكثر من 10 ثوانٍ (عملية استيراد عبر glossa-cli؟). لم يُغيَّر شيء؛ أعد المحاولة حين ينتهي.</translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached: changes are not saved until it is back. Reconnecting…</source>
        <translation>تعذّر الوصول إلى خادم مكتبة الفريق: لا تُحفظ التعديلات حتى يعود. جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Connected to the team library again.</source>
        <translation>عاد الاتصال بمكتبة الفريق.</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read it, but edits are off.</source>
        <translation>%1 للقراءة فقط: يمكنك قراءتها، لكن التعديل معطَّل.</translation>
    </message>
    <message>
        <source>The library file was replaced or deleted: nothing more is written to it.</source>
        <translation>استُبدل ملف المكتبة أو حُذف: لن يُكتب فيه شيء بعد الآن.</translation>
    </message>
    <message>
        <source>Library File Replaced or Deleted</source>
        <translation>استُبدل ملف المكتبة أو حُذف</translation>
    </message>
    <message>
        <source>%1. Glossa stopped writing to it, so that the file now at that place is not damaged; your edits of this session are kept in this window.</source>
        <translation>%1. توقّف Glossa عن الكتابة فيه كي لا يتلف الملف الموجود الآن في ذلك المكان؛ تبقى تعديلات هذه الجلسة في هذه النافذة.</translation>
    </message>
    <message>
        <source>Save them to a new library file, then open it (File &gt; Open Library...).</source>
        <translation>احفظها في ملف مكتبة جديد، ثم افتحه (ملف &gt; فتح مكتبة...).</translation>
    </message>
    <message>
        <source>Save Edits to a New File...</source>
        <translation>حفظ التعديلات في ملف جديد...</translation>
    </message>
    <message>
        <source>Save Edits to a New File</source>
        <translation>حفظ التعديلات في ملف جديد</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa)</source>
        <translation>مكتبات Glossa ‏(*.glossa)</translation>
    </message>
    <message>
        <source>Saved to %1; open it with File &gt; Open Library...</source>
        <translation>حُفظ في %1؛ افتحه عبر ملف &gt; فتح مكتبة...</translation>
    </message>
</context>
<context>
    <name>glossa::PreferencesController</name>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Glossa starts.</source>
        <translation>تسري اللغة الجديدة عند التشغيل التالي لـ Glossa.</translation>
    </message>
</context>
<context>
    <name>glossa::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; it takes effect the next time Glossa starts.</source>
        <translation>لغة القوائم ومربعات الحوار؛ تسري عند التشغيل التالي لـ Glossa.</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Glossa starts.</source>
        <translation>تسري اللغة الجديدة عند التشغيل التالي لـ Glossa.</translation>
    </message>
    <message>
        <source>System Colours</source>
        <translation>ألوان النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;السمة:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Reader font</source>
        <translation>خط القارئ</translation>
    </message>
    <message>
        <source>The typeface of the article text in the reader</source>
        <translation>خط نص المقال في القارئ</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Reader font size</source>
        <translation>حجم خط القارئ</translation>
    </message>
    <message>
        <source>In points, before zooming with Ctrl++ and Ctrl+-</source>
        <translation>بالنقاط، قبل التكبير بـ Ctrl++ و Ctrl+-</translation>
    </message>
    <message>
        <source>When Opened</source>
        <translation>عند الفتح</translation>
    </message>
    <message>
        <source>After Reading For</source>
        <translation>بعد القراءة لمدة</translation>
    </message>
    <message>
        <source>Only by Hand (M)</source>
        <translation>يدويًا فقط (M)</translation>
    </message>
    <message>
        <source>Mark articles read</source>
        <translation>تعليم المقالات كمقروءة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Seconds before an open article is marked read</source>
        <translation>عدد الثواني قبل تعليم المقال المفتوح كمقروء</translation>
    </message>
    <message>
        <source>Reader &amp;font:</source>
        <translation>&amp;خط القارئ:</translation>
    </message>
    <message>
        <source>&amp;Mark as read:</source>
        <translation>&amp;التعليم كمقروء:</translation>
    </message>
    <message>
        <source>Analyst at This Desk</source>
        <translation>المحلل على هذا المكتب</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>&amp;تعديل الملف الشخصي…</translation>
    </message>
    <message>
        <source>The name, initials and colour your annotations carry</source>
        <translation>الاسم والأحرف الأولى واللون التي تحملها تعليقاتك التوضيحية</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>The folder of the last export</source>
        <translation>مجلد آخر تصدير</translation>
    </message>
    <message>
        <source>Where File ▸ Export… starts; empty for the folder of the last export</source>
        <translation>حيث يبدأ ملف ▸ تصدير…؛ فارغ لمجلد آخر تصدير</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>اختيار مجلد التصدير الافتراضي</translation>
    </message>
    <message>
        <source>&amp;Open the last library used when Glossa starts</source>
        <translation>&amp;فتح آخر مكتبة مستخدمة عند تشغيل Glossa</translation>
    </message>
    <message>
        <source>Otherwise Glossa opens its default library, unless one is named with --db or GLOSSA_DB</source>
        <translation>وإلا يفتح Glossa مكتبته الافتراضية، ما لم تُحدَّد مكتبة أخرى بـ --db أو GLOSSA_DB</translation>
    </message>
    <message>
        <source>Default e&amp;xport folder:</source>
        <translation>&amp;مجلد التصدير الافتراضي:</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>مجلد التصدير الافتراضي</translation>
    </message>
    <message>
        <source>No profile yet: your annotations carry your account&apos;s name.</source>
        <translation>لا يوجد ملف شخصي بعد: تحمل تعليقاتك التوضيحية اسم حسابك.</translation>
    </message>
    <message>
        <source>&amp;Create Profile…</source>
        <translation>&amp;إنشاء ملف شخصي…</translation>
    </message>
    <message>
        <source>Analyst chip %1</source>
        <translation>شارة المحلل %1</translation>
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
        <translation>استيراد &amp;مشروع…</translation>
    </message>
    <message>
        <source>Merge a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA or QualCoder</source>
        <translation>دمج مشروع REFI-QDA من NVivo أو ATLAS.ti أو MAXQDA أو QualCoder</translation>
    </message>
    <message>
        <source>Import Project</source>
        <translation>استيراد مشروع</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx *.qde);;All files (*)</source>
        <translation>مشاريع REFI-QDA (*.qdpx *.qde);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation>لا توجد مكتبة مفتوحة</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and %1 imported from %2.</source>
        <translation>
            <numerusform>استُورد %n مقال و%1 من %2.</numerusform>
            <numerusform>استُورد مقال واحد و%1 من %2.</numerusform>
            <numerusform>استُورد مقالان و%1 من %2.</numerusform>
            <numerusform>استُوردت %n مقالات و%1 من %2.</numerusform>
            <numerusform>استُورد %n مقالًا و%1 من %2.</numerusform>
            <numerusform>استُورد %n مقال و%1 من %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n تعليق</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>لم يُستورَد شيء من %1: %2</translation>
    </message>
    <message>
        <source>Plain-text sources read</source>
        <translation>مصادر النص الخام المقروءة</translation>
    </message>
    <message>
        <source>Articles added</source>
        <translation>المقالات المضافة</translation>
    </message>
    <message>
        <source>Articles already in the library</source>
        <translation>مقالات موجودة أصلًا في المكتبة</translation>
    </message>
    <message>
        <source>Selections read</source>
        <translation>التحديدات المقروءة</translation>
    </message>
    <message>
        <source>Annotations added</source>
        <translation>التعليقات المضافة</translation>
    </message>
    <message>
        <source>Annotations already in the library</source>
        <translation>تعليقات موجودة أصلًا في المكتبة</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>المحللون</translation>
    </message>
    <message>
        <source>Notes carried</source>
        <translation>الملاحظات المنقولة</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Project Imported</source>
        <translation>تم استيراد المشروع</translation>
    </message>
    <message>
        <source>This merge is not an undoable edit: Edit ▸ Undo does not remove what it added.</source>
        <translation>هذا الدمج ليس تعديلًا يمكن التراجع عنه: لا يزيل «تحرير ◂ تراجع» ما أضافه.</translation>
    </message>
</context>
<context>
    <name>glossa::ReaderView</name>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>%1 — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (claimant: %1)</source>
        <translation> (صاحب الادعاء: %1)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Select an article in the list — J and K move to the next and previous one.</source>
        <translation>اختر مقالًا من القائمة — ينتقل J وK إلى المقال التالي والسابق.</translation>
    </message>
    <message>
        <source>Extend Selection to &amp;Sentence</source>
        <translation>توسيع التحديد إلى ال&amp;جملة</translation>
    </message>
    <message>
        <source>%1 highlight</source>
        <translation>تظليل %1</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>جارٍ فتح «%1»…</translation>
    </message>
</context>
<context>
    <name>glossa::ReadingController</name>
    <message>
        <source>The article could not be marked read: %1</source>
        <translation>تعذّر تعليم المقال كمقروء: %1</translation>
    </message>
</context>
<context>
    <name>glossa::RestoreController</name>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>الا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put a backup in the place of this library; the library as it is now is kept beside it</source>
        <translation>وضع نسخة احتياطية مكان هذه المكتبة؛ تُحفظ المكتبة بحالتها الحالية بجانبها</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>مكتبات Glossa ‏(*.glossa);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Replace the library %1 with the backup %2?</source>
        <translation>استبدال المكتبة %1 بالنسخة الاحتياطية %2؟</translation>
    </message>
    <message>
        <source>The library as it is now, with every change made since the backup, is kept beside it under a dated name.</source>
        <translation>تُحفظ المكتبة بحالتها الحالية، مع كل تعديل أُجري منذ النسخة الاحتياطية، بجانبها باسم مؤرَّخ.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Checking and copying the backup %1…</source>
        <translation>جارٍ فحص النسخة الاحتياطية %1 ونسخها…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <source>the copy was interrupted</source>
        <translation>انقطع النسخ</translation>
    </message>
    <message>
        <source>The library could not be restored from %1.</source>
        <translation>تعذّرت استعادة المكتبة من %1.</translation>
    </message>
    <message>
        <source>The library as it was is kept as %1.</source>
        <translation>حُفظت المكتبة كما كانت باسم %1.</translation>
    </message>
    <message>
        <source>The library was restored from %1.</source>
        <translation>استُعيدت المكتبة من %1.</translation>
    </message>
    <message>
        <source>Library Restored</source>
        <translation>استُعيدت المكتبة</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <source>The library was not changed.</source>
        <translation>لم تتغيّر المكتبة.</translation>
    </message>
</context>
<context>
    <name>glossa::ReviewDialog</name>
    <message>
        <source>Review Claims — %1</source>
        <translation>مراجعة الادعاءات — %1</translation>
    </message>
    <message>
        <source>Claims by analyst</source>
        <translation>الادعاءات حسب المحلّل</translation>
    </message>
    <message>
        <source>Accept &amp;Agreed</source>
        <translation>&amp;قبول المتّفق عليه</translation>
    </message>
    <message>
        <source>Every claim all its analysts coded on the same words with the same verdict</source>
        <translation>كل ادعاء سجّله جميع محلّليه على الكلمات نفسها وبالحكم نفسه</translation>
    </message>
    <message>
        <source>&amp;Take This Side</source>
        <translation>ا&amp;عتماد هذه النسخة</translation>
    </message>
    <message>
        <source>Final verdict</source>
        <translation>الحكم النهائي</translation>
    </message>
    <message>
        <source>&amp;Decide With This Verdict</source>
        <translation>ال&amp;بتّ بهذا الحكم</translation>
    </message>
    <message>
        <source>Claims: %1 · analysts: %2 · decided: %3 · agreed and waiting: %4 · to settle: %5</source>
        <translation>الادعاءات: %1 · المحلّلون: %2 · المبتوت فيها: %3 · المتّفق عليها بانتظار القبول: %4 · بانتظار البتّ: %5</translation>
    </message>
</context>
<context>
    <name>glossa::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between shortcuts</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>glossa::TagManagerDialog</name>
    <message>
        <source>Manage Tags</source>
        <translation>إدارة الوسوم</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>ال&amp;لون…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Every change here can be undone (%1), here or in the main window.</source>
        <translation>يمكن التراجع عن كل تغيير هنا (%1)، من هنا أو من النافذة الرئيسية.</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>الاسم الجديد للوسم «%1»:</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>يجب أن يكون للوسم اسم.</translation>
    </message>
    <message>
        <source>There is already a tag named “%1”. Merge “%2” into it?</source>
        <translation>يوجد بالفعل وسم باسم «%1». هل تريد دمج «%2» فيه؟</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>دمج «%1» في:</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>لون «%1»</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
</context>
<context>
    <name>glossa::TagTableModel</name>
    <message>
        <source>%1 — colour %2</source>
        <translation>%1 — اللون %2</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
</context>
<context>
    <name>glossa::TagsLineEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>وسوم، مفصولة بفواصل</translation>
    </message>
</context>
<context>
    <name>glossa::TaxonomyLabels</name>
    <message>
        <source>Factual</source>
        <translation>واقعي</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>إحصائي</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>اتهام</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>رأي</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>توقّع</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>مدعوم بالأدلة</translation>
    </message>
    <message>
        <source>Partly supported</source>
        <translation>مدعوم جزئيًا</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>متنازَع عليه</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>مضلِّل</translation>
    </message>
    <message>
        <source>False</source>
        <translation>زائف</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>يتعذّر التحقق منه</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
</context>
<context>
    <name>glossa::TeamLibraryDialog</name>
    <message>
        <source>Open Team Library</source>
        <translation>فتح مكتبة الفريق</translation>
    </message>
    <message>
        <source>db.example.org, or a local server&apos;s socket folder</source>
        <translation>db.example.org، أو مجلد مقبس خادم محلي</translation>
    </message>
    <message>
        <source>From ~/.pgpass when left empty</source>
        <translation>من ‎~/.pgpass‎ إن تُرك فارغًا</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم ال&amp;دخول:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Copy to Team Library</source>
        <translation>النسخ إلى مكتبة فريق</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;تذكّر كلمة المرور في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Your administrator gives you these (glossa-cli team add-analyst).</source>
        <translation>يزوّدك بها المسؤول (glossa-cli team add-analyst).</translation>
    </message>
    <message>
        <source>Copy as the team library&apos;s owner (the login that ran &apos;glossa-cli team init&apos;): the rows are every analyst&apos;s. Copying again adds only what is new.</source>
        <translation>انسخ بصفتك مالك مكتبة الفريق (اسم الدخول الذي شغّل ‎&apos;glossa-cli team init&apos;‎): فالصفوف تخص كل المحللين. لا يضيف النسخ مجددًا إلا ما استجدّ.</translation>
    </message>
    <message>
        <source>Unless you ask Glossa to remember it, the password is kept only until Glossa quits; it is never written to Glossa&apos;s settings.</source>
        <translation>ما لم تطلب من Glossa تذكّرها، لا تُحفظ كلمة المرور إلا حتى إغلاق Glossa؛ ولا تُكتب أبدًا في إعدادات Glossa.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring (%1): it is kept until Glossa quits.</source>
        <translation>تعذّر حفظ كلمة المرور في سلسلة مفاتيح النظام (%1): ستبقى محفوظة حتى إغلاق Glossa.</translation>
    </message>
</context>
<context>
    <name>glossa::TickerHeadlineModel</name>
    <message>
        <source>In the library: double-click to open the article</source>
        <translation>في المكتبة: انقر نقرًا مزدوجًا لفتح المقال</translation>
    </message>
    <message>
        <source>This article is not in the library</source>
        <translation>هذا المقال ليس في المكتبة</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>ظهر في</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation>وسيلة إعلام غير معروفة</translation>
    </message>
    <message>
        <source>In the ticker of a page of %1</source>
        <translation>في شريط أخبار صفحة من %1</translation>
    </message>
</context>
<context>
    <name>glossa::TickerHeadlinesDialog</name>
    <message>
        <source>Ticker Headlines</source>
        <translation>عناوين شريط الأخبار</translation>
    </message>
    <message>
        <source>Words in the headline</source>
        <translation>كلمات في العنوان</translation>
    </message>
    <message>
        <source>“%1” is not in the library.</source>
        <translation>«%1» ليس في المكتبة.</translation>
    </message>
    <message numerus="yes">
        <source>%n headline(s)</source>
        <translation>
            <numerusform>%n عنوان</numerusform>
            <numerusform>عنوان واحد</numerusform>
            <numerusform>عنوانان</numerusform>
            <numerusform>%n عناوين</numerusform>
            <numerusform>%n عنوانًا</numerusform>
            <numerusform>%n عنوان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the library (underlined; double-click to open)</source>
        <translation>
            <numerusform>في المكتبة: %n</numerusform>
            <numerusform>في المكتبة: %n (مسطَّر؛ انقر نقرًا مزدوجًا لفتحه)</numerusform>
            <numerusform>في المكتبة: %n (مسطَّران؛ انقر نقرًا مزدوجًا للفتح)</numerusform>
            <numerusform>في المكتبة: %n (مسطَّرة؛ انقر نقرًا مزدوجًا للفتح)</numerusform>
            <numerusform>في المكتبة: %n (مسطَّرة؛ انقر نقرًا مزدوجًا للفتح)</numerusform>
            <numerusform>في المكتبة: %n (مسطَّرة؛ انقر نقرًا مزدوجًا للفتح)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tickers of the whole library…</source>
        <translation>جارٍ قراءة أشرطة الأخبار في المكتبة كلها…</translation>
    </message>
    <message>
        <source>The headlines could not be read: %1</source>
        <translation>تعذّرت قراءة العناوين: %1</translation>
    </message>
    <message>
        <source>Search ticker headlines</source>
        <translation>البحث في عناوين الشريط الإخباري</translation>
    </message>
    <message>
        <source>Ticker headlines</source>
        <translation>عناوين الشريط الإخباري</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseDock</name>
    <message>
        <source>Where Else?</source>
        <translation>أين أيضًا؟</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseLauncher</name>
    <message>
        <source>&amp;Where Else?…</source>
        <translation>&amp;أين ورد أيضًا؟…</translation>
    </message>
    <message>
        <source>Find the other articles that carry this passage</source>
        <translation>العثور على المقالات الأخرى التي تتضمّن هذا المقطع</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElseModel</name>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>glossa::WhereElsePanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Copy Onto This Article</source>
        <translation>نسخ إلى &amp;هذا المقال</translation>
    </message>
    <message>
        <source>Annotate the passage found in the selected article with the same claim, tags and colour (Edit ▸ Undo takes it off)</source>
        <translation>التعليق على المقطع الموجود في المقال المحدد بالادعاء والوسوم واللون نفسها (تحرير ◂ تراجع يزيله)</translation>
    </message>
    <message>
        <source>Searching the library…</source>
        <translation>جارٍ البحث في المكتبة…</translation>
    </message>
    <message>
        <source>No other article in the library carries this passage.</source>
        <translation>لا يحمل أي مقال آخر في المكتبة هذا المقطع.</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n other article(s), earliest first. Double-click one to open it on the passage.</source>
        <translation>
            <numerusform>لم يوجد في أي مقال آخر.</numerusform>
            <numerusform>وُجد في مقال آخر واحد. انقر نقرًا مزدوجًا لفتحه على المقطع.</numerusform>
            <numerusform>وُجد في مقالين آخرين، الأقدم أولًا. انقر نقرًا مزدوجًا على أحدهما لفتحه على المقطع.</numerusform>
            <numerusform>وُجد في %n مقالات أخرى، الأقدم أولًا. انقر نقرًا مزدوجًا على أحدها لفتحه على المقطع.</numerusform>
            <numerusform>وُجد في %n مقالًا آخر، الأقدم أولًا. انقر نقرًا مزدوجًا على أحدها لفتحه على المقطع.</numerusform>
            <numerusform>وُجد في %n مقال آخر، الأقدم أولًا. انقر نقرًا مزدوجًا على أحدها لفتحه على المقطع.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Articles with the same passage</source>
        <translation>المقالات التي تحمل المقطع نفسه</translation>
    </message>
</context>
<context>
    <name>glossa::Workspace</name>
    <message>
        <source>The analyst could not be recorded in the library: %1</source>
        <translation>تعذّر تسجيل المحلّل في المكتبة: %1</translation>
    </message>
    <message>
        <source>the library refused the change</source>
        <translation>رفضت المكتبة التعديل</translation>
    </message>
</context>
<context>
    <name>glossa::WorthCheckingMarks</name>
    <message>
        <source>&amp;Worth Checking</source>
        <translation>&amp;جدير بالتحقق</translation>
    </message>
    <message>
        <source>Worth Checking: &amp;Accept Mark</source>
        <translation>جدير بالتحقق: &amp;قبول العلامة</translation>
    </message>
    <message>
        <source>Worth Checking: &amp;Dismiss Mark</source>
        <translation>جدير بالتحقق: ا&amp;ستبعاد العلامة</translation>
    </message>
    <message>
        <source>Mark the sentences most worth checking in the margin (Ctrl+Shift+W)</source>
        <translation>وضع علامة في الهامش على الجمل الأجدر بالتحقق (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>a sum of money</source>
        <translation>مبلغ مالي</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>تاريخ أو وقت</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>an outlet or claimant the library knows</source>
        <translation>وسيلة إعلام أو صاحب ادعاء تعرفه المكتبة</translation>
    </message>
    <message>
        <source>a comparison or change</source>
        <translation>مقارنة أو تغيّر</translation>
    </message>
    <message>
        <source>a superlative or record</source>
        <translation>صيغة تفضيل أو رقم قياسي</translation>
    </message>
    <message>
        <source>attributed to a source</source>
        <translation>منسوب إلى مصدر</translation>
    </message>
    <message>
        <source>hedged, which lowers the score</source>
        <translation>بصيغة احتمال، وهذا يخفض الدرجة</translation>
    </message>
    <message>
        <source>You accepted this mark.</source>
        <translation>لقد قبلت هذه العلامة.</translation>
    </message>
    <message>
        <source>Right-click to accept or dismiss it.</source>
        <translation>انقر بالزر الأيمن لقبولها أو استبعادها.</translation>
    </message>
    <message>
        <source>Worth checking</source>
        <translation>جدير بالتحقق</translation>
    </message>
    <message>
        <source>score %1 of 100</source>
        <translation>الدرجة %1 من 100</translation>
    </message>
    <message>
        <source>Because of: %1</source>
        <translation>بسبب: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
</TS>
