# Installing and packaging: `cmake --install` puts the binary, the manual, the completion scripts
# and the examples in place, and `cpack -G DEB` makes a package with the right dependencies that
# unpacks into a scratch root and runs there.
source "$(dirname "$0")/lib.sh"

BUILD=${SLEUTEL_BUILD:?set SLEUTEL_BUILD to the build folder}

it "cmake --install to a prefix"
cmake --install "$BUILD" --prefix "$WORK/prefix" >install.log 2>&1
code=$?
expect_code 0
for f in bin/sleutel share/man/man1/sleutel.1 share/man/man1/sleutel-log.1 \
    share/man/man1/sleutel-completion.1 share/man/man5/sleutel.toml.5 \
    share/man/man7/sleutel-dates.7 share/man/man7/sleutel-privacy.7 \
    share/bash-completion/completions/sleutel \
    share/zsh/vendor-completions/_sleutel share/fish/vendor_completions.d/sleutel.fish \
    share/doc/sleutel/examples/haarlem.toml share/doc/sleutel/examples/weekly-report.sh \
    share/doc/sleutel/examples/crontab share/doc/sleutel/examples/sleutel-monthly.service \
    share/doc/sleutel/examples/sleutel-monthly.timer; do
    expect_file "prefix/$f"
done
expect_true "the installed bash completion is the binary's own" \
    cmp -s prefix/share/bash-completion/completions/sleutel <("$BIN" completion bash)
"$WORK/prefix/bin/sleutel" --version >out 2>err
code=$?
expect_code 0
expect_out "sleutel "

it "cpack -G DEB makes a package"
(cd "$BUILD" && cpack -G DEB -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1)
code=$?
expect_code 0
debs=(pkg/sleutel_*.deb)
expect_true "one .deb: ${debs[*]}" [ -f "${debs[0]}" ]
dpkg-deb -f "${debs[0]}" Package Version Depends Section >fields 2>&1
expect_true "named sleutel: $(cat fields)" grep -q "^Package: sleutel$" fields
# Worked out from the binary by dpkg-shlibdeps (the libraries it links), and libxlsxwriter, which
# it opens when a workbook is written.
for library in libsqlite3-0 libxlsxwriter4 libc6; do
    current="the package depends on $library"
    expect_true "$(grep Depends fields)" grep -q "$library" fields
done
# Every other shared library the binary needs is a dependency too (the C++ runtime, when a
# sanitized build links it shared).
for path in $(ldd "$BIN" | grep -o '/[^ ]*'); do
    package=$({ dpkg -S "$path" || dpkg -S "$(readlink -f "$path")"; } 2>/dev/null | head -1 |
        cut -d: -f1)
    current="the package depends on $package, which holds $path"
    expect_true "$(grep Depends fields)" grep -q "${package:-none}" fields
done
# fmt, toml++ and utf8proc are compiled into the binary.
for library in libfmt9 libtomlplusplus3 libutf8proc2; do
    current="the package does not depend on $library"
    expect_true "$(grep Depends fields)" bash -c "! grep -q $library fields"
done

it "the package unpacks into a scratch root and its binary runs there"
dpkg-deb -x "${debs[0]}" root
expect_file root/usr/bin/sleutel
expect_file root/usr/share/bash-completion/completions/sleutel
expect_true "a manual page" bash -c "ls root/usr/share/man/man1/sleutel.1*"
SLEUTEL_DB=$WORK/packaged.db root/usr/bin/sleutel init >out 2>err
code=$?
expect_code 0
expect_out "created database"
SLEUTEL_DB=$WORK/packaged.db root/usr/bin/sleutel report summary --period thisweek --format json >out 2>err
code=$?
expect_code 0
expect_json '.totals.activities == 0'

it "the systemd units are valid"
if command -v systemd-analyze >/dev/null; then
    # Checked as a copy whose ExecStart points at the packaged binary, so nothing needs installing.
    mkdir units
    sed "s|/usr/bin/sleutel|$WORK/root/usr/bin/sleutel|g" "$SOURCE/examples/sleutel-monthly.service" \
        | grep -v '^User=' >units/sleutel-monthly.service
    cp "$SOURCE/examples/sleutel-monthly.timer" units/
    # Documentation=man:sleutel(1) is checked too: against the manual in the package.
    MANPATH=$WORK/root/usr/share/man systemd-analyze verify units/sleutel-monthly.timer \
        units/sleutel-monthly.service >verify.txt 2>&1
    code=$?
    expect_code 0
    expect_true "verify: $(head -c 300 verify.txt)" [ ! -s verify.txt ]
fi

finish
