#!/usr/bin/python3
"""Synthesises a "year" of briefing-room transcripts for compare.sh from the corpus.

One Markdown file per day of YEAR, each a corpus transcript (the long ones — press briefings,
press calls, remarks — more often, so the total reaches --mb like a real year of press
briefings) with its front-matter date and source address set to that day and one closing sentence naming the
day, so no two files have the same text (the CLI reads a duplicate text once). Written to a
temporary folder at run time: no generated data is committed.
"""
import argparse
import datetime
import os
import pathlib
import re


def corpus_files(folders):
    files = []
    for folder in folders:
        for path in sorted(pathlib.Path(folder).glob("*.md")):
            text = path.read_text(encoding="utf-8")
            if text.startswith("---") and re.search(r"^date:", text, re.M):
                files.append(text)
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", help="folder to write (created)")
    parser.add_argument("--corpus", nargs="+", required=True, help="folders of front-matter Markdown transcripts")
    parser.add_argument("--year", type=int, default=2022)
    parser.add_argument("--mb", type=float, default=14.4, help="total size to aim for, in MB (10^6 bytes)")
    args = parser.parse_args()

    texts = corpus_files(args.corpus)
    if not texts:
        raise SystemExit("make_year.py: no front-matter Markdown transcripts in " + " ".join(args.corpus))
    texts.sort(key=len, reverse=True)
    pools = [  # press briefings, other long transcripts, short readouts and statements
        [t for t in texts if len(t) >= 40000] or texts[:1],
        [t for t in texts if 20000 <= len(t) < 40000] or texts[:1],
        [t for t in texts if len(t) < 20000] or texts,
    ]
    taken = [0, 0, 0]

    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    day = datetime.date(args.year, 1, 1)
    days = (datetime.date(args.year + 1, 1, 1) - day).days
    target = args.mb * 1e6
    written = 0
    for i in range(days):
        # A press briefing when well behind the even share of the target, a long transcript when
        # behind, else a short one: the total lands near --mb with every kind in the mix.
        behind = target * (i + 1) / days - written
        pool = 0 if behind > 20000 else 1 if behind > 0 else 2
        text = pools[pool][taken[pool] % len(pools[pool])]
        taken[pool] += 1
        iso = day.isoformat()
        text = re.sub(r"^date:.*$", f"date: '{iso}'", text, count=1, flags=re.M)
        # Its own address too: the matrix keys rows by source address, as for real daily briefings.
        text = re.sub(r"^(source_url:\s*\S+?)/?$", rf"\1/{iso}/", text, count=1, flags=re.M)
        text = text.rstrip() + f"\n\nThis is the record of day {i + 1} of the year {args.year}.\n"
        data = text.encode("utf-8")
        (out / f"{iso}-day-{i + 1:03d}.md").write_bytes(data)
        written += len(data)
        day += datetime.timedelta(days=1)
    print(f"{days} files, {written / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
