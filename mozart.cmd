@echo off
rem Runs Mozart: builds launcher\target\mozart.jar with Maven when it is missing, then runs it with the given
rem arguments. The working directory stays yours: O2JAM.db is created where you run it. config.ini and
rem mozart.ini are read from the directory of this script.
setlocal
set "MOZART_HOME=%~dp0"
if "%MOZART_HOME:~-1%"=="\" set "MOZART_HOME=%MOZART_HOME:~0,-1%"
set "MOZART_JAR=%MOZART_HOME%\launcher\target\mozart.jar"
if exist "%MOZART_JAR%" goto run
echo Building %MOZART_JAR% (first run) ... 1>&2
pushd "%MOZART_HOME%"
call mvnw.cmd -B -q -DskipTests package -pl launcher -am 1>&2
set "MOZART_BUILD=%ERRORLEVEL%"
popd
if not "%MOZART_BUILD%"=="0" exit /b %MOZART_BUILD%
:run
java "-Dmozart.home=%MOZART_HOME%" "-Dmozart.command=%~0" -jar "%MOZART_JAR%" %*
exit /b %ERRORLEVEL%
