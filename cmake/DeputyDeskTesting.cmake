# dd_add_test(NAME name SOURCES ... LIBS ... [GUI])
# One Catch2 program per area; every TEST_CASE becomes its own ctest test.
# GUI programs use tests/support/guimain.cpp, which sets QT_QPA_PLATFORM=offscreen before
# QApplication; the others use a QCoreApplication main.

# The two runners, each compiled once for all the programs that use it, and without
# optimisation: they hold Catch's implementation (most of a minute at -O2), whose speed the
# tests do not notice.
function(dd_add_test_runner name source)
  add_library(${name} OBJECT ${source})
  dd_target_defaults(${name})
  target_compile_options(${name} PRIVATE -O0)
  target_link_libraries(${name} PRIVATE Catch2::Catch2 ${ARGN})
endfunction()

function(dd_add_test)
  cmake_parse_arguments(arg "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(${arg_NAME} ${arg_SOURCES})
  dd_target_defaults(${arg_NAME})
  if(arg_GUI)
    if(NOT TARGET dd_gui_runner)
      dd_add_test_runner(dd_gui_runner ${PROJECT_SOURCE_DIR}/tests/support/guimain.cpp Qt6::Widgets)
    endif()
    target_link_libraries(${arg_NAME} PRIVATE dd_gui_runner Qt6::Widgets)
  else()
    if(NOT TARGET dd_core_runner)
      dd_add_test_runner(dd_core_runner ${PROJECT_SOURCE_DIR}/tests/support/coremain.cpp Qt6::Core)
    endif()
    target_link_libraries(${arg_NAME} PRIVATE dd_core_runner)
  endif()
  target_include_directories(${arg_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_link_libraries(${arg_NAME} PRIVATE Catch2::Catch2 Qt6::Test ${arg_LIBS})
  target_compile_definitions(${arg_NAME} PRIVATE
    DD_SOURCE_DIR="${PROJECT_SOURCE_DIR}" DD_BINARY_DIR="${PROJECT_BINARY_DIR}")
  # -w NoTests: a ctest entry whose name matches no Catch test fails instead of passing
  # vacuously (test names must not contain ';' or '[', which CMake and Catch split on).
  catch_discover_tests(${arg_NAME}
    EXTRA_ARGS -w NoTests
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8")
endfunction()
