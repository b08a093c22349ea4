#!/usr/bin/env bash
# Whole-blog feeds against rendering: `bin/linkpost feed DIR --format atom|json --limit 0` (every
# post in one feed) and `bin/linkpost render DIR --to html` on the same posts, at 1x and 10x the
# posts, alternating the runs. Prints each one's median wall time and peak resident memory.
#
# Usage: benchmarks/run-feed.sh [POSTS_DIR] [RUNS]
#   POSTS_DIR  default ../shared/corpus/posts (beside the checkout)
#   RUNS       runs of each at each scale (default 3)
# Environment: BENCH_TMP (where inputs and outputs go, default /dev/shm), BENCH_SCALES (default
# "1 10").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
posts=$(realpath "${1:-$root/../shared/corpus/posts}")
runs=${2:-3}
scales=${BENCH_SCALES:-1 10}
linkpost=$root/bin/linkpost

[ -d "$posts" ] || { echo "no posts folder: $posts" >&2; exit 2; }
[ -f "$root/examples/target/linkpost.jar" ] || mvn -B -q -DskipTests -Dquick package
"$linkpost" --version >/dev/null # makes the class archive when it is missing or stale

tmp=${BENCH_TMP:-/dev/shm}
[ -d "$tmp" ] && [ -w "$tmp" ] || tmp=${TMPDIR:-/tmp}
work=$(mktemp -d "$tmp/linkpost-feed-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The 10x input is ten renamed copies of every post (each with a URL of its own).
mkdir -p "$work/in1" "$work/in10"
find "$posts" -maxdepth 1 -name '*.md' -exec cp -t "$work/in1/" {} +
case " $scales " in
  *" 10 "*)
    for f in "$work"/in1/*.md; do
      name=$(basename "$f" .md)
      for i in 0 1 2 3 4 5 6 7 8 9; do cp "$f" "$work/in10/$name-c$i.md"; done
    done
    ;;
esac

site=(--site-url https://blog.example.org --permalink pretty --title "A link blog")
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
    echo "failed: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  cat "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for scale in $scales; do
  in=$work/in$scale
  count=$(find "$in" -maxdepth 1 -name '*.md' | wc -l)
  : >"$work/render" ; : >"$work/atom" ; : >"$work/json"
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    timed "$linkpost" render "$in" --to html --out "$work/out" >>"$work/render"
    timed "$linkpost" feed "$in" --format atom --limit 0 --out "$work/feed.xml" "${site[@]}" >>"$work/atom"
    timed "$linkpost" feed "$in" --format json --limit 0 --out "$work/feed.json" "${site[@]}" >>"$work/json"
  done
  for what in render atom json; do
    t=$(cut -d' ' -f1 "$work/$what" | median)
    m=$(cut -d' ' -f2 "$work/$what" | sort -n | tail -1)
    printf '%s posts  %-6s median %6.2f s  peak %4d MB\n' "$count" "$what" "$t" $((m / 1024))
  done
done
