#!/usr/bin/env bash
# Whether two export folders hold the same rows: every file of A is in B with the same lines
# once both are sorted (row order may differ between versions), and B has no other file.
# manifest.json is compared without its output-folder line. Used to check that speed work
# changes no exported value:
#
#   git worktree add /tmp/before <commit> && (cd /tmp/before && swift build -c release)
#   .build/release/plangraph-bench --plans 1000 --generate /tmp/corpus
#   /tmp/before/.build/release/plangraph export /tmp/corpus --out /tmp/a
#   .build/release/plangraph export /tmp/corpus --out /tmp/b
#   Scripts/same-rows.sh /tmp/a /tmp/b
set -euo pipefail
a=$1
b=$2
status=0
while IFS= read -r -d '' file; do
  relative=${file#"$a"/}
  if [ ! -f "$b/$relative" ]; then
    echo "only in $a: $relative"
    status=1
  elif [ "$relative" = manifest.json ]; then
    if ! cmp -s <(grep -v -F "\"$a\"" "$a/$relative" | sort) \
      <(grep -v -F "\"$b\"" "$b/$relative" | sort); then
      echo "differs: $relative"
      status=1
    fi
  elif ! cmp -s <(sort "$a/$relative") <(sort "$b/$relative"); then
    echo "differs: $relative"
    status=1
  fi
done < <(find "$a" -type f -print0)
extra=$(comm -13 <(cd "$a" && find . -type f | sort) <(cd "$b" && find . -type f | sort))
if [ -n "$extra" ]; then
  echo "only in $b:"
  echo "$extra"
  status=1
fi
[ $status -eq 0 ] && echo "same rows in every file"
exit $status
