#!/usr/bin/env bash
# Builds the solution (warnings are errors) and runs every test project, then prints one line:
#   N passed, N failed[, N skipped]
# PostgreSQL tests use KIXWORKS_TEST_POSTGRES (default Host=127.0.0.1;Username=postgres;Password=postgres);
# without a server they skip, except under CI=true where they fail.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build KixWorks.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test KixWorks.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test project: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
projects=$(find tests -name '*.csproj' | wc -l)
reported=$(grep -cE '^(Passed|Failed)!' "$log")
rm -f "$log"
if [ "$reported" -lt "$projects" ] && [ "$status" -eq 0 ]; then status=1; fi
if [ "$reported" -lt "$projects" ]; then failed=$((failed + projects - reported)); fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ]; then exit 1; fi
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then
  echo "Under CI=true no test may skip." >&2
  exit 1
fi
exit 0
