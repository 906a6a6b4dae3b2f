; The per-user installer (issue 21), built by scripts/package-win/installer.mjs with Debian's
; makensis from the folder the zip holds. No administrator rights: everything goes under the
; user's own %LOCALAPPDATA%\Programs and HKCU. `/S` installs silently (tested under Wine);
; `/D=<folder>`, last and unquoted, changes the folder.
; Defines from the build: VERSION, SRC (the staged folder), OUTFILE.
; A 64-bit installer: the program is x64 anyway, and Wine without its 32-bit part (Debian's
; wine64 alone, as in CI) runs only 64-bit programs.
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ketnghia"

Name "ketnghia ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\ketnghia"
ShowInstDetails show
ShowUninstDetails show

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "ketnghia"
  SetShellVarContext current
  ; An update replaces the program whole, so no module of the old version stays behind;
  ; the user's ketnghia.config.json beside BAT-DAU.cmd is kept.
  RMDir /r "$INSTDIR\app"
  SetOutPath "$INSTDIR"
  File /r "${SRC}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  ; The shortcuts open the page: BAT-DAU.cmd serves its folder and opens the browser.
  CreateShortCut "$SMPROGRAMS\ketnghia.lnk" "$INSTDIR\BAT-DAU.cmd" "" "$INSTDIR\app\node.exe" 0
  CreateShortCut "$DESKTOP\ketnghia.lnk" "$INSTDIR\BAT-DAU.cmd" "" "$INSTDIR\app\node.exe" 0
  ; Listed in Settings > Apps for this user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "ketnghia ${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\app\node.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\ketnghia.lnk"
  Delete "$DESKTOP\ketnghia.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  RMDir /r "$INSTDIR\app"
  RMDir /r "$INSTDIR\vi-du"
  Delete "$INSTDIR\ketnghia.cmd"
  Delete "$INSTDIR\BAT-DAU.cmd"
  Delete "$INSTDIR\HUONG-DAN.txt"
  Delete "$INSTDIR\Uninstall.exe"
  ; Left in place when the user's own files (ketnghia.config.json) are still there.
  RMDir "$INSTDIR"
SectionEnd
