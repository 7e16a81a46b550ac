# SPDX-License-Identifier: LGPL-2.1-or-later
# The ACPI parser tests: the ASL sources here compiled by iasl at build time, the cmocka unit
# tests test-acpi-{table,fadt,facs,aml}, the corpus test corpus/acpi, and with PMPROBE_FUZZ=ON
# (clang) the libFuzzer targets with a short smoke run each.
#
# include() it from tests/CMakeLists.txt after the loop over test-*.c: it adds the table
# dependency and the tables' directory to the targets that loop made, and makes them itself only
# when they do not exist yet. Uses pmprobe_internal and, when set, PMPROBE_TEST_CFLAGS.

set(PMPROBE_ACPI_ASL_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PMPROBE_ACPI_TESTS_DIR ${CMAKE_CURRENT_LIST_DIR}/..)
set(PMPROBE_ACPI_AML_DIR ${CMAKE_CURRENT_BINARY_DIR}/acpi)

if(NOT TARGET PkgConfig::CMOCKA)
	pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka)
endif()

# Test tables: every tests/acpi/*.asl, ASL or data table source alike, becomes acpi/<name>.aml.
find_program(IASL_EXECUTABLE iasl)
file(GLOB PMPROBE_ACPI_ASL CONFIGURE_DEPENDS ${PMPROBE_ACPI_ASL_DIR}/*.asl)
set(PMPROBE_ACPI_AML)
if(IASL_EXECUTABLE)
	file(MAKE_DIRECTORY ${PMPROBE_ACPI_AML_DIR})
	foreach(asl ${PMPROBE_ACPI_ASL})
		get_filename_component(base ${asl} NAME_WE)
		set(aml ${PMPROBE_ACPI_AML_DIR}/${base}.aml)
		add_custom_command(OUTPUT ${aml}
			COMMAND ${IASL_EXECUTABLE} -vs -vi -p ${PMPROBE_ACPI_AML_DIR}/${base} ${asl}
			DEPENDS ${asl}
			COMMENT "Compiling ACPI test table ${base}.asl"
			VERBATIM)
		list(APPEND PMPROBE_ACPI_AML ${aml})
	endforeach()
else()
	message(STATUS "iasl (acpica-tools) not found: ACPI tests on compiled tables will skip")
endif()
add_custom_target(acpi-test-tables ALL DEPENDS ${PMPROBE_ACPI_AML})

# Unit tests. They find the tables through ACPI_TEST_DIR (PMPROBE_ACPI_TEST_DIR overrides it at
# run time) and skip the cases that need a table iasl did not build.
foreach(name test-acpi-table test-acpi-fadt test-acpi-facs test-acpi-aml)
	if(NOT TARGET ${name})
		add_executable(${name} ${PMPROBE_ACPI_TESTS_DIR}/${name}.c)
		target_link_libraries(${name} PRIVATE pmprobe_internal PkgConfig::CMOCKA)
		add_test(NAME ${name} COMMAND ${name})
		set_tests_properties(${name} PROPERTIES LABELS unit SKIP_RETURN_CODE 77)
	endif()
	target_compile_definitions(${name} PRIVATE ACPI_TEST_DIR="${PMPROBE_ACPI_AML_DIR}")
	if(PMPROBE_TEST_CFLAGS)
		target_compile_options(${name} PRIVATE ${PMPROBE_TEST_CFLAGS})
	endif()
	add_dependencies(${name} acpi-test-tables)
endforeach()

# Corpus: the tables of real hosts against ACPICA's truth. Exits 77 when the corpus is absent.
set(PMPROBE_ACPI_CORPUS ${PROJECT_SOURCE_DIR}/../shared/corpus/acpi
	CACHE PATH "ACPI table corpus with truth.json per host (corpus/acpi test)")
if(NOT TARGET PkgConfig::JSONC)
	pkg_check_modules(JSONC IMPORTED_TARGET json-c)
endif()
if(TARGET PkgConfig::JSONC)
	add_executable(corpus-acpi ${PMPROBE_ACPI_TESTS_DIR}/corpus-acpi.c)
	target_link_libraries(corpus-acpi PRIVATE pmprobe_internal PkgConfig::JSONC)
	if(PMPROBE_TEST_CFLAGS)
		target_compile_options(corpus-acpi PRIVATE ${PMPROBE_TEST_CFLAGS})
	endif()
	add_test(NAME corpus/acpi COMMAND corpus-acpi ${PMPROBE_ACPI_CORPUS})
	set_tests_properties(corpus/acpi PROPERTIES LABELS corpus SKIP_RETURN_CODE 77)
else()
	message(STATUS "json-c not found: no corpus/acpi test")
endif()
# The same hosts' tables against what a real kernel reported about them (corpus/dmesg).
add_executable(corpus-dmesg ${PMPROBE_ACPI_TESTS_DIR}/corpus-dmesg.c)
target_link_libraries(corpus-dmesg PRIVATE pmprobe_internal)
add_test(NAME corpus/dmesg COMMAND corpus-dmesg ${PMPROBE_ACPI_CORPUS}/..)
set_tests_properties(corpus/dmesg PROPERTIES LABELS corpus SKIP_RETURN_CODE 77)

# Fuzzing: the parsers compiled into each target with libFuzzer's instrumentation; the tables
# built above are the seeds, new inputs go to a corpus directory of each target's own.
option(PMPROBE_FUZZ "Build the libFuzzer targets (needs clang)" OFF)
if(PMPROBE_FUZZ)
	if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
		message(FATAL_ERROR "PMPROBE_FUZZ needs clang: configure with CC=clang")
	endif()
	set(PMPROBE_ACPI_PARSERS ${PROJECT_SOURCE_DIR}/src/lib/acpi-table.c
		${PROJECT_SOURCE_DIR}/src/lib/acpi-fadt.c ${PROJECT_SOURCE_DIR}/src/lib/acpi-facs.c
		${PROJECT_SOURCE_DIR}/src/lib/acpi-aml.c)
	foreach(parser table fadt facs aml)
		set(fuzzer fuzz-acpi-${parser})
		add_executable(${fuzzer} ${PMPROBE_ACPI_TESTS_DIR}/fuzz/${fuzzer}.c
			${PMPROBE_ACPI_PARSERS})
		target_include_directories(${fuzzer} PRIVATE ${PROJECT_SOURCE_DIR}/src/lib)
		target_compile_options(${fuzzer} PRIVATE -fsanitize=fuzzer,address,undefined
			-fno-sanitize-recover=all)
		target_link_options(${fuzzer} PRIVATE -fsanitize=fuzzer,address,undefined)
		add_dependencies(${fuzzer} acpi-test-tables)
		file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/${fuzzer}-corpus)
		add_test(NAME fuzz/acpi-${parser}
			COMMAND ${fuzzer} -runs=20000 -max_len=16384
			${CMAKE_CURRENT_BINARY_DIR}/${fuzzer}-corpus ${PMPROBE_ACPI_AML_DIR})
		set_tests_properties(fuzz/acpi-${parser} PROPERTIES LABELS fuzz)
	endforeach()
endif()
