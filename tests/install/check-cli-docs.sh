#!/usr/bin/env bash
# The bash completion and the manual page of glossa-cli against the program itself: every
# command its --help lists, and every option each command's --help lists, is offered by the
# completion (run as bash runs it on Tab) and named in the manual page. Both are written by hand,
# so a new command or option that is not added to them fails here.
#   check-cli-docs.sh GLOSSA_CLI SOURCE_DIR
set -euo pipefail
cli=$1
source=$2
completion=$source/packaging/completion/glossa-cli.bash
manual=$source/packaging/man/glossa-cli.1
failures=0
fail() {
    echo "check-cli-docs: FAIL: $*" >&2
    failures=$((failures + 1))
}

# What bash offers on Tab after the given words (the last one being completed).
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _glossa_cli; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$completion" glossa-cli "$@"
}
# How the manual page writes a word: roff escapes every hyphen.
roff() { sed 's/-/\\-/g' <<<"$1"; }

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z][a-z-]+' | tr -d ' ' | sort -u)
[ "$(wc -l <<<"$commands")" -ge 20 ] || fail "found only $(wc -l <<<"$commands") commands in glossa-cli --help"
offered=$(complete_words '')
for command in $commands; do
    grep -qx -- "$command" <<<"$offered" || fail "the completion does not offer the command $command"
    grep -qF -- "\\fB$(roff "$command")\\fR" "$manual" || fail "the manual page does not describe $command"
    options=$("$cli" "$command" --help | sed -n '/^Options:/,/^Arguments:/p' |
        grep -oE '^  (-[a-z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    offered_options=$(complete_words "$command" -)
    for option in $options; do
        grep -qx -- "$option" <<<"$offered_options" || fail "the completion does not offer $command $option"
        case "$option" in --help | --help-all) continue ;; esac
        grep -qF -- "$(roff "$option")" "$manual" || fail "the manual page does not name $command $option"
    done
done
# Values from fixed lists complete too.
grep -qx pdf <<<"$(complete_words export --format '')" || fail "export --format does not complete pdf"
grep -qx partly-supported <<<"$(complete_words annotate 1 --verdict p)" || fail "--verdict does not complete"
grep -qx add-analyst <<<"$(complete_words team '')" || fail "team does not complete its actions"

if [ $failures -gt 0 ]; then
    echo "check-cli-docs: $failures check(s) failed" >&2
    exit 1
fi
echo "check-cli-docs: $(wc -l <<<"$commands") commands and their options are in the completion and the manual page"
