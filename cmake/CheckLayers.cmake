# The layering rule, checked on every configure: a source may include headers of its own layer
# and of the layers below it, never above; and only the store names SQLite. The linker already
# refuses a call upward (each layer is a library that links only downward); this catches an
# include of a header-only type or inline function, which the linker never sees.
#
# Also runs on its own, for the test of the check itself:
#   cmake -DSLEUTEL_SRC=path/to/src -P cmake/CheckLayers.cmake
#
cmake_policy(SET CMP0057 NEW) # IN_LIST, also when run on its own (-P)

# Layer -> the layers its files may include, besides its own.
set(SLEUTEL_LAYERS_BELOW_util "")
set(SLEUTEL_LAYERS_BELOW_model "util")
set(SLEUTEL_LAYERS_BELOW_store "model;util")
set(SLEUTEL_LAYERS_BELOW_domain "store;model;util")
set(SLEUTEL_LAYERS_BELOW_report "domain;store;model;util")
set(SLEUTEL_LAYERS_BELOW_render "model;util")
set(SLEUTEL_LAYERS_BELOW_cli "report;render;domain;store;model;util;sleutel")
set(SLEUTEL_LAYERS util model store domain report render cli)

function(sleutel_check_layers src_dir)
    set(problems "")
    foreach(layer ${SLEUTEL_LAYERS})
        set(allowed ${layer} ${SLEUTEL_LAYERS_BELOW_${layer}})
        file(GLOB files ${src_dir}/${layer}/*.cpp ${src_dir}/${layer}/*.hpp)
        foreach(file ${files})
            if(NOT CMAKE_SCRIPT_MODE_FILE)
                set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
            endif()
            file(STRINGS ${file} includes REGEX "^#include \"[^\"]+\"")
            foreach(line ${includes})
                string(REGEX REPLACE "^#include \"([^/\"]+)/.*" "\\1" folder "${line}")
                if(folder STREQUAL line)
                    list(APPEND problems "${file}: ${line}: name the header with its layer folder")
                elseif(NOT folder IN_LIST allowed)
                    list(APPEND problems "${file}: ${line}: ${layer} may not include ${folder}")
                endif()
            endforeach()
            # Every layer's folder is on the include path, so <store/x.hpp> would find it too.
            file(STRINGS ${file} system_includes REGEX "^#include <[a-z]+/")
            foreach(line ${system_includes})
                string(REGEX REPLACE "^#include <([a-z]+)/.*" "\\1" folder "${line}")
                if(folder IN_LIST SLEUTEL_LAYERS)
                    list(APPEND problems "${file}: ${line}: include the project's headers with quotes")
                endif()
            endforeach()
            if(NOT layer STREQUAL "store")
                file(STRINGS ${file} sqlite REGEX "SQLite::|SQLiteCpp|sqlite3[_.]|<sqlite3")
                if(sqlite)
                    list(APPEND problems "${file}: names SQLite, which only src/store may")
                endif()
            endif()
        endforeach()
    endforeach()
    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "Layering broken (see ARCHITECTURE.md):\n  ${text}")
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED SLEUTEL_SRC)
    sleutel_check_layers(${SLEUTEL_SRC})
endif()
