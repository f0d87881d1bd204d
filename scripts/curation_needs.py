#!/usr/bin/env python3
"""List the review-file clusters that need a curated reference (issue 7).

A cluster needs curation when none of its members has an answer not flagged `wrong`,
or when every such usable answer is flagged `shallow`.
Usage: curation_needs.py [topic ...]   (review file path via REVIEW env var)
"""
import collections, json, os, sys

path = os.environ.get("REVIEW", "question-bank/src/main/resources/corpus/review/seeds-review.json")
entries = json.load(open(path, encoding="utf-8"))["entries"]
clusters = collections.OrderedDict()
for e in entries:
    clusters.setdefault(e["cluster"], []).append(e)

def flags(e):
    return {f["flag"] for f in e["flags"]}

topics = set(sys.argv[1:])
wrong, shallow = [], []
for name, members in clusters.items():
    usable = [e for e in members if e["has_answer"] and "wrong" not in flags(e)]
    if not usable:
        wrong.append(name)
    elif all("shallow" in flags(e) for e in usable):
        shallow.append(name)
print(f"# all topics: {len(wrong)} without a usable answer, {len(shallow)} only shallow", file=sys.stderr)
for kind, names in (("wrong", wrong), ("shallow", shallow)):
    for name in names:
        members = clusters[name]
        if topics and members[0]["topic"] not in topics:
            continue
        ids = " ".join(e["id"] for e in members)
        fl = sorted({f for e in members for f in flags(e)})
        print(f"{kind}\t{members[0]['topic']}\t{name}\t{members[0]['question']}\t{ids}\t{','.join(fl)}")
