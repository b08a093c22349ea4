#!/usr/bin/env bash
# Whole-blog throughput, process against process: `bin/linkpost render DIR --to html --allow-html
# --out OUT` with each JDK the launcher can use (one before 25, with its class archive, and 25 or
# newer, with its AOT cache) against Hugo building the same posts (writing its pages, and
# --renderToMemory), at 1x and 10x the posts, alternating the runs. Prints the medians of wall
# time, CPU time (user + sys) per post and peak memory, the ratios and the goals; our time on
# one core against two, plain `java -jar` (no launcher settings) and `bin/linkpost --version`
# (the JVM's start, the floor of any run) for reference. The launcher's archive and cache are
# made before the timed runs, as an install would; what the first run of an install costs
# (the run that makes them) is timed apart, each time from a fresh copy of the jar.
#
# Usage: benchmarks/run-corpus.sh [POSTS_DIR] [RUNS]
#   POSTS_DIR  default ../shared/corpus/posts (beside the checkout)
#   RUNS       runs of each contender at each scale (default 5)
# Environment: BENCH_TMP (where inputs and outputs go, default /dev/shm), BENCH_SCALES (default
# "1 10"; the memory ratio is printed when both are run), BENCH_JDKS (the JDK folders to run
# the launcher with, default the newest before 25 and the newest from 25 in /usr/lib/jvm).
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
if ! command -v hugo >/dev/null 2>&1; then
  echo "installing Debian's hugo" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi

# The JDKs: the newest of each kind installed, by the version their release file gives.
feature() { sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" 2>/dev/null || true; }
if [ -z "${BENCH_JDKS:-}" ]; then
  old=; new=; oldv=0; newv=0
  for home in /usr/lib/jvm/*/; do
    home=${home%/}; v=$(feature "$home"); [ -n "$v" ] && [ -x "$home/bin/java" ] || continue
    if [ "$v" -ge 25 ]; then [ "$v" -gt "$newv" ] && newv=$v new=$home
    elif [ "$v" -ge 17 ] && [ "$v" -gt "$oldv" ]; then oldv=$v old=$home; fi
  done
  BENCH_JDKS="$old $new"
fi
jdks=()
names=()
for home in $BENCH_JDKS; do
  v=$(feature "$home")
  jdks+=("$home")
  if [ "$v" -ge 25 ]; then names+=("JDK $v AOT cache"); else names+=("JDK $v class archive"); fi
  # Makes the archive or the cache when it is missing or stale.
  JAVA_HOME=$home LINKPOST_JDK_DIRS= "$linkpost" --version >/dev/null
done
[ ${#jdks[@]} -gt 0 ] || { echo "no JDK 17 or later in /usr/lib/jvm; set BENCH_JDKS" >&2; exit 2; }
last=$((${#jdks[@]} - 1)) # the newest JDK: the one the launcher picks when it finds it

# Inputs and outputs live in memory (tmpfs) when the machine has it: on the machine these
# figures come from, creating files on the disk cost ten times more in some minutes than in
# others, for Hugo and for us alike, which measured the disk instead of the programs.
# BENCH_TMP=/some/dir puts them elsewhere.
tmp=${BENCH_TMP:-/dev/shm}
[ -d "$tmp" ] && [ -w "$tmp" ] || tmp=${TMPDIR:-/tmp}
work=$(mktemp -d "$tmp/linkpost-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "work folder: $work ($(df --output=fstype "$work" | tail -1)); load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"

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

# One timed run of a contender, appended to its file as "SECONDS CPU_SECONDS KB" (wall time,
# user + sys, peak resident memory). The disk is synced first, untimed: the runs write and
# delete hundreds of thousands of files, and without it each run pays for the write-back and
# block discards left by the one before.
timed() {
  local into=$1
  shift
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
    echo "failed: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time" >> "$work/$into"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# The median of a column of a contender's runs: 1 wall seconds, 2 CPU seconds, 3 peak KB.
col() { awk -v c="$2" '{print $c}' "$work/$1" | median | awk -v c="$2" '{printf (c < 3 ? "%.2f" : "%d"), $1}'; }
ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
per_post() { awk "BEGIN{printf \"%.0f\", $1 * 1e6 / $2}"; }

# The JVM's start: --version with each JDK, alternating.
for i in "${!jdks[@]}"; do : > "$work/version$i"; done
for run in $(seq "$runs"); do
  for i in "${!jdks[@]}"; do
    timed "version$i" env JAVA_HOME="${jdks[$i]}" "$linkpost" --version
  done
done
for i in "${!jdks[@]}"; do
  echo "bin/linkpost --version, ${names[$i]}: $(col "version$i" 1) s (median of $runs runs)"
done

# The first run after an install, which makes the archive or the cache: the jar copied into a
# folder of its own each time (the launcher keeps the file beside the jar), against runs that
# find it made. Both render the 1x posts.
first_runs=$(( runs < 3 ? runs : 3 ))
for i in "${!jdks[@]}"; do : > "$work/first$i"; : > "$work/made$i"; done
for run in $(seq "$first_runs"); do
  for i in "${!jdks[@]}"; do
    fresh=$work/install$i-$run
    mkdir -p "$fresh"
    cp "$jar" "$fresh/linkpost.jar"
    rm -rf "$work/out"
    timed "first$i" env JAVA_HOME="${jdks[$i]}" LINKPOST_JAR="$fresh/linkpost.jar" "$linkpost" \
      render "$work/in1" --to html --allow-html --out "$work/out"
    rm -rf "$work/out"
    timed "made$i" env JAVA_HOME="${jdks[$i]}" LINKPOST_JAR="$fresh/linkpost.jar" "$linkpost" \
      render "$work/in1" --to html --allow-html --out "$work/out"
    rm -rf "$fresh"
  done
done
for i in "${!jdks[@]}"; do
  f=$(col "first$i" 1); m=$(col "made$i" 1)
  echo "first run of an install (makes the file), ${names[$i]}: $f s against $m s," \
    "$(awk "BEGIN{printf \"%.2f\", $f - $m}") s more (median of $first_runs)"
  echo "$f $m" > "$work/firstrun$i"
done

for scale in $scales; do
  for f in onecore plain hugo mem; do : > "$work/$f"; done
  for i in "${!jdks[@]}"; do : > "$work/ours$i"; done
  for run in $(seq "$runs"); do
    for i in "${!jdks[@]}"; do
      rm -rf "$work/out"
      timed "ours$i" env JAVA_HOME="${jdks[$i]}" "$linkpost" render "$work/in$scale" --to html \
        --allow-html --out "$work/out"
    done
    rm -rf "$work/hugo$scale/public"
    timed hugo hugo --quiet -s "$work/hugo$scale"
    timed mem hugo --quiet --renderToMemory -s "$work/hugo$scale"
    rm -rf "$work/out"
    timed onecore taskset -c 0 env JAVA_HOME="${jdks[$last]}" "$linkpost" render "$work/in$scale" \
      --to html --allow-html --out "$work/out"
    rm -rf "$work/out"
    timed plain java -jar "$jar" render "$work/in$scale" --to html --allow-html --out "$work/out"
  done
  n=$(find "$work/in$scale" -maxdepth 1 -name '*.md' | wc -l)
  hugo=$(col hugo 1); mem=$(col mem 1)
  echo "scale ${scale}x ($n posts, median of $runs alternating runs; CPU is user + sys):"
  for i in "${!jdks[@]}"; do
    s=$(col "ours$i" 1); cpu=$(col "ours$i" 2); kb=$(col "ours$i" 3)
    echo "  bin/linkpost render, ${names[$i]}: $s s, CPU $cpu s ($(per_post "$cpu" "$n") µs/post)," \
      "peak $kb KB -> hugo/ours = $(ratio "$hugo" "$s"), hugo-mem/ours = $(ratio "$mem" "$s")"
    echo "$s $cpu $kb" > "$work/summary$i-$scale"
  done
  read -r ours _ < "$work/summary$last-$scale"
  ours1=$(col onecore 1)
  echo "  the same, ${names[$last]}, 1 core: $ours1 s -> second core gives $(ratio "$ours1" "$ours")x"
  echo "  java -jar linkpost.jar render: $(col plain 1) s (java on the PATH, JVM defaults)"
  for h in hugo mem; do
    label="hugo (writing pages):   "
    [ "$h" = mem ] && label="hugo --renderToMemory:  "
    echo "  $label $(col $h 1) s, CPU $(col $h 2) s ($(per_post "$(col $h 2)" "$n") µs/post)," \
      "peak $(col $h 3) KB"
  done
  echo "$hugo" > "$work/hugo-$scale"
  echo "$n" > "$work/n-$scale"
done

# The goals, for the newest JDK (the one the launcher picks when it is installed), at the
# scales that were run.
goal() { if awk "BEGIN{exit !($2)}"; then echo "  $1: met"; else echo "  $1: not met"; fi; }
echo "goals (${names[$last]}):"
if [ -f "$work/summary$last-1" ]; then
  read -r s1 _ kb1 < "$work/summary$last-1"
  h1=$(ratio "$(cat "$work/hugo-1")" "$s1")
  goal "hugo writing pages / ours >= 2 at 1x, 3 the aim (is $h1)" "$h1 >= 2"
fi
if [ -f "$work/summary$last-10" ]; then
  read -r s10 cpu10 kb10 < "$work/summary$last-10"
  h10=$(ratio "$(cat "$work/hugo-10")" "$s10")
  cpp=$(per_post "$cpu10" "$(cat "$work/n-10")")
  goal "hugo writing pages / ours >= 4 at 10x (is $h10)" "$h10 >= 4"
  goal "CPU per post at 10x <= 60 µs (is $cpp µs)" "$cpp <= 60"
fi
if [ -f "$work/summary$last-1" ] && [ -f "$work/summary$last-10" ]; then
  mr=$(ratio "$kb10" "$kb1")
  goal "peak memory 10x/1x <= 1.20 (is $mr)" "$mr <= 1.20"
fi
read -r f m < "$work/firstrun$last"
extra=$(awk "BEGIN{printf \"%.2f\", $f - $m}")
goal "a first run that makes the cache costs at most 5 s more (is $extra s)" "$extra <= 5"
