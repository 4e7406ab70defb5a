# Files the operating system will not let us read or write: exit 77, or 73 for what cannot be made.
source "$(dirname "$0")/lib.sh"

# Root may read anything, so as root the commands run as an unprivileged user.
as_user() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    if ! command -v setpriv >/dev/null; then
        echo "setpriv is missing: cannot drop root for these tests"
        finish
        exit
    fi
    as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
    chmod 755 "$WORK"
fi

sl init
chmod 600 "$SLEUTEL_DB"
mkdir private && chmod 755 private
[ "$(id -u)" -eq 0 ] || chmod 000 "$SLEUTEL_DB"

it "a database we may not read is 77"
as_user "$BIN" db check >out 2>err
code=$?
expect_code 77
expect_error "cannot read the database $SLEUTEL_DB: permission denied"

it "a database in a folder we may not write cannot be created: 73"
[ "$(id -u)" -eq 0 ] || chmod 555 private
as_user "$BIN" --db "$WORK/private/new.db" init >out 2>err
code=$?
expect_code 73
expect_error "cannot create the database $WORK/private/new.db: Permission denied"

it "a config file we may not read is 77"
printf '[programme]\nname = "x"\n' >secret.toml
chmod 600 secret.toml
[ "$(id -u)" -eq 0 ] || chmod 000 secret.toml
as_user "$BIN" config check "$WORK/secret.toml" >out 2>err
code=$?
expect_code 77
expect_error "cannot read config file $WORK/secret.toml: permission denied"

finish
