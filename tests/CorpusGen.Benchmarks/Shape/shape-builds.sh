#!/usr/bin/env bash
# Whole-process `dotnet build -c Release` of variants of the generated BBC sources, dumped as plain .cs files (no
# generator), with the compiler server on, alternating builds; prints each build's wall time and Csc task time.
# usage: shape-builds.sh DUMP_FOLDER ROUNDS VARIANT...   (folders made by `shape 0 <variants> DUMP_FOLDER`)
set -euo pipefail
dump=$1; rounds=$2; shift 2
# As the builds benchmark: this machine's environment turns the compiler server and node reuse off.
unset UseSharedCompilation MSBUILDDISABLENODEREUSE DOTNET_CLI_USE_MSBUILD_SERVER
work=$dump/projects
mkdir -p "$work"
echo '<Project />' > "$work/Directory.Build.props"; echo '<Project />' > "$work/Directory.Build.targets"
for v in "$@"; do
  rm -rf "$work/$v"; mkdir -p "$work/$v"; cp "$dump/$v"/*.cs "$work/$v/"
  cat > "$work/$v/$v.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><RootNamespace>Bbc</RootNamespace>
    <Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
</Project>
XML
  (cd "$work/$v" && dotnet restore -v:q > /dev/null && dotnet build --no-restore -c Release -v:q > /dev/null)  # warm-up
done
for r in $(seq 1 "$rounds"); do
  for v in "$@"; do
    echo "// round $r" >> "$work/$v/Program.cs"
    start=$(date +%s.%N)
    out=$(cd "$work/$v" && dotnet build --no-restore -c Release -v:n -clp:PerformanceSummary)
    end=$(date +%s.%N)
    csc=$(grep -E '^\s*[0-9]+ ms\s+Csc\s+[0-9]+ calls' <<< "$out" | awk '{print $1}')
    server=$(grep -c 'CompilerServer: server - server processed compilation' <<< "$out" || true)
    echo "$r $v $(echo "$end - $start" | bc) ${csc:-?} server=$server"
  done
done
