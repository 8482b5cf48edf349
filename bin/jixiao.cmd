@echo off
rem jixiao launcher for Windows, the equivalent of bin/jixiao: runs the command-line jar built by
rem "mvnw.cmd package" (eval-cli\target\jixiao.jar) with every argument and returns its exit code.
rem Set JAVA to choose the java binary (a path, without quotes) and JAVA_OPTS for JVM options.
rem A run on files (no directory among the arguments) uses only the quick JIT compiler, as
rem bin/jixiao does; there is no class-data-sharing cache here. cmd cannot tell whether a stream
rem is a terminal: batch runs draw no progress bar unless JAVA_OPTS has -Djixiao.stderr.terminal=true.
rem File names need no locale here, unlike bin/jixiao: Java opens files on Windows by their UTF-16
rem names, so a Chinese name is written whatever the code page. Arguments are another matter: the java
rem launcher receives them in the ANSI code page, so a Chinese file name typed on a Windows whose
rem code page has no Chinese (1252) arrives as "??"; use a Chinese system locale, or Windows 10/11
rem "Use Unicode UTF-8 for worldwide language support". -Dfile.encoding=UTF-8 keeps file contents
rem independent of the code page, as bin/jixiao does.
setlocal
set "JIXIAO_JAR=%~dp0..\eval-cli\target\jixiao.jar"
if exist "%JIXIAO_JAR%" goto found
rem delayed expansion only here: it would eat the "!" of arguments below
setlocal EnableDelayedExpansion
echo jixiao: !JIXIAO_JAR! not found; build it first with: mvnw.cmd -q package -DskipTests 1>&2
exit /b 2

:found
set "JIXIAO_JAVA=java"
if not defined JAVA goto scan
set "JIXIAO_JAVA=%JAVA:"=%"

:scan
rem the quick JIT unless an argument is a directory (a batch run); shift leaves the arguments
rem passed on below as they were
set "JIXIAO_JIT=-XX:TieredStopAtLevel=1"
:next
if "%~1"=="" goto run
if exist "%~1\*" set "JIXIAO_JIT="
shift
goto next

:run
"%JIXIAO_JAVA%" %JIXIAO_JIT% -Dfile.encoding=UTF-8 %JAVA_OPTS% -jar "%JIXIAO_JAR%" %*
exit /b %ERRORLEVEL%
