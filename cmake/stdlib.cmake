# The pinned pure-Python standard library (CPython 3.12.7 from pyodide@0.27.7), installed into
# ${CMAKE_BINARY_DIR}/lib/python3.12 by scripts/install_stdlib.sh as part of the default build.
option(PYXIS_INSTALL_STDLIB "Install the pinned Python stdlib into the build tree" ON)
set(PYXIS_STDLIB_DIR ${CMAKE_BINARY_DIR}/lib/python3.12)
if(PYXIS_INSTALL_STDLIB)
  set(PYXIS_STDLIB_STAMP ${PYXIS_STDLIB_DIR}/.pyxis-stdlib)
  add_custom_command(
    OUTPUT ${PYXIS_STDLIB_STAMP}
    COMMAND ${CMAKE_SOURCE_DIR}/scripts/install_stdlib.sh ${PYXIS_STDLIB_DIR}
    # The script leaves an up-to-date install alone; touch so Ninja sees the output as new.
    COMMAND ${CMAKE_COMMAND} -E touch ${PYXIS_STDLIB_STAMP}
    DEPENDS ${CMAKE_SOURCE_DIR}/scripts/install_stdlib.sh
    COMMENT "Installing the Python 3.12.7 stdlib into ${PYXIS_STDLIB_DIR}"
    VERBATIM)
  add_custom_target(pyxis_stdlib ALL DEPENDS ${PYXIS_STDLIB_STAMP})
endif()
