# SPDX-License-Identifier: LGPL-2.1-or-later
# Hygiene tests: the export list, the public header alone (strict C99 and C++), the install tree,
# the bash completion, and the layers of src/ (no file calls a file above it). include() it from tests/CMakeLists.txt.
set(PMPROBE_HYGIENE_DIR ${CMAKE_CURRENT_LIST_DIR})

add_test(NAME abi/exports COMMAND ${PMPROBE_HYGIENE_DIR}/check-exports.sh
	$<TARGET_FILE:pmprobe> ${PROJECT_SOURCE_DIR}/src/lib/libpmprobe.sym
	${PROJECT_SOURCE_DIR}/include/pmprobe/pmprobe.h ${PROJECT_VERSION}
	${PROJECT_SOURCE_DIR}/debian)

# The header is compiled by a script, not a target, so that none of the project's own flags
# (gnu11, sanitizers) help it. C++ is looked for, not enabled: only this test needs it.
include(CheckLanguage)
check_language(CXX)
set(PMPROBE_HEADER_CXX c++)
if(CMAKE_CXX_COMPILER)
	set(PMPROBE_HEADER_CXX ${CMAKE_CXX_COMPILER})
endif()
set(PMPROBE_HEADER_WARNINGS -pedantic -Werror -Wall -Wextra -Wshadow -Wwrite-strings)
add_test(NAME header/pedantic COMMAND ${PMPROBE_HYGIENE_DIR}/header-compile.sh
	${CMAKE_C_COMPILER} ${PROJECT_SOURCE_DIR}/include ${PMPROBE_HYGIENE_DIR}/header-pedantic.c
	-std=c99 ${PMPROBE_HEADER_WARNINGS} -Wstrict-prototypes -Wmissing-prototypes)
add_test(NAME header/cxx COMMAND ${PMPROBE_HYGIENE_DIR}/header-compile.sh
	${PMPROBE_HEADER_CXX} ${PROJECT_SOURCE_DIR}/include ${PMPROBE_HYGIENE_DIR}/header-cxx.cc
	-std=c++11 ${PMPROBE_HEADER_WARNINGS} -Wold-style-cast -Wzero-as-null-pointer-constant)

# The expected list is the whole install: it needs the man pages built.
if(PMPROBE_MANPAGES)
	add_test(NAME install/tree COMMAND ${PMPROBE_HYGIENE_DIR}/install-tree.sh
		${PROJECT_BINARY_DIR} ${PMPROBE_HYGIENE_DIR}/expected-install.txt
		${CMAKE_INSTALL_LIBDIR} /etc "$<CONFIG>"
		${PROJECT_VERSION})
	set_tests_properties(install/tree PROPERTIES ENVIRONMENT "CMAKE=${CMAKE_COMMAND}")
	# pmprobe-reasons(7), written from the library's table: every reason of the enum in it.
	add_test(NAME man/reasons COMMAND ${PMPROBE_HYGIENE_DIR}/man-reasons.sh
		${PROJECT_SOURCE_DIR}/include/pmprobe/pmprobe.h
		${PROJECT_BINARY_DIR}/man/pmprobe-reasons.7.scd ${PROJECT_BINARY_DIR}/man/pmprobe-reasons.7)
	set_tests_properties(man/reasons PROPERTIES LABELS hygiene)
else()
	message(STATUS "PMPROBE_MANPAGES is off: no install/tree test")
endif()

# libpmprobe(3)'s EXAMPLE, extracted from the page and compiled as a consumer would, against the
# shared library; run on fixture trees and compared with the README's copy and the JSON report.
set(PMPROBE_MAN_EXAMPLE ${CMAKE_CURRENT_BINARY_DIR}/libpmprobe-example.c)
add_custom_command(OUTPUT ${PMPROBE_MAN_EXAMPLE}
	COMMAND ${CMAKE_COMMAND} -DIN=${PROJECT_SOURCE_DIR}/doc/man/libpmprobe.3.scd
		-DOUT=${PMPROBE_MAN_EXAMPLE} -P ${PROJECT_SOURCE_DIR}/cmake/extract-example.cmake
	DEPENDS ${PROJECT_SOURCE_DIR}/doc/man/libpmprobe.3.scd
		${PROJECT_SOURCE_DIR}/cmake/extract-example.cmake
	COMMENT "Extracting libpmprobe(3)'s example"
	VERBATIM)
add_executable(libpmprobe-example ${PMPROBE_MAN_EXAMPLE})
target_link_libraries(libpmprobe-example PRIVATE pmprobe)
set(fixtures ${PROJECT_SOURCE_DIR}/fixtures/sysfs)
add_test(NAME man/example COMMAND ${PMPROBE_HYGIENE_DIR}/man-example.sh
	$<TARGET_FILE:libpmprobe-example> ${PMPROBE_MAN_EXAMPLE} $<TARGET_FILE:pmprobe_bin>
	${PROJECT_SOURCE_DIR}/README.md ${fixtures}/synthetic-laptop-wake-sources
	${fixtures}/synthetic-desktop-wake-on-lan ${fixtures}/synthetic-no-swap
	${fixtures}/synthetic-swap-too-small ${fixtures}/qemu-pc-seabios
	${fixtures}/synthetic-cpu-intel-pstate-epp)
set_tests_properties(man/example PROPERTIES LABELS hygiene SKIP_RETURN_CODE 77
	ENVIRONMENT "ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1")

add_test(NAME install/bash-completion COMMAND ${PMPROBE_HYGIENE_DIR}/bash-completion.sh
	${PROJECT_SOURCE_DIR}/data/bash-completion/pmprobe)

# The layers of src/, from the helpers and the source layer up to the tools: the table is in the
# script, which fails on a call up, a file in no layer and a static named like a function.
add_test(NAME hygiene/layers COMMAND ${PMPROBE_HYGIENE_DIR}/layers.sh ${PROJECT_SOURCE_DIR})
add_test(NAME hygiene/layers-self-test COMMAND ${PMPROBE_HYGIENE_DIR}/layers.sh
	${PROJECT_SOURCE_DIR} --self-test)

set_tests_properties(abi/exports header/pedantic header/cxx install/bash-completion hygiene/layers
	hygiene/layers-self-test
	PROPERTIES LABELS hygiene SKIP_RETURN_CODE 77)
if(TEST install/tree)
	set_tests_properties(install/tree PROPERTIES LABELS hygiene SKIP_RETURN_CODE 77)
endif()
