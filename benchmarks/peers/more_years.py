#!/usr/bin/python3
"""Makes N years of model JSON from one year's (what `briefingkit parse` printed for the synthetic
year): each copy moves every date on by whole years and marks its first turn, so no transcript is
a duplicate of another. Lets compare.sh time the matrix of several years without parsing them."""
import datetime
import json
import sys


def main():
    source, years, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, "rb") as f:
        year = json.load(f)
    result = []
    for k in range(years):
        for t in year:
            copy = dict(t)
            if copy.get("date"):
                d = datetime.date.fromisoformat(copy["date"])
                try:
                    d = d.replace(year=d.year + k)
                except ValueError:  # 29 February
                    d = d.replace(year=d.year + k, day=28)
                copy["date"] = d.isoformat()
            if k and copy.get("turns"):
                turns = [dict(x) for x in copy["turns"]]
                turns[0]["text"] = f"(Year {k + 1}.) " + turns[0]["text"]
                copy["turns"] = turns
            if k and copy.get("url"):
                copy["url"] = copy["url"].rstrip("/") + f"/y{k + 1}/"
            if copy.get("source"):
                copy["source"] = f"y{k + 1}/" + copy["source"]
            result.append(copy)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
