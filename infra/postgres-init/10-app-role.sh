#!/bin/sh
# Runs once, when the postgres container initialises an empty volume: the login role the app connects as.
# It owns nothing and is no superuser; opcat-hub grants it its privileges at each start (migrations run as opcat).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v pw="$APP_DB_PASSWORD" <<'SQL'
create role opcat_app login nosuperuser nocreatedb nocreaterole password :'pw';
SQL
