# Shared by scripts/demo and scripts/test (sourced, not run): the virtualenv and the packages.

# Debian packages from scripts/system-packages that are not installed yet.
missing_system_packages() {
  local pkg
  command -v dpkg-query >/dev/null 2>&1 || return 0
  grep -v '^\s*\(#\|$\)' scripts/system-packages | while read -r pkg; do
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

# Install what is missing when we may (root); otherwise say what to install and go on.
ensure_system_packages() {
  local missing
  missing=$(missing_system_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Systeempakketten installeren: $missing" >&2
    if [ -z "${PLANMANAGER_APT_UPDATED:-}" ]; then
      apt-get update -qq >&2
      export PLANMANAGER_APT_UPDATED=1
    fi
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >&2
  else
    echo "Let op: deze systeempakketten ontbreken: $missing" >&2
    echo "       installeer ze met: sudo apt-get install $missing" >&2
  fi
}

# .venv with the program and its development tools, reinstalled only when pyproject.toml changed.
ensure_venv() {
  local python="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq >&2 && export PLANMANAGER_APT_UPDATED=1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >&2
      else
        echo "Python kan geen virtuele omgeving maken: installeer python3-venv (sudo apt-get install python3-venv)." >&2
        exit 1
      fi
    fi
    echo "Virtuele omgeving .venv aanmaken..." >&2
    "$python" -m venv .venv
  fi
  local stamp=".venv/.planmanager-installed"
  local wanted
  wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "PlanManager Desktop en zijn hulpmiddelen installeren (pip install -e '.[dev]')..." >&2
    .venv/bin/python -m pip install -q -e '.[dev]' >&2
    echo "$wanted" > "$stamp"
  fi
}
