#!/usr/bin/env bash
# notedeck benchmark (issues 6 and 20). Builds the jar, then measures on the seed notes:
#   cold    ./notedeck build (launcher: a JDK 25 with its AOT cache when one is installed, JIT/GC
#           flags), the launcher on JDK 17 with its CDS archive, and plain `java -jar`, both
#           outputs, alternating round by round with pandoc's PPTX + pandoc/WeasyPrint's PDF
#           when pandoc and weasyprint are on the PATH;
#   warm    rebuilds after an edit inside one JVM (bench/WarmBench.java, one Builder);
#   batch   one `./notedeck build` over a folder of 100 edited copies of the seed;
#   scale   one notes file holding the seed's talks 100 times (time and peak RSS), against
#           10 times the time of the same builds of a file holding them 10 times (linear);
#   size    the seed's handout and deck.
# Large inputs are generated into a temporary folder and removed afterwards.
#
# Usage: bench/run.sh [--levers] [--skip-build]
#   --levers      also time the start-up levers one by one (plain, CDS, C1, SerialGC, ...)
#   env RUNS=5 (cold rounds), WARMUP=20 WARM_RUNS=11, WARM_FLAGS (JVM flags of the warm runs,
#       default: those the launcher gives `watch`), BATCH_RUNS=1, SCALE_RUNS=1, SEED=path,
#       SCALE_FORMATS=pdf (the formats built from the 100x file with the launcher's heap),
#       SCALE_DECK_HEAP (a heap for building the 100x file's deck, 10,000 slides, e.g. 3g;
#       default: the launcher's; 0 = skip), JDK17=path of a JDK 17 home (default: found)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seed="${SEED:-seeds/gcp-next-extended-seoul-2019.md}"
runs="${RUNS:-5}"
warmup="${WARMUP:-20}"
warm_runs="${WARM_RUNS:-11}"
batch_runs="${BATCH_RUNS:-1}"
scale_runs="${SCALE_RUNS:-1}"
scale_formats="${SCALE_FORMATS:-pdf}"
scale_deck_heap="${SCALE_DECK_HEAP:-}"
levers=0
skip_build=0
for arg in "$@"; do
  case "$arg" in
    --levers) levers=1 ;;
    --skip-build) skip_build=1 ;;
    *) echo "usage: bench/run.sh [--levers] [--skip-build]" >&2; exit 2 ;;
  esac
done

tmp="$(mktemp -d "${TMPDIR:-/tmp}/notedeck-bench.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
jar="$root/target/notedeck.jar"

log() { printf '%s\n' "$*" >&2; }

# --- helpers -------------------------------------------------------------------------------

# Runs a command quietly and prints its wall time in ms; fails loudly if the command fails.
time_ms() {
  local start end
  start=$EPOCHREALTIME
  if ! "$@" >"$tmp/last.out" 2>&1; then
    log "FAILED: $*"
    cat "$tmp/last.out" >&2
    exit 1
  fi
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%d\n", (e - s) * 1000 + 0.5 }'
}

# Like time_ms, under /usr/bin/time -v: prints "wall_ms rss_kb cpu_ms" (cpu = user + system).
time_rss() {
  local ms rss cpu
  if [ ! -x /usr/bin/time ]; then   # no GNU time (apt-get install time): wall time only
    echo "$(time_ms "$@") 0 0"
    return
  fi
  ms=$(time_ms /usr/bin/time -v -o "$tmp/time.txt" "$@")
  rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$tmp/time.txt")
  cpu=$(awk -F: '/User time|System time/ { s += $2 } END { printf "%d\n", s * 1000 + 0.5 }' "$tmp/time.txt")
  echo "$ms $rss $cpu"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END {
  if (NR == 0) { print "n/a"; exit }
  if (NR % 2) print a[(NR + 1) / 2]; else printf "%d\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

secs() { awk -v ms="$1" 'BEGIN { if (ms == "n/a") print "n/a"; else printf "%.2f s", ms / 1000 }'; }
mib() { awk -v kb="$1" 'BEGIN { printf "%d MiB", kb / 1024 + 0.5 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || a == "n/a" || b == "n/a") print "n/a"; else printf "%.2fx", a / b }'; }
# (a run that failed shows 0: that is a failure, never "met")
verdict() { awk -v v="$1" -v limit="$2" 'BEGIN { if (v == "n/a" || limit == "n/a") print "n/a"; else if (v + 0 <= 0) print "FAILED"; else print (v <= limit ? "met" : "MISSED") }'; }

# --- build the jar ---------------------------------------------------------------------------

if [ "$skip_build" -eq 0 ]; then
  log "building target/notedeck.jar ..."
  mvn -q -B -DskipTests package >&2
fi
[ -f "$jar" ] || { log "no $jar; run without --skip-build"; exit 1; }

# The JDKs: the launcher's own choice (a JDK >= 25 when installed), and a JDK 17 for the CDS row.
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
jdk17="${JDK17:-}"
jdk25=""
for home in /usr/lib/jvm/* /opt/java/*; do
  [ -x "$home/bin/java" ] || continue
  m=$(jdk_major "$home")
  [ -z "$jdk17" ] && [ "$m" = 17 ] && jdk17="$home"
  [ -n "$m" ] && [ "$m" -ge 25 ] && jdk25="$home"
done
[ -n "$jdk17" ] || jdk17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
launcher_java="${jdk25:-$jdk17}"

have_pandoc=0
if command -v pandoc >/dev/null && command -v weasyprint >/dev/null; then
  have_pandoc=1
else
  log "pandoc and/or weasyprint not on the PATH: skipping the pandoc pipeline"
fi

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
log "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ { print $2 }') MiB, launcher: $("$launcher_java/bin/java" -version 2>&1 | head -1), JDK 17 row: $("$jdk17/bin/java" -version 2>&1 | head -1)"

# --- cold: launcher vs plain java -jar vs pandoc, alternating --------------------------------

# One untimed launcher run first with each JDK: it creates the AOT cache (waiting for the
# training the launcher otherwise runs in the background) and the CDS archive after a jar build,
# as a user's first run would, and warms the OS file cache for every contender alike.
NOTEDECK_AOT_WAIT=1 ./notedeck build -q -o "$tmp/first" "$seed" >/dev/null
NOTEDECK_JAVA="$jdk17" ./notedeck build -q -o "$tmp/first" "$seed" >/dev/null
if [ "$have_pandoc" -eq 1 ]; then
  pandoc "$seed" -o "$tmp/first.pptx" && pandoc "$seed" --pdf-engine=weasyprint -o "$tmp/first.pdf" 2>/dev/null
fi

mkdir -p "$tmp/pandoc"
cold_launcher="" cold_plain="" cold_pandoc="" cold_rss="" cold_17=""
cpu_launcher="" cpu_plain="" cpu_pandoc="" cpu_17=""
for ((i = 1; i <= runs; i++)); do
  read -r ms rss cpu < <(time_rss ./notedeck build -q -o "$tmp/cold" "$seed")
  cold_launcher+=" $ms"; cold_rss+=" $rss"; cpu_launcher+=" $cpu"
  if [ -n "$jdk25" ]; then
    read -r ms _ cpu < <(time_rss env NOTEDECK_JAVA="$jdk17" ./notedeck build -q -o "$tmp/cold17" "$seed")
    cold_17+=" $ms"; cpu_17+=" $cpu"
  fi
  read -r ms rss cpu < <(time_rss "$jdk17/bin/java" -jar "$jar" build -q -o "$tmp/plain" "$seed")
  cold_plain+=" $ms"; cpu_plain+=" $cpu"
  if [ "$have_pandoc" -eq 1 ]; then
    # pandoc's PPTX, then pandoc's PDF through WeasyPrint: one pipeline, both outputs
    read -r ms1 _ cpu1 < <(time_rss pandoc "$seed" -o "$tmp/pandoc/x.pptx")
    read -r ms2 _ cpu2 < <(time_rss pandoc "$seed" --pdf-engine=weasyprint -o "$tmp/pandoc/x.pdf")
    cold_pandoc+=" $((ms1 + ms2))"; cpu_pandoc+=" $((cpu1 + cpu2))"
  fi
  log "cold round $i (wall ms): launcher${cold_launcher##* } jdk17${cold_17##* } plain${cold_plain##* } pandoc${cold_pandoc##* }"
done
cold_launcher_med=$(echo "$cold_launcher" | median)
cold_plain_med=$(echo "$cold_plain" | median)
cold_17_med=$(echo "$cold_17" | median)
cpu_17_med=$(echo "$cpu_17" | median)
cold_pandoc_med=$(echo "$cold_pandoc" | median)
cold_rss_med=$(echo "$cold_rss" | median)
cpu_launcher_med=$(echo "$cpu_launcher" | median)
cpu_plain_med=$(echo "$cpu_plain" | median)
cpu_pandoc_med=$(echo "$cpu_pandoc" | median)

base="$(basename "$seed" .md)"
pdf_kb=$(( $(stat -c %s "$tmp/cold/$base.pdf") / 1024 ))
pptx_kb=$(( $(stat -c %s "$tmp/cold/$base.pptx") / 1024 ))

# --- levers: each start-up flag on its own, same seed, alternating ---------------------------

if [ "$levers" -eq 1 ]; then
  log "levers: creating a CDS archive for the lever runs ..."
  "$jdk17/bin/java" -XX:ArchiveClassesAtExit="$tmp/lever.jsa" -jar "$jar" build -q -o "$tmp/lever" "$seed" >/dev/null 2>&1
  cds="-XX:SharedArchiveFile=$tmp/lever.jsa"
  launcher="$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx768m"
  lever_names=("plain" "CDS" "C1 (TieredStopAtLevel=1)" "SerialGC" "CDS + C1 + SerialGC (launcher)"
    "launcher + young gen 256m (-Xmn256m)" "launcher + higher C1 thresholds" "launcher + one compiler thread"
    "Xshare:off")
  lever_flags=("" "$cds" "-XX:TieredStopAtLevel=1" "-XX:+UseSerialGC" "$launcher" "$launcher -Xmn256m"
    "$launcher -XX:Tier3InvocationThreshold=1000 -XX:Tier3MinInvocationThreshold=400 -XX:Tier3CompileThreshold=5000"
    "$launcher -XX:CICompilerCount=1" "-Xshare:off")
  declare -a lever_times
  for ((i = 1; i <= runs; i++)); do
    for j in "${!lever_flags[@]}"; do
      # shellcheck disable=SC2086
      lever_times[$j]+=" $(time_ms "$jdk17/bin/java" ${lever_flags[$j]} -jar "$jar" build -q -o "$tmp/lever" "$seed")"
    done
    log "lever round $i done"
  done
fi

# --- warm: rebuilds in one JVM ---------------------------------------------------------------

log "warm: $warmup warm-up + $warm_runs measured rebuilds in one JVM ..."
# the JVM and flags the launcher gives `notedeck watch` (see ./notedeck: huge pages where the
# kernel gives them on request)
warm_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx768m"
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && warm_flags+=" -XX:+UseTransparentHugePages"
# shellcheck disable=SC2086
"$launcher_java/bin/java" ${WARM_FLAGS:-$warm_flags} -cp "$jar" bench/WarmBench.java "$seed" "$warmup" "$warm_runs" > "$tmp/warm.txt"
warm_med=$(awk -F'[= ]' '/^median_ms=/ { printf "%d\n", $2 + 0.5 }' "$tmp/warm.txt")
warm_cpu_med=$(awk -F'[= ]' '/^median_ms=/ { printf "%d\n", $8 + 0.5 }' "$tmp/warm.txt")
log "warm: the same, every edit adding characters no build has seen ..."
# shellcheck disable=SC2086
"$launcher_java/bin/java" ${WARM_FLAGS:-$warm_flags} -cp "$jar" bench/WarmBench.java "$seed" "$warmup" "$warm_runs" pdf,pptx new > "$tmp/warm-new.txt"
warm_new_med=$(awk -F'[= ]' '/^median_ms=/ { printf "%d\n", $2 + 0.5 }' "$tmp/warm-new.txt")
warm_new_cpu_med=$(awk -F'[= ]' '/^median_ms=/ { printf "%d\n", $8 + 0.5 }' "$tmp/warm-new.txt")

# --- batch: 100 edited copies in one folder, one JVM -----------------------------------------

mkdir -p "$tmp/batch"
for i in $(seq -w 1 100); do
  # a different title, different talk titles and one more line per copy, like a folder of real
  # notes: no talk of one file equals a talk of another (a long-lived build may reuse a talk's
  # deck plan, which a folder of real notes would not allow either; the copy number goes after
  # the talk's number, so numbers and speakers are still read); the line has 20 Hangul syllables of its own, so no
  # two files use the same characters (font subsets made for one file cannot be reused for the
  # next, as with real notes)
  { sed -e "1s/\$/ (batch copy $i)/" -e "s/^## \([0-9][0-9]*\. \)\{0,1\}/&#$i /" "$seed"
    printf '\n* batch note %s ' "$i"
    LC_ALL=C awk -v i="$((10#$i))" 'BEGIN { for (k = 0; k < 20; k++) { c = 44032 + (i * 20 + k) * 7 % 11172
      printf "%c%c%c", 224 + int(c / 4096), 128 + int(c / 64) % 64, 128 + c % 64 } print "" }'
  } > "$tmp/batch/notes-$i.md"
done
batch_times="" batch_rss="" batch_cpu=""
for ((i = 1; i <= batch_runs; i++)); do
  rm -rf "$tmp/batch-out"
  read -r ms rss cpu < <(time_rss ./notedeck build -q -o "$tmp/batch-out" "$tmp/batch")
  batch_times+=" $ms"; batch_rss+=" $rss"; batch_cpu+=" $cpu"
  log "batch run $i: $ms ms, peak RSS $rss kB, $(find "$tmp/batch-out" -name '*.pdf' | wc -l) handouts"
done
batch_med=$(echo "$batch_times" | median)
batch_rss_med=$(echo "$batch_rss" | median)
batch_cpu_med=$(echo "$batch_cpu" | median)

# --- scale: the seed's talks 100 times in one file -------------------------------------------

# The preamble (title, info table) once; every talk (from the first "## ") 100 times, each
# copy's talk titles marked with the copy number inside the title ("... #7 - speaker (company)"),
# so every heading still reads as a talk with its speaker, as in a real 600-talk file.
scale_copies() {   # $1 copies of the seed's talks
  awk -v copies="$1" 'BEGIN { body = 0 }
    /^## / { body = 1 }
    { if (body) talks[++n] = $0; else print }
    END { for (c = 1; c <= copies; c++) for (i = 1; i <= n; i++) {
            line = talks[i]
            if (line ~ /^## / && !sub(/ - /, " #" c " - ", line)) line = line " #" c
            print line } }' "$seed"
}
scale_copies 100 > "$tmp/scale.md"
scale_copies 10 > "$tmp/scale10.md"
scale_talks=$(grep -c '^## ' "$tmp/scale.md")
scale_times="" scale_rss="" scale_cpu=""
for ((i = 1; i <= scale_runs; i++)); do
  if read -r ms rss cpu < <(time_rss ./notedeck build -q -f "$scale_formats" -o "$tmp/scale-out" "$tmp/scale.md"); then
    scale_times+=" $ms"; scale_rss+=" $rss"; scale_cpu+=" $cpu"
    log "scale run $i: $ms ms, peak RSS $rss kB"
  else
    log "scale run $i FAILED (see above); the row shows 0"
    scale_times+=" 0"; scale_rss+=" 0"; scale_cpu+=" 0"
  fi
done
# Linear or not: the same builds of the 10x file; 10 times its time (start-up included ten
# times, so a little generous) is the most the 100x file may take.
read -r scale10_ms _ _ < <(time_rss ./notedeck build -q -f "$scale_formats" -o "$tmp/scale10-out" "$tmp/scale10.md")
read -r deck10_ms _ _ < <(time_rss ./notedeck build -q -f pptx -o "$tmp/scale10-deck" "$tmp/scale10.md")
log "scale 10x: $scale_formats $scale10_ms ms, pptx $deck10_ms ms"
# The deck of the 100x file (10,000 slides and notes), built once on its own, with the
# launcher's heap unless SCALE_DECK_HEAP names one.
deck_ms="n/a" deck_rss=0 deck_cpu="n/a" deck_slides="?"
deck_heap_opts="" deck_heap_label="launcher's heap"
[ -n "$scale_deck_heap" ] && deck_heap_opts="-Xmx$scale_deck_heap" deck_heap_label="-Xmx$scale_deck_heap"
if [ "$scale_deck_heap" != 0 ]; then
  if read -r deck_ms deck_rss deck_cpu < <(time_rss env JAVA_OPTS="$deck_heap_opts" ./notedeck build -q -f pptx -o "$tmp/scale-deck" "$tmp/scale.md"); then
    deck_slides=$(unzip -l "$tmp/scale-deck/scale.pptx" 2>/dev/null | grep -c 'ppt/slides/slide[0-9]*\.xml$' || echo "?")
    log "scale deck: $deck_ms ms, peak RSS $deck_rss kB, $deck_slides slides"
  else
    log "scale deck FAILED (see above)"
  fi
fi
scale_med=$(echo "$scale_times" | median)
scale_rss_max=$(echo "$scale_rss" | tr ' ' '\n' | sort -n | tail -1)
scale_cpu_med=$(echo "$scale_cpu" | median)
scale_pages=$( (command -v pdfinfo >/dev/null && [ -f "$tmp/scale-out/scale.pdf" ] \
  && pdfinfo "$tmp/scale-out/scale.pdf" | awk '/^Pages:/ { print $2 }') || echo "?")
scale_limit=$(( 10 * scale10_ms ))
deck_limit=$(( 10 * deck10_ms ))

# --- table -----------------------------------------------------------------------------------

row() { printf '| %-46s | %9s | %9s | %-24s | %-12s |\n' "$@"; }
echo
echo "notedeck benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -m | awk '/^Mem:/ { print $2 }') MiB RAM"
echo "launcher's java: $("$launcher_java/bin/java" -version 2>&1 | head -1); JDK 17 row: $("$jdk17/bin/java" -version 2>&1 | head -1)"
echo "load average at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs cold rounds (alternating), $warm_runs warm rebuilds after $warmup warm-ups, $batch_runs batch run(s), $scale_runs scale run(s); cpu = user + system time"
echo
row "measure" "wall" "cpu" "target" "result"
row "----------------------------------------------" "---------" "---------" "------------------------" "------------"
if [ "$have_pandoc" -eq 1 ]; then
  row "cold pandoc pptx + pandoc/weasyprint pdf" "$(secs "$cold_pandoc_med")" "$(secs "$cpu_pandoc_med")" "(reference)" ""
  row "cold ./notedeck build, seed, both outputs" "$(secs "$cold_launcher_med")" "$(secs "$cpu_launcher_med")" "<= 0.6x pandoc" \
    "$(ratio "$cold_launcher_med" "$cold_pandoc_med") $(verdict "$cold_launcher_med" "$((cold_pandoc_med * 6 / 10))")"
  [ -n "$jdk25" ] && row "  the same on JDK 17 + CDS (NOTEDECK_JAVA)" "$(secs "$cold_17_med")" "$(secs "$cpu_17_med")" "(fallback)" "$(ratio "$cold_17_med" "$cold_pandoc_med")"
  row "cold java -jar (no launcher flags, no CDS)" "$(secs "$cold_plain_med")" "$(secs "$cpu_plain_med")" "(baseline)" "$(ratio "$cold_plain_med" "$cold_pandoc_med")"
else
  row "cold ./notedeck build, seed, both outputs" "$(secs "$cold_launcher_med")" "$(secs "$cpu_launcher_med")" "<= 1.5 s (no pandoc)" "$(verdict "$cold_launcher_med" 1500)"
  [ -n "$jdk25" ] && row "  the same on JDK 17 + CDS (NOTEDECK_JAVA)" "$(secs "$cold_17_med")" "$(secs "$cpu_17_med")" "(fallback)" ""
  row "cold java -jar (no launcher flags, no CDS)" "$(secs "$cold_plain_med")" "$(secs "$cpu_plain_med")" "(baseline)" ""
fi
row "  peak RSS, cold seed" "$(mib "$cold_rss_med")" "" "" ""
row "warm rebuild after an edit (one JVM)" "$warm_med ms" "$warm_cpu_med ms" "<= 150 ms" "$(verdict "$warm_med" 150)"
row "  the same, each edit adding new characters" "$warm_new_med ms" "$warm_new_cpu_med ms" "<= 150 ms" "$(verdict "$warm_new_med" 150)"
row "batch: 100 notes files, one JVM" "$(secs "$batch_med")" "$(secs "$batch_cpu_med")" "<= 15 s" "$(verdict "$batch_med" 15000)"
row "  peak RSS, batch" "$(mib "$batch_rss_med")" "" "" ""
row "scale: seed x100 ($scale_talks talks, $scale_pages pages, $scale_formats)" "$(secs "$scale_med")" "$(secs "$scale_cpu_med")" "<= $(secs "$scale_limit") (10x the 10x)" "$(verdict "$scale_med" "$scale_limit")"
row "  peak RSS, scale (max of runs)" "$(mib "$scale_rss_max")" "" "< 1024 MiB" "$(verdict "$scale_rss_max" 1048575)"
if [ "$scale_deck_heap" != 0 ]; then
  row "scale: its deck ($deck_slides slides, $deck_heap_label)" "$(secs "$deck_ms")" "$(secs "$deck_cpu")" "<= $(secs "$deck_limit") (10x the 10x)" "$(verdict "$deck_ms" "$deck_limit")"
  row "  peak RSS, scale deck" "$(mib "$deck_rss")" "" "< 1024 MiB" "$(verdict "$deck_rss" 1048575)"
fi
row "seed handout size" "$pdf_kb KiB" "" "<= 350 KB" "$(verdict "$((pdf_kb * 1024))" 350000)"
row "seed deck size" "$pptx_kb KiB" "" "<= 200 KB" "$(verdict "$((pptx_kb * 1024))" 200000)"

if [ "$levers" -eq 1 ]; then
  echo
  echo "start-up levers, cold java -jar on the seed (medians of $runs rounds, alternating):"
  plain_med=$(echo "${lever_times[0]}" | median)
  for j in "${!lever_flags[@]}"; do
    m=$(echo "${lever_times[$j]}" | median)
    printf '| %-34s | %8s | %6s |\n' "${lever_names[$j]}" "$(secs "$m")" "$(ratio "$m" "$plain_med")"
  done
fi
