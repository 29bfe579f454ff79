#!/usr/bin/env bash
# Fuzz PlanGraph's read path with libFuzzer and AddressSanitizer.
#
#   Fuzz/run.sh            # 60 seconds (what .ci/run does)
#   Fuzz/run.sh 3600       # an hour, on demand
#
# Builds Fuzz/FuzzTarget.swift together with Sources/PlanGraph into .build/fuzz/plangraph-fuzz
# (swiftc -sanitize=fuzzer,address), seeds it with every fixture and with Fuzz/corpus and
# Fuzz/regressions, and fails on any crash, sanitizer report, leak or input slower than 10 s.
# A crash is left in .build/fuzz/ as crash-<sha1>: copy it into Fuzz/regressions/, fix the
# bug, and FuzzRegressionTests then reads it on every `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=.build/fuzz
mkdir -p "$build/new" "$build/xml"
# The XML parts of the Word and Excel fixtures, unpacked, seed the XML scanner.
python3 - "$build/xml" Fixtures/formats/*.docx Fixtures/formats/*.xlsx <<'PY'
import hashlib, pathlib, sys, zipfile
for path in sys.argv[2:]:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                data = archive.read(name)
                pathlib.Path(sys.argv[1], hashlib.sha1(data).hexdigest()).write_bytes(data)
PY
# shellcheck disable=SC2046
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name PlanGraphFuzz \
  -I Sources/CSQLite -lsqlite3 -I Sources/CZlib -lz -I Sources/CCrypto -lcrypto -I Sources/CMemmem -I Sources/CMalloc \
  $(find Sources/PlanGraph -name '*.swift' | sort) Fuzz/FuzzTarget.swift \
  -o "$build/plangraph-fuzz" 2> >(grep -v "Cannot export local symbol" >&2)
# The Swift runtime's own backtracer trips AddressSanitizer after a trap; libFuzzer reports.
SWIFT_BACKTRACE=enable=no "$build/plangraph-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/" \
  "$build/new" Fuzz/corpus Fuzz/regressions Fixtures/plans Fixtures/reports Fixtures/formats \
  "$build/xml"
