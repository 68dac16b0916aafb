# CTest python.install: installs the build into a scratch prefix and imports the package
# from there (not from the build tree), so the install rules and the RPATH are tested.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env PYTHONPATH=${PREFIX}/${PYDIR} PYTHONDONTWRITEBYTECODE=1
          ${PYTHON} -c "import eduind, sys; assert eduind.__file__.startswith('${PREFIX}'), eduind.__file__; assert eduind.format(eduind.pupil_teacher_ratio(54005, 5307), 2, 'ratio') == '10.18:1'; print('installed eduind', eduind.__version__, 'at', eduind.__file__)"
  WORKING_DIRECTORY ${PREFIX}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "import from the installed prefix failed (${rc})")
endif()
file(REMOVE_RECURSE ${PREFIX})
