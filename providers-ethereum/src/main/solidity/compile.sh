#!/usr/bin/env bash
# Compiles AnchorRegistry.sol with solc 0.8.37 (solcjs, pinned in tools/package-lock.json) and writes
# the committed artefacts
#
#   src/main/resources/dev/cloudblog/providers/ethereum/AnchorRegistry.bin
#   src/main/resources/dev/cloudblog/providers/ethereum/AnchorRegistry.abi
#
# Both files are the compiler output byte for byte: the .bin holds the creation bytecode as lowercase
# hex without a 0x prefix, the .abi holds the ABI as single-line JSON; neither ends with a newline.
# The bytecode ends with the compiler metadata hash, which covers the source text and its path
# (src/main/solidity/AnchorRegistry.sol relative to the base path), so any edit to the source, even
# to a comment, changes the .bin. AnchorRegistryBuildTest fails when these files and the source differ.
#
# Compiler invocation (run from the module directory):
#   node tools/node_modules/solc/solc.js --optimize --optimize-runs 200 --bin --abi \
#     --base-path . -o <dir> src/main/solidity/AnchorRegistry.sol
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

if [[ ! -f tools/node_modules/solc/solc.js ]]; then
  (cd tools && npm ci --no-audit --no-fund --ignore-scripts)
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

node tools/node_modules/solc/solc.js --optimize --optimize-runs 200 --bin --abi \
  --base-path . -o "$out" src/main/solidity/AnchorRegistry.sol

target=src/main/resources/dev/cloudblog/providers/ethereum
mkdir -p "$target"
cp "$out/src_main_solidity_AnchorRegistry_sol_AnchorRegistry.bin" "$target/AnchorRegistry.bin"
cp "$out/src_main_solidity_AnchorRegistry_sol_AnchorRegistry.abi" "$target/AnchorRegistry.abi"
echo "wrote $target/AnchorRegistry.bin and $target/AnchorRegistry.abi"
