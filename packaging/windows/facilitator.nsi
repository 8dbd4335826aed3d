; Facilitator's Windows installer: a per-user install that needs no admin rights.
;
; Compile it on Windows after building the bundle (see docs/deployment.md):
;   python packaging\build.py --nsis
; or by hand, with the bundle folder, the version and the installer's name:
;   makensis /DSOURCE=packaging\dist\Facilitator /DVERSION=0.1.0 ^
;            /DOUTFILE=packaging\dist\Facilitator-0.1.0-setup.exe packaging\windows\facilitator.nsi
;
; The installer copies the program folder to %LOCALAPPDATA%\Programs\Facilitator (or the folder
; given with /D=), adds a shortcut to the user's own Start menu and registers the uninstaller
; under HKEY_CURRENT_USER, so it shows in the user's "Installed apps". Silent: /S, for the
; installer and for uninstall.exe. The user's records, settings and logs are not in this folder
; (they are in %LOCALAPPDATA%\facilitator) and the uninstaller leaves them.

!ifndef SOURCE
  !error "Give the bundle folder: makensis /DSOURCE=path\to\Facilitator ..."
!endif
!ifndef VERSION
  !error "Give the version: makensis /DVERSION=0.1.0 ..."
!endif
!ifndef OUTFILE
  !define OUTFILE "Facilitator-${VERSION}-setup.exe"
!endif

!define APP "Facilitator"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; An update goes where the last install went (/D= still wins).
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${SOURCE}\_internal\resources\icons\facilitator.ico"
!define MUI_UNICON "${SOURCE}\_internal\resources\icons\facilitator.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\Facilitator.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first is the fallback; Windows' display language picks among them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Danish"
!insertmacro MUI_LANGUAGE "Norwegian"

Section "Facilitator"
  SetShellVarContext current
  ; An update: the old program's files go first, so none of them is left beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licences"
  SetOutPath "$INSTDIR"
  ; The program, its folder and the licences; not the bundle's Linux menu files.
  File "${SOURCE}\Facilitator.exe"
  File /r "${SOURCE}\_internal"
  File /r "${SOURCE}\licences"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\Facilitator.exe" "" "$INSTDIR\Facilitator.exe" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Facilitator contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\Facilitator.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Only what the installer put there: the folder may have been chosen with /D= and hold more.
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licences"
  Delete "$INSTDIR\Facilitator.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
