# Builds the Windows installers into target\installer\ (run on Windows; not run on the Linux build machine):
#   ValueLens-<version>.msi   per-machine install with Start-menu entry, desktop shortcut, folder chooser
#   ValueLens-<version>.exe   the same as a self-extracting installer (-Exe)
#   ValueLens\                app-image: ValueLens.exe (GUI) and valuelens-cli.exe (console) with their own runtime
# Usage: powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Exe] [-FileAssociations]
# Needs: JDK 17+ (full JDK with jpackage/jlink, e.g. Temurin 17), Maven 3.8+, Python 3, and WiX Toolset 3.x
# (candle.exe/light.exe on PATH; JDK 17's jpackage does not support WiX 4+): `choco install wixtoolset`.
param([switch]$Exe, [switch]$FileAssociations)
$ErrorActionPreference = 'Stop'

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Out = Join-Path $Root 'target\installer'
$InputDir = Join-Path $Out 'input'
$Runtime = Join-Path $Out 'runtime'
$Jar = Join-Path $Root 'target\valuelens.jar'
# Same module list as installer/lib.sh (see the comment there for where it comes from).
$JdkModules = 'java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,' +
    'java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,java.xml.crypto,' +
    'jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.net,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs'
$FxModules = 'javafx.controls,javafx.swing'
# Fixed for ever: lets a newer .msi replace an installed older version instead of installing beside it.
$UpgradeUuid = 'c65dbe42-815d-4e1d-a423-b4680821c187'

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

$start = Get-Date
New-Item -ItemType Directory -Force -Path $Out | Out-Null
[xml]$pom = Get-Content (Join-Path $Root 'pom.xml')
$Version = $pom.project.version

Push-Location $Root
try {
    Write-Host '[installer] mvn package -DskipTests'
    Invoke-Checked 'mvn' @('-q', '-B', 'package', '-DskipTests')
    $cpFile = Join-Path $Out 'classpath.txt'
    Invoke-Checked 'mvn' @('-q', '-B', 'dependency:build-classpath', '-Dmdep.includeScope=runtime',
        "-Dmdep.outputFile=$cpFile")
} finally { Pop-Location }

# OpenJFX jars with the Windows classifier (javafx-base-21.0.12-win.jar, ...) are real modules for jlink.
$fxJars = (Get-Content $cpFile -Raw).Trim() -split ';' | Where-Object { $_ -match '\\javafx-[a-z]+-[^\\]*-win\.jar$' }
if (-not $fxJars) { throw 'no OpenJFX -win jars in the Maven class path' }

Remove-Item -Recurse -Force $InputDir, $Runtime -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force -Path $InputDir | Out-Null
Invoke-Checked 'python' @((Join-Path $Root 'installer\thin-jar.py'), $Jar, (Join-Path $InputDir 'valuelens.jar'))

Write-Host '[installer] jlink runtime'
Invoke-Checked 'jlink' @('--module-path', ($fxJars -join ';'), '--add-modules', "$JdkModules,$FxModules",
    '--strip-debug', '--no-header-files', '--no-man-pages', '--output', $Runtime)

$common = @(
    '--name', 'ValueLens',
    '--app-version', $Version,
    '--vendor', 'ValueLens contributors',
    '--copyright', 'Copyright (c) 2026 ValueLens contributors. Licensed under the Apache License, Version 2.0.',
    '--description', 'Customer-lifetime-value analysis: import, CLV models, segmentation, charts.',
    '--input', $InputDir,
    '--main-jar', 'valuelens.jar',
    '--main-class', 'org.valuelens.Main',
    '--runtime-image', $Runtime,
    '--java-options', '-Dvaluelens.packaged=true',
    '--java-options', '-XX:+UseSerialGC',
    '--java-options', '-Xmx2g',
    '--icon', (Join-Path $Root 'icons\valuelens.ico'),
    '--add-launcher', ("valuelens-cli=" + (Join-Path $PSScriptRoot 'cli.properties')),
    '--dest', $Out)
# --license-file: the installer shows the Apache-2.0 text (jpackage turns it into RTF for WiX) before installing
$installer = @('--win-menu', '--win-menu-group', 'ValueLens', '--win-shortcut', '--win-dir-chooser',
    '--win-upgrade-uuid', $UpgradeUuid, '--license-file', (Join-Path $Root 'LICENSE'))
if ($FileAssociations) {
    $installer += @('--file-associations', (Join-Path $PSScriptRoot 'file-assoc-csv.properties'),
        '--file-associations', (Join-Path $PSScriptRoot 'file-assoc-xlsx.properties'))
}

Write-Host '[installer] jpackage --type app-image'
Remove-Item -Recurse -Force (Join-Path $Out 'ValueLens') -ErrorAction SilentlyContinue
Invoke-Checked 'jpackage' (@('--type', 'app-image') + $common)

Write-Host '[installer] jpackage --type msi'
Invoke-Checked 'jpackage' (@('--type', 'msi') + $common + $installer)
if ($Exe) {
    Write-Host '[installer] jpackage --type exe'
    Invoke-Checked 'jpackage' (@('--type', 'exe') + $common + $installer)
}

Write-Host ("[installer] done in {0:N0} s" -f ((Get-Date) - $start).TotalSeconds)
Get-ChildItem $Out -File | Format-Table Name, Length
