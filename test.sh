#!/usr/bin/env bash
# Runs the whole Kinerja test suite.
#   ./test.sh                      all tests
#   ./test.sh --filter Category=X  extra arguments are passed to `dotnet test`
# Installs missing prerequisites (PostgreSQL server binaries for the integration tests,
# Chromium for the browser tests) from the Debian package archive.
# Output: artifacts/test-output.log, TRX files in artifacts/test-results,
# screenshots in artifacts/screenshots; the last line is "N passed, N failed".
set -euo pipefail

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Keep the summary lines in English so they can be parsed.
export DOTNET_CLI_UI_LANGUAGE=en

have_postgres() {
    compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null \
        && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

have_chromium() {
    [[ -x /usr/bin/chromium ]]
}

install_prerequisites() {
    if have_postgres && have_chromium; then
        return 0
    fi

    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: PostgreSQL server binaries and/or Chromium are missing, and this script is" >&2
            echo "       neither running as root nor able to use sudo. Install them manually:" >&2
            echo "       apt-get install -y postgresql chromium" >&2
            exit 1
        fi
    fi

    echo "Installing prerequisites (postgresql, chromium)..."
    "${sudo[@]}" apt-get update
    # Debian may start a system cluster on port 5432 after installing postgresql; the tests
    # do not use it, they start their own throw-away servers on free ports.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql chromium

    if ! have_postgres; then
        echo "error: PostgreSQL server binaries still not found under /usr/lib/postgresql/*/bin" >&2
        exit 1
    fi
    if ! have_chromium; then
        echo "error: /usr/bin/chromium still not found" >&2
        exit 1
    fi
}

# Reads `dotnet test` output (file given as $1) and prints "N passed, N failed[, N skipped]",
# summed over the per-assembly summary lines, e.g.
#   Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 1 s - X.Tests.dll (net10.0)
# Returns 1 (after printing "0 passed, 0 failed") when no summary line was found,
# and 2 when at least one test failed.
summarize_test_output() {
    local log="$1"
    local re='[A-Za-z]+![[:space:]]+-[[:space:]]+Failed:[[:space:]]*([0-9]+),[[:space:]]*Passed:[[:space:]]*([0-9]+),[[:space:]]*Skipped:[[:space:]]*([0-9]+),[[:space:]]*Total:[[:space:]]*([0-9]+)'
    local failed=0 passed=0 skipped=0 found=0 line
    while IFS= read -r line || [[ -n "$line" ]]; do
        # Drop colour escape sequences and carriage returns.
        line="$(printf '%s' "$line" | sed -e $'s/\x1b\\[[0-9;]*[A-Za-z]//g' -e 's/\r//g')"
        if [[ "$line" =~ $re ]]; then
            failed=$((failed + 10#${BASH_REMATCH[1]}))
            passed=$((passed + 10#${BASH_REMATCH[2]}))
            skipped=$((skipped + 10#${BASH_REMATCH[3]}))
            found=$((found + 1))
        fi
    done < <(grep -a -E 'Failed:[[:space:]]*[0-9]+,[[:space:]]*Passed:' "$log" || true)

    if ((found == 0)); then
        echo "0 passed, 0 failed"
        return 1
    fi
    local summary="$passed passed, $failed failed"
    if ((skipped > 0)); then
        summary+=", $skipped skipped"
    fi
    echo "$summary"
    if ((failed > 0)); then
        return 2
    fi
    return 0
}

main() {
    cd "$(dirname "${BASH_SOURCE[0]}")"

    if ! command -v dotnet >/dev/null 2>&1; then
        echo "error: the .NET SDK (dotnet) is not on PATH; see global.json for the required version" >&2
        exit 1
    fi

    install_prerequisites

    local artifacts="$PWD/artifacts"
    local results="$artifacts/test-results"
    local log="$artifacts/test-output.log"
    mkdir -p "$artifacts/screenshots" "$results"
    rm -f "$results"/*.trx

    local rc
    set +e
    dotnet test Kinerja.slnx \
        --logger "trx" \
        --results-directory "$results" \
        "$@" 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e

    local summary summary_rc=0
    summary="$(summarize_test_output "$log")" || summary_rc=$?
    echo
    if ((summary_rc == 1)); then
        echo "error: no test summary found in the dotnet test output (no test ran?)" >&2
    fi
    # Keep this the last line of output.
    echo "$summary"
    if ((summary_rc == 1)); then
        exit 1
    fi
    if ((rc == 0 && summary_rc != 0)); then
        exit 1
    fi
    exit "$rc"
}

# Allow `source test.sh` (e.g. to exercise summarize_test_output) without running the suite.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    main "$@"
fi
