#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database: restore.sh <DATABASE_URL> <file.dump>
set -euo pipefail
url=${1:?usage: restore.sh DATABASE_URL FILE}
file=${2:?usage: restore.sh DATABASE_URL FILE}
sha256sum --check "$file.sha256"
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$url" "$file"
