# SPDX-License-Identifier: LGPL-2.1-or-later
# What `cmake --install` puts where (GNUInstallDirs, DESTDIR honoured): the library, its header,
# pkg-config and CMake package files, both programs, man pages, bash completion, systemd units,
# the config file, the examples.
include(CMakePackageConfigHelpers)

# Library and header. In-tree users get the same name find_package() gives.
add_library(pmprobe::pmprobe ALIAS pmprobe)
install(TARGETS pmprobe EXPORT pmprobe-targets LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/pmprobe/pmprobe.h
	DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/pmprobe)

# pkg-config: libxml2 is loaded with dlopen(), so only what the library links is listed.
configure_file(${PROJECT_SOURCE_DIR}/src/lib/libpmprobe.pc.in libpmprobe.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/libpmprobe.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# find_package(pmprobe) gives the imported target pmprobe::pmprobe. The library's dependencies
# are private to a shared library, so the package needs none of them. SameMajorVersion follows
# the soname: every 0.x is libpmprobe.so.0.
set(PMPROBE_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pmprobe)
install(EXPORT pmprobe-targets NAMESPACE pmprobe:: DESTINATION ${PMPROBE_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/pmprobe-config.cmake.in
	${PROJECT_BINARY_DIR}/pmprobe-config.cmake INSTALL_DESTINATION ${PMPROBE_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/pmprobe-config-version.cmake
	COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/pmprobe-config.cmake
	${PROJECT_BINARY_DIR}/pmprobe-config-version.cmake DESTINATION ${PMPROBE_CMAKE_DIR})

# Programs, and the report's schemas for those who validate its XML (RelaxNG) or JSON.
install(TARGETS pmprobe_bin pm_is_supported_bin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/doc/pmprobe-report.rng
	${PROJECT_SOURCE_DIR}/doc/pmprobe-report.schema.json
	DESTINATION ${CMAKE_INSTALL_DATADIR}/pmprobe)

# Examples for fleets (doc/fleet.md): the Ansible local facts executable, for
# /etc/ansible/facts.d/pmprobe.fact on each managed host.
install(PROGRAMS ${PROJECT_SOURCE_DIR}/data/ansible/pmprobe.fact
	DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# Man pages: every doc/man/<page>.<section>.scd, built by scdoc (SOURCE_DATE_EPOCH dates them).
option(PMPROBE_MANPAGES "Build and install the man pages (needs scdoc)" ON)
if(PMPROBE_MANPAGES)
	find_program(SCDOC_EXECUTABLE scdoc)
	if(NOT SCDOC_EXECUTABLE)
		message(FATAL_ERROR "scdoc not found: install it, or configure with "
			"-DPMPROBE_MANPAGES=OFF")
	endif()
	file(GLOB PMPROBE_MAN_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/doc/man/*.scd)
	set(PMPROBE_MAN_PAGES)
	file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/man)
	foreach(src ${PMPROBE_MAN_SOURCES})
		get_filename_component(page ${src} NAME_WLE)
		string(REGEX MATCH "[0-9]$" section ${page})
		set(out ${PROJECT_BINARY_DIR}/man/${page})
		add_custom_command(OUTPUT ${out}
			COMMAND ${CMAKE_COMMAND} -DSCDOC=${SCDOC_EXECUTABLE} -DIN=${src}
				-DOUT=${out} -P ${PROJECT_SOURCE_DIR}/cmake/scdoc.cmake
			DEPENDS ${src} ${PROJECT_SOURCE_DIR}/cmake/scdoc.cmake
			COMMENT "Building man page ${page}"
			VERBATIM)
		install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
		list(APPEND PMPROBE_MAN_PAGES ${out})
	endforeach()
	# pmprobe-reasons(7): written by a program linked with the library's objects from the
	# library's own tables (src/tools/man-reasons.c), so it lists every reason code there is.
	add_executable(pmprobe_man_reasons ${PROJECT_SOURCE_DIR}/src/tools/man-reasons.c)
	target_link_libraries(pmprobe_man_reasons PRIVATE pmprobe_internal)
	set(scd ${PROJECT_BINARY_DIR}/man/pmprobe-reasons.7.scd)
	set(out ${PROJECT_BINARY_DIR}/man/pmprobe-reasons.7)
	add_custom_command(OUTPUT ${scd}
		COMMAND pmprobe_man_reasons ${PROJECT_SOURCE_DIR}/include/pmprobe/pmprobe.h ${scd}
		DEPENDS pmprobe_man_reasons ${PROJECT_SOURCE_DIR}/include/pmprobe/pmprobe.h
		COMMENT "Writing pmprobe-reasons.7.scd from the library's reason table"
		VERBATIM)
	add_custom_command(OUTPUT ${out}
		COMMAND ${CMAKE_COMMAND} -DSCDOC=${SCDOC_EXECUTABLE} -DIN=${scd} -DOUT=${out}
			-P ${PROJECT_SOURCE_DIR}/cmake/scdoc.cmake
		DEPENDS ${scd} ${PROJECT_SOURCE_DIR}/cmake/scdoc.cmake
		COMMENT "Building man page pmprobe-reasons.7"
		VERBATIM)
	install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man7)
	list(APPEND PMPROBE_MAN_PAGES ${out})
	add_custom_target(man ALL DEPENDS ${PMPROBE_MAN_PAGES})
endif()

# Bash completion: where bash-completion's pkg-config file says, with our prefix and datadir put
# in (as systemd does: bash-completion also looks below $XDG_DATA_DIRS, so /usr/local works),
# else bash-completion's default place.
set(PMPROBE_BASH_COMPLETION_DEFAULT ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
pkg_check_modules(BASH_COMPLETION QUIET bash-completion)
if(BASH_COMPLETION_FOUND)
	execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --variable=completionsdir
		--define-variable=prefix=${CMAKE_INSTALL_PREFIX}
		--define-variable=datadir=${CMAKE_INSTALL_FULL_DATADIR} bash-completion
		OUTPUT_VARIABLE dir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE r)
	if(r EQUAL 0 AND dir MATCHES "^${CMAKE_INSTALL_PREFIX}/(.+)$")
		set(PMPROBE_BASH_COMPLETION_DEFAULT ${CMAKE_MATCH_1})
	elseif(r EQUAL 0 AND dir)
		set(PMPROBE_BASH_COMPLETION_DEFAULT ${dir})
	endif()
endif()
set(PMPROBE_BASH_COMPLETION_DIR ${PMPROBE_BASH_COMPLETION_DEFAULT} CACHE STRING
	"Where the bash completion for pmprobe goes (relative: below the prefix)")
install(FILES ${PROJECT_SOURCE_DIR}/data/bash-completion/pmprobe
	DESTINATION ${PMPROBE_BASH_COMPLETION_DIR})

# systemd units writing the Prometheus metrics for node_exporter's textfile collector
# (doc/fleet.md): installed, never enabled. /usr/lib/systemd/system is Debian's canonical place
# (lintian), whatever systemd.pc's older /lib says; distributions set the directory.
set(PMPROBE_SYSTEMD_UNIT_DIR lib/systemd/system CACHE STRING
	"Where the systemd units go (relative: below the prefix)")
set(PMPROBE_BINDIR ${CMAKE_INSTALL_FULL_BINDIR})
configure_file(${PROJECT_SOURCE_DIR}/data/systemd/pmprobe-textfile.service.in
	${PROJECT_BINARY_DIR}/pmprobe-textfile.service @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pmprobe-textfile.service
	${PROJECT_SOURCE_DIR}/data/systemd/pmprobe-textfile.timer
	DESTINATION ${PMPROBE_SYSTEMD_UNIT_DIR})

# The config file, where the programs read it (PMPROBE_CONFIG_FILE, compiled in): /etc whatever
# the prefix. An install without root into a private prefix leaves it out with
# -DPMPROBE_INSTALL_CONFIG=OFF.
option(PMPROBE_INSTALL_CONFIG "Install /etc/pmprobe.conf (whatever the prefix)" ON)
if(PMPROBE_INSTALL_CONFIG)
	install(FILES ${PROJECT_SOURCE_DIR}/data/pmprobe.conf DESTINATION /etc)
endif()
