# One interface target carries the warning policy; every Körpü target links it.
add_library(korpu_warnings INTERFACE)
target_compile_options(korpu_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(KORPU_WERROR)
  target_compile_options(korpu_warnings INTERFACE -Werror)
endif()
