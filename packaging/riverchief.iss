; Inno Setup 6 (6.3 or newer) script: wraps dist\RiverChief, built by packaging\build.py,
; into dist\RiverChief-<version>-setup.exe. Build it with
;     python packaging\build.py --installer
; which passes the version from pyproject.toml (/DAppVersion=...) and the folders.
;
; Per-user install: no administrator rights, installed under %LOCALAPPDATA%\Programs,
; a Start-menu entry, an optional desktop icon. The user's data (%LOCALAPPDATA%\RiverChief:
; database, backups, logs) is kept on uninstall unless the user answers Yes when asked.

#ifndef AppVersion
  #error Build through "python packaging\build.py --installer": it passes /DAppVersion from pyproject.toml
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\RiverChief"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
; the app's icon (tools\make_icon.py draws it; the .exe carries it too)
#define SourceIcon "..\resources\icons\riverchief.ico"
#define BundledIcon "_internal\resources\icons\riverchief.ico"
#define AppName "RiverChief 河长巡河"
#define GuiExe "riverchief-gui.exe"
; Inno Setup's Chinese messages are an optional download (see README); without them the
; installer is in English.
#define HaveChinese FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")

[Setup]
AppId={{6F3B1C2E-8A47-4D59-B0E1-52C7A9D4E813}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RiverChief
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={userpf}\RiverChief
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=RiverChief-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
SetupIconFile={#SourceIcon}
UninstallDisplayIcon={app}\{#BundledIcon}
CloseApplications=yes
SetupLogging=yes

[Languages]
#if HaveChinese
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.RemoveData=Also delete your RiverChief data?%n%nThe database, its backups and the logs in%n%n%1%n%nwill be deleted for good. Choose No to keep them: installing RiverChief again finds them.
#if HaveChinese
chinesesimplified.RemoveData=是否同时删除河长巡河的数据？%n%n以下文件夹中的数据库、备份和日志将被永久删除：%n%n%1%n%n选择“否”可保留数据，重新安装河长巡河后仍可使用。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; riverchief.cmd (the command line) comes with the folder above.

[InstallDelete]
; an update replaces the program folder completely (never the data folder)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; AppUserModelID: "RiverChief.RiverChief"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon; AppUserModelID: "RiverChief.RiverChief"

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataDir(): String;
begin
  { riverchief.paths.data_dir(): platformdirs' user data folder, not roaming }
  Result := ExpandConstant('{localappdata}\RiverChief');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Keep the data unless the user says Yes; "No" is the default button, and a silent
    uninstall never deletes it. }
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) and DirExists(DataDir()) then
  begin
    if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(DataDir(), True, True, True);
      { the window layout and language (QSettings) }
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\RiverChief');
    end;
  end;
end;
