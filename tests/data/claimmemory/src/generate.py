#!/usr/bin/env python3
"""Writes claims.json and sentences.json from the hand-written lists beside it (see README.md)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from claims_fr import FR
from claims_ar import AR
from claims_en import EN, UNRELATED

claims, sentences = [], []

def lower_first(text):
    return text[0].lower() + text[1:] if text and not text[:2].isupper() else text

def add_sentence(lang, label, claim, text):
    sentences.append({"id": "s%04d" % (len(sentences) + 1), "language": lang,
                      "label": label, "claim": claim, "text": text})

n = 0
for lang, rows in (("fr", FR), ("ar", AR), ("en", EN)):
    for kind, verdict, claimant, claim, repeat, reworded, trap, similar in rows:
        n += 1
        cid = "c%03d" % n
        claims.append({"id": cid, "language": lang, "kind": kind, "verdict": verdict,
                       "claimant": claimant, "text": claim})
        add_sentence(lang, "repeat", cid, repeat.replace("{l}", lower_first(claim)).replace("{}", claim))
        add_sentence(lang, "reworded", cid, reworded)
        source, old, new = (claim, trap[0], trap[1]) if len(trap) == 2 else (reworded, trap[1], trap[2])
        if old not in source:
            sys.exit("%s: trap %r not in %r" % (cid, old, source))
        add_sentence(lang, "trap", cid, source.replace(old, new, 1))
        add_sentence(lang, "unrelated-but-similar", cid, similar)
for lang, text in UNRELATED:
    add_sentence(lang, "unrelated", None, text)

out = os.path.dirname(here)
for name, data in (("claims.json", claims), ("sentences.json", sentences)):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(claims), "claims,", len(sentences), "sentences")
