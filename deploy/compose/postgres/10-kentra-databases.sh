#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is empty (docker-entrypoint-initdb.d): one role and one database per
# owner, each password from the environment (.env). The services create their schemas and extensions
# (pg_trgm and unaccent are trusted extensions: a database owner may create them) through Liquibase.
set -euo pipefail

create() {
  local role="$1" database="$2" password="$3"
  if [ -z "$password" ]; then
    echo "10-kentra-databases.sh: the password of $role is empty; set it in .env" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="$role" -v database="$database" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create kentra_registry  kentra_registry  "${KENTRA_REGISTRY_DB_PASSWORD:-}"
create kentra_cases     kentra_cases     "${KENTRA_CASES_DB_PASSWORD:-}"
create kentra_reporting kentra_reporting "${KENTRA_REPORTING_DB_PASSWORD:-}"
create keycloak         keycloak         "${KEYCLOAK_DB_PASSWORD:-}"
