#!/usr/bin/env bash
# Side by side, whole process, on one machine: BriefingKit's CLI against what a user would pick
# instead (Debian's system Python with python3-docx and python3-xlsxwriter), on the same model JSON.
# Runs alternate (BriefingKit, peer, BriefingKit, ...) so both see the same machine load; the table
# gives medians of wall time and of peak RSS (/usr/bin/time -v) and the ratios.
#
#   benchmarks/compare.sh [--runs N] [--years N] [--bk PATH] [--no-aot] [--keep]
#
# --bk PATH   time this briefingkit executable (default: a Native AOT publish when it can be made,
#             else the Release build's apphost); --no-aot skips the AOT publish.
# --years N   also time the matrix of N years (default 4), to see memory grow per year.
# The synthetic year (365 Markdown files, ~14.4 MB) is made from the corpus in a temporary folder
# at run time by peers/make_year.py; nothing generated is kept unless --keep is given.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=5 years=4 bk="" aot=1 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --years) years="$2"; shift 2 ;;
    --bk) bk="$2"; shift 2 ;;
    --no-aot) aot=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

py=/usr/bin/python3
corpus="${BRIEFINGKIT_CORPUS:-$root/../shared/corpus}"
[ -d "$corpus" ] || corpus=/work/shared/corpus
[ -x /usr/bin/time ] || { echo "compare.sh: needs GNU time (apt-get install time)" >&2; exit 1; }
if ! $py -c 'import docx, xlsxwriter' 2>/dev/null; then
  echo "compare.sh: needs Debian's python3-docx and python3-xlsxwriter (apt-get install python3-docx python3-xlsxwriter)" >&2
  exit 1
fi

work="$(mktemp -d)"
[ "$keep" = 1 ] || trap 'rm -rf "$work"' EXIT

# The executable to time.
how=""
if [ -z "$bk" ]; then
  if [ "$aot" = 1 ] && command -v clang >/dev/null 2>&1 \
     && dotnet publish "$root/src/BriefingKit.Cli" -c Release -r linux-x64 -p:NativeAot=true -o "$work/aot" >"$work/aot.log" 2>&1; then
    bk="$work/aot/briefingkit"; how="Native AOT publish"
  else
    [ "$aot" = 1 ] && echo "compare.sh: no Native AOT publish (needs clang and zlib1g-dev; see $work/aot.log with --keep); timing the Release build" >&2
    dotnet build "$root/src/BriefingKit.Cli" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
    bk="$root/src/BriefingKit.Cli/bin/Release/net10.0/briefingkit"; how="Release build (JIT)"
  fi
else
  how="given: $bk"
fi

# Inputs: a synthetic year, its model JSON, N years of model JSON, a 60 KB briefing's model JSON.
$py "$here/peers/make_year.py" "$work/year" --corpus "$corpus"/week-2021-15 "$corpus"/week-2023-11 "$corpus"/trump-2025 "$corpus"/quotes >/dev/null
year_mb=$($py -c 'import os,sys; d=sys.argv[1]; print(f"{sum(os.path.getsize(os.path.join(d,f)) for f in os.listdir(d))/1e6:.1f}")' "$work/year")
"$bk" parse "$work/year" -o "$work/year.json" 2>/dev/null
$py "$here/peers/more_years.py" "$work/year.json" "$years" "$work/years.json"
briefing=$(ls -S "$corpus"/week-2021-15/*.md | head -1)
"$bk" parse "$briefing" -o "$work/briefing.json" 2>/dev/null
briefing_kb=$(( $(stat -c %s "$briefing") / 1000 ))

# time_run NAME CMD...: one run, appends "seconds kilobytes" to $work/NAME.
time_run() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { echo "compare.sh: failed: $*" >&2; cat "$work/err" >&2; exit 1; }
  cat "$work/t" >>"$work/$name"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
secs() { awk '{print $1}' "$work/$1" | median; }
mb() { awk '{print $2/1024}' "$work/$1" | median; }

for i in $(seq "$runs"); do
  time_run parse_bk "$bk" parse "$work/year" -o "$work/out.json"
  time_run parse_py $py "$here/peers/parse_baseline.py" "$work/year"
  time_run memo_bk "$bk" memo "$work/briefing.json" -o "$work/memo.docx"
  time_run memo_py $py "$here/peers/memo_docx.py" "$work/briefing.json" "$work/memo-peer.docx"
  time_run matrix_bk "$bk" matrix "$work/year.json" -o "$work/year.xlsx"
  time_run matrix_py $py "$here/peers/matrix_xlsxwriter.py" "$work/year.json" "$work/year-peer.xlsx"
  time_run years_bk "$bk" matrix "$work/years.json" -o "$work/years.xlsx"
  time_run years_py $py "$here/peers/matrix_xlsxwriter.py" "$work/years.json" "$work/years-peer.xlsx"
done

row() { # job bk-name peer-name
  local bs bm ps pm
  bs=$(secs "$2"); bm=$(mb "$2"); ps=$(secs "$3"); pm=$(mb "$3")
  printf '| %s | %.2f s, %.0f MB | %.2f s, %.0f MB | %.2f× time, %.2f× memory |\n' "$1" "$bs" "$bm" "$ps" "$pm" \
    "$(awk -v a="$bs" -v b="$ps" 'BEGIN{print (b>0?a/b:0)}')" "$(awk -v a="$bm" -v b="$pm" 'BEGIN{print (b>0?a/b:0)}')"
}
echo "BriefingKit: $how; peers: $($py --version 2>&1), python-docx $($py -c 'import docx; print(getattr(docx, "__version__", "?"))'), XlsxWriter $($py -c 'import xlsxwriter; print(xlsxwriter.__version__)')"
echo "$(nproc) cores; medians of $runs alternating runs; wall time and peak RSS of the whole process."
echo
echo "| job | BriefingKit | peer | BriefingKit / peer |"
echo "|---|---|---|---|"
ps=$(secs parse_bk)
printf '| parse + analyse a year (365 files, %s MB) | %.2f s, %.1f MB/s, %.0f MB | read + decode + split sentences (no analysis): %.2f s, %.0f MB | — |\n' \
  "$year_mb" "$ps" "$(awk -v m="$year_mb" -v s="$ps" 'BEGIN{print m/s}')" "$(mb parse_bk)" "$(secs parse_py)" "$(mb parse_py)"
row "memo from a ${briefing_kb} KB briefing's model (python-docx)" memo_bk memo_py
row "matrix of the year (XlsxWriter)" matrix_bk matrix_py
row "matrix of $years years (XlsxWriter)" years_bk years_py
echo
awk -v a="$(mb years_bk)" -v b="$(mb matrix_bk)" -v n="$years" 'BEGIN{printf "BriefingKit matrix memory per extra year: %+.0f MB\n", (a-b)/(n-1)}'
[ "$keep" = 1 ] && echo "inputs and outputs kept in $work"
exit 0
