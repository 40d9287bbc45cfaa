#!/usr/bin/env python3
"""Times `exposure` against two baselines on the same synthetic exports, in the same run.

Called by Benchmarks/run, which installs the tools and builds exposure; see docs/performance.md.
Python 3.9+ standard library only. For each N it generates (or reuses) the exports with
make_export.py, then runs, `--runs` times and interleaved so that noise hits every command alike:

  unzip -p            unzip -p FB.zip > /dev/null, then the same for IG.zip: every byte read once
  scan                exposure scan FB.zip IG.zip into a fresh database: one command, two exports,
                      as a user who downloaded both runs it
  rescan              the same command again on that database, nothing having changed
  rescan, each        exposure scan FB.zip, then IG.zip, again: two commands, so two process
                      starts; shown for comparison, not a target
  report              exposure report on that database
  export --csv        exposure export --csv FILE on that database
  unzip + exiftool    unzip both zips into one folder, then exiftool -n -j -r -fast2 on it

Each time is the sum of the step's commands' wall-clock times, each command started directly, with
no wrapper whose own start would count. Peak RSS comes from one more pass of exposure's steps under
/usr/bin/time -v: the largest "Maximum resident set size" of any of the step's commands.
Medians are over runs. Ratios compare medians from the same invocation. Results also go to a
JSON file in the work directory. Exit status: 0 when the benchmark ran and its exports were read
correctly (whether or not targets are met), 1 when a check of the exports or of exposure's
output failed, 2 on a usage or tool error.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR = HERE / "make_export.py"
MB = 1_000_000

TARGET_SCAN_VS_UNZIP = 0.10     # first scan <= 0.1 x unzip -p
TARGET_EXIFTOOL_VS_SCAN = 30.0  # unzip + exiftool >= 30 x first scan
TARGET_RESCAN_VS_SCAN = 0.05    # rescan <= 0.05 x first scan
TARGET_PEAK_MB = 150.0          # peak RSS of every exposure command
TARGET_MEMORY_GROWTH = 1.2      # scan peak RSS at the largest N / at the smallest N
TARGET_100K_SECONDS = 1.0       # report and export --csv on 100,000 items

STEPS = [
    ("unzip_p", "unzip -p (every byte read once)"),
    ("scan", "exposure scan (first, fresh db)"),
    ("rescan", "exposure scan (again, unchanged)"),
    ("rescan_each", "  the same, one command per export"),
    ("report", "exposure report"),
    ("export_csv", "exposure export --csv"),
    ("review", "exposure review --format json"),
    ("plan", "exposure plan"),
    ("unzip_exiftool", "unzip + exiftool -n -j -r -fast2"),
]
EXPOSURE_STEPS = ("scan", "rescan", "rescan_each", "report", "export_csv", "review", "plan")


class BenchError(Exception):
    pass


def log(text: str = "") -> None:
    print(text, flush=True)


# ------------------------------------------------------------------------------------------
# Running and timing commands
# ------------------------------------------------------------------------------------------

class Timed:
    def __init__(self, seconds: float, stdout: str):
        self.seconds, self.stdout = seconds, stdout


def timed(command: list[str], stdout_to: Path | None = None) -> Timed:
    """Runs `command` with no wrapper, whose own start would count; stdout goes to stdout_to (then
    read back) or /dev/null."""
    out = open(stdout_to, "wb") if stdout_to else subprocess.DEVNULL
    try:
        with tempfile.TemporaryFile() as err:
            started = time.perf_counter()
            process = subprocess.Popen(command, stdout=out, stderr=err)
            process.wait()
            seconds = time.perf_counter() - started
            err.seek(0)
            stderr = err.read()
    finally:
        if stdout_to:
            out.close()
    if process.returncode != 0:
        raise BenchError(f"`{' '.join(command)}` failed with status {process.returncode}:\n"
                         + stderr.decode(errors="replace")[-2000:])
    text = stdout_to.read_text(errors="replace") if stdout_to else ""
    return Timed(seconds, text)


def peak_rss_kb(command: list[str]) -> int:
    """The command's peak resident set size, as /usr/bin/time -v reports it."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        done = subprocess.run(["/usr/bin/time", "-v", "-o", report.name, *command],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode != 0:
            raise BenchError(f"`{' '.join(command)}` failed with status {done.returncode}:\n"
                             + done.stderr.decode(errors="replace")[-2000:])
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", Path(report.name).read_text())
    return int(match.group(1)) if match else 0


def median(values):
    return statistics.median(values) if values else None


def fmt_s(value):
    return "-" if value is None else f"{value:.3f}" if value < 10 else f"{value:.1f}"


def fmt_mb(kb):
    return "-" if not kb else f"{kb * 1024 / MB:.1f}"


# ------------------------------------------------------------------------------------------
# Exports
# ------------------------------------------------------------------------------------------

def generator_version() -> str:
    return hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:16]


def ensure_export(work: Path, n: int, seed: int, small: bool) -> tuple[Path, dict]:
    folder = work / "exports" / f"n{n}-seed{seed}{'-small' if small else ''}"
    manifest_path = folder / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        fresh = manifest.get("generator") == generator_version() and all(
            (folder / e["zip"]).exists() and (folder / e["zip"]).stat().st_size == e["zip_bytes"]
            for e in manifest["exports"].values())
        if fresh:
            log(f"Reusing the exports in {folder} (generated earlier by this make_export.py).")
            return folder, manifest
    log(f"Generating {n:,} photos{' (small files)' if small else ''} into {folder} ...")
    shutil.rmtree(folder, ignore_errors=True)
    command = [sys.executable, str(GENERATOR), "--n", str(n), "--seed", str(seed), "--out", str(folder)]
    if small:
        command.append("--small")
    started = time.perf_counter()
    subprocess.run(command, check=True)
    log(f"  generated in {time.perf_counter() - started:.1f} s")
    return folder, json.loads(manifest_path.read_text())


def warm(paths: list[Path]) -> None:
    """Reads the zips once so every timed command starts with them in the page cache."""
    for path in paths:
        with open(path, "rb") as f:
            while f.read(8 << 20):
                pass


# ------------------------------------------------------------------------------------------
# Checks of what exposure and exiftool made of the exports
# ------------------------------------------------------------------------------------------

SCANNED = re.compile(r"Recorded (\d+) photos and videos .*\((\d+) named but missing, (\d+) that no JSON mentions\)")
WARNINGS = re.compile(r"(\d+) warnings?;")


def check_scan(outputs: list[str], n: int, problems: list[str]) -> dict:
    recorded = missing = unreferenced = warnings = 0
    for text in outputs:
        matches = list(SCANNED.finditer(text))
        if len(matches) != 2:
            problems.append(f"scan output does not describe two exports: {text.strip()[:300]!r}")
        for match in matches:
            recorded += int(match.group(1))
            missing += int(match.group(2))
            unreferenced += int(match.group(3))
        for warning in WARNINGS.finditer(text):
            warnings += int(warning.group(1))
    if recorded != n:
        problems.append(f"scan recorded {recorded} items, expected {n}")
    if missing or unreferenced:
        problems.append(f"scan found {missing} missing and {unreferenced} unreferenced files, expected none")
    if warnings:
        problems.append(f"scan gave {warnings} warnings; see `exposure report`")
    return {"recorded": recorded, "missing": missing, "unreferenced": unreferenced, "warnings": warnings}


def check_rescan(outputs: list[str], exports: int, problems: list[str]) -> None:
    for text in outputs:
        if text.count("Unchanged since the last scan") != exports:
            problems.append(f"second scan did not report every export unchanged: {text.strip()[:300]!r}")


def check_database(db: Path, n: int, problems: list[str]) -> dict:
    """Counts rows directly; tolerant of schema changes, since the schema is not the benchmark's."""
    found = {}
    try:
        import sqlite3
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            for table in ("item", "scanWarning"):
                try:
                    found[table] = connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                except sqlite3.Error:
                    pass
            if found.get("scanWarning"):
                rows = connection.execute("SELECT file, message FROM scanWarning LIMIT 5").fetchall()
                problems.append(f"database holds {found['scanWarning']} scan warnings, e.g. {rows}")
            if "item" in found and found["item"] != n:
                problems.append(f"database holds {found['item']} items, expected {n}")
    except Exception as error:  # noqa: BLE001 - a check, never a reason to stop the timing
        found["error"] = str(error)
    return found


def check_report(text: str, problems: list[str]) -> None:
    """Each export's section ends with a `Warnings:` line, which must say none; nothing may be unreadable."""
    for line in text.splitlines():
        stripped = line.strip()
        lower = stripped.lower()
        warnings = re.match(r"warnings\b[^:]*:\s*(.*)$", lower)
        if (warnings and warnings.group(1) != "none") or "unreadable" in lower:
            problems.append(f"report mentions a problem: {stripped[:200]!r}")


def check_csv(path: Path, n: int, problems: list[str]) -> int:
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        rows = sum(1 for _ in csv.reader(f)) - 1
    if rows != n:
        problems.append(f"export --csv wrote {rows} rows, expected {n}")
    return rows


def check_exiftool(path: Path, n: int, problems: list[str]) -> dict:
    files = json.loads(path.read_text(errors="replace") or "[]")
    jpegs = sum(1 for f in files if f.get("FileType") == "JPEG")
    bad = [f for f in files if "Error" in f or "Warning" in f]
    if jpegs != n:
        problems.append(f"exiftool read {jpegs} JPEGs, expected {n}")
    if bad:
        problems.append(f"exiftool reported {len(bad)} errors or warnings, e.g. "
                        f"{bad[0].get('SourceFile')}: {bad[0].get('Error') or bad[0].get('Warning')}")
    return {"files": len(files), "jpegs": jpegs, "errors_or_warnings": len(bad)}


# ------------------------------------------------------------------------------------------
# One size
# ------------------------------------------------------------------------------------------

def remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def bench_size(args, exposure: str, n: int, small: bool, steps: list[str], exiftool_runs: int) -> dict:
    folder, manifest = ensure_export(args.work, n, args.seed, small)
    zips = [folder / manifest["exports"][p]["zip"] for p in ("facebook", "instagram")]
    scratch = args.work / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    db = scratch / f"bench-{n}.sqlite"
    csv_path = scratch / f"items-{n}.csv"
    extracted = scratch / f"extracted-{n}"
    out = {name: scratch / f"{name}.out" for name in ("scan", "rescan", "report", "exiftool")}
    problems: list[str] = []
    checks: dict = {}
    times: dict[str, list[float]] = {s: [] for s in steps}
    parts: dict[str, dict[str, list[float]]] = {s: {} for s in steps}
    rss: dict[str, int] = {s: 0 for s in steps}
    warm(zips)
    load_before = os.getloadavg()

    def record(step: str, commands: list[tuple[str, list[str], Path | None]]) -> list[str]:
        total, texts = 0.0, []
        for label, command, stdout_to in commands:
            result = timed(command, stdout_to)
            total += result.seconds
            parts[step].setdefault(label, []).append(result.seconds)
            texts.append(result.stdout)
        times[step].append(total)
        return texts

    both = [exposure, "scan", *map(str, zips), "--db", str(db), "--quiet"]
    exposure_steps = [
        ("scan", [("both", both, out["scan"])]),
        ("rescan", [("both", both, out["rescan"])]),
        ("rescan_each", [(p, [exposure, "scan", str(z), "--db", str(db), "--quiet"], out["rescan"])
                         for p, z in zip(("facebook", "instagram"), zips)]),
        ("report", [("report", [exposure, "report", "--db", str(db)], out["report"])]),
        ("export_csv", [("export", [exposure, "export", "--csv", str(csv_path), "--db", str(db)], None)]),
        ("review", [("review", [exposure, "review", "--format", "json", "--db", str(db)], None)]),
        ("plan", [("plan", [exposure, "plan", "--db", str(db)], None)]),
    ]
    exposure_steps = [(step, commands) for step, commands in exposure_steps if step in steps]

    def check(step: str, texts: list[str]) -> None:
        if step == "scan":
            checks["scan"] = check_scan(texts, n, problems)
            checks["database"] = check_database(db, n, problems)
        elif step in ("rescan", "rescan_each"):
            check_rescan(texts, 2 if step == "rescan" else 1, problems)
        elif step == "report":
            check_report(texts[0], problems)
            shutil.copy(out["report"], scratch / f"report-{n}.txt")
        elif step == "export_csv":
            checks["csv_rows"] = check_csv(csv_path, n, problems)

    for run in range(args.runs):
        first = run == 0
        log(f"  run {run + 1}/{args.runs} ...")
        if "unzip_p" in steps:
            record("unzip_p", [(z.name, ["unzip", "-p", str(z)], None) for z in zips])
        remove_db(db)
        for step, commands in exposure_steps:
            csv_path.unlink(missing_ok=True)
            texts = record(step, commands)
            if first:
                check(step, texts)
        csv_path.unlink(missing_ok=True)
        if "unzip_exiftool" in steps and run < exiftool_runs:
            shutil.rmtree(extracted, ignore_errors=True)
            extracted.mkdir()
            commands = [(f"unzip {z.name}", ["unzip", "-q", "-o", str(z), "-d", str(extracted)], None) for z in zips]
            commands.append(("exiftool", ["exiftool", "-n", "-j", "-r", "-fast2", str(extracted)], out["exiftool"]))
            record("unzip_exiftool", commands)
            shutil.rmtree(extracted, ignore_errors=True)
            if first:
                checks["exiftool"] = check_exiftool(out["exiftool"], n, problems)
            out["exiftool"].unlink(missing_ok=True)
    # Memory has a pass of its own, under /usr/bin/time -v: a command started straight from Python
    # reports Python's own resident size as its peak, since the kernel carries it across exec.
    log("  memory pass ...")
    remove_db(db)
    for step, commands in exposure_steps:
        csv_path.unlink(missing_ok=True)
        for _, command, _ in commands:
            rss[step] = max(rss[step], peak_rss_kb(command))
    csv_path.unlink(missing_ok=True)
    remove_db(db)
    zip_bytes = sum(z.stat().st_size for z in zips)
    return {
        "n": n, "small_files": small, "exports": manifest["exports"], "zip_bytes": zip_bytes,
        "runs": args.runs, "exiftool_runs": min(exiftool_runs, args.runs) if "unzip_exiftool" in steps else 0,
        "seconds": times, "parts": parts, "median_seconds": {s: median(v) for s, v in times.items()},
        "peak_rss_kb": rss, "checks": checks, "problems": problems,
        "loadavg_before": load_before, "loadavg_after": os.getloadavg(),
    }


def print_size(result: dict) -> None:
    n, e = result["n"], result["exports"]
    log()
    log(f"N = {n:,} photos ({e['facebook']['photos']:,} Facebook + {e['instagram']['photos']:,} Instagram), "
        f"two zips of {result['zip_bytes'] / MB:,.0f} MB together"
        + (" — small 2-6 KiB photos: only report and export are meaningful here" if result["small_files"] else ""))
    exif_note = ""
    if result["exiftool_runs"] and result["exiftool_runs"] < result["runs"]:
        exif_note = f"; unzip + exiftool: {result['exiftool_runs']} run(s) only"
    log(f"median of {result['runs']} run(s){exif_note}; load average "
        f"{result['loadavg_before'][0]:.2f} before, {result['loadavg_after'][0]:.2f} after")
    log(f"  {'step':<36} {'median s':>9} {'min s':>8} {'max s':>8} {'peak RSS MB':>12}")
    for step, label in STEPS:
        values = result["seconds"].get(step)
        if not values:
            continue
        log(f"  {label:<36} {fmt_s(median(values)):>9} {fmt_s(min(values)):>8} {fmt_s(max(values)):>8} "
            f"{fmt_mb(result['peak_rss_kb'][step]):>12}")
        if step == "unzip_exiftool":
            pieces = ", ".join(f"{k} {fmt_s(median(v))}" for k, v in result["parts"][step].items())
            log(f"  {'':<4}({pieces} s)")
    c = result["checks"]
    if not result["problems"]:
        exif = c.get("exiftool")
        log(f"  checks passed: {c.get('scan', {}).get('recorded')} items recorded, none missing or unreferenced, "
            f"no warnings; rescan unchanged; CSV {c.get('csv_rows')} rows"
            + (f"; exiftool read {exif['jpegs']} JPEGs without errors" if exif else ""))
    for problem in result["problems"]:
        log(f"  CHECK FAILED: {problem}")


# ------------------------------------------------------------------------------------------
# Targets
# ------------------------------------------------------------------------------------------

def targets(results: list[dict], items100k: dict | None) -> list[dict]:
    rows = []

    def add(name, value, shown, goal, ok):
        rows.append({"target": name, "value": value, "shown": shown, "goal": goal,
                     "status": "n/a" if ok is None else "PASS" if ok else "FAIL"})

    for r in results:
        m, n = r["median_seconds"], f"N={r['n']:,}"
        if m.get("scan") and m.get("unzip_p"):
            v = m["scan"] / m["unzip_p"]
            add(f"{n}: first scan / unzip -p", v, f"{v:.3f}", f"<= {TARGET_SCAN_VS_UNZIP}", v <= TARGET_SCAN_VS_UNZIP)
        if m.get("scan") and m.get("unzip_exiftool"):
            v = m["unzip_exiftool"] / m["scan"]
            add(f"{n}: (unzip + exiftool) / first scan", v, f"{v:.1f}x", f">= {TARGET_EXIFTOOL_VS_SCAN:g}x",
                v >= TARGET_EXIFTOOL_VS_SCAN)
        else:
            add(f"{n}: (unzip + exiftool) / first scan", None, "not measured (--exiftool-runs 0)",
                f">= {TARGET_EXIFTOOL_VS_SCAN:g}x", None)
        if m.get("scan") and m.get("rescan") is not None:
            v = m["rescan"] / m["scan"]
            add(f"{n}: rescan / first scan", v, f"{v:.3f}", f"<= {TARGET_RESCAN_VS_SCAN}", v <= TARGET_RESCAN_VS_SCAN)
        peak = max(r["peak_rss_kb"].get(s, 0) for s in EXPOSURE_STEPS) * 1024 / MB
        add(f"{n}: peak RSS of exposure (scan, rescan, report, export)", peak, f"{peak:.1f} MB",
            f"<= {TARGET_PEAK_MB:g} MB", peak <= TARGET_PEAK_MB)
    full = [r for r in results if not r["small_files"]]
    if len(full) >= 2:
        low, high = min(full, key=lambda r: r["n"]), max(full, key=lambda r: r["n"])
        v = high["peak_rss_kb"]["scan"] / max(1, low["peak_rss_kb"]["scan"])
        add(f"scan peak RSS at N={high['n']:,} / at N={low['n']:,}", v, f"{v:.2f}", f"<= {TARGET_MEMORY_GROWTH}",
            v <= TARGET_MEMORY_GROWTH)
    else:
        add("scan peak RSS at N=30,000 / at N=3,000", None, "not measured (needs two sizes)",
            f"<= {TARGET_MEMORY_GROWTH}", None)
    if items100k:
        m = items100k["median_seconds"]
        for step, label in (("report", "report"), ("export_csv", "export --csv")):
            v = m[step]
            add(f"{label} on {items100k['n']:,} items", v, f"{v:.3f} s", f"< {TARGET_100K_SECONDS:g} s",
                v < TARGET_100K_SECONDS)
    else:
        add("report / export --csv on 100,000 items", None, "not measured (use --items100k)",
            f"< {TARGET_100K_SECONDS:g} s", None)
    return rows


def machine() -> dict:
    info = {"nproc": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
        info["cpu"] = model.group(1).strip() if model else None
        meminfo = Path("/proc/meminfo").read_text()
        total = re.search(r"^MemTotal:\s*(\d+) kB", meminfo, re.M)
        info["memory_gb"] = round(int(total.group(1)) * 1024 / 1e9, 1) if total else None
    except OSError:
        pass
    for key, command in (("exiftool", ["exiftool", "-ver"]), ("unzip", ["unzip", "-v"]),
                         ("swift", ["swift", "--version"])):
        try:
            text = subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip()
            info[key] = text.splitlines()[0] if text else None
        except (OSError, subprocess.SubprocessError):
            info[key] = None
    try:
        repo = HERE.parent
        commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "Sources"],
                               capture_output=True, text=True).stdout.strip()
        info["exposure_commit"] = commit + (" with uncommitted changes in Sources/" if dirty else "")
    except OSError:
        pass
    return info


def main() -> int:
    parser = argparse.ArgumentParser(description="Exposure's benchmark; run it through Benchmarks/run.")
    parser.add_argument("--exposure", required=True, help="the release-built exposure binary")
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--sizes", default="3000,30000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--exiftool-runs", type=int, default=None,
                        help="runs of unzip + exiftool (default: --runs up to N=10,000, 1 above)")
    parser.add_argument("--items100k", action="store_true")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.smoke:
        args.sizes, args.runs = "200", 1
    sizes = [int(s.replace("_", "").replace(",", "")) for s in args.sizes.split(",") if s.strip()]
    if not sizes or min(sizes) < 2 or args.runs < 1:
        print("--sizes needs numbers >= 2 and --runs >= 1", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    exposure = str(Path(args.exposure).resolve())
    info = machine()
    log(f"Machine: {info.get('nproc')} CPUs, {info.get('cpu')}, {info.get('memory_gb')} GB RAM; "
        f"load average {os.getloadavg()[0]:.2f}")
    log(f"exposure {info.get('exposure_commit')}; exiftool {info.get('exiftool')}; work dir {args.work}")
    log("All commands read the zips from the page cache (each zip is read once before timing).")

    results, items100k, started = [], None, time.time()
    try:
        for n in sizes:
            exiftool_runs = args.exiftool_runs if args.exiftool_runs is not None else (
                args.runs if n <= 10_000 else 1)
            log(f"\n== N = {n:,} ==")
            result = bench_size(args, exposure, n, False, [s for s, _ in STEPS], exiftool_runs)
            print_size(result)
            results.append(result)
        if args.items100k:
            log("\n== 100,000 items, small 2-6 KiB photos: times report and export --csv on the database; "
                "its scan is not a scan-speed measurement ==")
            items100k = bench_size(args, exposure, 100_000, True, ["scan", "rescan", "report", "export_csv", "review", "plan"], 0)
            print_size(items100k)
    except BenchError as error:
        print(f"\nBenchmark stopped: {error}", file=sys.stderr)
        return 2

    rows = targets(results, items100k)
    log("\nTargets (ratios of medians from this run)"
        + (" -- smoke run: N=200 and one run, so these say nothing about speed:" if args.smoke else ":"))
    for row in rows:
        log(f"  {row['status']:<5} {row['target']:<58} {row['shown']:>14}   target {row['goal']}")
    problems = [p for r in results + ([items100k] if items100k else []) for p in r["problems"]]
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(started))
    results_dir = args.work / "results"
    results_dir.mkdir(exist_ok=True)
    path = results_dir / f"results-{stamp}.json"
    path.write_text(json.dumps({
        "started_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "seconds_total": round(time.time() - started, 1), "machine": info, "seed": args.seed,
        "smoke": args.smoke, "sizes": results, "items100k": items100k, "targets": rows,
        "valid": not problems}, indent=2) + "\n")
    log(f"\nResults: {path}")
    if problems:
        log(f"{len(problems)} check(s) failed: the numbers above do not describe a correct scan.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
