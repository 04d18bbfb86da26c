; Inno Setup 6 script: HeroViewer for one user, with no administrator rights (school PCs).
; Build on Windows after PyInstaller (packaging\build.py runs both):
;     iscc /DAppVersion=0.1.0 packaging\windows\heroviewer.iss
; It packs dist\heroviewer\ (the one-folder build of packaging\heroviewer.spec) into
; dist\heroviewer-VERSION-windows-setup.exe. The version comes from pyproject.toml via build.py.
;
; The catalogue, settings and backups live in %LOCALAPPDATA%\HeroViewer, apart from the program
; (%LOCALAPPDATA%\Programs\HeroViewer): the uninstaller removes only the files it installed, so
; they stay in place, and so does a data folder made beside the program in portable mode.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z heroviewer.iss (packaging\build.py does)
#endif
#define Dist "..\..\dist\heroviewer"

[Setup]
AppId={{6F1B7C2E-3D4A-4C5B-9E8F-0A1B2C3D4E5F}
AppName=HeroViewer
AppVersion={#AppVersion}
AppVerName=HeroViewer {#AppVersion}
AppPublisher=The HeroViewer authors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\HeroViewer
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=heroviewer-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\heroviewer.ico
UninstallDisplayIcon={app}\heroviewer.exe
UninstallDisplayName=HeroViewer {#AppVersion}
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup has a Russian translation and no Tajik one: on a Tajik Windows, choose Russian.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
en.CatalogueFile=HeroViewer catalogue
ru.CatalogueFile=Каталог HeroViewer
en.HeroesReference=Reference of the Heroes of the Soviet Union linked to Tajikistan
ru.HeroesReference=Справочник Героев Советского Союза, связанных с Таджикистаном

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\heroviewer.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Dist}\heroviewer-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Dist}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Dist}\LICENSES\*"; DestDir: "{app}\LICENSES"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\HeroViewer"; Filename: "{app}\heroviewer.exe"; Comment: "{cm:HeroesReference}"
Name: "{autodesktop}\HeroViewer"; Filename: "{app}\heroviewer.exe"; Comment: "{cm:HeroesReference}"; Tasks: desktopicon

[Registry]
; Catalogues and their backups are SQLite files (.sqlite): HeroViewer is offered in "Open with"
; for them, and opens one with --db, without taking .sqlite away from other programs.
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "HeroViewer.Catalogue"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\HeroViewer.Catalogue"; ValueType: string; ValueName: ""; ValueData: "{cm:CatalogueFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\HeroViewer.Catalogue\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\heroviewer.exe,0"
Root: HKA; Subkey: "Software\Classes\HeroViewer.Catalogue\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\heroviewer.exe"" --db ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\heroviewer.exe\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\heroviewer.exe"; Description: "{cm:LaunchProgram,HeroViewer}"; Flags: nowait postinstall skipifsilent
