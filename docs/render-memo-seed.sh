#!/usr/bin/env sh
# Regenerates docs/memo-seed.png: the first page of the memo briefingkit writes for the
# seed transcript, rendered by LibreOffice (a real client) and poppler's pdftoppm.
# Needs the .NET SDK; the fonts (Carlito, Liberation, DejaVu), LibreOffice and poppler-utils are
# installed by docs/render-fonts.sh when missing (as root), or it says how to install them.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/docs/render-fonts.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render_setup "$work"

dotnet build "$root/src/BriefingKit.Cli" -c Release -v q -nologo >/dev/null
dotnet run --project "$root/src/BriefingKit.Cli" -c Release --no-build -- memo \
  "$root/tests/corpus/2017-04-19-us-russia-relations-in-spotlight.txt" \
  --to "The Secretary" --from "Policy Planning Staff" --classification "UNCLASSIFIED" \
  -o "$work/memo-seed.docx"
soffice -env:UserInstallation="file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$work/memo-seed.docx" >/dev/null
pdftoppm -png -r 100 -f 1 -l 1 "$work/memo-seed.pdf" "$work/page"
cp "$work"/page-1.png "$root/docs/memo-seed.png"
echo "wrote $root/docs/memo-seed.png"
