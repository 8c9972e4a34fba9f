# Checks that the editor's gettext catalogs translate every string the editor marks with tr():
#   cmake -DSOURCE_DIR=... -DWORK_DIR=... -DXGETTEXT=... -DMSGMERGE=... -DMSGFMT=... -P CheckCatalogs.cmake
# Fails, naming the language, when a catalog leaves a string untranslated or fuzzy.
file(GLOB sources ${SOURCE_DIR}/app/editor/*.cpp ${SOURCE_DIR}/app/editor/*.hpp)
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(COMMAND ${XGETTEXT} --from-code=UTF-8 --keyword=tr -o ${WORK_DIR}/korpu-editor.pot ${sources}
                RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "xgettext could not read the editor's sources")
endif()
foreach(language az ru)
  execute_process(COMMAND ${MSGMERGE} --quiet --no-fuzzy-matching -o ${WORK_DIR}/${language}.po
                          ${SOURCE_DIR}/po/${language}.po ${WORK_DIR}/korpu-editor.pot
                  RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "msgmerge could not merge po/${language}.po")
  endif()
  execute_process(COMMAND ${MSGFMT} --statistics -o /dev/null ${WORK_DIR}/${language}.po
                  ERROR_VARIABLE statistics RESULT_VARIABLE failed)
  string(STRIP "${statistics}" statistics)
  if(failed OR statistics MATCHES "untranslated|fuzzy")
    message(FATAL_ERROR "po/${language}.po is not complete: ${statistics}")
  endif()
  message(STATUS "po/${language}.po: ${statistics}")
endforeach()
