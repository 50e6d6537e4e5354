#!/usr/bin/env bash
# Adds a migration with the same name for both providers, keeping the two sets current together.
# Usage: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --project Dialogues.App \
    --context "${provider}AppDbContext" \
    --output-dir "Infrastructure/Data/Migrations/$provider"
done
