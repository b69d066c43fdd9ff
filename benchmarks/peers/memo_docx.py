#!/usr/bin/python3
"""Peer for `briefingkit memo`: the same memo content from the same model JSON, written with
python-docx (Debian's python3-docx): a MEMORANDUM block, the bottom line, participants, one
section per issue with each actor's positions and evidence, key quotes, a stance table,
commitments and sources. Used by compare.sh to time a user's obvious alternative."""
import collections
import json
import sys

from docx import Document
from docx.shared import Pt


def load(path):
    with open(path, "rb") as f:
        data = json.load(f)
    return data if isinstance(data, list) else [data]


def main():
    model, out = sys.argv[1], sys.argv[2]
    transcripts = load(model)
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    doc.add_heading("MEMORANDUM", level=0)
    dates = sorted(t["date"] for t in transcripts if t.get("date"))
    titles = [t.get("title") or t.get("source") or "" for t in transcripts]
    for label, value in (("TO", "Principal"), ("FROM", "Policy analysis"),
                         ("DATE", dates[-1] if dates else ""), ("SUBJECT", "; ".join(titles))):
        p = doc.add_paragraph()
        p.add_run(label + ":\t").bold = True
        p.add_run(value)

    doc.add_heading("Bottom line", level=1)
    for t in transcripts:
        for line in t.get("summary", []):
            doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Participants", level=1)
    for t in transcripts:
        for s in t.get("speakers", []):
            parts = [s.get("name") or s.get("label") or s.get("id")]
            parts += [s[k] for k in ("role", "affiliation") if s.get(k)]
            doc.add_paragraph(", ".join(parts), style="List Bullet")

    by_issue = collections.OrderedDict()
    names = {}
    for t in transcripts:
        for i in t.get("issues", []):
            names.setdefault(i["id"], i["name"])
        for p in t.get("positions", []):
            by_issue.setdefault(p["issue"], []).append(p)
    for issue, positions in by_issue.items():
        doc.add_heading(names.get(issue, issue), level=1)
        for p in positions:
            para = doc.add_paragraph(style="List Bullet")
            para.add_run(f"{p['actor']}: {p['stance']}").bold = True
            if p.get("evidence"):
                para.add_run(f" — “{p['evidence']}”").italic = True

    doc.add_heading("Key quotes", level=1)
    for t in transcripts:
        for q in t.get("quotes", [])[:20]:
            doc.add_paragraph(f"“{q['text']}” — {q.get('speaker', '')}", style="Quote")

    doc.add_heading("Where they agree and differ", level=1)
    actors = sorted({p["actor"] for ps in by_issue.values() for p in ps})
    table = doc.add_table(rows=1, cols=len(actors) + 1)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Issue"
    for c, actor in enumerate(actors, 1):
        table.rows[0].cells[c].text = actor
    for issue, positions in by_issue.items():
        cells = table.add_row().cells
        cells[0].text = names.get(issue, issue)
        for p in positions:
            cells[actors.index(p["actor"]) + 1].text = p["stance"]

    doc.add_heading("Commitments", level=1)
    for t in transcripts:
        for c in t.get("commitments", []):
            doc.add_paragraph(f"{', '.join(c.get('actors', []))}: {c['text']}", style="List Number")

    doc.add_heading("Sources", level=1)
    for t in transcripts:
        doc.add_paragraph(f"{t.get('title', '')} ({t.get('date', '')}) {t.get('url', '')}", style="List Number")

    doc.core_properties.title = titles[0] if titles else ""
    doc.save(out)


if __name__ == "__main__":
    main()
