# Strict warnings for the project's own targets (not for generated SWIG code).
set(EDUIND_WARNINGS -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
    -Wpointer-arith -Wcast-qual -Wformat=2 -Wundef -Wvla -Wno-unused-parameter)
if(EDUIND_WERROR)
  list(APPEND EDUIND_WARNINGS -Werror)
endif()

function(eduind_strict target)
  target_compile_options(${target} PRIVATE ${EDUIND_WARNINGS})
endfunction()
