# SPDX-License-Identifier: LGPL-2.1-or-later
# The library's object libraries, made by one function for the build and for the variants the
# tests rebuild with other flags (tests/runtime.cmake: plain for valgrind, TSan).
#
# The objects feed both libpmprobe.so and the unit tests, which reach internals without
# exporting them (kmod's libkmod_internal). The core (probe and rules) needs libudev only; the
# output writers (src/lib/format-*.c) need json-c, and libxml2, which they load with dlopen()
# when XML is asked for (format-xml-loader.c): they compile against its headers and never link
# it, so `pmprobe` without --format xml or libvirt never maps it and what it pulls in (ICU,
# libstdc++, liblzma). pm-is-supported links the core alone, statically, so it never loads
# either. Platform drivers through libkmod (kmod-lookup.c) are libpmprobe.so's only: the core
# calls it through a weak symbol, so pm-is-supported never links libkmod.
file(GLOB PMPROBE_LIB_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/lib/*.c)
file(GLOB PMPROBE_FORMAT_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/lib/format-*.c)
if(PMPROBE_FORMAT_SOURCES)
	list(REMOVE_ITEM PMPROBE_LIB_SOURCES ${PMPROBE_FORMAT_SOURCES})
endif()
set(PMPROBE_KMOD_SOURCES ${PROJECT_SOURCE_DIR}/src/lib/kmod-lookup.c)
list(REMOVE_ITEM PMPROBE_LIB_SOURCES ${PMPROBE_KMOD_SOURCES})

# pmprobe_objects(CORE FORMAT [KMOD]): the object libraries named CORE, FORMAT and, when
# given, KMOD, from the sources above.
function(pmprobe_objects core format)
	set(kmod ${ARGV2})
	add_library(${core} OBJECT ${PMPROBE_LIB_SOURCES})
	target_link_libraries(${core} PUBLIC PkgConfig::UDEV)
	# -fno-plt: the core calls libc and libudev through its GOT, bound when the program
	# starts instead of on first call through the lazy-binding trampoline (which saves and
	# restores the whole vector register state each time): pm-is-supported spends 1% to 2%
	# less CPU time, pmprobe the same (doc/performance.md).
	target_compile_options(${core} PRIVATE -ffunction-sections -fdata-sections -fno-plt)

	add_library(${format} OBJECT ${PMPROBE_FORMAT_SOURCES})
	target_include_directories(${format} SYSTEM PRIVATE ${LIBXML2_INCLUDE_DIRS})
	target_compile_options(${format} PRIVATE ${LIBXML2_CFLAGS_OTHER})
	target_link_libraries(${format} PUBLIC PkgConfig::JSONC ${CMAKE_DL_LIBS})

	if(kmod)
		add_library(${kmod} OBJECT ${PMPROBE_KMOD_SOURCES})
		# libkmod's header only: kmod-lookup.c loads libkmod.so.2 with dlopen() when a
		# lookup is needed.
		target_include_directories(${kmod} SYSTEM PRIVATE ${KMOD_INCLUDE_DIRS})
		target_link_libraries(${kmod} PUBLIC ${CMAKE_DL_LIBS})
	endif()
	foreach(target ${core} ${format} ${kmod})
		target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/include
			${PROJECT_SOURCE_DIR}/src/lib)
	endforeach()
endfunction()
