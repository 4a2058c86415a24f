#!/usr/bin/env bash
# Mutation testing of src/Judge.Stats with tests/Judge.Stats.Tests (Stryker.NET, pinned in .config/dotnet-tools.json).
# Not part of CI (too slow): run it when Judge.Stats changes, then update MUTATION.md.
#
#   tests/mutation.sh                 every folder, in the three slices below, one Stryker run each
#   tests/mutation.sh Exact Scoring   only those slices (folders of src/Judge.Stats), one Stryker run each
#   tests/mutation.sh Counts,Scoring  one Stryker run over several folders (saves a build and coverage pass)
#   CONCURRENCY=2 tests/mutation.sh   more test runners (default 1, leaving the other core free)
#   TEST_FILTER=... tests/mutation.sh  only the tests the filter selects (dotnet test --filter syntax); leaving
#                                     the seeded simulations out makes each mutant's run seconds, and the score a
#                                     lower bound of what the whole suite kills (see MUTATION.md)
#
# The library is run in slices (one folder each) so that a slice's result is kept even when time runs out before
# the next one. Each slice writes its Stryker reports to mutation-results/<slice>/ (git ignores the folder) and the
# score per file, appended to mutation-results/scores.tsv, is printed at the end.
# Score = (killed + timeout) / (killed + timeout + survived + no coverage), Stryker's own definition; mutants that
# do not compile or that Stryker ignores are left out.
set -euo pipefail
cd "$(dirname "$0")/.."

slices=("$@")
if [ ${#slices[@]} -eq 0 ]; then
  # Every folder of src/Judge.Stats, in the three runs that fit a session on 2 cores (see MUTATION.md).
  slices=(Exact,MannWhitney,LocationShift,Ranking,Descriptive,EffectSizes,Preprocessing,Scoring,Distributions,RootFinding,Power,Configuration,Results
          Judging Counts,Dependence,Sequential)
  for folder in src/Judge.Stats/*/; do
    folder=$(basename "$folder")
    case "$folder" in bin | obj) continue ;; esac
    [[ ",${slices[*]// /,}," == *",$folder,"* ]] || { echo "mutation: folder $folder is in no slice; add it above" >&2; exit 2; }
  done
fi
concurrency=${CONCURRENCY:-1}
filter=()
[ -n "${TEST_FILTER:-}" ] && filter=(--test-case-filter "$TEST_FILTER")
out=$PWD/mutation-results
mkdir -p "$out"
dotnet tool restore >/dev/null

scores=$out/scores.tsv
[ -f "$scores" ] || printf 'slice\tfile\tkilled\ttimeout\tsurvived\tnocoverage\tscore\n' >"$scores"

for slice in "${slices[@]}"; do
  mutate=()
  for folder in ${slice//,/ }; do
    [ -d "src/Judge.Stats/$folder" ] || { echo "mutation: no folder src/Judge.Stats/$folder" >&2; exit 2; }
    mutate+=(--mutate "**/Judge.Stats/$folder/**/*.cs")
  done
  dir=$out/$slice
  rm -rf "$dir"
  echo "mutation: $slice ($(date -u +%H:%M:%S))"
  (cd tests/Judge.Stats.Tests && dotnet dotnet-stryker \
      --project Judge.Stats.csproj \
      "${mutate[@]}" \
      "${filter[@]}" \
      --concurrency "$concurrency" \
      --reporter json --reporter html --reporter progress \
      --output "$dir" \
      --break-at 0) >"$out/$slice.log" 2>&1 \
    || { echo "mutation: Stryker failed on $slice, see $out/$slice.log" >&2; exit 1; }
  report=$(find "$dir" -name mutation-report.json | head -n 1)
  [ -n "$report" ] || { echo "mutation: no report for $slice" >&2; exit 1; }
  grep -v "^$slice	" "$scores" >"$scores.tmp" || true
  mv "$scores.tmp" "$scores"
  jq -r --arg slice "$slice" '
    .files | to_entries[] |
    (.key | sub(".*/src/Judge.Stats/"; "")) as $file |
    [.value.mutants[].status] as $s |
    ($s | map(select(. == "Killed")) | length) as $k |
    ($s | map(select(. == "Timeout")) | length) as $t |
    ($s | map(select(. == "Survived")) | length) as $v |
    ($s | map(select(. == "NoCoverage")) | length) as $n |
    select($k + $t + $v + $n > 0) |
    [$slice, $file, $k, $t, $v, $n, ((($k + $t) * 1000 / ($k + $t + $v + $n)) | round / 10)] | @tsv' \
    "$report" >>"$scores"
done

# Per-file table and the total over everything recorded so far.
column -t -s $'\t' "$scores"
awk -F'\t' 'NR > 1 { k += $3; t += $4; s += $5; n += $6 }
  END { d = k + t + s + n; if (d > 0) printf "total: %d killed, %d timeout, %d survived, %d no coverage: %.1f %%\n", k, t, s, n, 100 * (k + t) / d }' "$scores"
# Every surviving or uncovered mutant of the slices run now, kept per slice; survivors.tsv gathers every slice run so far.
for slice in "${slices[@]}"; do
  report=$(find "$out/$slice" -name mutation-report.json | head -n 1)
  jq -r '.files | to_entries[] | (.key | sub(".*/src/Judge.Stats/"; "")) as $file |
    .value.mutants[] | select(.status == "Survived" or .status == "NoCoverage") |
    "\(.status)\t\($file):\(.location.start.line)\t\(.mutatorName)\t\(.replacement // "" | gsub("\n"; " "))"' "$report" \
    >"$out/$slice/survivors.tsv"
done
cat "$out"/*/survivors.tsv >"$out/survivors.tsv"
echo "survivors: $out/survivors.tsv ($(wc -l <"$out/survivors.tsv"))"
