#!/usr/bin/env bash
# Consistent logical backup of the opcat-hub database: backup.sh <DATABASE_URL> [target-dir]
set -euo pipefail
url=${1:?usage: backup.sh DATABASE_URL [target-dir]}
dir=${2:-.}
file="$dir/opcat-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --file="$file" "$url"
sha256sum "$file" > "$file.sha256"
echo "$file"
