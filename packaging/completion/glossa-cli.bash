# bash completion for glossa-cli                                    -*- shell-script -*-
# Installed as share/bash-completion/completions/glossa-cli. The commands and options mirror
# app/cli (kUsage and each command's QCommandLineParser); tests/install/check-completion.sh
# compares them with the built glossa-cli's --help, so a new option that is not added here fails.

_glossa_cli_commands="import list show search annotate stats export import-annotations
    import-project backup restore compact-index claims where-else tags collections agreement
    adjudicate edit-annotation delete-annotation delete-article copy team import-claimreviews appearances
    accept-appearance dismiss-appearance match-claims"

# The options a command takes (besides --db, --help and --help-all, which all take).
_glossa_cli_options()
{
    case "$1" in
    import) echo "--recursive -r --quiet --json" ;;
    match-claims) echo "--since --json" ;;
    list) echo "--json --query --source --tag --verdict --from --to --unread --starred --limit" ;;
    show | tags | stats) echo "--json" ;;
    search) echo "--json --annotations --limit" ;;
    annotate) echo "--quote --occurrence --color --tag --note --claim --verdict --claimant --claim-summary --claimant-kind --json" ;;
    export) echo "--format --article --collection --tag --verdict --output -o --layer --org-name --review-author --org-url --org-logo --review-url-template" ;;
    claims) echo "--json --verdict --kind --tag --source --text" ;;
    where-else) echo "--json --min-score" ;;
    collections) echo "--json --create --add --remove --delete" ;;
    agreement) echo "--article --collection --analysts --json" ;;
    adjudicate) echo "--auto --accept --verdict --json" ;;
    edit-annotation) echo "--note --verdict --color" ;;
    copy) echo "--from --to" ;;
    team) echo "--role --login --json" ;;
    import-claimreviews) echo "--json" ;;
    appearances) echo "--json --verdict --article --status --limit" ;;
    esac
}

# Options whose value is a word from a fixed list, or a file.
_glossa_cli_values()
{
    case "$1" in
    --format) echo "markdown csv json html pdf claimreview qdpx qdc" ;;
    --verdict) echo "unverified supported partly-supported disputed misleading false unverifiable" ;;
    --claim | --kind) echo "factual statistic quote attribution allegation opinion prediction" ;;
    --color) echo "yellow green blue pink orange" ;;
    --role) echo "reader analyst editor admin" ;;
    --layer) echo "final all" ;;
    --status) echo "proposed accepted dismissed" ;;
    esac
}

_glossa_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD - 1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    # The command is the first word after the global options (--db and --analyst take a value).
    local i command=""
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
        --db | --analyst) ((i++)) ;;
        -*) ;;
        *)
            command="${words[i]}"
            break
            ;;
        esac
    done

    case "$prev" in
    --db | --to | --from)
        # A library file (or an address typed by hand).
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    -o | --output)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --analyst | --query | --source | --tag | --note | --quote | --claimant | --text | --limit | \
        --occurrence | --article | --collection | --analysts | --accept | --login | --min-score | \
        --review-author | --create | --add | --remove | --delete)
        return
        ;;
    esac
    local values
    values=$(_glossa_cli_values "$prev")
    if [[ -n $values ]]; then
        COMPREPLY=($(compgen -W "$values" -- "$cur"))
        return
    fi

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--db --analyst --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_glossa_cli_commands" -- "$cur"))
        fi
        return
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_glossa_cli_options "$command") --db --help --help-all" -- "$cur"))
        return
    fi
    case "$command" in
    import | import-annotations | import-project | import-claimreviews | backup | restore)
        COMPREPLY=($(compgen -f -- "$cur"))
        ;;
    team)
        COMPREPLY=($(compgen -W "init add-analyst set-role list" -- "$cur"))
        ;;
    esac
} &&
    complete -o filenames -F _glossa_cli glossa-cli
