#!/bin/sh
# Installs code-server (a real VS Code workbench served over HTTP) into a cache folder outside the
# repository and prints the path of its entry script. A second run reuses the install.
#
# 4.100.3 is the newest code-server whose engines allow Node 20. Its npm postinstall would fetch the
# ripgrep binary from GitHub (unreachable in CI) and insists on --unsafe-perm as root, so we do its
# job by hand: install every tree with scripts off, link Debian's rg where @vscode/ripgrep looks for
# its binary (its postinstall skips the download when bin/ exists), then `npm rebuild` to compile the
# native modules (node-pty, kerberos, spdlog, ...).
#
# Needs: node 20, npm, a C++ toolchain, python3, and the Debian packages ripgrep and libkrb5-dev.
set -eu

VERSION=4.100.3
CACHE="${BLAMELESS_E2E_CACHE:-$HOME/.cache/blameless-lint-e2e}"
DEST="$CACHE/code-server-$VERSION"
ENTRY="$DEST/node_modules/code-server/out/node/entry.js"

if [ -f "$DEST/.complete" ] && [ -f "$ENTRY" ]; then
  echo "$ENTRY"
  exit 0
fi

RG="$(command -v rg || true)"
if [ -z "$RG" ]; then
  echo "install-code-server: ripgrep (rg) is missing; apt-get install -y ripgrep" >&2
  exit 1
fi

mkdir -p "$CACHE"
# One installer at a time; whoever waited finds the finished install.
exec 9>"$CACHE/.install-$VERSION.lock"
flock 9
if [ -f "$DEST/.complete" ] && [ -f "$ENTRY" ]; then
  echo "$ENTRY"
  exit 0
fi

# Build in a scratch folder and rename at the end, so a half install never looks complete.
WORK="$DEST.partial"
rm -rf "$WORK" "$DEST"
mkdir -p "$WORK"

export npm_config_yes=true          # node-pty's build runs `npx node-gyp`
export npm_config_unsafe_perm=true  # lifecycle scripts as root
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
log() { echo "install-code-server: $*" >&2; }

cd "$WORK"
echo '{ "name": "code-server-cache", "private": true }' > package.json
log "installing code-server@$VERSION (scripts off)"
npm install --ignore-scripts --no-save "code-server@$VERSION" >&2
# argon2 (password hashing, loaded at start even with --auth none) is the top level's only native
# module; a plain `npm rebuild` here would also run code-server's own postinstall, which we replace.
npm rebuild argon2 >&2

VSCODE="$WORK/node_modules/code-server/lib/vscode"
cd "$VSCODE"
log "installing the workbench's dependencies"
npm install --ignore-scripts --omit=dev >&2
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$RG" node_modules/@vscode/ripgrep/bin/rg
log "building native modules"
npm rebuild >&2

# What code-server's postinstall.sh does after its npm install.
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh

cd "$VSCODE/extensions"
log "installing the built-in extensions' dependencies"
npm install --ignore-scripts --omit=dev >&2

# Smoke check: the native modules the server loads at start must be there.
for module in "$WORK/node_modules/argon2/lib/binding/napi-v3/argon2.node" \
  "$VSCODE/node_modules/node-pty/build/Release/pty.node" \
  "$VSCODE/node_modules/@vscode/spdlog/build/Release/spdlog.node"; do
  if [ ! -f "$module" ]; then
    log "native module $module did not build"
    exit 1
  fi
done

cd "$CACHE"
mv "$WORK" "$DEST"
touch "$DEST/.complete"
log "installed into $DEST"
echo "$ENTRY"
