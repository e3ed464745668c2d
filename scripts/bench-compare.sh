#!/usr/bin/env bash
# Extraction throughput of this checkout against another commit, in two ways, since one alone misleads on a
# shared machine:
#   alternating: one after the other, N times each (load drift between runs adds noise to both);
#   paired:      both at once, one per core, cores swapped each round (the same load hits both; they also
#                share the cache, which favours the smaller program).
# Prints each run's MB/s (old, new) and the means. Usage: scripts/bench-compare.sh REF [N] [DOCS]
set -euo pipefail
REF=${1:?usage: scripts/bench-compare.sh REF [N] [DOCS]}
N=${2:-6}
DOCS=${3:-2000}
HERE=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
OLD=$TMP/old
git -C "$HERE" worktree add -q --detach "$OLD" "$REF"
trap 'git -C "$HERE" worktree remove --force "$OLD"; rm -rf "$TMP"' EXIT
ln -s "$HERE/node_modules" "$OLD/node_modules"
# The old commit's bench script may differ: both run this checkout's, against their own code.
cp "$HERE/scripts/bench-extract.ts" "$OLD/scripts/bench-compare-run.ts"

run() { (cd "$1" && taskset -c "$2" node --import tsx "$3" --docs "$DOCS" | awk '/^throughput/{print $2}'); }
summary() { awk -v what="$1" '{print "  " $0; o+=$1; n+=$2; r+=$2/$1; k++} END{printf "%s: old %.2f new %.2f MB/s, new/old %.3f\n", what, o/k, n/k, r/k}'; }

for i in $(seq "$N"); do
  echo "$(run "$OLD" 0 scripts/bench-compare-run.ts) $(run "$HERE" 0 scripts/bench-extract.ts)"
done | summary alternating

for i in $(seq "$N"); do
  a=$((i % 2)); b=$((1 - a))
  run "$OLD" "$a" scripts/bench-compare-run.ts > "$TMP/old.txt" &
  run "$HERE" "$b" scripts/bench-extract.ts > "$TMP/new.txt" &
  wait
  echo "$(cat "$TMP/old.txt") $(cat "$TMP/new.txt")"
done | summary paired
