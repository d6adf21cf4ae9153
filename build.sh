#!/usr/bin/env bash
# ReportGen build script (Linux). Windows users: build.ps1 does the same.
#
#   ./build.sh          install what is missing, build, and generate every bundled area's assessment into output/
#   ./build.sh test     install what is missing, build, and run the test suite
#   ./build.sh build    only compile
#   ./build.sh release  publish a ReadyToRun build (fast start-up) to artifacts/reportgen/
#
# Extra arguments after the command go to the generator, e.g. ./build.sh generate --area Peterborough --format docx
set -euo pipefail
cd "$(dirname "$0")"

command_name="${1:-generate}"
[ $# -gt 0 ] && shift

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Debian packages the tool needs at run time: LibreOffice for PDF, poppler (pdftoppm) for looking at pages (ReportGen itself reads PDFs with PdfPig), fonts for charts.
# With "tests" as the first argument, also what the tests need: Chromium and Node.js for the web edition's browser check.
ensure_system_packages() {
  local missing=()
  if [ "${1:-}" = tests ]; then
    command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
    command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
  fi
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
  fc-list 2>/dev/null | grep -qi "Liberation Sans" || missing+=(fonts-liberation)
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing: ${missing[*]}. Install them with your package manager (PDF output needs LibreOffice)." >&2
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "Installing ${missing[*]} (apt-get)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
    exit 1
  fi
}

# The web edition's browser test drives Chromium with puppeteer-core and axe-core (versions pinned in package-lock.json).
ensure_browser_test_modules() {
  local folder=tests/ReportGen.Html.Tests/browser
  log "Installing the browser test's node modules (npm ci in $folder)"
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
}

build() {
  log "Building"
  dotnet build ReportGen.sln -c Release -nologo -v quiet -clp:ErrorsOnly
}

case "$command_name" in
  generate)
    ensure_dotnet; ensure_system_packages; build
    log "Generating every bundled area into output/"
    dotnet src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll build "$@"
    ;;
  test)
    ensure_dotnet; ensure_system_packages tests; ensure_browser_test_modules; build
    log "Running tests"
    results=$(mktemp)
    set +e
    dotnet test ReportGen.sln -c Release --no-build -nologo -v quiet "$@" | tee "$results"
    status=${PIPESTATUS[0]}
    set -e
    # One closing line over every test project: "N passed, N failed".
    awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } }
         END { printf "%d passed, %d failed\n", p, f }' "$results"
    rm -f "$results"
    exit "$status"
    ;;
  build)
    ensure_dotnet; build
    ;;
  release)
    # A precompiled build starts much faster: what analysts should run day to day. It carries its own .NET runtime
    # and compiles it together with ReportGen and its libraries into one ReadyToRun image ("composite"), so the
    # generic code they share (LINQ, collections, the template parser) is compiled ahead too instead of at every
    # start: about 2,300 methods compiled at run time instead of 5,000 (see README, Speed). It takes about two
    # minutes and 170 MB.
    ensure_dotnet
    case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
    log "Publishing a self-contained composite ReadyToRun build to artifacts/reportgen/ ($rid)"
    rm -rf artifacts/reportgen
    dotnet publish src/ReportGen.Cli -c Release -r "$rid" --self-contained true -p:PublishReadyToRunComposite=true \
      -o artifacts/reportgen -nologo -v quiet -clp:ErrorsOnly
    echo "Run it as artifacts/reportgen/reportgen <command>"
    ;;
  *)
    echo "Usage: ./build.sh [generate|test|build|release] [generator options]" >&2
    exit 2
    ;;
esac
