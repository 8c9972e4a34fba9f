# Instrumented builds for reliability work (issue 10):
#  - KORPU_SANITIZE=ON builds everything, tests included, with AddressSanitizer and
#    UndefinedBehaviorSanitizer; any finding aborts the process, so a sanitizer report fails its test.
#  - KORPU_FUZZ=ON (clang only) adds libFuzzer coverage instrumentation on top and the fuzz targets of
#    tests/fuzz.
option(KORPU_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(KORPU_FUZZ "Build the libFuzzer targets (clang; implies KORPU_SANITIZE)" OFF)

if(KORPU_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "KORPU_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(KORPU_SANITIZE ON)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(KORPU_SANITIZE)
  set(KORPU_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${KORPU_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
endif()

# Catch2's header pulls libstdc++'s std::regex into every test file, and GCC 12 reports "may be used
# uninitialized" inside it once AddressSanitizer instruments it. The warning is about instrumented library
# code, not ours: the normal build keeps it, and the sanitizer build turns it off for test files only.
add_library(korpu_test_warnings INTERFACE)
target_link_libraries(korpu_test_warnings INTERFACE korpu_warnings)
if(KORPU_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(korpu_test_warnings INTERFACE -Wno-maybe-uninitialized)
endif()
