#!/usr/bin/env bash
# The layering rule of ARCHITECTURE.md holds for the tree, and the check that enforces it on
# every configure refuses an upward include, a header named without its layer, and SQLite
# outside the store. Files stay small enough to read in one sitting.
source "$(dirname "$0")/lib.sh"

check() { cmake -DSLEUTEL_SRC="$1" -P "$SOURCE/cmake/CheckLayers.cmake" >out 2>err; }
refused() { check "$PWD/tree/src" && _fail "passed" || { grep -qF -- "$1" err && _pass || _fail "no: $1"; }; }
accepted() { check "$PWD/tree/src" && _pass || _fail "refused"; }

it "the source tree keeps the layering"
check "$SOURCE/src" && _pass || _fail "the tree breaks the layering"

it "no source file is over 500 lines"
long=$(find "$SOURCE/src" "$SOURCE/include" -name '*.[ch]pp' -exec wc -l {} + | awk '$2 != "total" && $1 > 500')
[ -z "$long" ] && _pass || _fail "too long: $long"

mkdir -p tree/src/{util,model,store,domain,report,render,cli}
it "an upward include is refused, naming the file and the layers"
echo '#include "domain/people.hpp"' >tree/src/store/rows.cpp
refused 'store/rows.cpp: #include "domain/people.hpp": store may not include domain'
rm tree/src/store/rows.cpp

it "render may reach neither the rules nor the database"
echo '#include "report/report.hpp"' >tree/src/render/page.hpp
refused 'render may not include report'
echo '#include "store/store.hpp"' >tree/src/render/page.hpp
refused 'render may not include store'

it "a layer's header in angle brackets is refused"
echo '#include <store/store.hpp>' >tree/src/render/page.hpp
refused 'include the project'"'"'s headers with quotes'

it "a header named without its layer folder is refused"
echo '#include "people.hpp"' >tree/src/render/page.hpp
refused 'name the header with its layer folder'

it "a downward include passes"
echo '#include "model/entities.hpp"' >tree/src/render/page.hpp
echo '#include "util/date.hpp"' >tree/src/model/x.hpp
accepted

it "only the store names SQLite"
printf '#include "store/store.hpp"\nSQLite::Statement s;\n' >tree/src/domain/rules.cpp
refused 'domain/rules.cpp: names SQLite'
rm tree/src/domain/rules.cpp
printf '#include <SQLiteCpp/Statement.h>\nSQLite::Statement s;\n' >tree/src/store/rows.cpp
accepted

finish
