#!/usr/bin/env bash
# Adds a migration with the same name for every database provider: ./scripts/add-migration.sh AddSomething
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/KixWorks.Web/KixWorks.Web.csproj
dotnet build "$project" -v q -nologo
dotnet ef migrations add "$name" --no-build --project "$project" --context SqliteKixWorksDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --no-build --project "$project" --context PostgresKixWorksDbContext --output-dir Data/Migrations/Postgres
echo "Added migration $name for SQLite and PostgreSQL. Review both before committing."
