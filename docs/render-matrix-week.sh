#!/bin/sh
# Renders the Matrix sheet of tests/corpus/week-2021-15 to docs/matrix-week-2021-15.png
# (the picture in the README): briefingkit matrix → LibreOffice → PDF → first page as PNG.
# Needs the .NET SDK, LibreOffice (soffice) and poppler-utils (pdftoppm).
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run --project src/BriefingKit.Cli -- matrix tests/corpus/week-2021-15 -o "$work/matrix-week-2021-15.xlsx"
soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$work/matrix-week-2021-15.xlsx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/matrix-week-2021-15.pdf" docs/matrix-week-2021-15
echo "wrote docs/matrix-week-2021-15.png"
