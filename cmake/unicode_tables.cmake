# Generates the Unicode 15.0 tables (identifier classes, names, case and numeric properties) at build time
# from Debian's unicode-data files with tools/gen_unicode_tables.cpp.
set(PYXIS_UNICODE_DATA_DIR /usr/share/unicode CACHE PATH "Directory holding the Unicode 15.0 data files")
foreach(data_file DerivedCoreProperties.txt UnicodeData.txt NameAliases.txt Jamo.txt SpecialCasing.txt CaseFolding.txt)
  if(NOT EXISTS ${PYXIS_UNICODE_DATA_DIR}/${data_file})
    message(FATAL_ERROR "${PYXIS_UNICODE_DATA_DIR}/${data_file} is missing: install Debian's unicode-data package")
  endif()
endforeach()

add_executable(gen_unicode_tables ${CMAKE_SOURCE_DIR}/tools/gen_unicode_tables.cpp)

set(PYXIS_UNICODE_TABLES_CPP ${CMAKE_BINARY_DIR}/generated/unicode_tables.cpp)
add_custom_command(
  OUTPUT ${PYXIS_UNICODE_TABLES_CPP}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
  COMMAND gen_unicode_tables ${PYXIS_UNICODE_DATA_DIR} ${PYXIS_UNICODE_TABLES_CPP}
  DEPENDS gen_unicode_tables
          ${PYXIS_UNICODE_DATA_DIR}/DerivedCoreProperties.txt
          ${PYXIS_UNICODE_DATA_DIR}/UnicodeData.txt
          ${PYXIS_UNICODE_DATA_DIR}/NameAliases.txt
          ${PYXIS_UNICODE_DATA_DIR}/Jamo.txt
          ${PYXIS_UNICODE_DATA_DIR}/SpecialCasing.txt
          ${PYXIS_UNICODE_DATA_DIR}/CaseFolding.txt
  COMMENT "Generating Unicode tables"
  VERBATIM)
add_custom_target(pyxis_unicode_tables DEPENDS ${PYXIS_UNICODE_TABLES_CPP})

list(APPEND PYXIS_GENERATED_SOURCES ${PYXIS_UNICODE_TABLES_CPP})
list(APPEND PYXIS_GENERATED_DEPENDS pyxis_unicode_tables)
