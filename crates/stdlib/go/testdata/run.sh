#!/usr/bin/env bash
# Compares Amber's Go standard packages with real Go. See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run "$here/prep/main.go" "$here/.." "$tmp"
cd "$tmp"
export GOFLAGS=-mod=mod GOTOOLCHAIN=local GOPROXY=off
if [ $# -gt 0 ]; then names=("$@"); else
  names=(); for d in "$here"/compare/*/; do n=$(basename "$d"); [ "$n" = check ] || names+=("$n"); done
fi
status=0
for n in "${names[@]}"; do
  go run "./compare/$n" || status=1
done
exit $status
