#!/usr/bin/env bash
# Adds a migration with the same name for every database provider: ./scripts/add-migration.sh AddSomething
# Or for the providers named after it, e.g. to regenerate SQL Server's first migration after deleting its files:
#   rm src/KixWorks.Data.SqlServer/Migrations/*.cs && ./scripts/add-migration.sh InitialCreate SqlServer
# Each provider project (src/KixWorks.Data.<Provider>) holds its context subclass, a design-time factory and
# its Migrations folder; none of them needs a running database to generate a migration. (Removing one does, on SQL
# Server: `dotnet ef migrations remove` connects there, so delete an unwanted SQL Server migration's files by hand.)
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName [Sqlite|Postgres|SqlServer ...]}"
shift
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
providers=("$@")
[ ${#providers[@]} -gt 0 ] || providers=(Sqlite Postgres SqlServer)
for provider in "${providers[@]}"; do
  project="src/KixWorks.Data.$provider/KixWorks.Data.$provider.csproj"
  dotnet build "$project" -v q -nologo
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project "$project" \
    --context "${provider}KixWorksDbContext" --output-dir Migrations
done
echo "Added migration $name for ${providers[*]}. Review them all before committing."
