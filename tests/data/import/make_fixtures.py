#!/usr/bin/env python3
"""Writes the importer test fixtures of this folder (all articles are fictional).

Run from anywhere: python3 make_fixtures.py. The output is deterministic, so running
it again leaves git clean unless this script changed.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = "\u00a0" * 4  # ticker separator: a run of four no-break spaces


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


FR_BOILERPLATE = ("Merci d'avoir signalé!\n"
                  "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.\n")
FR_FOOTER = "Cliquez ici pour lire l'article depuis sa source."
AR_BOILERPLATE = ("شكرا على الإبلاغ!\n"
                  "سيتم حظر هذه الصورة تلقائيا بعد أن يتم الإبلاغ عنها من طرف عدة أشخاص.\n")
AR_FOOTER = "اضغط هنا لقراءة الخبر من مصدره."

FR_TICKER = SEP.join([
    "Tamazirt : la foire aux dattes attire un public record",
    "Météo : retour de la pluie sur le littoral dès jeudi",
    "Football : le club des Oasis se qualifie pour la finale régionale",
    "Éducation : trois nouvelles écoles rurales ouvriront en septembre",
    "Culture : le festival des contes nomades fête sa dixième édition",
    "Économie : le prix du blé dur recule pour le deuxième mois consécutif",
]) + SEP

FR_BODY = """La coopérative agricole de Tamazirt a inauguré samedi un pressoir moderne, fruit de trois années d'efforts de ses quarante-deux adhérents.
Selon son président, la nouvelle installation permettra de traiter deux fois plus d'olives qu'auparavant, tout en réduisant la consommation d'eau.
Un pressoir attendu depuis dix ans
Jusqu'ici, les familles devaient transporter leur récolte jusqu'à la ville voisine, à près de soixante kilomètres, ce qui renchérissait le coût de production.
« Nous allons enfin pouvoir garder la valeur ajoutée dans la vallée », a confié une productrice, visiblement émue par l'événement.
Les producteurs, premiers bénéficiaires
Le premier pressage est prévu pour la fin du mois, en présence des autorités locales et des représentants de la chambre d'agriculture."""

FR_TITLE = "La coopérative de Tamazirt inaugure son nouveau pressoir à huile d'olive"


def fr_page(title, source, date, body, ticker=True, boilerplate=True, footer=True):
    parts = []
    if ticker:
        parts.append(FR_TICKER + "\n\n\n\n\n")
    if boilerplate:
        parts.append(FR_BOILERPLATE + "\n\n\n")
    parts.append(f"{title}\nPublié dans {source} le {date}\n\n{body}\n")
    if footer:
        parts.append("\n\n" + FR_FOOTER)
    return "".join(parts)


# 1. The full French layout, LF, no final newline (like the real dumps).
write("fr_ticker.txt", fr_page(FR_TITLE, "Le Courrier de Tamazirt", "05 - 03 - 2025", FR_BODY))

# 2. No ticker, no boilerplate.
write("fr_no_ticker.txt", fr_page(
    "Les bibliothèques itinérantes reprennent la route dans le Haut-Atlas",
    "Radio Atlas Info", "18 - 09 - 2024",
    "Après une pause de deux ans, quatre camions-bibliothèques sillonnent de nouveau les villages de montagne.\n"
    "Chaque véhicule transporte près de trois mille ouvrages, dont un tiers destinés aux enfants.\n"
    "Un programme financé par les communes\n"
    "Les élus espèrent étendre le dispositif à dix autres villages d'ici à la fin de l'année prochaine.",
    ticker=False, boilerplate=False))

# 3. Encodings and line endings: one page, with characters that differ between encodings
#    (é, ’ U+2019 = 0x92 in windows-1252, € U+20AC = 0x80, œ U+0153 = 0x9C).
ENC_PAGE = fr_page(
    "L’été des oléiculteurs : l’huile à 9 € le litre",
    "Le Courrier de Tamazirt", "02 - 08 - 2024",
    "Le prix de l’huile d’olive a atteint 9 € le litre sur les marchés de la vallée, un record.\n"
    "Les producteurs y voient la récompense d’un travail de longue haleine et d’un sœur-à-frère entre coopératives.\n"
    "Des acheteurs venus de loin\n"
    "Les négociants de la côte se sont déplacés en nombre pour sécuriser leurs stocks avant l’hiver.",
    ticker=False)
write("fr_utf8_bom.txt", b"\xef\xbb\xbf" + ENC_PAGE.encode("utf-8"))
write("fr_utf16le_bom.txt", b"\xff\xfe" + ENC_PAGE.encode("utf-16-le"))
write("fr_utf16be_bom.txt", b"\xfe\xff" + ENC_PAGE.encode("utf-16-be"))
cp = ENC_PAGE.encode("cp1252")
assert b"\xe9" in cp and b"\x92" in cp and b"\x80" in cp
write("fr_windows1252.txt", cp)
write("fr_crlf.txt", ENC_PAGE.replace("\n", "\r\n"))
mixed_lines = ENC_PAGE.split("\n")
endings = ["\n", "\r", "\r\n"]  # never a CR right before an LF ending: that would be a CRLF
mixed = "".join(line + endings[i % 3] for i, line in enumerate(mixed_lines[:-1])) + mixed_lines[-1]
write("fr_mixed_eol.txt", mixed)

# A UTF-8 file with a single stray windows-1252 byte (0xE9) in the middle.
utf8 = ENC_PAGE.encode("utf-8")
cut = utf8.index("négociants".encode("utf-8"))
write("fr_utf8_one_bad_byte.txt", utf8[:cut] + b"n\xe9go" + utf8[cut + len("négo".encode("utf-8")):])

# 4. Source names with spaces, impossible date.
write("fr_source_spaces.txt", fr_page(
    "Le marché couvert rouvre ses portes après six mois de travaux",
    "Le Petit Journal du Soir", "03 - 11 - 2024",
    "Les commerçants ont retrouvé leurs étals rénovés dès l'aube, sous les applaudissements des habitués.\n"
    "La municipalité promet un parking supplémentaire avant l'été.", ticker=False, boilerplate=False))
write("fr_invalid_date.txt", fr_page(
    "Un concours de poésie pour les lycéens de la région",
    "Le Quotidien des Oasis", "31 - 02 - 2025",
    "Les inscriptions sont ouvertes jusqu'au mois prochain pour tous les élèves de seconde et de première.\n"
    "Le jury sera présidé par une romancière originaire de la région.", ticker=False))

# 5. Arabic page: ticker, boilerplate, provenance, body with a subheading, footer.
AR_TICKER = SEP.join([
    "افتتاح معرض الكتاب الجهوي بمشاركة خمسين دار نشر",
    "الأرصاد تتوقع أمطارا رعدية على المرتفعات",
    "فريق الواحة يتأهل إلى نصف النهائي",
    "إطلاق برنامج لدعم التعاونيات النسائية",
    "ارتفاع عدد السياح الوافدين على المنطقة",
]) + SEP
AR_TITLE = "تدشين محطة جديدة لتحلية المياه في مدينة الواحة"
AR_BODY = """دشنت السلطات المحلية يوم السبت محطة جديدة لتحلية مياه البحر بطاقة إنتاجية تبلغ عشرين ألف متر مكعب يوميا.
وأكد رئيس المجلس البلدي أن المشروع سيضمن تزويد الأحياء الجديدة بالماء الصالح للشرب طيلة السنة.
مشروع طال انتظاره
وكانت الساكنة قد عانت خلال الصيف الماضي من انقطاعات متكررة في التزويد بالماء؟
ويرتقب أن تدخل المحطة حيز الخدمة الفعلية مطلع الشهر المقبل."""
AR_PAGE = (AR_TICKER + "\n\n\n" + AR_BOILERPLATE + "\n\n" + AR_TITLE + "\n"
           + "نشر في جريدة الواحة يوم 14 - 01 - 2025\n\n" + AR_BODY + "\n\n" + AR_FOOTER)
write("ar_page.txt", AR_PAGE)

# 6. Three pages concatenated, three outlets (two French, one Arabic).
PAGE2 = fr_page(
    "Une nouvelle ligne de bus relie les villages de la vallée",
    "Radio Atlas Info", "20 - 02 - 2025",
    "La ligne 12 desservira huit villages à raison de quatre passages par jour.\n"
    "Les tarifs restent inchangés pour les scolaires.")
write("multi_page.txt", fr_page(FR_TITLE, "Le Courrier de Tamazirt", "05 - 03 - 2025", FR_BODY)
      + "\n" + PAGE2 + "\n\n" + AR_PAGE + "\n")

# Pages without ticker or footer, one after the other.
write("multi_page_no_footer.txt",
      "Le barrage de la vallée atteint son niveau le plus haut depuis dix ans\n"
      "Publié dans Le Courrier de Tamazirt le 10 - 04 - 2024\n\n"
      "Les pluies abondantes de mars ont rempli la retenue à quatre-vingt-dix pour cent.\n"
      "Les agriculteurs se réjouissent de cette bonne nouvelle.\n\n"
      "Ouverture d'un centre de santé à Tizi\n"
      "Publié dans Radio Atlas Info le 11 - 04 - 2024\n\n"
      "Le centre accueillera ses premiers patients dès lundi.\n")

# 7. Plain text: no provenance anywhere.
write("plain_text.txt",
      "Notes de terrain sur les marchés hebdomadaires\n\n"
      "Le marché du mardi réunit une centaine de marchands venus de toute la province.\n"
      "On y trouve surtout des légumes, des épices et du bétail.\n"
      "Observations du matin\n"
      "Dès six heures, les premiers camions déchargent leurs cargaisons sur la place.\n")

# 8. Nothing but site chrome.
write("no_article.txt", FR_TICKER + "\n\n" + FR_BOILERPLATE + "\n\n\n" + FR_FOOTER + "\n")

# 9. Bad input.
rng = random.Random(20250212)
png = (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + b"\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
       + bytes(rng.randrange(256) for _ in range(300)))
write("binary.png", png)
write("nul_bytes.txt", ("Un titre ordinaire\nPremière ligne du texte.\n").encode("utf-8") + b"\x00\x00\x01suite\n")
write("empty.txt", b"")
write("whitespace.txt", " \n\t\n   \r\n\u00a0\u00a0\n\n".encode("utf-8"))

# 10. JSON Lines.
records = [
    {"title": "Le festival des contes nomades fête ses dix ans", "source": "Radio Atlas Info",
     "published": "2025-01-10", "url": "https://example.org/contes",
     "text": "Le festival a réuni plus de deux mille spectateurs.\nUne édition anniversaire\nLes organisateurs préparent déjà la prochaine édition."},
    {"title": "Récolte record de dattes dans les oasis", "source": "Le Courrier de Tamazirt",
     "published": "2025-01-11T22:30:00-05:00",
     "text": "Les producteurs annoncent une hausse de vingt pour cent.\n\nLes prix devraient baisser au printemps."},
    {"url": "https://example.org/index", "tags": ["index"]},
    {"title": "تدشين مكتبة جديدة في حي النخيل", "source": "جريدة الواحة", "published": "not a date",
     "text": "افتتحت المكتبة أبوابها أمام القراء يوم الاثنين."},
]
write("articles.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records[:2]) + "\n\n"
      + "\n".join(json.dumps(r, ensure_ascii=False) for r in records[2:]) + "\n")
write("broken.jsonl", json.dumps(records[0], ensure_ascii=False) + "\n\n"
      + '{"title": "Un titre qui ne se termine pas\n'
      + json.dumps(records[1], ensure_ascii=False) + "\n")

# 11. HTML.
write("article.html", """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="utf-8">
<title>Le pressoir de Tamazirt - Le Courrier de Tamazirt</title>
<meta property="og:site_name" content="Le Courrier de Tamazirt">
<meta property="article:published_time" content="2025-03-05T09:15:00+01:00">
<link rel="canonical" href="https://example.org/pressoir">
<style>p { color: red; } .x:before { content: "STYLE-LEAK"; }</style>
<script>alert(1); document.write("<p>SCRIPT-LEAK</p>");</script>
</head>
<body>
<nav><ul><li>Accueil</li><li>Régions</li></ul></nav>
<article>
<h1>La coop&eacute;rative inaugure son pressoir</h1>
<img src="http://example.invalid/tracker.png" alt="IMG-ALT-LEAK">
<p>Le pressoir a co&#251;t&#233; cher, mais la vall&#x00E9;e est fi&egrave;re.</p>
<iframe src="http://example.invalid/embed"><p>IFRAME-LEAK</p></iframe>
<h2>Un projet attendu</h2>
<p>On &eacute;crit &amp;lt; en HTML pour afficher &lt; &mdash; c&rsquo;est ainsi.</p>
<noscript><p>NOSCRIPT-LEAK</p></noscript>
<ul><li>Quarante-deux adh&eacute;rents</li><li>Deux fois plus d&#39;olives</li></ul>
<blockquote>Nous garderons la valeur ajout&eacute;e dans la vall&eacute;e.</blockquote>
<svg width="10" height="10"><text>SVG-LEAK</text></svg>
<template><p>TEMPLATE-LEAK</p></template>
<!-- <p>COMMENT-LEAK</p> -->
<p>Premi&egrave;re ligne<br>Deuxi&egrave;me ligne</p>
</article>
</body>
</html>
""")
write("article_ar.html", """<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>بوابة الأخبار</title>
<meta property="og:site_name" content="بوابة الأخبار"></head>
<body>
<h1>""" + AR_TITLE + """</h1>
<p>نشر في جريدة الواحة يوم 14 - 01 - 2025</p>
<p>دشنت السلطات المحلية يوم السبت محطة جديدة لتحلية مياه البحر.</p>
<h3>مشروع طال انتظاره</h3>
<p>ويرتقب أن تدخل المحطة حيز الخدمة الفعلية مطلع الشهر المقبل.</p>
<p>""" + AR_FOOTER + """</p>
</body></html>
""")

# 12. Profiles: a custom site as data only, and broken profile files.
EN_PROFILE = {
    "name": "en-published-in",
    "language": "en",
    "direction": "ltr",
    "provenance": "^Published in (?<source>.+?) on (?<day>\\d{1,2})/(?<month>\\d{1,2})/(?<year>\\d{4})$",
    "boilerplate": ["Thanks for reporting!"],
    "footers": ["Read the original article."],
    "tickerSeparator": " | ",
    "heading": {"maxLength": 60, "finalPunctuation": [".", "!", "?", ":"]},
}
write("profiles/good/en-published-in.json", json.dumps(EN_PROFILE, indent=4) + "\n")
write("profiles/bad/en-published-in.json", json.dumps(EN_PROFILE, indent=4) + "\n")
write("profiles/bad/broken-json.json", '{"name": "broken", "provenance": \n')
write("profiles/bad/bad-regex.json", json.dumps({"name": "bad-regex", "provenance": "^Publié dans (?<source>.+"}) + "\n")
write("profiles/bad/missing-group.json",
      json.dumps({"name": "missing-group", "provenance": "^Vu dans (?<source>.+) le (?<day>\\d+)$"}) + "\n")
write("profiles/bad/no-name.json", json.dumps({"language": "fr"}) + "\n")
write("profiles/bad/bad-direction.json", json.dumps({"name": "bad-direction", "direction": "sideways"}) + "\n")
write("en_custom_profile.txt",
      "Town council approves new park | River cleanup this weekend | \n\n"
      "Thanks for reporting!\n\n"
      "Library extends its opening hours\n"
      "Published in The Valley Gazette on 07/06/2024\n\n"
      "The municipal library will open until nine in the evening from Monday.\n"
      "What changes for readers\n"
      "Borrowing rules stay the same.\n\n"
      "Read the original article.\n")
