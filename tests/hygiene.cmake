# SPDX-License-Identifier: LGPL-2.1-or-later
# Hygiene tests: the export list, the public header alone (strict C99 and C++), the install tree,
# and the bash completion. include() it from tests/CMakeLists.txt.
set(PMPROBE_HYGIENE_DIR ${CMAKE_CURRENT_LIST_DIR})

add_test(NAME abi/exports COMMAND ${PMPROBE_HYGIENE_DIR}/check-exports.sh
	$<TARGET_FILE:pmprobe> ${PROJECT_SOURCE_DIR}/src/lib/libpmprobe.sym
	${PROJECT_SOURCE_DIR}/include/pmprobe/pmprobe.h)

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
		${CMAKE_INSTALL_LIBDIR} /etc "$<CONFIG>")
	set_tests_properties(install/tree PROPERTIES ENVIRONMENT "CMAKE=${CMAKE_COMMAND}")
else()
	message(STATUS "PMPROBE_MANPAGES is off: no install/tree test")
endif()

add_test(NAME install/bash-completion COMMAND ${PMPROBE_HYGIENE_DIR}/bash-completion.sh
	${PROJECT_SOURCE_DIR}/data/bash-completion/pmprobe)

set_tests_properties(abi/exports header/pedantic header/cxx install/bash-completion
	PROPERTIES LABELS hygiene SKIP_RETURN_CODE 77)
if(TEST install/tree)
	set_tests_properties(install/tree PROPERTIES LABELS hygiene SKIP_RETURN_CODE 77)
endif()
