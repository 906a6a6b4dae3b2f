@echo off
rem Double-click: opens ketnghia's page in the browser, for the folder this file is in
rem (its ketnghia.config.json). The page works while this window stays open.
rem Copied into another folder, it uses the ketnghia installed for this user.
setlocal
title ketnghia
set "KN=%~dp0"
if not exist "%KN%app\node.exe" set "KN=%LOCALAPPDATA%\Programs\ketnghia\"
if not exist "%KN%app\node.exe" goto missing
rem "%~dp0." and not "%~dp0": a backslash before the closing quote would escape it.
"%KN%app\node.exe" "%KN%app\bin\ketnghia.js" serve "%~dp0." %*
set "CODE=%errorlevel%"
rem On a failure (the port taken, a damaged copy), keep the window open to read why.
if not "%CODE%"=="0" pause
exit /b %CODE%

:missing
echo Khong tim thay ketnghia (app\node.exe) ben canh tep nay. Hay giai nen ca thu muc ketnghia.
pause
exit /b 1
