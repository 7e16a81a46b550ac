# SPDX-License-Identifier: LGPL-2.1-or-later
# Runs scdoc on one page: cmake -DSCDOC=scdoc -DIN=page.1.scd -DOUT=page.1 -P scdoc.cmake
execute_process(COMMAND ${SCDOC} INPUT_FILE ${IN} OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE r)
if(NOT r EQUAL 0)
	file(REMOVE ${OUT}.tmp)
	message(FATAL_ERROR "scdoc failed on ${IN}: ${r}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
