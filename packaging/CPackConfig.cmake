# SPDX-License-Identifier: Apache-2.0
# `cpack -G DEB` in the build folder makes hoshi_<version>-1_amd64.deb with the programs
# (hoshi, hoshi-cli and the PDF helper hoshi-pdf-render, stripped), their man pages, bash completion for hoshi-cli, the desktop entry, the AppStream
# metainfo, the workspace MIME type, and the copyright and changelog Debian asks for.
# Included from the top level; tests/packaging/testpackage.sh builds, lints and installs it.
install(FILES ${PROJECT_SOURCE_DIR}/resources/hoshi.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hoshi.svg DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.hoshi.Hoshi.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/hoshi-mime.xml DESTINATION share/mime/packages RENAME hoshi.xml)
# The completion is written by the build from hoshi-cli's command registry (app/cli/CMakeLists.txt).
install(FILES ${PROJECT_BINARY_DIR}/packaging/hoshi-cli.bash-completion
        DESTINATION share/bash-completion/completions RENAME hoshi-cli)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright DESTINATION share/doc/hoshi)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/lintian-overrides DESTINATION share/lintian/overrides RENAME hoshi)

# Debian wants man pages and the changelog compressed (gzip -n: no time stamp, reproducible).
set(HOSHI_GZIPPED)
function(hoshi_gzip source target)
  get_filename_component(dir ${target} DIRECTORY)
  add_custom_command(OUTPUT ${target}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
                     COMMAND gzip -9nc ${source} > ${target}
                     DEPENDS ${source} VERBATIM)
  set(HOSHI_GZIPPED ${HOSHI_GZIPPED} ${target} PARENT_SCOPE)
endfunction()
set(gz ${PROJECT_BINARY_DIR}/packaging)
hoshi_gzip(${PROJECT_SOURCE_DIR}/packaging/debian/changelog ${gz}/changelog.Debian.gz)
hoshi_gzip(${PROJECT_SOURCE_DIR}/packaging/man/hoshi-cli.1 ${gz}/man/hoshi-cli.1.gz)
hoshi_gzip(${PROJECT_SOURCE_DIR}/packaging/man/ja/hoshi-cli.1 ${gz}/man/ja/hoshi-cli.1.gz)
hoshi_gzip(${PROJECT_SOURCE_DIR}/packaging/man/hoshi.1 ${gz}/man/hoshi.1.gz)
hoshi_gzip(${PROJECT_SOURCE_DIR}/packaging/man/hoshi-pdf-render.1 ${gz}/man/hoshi-pdf-render.1.gz)
add_custom_target(hoshi_package_docs ALL DEPENDS ${HOSHI_GZIPPED})
install(FILES ${gz}/changelog.Debian.gz DESTINATION share/doc/hoshi)
install(FILES ${gz}/man/hoshi-cli.1.gz ${gz}/man/hoshi.1.gz ${gz}/man/hoshi-pdf-render.1.gz DESTINATION share/man/man1)
install(FILES ${gz}/man/ja/hoshi-cli.1.gz DESTINATION share/man/ja/man1)

set(CPACK_PACKAGE_NAME hoshi)
set(CPACK_PACKAGE_VENDOR "Hoshi")
set(CPACK_PACKAGE_CONTACT "Hoshi developers <dev@hoshi.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "JC-STAR IoT security self-declaration workbench")
# CPack puts the summary first and indents every line itself; an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Hoshi walks an IoT vendor through the JC-STAR criteria of Japan's IoT
security labelling scheme: a verdict for every item, document-review and
device-test evidence with its files, and justifications for items that do
not apply. It blocks submission while anything fails, exports the
application package and writes a verifiable evidence archive.

The package holds the desktop application (hoshi) and a command-line tool
for automation (hoshi-cli), in Japanese and English.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Shared libraries from dpkg-shlibdeps; below what it cannot see: Qt's plugins (SQLite driver,
# platform plugins), the font embedded in PDFs. Recommended: a CJK font for the user interface.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-ipafont-gothic")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
include(CPack)
