@echo off
rem ketnghia, the command for any folder, e.g.  ketnghia validate "D:\Bao cao\*.xlsx"
rem (see HUONG-DAN.txt). The Node.js in app\ runs it: nothing has to be installed.
rem No code page (chcp) is needed: Node writes Unicode to the console itself, and UTF-8
rem when the output is redirected to a file.
setlocal
"%~dp0app\node.exe" "%~dp0app\bin\ketnghia.js" %*
rem The CLI's own exit code (0 ok, 1 data errors, 2 usage), not cmd's.
exit /b %errorlevel%
