#!/usr/bin/env bash
# Rebuild paper.pdf and latex/main.bbl from latex/ with pdflatex + bibtex.
# Builds in a scratch folder so no .aux/.log files land in the repository, and pins the
# PDF timestamps so an unchanged source gives a byte-identical PDF.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -R "$here/latex/." "$work/"
rm -f "$work/main.bbl"
cd "$work"

export SOURCE_DATE_EPOCH=1735689600 FORCE_SOURCE_DATE=1

latex() {
  if ! pdflatex -interaction=nonstopmode -halt-on-error main.tex >/dev/null; then
    tail -n 40 main.log >&2
    exit 1
  fi
}

latex
bibtex -terse main
latex
latex

if grep -E "undefined|Rerun to get" main.log >&2; then
  echo "build.sh: unresolved references or citations (see above)" >&2
  exit 1
fi

cp main.pdf "$here/paper.pdf"
cp main.bbl "$here/latex/main.bbl"
echo "wrote $here/paper.pdf ($(wc -c <main.pdf) bytes) and $here/latex/main.bbl"
