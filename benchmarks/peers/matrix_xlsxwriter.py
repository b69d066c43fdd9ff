#!/usr/bin/python3
"""Peer for `briefingkit matrix`: the same sheets from the same model JSON, written with
XlsxWriter (Debian's python3-xlsxwriter) in its constant_memory (streaming) mode: Matrix
(issues x actors, net stance of the latest week, with notes), Positions, Quotes, Commitments
and Sources as Excel tables (a note on each position's Speaker cell), History (one column per ISO week). Used by compare.sh."""
import collections
import datetime
import json
import sys

import xlsxwriter

NET = {"support": 2, "welcome": 2, "agree": 2, "urge": 1, "call": 1, "concern": -1, "oppose": -2, "condemn": -2, "reject": -2}


def load(path):
    with open(path, "rb") as f:
        data = json.load(f)
    return data if isinstance(data, list) else [data]


def week_of(date):
    y, w, _ = date.isocalendar()
    return f"{y}-W{w:02d}"


def net(stances):
    counts = collections.Counter(stances)
    return counts.most_common(1)[0][0] if counts else ""


def main():
    model, out = sys.argv[1], sys.argv[2]
    transcripts = [t for t in load(model) if t.get("date")]
    transcripts.sort(key=lambda t: (t["date"], t.get("source", "")))
    wb = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_urls": False})
    head = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78", "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True})
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
    link_fmt = wb.add_format({"font_color": "#0563C1", "underline": 1})
    key_fmt = wb.add_format({"font_color": "#808080", "font_size": 9})
    stance_fmt = wb.add_format({"bg_color": "#E7E6E6", "border": 1, "align": "center"})

    facts = collections.defaultdict(list)  # (week, issue, actor) -> stances
    weeks = []
    names = {}
    for t in transcripts:
        wk = week_of(datetime.date.fromisoformat(t["date"]))
        if not weeks or weeks[-1] != wk:
            weeks.append(wk)
        for i in t.get("issues", []):
            names.setdefault(i["id"], i["name"])
        for p in t.get("positions", []):
            facts[(wk, p["issue"], p["actor"])].append(p["stance"])
    latest = weeks[-1] if weeks else ""

    # Matrix: written first, as in BriefingKit's workbook.
    ws = wb.add_worksheet("Matrix")
    issues = sorted({i for (w, i, a) in facts if w == latest})
    actors = sorted({a for (w, i, a) in facts if w == latest})
    ws.write(0, 0, f"Issue matrix, {latest}", wb.add_format({"bold": True, "font_size": 14}))
    ws.write_row(1, 0, ["Issue"] + actors + ["Notes"], head)
    for r, issue in enumerate(issues, 2):
        ws.write(r, 0, names.get(issue, issue))
        for c, actor in enumerate(actors, 1):
            stances = facts.get((latest, issue, actor))
            if stances:
                ws.write(r, c, net(stances), stance_fmt)
                ws.write_comment(r, c, "; ".join(stances))
    ws.freeze_panes(2, 1)

    def table(name, headers, rows, kinds, notes=None):
        sheet = wb.add_worksheet(name)
        sheet.write_row(0, 0, headers, head)
        n = 0
        for n, row in enumerate(rows, 1):
            if notes:  # a note on one cell of the row, as BriefingKit notes whose words the evidence is
                column, text = notes(row)
                sheet.write_comment(n, column, text)
            for c, (value, kind) in enumerate(zip(row, kinds)):
                if value is None or value == "":
                    continue
                if kind == "date":
                    sheet.write_datetime(n, c, datetime.datetime.fromisoformat(value), date_fmt)
                elif kind == "link":
                    sheet.write_url(n, c, value, link_fmt, string=value[-40:])
                elif kind == "wrap":
                    sheet.write_string(n, c, value[:32767], wrap)
                elif kind == "key":
                    sheet.write_string(n, c, value, key_fmt)
                elif kind == "number":
                    sheet.write_number(n, c, value)
                else:
                    sheet.write_string(n, c, str(value)[:32767])
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(n, 1), len(headers) - 1)

    def speaker_of(t, sid):
        for s in t.get("speakers", []):
            if s["id"] == sid:
                return s
        return {}

    def rows_positions():
        for t in transcripts:
            wk = week_of(datetime.date.fromisoformat(t["date"]))
            for p in t.get("positions", []):
                who = speaker_of(t, p.get("speaker")).get("name") or p.get("speaker")
                yield [wk, t["date"], t.get("title"), p["actor"], names.get(p["issue"], p["issue"]), p["stance"], "", "",
                       who, p.get("evidence"), t.get("url"), p.get("line"), f"{t.get('source')}#{p.get('line')}"]

    def rows_quotes():
        # The transcript's quotes, then each position's evidence as its speaker's words, once each.
        for t in transcripts:
            wk = week_of(datetime.date.fromisoformat(t["date"]))
            seen = set()
            spoken = [{"speaker": p.get("speaker"), "text": p["evidence"], "line": p.get("line")} for p in t.get("positions", []) if p.get("evidence") and p.get("speaker")]
            for q in t.get("quotes", []) + spoken:
                if (q.get("speaker"), q["text"]) in seen:
                    continue
                seen.add((q.get("speaker"), q["text"]))
                s = speaker_of(t, q.get("speaker"))
                yield [wk, t["date"], s.get("name") or q.get("speaker"), s.get("affiliation"), q["text"], t.get("title"), t.get("url"), q.get("line"), "", f"{t.get('source')}#{q.get('line')}"]

    def rows_commitments():
        for t in transcripts:
            wk = week_of(datetime.date.fromisoformat(t["date"]))
            for c in t.get("commitments", []):
                yield [wk, t["date"], ", ".join(c.get("actors", [])), c["text"], c.get("issue"), t.get("title"), t.get("url"), c.get("line"), "", f"{t.get('source')}#{c.get('line')}"]

    def rows_sources():
        for t in transcripts:
            wk = week_of(datetime.date.fromisoformat(t["date"]))
            yield [wk, t["date"], t.get("title"), t.get("kind"), t.get("format"), ", ".join(i["name"] for i in t.get("issues", [])),
                   len(t.get("positions", [])), t.get("url"), t.get("source"), t.get("url") or t.get("source")]

    table("Positions", ["Week", "Date", "Event", "Actor", "Issue", "Stance", "Analyst override", "Notes", "Speaker", "Evidence", "Source", "Line", "Key"],
          rows_positions(), ["text", "date", "text", "text", "text", "text", "text", "text", "text", "wrap", "link", "number", "key"],
          notes=lambda row: (8, f"Turn holder: the sentence (line {row[11]}) is in {row[8] or 'the document'}'s turn, so the words are theirs."))
    table("Quotes", ["Week", "Date", "Speaker", "Affiliation", "Quote", "Event", "Source", "Line", "Notes", "Key"],
          rows_quotes(), ["text", "date", "text", "text", "wrap", "text", "link", "number", "text", "key"])
    table("Commitments", ["Week", "Date", "Actors", "Commitment", "Issue", "Event", "Source", "Line", "Notes", "Key"],
          rows_commitments(), ["text", "date", "text", "wrap", "text", "text", "link", "number", "text", "key"])
    table("Sources", ["Week", "Date", "Title", "Kind", "Format", "Issues", "Positions", "Link", "Source", "Key"],
          rows_sources(), ["text", "date", "wrap", "text", "text", "wrap", "number", "link", "text", "key"])

    hist = wb.add_worksheet("History")
    hist.write_row(0, 0, ["Issue", "Actor"] + weeks, head)
    pairs = sorted({(i, a) for (w, i, a) in facts})
    column = {w: c for c, w in enumerate(weeks, 2)}
    for r, (issue, actor) in enumerate(pairs, 1):
        hist.write(r, 0, names.get(issue, issue))
        hist.write(r, 1, actor)
        for w in weeks:
            stances = facts.get((w, issue, actor))
            if stances:
                hist.write(r, column[w], net(stances), stance_fmt)
    hist.freeze_panes(1, 2)
    wb.close()


if __name__ == "__main__":
    main()
