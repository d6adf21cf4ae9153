# ReportGen build script (Windows). A thin mirror of build.sh; see README.md.
#
#   ./build.ps1          build and generate every bundled area's assessment into output/
#   ./build.ps1 test     build and run the test suite
#   ./build.ps1 build    only compile
#   ./build.ps1 release  publish a precompiled, self-contained build (fast start-up) to artifacts/reportgen/
param(
    [Parameter(Position = 0)][string]$Command = "generate",
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest = @()
)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

function Assert-Dotnet {
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        throw "The .NET 10 SDK is required: https://dotnet.microsoft.com/download"
    }
}

function Test-LibreOffice {
    $candidates = @("soffice", "$env:ProgramFiles\LibreOffice\program\soffice.exe", "${env:ProgramFiles(x86)}\LibreOffice\program\soffice.exe")
    foreach ($c in $candidates) { if (Get-Command $c -ErrorAction SilentlyContinue) { return } }
    Write-Warning "LibreOffice was not found: Word files will be written, PDFs will not. Install it from https://www.libreoffice.org/download/ (or: winget install TheDocumentFoundation.LibreOffice)."
}

# The web edition's browser test: Chromium (or Chrome/Edge, which share its engine) driven by puppeteer-core and axe-core.
function Initialize-BrowserTest {
    $candidates = @($env:REPORTGEN_CHROMIUM, "$env:ProgramFiles\Chromium\Application\chrome.exe",
        "$env:ProgramFiles\Google\Chrome\Application\chrome.exe", "${env:ProgramFiles(x86)}\Microsoft\Edge\Application\msedge.exe")
    $found = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if ($found) { $env:REPORTGEN_CHROMIUM = $found }
    else { Write-Warning "Chromium was not found: the web edition's browser tests will fail. Install it (winget install Hibbiki.Chromium) or set REPORTGEN_CHROMIUM." }
    if (-not (Get-Command npm -ErrorAction SilentlyContinue)) { throw "Node.js (npm) is required for the browser tests: winget install OpenJS.NodeJS.LTS" }
    Write-Host "==> Installing the browser test's node modules (npm ci)"
    Push-Location tests/ReportGen.Html.Tests/browser
    npm ci --no-audit --no-fund --loglevel=error
    $status = $LASTEXITCODE
    Pop-Location
    if ($status -ne 0) { exit $status }
}

function Invoke-Build {
    Write-Host "==> Building"
    dotnet build ReportGen.sln -c Release -nologo -v quiet -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

switch ($Command) {
    "generate" {
        Assert-Dotnet; Test-LibreOffice; Invoke-Build
        Write-Host "==> Generating every bundled area into output/"
        dotnet src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll build @Rest
        exit $LASTEXITCODE
    }
    "test" {
        Assert-Dotnet; Test-LibreOffice; Initialize-BrowserTest; Invoke-Build
        Write-Host "==> Running tests"
        dotnet test ReportGen.sln -c Release --no-build -nologo -v quiet @Rest
        exit $LASTEXITCODE
    }
    "build" { Assert-Dotnet; Invoke-Build }
    "release" {
        # One ReadyToRun image of ReportGen, its libraries and the .NET runtime (see build.sh release).
        Assert-Dotnet
        $rid = if ([System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture -eq "Arm64") { "win-arm64" } else { "win-x64" }
        Write-Host "==> Publishing a self-contained composite ReadyToRun build to artifacts/reportgen/ ($rid)"
        if (Test-Path artifacts/reportgen) { Remove-Item -Recurse -Force artifacts/reportgen }
        dotnet publish src/ReportGen.Cli -c Release -r $rid --self-contained true -p:PublishReadyToRunComposite=true -o artifacts/reportgen -nologo -v quiet -clp:ErrorsOnly
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
        Write-Host "Run it as artifacts/reportgen/reportgen.exe <command>"
    }
    default { Write-Error "Usage: ./build.ps1 [generate|test|build|release] [generator options]"; exit 2 }
}
