#!/usr/bin/env bash
# Whole-blog throughput, process against process: `bin/linkpost render DIR --to html --allow-html
# --out OUT` against Hugo building the same posts (writing its pages, and --renderToMemory),
# at 1x and 10x the posts, alternating the runs. Prints the medians, peak memory and ratios,
# our time on one core against two, and plain `java -jar` (no launcher settings) for reference.
# The launcher's class archive is made once before the timed runs, as an install would.
#
# Usage: benchmarks/run-corpus.sh [POSTS_DIR] [RUNS]
#   POSTS_DIR  default ../shared/corpus/posts (beside the checkout)
#   RUNS       runs of each contender at each scale (default 5)
# Environment: BENCH_TMP (where inputs and outputs go, default /dev/shm), BENCH_SCALES (default
# "1 10"; the memory ratio is printed when both are run).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
posts=$(realpath "${1:-$root/../shared/corpus/posts}")
runs=${2:-5}
scales=${BENCH_SCALES:-1 10}
jar=$root/examples/target/linkpost.jar
linkpost=$root/bin/linkpost

[ -d "$posts" ] || { echo "no posts folder: $posts" >&2; exit 2; }
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests -Dquick package
fi
"$linkpost" --version >/dev/null # makes the class archive when it is missing or stale
if ! command -v hugo >/dev/null 2>&1; then
  echo "installing Debian's hugo" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi

# Inputs and outputs live in memory (tmpfs) when the machine has it: on the machine these
# figures come from, creating files on the disk cost ten times more in some minutes than in
# others, for Hugo and for us alike, which measured the disk instead of the programs.
# BENCH_TMP=/some/dir puts them elsewhere.
tmp=${BENCH_TMP:-/dev/shm}
[ -d "$tmp" ] && [ -w "$tmp" ] || tmp=${TMPDIR:-/tmp}
work=$(mktemp -d "$tmp/linkpost-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "work folder: $work ($(df --output=fstype "$work" | tail -1))"

# The 1x input is the posts folder; the 10x input is ten renamed copies of every post.
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

# A Hugo site per scale: date from the file name, raw HTML kept, a one-line page template.
for scale in $scales; do
  site=$work/hugo$scale
  mkdir -p "$site/content/posts" "$site/layouts/_default"
  find "$work/in$scale" -maxdepth 1 -name '*.md' -exec cp -t "$site/content/posts/" {} +
  cat > "$site/config.toml" <<'TOML'
baseURL = "http://localhost/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]
[frontmatter]
date = [":filename", ":default"]
[markup.goldmark.renderer]
unsafe = true
TOML
  echo '{{ .Content }}' > "$site/layouts/_default/single.html"
done

# One timed run: prints "SECONDS KB" (wall time and peak resident memory). The disk is synced
# first, untimed: the runs write and delete hundreds of thousands of files, and without it each
# run pays for the write-back and block discards left by the one before.
timed() {
  sync
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
    echo "failed: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  cat "$work/time"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for scale in $scales; do
  for f in ours ours1 plain hugo mem ours-kb hugo-kb; do : > "$work/$f"; done
  for run in $(seq "$runs"); do
    rm -rf "$work/out"
    read -r s kb < <(timed "$linkpost" render "$work/in$scale" --to html --allow-html --out "$work/out")
    echo "$s" >> "$work/ours"; echo "$kb" >> "$work/ours-kb"
    rm -rf "$work/hugo$scale/public"
    read -r s kb < <(timed hugo --quiet -s "$work/hugo$scale")
    echo "$s" >> "$work/hugo"; echo "$kb" >> "$work/hugo-kb"
    read -r s kb < <(timed hugo --quiet --renderToMemory -s "$work/hugo$scale")
    echo "$s" >> "$work/mem"
    rm -rf "$work/out"
    read -r s kb < <(timed taskset -c 0 "$linkpost" render "$work/in$scale" --to html --allow-html --out "$work/out")
    echo "$s" >> "$work/ours1"
    rm -rf "$work/out"
    read -r s kb < <(timed java -jar "$jar" render "$work/in$scale" --to html --allow-html --out "$work/out")
    echo "$s" >> "$work/plain"
  done
  n=$(ls "$work/in$scale" | wc -l)
  ours=$(median < "$work/ours"); ours1=$(median < "$work/ours1"); plain=$(median < "$work/plain")
  hugo=$(median < "$work/hugo"); mem=$(median < "$work/mem")
  ours_kb=$(median < "$work/ours-kb"); hugo_kb=$(median < "$work/hugo-kb")
  ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
  echo "scale ${scale}x ($n posts, median of $runs runs):"
  echo "  bin/linkpost render (2 cores): ${ours} s, peak ${ours_kb} KB"
  echo "  bin/linkpost render (1 core):  ${ours1} s  -> second core gives $(ratio "$ours1" "$ours")x"
  echo "  java -jar linkpost.jar render: ${plain} s  (JVM defaults, for reference)"
  echo "  hugo (writing pages):          ${hugo} s, peak ${hugo_kb} KB  -> hugo/ours = $(ratio "$hugo" "$ours")"
  echo "  hugo --renderToMemory:         ${mem} s  -> hugo-mem/ours = $(ratio "$mem" "$ours")"
  echo "$ours_kb" > "$work/peak$scale"
done
if [ -f "$work/peak1" ] && [ -f "$work/peak10" ]; then
  echo "peak memory 10x/1x: $(awk "BEGIN{printf \"%.2f\", $(cat "$work/peak10")/$(cat "$work/peak1")}")"
fi
