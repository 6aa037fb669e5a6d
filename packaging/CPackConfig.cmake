# `cpack -G DEB` in the build folder makes hoshi_<version>_amd64.deb with both programs, the
# desktop entry, the AppStream metainfo and the workspace MIME type. Included from the top level.
install(FILES ${PROJECT_SOURCE_DIR}/resources/hoshi.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hoshi.svg DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.hoshi.Hoshi.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/hoshi-mime.xml DESTINATION share/mime/packages RENAME hoshi.xml)

set(CPACK_PACKAGE_NAME hoshi)
set(CPACK_PACKAGE_VENDOR "Hoshi")
set(CPACK_PACKAGE_CONTACT "Hoshi developers <dev@hoshi.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "JC-STAR IoT security self-declaration workbench")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Runtime packages of Debian 12; the build's own dependencies are in install-deps.sh.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4), libqt6gui6, libqt6widgets6, libqt6sql6-sqlite, libqt6pdf6, libqt6pdfwidgets6, libqt6concurrent6, libarchive13, libssl3, libxlsxwriter4, fonts-ipafont-gothic, fonts-noto-cjk")
include(CPack)
