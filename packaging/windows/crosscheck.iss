; Inno Setup script: a Windows installer around the one-folder bundle, with the file types.
; Build on Windows after `uv run python packaging\build.py`:
;     iscc /DAppVersion=0.1.0 packaging\windows\crosscheck.iss
; It installs dist\crosscheck\ into Program Files, adds a Start-menu entry, registers
; .crosscheck sessions as Crosscheck's own (double-click opens them) and offers Crosscheck
; under "Open with" for the article formats, without taking them over.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C8E52-7D7B-4E59-9B6B-3C1B0B8D6C21}
AppName=Crosscheck
AppVersion={#AppVersion}
AppPublisher=The Crosscheck developers
DefaultDirName={autopf}\Crosscheck
DefaultGroupName=Crosscheck
UninstallDisplayIcon={app}\crosscheck-gui.exe
SetupIconFile=..\..\resources\icons\crosscheck.ico
OutputDir=..\..\dist
OutputBaseFilename=crosscheck-{#AppVersion}-setup
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog

[Files]
Source: "..\..\dist\crosscheck\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Crosscheck"; Filename: "{app}\crosscheck-gui.exe"

[Registry]
; sessions: Crosscheck's own file type
Root: HKA; Subkey: "Software\Classes\.crosscheck"; ValueType: string; ValueName: ""; ValueData: "Crosscheck.Session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.crosscheck"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-crosscheck-session"
Root: HKA; Subkey: "Software\Classes\Crosscheck.Session"; ValueType: string; ValueName: ""; ValueData: "Crosscheck session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Crosscheck.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\crosscheck-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Crosscheck.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\crosscheck-gui.exe"" ""%1"""
; articles: offered under "Open with" (a viewer), the user's default left alone
Root: HKA; Subkey: "Software\Classes\Crosscheck.Article"; ValueType: string; ValueName: ""; ValueData: "Article (Crosscheck)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Crosscheck.Article\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\crosscheck-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.html\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.htm\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.odt\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.epub\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "Crosscheck.Article"; ValueData: ""; Flags: uninsdeletevalue
