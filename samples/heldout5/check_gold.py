#!/usr/bin/env python3
"""Checks gold.jsonl against the documents: files exist, event texts and people are verbatim
in the document, council/partner/distractor names are `name`s in authorities.csv valid at the
document date, date and period formats are well formed."""
import csv, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
AUTH = "/work/shared/reference/authorities.csv"
auth = list(csv.DictReader(open(AUTH)))

def valid(name, date):
    for r in auth:
        if r["name"] != name:
            continue
        if not date:
            return True
        if r["start_date"] and date < r["start_date"]:
            continue
        if r["end_date"] and date > r["end_date"]:
            continue
        return True
    return False

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PERIOD = re.compile(r"^P\d+[YMWD]$|^open-ended$")
KEYS = ["file", "url", "published", "kind", "events", "distractors", "not_appointees"]
EKEYS = ["council", "instrument", "service", "issued", "partners", "people", "deadlines",
         "cadences", "durations", "ofsted_rating", "ofsted_date"]
INSTR = {"direction", "revised_direction", "improvement_notice", "revocation", "commissioner_appointment"}
ALIASES = {"Kingston upon Hull": ["Hull"]}  # short forms used in the text
errs = []
def err(f, m): errs.append(f"{f}: {m}")

rows = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"))]
files = {f for f in os.listdir(HERE) if re.match(r"^[nipx]\d\d_", f)}
seen = set()
for r in rows:
    f = r["file"]; seen.add(f)
    if list(r) != KEYS: err(f, f"keys {list(r)}")
    p = os.path.join(HERE, f)
    if not os.path.exists(p): err(f, "missing file"); continue
    text = open(p, encoding="utf-8").read()
    flat = re.sub(r"\s+", " ", text)
    d = r["published"]
    if d is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", d): err(f, f"published {d}")
    for e in r["events"]:
        if list(e) != EKEYS: err(f, f"event keys {list(e)}")
        if e["instrument"] not in INSTR: err(f, f"instrument {e['instrument']}")
        if e["service"] not in ("children's social care", "SEND"): err(f, f"service {e['service']}")
        at = d or (e["issued"] if e["issued"] and len(e["issued"]) == 10 else None)
        if not valid(e["council"], at): err(f, f"council {e['council']} not valid at {at}")
        if e["issued"] is not None and not DATE.match(e["issued"]): err(f, f"issued {e['issued']}")
        for pa in e["partners"]:
            if not valid(pa["authority"], at): err(f, f"partner {pa['authority']}")
            if pa["authority"] == e["council"]: err(f, "partner == council")
        for pe in e["people"]:
            if pe["name"] not in flat: err(f, f"person not in text: {pe['name']}")
        for k, per in (("deadlines", None), ("cadences", "every"), ("durations", "length")):
            for x in e[k]:
                if x["text"] not in flat: err(f, f"{k} text not verbatim: {x['text']!r}")
                if per and not PERIOD.match(x[per]): err(f, f"{k} period {x[per]}")
                if k == "deadlines" and x["due"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", x["due"]):
                    err(f, f"due {x['due']}")
                if k == "deadlines" and d is None and r["kind"] == "news" and x["due"] is not None:
                    err(f, "undated news article with a due date")
        if e["ofsted_rating"] not in (None, "inadequate", "requires improvement"): err(f, f"rating {e['ofsted_rating']}")
        if e["ofsted_date"] is not None and not re.match(r"^\d{4}-\d{2}$", e["ofsted_date"]): err(f, f"ofsted_date {e['ofsted_date']}")
    for dn in r["distractors"]:
        if not valid(dn, d): err(f, f"distractor {dn} not valid")
        if not any(a in flat for a in [dn] + ALIASES.get(dn, [])): err(f, f"distractor not in text: {dn}")
        if any(dn == e["council"] for e in r["events"]): err(f, f"distractor is a subject: {dn}")
    for n in r["not_appointees"]:
        if n not in flat: err(f, f"not_appointee not in text: {n}")
for f in sorted(files - seen): err(f, "document without gold row")
print(f"{len(rows)} rows, {sum(len(r['events']) for r in rows)} events")
print("\n".join(errs) if errs else "OK: no problems")
sys.exit(1 if errs else 0)
