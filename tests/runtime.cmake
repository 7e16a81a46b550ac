# SPDX-License-Identifier: LGPL-2.1-or-later
# The programs at run time: read-only by construction (strace, Landlock), valgrind memcheck over
# every fixture, and the library probing from 8 threads at once (helgrind, ThreadSanitizer).

# valgrind cannot run ASan binaries, and TSan cannot share objects with ASan. The dev preset adds
# its sanitizers to every target with add_compile_options(), so the copies of the library and
# programs built here (plain ones for valgrind when PMPROBE_SANITIZE is on, TSan ones) take the
# directory's options less every -fsanitize flag, plus their own.
function(pmprobe_sanitizers target)
	foreach(prop COMPILE_OPTIONS LINK_OPTIONS)
		get_target_property(opts ${target} ${prop})
		if(NOT opts)
			set(opts "")
		endif()
		list(FILTER opts EXCLUDE REGEX "sanitize")
		set_property(TARGET ${target} PROPERTY ${prop} ${opts} ${ARGN})
	endforeach()
endfunction()

# The library's core and format objects (cmake/objects.cmake) and the threads test, built as
# variant V with the given flags.
function(pmprobe_variant v)
	pmprobe_objects(pmprobe_${v}_core pmprobe_${v}_format)
	add_executable(threads_${v} ${CMAKE_CURRENT_SOURCE_DIR}/helpers/threads.c)
	target_link_libraries(threads_${v} PRIVATE pmprobe_${v}_core pmprobe_${v}_format
		Threads::Threads)
	foreach(target pmprobe_${v}_core pmprobe_${v}_format threads_${v})
		pmprobe_sanitizers(${target} ${ARGN})
	endforeach()
endfunction()

find_package(Threads REQUIRED)
if(PMPROBE_SANITIZE)
	pmprobe_variant(plain)
	# Both programs from their own sources (whatever the top-level file lists), linked as
	# there: pm-is-supported with the core alone, pmprobe with the writers too, here statically.
	foreach(tool pmprobe_bin pm_is_supported_bin)
		get_target_property(srcs ${tool} SOURCES)
		get_target_property(dir ${tool} SOURCE_DIR)
		get_target_property(name ${tool} OUTPUT_NAME)
		list(TRANSFORM srcs PREPEND ${dir}/ REGEX "^[^/]")
		add_executable(${tool}_plain ${srcs})
		target_link_libraries(${tool}_plain PRIVATE pmprobe_plain_core)
		if(NOT tool STREQUAL pm_is_supported_bin)
			target_link_libraries(${tool}_plain PRIVATE pmprobe_plain_format)
		endif()
		set_target_properties(${tool}_plain PROPERTIES OUTPUT_NAME ${name}
			RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/plain)
		pmprobe_sanitizers(${tool}_plain)
	endforeach()
	set(plain_pmprobe pmprobe_bin_plain)
	set(plain_drop_in pm_is_supported_bin_plain)
	# The threads under TSan too, where the compiler has it.
	include(CheckCSourceCompiles)
	set(CMAKE_REQUIRED_FLAGS -fsanitize=thread)
	set(CMAKE_REQUIRED_LINK_OPTIONS -fsanitize=thread)
	check_c_source_compiles("int main(void) { return 0; }" PMPROBE_HAVE_TSAN)
	unset(CMAKE_REQUIRED_FLAGS)
	unset(CMAKE_REQUIRED_LINK_OPTIONS)
	if(PMPROBE_HAVE_TSAN)
		pmprobe_variant(tsan -fsanitize=thread)
	endif()
else()
	# Without sanitizers, the programs and objects of the build itself.
	add_executable(threads_plain ${CMAKE_CURRENT_SOURCE_DIR}/helpers/threads.c)
	target_link_libraries(threads_plain PRIVATE pmprobe_internal pmprobe_format
		Threads::Threads)
	set(plain_pmprobe pmprobe_bin)
	set(plain_drop_in pm_is_supported_bin)
endif()

# A bug simulated after the sandbox is in place: the preloaded canary tries to write at exit.
add_library(readonly-canary MODULE helpers/readonly-canary.c)
pmprobe_sanitizers(readonly-canary)

# valgrind memcheck of both programs in every format runs on a sample of the fixtures, one of
# each kind of input the writers and the drop-in meet: recorded hosts, ACPI tables (SeaBIOS,
# OVMF, none), CPU and wake sections, the RTC fallback, TuxOnIce, a tree without RECORD, odd
# whitespace, an empty state, LVM swap. valgrind/check still probes every fixture under both
# policies, and ASan+UBSan run every fixture in every format (fixture/, formats/). ".*" for all.
set(PMPROBE_VALGRIND_SAMPLE "^(x86_64-.*|qemu-pc-seabios|qemu-q35-ovmf|qemu-microvm|synthetic-cpu-.*|synthetic-.*wake.*|synthetic-rtc-fallback|synthetic-tuxonice|synthetic-no-record-desktop|synthetic-s3-laptop-deep|synthetic-container-empty-state|synthetic-odd-whitespace|synthetic-lvm-swap)$"
	CACHE STRING "The fixtures valgrind memcheck runs each format on (a regular expression)")
set(fixture_dirs "")
foreach(fixture ${PMPROBE_FIXTURES})
	if(NOT IS_DIRECTORY ${fixture})
		continue()
	endif()
	get_filename_component(name ${fixture} NAME)
	list(APPEND fixture_dirs ${fixture})
	add_test(NAME readonly/${name} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/readonly-trace.sh
		$<TARGET_FILE:pmprobe_bin> $<TARGET_FILE:pm_is_supported_bin> ${fixture})
	set_tests_properties(readonly/${name} PROPERTIES LABELS readonly)
	if(name MATCHES "${PMPROBE_VALGRIND_SAMPLE}")
		add_test(NAME valgrind/${name} COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/valgrind-memcheck.sh
			$<TARGET_FILE:${plain_pmprobe}> $<TARGET_FILE:${plain_drop_in}> ${fixture})
		set_tests_properties(valgrind/${name} PROPERTIES LABELS valgrind)
	endif()
endforeach()
add_test(NAME readonly/live COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/readonly-trace.sh
	$<TARGET_FILE:pmprobe_bin> $<TARGET_FILE:pm_is_supported_bin>)
add_test(NAME readonly/sandbox COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/readonly-sandbox.sh
	$<TARGET_FILE:pmprobe_bin> $<TARGET_FILE:pm_is_supported_bin>
	$<TARGET_FILE:readonly-canary> ${PROJECT_SOURCE_DIR}/fixtures/sysfs/synthetic-s3-laptop-deep)
add_test(NAME valgrind/live COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/valgrind-memcheck.sh
	$<TARGET_FILE:${plain_pmprobe}> $<TARGET_FILE:${plain_drop_in}>)
add_test(NAME valgrind/check COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/valgrind-memcheck.sh
	$<TARGET_FILE:${plain_pmprobe}> $<TARGET_FILE:${plain_drop_in}> --check
	${fixture_dirs})
set_tests_properties(readonly/live readonly/sandbox PROPERTIES LABELS readonly)
set_tests_properties(valgrind/live valgrind/check PROPERTIES LABELS valgrind)
add_test(NAME threads/helgrind COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/valgrind-helgrind.sh
	$<TARGET_FILE:threads_plain> --rounds 2 --live ${fixture_dirs})
set_tests_properties(threads/helgrind PROPERTIES LABELS "threads;valgrind")
if(TARGET threads_tsan)
	add_test(NAME threads/tsan COMMAND threads_tsan --rounds 4 --live ${fixture_dirs})
	set_tests_properties(threads/tsan PROPERTIES LABELS threads ENVIRONMENT
		"TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1")
endif()
get_property(runtime_tests DIRECTORY PROPERTY TESTS)
list(FILTER runtime_tests INCLUDE REGEX "^(readonly|valgrind|threads)/")
set_tests_properties(${runtime_tests} PROPERTIES SKIP_RETURN_CODE 77)
set_property(TEST ${runtime_tests} APPEND PROPERTY ENVIRONMENT ${PMPROBE_TEST_ENV})
