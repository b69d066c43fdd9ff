#!/bin/sh
# Renders the Matrix sheet of tests/corpus/week-2021-15 to docs/matrix-week-2021-15.png
# (the picture in the README): briefingkit matrix → LibreOffice → PDF → first page as PNG.
# Needs the .NET SDK; the fonts (Carlito, Liberation, DejaVu), LibreOffice and poppler-utils are
# installed by docs/render-fonts.sh when missing (as root), or it says how to install them.
set -eu
cd "$(dirname "$0")/.."
. docs/render-fonts.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render_setup "$work"
dotnet build src/BriefingKit.Cli -c Release -v q -nologo >/dev/null
dotnet run --project src/BriefingKit.Cli -c Release --no-build -- matrix tests/corpus/week-2021-15 -o "$work/matrix-week-2021-15.xlsx"
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$work/matrix-week-2021-15.xlsx" >/dev/null
# The sheet fills the top of a landscape page: keep the page's width and cut below the lowest text
# (its bottom edge in points, from pdftotext's word boxes), so the picture is the sheet at a readable size.
dpi=120
bottom=$(pdftotext -f 1 -l 1 -bbox "$work/matrix-week-2021-15.pdf" - | awk -F'yMax="' '/<word /{split($2, a, "\""); if (a[1] + 0 > max) max = a[1] + 0} END {print int(max + 18)}')
width=$(pdftotext -f 1 -l 1 -bbox "$work/matrix-week-2021-15.pdf" - | awk -F'width="' '/<page /{split($2, a, "\""); print int(a[1]); exit}')
pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile -x 0 -y 0 -W $((width * dpi / 72)) -H $((bottom * dpi / 72)) \
  "$work/matrix-week-2021-15.pdf" docs/matrix-week-2021-15
echo "wrote docs/matrix-week-2021-15.png"
