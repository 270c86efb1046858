#!/usr/bin/env bash
# Runs the built jar's commands on every real dataset in src/test/resources/data (not run by .ci/run: it takes
# minutes). Usage: mvn -q -B package -DskipTests && .ci/smoke-real-data.sh [WORKDIR]
# Exits non-zero at the first command that fails; grocery (no spend column) is imported count-only and its spend
# commands must say that the dataset has no amounts.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${VALUELENS_JAR:-target/valuelens.jar}
D=src/test/resources/data
W=${1:-$(mktemp -d)}
mkdir -p "$W"
J=(java -Xmx1g -jar "$JAR")
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -B package -DskipTests" >&2; exit 2; }

run() { echo "+ valuelens $*"; "${J[@]}" "$@" > "$W/last.out" 2>&1 || { cat "$W/last.out"; exit 1; }; tail -n 3 "$W/last.out"; }

check() { # name file holdout-calibration-end import-args...
    local name=$1 file=$2 cal=$3; shift 3
    local db="$W/$name"
    run import "$file" --db "$db" "$@"
    for m in bg-nbd mbg-nbd pareto-nbd gamma-gamma; do run fit --db "$db" --model "$m"; done
    for m in bg-nbd mbg-nbd pareto-nbd; do
        run fit --db "$db" --model "$m" --calibration-end "$cal"
        run validate --db "$db" --model "$m" --calibration-end "$cal"
    done
    for m in simple retention dcf historical bg-nbd mbg-nbd pareto-nbd; do
        run clv --db "$db" --method "$m" --out "$W/$name-clv-$m.csv"
    done
    for s in tiers rfm kmeans quadrant; do run segment --db "$db" --scheme "$s"; done
    for metric in retention revenue margin; do run cohort --db "$db" --metric "$metric"; done
    run channels --db "$db"
    run report --db "$db" --out "$W/$name-report"
}

check cdnow "$D/cdnow/CDNOW_sample.txt" 1997-09-30 --no-header --customer 2 --date 3 --quantity 4 --amount 5
check online-retail-40k "$D/online_retail/online_retail_40k.xlsx" 2011-05-31
check online-retail-II "$D/online_retail/online_retail_II_nonuk.xlsx" 2010-05-31 --sheet all
check apparel "$D/apparel/apparelTrans.csv" 2007-12-31

# grocery has no spend column: imported count-only; the count commands succeed, the spend ones give one sentence
db="$W/grocery"
run import "$D/grocery/groceryElog.csv" --db "$db"
grep -q "No amount column: purchase counts only" "$W/last.out" || { cat "$W/last.out"; exit 1; }
for m in bg-nbd mbg-nbd pareto-nbd; do
    run fit --db "$db" --model "$m"
    run validate --db "$db" --model "$m" --calibration-end 2006-12-31
done
run segment --db "$db" --scheme churn
run cohort --db "$db" --metric retention
refused() { # the command must exit non-zero with the no-amounts sentence
    echo "+ valuelens $* (must say the dataset has no amounts)"
    if "${J[@]}" "$@" > "$W/last.out" 2>&1; then echo "not refused: $*" >&2; exit 1; fi
    grep -q "This dataset has no amounts" "$W/last.out" || { cat "$W/last.out"; exit 1; }
}
refused fit --db "$db" --model gamma-gamma
for m in simple retention dcf historical bg-nbd mbg-nbd pareto-nbd; do refused clv --db "$db" --method "$m"; done
for s in tiers rfm kmeans quadrant; do refused segment --db "$db" --scheme "$s"; done
for metric in revenue margin; do refused cohort --db "$db" --metric "$metric"; done
refused channels --db "$db"
refused report --db "$db" --out "$W/grocery-report"
echo "smoke test on real data passed (outputs in $W)"
