# Project-wide compile settings, applied to our own targets through dd_target_defaults().

function(dd_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(NOT DD_FUZZ) # clang's warnings differ from GCC's, which the other builds hold to
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
  if(DD_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined
                           -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  if(DD_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
                           -fno-omit-frame-pointer)
  endif()
endfunction()

# dd_precompile(target header...): the Qt headers most of a library's files include, parsed once
# for the library instead of once per file (core and ui compile about a third faster; CI builds
# them three times on two cores). Not worth it for the test programs: Catch's macros, not the
# headers, take their time. The fuzz preset builds without, so a core file that leaves out an
# include it needs still fails a build.
option(DD_PCH "Precompile the Qt headers most of core's and ui's files include" ON)
function(dd_precompile target)
  if(DD_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()
