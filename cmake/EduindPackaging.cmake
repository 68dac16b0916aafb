# Install rules: headers, both libraries, a CMake package (eduind::eduind) and pkg-config.
include(CMakePackageConfigHelpers)

install(TARGETS eduind eduind_static EXPORT eduindTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/eduind DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")
install(FILES ${PROJECT_BINARY_DIR}/include/eduind/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/eduind)

set(EDUIND_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/eduind)
install(EXPORT eduindTargets NAMESPACE eduind:: DESTINATION ${EDUIND_CMAKE_DIR})
configure_package_config_file(cmake/eduindConfig.cmake.in
  ${PROJECT_BINARY_DIR}/eduindConfig.cmake INSTALL_DESTINATION ${EDUIND_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/eduindConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/eduindConfig.cmake
              ${PROJECT_BINARY_DIR}/eduindConfigVersion.cmake
        DESTINATION ${EDUIND_CMAKE_DIR})

# A relocatable .pc: the prefix is found from the file's own place, so an install with
# `cmake --install --prefix X` works wherever X is.
file(RELATIVE_PATH EDUIND_PC_TO_PREFIX "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
configure_file(cmake/eduind.pc.in ${PROJECT_BINARY_DIR}/eduind.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/eduind.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
